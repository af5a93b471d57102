/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The built-in library modules seen from the engine's API: a sleeping program stops
 * when told to, and a module's objects are counted in the heap and freed. */
#include <string.h>

#include "ys-engine.h"

static void
ignore_output (const char *text,
               gsize       len,
               gboolean    is_error,
               gpointer    user_data)
{
}

static gpointer
continue_in_thread (gpointer data)
{
  return GINT_TO_POINTER (ys_engine_continue (data, NULL, NULL));
}

static gpointer
run_in_thread (gpointer data)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = ys_engine_run (data, &error);

  g_assert_false (ok);
  g_assert_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_STOPPED);
  return NULL;
}

/* time.sleep (60) ends within a few seconds of a stop, as a stopped loop ends. */
static void
test_sleep_stops (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GThread *thread;
  gint64 asked, took;
  YsRunState state;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "nap.py", "import time\ntime.sleep(60)\nprint('woke')\n", -1, &error));
  thread = g_thread_new ("run", continue_in_thread, engine);
  g_usleep (100 * 1000);
  asked = g_get_monotonic_time ();
  ys_engine_stop (engine);
  state = GPOINTER_TO_INT (g_thread_join (thread));
  took = g_get_monotonic_time () - asked;
  g_test_message ("sleep stopped after %.1f ms", took / 1000.0);
  g_assert_cmpint (state, ==, YS_RUN_STOPPED);
  g_assert_cmpint (took, <, 5 * G_USEC_PER_SEC);
  g_assert_nonnull (ys_engine_get_error (engine));
  g_assert_cmpstr (ys_engine_get_error (engine)->type_name, ==, "KeyboardInterrupt");
  /* The engine goes on working, and sleeps again when asked. */
  g_assert_cmpint (ys_engine_eval (engine, "time.sleep(0.001) is None", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "True");
}

/* A sleep inside a generator, run with ys_engine_run, stops the same way. */
static void
test_sleep_in_generator_stops (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GThread *thread;
  gint64 asked;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "ticks.py",
                                 "import time\n"
                                 "def ticks():\n"
                                 "    while True:\n"
                                 "        time.sleep(30)\n"
                                 "        yield 1\n"
                                 "for t in ticks():\n"
                                 "    print(t)\n", -1, &error));
  thread = g_thread_new ("run", run_in_thread, engine);
  g_usleep (100 * 1000);
  asked = g_get_monotonic_time ();
  ys_engine_stop (engine);
  g_thread_join (thread);
  g_assert_cmpint (g_get_monotonic_time () - asked, <, 5 * G_USEC_PER_SEC);
}

/* A Random's state (624 words) is counted where it is allocated, and given back. */
/* An unseeded random draws the session's entropy: going back replays the same numbers,
 * while two sessions differ. */
static void
test_random_replays (void)
{
  const char *program = "import random\nrandom.seed()\na = random.random()\nb = random.Random().random()\n";
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (YsEngine) other = ys_engine_new ();
  YsPauseCondition end = { YS_PAUSE_NEVER, 0, 0, 0 };
  YsStats stats;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (ys_engine_load (engine, "program.py", program, -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, &end, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpint (ys_engine_eval (engine, "(a, b)", &end, &error), ==, YS_RUN_FINISHED);
  first = g_strdup (ys_engine_get_result (engine));
  ys_engine_get_stats (engine, &stats);
  g_assert_true (ys_engine_rewind (engine, stats.steps, &error));
  g_assert_cmpint (ys_engine_eval (engine, "(a, b)", &end, &error), ==, YS_RUN_FINISHED);
  again = g_strdup (ys_engine_get_result (engine));
  g_assert_cmpstr (first, ==, again);

  g_assert_true (ys_engine_load (other, "program.py", program, -1, &error));
  g_assert_cmpint (ys_engine_continue (other, &end, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpint (ys_engine_eval (other, "(a, b)", &end, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (first, !=, ys_engine_get_result (other));
}

static void
test_random_memory (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsStats before, during, after;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "rngs.py", "import random, sys\nrngs = []\n", -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, NULL, NULL), ==, YS_RUN_FINISHED);
  g_assert_cmpint (ys_engine_eval (engine, "sys.getsizeof(random.Random(1)) >= 624 * 4", NULL, &error), ==,
                   YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "True");
  ys_engine_get_stats (engine, &before);
  g_assert_cmpint (ys_engine_eval (engine, "rngs.extend(random.Random(i) for i in range(100))", NULL, &error), ==,
                   YS_RUN_FINISHED);
  ys_engine_get_stats (engine, &during);
  g_assert_cmpuint (during.live_bytes, >=, before.live_bytes + 100 * 624 * 4);
  g_assert_cmpint (ys_engine_eval (engine, "rngs.clear()", NULL, &error), ==, YS_RUN_FINISHED);
  ys_engine_get_stats (engine, &after);
  g_assert_cmpuint (after.live_bytes, <, before.live_bytes + 624 * 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/modules/sleep-stops", test_sleep_stops);
  g_test_add_func ("/modules/sleep-in-generator-stops", test_sleep_in_generator_stops);
  g_test_add_func ("/modules/random-memory", test_random_memory);
  g_test_add_func ("/modules/random-replays", test_random_replays);
  return g_test_run ();
}
