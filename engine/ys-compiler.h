/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ys-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *type;      /* "SyntaxError" or "IndentationError" */
  char *message;
  int   line;
  int   col;
} YsCompileErr;

/* Compiles a module to a code object (a new reference), or returns YS_NULL and fills
 * @err (free its strings). @source must outlive the code: tracebacks quote it. */
YsValue ys_compile (YsVM         *vm,
                    const char   *filename,
                    const char   *source,
                    gsize         length,
                    YsCompileErr *err);

/* The same, for a console: when the source ends with an expression, the code returns
 * its value. */
YsValue ys_compile_interactive (YsVM         *vm,
                                const char   *filename,
                                const char   *source,
                                gsize         length,
                                YsCompileErr *err);

G_END_DECLS
