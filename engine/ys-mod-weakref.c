/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The weakref module: ref, finalize, getweakrefcount, getweakrefs. The engine frees an object
 * when its last reference goes, and clears its weak references then (calling their
 * callbacks), as CPython does. */
#include "ys-runtime.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

typedef struct
{
  YsInstance  base;
  YsObject   *target;     /* borrowed; NULL once it died */
  YsValue     callback;   /* or YS_NULL */
  gint64      hash;       /* -1 until asked */
} WeakRef;

#define WEAKREF(v) ((WeakRef *) ys_obj (v))

static GSList *
refs_of (YsVM     *vm,
         YsObject *target)
{
  return vm->weakrefs != NULL ? g_hash_table_lookup (vm->weakrefs, target) : NULL;
}

static void
weakref_clear (YsVM     *vm,
               YsObject *obj)
{
  ys_clear (vm, &((WeakRef *) obj)->base.dict);
  ys_clear (vm, &((WeakRef *) obj)->callback);
}

static void
weakref_dealloc (YsVM     *vm,
                 YsObject *obj)
{
  WeakRef *w = (WeakRef *) obj;

  if (w->target != NULL)
    {
      GSList *list = g_slist_remove (refs_of (vm, w->target), w);
      if (list != NULL)
        g_hash_table_insert (vm->weakrefs, w->target, list);
      else
        g_hash_table_remove (vm->weakrefs, w->target);
    }
  weakref_clear (vm, obj);
  ys_free_object (vm, obj);
}

void
ys_weakrefs_clear (YsVM     *vm,
                   YsObject *target)
{
  GSList *list = refs_of (vm, target);

  if (list == NULL)
    return;
  g_hash_table_steal (vm->weakrefs, target);
  /* Held while the callbacks run: one may drop the others. */
  for (GSList *l = list; l != NULL; l = l->next)
    {
      ((WeakRef *) l->data)->target = NULL;
      ys_incref (ys_val (l->data));
    }
  for (GSList *l = list; l != NULL; l = l->next)
    {
      WeakRef *w = l->data;
      if (w->callback != YS_NULL && !vm->tearing_down)
        {
          YsValue cb = ys_ref (w->callback), r = ys_call1 (vm, cb, ys_val (w));
          ys_decref (vm, cb);
          if (r == YS_NULL)
            ys_report_unraisable (vm, "Exception ignored in", cb);
          ys_xdecref (vm, r);
        }
    }
  for (GSList *l = list; l != NULL; l = l->next)
    ys_decref (vm, ys_val (l->data));
  g_slist_free (list);
}

static gboolean
weakrefable (YsVM    *vm,
             YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_INSTANCE:
    case YS_KIND_TYPE:
      return (ys_type_of (vm, v)->flags & YS_TYPE_HEAP) || ys_kind (vm, v) == YS_KIND_TYPE;
    case YS_KIND_FUNCTION:
    case YS_KIND_GENERATOR:
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
    case YS_KIND_METHOD:
    case YS_KIND_MODULE:
      return TRUE;
    default:
      return FALSE;
    }
}

static YsValue
weakref_new (YsVM          *vm,
             YsValue        type,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  YsValue callback;
  YsObject *target;
  GSList *list;
  WeakRef *w;

  if (!ys_args_no_keywords (vm, "ref", kwnames))
    return YS_NULL;
  if (argc < 1 || argc > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "ref expected at %s 2 arguments, got %d", argc < 1 ? "least 1 argument," : "most",
                     argc);
  if (!weakrefable (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "cannot create weak reference to '%s' object", ys_type_name_of (vm, argv[0]));
  target = ys_obj (argv[0]);
  callback = argc == 2 && !ys_is_none (vm, argv[1]) ? argv[1] : YS_NULL;
  list = refs_of (vm, target);
  /* Without a callback, the same ref serves again, as in CPython. */
  if (callback == YS_NULL && list != NULL && WEAKREF (ys_val (list->data))->callback == YS_NULL)
    return ys_ref (ys_val (list->data));
  w = (WeakRef *) ys_gc_alloc (vm, (YsType *) ys_obj (type), sizeof (WeakRef));
  if (w == NULL)
    return YS_NULL;
  w->target = target;
  w->callback = callback != YS_NULL ? ys_ref (callback) : YS_NULL;
  w->hash = -1;
  if (vm->weakrefs == NULL)
    vm->weakrefs = g_hash_table_new (NULL, NULL);
  list = callback == YS_NULL ? g_slist_prepend (list, w) : g_slist_append (list, w);
  g_hash_table_insert (vm->weakrefs, target, list);
  return ys_val (w);
}

FUNC (weakref_call)
{
  if (!ys_args_check (vm, "weakref", argc, kwnames, 0, 0))
    return YS_NULL;
  return WEAKREF (self)->target != NULL ? ys_ref (ys_val (WEAKREF (self)->target)) : ys_none (vm);
}

FUNC (weakref_repr)
{
  WeakRef *w = WEAKREF (self);

  if (w->target == NULL)
    return ys_str_printf (vm, "<weakref at %p; dead>", (void *) w);
  return ys_str_printf (vm, "<weakref at %p; to '%s' at %p>", (void *) w, ys_type_name (w->target->type),
                        (void *) w->target);
}

FUNC (weakref_eq)
{
  WeakRef *w = WEAKREF (self), *o;

  if (!ys_args_check (vm, "__eq__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_type_of (vm, argv[0]) != ys_type_of (vm, self))
    return ys_notimpl (vm);
  o = WEAKREF (argv[0]);
  if (w->target == NULL || o->target == NULL)
    return ys_bool (vm, w == o);
  {
    int eq = ys_equal (vm, ys_val (w->target), ys_val (o->target));
    return eq < 0 ? YS_NULL : ys_bool (vm, eq);
  }
}

FUNC (weakref_hash)
{
  WeakRef *w = WEAKREF (self);

  if (!ys_args_check (vm, "__hash__", argc, kwnames, 0, 0))
    return YS_NULL;
  if (w->hash == -1)
    {
      if (w->target == NULL)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "weak object has gone away");
      if (!ys_hash (vm, ys_val (w->target), &w->hash))
        return YS_NULL;
    }
  return ys_int_from_i64 (vm, w->hash);
}

FUNC (weakref_getweakrefcount)
{
  if (!ys_args_check (vm, "getweakrefcount", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_small (ys_is_small (argv[0]) ? 0 : (intptr_t) g_slist_length (refs_of (vm, ys_obj (argv[0]))));
}

FUNC (weakref_getweakrefs)
{
  YsValue list;

  if (!ys_args_check (vm, "getweakrefs", argc, kwnames, 1, 1))
    return YS_NULL;
  list = ys_list_new (vm, 0);
  for (GSList *l = ys_is_small (argv[0]) ? NULL : refs_of (vm, ys_obj (argv[0])); list != YS_NULL && l != NULL; l = l->next)
    ys_list_append (vm, list, ys_val (l->data));
  return list;
}

/* finalize: a weak reference whose callback calls func (*args, **kwargs) once. The
 * module's registry keeps each live one, so that an unsaved finalizer still runs. */
typedef struct
{
  YsInstance  base;
  YsValue     ref;       /* the weakref, or YS_NULL once it ran or was detached */
  YsValue     func;
  YsValue     args;      /* tuple */
  YsValue     kwargs;    /* dict */
} Finalizer;

#define FINALIZER(v) ((Finalizer *) ys_obj (v))

static void
finalizer_clear (YsVM     *vm,
                 YsObject *obj)
{
  Finalizer *f = (Finalizer *) obj;

  ys_clear (vm, &f->base.dict);
  ys_clear (vm, &f->ref);
  ys_clear (vm, &f->func);
  ys_clear (vm, &f->args);
  ys_clear (vm, &f->kwargs);
}

static YsValue
registry (YsVM *vm)
{
  YsValue module = ys_dict_get_str (vm, vm->modules, ys_str_interned (vm, "weakref"));

  return module != YS_NULL ? ys_dict_get_str (vm, ((YsModule *) ys_obj (module))->dict,
                                              ys_str_interned (vm, "_registry"))
                           : YS_NULL;
}

/* Takes @self out of the registry and marks it dead: TRUE if it was alive. */
static gboolean
finalizer_kill (YsVM    *vm,
                YsValue  self)
{
  YsValue reg = registry (vm);
  YsList *l;

  if (FINALIZER (self)->ref == YS_NULL)
    return FALSE;
  ys_clear (vm, &FINALIZER (self)->ref);
  if (reg == YS_NULL)
    return TRUE;
  l = ys_list_as (reg);
  for (gsize i = 0; i < l->length; i++)
    if (l->items[i] == self)
      {
        memmove (l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof (YsValue));
        l->length--;
        ys_decref (vm, self);
        break;
      }
  return TRUE;
}

/* Calls func (*args, **kwargs) if still alive: its result, or None. */
static YsValue
finalizer_run (YsVM    *vm,
               YsValue  self)
{
  Finalizer *f = FINALIZER (self);
  YsValue func, args, kwargs, r;

  ys_incref (self);
  if (!finalizer_kill (vm, self))
    {
      ys_decref (vm, self);
      return ys_none (vm);
    }
  func = ys_ref (f->func);
  args = ys_ref (f->args);
  kwargs = ys_ref (f->kwargs);
  r = ys_call_with_tuple (vm, func, args, kwargs);
  ys_decref (vm, func);
  ys_decref (vm, args);
  ys_decref (vm, kwargs);
  ys_decref (vm, self);
  return r;
}

/* The weakref's callback, bound to its finalizer. */
FUNC (finalizer_callback)
{
  YsValue r = finalizer_run (vm, self);

  if (r == YS_NULL)
    return YS_NULL;
  ys_decref (vm, r);
  return ys_none (vm);
}

static YsType *finalizer_type (YsVM *vm);

void
ys_weakref_at_exit (YsVM *vm)
{
  YsValue reg = registry (vm), pending;
  YsList *l;

  if (reg == YS_NULL || ys_list_as (reg)->length == 0)
    return;
  /* The newest first, as CPython's atexit hook runs them. */
  pending = ys_list_from_iterable (vm, reg);
  if (pending == YS_NULL)
    {
      ys_exc_clear (vm);
      return;
    }
  l = ys_list_as (pending);
  for (gsize i = l->length; i > 0; i--)
    {
      YsValue saved = ys_exc_fetch (vm), r = finalizer_run (vm, l->items[i - 1]);
      if (r == YS_NULL)
        ys_report_unraisable (vm, "Exception ignored in: ", l->items[i - 1]);
      ys_xdecref (vm, r);
      vm->exc = saved;
    }
  ys_decref (vm, pending);
}

static YsValue
finalizer_new (YsVM          *vm,
               YsValue        type,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  Finalizer *f;
  YsValue cb, ref, refargs[2], reg = registry (vm);

  if (argc < 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "finalize.__init__() missing %d required positional argument%s",
                     2 - argc, argc == 1 ? ": 'func'" : "s: 'obj' and 'func'");
  f = (Finalizer *) ys_gc_alloc (vm, (YsType *) ys_obj (type), sizeof (Finalizer));
  if (f == NULL)
    return YS_NULL;
  f->func = ys_ref (argv[1]);
  f->args = ys_tuple_from_array (vm, argv + 2, (gsize) argc - 2);
  f->kwargs = ys_dict_new (vm);
  for (int k = 0; f->kwargs != YS_NULL && k < ys_kw_count (kwnames); k++)
    ys_dict_set (vm, f->kwargs, ys_tuple_get (kwnames, (gsize) k), argv[argc + k]);
  cb = ys_builtin_new (vm, "_callback", finalizer_callback, ys_val (f));
  refargs[0] = argv[0];
  refargs[1] = cb;
  ref = cb != YS_NULL && f->args != YS_NULL && f->kwargs != YS_NULL
          ? ys_call (vm, ys_val (ys_native_type (vm, "weakref.ReferenceType", YS_KIND_INSTANCE,
                                                 vm->types[YS_KIND_OBJECT], 0)), 2, refargs, YS_NULL)
          : YS_NULL;
  ys_xdecref (vm, cb);
  if (ref == YS_NULL)
    {
      ys_decref (vm, ys_val (f));
      return YS_NULL;
    }
  f->ref = ref;
  if (reg != YS_NULL)
    ys_list_append (vm, reg, ys_val (f));
  return ys_val (f);
}

YS_METHOD_NOARGS (finalizer_call, "finalize", finalizer_run (vm, self))

/* (obj, func, args, kwargs) while alive, else None; detach also kills it. */
static YsValue
finalizer_info (YsVM    *vm,
                YsValue  self,
                gboolean detach)
{
  Finalizer *f = FINALIZER (self);
  YsValue obj, t;

  if (f->ref == YS_NULL || WEAKREF (f->ref)->target == NULL)
    return ys_none (vm);
  obj = ys_ref (ys_val (WEAKREF (f->ref)->target));
  t = ys_tuple_pack (vm, 4, obj, ys_ref (f->func), ys_ref (f->args), ys_ref (f->kwargs));
  if (t != YS_NULL && detach)
    finalizer_kill (vm, self);
  return t;
}

YS_METHOD_NOARGS (finalizer_detach, "detach", finalizer_info (vm, self, TRUE))
YS_METHOD_NOARGS (finalizer_peek, "peek", finalizer_info (vm, self, FALSE))

FUNC (finalizer_repr)
{
  Finalizer *f = FINALIZER (self);

  if (f->ref == YS_NULL || WEAKREF (f->ref)->target == NULL)
    return ys_str_printf (vm, "<finalize object at %p; dead>", (void *) ys_obj (self));
  return ys_str_printf (vm, "<finalize object at %p; for '%s' at %p>", (void *) ys_obj (self),
                        ys_type_name (WEAKREF (f->ref)->target->type), (void *) WEAKREF (f->ref)->target);
}

static YsValue
finalizer_get (YsVM    *vm,
               YsValue  obj,
               gssize   index)
{
  return ys_bool (vm, index == 0 ? FINALIZER (obj)->ref != YS_NULL : TRUE);
}

static YsType *
finalizer_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__call__", finalizer_call }, { "detach", finalizer_detach }, { "peek", finalizer_peek },
    { "__repr__", finalizer_repr }, { NULL, NULL }
  };
  static const char *const attrs[] = { "alive", "atexit", NULL };
  /* A Python class in CPython: finalize, of the module weakref. */
  YsType *type = ys_native_type (vm, "finalize", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      type->dealloc = ys_dealloc_cleared;
      type->clear = finalizer_clear;
      type->new_func = finalizer_new;
      ys_type_add_methods (vm, type, methods);
      ys_type_set_attr (vm, type, "__module__", ys_val (ys_str_interned (vm, "weakref")));
      ys_type_add_descriptors (vm, type, finalizer_get, attrs);
    }
  return type;
}

YsValue
ys_module_weakref (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__call__", weakref_call }, { "__repr__", weakref_repr }, { "__eq__", weakref_eq },
    { "__hash__", weakref_hash }, { NULL, NULL }
  };
  static const YsMethodDef functions[] = {
    { "getweakrefcount", weakref_getweakrefcount }, { "getweakrefs", weakref_getweakrefs }, { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "weakref");
  YsType *type = ys_native_type (vm, "weakref.ReferenceType", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (module == YS_NULL)
    return YS_NULL;
  if (type->dealloc == NULL)
    {
      type->dealloc = weakref_dealloc;
      type->clear = weakref_clear;
      type->new_func = weakref_new;
      ys_type_add_methods (vm, type, methods);
    }
  ys_module_add_functions (vm, module, functions);
  ys_module_add (vm, module, "ref", ys_val (type));
  ys_module_add (vm, module, "ReferenceType", ys_val (type));
  ys_module_add (vm, module, "finalize", ys_val (finalizer_type (vm)));
  {
    YsValue reg = ys_list_new (vm, 0);
    ys_module_add (vm, module, "_registry", reg);
    ys_xdecref (vm, reg);
  }
  return module;
}
