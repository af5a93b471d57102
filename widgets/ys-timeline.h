/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-timeline.h: the event timeline, one mark per generator event of a run. */
#pragma once

#include <gtk/gtk.h>

#include "ys-engine.h"

G_BEGIN_DECLS

#define YS_TYPE_TIMELINE (ys_timeline_get_type ())

G_DECLARE_FINAL_TYPE (YsTimeline, ys_timeline, YS, TIMELINE, GtkWidget)

/* The name to show for generator @generator, or NULL for the default; freed with g_free(). */
typedef char *(*YsTimelineNameFunc) (guint64  generator,
                                     gpointer user_data);

GtkWidget *ys_timeline_new               (void);
/* @log is not owned: unset it before freeing it. The timeline reads it on the main
 * thread, in these calls and, to catch up with a long log without freezing, in idle
 * callbacks after them: nothing may append to it on another thread meanwhile. */
void       ys_timeline_set_log           (YsTimeline         *self,
                                          YsEventLog         *log);
YsEventLog *ys_timeline_get_log          (YsTimeline         *self);
/* The log grew or was truncated. */
void       ys_timeline_update            (YsTimeline         *self);
void       ys_timeline_set_current_step  (YsTimeline         *self,
                                          guint64             step);
guint64    ys_timeline_get_current_step  (YsTimeline         *self);
void       ys_timeline_set_name_func     (YsTimeline         *self,
                                          YsTimelineNameFunc  func,
                                          gpointer            user_data,
                                          GDestroyNotify      destroy);
guint      ys_timeline_get_n_marks       (YsTimeline         *self);
/* Classroom zoom: the marks and the strip grow by @scale (1: normal). */
void       ys_timeline_set_scale         (YsTimeline         *self,
                                          double              scale);
/* One mark of @kind in a @size square at the origin, as the timeline draws it (for
 * its legend). */
void       ys_timeline_draw_mark_icon    (GtkSnapshot        *snapshot,
                                          YsEventKind         kind,
                                          double              size);
/* While frozen the log is not read at all (another thread is appending to it); the
 * timeline catches up when thawed. */
void       ys_timeline_set_frozen        (YsTimeline         *self,
                                          gboolean            frozen);

G_END_DECLS
