/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The event timeline's layout: where marks go, how they share columns, what a click
 * at x hits and where the "now" cursor stands. No display needed. */
#include "ys-timeline-layout.h"

/* Marks at steps 10, 20, 30, ... of the given kinds. */
static GArray *
make_marks (guint              n,
            const YsEventKind *kinds,
            guint              n_kinds)
{
  GArray *marks = g_array_sized_new (FALSE, TRUE, sizeof (YsTimelineMark), n);

  for (guint i = 0; i < n; i++)
    {
      YsTimelineMark mark = { 0 };

      mark.step = 10 * ((guint64) i + 1);
      mark.generator = 1;
      mark.index = 2 * (guint64) i;
      mark.line = 1;
      mark.kind = n_kinds > 0 ? kinds[i % n_kinds] : YS_EVENT_GEN_YIELDED;
      g_array_append_val (marks, mark);
    }
  return marks;
}

static void
test_empty (void)
{
  g_autoptr (GArray) marks = make_marks (0, NULL, 0);
  g_autoptr (YsEventLog) log = ys_event_log_new ();
  YsTimelineLayout layout;
  guint mark = 42;
  double x = -1.0;

  ys_timeline_layout_compute (&layout, 0, 300);
  g_assert_cmpuint (layout.n_columns, ==, 0);
  g_assert_false (ys_timeline_layout_is_bucketed (&layout));
  g_assert_false (ys_timeline_layout_hit (&layout, YS_TIMELINE_MARGIN, 100, &mark));
  g_assert_cmpuint (mark, ==, 42);
  g_assert_false (ys_timeline_layout_find_mark (marks, 1000, &mark));
  g_assert_false (ys_timeline_layout_cursor_x (&layout, marks, 1000, &x));
  g_assert_cmpfloat (x, ==, -1.0);

  g_assert_cmpuint (ys_timeline_collect_marks (log, 0, G_MAXSIZE, marks), ==, 0);
  g_assert_cmpuint (marks->len, ==, 0);
  ys_timeline_truncate_marks (marks, 0);
  g_assert_cmpuint (marks->len, ==, 0);
}

static void
test_few (void)
{
  YsTimelineLayout layout;

  ys_timeline_layout_compute (&layout, 5, 400);
  g_assert_cmpuint (layout.n_columns, ==, 5);
  g_assert_false (ys_timeline_layout_is_bucketed (&layout));
  g_assert_cmpfloat (layout.spacing, ==, YS_TIMELINE_MAX_SPACING);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpuint (ys_timeline_layout_column_of_mark (&layout, i), ==, i);
      g_assert_cmpuint (ys_timeline_layout_first_mark (&layout, i), ==, i);
      g_assert_cmpuint (ys_timeline_layout_end_mark (&layout, i), ==, i + 1);
      g_assert_cmpfloat_with_epsilon (ys_timeline_layout_mark_x (&layout, i),
                                      YS_TIMELINE_MARGIN + i * YS_TIMELINE_MAX_SPACING, 1e-9);
    }

  /* One mark sits at the start. */
  ys_timeline_layout_compute (&layout, 1, 400);
  g_assert_cmpuint (layout.n_columns, ==, 1);
  g_assert_cmpfloat (ys_timeline_layout_mark_x (&layout, 0), ==, YS_TIMELINE_MARGIN);
}

/* Between the widest and the narrowest spacing, marks spread over the whole width. */
static void
test_spread (void)
{
  YsTimelineLayout layout;

  ys_timeline_layout_compute (&layout, 21, 200 + 2 * YS_TIMELINE_MARGIN);
  g_assert_cmpuint (layout.n_columns, ==, 21);
  g_assert_cmpfloat_with_epsilon (layout.spacing, 10.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ys_timeline_layout_mark_x (&layout, 20), 200 + YS_TIMELINE_MARGIN,
                                  1e-9);
}

static void
test_exact_fit (void)
{
  const guint n = 51;
  const double width = 2 * YS_TIMELINE_MARGIN + (n - 1) * YS_TIMELINE_MIN_SPACING;
  YsTimelineLayout layout;

  ys_timeline_layout_compute (&layout, n, width);
  g_assert_cmpuint (layout.n_columns, ==, n);
  g_assert_false (ys_timeline_layout_is_bucketed (&layout));
  g_assert_cmpfloat_with_epsilon (layout.spacing, YS_TIMELINE_MIN_SPACING, 1e-9);
  g_assert_cmpfloat_with_epsilon (ys_timeline_layout_mark_x (&layout, n - 1),
                                  width - YS_TIMELINE_MARGIN, 1e-9);

  /* One more mark no longer fits: two share a column, and the columns stay put. */
  ys_timeline_layout_compute (&layout, n + 1, width);
  g_assert_cmpuint (layout.n_columns, ==, n);
  g_assert_true (ys_timeline_layout_is_bucketed (&layout));
  g_assert_cmpfloat_with_epsilon (layout.spacing, YS_TIMELINE_MIN_SPACING, 1e-9);
}

static void
test_bucketing (void)
{
  static const YsEventKind kinds[] = { YS_EVENT_GEN_RESUMED, YS_EVENT_GEN_YIELDED };
  const double width = 312;
  g_autoptr (GArray) marks = make_marks (1000, kinds, G_N_ELEMENTS (kinds));
  YsTimelineLayout layout;
  guint smallest = G_MAXUINT, largest = 0;
  guint column;

  ys_timeline_layout_compute (&layout, marks->len, width);
  g_assert_true (ys_timeline_layout_is_bucketed (&layout));
  g_assert_cmpuint (layout.n_columns, ==, 51);
  g_assert_cmpfloat (layout.spacing, >=, YS_TIMELINE_MIN_SPACING);
  g_assert_cmpfloat (layout.spacing, <=, YS_TIMELINE_MAX_SPACING);
  g_assert_cmpfloat_with_epsilon (ys_timeline_layout_column_x (&layout, layout.n_columns - 1),
                                  width - YS_TIMELINE_MARGIN, 1e-9);
  g_assert_cmpuint (ys_timeline_layout_first_mark (&layout, 0), ==, 0);
  g_assert_cmpuint (ys_timeline_layout_end_mark (&layout, layout.n_columns - 1), ==, 1000);

  /* Every column holds marks, counts differ by one at most, and mark -> column agrees
   * with column -> marks. */
  for (guint c = 0; c < layout.n_columns; c++)
    {
      guint first = ys_timeline_layout_first_mark (&layout, c);
      guint end = ys_timeline_layout_end_mark (&layout, c);

      g_assert_cmpuint (first, <, end);
      smallest = MIN (smallest, end - first);
      largest = MAX (largest, end - first);
      for (guint i = first; i < end; i++)
        g_assert_cmpuint (ys_timeline_layout_column_of_mark (&layout, i), ==, c);
    }
  g_assert_cmpuint (largest - smallest, <=, 1);

  /* A column shows its most important kind, the earliest among equals. */
  g_assert_cmpuint (ys_timeline_layout_pick_mark (&layout, marks, 3),
                    ==, ys_timeline_layout_first_mark (&layout, 3) + 1);
  column = ys_timeline_layout_column_of_mark (&layout, 500);
  g_array_index (marks, YsTimelineMark, 500).kind = YS_EVENT_GEN_RETURNED;
  g_assert_cmpuint (ys_timeline_layout_pick_mark (&layout, marks, column), ==, 500);
  g_array_index (marks, YsTimelineMark, 502).kind = YS_EVENT_GEN_RAISED;
  g_assert_cmpuint (ys_timeline_layout_column_of_mark (&layout, 502), ==, column);
  g_assert_cmpuint (ys_timeline_layout_pick_mark (&layout, marks, column), ==, 502);

  /* A click hits the column's first mark. */
  {
    guint mark;
    double x = ys_timeline_layout_column_x (&layout, column);

    g_assert_true (ys_timeline_layout_hit (&layout, x + 1, 3, &mark));
    g_assert_cmpuint (mark, ==, ys_timeline_layout_first_mark (&layout, column));
  }

  /* A very narrow widget puts everything in one column. */
  ys_timeline_layout_compute (&layout, marks->len, 0);
  g_assert_cmpuint (layout.n_columns, ==, 1);
  g_assert_cmpuint (ys_timeline_layout_column_of_mark (&layout, 999), ==, 0);
  g_assert_cmpuint (ys_timeline_layout_end_mark (&layout, 0), ==, 1000);
}

static void
test_importance (void)
{
  static const YsEventKind order[] = {
    YS_EVENT_GEN_CREATED, YS_EVENT_GEN_RESUMED, YS_EVENT_GEN_YIELDED,
    YS_EVENT_GEN_CLOSED,  YS_EVENT_GEN_RETURNED, YS_EVENT_GEN_RAISED,
  };
  static const YsEventKind not_marks[] = {
    YS_EVENT_GEN_FINALIZED, YS_EVENT_CALL, YS_EVENT_RETURN,
    YS_EVENT_LINE,          YS_EVENT_OUTPUT, YS_EVENT_MEMORY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_true (ys_timeline_is_mark_kind (order[i]));
      if (i > 0)
        g_assert_cmpint (ys_timeline_kind_importance (order[i - 1]), <,
                         ys_timeline_kind_importance (order[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_marks); i++)
    g_assert_false (ys_timeline_is_mark_kind (not_marks[i]));
}

typedef struct
{
  double   x;
  gboolean hit;
  guint    column;
} HitCase;

/* Five columns at 6, 20, 34, 48, 62, hit within 4 px. */
static const HitCase hit_cases[] = {
  { -100.0, FALSE, 0 },
  { 1.9, FALSE, 0 },
  { 2.0, TRUE, 0 },
  { 6.0, TRUE, 0 },
  { 10.0, TRUE, 0 },
  { 10.5, FALSE, 0 },
  { 16.0, TRUE, 1 },
  { 26.9, FALSE, 0 },
  { 62.0, TRUE, 4 },
  { 66.0, TRUE, 4 },
  { 66.1, FALSE, 0 },
  { 1e9, FALSE, 0 },
};

static void
test_hit (gconstpointer data)
{
  const HitCase *hit = data;
  YsTimelineLayout layout;
  guint column = G_MAXUINT;
  guint mark = G_MAXUINT;

  ys_timeline_layout_compute (&layout, 5, 400);
  g_assert_cmpint (ys_timeline_layout_hit_column (&layout, hit->x, 4.0, &column), ==, hit->hit);
  g_assert_cmpint (ys_timeline_layout_hit (&layout, hit->x, 4.0, &mark), ==, hit->hit);
  if (hit->hit)
    {
      g_assert_cmpuint (column, ==, hit->column);
      g_assert_cmpuint (mark, ==, hit->column);
    }
  else
    {
      g_assert_cmpuint (column, ==, G_MAXUINT);
      g_assert_cmpuint (mark, ==, G_MAXUINT);
    }
}

/* Between two columns the nearer wins; a wide tolerance always finds one. */
static void
test_hit_nearest (void)
{
  YsTimelineLayout layout;
  guint column;

  ys_timeline_layout_compute (&layout, 5, 400);
  g_assert_true (ys_timeline_layout_hit_column (&layout, 12.9, 7.0, &column));
  g_assert_cmpuint (column, ==, 0);
  g_assert_true (ys_timeline_layout_hit_column (&layout, 13.1, 7.0, &column));
  g_assert_cmpuint (column, ==, 1);
  g_assert_true (ys_timeline_layout_hit_column (&layout, 0.0, 7.0, &column));
  g_assert_cmpuint (column, ==, 0);
}

static void
test_cursor (void)
{
  g_autoptr (GArray) marks = make_marks (3, NULL, 0);   /* steps 10, 20, 30 */
  YsTimelineLayout layout;
  guint mark;
  double x;

  ys_timeline_layout_compute (&layout, marks->len, 400);
  g_assert_false (ys_timeline_layout_cursor_x (&layout, marks, 9, &x));
  g_assert_false (ys_timeline_layout_find_mark (marks, 0, &mark));

  g_assert_true (ys_timeline_layout_cursor_x (&layout, marks, 10, &x));
  g_assert_cmpfloat (x, ==, ys_timeline_layout_mark_x (&layout, 0));
  g_assert_true (ys_timeline_layout_cursor_x (&layout, marks, 29, &x));
  g_assert_cmpfloat (x, ==, ys_timeline_layout_mark_x (&layout, 1));
  g_assert_true (ys_timeline_layout_cursor_x (&layout, marks, G_MAXUINT64, &x));
  g_assert_cmpfloat (x, ==, ys_timeline_layout_mark_x (&layout, 2));

  /* Of marks at one step, the cursor goes to the last. */
  g_array_index (marks, YsTimelineMark, 2).step = 20;
  g_assert_true (ys_timeline_layout_find_mark (marks, 20, &mark));
  g_assert_cmpuint (mark, ==, 2);

  /* Bucketed, the cursor stands at its mark's column. */
  {
    g_autoptr (GArray) many = make_marks (1000, NULL, 0);

    ys_timeline_layout_compute (&layout, many->len, 312);
    g_assert_true (ys_timeline_layout_cursor_x (&layout, many, 5005, &x));
    g_assert_cmpfloat (x, ==, ys_timeline_layout_column_x (
                                 &layout, ys_timeline_layout_column_of_mark (&layout, 499)));
  }
}

static void
append_event (YsEventLog  *log,
              YsEventKind  kind,
              guint64      step,
              int          line,
              guint64      generator)
{
  YsEvent event = { 0 };

  event.kind = kind;
  event.step = step;
  event.line = line;
  event.generator = generator;
  event.resume = kind == YS_EVENT_GEN_RESUMED ? YS_RESUME_SEND : YS_RESUME_NEXT;
  ys_event_log_append (log, &event);
}

/* Only generator events become marks, finalization excepted; truncating the log drops
 * the marks of the forgotten events. */
static void
test_collect (void)
{
  g_autoptr (YsEventLog) log = ys_event_log_new ();
  g_autoptr (GArray) marks = g_array_new (FALSE, TRUE, sizeof (YsTimelineMark));
  const YsTimelineMark *mark;

  append_event (log, YS_EVENT_LINE, 1, 1, 0);
  append_event (log, YS_EVENT_GEN_CREATED, 3, 2, 1);
  append_event (log, YS_EVENT_CALL, 4, 2, 0);
  append_event (log, YS_EVENT_GEN_RESUMED, 5, 2, 1);
  append_event (log, YS_EVENT_GEN_YIELDED, 7, 5, 1);
  append_event (log, YS_EVENT_OUTPUT, 8, 3, 0);
  append_event (log, YS_EVENT_GEN_RAISED, 9, 6, 1);
  append_event (log, YS_EVENT_GEN_CLOSED, 9, 6, 1);
  append_event (log, YS_EVENT_GEN_FINALIZED, 10, 3, 1);

  g_assert_cmpuint (ys_timeline_collect_marks (log, 0, 4, marks), ==, 2);
  g_assert_cmpuint (ys_timeline_collect_marks (log, 4, G_MAXSIZE, marks), ==, 3);
  g_assert_cmpuint (marks->len, ==, 5);

  mark = &g_array_index (marks, YsTimelineMark, 1);
  g_assert_cmpuint (mark->kind, ==, YS_EVENT_GEN_RESUMED);
  g_assert_cmpuint (mark->resume, ==, YS_RESUME_SEND);
  g_assert_cmpuint (mark->step, ==, 5);
  g_assert_cmpuint (mark->index, ==, 3);
  g_assert_cmpuint (mark->generator, ==, 1);
  mark = &g_array_index (marks, YsTimelineMark, 2);
  g_assert_cmpuint (mark->kind, ==, YS_EVENT_GEN_YIELDED);
  g_assert_cmpint (mark->line, ==, 5);
  g_assert_cmpuint (g_array_index (marks, YsTimelineMark, 4).kind, ==, YS_EVENT_GEN_CLOSED);

  ys_event_log_truncate (log, 6);
  ys_timeline_truncate_marks (marks, ys_event_log_get_length (log));
  g_assert_cmpuint (marks->len, ==, 3);
  ys_timeline_truncate_marks (marks, 100);
  g_assert_cmpuint (marks->len, ==, 3);
  ys_timeline_truncate_marks (marks, 0);
  g_assert_cmpuint (marks->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/empty", test_empty);
  g_test_add_func ("/timeline-layout/few", test_few);
  g_test_add_func ("/timeline-layout/spread", test_spread);
  g_test_add_func ("/timeline-layout/exact-fit", test_exact_fit);
  g_test_add_func ("/timeline-layout/bucketing", test_bucketing);
  g_test_add_func ("/timeline-layout/importance", test_importance);
  for (guint i = 0; i < G_N_ELEMENTS (hit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/timeline-layout/hit/%u", i);

      g_test_add_data_func (path, &hit_cases[i], test_hit);
    }
  g_test_add_func ("/timeline-layout/hit-nearest", test_hit_nearest);
  g_test_add_func ("/timeline-layout/cursor", test_cursor);
  g_test_add_func ("/timeline-layout/collect", test_collect);

  return g_test_run ();
}
