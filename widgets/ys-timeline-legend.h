/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-timeline-legend.h: what each mark of the timeline means. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define YS_TYPE_TIMELINE_LEGEND (ys_timeline_legend_get_type ())
G_DECLARE_FINAL_TYPE (YsTimelineLegend, ys_timeline_legend, YS, TIMELINE_LEGEND, GtkWidget)

GtkWidget *ys_timeline_legend_new        (void);
/* The marks grow with the classroom zoom, as the timeline's do. */
void       ys_timeline_legend_set_scale  (YsTimelineLegend *self,
                                          double            scale);

G_END_DECLS
