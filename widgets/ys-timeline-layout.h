/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-timeline-layout.h: where the event timeline puts its marks. Plain C, no GTK, so
 * that the placement can be tested without a display. */
#pragma once

#include <glib.h>

#include "ys-engine.h"

G_BEGIN_DECLS

/* Space between two columns: the widest, and the narrowest before marks share a column. */
#define YS_TIMELINE_MAX_SPACING 14.0
#define YS_TIMELINE_MIN_SPACING 6.0
/* Room left at each end so that the outer marks' shapes are not cut. */
#define YS_TIMELINE_MARGIN 6.0

/* One generator event of the log; a GArray of these is sorted by step. */
typedef struct
{
  guint64  step;
  guint64  generator;
  guint64  index;      /* in the event log */
  gint32   line;
  guint8   kind;       /* YsEventKind */
  guint8   resume;     /* YsResumeKind, for YS_EVENT_GEN_RESUMED */
} YsTimelineMark;

/* Marks laid out in columns, evenly spaced; with more marks than columns, consecutive
 * marks share a column, and column c holds the marks from first_mark (c) to the next
 * column's first. */
typedef struct
{
  guint   n_marks;
  guint   n_columns;
  double  origin;     /* x of column 0 */
  double  spacing;    /* between two columns */
} YsTimelineLayout;

gboolean ys_timeline_is_mark_kind              (YsEventKind             kind);
/* Higher is more important; -1 for a kind that is not a mark. */
int      ys_timeline_kind_importance           (YsEventKind             kind);

/* Appends to @marks those of events @from to @to (excluded) of @log; returns how many. */
guint    ys_timeline_collect_marks             (const YsEventLog       *log,
                                                gsize                   from,
                                                gsize                   to,
                                                GArray                 *marks);
/* Drops the marks of events from @length on: the log was truncated there. */
void     ys_timeline_truncate_marks            (GArray                 *marks,
                                                gsize                   length);

void     ys_timeline_layout_compute            (YsTimelineLayout       *layout,
                                                guint                   n_marks,
                                                double                  width);
gboolean ys_timeline_layout_is_bucketed        (const YsTimelineLayout *layout);
guint    ys_timeline_layout_first_mark         (const YsTimelineLayout *layout,
                                                guint                   column);
/* One past the column's last mark. */
guint    ys_timeline_layout_end_mark           (const YsTimelineLayout *layout,
                                                guint                   column);
guint    ys_timeline_layout_column_of_mark     (const YsTimelineLayout *layout,
                                                guint                   mark);
double   ys_timeline_layout_column_x           (const YsTimelineLayout *layout,
                                                guint                   column);
double   ys_timeline_layout_mark_x             (const YsTimelineLayout *layout,
                                                guint                   mark);
/* The column nearest @x if no farther than @tolerance px; FALSE when there is none. */
gboolean ys_timeline_layout_hit_column         (const YsTimelineLayout *layout,
                                                double                  x,
                                                double                  tolerance,
                                                guint                  *column);
/* The same, giving the column's first mark. */
gboolean ys_timeline_layout_hit                (const YsTimelineLayout *layout,
                                                double                  x,
                                                double                  tolerance,
                                                guint                  *mark);
/* The column's most important mark (the earliest among equals): the one it shows. */
guint    ys_timeline_layout_pick_mark          (const YsTimelineLayout *layout,
                                                const GArray           *marks,
                                                guint                   column);
/* The last mark whose step is at most @step; FALSE when every mark is later. */
gboolean ys_timeline_layout_find_mark          (const GArray           *marks,
                                                guint64                 step,
                                                guint                  *mark);
/* Where the "now" cursor goes for @step: at the column of ys_timeline_layout_find_mark(). */
gboolean ys_timeline_layout_cursor_x           (const YsTimelineLayout *layout,
                                                const GArray           *marks,
                                                guint64                 step,
                                                double                 *x);

G_END_DECLS
