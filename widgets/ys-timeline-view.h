/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-timeline-view.h: the run's timeline with its legend, bound to a session. */
#pragma once

#include <gtk/gtk.h>

#include "ys-session.h"

G_BEGIN_DECLS

#define YS_TYPE_TIMELINE_VIEW (ys_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (YsTimelineView, ys_timeline_view, YS, TIMELINE_VIEW, GtkWidget)

GtkWidget *ys_timeline_view_new         (void);
/* Shows @session's event log, the current moment marked; a click on a mark goes to
 * its moment ("activated" is emitted first). */
void       ys_timeline_view_set_session (YsTimelineView *self,
                                         YsSession      *session);
/* Classroom zoom of the marks and the legend (1: normal). */
void       ys_timeline_view_set_scale   (YsTimelineView *self,
                                         double          scale);
guint      ys_timeline_view_get_n_marks (YsTimelineView *self);

G_END_DECLS
