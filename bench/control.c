/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How fast the embedder gets control back: stopping a runaway program from another
 * thread, and going back to an earlier step. Run by tools/bench; prints figures. */
#include <stdio.h>

#include "ys-engine.h"

static void
ignore_output (const char *text,
               gsize       len,
               gboolean    is_error,
               gpointer    user_data)
{
}

static gpointer
run_in_thread (gpointer data)
{
  return GINT_TO_POINTER (ys_engine_continue (data, NULL, NULL));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  printf ("%-44s median %7.2f ms   max %7.2f ms   (%u runs)\n", what,
          g_array_index (ms, double, ms->len / 2), g_array_index (ms, double, ms->len - 1), ms->len);
}

/* A runaway loop, stopped 100 ms after it starts; with @log, every event is recorded. */
static void
stop_latency (const char *source,
              const char *what,
              gboolean    logged)
{
  g_autoptr (GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < 15; i++)
    {
      g_autoptr (YsEngine) engine = ys_engine_new ();
      g_autoptr (YsEventLog) log = ys_event_log_new ();
      GThread *thread;
      gint64 asked;
      double elapsed;

      ys_engine_set_output_func (engine, ignore_output, NULL);
      if (logged)
        ys_engine_set_event_log (engine, log, YS_EVENT_MASK_ALL);
      if (!ys_engine_load (engine, "runaway.py", source, -1, NULL))
        g_error ("cannot load the program");
      thread = g_thread_new ("run", run_in_thread, engine);
      g_usleep (100 * 1000);
      asked = g_get_monotonic_time ();
      ys_engine_stop (engine);
      if (GPOINTER_TO_INT (g_thread_join (thread)) != YS_RUN_STOPPED)
        g_error ("the program did not stop");
      elapsed = (g_get_monotonic_time () - asked) / 1000.0;
      g_array_append_val (ms, elapsed);
    }
  report (what, ms);
}

static void
rewind_time (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  const char *program =
    "def numbers(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "def squares(items):\n"
    "    for x in items:\n"
    "        yield x * x\n"
    "seen = []\n"
    "for v in squares(numbers(40000)):\n"
    "    if v % 3 == 0:\n"
    "        seen.append(v)\n"
    "print(len(seen))\n";
  GRand *rand = g_rand_new_with_seed (5);

  ys_engine_set_output_func (engine, ignore_output, NULL);
  if (!ys_engine_load (engine, "rewind.py", program, -1, &error) ||
      ys_engine_continue (engine, NULL, &error) != YS_RUN_FINISHED)
    g_error ("cannot run the program: %s", error ? error->message : "");
  /* Any step up to 10^5, the farthest included. */
  for (int i = 0; i < 30; i++)
    {
      guint64 step = i == 0 ? 100000 : (guint64) g_rand_int_range (rand, 1, 100001);
      gint64 start = g_get_monotonic_time ();
      double elapsed;
      if (!ys_engine_rewind (engine, step, &error))
        g_error ("rewind failed: %s", error->message);
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (ms, elapsed);
    }
  g_rand_free (rand);
  report ("rewind to a step up to 10^5", ms);
}

int
main (void)
{
  stop_latency ("n = 0\nwhile True:\n    n += 1\n", "stop a runaway loop", FALSE);
  stop_latency ("n = 0\nwhile True:\n    n += 1\n", "stop a runaway loop, every event logged", TRUE);
  stop_latency ("def g():\n    while True:\n        yield [1] * 1000\nfor x in g():\n    pass\n",
                "stop a runaway generator", FALSE);
  rewind_time ();
  return 0;
}
