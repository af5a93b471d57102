/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The contextlib module: contextmanager (a generator as a context manager, with
 * CPython's handling of what the generator does with a thrown-in exception),
 * closing, suppress, nullcontext and ExitStack. */
#include "ys-runtime.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* All four hold one object: the generator, the thing to close, the exception types
 * to suppress, or the value __enter__ gives. */
typedef struct
{
  YsInstance  base;
  YsValue     held;
} Holder;

#define HELD(v) (((Holder *) ys_obj (v))->held)

static void
holder_clear (YsVM     *vm,
              YsObject *obj)
{
  ys_clear (vm, &((Holder *) obj)->base.dict);
  ys_clear (vm, &((Holder *) obj)->held);
}


static YsValue
holder_new (YsVM    *vm,
            YsType  *type,
            YsValue  held)   /* stolen */
{
  Holder *h;

  if (held == YS_NULL)
    return YS_NULL;
  h = (Holder *) ys_gc_alloc (vm, type, sizeof (Holder));
  if (h == NULL)
    {
      ys_decref (vm, held);
      return YS_NULL;
    }
  h->held = held;
  return ys_val (h);
}

static gboolean
check_exit_args (YsVM    *vm,
                 int      argc,
                 YsValue  kwnames)
{
  return ys_args_check (vm, "__exit__", argc, kwnames, 3, 3);
}

/* contextmanager */

static YsType *gcm_type (YsVM *vm);

/* What contextmanager (func) returns: calling it makes the generator at once. */
FUNC (helper_call)
{
  YsValue gen = ys_call (vm, self, argc, argv, kwnames);

  return holder_new (vm, gcm_type (vm), gen);
}

FUNC (contextlib_contextmanager)
{
  YsValue name;
  const char *n = "helper";

  if (!ys_args_check (vm, "contextmanager", argc, kwnames, 1, 1))
    return YS_NULL;
  name = ys_getattr (vm, argv[0], vm->s_name);
  if (name == YS_NULL)
    ys_exc_clear (vm);
  else if (ys_kind (vm, name) == YS_KIND_STR)
    n = ys_str_data (name);
  {
    YsValue helper = ys_builtin_new (vm, n, helper_call, argv[0]);
    ys_xdecref (vm, name);
    /* A generator method made a context manager binds to its instance. */
    if (helper != YS_NULL)
      ((YsBuiltin *) ys_obj (helper))->binds = TRUE;
    return helper;
  }
}

FUNC (gcm_enter)
{
  YsValue gen, r;

  if (!ys_args_check (vm, "__enter__", argc, kwnames, 0, 0))
    return YS_NULL;
  gen = ys_ref (HELD (self));
  r = ys_next (vm, gen);
  ys_decref (vm, gen);
  if (r == YS_NULL && (vm->exc == YS_NULL || ys_exc_matches (vm, YS_EXC_STOP_ITERATION)))
    {
      /* raise RuntimeError(...) from None, inside except StopIteration. */
      YsValue stop = vm->exc != YS_NULL ? ys_exc_fetch (vm)
                                        : ys_exception_new (vm, vm->exc_types[YS_EXC_STOP_ITERATION], vm->empty_tuple);
      ys_raise (vm, YS_EXC_RUNTIME_ERROR, "generator didn't yield");
      ((YsException *) ys_obj (vm->exc))->suppress_context = TRUE;
      ((YsException *) ys_obj (vm->exc))->context = stop;
    }
  return r;
}

FUNC (gcm_exit)
{
  YsValue gen, value, r, exc;
  gboolean suppress;

  if (!check_exit_args (vm, argc, kwnames))
    return YS_NULL;
  gen = ys_ref (HELD (self));
  if (ys_is_none (vm, argv[0]))
    {
      r = ys_next (vm, gen);
      ys_decref (vm, gen);
      if (r != YS_NULL)
        {
          ys_decref (vm, r);
          return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "generator didn't stop");
        }
      if (vm->exc != YS_NULL && !ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
        return YS_NULL;
      ys_exc_clear (vm);
      return ys_bool (vm, FALSE);
    }
  value = ys_is_none (vm, argv[1]) ? ys_call0 (vm, argv[0]) : ys_ref (argv[1]);
  if (value == YS_NULL)
    {
      ys_decref (vm, gen);
      return YS_NULL;
    }
  r = ys_call_method (vm, gen, ys_str_interned (vm, "throw"), 1, &value);
  ys_decref (vm, gen);
  if (r != YS_NULL)
    {
      ys_decref (vm, r);
      ys_decref (vm, value);
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "generator didn't stop after throw()");
    }
  exc = ys_exc_fetch (vm);
  if (ys_isinstance (vm, exc, vm->exc_types[YS_EXC_STOP_ITERATION]))
    suppress = exc != value;     /* it ended: the exception was swallowed, unless it was the one */
  else if (exc == value)
    suppress = FALSE;            /* it let the exception through */
  else if (ys_isinstance (vm, exc, vm->exc_types[YS_EXC_RUNTIME_ERROR]) &&
           ys_isinstance (vm, value, vm->exc_types[YS_EXC_STOP_ITERATION]) &&
           ((YsException *) ys_obj (exc))->cause == value)
    suppress = FALSE;            /* PEP 479 turned the StopIteration thrown in into this */
  else
    {
      ys_decref (vm, value);
      return ys_raise_value (vm, exc);
    }
  ys_decref (vm, exc);
  ys_decref (vm, value);
  return ys_bool (vm, suppress);
}

/* closing, suppress, nullcontext */

/* The one argument of closing (thing) and nullcontext (enter_result=None), checked
 * with the words of their Python __init__; borrowed, or YS_NULL on error. */
static YsValue
init_args (YsVM          *vm,
           const char    *cls,
           const char    *param,
           gboolean       required,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  YsValue given = argc > 0 ? argv[0] : YS_NULL;

  for (int k = 0; k < ys_kw_count (kwnames); k++)
    {
      if (!g_str_equal (ys_kw_name (kwnames, k), param))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__init__() got an unexpected keyword argument '%s'", cls,
                         ys_kw_name (kwnames, k));
      if (given != YS_NULL)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__init__() got multiple values for argument '%s'", cls, param);
      given = argv[argc + k];
    }
  if (argc > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__init__() takes %s2 positional arguments but %d were given", cls,
                     required ? "" : "from 1 to ", argc + 1);
  if (given == YS_NULL && required)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__init__() missing 1 required positional argument: '%s'", cls,
                     param);
  return given != YS_NULL ? given : ys_val (vm->none);
}


static YsType *
holder_type (YsVM              *vm,
             const char        *name,
             YsCFunc            new_func,
             const YsMethodDef *methods)
{
  YsType *type = ys_native_type (vm, name, YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT], YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      type->dealloc = ys_dealloc_cleared;
      type->clear = holder_clear;
      type->new_func = new_func;
      ys_type_add_methods (vm, type, methods);
      /* Python classes in CPython: bare names, of the module contextlib. */
      ys_type_set_attr (vm, type, "__module__", ys_val (ys_str_interned (vm, "contextlib")));
    }
  return type;
}

FUNC (held_enter)
{
  if (!ys_args_check (vm, "__enter__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_ref (HELD (self));
}

FUNC (held_self_enter)
{
  if (!ys_args_check (vm, "__enter__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_ref (self);
}

FUNC (closing_exit)
{
  YsValue thing, r;

  if (!check_exit_args (vm, argc, kwnames))
    return YS_NULL;
  thing = ys_ref (HELD (self));
  r = ys_call_method (vm, thing, ys_str_interned (vm, "close"), 0, NULL);
  ys_decref (vm, thing);
  if (r == YS_NULL)
    return YS_NULL;
  ys_decref (vm, r);
  return ys_none (vm);
}

static YsValue
closing_new (YsVM          *vm,
             YsValue        type,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  YsValue thing = init_args (vm, "closing", "thing", TRUE, argc, argv, kwnames);

  return thing != YS_NULL ? holder_new (vm, (YsType *) ys_obj (type), ys_ref (thing)) : YS_NULL;
}

FUNC (suppress_exit)
{
  YsValue issubclass, args[2], r;

  if (!check_exit_args (vm, argc, kwnames))
    return YS_NULL;
  if (ys_is_none (vm, argv[0]))
    return ys_bool (vm, FALSE);
  issubclass = ys_dict_get_str (vm, vm->builtins, ys_str_interned (vm, "issubclass"));
  args[0] = argv[0];
  args[1] = HELD (self);
  r = ys_call (vm, issubclass, 2, args, YS_NULL);
  return r;
}

static YsValue
suppress_new (YsVM          *vm,
              YsValue        type,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "suppress.__init__() got an unexpected keyword argument '%s'",
                     ys_kw_name (kwnames, 0));
  return holder_new (vm, (YsType *) ys_obj (type), ys_tuple_from_array (vm, argv, (gsize) argc));
}

FUNC (nullcontext_exit)
{
  if (!ys_args_check (vm, "__exit__", argc, kwnames, 0, 3))
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
nullcontext_new (YsVM          *vm,
                 YsValue        type,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames)
{
  YsValue result = init_args (vm, "nullcontext", "enter_result", FALSE, argc, argv, kwnames);

  return result != YS_NULL ? holder_new (vm, (YsType *) ys_obj (type), ys_ref (result)) : YS_NULL;
}

/* ExitStack: held is a list of exits, each a tuple (callable) called with the
 * exception details, or (callable, args, kwargs) called as callback () was. */

static YsType *exitstack_type (YsVM *vm);

static YsValue
exitstack_new (YsVM          *vm,
               YsValue        type,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  if (argc > 0 || ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "ExitStack() takes no arguments");
  return holder_new (vm, (YsType *) ys_obj (type), ys_list_new (vm, 0));
}

static YsValue
push_exit (YsVM    *vm,
           YsValue  self,
           YsValue  entry)   /* stolen */
{
  if (entry == YS_NULL || !ys_list_append_steal (vm, HELD (self), entry))
    return YS_NULL;
  return ys_none (vm);
}

/* '__main__.Thing': the name CPython gives in its protocol errors. */
static YsValue
raise_not_a_cm (YsVM       *vm,
                YsValue     obj,
                const char *what)
{
  YsType *t = ys_type_of (vm, obj);
  const char *name = ys_type_name (t), *dot = strrchr (name, '.');
  const char *module = (t->flags & YS_TYPE_HEAP) ? "__main__" : "builtins";

  if (dot != NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object does not support the %s", name, what);
  if (!(t->flags & YS_TYPE_HEAP))
    {
      YsValue mod = ys_dict_get_str (vm, t->dict, vm->s_module);
      if (mod != YS_NULL && ys_kind (vm, mod) == YS_KIND_STR)
        module = ys_str_data (mod);
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s.%s' object does not support the %s", module, name, what);
}

FUNC (exitstack_enter_context)
{
  YsValue enter, exit, r, pushed;

  if (!ys_args_check (vm, "enter_context", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_type_lookup (ys_type_of (vm, argv[0]), vm->s_enter) == YS_NULL ||
      ys_type_lookup (ys_type_of (vm, argv[0]), vm->s_exit) == YS_NULL)
    return raise_not_a_cm (vm, argv[0], "context manager protocol");
  enter = ys_getattr (vm, argv[0], vm->s_enter);
  exit = enter != YS_NULL ? ys_getattr (vm, argv[0], vm->s_exit) : YS_NULL;
  r = exit != YS_NULL ? ys_call0 (vm, enter) : YS_NULL;
  ys_xdecref (vm, enter);
  if (r == YS_NULL)
    {
      ys_xdecref (vm, exit);
      return YS_NULL;
    }
  pushed = push_exit (vm, self, ys_tuple_pack (vm, 1, exit));
  if (pushed == YS_NULL)
    {
      ys_decref (vm, r);
      return YS_NULL;
    }
  ys_decref (vm, pushed);
  return r;
}

FUNC (exitstack_push)
{
  YsValue exit, pushed;

  if (!ys_args_check (vm, "push", argc, kwnames, 1, 1))
    return YS_NULL;
  /* A context manager gives its __exit__; anything else is the exit itself. */
  if (ys_type_lookup (ys_type_of (vm, argv[0]), vm->s_exit) != YS_NULL)
    exit = ys_getattr (vm, argv[0], vm->s_exit);
  else
    exit = ys_ref (argv[0]);
  pushed = exit != YS_NULL ? push_exit (vm, self, ys_tuple_pack (vm, 1, exit)) : YS_NULL;
  if (pushed == YS_NULL)
    return YS_NULL;
  ys_decref (vm, pushed);
  return ys_ref (argv[0]);
}

FUNC (exitstack_callback)
{
  YsValue args, kwargs, pushed;

  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR,
                     "ExitStack.callback() missing 1 required positional argument: 'callback'");
  args = ys_tuple_from_array (vm, argv + 1, (gsize) argc - 1);
  kwargs = ys_dict_new (vm);
  for (int k = 0; kwargs != YS_NULL && k < ys_kw_count (kwnames); k++)
    ys_dict_set (vm, kwargs, ys_tuple_get (kwnames, (gsize) k), argv[argc + k]);
  if (args == YS_NULL || kwargs == YS_NULL)
    {
      ys_xdecref (vm, args);
      ys_xdecref (vm, kwargs);
      return YS_NULL;
    }
  pushed = push_exit (vm, self, ys_tuple_pack (vm, 3, ys_ref (argv[0]), args, kwargs));
  if (pushed == YS_NULL)
    return YS_NULL;
  ys_decref (vm, pushed);
  return ys_ref (argv[0]);
}

FUNC (exitstack_pop_all)
{
  YsValue other;

  if (!ys_args_check (vm, "pop_all", argc, kwnames, 0, 0))
    return YS_NULL;
  other = holder_new (vm, exitstack_type (vm), ys_list_new (vm, 0));
  if (other == YS_NULL)
    return YS_NULL;
  /* The exits move to the new stack. */
  {
    YsValue old = HELD (self);
    HELD (self) = HELD (other);
    HELD (other) = old;
  }
  return other;
}

/* One exit: its result, or YS_NULL with its exception set. */
static YsValue
call_exit (YsVM    *vm,
           YsValue  entry,
           YsValue *details)
{
  YsValue f = ys_tuple_get (entry, 0);

  if (ys_tuple_len (entry) == 1)
    return ys_call (vm, f, 3, details, YS_NULL);
  {
    YsValue r = ys_call_with_tuple (vm, f, ys_tuple_get (entry, 1), ys_tuple_get (entry, 2));
    if (r != YS_NULL)
      {
        /* A callback's result never suppresses anything. */
        ys_decref (vm, r);
        r = ys_bool (vm, FALSE);
      }
    return r;
  }
}

/* The new exception's context chain ends at the one it replaces, as CPython's
 * ExitStack links them. */
static void
fix_context (YsVM    *vm,
             YsValue  new_exc,
             YsValue  old_exc,
             YsValue  frame_exc)
{
  YsException *e = (YsException *) ys_obj (new_exc);

  if (old_exc == YS_NULL || ys_is_none (vm, old_exc))
    return;
  for (;;)
    {
      YsValue ctx = e->context;
      if (ctx == YS_NULL || ys_is_none (vm, ctx) || ctx == old_exc)
        return;
      if (ctx == frame_exc)
        break;
      e = (YsException *) ys_obj (ctx);
    }
  ys_xdecref (vm, e->context);
  e->context = ys_ref (old_exc);
}

FUNC (exitstack_exit)
{
  YsValue details[3], frame_exc = vm->handled;
  gboolean received, suppressed = FALSE, pending = FALSE;
  YsValue list = HELD (self);

  if (!check_exit_args (vm, argc, kwnames))
    return YS_NULL;
  received = !ys_is_none (vm, argv[0]);
  for (int i = 0; i < 3; i++)
    details[i] = ys_ref (argv[i]);
  while (ys_list_as (list)->length > 0)
    {
      YsList *l = ys_list_as (list);
      YsValue entry = l->items[--l->length], r;

      r = call_exit (vm, entry, details);
      ys_decref (vm, entry);
      if (r != YS_NULL)
        {
          int truth = ys_truthy (vm, r);
          ys_decref (vm, r);
          if (truth > 0)
            {
              suppressed = TRUE;
              pending = FALSE;
              for (int i = 0; i < 3; i++)
                {
                  ys_decref (vm, details[i]);
                  details[i] = ys_none (vm);
                }
            }
          if (truth >= 0)
            continue;
        }
      {
        YsValue exc = ys_exc_fetch (vm);
        fix_context (vm, exc, details[1], frame_exc);
        for (int i = 0; i < 3; i++)
          ys_decref (vm, details[i]);
        details[0] = ys_ref (ys_val (ys_type_of (vm, exc)));
        details[2] = ys_exception_traceback_object (vm, exc);
        details[1] = exc;
        pending = TRUE;
      }
    }
  ys_decref (vm, details[0]);
  ys_decref (vm, details[2]);
  if (pending)
    return ys_raise_value (vm, details[1]);
  ys_decref (vm, details[1]);
  return ys_bool (vm, received && suppressed);
}

FUNC (exitstack_close)
{
  YsValue none3[3], r;

  if (!ys_args_check (vm, "close", argc, kwnames, 0, 0))
    return YS_NULL;
  none3[0] = none3[1] = none3[2] = ys_val (vm->none);
  r = exitstack_exit (vm, self, 3, none3, YS_NULL);
  if (r == YS_NULL)
    return YS_NULL;
  ys_decref (vm, r);
  return ys_none (vm);
}

static YsType *
exitstack_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__enter__", held_self_enter }, { "__exit__", exitstack_exit }, { "enter_context", exitstack_enter_context },
    { "push", exitstack_push }, { "callback", exitstack_callback }, { "pop_all", exitstack_pop_all },
    { "close", exitstack_close }, { NULL, NULL }
  };
  return holder_type (vm, "ExitStack", exitstack_new, methods);
}

static YsType *
gcm_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__enter__", gcm_enter }, { "__exit__", gcm_exit }, { NULL, NULL }
  };
  return holder_type (vm, "_GeneratorContextManager", NULL, methods);
}

YsValue
ys_module_contextlib (YsVM *vm)
{
  static const YsMethodDef closing_methods[] = {
    { "__enter__", held_enter }, { "__exit__", closing_exit }, { NULL, NULL }
  };
  static const YsMethodDef suppress_methods[] = {
    { "__enter__", nullcontext_exit }, { "__exit__", suppress_exit }, { NULL, NULL }
  };
  static const YsMethodDef nullcontext_methods[] = {
    { "__enter__", held_enter }, { "__exit__", nullcontext_exit }, { NULL, NULL }
  };
  static const YsMethodDef functions[] = {
    { "contextmanager", contextlib_contextmanager }, { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "contextlib");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add_functions (vm, module, functions);
  ys_module_add (vm, module, "_GeneratorContextManager", ys_val (gcm_type (vm)));
  ys_module_add (vm, module, "closing",
                 ys_val (holder_type (vm, "closing", closing_new, closing_methods)));
  ys_module_add (vm, module, "suppress",
                 ys_val (holder_type (vm, "suppress", suppress_new, suppress_methods)));
  ys_module_add (vm, module, "ExitStack", ys_val (exitstack_type (vm)));
  ys_module_add (vm, module, "nullcontext",
                 ys_val (holder_type (vm, "nullcontext", nullcontext_new, nullcontext_methods)));
  return module;
}
