/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-runtime.h: the object runtime — allocation, reference counting, the built-in
 * types and the operations the VM and the builtins share. */
#pragma once

#include "ys-private.h"

G_BEGIN_DECLS

/* Built-in exception types, in the order of their creation (bases first). */
typedef enum {
  YS_EXC_BASE_EXCEPTION,
  YS_EXC_SYSTEM_EXIT,
  YS_EXC_KEYBOARD_INTERRUPT,
  YS_EXC_GENERATOR_EXIT,
  YS_EXC_EXCEPTION,
  YS_EXC_STOP_ITERATION,
  YS_EXC_ARITHMETIC_ERROR,
  YS_EXC_ZERO_DIVISION_ERROR,
  YS_EXC_OVERFLOW_ERROR,
  YS_EXC_ASSERTION_ERROR,
  YS_EXC_ATTRIBUTE_ERROR,
  YS_EXC_LOOKUP_ERROR,
  YS_EXC_INDEX_ERROR,
  YS_EXC_KEY_ERROR,
  YS_EXC_NAME_ERROR,
  YS_EXC_UNBOUND_LOCAL_ERROR,
  YS_EXC_RUNTIME_ERROR,
  YS_EXC_RECURSION_ERROR,
  YS_EXC_NOT_IMPLEMENTED_ERROR,
  YS_EXC_TYPE_ERROR,
  YS_EXC_VALUE_ERROR,
  YS_EXC_UNICODE_ERROR,
  YS_EXC_MEMORY_ERROR,
  YS_EXC_IMPORT_ERROR,
  YS_EXC_MODULE_NOT_FOUND_ERROR,
  YS_EXC_OS_ERROR,
  YS_EXC_FILE_NOT_FOUND_ERROR,
  YS_EXC_PERMISSION_ERROR,
  YS_EXC_IS_A_DIRECTORY_ERROR,
  YS_EXC_SYNTAX_ERROR,
  YS_EXC_INDENTATION_ERROR,
  YS_EXC_EOF_ERROR,
  YS_EXC_STOP_ASYNC_ITERATION,
  YS_EXC_FLOATING_POINT_ERROR,
  YS_EXC_BUFFER_ERROR,
  YS_EXC_UNICODE_DECODE_ERROR,
  YS_EXC_UNICODE_ENCODE_ERROR,
  YS_EXC_UNICODE_TRANSLATE_ERROR,
  YS_EXC_TAB_ERROR,
  YS_EXC_SYSTEM_ERROR,
  YS_EXC_REFERENCE_ERROR,
  YS_EXC_BLOCKING_IO_ERROR,
  YS_EXC_CHILD_PROCESS_ERROR,
  YS_EXC_CONNECTION_ERROR,
  YS_EXC_BROKEN_PIPE_ERROR,
  YS_EXC_CONNECTION_ABORTED_ERROR,
  YS_EXC_CONNECTION_REFUSED_ERROR,
  YS_EXC_CONNECTION_RESET_ERROR,
  YS_EXC_FILE_EXISTS_ERROR,
  YS_EXC_INTERRUPTED_ERROR,
  YS_EXC_NOT_A_DIRECTORY_ERROR,
  YS_EXC_PROCESS_LOOKUP_ERROR,
  YS_EXC_TIMEOUT_ERROR,
  YS_EXC_WARNING,
  YS_EXC_USER_WARNING,
  YS_EXC_DEPRECATION_WARNING,
  YS_EXC_PENDING_DEPRECATION_WARNING,
  YS_EXC_SYNTAX_WARNING,
  YS_EXC_RUNTIME_WARNING,
  YS_EXC_FUTURE_WARNING,
  YS_EXC_IMPORT_WARNING,
  YS_EXC_UNICODE_WARNING,
  YS_EXC_BYTES_WARNING,
  YS_EXC_RESOURCE_WARNING,
  YS_EXC_ENCODING_WARNING,
  YS_N_EXC
} YsExcKind;

typedef struct
{
  YsCode  *code;
  guint32  line;
  YsFrame *frame;   /* owned: the frame the exception left, kept with its locals as
                     * CPython's traceback keeps it, or NULL */
} YsTbEntry;

typedef struct
{
  YsObject  base;
  YsValue   args;          /* tuple */
  GArray   *traceback;     /* YsTbEntry, in the order they were added (innermost first) */
  YsValue   cause;
  YsValue   context;
  gboolean  suppress_context;
  YsValue   value;         /* StopIteration.value */
  YsValue   dict;          /* attributes set by the program, or YS_NULL */
  YsStr    *suggestion;    /* NameError: a close name, printed as "Did you mean" */
  YsValue   attr_obj;      /* AttributeError: the object and the name, as CPython's has */
  YsStr    *attr_name;
} YsException;

typedef struct
{
  YsObject  base;
  YsCode   *code;
  YsValue   globals;
  YsValue   defaults;      /* tuple or YS_NULL */
  YsValue   kwdefaults;    /* dict or YS_NULL */
  YsValue   closure;       /* tuple of cells or YS_NULL */
  YsStr    *name;
  YsStr    *qualname;
  YsValue   dict;
  YsType   *klass;         /* the class it was defined in, for super(); owned */
  YsValue   doc;           /* __doc__ once assigned, or YS_NULL: the code's docstring */
  YsValue   module;        /* __module__ once assigned, or YS_NULL: '__main__' */
  YsValue   annotations;   /* dict, or YS_NULL until asked for */
} YsFunction;

typedef struct
{
  YsObject  base;
  YsStr    *name;
  YsCFunc   func;
  YsValue   self;          /* YS_NULL for a plain function or an unbound method */
  gboolean  is_method;     /* a method descriptor of a type: binds to instances */
  YsType   *owner;         /* the type a method belongs to */
  gboolean  binds;         /* stands for a Python function (contextmanager's helper):
                            * binds to instances as a function does */
} YsBuiltin;

typedef struct
{
  YsObject  base;
  YsValue   func;
  YsValue   self;
} YsMethod;

typedef struct
{
  YsObject  base;
  YsStr    *name;
  YsValue   dict;
} YsModule;

typedef struct
{
  YsObject  base;
  YsValue   dict;
} YsInstance;

/* An instance of a class with __slots__ (and only the program's classes and object
 * above it): the slots' values apart from its __dict__. */
typedef struct
{
  YsInstance  base;
  YsValue     slots;   /* dict, or YS_NULL until a slot is set */
} YsSlottedInstance;

static inline gsize
ys_instance_size (YsType *type)
{
  return (type->flags & YS_TYPE_HAS_SLOTS) ? sizeof (YsSlottedInstance) : sizeof (YsInstance);
}

typedef enum {
  YS_GEN_CREATED,
  YS_GEN_RUNNING,
  YS_GEN_SUSPENDED,
  YS_GEN_CLOSED,
} YsGenState;

typedef enum {
  YS_FRAME_RUNNING,
  YS_FRAME_RETURNED,
  YS_FRAME_YIELDED,
  YS_FRAME_RAISED,
} YsFrameStatus;

struct _YsFrame
{
  YsCode        *code;
  YsValue        func;           /* owned; YS_NULL for the module */
  YsValue        globals;        /* borrowed from func or the module */
  YsValue        locals_dict;    /* owned: class bodies' namespace, or YS_NULL */
  YsFrame       *prev;           /* the caller, while running */
  YsObject      *gen;            /* the generator owning this frame, or NULL */
  guint32        ip;             /* the next instruction */
  guint32        lasti;          /* the instruction running or last run */
  YsValue       *sp;
  YsValue        handled_saved;  /* a generator's own handled exception, while suspended */
  YsFrameStatus  status;
  gboolean       is_entry;       /* ys_eval returns when this frame returns or yields */
  gboolean       lent_handled;   /* a generator running with its caller's handled exception */
  guint32        traced_line;    /* the last line reported for it */
  gsize          alloc_size;
  YsValue        localsplus[];   /* locals, cells, free cells, then the value stack */
};

typedef struct
{
  YsObject    base;
  YsFrame    *frame;        /* NULL once closed and cleared */
  YsGenState  state;
  YsStr      *name;
  YsStr      *qualname;
  YsCode     *code;
  YsValue     yieldfrom;    /* borrowed view of the delegated iterator, while delegating */
  YsValue     last_yielded; /* owned: the last value yielded, for watching */
  guint64     id;           /* creation order: watchers name generators by it */
  gboolean    finalized;    /* its finalizer ran (PEP 442: once only) */
  gboolean    forwarding;   /* running only to pass a throw () or close () to its delegate */
} YsGen;

/* Iterators of built-in objects share one layout; each kind has its own type (so that
 * type(iter([])).__name__ is 'list_iterator') and its own next function, which returns
 * a new reference, or YS_NULL: exhausted when no exception is set. */
typedef struct _YsIterator YsIterator;
typedef YsValue (*YsIterNextFunc) (YsVM *vm, YsIterator *it);

struct _YsIterator
{
  YsObject        base;
  YsIterNextFunc  next;
  YsValue         seq;        /* owned: what is iterated, or YS_NULL once exhausted */
  gsize           index;
  gssize          count;      /* free for the iterator's own use */
  guint64         version;    /* of a dict or set, to detect changes while iterating */
  YsValue         extra[3];   /* owned: more state (a function, other iterators, ...) */
};

/* A new iterator of @type (a type of kind YS_KIND_ITERATOR); @seq is borrowed. */
YsValue ys_iterator_new (YsVM *vm, YsType *type, YsIterNextFunc next, YsValue seq);
/* A type for iterators, created once per VM by name. */
YsType *ys_iterator_type (YsVM *vm, const char *name);

/* A dict view: keys, values or items of a dict. */
typedef enum {
  YS_VIEW_KEYS,
  YS_VIEW_VALUES,
  YS_VIEW_ITEMS,
} YsViewKind;

typedef struct
{
  YsObject    base;
  YsValue     dict;
  YsViewKind  which;
} YsDictView;

/* The interpreter state of one engine. */
struct _YsVM
{
  YsType     *types[YS_N_KINDS];
  YsType     *exc_types[YS_N_EXC];
  YsType     *type_bool;
  YsType     *type_iter_kinds[16];
  YsObject   *none;
  YsObject   *true_obj;
  YsObject   *false_obj;
  YsObject   *ellipsis;
  YsObject   *notimpl;
  YsValue     builtins;      /* dict */
  YsValue     globals;       /* the main module's dict */
  YsValue     modules;       /* dict name -> module */
  GHashTable *interned;      /* const char * -> YsStr * (the table holds a reference) */
  YsStr      *empty_str;
  YsStr      *char_strs[128];
  YsValue     empty_tuple;
  YsGCHead    gc_list;

  /* memory, counted where it is allocated */
  gsize       live_bytes;
  gsize       peak_bytes;
  gsize       max_bytes;     /* 0: no cap */
  gsize       kind_bytes[YS_N_KINDS];
  gsize       kind_count[YS_N_KINDS];
  gboolean    in_memory_error;
  gboolean    tearing_down;  /* freeing: no Python code runs any more */

  /* execution */
  YsFrame    *frame;         /* the running frame */
  int         depth;         /* Python frames on the stack */
  int         recursion_limit;
  int         c_depth;       /* nested evaluations on the C stack */
  int         c_nest;        /* nested repr, str, comparisons: they count towards the
                              * recursion limit as CPython's do */
  guint       dealloc_depth; /* nested deallocs on the C stack */
  gsize       c_polls;       /* C loops' iterations, to poll stop_requested now and then */
  GPtrArray  *trash;         /* objects whose dealloc waits for the outermost one */
  YsValue     exc;           /* the exception in flight, owned, or YS_NULL */
  YsValue     handled;       /* the exception being handled (sys.exc_info), or YS_NULL */
  volatile gint stop_requested;
  guint64     steps;
  guint64     max_steps;     /* 0: no cap */
  guint64     step_limit;    /* steps at which to stop: G_MAXUINT64 without a cap */
  guint64     next_gen_id;

  GPtrArray  *repr_stack;    /* containers being printed */
  YsValue     sys_stdout;    /* borrowed: sys.stdout, once sys is imported */
  YsValue     sys_stderr;
  YsType     *type_super;
  YsType     *type_traceback;
  YsType     *type_stream;
  GHashTable *iterator_types; /* name -> YsType * */
  GHashTable *weakrefs;      /* object -> GSList of its weak references, or NULL */

  /* watching */
  YsObserverFunc observer;
  gpointer    observer_data;
  YsEngine   *observer_engine;
  guint       observer_mask; /* what the observer asked for */
  YsEventLog *event_log;     /* records the events of log_mask, or NULL */
  guint       log_mask;
  guint       observe_mask;  /* events someone watches: the observer's and, with a log, all */
  guint       tracing;       /* YS_TRACING_* bits: the eval loop's slow path runs */
  gboolean    trace_lines;   /* frames run their code's traced_instrs */
  guint       trace_gen;     /* changes whenever trace_lines does */
  guint       stale_evals;   /* running eval loops that have not switched yet */
  guint       log_only_mask; /* kinds that go to the event log and nowhere else */
  void      (*pause_hook) (YsVM *vm, gpointer data);
  gpointer    pause_data;
  guint       pause_mask;    /* events to pause at */
  int         pause_line;    /* a line to pause at, or 0 */
  guint64     pause_step;    /* the step to pause before, or 0 */
  /* Pausing at events: only from this step on (0: any), after skipping this many of
   * the events at that very step (going back to one event of several at a step). */
  guint64     pause_event_step;
  guint       pause_event_skip;
  gboolean    pause_event_hit;  /* the last pause was at such an event */
  gboolean    in_observer;
  guint64     events;
  gsize       reported_bytes;
  char       *event_repr;    /* the short repr of the event being observed, once asked */

  YsOutputFunc output;
  gpointer    output_data;
  char       *sample_dir;
  char       *program_dir;
  /* random.seed(None) draws from this, not from the system, so that a replay of the
   * run (going back) sees the same "random" numbers; 0: the system's entropy. */
  guint64     entropy_seed;
  guint64     entropy_draws;

  /* names the VM looks up often */
  YsStr      *s_init, *s_iter, *s_next, *s_repr, *s_str, *s_enter, *s_exit, *s_name,
             *s_len, *s_call, *s_eq, *s_hash, *s_contains, *s_getitem, *s_bool, *s_new,
             *s_module, *s_qualname, *s_doc, *s_class, *s_dict, *s_args, *s_value,
             *s_setitem, *s_lt, *s_le, *s_gt, *s_ge, *s_ne, *s_del, *s_add, *s_sub,
             *s_mul;
};

/* Memory */

YsObject *ys_alloc        (YsVM *vm, YsType *type, gsize size);
YsObject *ys_gc_alloc     (YsVM *vm, YsType *type, gsize size);
void      ys_mem_account  (YsVM *vm, YsKind kind, gssize delta);
void      ys_dealloc      (YsVM *vm, YsObject *obj);
void      ys_free_object  (YsVM *vm, YsObject *obj);
/* A dealloc for types whose clear drops all that the object holds. */
void      ys_dealloc_cleared (YsVM *vm, YsObject *obj);
gpointer  ys_buffer_realloc (YsVM *vm, YsKind kind, gpointer buffer, gsize old_size, gsize new_size);

static inline void
ys_incref (YsValue v)
{
  if (!ys_is_small (v))
    ys_obj (v)->refcnt++;
}

static inline YsValue
ys_ref (YsValue v)
{
  ys_incref (v);
  return v;
}

static inline void
ys_decref (YsVM    *vm,
           YsValue  v)
{
  if (!ys_is_small (v) && --ys_obj (v)->refcnt == 0)
    ys_dealloc (vm, ys_obj (v));
}

static inline void
ys_xdecref (YsVM    *vm,
            YsValue  v)
{
  if (v != YS_NULL)
    ys_decref (vm, v);
}

#define ys_clear(vm, ptr) G_STMT_START { YsValue _v = *(ptr); *(ptr) = YS_NULL; ys_xdecref ((vm), _v); } G_STMT_END

/* C recursion: repr, comparisons and the like recurse on the C stack, which a deep
 * enough structure would overflow whatever sys.setrecursionlimit says. Enter before
 * recursing (FALSE: RecursionError "maximum recursion depth exceeded@where" raised),
 * leave after. */
gboolean ys_enter_recursive   (YsVM *vm, const char *where);
static inline void ys_leave_recursive (YsVM *vm) { vm->c_nest--; }
/* Only the stack: whether this thread's C stack is nearly used up. */
/* Whether C recursion is near the end of this thread's stack. Inline: the eval loop's
 * entry and every next () of a built-in iterator ask. */
extern __thread const char *ys_stack_floor;
const char *ys_stack_floor_init (void);

static inline gboolean
ys_stack_exhausted (void)
{
  const char *here = __builtin_frame_address (0);

  if (G_UNLIKELY (ys_stack_floor == NULL))
    ys_stack_floor = ys_stack_floor_init ();
  return here < ys_stack_floor;
}
/* Polled by C loops that may run long, so that ys_engine_stop () reaches them:
 * FALSE with KeyboardInterrupt raised once a stop was asked for. */
gboolean ys_vm_stop_check     (YsVM *vm);
#define YS_STOP_POLL_MASK 0x3fff  /* poll every 16384 iterations */
static inline gboolean
ys_vm_poll_stop (YsVM  *vm,
                 gsize  i)
{
  return G_LIKELY ((i & YS_STOP_POLL_MASK) != 0 || !vm->stop_requested) || ys_vm_stop_check (vm);
}

/* Types */

static inline YsType *
ys_type_of (YsVM    *vm,
            YsValue  v)
{
  return ys_is_small (v) ? vm->types[YS_KIND_INT] : ys_obj (v)->type;
}

static inline YsKind
ys_kind (YsVM    *vm,
         YsValue  v)
{
  return ys_is_small (v) ? YS_KIND_INT : ys_obj (v)->type->kind;
}

static inline gboolean
ys_is_kind (YsVM    *vm,
            YsValue  v,
            YsKind   kind)
{
  return ys_kind (vm, v) == kind;
}

typedef struct
{
  const char *name;
  YsCFunc     func;
} YsMethodDef;

void        ys_type_dealloc       (YsVM *vm, YsObject *obj);
YsType     *ys_type_new           (YsVM *vm, const char *name, YsKind kind, YsType *base,
                                   guint flags);
void        ys_type_add_methods   (YsVM *vm, YsType *type, const YsMethodDef *methods);
gboolean    ys_type_is_subtype    (YsType *type, YsType *base);
const char *ys_type_name          (YsType *type);
static inline const char *ys_type_name_of (YsVM *vm, YsValue v) { return ys_type_name (ys_type_of (vm, v)); }
YsValue     ys_type_lookup        (YsType *type, YsStr *name);   /* borrowed, or YS_NULL */

/* Singletons */

static inline YsValue ys_none (YsVM *vm) { return ys_ref (ys_val (vm->none)); }
static inline YsValue ys_bool (YsVM *vm, gboolean b) { return ys_ref (ys_val (b ? vm->true_obj : vm->false_obj)); }
static inline gboolean ys_is_none (YsVM *vm, YsValue v) { return v == ys_val (vm->none); }
static inline YsValue ys_ellipsis (YsVM *vm) { return ys_ref (ys_val (vm->ellipsis)); }
static inline YsValue ys_notimpl (YsVM *vm) { return ys_ref (ys_val (vm->notimpl)); }

/* Exceptions: a function that raises returns YS_NULL (or -1, or FALSE) with vm->exc set. */

YsValue  ys_raise             (YsVM *vm, YsExcKind kind, const char *format, ...) G_GNUC_PRINTF (3, 4);
YsValue  ys_raise_value       (YsVM *vm, YsValue exc);          /* steals @exc */
YsValue  ys_raise_empty       (YsVM *vm, YsExcKind kind);
YsValue  ys_raise_with_value  (YsVM *vm, YsExcKind kind, YsValue arg);  /* borrows @arg */
YsValue  ys_raise_stop_iteration (YsVM *vm, YsValue value);     /* borrows @value */
gboolean ys_exc_matches       (YsVM *vm, YsExcKind kind);       /* the exception in flight */
YsValue  ys_exc_fetch         (YsVM *vm);                       /* takes it */
void     ys_exc_clear         (YsVM *vm);
YsValue  ys_exception_new     (YsVM *vm, YsType *type, YsValue args);  /* borrows args */
gboolean ys_value_is_exception_type (YsVM *vm, YsValue v);
gboolean ys_value_is_exception (YsVM *vm, YsValue v);
void     ys_traceback_add     (YsVM *vm, YsValue exc, YsCode *code, guint32 line);
/* Hands a frame an exception is leaving to the exception's traceback, which frees it
 * with itself; without a traceback entry to hold it, the frame is freed now. */
void     ys_traceback_keep_frame (YsVM *vm, YsValue exc, YsFrame *frame);
char    *ys_format_exception  (YsVM *vm, YsValue exc);          /* "Type: message" */
char    *ys_format_traceback  (YsVM *vm, YsValue exc);

/* Numbers */

YsValue  ys_int_from_literal  (YsVM *vm, const char *text);
YsValue  ys_int_from_i64      (YsVM *vm, gint64 v);
YsValue  ys_int_from_mpz      (YsVM *vm, mpz_srcptr z);          /* normalizes to small */
gboolean ys_int_to_i64        (YsVM *vm, YsValue v, gint64 *out);  /* FALSE if it overflows */
void     ys_int_to_mpz        (YsValue v, mpz_ptr out);           /* out must be initialized */
gboolean ys_is_int            (YsVM *vm, YsValue v);               /* int or bool */
YsValue  ys_float_new         (YsVM *vm, double value);
YsValue  ys_float_from_literal (YsVM *vm, const char *text);
void     ys_float_divmod      (double a, double b, double *floordiv, double *mod);
static inline double ys_float_get (YsValue v) { return ((YsFloat *) ys_obj (v))->value; }
gboolean ys_number_to_double  (YsVM *vm, YsValue v, double *out);   /* int, bool or float */
YsValue  ys_number_binary     (YsVM *vm, int op, YsValue a, YsValue b);  /* NotImplemented if not numbers */
int      ys_number_compare    (YsVM *vm, YsValue a, YsValue b, int *result);  /* 0 ok, 1 not numbers, -1 error */
YsValue  ys_int_repr          (YsVM *vm, YsValue v);
gboolean ys_int_add_inplace   (YsVM *vm, YsValue acc, YsValue item);
YsValue  ys_float_repr        (YsVM *vm, YsValue v);
gint64   ys_number_hash       (YsVM *vm, YsValue v);
YsValue  ys_int_index         (YsVM *vm, YsValue v, const char *what);
gboolean ys_index_to_ssize    (YsVM *vm, YsValue v, gssize *out);  /* ints and bools */

/* Strings */

YsValue     ys_str_new        (YsVM *vm, const char *utf8, gssize nbytes);
/* The longest str, in bytes: lengths are kept in 32 bits. */
#define YS_STR_MAX_BYTES ((gsize) G_MAXUINT32 - 64)
/* A new str of @nbytes bytes (NUL-terminated, filled by the caller) and @length code
 * points; NULL with MemoryError when too long. */
YsStr      *ys_str_alloc      (YsVM *vm, gsize nbytes, gsize length);
YsValue     ys_str_take       (YsVM *vm, char *utf8);              /* frees utf8 */
YsValue     ys_str_printf     (YsVM *vm, const char *format, ...) G_GNUC_PRINTF (2, 3);
YsValue     ys_str_intern     (YsVM *vm, const char *utf8);        /* new reference */
YsStr      *ys_str_interned   (YsVM *vm, const char *utf8);        /* borrowed */
static inline YsStr *ys_str_as (YsValue v) { return (YsStr *) ys_obj (v); }
static inline const char *ys_str_data (YsValue v) { return ys_str_as (v)->data; }
gint64      ys_str_hash       (YsStr *s);
gboolean    ys_str_equal      (YsStr *a, YsStr *b);
YsValue     ys_str_concat     (YsVM *vm, YsValue a, YsValue b);
YsValue     ys_str_repr       (YsVM *vm, YsValue s);
YsValue     ys_str_char_at    (YsVM *vm, YsValue s, gsize index);
gsize       ys_str_offset     (YsStr *s, gsize index);             /* byte offset of a code point */
YsValue     ys_str_subscript  (YsVM *vm, YsValue s, YsValue index);
YsValue     ys_str_multiply   (YsVM *vm, YsValue s, gssize n);
int         ys_str_contains   (YsVM *vm, YsValue haystack, YsValue needle);
int         ys_str_compare    (YsStr *a, YsStr *b);
void        ys_str_init_type  (YsVM *vm);

/* Sequences and mappings */

YsValue  ys_tuple_new         (YsVM *vm, gsize length);            /* items left empty */
static inline void ys_tuple_set (YsValue t, gsize i, YsValue v) { ((YsTuple *) ys_obj (t))->items[i] = v; }
static inline YsValue ys_tuple_get (YsValue t, gsize i) { return ((YsTuple *) ys_obj (t))->items[i]; }
static inline gsize ys_tuple_len (YsValue t) { return ((YsTuple *) ys_obj (t))->length; }
YsValue  ys_tuple_from_array  (YsVM *vm, const YsValue *items, gsize n);  /* borrows */
YsValue  ys_tuple_pack        (YsVM *vm, gsize n, ...);                   /* steals */

YsValue  ys_list_new          (YsVM *vm, gsize capacity);
gboolean ys_list_append       (YsVM *vm, YsValue list, YsValue item);     /* borrows */
gboolean ys_list_append_steal (YsVM *vm, YsValue list, YsValue item);
gboolean ys_list_extend       (YsVM *vm, YsValue list, YsValue iterable);
YsValue  ys_list_from_iterable (YsVM *vm, YsValue iterable);
static inline YsList *ys_list_as (YsValue v) { return (YsList *) ys_obj (v); }
YsValue  ys_list_to_tuple     (YsVM *vm, YsValue list);
gboolean ys_list_sort         (YsVM *vm, YsValue list, YsValue key, gboolean reverse);
void     ys_list_init_type    (YsVM *vm);

YsValue  ys_dict_new          (YsVM *vm);
YsValue  ys_dict_get          (YsVM *vm, YsValue dict, YsValue key);     /* borrowed; YS_NULL: missing or error */
YsValue  ys_dict_get_str      (YsVM *vm, YsValue dict, YsStr *key);      /* borrowed; never raises */
int      ys_dict_set          (YsVM *vm, YsValue dict, YsValue key, YsValue value);  /* borrows; -1 error */
int      ys_dict_del          (YsVM *vm, YsValue dict, YsValue key);     /* 1 deleted, 0 missing, -1 error */
gboolean ys_dict_next         (YsValue dict, gsize *pos, YsValue *key, YsValue *value);
static inline gsize ys_dict_len (YsValue d) { return ((YsDict *) ys_obj (d))->used; }
gboolean ys_dict_update       (YsVM *vm, YsValue dict, YsValue other);
void     ys_dict_init_type    (YsVM *vm);

YsValue  ys_set_new           (YsVM *vm, YsKind kind);                    /* SET or FROZENSET */
int      ys_set_add           (YsVM *vm, YsValue set, YsValue key);
int      ys_set_contains      (YsVM *vm, YsValue set, YsValue key);
gboolean ys_set_update        (YsVM *vm, YsValue set, YsValue iterable);
gboolean ys_set_next          (YsValue set, gsize *pos, YsValue *key);
gsize    ys_set_len           (YsValue set);

YsValue  ys_range_new         (YsVM *vm, YsValue start, YsValue stop, YsValue step);
YsValue  ys_slice_new         (YsVM *vm, YsValue start, YsValue stop, YsValue step);  /* borrows */
/* Resolves a slice against a length, as slice.indices(); returns the item count. */
gboolean ys_slice_indices     (YsVM *vm, YsValue slice, gssize length, gssize *start,
                               gssize *stop, gssize *step, gssize *count);

/* Functions and generators */

YsCode  *ys_code_new          (YsVM *vm);
YsValue  ys_function_new      (YsVM *vm, YsCode *code, YsValue globals);
YsValue  ys_builtin_new       (YsVM *vm, const char *name, YsCFunc func, YsValue self);
YsValue  ys_method_new        (YsVM *vm, YsValue func, YsValue self);
YsValue  ys_cell_new          (YsVM *vm, YsValue value);
YsFrame *ys_frame_new         (YsVM *vm, YsCode *code, YsValue func, YsValue globals);
void     ys_frame_free        (YsVM *vm, YsFrame *frame);
YsValue  ys_gen_new           (YsVM *vm, YsFrame *frame, YsFunction *func);
YsValue  ys_gen_send          (YsVM *vm, YsValue gen, YsValue value, gboolean *returned);
YsValue  ys_gen_throw         (YsVM *vm, YsValue gen, YsValue exc);
gboolean ys_gen_close         (YsVM *vm, YsValue gen);
const char *ys_gen_state_name (YsGenState state);
gboolean ys_gen_attribute_writable (YsVM *vm, YsStr *name, gboolean deleting);
void     ys_gen_enter         (YsVM *vm, YsGen *g, YsValue value, gboolean throwing, YsResumeKind how,
                               YsFrame *caller, gboolean entry);
YsValue  ys_gen_leave         (YsVM *vm, YsGen *g, YsFrameStatus status, YsValue r, YsResumeKind how);
/* Binds call arguments into a new frame's locals (steals nothing). */
YsFrame *ys_frame_for_call    (YsVM *vm, YsFunction *func, int argc, const YsValue *argv,
                               YsValue kwnames);

/* The eval loop */

YsValue  ys_eval              (YsVM *vm, YsFrame *frame);
YsValue  ys_run_module        (YsVM *vm, YsValue code);

/* Generic operations: new references; YS_NULL, -1 or FALSE with an exception set on error. */

YsValue  ys_repr              (YsVM *vm, YsValue v);
YsValue  ys_to_str            (YsVM *vm, YsValue v);
int      ys_truthy            (YsVM *vm, YsValue v);
gboolean ys_hash              (YsVM *vm, YsValue v, gint64 *out);
int      ys_equal             (YsVM *vm, YsValue a, YsValue b);
YsValue  ys_compare           (YsVM *vm, YsValue a, YsValue b, int op);
int      ys_compare_bool      (YsVM *vm, YsValue a, YsValue b, int op);
YsValue  ys_binary_op         (YsVM *vm, int op, YsValue a, YsValue b);
YsValue  ys_unary_op          (YsVM *vm, int opcode, YsValue v);
YsValue  ys_getattr           (YsVM *vm, YsValue obj, YsStr *name);
gboolean ys_setattr           (YsVM *vm, YsValue obj, YsStr *name, YsValue value);
gboolean ys_delattr           (YsVM *vm, YsValue obj, YsStr *name);
YsValue  ys_lookup_method     (YsVM *vm, YsValue obj, YsStr *name, YsValue *self_out);
YsValue  ys_call              (YsVM *vm, YsValue callable, int argc, const YsValue *argv, YsValue kwnames);
YsValue  ys_call0             (YsVM *vm, YsValue callable);
YsValue  ys_call1             (YsVM *vm, YsValue callable, YsValue arg);
YsValue  ys_call_method       (YsVM *vm, YsValue obj, YsStr *name, int argc, const YsValue *argv);
/* func (*args, **kwargs): @args a tuple, @kwargs a dict or YS_NULL (both borrowed). */
YsValue  ys_call_with_tuple   (YsVM *vm, YsValue func, YsValue args, YsValue kwargs);
YsValue  ys_iter              (YsVM *vm, YsValue v);
YsValue  ys_next              (YsVM *vm, YsValue iterator);   /* YS_NULL without exception: exhausted */
YsValue  ys_getitem           (YsVM *vm, YsValue obj, YsValue key);
gboolean ys_setitem           (YsVM *vm, YsValue obj, YsValue key, YsValue value);
gboolean ys_delitem           (YsVM *vm, YsValue obj, YsValue key);
int      ys_contains          (YsVM *vm, YsValue container, YsValue item);
gssize   ys_len               (YsVM *vm, YsValue v);
YsValue  ys_format            (YsVM *vm, YsValue v, YsValue spec);
gboolean ys_is_callable       (YsVM *vm, YsValue v);
gboolean ys_isinstance        (YsVM *vm, YsValue v, YsType *type);
YsValue  ys_sequence_to_tuple (YsVM *vm, YsValue v);          /* any iterable */

/* Arguments of C functions */

gboolean ys_args_check        (YsVM *vm, const char *name, int argc, YsValue kwnames, int min, int max);
/* A method of a module's type that takes no arguments and returns @expr (in terms of
 * vm and self). */
#define YS_METHOD_NOARGS(fname, pyname, expr) \
  static YsValue fname (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames) \
  { \
    (void) argv; \
    return ys_args_check (vm, pyname, argc, kwnames, 0, 0) ? (expr) : YS_NULL; \
  }
/* The keyword names a call passed (a tuple of str, or YS_NULL for none). */
static inline int
ys_kw_count (YsValue kwnames)
{
  return kwnames != YS_NULL ? (int) ys_tuple_len (kwnames) : 0;
}

static inline const char *
ys_kw_name (YsValue kwnames,
            int     k)
{
  return ys_str_data (ys_tuple_get (kwnames, (gsize) k));
}

/* Binds the arguments of a builtin whose parameters may come by keyword, checked in the
 * order of CPython's argument parsers so that the first problem reported is the same:
 * the first @nposonly parameters are positional-only, the first @maxpos may be given
 * by position, the first @nrequired are required. @out receives borrowed values,
 * YS_NULL for the ones not given. */
gboolean ys_args_bind         (YsVM *vm, const char *fname, const char *const *names, int nparams,
                               int nposonly, int maxpos, int nrequired, int argc, const YsValue *argv,
                               YsValue kwnames, YsValue *out);
gboolean ys_args_no_keywords  (YsVM *vm, const char *name, YsValue kwnames);
/* Looks up keyword @kw among a call's keywords; borrowed or YS_NULL. */
YsValue  ys_args_keyword      (YsVM *vm, int argc, const YsValue *argv, YsValue kwnames, const char *kw);
gboolean ys_args_only_keywords (YsVM *vm, const char *fname, YsValue kwnames, const char *const *allowed);

/* The VM */

YsVM    *ys_vm_new            (void);
void     ys_vm_free           (YsVM *vm);
void     ys_vm_write          (YsVM *vm, const char *text, gsize len, gboolean is_error);
void     ys_builtins_init     (YsVM *vm);
void     ys_objects_init      (YsVM *vm);
void     ys_exceptions_init   (YsVM *vm);
YsValue  ys_import_module     (YsVM *vm, YsStr *name);

/* Per-type pieces the generic operations dispatch to. */
YsValue  ys_dict_repr         (YsVM *vm, YsValue v);      /* dicts and dict views */
YsValue  ys_set_repr          (YsVM *vm, YsValue v);      /* set and frozenset */
YsValue  ys_dict_iter         (YsVM *vm, YsValue v);      /* dicts and dict views */
YsValue  ys_set_iter          (YsVM *vm, YsValue v);
int      ys_dictview_contains (YsVM *vm, YsValue view, YsValue item);
gssize   ys_dictview_len      (YsValue view);
void     ys_set_init_type     (YsVM *vm);
void     ys_str_methods_init  (YsVM *vm);
gboolean ys_unichar_isprintable (gunichar c);
/* Guards the repr of containers against cycles: FALSE (and nothing to leave) when
 * @v is already being printed, so the caller prints [...] or {...}. */
gboolean ys_repr_enter        (YsVM *vm, YsValue v);
void     ys_repr_leave        (YsVM *vm, YsValue v);
YsValue  ys_repr_builtin      (YsVM *vm, YsValue v);      /* containers, functions, ... */
YsValue  ys_exception_str     (YsVM *vm, YsValue exc);
gboolean ys_tuple_hash        (YsVM *vm, YsValue t, gint64 *out);
gboolean ys_frozenset_hash    (YsVM *vm, YsValue s, gint64 *out);
int      ys_dict_equal        (YsVM *vm, YsValue a, YsValue b);
int      ys_range_equal       (YsVM *vm, YsValue a, YsValue b);
YsValue  ys_set_compare       (YsVM *vm, YsValue a, YsValue b, int op);
YsValue  ys_set_binary        (YsVM *vm, int op, YsValue a, YsValue b, gboolean inplace);
YsValue  ys_dict_or           (YsVM *vm, YsValue a, YsValue b, gboolean inplace);
YsValue  ys_list_repeat       (YsVM *vm, YsValue list, gssize n);
YsValue  ys_list_inplace_repeat (YsVM *vm, YsValue list, YsValue n);
YsValue  ys_tuple_repeat      (YsVM *vm, YsValue tuple, gssize n);
YsValue  ys_list_concat       (YsVM *vm, YsValue a, YsValue b);
YsValue  ys_tuple_concat      (YsVM *vm, YsValue a, YsValue b);
YsValue  ys_str_percent_format (YsVM *vm, YsValue format, YsValue args);
YsValue  ys_number_unary      (YsVM *vm, int opcode, YsValue v);
/* Attributes that are computed (type.__name__, gen.gi_frame, exc.args, ...): a new
 * reference, or YS_NULL with no exception when the object has no such attribute. */
YsValue  ys_special_attribute (YsVM *vm, YsValue obj, YsStr *name);
YsValue  ys_function_call     (YsVM *vm, YsValue func, int argc, const YsValue *argv, YsValue kwnames);
YsValue  ys_type_call         (YsVM *vm, YsValue type, int argc, const YsValue *argv, YsValue kwnames);
/* iter() of built-in objects: YS_NULL without exception when @v is not one. */
YsValue  ys_builtin_iter      (YsVM *vm, YsValue v);
YsValue  ys_seq_iter_new      (YsVM *vm, YsValue seq);   /* over __getitem__ */
YsValue  ys_iterator_next     (YsVM *vm, YsValue it);
YsValue  ys_list_subscript    (YsVM *vm, YsValue list, YsValue key);
YsValue  ys_tuple_subscript   (YsVM *vm, YsValue tuple, YsValue key);
YsValue  ys_range_subscript   (YsVM *vm, YsValue range, YsValue key);
gboolean ys_list_ass_subscript (YsVM *vm, YsValue list, YsValue key, YsValue value);  /* value YS_NULL: delete */
int      ys_range_contains    (YsVM *vm, YsValue range, YsValue item);

/* More of the runtime's shared pieces */
void     ys_number_init_types (YsVM *vm);
void     ys_func_init_types   (YsVM *vm);
void     ys_builtins_more_init (YsVM *vm);
void     ys_builtins_add      (YsVM *vm, const char *name, YsValue value);
YsValue  ys_sequence_repr     (YsVM *vm, YsValue v);      /* list, tuple, range, slice; YS_NULL if not one */
YsValue  ys_list_reversed     (YsVM *vm, YsValue list);
/* @kwargs: the class keywords (a dict for __init_subclass__) or YS_NULL. */
YsValue  ys_class_new         (YsVM *vm, YsValue name, YsValue bases, YsValue ns, YsValue kwargs);
void     ys_exception_set_cause (YsVM *vm, YsValue exc, YsValue cause);
void     ys_exception_suggest_name (YsVM *vm, YsValue exc, YsStr *name, YsFrame *frame);
void     ys_exception_suggest_attribute (YsVM *vm, YsValue exc, YsValue obj, YsStr *name);
YsValue  ys_exception_repr    (YsVM *vm, YsValue exc);
YsValue  ys_exception_traceback_object (YsVM *vm, YsValue exc);
YsValue  ys_exception_attribute (YsVM *vm, YsValue exc, YsStr *name);
void     ys_report_unraisable (YsVM *vm, const char *what, YsValue obj);
YsValue  ys_raise_name_error  (YsVM *vm, YsStr *name);
YsValue  ys_frame_view_new    (YsVM *vm, YsGen *g);
YsValue  ys_frame_view_attribute (YsVM *vm, YsValue view, YsStr *name);
YsValue  ys_frame_view_repr   (YsVM *vm, YsValue view);
YsValue  ys_frame_locals      (YsVM *vm, YsFrame *f);
YsValue  ys_frame_locals_or_globals (YsVM *vm);   /* locals(): the running frame's */
YsValue  ys_file_repr         (YsVM *vm, YsValue file);
YsValue  ys_ascii             (YsVM *vm, YsValue v);
void     ys_vm_print          (YsVM *vm, const char *text, gsize len, gboolean is_error);
gboolean ys_vm_is_stdout      (YsVM *vm, YsValue v);
gboolean ys_vm_is_stderr      (YsVM *vm, YsValue v);
void     ys_vm_finalize_globals (YsVM *vm);

/* Modules: built-in modules are created on first import. */
void     ys_modules_init      (YsVM *vm);
gsize    ys_object_sizeof     (YsVM *vm, YsValue v);
gsize    ys_dict_buffer_size  (YsValue dict_or_set);
YsValue  ys_file_next         (YsVM *vm, YsValue file);
YsValue  ys_range_attribute   (YsVM *vm, YsValue range, YsStr *name);
YsValue  ys_file_attribute    (YsVM *vm, YsValue file, YsStr *name);
YsValue  ys_super_getattr     (YsVM *vm, YsValue super, YsStr *name);
YsValue  ys_module_new        (YsVM *vm, const char *name);
void     ys_module_add        (YsVM *vm, YsValue module, const char *name, YsValue value);  /* borrows */
/* An attribute of a built-in type, set while the module that defines it is made. */
void     ys_type_set_attr     (YsVM *vm, YsType *type, const char *name, YsValue value);
void     ys_module_add_functions (YsVM *vm, YsValue module, const YsMethodDef *functions);
YsValue  ys_module_itertools  (YsVM *vm);
YsValue  ys_module_inspect    (YsVM *vm);
YsValue  ys_module_sys        (YsVM *vm);

YsValue  ys_module_collections (YsVM *vm);
YsValue  ys_module_collections_abc (YsVM *vm);
YsValue  ys_module_heapq      (YsVM *vm);
YsValue  ys_module_operator   (YsVM *vm);
YsValue  ys_module_functools  (YsVM *vm);
YsValue  ys_module_random     (YsVM *vm);
YsValue  ys_module_math       (YsVM *vm);
YsValue  ys_module_time       (YsVM *vm);
YsValue  ys_module_string     (YsVM *vm);
YsValue  ys_module_re         (YsVM *vm);
YsValue  ys_module_contextlib (YsVM *vm);
YsValue  ys_module_types      (YsVM *vm);
YsValue  ys_module_gc         (YsVM *vm);
YsValue  ys_module_weakref    (YsVM *vm);
YsValue  ys_module_queue      (YsVM *vm);
YsValue  ys_module_fractions  (YsVM *vm);
YsValue  ys_module_pathlib    (YsVM *vm);
/* Where a program's file name points, within the folders it may read (its own, then
 * the sample folder for relative names): the lexical path and, when the file exists,
 * the one with links resolved (else NULL). FALSE with PermissionError outside them. */
gboolean ys_sandbox_locate    (YsVM *vm, const char *name, char **path, char **resolved);
/* An OSError of @kind with errno, strerror and filename. */
YsValue  ys_raise_os_error    (YsVM *vm, YsExcKind kind, int code, const char *message, YsValue filename);
/* Waits @usec (forever if negative) in slices: FALSE with KeyboardInterrupt on Stop. */
gboolean ys_vm_sleep          (YsVM *vm, gint64 usec);
/* An object is being freed: its weak references die (their callbacks run). */
void     ys_weakrefs_clear    (YsVM *vm, YsObject *target);
/* The program ended: weakref.finalize callbacks still pending run, as at exit. */
void     ys_weakref_at_exit   (YsVM *vm);
/* An exception type of a built-in module ("re.error"), made once per VM. */
YsType  *ys_module_exception_type (YsVM *vm, const char *name, YsType *base);

/* An attribute computed from the object, found in a type's dict (namedtuple fields,
 * deque.maxlen): ys_getattr calls @get instead of binding it. */
typedef YsValue (*YsGetFunc) (YsVM *vm, YsValue obj, gssize index);
typedef struct
{
  YsObject   base;
  YsGetFunc  get;
  gssize     index;
} YsDescriptor;
/* A type of a built-in module, made once per VM and found again by name. */
YsType  *ys_native_type       (YsVM *vm, const char *name, YsKind kind, YsType *base, guint flags);
YsValue  ys_descriptor_new    (YsVM *vm, YsGetFunc get, gssize index);
/* One descriptor per name of the NULL-terminated @names, with its index. */
void     ys_type_add_descriptors (YsVM *vm, YsType *type, YsGetFunc get, const char *const *names);
/* isinstance (@v, @abc) (or issubclass when @v is a type and @subclass): 1, 0 or -1. */
int      ys_abc_check         (YsVM *vm, YsValue v, YsType *abc, gboolean subclass);

/* Classes (ys-class.c) */
void     ys_class_init        (YsVM *vm);
gboolean ys_is_descriptor_object (YsVM *vm, YsValue v);   /* property, staticmethod, ... */
/* Binds a descriptor object found in @type's MRO; @obj YS_NULL when looked up on @type. */
YsValue  ys_descriptor_get    (YsVM *vm, YsValue descr, YsValue obj, YsType *type);
/* Assigns (or with @value YS_NULL deletes) through it: 1 done, 0 not a data one, -1 error. */
int      ys_descriptor_set    (YsVM *vm, YsValue descr, YsValue obj, YsValue value);
YsValue  ys_class_data_descriptor (YsVM *vm, YsType *type, YsStr *name);  /* borrowed or YS_NULL */
YsValue  ys_type_mro          (YsVM *vm, YsType *type);    /* a new tuple */
YsValue  ys_type_compute_mro  (YsVM *vm, YsType *type, YsValue bases);  /* C3; TypeError if none */
YsValue  ys_type_meta_attribute (YsVM *vm, YsValue type, YsStr *name);  /* mro, __subclasses__ */
YsValue  ys_super_lookup      (YsVM *vm, YsType *start, YsValue obj, YsStr *name);
/* The class in a method's __class__ cell (for super()), or NULL. */
YsType  *ys_frame_class_cell  (YsVM *vm, YsFrame *frame);
gboolean ys_class_prepare     (YsVM *vm, YsType *type, YsValue ns);
gboolean ys_class_make_slots  (YsVM *vm, YsType *type);
gboolean ys_class_init_subclass (YsVM *vm, YsType *type, YsValue kwargs);
/* Attribute lookup without __getattribute__ and __getattr__ (object.__getattribute__). */
YsValue  ys_generic_getattr   (YsVM *vm, YsValue obj, YsStr *name);
/* import a.b.c: a, then a.b (a's attribute b), then a.b.c; returns a.b.c. */
YsValue  ys_import_dotted     (YsVM *vm, YsStr *name);
void     ys_raise_no_module   (YsVM *vm, YsStr *name);
/* type[key] for annotations (list[int]): a types.GenericAlias, or TypeError. */
YsValue  ys_class_getitem     (YsVM *vm, YsValue type, YsValue key);
/* from @module import *, into the dict @into. */
gboolean ys_import_star       (YsVM *vm, YsValue module, YsValue into);
/* Assigns (@value YS_NULL: deletes) a function's __name__, __doc__, ...: 1 done, -1
 * error, 0 not one of them. */
int      ys_function_set_special (YsVM *vm, YsValue func, YsStr *name, YsValue value);

/* Watching */
char    *ys_short_repr        (YsVM *vm, YsValue v);
void     ys_vm_emit           (YsVM *vm, YsEvent *event, YsValue value);

enum {
  YS_TRACING_STEP  = 1 << 0,  /* a pause at a step is pending */
  YS_TRACING_STALE = 1 << 1,  /* trace_lines changed: running frames reload their instructions */
};
/* Recomputes what the eval loop must watch after the observer or the pause changed. */
void     ys_vm_update_tracing (YsVM *vm);

/* An eval loop caught up with trace_lines (or left): the last one clears the flag. */
static inline void
ys_vm_eval_switched (YsVM *vm)
{
  if (vm->stale_evals > 0 && --vm->stale_evals == 0)
    vm->tracing &= ~YS_TRACING_STALE;
}
/* The event log's record, here so that the engine's hottest events append inline
 * (ys-event-log.c has the rest). */
#define YS_LOG_STRIDE 256
/* A header, four varints of at most ten bytes. */
#define YS_LOG_MAX_RECORD (1 + 4 * 10)

enum {
  YS_LOG_HAS_GENERATOR = 1 << 6,
  YS_LOG_HAS_DEPTH     = 1 << 7,
};

typedef struct
{
  gsize          offset;   /* of the checkpoint's event in data */
  YsLoggedEvent  before;   /* the state the event's deltas apply to */
} YsLogCheckpoint;

struct _YsEventLog
{
  gsize          max_size;     /* 0: no cap */
  gboolean       full;
  guint8        *data;
  gsize          used;
  gsize          allocated;
  gsize          length;
  YsLoggedEvent  last;     /* what the next append is encoded against */
  GArray        *checkpoints;
};

static inline guint64
ys_zigzag (gint64 v)
{
  return ((guint64) v << 1) ^ (guint64) (v >> 63);
}

gboolean ys_event_log_prepare  (YsEventLog *log);
guint8 *ys_event_log_put_wide (guint8 *p, guint64 step_delta, guint64 line_delta,
                               const guint64 *generator, const guint64 *depth_delta);

static inline void
ys_event_log_push (YsEventLog *log,
                   guint       kind,
                   guint64     step,
                   int         line,
                   int         depth,
                   guint64     generator)
{
  guint8 *p;
  guint64 step_delta, line_delta, depth_delta;
  guint has_generator, has_depth;

  if (G_UNLIKELY (log->used + YS_LOG_MAX_RECORD > log->allocated ||
                  (log->length & (YS_LOG_STRIDE - 1)) == 0) &&
      !ys_event_log_prepare (log))
    return;
  /* Branch-free where the event stream is unpredictable (which generator, how deep). */
  has_generator = generator != log->last.generator;
  has_depth = depth != log->last.depth;
  p = log->data + log->used;
  *p++ = (guint8) (kind | (has_generator << 6) | (has_depth << 7));
  step_delta = step - log->last.step;
  line_delta = ys_zigzag ((gint64) line - log->last.line);
  depth_delta = ys_zigzag ((gint64) depth - log->last.depth);
  if (G_LIKELY ((step_delta | line_delta | generator | depth_delta) < 0x80))
    {
      /* The usual event: each field in one byte, the optional ones skipped. */
      p[0] = (guint8) step_delta;
      p[1] = (guint8) line_delta;
      p[2] = (guint8) generator;
      p += 2 + has_generator;
      *p = (guint8) depth_delta;
      p += has_depth;
    }
  else
    p = ys_event_log_put_wide (p, step_delta, line_delta, has_generator ? &generator : NULL,
                  has_depth ? &depth_delta : NULL);
  log->used = (gsize) (p - log->data);
  log->length++;
  /* Only what the next record is encoded against. */
  log->last.step = step;
  log->last.line = line;
  log->last.depth = depth;
  log->last.generator = generator;
}

void     ys_vm_emit_generator_event (YsVM *vm, YsEventKind kind, YsGen *g, YsResumeKind how, YsValue value);

static inline void
ys_vm_emit_generator (YsVM         *vm,
                      YsEventKind   kind,
                      YsGen        *g,
                      YsResumeKind  how,
                      YsValue       value)
{
  if (G_UNLIKELY ((vm->observe_mask | vm->pause_mask) != 0))
    {
      if (vm->log_only_mask & YS_EVENT_MASK (kind))
        {
          /* Only the log watches: no YsEvent to make (these come by the million). */
          int line = g->frame != NULL && g->state != YS_GEN_CREATED ? (int) g->frame->code->lines[g->frame->lasti]
                                                                     : g->code->firstlineno;
          vm->events++;
          ys_event_log_push (vm->event_log, kind | (how << 4), vm->steps, line, vm->depth, g->id);
        }
      else
        ys_vm_emit_generator_event (vm, kind, g, how, value);
    }
}


const YsInstr *ys_code_make_traced_instrs (YsCode *code);
static inline const YsInstr *
ys_code_traced_instrs (YsCode *code)
{
  return G_LIKELY (code->traced_instrs != NULL) ? code->traced_instrs : ys_code_make_traced_instrs (code);
}

/* Field by field: "= { 0 }" on this struct compiles to a slow "rep stos", and events
 * are made tens of millions of times in a watched run. */
static inline void
ys_event_init (YsEvent     *e,
               YsEventKind  kind)
{
  e->kind = kind;
  e->step = 0;
  e->line = 0;
  e->depth = 0;
  e->function = NULL;
  e->generator = 0;
  e->resume = YS_RESUME_NEXT;
  e->value_type = NULL;
  e->value = 0;
  e->subject = 0;
  e->text = NULL;
  e->text_len = 0;
  e->is_error = FALSE;
  e->live_bytes = 0;
  e->peak_bytes = 0;
}

/* Generator events cost one test when nobody watches. */
void     ys_vm_trace_instruction (YsVM *vm, YsFrame *frame, guint32 ip);
YsSnapshot *ys_vm_snapshot    (YsVM *vm);
const char *ys_vm_event_value_repr (YsVM *vm, const YsEvent *event);
char *ys_vm_event_last_yielded_repr (YsVM *vm, const YsEvent *event);
GPtrArray *ys_vm_expand       (YsVM *vm, YsValue v);

/* The compiler's constant folding needs identity of constants. */
gboolean ys_const_identical   (YsValue a, YsValue b);

G_END_DECLS
