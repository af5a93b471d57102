/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ys-timeline-layout.h"

gboolean
ys_timeline_is_mark_kind (YsEventKind kind)
{
  return ys_timeline_kind_importance (kind) >= 0;
}

/* A column that hides marks shows the one that most changes the story: an exception
 * ends a generator abnormally, a StopIteration normally, and yields outnumber the rest. */
int
ys_timeline_kind_importance (YsEventKind kind)
{
  switch (kind)
    {
    case YS_EVENT_GEN_RAISED:
      return 5;
    case YS_EVENT_GEN_RETURNED:
      return 4;
    case YS_EVENT_GEN_CLOSED:
      return 3;
    case YS_EVENT_GEN_YIELDED:
      return 2;
    case YS_EVENT_GEN_RESUMED:
      return 1;
    case YS_EVENT_GEN_CREATED:
      return 0;
    default:
      return -1;
    }
}

guint
ys_timeline_collect_marks (const YsEventLog *log,
                           gsize             from,
                           gsize             to,
                           GArray           *marks)
{
  guint added = 0;
  YsEventLogIter iter;

  g_return_val_if_fail (log != NULL && marks != NULL, 0);

  to = MIN (to, ys_event_log_get_length (log));
  ys_event_log_iter_init (&iter, log, from);
  for (gsize i = from; i < to; i++)
    {
      YsLoggedEvent event;
      YsTimelineMark mark;

      if (!ys_event_log_iter_next (&iter, &event))
        break;
      if (!ys_timeline_is_mark_kind (event.kind))
        continue;
      mark.step = event.step;
      mark.generator = event.generator;
      mark.index = i;
      mark.line = event.line;
      mark.kind = (guint8) event.kind;
      mark.resume = (guint8) event.resume;
      g_array_append_val (marks, mark);
      added++;
    }
  return added;
}

void
ys_timeline_truncate_marks (GArray *marks,
                            gsize   length)
{
  guint lo = 0, hi;

  g_return_if_fail (marks != NULL);

  /* Marks are in log order: find the first one at or past @length. */
  hi = marks->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (marks, YsTimelineMark, mid).index < length)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_array_set_size (marks, lo);
}

void
ys_timeline_layout_compute (YsTimelineLayout *layout,
                            guint             n_marks,
                            double            width)
{
  double usable;
  double fit;
  guint max_columns;

  g_return_if_fail (layout != NULL);

  usable = MAX (width - 2 * YS_TIMELINE_MARGIN, 0.0);
  fit = usable / YS_TIMELINE_MIN_SPACING;
  max_columns = fit >= (double) (G_MAXUINT - 1) ? G_MAXUINT : (guint) fit + 1;

  layout->n_marks = n_marks;
  layout->origin = YS_TIMELINE_MARGIN;
  if (n_marks <= max_columns)
    {
      layout->n_columns = n_marks;
      layout->spacing = n_marks > 1 ? MIN (YS_TIMELINE_MAX_SPACING, usable / (n_marks - 1)) : 0.0;
    }
  else
    {
      layout->n_columns = max_columns;
      layout->spacing = max_columns > 1 ? usable / (max_columns - 1) : 0.0;
    }
}

gboolean
ys_timeline_layout_is_bucketed (const YsTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  return layout->n_columns < layout->n_marks;
}

/* Spreads the marks over the columns so that their counts differ by one at most. */
guint
ys_timeline_layout_first_mark (const YsTimelineLayout *layout,
                               guint                   column)
{
  g_return_val_if_fail (layout != NULL, 0);
  g_return_val_if_fail (column <= layout->n_columns, layout->n_marks);

  if (column == layout->n_columns)
    return layout->n_marks;
  return (guint) ((guint64) column * layout->n_marks / layout->n_columns);
}

guint
ys_timeline_layout_end_mark (const YsTimelineLayout *layout,
                             guint                   column)
{
  g_return_val_if_fail (layout != NULL, 0);
  g_return_val_if_fail (column < layout->n_columns, layout->n_marks);

  return ys_timeline_layout_first_mark (layout, column + 1);
}

/* The inverse of first_mark (): the last column whose first mark is at most @mark. */
guint
ys_timeline_layout_column_of_mark (const YsTimelineLayout *layout,
                                   guint                   mark)
{
  g_return_val_if_fail (layout != NULL, 0);
  g_return_val_if_fail (mark < layout->n_marks, 0);

  return (guint) ((((guint64) mark + 1) * layout->n_columns - 1) / layout->n_marks);
}

double
ys_timeline_layout_column_x (const YsTimelineLayout *layout,
                             guint                   column)
{
  g_return_val_if_fail (layout != NULL, 0.0);

  return layout->origin + column * layout->spacing;
}

double
ys_timeline_layout_mark_x (const YsTimelineLayout *layout,
                           guint                   mark)
{
  g_return_val_if_fail (layout != NULL, 0.0);
  g_return_val_if_fail (mark < layout->n_marks, 0.0);

  return ys_timeline_layout_column_x (layout, ys_timeline_layout_column_of_mark (layout, mark));
}

gboolean
ys_timeline_layout_hit_column (const YsTimelineLayout *layout,
                               double                  x,
                               double                  tolerance,
                               guint                  *column)
{
  double position;
  double distance;
  guint nearest = 0;

  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->n_columns == 0)
    return FALSE;
  if (layout->spacing > 0.0)
    {
      position = (x - layout->origin) / layout->spacing + 0.5;
      if (position >= layout->n_columns)
        nearest = layout->n_columns - 1;
      else if (position > 0.0)
        nearest = (guint) position;
    }
  distance = x - ys_timeline_layout_column_x (layout, nearest);
  if (distance > tolerance || distance < -tolerance)
    return FALSE;
  if (column != NULL)
    *column = nearest;
  return TRUE;
}

gboolean
ys_timeline_layout_hit (const YsTimelineLayout *layout,
                        double                  x,
                        double                  tolerance,
                        guint                  *mark)
{
  guint column;

  if (!ys_timeline_layout_hit_column (layout, x, tolerance, &column))
    return FALSE;
  if (mark != NULL)
    *mark = ys_timeline_layout_first_mark (layout, column);
  return TRUE;
}

guint
ys_timeline_layout_pick_mark (const YsTimelineLayout *layout,
                              const GArray           *marks,
                              guint                   column)
{
  guint first, end, best;
  int best_importance;

  g_return_val_if_fail (layout != NULL && marks != NULL, 0);
  g_return_val_if_fail (marks->len == layout->n_marks, 0);
  g_return_val_if_fail (column < layout->n_columns, 0);

  first = ys_timeline_layout_first_mark (layout, column);
  end = ys_timeline_layout_end_mark (layout, column);
  best = first;
  best_importance = ys_timeline_kind_importance (g_array_index (marks, YsTimelineMark, first).kind);
  for (guint i = first + 1; i < end; i++)
    {
      int importance = ys_timeline_kind_importance (g_array_index (marks, YsTimelineMark, i).kind);

      if (importance > best_importance)
        {
          best = i;
          best_importance = importance;
        }
    }
  return best;
}

gboolean
ys_timeline_layout_find_mark (const GArray *marks,
                              guint64       step,
                              guint        *mark)
{
  guint lo = 0, hi;

  g_return_val_if_fail (marks != NULL, FALSE);

  /* The first mark after @step; the one before it is the answer. */
  hi = marks->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (marks, YsTimelineMark, mid).step <= step)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return FALSE;
  if (mark != NULL)
    *mark = lo - 1;
  return TRUE;
}

gboolean
ys_timeline_layout_cursor_x (const YsTimelineLayout *layout,
                             const GArray           *marks,
                             guint64                 step,
                             double                 *x)
{
  guint mark;

  g_return_val_if_fail (layout != NULL && marks != NULL, FALSE);
  g_return_val_if_fail (marks->len == layout->n_marks, FALSE);

  if (!ys_timeline_layout_find_mark (marks, step, &mark))
    return FALSE;
  if (x != NULL)
    *x = ys_timeline_layout_mark_x (layout, mark);
  return TRUE;
}
