/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define YS_TYPE_APPLICATION (ys_application_get_type ())

G_DECLARE_FINAL_TYPE (YsApplication, ys_application, YS, APPLICATION, AdwApplication)

YsApplication *ys_application_new          (void);
int            ys_application_get_exit_status (YsApplication *self);
const char    *ys_application_locale_dir   (void);
/* The monotonic time the process started at (main's first line), for the first
 * frame's measure. */
void           ys_application_mark_start   (void);
gint64         ys_application_get_start_time (void);
gboolean       ys_application_check_display (int    argc,
                                             char **argv);

G_END_DECLS
