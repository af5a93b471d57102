/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-session.c: one program in the engine, run on a thread, as the window shows it. */
#include "config.h"

#include "ys-session.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <string.h>

#define GENERATOR_EVENTS                                                                     \
  (YS_EVENT_MASK (YS_EVENT_GEN_CREATED) | YS_EVENT_MASK (YS_EVENT_GEN_RESUMED) |             \
   YS_EVENT_MASK (YS_EVENT_GEN_YIELDED) | YS_EVENT_MASK (YS_EVENT_GEN_RETURNED) |            \
   YS_EVENT_MASK (YS_EVENT_GEN_RAISED) | YS_EVENT_MASK (YS_EVENT_GEN_CLOSED))
/* A runaway generator loop makes ~10^8 events a minute: the timeline keeps the first
 * 64 MiB of them (about twenty million). */
#define LOG_MAX_BYTES ((gsize) 64 << 20)
/* A list that grows forever ends in MemoryError, not in swapping. */
#define HEAP_MAX_BYTES ((gsize) 1 << 30)
/* A printing runaway writes millions of lines: the console keeps the first 16 MiB
 * of them and says so (the view shows only its end). */
#define CONSOLE_MAX_BYTES ((gsize) 16 << 20)

G_DEFINE_ENUM_TYPE (YsSessionState, ys_session_state,
  G_DEFINE_ENUM_VALUE (YS_SESSION_EMPTY, "empty"),
  G_DEFINE_ENUM_VALUE (YS_SESSION_READY, "ready"),
  G_DEFINE_ENUM_VALUE (YS_SESSION_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (YS_SESSION_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (YS_SESSION_FINISHED, "finished"),
  G_DEFINE_ENUM_VALUE (YS_SESSION_RAISED, "raised"))

/* A pause the user has seen: where step back returns to. */
typedef struct
{
  guint64         step;
  guint           console_len;
  gsize           log_len;
  YsSessionState  state;
  YsErrorInfo    *error;      /* the program's error as it was then */
  YsSnapshot     *snapshot;   /* NULL before the program starts */
  GArray         *events;     /* YsSessionEvent of the action that led here */
  gsize           output_len; /* of the engine's output then */
  gboolean        fresh;      /* made by go_to_step: its console is filled after the rewind */
} Pause;

typedef enum {
  JOB_LOAD,
  JOB_CONTINUE,
  JOB_EVAL,
  JOB_REWIND,
} JobKind;

typedef struct
{
  JobKind           kind;
  YsEngine         *engine;   /* the engine it runs on: a load while busy replaces it */
  YsPauseCondition  until;
  char             *source;
  char             *filename;
  guint64           step;
} Job;

/* A program the user loaded while the last one still ran: loaded once it stopped. */
typedef struct
{
  char *filename;
  char *source;
} PendingLoad;

struct _YsSession
{
  GObject          parent_instance;

  YsEngine        *engine;
  char            *filename;
  char            *source;
  YsSessionState   state;
  YsEventLog      *log;
  GArray          *console;        /* YsConsoleEntry */
  GArray          *no_events;      /* what a pause without events shows */
  GArray          *pauses;         /* Pause */
  YsErrorInfo     *error;          /* a copy: the engine's changes as it runs */
  gboolean         busy;
  gint64           stop_asked;     /* monotonic µs of the last stop request, or 0 */
  double           stop_ms;        /* how long the last stop took, or -1 */
  PendingLoad     *pending_load;
  gsize            console_bytes;  /* text the console holds */
  gboolean         console_full;   /* CONSOLE_MAX_BYTES reached: output is dropped */

  /* Filled by the engine's thread while it runs, read when it pauses. */
  GMutex           lock;
  GArray          *pending_events; /* YsSessionEvent */
  GString         *pending_output;
  GString         *pending_errors;

  GPtrArray       *records;        /* YsGeneratorRecord, by creation */
  GHashTable      *records_by_id;  /* id → YsGeneratorRecord */
};

G_DEFINE_FINAL_TYPE (YsSession, ys_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_STEP,
  PROP_BUSY,
  N_PROPS
};

enum {
  CHANGED,
  LOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
session_event_clear (gpointer data)
{
  YsSessionEvent *e = data;

  g_free (e->value);
  g_free (e->value_type);
  g_free (e->function);
}

static void
console_entry_clear (gpointer data)
{
  g_free (((YsConsoleEntry *) data)->text);
}

static YsErrorInfo *
error_info_copy (const YsErrorInfo *info)
{
  YsErrorInfo *copy;

  if (info == NULL)
    return NULL;
  copy = g_new0 (YsErrorInfo, 1);
  copy->type_name = g_strdup (info->type_name);
  copy->message = g_strdup (info->message);
  copy->filename = g_strdup (info->filename);
  copy->line = info->line;
  copy->column = info->column;
  copy->exit_status = info->exit_status;
  return copy;
}

static void
error_info_free (YsErrorInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->type_name);
  g_free (info->message);
  g_free (info->filename);
  g_free (info);
}

static void
set_state (YsSession      *self,
           YsSessionState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_busy (YsSession *self,
          gboolean   busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Tracebacks name the program by its file name only: on a projector the folder is
 * noise (and private). */
static char *
shorten_paths (YsSession  *self,
               const char *text,
               gssize      len)
{
  g_autofree char *dir = self->filename != NULL ? g_path_get_dirname (self->filename) : NULL;
  g_autofree char *needle = NULL;
  g_autofree char *copy = g_strndup (text, len < 0 ? strlen (text) : (gsize) len);
  g_auto (GStrv) parts = NULL;

  if (dir == NULL || g_str_equal (dir, "."))
    return g_steal_pointer (&copy);
  needle = g_strdup_printf ("File \"%s%s", dir, g_str_has_suffix (dir, G_DIR_SEPARATOR_S) ? "" : G_DIR_SEPARATOR_S);
  parts = g_strsplit (copy, needle, -1);
  return g_strjoinv ("File \"", parts);
}

static void
console_append_raw (YsSession     *self,
                    YsConsoleKind  kind,
                    const char    *text,
                    gssize         len);
static void
console_store (YsSession     *self,
               YsConsoleKind  kind,
               const char    *text,
               gssize         len);

static void
console_append (YsSession     *self,
                YsConsoleKind  kind,
                const char    *text,
                gssize         len)
{
  if (kind == YS_CONSOLE_ERROR)
    {
      g_autofree char *shorter = shorten_paths (self, text, len);
      console_append_raw (self, kind, shorter, -1);
    }
  else
    console_append_raw (self, kind, text, len);
}

static void
console_append_raw (YsSession     *self,
                    YsConsoleKind  kind,
                    const char    *text,
                    gssize         len)
{
  if (len < 0)
    len = (gssize) strlen (text);
  if (len == 0)
    return;
  if (kind == YS_CONSOLE_OUTPUT || kind == YS_CONSOLE_ERROR)
    {
      if (self->console_full)
        return;
      if (self->console_bytes + (gsize) len > CONSOLE_MAX_BYTES)
        {
          /* Cut at a character's start, then say why the output stops here. */
          const char *end = text + (CONSOLE_MAX_BYTES - self->console_bytes);
          const char *notice = _("\n[The console keeps at most 16 MiB of output: the rest is not shown.]\n");
          self->console_full = TRUE;
          while (end > text && (*end & 0xC0) == 0x80)
            end--;
          console_store (self, kind, text, end - text);
          console_store (self, YS_CONSOLE_ERROR, notice, (gssize) strlen (notice));
          return;
        }
    }
  console_store (self, kind, text, len);
}

/* Appends without the cap. */
static void
console_store (YsSession     *self,
               YsConsoleKind  kind,
               const char    *text,
               gssize         len)
{
  YsConsoleEntry *last = self->console->len > 0
                           ? &g_array_index (self->console, YsConsoleEntry, self->console->len - 1)
                           : NULL;

  if (len <= 0)
    return;
  if (kind == YS_CONSOLE_OUTPUT || kind == YS_CONSOLE_ERROR)
    self->console_bytes += (gsize) len;
  /* Output written in pieces is one entry. */
  if (last != NULL && last->kind == kind && (kind == YS_CONSOLE_OUTPUT || kind == YS_CONSOLE_ERROR))
    {
      gsize old = strlen (last->text);
      last->text = g_realloc (last->text, old + (gsize) len + 1);
      memcpy (last->text + old, text, (gsize) len);
      last->text[old + len] = '\0';
      return;
    }
  {
    YsConsoleEntry entry = { kind, g_strndup (text, (gsize) len) };
    g_array_append_val (self->console, entry);
  }
}

static void
console_truncate (YsSession *self,
                  guint      len)
{
  g_array_set_size (self->console, MIN (len, self->console->len));
  self->console_bytes = 0;
  for (guint i = 0; i < self->console->len; i++)
    {
      YsConsoleEntry *e = &g_array_index (self->console, YsConsoleEntry, i);
      if (e->kind == YS_CONSOLE_OUTPUT || e->kind == YS_CONSOLE_ERROR)
        self->console_bytes += strlen (e->text);
    }
  self->console_full = self->console_bytes >= CONSOLE_MAX_BYTES;
}

static void
discard_output (const char *text,
                gsize       len,
                gboolean    is_error,
                gpointer    user_data)
{
}

static void
record_free (gpointer data)
{
  YsGeneratorRecord *r = data;

  g_free (r->name);
  g_free (r->end_value);
  g_free (r->last_value);
  g_free (r);
}

static void
record_end (YsGeneratorRecord *r,
            YsEnding           ending,
            guint64            step,
            const char        *value)
{
  if (r->ending != YS_ENDING_NONE)
    return;
  r->ending = ending;
  r->ended = MAX (step, 1);
  r->thrown = r->last_resume == YS_RESUME_THROW;
  g_free (r->end_value);
  r->end_value = g_strdup (value);
}

/* On the engine's thread, while it runs (the window reads records only at pauses). */
static void
record_event (YsSession     *self,
              YsEngine      *engine,
              const YsEvent *event)
{
  YsGeneratorRecord *r = g_hash_table_lookup (self->records_by_id, &event->generator);

  if (event->kind == YS_EVENT_GEN_CREATED && r == NULL)
    {
      r = g_new0 (YsGeneratorRecord, 1);
      r->id = event->generator;
      r->name = g_strdup (event->function);
      r->line = event->line;
      r->created = event->step;
      g_ptr_array_add (self->records, r);
      g_hash_table_insert (self->records_by_id, &r->id, r);
      return;
    }
  if (r == NULL)
    return;
  switch (event->kind)
    {
    case YS_EVENT_GEN_RESUMED:
      r->last_resume = event->resume;
      break;
    case YS_EVENT_GEN_YIELDED:
      g_free (r->last_value);
      r->last_value = g_strdup (ys_event_get_value_repr (engine, event));
      break;
    case YS_EVENT_GEN_RETURNED:
      record_end (r, YS_ENDING_RETURNED, event->step, ys_event_get_value_repr (engine, event));
      break;
    case YS_EVENT_GEN_RAISED:
      /* GeneratorExit out of close() is how close() finishes a generator. */
      if (r->last_resume == YS_RESUME_CLOSE && g_strcmp0 (event->value_type, "GeneratorExit") == 0)
        record_end (r, YS_ENDING_CLOSED, event->step, NULL);
      else
        record_end (r, YS_ENDING_RAISED, event->step, ys_event_get_value_repr (engine, event));
      break;
    case YS_EVENT_GEN_CLOSED:
      record_end (r, YS_ENDING_CLOSED, event->step, NULL);
      break;
    case YS_EVENT_GEN_FINALIZED:
      record_end (r, YS_ENDING_FREED, event->step, NULL);
      break;
    default:
      break;
    }
}

/* Called on the engine's thread. */
static void
observe (YsEngine      *engine,
         const YsEvent *event,
         gpointer       user_data)
{
  YsSession *self = user_data;

  if (event->kind != YS_EVENT_OUTPUT)
    record_event (self, engine, event);
  if (event->kind == YS_EVENT_GEN_FINALIZED)
    return;
  g_mutex_lock (&self->lock);
  if (event->kind == YS_EVENT_OUTPUT)
    {
      GString *to = event->is_error ? self->pending_errors : self->pending_output;
      /* Between two pauses a runaway can print without end: keep what the console can. */
      if (to->len + event->text_len <= CONSOLE_MAX_BYTES + 1)
        g_string_append_len (to, event->text, (gssize) event->text_len);
    }
  else
    {
      YsSessionEvent e = { event->kind, event->resume, event->generator, event->step, event->line,
                           g_strdup (ys_event_get_value_repr (engine, event)), g_strdup (event->value_type),
                           g_strdup (event->function) };
      /* Only the last ones animate; a long run keeps the newest. */
      if (self->pending_events->len >= YS_SESSION_MAX_RECENT)
        g_array_remove_index (self->pending_events, 0);
      g_array_append_val (self->pending_events, e);
    }
  g_mutex_unlock (&self->lock);
}

/* Going back to @step: what happened after it has not happened. */
static void
records_truncate (YsSession *self,
                  guint64    step)
{
  while (self->records->len > 0)
    {
      YsGeneratorRecord *last = g_ptr_array_index (self->records, self->records->len - 1);
      if (last->created <= step)
        break;
      g_hash_table_remove (self->records_by_id, &last->id);
      g_ptr_array_remove_index (self->records, self->records->len - 1);
    }
  for (guint i = 0; i < self->records->len; i++)
    {
      YsGeneratorRecord *r = g_ptr_array_index (self->records, i);
      if (r->ended > step)
        {
          r->ended = 0;
          r->ending = YS_ENDING_NONE;
          g_clear_pointer (&r->end_value, g_free);
        }
    }
}

static GArray *
take_pending (YsSession *self)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (YsSessionEvent));

  g_mutex_lock (&self->lock);
  /* What the program wrote goes to the console in the order of kinds only when
   * both were written in one action; a rare case, and stderr ends a traceback. */
  console_append (self, YS_CONSOLE_OUTPUT, self->pending_output->str, (gssize) self->pending_output->len);
  console_append (self, YS_CONSOLE_ERROR, self->pending_errors->str, (gssize) self->pending_errors->len);
  g_string_truncate (self->pending_output, 0);
  g_string_truncate (self->pending_errors, 0);
  g_array_set_clear_func (events, session_event_clear);
  for (guint i = 0; i < self->pending_events->len; i++)
    g_array_append_val (events, g_array_index (self->pending_events, YsSessionEvent, i));
  /* Moved, not copied: the pending array forgets its strings. */
  g_array_set_clear_func (self->pending_events, NULL);
  g_array_set_size (self->pending_events, 0);
  g_array_set_clear_func (self->pending_events, session_event_clear);
  g_mutex_unlock (&self->lock);
  return events;
}

static void
pause_clear (gpointer data)
{
  Pause *p = data;

  g_clear_pointer (&p->snapshot, ys_snapshot_free);
  g_clear_pointer (&p->events, g_array_unref);
  g_clear_pointer (&p->error, error_info_free);
}

/* The pause @back places before the last (0: the last), or NULL. */
static Pause *
pause_back (YsSession *self,
            guint      back)
{
  return self->pauses->len > back ? &g_array_index (self->pauses, Pause, self->pauses->len - 1 - back) : NULL;
}

static YsSnapshot *
take_snapshot (YsSession *self)
{
  if (self->engine != NULL &&
      (self->state == YS_SESSION_PAUSED || self->state == YS_SESSION_FINISHED || self->state == YS_SESSION_RAISED))
    return ys_engine_snapshot (self->engine);
  return NULL;
}

static void
push_pause (YsSession *self,
            GArray    *events)
{
  Pause p = { 0, self->console->len, ys_event_log_get_length (self->log), self->state,
              error_info_copy (self->error), take_snapshot (self), events };

  p.step = p.snapshot != NULL ? p.snapshot->step : 0;
  p.output_len = strlen (ys_engine_get_output (self->engine));
  g_array_append_val (self->pauses, p);
}

static void
show_traceback (YsSession *self)
{
  g_autofree char *traceback = ys_engine_format_traceback (self->engine);
  g_autofree char *shorter = traceback != NULL ? shorten_paths (self, traceback, -1) : NULL;

  /* How the program ended is shown even after a flood of output. */
  if (shorter != NULL)
    {
    console_store (self, YS_CONSOLE_ERROR, shorter, (gssize) strlen (shorter));
    }
}

static void
pending_load_free (PendingLoad *load)
{
  if (load == NULL)
    return;
  g_free (load->filename);
  g_free (load->source);
  g_free (load);
}

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->source);
  g_free (job->filename);
  g_free (job);
}

/* Runs on a GTask thread: the window's thread stays free to repaint and to stop it. */
static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (GError) error = NULL;
  YsRunState state = YS_RUN_FAILED;


  switch (job->kind)
    {
    case JOB_LOAD:
      /* Compiling a big program takes a while: the window stays responsive. */
      state = ys_engine_load (job->engine, job->filename, job->source, -1, &error) ? YS_RUN_PAUSED
                                                                                   : YS_RUN_FAILED;
      if (state == YS_RUN_FAILED)
        {
          g_clear_error (&error);
          state = YS_RUN_RAISED;
        }
      break;
    case JOB_CONTINUE:
      state = ys_engine_continue (job->engine, &job->until, &error);
      break;
    case JOB_EVAL:
      state = ys_engine_eval (job->engine, job->source, &job->until, &error);
      break;
    case JOB_REWIND:
      state = ys_engine_rewind (job->engine, job->step, &error) ? YS_RUN_PAUSED : YS_RUN_FAILED;
      break;
    default:
      g_assert_not_reached ();
    }
  if (error != NULL && state == YS_RUN_FAILED)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, state);
}

static void
job_done (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  YsSession *self = YS_SESSION (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  YsRunState state = (YsRunState) g_task_propagate_int (G_TASK (result), &error);
  YsSessionState before = GPOINTER_TO_INT (user_data);
  const char *result_repr;
  GArray *events;

  set_busy (self, FALSE);
  if (self->stop_asked != 0)
    {
      self->stop_ms = (g_get_monotonic_time () - self->stop_asked) / 1000.0;
      self->stop_asked = 0;
    }
  events = take_pending (self);
  if (self->pending_load != NULL)
    {
      /* A newer program replaces this one: what the old run did is forgotten. */
      PendingLoad *load = g_steal_pointer (&self->pending_load);
      g_array_unref (events);
      ys_session_load (self, load->filename, load->source);
      pending_load_free (load);
      return;
    }
  if (job->kind == JOB_LOAD)
    {
      g_array_unref (events);
      if (state == YS_RUN_PAUSED)
        {
          set_state (self, YS_SESSION_READY);
          push_pause (self, NULL);
        }
      else
        self->error = error_info_copy (ys_engine_get_error (self->engine));
      g_signal_emit (self, signals[LOADED], 0, state == YS_RUN_PAUSED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  if (job->kind == JOB_REWIND)
    {
      /* Back at a pause seen before: as it was, with the engine's fresh handles. */
      Pause *last = pause_back (self, 0);
      g_array_unref (events);
      if (error == NULL)
        {
          set_state (self, last->state);
          g_clear_pointer (&self->error, error_info_free);
          self->error = error_info_copy (last->error);
          g_clear_pointer (&last->snapshot, ys_snapshot_free);
          last->snapshot = take_snapshot (self);
          if (last->fresh)
            {
              /* What the program wrote since the pause before, as the replay made it. */
              const char *output = ys_engine_get_output (self->engine);
              gsize from = pause_back (self, 1) != NULL ? pause_back (self, 1)->output_len : 0;
              if (strlen (output) > from)
                console_append (self, YS_CONSOLE_OUTPUT, output + from, -1);
              last->console_len = self->console->len;
              last->output_len = strlen (output);
              last->fresh = FALSE;
            }
          last->step = last->snapshot != NULL ? last->snapshot->step : last->step;
        }
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  if (error != NULL)
    {
      /* A console line that does not compile: shown there, nothing else changes. */
      if (job->kind == JOB_EVAL)
        {
          console_append (self, YS_CONSOLE_ERROR, error->message, -1);
          console_append (self, YS_CONSOLE_ERROR, "\n", 1);
        }
      set_state (self, before == YS_SESSION_RUNNING ? YS_SESSION_PAUSED : before);
    }
  else if (job->kind == JOB_EVAL)
    {
      /* The console's code ran to its end; the program stays where it was. */
      if (state == YS_RUN_FINISHED && (result_repr = ys_engine_get_result (self->engine)) != NULL)
        {
          console_append (self, YS_CONSOLE_RESULT, result_repr, -1);
          console_append (self, YS_CONSOLE_RESULT, "\n", 1);
        }
      /* An exception in console code is printed by the engine, as at a prompt. */
      set_state (self, before == YS_SESSION_READY ? YS_SESSION_PAUSED : before);
    }
  else if (state == YS_RUN_PAUSED)
    set_state (self, YS_SESSION_PAUSED);
  else if (state == YS_RUN_FINISHED)
    set_state (self, YS_SESSION_FINISHED);
  else if (state == YS_RUN_RAISED || state == YS_RUN_STOPPED)
    {
      g_clear_pointer (&self->error, error_info_free);
      self->error = error_info_copy (ys_engine_get_error (self->engine));
      show_traceback (self);
      set_state (self, YS_SESSION_RAISED);
    }
  push_pause (self, events);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
start_job (YsSession *self,
           Job       *job)
{
  g_autoptr (GTask) task = NULL;
  YsSessionState before = self->state;

  if (self->busy || (self->state == YS_SESSION_EMPTY && job->kind != JOB_LOAD))
    {
      job_free (job);
      return;
    }
  job->engine = self->engine;
  task = g_task_new (self, NULL, job_done, GINT_TO_POINTER (before));
  g_task_set_task_data (task, job, job_free);
  set_busy (self, TRUE);
  if (job->kind != JOB_EVAL && job->kind != JOB_LOAD)
    set_state (self, YS_SESSION_RUNNING);
  g_task_run_in_thread (task, job_thread);
}

static const char *
sample_dir (void)
{
  /* tools/run and the tests run from the build tree, where nothing is installed. */
  const char *dir = g_getenv ("YIELDSCOPE_SAMPLE_DIR");

  return dir != NULL && *dir != '\0' ? dir : SAMPLE_DIR;
}

/* Every load starts from a new engine: nothing of the last run survives. */
static YsEngine *
new_engine (YsSession *self)
{
  YsEngine *engine = ys_engine_new ();

  /* What the program writes reaches the console through the observer, in order with
   * the events. */
  ys_engine_set_output_func (engine, discard_output, NULL);
  ys_engine_set_sample_dir (engine, sample_dir ());
  /* The timeline marks generator events only; lines would cost speed and memory. */
  ys_engine_set_event_log (engine, self->log, GENERATOR_EVENTS);
  ys_engine_set_limits (engine, 0, HEAP_MAX_BYTES, 0);
  ys_engine_set_observer (engine,
                          GENERATOR_EVENTS | YS_EVENT_MASK (YS_EVENT_GEN_FINALIZED) | YS_EVENT_MASK (YS_EVENT_OUTPUT),
                          observe, self);
  return engine;
}

/* GObject overrides */

static void
ys_session_finalize (GObject *object)
{
  YsSession *self = YS_SESSION (object);

  /* The thread holds a reference while it runs, so no job is left here. */
  g_clear_pointer (&self->engine, ys_engine_free);
  pending_load_free (self->pending_load);
  g_free (self->filename);
  g_free (self->source);
  ys_event_log_free (self->log);
  g_array_unref (self->console);
  g_array_unref (self->no_events);
  g_array_unref (self->pauses);
  g_array_unref (self->pending_events);
  g_string_free (self->pending_output, TRUE);
  g_string_free (self->pending_errors, TRUE);
  error_info_free (self->error);
  g_mutex_clear (&self->lock);
  g_hash_table_unref (self->records_by_id);
  g_ptr_array_unref (self->records);

  G_OBJECT_CLASS (ys_session_parent_class)->finalize (object);
}

static void
ys_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  YsSession *self = YS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_STEP:
      g_value_set_uint64 (value, ys_session_get_step (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ys_session_class_init (YsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ys_session_finalize;
  object_class->get_property = ys_session_get_property;

  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, YS_TYPE_SESSION_STATE, YS_SESSION_EMPTY,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] = g_param_spec_uint64 ("step", NULL, NULL, 0, G_MAXUINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After every action: the snapshot, the console and the events are new. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);
  /* A load finished: TRUE when the program compiled. */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
ys_session_init (YsSession *self)
{
  self->stop_ms = -1;
  self->log = ys_event_log_new ();
  ys_event_log_set_max_size (self->log, LOG_MAX_BYTES);
  self->console = g_array_new (FALSE, FALSE, sizeof (YsConsoleEntry));
  g_array_set_clear_func (self->console, console_entry_clear);
  self->no_events = g_array_new (FALSE, FALSE, sizeof (YsSessionEvent));
  self->pending_events = g_array_new (FALSE, FALSE, sizeof (YsSessionEvent));
  g_array_set_clear_func (self->pending_events, session_event_clear);
  self->pauses = g_array_new (FALSE, FALSE, sizeof (Pause));
  g_array_set_clear_func (self->pauses, pause_clear);
  self->pending_output = g_string_new (NULL);
  self->pending_errors = g_string_new (NULL);
  g_mutex_init (&self->lock);
  self->records = g_ptr_array_new_with_free_func (record_free);
  self->records_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

}

/* Public API */

YsSession *
ys_session_new (void)
{
  return g_object_new (YS_TYPE_SESSION, NULL);
}

void
ys_session_load (YsSession  *self,
                 const char *filename,
                 const char *source)
{
  Job *job;

  g_return_if_fail (YS_IS_SESSION (self));
  g_return_if_fail (source != NULL);

  if (self->busy)
    {
      /* The running program stops first; this one loads when it has. */
      pending_load_free (self->pending_load);
      self->pending_load = g_new0 (PendingLoad, 1);
      self->pending_load->filename = g_strdup (filename);
      self->pending_load->source = g_strdup (source);
      ys_session_stop (self);
      return;
    }
  if (filename != self->filename)
    {
      g_free (self->filename);
      self->filename = g_strdup (filename);
    }
  if (source != self->source)
    {
      g_free (self->source);
      self->source = g_strdup (source);
    }
  console_truncate (self, 0);
  g_array_set_size (self->pauses, 0);
  ys_event_log_truncate (self->log, 0);
  records_truncate (self, 0);
  g_clear_pointer (&self->error, error_info_free);
  g_clear_pointer (&self->engine, ys_engine_free);
  self->engine = new_engine (self);
  set_state (self, YS_SESSION_EMPTY);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  g_signal_emit (self, signals[CHANGED], 0);

  job = g_new0 (Job, 1);
  job->kind = JOB_LOAD;
  job->source = g_strdup (self->source);
  job->filename = g_strdup (self->filename);
  start_job (self, job);
}

void
ys_session_reset (YsSession *self)
{
  g_return_if_fail (YS_IS_SESSION (self));

  if (self->source == NULL)
    return;
  ys_session_load (self, self->filename, self->source);
}

void
ys_session_step (YsSession  *self,
                 YsStepKind  kind)
{
  Job *job;

  g_return_if_fail (YS_IS_SESSION (self));
  if (!ys_session_can_step (self))
    return;
  job = g_new0 (Job, 1);
  job->kind = JOB_CONTINUE;
  switch (kind)
    {
    case YS_STEP_EVENT:
      job->until.mode = YS_PAUSE_AT_EVENT;
      job->until.event_mask = GENERATOR_EVENTS;
      break;
    case YS_STEP_LINE:
      job->until.mode = YS_PAUSE_AT_EVENT;
      job->until.event_mask = YS_EVENT_MASK (YS_EVENT_LINE);
      break;
    case YS_STEP_END:
    default:
      job->until.mode = YS_PAUSE_NEVER;
      break;
    }
  start_job (self, job);
}

void
ys_session_eval (YsSession  *self,
                 const char *source)
{
  Job *job;
  g_autofree char *echo = NULL;

  g_return_if_fail (YS_IS_SESSION (self));
  g_return_if_fail (source != NULL);
  if (self->busy || self->state == YS_SESSION_EMPTY || source[0] == '\0')
    return;
  echo = g_str_has_suffix (source, "\n") ? g_strdup (source) : g_strconcat (source, "\n", NULL);
  console_append (self, YS_CONSOLE_INPUT, echo, -1);
  if (self->state == YS_SESSION_READY)
    {
      /* The console works in the program's namespace, which exists once it runs. */
      const char *hint = _("Start the program first: step it (F6) or run it (F5), then try again.\n");
      console_append (self, YS_CONSOLE_ERROR, hint, -1);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  job = g_new0 (Job, 1);
  job->kind = JOB_EVAL;
  job->source = g_strdup (source);
  /* The console's code runs to its end, as at a Python prompt. */
  job->until.mode = YS_PAUSE_NEVER;
  start_job (self, job);
}

void
ys_session_resume_expression (YsSession    *self,
                              const char   *target,
                              YsResumeKind  how,
                              const char   *argument)
{
  g_autofree char *source = NULL;

  g_return_if_fail (YS_IS_SESSION (self));
  g_return_if_fail (target != NULL);
  switch (how)
    {
    case YS_RESUME_NEXT:
      source = g_strdup_printf ("next(%s)", target);
      break;
    case YS_RESUME_SEND:
      source = g_strdup_printf ("%s.send(%s)", target, argument != NULL && *argument ? argument : "None");
      break;
    case YS_RESUME_THROW:
      source = g_strdup_printf ("%s.throw(%s)", target, argument != NULL && *argument ? argument : "ValueError");
      break;
    case YS_RESUME_CLOSE:
    default:
      source = g_strdup_printf ("%s.close()", target);
      break;
    }
  ys_session_eval (self, source);
}

void
ys_session_resume_generator (YsSession    *self,
                             guint64       id,
                             YsResumeKind  how,
                             const char   *argument)
{
  const char *name;
  g_autofree char *target = NULL;

  g_return_if_fail (YS_IS_SESSION (self));
  name = ys_session_get_generator_binding (self, id);
  target = name != NULL ? g_strdup (name) : g_strdup_printf ("__yieldscope_generator__(%" G_GUINT64_FORMAT ")", id);
  ys_session_resume_expression (self, target, how, argument);
}

void
ys_session_go_to_step (YsSession *self,
                       guint64    step)
{
  Job *job;
  guint keep = 0;
  guint console_len = 0;

  g_return_if_fail (YS_IS_SESSION (self));
  if (self->busy || self->state == YS_SESSION_EMPTY || self->pauses->len == 0)
    return;
  /* What was seen up to @step stays: the pauses, the console, the events. */
  for (guint i = 0; i < self->pauses->len; i++)
    if (g_array_index (self->pauses, Pause, i).step <= step)
      keep = i + 1;
  if (step == 0 || keep <= 1)
    {
      ys_session_reset (self);
      return;
    }
  g_array_set_size (self->pauses, keep);
  console_len = g_array_index (self->pauses, Pause, keep - 1).console_len;
  console_truncate (self, console_len);
  ys_event_log_truncate (self->log, ys_event_log_find_step (self->log, step + 1));
  records_truncate (self, step);
  if (g_array_index (self->pauses, Pause, keep - 1).step != step)
    {
      Pause p = { step, console_len, ys_event_log_get_length (self->log), YS_SESSION_PAUSED };
      p.fresh = TRUE;
      g_array_append_val (self->pauses, p);
    }
  job = g_new0 (Job, 1);
  job->kind = JOB_REWIND;
  job->step = step;
  start_job (self, job);
}

void
ys_session_step_back (YsSession *self)
{
  Pause *to;

  g_return_if_fail (YS_IS_SESSION (self));
  if (!ys_session_can_step_back (self))
    return;
  g_array_set_size (self->pauses, self->pauses->len - 1);
  to = pause_back (self, 0);
  if (to->state == YS_SESSION_READY)
    {
      ys_session_reset (self);
      return;
    }
  console_truncate (self, to->console_len);
  ys_event_log_truncate (self->log, to->log_len);
  records_truncate (self, to->step);
  {
    Job *job = g_new0 (Job, 1);
    job->kind = JOB_REWIND;
    job->step = to->step;
    start_job (self, job);
  }
}

void
ys_session_stop (YsSession *self)
{
  g_return_if_fail (YS_IS_SESSION (self));
  if (self->busy)
    {
      if (self->stop_asked == 0)
        self->stop_asked = g_get_monotonic_time ();
      ys_engine_stop (self->engine);
    }
}

double
ys_session_get_stop_ms (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), -1);
  return self->stop_ms;
}

YsSessionState
ys_session_get_state (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), YS_SESSION_EMPTY);
  return self->state;
}

gboolean
ys_session_can_step_back (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), FALSE);
  return !self->busy && self->pauses->len > 1;
}

gboolean
ys_session_can_step (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), FALSE);
  return !self->busy && (self->state == YS_SESSION_READY || self->state == YS_SESSION_PAUSED);
}

gboolean
ys_session_get_busy (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), FALSE);
  return self->busy;
}

guint64
ys_session_get_step (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return ys_session_get_snapshot (self) != NULL ? ys_session_get_snapshot (self)->step : 0;
}

const char *
ys_session_get_filename (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->filename;
}

const char *
ys_session_get_source (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->source;
}

YsSnapshot *
ys_session_get_snapshot (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return pause_back (self, 0) != NULL ? pause_back (self, 0)->snapshot : NULL;
}

YsSnapshot *
ys_session_get_previous_snapshot (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return pause_back (self, 1) != NULL ? pause_back (self, 1)->snapshot : NULL;
}

const YsErrorInfo *
ys_session_get_error (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->error;
}

GArray *
ys_session_get_recent_events (YsSession *self)
{
  Pause *last;

  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  last = pause_back (self, 0);
  return last != NULL && last->events != NULL ? last->events : self->no_events;
}

GArray *
ys_session_get_console (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->console;
}

char *
ys_session_dup_console_text (YsSession *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  for (guint i = 0; i < self->console->len; i++)
    {
      YsConsoleEntry *e = &g_array_index (self->console, YsConsoleEntry, i);
      if (e->kind == YS_CONSOLE_INPUT)
        g_string_append (text, ">>> ");
      g_string_append (text, e->text);
    }
  return g_string_free (text, FALSE);
}

YsEventLog *
ys_session_get_event_log (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->log;
}

const YsGeneratorInfo *
ys_session_find_generator (YsSession *self,
                           guint64    id)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return ys_snapshot_find_generator (ys_session_get_snapshot (self), id);
}

const char *
ys_session_get_generator_binding (YsSession *self,
                                  guint64    id)
{
  const YsGeneratorInfo *g = ys_session_find_generator (self, id);

  if (g == NULL)
    return NULL;
  for (guint i = 0; i < ys_session_get_snapshot (self)->globals->len; i++)
    {
      const YsVariable *v = g_ptr_array_index (ys_session_get_snapshot (self)->globals, i);
      if (v->handle == g->handle)
        return v->name;
    }
  return NULL;
}

GPtrArray *
ys_session_get_generator_records (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->records;
}
