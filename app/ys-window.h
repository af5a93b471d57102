/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "ys-application.h"

G_BEGIN_DECLS

#define YS_TYPE_WINDOW (ys_window_get_type ())

G_DECLARE_FINAL_TYPE (YsWindow, ys_window, YS, WINDOW, AdwApplicationWindow)

YsWindow *ys_window_new        (YsApplication  *application);
gboolean  ys_window_load_file  (YsWindow       *self,
                                GFile          *file,
                                GError        **error);
void      ys_window_show_error (YsWindow       *self,
                                const char     *message);

typedef struct _YsSession YsSession;
YsSession *ys_window_get_session (YsWindow     *self);
/* What the window shows, as JSON (--dump-state): the cards, the console, the error,
 * the selected line. */
JsonNode  *ys_window_dump_state  (YsWindow     *self);
/* Shows the side view @name ("generators", "variables"); FALSE when there is none. */
gboolean   ys_window_show_view   (YsWindow     *self,
                                  const char   *name);
/* Opens a row of the variables view ("c", "c/n"); FALSE when there is none. */
gboolean   ys_window_expand_variable (YsWindow *self,
                                      const char *path);

/* Save As without the dialog (scripts and tests); Save then writes there. */
void        ys_window_save_to              (YsWindow   *self,
                                            GFile      *file);
/* Appends @text to the program as typing would (scripts and tests). */
void        ys_window_type_text            (YsWindow   *self,
                                            const char *text);

/* Preferences, kept in GSettings when the schema is installed. */
void        ys_window_set_zoom             (YsWindow   *self,
                                            int         percent);
int         ys_window_get_zoom             (YsWindow   *self);
void        ys_window_set_color_scheme     (YsWindow   *self,
                                            const char *scheme);
const char *ys_window_get_color_scheme     (YsWindow   *self);
void        ys_window_set_animation_speed  (YsWindow   *self,
                                            double      speed);
double      ys_window_get_animation_speed  (YsWindow   *self);

/* Whether the views have come to rest after the last change (no pane still scrolling
 * to its active card). */
gboolean       ys_window_get_settled        (YsWindow   *self);

G_END_DECLS
