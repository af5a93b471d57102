/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The types module (the built-in types by name, SimpleNamespace) and the gc module,
 * which has little to do: the engine frees by reference counting. */
#include "ys-runtime.h"

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* SimpleNamespace: an instance whose attributes are its dict. */

static void
namespace_clear (YsVM     *vm,
                 YsObject *obj)
{
  ys_clear (vm, &((YsInstance *) obj)->dict);
}


static YsValue
namespace_new (YsVM          *vm,
               YsValue        type,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  YsInstance *ns;

  if (argc > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "no positional arguments expected");
  ns = (YsInstance *) ys_gc_alloc (vm, (YsType *) ys_obj (type), sizeof (YsInstance));
  if (ns == NULL)
    return YS_NULL;
  ns->dict = ys_dict_new (vm);
  for (int k = 0; ns->dict != YS_NULL && k < ys_kw_count (kwnames); k++)
    ys_dict_set (vm, ns->dict, ys_tuple_get (kwnames, (gsize) k), argv[argc + k]);
  return ys_val (ns);
}

FUNC (namespace_repr)
{
  YsValue dict = ((YsInstance *) ys_obj (self))->dict, k, v;
  GString *out;
  gsize pos = 0;
  gboolean first = TRUE;

  if (!ys_repr_enter (vm, self))
    return ys_str_new (vm, "namespace(...)", -1);
  out = g_string_new ("namespace(");
  while (dict != YS_NULL && ys_dict_next (dict, &pos, &k, &v))
    {
      YsValue r = ys_repr (vm, v);
      if (r == YS_NULL)
        {
          ys_repr_leave (vm, self);
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      g_string_append_printf (out, "%s%s=%s", first ? "" : ", ", ys_str_data (k), ys_str_data (r));
      ys_decref (vm, r);
      first = FALSE;
    }
  g_string_append_c (out, ')');
  ys_repr_leave (vm, self);
  return ys_str_take (vm, g_string_free (out, FALSE));
}

FUNC (namespace_eq)
{
  YsType *type = ys_type_of (vm, self);
  int eq;

  if (!ys_args_check (vm, "__eq__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_type_of (vm, argv[0]) != type)
    return ys_notimpl (vm);
  eq = ys_equal (vm, ((YsInstance *) ys_obj (self))->dict, ((YsInstance *) ys_obj (argv[0]))->dict);
  return eq < 0 ? YS_NULL : ys_bool (vm, eq);
}

YsValue
ys_module_types (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__repr__", namespace_repr }, { "__eq__", namespace_eq }, { NULL, NULL }
  };
  static const struct { const char *name; YsKind kind; } kinds[] = {
    { "GeneratorType", YS_KIND_GENERATOR }, { "FunctionType", YS_KIND_FUNCTION },
    { "LambdaType", YS_KIND_FUNCTION }, { "BuiltinFunctionType", YS_KIND_BUILTIN },
    { "BuiltinMethodType", YS_KIND_BUILTIN }, { "MethodType", YS_KIND_METHOD },
    { "ModuleType", YS_KIND_MODULE }, { "CodeType", YS_KIND_CODE }, { "FrameType", YS_KIND_FRAME },
    { "NoneType", YS_KIND_NONE }, { "EllipsisType", YS_KIND_ELLIPSIS },
    { "NotImplementedType", YS_KIND_NOTIMPL },
  };
  YsValue module = ys_module_new (vm, "types");
  YsType *ns = ys_native_type (vm, "types.SimpleNamespace", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                               YS_TYPE_GC | YS_TYPE_SLOTS | YS_TYPE_BASETYPE);

  if (module == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (vm->types[kinds[i].kind] != NULL)
      ys_module_add (vm, module, kinds[i].name, ys_val (vm->types[kinds[i].kind]));
  if (ns->dealloc == NULL)
    {
      ns->dealloc = ys_dealloc_cleared;
      ns->clear = namespace_clear;
      ns->new_func = namespace_new;
      ys_type_add_methods (vm, ns, methods);
    }
  ys_module_add (vm, module, "SimpleNamespace", ys_val (ns));
  return module;
}

/* gc */

FUNC (gc_collect)
{
  static const char *const names[] = { "generation" };
  YsValue args[1];
  gint64 gen = 2;

  if (!ys_args_bind (vm, "collect", names, 1, 0, 1, 0, argc, argv, kwnames, args))
    return YS_NULL;
  if (args[0] != YS_NULL && (!ys_is_int (vm, args[0]) || !ys_int_to_i64 (vm, args[0], &gen) || gen < 0 || gen > 2))
    {
      if (!ys_is_int (vm, args[0]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                         ys_type_name_of (vm, args[0]));
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "invalid generation");
    }
  /* Objects are freed when their last reference goes; cycles wait for the end of
   * the run. Nothing found now. */
  return ys_small (0);
}

static gboolean gc_enabled_flag (YsVM *vm, int set);

FUNC (gc_enable)
{
  if (!ys_args_check (vm, "enable", argc, kwnames, 0, 0))
    return YS_NULL;
  gc_enabled_flag (vm, 1);
  return ys_none (vm);
}

FUNC (gc_disable)
{
  if (!ys_args_check (vm, "disable", argc, kwnames, 0, 0))
    return YS_NULL;
  gc_enabled_flag (vm, 0);
  return ys_none (vm);
}

FUNC (gc_isenabled)
{
  if (!ys_args_check (vm, "isenabled", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_bool (vm, gc_enabled_flag (vm, -1));
}

/* The switch lives in the module's dict, so that each VM has its own. */
static gboolean
gc_enabled_flag (YsVM *vm,
                 int   set)
{
  YsValue module = ys_dict_get_str (vm, vm->modules, ys_str_interned (vm, "gc")), flag;

  if (module == YS_NULL)
    return TRUE;
  if (set >= 0)
    ys_module_add (vm, module, "_enabled", ys_val (set ? vm->true_obj : vm->false_obj));
  flag = ys_dict_get_str (vm, ((YsModule *) ys_obj (module))->dict, ys_str_interned (vm, "_enabled"));
  return flag == YS_NULL || flag == ys_val (vm->true_obj);
}

YsValue
ys_module_gc (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "collect", gc_collect }, { "enable", gc_enable }, { "disable", gc_disable },
    { "isenabled", gc_isenabled }, { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "gc");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add_functions (vm, module, functions);
  return module;
}
