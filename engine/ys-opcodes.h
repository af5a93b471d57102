/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The VM's instruction set. Stack effects are noted as (before -- after). */
#pragma once

#define YS_OPCODES(X)                                                                 \
  X (NOP)                  /* ( -- ) */                                               \
  X (POP_TOP)              /* (a -- ) */                                              \
  X (DUP_TOP)              /* (a -- a a) */                                           \
  X (DUP_TOP_TWO)          /* (a b -- a b a b) */                                     \
  X (ROT_TWO)              /* (a b -- b a) */                                         \
  X (ROT_THREE)            /* (a b c -- c a b) */                                     \
  X (ROT_FOUR)             /* (a b c d -- d a b c) */                                 \
  X (LOAD_CONST)           /* ( -- consts[arg]) */                                    \
  X (LOAD_SMALL_INT)       /* ( -- arg - 2^23) */                                     \
  X (LOAD_NONE)                                                                       \
  X (LOAD_FAST)            /* ( -- locals[arg]) unbound: UnboundLocalError */         \
  X (STORE_FAST)                                                                      \
  X (DELETE_FAST)                                                                     \
  X (LOAD_DEREF)           /* cells[arg] */                                           \
  X (STORE_DEREF)                                                                     \
  X (DELETE_DEREF)                                                                    \
  X (LOAD_CLOSURE)         /* ( -- cell arg) */                                       \
  X (LOAD_GLOBAL)          /* names[arg] in globals, then builtins */                 \
  X (STORE_GLOBAL)                                                                    \
  X (DELETE_GLOBAL)                                                                   \
  X (LOAD_NAME)            /* module and class bodies: locals dict, globals, builtins */ \
  X (STORE_NAME)                                                                      \
  X (DELETE_NAME)                                                                     \
  X (LOAD_ATTR)            /* (o -- o.names[arg]) */                                  \
  X (STORE_ATTR)           /* (v o -- ) */                                            \
  X (DELETE_ATTR)          /* (o -- ) */                                              \
  X (LOAD_METHOD)          /* (o -- meth self) or (o -- NULL attr) */                 \
  X (CALL_METHOD)          /* (meth self args... -- result) arg: argc */              \
  X (BINARY_OP)            /* (a b -- a op b) arg: YsBinOp (+16 in-place) */          \
  X (COMPARE_OP)           /* (a b -- a cmp b) arg: YsCmpOp (< <= == != > >=) */      \
  X (IS_OP)                /* (a b -- a is b) arg 1: is not */                        \
  X (CONTAINS_OP)          /* (a b -- a in b) arg 1: not in */                        \
  X (UNARY_NEG)                                                                       \
  X (UNARY_POS)                                                                       \
  X (UNARY_NOT)                                                                       \
  X (UNARY_INVERT)                                                                    \
  X (BINARY_SUBSCR)        /* (o k -- o[k]) */                                        \
  X (STORE_SUBSCR)         /* (v o k -- ) */                                          \
  X (DELETE_SUBSCR)        /* (o k -- ) */                                            \
  X (BUILD_SLICE)          /* (a b [c] -- slice) arg: 2 or 3 */                       \
  X (BUILD_TUPLE)                                                                     \
  X (BUILD_LIST)                                                                      \
  X (BUILD_SET)                                                                       \
  X (BUILD_MAP)            /* (k v ... -- dict) arg: pairs */                         \
  X (LIST_APPEND)          /* (list ... v -- list ...) arg: depth of list below v */  \
  X (SET_ADD)                                                                         \
  X (MAP_ADD)              /* (dict ... k v -- dict ...) */                           \
  X (LIST_EXTEND)          /* (list ... it -- list ...) */                            \
  X (SET_UPDATE)                                                                      \
  X (DICT_UPDATE)          /* for {**a}: (dict ... m -- dict ...) */                  \
  X (DICT_MERGE)           /* for f(**a): like DICT_UPDATE, duplicate keys raise */   \
  X (LIST_TO_TUPLE)                                                                   \
  X (BUILD_STRING)         /* (s1 .. sn -- s) */                                      \
  X (FORMAT_VALUE)         /* (v [spec] -- str) arg: conversion | 4 if spec */        \
  X (JUMP)                                                                            \
  X (POP_JUMP_IF_FALSE)                                                               \
  X (POP_JUMP_IF_TRUE)                                                                \
  X (JUMP_IF_FALSE_OR_POP)                                                            \
  X (JUMP_IF_TRUE_OR_POP)                                                             \
  X (GET_ITER)                                                                        \
  X (FOR_ITER)             /* (it -- it v) or, exhausted, (it -- ) and jump */        \
  X (UNPACK_SEQUENCE)      /* (seq -- vn .. v1) */                                    \
  X (UNPACK_EX)            /* arg: before | after << 8 */                             \
  X (CALL)                 /* (f args... -- r) arg: argc */                           \
  X (CALL_KW)              /* (f args... kwnames -- r) arg: argc incl. keywords */    \
  X (CALL_EX)              /* (f args-tuple [kwargs-dict] -- r) arg 1: with kwargs */ \
  X (MAKE_FUNCTION)        /* (defaults? kwdefaults? closure? code -- f) */           \
  X (MAKE_CLASS)           /* (body-function name bases-tuple -- class) */            \
  X (RETURN_VALUE)                                                                    \
  X (YIELD_VALUE)          /* (v -- sent) */                                          \
  X (GET_YIELD_FROM_ITER)                                                             \
  X (SEND)                 /* (sub v -- sub r) or, done, (sub v -- result) and jump */ \
  X (RAISE_VARARGS)        /* arg 0: re-raise, 1: exc, 2: exc cause */                \
  X (RERAISE)              /* (exc -- ) */                                            \
  X (PUSH_EXC_INFO)        /* (exc -- prev exc) */                                    \
  X (POP_EXCEPT)           /* (prev -- ) restores the handled exception */            \
  X (CHECK_EXC_MATCH)      /* (exc type -- exc bool) */                               \
  X (LOAD_ASSERTION_ERROR)                                                            \
  X (BEFORE_WITH)          /* (cm -- exit enter-result) */                            \
  X (WITH_EXCEPT_START)    /* (exit lasti prev exc -- exit lasti prev exc r) */       \
  X (IMPORT_NAME)          /* ( -- module) */                                         \
  X (IMPORT_FROM)          /* (module -- module attr) */                              \
  X (IMPORT_STAR)          /* (module -- ) its public names into the namespace */     \
  X (RETURN_GENERATOR)     /* the first instruction of a generator's code */         \
  X (SETUP_ANNOTATIONS)                                                               \
  X (TRACE)                /* line tracing: reports, then runs the original instruction */

typedef enum {
#define YS_OPCODE_ENUM(name) YS_OP_##name,
  YS_OPCODES (YS_OPCODE_ENUM)
#undef YS_OPCODE_ENUM
  YS_N_OPCODES
} YsOpcode;
