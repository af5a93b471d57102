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
  return g_test_run ();
}
