/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What outside testing found (issue 16): programs that crashed, hung or ate the memory
 * must end with a clean Python error instead. Each test here failed before its fix. */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ys-engine.h"

static void
collect_output (const char *text,
                gsize       len,
                gboolean    is_error,
                gpointer    user_data)
{
  g_string_append_len (user_data, text, len);
}

/* Runs @source named @filename with the tests' sample folder; the output, with the
 * uncaught exception's last line if any. */
static char *
run_program (const char *filename,
             const char *source)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GString *out = g_string_new (NULL);

  ys_engine_set_output_func (engine, collect_output, out);
  ys_engine_set_sample_dir (engine, g_getenv ("YIELDSCOPE_SAMPLE_DIR"));
  g_assert_true (ys_engine_load (engine, filename, source, -1, &error));
  if (!ys_engine_run (engine, &error))
    {
      const YsErrorInfo *info = ys_engine_get_error (engine);
      g_string_append_printf (out, "uncaught %s: %s\n", info->type_name, info->message);
    }
  return g_string_free (out, FALSE);
}

static const char open_source[] =
  "for name in ['sales.csv', 'notes.txt', '/etc/passwd', '../sales.csv', 'a\\0b', '', '.']:\n"
  "    try:\n"
  "        with open(name) as f:\n"
  "            print('read', repr(name), f.readline().strip())\n"
  "    except OSError as e:\n"
  "        print(type(e).__name__, e.errno if type(e) is not PermissionError else '')\n"
  "    except ValueError as e:\n"
  "        print('ValueError', e)\n";

static const char open_expected[] =
  "read 'sales.csv' date,region,product,amount\n"
  "FileNotFoundError 2\n"
  "PermissionError \n"
  "PermissionError \n"
  "ValueError embedded null byte\n"
  "FileNotFoundError 2\n"
  "IsADirectoryError 21\n";

/* Unsaved programs are "program.py" and the console's names have no folder either:
 * g_canonicalize_filename () with the relative base "." asserted and inside() then read
 * a NULL path. Such programs read the sample folder only. */
static void
test_open_without_folder (gconstpointer data)
{
  const char *filename = data;
  g_autofree char *out = run_program (filename, open_source);

  g_assert_cmpstr (out, ==, open_expected);
}

/* A relative sample folder is relative to the current directory. */
static void
test_open_relative_sample_dir (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *samples = g_path_get_dirname (g_getenv ("YIELDSCOPE_SAMPLE_DIR"));
  GString *out = g_string_new (NULL);

  g_assert_cmpint (chdir (samples), ==, 0);
  ys_engine_set_output_func (engine, collect_output, out);
  ys_engine_set_sample_dir (engine, "samples");
  g_assert_true (ys_engine_load (engine, "program.py",
                                 "print(open('sales.csv').readline().strip())\n", -1, &error));
  g_assert_true (ys_engine_run (engine, &error));
  g_assert_cmpint (chdir (cwd), ==, 0);
  g_assert_cmpstr (out->str, ==, "date,region,product,amount\n");
  g_string_free (out, TRUE);
}

/* open() on a FIFO blocked until a writer came, out of reach of Stop; a device or a
 * directory is no file to read either. */
static void
test_open_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("yieldscope-fifo-XXXXXX", NULL);
  g_autofree char *program = g_build_filename (dir, "prog.py", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *link = g_build_filename (dir, "zero", NULL);
  g_autofree char *out = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  out = run_program (program,
                     "for name in ['pipe', 'sub', 'zero', 'pipe\\0']:\n"
                     "    try:\n"
                     "        open(name)\n"
                     "    except Exception as e:\n"
                     "        print(type(e).__name__, e)\n");
  g_assert_cmpstr (out, ==,
                   "PermissionError Yieldscope programs may only read regular files, not 'pipe'\n"
                   "IsADirectoryError [Errno 21] Is a directory: 'sub'\n"
                   "PermissionError Yieldscope programs may only read files in their own folder or "
                   "the sample folder, not 'zero'\n"
                   "ValueError embedded null byte\n");
  g_remove (link);
  g_rmdir (sub);
  g_remove (fifo);
  g_rmdir (dir);
}


/* Deep structures on the app's worker thread (256 MiB of stack), where the recursion
 * limit may be 20000: the C stack is what bounds C recursion there too. */
static void
test_deep_on_worker (void)
{
  g_autoptr (YsEngine) engine = ys_engine_new ();
  g_autoptr (GError) error = NULL;
  GString *out = g_string_new (NULL);
  const char *source =
    "import sys\n"
    "sys.setrecursionlimit(20000)\n"
    "class A:\n"
    "    def __repr__(self):\n"
    "        return repr(self)\n"
    "try:\n"
    "    repr(A())\n"
    "except RecursionError as e:\n"
    "    print(type(e).__name__)\n"
    "x = []\n"
    "for i in range(100000):\n"
    "    x = [x]\n"
    "for f in (repr, str, hash):\n"
    "    try:\n"
    "        f(x)\n"
    "    except (RecursionError, TypeError) as e:\n"
    "        print(type(e).__name__)\n"
    "y = []\n"
    "for i in range(100000):\n"
    "    y = [y]\n"
    "try:\n"
    "    x == y\n"
    "except RecursionError as e:\n"
    "    print(e)\n"
    "x = y = None\n"
    "t = ()\n"
    "for i in range(200000):\n"
    "    t = (t, i)\n"
    "print(hash(t) == hash(t))\n"
    "print('done')\n";

  ys_engine_set_output_func (engine, collect_output, out);
  g_assert_true (ys_engine_load (engine, "deep.py", source, -1, &error));
  g_assert_cmpint (ys_engine_continue (engine, NULL, &error), ==, YS_RUN_FINISHED);
  g_assert_no_error (error);
  g_assert_cmpstr (out->str, ==,
                   "RecursionError\n"
                   "RecursionError\n"
                   "RecursionError\n"
                   "TypeError\n"
                   "maximum recursion depth exceeded in comparison\n"
                   "True\n"
                   "done\n");
  g_string_free (out, TRUE);
}

/* Stop from another thread while one long C operation runs. */
typedef struct
{
  YsEngine *engine;
  GMutex    lock;
  GCond     cond;
  GString  *out;
  gboolean  started;
  gint64    stopped_at;
} StopFixture;

static void
stop_output (const char *text,
             gsize       len,
             gboolean    is_error,
             gpointer    user_data)
{
  StopFixture *f = user_data;

  g_mutex_lock (&f->lock);
  g_string_append_len (f->out, text, len);
  if (strstr (f->out->str, "started") != NULL)
    {
      f->started = TRUE;
      g_cond_signal (&f->cond);
    }
  g_mutex_unlock (&f->lock);
}

static gpointer
stopper (gpointer data)
{
  StopFixture *f = data;

  g_mutex_lock (&f->lock);
  while (!f->started)
    g_cond_wait (&f->cond, &f->lock);
  g_mutex_unlock (&f->lock);
  /* Well inside the operation that follows "started". */
  g_usleep (100 * 1000);
  f->stopped_at = g_get_monotonic_time ();
  ys_engine_stop (f->engine);
  return NULL;
}

static void
test_stop_in_c_loop (gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *source = g_strdup_printf ("%s\nprint('finished')\n", (const char *) data);
  StopFixture f = { 0 };
  GThread *thread;
  YsRunState state;
  gint64 ended;

  f.engine = ys_engine_new ();
  f.out = g_string_new (NULL);
  g_mutex_init (&f.lock);
  g_cond_init (&f.cond);
  ys_engine_set_output_func (f.engine, stop_output, &f);
  g_assert_true (ys_engine_load (f.engine, "long.py", source, -1, &error));
  thread = g_thread_new ("stopper", stopper, &f);
  state = ys_engine_continue (f.engine, NULL, &error);
  ended = g_get_monotonic_time ();
  g_thread_join (thread);
  g_assert_cmpint (state, ==, YS_RUN_STOPPED);
  g_assert_null (strstr (f.out->str, "finished"));
  /* Without polling these run for minutes (or hours). */
  g_assert_cmpint (ended - f.stopped_at, <, 5 * G_USEC_PER_SEC);
  ys_engine_free (f.engine);
  g_string_free (f.out, TRUE);
  g_mutex_clear (&f.lock);
  g_cond_clear (&f.cond);
}

static const char stop_in_contains[] =
  "a = [0] * 1000\nb = [0] * 999 + [1]\nbig = [a] * 10**7\nprint('started')\nb in big";
static const char stop_in_sum[] = "print('started')\nsum(range(10**13))";
static const char stop_in_max[] = "print('started')\nmax(range(10**13))";
static const char stop_in_list[] = "print('started')\nlen(list(map(abs, range(10**8))))";
static const char stop_in_repr[] =
  "x = [[0] * 1000] * 10**5\nprint('started')\ns = repr(x)";
static const char stop_in_sort[] =
  "a = [0] * 1000\nx = [a] * 10**6\nx[-1] = [0] * 999 + [1]\nprint('started')\nx.sort()";

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/limits/open/program.py", "program.py", test_open_without_folder);
  g_test_add_data_func ("/limits/open/empty-name", "", test_open_without_folder);
  g_test_add_data_func ("/limits/open/no-name", NULL, test_open_without_folder);
  g_test_add_data_func ("/limits/open/stdin", "<stdin>", test_open_without_folder);
  g_test_add_func ("/limits/open/relative-sample-dir", test_open_relative_sample_dir);
  g_test_add_func ("/limits/open/special-files", test_open_special_files);
  g_test_add_func ("/limits/recursion/worker", test_deep_on_worker);
  g_test_add_data_func ("/limits/stop/contains", stop_in_contains, test_stop_in_c_loop);
  g_test_add_data_func ("/limits/stop/sum", stop_in_sum, test_stop_in_c_loop);
  g_test_add_data_func ("/limits/stop/max", stop_in_max, test_stop_in_c_loop);
  g_test_add_data_func ("/limits/stop/list", stop_in_list, test_stop_in_c_loop);
  g_test_add_data_func ("/limits/stop/repr", stop_in_repr, test_stop_in_c_loop);
  g_test_add_data_func ("/limits/stop/sort", stop_in_sort, test_stop_in_c_loop);
  return g_test_run ();
}
