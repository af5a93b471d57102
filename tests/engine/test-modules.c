/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The built-in library modules seen from the engine's API: a sleeping program, a
 * catastrophic regex and a blocking queue stop when told to, re counts positions in
 * code points, pathlib refuses writes, and a module's objects are counted in the heap
 * and freed. */
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

/* Runs @program on a thread, stops it after @delay_ms and checks that it stopped
 * within five seconds, with a KeyboardInterrupt. */
static void
assert_stops (YsEngine   *engine,
              const char *name,
              const char *program,
              guint       delay_ms)
{
  g_autoptr (GError) error = NULL;
  GThread *thread;
  gint64 asked, took;
  YsRunState state;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, name, program, -1, &error));
  thread = g_thread_new ("run", continue_in_thread, engine);
  g_usleep (delay_ms * 1000);
  asked = g_get_monotonic_time ();
  ys_engine_stop (engine);
  state = GPOINTER_TO_INT (g_thread_join (thread));
  took = g_get_monotonic_time () - asked;
  g_test_message ("%s stopped after %.1f ms", name, took / 1000.0);
  g_assert_cmpint (state, ==, YS_RUN_STOPPED);
  g_assert_cmpint (took, <, 5 * G_USEC_PER_SEC);
  g_assert_nonnull (ys_engine_get_error (engine));
  g_assert_cmpstr (ys_engine_get_error (engine)->type_name, ==, "KeyboardInterrupt");
}

/* time.sleep (60) ends within a few seconds of a stop, as a stopped loop ends. */
static void
test_sleep_stops (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;

  assert_stops (engine, "nap.py", "import time\ntime.sleep(60)\nprint('woke')\n", 100);
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

/* re reports positions in code points although GRegex works in UTF-8 bytes. */
static void
test_re_offsets (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  static const struct { const char *expr, *result; } cases[] = {
    { "re.search('caf\u00e9+', 'un caf\u00e9\u00e9!').span()", "(3, 8)" },
    { "[m.span() for m in re.finditer(r'\\w+', '\u00e9t\u00e9 \u2014 na\u00efve')]", "[(0, 3), (6, 11)]" },
    { "re.split('\u2014', 'a\u2014b\u2014')", "['a', 'b', '']" },
    { "re.compile('b').search('\u00e9\u00e9b\u00e9b', 3).start()", "4" },
    { "re.sub('', '-', '\u00e9\u00e8')", "'-\u00e9-\u00e8-'" },
    { "re.match('(\u00e9)(x)?', '\u00e9y').span(2)", "(-1, -1)" },
    { "[m.start() for m in re.finditer('', '\u00e9a\u00e9')]", "[0, 1, 2, 3]" },
  };

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "re.py", "import re\n", -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, NULL, NULL), ==, YS_RUN_FINISHED);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (ys_engine_eval (engine, cases[i].expr, NULL, &error), ==, YS_RUN_FINISHED);
      g_assert_cmpstr (ys_engine_get_result (engine), ==, cases[i].result);
    }
}

/* Each catastrophic match gives up at PCRE's backtracking limit; a program that keeps
 * trying stops within seconds when told to. */
static void
test_re_catastrophic_stops (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  const char *program =
    "import re\n"
    "evil = re.compile(r'(a|aa)+$')\n"
    "while True:\n"
    "    try:\n"
    "        evil.match('a' * 60 + 'b')\n"
    "    except re.error:\n"
    "        pass\n";

  assert_stops (engine, "evil.py", program, 300);
  g_assert_cmpint (ys_engine_eval (engine, "evil.match('aaa') is not None", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "True");
}

/* pathlib reads inside the sandbox; whatever would write is refused, and so is reading
 * outside the folders a program may read. Checked here, not against CPython, which
 * would write. */
static void
test_pathlib_refuses_writes (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  static const char *const writes[] = {
    "Path('out.txt').write_text('x')", "Path('d').mkdir()", "Path('x').touch()", "Path('x').unlink()",
    "Path('x').rename('y')", "Path('out.txt').open('w')", "Path('/etc/passwd').exists()",
    "Path('/etc/passwd').read_text()", "list(Path('/etc').iterdir())",
  };

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "paths.py", "from pathlib import Path\n", -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, NULL, NULL), ==, YS_RUN_FINISHED);
  for (gsize i = 0; i < G_N_ELEMENTS (writes); i++)
    {
      g_autoptr (GError) err = NULL;
      ys_engine_eval (engine, writes[i], NULL, &err);
      g_assert_nonnull (ys_engine_get_error (engine));
      g_assert_cmpstr (ys_engine_get_error (engine)->type_name, ==, "PermissionError");
    }
}

/* A blocking get on an empty queue waits as CPython's would (nothing else can fill
 * it), until Stop. */
static void
test_queue_get_stops (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;

  assert_stops (engine, "wait.py", "import queue\nq = queue.Queue()\nq.get()\n", 200);
  g_assert_cmpint (ys_engine_eval (engine, "q.put(1) or q.get(timeout=60)", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "1");
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
  g_test_add_func ("/modules/re-offsets", test_re_offsets);
  g_test_add_func ("/modules/re-catastrophic-stops", test_re_catastrophic_stops);
  g_test_add_func ("/modules/pathlib-refuses-writes", test_pathlib_refuses_writes);
  g_test_add_func ("/modules/queue-get-stops", test_queue_get_stops);
  return g_test_run ();
}
