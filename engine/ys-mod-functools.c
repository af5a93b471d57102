/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The functools module: partial, reduce, update_wrapper and wraps, lru_cache and cache.
 * Decorators are plain calls here (wraps (f) (g), lru_cache (maxsize=None) (f)), which
 * is all that decorator syntax does with them. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

static void
type_set_steal (YsVM       *vm,
                YsType     *type,
                const char *name,
                YsValue     value)
{
  YsValue key;

  if (value == YS_NULL)
    return;
  key = ys_str_intern (vm, name);
  ys_dict_set (vm, type->dict, key, value);
  ys_decref (vm, key);
  ys_decref (vm, value);
}

/* partial */

typedef struct
{
  YsInstance  base;
  YsValue     func;
  YsValue     args;      /* tuple */
  YsValue     keywords;  /* dict */
} Partial;

#define PARTIAL(v) ((Partial *) ys_obj (v))

static void
partial_clear (YsVM     *vm,
               YsObject *obj)
{
  Partial *p = (Partial *) obj;

  ys_clear (vm, &p->base.dict);
  ys_clear (vm, &p->func);
  ys_clear (vm, &p->args);
  ys_clear (vm, &p->keywords);
}

static void
partial_dealloc (YsVM     *vm,
                 YsObject *obj)
{
  partial_clear (vm, obj);
  ys_free_object (vm, obj);
}

static YsType *
partial_type (YsVM *vm)
{
  return ys_native_type (vm, "functools.partial", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                         YS_TYPE_GC | YS_TYPE_SLOTS);
}

static YsValue
partial_new (YsVM          *vm,
             YsValue        type,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  YsValue func, args, keywords;
  Partial *p;
  int nkw = ys_kw_count (kwnames);

  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "type 'partial' takes at least one argument");
  if (!ys_is_callable (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "the first argument must be callable");
  func = argv[0];
  keywords = ys_dict_new (vm);
  if (keywords == YS_NULL)
    return YS_NULL;
  /* A partial of a partial is flattened into one, as in CPython. */
  if (ys_type_of (vm, func) == partial_type (vm))
    {
      YsValue rest = ys_tuple_from_array (vm, argv + 1, (gsize) argc - 1);
      args = rest != YS_NULL ? ys_tuple_concat (vm, PARTIAL (func)->args, rest) : YS_NULL;
      ys_xdecref (vm, rest);
      ys_dict_update (vm, keywords, PARTIAL (func)->keywords);
      func = PARTIAL (func)->func;
    }
  else
    args = ys_tuple_from_array (vm, argv + 1, (gsize) argc - 1);
  if (args == YS_NULL)
    {
      ys_decref (vm, keywords);
      return YS_NULL;
    }
  for (int k = 0; k < nkw; k++)
    ys_dict_set (vm, keywords, ys_tuple_get (kwnames, (gsize) k), argv[argc + k]);
  p = (Partial *) ys_gc_alloc (vm, (YsType *) ys_obj (type), sizeof (Partial));
  if (p == NULL)
    {
      ys_decref (vm, args);
      ys_decref (vm, keywords);
      return YS_NULL;
    }
  p->func = ys_ref (func);
  p->args = args;
  p->keywords = keywords;
  return ys_val (p);
}

FUNC (partial_call)
{
  Partial *p = PARTIAL (self);
  gsize nargs = ys_tuple_len (p->args) + (gsize) argc;
  int nkw = ys_kw_count (kwnames);
  YsValue kw, names = YS_NULL, func, r;
  YsValue *all;
  gsize pos = 0, n = 0;
  YsValue k, v;

  /* The stored keywords, updated by the call's. */
  kw = ys_dict_new (vm);
  if (kw == YS_NULL || !ys_dict_update (vm, kw, p->keywords))
    {
      ys_xdecref (vm, kw);
      return YS_NULL;
    }
  for (int i = 0; i < nkw; i++)
    ys_dict_set (vm, kw, ys_tuple_get (kwnames, (gsize) i), argv[argc + i]);
  all = g_new (YsValue, nargs + ys_dict_len (kw) + 1);
  for (gsize i = 0; i < ys_tuple_len (p->args); i++)
    all[n++] = ys_tuple_get (p->args, i);
  for (int i = 0; i < argc; i++)
    all[n++] = argv[i];
  if (ys_dict_len (kw) > 0)
    {
      names = ys_tuple_new (vm, ys_dict_len (kw));
      for (gsize j = 0; ys_dict_next (kw, &pos, &k, &v); j++)
        {
          ys_tuple_set (names, j, ys_ref (k));
          all[n++] = v;
        }
    }
  func = ys_ref (p->func);
  r = ys_call (vm, func, (int) nargs, all, names);
  ys_decref (vm, func);
  g_free (all);
  ys_xdecref (vm, names);
  ys_decref (vm, kw);
  return r;
}

FUNC (partial_repr)
{
  Partial *p = PARTIAL (self);
  GString *out;
  YsValue r;
  gsize pos = 0;
  YsValue k, v;

  if (!ys_repr_enter (vm, self))
    return ys_str_new (vm, "...", -1);
  out = g_string_new ("functools.partial(");
  r = ys_repr (vm, p->func);
  if (r == YS_NULL)
    goto fail;
  g_string_append (out, ys_str_data (r));
  ys_decref (vm, r);
  for (gsize i = 0; i < ys_tuple_len (p->args); i++)
    {
      r = ys_repr (vm, ys_tuple_get (p->args, i));
      if (r == YS_NULL)
        goto fail;
      g_string_append_printf (out, ", %s", ys_str_data (r));
      ys_decref (vm, r);
    }
  while (ys_dict_next (p->keywords, &pos, &k, &v))
    {
      r = ys_repr (vm, v);
      if (r == YS_NULL)
        goto fail;
      g_string_append_printf (out, ", %s=%s", ys_str_data (k), ys_str_data (r));
      ys_decref (vm, r);
    }
  g_string_append_c (out, ')');
  ys_repr_leave (vm, self);
  return ys_str_take (vm, g_string_free (out, FALSE));

fail:
  ys_repr_leave (vm, self);
  g_string_free (out, TRUE);
  return YS_NULL;
}

static YsValue
partial_get (YsVM    *vm,
             YsValue  obj,
             gssize   index)
{
  if (!ys_isinstance (vm, obj, partial_type (vm)))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "descriptor doesn't apply to a '%s' object", ys_type_name_of (vm, obj));
  switch (index)
    {
    case 0:
      return ys_ref (PARTIAL (obj)->func);
    case 1:
      return ys_ref (PARTIAL (obj)->args);
    default:
      return ys_ref (PARTIAL (obj)->keywords);
    }
}

static void
partial_init_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__call__", partial_call }, { "__repr__", partial_repr }, { NULL, NULL }
  };
  YsType *type = partial_type (vm);

  type->new_func = partial_new;
  type->dealloc = partial_dealloc;
  type->clear = partial_clear;
  ys_type_add_methods (vm, type, methods);
  type_set_steal (vm, type, "func", ys_descriptor_new (vm, partial_get, 0));
  type_set_steal (vm, type, "args", ys_descriptor_new (vm, partial_get, 1));
  type_set_steal (vm, type, "keywords", ys_descriptor_new (vm, partial_get, 2));
}

/* reduce (function, iterable[, initial]) */

FUNC (functools_reduce)
{
  YsValue it, acc = YS_NULL, item, func;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "reduce() takes no keyword arguments");
  if (argc < 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "reduce expected at least 2 arguments, got %d", argc);
  if (argc > 3)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "reduce expected at most 3 arguments, got %d", argc);
  it = ys_iter (vm, argv[1]);
  if (it == YS_NULL)
    {
      if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
        {
          ys_exc_clear (vm);
          ys_raise (vm, YS_EXC_TYPE_ERROR, "reduce() arg 2 must support iteration");
        }
      return YS_NULL;
    }
  if (argc == 3)
    acc = ys_ref (argv[2]);
  func = ys_ref (argv[0]);
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      if (acc == YS_NULL)
        acc = item;
      else
        {
          YsValue args[2] = { acc, item }, r;
          r = ys_call (vm, func, 2, args, YS_NULL);
          ys_decref (vm, acc);
          ys_decref (vm, item);
          acc = r;
          if (r == YS_NULL)
            break;
        }
    }
  ys_decref (vm, func);
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      ys_xdecref (vm, acc);
      return YS_NULL;
    }
  if (acc == YS_NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "reduce() of empty iterable with no initial value");
  return acc;
}

/* update_wrapper and wraps */

static const char *const wrapper_assignments[] = {
  "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"
};

/* The dict that holds an object's own attributes, or NULL (made on demand). */
static YsValue *
attr_dict (YsVM    *vm,
           YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_FUNCTION:
      return &((YsFunction *) ys_obj (v))->dict;
    case YS_KIND_INSTANCE:
      return &((YsInstance *) ys_obj (v))->dict;
    default:
      return NULL;
    }
}

/* wrapper.NAME = value: a function's __name__, __doc__, ... are its own fields. */
static gboolean
assign_attr (YsVM    *vm,
             YsValue  wrapper,
             YsStr   *name,
             YsValue  value)
{
  return ys_setattr (vm, wrapper, name, value);
}

static YsValue
update_wrapper (YsVM    *vm,
                YsValue  wrapper,
                YsValue  wrapped,
                YsValue  assigned,
                YsValue  updated)
{
  YsValue names;

  /* assigned: copied when the wrapped object has them. */
  if (assigned != YS_NULL)
    names = ys_sequence_to_tuple (vm, assigned);
  else
    {
      names = ys_tuple_new (vm, G_N_ELEMENTS (wrapper_assignments));
      for (gsize i = 0; names != YS_NULL && i < G_N_ELEMENTS (wrapper_assignments); i++)
        ys_tuple_set (names, i, ys_str_intern (vm, wrapper_assignments[i]));
    }
  if (names == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < ys_tuple_len (names); i++)
    {
      YsValue name = ys_tuple_get (names, i), value;
      if (ys_kind (vm, name) != YS_KIND_STR)
        {
          ys_decref (vm, names);
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "attribute name must be string, not '%s'",
                           ys_type_name_of (vm, name));
        }
      value = ys_getattr (vm, wrapped, ys_str_as (name));
      if (value == YS_NULL)
        {
          if (!ys_exc_matches (vm, YS_EXC_ATTRIBUTE_ERROR))
            {
              ys_decref (vm, names);
              return YS_NULL;
            }
          ys_exc_clear (vm);
          continue;
        }
      if (!assign_attr (vm, wrapper, ys_str_as (name), value))
        {
          ys_decref (vm, value);
          ys_decref (vm, names);
          return YS_NULL;
        }
      ys_decref (vm, value);
    }
  ys_decref (vm, names);

  /* updated: by default __dict__, merged into the wrapper's. */
  if (updated == YS_NULL || (ys_kind (vm, updated) == YS_KIND_TUPLE && ys_tuple_len (updated) == 1 &&
                             ys_kind (vm, ys_tuple_get (updated, 0)) == YS_KIND_STR &&
                             g_str_equal (ys_str_data (ys_tuple_get (updated, 0)), "__dict__")))
    {
      YsValue *from = attr_dict (vm, wrapped), *to = attr_dict (vm, wrapper);
      if (from != NULL && *from != YS_NULL && to != NULL)
        {
          YsValue src = ys_ref (*from);
          gboolean ok;
          if (*to == YS_NULL)
            *to = ys_dict_new (vm);
          ok = *to != YS_NULL && ys_dict_update (vm, *to, src);
          ys_decref (vm, src);
          if (!ok)
            return YS_NULL;
        }
    }
  if (!assign_attr (vm, wrapper, ys_str_interned (vm, "__wrapped__"), wrapped))
    return YS_NULL;
  return ys_ref (wrapper);
}

FUNC (functools_update_wrapper)
{
  static const char *const names[] = { "wrapper", "wrapped", "assigned", "updated" };
  YsValue args[4];

  if (!ys_args_bind (vm, "update_wrapper", names, 4, 0, 4, 0, argc, argv, kwnames, args))
    return YS_NULL;
  /* A Python function in CPython: its words for what is missing. */
  if (args[0] == YS_NULL && args[1] == YS_NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR,
                     "update_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'");
  if (args[0] == YS_NULL || args[1] == YS_NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "update_wrapper() missing 1 required positional argument: '%s'",
                     args[0] == YS_NULL ? "wrapper" : "wrapped");
  return update_wrapper (vm, args[0], args[1], args[2], args[3]);
}

/* wraps (wrapped, ...): partial (update_wrapper, wrapped=wrapped, ...), as in CPython. */
FUNC (functools_wraps)
{
  static const char *const names[] = { "wrapped", "assigned", "updated" };
  YsValue args[3], uw, kw[3], kwn, r;
  int n = 0;
  const char *kwnames_c[3];

  if (!ys_args_bind (vm, "wraps", names, 3, 0, 3, 1, argc, argv, kwnames, args))
    return YS_NULL;
  for (int i = 0; i < 3; i++)
    if (args[i] != YS_NULL)
      {
        kw[n] = args[i];
        kwnames_c[n++] = names[i];
      }
  uw = ys_dict_get_str (vm, ((YsModule *) ys_obj (self))->dict, ys_str_interned (vm, "update_wrapper"));
  if (uw == YS_NULL)
    return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "functools.update_wrapper is gone");
  kwn = ys_tuple_new (vm, (gsize) n);
  for (int i = 0; i < n; i++)
    ys_tuple_set (kwn, (gsize) i, ys_str_intern (vm, kwnames_c[i]));
  {
    YsValue all[4] = { uw, kw[0], kw[1], kw[2] };
    r = ys_call (vm, ys_val (partial_type (vm)), 1, all, kwn);
  }
  ys_decref (vm, kwn);
  return r;
}

/* lru_cache */

typedef struct
{
  YsInstance  base;
  YsValue     func;
  YsValue     cache;      /* dict key -> result, oldest first */
  YsValue     info_type;  /* the CacheInfo class */
  gssize      maxsize;    /* -1: unbounded */
  gboolean    typed;
  gsize       hits, misses;
} LruWrapper;

#define LRU(v) ((LruWrapper *) ys_obj (v))

static void
lru_clear (YsVM     *vm,
           YsObject *obj)
{
  LruWrapper *w = (LruWrapper *) obj;

  ys_clear (vm, &w->base.dict);
  ys_clear (vm, &w->func);
  ys_clear (vm, &w->cache);
  ys_clear (vm, &w->info_type);
}

static void
lru_dealloc (YsVM     *vm,
             YsObject *obj)
{
  lru_clear (vm, obj);
  ys_free_object (vm, obj);
}

static YsType *
lru_type (YsVM *vm)
{
  return ys_native_type (vm, "functools._lru_cache_wrapper", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                         YS_TYPE_GC | YS_TYPE_SLOTS);
}

/* The cache key of a call: the arguments, a marker and the keyword items; a lone int
 * or str argument is its own key, as in CPython's _make_key. */
static YsValue
lru_key (YsVM          *vm,
         YsValue        self,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  int nkw = ys_kw_count (kwnames);
  gboolean typed = LRU (self)->typed;
  YsValue list, key;

  if (nkw == 0 && !typed && argc == 1 &&
      (ys_type_of (vm, argv[0]) == vm->types[YS_KIND_INT] || ys_type_of (vm, argv[0]) == vm->types[YS_KIND_STR]))
    return ys_ref (argv[0]);
  list = ys_list_new (vm, (gsize) (argc + 2 * nkw + 1));
  if (list == YS_NULL)
    return YS_NULL;
  for (int i = 0; i < argc; i++)
    ys_list_append (vm, list, argv[i]);
  if (nkw > 0)
    {
      ys_list_append (vm, list, ys_val (lru_type (vm)));
      for (int k = 0; k < nkw; k++)
        {
          ys_list_append (vm, list, ys_tuple_get (kwnames, (gsize) k));
          ys_list_append (vm, list, argv[argc + k]);
        }
    }
  if (typed)
    {
      for (int i = 0; i < argc; i++)
        ys_list_append (vm, list, ys_val (ys_type_of (vm, argv[i])));
      for (int k = 0; k < nkw; k++)
        ys_list_append (vm, list, ys_val (ys_type_of (vm, argv[argc + k])));
    }
  key = ys_list_to_tuple (vm, list);
  ys_decref (vm, list);
  return key;
}

FUNC (lru_call)
{
  LruWrapper *w = LRU (self);
  YsValue key, hit, result, func;
  gint64 hash;

  if (w->maxsize == 0)
    {
      w->misses++;
      func = ys_ref (w->func);
      result = ys_call (vm, func, argc, argv, kwnames);
      ys_decref (vm, func);
      return result;
    }
  key = lru_key (vm, self, argc, argv, kwnames);
  if (key == YS_NULL)
    return YS_NULL;
  if (!ys_hash (vm, key, &hash))
    {
      ys_decref (vm, key);
      return YS_NULL;
    }
  hit = ys_dict_get (vm, w->cache, key);
  if (hit != YS_NULL)
    {
      w->hits++;
      hit = ys_ref (hit);
      /* Used last: to the young end. */
      if (w->maxsize > 0 && (ys_dict_del (vm, w->cache, key) < 0 || ys_dict_set (vm, w->cache, key, hit) < 0))
        ys_clear (vm, &hit);
      ys_decref (vm, key);
      return hit;
    }
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, key);
      return YS_NULL;
    }
  w->misses++;
  func = ys_ref (w->func);
  ys_incref (self);
  result = ys_call (vm, func, argc, argv, kwnames);
  ys_decref (vm, func);
  if (result != YS_NULL && w->cache != YS_NULL)
    {
      /* A recursive call may have stored it already. */
      YsValue there = ys_dict_get (vm, w->cache, key);
      if (there == YS_NULL && vm->exc == YS_NULL)
        {
          if (w->maxsize > 0 && (gssize) ys_dict_len (w->cache) >= w->maxsize)
            {
              gsize pos = 0;
              YsValue k, v;
              if (ys_dict_next (w->cache, &pos, &k, &v))
                {
                  k = ys_ref (k);
                  ys_dict_del (vm, w->cache, k);
                  ys_decref (vm, k);
                }
            }
          if (ys_dict_set (vm, w->cache, key, result) < 0)
            ys_clear (vm, &result);
        }
      else if (vm->exc != YS_NULL)
        ys_clear (vm, &result);
    }
  ys_decref (vm, self);
  ys_decref (vm, key);
  return result;
}

FUNC (lru_cache_info)
{
  LruWrapper *w = LRU (self);
  YsValue args[4];

  if (!ys_args_check (vm, "cache_info", argc, kwnames, 0, 0))
    return YS_NULL;
  args[0] = ys_small ((intptr_t) w->hits);
  args[1] = ys_small ((intptr_t) w->misses);
  args[2] = w->maxsize < 0 ? ys_val (vm->none) : ys_small (w->maxsize);
  args[3] = ys_small ((intptr_t) ys_dict_len (w->cache));
  return ys_call (vm, w->info_type, 4, args, YS_NULL);
}

FUNC (lru_cache_clear)
{
  LruWrapper *w = LRU (self);
  YsValue fresh, old;

  if (!ys_args_check (vm, "cache_clear", argc, kwnames, 0, 0))
    return YS_NULL;
  fresh = ys_dict_new (vm);
  if (fresh == YS_NULL)
    return YS_NULL;
  old = w->cache;
  w->cache = fresh;
  w->hits = w->misses = 0;
  ys_xdecref (vm, old);
  return ys_none (vm);
}

FUNC (lru_cache_parameters)
{
  LruWrapper *w = LRU (self);
  YsValue d = ys_dict_new (vm), m;

  if (!ys_args_check (vm, "cache_parameters", argc, kwnames, 0, 0) || d == YS_NULL)
    {
      ys_xdecref (vm, d);
      return YS_NULL;
    }
  m = w->maxsize < 0 ? ys_none (vm) : ys_small (w->maxsize);
  ys_dict_set (vm, d, ys_val (ys_str_interned (vm, "maxsize")), m);
  ys_decref (vm, m);
  ys_dict_set (vm, d, ys_val (ys_str_interned (vm, "typed")), ys_val (w->typed ? vm->true_obj : vm->false_obj));
  return d;
}

static void
lru_init_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__call__", lru_call }, { "cache_info", lru_cache_info }, { "cache_clear", lru_cache_clear },
    { "cache_parameters", lru_cache_parameters }, { NULL, NULL }
  };
  YsType *type = lru_type (vm);

  type->dealloc = lru_dealloc;
  type->clear = lru_clear;
  ys_type_add_methods (vm, type, methods);
}

/* The wrapper of @func; @module is functools, for CacheInfo and update_wrapper. */
static YsValue
lru_wrap (YsVM     *vm,
          YsValue   module,
          YsValue   func,
          gssize    maxsize,
          gboolean  typed)
{
  LruWrapper *w;
  YsValue info = ys_dict_get_str (vm, ((YsModule *) ys_obj (module))->dict, ys_str_interned (vm, "_CacheInfo"));
  YsValue r;

  if (!ys_is_callable (vm, func))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "the first argument must be callable");
  w = (LruWrapper *) ys_gc_alloc (vm, lru_type (vm), sizeof (LruWrapper));
  if (w == NULL)
    return YS_NULL;
  w->func = ys_ref (func);
  w->cache = ys_dict_new (vm);
  w->info_type = ys_ref (info);
  w->maxsize = maxsize;
  w->typed = typed;
  r = update_wrapper (vm, ys_val (w), func, YS_NULL, YS_NULL);
  ys_decref (vm, ys_val (w));
  return r;
}

/* What lru_cache (maxsize, typed) gives: self is (module, maxsize, typed). */
FUNC (lru_decorating_function)
{
  gint64 maxsize;

  if (!ys_args_check (vm, "decorating_function", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_is_none (vm, ys_tuple_get (self, 1)))
    maxsize = -1;
  else
    ys_int_to_i64 (vm, ys_tuple_get (self, 1), &maxsize);
  return lru_wrap (vm, ys_tuple_get (self, 0), argv[0], (gssize) maxsize,
                   ys_tuple_get (self, 2) == ys_val (vm->true_obj));
}

FUNC (functools_lru_cache)
{
  static const char *const names[] = { "maxsize", "typed" };
  YsValue args[2], maxsize, params, r;
  gboolean typed = FALSE;

  if (!ys_args_bind (vm, "lru_cache", names, 2, 0, 2, 0, argc, argv, kwnames, args))
    return YS_NULL;
  if (args[1] != YS_NULL)
    {
      int t = ys_truthy (vm, args[1]);
      if (t < 0)
        return YS_NULL;
      typed = t;
    }
  maxsize = args[0] != YS_NULL ? args[0] : ys_small (128);
  /* lru_cache (f): the function itself, decorated at once. */
  if (ys_kind (vm, maxsize) != YS_KIND_INT && ys_kind (vm, maxsize) != YS_KIND_BOOL && !ys_is_none (vm, maxsize))
    {
      if (ys_is_callable (vm, maxsize))
        return lru_wrap (vm, self, maxsize, 128, typed);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "Expected first argument to be an integer, a callable, or None");
    }
  if (!ys_is_none (vm, maxsize))
    {
      gint64 n;
      if (!ys_int_to_i64 (vm, maxsize, &n))
        n = G_MAXINT32;
      maxsize = ys_small (n < 0 ? 0 : n);
    }
  params = ys_tuple_pack (vm, 3, ys_ref (self), ys_ref (maxsize), ys_bool (vm, typed));
  if (params == YS_NULL)
    return YS_NULL;
  r = ys_builtin_new (vm, "decorating_function", lru_decorating_function, params);
  ys_decref (vm, params);
  return r;
}

FUNC (functools_cache)
{
  if (!ys_args_check (vm, "cache", argc, kwnames, 1, 1))
    return YS_NULL;
  return lru_wrap (vm, self, argv[0], -1, FALSE);
}

/* The module */

YsValue
ys_module_functools (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "reduce", functools_reduce }, { "update_wrapper", functools_update_wrapper },
    { "wraps", functools_wraps }, { "lru_cache", functools_lru_cache }, { "cache", functools_cache },
    { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "functools"), collections, namedtuple, info, assigned, updated;

  if (module == YS_NULL)
    return YS_NULL;
  partial_init_type (vm);
  lru_init_type (vm);
  ys_module_add (vm, module, "partial", ys_val (partial_type (vm)));
  /* These functions find the module (CacheInfo, update_wrapper) through their self. */
  for (const YsMethodDef *f = functions; f->name != NULL; f++)
    {
      YsValue b = ys_builtin_new (vm, f->name, f->func, module);
      ys_module_add (vm, module, f->name, b);
      ys_decref (vm, b);
    }

  collections = ys_import_module (vm, ys_str_interned (vm, "collections"));
  if (collections == YS_NULL)
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  namedtuple = ys_getattr (vm, collections, ys_str_interned (vm, "namedtuple"));
  ys_decref (vm, collections);
  if (namedtuple == YS_NULL)
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  {
    YsValue args[2];
    args[0] = ys_str_intern (vm, "CacheInfo");
    args[1] = ys_str_intern (vm, "hits misses maxsize currsize");
    info = ys_call (vm, namedtuple, 2, args, YS_NULL);
    ys_decref (vm, args[0]);
    ys_decref (vm, args[1]);
  }
  ys_decref (vm, namedtuple);
  if (info == YS_NULL)
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  ys_module_add (vm, module, "_CacheInfo", info);
  ys_decref (vm, info);

  assigned = ys_tuple_new (vm, G_N_ELEMENTS (wrapper_assignments));
  for (gsize i = 0; i < G_N_ELEMENTS (wrapper_assignments); i++)
    ys_tuple_set (assigned, i, ys_str_intern (vm, wrapper_assignments[i]));
  ys_module_add (vm, module, "WRAPPER_ASSIGNMENTS", assigned);
  ys_decref (vm, assigned);
  updated = ys_tuple_pack (vm, 1, ys_str_intern (vm, "__dict__"));
  ys_module_add (vm, module, "WRAPPER_UPDATES", updated);
  ys_decref (vm, updated);
  return module;
}
