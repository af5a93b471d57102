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


/* A moment that is not a generator event of the log: a line stepped to, or a pause
 * after console input, at the end of the program or after a stop. Event moments come
 * from the event log itself. */
typedef enum {
  EXTRA_LINE,
  EXTRA_PAUSE,
  EXTRA_EVENT,      /* a generator event the full log could not keep */
} ExtraKind;

typedef struct
{
  ExtraKind       kind;
  guint64         log_len;  /* events logged before it */
  guint64         step;     /* the engine's step (a line's: its event's) */
  guint64         seq;      /* console entries before it have a lower seq */
  guint64         from;     /* the moment the action that led here started at */
  YsSessionState  state;
  YsErrorInfo    *error;
} Extra;

/* Where a moment is: the start, event @index of the log, or extra @index. */
typedef enum {
  AT_START,
  AT_EVENT,
  AT_EXTRA,
} MomentPlace;

typedef struct
{
  MomentPlace place;
  gsize       index;
} Moment;

typedef enum {
  JOB_LOAD,
  JOB_CONTINUE,
  JOB_EVAL,
  JOB_GO,
} JobKind;

/* How the engine reaches a moment again. */
typedef struct
{
  gboolean start;        /* the program not started */
  guint64  step;
  guint    mask;         /* 0: after @step's instruction; else inside an event */
  guint    skip;
} Target;

typedef struct
{
  JobKind           kind;
  YsEngine         *engine;
  YsPauseCondition  until;
  char             *source;
  char             *filename;
  guint64           moment;      /* JOB_GO: the moment gone to */
  Target            previous;    /* JOB_GO: the moment before it, for what changed */
  Target            target;
  gboolean          has_previous;
  YsSnapshot       *previous_snapshot;  /* made on the thread */
  YsSnapshot       *snapshot;
} Job;

/* What the program wrote while it ran, with the log's length then. */
typedef struct
{
  YsConsoleKind  kind;
  GString       *text;
  guint64        log_len;
} PendingOutput;

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
  guint            console_shown;  /* entries shown at this moment */
  guint64          console_seq;
  guint64          start_seq;      /* entries up to this one are shown at the start */
  GArray          *extras;         /* Extra, in order */
  guint64          current;        /* the moment shown */
  YsSnapshot      *snapshot;       /* at the current moment */
  YsSnapshot      *previous;       /* at the one before */
  GArray          *recent;         /* YsSessionEvent from the moment before */
  YsErrorInfo     *error;          /* the program's error at this moment */
  gboolean         busy;
  gint64           stop_asked;     /* monotonic µs of the last stop request, or 0 */
  double           stop_ms;        /* how long the last stop took, or -1 */
  gint64           action_start;   /* monotonic µs */
  double           action_ms;
  PendingLoad     *pending_load;
  gsize            console_bytes;  /* text the console holds */
  gboolean         console_full;   /* CONSOLE_MAX_BYTES reached: output is dropped */

  /* Filled by the engine's thread while it runs, read when it pauses. */
  GMutex           lock;
  GArray          *pending;        /* PendingOutput */

  GPtrArray       *records;        /* YsGeneratorRecord, by creation */
  GHashTable      *records_by_id;  /* id → YsGeneratorRecord */
  guint64          selected;       /* the generator the user picked, or 0 */
};

G_DEFINE_FINAL_TYPE (YsSession, ys_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_STEP,
  PROP_BUSY,
  PROP_SELECTED_GENERATOR,
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
console_entry_clear (gpointer data)
{
  g_free (((YsConsoleEntry *) data)->text);
}

static void
pending_output_clear (gpointer data)
{
  g_string_free (((PendingOutput *) data)->text, TRUE);
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
extra_clear (gpointer data)
{
  g_clear_pointer (&((Extra *) data)->error, error_info_free);
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

static void
set_error (YsSession         *self,
           const YsErrorInfo *error)
{
  YsErrorInfo *copy = error_info_copy (error);

  error_info_free (self->error);
  self->error = copy;
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

/* Appends without the cap; output written in pieces between two events is one entry. */
static void
console_store (YsSession     *self,
               YsConsoleKind  kind,
               const char    *text,
               gssize         len,
               guint64        log_len)
{
  YsConsoleEntry *last = self->console->len > 0
                           ? &g_array_index (self->console, YsConsoleEntry, self->console->len - 1)
                           : NULL;

  if (len < 0)
    len = (gssize) strlen (text);
  if (len <= 0)
    return;
  if (kind == YS_CONSOLE_OUTPUT || kind == YS_CONSOLE_ERROR)
    self->console_bytes += (gsize) len;
  /* Never across a moment: an entry belongs to one. */
  if (last != NULL && last->kind == kind && last->log_len == log_len && last->seq == self->console_seq &&
      self->console_shown == self->console->len && (kind == YS_CONSOLE_OUTPUT || kind == YS_CONSOLE_ERROR))
    {
      gsize old = strlen (last->text);
      last->text = g_realloc (last->text, old + (gsize) len + 1);
      memcpy (last->text + old, text, (gsize) len);
      last->text[old + len] = '\0';
      return;
    }
  {
    YsConsoleEntry entry = { kind, g_strndup (text, (gsize) len), log_len, ++self->console_seq };
    g_array_append_val (self->console, entry);
    self->console_shown = self->console->len;
  }
}

/* Appends with the cap on what the program writes. */
static void
console_append_at (YsSession     *self,
                   YsConsoleKind  kind,
                   const char    *text,
                   gssize         len,
                   guint64        log_len)
{
  g_autofree char *shorter = NULL;

  if (kind == YS_CONSOLE_ERROR)
    {
      shorter = shorten_paths (self, text, len);
      text = shorter;
      len = -1;
    }
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
          console_store (self, kind, text, end - text, log_len);
          console_store (self, YS_CONSOLE_ERROR, notice, -1, log_len);
          return;
        }
    }
  console_store (self, kind, text, len, log_len);
}

static void
console_append (YsSession     *self,
                YsConsoleKind  kind,
                const char    *text,
                gssize         len)
{
  console_append_at (self, kind, text, len, ys_event_log_get_length (self->log));
}

static void
console_truncate (YsSession *self,
                  guint      len)
{
  g_array_set_size (self->console, MIN (len, self->console->len));
  self->console_shown = self->console->len;
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
            guint64            pos,
            const char        *value)
{
  if (r->ending != YS_ENDING_NONE)
    return;
  r->ending = ending;
  r->ended = MAX (step, 1);
  r->ended_pos = pos;
  r->thrown = r->last_resume == YS_RESUME_THROW;
  g_free (r->end_value);
  r->end_value = g_strdup (value);
}

/* Generators are numbered in creation order, as the records are kept: most events find
 * theirs without hashing, which a run with millions of events notices. */
static YsGeneratorRecord *
find_record (YsSession *self,
             guint64    id)
{
  if (id >= 1 && id <= self->records->len)
    {
      YsGeneratorRecord *r = g_ptr_array_index (self->records, id - 1);
      if (r->id == id)
        return r;
    }
  return g_hash_table_lookup (self->records_by_id, &id);
}

/* On the engine's thread, while it runs (the window reads records only at pauses). */
static void
record_event (YsSession     *self,
              YsEngine      *engine,
              const YsEvent *event)
{
  YsGeneratorRecord *r = find_record (self, event->generator);
  /* A logged event is in the log already: its position counts it. */
  guint64 pos = ys_event_log_get_length (self->log);

  if (event->kind == YS_EVENT_GEN_CREATED && r == NULL)
    {
      r = g_new0 (YsGeneratorRecord, 1);
      r->id = event->generator;
      r->name = g_strdup (event->function);
      r->line = event->line;
      r->created = event->step;
      r->created_pos = pos;
      g_ptr_array_add (self->records, r);
      g_hash_table_insert (self->records_by_id, &r->id, r);
      return;
    }
  if (r == NULL)
    return;
  /* What it yielded last, once, when it ends: a live generator's is in the snapshots,
   * and a repr at every yield would cost the run more than the rest of the watching. */
  if (r->ending == YS_ENDING_NONE && event->kind >= YS_EVENT_GEN_RETURNED && event->kind <= YS_EVENT_GEN_FINALIZED)
    {
      char *last;
      /* An ending event tells how the generator was resumed last. */
      r->last_resume = event->resume;
      last = ys_event_dup_last_yielded_repr (engine, event);
      if (last != NULL)
        {
          g_free (r->last_value);
          r->last_value = last;
        }
    }
  switch (event->kind)
    {
    case YS_EVENT_GEN_RETURNED:
      record_end (r, YS_ENDING_RETURNED, event->step, pos, ys_event_get_value_repr (engine, event));
      break;
    case YS_EVENT_GEN_RAISED:
      /* GeneratorExit out of close() is how close() finishes a generator. */
      if (r->last_resume == YS_RESUME_CLOSE && g_strcmp0 (event->value_type, "GeneratorExit") == 0)
        record_end (r, YS_ENDING_CLOSED, event->step, pos, NULL);
      else
        record_end (r, YS_ENDING_RAISED, event->step, pos, ys_event_get_value_repr (engine, event));
      break;
    case YS_EVENT_GEN_CLOSED:
      record_end (r, YS_ENDING_CLOSED, event->step, pos, NULL);
      break;
    case YS_EVENT_GEN_FINALIZED:
      /* Not logged: it counts from the next event on. */
      record_end (r, YS_ENDING_FREED, event->step, pos + 1, NULL);
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
  PendingOutput *last;
  YsConsoleKind kind;
  guint64 log_len;

  if (event->kind != YS_EVENT_OUTPUT)
    {
      record_event (self, engine, event);
      return;
    }
  kind = event->is_error ? YS_CONSOLE_ERROR : YS_CONSOLE_OUTPUT;
  log_len = ys_event_log_get_length (self->log);
  g_mutex_lock (&self->lock);
  last = self->pending->len > 0 ? &g_array_index (self->pending, PendingOutput, self->pending->len - 1) : NULL;
  /* Pieces written between two events are one entry. */
  if (last == NULL || last->kind != kind || last->log_len != log_len)
    {
      PendingOutput out = { kind, g_string_new (NULL), log_len };
      g_array_append_val (self->pending, out);
      last = &g_array_index (self->pending, PendingOutput, self->pending->len - 1);
    }
  /* Between two pauses a runaway can print without end: keep what the console can. */
  if (last->text->len + event->text_len <= CONSOLE_MAX_BYTES + 1)
    g_string_append_len (last->text, event->text, (gssize) event->text_len);
  g_mutex_unlock (&self->lock);
}

/* What the program wrote while it ran, to the console. */
static void
take_pending (YsSession *self)
{
  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingOutput *out = &g_array_index (self->pending, PendingOutput, i);
      console_append_at (self, out->kind, out->text->str, (gssize) out->text->len, out->log_len);
    }
  g_array_set_size (self->pending, 0);
  g_mutex_unlock (&self->lock);
}

static void
show_traceback (YsSession *self)
{
  g_autofree char *traceback = ys_engine_format_traceback (self->engine);
  g_autofree char *shorter = traceback != NULL ? shorten_paths (self, traceback, -1) : NULL;

  /* How the program ended is shown even after a flood of output. */
  if (shorter != NULL)
    console_store (self, YS_CONSOLE_ERROR, shorter, -1, ys_event_log_get_length (self->log));
}

/* Moments */

static guint64
n_moments (YsSession *self)
{
  if (self->state == YS_SESSION_EMPTY && self->engine == NULL)
    return 0;
  return 1 + ys_event_log_get_length (self->log) + self->extras->len;
}

static Moment
locate (YsSession *self,
        guint64    m)
{
  Moment at = { AT_START, 0 };
  guint64 idx;

  if (m == 0)
    return at;
  idx = m - 1;
  for (guint k = 0; k < self->extras->len; k++)
    {
      guint64 pos = g_array_index (self->extras, Extra, k).log_len + k;
      if (idx == pos)
        {
          at.place = AT_EXTRA;
          at.index = k;
          return at;
        }
      if (idx < pos)
        {
          at.place = AT_EVENT;
          at.index = idx - k;
          return at;
        }
    }
  at.place = AT_EVENT;
  at.index = idx - self->extras->len;
  return at;
}

static guint64
moment_of_event (YsSession *self,
                 gsize      index)
{
  guint before = 0;

  for (guint k = 0; k < self->extras->len; k++)
    if (g_array_index (self->extras, Extra, k).log_len <= index)
      before++;
  return 1 + index + before;
}

/* The log's position at moment @m: the events that have happened by then. */
static guint64
log_position (YsSession *self,
              guint64    m)
{
  Moment at = locate (self, m);

  switch (at.place)
    {
    case AT_EVENT:
      return at.index + 1;
    case AT_EXTRA:
      return g_array_index (self->extras, Extra, at.index).log_len;
    case AT_START:
    default:
      return 0;
    }
}

static Target
target_of (YsSession *self,
           guint64    m)
{
  Moment at = locate (self, m);
  Target t = { FALSE, 0, 0, 0 };

  if (at.place == AT_START)
    t.start = TRUE;
  else if (at.place == AT_EVENT)
    {
      YsLoggedEvent e;
      ys_event_log_get (self->log, at.index, &e);
      t.step = e.step;
      t.mask = GENERATOR_EVENTS;
      /* The events before it at its step are passed by. */
      for (gsize i = at.index; i > 0; i--)
        {
          YsLoggedEvent before;
          ys_event_log_get (self->log, i - 1, &before);
          if (before.step != e.step)
            break;
          t.skip++;
        }
    }
  else
    {
      const Extra *x = &g_array_index (self->extras, Extra, at.index);
      t.step = x->step;
      t.mask = x->kind == EXTRA_LINE ? YS_EVENT_MASK (YS_EVENT_LINE) : x->kind == EXTRA_EVENT ? GENERATOR_EVENTS : 0;
    }
  return t;
}

/* The moment that what changed at @m is told against: the one before an event, the
 * start of the action that led to any other moment; -1 for none. */
static gint64
moment_before (YsSession *self,
               guint64    m)
{
  Moment at = locate (self, m);

  if (at.place == AT_START)
    return -1;
  if (at.place == AT_EXTRA)
    return (gint64) g_array_index (self->extras, Extra, at.index).from;
  return (gint64) m - 1;
}

/* What the window shows of the console, the records and the events at moment @m. */
static void
show_moment (YsSession *self,
             guint64    m)
{
  Moment at = locate (self, m);
  guint64 pos = log_position (self, m);
  gint64 before = moment_before (self, m);
  guint64 from = before >= 0 ? log_position (self, (guint64) before) : 0;
  guint shown = 0;

  self->current = m;
  /* The console as it was: what was written before this moment. */
  for (shown = 0; shown < self->console->len; shown++)
    {
      const YsConsoleEntry *e = &g_array_index (self->console, YsConsoleEntry, shown);
      if (at.place == AT_START && e->seq > self->start_seq)
        break;
      if (at.place == AT_EVENT && e->log_len > at.index)
        break;
      if (at.place == AT_EXTRA && e->seq >= g_array_index (self->extras, Extra, at.index).seq)
        break;
    }
  self->console_shown = shown;

  switch (at.place)
    {
    case AT_START:
      set_state (self, YS_SESSION_READY);
      set_error (self, NULL);
      break;
    case AT_EVENT:
      set_state (self, YS_SESSION_PAUSED);
      set_error (self, NULL);
      break;
    case AT_EXTRA:
      {
        const Extra *x = &g_array_index (self->extras, Extra, at.index);
        set_state (self, x->state);
        set_error (self, x->error);
        break;
      }
    }

  /* The events since the moment before, for the cards' pulses. */
  g_array_set_size (self->recent, 0);
  if (pos > from)
    {
      YsEventLogIter iter;
      YsLoggedEvent e;
      if (pos - from > YS_SESSION_MAX_RECENT)
        from = pos - YS_SESSION_MAX_RECENT;
      ys_event_log_iter_init (&iter, self->log, from);
      for (guint64 i = from; i < pos && ys_event_log_iter_next (&iter, &e); i++)
        {
          YsSessionEvent se = { e.kind, e.resume, e.generator, e.step, e.line };
          g_array_append_val (self->recent, se);
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static void
set_snapshots (YsSession  *self,
               YsSnapshot *snapshot,
               YsSnapshot *previous)
{
  g_clear_pointer (&self->snapshot, ys_snapshot_free);
  g_clear_pointer (&self->previous, ys_snapshot_free);
  self->snapshot = snapshot;
  self->previous = previous;
}

/* A new action from a moment gone back to: the moments after it are forgotten, and
 * what they wrote, made and ended. */
static void
forget_future (YsSession *self)
{
  guint64 m = self->current;
  Moment at = locate (self, m);
  guint64 pos = log_position (self, m);

  if (m + 1 >= n_moments (self))
    {
      /* The first action: what the console shows at the start ends here. */
      if (m == 0 && self->start_seq == G_MAXUINT64)
        self->start_seq = self->console_seq;
      return;
    }
  ys_event_log_truncate (self->log, pos);
  g_array_set_size (self->extras, at.place == AT_EXTRA ? at.index + 1
                                  : at.place == AT_START ? 0
                                                         : moment_of_event (self, at.index) - 1 - at.index);
  console_truncate (self, self->console_shown);
  if (m == 0)
    self->start_seq = self->console_seq;
  while (self->records->len > 0)
    {
      YsGeneratorRecord *last = g_ptr_array_index (self->records, self->records->len - 1);
      if (last->created_pos <= pos)
        break;
      g_hash_table_remove (self->records_by_id, &last->id);
      g_ptr_array_remove_index (self->records, self->records->len - 1);
    }
  for (guint i = 0; i < self->records->len; i++)
    {
      YsGeneratorRecord *r = g_ptr_array_index (self->records, i);
      if (r->ended_pos > pos)
        {
          r->ended = 0;
          r->ended_pos = 0;
          r->ending = YS_ENDING_NONE;
          g_clear_pointer (&r->end_value, g_free);
        }
    }
  ys_engine_forget_future (self->engine);
}

static YsSnapshot *
take_snapshot (YsEngine       *engine,
               YsSessionState  state)
{
  if (state == YS_SESSION_PAUSED || state == YS_SESSION_FINISHED || state == YS_SESSION_RAISED)
    return ys_engine_snapshot (engine);
  return NULL;
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
  g_clear_pointer (&job->snapshot, ys_snapshot_free);
  g_clear_pointer (&job->previous_snapshot, ys_snapshot_free);
  g_free (job);
}

/* On the job's thread: the engine back at @t. */
static gboolean
reach (YsEngine      *engine,
       const Target  *t,
       GError       **error)
{
  return ys_engine_rewind_to_event (engine, t->start ? 0 : t->step, t->start ? 0 : t->mask, t->skip, error);
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
                                                                                   : YS_RUN_RAISED;
      g_clear_error (&error);
      break;
    case JOB_CONTINUE:
      state = ys_engine_continue (job->engine, &job->until, &error);
      /* Made here, not on the window's thread: 300 generators take a while. */
      if (state != YS_RUN_FAILED)
        job->snapshot = ys_engine_snapshot (job->engine);
      break;
    case JOB_EVAL:
      state = ys_engine_eval (job->engine, job->source, &job->until, &error);
      if (state != YS_RUN_FAILED)
        job->snapshot = ys_engine_snapshot (job->engine);
      break;
    case JOB_GO:
      /* The moment before first, to show what changed, then the moment itself. */
      state = YS_RUN_PAUSED;
      if (job->has_previous)
        {
          if (!reach (job->engine, &job->previous, &error))
            state = YS_RUN_FAILED;
          else if (!job->previous.start)
            job->previous_snapshot = ys_engine_snapshot (job->engine);
        }
      if (state != YS_RUN_FAILED && !reach (job->engine, &job->target, &error))
        state = YS_RUN_FAILED;
      if (state != YS_RUN_FAILED && !job->target.start)
        job->snapshot = ys_engine_snapshot (job->engine);
      break;
    default:
      g_assert_not_reached ();
    }
  if (error != NULL && state == YS_RUN_FAILED)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, state);
}

/* After an action at the head of the run: the moment it reached. */
static void
add_moment (YsSession      *self,
            ExtraKind       kind,
            YsSessionState  state,
            YsSnapshot     *snapshot,
            guint64         from)
{
  Extra x = { kind, ys_event_log_get_length (self->log), snapshot != NULL ? snapshot->step : 0,
              self->console_seq + 1, from, state, error_info_copy (self->error) };

  /* A line's event is reported before its first instruction: that step is next. */
  if (kind == EXTRA_LINE)
    x.step++;
  g_array_append_val (self->extras, x);
  /* Entries written from now on come after this moment. */
  self->console_seq++;
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
  guint64 previous_moment = self->current;
  YsSnapshot *previous = g_steal_pointer (&self->snapshot);
  gboolean at_event = FALSE;

  set_busy (self, FALSE);
  self->action_ms = (g_get_monotonic_time () - self->action_start) / 1000.0;
  if (self->stop_asked != 0)
    {
      self->stop_ms = (g_get_monotonic_time () - self->stop_asked) / 1000.0;
      self->stop_asked = 0;
    }
  take_pending (self);
  if (self->pending_load != NULL)
    {
      /* A newer program replaces this one: what the old run did is forgotten. */
      PendingLoad *load = g_steal_pointer (&self->pending_load);
      g_clear_pointer (&previous, ys_snapshot_free);
      ys_session_load (self, load->filename, load->source);
      pending_load_free (load);
      return;
    }
  switch (job->kind)
    {
    case JOB_LOAD:
      g_clear_pointer (&previous, ys_snapshot_free);
      if (state == YS_RUN_PAUSED)
        {
          show_moment (self, 0);
          set_state (self, YS_SESSION_READY);
        }
      else
        set_error (self, ys_engine_get_error (self->engine));
      g_signal_emit (self, signals[LOADED], 0, state == YS_RUN_PAUSED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
      g_signal_emit (self, signals[CHANGED], 0);
      return;

    case JOB_GO:
      g_clear_pointer (&previous, ys_snapshot_free);
      if (error == NULL)
        {
          set_snapshots (self, g_steal_pointer (&job->snapshot), g_steal_pointer (&job->previous_snapshot));
          show_moment (self, job->moment);
        }
      else
        {
          console_append (self, YS_CONSOLE_ERROR, error->message, -1);
          show_moment (self, self->current);
        }
      g_signal_emit (self, signals[CHANGED], 0);
      return;

    case JOB_EVAL:
      if (error != NULL)
        {
          /* A console line that does not compile: shown there, nothing else changes. */
          console_append (self, YS_CONSOLE_ERROR, error->message, -1);
          console_append (self, YS_CONSOLE_ERROR, "\n", 1);
          set_state (self, before == YS_SESSION_RUNNING ? YS_SESSION_PAUSED : before);
          self->snapshot = previous;
          g_signal_emit (self, signals[CHANGED], 0);
          return;
        }
      /* The console's code ran to its end; the program stays where it was. */
      if (state == YS_RUN_FINISHED && (result_repr = ys_engine_get_result (self->engine)) != NULL)
        {
          console_append (self, YS_CONSOLE_RESULT, result_repr, -1);
          console_append (self, YS_CONSOLE_RESULT, "\n", 1);
        }
      /* An exception in console code is printed by the engine, as at a prompt. */
      set_state (self, before == YS_SESSION_READY ? YS_SESSION_PAUSED : before);
      break;

    case JOB_CONTINUE:
    default:
      if (error != NULL)
        set_state (self, before == YS_SESSION_RUNNING ? YS_SESSION_PAUSED : before);
      else if (state == YS_RUN_PAUSED)
        {
          set_state (self, YS_SESSION_PAUSED);
          at_event = job->until.mode == YS_PAUSE_AT_EVENT && job->until.event_mask == GENERATOR_EVENTS;
        }
      else if (state == YS_RUN_FINISHED)
        set_state (self, YS_SESSION_FINISHED);
      else if (state == YS_RUN_RAISED || state == YS_RUN_STOPPED)
        {
          set_error (self, ys_engine_get_error (self->engine));
          show_traceback (self);
          set_state (self, YS_SESSION_RAISED);
        }
      break;
    }

  if (job->snapshot != NULL && (self->state == YS_SESSION_PAUSED || self->state == YS_SESSION_FINISHED ||
                                self->state == YS_SESSION_RAISED))
    self->snapshot = g_steal_pointer (&job->snapshot);
  else
    self->snapshot = take_snapshot (self->engine, self->state);
  g_clear_pointer (&self->previous, ys_snapshot_free);
  self->previous = previous;

  /* A pause at a generator event is that event's moment; any other is a moment of its
   * own (a line, the end of console input, the end of the program). */
  if (at_event && ys_event_log_get_length (self->log) > 0 && !ys_event_log_is_full (self->log))
    show_moment (self, moment_of_event (self, ys_event_log_get_length (self->log) - 1));
  else
    {
      ExtraKind kind = at_event ? EXTRA_EVENT
                       : job->kind == JOB_CONTINUE && state == YS_RUN_PAUSED &&
                             job->until.event_mask == YS_EVENT_MASK (YS_EVENT_LINE)
                         ? EXTRA_LINE
                         : EXTRA_PAUSE;
      add_moment (self, kind, self->state, self->snapshot, previous_moment);
      show_moment (self, n_moments (self) - 1);
    }
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
  self->action_start = g_get_monotonic_time ();
  task = g_task_new (self, NULL, job_done, GINT_TO_POINTER (before));
  g_task_set_task_data (task, job, job_free);
  set_busy (self, TRUE);
  if (job->kind == JOB_CONTINUE)
    set_state (self, YS_SESSION_RUNNING);
  g_task_run_in_thread (task, job_thread);
}

/* An action that moves the program on: from a moment gone back to, a new future. */
static void
start_action (YsSession *self,
              Job       *job)
{
  if (self->busy || self->state == YS_SESSION_EMPTY)
    {
      job_free (job);
      return;
    }
  forget_future (self);
  start_job (self, job);
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
  /* Resumes and yields are only logged: observing them too would cost a run with
   * millions of them a call each, and the records need only births and ends. */
  ys_engine_set_observer (engine,
                          (GENERATOR_EVENTS & ~(YS_EVENT_MASK (YS_EVENT_GEN_RESUMED) | YS_EVENT_MASK (YS_EVENT_GEN_YIELDED))) |
                            YS_EVENT_MASK (YS_EVENT_GEN_FINALIZED) | YS_EVENT_MASK (YS_EVENT_OUTPUT),
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
  g_array_unref (self->extras);
  g_array_unref (self->recent);
  g_array_unref (self->pending);
  set_snapshots (self, NULL, NULL);
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
    case PROP_SELECTED_GENERATOR:
      g_value_set_uint64 (value, self->selected);
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
  /* The generator the user picked (a card, a pipeline stage): every view marks it. */
  properties[PROP_SELECTED_GENERATOR] =
    g_param_spec_uint64 ("selected-generator", NULL, NULL, 0, G_MAXUINT64, 0,
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
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingOutput));
  g_array_set_clear_func (self->pending, pending_output_clear);
  self->extras = g_array_new (FALSE, FALSE, sizeof (Extra));
  g_array_set_clear_func (self->extras, extra_clear);
  self->recent = g_array_new (FALSE, FALSE, sizeof (YsSessionEvent));
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
  self->console_seq = 0;
  self->start_seq = G_MAXUINT64;
  g_array_set_size (self->extras, 0);
  g_array_set_size (self->recent, 0);
  ys_event_log_truncate (self->log, 0);
  g_hash_table_remove_all (self->records_by_id);
  g_ptr_array_set_size (self->records, 0);
  set_snapshots (self, NULL, NULL);
  set_error (self, NULL);
  self->current = 0;
  ys_session_select_generator (self, 0);
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
  start_action (self, job);
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
  if (self->state != YS_SESSION_READY)
    forget_future (self);
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

  g_return_if_fail (YS_IS_SESSION (self));
  if (self->busy || self->state == YS_SESSION_EMPTY || n_moments (self) == 0)
    return;
  step = MIN (step, n_moments (self) - 1);
  job = g_new0 (Job, 1);
  job->kind = JOB_GO;
  job->moment = step;
  job->target = target_of (self, step);
  {
    gint64 before = moment_before (self, step);
    job->has_previous = before >= 0;
    if (before >= 0)
      job->previous = target_of (self, (guint64) before);
  }
  start_job (self, job);
}

void
ys_session_go_to_event (YsSession *self,
                        gsize      index)
{
  g_return_if_fail (YS_IS_SESSION (self));
  if (index < ys_event_log_get_length (self->log))
    ys_session_go_to_step (self, moment_of_event (self, index));
}

void
ys_session_step_back (YsSession *self)
{
  g_return_if_fail (YS_IS_SESSION (self));
  if (ys_session_can_step_back (self))
    ys_session_go_to_step (self, self->current - 1);
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
  return !self->busy && self->state != YS_SESSION_EMPTY && self->current > 0;
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
  return self->current;
}

guint64
ys_session_get_n_steps (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return n_moments (self);
}

guint64
ys_session_get_vm_step (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return self->snapshot != NULL ? self->snapshot->step : 0;
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
  return self->busy ? NULL : self->snapshot;
}

YsSnapshot *
ys_session_get_previous_snapshot (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->previous;
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
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->recent;
}

GArray *
ys_session_get_console (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  return self->console;
}

guint
ys_session_get_console_length (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return self->console_shown;
}

char *
ys_session_dup_console_text (YsSession *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  for (guint i = 0; i < self->console_shown; i++)
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

gboolean
ys_session_bind_view (YsSession **slot,
                      YsSession  *session,
                      gpointer    view,
                      GCallback   changed,
                      GCallback   busy,
                      GCallback   selected)
{
  static const char *const signal_names[] = { "changed", "notify::busy", "notify::selected-generator" };
  GCallback callbacks[] = { changed, busy, selected };

  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (session == NULL || YS_IS_SESSION (session), FALSE);

  if (*slot == session)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, view);
  g_set_object (slot, session);
  for (guint i = 0; session != NULL && i < G_N_ELEMENTS (callbacks); i++)
    if (callbacks[i] != NULL)
      g_signal_connect_object (session, signal_names[i], callbacks[i], view, G_CONNECT_SWAPPED);
  return TRUE;
}

void
ys_session_select_generator (YsSession *self,
                             guint64    id)
{
  g_return_if_fail (YS_IS_SESSION (self));
  if (self->selected == id)
    return;
  self->selected = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_GENERATOR]);
}

guint64
ys_session_get_selected_generator (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return self->selected;
}

/* The live generator the last action moved, or NULL. */
static const YsGeneratorInfo *
last_moved (YsSession *self)
{
  for (guint i = self->recent->len; i > 0; i--)
    {
      const YsGeneratorInfo *g =
        ys_session_find_generator (self, g_array_index (self->recent, YsSessionEvent, i - 1).generator);
      if (g != NULL && g->state != YS_GENERATOR_CLOSED)
        return g;
    }
  return NULL;
}

guint64
ys_session_get_current_generator (YsSession *self)
{
  YsSnapshot *snap;
  const YsGeneratorInfo *g;

  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  snap = ys_session_get_snapshot (self);
  if (snap == NULL)
    return 0;
  g = ys_session_find_generator (self, self->selected);
  if (g != NULL || (g = last_moved (self)) != NULL)
    return g->id;
  for (guint i = snap->generators->len; i > 0; i--)
    {
      g = g_ptr_array_index (snap->generators, i - 1);
      if (g->state != YS_GENERATOR_CLOSED)
        return g->id;
    }
  return 0;
}

int
ys_session_get_selected_line (YsSession *self)
{
  YsSnapshot *snap;
  const YsGeneratorInfo *g;
  gboolean in_frame;

  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  snap = ys_session_get_snapshot (self);
  if (snap == NULL)
    return 0;
  g = ys_session_find_generator (self, self->selected);
  if (g != NULL && g->state != YS_GENERATOR_CLOSED)
    return g->line;
  /* Unless the program is paused in a frame, the generator the last action moved. */
  in_frame = self->state == YS_SESSION_PAUSED && snap->stack->len > 0;
  if (!in_frame && (g = last_moved (self)) != NULL)
    return g->line;
  return in_frame ? ((YsFrameInfo *) g_ptr_array_index (snap->stack, 0))->line : 0;
}

int
ys_session_get_previous_line (YsSession *self)
{
  YsSnapshot *snap;

  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  snap = ys_session_get_previous_snapshot (self);
  if (snap == NULL || snap->stack->len == 0)
    return 0;
  return ((YsFrameInfo *) g_ptr_array_index (snap->stack, 0))->line;
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
  for (guint i = 0; i < self->snapshot->globals->len; i++)
    {
      const YsVariable *v = g_ptr_array_index (self->snapshot->globals, i);
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

gboolean
ys_session_record_at (YsSession               *self,
                      const YsGeneratorRecord *record,
                      YsEnding                *ending)
{
  guint64 pos;

  g_return_val_if_fail (YS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  pos = log_position (self, self->current);
  if (ending != NULL)
    *ending = record->ending != YS_ENDING_NONE && record->ended_pos <= pos ? record->ending : YS_ENDING_NONE;
  return record->created_pos <= pos;
}

GPtrArray *
ys_session_expand (YsSession *self,
                   YsHandle   handle)
{
  g_return_val_if_fail (YS_IS_SESSION (self), NULL);
  /* Handles are valid while the engine stays at the moment that gave them. */
  if (self->busy || self->snapshot == NULL || handle == 0)
    return NULL;
  return ys_engine_expand (self->engine, handle);
}

gint64
ys_session_get_action_start (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return self->action_start;
}

double
ys_session_get_action_ms (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), 0);
  return self->action_ms;
}

gint64
ys_session_get_previous_step (YsSession *self)
{
  g_return_val_if_fail (YS_IS_SESSION (self), -1);
  return self->previous != NULL ? moment_before (self, self->current) : -1;
}
