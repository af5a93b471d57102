/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The eval loop. Python-to-Python calls run in the same C loop: frames live on the
 * heap and link to their caller, so the VM can stop at any instruction boundary. */
#include "ys-runtime.h"
#include "ys-ast.h"
#include "ys-opcodes.h"

#include <stdio.h>
#include <string.h>

#if defined(__GNUC__)
#define LIKELY(x) __builtin_expect (!!(x), 1)
#define UNLIKELY(x) __builtin_expect (!!(x), 0)
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#endif

static YsValue
name_error (YsVM  *vm,
            YsStr *name)
{
  return ys_raise_name_error (vm, name);
}

static YsValue
unbound_local (YsVM    *vm,
               YsCode  *code,
               int      index)
{
  return ys_raise (vm, YS_EXC_UNBOUND_LOCAL_ERROR,
                   "cannot access local variable '%s' where it is not associated with a value",
                   ys_str_data (ys_tuple_get (code->varnames, index)));
}

static YsValue
unbound_cell (YsVM   *vm,
              YsCode *code,
              int     index)
{
  const char *name = ys_str_data (ys_tuple_get (code->cellnames, index));

  if (index < code->ncells)
    return ys_raise (vm, YS_EXC_UNBOUND_LOCAL_ERROR,
                     "cannot access local variable '%s' where it is not associated with a value", name);
  return ys_raise (vm, YS_EXC_NAME_ERROR,
                   "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                   name);
}

/* Unpacks @seq into @n values, written to @out in order (out[0] is the first). */
static gboolean
unpack_into (YsVM    *vm,
             YsValue  seq,
             int      n,
             int      star,      /* index of the starred target, or -1 */
             int      after,
             YsValue *out)
{
  YsKind kind = ys_kind (vm, seq);
  YsValue it, x;
  int i = 0;
  YsValue list = YS_NULL;

  if (star < 0 && (kind == YS_KIND_TUPLE || kind == YS_KIND_LIST))
    {
      gsize len = kind == YS_KIND_TUPLE ? ys_tuple_len (seq) : ys_list_as (seq)->length;
      const YsValue *items = kind == YS_KIND_TUPLE ? ((YsTuple *) ys_obj (seq))->items : ys_list_as (seq)->items;
      if (len == (gsize) n)
        {
          for (int k = 0; k < n; k++)
            out[k] = ys_ref (items[k]);
          return TRUE;
        }
      if (len > (gsize) n)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "too many values to unpack (expected %d)", n);
      else
        ys_raise (vm, YS_EXC_VALUE_ERROR, "not enough values to unpack (expected %d, got %zu)", n, len);
      return FALSE;
    }

  it = ys_iter (vm, seq);
  if (it == YS_NULL)
    {
      if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR) && ys_builtin_iter (vm, seq) == YS_NULL &&
          ys_kind (vm, seq) != YS_KIND_INSTANCE)
        {
          ys_exc_clear (vm);
          ys_raise (vm, YS_EXC_TYPE_ERROR, "cannot unpack non-iterable %s object", ys_type_name_of (vm, seq));
        }
      return FALSE;
    }
  if (star < 0)
    {
      for (i = 0; i < n; i++)
        {
          x = ys_next (vm, it);
          if (x == YS_NULL)
            {
              if (vm->exc == YS_NULL)
                ys_raise (vm, YS_EXC_VALUE_ERROR, "not enough values to unpack (expected %d, got %d)", n, i);
              goto fail;
            }
          out[i] = x;
        }
      x = ys_next (vm, it);
      if (x != YS_NULL)
        {
          ys_decref (vm, x);
          ys_raise (vm, YS_EXC_VALUE_ERROR, "too many values to unpack (expected %d)", n);
          goto fail;
        }
      if (vm->exc != YS_NULL)
        goto fail;
      ys_decref (vm, it);
      return TRUE;
    }

  /* a, *b, c = ... */
  for (i = 0; i < star; i++)
    {
      x = ys_next (vm, it);
      if (x == YS_NULL)
        {
          if (vm->exc == YS_NULL)
            ys_raise (vm, YS_EXC_VALUE_ERROR, "not enough values to unpack (expected at least %d, got %d)",
                      star + after, i);
          goto fail;
        }
      out[i] = x;
    }
  list = ys_list_from_iterable (vm, it);
  if (list == YS_NULL)
    goto fail;
  if (ys_list_as (list)->length < (gsize) after)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "not enough values to unpack (expected at least %d, got %zu)",
                star + after, star + ys_list_as (list)->length);
      ys_decref (vm, list);
      goto fail;
    }
  {
    YsList *l = ys_list_as (list);
    gsize keep = l->length - after;
    for (int k = 0; k < after; k++)
      out[star + 1 + k] = l->items[keep + k];
    l->length = keep;
    out[star] = list;
    i = n;
  }
  ys_decref (vm, it);
  return TRUE;

fail:
  for (int k = 0; k < i && k < n; k++)
    ys_decref (vm, out[k]);
  ys_decref (vm, it);
  return FALSE;
}

static gboolean
exc_match (YsVM    *vm,
           YsValue  exc,
           YsValue  type)
{
  YsType *t = ys_obj (exc)->type;

  if (ys_kind (vm, type) == YS_KIND_TUPLE)
    {
      for (gsize i = 0; i < ys_tuple_len (type); i++)
        if (exc_match (vm, exc, ys_tuple_get (type, i)))
          return TRUE;
      return FALSE;
    }
  return ys_kind (vm, type) == YS_KIND_TYPE && ys_type_is_subtype (t, (YsType *) ys_obj (type));
}

static gboolean
check_exc_type (YsVM    *vm,
                YsValue  type)
{
  if (ys_kind (vm, type) == YS_KIND_TUPLE)
    {
      for (gsize i = 0; i < ys_tuple_len (type); i++)
        if (!check_exc_type (vm, ys_tuple_get (type, i)))
          return FALSE;
      return TRUE;
    }
  if (!ys_value_is_exception_type (vm, type))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR,
                "catching classes that do not inherit from BaseException is not allowed");
      return FALSE;
    }
  return TRUE;
}

/* RAISE_VARARGS: an exception instance from a class or an instance. */
static YsValue
make_exception (YsVM    *vm,
                YsValue  v)
{
  if (ys_value_is_exception_type (vm, v))
    {
      YsValue exc = ys_call0 (vm, v);
      if (exc == YS_NULL)
        return YS_NULL;
      if (!ys_value_is_exception (vm, exc))
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR,
                    "calling %s should have returned an instance of BaseException, not %s",
                    ys_type_name ((YsType *) ys_obj (v)), ys_type_name_of (vm, exc));
          ys_decref (vm, exc);
          return YS_NULL;
        }
      return exc;
    }
  if (ys_value_is_exception (vm, v))
    return ys_ref (v);
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "exceptions must derive from BaseException");
}

YsValue
ys_call_with_tuple (YsVM    *vm,
                    YsValue  func,
                    YsValue  args,
                    YsValue  kwargs)
{
  gsize n = ys_tuple_len (args), nkw = kwargs != YS_NULL ? ys_dict_len (kwargs) : 0;
  YsValue *argv, kwnames = YS_NULL, r;
  gsize pos = 0, i = n;
  YsValue k, v;

  if (nkw == 0)
    return ys_call (vm, func, (int) n, ((YsTuple *) ys_obj (args))->items, YS_NULL);
  argv = g_new (YsValue, n + nkw);
  memcpy (argv, ((YsTuple *) ys_obj (args))->items, n * sizeof (YsValue));
  kwnames = ys_tuple_new (vm, nkw);
  while (ys_dict_next (kwargs, &pos, &k, &v))
    {
      ys_tuple_set (kwnames, i - n, ys_ref (k));
      argv[i++] = v;
    }
  r = ys_call (vm, func, (int) n, argv, kwnames);
  ys_decref (vm, kwnames);
  g_free (argv);
  return r;
}

/* A callable as CPython names it in argument errors: "__main__.f()", "print()". */
static char *
function_str (YsVM    *vm,
              YsValue  func)
{
  switch (ys_kind (vm, func))
    {
    case YS_KIND_FUNCTION:
      return g_strdup_printf ("__main__.%s()", ((YsFunction *) ys_obj (func))->qualname->data);
    case YS_KIND_BUILTIN:
      return g_strdup_printf ("%s()", ((YsBuiltin *) ys_obj (func))->name->data);
    case YS_KIND_METHOD:
      return function_str (vm, ((YsMethod *) ys_obj (func))->func);
    default:
      return g_strdup_printf ("%s object", ys_type_name_of (vm, func));
    }
}

static gboolean
dict_merge_kwargs (YsVM    *vm,
                   YsValue  dict,
                   YsValue  other,
                   YsValue  func)
{
  gsize pos = 0;
  YsValue k, v;

  if (ys_kind (vm, other) != YS_KIND_DICT)
    {
      YsValue keys_fn = ys_type_lookup (ys_type_of (vm, other), ys_str_interned (vm, "keys"));
      if (keys_fn == YS_NULL)
        {
          g_autofree char *fname = function_str (vm, func);
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s argument after ** must be a mapping, not %s", fname,
                    ys_type_name_of (vm, other));
          return FALSE;
        }
      return ys_dict_update (vm, dict, other);
    }
  while (ys_dict_next (other, &pos, &k, &v))
    {
      if (ys_kind (vm, k) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "keywords must be strings");
          return FALSE;
        }
      if (ys_dict_get (vm, dict, k) != YS_NULL)
        {
          g_autofree char *fname = function_str (vm, func);
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s got multiple values for keyword argument '%s'", fname,
                    ys_str_data (k));
          return FALSE;
        }
      if (ys_dict_set (vm, dict, k, v) < 0)
        return FALSE;
    }
  return TRUE;
}

static YsValue
format_value (YsVM    *vm,
              YsValue  v,
              int      conv,
              YsValue  spec)
{
  YsValue converted, r;

  switch (conv)
    {
    case 1: converted = ys_to_str (vm, v); break;
    case 2: converted = ys_repr (vm, v); break;
    case 3: converted = ys_ascii (vm, v); break;
    default: converted = ys_ref (v); break;
    }
  if (converted == YS_NULL)
    return YS_NULL;
  if (spec == YS_NULL && ys_kind (vm, converted) == YS_KIND_STR &&
      ys_type_of (vm, converted) == vm->types[YS_KIND_STR])
    return converted;
  r = ys_format (vm, converted, spec);
  ys_decref (vm, converted);
  return r;
}

/* Globals are read and written through a per-instruction cache of the dict entry that
 * held the name: names are interned, so a hit is one pointer comparison. */
static inline YsDictEntry *
entry_at (YsValue  dict,
          guint32  slot,
          YsStr   *name)
{
  YsDict *d = (YsDict *) ys_obj (dict);

  if (slot != 0 && slot - 1 < d->n_entries && d->entries[slot - 1].key == ys_val (name) &&
      d->entries[slot - 1].value != YS_NULL)
    return &d->entries[slot - 1];
  return NULL;
}

static inline YsDictEntry *
cached_entry (YsVM          *vm,
              YsValue        globals,
              YsGlobalCache *cache,
              YsStr         *name)
{
  /* A builtin stays valid while no global has been added since: the version tells. */
  if (cache->slot & YS_CACHE_BUILTIN)
    return cache->version == (guint32) ((YsDict *) ys_obj (globals))->version
      ? entry_at (vm->builtins, cache->slot & ~YS_CACHE_BUILTIN, name) : NULL;
  return entry_at (globals, cache->slot, name);
}

static guint32
find_entry (YsValue  dict,
            YsStr   *name)
{
  YsDict *d = (YsDict *) ys_obj (dict);

  for (gsize i = 0; i < d->n_entries; i++)
    if (d->entries[i].key == ys_val (name))
      return (guint32) i + 1;
  return 0;
}

static void
remember_entry (YsVM          *vm,
                YsValue        globals,
                YsGlobalCache *cache,
                YsStr         *name)
{
  cache->slot = find_entry (globals, name);
  if (cache->slot == 0 && (cache->slot = find_entry (vm->builtins, name)) != 0)
    cache->slot |= YS_CACHE_BUILTIN;
  cache->version = (guint32) ((YsDict *) ys_obj (globals))->version;
}

/* A generator may run inside this eval loop when it is paused or new (and, new, is
 * sent nothing), and the stack has room. */
static inline gboolean
can_enter_inline (YsVM    *vm,
                  YsGen   *g,
                  YsValue  sent)
{
  if (g->frame == NULL || vm->depth >= vm->recursion_limit)
    return FALSE;
  if (g->state == YS_GEN_SUSPENDED)
    return TRUE;
  return g->state == YS_GEN_CREATED && (sent == YS_NULL || ys_is_none (vm, sent));
}

static void
emit_call (YsVM    *vm,
           YsFrame *frame)
{
  YsEvent event;

  ys_event_init (&event, YS_EVENT_CALL);
  event.line = frame->code->firstlineno;
  ys_vm_emit (vm, &event, YS_NULL);
}

static YsValue
load_global (YsVM    *vm,
             YsValue  globals,
             YsStr   *name)
{
  YsValue v = ys_dict_get_str (vm, globals, name);

  if (v == YS_NULL)
    v = ys_dict_get_str (vm, vm->builtins, name);
  if (v == YS_NULL)
    return name_error (vm, name);
  return ys_ref (v);
}


/* A yield from loop ended (its delegate popped, maybe freed): gi_yieldfrom, borrowed,
 * must not point at it any more. */
static inline void
yield_from_done (YsFrame *frame)
{
  if (frame->gen != NULL)
    ((YsGen *) frame->gen)->yieldfrom = YS_NULL;
}

YsValue
ys_eval (YsVM    *vm,
         YsFrame *frame)
{
  YsCode *code;
  const YsInstr *instrs;
  YsValue *locals, *sp;
  YsValue consts, names;
  guint32 ip;
  YsInstr instr;
  int oparg;
  YsValue retval = YS_NULL;
  YsFrame *callee = NULL;
  guint trace_gen = vm->trace_gen;  /* of the instructions this loop runs */

#define LOAD_FRAME()                                  \
  G_STMT_START {                                      \
    code = frame->code;                               \
    instrs = vm->trace_lines ? ys_code_traced_instrs (code) : code->instrs; \
    locals = frame->localsplus;                       \
    sp = frame->sp;                                   \
    ip = frame->ip;                                   \
    consts = code->consts;                            \
    names = code->names;                              \
  } G_STMT_END
#define SAVE_FRAME()                                  \
  G_STMT_START {                                      \
    frame->sp = sp;                                   \
    frame->ip = ip;                                   \
    frame->lasti = ip - 1;                            \
  } G_STMT_END
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define NAME(i) ys_str_as (ys_tuple_get (names, (i)))
/* Each instruction jumps straight to the next one's code (GCC and Clang's labels as
 * values): one indirect jump per handler predicts far better than a shared one. The
 * per-instruction check is the same as at next_instruction, which takes the slow path. */
#if defined(__GNUC__)
#define TARGET(op) case YS_OP_##op: op_##op:
#define DISPATCH()                                                                      \
  G_STMT_START {                                                                        \
    if (UNLIKELY (vm->stop_requested | (vm->steps >= vm->step_limit) | vm->tracing))   \
      goto next_instruction;                                                            \
    vm->steps++;                                                                        \
    instr = instrs[ip++];                                                               \
    oparg = (int) YS_ARG (instr);                                                       \
    goto *op_targets[YS_OP (instr)];                                                    \
  } G_STMT_END
#define DISPATCH_INSTR() G_STMT_START { oparg = (int) YS_ARG (instr); goto *op_targets[YS_OP (instr)]; } G_STMT_END
#define YS_OP_TARGET(name) [YS_OP_##name] = &&op_##name,
  static const void *const op_targets[YS_N_OPCODES] = { YS_OPCODES (YS_OP_TARGET) };
#undef YS_OP_TARGET
#else
#define TARGET(op) case YS_OP_##op:
#define DISPATCH() goto next_instruction
#define DISPATCH_INSTR() goto dispatch_instr
#endif
#define ERROR_IF(cond) G_STMT_START { if (UNLIKELY (cond)) goto error; } G_STMT_END

  if (vm->depth >= vm->recursion_limit)
    {
      frame->status = YS_FRAME_RAISED;
      return ys_raise (vm, YS_EXC_RECURSION_ERROR, "maximum recursion depth exceeded");
    }
  /* Python code called from C (a __repr__ from repr ()) recurses on the C stack. */
  if (vm->c_depth > 20000 || ys_stack_exhausted ())
    {
      frame->status = YS_FRAME_RAISED;
      return ys_raise (vm, YS_EXC_RECURSION_ERROR, "maximum recursion depth exceeded");
    }
  vm->c_depth++;
  vm->depth++;
  frame->prev = frame->prev != NULL ? frame->prev : vm->frame;
  vm->frame = frame;
  LOAD_FRAME ();
  if (UNLIKELY (vm->observe_mask != 0) && frame->gen == NULL && ip == 0 && !(code->flags & YS_CODE_MODULE))
    emit_call (vm, frame);

  /* A generator resumed by throw() starts with the exception in flight. */
  if (vm->exc != YS_NULL)
    {
      frame->lasti = ip > 0 ? ip - 1 : 0;
      goto error_no_traceback_at_yield;
    }

next_instruction:
  /* The only per-instruction check: a stop from another thread, or the step cap. */
  if (UNLIKELY (vm->stop_requested | (vm->steps >= vm->step_limit) | vm->tracing))
    {
      if (vm->stop_requested || vm->steps >= vm->step_limit)
        {
          frame->lasti = ip;
          if (vm->stop_requested)
            ys_raise_empty (vm, YS_EXC_KEYBOARD_INTERRUPT);
          else
            ys_raise (vm, YS_EXC_RUNTIME_ERROR, "the program ran more than %" G_GUINT64_FORMAT " steps",
                      vm->max_steps);
          goto error_at_lasti;
        }
      if ((vm->tracing & YS_TRACING_STALE) && trace_gen != vm->trace_gen)
        {
          /* Lines are watched now, or no longer: this frame switches instructions
           * (same indexes); the others do when they next run. */
          trace_gen = vm->trace_gen;
          instrs = vm->trace_lines ? ys_code_traced_instrs (code) : code->instrs;
          ys_vm_eval_switched (vm);
        }
      if ((vm->tracing & YS_TRACING_STEP) && vm->steps >= vm->pause_step && vm->pause_hook != NULL)
        {
          SAVE_FRAME ();
          /* Paused before this instruction: snapshots show its line. */
          frame->lasti = ip;
          vm->pause_hook (vm, vm->pause_data);
          if (vm->stop_requested)
            goto next_instruction;
        }
    }
  vm->steps++;
  instr = instrs[ip++];
#if !defined(__GNUC__)
dispatch_instr:
#endif
  oparg = (int) YS_ARG (instr);

  switch ((YsOpcode) YS_OP (instr))
    {
    TARGET (TRACE)
      /* Reports the line, then runs the instruction it stands for, as one step. */
      if ((vm->log_only_mask & YS_EVENT_MASK (YS_EVENT_LINE)) &&
          (vm->live_bytes == vm->reported_bytes || (vm->log_only_mask & YS_EVENT_MASK (YS_EVENT_MEMORY))))
        {
          /* The usual case of a recorded run, kept short: a new line, and the heap's
           * change, for the log alone (in the order ys_vm_trace_instruction gives). */
          guint32 line = code->lines[ip - 1];
          if (line != frame->traced_line)
            {
              frame->traced_line = line;
              vm->events++;
              ys_event_log_push (vm->event_log, YS_EVENT_LINE, vm->steps, (int) line, vm->depth,
                                 frame->gen != NULL ? ((YsGen *) frame->gen)->id : 0);
            }
          if (vm->live_bytes != vm->reported_bytes)
            {
              vm->reported_bytes = vm->live_bytes;
              vm->events++;
              ys_event_log_push (vm->event_log, YS_EVENT_MEMORY, vm->steps, (int) line, vm->depth, 0);
            }
        }
      else
        {
          vm->steps--;
          SAVE_FRAME ();
          ys_vm_trace_instruction (vm, frame, ip - 1);
          vm->steps++;
          if (trace_gen != vm->trace_gen)
            {
              trace_gen = vm->trace_gen;
              instrs = vm->trace_lines ? ys_code_traced_instrs (code) : code->instrs;
              ys_vm_eval_switched (vm);
            }
        }
      instr = code->instrs[ip - 1];
      DISPATCH_INSTR ();

    TARGET (NOP)
    TARGET (RETURN_GENERATOR)
      DISPATCH ();

    TARGET (SETUP_ANNOTATIONS)
      {
        /* The module's or class's __annotations__ dict, unless the body made one. */
        YsValue ns = frame->locals_dict != YS_NULL ? frame->locals_dict : frame->globals;
        YsStr *key = ys_str_interned (vm, "__annotations__");
        if (ys_dict_get_str (vm, ns, key) == YS_NULL)
          {
            YsValue d = ys_dict_new (vm);
            ERROR_IF (d == YS_NULL);
            ys_dict_set (vm, ns, ys_val (key), d);
            ys_decref (vm, d);
          }
        DISPATCH ();
      }

    TARGET (POP_TOP)
      {
        YsValue v = POP ();
        ys_decref (vm, v);
        DISPATCH ();
      }

    TARGET (DUP_TOP)
      {
        YsValue v = TOP ();
        ys_incref (v);
        PUSH (v);
        DISPATCH ();
      }

    TARGET (DUP_TOP_TWO)
      {
        YsValue a = SECOND (), b = TOP ();
        ys_incref (a);
        ys_incref (b);
        PUSH (a);
        PUSH (b);
        DISPATCH ();
      }

    TARGET (ROT_TWO)
      {
        YsValue t = TOP ();
        TOP () = SECOND ();
        SECOND () = t;
        DISPATCH ();
      }

    TARGET (ROT_THREE)
      {
        YsValue t = TOP ();
        TOP () = SECOND ();
        SECOND () = THIRD ();
        THIRD () = t;
        DISPATCH ();
      }

    TARGET (ROT_FOUR)
      {
        YsValue t = TOP ();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = t;
        DISPATCH ();
      }

    TARGET (LOAD_CONST)
      {
        YsValue v = ys_tuple_get (consts, oparg);
        ys_incref (v);
        PUSH (v);
        DISPATCH ();
      }

    TARGET (LOAD_SMALL_INT)
      PUSH (ys_small ((intptr_t) oparg - (1 << 22)));
      DISPATCH ();

    TARGET (LOAD_NONE)
      PUSH (ys_none (vm));
      DISPATCH ();

    TARGET (LOAD_FAST)
      {
        YsValue v = locals[oparg];
        if (UNLIKELY (v == YS_NULL))
          {
            unbound_local (vm, code, oparg);
            goto error;
          }
        ys_incref (v);
        PUSH (v);
        DISPATCH ();
      }

    TARGET (STORE_FAST)
      {
        YsValue old = locals[oparg];
        locals[oparg] = POP ();
        ys_xdecref (vm, old);
        DISPATCH ();
      }

    TARGET (DELETE_FAST)
      {
        YsValue old = locals[oparg];
        if (old == YS_NULL)
          {
            unbound_local (vm, code, oparg);
            goto error;
          }
        locals[oparg] = YS_NULL;
        ys_decref (vm, old);
        DISPATCH ();
      }

    TARGET (LOAD_DEREF)
      {
        YsCell *cell = (YsCell *) ys_obj (locals[code->nlocals + oparg]);
        if (cell->ref == YS_NULL)
          {
            unbound_cell (vm, code, oparg);
            goto error;
          }
        PUSH (ys_ref (cell->ref));
        DISPATCH ();
      }

    TARGET (STORE_DEREF)
      {
        YsCell *cell = (YsCell *) ys_obj (locals[code->nlocals + oparg]);
        YsValue old = cell->ref;
        cell->ref = POP ();
        ys_xdecref (vm, old);
        DISPATCH ();
      }

    TARGET (DELETE_DEREF)
      {
        YsCell *cell = (YsCell *) ys_obj (locals[code->nlocals + oparg]);
        if (cell->ref == YS_NULL)
          {
            unbound_cell (vm, code, oparg);
            goto error;
          }
        ys_clear (vm, &cell->ref);
        DISPATCH ();
      }

    TARGET (LOAD_CLOSURE)
      PUSH (ys_ref (locals[code->nlocals + oparg]));
      DISPATCH ();

    TARGET (LOAD_GLOBAL)
      {
        YsGlobalCache *cache = &code->cache[ip - 1];
        YsDictEntry *e = cached_entry (vm, frame->globals, cache, NAME (oparg));
        YsValue v;
        if (LIKELY (e != NULL))
          {
            PUSH (ys_ref (e->value));
            DISPATCH ();
          }
        v = load_global (vm, frame->globals, NAME (oparg));
        ERROR_IF (v == YS_NULL);
        remember_entry (vm, frame->globals, cache, NAME (oparg));
        PUSH (v);
        DISPATCH ();
      }

    TARGET (STORE_GLOBAL)
      {
        YsGlobalCache *cache = &code->cache[ip - 1];
        YsDictEntry *e = (cache->slot & YS_CACHE_BUILTIN) ? NULL
                         : entry_at (frame->globals, cache->slot, NAME (oparg));
        YsValue v = POP ();
        int r;
        if (LIKELY (e != NULL))
          {
            YsValue old = e->value;
            e->value = v;
            ys_decref (vm, old);
            DISPATCH ();
          }
        r = ys_dict_set (vm, frame->globals, ys_val (NAME (oparg)), v);
        ys_decref (vm, v);
        ERROR_IF (r < 0);
        cache->slot = find_entry (frame->globals, NAME (oparg));
        DISPATCH ();
      }

    TARGET (DELETE_GLOBAL)
      {
        int r = ys_dict_del (vm, frame->globals, ys_val (NAME (oparg)));
        ERROR_IF (r < 0);
        if (r == 0)
          {
            name_error (vm, NAME (oparg));
            goto error;
          }
        DISPATCH ();
      }

    TARGET (LOAD_NAME)
      {
        YsValue v = frame->locals_dict != YS_NULL ? ys_dict_get_str (vm, frame->locals_dict, NAME (oparg)) : YS_NULL;
        if (v != YS_NULL)
          PUSH (ys_ref (v));
        else
          {
            v = load_global (vm, frame->globals, NAME (oparg));
            ERROR_IF (v == YS_NULL);
            PUSH (v);
          }
        DISPATCH ();
      }

    TARGET (STORE_NAME)
      {
        YsValue v = POP ();
        YsValue ns = frame->locals_dict != YS_NULL ? frame->locals_dict : frame->globals;
        int r = ys_dict_set (vm, ns, ys_val (NAME (oparg)), v);
        ys_decref (vm, v);
        ERROR_IF (r < 0);
        DISPATCH ();
      }

    TARGET (DELETE_NAME)
      {
        YsValue ns = frame->locals_dict != YS_NULL ? frame->locals_dict : frame->globals;
        int r = ys_dict_del (vm, ns, ys_val (NAME (oparg)));
        ERROR_IF (r < 0);
        if (r == 0)
          {
            name_error (vm, NAME (oparg));
            goto error;
          }
        DISPATCH ();
      }

    TARGET (LOAD_ATTR)
      {
        YsValue obj = TOP ();
        YsValue v = ys_getattr (vm, obj, NAME (oparg));
        ERROR_IF (v == YS_NULL);
        TOP () = v;
        ys_decref (vm, obj);
        DISPATCH ();
      }

    TARGET (STORE_ATTR)
      {
        YsValue obj = POP (), v = POP ();
        gboolean ok = ys_setattr (vm, obj, NAME (oparg), v);
        ys_decref (vm, obj);
        ys_decref (vm, v);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (DELETE_ATTR)
      {
        YsValue obj = POP ();
        gboolean ok = ys_delattr (vm, obj, NAME (oparg));
        ys_decref (vm, obj);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (LOAD_METHOD)
      {
        YsValue obj = TOP (), self;
        YsValue m = ys_lookup_method (vm, obj, NAME (oparg), &self);
        ERROR_IF (m == YS_NULL);
        if (self != YS_NULL)
          {
            /* (meth self): self keeps obj's reference. */
            TOP () = m;
            PUSH (obj);
          }
        else
          {
            TOP () = YS_NULL;
            PUSH (m);
            ys_decref (vm, obj);
          }
        DISPATCH ();
      }

    TARGET (CALL_METHOD)
      {
        YsValue *args = sp - oparg;
        YsValue meth = args[-2];
        YsValue callable;
        int argc = oparg;
        YsValue *argv = args;
        if (meth != YS_NULL)
          {
            callable = meth;
            argv = args - 1;
            argc = oparg + 1;
          }
        else
          callable = args[-1];
        if (ys_kind (vm, callable) == YS_KIND_FUNCTION &&
            !(((YsFunction *) ys_obj (callable))->code->flags & YS_CODE_GENERATOR))
          {
            YsValue *base = args - 2;
            callee = ys_frame_for_call (vm, (YsFunction *) ys_obj (callable), argc, argv, YS_NULL);
            ERROR_IF (callee == NULL);
            while (sp > base)
              {
                YsValue v = POP ();
                ys_xdecref (vm, v);
              }
            goto enter_callee;
          }
        {
          YsValue r;
          SAVE_FRAME ();
          r = ys_call (vm, callable, argc, argv, YS_NULL);
          {
            YsValue *base = args - 2;
            while (sp > base)
              {
                YsValue v = POP ();
                ys_xdecref (vm, v);
              }
          }
          ERROR_IF (r == YS_NULL);
          PUSH (r);
          DISPATCH ();
        }
      }

    TARGET (CALL)
    TARGET (CALL_KW)
      {
        YsValue kwnames = YS_NULL;
        int nkw = 0, argc;
        YsValue *args, func, r;
        if (YS_OP (instr) == YS_OP_CALL_KW)
          {
            kwnames = POP ();
            nkw = (int) ys_tuple_len (kwnames);
          }
        argc = oparg - nkw;
        args = sp - oparg;
        func = args[-1];
        if (ys_kind (vm, func) == YS_KIND_FUNCTION &&
            !(((YsFunction *) ys_obj (func))->code->flags & YS_CODE_GENERATOR))
          {
            callee = ys_frame_for_call (vm, (YsFunction *) ys_obj (func), argc, args, kwnames);
            ys_xdecref (vm, kwnames);
            ERROR_IF (callee == NULL);
            while (sp > args - 1)
              {
                YsValue v = POP ();
                ys_decref (vm, v);
              }
            goto enter_callee;
          }
        SAVE_FRAME ();
        r = ys_call (vm, func, argc, args, kwnames);
        ys_xdecref (vm, kwnames);
        while (sp > args - 1)
          {
            YsValue v = POP ();
            ys_decref (vm, v);
          }
        ERROR_IF (r == YS_NULL);
        PUSH (r);
        DISPATCH ();
      }

    TARGET (CALL_EX)
      {
        YsValue kwargs = oparg & 1 ? POP () : YS_NULL;
        YsValue args = POP ();
        YsValue func = POP ();
        YsValue r;
        SAVE_FRAME ();
        r = ys_call_with_tuple (vm, func, args, kwargs);
        ys_xdecref (vm, kwargs);
        ys_decref (vm, args);
        ys_decref (vm, func);
        ERROR_IF (r == YS_NULL);
        PUSH (r);
        DISPATCH ();
      }

    TARGET (BINARY_OP)
      {
        YsValue b = POP (), a = TOP (), r;
        if (LIKELY (ys_is_small (a) && ys_is_small (b)))
          {
            intptr_t x = ys_small_get (a), y = ys_small_get (b), z;
            switch (oparg & ~YS_BIN_INPLACE)
              {
              case YS_BIN_ADD:
                z = x + y;
                if (LIKELY (z >= YS_SMALL_MIN && z <= YS_SMALL_MAX))
                  {
                    TOP () = ys_small (z);
                    DISPATCH ();
                  }
                break;
              case YS_BIN_SUB:
                z = x - y;
                if (LIKELY (z >= YS_SMALL_MIN && z <= YS_SMALL_MAX))
                  {
                    TOP () = ys_small (z);
                    DISPATCH ();
                  }
                break;
              case YS_BIN_MUL:
                if (!__builtin_mul_overflow (x, y, &z) && z >= YS_SMALL_MIN && z <= YS_SMALL_MAX)
                  {
                    TOP () = ys_small (z);
                    DISPATCH ();
                  }
                break;
              case YS_BIN_MOD:
                if (y > 0 && x >= 0)
                  {
                    TOP () = ys_small (x % y);
                    DISPATCH ();
                  }
                break;
              default:
                break;
              }
          }
        SAVE_FRAME ();
        r = ys_binary_op (vm, oparg, a, b);
        ys_decref (vm, a);
        ys_decref (vm, b);
        if (r == YS_NULL)
          {
            sp--;
            goto error;
          }
        TOP () = r;
        DISPATCH ();
      }

    TARGET (COMPARE_OP)
      {
        YsValue b = POP (), a = TOP (), r;
        if (LIKELY (ys_is_small (a) && ys_is_small (b)))
          {
            intptr_t x = ys_small_get (a), y = ys_small_get (b);
            gboolean t;
            switch (oparg)
              {
              case YS_CMP_LT: t = x < y; break;
              case YS_CMP_LE: t = x <= y; break;
              case YS_CMP_EQ: t = x == y; break;
              case YS_CMP_NE: t = x != y; break;
              case YS_CMP_GT: t = x > y; break;
              default: t = x >= y; break;
              }
            TOP () = ys_bool (vm, t);
            DISPATCH ();
          }
        SAVE_FRAME ();
        r = ys_compare (vm, a, b, oparg);
        ys_decref (vm, a);
        ys_decref (vm, b);
        if (r == YS_NULL)
          {
            sp--;
            goto error;
          }
        TOP () = r;
        DISPATCH ();
      }

    TARGET (IS_OP)
      {
        YsValue b = POP (), a = POP ();
        gboolean same = a == b;
        ys_decref (vm, a);
        ys_decref (vm, b);
        PUSH (ys_bool (vm, oparg ? !same : same));
        DISPATCH ();
      }

    TARGET (CONTAINS_OP)
      {
        YsValue container = POP (), item = POP ();
        int r;
        SAVE_FRAME ();
        r = ys_contains (vm, container, item);
        ys_decref (vm, container);
        ys_decref (vm, item);
        ERROR_IF (r < 0);
        PUSH (ys_bool (vm, oparg ? !r : r));
        DISPATCH ();
      }

    TARGET (UNARY_NEG)
    TARGET (UNARY_POS)
    TARGET (UNARY_NOT)
    TARGET (UNARY_INVERT)
      {
        YsValue v = TOP (), r;
        SAVE_FRAME ();
        r = ys_unary_op (vm, YS_OP (instr), v);
        ERROR_IF (r == YS_NULL);
        TOP () = r;
        ys_decref (vm, v);
        DISPATCH ();
      }

    TARGET (BINARY_SUBSCR)
      {
        YsValue key = POP (), obj = TOP (), r;
        SAVE_FRAME ();
        r = ys_getitem (vm, obj, key);
        ys_decref (vm, key);
        if (r == YS_NULL)
          goto error;
        TOP () = r;
        ys_decref (vm, obj);
        DISPATCH ();
      }

    TARGET (STORE_SUBSCR)
      {
        YsValue key = POP (), obj = POP (), v = POP ();
        gboolean ok;
        SAVE_FRAME ();
        ok = ys_setitem (vm, obj, key, v);
        ys_decref (vm, key);
        ys_decref (vm, obj);
        ys_decref (vm, v);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (DELETE_SUBSCR)
      {
        YsValue key = POP (), obj = POP ();
        gboolean ok;
        SAVE_FRAME ();
        ok = ys_delitem (vm, obj, key);
        ys_decref (vm, key);
        ys_decref (vm, obj);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (BUILD_SLICE)
      {
        YsValue step = oparg == 3 ? POP () : ys_none (vm);
        YsValue stop = POP (), start = POP ();
        YsValue s = ys_slice_new (vm, start, stop, step);
        ys_decref (vm, start);
        ys_decref (vm, stop);
        ys_decref (vm, step);
        ERROR_IF (s == YS_NULL);
        PUSH (s);
        DISPATCH ();
      }

    TARGET (BUILD_TUPLE)
      {
        YsValue t = ys_tuple_new (vm, oparg);
        ERROR_IF (t == YS_NULL);
        for (int i = oparg - 1; i >= 0; i--)
          ys_tuple_set (t, i, POP ());
        PUSH (t);
        DISPATCH ();
      }

    TARGET (BUILD_LIST)
      {
        YsValue l = ys_list_new (vm, oparg);
        ERROR_IF (l == YS_NULL);
        for (int i = 0; i < oparg; i++)
          ys_list_as (l)->items[i] = sp[i - oparg];
        ys_list_as (l)->length = oparg;
        sp -= oparg;
        PUSH (l);
        DISPATCH ();
      }

    TARGET (BUILD_SET)
      {
        YsValue s = ys_set_new (vm, YS_KIND_SET);
        gboolean ok = s != YS_NULL;
        for (int i = 0; i < oparg; i++)
          {
            if (ok && ys_set_add (vm, s, sp[i - oparg]) < 0)
              ok = FALSE;
            ys_decref (vm, sp[i - oparg]);
          }
        sp -= oparg;
        if (!ok)
          {
            ys_xdecref (vm, s);
            goto error;
          }
        PUSH (s);
        DISPATCH ();
      }

    TARGET (BUILD_MAP)
      {
        YsValue d = ys_dict_new (vm);
        gboolean ok = d != YS_NULL;
        for (int i = 0; i < oparg; i++)
          {
            YsValue k = sp[2 * (i - oparg)], v = sp[2 * (i - oparg) + 1];
            if (ok && ys_dict_set (vm, d, k, v) < 0)
              ok = FALSE;
            ys_decref (vm, k);
            ys_decref (vm, v);
          }
        sp -= 2 * oparg;
        if (!ok)
          {
            ys_xdecref (vm, d);
            goto error;
          }
        PUSH (d);
        DISPATCH ();
      }

    TARGET (LIST_APPEND)
      {
        YsValue v = POP ();
        ERROR_IF (!ys_list_append_steal (vm, sp[-oparg], v));
        DISPATCH ();
      }

    TARGET (SET_ADD)
      {
        YsValue v = POP ();
        int r = ys_set_add (vm, sp[-oparg], v);
        ys_decref (vm, v);
        ERROR_IF (r < 0);
        DISPATCH ();
      }

    TARGET (MAP_ADD)
      {
        YsValue v = POP (), k = POP ();
        int r = ys_dict_set (vm, sp[-oparg], k, v);
        ys_decref (vm, k);
        ys_decref (vm, v);
        ERROR_IF (r < 0);
        DISPATCH ();
      }

    TARGET (LIST_EXTEND)
      {
        YsValue it = POP ();
        gboolean ok;
        SAVE_FRAME ();
        ok = ys_list_extend (vm, sp[-oparg], it);
        if (!ok && ys_exc_matches (vm, YS_EXC_TYPE_ERROR) && ys_builtin_iter (vm, it) == YS_NULL &&
            ys_kind (vm, it) != YS_KIND_INSTANCE)
          {
            ys_exc_clear (vm);
            ys_raise (vm, YS_EXC_TYPE_ERROR, "Value after * must be an iterable, not %s",
                      ys_type_name_of (vm, it));
          }
        ys_decref (vm, it);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (SET_UPDATE)
      {
        YsValue it = POP ();
        gboolean ok = ys_set_update (vm, sp[-oparg], it);
        ys_decref (vm, it);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (DICT_UPDATE)
      {
        YsValue m = POP ();
        gboolean ok;
        if (ys_kind (vm, m) != YS_KIND_DICT &&
            ys_type_lookup (ys_type_of (vm, m), ys_str_interned (vm, "keys")) == YS_NULL)
          {
            ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not a mapping", ys_type_name_of (vm, m));
            ys_decref (vm, m);
            goto error;
          }
        ok = ys_dict_update (vm, sp[-oparg], m);
        ys_decref (vm, m);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (DICT_MERGE)
      {
        YsValue m = POP ();
        gboolean ok = dict_merge_kwargs (vm, sp[-oparg], m, sp[-oparg - 2]);
        ys_decref (vm, m);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (LIST_TO_TUPLE)
      {
        YsValue l = TOP ();
        YsValue t = ys_list_to_tuple (vm, l);
        ERROR_IF (t == YS_NULL);
        TOP () = t;
        ys_decref (vm, l);
        DISPATCH ();
      }

    TARGET (BUILD_STRING)
      {
        GString *out = g_string_new (NULL);
        YsValue s;
        for (int i = 0; i < oparg; i++)
          {
            YsValue part = sp[i - oparg];
            g_string_append_len (out, ys_str_data (part), ys_str_as (part)->nbytes);
            ys_decref (vm, part);
          }
        sp -= oparg;
        s = ys_str_new (vm, out->str, (gssize) out->len);
        g_string_free (out, TRUE);
        ERROR_IF (s == YS_NULL);
        PUSH (s);
        DISPATCH ();
      }

    TARGET (FORMAT_VALUE)
      {
        YsValue spec = (oparg & 4) ? POP () : YS_NULL;
        YsValue v = POP (), r;
        SAVE_FRAME ();
        r = format_value (vm, v, oparg & 3, spec);
        ys_xdecref (vm, spec);
        ys_decref (vm, v);
        ERROR_IF (r == YS_NULL);
        PUSH (r);
        DISPATCH ();
      }

    TARGET (JUMP)
      ip = (guint32) oparg;
      DISPATCH ();

    TARGET (POP_JUMP_IF_FALSE)
    TARGET (POP_JUMP_IF_TRUE)
      {
        YsValue v = POP ();
        int t;
        if (v == ys_val (vm->true_obj))
          t = 1;
        else if (v == ys_val (vm->false_obj))
          t = 0;
        else
          {
            SAVE_FRAME ();
            t = ys_truthy (vm, v);
          }
        ys_decref (vm, v);
        ERROR_IF (t < 0);
        if (t == (YS_OP (instr) == YS_OP_POP_JUMP_IF_TRUE))
          ip = (guint32) oparg;
        DISPATCH ();
      }

    TARGET (JUMP_IF_FALSE_OR_POP)
    TARGET (JUMP_IF_TRUE_OR_POP)
      {
        YsValue v = TOP ();
        int t = ys_truthy (vm, v);
        ERROR_IF (t < 0);
        if (t == (YS_OP (instr) == YS_OP_JUMP_IF_TRUE_OR_POP))
          ip = (guint32) oparg;
        else
          {
            sp--;
            ys_decref (vm, v);
          }
        DISPATCH ();
      }

    TARGET (GET_ITER)
      {
        YsValue v = TOP (), it;
        SAVE_FRAME ();
        it = ys_iter (vm, v);
        ERROR_IF (it == YS_NULL);
        TOP () = it;
        ys_decref (vm, v);
        DISPATCH ();
      }

    TARGET (FOR_ITER)
      {
        YsValue it = TOP (), v;
        SAVE_FRAME ();
        if (!ys_is_small (it) && ys_obj (it)->type->kind == YS_KIND_GENERATOR &&
            can_enter_inline (vm, (YsGen *) ys_obj (it), YS_NULL))
          {
            /* A generator looped over runs in this same loop, like a call. */
            YsGen *g = (YsGen *) ys_obj (it);
            ys_gen_enter (vm, g, YS_NULL, FALSE, YS_RESUME_NEXT, frame, FALSE);
            vm->depth++;
            frame = g->frame;
            vm->frame = frame;
            LOAD_FRAME ();
            DISPATCH ();
          }
        /* A built-in iterator directly: this loop polls Stop itself, and its C stack
         * does not grow here (ys_next checks both for the loops in C). */
        v = !ys_is_small (it) && ys_obj (it)->type->kind == YS_KIND_ITERATOR ? ys_iterator_next (vm, it)
                                                                              : ys_next (vm, it);
        if (v != YS_NULL)
          {
            PUSH (v);
            DISPATCH ();
          }
        ERROR_IF (vm->exc != YS_NULL);
        sp--;
        ys_decref (vm, it);
        ip = (guint32) oparg;
        DISPATCH ();
      }

    TARGET (UNPACK_SEQUENCE)
    TARGET (UNPACK_EX)
      {
        YsValue seq = POP ();
        int before = YS_OP (instr) == YS_OP_UNPACK_EX ? (oparg & 0xff) : -1;
        int after = YS_OP (instr) == YS_OP_UNPACK_EX ? (oparg >> 8) : 0;
        int n = before < 0 ? oparg : before + after + 1;
        YsValue small[16];
        YsValue *out = n <= 16 ? small : g_new (YsValue, n);
        gboolean ok;
        SAVE_FRAME ();
        ok = unpack_into (vm, seq, n, before, after, out);
        ys_decref (vm, seq);
        if (ok)
          for (int i = n - 1; i >= 0; i--)
            PUSH (out[i]);
        if (out != small)
          g_free (out);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    TARGET (MAKE_FUNCTION)
      {
        YsValue codev = POP ();
        YsValue closure = (oparg & 8) ? POP () : YS_NULL;
        YsValue annotations = (oparg & 4) ? POP () : YS_NULL;
        YsValue kwdefaults = (oparg & 2) ? POP () : YS_NULL;
        YsValue defaults = (oparg & 1) ? POP () : YS_NULL;
        YsValue f = ys_function_new (vm, (YsCode *) ys_obj (codev), frame->globals);
        ys_decref (vm, codev);
        if (f == YS_NULL)
          {
            ys_xdecref (vm, closure);
            ys_xdecref (vm, annotations);
            ys_xdecref (vm, kwdefaults);
            ys_xdecref (vm, defaults);
            goto error;
          }
        ((YsFunction *) ys_obj (f))->closure = closure;
        ((YsFunction *) ys_obj (f))->kwdefaults = kwdefaults;
        ((YsFunction *) ys_obj (f))->defaults = defaults;
        ((YsFunction *) ys_obj (f))->annotations = annotations;
        PUSH (f);
        DISPATCH ();
      }

    TARGET (MAKE_CLASS)
      {
        YsValue kwargs = oparg & 1 ? POP () : YS_NULL;
        YsValue bases = POP (), name = POP (), body = POP ();
        YsValue ns = ys_dict_new (vm), cls = YS_NULL;
        YsFrame *bf;
        SAVE_FRAME ();
        bf = ns != YS_NULL ? ys_frame_for_call (vm, (YsFunction *) ys_obj (body), 0, NULL, YS_NULL) : NULL;
        if (bf != NULL)
          {
            YsValue r;
            YsValue module_name = ys_str_intern (vm, "__main__");
            ys_dict_set (vm, ns, ys_val (vm->s_module), module_name);
            ys_decref (vm, module_name);
            ys_dict_set (vm, ns, ys_val (vm->s_qualname), name);
            ys_dict_set (vm, ns, ys_val (vm->s_doc), ys_val (vm->none));
            bf->locals_dict = ys_ref (ns);
            bf->is_entry = TRUE;
            r = ys_eval (vm, bf);
            ys_frame_free (vm, bf);
            if (r != YS_NULL)
              {
                cls = ys_class_new (vm, name, bases, ns, kwargs);
                if (cls != YS_NULL && ys_kind (vm, r) == YS_KIND_CELL)
                  {
                    YsCell *cell = (YsCell *) ys_obj (r);
                    ys_xdecref (vm, cell->ref);
                    cell->ref = ys_ref (cls);
                  }
                ys_decref (vm, r);
              }
          }
        ys_xdecref (vm, ns);
        ys_xdecref (vm, kwargs);
        ys_decref (vm, bases);
        ys_decref (vm, name);
        ys_decref (vm, body);
        ERROR_IF (cls == YS_NULL);
        PUSH (cls);
        DISPATCH ();
      }

    TARGET (RETURN_VALUE)
      retval = POP ();
      if (UNLIKELY (vm->observe_mask != 0) && frame->gen == NULL && !(code->flags & YS_CODE_MODULE))
        {
          YsEvent event;
          SAVE_FRAME ();
          ys_event_init (&event, YS_EVENT_RETURN);
          ys_vm_emit (vm, &event, retval);
        }
      if (frame->is_entry)
        {
          frame->status = YS_FRAME_RETURNED;
          SAVE_FRAME ();
          goto exit_eval;
        }
      if (frame->gen != NULL)
        {
          /* A generator run inline ended: its loop or its yield from goes on. */
          YsGen *g = (YsGen *) frame->gen;
          YsValue r;
          YsInstr at;
          SAVE_FRAME ();
          frame = frame->prev;
          vm->frame = frame;
          vm->depth--;
          r = ys_gen_leave (vm, g, YS_FRAME_RETURNED, retval, YS_RESUME_NEXT);
          retval = YS_NULL;
          LOAD_FRAME ();
          at = code->instrs[frame->lasti];
          if (YS_OP (at) == YS_OP_FOR_ITER)
            {
              YsValue itv = POP ();
              ys_decref (vm, r);
              ys_decref (vm, itv);
            }
          else
            {
              YsValue sub = POP ();
              yield_from_done (frame);
              ys_decref (vm, sub);
              PUSH (r);
            }
          ip = YS_ARG (at);
          DISPATCH ();
        }
      {
        YsFrame *done = frame;
        frame = done->prev;
        vm->frame = frame;
        vm->depth--;
        done->sp = sp;
        ys_frame_free (vm, done);
        LOAD_FRAME ();
        PUSH (retval);
        retval = YS_NULL;
        DISPATCH ();
      }

    TARGET (YIELD_VALUE)
      retval = POP ();
      frame->status = YS_FRAME_YIELDED;
      if (frame->gen != NULL)
        {
          YsGen *g = (YsGen *) frame->gen;
          /* Paused in a yield from loop: the delegate is on top of the stack. */
          g->yieldfrom = oparg == 1 ? sp[-1] : YS_NULL;
        }
      SAVE_FRAME ();
      if (frame->is_entry)
        goto exit_eval;
      {
        /* Resumed by a loop or a yield from of this same eval loop: back to it. */
        YsGen *g = (YsGen *) frame->gen;
        frame = frame->prev;
        vm->frame = frame;
        vm->depth--;
        ys_gen_leave (vm, g, YS_FRAME_YIELDED, retval, YS_RESUME_NEXT);
        LOAD_FRAME ();
        PUSH (retval);
        retval = YS_NULL;
        DISPATCH ();
      }

    TARGET (GET_YIELD_FROM_ITER)
      {
        YsValue v = TOP ();
        if (ys_kind (vm, v) != YS_KIND_GENERATOR)
          {
            YsValue it;
            SAVE_FRAME ();
            it = ys_iter (vm, v);
            ERROR_IF (it == YS_NULL);
            TOP () = it;
            ys_decref (vm, v);
          }
        DISPATCH ();
      }

    TARGET (SEND)
      {
        YsValue v = POP (), sub = TOP (), r;
        SAVE_FRAME ();
        if (ys_kind (vm, sub) == YS_KIND_GENERATOR && can_enter_inline (vm, (YsGen *) ys_obj (sub), v))
          {
            /* Delegation runs the delegate in this same loop. */
            YsGen *g = (YsGen *) ys_obj (sub);
            ys_gen_enter (vm, g, v, FALSE, ys_is_none (vm, v) ? YS_RESUME_NEXT : YS_RESUME_SEND, frame, FALSE);
            ys_decref (vm, v);
            vm->depth++;
            frame = g->frame;
            vm->frame = frame;
            LOAD_FRAME ();
            DISPATCH ();
          }
        if (ys_kind (vm, sub) == YS_KIND_GENERATOR)
          {
            gboolean returned;
            r = ys_gen_send (vm, sub, v, &returned);
            ys_decref (vm, v);
            ERROR_IF (r == YS_NULL);
            if (returned)
              {
                sp--;
                yield_from_done (frame);
                ys_decref (vm, sub);
                PUSH (r);
                ip = (guint32) oparg;
                DISPATCH ();
              }
            PUSH (r);
            DISPATCH ();
          }
        if (ys_is_none (vm, v) && ys_kind (vm, sub) != YS_KIND_INSTANCE)
          r = ys_next (vm, sub);
        else
          {
            /* A class's iterator: its own StopIteration carries the result. */
            if (ys_is_none (vm, v))
              r = ys_call_method (vm, sub, vm->s_next, 0, NULL);
            else
              r = ys_call_method (vm, sub, ys_str_interned (vm, "send"), 1, &v);
            if (r == YS_NULL && ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
              {
                YsValue exc = ys_exc_fetch (vm);
                YsValue value = ((YsException *) ys_obj (exc))->value;
                ys_decref (vm, v);
                sp--;
                yield_from_done (frame);
                ys_decref (vm, sub);
                PUSH (value != YS_NULL ? ys_ref (value) : ys_none (vm));
                ys_decref (vm, exc);
                ip = (guint32) oparg;
                DISPATCH ();
              }
          }
        ys_decref (vm, v);
        if (r == YS_NULL)
          {
            ERROR_IF (vm->exc != YS_NULL);
            sp--;
            yield_from_done (frame);
            ys_decref (vm, sub);
            PUSH (ys_none (vm));
            ip = (guint32) oparg;
            DISPATCH ();
          }
        PUSH (r);
        DISPATCH ();
      }

    TARGET (RAISE_VARARGS)
      {
        YsValue cause = oparg == 2 ? POP () : YS_NULL;
        YsValue v = oparg >= 1 ? POP () : YS_NULL;
        YsValue exc;
        SAVE_FRAME ();
        if (oparg == 0)
          {
            if (vm->handled == YS_NULL)
              {
                ys_raise (vm, YS_EXC_RUNTIME_ERROR, "No active exception to reraise");
                goto error;
              }
            ys_xdecref (vm, vm->exc);
            vm->exc = ys_ref (vm->handled);
            frame->lasti = ip - 1;
            goto exception_unwind;
          }
        exc = make_exception (vm, v);
        ys_decref (vm, v);
        if (exc == YS_NULL)
          {
            ys_xdecref (vm, cause);
            goto error;
          }
        if (cause != YS_NULL)
          {
            YsValue c = YS_NULL;
            if (ys_is_none (vm, cause))
              c = YS_NULL;
            else
              {
                c = make_exception (vm, cause);
                if (c == YS_NULL)
                  {
                    if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
                      {
                        ys_exc_clear (vm);
                        ys_raise (vm, YS_EXC_TYPE_ERROR, "exception causes must derive from BaseException");
                      }
                    ys_decref (vm, cause);
                    ys_decref (vm, exc);
                    goto error;
                  }
              }
            ys_exception_set_cause (vm, exc, c);
            if (c == YS_NULL)
              ((YsException *) ys_obj (exc))->suppress_context = TRUE;
            else
              ys_clear (vm, &((YsException *) ys_obj (exc))->context);
            ys_xdecref (vm, c);
            ys_decref (vm, cause);
          }
        ys_raise_value (vm, exc);
        goto error;
      }

    TARGET (RERAISE)
      {
        YsValue exc = POP ();
        ys_xdecref (vm, vm->exc);
        vm->exc = exc;
        frame->lasti = ip - 1;
        goto exception_unwind;
      }

    TARGET (PUSH_EXC_INFO)
      {
        YsValue exc = TOP ();
        YsValue prev = vm->handled != YS_NULL ? vm->handled : ys_none (vm);
        vm->handled = ys_ref (exc);
        TOP () = prev;
        PUSH (exc);
        DISPATCH ();
      }

    TARGET (POP_EXCEPT)
      {
        YsValue prev = POP ();
        YsValue old = vm->handled;
        vm->handled = ys_is_none (vm, prev) ? YS_NULL : prev;
        if (ys_is_none (vm, prev))
          ys_decref (vm, prev);
        ys_xdecref (vm, old);
        DISPATCH ();
      }

    TARGET (CHECK_EXC_MATCH)
      {
        YsValue type = POP ();
        gboolean match;
        if (!check_exc_type (vm, type))
          {
            ys_decref (vm, type);
            goto error;
          }
        match = exc_match (vm, TOP (), type);
        ys_decref (vm, type);
        PUSH (ys_bool (vm, match));
        DISPATCH ();
      }

    TARGET (LOAD_ASSERTION_ERROR)
      PUSH (ys_ref (ys_val (vm->exc_types[YS_EXC_ASSERTION_ERROR])));
      DISPATCH ();

    TARGET (BEFORE_WITH)
      {
        YsValue cm = TOP (), enter, exit, r;
        SAVE_FRAME ();
        enter = ys_type_lookup (ys_type_of (vm, cm), vm->s_enter);
        exit = ys_type_lookup (ys_type_of (vm, cm), vm->s_exit);
        if (enter == YS_NULL || exit == YS_NULL)
          {
            if (enter == YS_NULL)
              ys_raise (vm, YS_EXC_TYPE_ERROR,
                        "'%s' object does not support the context manager protocol",
                        ys_type_name_of (vm, cm));
            else
              ys_raise (vm, YS_EXC_TYPE_ERROR,
                        "'%s' object does not support the context manager protocol (missed __exit__ method)",
                        ys_type_name_of (vm, cm));
            goto error;
          }
        exit = ys_getattr (vm, cm, vm->s_exit);
        ERROR_IF (exit == YS_NULL);
        r = ys_call_method (vm, cm, vm->s_enter, 0, NULL);
        if (r == YS_NULL)
          {
            ys_decref (vm, exit);
            goto error;
          }
        TOP () = exit;
        ys_decref (vm, cm);
        PUSH (r);
        DISPATCH ();
      }

    TARGET (WITH_EXCEPT_START)
      {
        /* (exit prev exc) */
        YsValue exc = TOP (), exit = THIRD ();
        YsValue args[3] = { ys_val (ys_obj (exc)->type), exc, ys_exception_traceback_object (vm, exc) };
        YsValue r;
        SAVE_FRAME ();
        r = ys_call (vm, exit, 3, args, YS_NULL);
        ys_decref (vm, args[2]);
        ERROR_IF (r == YS_NULL);
        PUSH (r);
        DISPATCH ();
      }

    TARGET (IMPORT_NAME)
      {
        YsValue m;
        SAVE_FRAME ();
        m = strchr (NAME (oparg)->data, '.') != NULL ? ys_import_dotted (vm, NAME (oparg))
                                                      : ys_import_module (vm, NAME (oparg));
        ERROR_IF (m == YS_NULL);
        PUSH (m);
        DISPATCH ();
      }

    TARGET (IMPORT_FROM)
      {
        YsValue m = TOP ();
        YsValue v = ys_getattr (vm, m, NAME (oparg));
        if (v == YS_NULL)
          {
            if (ys_exc_matches (vm, YS_EXC_ATTRIBUTE_ERROR))
              {
                ys_exc_clear (vm);
                ys_raise (vm, YS_EXC_IMPORT_ERROR, "cannot import name '%s' from '%s' (unknown location)",
                          NAME (oparg)->data, ((YsModule *) ys_obj (m))->name->data);
              }
            goto error;
          }
        PUSH (v);
        DISPATCH ();
      }

    TARGET (IMPORT_STAR)
      {
        YsValue m = POP ();
        gboolean ok;
        SAVE_FRAME ();
        ok = ys_import_star (vm, m, frame->locals_dict != YS_NULL ? frame->locals_dict : frame->globals);
        ys_decref (vm, m);
        ERROR_IF (!ok);
        DISPATCH ();
      }

    default:
      g_error ("unknown opcode %d", YS_OP (instr));
    }

enter_callee:
  /* A Python function called from Python: its frame runs in this same loop. */
  SAVE_FRAME ();
  if (UNLIKELY (vm->depth >= vm->recursion_limit))
    {
      ys_frame_free (vm, callee);
      ys_raise (vm, YS_EXC_RECURSION_ERROR, "maximum recursion depth exceeded");
      goto error;
    }
  callee->prev = frame;
  callee->is_entry = FALSE;
  vm->depth++;
  frame = callee;
  vm->frame = frame;
  LOAD_FRAME ();
  if (UNLIKELY (vm->observe_mask != 0))
    emit_call (vm, frame);
  DISPATCH ();

error:
  frame->lasti = ip - 1;
error_at_lasti:
  /* The exception was raised here: this frame joins its traceback. */
  ys_traceback_add (vm, vm->exc, code, code->lines[frame->lasti]);
  goto exception_unwind;

error_no_traceback_at_yield:
  ys_traceback_add (vm, vm->exc, code, code->lines[frame->lasti]);

exception_unwind:
  for (;;)
    {
      gint32 h = code->handler_of[frame->lasti];
      if (h >= 0)
        {
          YsHandler *handler = &code->handlers[h];
          YsValue *base = frame->localsplus + code->nlocals + code->ncells + code->nfrees;
          /* A delegate on the stack goes with the values dropped. */
          yield_from_done (frame);
          while (sp > base + handler->depth)
            {
              YsValue v = POP ();
              ys_xdecref (vm, v);
            }
          PUSH (ys_exc_fetch (vm));
          ip = handler->target;
          DISPATCH ();
        }
      /* No handler here: leave the frame. */
      frame->sp = sp;
      if (frame->is_entry)
        {
          frame->status = YS_FRAME_RAISED;
          retval = YS_NULL;
          goto exit_eval;
        }
      {
        YsFrame *done = frame;
        frame = done->prev;
        vm->frame = frame;
        vm->depth--;
        if (done->gen != NULL)
          ys_gen_leave (vm, (YsGen *) done->gen, YS_FRAME_RAISED, YS_NULL, YS_RESUME_NEXT);
        else
          ys_traceback_keep_frame (vm, vm->exc, done);
        LOAD_FRAME ();
        ys_traceback_add (vm, vm->exc, code, code->lines[frame->lasti]);
      }
    }

exit_eval:
  if (trace_gen != vm->trace_gen)
    ys_vm_eval_switched (vm);
  vm->frame = frame->prev;
  vm->depth--;
  vm->c_depth--;
  return retval;
}

/* The VM */

void
ys_vm_write (YsVM       *vm,
             const char *text,
             gsize       len,
             gboolean    is_error)
{
  if (vm->observe_mask != 0)
    {
      YsEvent event;
      ys_event_init (&event, YS_EVENT_OUTPUT);
      event.text = text;
      event.text_len = len;
      event.is_error = is_error;
      ys_vm_emit (vm, &event, YS_NULL);
    }
  if (vm->output != NULL)
    vm->output (text, len, is_error, vm->output_data);
  else
    {
      fwrite (text, 1, len, is_error ? stderr : stdout);
      if (is_error)
        fflush (stderr);
    }
}

YsValue
ys_run_module (YsVM    *vm,
               YsValue  codev)
{
  YsCode *code = (YsCode *) ys_obj (codev);
  YsFrame *f = ys_frame_new (vm, code, YS_NULL, vm->globals);
  YsValue r;

  if (f == NULL)
    return YS_NULL;
  f->is_entry = TRUE;
  r = ys_eval (vm, f);
  if (r == YS_NULL)
    ys_traceback_keep_frame (vm, vm->exc, f);
  else
    ys_frame_free (vm, f);
  return r;
}
