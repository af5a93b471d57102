/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-session.h: one program in the engine, as the window shows it.
 *
 * The session owns the engine, runs it on a thread so that the window never waits,
 * and keeps what the views read: the snapshot of the current pause, the events of the
 * last action (for animations), the event log (for the timeline), the console's
 * transcript, and the pauses gone through (for step back). */
#pragma once

#include <glib-object.h>

#include "ys-engine.h"

G_BEGIN_DECLS

typedef enum {
  YS_SESSION_EMPTY,     /* no program, or one with a syntax error */
  YS_SESSION_READY,     /* loaded, not started */
  YS_SESSION_RUNNING,   /* the engine is running on its thread */
  YS_SESSION_PAUSED,
  YS_SESSION_FINISHED,  /* the program ended; the console still works */
  YS_SESSION_RAISED,    /* it ended with an uncaught exception (or was stopped) */
} YsSessionState;

GType ys_session_state_get_type (void);
#define YS_TYPE_SESSION_STATE (ys_session_state_get_type ())

typedef enum {
  YS_STEP_EVENT,        /* to the next generator event */
  YS_STEP_LINE,         /* to the next line reached */
  YS_STEP_END,          /* to the end of the program */
} YsStepKind;

typedef enum {
  YS_CONSOLE_OUTPUT,    /* what the program printed */
  YS_CONSOLE_ERROR,     /* what it wrote to stderr, tracebacks included */
  YS_CONSOLE_INPUT,     /* what was typed at the prompt (or done with a card's button) */
  YS_CONSOLE_RESULT,    /* the repr of an evaluated expression */
} YsConsoleKind;

typedef struct
{
  YsConsoleKind  kind;
  char          *text;
  /* private: when it was written, to show the console as it was at any moment */
  guint64        log_len;
  guint64        seq;
} YsConsoleEntry;

/* A generator event since the moment before, for the cards' animations. */
typedef struct
{
  YsEventKind   kind;
  YsResumeKind  resume;
  guint64       generator;
  guint64       step;
  int           line;
} YsSessionEvent;

/* How a generator ended. */
typedef enum {
  YS_ENDING_NONE,       /* it has not (yet) */
  YS_ENDING_RETURNED,   /* it returned: StopIteration with end_value */
  YS_ENDING_CLOSED,     /* close() finished it, or it was closed when dropped */
  YS_ENDING_RAISED,     /* an exception (end_value) left it */
  YS_ENDING_FREED,      /* dropped before it ever ran */
} YsEnding;

/* Every generator of the run, from its creation on, as the events told it. */
typedef struct
{
  guint64       id;
  char         *name;        /* its function's qualified name */
  int           line;        /* its def line (a generator expression's own line) */
  guint64       created;     /* the step it was created at */
  guint64       ended;       /* the step it ended at, 0 while it has not */
  YsEnding      ending;
  gboolean      thrown;      /* the exception that ended it came from throw() */
  char         *end_value;   /* the StopIteration value or the exception, as reprs */
  char         *last_value;  /* the last value it yielded */
  YsResumeKind  last_resume;
  /* private: log positions (events logged once it happened) */
  guint64       created_pos;
  guint64       ended_pos;
} YsGeneratorRecord;

#define YS_TYPE_SESSION (ys_session_get_type ())
G_DECLARE_FINAL_TYPE (YsSession, ys_session, YS, SESSION, GObject)

YsSession          *ys_session_new                   (void);

/* Loads @source into a new engine, forgetting the last run; it compiles on a thread
 * ("loaded" tells how it went; a syntax error: see get_error). While a program runs, it
 * is stopped first. */
void                ys_session_load                  (YsSession    *self,
                                                      const char   *filename,
                                                      const char   *source);
void                ys_session_reset                 (YsSession    *self);

void                ys_session_step                  (YsSession    *self,
                                                      YsStepKind    kind);
/* Console input: an expression or statements in the program's namespace. */
void                ys_session_eval                  (YsSession    *self,
                                                      const char   *source);
/* next(), send(@argument), throw(@argument) or close() on generator @id, as console
 * input that names it as the program does when a global name holds it. */
void                ys_session_resume_generator      (YsSession    *self,
                                                      guint64       id,
                                                      YsResumeKind  how,
                                                      const char   *argument);
/* The same on the generator that the Python expression @target gives. */
void                ys_session_resume_expression     (YsSession    *self,
                                                      const char   *target,
                                                      YsResumeKind  how,
                                                      const char   *argument);
/* The run's moments, one a step: its start (0), every generator event, every line
 * stepped to, and every pause after console input or at the end. Going to one shows
 * it exactly as it was first shown; the later ones stay until a new action is taken
 * from an earlier moment. */
void                ys_session_step_back             (YsSession    *self);
void                ys_session_go_to_step            (YsSession    *self,
                                                      guint64       step);
/* To the moment of the event at @index of the event log (a timeline click). */
void                ys_session_go_to_event           (YsSession    *self,
                                                      gsize         index);
/* How many moments the run has had (the last is ys_session_get_n_steps () - 1). */
guint64             ys_session_get_n_steps           (YsSession    *self);
/* The moment the previous snapshot is of (what changed is told against it), or -1. */
gint64              ys_session_get_previous_step     (YsSession    *self);
/* The engine's step (instructions run) at this moment. */
guint64             ys_session_get_vm_step           (YsSession    *self);
/* Stops a running program (from the window's thread); it ends as stopped. */
void                ys_session_stop                  (YsSession    *self);

YsSessionState      ys_session_get_state             (YsSession    *self);
/* From the last stop request to the program stopped, in ms, as the window saw it; -1
 * before any. */
double              ys_session_get_stop_ms           (YsSession    *self);
/* The monotonic µs the last action (step, run, console input, going back) started at,
 * and how long its engine work took, in ms: what the benchmarks read. */
gint64              ys_session_get_action_start      (YsSession    *self);
double              ys_session_get_action_ms         (YsSession    *self);
gboolean            ys_session_can_step_back         (YsSession    *self);
gboolean            ys_session_get_busy              (YsSession    *self);
gboolean            ys_session_can_step              (YsSession    *self);
guint64             ys_session_get_step              (YsSession    *self);
const char         *ys_session_get_filename          (YsSession    *self);
const char         *ys_session_get_source            (YsSession    *self);
/* The current moment's snapshot, or NULL (not started, running, or no program). */
YsSnapshot         *ys_session_get_snapshot          (YsSession    *self);
/* The snapshot of the moment before, to tell what changed; may be NULL. */
YsSnapshot         *ys_session_get_previous_snapshot (YsSession    *self);
/* The error of the program (syntax or uncaught), or NULL. */
const YsErrorInfo  *ys_session_get_error             (YsSession    *self);
/* YsSessionEvent from the moment before to this one, at most the last
 * YS_SESSION_MAX_RECENT. */
GArray             *ys_session_get_recent_events     (YsSession    *self);
#define YS_SESSION_MAX_RECENT 512
/* YsConsoleEntry, oldest first; the first get_console_length () are shown at this
 * moment. */
GArray             *ys_session_get_console           (YsSession    *self);
guint               ys_session_get_console_length    (YsSession    *self);
/* The console as plain text: inputs after ">>> ". Free with g_free(). */
char               *ys_session_dup_console_text      (YsSession    *self);
YsEventLog         *ys_session_get_event_log         (YsSession    *self);
/* The name a global gives generator @id, or NULL; then the qualified name. */
const char         *ys_session_get_generator_binding (YsSession    *self,
                                                      guint64       id);
const YsGeneratorInfo *ys_session_find_generator     (YsSession    *self,
                                                      guint64       id);
/* For the views: makes *@slot (a view's session) @session, the handlers of @view on the
 * old one disconnected, and on the new one connects @view's @changed to "changed",
 * @busy to "notify::busy" and @selected to "notify::selected-generator" (each may be
 * NULL; called with @view first). FALSE when nothing changed. */
gboolean            ys_session_bind_view             (YsSession   **slot,
                                                      YsSession    *session,
                                                      gpointer      view,
                                                      GCallback     changed,
                                                      GCallback     busy,
                                                      GCallback     selected);
/* The generator the user picked (a card clicked), 0 for none; "notify::selected-generator"
 * tells every view. A new run picks none. */
void                ys_session_select_generator      (YsSession    *self,
                                                      guint64       id);
guint64             ys_session_get_selected_generator (YsSession   *self);
/* The generator the header bar's buttons drive: the one picked, else the one the last
 * action moved, else the newest one still going; 0 for none. */
guint64             ys_session_get_current_generator (YsSession    *self);
/* The line to mark: where the picked generator is paused, else the innermost frame's
 * (or the last moved generator's when no frame runs); 0 for none. */
int                 ys_session_get_selected_line     (YsSession    *self);
/* The innermost frame's line at the moment before (the trace), or 0. */
int                 ys_session_get_previous_line     (YsSession    *self);
/* YsGeneratorRecord of every generator of the run, in creation order; see
 * ys_session_record_at () for what it was at this moment. */
GPtrArray          *ys_session_get_generator_records (YsSession    *self);
/* The items or attributes of the value @handle of this moment's snapshot (YsVariable),
 * or NULL (not a container, or the program runs). */
GPtrArray          *ys_session_expand                (YsSession    *self,
                                                      YsHandle      handle);
/* Whether @record's generator existed at this moment, and how it had ended by then
 * (YS_ENDING_NONE while it had not). */
gboolean            ys_session_record_at             (YsSession               *self,
                                                      const YsGeneratorRecord *record,
                                                      YsEnding                *ending);

G_END_DECLS
