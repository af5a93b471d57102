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

/* Compiles @source (UTF-8) as the program's main module. On a syntax error returns FALSE,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YsEngine, ys_engine_free)

G_END_DECLS
