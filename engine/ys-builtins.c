/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The builtins module: print, len, iter, next and the rest a tutorial uses. */
#include "ys-runtime.h"

#include <string.h>

#define BUILTIN(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

BUILTIN (builtin_print)
{
  static const char *const allowed[] = { "sep", "end", "file", "flush", NULL };
  YsValue sep = ys_args_keyword (vm, argc, argv, kwnames, "sep");
  YsValue end = ys_args_keyword (vm, argc, argv, kwnames, "end");
  YsValue file = ys_args_keyword (vm, argc, argv, kwnames, "file");
  gboolean to_stderr = FALSE;
  GString *out;

  if (!ys_args_only_keywords (vm, "print", kwnames, allowed))
    return YS_NULL;
  if (sep != YS_NULL && !ys_is_none (vm, sep) && ys_kind (vm, sep) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "sep must be None or a string, not %s", ys_type_name_of (vm, sep));
  if (end != YS_NULL && !ys_is_none (vm, end) && ys_kind (vm, end) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "end must be None or a string, not %s", ys_type_name_of (vm, end));
  if (file != YS_NULL && !ys_is_none (vm, file))
    {
      if (!ys_vm_is_stderr (vm, file) && !ys_vm_is_stdout (vm, file))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "print() to a file other than sys.stdout or sys.stderr "
                         "is not supported by Yieldscope");
      to_stderr = ys_vm_is_stderr (vm, file);
    }
  out = g_string_new (NULL);
  for (int i = 0; i < argc; i++)
    {
      YsValue s = ys_to_str (vm, argv[i]);
      if (s == YS_NULL)
        {
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      if (i > 0)
        {
          if (sep != YS_NULL && !ys_is_none (vm, sep))
            g_string_append_len (out, ys_str_data (sep), ys_str_as (sep)->nbytes);
          else
            g_string_append_c (out, ' ');
        }
      g_string_append_len (out, ys_str_data (s), ys_str_as (s)->nbytes);
      ys_decref (vm, s);
    }
  if (end != YS_NULL && !ys_is_none (vm, end))
    g_string_append_len (out, ys_str_data (end), ys_str_as (end)->nbytes);
  else
    g_string_append_c (out, '\n');
  ys_vm_print (vm, out->str, out->len, to_stderr);
  g_string_free (out, TRUE);
  return ys_none (vm);
}

BUILTIN (builtin_len)
{
  gssize n;

  if (!ys_args_check (vm, "len", argc, kwnames, 1, 1))
    return YS_NULL;
  n = ys_len (vm, argv[0]);
  if (n < 0)
    return YS_NULL;
  return ys_small (n);
}

/* __yieldscope_generator__(id): the live generator numbered @id, so that the app's
 * cards can drive a generator no name reaches (a pipeline's inner stage) with
 * console input that replays like any other. */
BUILTIN (builtin_generator_by_id)
{
  if (!ys_args_check (vm, "__yieldscope_generator__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_is_small (argv[0]))
    for (YsGCHead *h = vm->gc_list.next; h != &vm->gc_list; h = h->next)
      {
        YsObject *obj = (YsObject *) (h + 1);
        if (obj->type->kind == YS_KIND_GENERATOR && (gint64) ((YsGen *) obj)->id == ys_small_get (argv[0]))
          return ys_ref (ys_val (obj));
      }
  return ys_raise (vm, YS_EXC_LOOKUP_ERROR, "no live generator has that number");
}

BUILTIN (builtin_repr)
{
  if (!ys_args_check (vm, "repr", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_repr (vm, argv[0]);
}

static YsValue
callable_iter_next (YsVM       *vm,
                    YsIterator *it)
{
  YsValue v;
  int eq;

  if (it->seq == YS_NULL)
    return YS_NULL;
  v = ys_call0 (vm, it->seq);
  if (v == YS_NULL)
    {
      if (ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
        {
          ys_exc_clear (vm);
          ys_clear (vm, &it->seq);
        }
      return YS_NULL;
    }
  eq = ys_equal (vm, v, it->extra[0]);
  if (eq != 0)
    {
      ys_decref (vm, v);
      if (eq > 0)
        ys_clear (vm, &it->seq);
      return YS_NULL;
    }
  return v;
}

BUILTIN (builtin_iter)
{
  YsValue it;

  if (!ys_args_check (vm, "iter", argc, kwnames, 1, 2))
    return YS_NULL;
  if (argc == 1)
    return ys_iter (vm, argv[0]);
  /* iter(callable, sentinel): call until the sentinel comes. */
  if (!ys_is_callable (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "iter(v, w): v must be callable");
  it = ys_iterator_new (vm, ys_iterator_type (vm, "callable_iterator"), callable_iter_next, argv[0]);
  if (it != YS_NULL)
    ((YsIterator *) ys_obj (it))->extra[0] = ys_ref (argv[1]);
  return it;
}

BUILTIN (builtin_next)
{
  YsValue it, r;

  if (!ys_args_check (vm, "next", argc, kwnames, 1, 2))
    return YS_NULL;
  it = argv[0];
  if (ys_kind (vm, it) == YS_KIND_GENERATOR)
    {
      gboolean returned;
      r = ys_gen_send (vm, it, YS_NULL, &returned);
      if (r != YS_NULL && returned)
        {
          if (argc == 2)
            {
              ys_decref (vm, r);
              return ys_ref (argv[1]);
            }
          ys_raise_stop_iteration (vm, r);
          ys_decref (vm, r);
          return YS_NULL;
        }
      if (r == YS_NULL && argc == 2 && ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
        {
          ys_exc_clear (vm);
          return ys_ref (argv[1]);
        }
      return r;
    }
  if (ys_kind (vm, it) != YS_KIND_ITERATOR && ys_kind (vm, it) != YS_KIND_FILE &&
      (ys_kind (vm, it) != YS_KIND_INSTANCE || ys_type_lookup (ys_type_of (vm, it), vm->s_next) == YS_NULL))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not an iterator", ys_type_name_of (vm, it));
  r = ys_next (vm, it);
  if (r == YS_NULL && vm->exc == YS_NULL)
    {
      if (argc == 2)
        return ys_ref (argv[1]);
      return ys_raise_empty (vm, YS_EXC_STOP_ITERATION);
    }
  return r;
}

BUILTIN (builtin_vars)
{
  YsValue *slot = NULL;

  if (!ys_args_check (vm, "vars", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 0)
    return ys_frame_locals_or_globals (vm);
  switch (ys_kind (vm, argv[0]))
    {
    case YS_KIND_INSTANCE:
      slot = &((YsInstance *) ys_obj (argv[0]))->dict;
      break;
    case YS_KIND_MODULE:
      slot = &((YsModule *) ys_obj (argv[0]))->dict;
      break;
    case YS_KIND_FUNCTION:
      slot = &((YsFunction *) ys_obj (argv[0]))->dict;
      break;
    case YS_KIND_EXCEPTION:
      slot = &((YsException *) ys_obj (argv[0]))->dict;
      break;
    case YS_KIND_TYPE:
      return ys_ref (((YsType *) ys_obj (argv[0]))->dict);
    default:
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "vars() argument must have __dict__ attribute");
    }
  if (*slot == YS_NULL)
    *slot = ys_dict_new (vm);
  return *slot != YS_NULL ? ys_ref (*slot) : YS_NULL;
}

/* 1 or 0, or -1 when @types is not a type or a (nested) tuple of types. */
static int
isinstance_of (YsVM    *vm,
               YsValue  v,
               YsValue  types)
{
  if (ys_kind (vm, types) == YS_KIND_TUPLE)
    {
      for (gsize i = 0; i < ys_tuple_len (types); i++)
        {
          int r = isinstance_of (vm, v, ys_tuple_get (types, i));
          if (r != 0)
            return r;
        }
      return 0;
    }
  if (ys_kind (vm, types) != YS_KIND_TYPE)
    return -1;
  if (((YsType *) ys_obj (types))->flags & YS_TYPE_ABC)
    return ys_abc_check (vm, v, (YsType *) ys_obj (types), FALSE);
  return ys_isinstance (vm, v, (YsType *) ys_obj (types));
}

BUILTIN (builtin_isinstance)
{
  int r;

  if (!ys_args_check (vm, "isinstance", argc, kwnames, 2, 2))
    return YS_NULL;
  r = isinstance_of (vm, argv[0], argv[1]);
  if (r < 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return ys_bool (vm, r);
}

void
ys_builtins_add (YsVM       *vm,
                 const char *name,
                 YsValue     value)
{
  YsValue key = ys_str_intern (vm, name);

  ys_dict_set (vm, vm->builtins, key, value);
  ys_decref (vm, key);
}

void
ys_builtins_init (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "print", builtin_print }, { "len", builtin_len }, { "repr", builtin_repr },
    { "iter", builtin_iter }, { "next", builtin_next }, { "isinstance", builtin_isinstance },
    { "vars", builtin_vars }, { "__yieldscope_generator__", builtin_generator_by_id },
    { NULL, NULL }
  };
  static const struct { const char *name; YsKind kind; } types[] = {
    { "int", YS_KIND_INT }, { "float", YS_KIND_FLOAT }, { "str", YS_KIND_STR },
    { "list", YS_KIND_LIST }, { "tuple", YS_KIND_TUPLE }, { "dict", YS_KIND_DICT },
    { "set", YS_KIND_SET }, { "frozenset", YS_KIND_FROZENSET }, { "range", YS_KIND_RANGE },
    { "type", YS_KIND_TYPE }, { "object", YS_KIND_OBJECT }, { "slice", YS_KIND_SLICE },
    { NULL, 0 }
  };

  for (const YsMethodDef *f = functions; f->name != NULL; f++)
    {
      YsValue b = ys_builtin_new (vm, f->name, f->func, YS_NULL);
      ys_builtins_add (vm, f->name, b);
      ys_decref (vm, b);
    }
  for (int i = 0; types[i].name != NULL; i++)
    ys_builtins_add (vm, types[i].name, ys_val (vm->types[types[i].kind]));
  ys_builtins_add (vm, "bool", ys_val (vm->type_bool));
  for (int i = 0; i < YS_N_EXC; i++)
    ys_builtins_add (vm, ys_type_name (vm->exc_types[i]), ys_val (vm->exc_types[i]));
  ys_builtins_add (vm, "EnvironmentError", ys_val (vm->exc_types[YS_EXC_OS_ERROR]));
  ys_builtins_add (vm, "IOError", ys_val (vm->exc_types[YS_EXC_OS_ERROR]));
  ys_builtins_add (vm, "None", ys_val (vm->none));
  ys_builtins_add (vm, "Ellipsis", ys_val (vm->ellipsis));
  ys_builtins_add (vm, "NotImplemented", ys_val (vm->notimpl));
  ys_builtins_more_init (vm);
}
