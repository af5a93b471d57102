/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine watched: events, determinism, limits, and honest memory figures. */
#include <string.h>

#include "ys-engine.h"

static void
ignore_output (const char *text,
               gsize       len,
               gboolean    is_error,
               gpointer    user_data)
{
}

static void
collect (const char *text,
         gsize       len,
         gboolean    is_error,
         gpointer    user_data)
{
  GString **streams = user_data;

  g_string_append_len (streams[is_error ? 1 : 0], text, len);
}

static void
record_event (YsEngine      *engine,
              const YsEvent *event,
              gpointer       user_data)
{
  GString *log = user_data;

  g_string_append_printf (log, "%" G_GUINT64_FORMAT " %s line=%d depth=%d fn=%s gen=%" G_GUINT64_FORMAT,
                          event->step, ys_event_kind_name (event->kind), event->line, event->depth,
                          event->function ? event->function : "-", event->generator);
  if (event->kind == YS_EVENT_GEN_RESUMED)
    g_string_append_printf (log, " by=%s", ys_resume_kind_name (event->resume));
  if (event->value_type != NULL)
    g_string_append_printf (log, " %s:%s", event->value_type, ys_event_get_value_repr (engine, event));
  if (event->kind == YS_EVENT_OUTPUT)
    g_string_append_printf (log, " out=%.*s", (int) event->text_len, event->text);
  g_string_append_printf (log, " live=%" G_GSIZE_FORMAT "\n", event->live_bytes);
}

static const char *coroutine_program =
  "def averager():\n"
  "    total = count = 0\n"
  "    avg = None\n"
  "    while True:\n"
  "        value = yield avg\n"
  "        total += value\n"
  "        count += 1\n"
  "        avg = total / count\n"
  "def numbers(n):\n"
  "    yield from range(n)\n"
  "    return 'done'\n"
  "a = averager()\n"
  "next(a)\n"
  "for x in numbers(3):\n"
  "    print(a.send(x))\n"
  "try:\n"
  "    a.throw(ValueError('stop'))\n"
  "except ValueError as e:\n"
  "    print('caught', e)\n"
  "print(list(n for n in [[1, 2], {'k': (3,)}]))\n";

static char *
run_recorded (const char *source,
              guint       mask)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GString *log = g_string_new (NULL);

  ys_engine_set_output_func (engine, ignore_output, NULL);
  ys_engine_set_observer (engine, mask, record_event, log);
  g_assert_true (ys_engine_load (engine, "watched.py", source, -1, &error));
  ys_engine_run (engine, NULL);
  return g_string_free (log, FALSE);
}

static void
test_deterministic (void)
{
  g_autofree char *first = run_recorded (coroutine_program, YS_EVENT_MASK_ALL);
  g_autofree char *second = run_recorded (coroutine_program, YS_EVENT_MASK_ALL);

  /* Byte for byte, memory figures included. */
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (strlen (first), >, 1000);
}

/* Keeps every event as an observer sees it, in the log's terms. */
static void
keep_event (YsEngine      *engine,
            const YsEvent *event,
            gpointer       user_data)
{
  YsLoggedEvent e = { event->kind, event->resume, event->step, event->line, event->depth, event->generator };

  g_array_append_val ((GArray *) user_data, e);
}

static const char *log_program =
  "def numbers(n):\n"
  "    i = 0\n"
  "    while i < n:\n"
  "        yield i\n"
  "        i += 1\n"
  "def squares(items):\n"
  "    for x in items:\n"
  "        yield x * x\n"
  "def deep(k):\n"
  "    return k if k == 0 else deep(k - 1)\n"
  "total = 0\n"
  "for v in squares(numbers(400)):\n"
  "    total += v + deep(v % 7)\n"
  "big = [i for i in range(2000)]\n"
  "print(total, len(big), 10 ** 30)\n";

static void
test_event_log (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (YsEventLog) log = ys_event_log_new ();
  g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (YsLoggedEvent));
  YsLoggedEvent e;
  gsize n;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  ys_engine_set_observer (engine, YS_EVENT_MASK_ALL, keep_event, seen);
  ys_engine_set_event_log (engine, log, YS_EVENT_MASK_ALL);
  g_assert_true (ys_engine_load (engine, "log.py", log_program, -1, &error));
  g_assert_true (ys_engine_run (engine, &error));

  /* The log holds exactly what the observer saw, in order, and is compact. */
  n = ys_event_log_get_length (log);
  g_assert_cmpuint (n, ==, seen->len);
  g_assert_cmpuint (n, >, 5000);
  for (gsize i = 0; i < n; i++)
    {
      YsLoggedEvent *want = &g_array_index (seen, YsLoggedEvent, i);
      g_assert_true (ys_event_log_get (log, i, &e));
      g_assert_cmpint (e.kind, ==, want->kind);
      g_assert_cmpint (e.resume, ==, want->resume);
      g_assert_cmpuint (e.step, ==, want->step);
      g_assert_cmpint (e.line, ==, want->line);
      g_assert_cmpint (e.depth, ==, want->depth);
      g_assert_cmpuint (e.generator, ==, want->generator);
    }
  g_assert_false (ys_event_log_get (log, n, &e));

  /* Recorded by the log alone (its own faster path), the run gives the same log. */
  {
    g_autoptr (YsEngine) alone = ys_engine_new ();
    g_autoptr (YsEventLog) log2 = ys_event_log_new ();
    YsLoggedEvent a;
    ys_engine_set_output_func (alone, ignore_output, NULL);
    ys_engine_set_event_log (alone, log2, YS_EVENT_MASK_ALL);
    g_assert_true (ys_engine_load (alone, "log.py", log_program, -1, &error));
    g_assert_true (ys_engine_run (alone, &error));
    g_assert_cmpuint (ys_event_log_get_length (log2), ==, n);
    for (gsize i = 0; i < n; i++)
      {
        g_assert_true (ys_event_log_get (log, i, &e));
        g_assert_true (ys_event_log_get (log2, i, &a));
        g_assert_cmpint (a.kind, ==, e.kind);
        g_assert_cmpuint (a.step, ==, e.step);
        g_assert_cmpint (a.line, ==, e.line);
        g_assert_cmpint (a.depth, ==, e.depth);
        g_assert_cmpuint (a.generator, ==, e.generator);
      }
  }

  /* Reading in order, from the start and from anywhere. */
  for (gsize from = 0; from <= n; from += from < 600 ? 1 : 997)
    {
      YsEventLogIter iter;
      gsize i = from;
      ys_event_log_iter_init (&iter, log, from);
      while (ys_event_log_iter_next (&iter, &e))
        {
          YsLoggedEvent *want = &g_array_index (seen, YsLoggedEvent, i);
          g_assert_cmpuint (e.step, ==, want->step);
          g_assert_cmpint (e.line, ==, want->line);
          g_assert_cmpint (e.kind, ==, want->kind);
          g_assert_cmpuint (e.generator, ==, want->generator);
          i++;
          if (from > 600 && i > from + 300)
            break;
        }
      if (from <= 600 || i < from + 300)
        g_assert_cmpuint (i, ==, n);
    }
  g_assert_cmpuint (ys_event_log_get_size (log), <, n * 5);

  /* Finding a step: the first event at or after it. */
  for (gsize i = 0; i < n; i += 97)
    {
      guint64 step = g_array_index (seen, YsLoggedEvent, i).step;
      gsize found = ys_event_log_find_step (log, step);
      g_assert_cmpuint (g_array_index (seen, YsLoggedEvent, found).step, ==, step);
      g_assert_true (found == 0 || g_array_index (seen, YsLoggedEvent, found - 1).step < step);
    }
  g_assert_cmpuint (ys_event_log_find_step (log, G_MAXUINT64), ==, n);

  /* Truncating at any length, then appending again, gives the same records. */
  for (gsize keep = 0; keep < n; keep += n / 7 + 1)
    {
      g_autoptr (YsEventLog) copy = ys_event_log_new ();
      for (gsize i = 0; i < n; i++)
        {
          YsLoggedEvent *src = &g_array_index (seen, YsLoggedEvent, i);
          YsEvent ev = { .kind = src->kind, .step = src->step, .line = src->line, .depth = src->depth,
                         .generator = src->generator, .resume = src->resume };
          ys_event_log_append (copy, &ev);
        }
      ys_event_log_truncate (copy, keep);
      g_assert_cmpuint (ys_event_log_get_length (copy), ==, keep);
      for (gsize i = keep; i < n; i++)
        {
          YsLoggedEvent *src = &g_array_index (seen, YsLoggedEvent, i);
          YsEvent ev = { .kind = src->kind, .step = src->step, .line = src->line, .depth = src->depth,
                         .generator = src->generator, .resume = src->resume };
          ys_event_log_append (copy, &ev);
        }
      for (gsize i = 0; i < n; i += 13)
        {
          g_assert_true (ys_event_log_get (copy, i, &e));
          g_assert_cmpuint (e.step, ==, g_array_index (seen, YsLoggedEvent, i).step);
          g_assert_cmpint (e.line, ==, g_array_index (seen, YsLoggedEvent, i).line);
          g_assert_cmpuint (e.generator, ==, g_array_index (seen, YsLoggedEvent, i).generator);
        }
    }

  /* A capped log stops growing, says so, and keeps what it had. */
  {
    g_autoptr (YsEventLog) capped = ys_event_log_new ();
    ys_event_log_set_max_size (capped, 8192);
    for (gsize i = 0; i < n; i++)
      {
        YsLoggedEvent *src = &g_array_index (seen, YsLoggedEvent, i);
        YsEvent ev = { .kind = src->kind, .step = src->step, .line = src->line, .depth = src->depth,
                       .generator = src->generator, .resume = src->resume };
        ys_event_log_append (capped, &ev);
      }
    g_assert_true (ys_event_log_is_full (capped));
    g_assert_cmpuint (ys_event_log_get_length (capped), >, 1000);
    g_assert_cmpuint (ys_event_log_get_length (capped), <, n);
    g_assert_true (ys_event_log_get (capped, ys_event_log_get_length (capped) - 1, &e));
    g_assert_cmpuint (e.step, ==, g_array_index (seen, YsLoggedEvent, ys_event_log_get_length (capped) - 1).step);
    ys_event_log_truncate (capped, 10);
    g_assert_false (ys_event_log_is_full (capped));
  }

  /* Wide values take the long encoding and come back whole. */
  {
    g_autoptr (YsEventLog) wide = ys_event_log_new ();
    YsEvent ev = { .kind = YS_EVENT_LINE, .step = G_GUINT64_CONSTANT (1) << 40, .line = 100000,
                   .depth = 900, .generator = G_GUINT64_CONSTANT (1) << 33 };
    ys_event_log_append (wide, &ev);
    ev.step += 3;
    ev.line = 2;
    ev.depth = 1;
    ys_event_log_append (wide, &ev);
    g_assert_true (ys_event_log_get (wide, 0, &e));
    g_assert_cmpuint (e.step, ==, G_GUINT64_CONSTANT (1) << 40);
    g_assert_cmpint (e.line, ==, 100000);
    g_assert_cmpint (e.depth, ==, 900);
    g_assert_cmpuint (e.generator, ==, G_GUINT64_CONSTANT (1) << 33);
    g_assert_true (ys_event_log_get (wide, 1, &e));
    g_assert_cmpint (e.line, ==, 2);
    g_assert_cmpint (e.depth, ==, 1);
  }
}

/* Line events must not depend on whether lines were watched from the start: a pause
 * at a line turns tracing on in the middle of a frame. */
static void
test_tracing_switched_mid_frame (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsPauseCondition at_yield = { YS_PAUSE_AT_EVENT, YS_EVENT_MASK (YS_EVENT_GEN_YIELDED), 0, 0 };
  YsPauseCondition at_line = { YS_PAUSE_AT_LINE, 0, 5, 0 };
  g_autoptr (YsSnapshot) snap = NULL;
  const char *program =
    "def gen():\n"
    "    yield 1\n"
    "    yield 2\n"
    "x = sorted([3, 1, 2], key=lambda v: -v)\n"
    "y = list(gen())\n"
    "print(x, y)\n";

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "mid.py", program, -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, &at_yield, &error), ==, YS_RUN_PAUSED);
  /* Paused inside list(), called from C: line 5 is already running, so the next
   * stop at a line 5 start can't come; the program runs to its end. */
  g_assert_cmpint (ys_engine_continue (engine, &at_line, &error), ==, YS_RUN_FINISHED);

  g_assert_true (ys_engine_load (engine, "mid.py", program, -1, &error));
  {
    YsPauseCondition at_4 = { YS_PAUSE_AT_LINE, 0, 4, 0 };
    g_assert_cmpint (ys_engine_continue (engine, &at_4, &error), ==, YS_RUN_PAUSED);
    snap = ys_engine_snapshot (engine);
    g_assert_cmpint (((YsFrameInfo *) snap->stack->pdata[0])->line, ==, 4);
  }
  g_clear_pointer (&snap, ys_snapshot_free);
  /* From a pause at an event (no line tracing), a line pause must still be reached. */
  g_assert_cmpint (ys_engine_continue (engine, &at_yield, &error), ==, YS_RUN_PAUSED);
  {
    YsPauseCondition at_6 = { YS_PAUSE_AT_LINE, 0, 6, 0 };
    g_assert_cmpint (ys_engine_continue (engine, &at_6, &error), ==, YS_RUN_PAUSED);
    snap = ys_engine_snapshot (engine);
    g_assert_cmpint (((YsFrameInfo *) snap->stack->pdata[0])->line, ==, 6);
  }
}

static void
test_generator_events (void)
{
  g_autofree char *log = run_recorded (coroutine_program,
                                       YS_EVENT_MASK (YS_EVENT_GEN_CREATED) |
                                       YS_EVENT_MASK (YS_EVENT_GEN_RESUMED) |
                                       YS_EVENT_MASK (YS_EVENT_GEN_YIELDED) |
                                       YS_EVENT_MASK (YS_EVENT_GEN_RETURNED) |
                                       YS_EVENT_MASK (YS_EVENT_GEN_RAISED) |
                                       YS_EVENT_MASK (YS_EVENT_GEN_CLOSED) |
                                       YS_EVENT_MASK (YS_EVENT_OUTPUT));

  g_test_message ("%s", log);
  /* The coroutine is created, primed, sent each value, and thrown into. */
  g_assert_nonnull (strstr (log, "gen-created line=1 depth=1 fn=averager gen=1"));
  g_assert_nonnull (strstr (log, "gen-resumed line=1 depth=1 fn=averager gen=1 by=next"));
  g_assert_nonnull (strstr (log, "gen-yielded line=5 depth=1 fn=averager gen=1 NoneType:None"));
  g_assert_nonnull (strstr (log, "by=send int:2"));
  g_assert_nonnull (strstr (log, "gen-yielded line=5 depth=1 fn=averager gen=1 float:1.0"));
  g_assert_nonnull (strstr (log, "by=throw ValueError:ValueError('stop')"));
  g_assert_nonnull (strstr (log, "gen-raised line=5 depth=1 fn=averager gen=1 ValueError:ValueError('stop')"));
  /* The delegating generator returns its value; the generator expression shows its
   * containers without addresses. */
  g_assert_nonnull (strstr (log, "gen-returned line=11 depth=1 fn=numbers gen=2 str:'done'"));
  g_assert_nonnull (strstr (log, "gen-yielded line=20 depth=1 fn=<genexpr> gen=3 dict:{'k': (3,)}"));
  g_assert_nonnull (strstr (log, "out=caught stop"));
  g_assert_null (strstr (log, "0x"));
}

typedef struct
{
  int    line;
  guint  seen;
  gsize  min_bytes;
  gsize  max_bytes;
  gsize  first_bytes;
} Sampler;

static void
sample_line (YsEngine      *engine,
             const YsEvent *event,
             gpointer       user_data)
{
  Sampler *s = user_data;

  if (event->kind != YS_EVENT_LINE || event->line != s->line)
    return;
  /* After the first items, when every stage holds its one item. */
  if (++s->seen == 1000)
    s->min_bytes = s->max_bytes = s->first_bytes = event->live_bytes;
  else if (s->seen > 1000)
    {
      s->min_bytes = MIN (s->min_bytes, event->live_bytes);
      s->max_bytes = MAX (s->max_bytes, event->live_bytes);
    }
}

static Sampler
sample_run (const char *source,
            int         line)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  Sampler s = { line, 0, 0, 0, 0 };

  ys_engine_set_output_func (engine, ignore_output, NULL);
  ys_engine_set_observer (engine, YS_EVENT_MASK (YS_EVENT_LINE), sample_line, &s);
  g_assert_true (ys_engine_load (engine, "memory.py", source, -1, &error));
  g_assert_true (ys_engine_run (engine, &error));
  g_assert_no_error (error);
  return s;
}

static void
test_pipeline_memory_is_flat (void)
{
  const char *pipeline =
    "def numbers(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "def squares(items):\n"
    "    for x in items:\n"
    "        yield x * x\n"
    "def evens(items):\n"
    "    for x in items:\n"
    "        if x % 2 == 0:\n"
    "            yield x\n"
    "total = 0\n"
    "for v in evens(squares(numbers(1000000))):\n"
    "    total += v\n"
    "print(total)\n";
  Sampler s = sample_run (pipeline, 13);

  g_assert_cmpuint (s.seen, ==, 500000);
  g_test_message ("pipeline: live bytes between %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT,
                  s.min_bytes, s.max_bytes);
  /* Within 4 KiB of the value after the first items, whatever the count. */
  g_assert_cmpuint (s.max_bytes - s.first_bytes, <=, 4096);
  g_assert_cmpuint (s.first_bytes - s.min_bytes, <=, 4096);
}

static void
test_list_memory_grows (void)
{
  const char *lists =
    "squares = []\n"
    "for i in range(200000):\n"
    "    squares.append(i * i)\n"
    "print(len(squares))\n";
  Sampler s = sample_run (lists, 3);
  double per_item = (double) (s.max_bytes - s.first_bytes) / (s.seen - 1000);

  g_test_message ("list: %.2f bytes per item", per_item);
  /* A word per item and the list's spare capacity: a constant amount per item. */
  g_assert_cmpfloat (per_item, >, 7.0);
  g_assert_cmpfloat (per_item, <, 12.0);
}

typedef struct
{
  const char *source;
  guint64     steps;
  gsize       heap;
  int         depth;
  const char *error;
} LimitCase;

static const LimitCase limit_cases[] = {
  { "while True:\n    pass\n", 10000, 0, 0, "RuntimeError" },
  { "x = []\nwhile True:\n    x.append([1, 2, 3])\n", 0, 4 * 1024 * 1024, 0, "MemoryError" },
  { "def f(n):\n    return f(n + 1)\nf(0)\n", 0, 0, 200, "RecursionError" },
};

static void
test_limits_leave_engine_usable (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (limit_cases); i++)
    {
      const LimitCase *c = &limit_cases[i];
      g_autoptr (YsEngine) engine = ys_engine_new ();
      g_autoptr (GError) error = NULL;
      GString *out = g_string_new (NULL);

      ys_engine_set_output_func (engine, ignore_output, NULL);
      ys_engine_set_limits (engine, c->steps, c->heap, c->depth);
      g_assert_true (ys_engine_load (engine, "limit.py", c->source, -1, &error));
      g_assert_false (ys_engine_run (engine, &error));
      g_assert_cmpstr (ys_engine_get_error (engine)->type_name, ==, c->error);
      g_clear_error (&error);

      /* The same engine runs the next program. */
      ys_engine_set_limits (engine, 0, 0, 0);
      g_assert_true (ys_engine_load (engine, "after.py", "print(sum(range(10)))\n", -1, &error));
      g_assert_true (ys_engine_run (engine, &error));
      g_assert_no_error (error);
      g_string_free (out, TRUE);
    }
}

typedef struct
{
  YsSnapshot *snap;
  GPtrArray  *expanded;
  guint       yields;
} SnapshotAt;

static void
snapshot_at_second_yield (YsEngine      *engine,
                          const YsEvent *event,
                          gpointer       user_data)
{
  SnapshotAt *at = user_data;

  if (event->kind != YS_EVENT_GEN_YIELDED || event->generator != 3 || ++at->yields != 2)
    return;
  at->snap = ys_engine_snapshot (engine);
  for (guint i = 0; i < at->snap->globals->len; i++)
    {
      YsVariable *v = at->snap->globals->pdata[i];
      if (g_str_equal (v->name, "data"))
        at->expanded = ys_engine_expand (engine, v->handle);
    }
}

static void
test_snapshot (void)
{
  const char *program =
    "import sys\n"
    "def inner():\n"
    "    yield 'a'\n"
    "    yield 'b'\n"
    "def outer():\n"
    "    n = 10\n"
    "    r = yield from inner()\n"
    "data = [1, [2, 3], 'x']\n"
    "size = sys.getsizeof(data)\n"
    "waiting = inner()\n"
    "g = outer()\n"
    "first = next(g)\n"
    "second = next(g)\n";
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  SnapshotAt at = { NULL, NULL, 0 };
  YsGeneratorInfo *outer, *inner, *waiting;
  YsVariable *size = NULL, *data = NULL;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  ys_engine_set_observer (engine, YS_EVENT_MASK (YS_EVENT_GEN_YIELDED), snapshot_at_second_yield, &at);
  g_assert_true (ys_engine_load (engine, "snap.py", program, -1, &error));
  g_assert_true (ys_engine_run (engine, &error));
  g_assert_nonnull (at.snap);

  /* The first inner() (1) has not started; outer() (2) delegates to the second
   * inner() (3), paused at its second yield. */
  g_assert_cmpuint (at.snap->generators->len, ==, 3);
  waiting = at.snap->generators->pdata[0];
  outer = at.snap->generators->pdata[1];
  inner = at.snap->generators->pdata[2];
  g_assert_cmpstr (inner->name, ==, "inner");
  g_assert_cmpint (inner->state, ==, YS_GENERATOR_SUSPENDED);
  g_assert_cmpint (inner->line, ==, 4);
  g_assert_cmpstr (inner->last_value, ==, "'b'");
  g_assert_cmpint (waiting->state, ==, YS_GENERATOR_CREATED);
  g_assert_cmpint (waiting->line, ==, 2);
  g_assert_cmpstr (outer->name, ==, "outer");
  g_assert_cmpuint (outer->yield_from, ==, 3);
  g_assert_cmpint (outer->line, ==, 7);
  g_assert_cmpuint (outer->locals->len, ==, 1);
  g_assert_cmpstr (((YsVariable *) outer->locals->pdata[0])->name, ==, "n");
  g_assert_cmpstr (((YsVariable *) outer->locals->pdata[0])->repr, ==, "10");

  for (guint i = 0; i < at.snap->globals->len; i++)
    {
      YsVariable *v = at.snap->globals->pdata[i];
      if (g_str_equal (v->name, "size"))
        size = v;
      if (g_str_equal (v->name, "data"))
        data = v;
    }
  g_assert_nonnull (size);
  g_assert_nonnull (data);
  g_assert_cmpstr (data->repr, ==, "[1, [2, 3], 'x']");
  /* sys.getsizeof and the snapshot report the same bytes. */
  {
    g_autofree char *bytes = g_strdup_printf ("%" G_GSIZE_FORMAT, data->bytes);
    g_assert_cmpstr (size->repr, ==, bytes);
  }
  g_assert_cmpuint (at.snap->live_bytes, >, 0);
  g_assert_cmpuint (at.snap->kinds->len, >, 5);

  g_assert_nonnull (at.expanded);
  g_assert_cmpuint (at.expanded->len, ==, 3);
  g_assert_cmpstr (((YsVariable *) at.expanded->pdata[1])->name, ==, "[1]");
  g_assert_cmpstr (((YsVariable *) at.expanded->pdata[1])->repr, ==, "[2, 3]");

  g_ptr_array_unref (at.expanded);
  ys_snapshot_free (at.snap);
}

static YsGeneratorInfo *
find_generator (YsSnapshot *snap,
                guint64     id)
{
  for (guint i = 0; i < snap->generators->len; i++)
    if (((YsGeneratorInfo *) snap->generators->pdata[i])->id == id)
      return snap->generators->pdata[i];
  return NULL;
}

static const char *stepping_program =
  "def count_up_to(n):\n"
  "    i = 1\n"
  "    while i <= n:\n"
  "        yield i\n"
  "        i += 1\n"
  "total = 0\n"
  "for v in count_up_to(3):\n"
  "    total += v\n"
  "print(total)\n";

static void
test_pause_at_events (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsPauseCondition at_yield = { YS_PAUSE_AT_EVENT, YS_EVENT_MASK (YS_EVENT_GEN_YIELDED), 0, 0 };
  int pauses = 0;
  YsRunState state;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "step.py", stepping_program, -1, &error));
  while ((state = ys_engine_continue (engine, &at_yield, &error)) == YS_RUN_PAUSED)
    {
      g_autoptr (YsSnapshot) snap = ys_engine_snapshot (engine);
      YsGeneratorInfo *g = find_generator (snap, 1);
      g_autofree char *expected = g_strdup_printf ("%d", pauses + 1);
      pauses++;
      /* Paused just after the yield: the generator is suspended on its yield line. */
      g_assert_nonnull (g);
      g_assert_cmpint (g->state, ==, YS_GENERATOR_SUSPENDED);
      g_assert_cmpint (g->line, ==, 4);
      g_assert_cmpstr (g->last_value, ==, expected);
    }
  g_assert_no_error (error);
  g_assert_cmpint (state, ==, YS_RUN_FINISHED);
  g_assert_cmpint (pauses, ==, 3);
}

static void
test_pause_at_line_and_steps (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsPauseCondition at_line = { YS_PAUSE_AT_LINE, 0, 5, 0 };
  YsPauseCondition ten_steps = { YS_PAUSE_AFTER_STEPS, 0, 0, 10 };
  g_autoptr (YsSnapshot) first = NULL;
  g_autoptr (YsSnapshot) second = NULL;
  YsFrameInfo *top;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "step.py", stepping_program, -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, &at_line, &error), ==, YS_RUN_PAUSED);
  first = ys_engine_snapshot (engine);
  top = first->stack->pdata[0];
  g_assert_cmpstr (top->function, ==, "count_up_to");
  g_assert_cmpint (top->line, ==, 5);
  g_assert_cmpuint (top->generator, ==, 1);

  g_assert_cmpint (ys_engine_continue (engine, &ten_steps, &error), ==, YS_RUN_PAUSED);
  second = ys_engine_snapshot (engine);
  g_assert_cmpuint (second->step, ==, first->step + 10);
  g_assert_cmpint (ys_engine_continue (engine, NULL, &error), ==, YS_RUN_FINISHED);
}

static void
test_eval (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsPauseCondition at_line = { YS_PAUSE_AT_LINE, 0, 8, 0 };
  GString *out = g_string_new (NULL);
  GString *streams[2] = { out, out };

  ys_engine_set_output_func (engine, collect, streams);
  g_assert_true (ys_engine_load (engine, "step.py", stepping_program, -1, &error));
  /* Paused in the loop's body: the console works in the program's namespace. */
  g_assert_cmpint (ys_engine_continue (engine, &at_line, &error), ==, YS_RUN_PAUSED);
  g_assert_cmpint (ys_engine_eval (engine, "v, total", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "(1, 0)");
  g_assert_cmpint (ys_engine_eval (engine, "g = count_up_to(2)\nnext(g)", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "1");
  g_assert_cmpint (ys_engine_eval (engine, "g.send(5)", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "2");
  /* An error in the console is shown there and changes nothing else. */
  g_assert_cmpint (ys_engine_eval (engine, "next(g)", NULL, &error), ==, YS_RUN_RAISED);
  g_assert_cmpstr (ys_engine_get_error (engine)->type_name, ==, "StopIteration");
  g_assert_nonnull (strstr (out->str, "StopIteration"));
  g_assert_cmpint (ys_engine_continue (engine, NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_nonnull (strstr (out->str, "6\n"));
  /* After the end, the namespace stays. */
  g_assert_cmpint (ys_engine_eval (engine, "total * 2", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "12");
  g_assert_cmpint (ys_engine_eval (engine, "x = (", NULL, &error), ==, YS_RUN_FAILED);
  g_assert_error (error, YS_COMPILE_ERROR, YS_COMPILE_ERROR_SYNTAX);
  g_string_free (out, TRUE);
}

static gpointer
continue_in_thread (gpointer data)
{
  return GINT_TO_POINTER (ys_engine_continue (data, NULL, NULL));
}

static void
test_stop_from_another_thread (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GThread *thread;
  gint64 asked;
  YsRunState state;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "loop.py", "n = 0\nwhile True:\n    n += 1\n", -1, &error));
  thread = g_thread_new ("run", continue_in_thread, engine);
  g_usleep (200 * 1000);
  asked = g_get_monotonic_time ();
  ys_engine_stop (engine);
  state = GPOINTER_TO_INT (g_thread_join (thread));
  /* Told, not asserted: timings are the benchmarks' business. */
  g_test_message ("stopped after %.1f ms", (g_get_monotonic_time () - asked) / 1000.0);
  g_assert_cmpint (state, ==, YS_RUN_STOPPED);
  /* The engine goes on working. */
  g_assert_cmpint (ys_engine_eval (engine, "n > 1000", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_result (engine), ==, "True");
}

/* A snapshot as text, without its handles (addresses differ from run to run). */
static char *
digest (YsSnapshot *snap)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "step %" G_GUINT64_FORMAT " live %" G_GSIZE_FORMAT " peak %" G_GSIZE_FORMAT "\n",
                          snap->step, snap->live_bytes, snap->peak_bytes);
  for (guint i = 0; i < snap->generators->len; i++)
    {
      YsGeneratorInfo *g = snap->generators->pdata[i];
      g_string_append_printf (out, "gen %" G_GUINT64_FORMAT " %s %d line %d last %s from %" G_GUINT64_FORMAT ":",
                              g->id, g->name, g->state, g->line, g->last_value ? g->last_value : "-",
                              g->yield_from);
      for (guint j = 0; j < g->locals->len; j++)
        {
          YsVariable *v = g->locals->pdata[j];
          g_string_append_printf (out, " %s=%s", v->name, v->repr);
        }
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < snap->stack->len; i++)
    {
      YsFrameInfo *f = snap->stack->pdata[i];
      g_string_append_printf (out, "frame %s %d\n", f->function, f->line);
    }
  for (guint i = 0; i < snap->globals->len; i++)
    {
      YsVariable *v = snap->globals->pdata[i];
      g_string_append_printf (out, "global %s=%s (%" G_GSIZE_FORMAT ")\n", v->name, v->repr, v->bytes);
    }
  return g_string_free (out, FALSE);
}

static char *
digest_now (YsEngine *engine)
{
  g_autoptr (YsSnapshot) snap = ys_engine_snapshot (engine);

  return digest (snap);
}

static void
test_rewind (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsPauseCondition at_line = { YS_PAUSE_AT_LINE, 0, 8, 0 };
  YsPauseCondition seven = { YS_PAUSE_AFTER_STEPS, 0, 0, 7 };
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_free);
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree char *output = NULL;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "step.py", stepping_program, -1, &error));
  /* A session: run to the loop, use the console, then step to the end. */
  g_assert_cmpint (ys_engine_continue (engine, &at_line, &error), ==, YS_RUN_PAUSED);
  g_assert_cmpint (ys_engine_eval (engine, "g = count_up_to(5)", NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpint (ys_engine_eval (engine, "next(g)", NULL, &error), ==, YS_RUN_FINISHED);
  while (ys_engine_continue (engine, &seven, &error) == YS_RUN_PAUSED)
    {
      g_autoptr (YsSnapshot) snap = ys_engine_snapshot (engine);
      g_array_append_val (steps, snap->step);
      g_ptr_array_add (seen, digest (snap));
    }
  output = g_strdup (ys_engine_get_output (engine));
  g_assert_cmpstr (output, ==, "6\n");
  g_assert_cmpuint (steps->len, >, 5);

  /* Back to each moment, in any order: the same state as first seen there. */
  for (guint k = 0; k < steps->len; k++)
    {
      guint i = (k * 7) % steps->len;
      g_autofree char *again = NULL;
      g_assert_true (ys_engine_rewind (engine, g_array_index (steps, guint64, i), &error));
      g_assert_no_error (error);
      again = digest_now (engine);
      g_assert_cmpstr (again, ==, seen->pdata[i]);
    }
  /* From there the session goes on, and ends as before. */
  g_assert_cmpint (ys_engine_continue (engine, NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_cmpstr (ys_engine_get_output (engine), ==, output);
  g_ptr_array_unref (seen);
  g_array_unref (steps);
}

#define GEN_MASK                                                                                  \
  (YS_EVENT_MASK (YS_EVENT_GEN_CREATED) | YS_EVENT_MASK (YS_EVENT_GEN_RESUMED) |                    \
   YS_EVENT_MASK (YS_EVENT_GEN_YIELDED) | YS_EVENT_MASK (YS_EVENT_GEN_RETURNED) |                   \
   YS_EVENT_MASK (YS_EVENT_GEN_RAISED) | YS_EVENT_MASK (YS_EVENT_GEN_CLOSED))

typedef struct
{
  guint64 step;
  guint   skip;
} Moment;

static void
count_pause (YsEngine      *engine,
             const YsEvent *event,
             gpointer       user_data)
{
  *(guint64 *) user_data = event->step;
}

/* Paused at every generator event, with console input between: going back to any of
 * them (RESUMED ones included, several at one step, ones inside console input) gives
 * the state seen there, and the output printed by then. */
static void
test_rewind_to_event (void)
{
  const char *program = "def gen():\n"
                        "    try:\n"
                        "        x = yield 1\n"
                        "        print('got', x)\n"
                        "        yield 2\n"
                        "    finally:\n"
                        "        print('bye')\n"
                        "\n"
                        "g = gen()\n"
                        "print(next(g))\n"
                        "h = (n * n for n in range(3))\n"
                        "print(list(h))\n";
  /* Before the engine: freed after it, whose end still reports to the log. */
  g_autoptr (YsEventLog) log = ys_event_log_new ();
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  YsPauseCondition at_gen = { YS_PAUSE_AT_EVENT, GEN_MASK, 0, 0 };
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *outputs = g_ptr_array_new_with_free_func (g_free);
  GArray *moments = g_array_new (FALSE, FALSE, sizeof (Moment));
  guint64 event_step = 0;
  YsRunState state;
  const char *inputs[] = { "g.send(5)", "g.close()", NULL };
  gsize logged;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  ys_engine_set_observer (engine, GEN_MASK, count_pause, &event_step);
  ys_engine_set_event_log (engine, log, GEN_MASK);
  g_assert_true (ys_engine_load (engine, "events.py", program, -1, &error));
  for (int k = 0;; )
    {
      state = ys_engine_continue (engine, &at_gen, &error);
      while (state == YS_RUN_PAUSED || (state == YS_RUN_FINISHED && inputs[k] != NULL && k >= 0))
        {
          if (state == YS_RUN_PAUSED)
            {
              Moment m = { event_step, 0 };
              if (moments->len > 0 && g_array_index (moments, Moment, moments->len - 1).step == m.step)
                m.skip = g_array_index (moments, Moment, moments->len - 1).skip + 1;
              g_array_append_val (moments, m);
              g_ptr_array_add (seen, digest_now (engine));
              g_ptr_array_add (outputs, g_strdup (ys_engine_get_output (engine)));
              state = ys_engine_continue (engine, &at_gen, &error);
            }
          else
            state = ys_engine_eval (engine, inputs[k++], &at_gen, &error);
        }
      if (inputs[k] == NULL)
        break;
    }
  g_assert_cmpint (state, ==, YS_RUN_FINISHED);
  g_assert_cmpuint (moments->len, >, 12);
  logged = ys_event_log_get_length (log);
  g_assert_cmpuint (logged, ==, moments->len);

  for (guint k = 0; k < moments->len; k++)
    {
      guint i = (k * 5) % moments->len;
      Moment *m = &g_array_index (moments, Moment, i);
      g_autofree char *again = NULL;
      g_assert_true (ys_engine_rewind_to_event (engine, m->step, GEN_MASK, m->skip, &error));
      g_assert_no_error (error);
      again = digest_now (engine);
      g_assert_cmpstr (again, ==, seen->pdata[i]);
      g_assert_cmpstr (ys_engine_get_output (engine), ==, outputs->pdata[i]);
    }
  /* Going back is silent: not an event more in the log, even from the run it left. */
  g_assert_cmpuint (ys_event_log_get_length (log), ==, logged);
  g_ptr_array_unref (seen);
  g_ptr_array_unref (outputs);
  g_array_unref (moments);
}

static const YsVariable *
find_global (YsSnapshot *snap,
             const char *name)
{
  for (guint i = 0; i < snap->globals->len; i++)
    if (g_str_equal (((YsVariable *) snap->globals->pdata[i])->name, name))
      return snap->globals->pdata[i];
  return NULL;
}

/* Containers tell their length; a long one expands to its first YS_EXPAND_MAX items and
 * a count of the rest; an object of a class expands to its attributes. */
static void
test_expand_limits (void)
{
  const char *program = "class Countdown:\n"
                        "    def __init__(self, n):\n"
                        "        self.n = n\n"
                        "    def __iter__(self):\n"
                        "        return self\n"
                        "    def __next__(self):\n"
                        "        self.n -= 1\n"
                        "        return self.n\n"
                        "big = list(range(1500))\n"
                        "c = Countdown(3)\n"
                        "n = 5\n";
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (YsSnapshot) snap = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GPtrArray) attributes = NULL;
  const YsVariable *big, *c, *n;

  g_assert_true (ys_engine_load (engine, "expand.py", program, -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, NULL, &error), ==, YS_RUN_FINISHED);
  snap = ys_engine_snapshot (engine);
  big = find_global (snap, "big");
  c = find_global (snap, "c");
  n = find_global (snap, "n");
  g_assert_nonnull (big);
  g_assert_cmpint (big->length, ==, 1500);
  g_assert_true (big->expandable);
  g_assert_true (g_str_has_suffix (big->repr, "(1500 items)"));
  items = ys_engine_expand (engine, big->handle);
  g_assert_cmpuint (items->len, ==, YS_EXPAND_MAX + 1);
  g_assert_cmpstr (((YsVariable *) items->pdata[YS_EXPAND_MAX])->repr, ==, "500 more");
  g_assert_true (c->expandable && c->length == -1);
  attributes = ys_engine_expand (engine, c->handle);
  g_assert_cmpuint (attributes->len, ==, 1);
  g_assert_cmpstr (((YsVariable *) attributes->pdata[0])->name, ==, "n");
  g_assert_cmpstr (((YsVariable *) attributes->pdata[0])->repr, ==, "3");
  g_assert_false (n->expandable);
}

static void
test_rewind_far (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  const char *program =
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "total = 0\n"
    "for x in gen(100000):\n"
    "    total += x\n";
  gint64 start;

  ys_engine_set_output_func (engine, ignore_output, NULL);
  g_assert_true (ys_engine_load (engine, "fast.py", program, -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, NULL, &error), ==, YS_RUN_FINISHED);
  {
    g_autoptr (YsSnapshot) end = ys_engine_snapshot (engine);
    g_assert_cmpuint (end->step, >, 100000);
  }
  start = g_get_monotonic_time ();
  g_assert_true (ys_engine_rewind (engine, 100000, &error));
  /* Told, not asserted: timings are the benchmarks' business. */
  g_test_message ("rewind to step 100000: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  {
    g_autoptr (YsSnapshot) snap = ys_engine_snapshot (engine);
    g_assert_cmpuint (snap->step, ==, 100000);
    /* Mid-loop: the generator is alive, not yet exhausted. */
    g_assert_nonnull (find_generator (snap, 1));
    g_assert_cmpint (find_generator (snap, 1)->state, !=, YS_GENERATOR_CLOSED);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/watch/deterministic", test_deterministic);
  g_test_add_func ("/watch/generator-events", test_generator_events);
  g_test_add_func ("/watch/event-log", test_event_log);
  g_test_add_func ("/watch/tracing-switched-mid-frame", test_tracing_switched_mid_frame);
  g_test_add_func ("/watch/pipeline-memory-is-flat", test_pipeline_memory_is_flat);
  g_test_add_func ("/watch/list-memory-grows", test_list_memory_grows);
  g_test_add_func ("/watch/limits-leave-engine-usable", test_limits_leave_engine_usable);
  g_test_add_func ("/watch/snapshot", test_snapshot);
  g_test_add_func ("/watch/pause-at-events", test_pause_at_events);
  g_test_add_func ("/watch/pause-at-line-and-steps", test_pause_at_line_and_steps);
  g_test_add_func ("/watch/eval", test_eval);
  g_test_add_func ("/watch/stop-from-another-thread", test_stop_from_another_thread);
  g_test_add_func ("/watch/rewind", test_rewind);
  g_test_add_func ("/watch/rewind-far", test_rewind_far);
  g_test_add_func ("/watch/rewind-to-event", test_rewind_to_event);
  g_test_add_func ("/watch/expand-limits", test_expand_limits);
  return g_test_run ();
}
