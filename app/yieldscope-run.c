/* SPDX-License-Identifier: GPL-3.0-or-later */
/* yieldscope-run: runs a program in the engine the way python3 runs it — output on
 * stdout, the traceback of an uncaught exception on stderr, the same exit status. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "ys-engine.h"

/* --trace: every event as one JSON object per line (docs/trace-format.md). */
typedef struct
{
  FILE          *stream;
  JsonGenerator *generator;
} Trace;

static void
trace_event (YsEngine      *engine,
             const YsEvent *event,
             gpointer       user_data)
{
  Trace *trace = user_data;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *line = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "step");
  json_builder_add_int_value (builder, (gint64) event->step);
  json_builder_set_member_name (builder, "event");
  json_builder_add_string_value (builder, ys_event_kind_name (event->kind));
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, event->line);
  json_builder_set_member_name (builder, "depth");
  json_builder_add_int_value (builder, event->depth);
  if (event->function != NULL)
    {
      json_builder_set_member_name (builder, "function");
      json_builder_add_string_value (builder, event->function);
    }
  if (event->generator != 0)
    {
      json_builder_set_member_name (builder, "generator");
      json_builder_add_int_value (builder, (gint64) event->generator);
    }
  if (event->kind == YS_EVENT_GEN_RESUMED)
    {
      json_builder_set_member_name (builder, "resume");
      json_builder_add_string_value (builder, ys_resume_kind_name (event->resume));
    }
  if (event->value_type != NULL)
    {
      json_builder_set_member_name (builder, "value");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, event->value_type);
      json_builder_set_member_name (builder, "repr");
      json_builder_add_string_value (builder, ys_event_get_value_repr (engine, event));
      json_builder_end_object (builder);
    }
  if (event->kind == YS_EVENT_OUTPUT)
    {
      g_autofree char *text = g_strndup (event->text, event->text_len);
      json_builder_set_member_name (builder, "stream");
      json_builder_add_string_value (builder, event->is_error ? "stderr" : "stdout");
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
    }
  json_builder_set_member_name (builder, "live_bytes");
  json_builder_add_int_value (builder, (gint64) event->live_bytes);
  json_builder_set_member_name (builder, "peak_bytes");
  json_builder_add_int_value (builder, (gint64) event->peak_bytes);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (trace->generator, root);
  line = json_generator_to_data (trace->generator, NULL);
  fputs (line, trace->stream);
  fputc ('\n', trace->stream);
}

/* --observe-callback: an observer that keeps every event itself. */
static void
record_event (YsEngine      *engine,
              const YsEvent *event,
              gpointer       user_data)
{
  ys_event_log_append (user_data, event);
}

static void
print_stats (YsEngine *engine)
{
  YsStats stats;

  ys_engine_get_stats (engine, &stats);
  fflush (stdout);
  fprintf (stderr,
           "{\"steps\": %" G_GUINT64_FORMAT ", \"events\": %" G_GUINT64_FORMAT
           ", \"generators_created\": %" G_GUINT64_FORMAT ", \"peak_bytes\": %" G_GSIZE_FORMAT
           ", \"live_bytes\": %" G_GSIZE_FORMAT "}\n",
           stats.steps, stats.events, stats.generators_created, stats.peak_bytes, stats.live_bytes);
}

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
  gboolean stats = FALSE;
  gboolean observe = FALSE;
  gboolean observe_callback = FALSE;
  g_autoptr (YsEventLog) records = NULL;
  g_autofree char *trace_path = NULL;
  Trace trace = { NULL, NULL };
  int status = 0;
  gsize length = 0;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Show the version and quit", NULL },
    { "sample-dir", 0, 0, G_OPTION_ARG_FILENAME, &sample_dir,
      "Folder of sample files that open() may read besides the program's own", "DIR" },
    { "trace", 0, 0, G_OPTION_ARG_FILENAME, &trace_path,
      "Write every event of the run to FILE, one JSON object per line", "FILE" },
    { "stats", 0, 0, G_OPTION_ARG_NONE, &stats,
      "Print the run's figures as one JSON line on stderr at exit", NULL },
    { "observe", 0, 0, G_OPTION_ARG_NONE, &observe,
      "Record every event in memory, as the app's timeline does (for benchmarks)", NULL },
    { "observe-callback", 0, 0, G_OPTION_ARG_NONE, &observe_callback,
      "Record every event in memory from an observer function (for benchmarks)", NULL },
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

  if (trace_path != NULL)
    {
      trace.stream = fopen (trace_path, "w");
      if (trace.stream == NULL)
        {
          g_printerr ("yieldscope-run: can't write the trace '%s': %s\n", trace_path, g_strerror (errno));
          return 2;
        }
      trace.generator = json_generator_new ();
      ys_engine_set_observer (engine, YS_EVENT_MASK_ALL, trace_event, &trace);
    }
  else if (observe)
    {
      records = ys_event_log_new ();
      ys_engine_set_event_log (engine, records, YS_EVENT_MASK_ALL);
    }
  else if (observe_callback)
    {
      records = ys_event_log_new ();
      ys_engine_set_observer (engine, YS_EVENT_MASK_ALL, record_event, records);
    }

  if (!ys_engine_load (engine, path, source, (gssize) length, &error) ||
      !ys_engine_run (engine, &error))
    {
      const YsErrorInfo *info = ys_engine_get_error (engine);
      fflush (stdout);
      if (info != NULL && info->exit_status >= 0)
        {
          /* SystemExit: no traceback; a message that is not a status is printed. */
          gint64 ignored;
          if (info->exit_status == 1 && info->message[0] != '\0' &&
              !g_ascii_string_to_signed (info->message, 10, G_MININT64, G_MAXINT64, &ignored, NULL))
            g_printerr ("%s\n", info->message);
          status = info->exit_status;
        }
      else
        {
          g_autofree char *traceback = ys_engine_format_traceback (engine);
          if (traceback != NULL)
            fputs (traceback, stderr);
          else
            g_printerr ("yieldscope-run: %s\n", error->message);
          status = 1;
        }
    }
  fflush (stdout);
  if (stats)
    print_stats (engine);
  if (trace.stream != NULL)
    {
      ys_engine_set_observer (engine, 0, NULL, NULL);
      fclose (trace.stream);
      g_object_unref (trace.generator);
    }
  return status;
}
