/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-private.h: the engine's internal object model, shared by its source files. */
#pragma once

#include <glib.h>
#include <gmp.h>
#include <stdint.h>

#include "ys-engine.h"

G_BEGIN_DECLS

typedef struct _YsVM      YsVM;
typedef struct _YsObject  YsObject;
typedef struct _YsType    YsType;
typedef struct _YsStr     YsStr;
typedef struct _YsCode    YsCode;
typedef struct _YsFrame   YsFrame;

/* A value is a tagged word: odd words are small ints (63 bits), even non-zero words
 * point to objects. 0 is "no value": a function returning it has raised. */
typedef uintptr_t YsValue;

#define YS_NULL ((YsValue) 0)
#define YS_SMALL_MAX (INTPTR_MAX >> 1)
#define YS_SMALL_MIN (INTPTR_MIN >> 1)

static inline gboolean ys_is_small (YsValue v) { return (v & 1) != 0; }
static inline intptr_t ys_small_get (YsValue v) { return ((intptr_t) v) >> 1; }
static inline YsValue  ys_small (intptr_t i) { return (((uintptr_t) i) << 1) | 1; }
static inline YsObject *ys_obj (YsValue v) { return (YsObject *) v; }
static inline YsValue  ys_val (gconstpointer o) { return (YsValue) o; }

/* Kinds of built-in objects: the VM dispatches on them. Memory is counted by kind. */
typedef enum {
  YS_KIND_OBJECT,
  YS_KIND_TYPE,
  YS_KIND_NONE,
  YS_KIND_BOOL,
  YS_KIND_INT,        /* big ints (GMP); small ones are tagged values */
  YS_KIND_FLOAT,
  YS_KIND_STR,
  YS_KIND_LIST,
  YS_KIND_TUPLE,
  YS_KIND_DICT,
  YS_KIND_SET,
  YS_KIND_FROZENSET,
  YS_KIND_RANGE,
  YS_KIND_SLICE,
  YS_KIND_FUNCTION,
  YS_KIND_BUILTIN,    /* a C function, maybe bound to a self */
  YS_KIND_METHOD,     /* a Python function bound to an instance */
  YS_KIND_CODE,
  YS_KIND_CELL,
  YS_KIND_GENERATOR,
  YS_KIND_ITERATOR,   /* iterators over built-in containers and builtins' lazy results */
  YS_KIND_DICTVIEW,   /* dict.keys(), .values(), .items() */
  YS_KIND_EXCEPTION,
  YS_KIND_MODULE,
  YS_KIND_INSTANCE,   /* instances of classes defined by the program */
  YS_KIND_FRAME,      /* frames, as seen through gi_frame */
  YS_KIND_FILE,
  YS_KIND_NOTIMPL,
  YS_KIND_ELLIPSIS,
  YS_N_KINDS
} YsKind;

struct _YsObject
{
  YsType  *type;
  guint32  refcnt;
  guint32  size;       /* bytes of this allocation, for the heap's accounting */
};

/* Container objects that may form reference cycles carry this header before
 * their YsObject; the VM keeps them in a list to free cycles. */
typedef struct _YsGCHead YsGCHead;
struct _YsGCHead
{
  YsGCHead *prev;
  YsGCHead *next;
};

typedef void    (*YsDeallocFunc) (YsVM *vm, YsObject *self);
typedef void    (*YsClearFunc)   (YsVM *vm, YsObject *self);
typedef YsValue (*YsCFunc)       (YsVM *vm, YsValue self, int argc, const YsValue *argv,
                                  YsValue kwnames);

typedef enum {
  YS_TYPE_GC        = 1 << 0,  /* allocated with a YsGCHead */
  YS_TYPE_BASETYPE  = 1 << 1,  /* may be subclassed */
  YS_TYPE_HEAP      = 1 << 2,  /* a class of the program */
  YS_TYPE_EXCEPTION = 1 << 3,
  YS_TYPE_SLOTS     = 1 << 4,  /* a built-in module's type whose dict holds its special methods */
  YS_TYPE_ABC       = 1 << 5,  /* isinstance() and issubclass() ask ys_abc_check */
  YS_TYPE_DESCRIPTOR = 1 << 6, /* its objects compute an attribute: YsDescriptor */
  YS_TYPE_HOOKS     = 1 << 7,  /* its instances' attributes take the slow path: data
                                * descriptors, __slots__, __getattr__, __getattribute__ */
  YS_TYPE_GETATTRIBUTE = 1 << 8, /* defines __getattribute__ */
  YS_TYPE_SLOTTED   = 1 << 9,  /* __slots__ without __dict__: no other attribute */
  YS_TYPE_PYDESCR   = 1 << 10, /* property, staticmethod, classmethod, member_descriptor */
  YS_TYPE_CUSTOM_NEW = 1 << 11, /* a class of the program with its own __new__ */
  YS_TYPE_HAS_SLOTS = 1 << 12, /* its instances are YsSlottedInstance: __slots__ values */
} YsTypeFlags;

struct _YsType
{
  YsObject       base;
  YsStr         *name;
  YsKind         kind;
  guint          flags;
  YsType        *base_type;
  YsValue        dict;       /* a YsDict of attributes and methods */
  YsDeallocFunc  dealloc;
  YsClearFunc    clear;      /* drops references, for freeing cycles */
  YsCFunc        new_func;   /* what calling the type does */
  YsValue        bases;      /* a class's tuple of bases, or YS_NULL: base_type alone */
  YsValue        mro;        /* the C3 order when it is not the base_type chain, or YS_NULL */
};

struct _YsStr
{
  YsObject  base;
  gint64    hash;            /* -1 until computed */
  guint32   length;          /* in code points */
  guint32   nbytes;          /* of UTF-8, without the final NUL */
  guint8    ascii;
  guint8    interned;
  char      data[];
};

typedef struct
{
  YsObject  base;
  double    value;
} YsFloat;

typedef struct
{
  YsObject  base;
  mpz_t     value;
} YsInt;

typedef struct
{
  YsObject  base;
  gsize     length;
  gsize     capacity;
  YsValue  *items;
} YsList;

typedef struct
{
  YsObject  base;
  gsize     length;
  gint64    hash;
  YsValue   items[];
} YsTuple;

typedef struct
{
  YsValue  key;
  YsValue  value;
  gint64   hash;
} YsDictEntry;

/* Insertion-ordered hash table: dense entries, sparse index. Sets use it too,
 * with values left empty. */
typedef struct
{
  YsObject      base;
  gsize         used;        /* live entries */
  gsize         n_entries;   /* entries filled, deleted ones included */
  gsize         entries_cap;
  gsize         index_size;  /* a power of two */
  gint32       *index;       /* -1 empty, -2 deleted, else an entry */
  YsDictEntry  *entries;
  guint64       version;     /* bumped on every change: iterators detect mutation */
} YsDict;

typedef YsDict YsSet;

typedef struct
{
  YsObject  base;
  YsValue   start, stop, step;   /* ints, maybe big */
  YsValue   length;
} YsRange;

typedef struct
{
  YsObject  base;
  YsValue   start, stop, step;
} YsSlice;

typedef struct
{
  YsObject  base;
  YsValue   ref;                  /* YS_NULL when empty */
} YsCell;

/* Instructions are 32-bit words: the opcode in the low 8 bits, the argument above. */
typedef guint32 YsInstr;
#define YS_OP(i)  ((i) & 0xff)
#define YS_ARG(i) ((i) >> 8)
#define YS_ARG_MAX 0xffffff

typedef struct
{
  guint32 target;      /* instruction index of the handler */
  guint32 depth;       /* value stack depth when entering it */
  guint32 push_lasti;  /* push the raising instruction's index too (for RERAISE) */
} YsHandler;

typedef enum {
  YS_CODE_GENERATOR = 1 << 0,
  YS_CODE_VARARGS   = 1 << 1,
  YS_CODE_VARKW     = 1 << 2,
  YS_CODE_MODULE    = 1 << 3,
  YS_CODE_NESTED    = 1 << 4,
  YS_CODE_LAMBDA    = 1 << 5,
  YS_CODE_COMPREHENSION = 1 << 6,
} YsCodeFlags;

/* Where a global was found last time: entry + 1 in the globals (or, with
 * YS_CACHE_BUILTIN, the builtins) while the globals' version was @version. */
typedef struct
{
  guint32 slot;
  guint32 version;
} YsGlobalCache;

#define YS_CACHE_BUILTIN 0x80000000u

struct _YsCode
{
  YsObject   base;
  YsStr     *name;
  YsStr     *qualname;
  YsStr     *filename;
  guint      flags;
  int        argcount;      /* positional parameters */
  int        kwonlycount;
  int        nlocals;       /* fast locals, parameters first */
  int        ncells;        /* cells created by this frame */
  int        nfrees;        /* cells received through the closure */
  int        stacksize;
  int        firstlineno;
  guint32    n_instrs;
  YsInstr   *instrs;
  YsInstr   *traced_instrs;  /* instrs with TRACE where a line may begin, made on demand */
  guint32   *lines;         /* line of each instruction */
  guint16   *columns;       /* column (1-based) of each instruction */
  gint32    *handler_of;    /* handler index for each instruction, -1 for none */
  guint      n_handlers;
  YsHandler *handlers;
  YsValue    consts;        /* tuple */
  YsValue    names;         /* tuple of str: globals, attributes */
  YsValue    varnames;      /* tuple of str: fast locals */
  YsValue    cellnames;     /* tuple of str: own cells, then free ones */
  gint32    *cell2arg;      /* parameter index of each own cell, or -1 */
  const char *source;       /* the module's text, kept for tracebacks */
  YsGlobalCache *cache;     /* per instruction, for LOAD_GLOBAL and STORE_GLOBAL */
  YsValue    doc;           /* the docstring, or YS_NULL */
};

G_END_DECLS
