/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The syntax tree the parser builds and the compiler reads. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  /* statements */
  YS_AST_MODULE,      /* list1: body */
  YS_AST_FUNCDEF,     /* str: name; list1: body; list2: ARG params; op: YS_ARGS_* flags;
                         a: vararg ARG or NULL; c: varkw ARG or NULL; b: return annotation
                         or NULL; list3: decorators or NULL */
  YS_AST_CLASSDEF,    /* str: name; list1: body; list2: bases; list3: decorators or NULL;
                         list4: KEYWORDs or NULL */
  YS_AST_RETURN,      /* a: value or NULL */
  YS_AST_DELETE,      /* list1: targets */
  YS_AST_ASSIGN,      /* list1: targets; a: value */
  YS_AST_AUGASSIGN,   /* a: target; op: YsBinOp; b: value */
  YS_AST_FOR,         /* a: target; b: iterable; list1: body; list2: orelse */
  YS_AST_WHILE,       /* a: test; list1: body; list2: orelse */
  YS_AST_IF,          /* a: test; list1: body; list2: orelse */
  YS_AST_WITH,        /* list1: body; list2: WITHITEMs */
  YS_AST_WITHITEM,    /* a: context manager; b: target or NULL */
  YS_AST_RAISE,       /* a: exception or NULL; b: cause or NULL */
  YS_AST_TRY,         /* list1: body; list2: HANDLERs; list3: orelse; list4: finally */
  YS_AST_HANDLER,     /* a: type or NULL; str: name or NULL; list1: body */
  YS_AST_ASSERT,      /* a: test; b: message or NULL */
  YS_AST_IMPORT,      /* list1: ALIASes */
  YS_AST_IMPORTFROM,  /* str: module; list1: ALIASes */
  YS_AST_ALIAS,       /* str: name (dotted); str2: as-name or NULL */
  YS_AST_GLOBAL,      /* list1: NAMEs */
  YS_AST_NONLOCAL,    /* list1: NAMEs */
  YS_AST_EXPR,        /* a: value */
  YS_AST_PASS,
  YS_AST_BREAK,
  YS_AST_CONTINUE,
  /* expressions */
  YS_AST_BOOLOP,      /* op: 0 and, 1 or; list1: values */
  YS_AST_BINOP,       /* a op b */
  YS_AST_UNARYOP,     /* op: YsUnaryOp; a */
  YS_AST_LAMBDA,      /* like FUNCDEF; b: body expression */
  YS_AST_IFEXP,       /* a: test; b: body; c: orelse */
  YS_AST_DICT,        /* list1: keys (NULL for **); list2: values */
  YS_AST_SET,         /* list1 */
  YS_AST_LISTCOMP,    /* a: element; list1: COMPREHENSIONs */
  YS_AST_SETCOMP,
  YS_AST_DICTCOMP,    /* a: key; b: value; list1 */
  YS_AST_GENEXP,
  YS_AST_COMPREHENSION, /* a: target; b: iterable; list1: conditions */
  YS_AST_YIELD,       /* a: value or NULL */
  YS_AST_YIELDFROM,   /* a */
  YS_AST_COMPARE,     /* a: left; list1: CMPOPs */
  YS_AST_CMPOP,       /* op: YsCmpOp; a: right operand */
  YS_AST_CALL,        /* a: callee; list1: args; list2: KEYWORDs */
  YS_AST_KEYWORD,     /* str: name (NULL for **); a: value */
  YS_AST_FORMATTED,   /* a: value; op: conversion char or 0; b: spec (JOINEDSTR) or NULL */
  YS_AST_JOINEDSTR,   /* list1: CONSTANT strs and FORMATTEDs */
  YS_AST_CONSTANT,    /* op: YsConstKind; str: text (number) or value (string) */
  YS_AST_ATTRIBUTE,   /* a: object; str: name */
  YS_AST_SUBSCRIPT,   /* a: object; b: index */
  YS_AST_STARRED,     /* a */
  YS_AST_NAME,        /* str */
  YS_AST_LIST,        /* list1 */
  YS_AST_TUPLE,       /* list1 */
  YS_AST_SLICE,       /* a, b, c: lower, upper, step, each maybe NULL */
  YS_AST_ARG,         /* str: name; a: default or NULL; b: annotation or NULL */
  YS_AST_NAMEDEXPR,   /* a: target NAME; b: value */
  YS_AST_ANNASSIGN,   /* a: target; b: annotation; c: value or NULL; op: 1 if a simple name */
} YsAstKind;

typedef enum {
  YS_CONST_NONE,
  YS_CONST_TRUE,
  YS_CONST_FALSE,
  YS_CONST_INT,
  YS_CONST_FLOAT,
  YS_CONST_STR,
  YS_CONST_BYTES,
  YS_CONST_ELLIPSIS,
} YsConstKind;

typedef enum {
  YS_BIN_ADD, YS_BIN_SUB, YS_BIN_MUL, YS_BIN_TRUEDIV, YS_BIN_FLOORDIV, YS_BIN_MOD,
  YS_BIN_POW, YS_BIN_LSHIFT, YS_BIN_RSHIFT, YS_BIN_AND, YS_BIN_OR, YS_BIN_XOR,
  YS_BIN_MATMUL,
  YS_BIN_INPLACE = 16,   /* added to an operator: the augmented form */
} YsBinOp;

typedef enum {
  YS_UNARY_NEG, YS_UNARY_POS, YS_UNARY_NOT, YS_UNARY_INVERT,
} YsUnaryOp;

typedef enum {
  YS_CMP_LT, YS_CMP_LE, YS_CMP_EQ, YS_CMP_NE, YS_CMP_GT, YS_CMP_GE,
  YS_CMP_IN, YS_CMP_NOT_IN, YS_CMP_IS, YS_CMP_IS_NOT,
} YsCmpOp;

typedef enum {
  YS_ARGS_VARARGS = 1 << 0,
  YS_ARGS_VARKW   = 1 << 1,
} YsArgsFlags;

typedef struct _YsAst YsAst;
struct _YsAst
{
  YsAstKind   kind;
  int         line, col, end_line, end_col;
  int         op;
  char       *str;
  gsize       str_len;
  char       *str2;
  YsAst      *a, *b, *c;
  GPtrArray  *list1, *list2, *list3, *list4;
};

typedef struct _YsAstArena YsAstArena;

/* Parses a module. On error returns NULL and fills *message, *line and *col (1-based),
 * and *type ("SyntaxError" or "IndentationError"). The tree lives in *arena. */
YsAst *ys_parse (const char  *source,
                 gsize        length,
                 YsAstArena **arena,
                 char       **type,
                 char       **message,
                 int         *line,
                 int         *col);

void   ys_ast_arena_free (YsAstArena *arena);

G_END_DECLS
