/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the engine's public API: compiling, running, errors and output. */
#include <string.h>

#include <glib/gstdio.h>

#include "ys-engine.h"

static void
collect_output (const char *text,
                gsize       len,
                gboolean    is_error,
                gpointer    user_data)
{
  GString **streams = user_data;

  g_string_append_len (streams[is_error ? 1 : 0], text, len);
}

typedef struct
{
  YsEngine *engine;
  GString  *out;
  GString  *err;
  GString  *streams[2];
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->engine = ys_engine_new ();
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);
  f->streams[0] = f->out;
  f->streams[1] = f->err;
  ys_engine_set_output_func (f->engine, collect_output, f->streams);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  ys_engine_free (f->engine);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

static gboolean
run_source (Fixture     *f,
            const char  *source,
            GError     **error)
{
  if (!ys_engine_load (f->engine, "test.py", source, -1, error))
    return FALSE;
  return ys_engine_run (f->engine, error);
}

static void
test_hello (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (run_source (f, "print(\"hello\")\n", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->out->str, ==, "hello\n");
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_null (ys_engine_get_error (f->engine));
}

static void
test_generator_values (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  const char *source =
    "def count_up_to(n):\n"
    "    i = 1\n"
    "    while i <= n:\n"
    "        yield i\n"
    "        i += 1\n"
    "g = count_up_to(3)\n"
    "print(next(g), next(g), list(g), sum(x * x for x in range(10)))\n"
    "print(2 ** 100, 7 // -2, 0.1 + 0.2, f'{3.14159:.2f}')\n";

  g_assert_true (run_source (f, source, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->out->str, ==, "1 2 [3] 285\n1267650600228229401496703205376 -4 0.30000000000000004 3.14\n");
}

typedef struct
{
  const char *source;
  int         line;
  int         column;
  const char *type;
  const char *message;
} SyntaxCase;

static const SyntaxCase syntax_cases[] = {
  { "x = (1,\n", 1, 5, "SyntaxError", "'(' was never closed" },
  { "if True\n    pass\n", 1, 8, "SyntaxError", "expected ':'" },
  { "def f():\nreturn 1\n", 2, 1, "IndentationError", "expected an indented block after function definition on line 1" },
  { "print('a')\n  print('b')\n", 2, 2, "IndentationError", "unexpected indent" },
  { "x = 1\nreturn x\n", 2, 1, "SyntaxError", "'return' outside function" },
  { "async def f():\n    pass\n", 1, 1, "SyntaxError", "'async' is not supported by Yieldscope" },
  { "x = 'abc\n", 1, 5, "SyntaxError", "unterminated string literal (detected at line 1)" },
  { "f() = 3\n", 1, 1, "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?" },
  { "for x in range(3):\n    pass\nbreak\n", 3, 1, "SyntaxError", "'break' outside loop" },
  { "x := 5\n", 1, 3, "SyntaxError", "invalid syntax" },
  { "(a.b := 1)\n", 1, 2, "SyntaxError", "cannot use assignment expressions with attribute" },
  { "class A(metaclass=M):\n    pass\n", 1, 9, "SyntaxError", "the class keyword 'metaclass' is not supported by Yieldscope" },
};

static void
test_syntax_errors (Fixture       *f,
                    gconstpointer  data)
{
  for (gsize i = 0; i < G_N_ELEMENTS (syntax_cases); i++)
    {
      const SyntaxCase *c = &syntax_cases[i];
      g_autoptr (GError) error = NULL;
      const YsErrorInfo *info;

      g_test_message ("source: %s", c->source);
      g_assert_false (ys_engine_load (f->engine, "test.py", c->source, -1, &error));
      g_assert_error (error, YS_COMPILE_ERROR, YS_COMPILE_ERROR_SYNTAX);
      info = ys_engine_get_error (f->engine);
      g_assert_nonnull (info);
      g_assert_cmpstr (info->type_name, ==, c->type);
      g_assert_cmpstr (info->message, ==, c->message);
      g_assert_cmpint (info->line, ==, c->line);
      g_assert_cmpint (info->column, ==, c->column);
    }
}

static void
test_runtime_error (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *traceback = NULL;
  const YsErrorInfo *info;
  const char *source =
    "def gen():\n"
    "    yield 1\n"
    "g = gen()\n"
    "print(next(g))\n"
    "print(next(g))\n";

  g_assert_false (run_source (f, source, &error));
  g_assert_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_EXCEPTION);
  g_assert_cmpstr (f->out->str, ==, "1\n");
  info = ys_engine_get_error (f->engine);
  g_assert_cmpstr (info->type_name, ==, "StopIteration");
  g_assert_cmpint (info->line, ==, 5);
  traceback = ys_engine_format_traceback (f->engine);
  g_assert_true (g_str_has_prefix (traceback, "Traceback (most recent call last):\n"
                                              "  File \"test.py\", line 5, in <module>\n"
                                              "    print(next(g))\n"));
  g_assert_true (g_str_has_suffix (traceback, "\nStopIteration\n"));
}

static void
test_open_sandbox (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("yieldscope-open-XXXXXX", NULL);
  g_autofree char *program = g_build_filename (dir, "prog.py", NULL);
  g_autofree char *local = g_build_filename (dir, "lines.txt", NULL);
  const char *source =
    "with open('lines.txt') as f:\n"
    "    print([line.strip() for line in f])\n"
    "with open('sales.csv') as f:\n"
    "    print(next(f).strip())\n"
    "for name, mode in [('/etc/hostname', 'r'), ('../outside.txt', 'r'), ('lines.txt', 'w'),\n"
    "                   ('new.txt', 'a'), ('lines.txt', 'r+')]:\n"
    "    try:\n"
    "        open(name, mode)\n"
    "    except PermissionError as e:\n"
    "        print('refused', name, mode)\n";

  g_assert_true (g_file_set_contents (local, "one\ntwo\n", -1, NULL));
  /* The build tree's sample folder, as the tests' environment names it. */
  ys_engine_set_sample_dir (f->engine, g_getenv ("YIELDSCOPE_SAMPLE_DIR"));
  g_assert_true (ys_engine_load (f->engine, program, source, -1, &error));
  g_assert_true (ys_engine_run (f->engine, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->out->str, ==,
                   "['one', 'two']\n"
                   "date,region,product,amount\n"
                   "refused /etc/hostname r\n"
                   "refused ../outside.txt r\n"
                   "refused lines.txt w\n"
                   "refused new.txt a\n"
                   "refused lines.txt r+\n");
  /* Nothing was written. */
  {
    g_autofree char *created = g_build_filename (dir, "new.txt", NULL);
    g_assert_false (g_file_test (created, G_FILE_TEST_EXISTS));
  }
  g_remove (local);
  g_rmdir (dir);
}

static void
test_two_engines (void)
{
  g_autoptr (YsEngine) a = ys_engine_new ();
  g_autoptr (YsEngine) b = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GString *out_a = g_string_new (NULL), *out_b = g_string_new (NULL);
  GString *sa[2] = { out_a, out_a }, *sb[2] = { out_b, out_b };

  ys_engine_set_output_func (a, collect_output, sa);
  ys_engine_set_output_func (b, collect_output, sb);
  g_assert_true (ys_engine_load (a, "a.py", "x = 1\nprint(x)\n", -1, &error));
  g_assert_true (ys_engine_load (b, "b.py", "x = 2\nprint(x)\n", -1, &error));
  g_assert_true (ys_engine_run (a, &error));
  g_assert_true (ys_engine_run (b, &error));
  g_assert_cmpstr (out_a->str, ==, "1\n");
  g_assert_cmpstr (out_b->str, ==, "2\n");
  g_string_free (out_a, TRUE);
  g_string_free (out_b, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/engine/hello", Fixture, NULL, fixture_setup, test_hello, fixture_teardown);
  g_test_add ("/engine/generator-values", Fixture, NULL, fixture_setup, test_generator_values, fixture_teardown);
  g_test_add ("/engine/syntax-errors", Fixture, NULL, fixture_setup, test_syntax_errors, fixture_teardown);
  g_test_add ("/engine/runtime-error", Fixture, NULL, fixture_setup, test_runtime_error, fixture_teardown);
  g_test_add ("/engine/open-sandbox", Fixture, NULL, fixture_setup, test_open_sandbox, fixture_teardown);
  g_test_add_func ("/engine/two-engines", test_two_engines);

  return g_test_run ();
}
