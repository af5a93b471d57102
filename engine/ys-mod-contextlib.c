/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The contextlib module: contextmanager (a generator as a context manager, with
 * CPython's handling of what the generator does with a thrown-in exception),
 * closing, suppress and nullcontext. */
#include "ys-runtime.h"

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
  ys_module_add (vm, module, "nullcontext",
                 ys_val (holder_type (vm, "nullcontext", nullcontext_new, nullcontext_methods)));
  return module;
}
