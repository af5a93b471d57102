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
    g_string_append_printf (log, " %s:%s", event->value_type, event->value_repr);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/watch/deterministic", test_deterministic);
  g_test_add_func ("/watch/generator-events", test_generator_events);
  g_test_add_func ("/watch/pipeline-memory-is-flat", test_pipeline_memory_is_flat);
  g_test_add_func ("/watch/list-memory-grows", test_list_memory_grows);
  g_test_add_func ("/watch/limits-leave-engine-usable", test_limits_leave_engine_usable);
  return g_test_run ();
}
