/* SPDX-License-Identifier: GPL-3.0-or-later */
/* yieldscope-run: runs a program in the engine the way python3 runs it — output on
 * stdout, the traceback of an uncaught exception on stderr, the same exit status. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ys-engine.h"

static void
write_output (const char *text,
              gsize       len,
              gboolean    is_error,
              gpointer    user_data)
{
  FILE *stream = is_error ? stderr : stdout;

  if (is_error)
    fflush (stdout);
  fwrite (text, 1, len, stream);
  if (is_error)
    fflush (stderr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (YsEngine) engine = NULL;
  g_autofree char *source = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sample_dir = NULL;
  gboolean version = FALSE;
  gsize length = 0;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Show the version and quit", NULL },
    { "sample-dir", 0, 0, G_OPTION_ARG_FILENAME, &sample_dir,
      "Folder of sample files that open() may read besides the program's own", "DIR" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("PROGRAM.py");
  g_option_context_set_summary (context, "Runs a Python program in the Yieldscope engine, as python3 would.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("yieldscope-run: %s\n", error->message);
      return 2;
    }
  if (version)
    {
      g_print ("yieldscope-run %s (engine %s)\n", PACKAGE_VERSION, ys_engine_version ());
      return 0;
    }
  if (argc != 2)
    {
      g_printerr ("usage: yieldscope-run [--sample-dir DIR] PROGRAM.py\n");
      return 2;
    }

  /* Tracebacks name the program by its absolute path, as python3 does. */
  path = g_canonicalize_filename (argv[1], NULL);
  if (!g_file_get_contents (argv[1], &source, &length, &error))
    {
      int code = EIO;
      if (error->code == G_FILE_ERROR_NOENT)
        code = ENOENT;
      else if (error->code == G_FILE_ERROR_ACCES)
        code = EACCES;
      else if (error->code == G_FILE_ERROR_ISDIR)
        code = EISDIR;
      g_printerr ("yieldscope-run: can't open file '%s': [Errno %d] %s\n", path, code, g_strerror (code));
      return 2;
    }

  engine = ys_engine_new ();
  ys_engine_set_output_func (engine, write_output, NULL);
  /* The sample folder: the option, the environment (the build tree's tests and tools
   * set it), or the installed one. */
  if (sample_dir == NULL && g_getenv ("YIELDSCOPE_SAMPLE_DIR") != NULL)
    sample_dir = g_strdup (g_getenv ("YIELDSCOPE_SAMPLE_DIR"));
  ys_engine_set_sample_dir (engine, sample_dir != NULL ? sample_dir : SAMPLE_DIR);

  if (!ys_engine_load (engine, path, source, (gssize) length, &error) ||
      !ys_engine_run (engine, &error))
    {
      g_autofree char *traceback = ys_engine_format_traceback (engine);
      fflush (stdout);
      if (traceback != NULL)
        fputs (traceback, stderr);
      else
        g_printerr ("yieldscope-run: %s\n", error->message);
      return 1;
    }
  fflush (stdout);
  return 0;
}
