/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Code objects, functions, built-in functions, bound methods, cells, frames, classes
 * and generators. */
#include "ys-runtime.h"
#include "ys-opcodes.h"

#include <string.h>

/* code */

static void
code_dealloc (YsVM     *vm,
              YsObject *obj)
{
  YsCode *code = (YsCode *) obj;

  if (code->name != NULL)
    ys_decref (vm, ys_val (code->name));
  if (code->qualname != NULL)
    ys_decref (vm, ys_val (code->qualname));
  if (code->filename != NULL)
    ys_decref (vm, ys_val (code->filename));
  ys_clear (vm, &code->consts);
  ys_clear (vm, &code->doc);
  ys_clear (vm, &code->names);
  ys_clear (vm, &code->varnames);
  ys_clear (vm, &code->cellnames);
  g_free (code->instrs);
  g_free (code->traced_instrs);
  g_free (code->lines);
  g_free (code->columns);
  g_free (code->handler_of);
  g_free (code->cache);
  g_free (code->handlers);
  g_free (code->cell2arg);
  ys_free_object (vm, obj);
}

static void
code_clear (YsVM     *vm,
            YsObject *obj)
{
  YsCode *code = (YsCode *) obj;

  ys_clear (vm, &code->consts);
}

YsCode *
ys_code_new (YsVM *vm)
{
  return (YsCode *) ys_gc_alloc (vm, vm->types[YS_KIND_CODE], sizeof (YsCode));
}

/* functions */

static void
function_dealloc (YsVM     *vm,
                  YsObject *obj)
{
  YsFunction *f = (YsFunction *) obj;

  ys_decref (vm, ys_val (f->code));
  ys_clear (vm, &f->globals);
  ys_clear (vm, &f->defaults);
  ys_clear (vm, &f->kwdefaults);
  ys_clear (vm, &f->closure);
  ys_clear (vm, &f->dict);
  ys_clear (vm, &f->doc);
  ys_clear (vm, &f->module);
  ys_clear (vm, &f->annotations);
  if (f->klass != NULL)
    {
      YsType *k = f->klass;
      f->klass = NULL;
      ys_decref (vm, ys_val (k));
    }
  ys_decref (vm, ys_val (f->name));
  ys_decref (vm, ys_val (f->qualname));
  ys_free_object (vm, obj);
}

static void
function_clear (YsVM     *vm,
                YsObject *obj)
{
  YsFunction *f = (YsFunction *) obj;

  ys_clear (vm, &f->globals);
  ys_clear (vm, &f->defaults);
  ys_clear (vm, &f->kwdefaults);
  ys_clear (vm, &f->closure);
  ys_clear (vm, &f->dict);
  ys_clear (vm, &f->doc);
  ys_clear (vm, &f->module);
  ys_clear (vm, &f->annotations);
  if (f->klass != NULL)
    {
      YsType *k = f->klass;
      f->klass = NULL;
      ys_decref (vm, ys_val (k));
    }
}

static void
replace_value (YsVM    *vm,
               YsValue *slot,
               YsValue  value)
{
  YsValue old = *slot;

  *slot = ys_ref (value);
  ys_xdecref (vm, old);
}

int
ys_function_set_special (YsVM    *vm,
                         YsValue  func,
                         YsStr   *name,
                         YsValue  value)
{
  YsFunction *f = (YsFunction *) ys_obj (func);
  const char *n = name->data;

  if (g_str_equal (n, "__name__") || g_str_equal (n, "__qualname__"))
    {
      YsStr **slot = n[2] == 'n' ? &f->name : &f->qualname;
      if (value == YS_NULL || ys_kind (vm, value) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s must be set to a string object", n);
          return -1;
        }
      ys_decref (vm, ys_val (*slot));
      *slot = ys_str_as (ys_ref (value));
      return 1;
    }
  if (g_str_equal (n, "__doc__") || g_str_equal (n, "__module__"))
    {
      /* Deleting leaves None, as CPython's does. */
      replace_value (vm, n[2] == 'd' ? &f->doc : &f->module, value != YS_NULL ? value : ys_val (vm->none));
      return 1;
    }
  if (g_str_equal (n, "__annotations__") || g_str_equal (n, "__dict__"))
    {
      gboolean annotations = n[2] == 'a';
      if ((value == YS_NULL || ys_is_none (vm, value)) && annotations)
        {
          ys_clear (vm, &f->annotations);
          return 1;
        }
      if (value == YS_NULL || ys_kind (vm, value) != YS_KIND_DICT)
        {
          if (annotations)
            ys_raise (vm, YS_EXC_TYPE_ERROR, "__annotations__ must be set to a dict object");
          else if (value == YS_NULL)
            ys_raise (vm, YS_EXC_TYPE_ERROR, "cannot delete __dict__");
          else
            ys_raise (vm, YS_EXC_TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%s'",
                      ys_type_name_of (vm, value));
          return -1;
        }
      replace_value (vm, annotations ? &f->annotations : &f->dict, value);
      return 1;
    }
  if (g_str_equal (n, "__defaults__"))
    {
      if (value != YS_NULL && !ys_is_none (vm, value) && ys_kind (vm, value) != YS_KIND_TUPLE)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "__defaults__ must be set to a tuple object");
          return -1;
        }
      if (value == YS_NULL || ys_is_none (vm, value) || ys_tuple_len (value) == 0)
        ys_clear (vm, &f->defaults);
      else
        replace_value (vm, &f->defaults, value);
      return 1;
    }
  if (g_str_equal (n, "__kwdefaults__"))
    {
      if (value != YS_NULL && !ys_is_none (vm, value) && ys_kind (vm, value) != YS_KIND_DICT)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "__kwdefaults__ must be set to a dict object");
          return -1;
        }
      if (value == YS_NULL || ys_is_none (vm, value) || ys_dict_len (value) == 0)
        ys_clear (vm, &f->kwdefaults);
      else
        replace_value (vm, &f->kwdefaults, value);
      return 1;
    }
  if (g_str_equal (n, "__code__") || g_str_equal (n, "__globals__") || g_str_equal (n, "__closure__"))
    {
      if (g_str_equal (n, "__code__"))
        ys_raise (vm, YS_EXC_TYPE_ERROR, "__code__ must be set to a code object");
      else
        ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "readonly attribute");
      return -1;
    }
  return 0;
}

YsValue
ys_function_new (YsVM    *vm,
                 YsCode  *code,
                 YsValue  globals)
{
  YsFunction *f = (YsFunction *) ys_gc_alloc (vm, vm->types[YS_KIND_FUNCTION], sizeof (YsFunction));

  if (f == NULL)
    return YS_NULL;
  f->code = (YsCode *) ys_obj (ys_ref (ys_val (code)));
  f->globals = ys_ref (globals);
  f->name = (YsStr *) ys_obj (ys_ref (ys_val (code->name)));
  f->qualname = (YsStr *) ys_obj (ys_ref (ys_val (code->qualname)));
  return ys_val (f);
}

/* built-in functions */

static void
builtin_dealloc (YsVM     *vm,
                 YsObject *obj)
{
  YsBuiltin *b = (YsBuiltin *) obj;

  ys_decref (vm, ys_val (b->name));
  ys_clear (vm, &b->self);
  ys_free_object (vm, obj);
}

static void
builtin_clear (YsVM     *vm,
               YsObject *obj)
{
  ys_clear (vm, &((YsBuiltin *) obj)->self);
}

YsValue
ys_builtin_new (YsVM       *vm,
                const char *name,
                YsCFunc     func,
                YsValue     self)
{
  YsBuiltin *b = (YsBuiltin *) ys_gc_alloc (vm, vm->types[YS_KIND_BUILTIN], sizeof (YsBuiltin));

  if (b == NULL)
    return YS_NULL;
  b->name = ys_str_as (ys_str_intern (vm, name));
  b->func = func;
  b->self = self != YS_NULL ? ys_ref (self) : YS_NULL;
  return ys_val (b);
}

/* bound methods */

static void
method_dealloc (YsVM     *vm,
                YsObject *obj)
{
  YsMethod *m = (YsMethod *) obj;

  ys_clear (vm, &m->func);
  ys_clear (vm, &m->self);
  ys_free_object (vm, obj);
}

YsValue
ys_method_new (YsVM    *vm,
               YsValue  func,
               YsValue  self)
{
  YsMethod *m = (YsMethod *) ys_gc_alloc (vm, vm->types[YS_KIND_METHOD], sizeof (YsMethod));

  if (m == NULL)
    return YS_NULL;
  m->func = ys_ref (func);
  m->self = ys_ref (self);
  return ys_val (m);
}

/* cells */

static void
cell_dealloc (YsVM     *vm,
              YsObject *obj)
{
  ys_clear (vm, &((YsCell *) obj)->ref);
  ys_free_object (vm, obj);
}

static void
cell_clear (YsVM     *vm,
            YsObject *obj)
{
  ys_clear (vm, &((YsCell *) obj)->ref);
}

YsValue
ys_cell_new (YsVM    *vm,
             YsValue  value)
{
  YsCell *c = (YsCell *) ys_gc_alloc (vm, vm->types[YS_KIND_CELL], sizeof (YsCell));

  if (c == NULL)
    return YS_NULL;
  c->ref = value != YS_NULL ? ys_ref (value) : YS_NULL;
  return ys_val (c);
}

/* frames */

YsFrame *
ys_frame_new (YsVM    *vm,
              YsCode  *code,
              YsValue  func,
              YsValue  globals)
{
  gsize nslots = (gsize) code->nlocals + code->ncells + code->nfrees + code->stacksize;
  gsize size = sizeof (YsFrame) + nslots * sizeof (YsValue);
  YsFrame *f;

  if (vm->max_bytes != 0 && vm->live_bytes + size > vm->max_bytes)
    {
      ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
      return NULL;
    }
  f = g_malloc0 (size);
  f->alloc_size = size;
  ys_mem_account (vm, YS_KIND_FRAME, (gssize) size);
  vm->kind_count[YS_KIND_FRAME]++;
  f->code = (YsCode *) ys_obj (ys_ref (ys_val (code)));
  f->func = func != YS_NULL ? ys_ref (func) : YS_NULL;
  f->globals = globals;
  f->sp = f->localsplus + code->nlocals + code->ncells + code->nfrees;
  return f;
}

void
ys_frame_free (YsVM    *vm,
               YsFrame *f)
{
  YsCode *code = f->code;
  YsValue *base = f->localsplus + code->nlocals + code->ncells + code->nfrees;

  while (f->sp > base)
    {
      YsValue v = *--f->sp;
      ys_xdecref (vm, v);
    }
  for (YsValue *p = f->localsplus; p < base; p++)
    ys_clear (vm, p);
  ys_clear (vm, &f->locals_dict);
  ys_clear (vm, &f->handled_saved);
  ys_clear (vm, &f->func);
  ys_mem_account (vm, YS_KIND_FRAME, -(gssize) f->alloc_size);
  vm->kind_count[YS_KIND_FRAME]--;
  ys_decref (vm, ys_val (code));
  g_free (f);
}

/* Argument binding, with CPython's messages. */

static void
raise_missing (YsVM       *vm,
               YsFunction *func,
               GPtrArray  *missing,
               const char *kind)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < missing->len; i++)
    {
      if (i > 0)
        g_string_append (names, missing->len == 2 ? " and " : (i + 1 == missing->len ? ", and " : ", "));
      g_string_append_printf (names, "'%s'", (char *) missing->pdata[i]);
    }
  ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() missing %u required %s argument%s: %s",
            func->qualname->data, missing->len, kind, missing->len == 1 ? "" : "s", names->str);
  g_string_free (names, TRUE);
}

YsFrame *
ys_frame_for_call (YsVM          *vm,
                   YsFunction    *func,
                   int            argc,
                   const YsValue *argv,
                   YsValue        kwnames)
{
  YsCode *code = func->code;
  int nparams = code->argcount, nkwonly = code->kwonlycount;
  int nkw = ys_kw_count (kwnames);
  gboolean varargs = (code->flags & YS_CODE_VARARGS) != 0;
  gboolean varkw = (code->flags & YS_CODE_VARKW) != 0;
  YsFrame *f;
  YsValue *locals;
  YsValue kwdict = YS_NULL;

  if (argc > nparams && !varargs)
    {
      int ndefaults = func->defaults != YS_NULL ? (int) ys_tuple_len (func->defaults) : 0;
      int given_kw = 0;
      for (int i = 0; i < nkw; i++)
        {
          const char *name = ys_str_data (ys_tuple_get (kwnames, i));
          for (int p = nparams; p < nparams + nkwonly; p++)
            if (g_str_equal (ys_str_data (ys_tuple_get (code->varnames, p)), name))
              given_kw++;
        }
      if (ndefaults > 0)
        ys_raise (vm, YS_EXC_TYPE_ERROR,
                  "%s() takes from %d to %d positional arguments but %d %s given%s",
                  func->qualname->data, nparams - ndefaults, nparams, argc, argc == 1 ? "was" : "were",
                  given_kw ? " (and keyword-only argument)" : "");
      else
        ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes %d positional argument%s but %d %s given",
                  func->qualname->data, nparams, nparams == 1 ? "" : "s", argc, argc == 1 ? "was" : "were");
      return NULL;
    }

  f = ys_frame_new (vm, code, ys_val (func), func->globals);
  if (f == NULL)
    return NULL;
  locals = f->localsplus;

  for (int i = 0; i < argc && i < nparams; i++)
    locals[i] = ys_ref (argv[i]);
  if (varargs)
    {
      int extra = argc > nparams ? argc - nparams : 0;
      YsValue t = ys_tuple_from_array (vm, argv + nparams, (gsize) extra);
      if (t == YS_NULL)
        goto fail;
      locals[nparams + nkwonly] = t;
    }
  if (varkw)
    {
      kwdict = ys_dict_new (vm);
      if (kwdict == YS_NULL)
        goto fail;
      locals[nparams + nkwonly + (varargs ? 1 : 0)] = kwdict;
    }

  for (int i = 0; i < nkw; i++)
    {
      YsValue name = ys_tuple_get (kwnames, i);
      int p;
      for (p = 0; p < nparams + nkwonly; p++)
        if (ys_str_equal (ys_str_as (ys_tuple_get (code->varnames, p)), ys_str_as (name)))
          break;
      if (p < nparams + nkwonly)
        {
          if (locals[p] != YS_NULL)
            {
              ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() got multiple values for argument '%s'",
                        func->qualname->data, ys_str_data (name));
              goto fail;
            }
          locals[p] = ys_ref (argv[argc + i]);
        }
      else if (kwdict != YS_NULL)
        {
          if (ys_dict_set (vm, kwdict, name, argv[argc + i]) < 0)
            goto fail;
        }
      else
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                    func->qualname->data, ys_str_data (name));
          goto fail;
        }
    }

  /* Defaults fill the last positional parameters, then the keyword-only ones. */
  {
    int ndefaults = func->defaults != YS_NULL ? (int) ys_tuple_len (func->defaults) : 0;
    GPtrArray *missing = NULL;
    for (int p = 0; p < nparams; p++)
      {
        if (locals[p] != YS_NULL)
          continue;
        if (p >= nparams - ndefaults)
          locals[p] = ys_ref (ys_tuple_get (func->defaults, p - (nparams - ndefaults)));
        else
          {
            if (missing == NULL)
              missing = g_ptr_array_new ();
            g_ptr_array_add (missing, (gpointer) ys_str_data (ys_tuple_get (code->varnames, p)));
          }
      }
    if (missing != NULL)
      {
        raise_missing (vm, func, missing, "positional");
        g_ptr_array_unref (missing);
        goto fail;
      }
    for (int p = nparams; p < nparams + nkwonly; p++)
      {
        YsValue d;
        if (locals[p] != YS_NULL)
          continue;
        d = func->kwdefaults != YS_NULL
          ? ys_dict_get (vm, func->kwdefaults, ys_tuple_get (code->varnames, p)) : YS_NULL;
        if (d != YS_NULL)
          locals[p] = ys_ref (d);
        else
          {
            if (missing == NULL)
              missing = g_ptr_array_new ();
            g_ptr_array_add (missing, (gpointer) ys_str_data (ys_tuple_get (code->varnames, p)));
          }
      }
    if (missing != NULL)
      {
        raise_missing (vm, func, missing, "keyword-only");
        g_ptr_array_unref (missing);
        goto fail;
      }
  }

  /* Cells: parameters closed over start in their cell. */
  for (int i = 0; i < code->ncells; i++)
    {
      int arg = code->cell2arg[i];
      YsValue cell = ys_cell_new (vm, arg >= 0 ? locals[arg] : YS_NULL);
      if (cell == YS_NULL)
        goto fail;
      locals[code->nlocals + i] = cell;
    }
  for (int i = 0; i < code->nfrees; i++)
    locals[code->nlocals + code->ncells + i] = ys_ref (ys_tuple_get (func->closure, i));
  return f;

fail:
  ys_frame_free (vm, f);
  return NULL;
}

YsValue
ys_function_call (YsVM          *vm,
                  YsValue        funcv,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  YsFunction *func = (YsFunction *) ys_obj (funcv);
  YsFrame *f = ys_frame_for_call (vm, func, argc, argv, kwnames);
  YsValue r;

  if (f == NULL)
    return YS_NULL;
  if (func->code->flags & YS_CODE_GENERATOR)
    return ys_gen_new (vm, f, func);
  f->is_entry = TRUE;
  r = ys_eval (vm, f);
  if (r == YS_NULL)
    ys_traceback_keep_frame (vm, vm->exc, f);
  else
    ys_frame_free (vm, f);
  return r;
}

/* generators */

const char *
ys_gen_state_name (YsGenState state)
{
  static const char *const names[] = { "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED" };

  return names[state];
}

YsValue
ys_gen_new (YsVM       *vm,
            YsFrame    *frame,
            YsFunction *func)
{
  YsGen *g = (YsGen *) ys_gc_alloc (vm, vm->types[YS_KIND_GENERATOR], sizeof (YsGen));

  if (g == NULL)
    {
      ys_frame_free (vm, frame);
      return YS_NULL;
    }
  g->frame = frame;
  g->state = YS_GEN_CREATED;
  g->code = (YsCode *) ys_obj (ys_ref (ys_val (func->code)));
  g->name = (YsStr *) ys_obj (ys_ref (ys_val (func->name)));
  g->qualname = (YsStr *) ys_obj (ys_ref (ys_val (func->qualname)));
  g->id = ++vm->next_gen_id;
  frame->gen = ys_obj (ys_val (g));
  /* The first instruction is RETURN_GENERATOR: the body starts after it. */
  frame->ip = 1;
  ys_vm_emit_generator (vm, YS_EVENT_GEN_CREATED, g, YS_RESUME_NEXT, YS_NULL);
  return ys_val (g);
}

static void
gen_clear_frame (YsVM  *vm,
                 YsGen *g)
{
  YsFrame *f = g->frame;

  g->frame = NULL;
  g->yieldfrom = YS_NULL;
  if (f != NULL)
    ys_frame_free (vm, f);
}

typedef enum {
  GEN_YIELDED,
  GEN_RETURNED,
  GEN_RAISED,
} GenResult;

/* Runs the generator until it yields, returns or raises. With @exc set (owned), it is
 * raised at the paused yield; otherwise @value (borrowed, may be YS_NULL for None) is
 * the result of that yield. */
/* Lets a suspended or new generator run: its frame gets the sent value, the
 * generator its own handled exception (or, without one, a loan of the caller's, as in
 * CPython's chain of exception states). */
void
ys_gen_enter (YsVM         *vm,
              YsGen        *g,
              YsValue       value,
              gboolean      throwing,
              YsResumeKind  how,
              YsFrame      *caller,
              gboolean      entry)
{
  YsFrame *f = g->frame;
  YsValue outer = vm->handled;

  if (g->state == YS_GEN_SUSPENDED && !throwing)
    *f->sp++ = value != YS_NULL ? ys_ref (value) : ys_none (vm);
  f->lent_handled = f->handled_saved == YS_NULL && outer != YS_NULL;
  vm->handled = f->lent_handled ? ys_ref (outer) : f->handled_saved;
  f->handled_saved = outer;
  g->state = YS_GEN_RUNNING;
  f->prev = caller;
  f->is_entry = entry;
  f->status = YS_FRAME_RUNNING;
  /* Reported once it runs: a pause here shows it RUNNING, as a student expects. */
  ys_vm_emit_generator (vm, YS_EVENT_GEN_RESUMED, g, how, value);
}

/* After the generator's frame yielded (@r), returned (@r) or raised: its state, its
 * events, and the frame cleared when it ended. Returns what gen_resume returns. */
YsValue
ys_gen_leave (YsVM          *vm,
              YsGen         *g,
              YsFrameStatus  status,
              YsValue        r,
              YsResumeKind   how)
{
  YsFrame *f = g->frame;
  YsValue inner = vm->handled;

  vm->handled = f->handled_saved;
  if (f->lent_handled && inner == vm->handled)
    {
      ys_decref (vm, inner);
      inner = YS_NULL;
    }
  f->handled_saved = inner;
  f->prev = NULL;

  switch (status)
    {
    case YS_FRAME_YIELDED:
      g->state = YS_GEN_SUSPENDED;
      ys_xdecref (vm, g->last_yielded);
      g->last_yielded = ys_ref (r);
      ys_vm_emit_generator (vm, YS_EVENT_GEN_YIELDED, g, how, r);
      return r;
    case YS_FRAME_RETURNED:
      g->state = YS_GEN_CLOSED;
      ys_vm_emit_generator (vm, YS_EVENT_GEN_RETURNED, g, how, r);
      gen_clear_frame (vm, g);
      ys_vm_emit_generator (vm, YS_EVENT_GEN_CLOSED, g, how, YS_NULL);
      return r;
    default:
      g->state = YS_GEN_CLOSED;
      /* PEP 479: a StopIteration escaping the body becomes a RuntimeError. */
      if (ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
        {
          YsValue cause = ys_exc_fetch (vm);
          ys_raise (vm, YS_EXC_RUNTIME_ERROR, "generator raised StopIteration");
          ys_exception_set_cause (vm, vm->exc, cause);
          ys_decref (vm, cause);
        }
      ys_vm_emit_generator (vm, YS_EVENT_GEN_RAISED, g, how, vm->exc);
      /* The traceback keeps the frame's locals, as CPython's does. */
      g->frame = NULL;
      g->yieldfrom = YS_NULL;
      ys_traceback_keep_frame (vm, vm->exc, f);
      ys_vm_emit_generator (vm, YS_EVENT_GEN_CLOSED, g, how, YS_NULL);
      return YS_NULL;
    }
}

static YsValue
gen_resume (YsVM         *vm,
            YsGen        *g,
            YsValue       value,
            YsValue       exc,
            YsResumeKind  how,
            GenResult    *result)
{
  YsFrame *f = g->frame;
  YsValue r;

  if (g->state == YS_GEN_RUNNING)
    {
      ys_xdecref (vm, exc);
      *result = GEN_RAISED;
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "generator already executing");
    }
  if (g->state == YS_GEN_CLOSED || f == NULL)
    {
      if (exc != YS_NULL)
        {
          *result = GEN_RAISED;
          return ys_raise_value (vm, exc);
        }
      *result = GEN_RETURNED;
      return ys_none (vm);
    }
  if (g->state == YS_GEN_CREATED && exc == YS_NULL && value != YS_NULL && !ys_is_none (vm, value))
    {
      *result = GEN_RAISED;
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "can't send non-None value to a just-started generator");
    }
  if (g->state == YS_GEN_CREATED && exc != YS_NULL)
    {
      /* Thrown in before it started: it closes without running its body. */
      g->state = YS_GEN_CLOSED;
      gen_clear_frame (vm, g);
      ys_vm_emit_generator (vm, YS_EVENT_GEN_CLOSED, g, how, YS_NULL);
      *result = GEN_RAISED;
      return ys_raise_value (vm, exc);
    }

  ys_gen_enter (vm, g, exc != YS_NULL ? exc : value, exc != YS_NULL, how, vm->frame, TRUE);
  if (exc != YS_NULL)
    ys_raise_value (vm, exc);
  r = ys_eval (vm, f);
  *result = f->status == YS_FRAME_YIELDED ? GEN_YIELDED : f->status == YS_FRAME_RETURNED ? GEN_RETURNED : GEN_RAISED;
  return ys_gen_leave (vm, g, f->status, r, how);
}

YsValue
ys_gen_send (YsVM     *vm,
             YsValue   gen,
             YsValue   value,
             gboolean *returned)
{
  GenResult result;
  YsValue r = gen_resume (vm, (YsGen *) ys_obj (gen), value, YS_NULL,
                          value == YS_NULL ? YS_RESUME_NEXT : YS_RESUME_SEND, &result);

  *returned = result == GEN_RETURNED;
  return r;
}

/* When a delegated sub-iterator finishes while a throw or close was forwarded to it,
 * the yield from expression completes with its value: drop the sub-iterator from the
 * stack and go on after the SEND loop. */
static YsValue
finish_yield_from (YsVM      *vm,
                   YsGen     *g,
                   YsValue    value,
                   GenResult *result)
{
  YsFrame *f = g->frame;
  YsInstr send = f->code->instrs[f->lasti - 1];
  YsValue r;

  g_assert (YS_OP (send) == YS_OP_SEND);
  ys_decref (vm, *--f->sp);
  f->ip = YS_ARG (send);
  g->yieldfrom = YS_NULL;
  /* Resumed with the value, which lands where the loop leaves its result. */
  r = gen_resume (vm, g, value, YS_NULL, YS_RESUME_SEND, result);
  ys_decref (vm, value);
  return r;
}

/* Back from a delegate that is not a generator: suspended again, then resumed. */
static YsValue
gen_resume_suspended (YsVM         *vm,
                      YsGen        *g,
                      YsValue       value,
                      YsValue       exc,
                      YsResumeKind  how,
                      GenResult    *result)
{
  g->state = YS_GEN_SUSPENDED;
  g->forwarding = FALSE;
  return gen_resume (vm, g, value, exc, how, result);
}

static YsValue
finish_yield_from_suspended (YsVM      *vm,
                             YsGen     *g,
                             YsValue    value,
                             GenResult *result)
{
  g->state = YS_GEN_SUSPENDED;
  g->forwarding = FALSE;
  return finish_yield_from (vm, g, value, result);
}

static YsValue
gen_throw_steal (YsVM         *vm,
                 YsValue       gen,
                 YsValue       exc,
                 YsResumeKind  how,
                 GenResult    *result)
{
  YsGen *g = (YsGen *) ys_obj (gen);

  if (g->state == YS_GEN_SUSPENDED && g->yieldfrom != YS_NULL)
    {
      YsValue sub = g->yieldfrom;
      YsValue r;
      gboolean is_exit = ys_isinstance (vm, exc, vm->exc_types[YS_EXC_GENERATOR_EXIT]);

      g->state = YS_GEN_RUNNING;
      g->forwarding = TRUE;
      if (ys_kind (vm, sub) == YS_KIND_GENERATOR)
        {
          GenResult sub_result;
          if (is_exit)
            {
              /* close() closes the delegate first, then raises GeneratorExit here. */
              gboolean ok = ys_gen_close (vm, sub);
              g->state = YS_GEN_SUSPENDED;
  g->forwarding = FALSE;
              if (!ok)
                {
                  ys_decref (vm, exc);
                  return gen_resume (vm, g, YS_NULL, ys_exc_fetch (vm), how, result);
                }
              return gen_resume (vm, g, YS_NULL, exc, how, result);
            }
          r = gen_throw_steal (vm, sub, exc, how, &sub_result);
          g->state = YS_GEN_SUSPENDED;
  g->forwarding = FALSE;
          if (sub_result == GEN_YIELDED)
            {
              *result = GEN_YIELDED;
              return r;
            }
          if (sub_result == GEN_RETURNED)
            {
              return finish_yield_from (vm, g, r, result);
            }
          /* The delegate raised: that exception goes on at our yield. */
          return gen_resume (vm, g, YS_NULL, ys_exc_fetch (vm), how, result);
        }
      /* The delegate's own throw() or close() runs while this generator is still
       * running: re-entering it from there is "already executing", as in CPython. */
      if (!is_exit && ys_kind (vm, sub) == YS_KIND_INSTANCE &&
          ys_type_lookup (ys_type_of (vm, sub), ys_str_interned (vm, "throw")) != YS_NULL)
        {
          /* A delegated iterator with its own throw(): it gets the exception. */
          YsValue self, m = ys_lookup_method (vm, sub, ys_str_interned (vm, "throw"), &self), tr;
          if (m == YS_NULL)
            {
              ys_decref (vm, exc);
              return gen_resume_suspended (vm, g, YS_NULL, ys_exc_fetch (vm), how, result);
            }
          if (self != YS_NULL)
            {
              YsValue args[2] = { self, exc };
              tr = ys_call (vm, m, 2, args, YS_NULL);
            }
          else
            tr = ys_call1 (vm, m, exc);
          ys_decref (vm, m);
          ys_decref (vm, exc);
          if (tr != YS_NULL)
            {
              g->state = YS_GEN_SUSPENDED;
  g->forwarding = FALSE;
              *result = GEN_YIELDED;
              return tr;
            }
          if (ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
            {
              YsValue stop = ys_exc_fetch (vm);
              YsValue v = ((YsException *) ys_obj (stop))->value;
              YsValue done = v != YS_NULL ? ys_ref (v) : ys_none (vm);
              ys_decref (vm, stop);
              return finish_yield_from_suspended (vm, g, done, result);
            }
          return gen_resume_suspended (vm, g, YS_NULL, ys_exc_fetch (vm), how, result);
        }
      if (is_exit)
        {
          /* A delegated iterator with a close() method is closed first. */
          YsValue self, m = YS_NULL;
          if (ys_kind (vm, sub) == YS_KIND_INSTANCE &&
              ys_type_lookup (ys_type_of (vm, sub), ys_str_interned (vm, "close")) != YS_NULL)
            m = ys_lookup_method (vm, sub, ys_str_interned (vm, "close"), &self);
          if (m != YS_NULL)
            {
              YsValue cr = self != YS_NULL ? ys_call (vm, m, 1, &self, YS_NULL) : ys_call0 (vm, m);
              ys_decref (vm, m);
              if (cr == YS_NULL)
                {
                  ys_decref (vm, exc);
                  return gen_resume_suspended (vm, g, YS_NULL, ys_exc_fetch (vm), how, result);
                }
              ys_decref (vm, cr);
            }
        }
      g->state = YS_GEN_SUSPENDED;
  g->forwarding = FALSE;
    }
  return gen_resume (vm, g, YS_NULL, exc, how, result);
}

YsValue
ys_gen_throw (YsVM    *vm,
              YsValue  gen,
              YsValue  exc)
{
  GenResult result;
  YsValue r = gen_throw_steal (vm, gen, ys_ref (exc), YS_RESUME_THROW, &result);

  if (result == GEN_RETURNED)
    {
      ys_raise_stop_iteration (vm, r);
      ys_decref (vm, r);
      return YS_NULL;
    }
  return r;
}

gboolean
ys_gen_close (YsVM    *vm,
              YsValue  gen)
{
  YsGen *g = (YsGen *) ys_obj (gen);
  GenResult result;
  YsValue exc, r;

  if (g->state == YS_GEN_CREATED)
    {
      g->state = YS_GEN_CLOSED;
      gen_clear_frame (vm, g);
      ys_vm_emit_generator (vm, YS_EVENT_GEN_CLOSED, g, YS_RESUME_CLOSE, YS_NULL);
      return TRUE;
    }
  if (g->state == YS_GEN_CLOSED)
    return TRUE;
  if (g->state == YS_GEN_RUNNING)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "generator already executing");
      return FALSE;
    }
  exc = ys_exception_new (vm, vm->exc_types[YS_EXC_GENERATOR_EXIT], vm->empty_tuple);
  if (exc == YS_NULL)
    return FALSE;
  r = gen_throw_steal (vm, gen, exc, YS_RESUME_CLOSE, &result);
  if (result == GEN_YIELDED)
    {
      ys_decref (vm, r);
      ys_raise (vm, YS_EXC_RUNTIME_ERROR, "generator ignored GeneratorExit");
      return FALSE;
    }
  if (result == GEN_RETURNED)
    {
      ys_decref (vm, r);
      return TRUE;
    }
  if (ys_exc_matches (vm, YS_EXC_GENERATOR_EXIT) || ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
    {
      ys_exc_clear (vm);
      return TRUE;
    }
  return FALSE;
}

static void
gen_dealloc (YsVM     *vm,
             YsObject *obj)
{
  YsGen *g = (YsGen *) obj;

  /* A suspended generator dropped is closed at once, so its finally blocks run now
   * (unless it was finalized already, at the program's end). */
  if (g->state == YS_GEN_SUSPENDED && g->frame != NULL && !g->finalized)
    {
      YsValue saved = ys_exc_fetch (vm);
      obj->refcnt = 1;
      if (!ys_gen_close (vm, ys_val (g)))
        ys_report_unraisable (vm, "Exception ignored in: ", ys_val (g));
      vm->exc = saved;
      g_assert (obj->refcnt >= 1);
      if (--obj->refcnt > 0)
        return;    /* resurrected by its finally block */
    }
  if (!vm->tearing_down)
    ys_vm_emit_generator (vm, YS_EVENT_GEN_FINALIZED, g, YS_RESUME_CLOSE, YS_NULL);
  gen_clear_frame (vm, g);
  ys_clear (vm, &g->last_yielded);
  ys_decref (vm, ys_val (g->code));
  ys_decref (vm, ys_val (g->name));
  ys_decref (vm, ys_val (g->qualname));
  ys_free_object (vm, obj);
}

static void
gen_clear (YsVM     *vm,
           YsObject *obj)
{
  YsGen *g = (YsGen *) obj;

  g->state = YS_GEN_CLOSED;
  gen_clear_frame (vm, g);
  ys_clear (vm, &g->last_yielded);
}

/* Generator methods */

#define METHOD(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

METHOD (gen_send_method)
{
  gboolean returned;
  YsValue r;

  if (!ys_args_check (vm, "send", argc, kwnames, 1, 1))
    return YS_NULL;
  r = ys_gen_send (vm, self, argv[0], &returned);
  if (r != YS_NULL && returned)
    {
      ys_raise_stop_iteration (vm, r);
      ys_decref (vm, r);
      return YS_NULL;
    }
  return r;
}

/* Whether a program may assign (or delete) @name on a generator: FALSE with CPython's
 * error for its read-only attributes. */
gboolean
ys_gen_attribute_writable (YsVM    *vm,
                           YsStr   *name,
                           gboolean deleting)
{
  static const char *const computed[] = { "gi_running", "gi_frame", "gi_yieldfrom", "gi_suspended", NULL };

  if (g_str_equal (name->data, "gi_code"))
    {
      ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "readonly attribute");
      return FALSE;
    }
  for (int i = 0; computed[i] != NULL; i++)
    if (g_str_equal (name->data, computed[i]))
      {
        ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "attribute '%s' of 'generator' objects is not writable",
                  name->data);
        return FALSE;
      }
  if (deleting && (ys_str_equal (name, vm->s_name) || ys_str_equal (name, vm->s_qualname)))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s must be set to a string object", name->data);
      return FALSE;
    }
  return TRUE;
}

METHOD (gen_throw_method)
{
  YsValue exc;

  if (!ys_args_check (vm, "throw", argc, kwnames, 1, 3))
    return YS_NULL;
  /* Checked first, as CPython does; a real traceback is accepted and not used. */
  if (argc == 3 && !ys_is_none (vm, argv[2]) &&
      (vm->type_traceback == NULL || ys_type_of (vm, argv[2]) != vm->type_traceback))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "throw() third argument must be a traceback object");
  if (ys_value_is_exception_type (vm, argv[0]) && argc >= 2 && ys_value_is_exception (vm, argv[1]) &&
      ys_isinstance (vm, argv[1], (YsType *) ys_obj (argv[0])))
    exc = ys_ref (argv[1]);     /* throw(Type, instance): the instance itself */
  else if (ys_value_is_exception_type (vm, argv[0]))
    {
      YsValue args = argc >= 2 && !ys_is_none (vm, argv[1])
        ? (ys_kind (vm, argv[1]) == YS_KIND_TUPLE ? ys_ref (argv[1]) : ys_tuple_from_array (vm, &argv[1], 1))
        : ys_ref (vm->empty_tuple);
      exc = ys_call (vm, argv[0], (int) ys_tuple_len (args), ((YsTuple *) ys_obj (args))->items, YS_NULL);
      ys_decref (vm, args);
      if (exc == YS_NULL)
        return YS_NULL;
      if (!ys_value_is_exception (vm, exc))
        {
          ys_decref (vm, exc);
          return ys_raise (vm, YS_EXC_TYPE_ERROR,
                           "calling %s should have returned an instance of BaseException, not %s",
                           ys_type_name ((YsType *) ys_obj (argv[0])), ys_type_name_of (vm, exc));
        }
    }
  else if (ys_value_is_exception (vm, argv[0]))
    {
      if (argc >= 2 && !ys_is_none (vm, argv[1]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "instance exception may not have a separate value");
      exc = ys_ref (argv[0]);
    }
  else
    return ys_raise (vm, YS_EXC_TYPE_ERROR,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     ys_type_name_of (vm, argv[0]));
  {
    YsValue r = ys_gen_throw (vm, self, exc);
    ys_decref (vm, exc);
    return r;
  }
}

METHOD (gen_next_method)
{
  gboolean returned;
  YsValue r;

  if (!ys_args_check (vm, "__next__", argc, kwnames, 0, 0))
    return YS_NULL;
  r = ys_gen_send (vm, self, YS_NULL, &returned);
  if (r != YS_NULL && returned)
    {
      ys_raise_stop_iteration (vm, r);
      ys_decref (vm, r);
      return YS_NULL;
    }
  return r;
}

METHOD (gen_iter_method)
{
  if (!ys_args_check (vm, "__iter__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_ref (self);
}

METHOD (gen_close_method)
{
  if (!ys_args_check (vm, "close", argc, kwnames, 0, 0))
    return YS_NULL;
  if (!ys_gen_close (vm, self))
    return YS_NULL;
  return ys_none (vm);
}

/* Classes */

static void instance_clear (YsVM *vm, YsObject *obj);

static void
instance_dealloc (YsVM     *vm,
                  YsObject *obj)
{
  YsType *type = obj->type;
  YsValue del = ys_type_lookup (type, vm->s_del);

  if (del != YS_NULL && ys_kind (vm, del) == YS_KIND_FUNCTION)
    {
      YsValue saved = ys_exc_fetch (vm), self = ys_val (obj), r;
      obj->refcnt = 1;
      r = ys_call (vm, del, 1, &self, YS_NULL);
      if (r == YS_NULL)
        ys_report_unraisable (vm, "Exception ignored in: ", del);
      else
        ys_decref (vm, r);
      vm->exc = saved;
      if (--obj->refcnt > 0)
        return;
    }
  if (G_UNLIKELY (vm->weakrefs != NULL))
    ys_weakrefs_clear (vm, obj);
  instance_clear (vm, obj);
  ys_free_object (vm, obj);
}

static void
instance_clear (YsVM     *vm,
                YsObject *obj)
{
  ys_clear (vm, &((YsInstance *) obj)->dict);
  if (obj->type->flags & YS_TYPE_HAS_SLOTS)
    ys_clear (vm, &((YsSlottedInstance *) obj)->slots);
}

/* type (name, bases, dict): a class made as a class statement would make it. */
static YsValue
type_new3 (YsVM          *vm,
           const YsValue *argv)
{
  static const YsKind kinds[] = { YS_KIND_STR, YS_KIND_TUPLE, YS_KIND_DICT };
  static const char *const kind_names[] = { "str", "tuple", "dict" };
  YsValue ns, bases, cls;

  for (int i = 0; i < 3; i++)
    if (ys_kind (vm, argv[i]) != kinds[i])
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "type.__new__() argument %d must be %s, not %s", i + 1,
                       kind_names[i], ys_type_name_of (vm, argv[i]));
  for (gsize i = 0; i < ys_tuple_len (argv[1]); i++)
    if (ys_kind (vm, ys_tuple_get (argv[1], i)) != YS_KIND_TYPE)
      return ys_raise (vm, YS_EXC_TYPE_ERROR,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                       "subclass of the metaclasses of all its bases");
  ns = ys_dict_new (vm);
  if (ns == YS_NULL)
    return YS_NULL;
  ys_dict_set (vm, ns, ys_val (vm->s_module), ys_val (ys_str_interned (vm, "__main__")));
  ys_dict_set (vm, ns, ys_val (vm->s_qualname), argv[0]);
  if (!ys_dict_update (vm, ns, argv[2]))
    {
      ys_decref (vm, ns);
      return YS_NULL;
    }
  bases = ys_tuple_len (argv[1]) > 0 ? ys_ref (argv[1]) : ys_tuple_new (vm, 0);
  cls = ys_class_new (vm, argv[0], bases, ns, YS_NULL);
  ys_decref (vm, bases);
  ys_decref (vm, ns);
  return cls;
}

/* f (first, *argv) with the call's keywords. */
static YsValue
call_with_first (YsVM          *vm,
                 YsValue        f,
                 YsValue        first,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames)
{
  gsize nkw = (gsize) ys_kw_count (kwnames);
  YsValue *args = g_new (YsValue, argc + nkw + 1);
  YsValue r;

  args[0] = first;
  if (argc + nkw > 0)
    memcpy (args + 1, argv, (argc + nkw) * sizeof (YsValue));
  r = ys_call (vm, f, argc + 1, args, kwnames);
  g_free (args);
  return r;
}

/* Calls a class: __new__ (object's, the built-in base's or its own), then __init__. */
YsValue
ys_type_call (YsVM          *vm,
              YsValue        typev,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  YsType *type = (YsType *) ys_obj (typev);
  YsValue obj, init;

  if (type == vm->types[YS_KIND_TYPE])
    {
      if (argc == 1 && ys_kw_count (kwnames) == 0)
        return ys_ref (ys_val (ys_type_of (vm, argv[0])));
      if (argc == 3 && ys_kw_count (kwnames) == 0)
        return type_new3 (vm, argv);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "type() takes 1 or 3 arguments");
    }
  /* Classes made by a built-in module (namedtuple) and their subclasses make their
   * instances themselves. */
  for (YsType *t = type; t != NULL && (t->flags & YS_TYPE_HEAP); t = t->base_type)
    if (t->new_func != NULL)
      return t->new_func (vm, typev, argc, argv, kwnames);
  if (!(type->flags & YS_TYPE_HEAP))
    {
      YsType *t = type;
      while (t != NULL && t->new_func == NULL)
        t = t->base_type;
      if (t == NULL)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "cannot create '%s' instances", ys_type_name (type));
      return t->new_func (vm, typev, argc, argv, kwnames);
    }

  if (G_UNLIKELY (type->flags & YS_TYPE_CUSTOM_NEW))
    {
      /* __new__ (cls, *args): what it returns is initialized only if it is an instance. */
      YsValue newf = ys_type_lookup (type, vm->s_new);
      newf = ys_is_descriptor_object (vm, newf) ? ys_descriptor_get (vm, newf, YS_NULL, type) : ys_ref (newf);
      if (newf == YS_NULL)
        return YS_NULL;
      obj = call_with_first (vm, newf, typev, argc, argv, kwnames);
      ys_decref (vm, newf);
      if (obj == YS_NULL || !ys_isinstance (vm, obj, type))
        return obj;
      type = ys_type_of (vm, obj);
    }
  else if (type->kind == YS_KIND_EXCEPTION)
    {
      YsValue args = ys_tuple_from_array (vm, argv, (gsize) argc);
      if (args == YS_NULL)
        return YS_NULL;
      obj = ys_exception_new (vm, type, args);
      ys_decref (vm, args);
    }
  else
    {
      obj = ys_val (ys_gc_alloc (vm, type, ys_instance_size (type)));
    }
  if (obj == YS_NULL)
    return YS_NULL;

  init = ys_type_lookup (type, vm->s_init);
  if (init != YS_NULL && ys_kind (vm, init) == YS_KIND_FUNCTION)
    {
      YsValue r = call_with_first (vm, init, obj, argc, argv, kwnames);
      if (r == YS_NULL)
        {
          ys_decref (vm, obj);
          return YS_NULL;
        }
      if (!ys_is_none (vm, r))
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "__init__() should return None, not '%s'",
                    ys_type_name_of (vm, r));
          ys_decref (vm, r);
          ys_decref (vm, obj);
          return YS_NULL;
        }
      ys_decref (vm, r);
    }
  else if (type->kind != YS_KIND_EXCEPTION && !(type->flags & YS_TYPE_CUSTOM_NEW) &&
           (argc > 0 || ys_kw_count (kwnames) > 0))
    {
      ys_decref (vm, obj);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no arguments", ys_type_name (type));
    }
  return obj;
}

/* The base a class's instances are laid out as (CPython's "best base"): an exception
 * base wins over plain classes; two different built-in layouts cannot mix. */
static YsType *
best_base (YsVM    *vm,
           YsValue  bases)
{
  YsType *best = NULL;

  for (gsize i = 0; i < ys_tuple_len (bases); i++)
    {
      YsValue b = ys_tuple_get (bases, i);
      YsType *bt;
      if (ys_kind (vm, b) != YS_KIND_TYPE)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "bases must be types"), NULL;
      bt = (YsType *) ys_obj (b);
      if (!(bt->flags & (YS_TYPE_HEAP | YS_TYPE_EXCEPTION)) && bt != vm->types[YS_KIND_OBJECT])
        return ys_raise (vm, YS_EXC_TYPE_ERROR,
                         "subclassing the built-in type '%s' is not supported by Yieldscope",
                         ys_type_name (bt)), NULL;
      if (best == NULL || (best->kind == YS_KIND_INSTANCE && bt->kind != YS_KIND_INSTANCE &&
                           bt != vm->types[YS_KIND_OBJECT]) || best == vm->types[YS_KIND_OBJECT])
        best = bt;
      else if (bt->kind != YS_KIND_INSTANCE && bt->kind != best->kind && bt != vm->types[YS_KIND_OBJECT])
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "multiple bases have instance lay-out conflict"), NULL;
    }
  return best != NULL ? best : vm->types[YS_KIND_OBJECT];
}

YsValue
ys_class_new (YsVM    *vm,
              YsValue  name,
              YsValue  bases,
              YsValue  ns,
              YsValue  kwargs)
{
  YsType *base = best_base (vm, bases);
  YsType *type;
  YsKind kind = YS_KIND_INSTANCE;
  gsize pos = 0, nbases = ys_tuple_len (bases);
  gboolean linear = nbases <= 1;
  guint inherited = 0;
  YsValue k, v;

  if (base == NULL)
    return YS_NULL;
  if (base->flags & YS_TYPE_EXCEPTION)
    kind = YS_KIND_EXCEPTION;
  else if (base->flags & YS_TYPE_HEAP)
    kind = base->kind;
  for (gsize i = 0; i < nbases; i++)
    {
      YsType *bt = (YsType *) ys_obj (ys_tuple_get (bases, i));
      if (bt->mro != YS_NULL)
        linear = FALSE;
      inherited |= bt->flags & (YS_TYPE_HOOKS | YS_TYPE_GETATTRIBUTE | YS_TYPE_CUSTOM_NEW | YS_TYPE_HAS_SLOTS);
    }
  type = ys_type_new (vm, ys_str_data (name), kind, base, YS_TYPE_HEAP | YS_TYPE_GC | YS_TYPE_BASETYPE);
  if (type == NULL)
    return YS_NULL;
  if (kind == YS_KIND_INSTANCE)
    {
      type->dealloc = instance_dealloc;
      type->clear = instance_clear;
    }
  if (!linear)
    {
      /* The MRO without the class itself: holding the class would be a cycle. */
      YsValue mro = ys_type_compute_mro (vm, type, bases);
      if (mro == YS_NULL)
        {
          ys_decref (vm, ys_val (type));
          return YS_NULL;
        }
      type->mro = ys_tuple_from_array (vm, ((YsTuple *) ys_obj (mro))->items + 1, ys_tuple_len (mro) - 1);
      ys_decref (vm, mro);
      if (nbases > 1)
        type->bases = ys_ref (bases);
    }
  type->flags |= inherited;
  while (ys_dict_next (ns, &pos, &k, &v))
    {
      if (ys_dict_set (vm, type->dict, k, v) < 0)
        {
          ys_decref (vm, ys_val (type));
          return YS_NULL;
        }
      /* Methods remember their class, for super() without arguments. */
      if (ys_kind (vm, v) == YS_KIND_FUNCTION && ((YsFunction *) ys_obj (v))->klass == NULL)
        ((YsFunction *) ys_obj (v))->klass = (YsType *) ys_obj (ys_ref (ys_val (type)));
    }
  if (ys_dict_get_str (vm, ns, ys_str_interned (vm, "__getattr__")) != YS_NULL)
    type->flags |= YS_TYPE_HOOKS;
  if (ys_dict_get_str (vm, ns, ys_str_interned (vm, "__getattribute__")) != YS_NULL)
    type->flags |= YS_TYPE_HOOKS | YS_TYPE_GETATTRIBUTE;
  if (ys_dict_get_str (vm, ns, vm->s_new) != YS_NULL)
    type->flags |= YS_TYPE_CUSTOM_NEW;
  if (!ys_class_prepare (vm, type, ns) || !ys_class_make_slots (vm, type) ||
      !ys_class_init_subclass (vm, type, kwargs))
    {
      ys_decref (vm, ys_val (type));
      return YS_NULL;
    }
  return ys_val (type);
}

/* Special attributes */

static YsValue
frame_object (YsVM  *vm,
              YsGen *g)
{
  /* gi_frame is a light view: a module-like object holding f_lineno and f_locals. */
  return ys_frame_view_new (vm, g);
}

YsValue
ys_special_attribute (YsVM    *vm,
                      YsValue  obj,
                      YsStr   *name)
{
  const char *n = name->data;

  switch (ys_kind (vm, obj))
    {
    case YS_KIND_GENERATOR: case YS_KIND_EXCEPTION: case YS_KIND_FRAME: case YS_KIND_CODE:
    case YS_KIND_FILE:
    case YS_KIND_INT: case YS_KIND_BOOL: case YS_KIND_FLOAT: case YS_KIND_RANGE: case YS_KIND_SLICE:
      break;
    default:
      /* Other objects' computed attributes are all dunders. */
      if (n[0] != '_')
        return YS_NULL;
      break;
    }

  switch (ys_kind (vm, obj))
    {
    case YS_KIND_TYPE:
      {
        YsType *t = (YsType *) ys_obj (obj);
        if (g_str_equal (n, "__qualname__") && (t->flags & YS_TYPE_HEAP))
          {
            YsValue q = ys_dict_get_str (vm, t->dict, name);
            if (q != YS_NULL && ys_kind (vm, q) == YS_KIND_STR)
              return ys_ref (q);
          }
        if (g_str_equal (n, "__name__") || g_str_equal (n, "__qualname__"))
          {
            /* A module's type is named as CPython's are, "collections.deque": the
             * name is the last part. */
            const char *dot = (t->flags & YS_TYPE_HEAP) ? NULL : strrchr (t->name->data, '.');
            return dot != NULL ? ys_str_new (vm, dot + 1, -1) : ys_ref (ys_val (t->name));
          }
        if (g_str_equal (n, "__base__"))
          return t->base_type != NULL ? ys_ref (ys_val (t->base_type)) : ys_none (vm);
        if (g_str_equal (n, "__bases__"))
          {
            if (t->bases != YS_NULL)
              return ys_ref (t->bases);
            return t->base_type != NULL ? ys_tuple_pack (vm, 1, ys_ref (ys_val (t->base_type)))
                                        : ys_tuple_new (vm, 0);
          }
        if (g_str_equal (n, "__annotations__") && (t->flags & YS_TYPE_HEAP))
          {
            /* A class without annotations gets its own empty dict (3.10). */
            YsValue d = ys_dict_get_str (vm, t->dict, name);
            if (d != YS_NULL)
              return ys_ref (d);
            d = ys_dict_new (vm);
            if (d != YS_NULL)
              ys_dict_set (vm, t->dict, ys_val (name), d);
            return d;
          }
        if (g_str_equal (n, "__module__"))
          {
            /* A module's type is named module.name, or carries its module. */
            const char *dot = (t->flags & YS_TYPE_HEAP) ? NULL : strrchr (t->name->data, '.');
            YsValue mod = ys_dict_get_str (vm, t->dict, vm->s_module);
            if (dot != NULL)
              return ys_str_new (vm, t->name->data, dot - t->name->data);
            if (!(t->flags & YS_TYPE_HEAP) && mod != YS_NULL)
              return ys_ref (mod);
            return ys_str_intern (vm, (t->flags & YS_TYPE_HEAP) ? "__main__" : "builtins");
          }
        if (g_str_equal (n, "__dict__"))
          return ys_ref (t->dict);
        if (g_str_equal (n, "__mro__"))
          return ys_type_mro (vm, t);
        break;
      }
    case YS_KIND_FUNCTION:
      {
        YsFunction *f = (YsFunction *) ys_obj (obj);
        if (g_str_equal (n, "__name__"))
          return ys_ref (ys_val (f->name));
        if (g_str_equal (n, "__qualname__"))
          return ys_ref (ys_val (f->qualname));
        if (g_str_equal (n, "__code__"))
          return ys_ref (ys_val (f->code));
        if (g_str_equal (n, "__defaults__"))
          return f->defaults != YS_NULL ? ys_ref (f->defaults) : ys_none (vm);
        if (g_str_equal (n, "__module__"))
          return f->module != YS_NULL ? ys_ref (f->module) : ys_str_intern (vm, "__main__");
        if (g_str_equal (n, "__doc__"))
          return f->doc != YS_NULL ? ys_ref (f->doc) : f->code->doc != YS_NULL ? ys_ref (f->code->doc) : ys_none (vm);
        if (g_str_equal (n, "__annotations__") || g_str_equal (n, "__dict__"))
          {
            YsValue *slot = n[2] == 'a' ? &f->annotations : &f->dict;
            if (*slot == YS_NULL && (*slot = ys_dict_new (vm)) == YS_NULL)
              return YS_NULL;
            return ys_ref (*slot);
          }
        if (g_str_equal (n, "__kwdefaults__"))
          return f->kwdefaults != YS_NULL ? ys_ref (f->kwdefaults) : ys_none (vm);
        if (g_str_equal (n, "__globals__"))
          return ys_ref (f->globals);
        if (g_str_equal (n, "__closure__"))
          return f->closure != YS_NULL ? ys_ref (f->closure) : ys_none (vm);
        break;
      }
    case YS_KIND_BUILTIN:
      if (g_str_equal (n, "__name__") || g_str_equal (n, "__qualname__"))
        return ys_ref (ys_val (((YsBuiltin *) ys_obj (obj))->name));
      if (g_str_equal (n, "__self__"))
        {
          YsValue self = ((YsBuiltin *) ys_obj (obj))->self;
          return self != YS_NULL ? ys_ref (self) : ys_none (vm);
        }
      break;
    case YS_KIND_METHOD:
      if (g_str_equal (n, "__self__"))
        return ys_ref (((YsMethod *) ys_obj (obj))->self);
      if (g_str_equal (n, "__func__"))
        return ys_ref (((YsMethod *) ys_obj (obj))->func);
      if (g_str_equal (n, "__name__"))
        return ys_getattr (vm, ((YsMethod *) ys_obj (obj))->func, name);
      break;
    case YS_KIND_CODE:
      {
        YsCode *c = (YsCode *) ys_obj (obj);
        if (g_str_equal (n, "co_name"))
          return ys_ref (ys_val (c->name));
        if (g_str_equal (n, "co_qualname"))
          return ys_ref (ys_val (c->qualname));
        if (g_str_equal (n, "co_filename"))
          return ys_ref (ys_val (c->filename));
        if (g_str_equal (n, "co_firstlineno"))
          return ys_small (c->firstlineno);
        if (g_str_equal (n, "co_argcount"))
          return ys_small (c->argcount);
        if (g_str_equal (n, "co_varnames"))
          return ys_ref (c->varnames);
        break;
      }
    case YS_KIND_GENERATOR:
      {
        YsGen *g = (YsGen *) ys_obj (obj);
        if (g_str_equal (n, "__name__"))
          return ys_ref (ys_val (g->name));
        if (g_str_equal (n, "__qualname__"))
          return ys_ref (ys_val (g->qualname));
        if (g_str_equal (n, "gi_code"))
          return ys_ref (ys_val (g->code));
        if (g_str_equal (n, "gi_running"))
          return ys_bool (vm, g->state == YS_GEN_RUNNING);
        if (g_str_equal (n, "gi_suspended"))
          return ys_bool (vm, g->state == YS_GEN_SUSPENDED);
        if (g_str_equal (n, "gi_yieldfrom"))
          {
            /* None while its own code runs; the delegate while suspended in it or
             * while passing it a throw () or close (), as CPython reads its frame. */
            gboolean shown = g->yieldfrom != YS_NULL && (g->state != YS_GEN_RUNNING || g->forwarding);
            return shown ? ys_ref (g->yieldfrom) : ys_none (vm);
          }
        if (g_str_equal (n, "gi_frame"))
          return g->frame != NULL ? frame_object (vm, g) : ys_none (vm);
        break;
      }
    case YS_KIND_EXCEPTION:
      return ys_exception_attribute (vm, obj, name);
    case YS_KIND_INT:
    case YS_KIND_BOOL:
    case YS_KIND_FLOAT:
      if (g_str_equal (n, "real"))
        return ys_kind (vm, obj) == YS_KIND_BOOL ? ys_small (obj == ys_val (vm->true_obj)) : ys_ref (obj);
      if (g_str_equal (n, "imag"))
        return ys_kind (vm, obj) == YS_KIND_FLOAT ? ys_float_new (vm, 0.0) : ys_small (0);
      if (ys_kind (vm, obj) != YS_KIND_FLOAT && g_str_equal (n, "numerator"))
        return ys_kind (vm, obj) == YS_KIND_BOOL ? ys_small (obj == ys_val (vm->true_obj)) : ys_ref (obj);
      if (ys_kind (vm, obj) != YS_KIND_FLOAT && g_str_equal (n, "denominator"))
        return ys_small (1);
      break;
    case YS_KIND_FRAME:
      return ys_frame_view_attribute (vm, obj, name);
    case YS_KIND_FILE:
      {
        YsValue r = ys_file_attribute (vm, obj, name);
        if (r != YS_NULL)
          return r;
        break;
      }
    case YS_KIND_RANGE:
      {
        YsValue r = ys_range_attribute (vm, obj, name);
        if (r != YS_NULL)
          return r;
        break;
      }
    case YS_KIND_SLICE:
      {
        YsSlice *sl = (YsSlice *) ys_obj (obj);
        if (g_str_equal (n, "start"))
          return ys_ref (sl->start);
        if (g_str_equal (n, "stop"))
          return ys_ref (sl->stop);
        if (g_str_equal (n, "step"))
          return ys_ref (sl->step);
        break;
      }
    case YS_KIND_MODULE:
      if (g_str_equal (n, "__name__"))
        return ys_ref (ys_val (((YsModule *) ys_obj (obj))->name));
      break;
    default:
      break;
    }
  if (g_str_equal (n, "__class__"))
    return ys_ref (ys_val (ys_type_of (vm, obj)));
  if (g_str_equal (n, "__dict__") && ys_kind (vm, obj) == YS_KIND_INSTANCE)
    {
      YsInstance *inst = (YsInstance *) ys_obj (obj);
      if (inst->dict == YS_NULL)
        inst->dict = ys_dict_new (vm);
      return ys_ref (inst->dict);
    }
  return YS_NULL;
}

/* repr of everything without a literal form */

YsValue
ys_repr_builtin (YsVM    *vm,
                 YsValue  v)
{
  YsValue r = ys_sequence_repr (vm, v);

  if (r != YS_NULL || vm->exc != YS_NULL)
    return r;
  switch (ys_kind (vm, v))
    {
    case YS_KIND_DICT:
    case YS_KIND_DICTVIEW:
      return ys_dict_repr (vm, v);
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      return ys_set_repr (vm, v);
    case YS_KIND_TYPE:
      {
        YsType *t = (YsType *) ys_obj (v);
        /* A built-in module's class (collections.abc, random.Random) says where it is from. */
        YsValue m = t->dict != YS_NULL ? ys_dict_get_str (vm, t->dict, vm->s_module) : YS_NULL;
        if ((t->flags & YS_TYPE_HEAP) || (m != YS_NULL && ys_kind (vm, m) == YS_KIND_STR))
          {
            YsValue q = ys_dict_get_str (vm, t->dict, vm->s_qualname);
            return ys_str_printf (vm, "<class '%s.%s'>",
                                  m != YS_NULL && ys_kind (vm, m) == YS_KIND_STR ? ys_str_data (m) : "__main__",
                                  q != YS_NULL && ys_kind (vm, q) == YS_KIND_STR ? ys_str_data (q) : ys_type_name (t));
          }
        return ys_str_printf (vm, "<class '%s'>", ys_type_name (t));
      }
    case YS_KIND_FUNCTION:
      return ys_str_printf (vm, "<function %s at %p>", ((YsFunction *) ys_obj (v))->qualname->data,
                            (void *) ys_obj (v));
    case YS_KIND_BUILTIN:
      {
        YsBuiltin *b = (YsBuiltin *) ys_obj (v);
        if (b->is_method && b->self == YS_NULL)
          return ys_str_printf (vm, "<method '%s' of '%s' objects>", b->name->data, ys_type_name (b->owner));
        if (b->self != YS_NULL && ys_kind (vm, b->self) != YS_KIND_MODULE)
          return ys_str_printf (vm, "<built-in method %s of %s object at %p>", b->name->data,
                                ys_type_name_of (vm, b->self), (void *) ys_obj (b->self));
        return ys_str_printf (vm, "<built-in function %s>", b->name->data);
      }
    case YS_KIND_METHOD:
      {
        YsMethod *m = (YsMethod *) ys_obj (v);
        YsValue sr = ys_repr (vm, m->self);
        if (sr == YS_NULL)
          return YS_NULL;
        r = ys_str_printf (vm, "<bound method %s of %s>",
                           ((YsFunction *) ys_obj (m->func))->qualname->data, ys_str_data (sr));
        ys_decref (vm, sr);
        return r;
      }
    case YS_KIND_GENERATOR:
      return ys_str_printf (vm, "<generator object %s at %p>", ((YsGen *) ys_obj (v))->qualname->data,
                            (void *) ys_obj (v));
    case YS_KIND_CODE:
      {
        YsCode *c = (YsCode *) ys_obj (v);
        return ys_str_printf (vm, "<code object %s at %p, file \"%s\", line %d>", c->name->data,
                              (void *) c, c->filename->data, c->firstlineno);
      }
    case YS_KIND_CELL:
      return ys_str_printf (vm, "<cell at %p>", (void *) ys_obj (v));
    case YS_KIND_EXCEPTION:
      return ys_exception_repr (vm, v);
    case YS_KIND_MODULE:
      return ys_str_printf (vm, "<module '%s' (built-in)>", ((YsModule *) ys_obj (v))->name->data);
    case YS_KIND_FRAME:
      return ys_frame_view_repr (vm, v);
    case YS_KIND_FILE:
      return ys_file_repr (vm, v);
    default:
      {
        /* A built-in type may carry its own repr (itertools.count, ...). */
        YsValue own = ys_type_lookup (ys_type_of (vm, v), vm->s_repr);
        /* object.__repr__ is this very fallback. */
        if (own != YS_NULL && ys_kind (vm, own) == YS_KIND_BUILTIN &&
            ((YsBuiltin *) ys_obj (own))->owner != vm->types[YS_KIND_OBJECT])
          return ((YsBuiltin *) ys_obj (own))->func (vm, v, 0, NULL, YS_NULL);
      }
      if (ys_type_of (vm, v)->flags & YS_TYPE_HEAP)
        return ys_str_printf (vm, "<__main__.%s object at %p>", ys_type_name_of (vm, v), (void *) ys_obj (v));
      {
        /* A module's type is named with its module, as <itertools.chain object at ...>. */
        YsValue mod = ys_dict_get_str (vm, ys_type_of (vm, v)->dict, vm->s_module);
        if (mod != YS_NULL && ys_kind (vm, mod) == YS_KIND_STR && strchr (ys_type_name_of (vm, v), '.') == NULL)
          return ys_str_printf (vm, "<%s.%s object at %p>", ys_str_data (mod), ys_type_name_of (vm, v),
                                (void *) ys_obj (v));
      }
      return ys_str_printf (vm, "<%s object at %p>", ys_type_name_of (vm, v), (void *) ys_obj (v));
    }
}

void
ys_func_init_types (YsVM *vm)
{
  static const YsMethodDef gen_methods[] = {
    { "send", gen_send_method }, { "throw", gen_throw_method }, { "close", gen_close_method },
    { "__next__", gen_next_method }, { "__iter__", gen_iter_method }, { NULL, NULL }
  };

  vm->types[YS_KIND_CODE]->dealloc = code_dealloc;
  vm->types[YS_KIND_CODE]->clear = code_clear;
  vm->types[YS_KIND_FUNCTION]->dealloc = function_dealloc;
  vm->types[YS_KIND_FUNCTION]->clear = function_clear;
  vm->types[YS_KIND_BUILTIN]->dealloc = builtin_dealloc;
  vm->types[YS_KIND_BUILTIN]->clear = builtin_clear;
  vm->types[YS_KIND_METHOD]->dealloc = method_dealloc;
  vm->types[YS_KIND_CELL]->dealloc = cell_dealloc;
  vm->types[YS_KIND_CELL]->clear = cell_clear;
  vm->types[YS_KIND_GENERATOR]->dealloc = gen_dealloc;
  vm->types[YS_KIND_GENERATOR]->clear = gen_clear;
  ys_type_add_methods (vm, vm->types[YS_KIND_GENERATOR], gen_methods);
}
