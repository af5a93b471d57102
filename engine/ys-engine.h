/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-engine.h: the public API of the Yieldscope generator engine.
 *
 * The engine compiles a Python subset (reference: CPython 3.11) to bytecode and runs it
 * on a VM built to be watched. It depends on GLib and GMP only. An engine owns one
 * program: its heap, its globals and its run. Engines are independent: two may run in
 * one process, each on its own thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define YS_COMPILE_ERROR (ys_compile_error_quark ())
#define YS_RUNTIME_ERROR (ys_runtime_error_quark ())

typedef enum {
  YS_COMPILE_ERROR_SYNTAX,      /* SyntaxError, IndentationError, or a construct outside the subset */
} YsCompileError;

typedef enum {
  YS_RUNTIME_ERROR_EXCEPTION,   /* an uncaught Python exception */
  YS_RUNTIME_ERROR_STOPPED,     /* ys_engine_stop() was called */
  YS_RUNTIME_ERROR_NOT_LOADED,  /* nothing to run */
} YsRuntimeError;

GQuark ys_compile_error_quark (void);
GQuark ys_runtime_error_quark (void);

typedef struct _YsEngine YsEngine;

/* Where the program writes; @is_error is TRUE for what goes to stderr. */
typedef void (*YsOutputFunc) (const char *text,
                              gsize       len,
                              gboolean    is_error,
                              gpointer    user_data);

/* What an error is and where it happened, for the code view and the runner. */
typedef struct {
  char *type_name;   /* "SyntaxError", "ZeroDivisionError", ... */
  char *message;     /* the exception's str() */
  char *filename;
  int   line;        /* 1-based; 0 when unknown */
  int   column;      /* 1-based; 0 when unknown */
  int   exit_status; /* SystemExit: the status the program asked for, else -1 */
} YsErrorInfo;

const char  *ys_engine_version          (void);

YsEngine    *ys_engine_new              (void);
void         ys_engine_free             (YsEngine     *engine);

void         ys_engine_set_output_func  (YsEngine     *engine,
                                         YsOutputFunc  func,
                                         gpointer      user_data);

/* Directory that open() may read from besides the program's own (data/samples/). */
void         ys_engine_set_sample_dir   (YsEngine     *engine,
                                         const char   *path);

/* Compiles @source (UTF-8) as the program's main module, named @filename (NULL:
 * "<string>"; open() reads beside it when it has a folder). On a syntax error returns FALSE,
 * sets @error (YS_COMPILE_ERROR) and ys_engine_get_error() tells the line and column. */
gboolean     ys_engine_load             (YsEngine     *engine,
                                         const char   *filename,
                                         const char   *source,
                                         gssize        length,
                                         GError      **error);

/* Runs the loaded program to its end. An uncaught exception returns FALSE with @error
 * (YS_RUNTIME_ERROR_EXCEPTION); ys_engine_format_traceback() gives CPython's text. */
gboolean     ys_engine_run              (YsEngine     *engine,
                                         GError      **error);

/* May be called from any thread: the running program stops at its next instruction. */
void         ys_engine_stop             (YsEngine     *engine);

/* The last error (compile or uncaught exception), or NULL. Owned by the engine. */
const YsErrorInfo *ys_engine_get_error  (YsEngine     *engine);

/* The last error as CPython prints it on stderr ("Traceback (most recent call last):"
 * ... or the SyntaxError block), ending with a newline. Free with g_free(). */
char        *ys_engine_format_traceback (YsEngine     *engine);

/* Watching a run
 *
 * Every step of the program (one VM instruction) is numbered from 1. What happens is
 * reported as events to one observer, synchronously, on the thread that runs the
 * program. A value in an event is given as its type name and a short repr (at most
 * YS_SHORT_REPR_MAX characters, with no addresses, so that runs compare byte for
 * byte), and as a handle valid until the observer returns. */

#define YS_SHORT_REPR_MAX 120

typedef enum {
  YS_EVENT_GEN_CREATED,     /* a generator function was called */
  YS_EVENT_GEN_RESUMED,     /* by next, send (value), throw (value: the exception) or close */
  YS_EVENT_GEN_YIELDED,     /* value: what it yielded */
  YS_EVENT_GEN_RETURNED,    /* value: the StopIteration value */
  YS_EVENT_GEN_RAISED,      /* value: the exception leaving it */
  YS_EVENT_GEN_CLOSED,      /* close() finished it, or it ended */
  YS_EVENT_GEN_FINALIZED,   /* its object was freed */
  YS_EVENT_CALL,            /* a function's frame starts */
  YS_EVENT_RETURN,          /* value: what it returned */
  YS_EVENT_LINE,            /* a frame reached a new line */
  YS_EVENT_OUTPUT,          /* text written by the program */
  YS_EVENT_MEMORY,          /* the live bytes changed since the last memory event */
  YS_N_EVENT_KINDS
} YsEventKind;

#define YS_EVENT_MASK(kind) (1u << (kind))
#define YS_EVENT_MASK_ALL ((1u << YS_N_EVENT_KINDS) - 1)

typedef enum {
  YS_RESUME_NEXT,
  YS_RESUME_SEND,
  YS_RESUME_THROW,
  YS_RESUME_CLOSE,
} YsResumeKind;

typedef guintptr YsHandle;

typedef struct
{
  YsEventKind   kind;
  guint64       step;          /* the step at which it happened */
  int           line;          /* the line of the frame it happened in, 0 at top level */
  int           depth;         /* frames on the stack */
  const char   *function;      /* the frame's (or generator's) function name */
  guint64       generator;     /* the generator's number (1, 2, ... in creation order), or 0 */
  YsResumeKind  resume;        /* GEN_RESUMED only */
  const char   *value_type;    /* NULL when the event carries no value */
  YsHandle      value;         /* its short repr: ys_event_get_value_repr () */
  YsHandle      subject;       /* generator events: the generator, for
                                * ys_event_dup_last_yielded_repr () */
  const char   *text;          /* OUTPUT: the text, not NUL-terminated */
  gsize         text_len;
  gboolean      is_error;      /* OUTPUT: written to stderr */
  gsize         live_bytes;    /* the heap when the event happened */
  gsize         peak_bytes;
} YsEvent;

typedef void (*YsObserverFunc) (YsEngine      *engine,
                                const YsEvent *event,
                                gpointer       user_data);

/* Reports the kinds in @mask (YS_EVENT_MASK bits) to @func; NULL stops observing. Line
 * and memory events make the run slower; the others cost little. */
void         ys_engine_set_observer     (YsEngine       *engine,
                                         guint           mask,
                                         YsObserverFunc  func,
                                         gpointer        user_data);
const char  *ys_event_kind_name         (YsEventKind     kind);
/* The short repr of @event's value, made when first asked (an observer that does not
 * show values does not pay for them); valid until the observer returns. */
const char  *ys_event_get_value_repr    (YsEngine       *engine,
                                         const YsEvent  *event);
/* A generator event's generator: the short repr of the last value it yielded, or NULL
 * (none yet). Only in the observer. Free with g_free(). */
char        *ys_event_dup_last_yielded_repr (YsEngine   *engine,
                                         const YsEvent  *event);
const char  *ys_resume_kind_name        (YsResumeKind    kind);

/* A compact, lossless record of events (about three bytes each) for timelines that
 * keep every event of long runs. Values and texts are not kept. */
typedef struct _YsEventLog YsEventLog;

typedef struct
{
  YsEventKind   kind;
  YsResumeKind  resume;
  guint64       step;
  int           line;
  int           depth;
  guint64       generator;
} YsLoggedEvent;

YsEventLog  *ys_event_log_new           (void);
void         ys_event_log_free          (YsEventLog       *log);
void         ys_event_log_append        (YsEventLog       *log,
                                         const YsEvent    *event);
gsize        ys_event_log_get_length    (const YsEventLog *log);
/* Bytes the log holds. */
gsize        ys_event_log_get_size      (const YsEventLog *log);
/* A cap on the log's bytes (0: none): once reached, further events are dropped and
 * the log says it is full, so that a runaway program cannot fill the memory. */
void         ys_event_log_set_max_size  (YsEventLog       *log,
                                         gsize             max_bytes);
gboolean     ys_event_log_is_full       (const YsEventLog *log);
/* Event @index (0-based); FALSE past the end. Random access decodes at most 256. */
gboolean     ys_event_log_get           (const YsEventLog *log,
                                         gsize             index,
                                         YsLoggedEvent    *out);
/* Reading in order: far cheaper than ys_event_log_get () for each index. The log must
 * not change while an iterator is in use. */
typedef struct
{
  /* private */
  const YsEventLog *log;
  gsize             index;
  gsize             offset;
  YsLoggedEvent     last;
} YsEventLogIter;

void         ys_event_log_iter_init     (YsEventLogIter   *iter,
                                         const YsEventLog *log,
                                         gsize             index);
/* The next event, or FALSE at the end. */
gboolean     ys_event_log_iter_next     (YsEventLogIter   *iter,
                                         YsLoggedEvent    *out);
/* The index of the first event at or after @step (the length when there is none). */
gsize        ys_event_log_find_step     (const YsEventLog *log,
                                         guint64           step);
/* Forgets the events from @length on (after going back, before a different future). */
void         ys_event_log_truncate      (YsEventLog       *log,
                                         gsize             length);

/* Appends the events of the kinds in @mask to @log (the caller's; NULL stops), besides
 * any observer: what a timeline keeps, at less cost than an observer doing the same.
 * A rewind replays silently, so after one the embedder truncates the log to the step
 * it went to. */
void         ys_engine_set_event_log    (YsEngine         *engine,
                                         YsEventLog       *log,
                                         guint             mask);

/* Limits that end the run with an exception the program sees (RuntimeError for steps,
 * MemoryError, RecursionError); 0 means no limit (the recursion limit is 1000 then). The
 * engine stays usable afterwards. */
void         ys_engine_set_limits       (YsEngine       *engine,
                                         guint64         max_steps,
                                         gsize           max_heap_bytes,
                                         int             max_depth);

typedef struct
{
  guint64 steps;               /* instructions run so far */
  guint64 events;              /* events reported so far */
  guint64 generators_created;
  gsize   live_bytes;
  gsize   peak_bytes;
} YsStats;

void         ys_engine_get_stats        (YsEngine       *engine,
                                         YsStats        *stats);

/* Snapshots: the whole state at a pause (in an observer callback, or between runs),
 * copied out as plain data that stays valid after the program goes on. */

typedef enum {
  YS_GENERATOR_CREATED,
  YS_GENERATOR_RUNNING,
  YS_GENERATOR_SUSPENDED,
  YS_GENERATOR_CLOSED,
} YsGeneratorState;

typedef struct
{
  char     *name;
  char     *type;        /* the value's type name */
  char     *repr;        /* its short repr */
  YsHandle  handle;      /* valid while the program is paused at this snapshot */
  gsize     bytes;       /* what sys.getsizeof () reports for it */
  gssize    length;      /* a container's items (len ()), or -1 */
  gboolean  expandable;  /* ys_engine_expand () gives its items or attributes */
} YsVariable;

typedef struct
{
  guint64           id;          /* 1, 2, ... in creation order */
  char             *name;        /* qualified name */
  YsGeneratorState  state;
  int               line;        /* where it is paused (its def line before it starts) */
  char             *last_value;  /* short repr of the last value yielded, or NULL */
  guint64           yield_from;  /* the generator it delegates to, or 0 */
  GPtrArray        *locals;      /* YsVariable, in the order the function declares them */
  gsize             bytes;       /* the generator with its frame */
  YsHandle          handle;      /* the generator itself, valid while paused here */
} YsGeneratorInfo;

typedef struct
{
  char      *function;
  int        line;
  guint64    generator;   /* the frame's generator, or 0 */
  GPtrArray *locals;      /* YsVariable */
} YsFrameInfo;

typedef struct
{
  guint64    step;
  GPtrArray *generators;  /* YsGeneratorInfo: every live generator, by id */
  GPtrArray *stack;       /* YsFrameInfo: the running frames, innermost first */
  GPtrArray *globals;     /* YsVariable: the program's names, in definition order */
  gsize      live_bytes;
  gsize      peak_bytes;
  GPtrArray *kinds;       /* YsVariable: per object kind, name = kind, repr = "N objects",
                           * bytes = their live bytes */
} YsSnapshot;

YsSnapshot  *ys_engine_snapshot         (YsEngine       *engine);
void         ys_snapshot_free           (YsSnapshot     *snapshot);
/* Whether two variables (of two snapshots) show the same: name, type and short repr;
 * what a view highlights as changed is what is not the same. */
gboolean     ys_variable_same           (const YsVariable *a,
                                         const YsVariable *b);
/* Generator @id in @snapshot, or NULL (not alive then). @snapshot may be NULL. */
const YsGeneratorInfo *ys_snapshot_find_generator (const YsSnapshot *snapshot,
                                                   guint64           id);
/* The items of a container variable (list, tuple, dict, set, an object's attributes),
 * as variables named by index or key; NULL for other values. At most
 * YS_EXPAND_MAX come, then one named "…" tells how many more there are. Call it only
 * while the program is paused at the snapshot that gave the handle. */
#define YS_EXPAND_MAX 1000
GPtrArray   *ys_engine_expand           (YsEngine       *engine,
                                         YsHandle        handle);

/* Stepping: the program runs on a thread of the engine and pauses where the embedder
 * asks; between two calls it stays paused, and snapshots show that moment. */

typedef enum {
  YS_PAUSE_NEVER,        /* run to the end */
  YS_PAUSE_AT_EVENT,     /* at the next event of a kind in event_mask */
  YS_PAUSE_AT_LINE,      /* when a frame reaches line */
  YS_PAUSE_AFTER_STEPS,  /* when steps more instructions have run */
} YsPauseMode;

typedef struct
{
  YsPauseMode mode;
  guint       event_mask;
  int         line;
  guint64     steps;
} YsPauseCondition;

typedef enum {
  YS_RUN_PAUSED,         /* the condition was met; ys_engine_continue () goes on */
  YS_RUN_FINISHED,       /* the program (or the evaluation) ended normally */
  YS_RUN_RAISED,         /* it ended with an uncaught exception: see ys_engine_get_error () */
  YS_RUN_STOPPED,        /* ys_engine_stop () ended it */
  YS_RUN_FAILED,         /* nothing could run (no program, a syntax error): see @error */
} YsRunState;

/* Starts or goes on running the loaded program until @until (NULL: to the end). */
YsRunState   ys_engine_continue         (YsEngine                *engine,
                                         const YsPauseCondition  *until,
                                         GError                 **error);
/* Runs @source (an expression or statements) in the program's namespace, while the
 * program is paused or after it ended, until @until; an expression's repr is then
 * ys_engine_get_result (). */
YsRunState   ys_engine_eval             (YsEngine                *engine,
                                         const char              *source,
                                         const YsPauseCondition  *until,
                                         GError                 **error);
/* The repr of the last evaluated expression, or NULL (None, or statements). */
const char  *ys_engine_get_result       (YsEngine                *engine);

/* Goes back (or forward) to @step of this session: the program is run again from its
 * start with the same console input, silently, and left paused there; its snapshot
 * then equals the one first seen at that step. The console input given after @step is
 * forgotten. */
gboolean     ys_engine_rewind           (YsEngine                *engine,
                                         guint64                  step,
                                         GError                 **error);
/* Goes back (or forward) to a moment of this session: inside the (@skip + 1)-th event
 * of a kind in @event_mask reported at @step, exactly as a run that paused there with
 * that mask (a generator just resumed is RUNNING, one that yielded SUSPENDED); with
 * @event_mask 0, before @step's instruction as ys_engine_rewind (). The console input
 * given later is kept: going to a later moment plays it again. */
gboolean     ys_engine_rewind_to_event  (YsEngine                *engine,
                                         guint64                  step,
                                         guint                    event_mask,
                                         guint                    skip,
                                         GError                 **error);
/* Forgets the console input kept for moments after this one: before a new action
 * from a moment gone back to. */
void         ys_engine_forget_future    (YsEngine                *engine);
/* Everything the program and the console wrote so far, stdout and stderr together. */
const char  *ys_engine_get_output       (YsEngine                *engine);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YsSnapshot, ys_snapshot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YsEngine, ys_engine_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YsEventLog, ys_event_log_free)

G_END_DECLS
