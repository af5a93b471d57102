/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The operator module: the operators as functions, and itemgetter, attrgetter and
 * methodcaller, callable objects that keep what they were made with. */
#include "ys-runtime.h"
#include "ys-ast.h"
#include "ys-opcodes.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

static gboolean
nargs (YsVM       *vm,
       const char *name,
       int         argc,
       YsValue     kwnames,
       int         n)
{
  if (ys_kw_count (kwnames) > 0)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no keyword arguments", name);
      return FALSE;
    }
  if (argc == n)
    return TRUE;
  if (n == 1)
    ys_raise (vm, YS_EXC_TYPE_ERROR, "_operator.%s() takes exactly one argument (%d given)", name, argc);
  else
    ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected %d arguments, got %d", name, n, argc);
  return FALSE;
}

/* The one argument of an itemgetter's, attrgetter's or methodcaller's call. */
static gboolean
call_args (YsVM       *vm,
           const char *name,
           int         argc,
           YsValue     kwnames)
{
  if (ys_kw_count (kwnames) > 0)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no keyword arguments", name);
      return FALSE;
    }
  if (argc != 1)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected 1 argument, got %d", name, argc);
      return FALSE;
    }
  return TRUE;
}

/* Binary operators: the function's name and the operator, in one table. */
typedef struct
{
  const char *name;
  int         op;
} BinaryDef;

static const BinaryDef binaries[] = {
  { "add", YS_BIN_ADD }, { "sub", YS_BIN_SUB }, { "mul", YS_BIN_MUL }, { "truediv", YS_BIN_TRUEDIV },
  { "floordiv", YS_BIN_FLOORDIV }, { "mod", YS_BIN_MOD }, { "pow", YS_BIN_POW },
  { "lshift", YS_BIN_LSHIFT }, { "rshift", YS_BIN_RSHIFT }, { "and_", YS_BIN_AND }, { "or_", YS_BIN_OR },
  { "xor", YS_BIN_XOR }, { "matmul", YS_BIN_MATMUL },
  { "iadd", YS_BIN_ADD | YS_BIN_INPLACE }, { "isub", YS_BIN_SUB | YS_BIN_INPLACE },
  { "imul", YS_BIN_MUL | YS_BIN_INPLACE }, { "itruediv", YS_BIN_TRUEDIV | YS_BIN_INPLACE },
  { "ifloordiv", YS_BIN_FLOORDIV | YS_BIN_INPLACE }, { "imod", YS_BIN_MOD | YS_BIN_INPLACE },
  { "ipow", YS_BIN_POW | YS_BIN_INPLACE }, { "ilshift", YS_BIN_LSHIFT | YS_BIN_INPLACE },
  { "irshift", YS_BIN_RSHIFT | YS_BIN_INPLACE }, { "iand", YS_BIN_AND | YS_BIN_INPLACE },
  { "ior", YS_BIN_OR | YS_BIN_INPLACE }, { "ixor", YS_BIN_XOR | YS_BIN_INPLACE },
  { "imatmul", YS_BIN_MATMUL | YS_BIN_INPLACE },
};

static YsValue
binary (YsVM          *vm,
        gsize          i,
        int            argc,
        const YsValue *argv,
        YsValue        kwnames)
{
  if (!nargs (vm, binaries[i].name, argc, kwnames, 2))
    return YS_NULL;
  return ys_binary_op (vm, binaries[i].op, argv[0], argv[1]);
}

static const struct
{
  const char *name;
  int         op;
} comparisons[] = {
  { "lt", YS_CMP_LT }, { "le", YS_CMP_LE }, { "eq", YS_CMP_EQ }, { "ne", YS_CMP_NE }, { "gt", YS_CMP_GT },
  { "ge", YS_CMP_GE },
};

static YsValue
compare (YsVM          *vm,
         gsize          i,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  if (!nargs (vm, comparisons[i].name, argc, kwnames, 2))
    return YS_NULL;
  return ys_compare (vm, argv[0], argv[1], comparisons[i].op);
}

/* One C function per operator, so that each is a plain built-in function. */
#define BINARY(i) FUNC (op_binary_##i) { return binary (vm, i, argc, argv, kwnames); }
BINARY (0) BINARY (1) BINARY (2) BINARY (3) BINARY (4) BINARY (5) BINARY (6) BINARY (7) BINARY (8)
BINARY (9) BINARY (10) BINARY (11) BINARY (12) BINARY (13) BINARY (14) BINARY (15) BINARY (16)
BINARY (17) BINARY (18) BINARY (19) BINARY (20) BINARY (21) BINARY (22) BINARY (23) BINARY (24)
BINARY (25)
#define COMPARE(i) FUNC (op_compare_##i) { return compare (vm, i, argc, argv, kwnames); }
COMPARE (0) COMPARE (1) COMPARE (2) COMPARE (3) COMPARE (4) COMPARE (5)

static const YsCFunc binary_funcs[] = {
  op_binary_0, op_binary_1, op_binary_2, op_binary_3, op_binary_4, op_binary_5, op_binary_6,
  op_binary_7, op_binary_8, op_binary_9, op_binary_10, op_binary_11, op_binary_12, op_binary_13,
  op_binary_14, op_binary_15, op_binary_16, op_binary_17, op_binary_18, op_binary_19, op_binary_20,
  op_binary_21, op_binary_22, op_binary_23, op_binary_24, op_binary_25,
};
static const YsCFunc compare_funcs[] = {
  op_compare_0, op_compare_1, op_compare_2, op_compare_3, op_compare_4, op_compare_5,
};
G_STATIC_ASSERT (G_N_ELEMENTS (binary_funcs) == G_N_ELEMENTS (binaries));
G_STATIC_ASSERT (G_N_ELEMENTS (compare_funcs) == G_N_ELEMENTS (comparisons));

static gboolean
is_sequence (YsVM    *vm,
             YsValue  v)
{
  YsKind k = ys_kind (vm, v);

  return k == YS_KIND_STR || k == YS_KIND_LIST || k == YS_KIND_TUPLE ||
         (k == YS_KIND_INSTANCE && ys_type_lookup (ys_type_of (vm, v), vm->s_getitem) != YS_NULL);
}

static YsValue
concat (YsVM          *vm,
        const char    *name,
        int            argc,
        const YsValue *argv,
        YsValue        kwnames,
        int            op)
{
  if (!nargs (vm, name, argc, kwnames, 2))
    return YS_NULL;
  if (!is_sequence (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object can't be concatenated", ys_type_name_of (vm, argv[0]));
  return ys_binary_op (vm, op, argv[0], argv[1]);
}

FUNC (op_concat) { return concat (vm, "concat", argc, argv, kwnames, YS_BIN_ADD); }
FUNC (op_iconcat) { return concat (vm, "iconcat", argc, argv, kwnames, YS_BIN_ADD | YS_BIN_INPLACE); }

FUNC (op_neg)
{
  if (!nargs (vm, "neg", argc, kwnames, 1))
    return YS_NULL;
  return ys_unary_op (vm, YS_OP_UNARY_NEG, argv[0]);
}

FUNC (op_pos)
{
  if (!nargs (vm, "pos", argc, kwnames, 1))
    return YS_NULL;
  return ys_unary_op (vm, YS_OP_UNARY_POS, argv[0]);
}

FUNC (op_invert)
{
  if (!nargs (vm, "invert", argc, kwnames, 1))
    return YS_NULL;
  return ys_unary_op (vm, YS_OP_UNARY_INVERT, argv[0]);
}

FUNC (op_not)
{
  int t;

  if (!nargs (vm, "not_", argc, kwnames, 1))
    return YS_NULL;
  t = ys_truthy (vm, argv[0]);
  return t < 0 ? YS_NULL : ys_bool (vm, !t);
}

FUNC (op_truth)
{
  int t;

  if (!nargs (vm, "truth", argc, kwnames, 1))
    return YS_NULL;
  t = ys_truthy (vm, argv[0]);
  return t < 0 ? YS_NULL : ys_bool (vm, t);
}

FUNC (op_abs)
{
  YsValue f;

  if (!nargs (vm, "abs", argc, kwnames, 1))
    return YS_NULL;
  f = ys_dict_get_str (vm, vm->builtins, ys_str_interned (vm, "abs"));
  return ys_call1 (vm, f, argv[0]);
}

FUNC (op_index)
{
  if (!nargs (vm, "index", argc, kwnames, 1))
    return YS_NULL;
  if (!ys_is_int (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                     ys_type_name_of (vm, argv[0]));
  return ys_int_index (vm, argv[0], NULL);
}

FUNC (op_is)
{
  if (!nargs (vm, "is_", argc, kwnames, 2))
    return YS_NULL;
  return ys_bool (vm, argv[0] == argv[1]);
}

FUNC (op_is_not)
{
  if (!nargs (vm, "is_not", argc, kwnames, 2))
    return YS_NULL;
  return ys_bool (vm, argv[0] != argv[1]);
}

FUNC (op_contains)
{
  int r;

  if (!nargs (vm, "contains", argc, kwnames, 2))
    return YS_NULL;
  r = ys_contains (vm, argv[0], argv[1]);
  return r < 0 ? YS_NULL : ys_bool (vm, r);
}

FUNC (op_getitem)
{
  if (!nargs (vm, "getitem", argc, kwnames, 2))
    return YS_NULL;
  return ys_getitem (vm, argv[0], argv[1]);
}

FUNC (op_setitem)
{
  if (!nargs (vm, "setitem", argc, kwnames, 3) || !ys_setitem (vm, argv[0], argv[1], argv[2]))
    return YS_NULL;
  return ys_none (vm);
}

FUNC (op_delitem)
{
  if (!nargs (vm, "delitem", argc, kwnames, 2) || !ys_delitem (vm, argv[0], argv[1]))
    return YS_NULL;
  return ys_none (vm);
}

/* countOf and indexOf: by identity or equality, as `in` compares. */
static gssize
find_in (YsVM     *vm,
         YsValue   seq,
         YsValue   x,
         gboolean  count)
{
  YsValue it = ys_iter (vm, seq), item;
  gssize i = 0, n = 0;

  if (it == YS_NULL)
    return -2;
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      int eq = item == x ? 1 : ys_equal (vm, item, x);
      ys_decref (vm, item);
      if (eq < 0)
        {
          ys_decref (vm, it);
          return -2;
        }
      if (eq && !count)
        {
          ys_decref (vm, it);
          return i;
        }
      n += eq;
      i++;
    }
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    return -2;
  return count ? n : -1;
}

FUNC (op_count_of)
{
  gssize n;

  if (!nargs (vm, "countOf", argc, kwnames, 2))
    return YS_NULL;
  n = find_in (vm, argv[0], argv[1], TRUE);
  return n < 0 ? YS_NULL : ys_small (n);
}

FUNC (op_index_of)
{
  gssize n;

  if (!nargs (vm, "indexOf", argc, kwnames, 2))
    return YS_NULL;
  n = find_in (vm, argv[0], argv[1], FALSE);
  if (n == -2)
    return YS_NULL;
  if (n == -1)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "sequence.index(x): x not in sequence");
  return ys_small (n);
}

/* itemgetter, attrgetter, methodcaller: a is what to get (a tuple; for methodcaller
 * the name), b the positional arguments and c the keyword arguments (a dict). */

typedef struct
{
  YsInstance  base;
  YsValue     a, b, c;
} Getter;

static void
getter_dealloc (YsVM     *vm,
                YsObject *obj)
{
  Getter *g = (Getter *) obj;

  ys_clear (vm, &g->base.dict);
  ys_clear (vm, &g->a);
  ys_clear (vm, &g->b);
  ys_clear (vm, &g->c);
  ys_free_object (vm, obj);
}

static void
getter_clear (YsVM     *vm,
              YsObject *obj)
{
  Getter *g = (Getter *) obj;

  ys_clear (vm, &g->base.dict);
  ys_clear (vm, &g->a);
  ys_clear (vm, &g->b);
  ys_clear (vm, &g->c);
}

static YsType *
getter_type (YsVM       *vm,
             const char *name)
{
  YsType *type = ys_native_type (vm, name, YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  type->dealloc = getter_dealloc;
  type->clear = getter_clear;
  return type;
}

static Getter *
getter_new (YsVM    *vm,
            YsValue  type)
{
  return (Getter *) ys_gc_alloc (vm, (YsType *) ys_obj (type), sizeof (Getter));
}

#define GETTER(v) ((Getter *) ys_obj (v))

static YsValue
itemgetter_new (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  Getter *g;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "itemgetter() takes no keyword arguments");
  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "itemgetter expected 1 argument, got 0");
  g = getter_new (vm, type);
  if (g == NULL)
    return YS_NULL;
  g->a = ys_tuple_from_array (vm, argv, (gsize) argc);
  return ys_val (g);
}

/* What an itemgetter or attrgetter gives for @obj: one value for one key, else a tuple
 * of them in order. */
static YsValue
getter_apply (YsVM    *vm,
              YsValue  keys,
              YsValue  obj,
              YsValue (*fetch) (YsVM *vm, YsValue obj, YsValue key))
{
  gsize n = ys_tuple_len (keys);
  YsValue r;

  if (n == 1)
    return fetch (vm, obj, ys_tuple_get (keys, 0));
  r = ys_tuple_new (vm, n);
  if (r == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < n; i++)
    {
      YsValue v = fetch (vm, obj, ys_tuple_get (keys, i));
      if (v == YS_NULL)
        {
          for (gsize j = i; j < n; j++)
            ys_tuple_set (r, j, ys_none (vm));
          ys_decref (vm, r);
          return YS_NULL;
        }
      ys_tuple_set (r, i, v);
    }
  return r;
}

FUNC (itemgetter_call)
{
  if (!call_args (vm, "itemgetter", argc, kwnames))
    return YS_NULL;
  return getter_apply (vm, GETTER (self)->a, argv[0], ys_getitem);
}

/* "operator.NAME(a, b, ...)" from the reprs of @items. */
static YsValue
getter_repr (YsVM       *vm,
             const char *name,
             YsValue     items,
             YsValue     kwargs)
{
  GString *out = g_string_new (name);
  gsize pos = 0;
  YsValue k, v;
  gboolean first = TRUE;

  g_string_append_c (out, '(');
  for (gsize i = 0; items != YS_NULL && i < ys_tuple_len (items); i++)
    {
      YsValue r = ys_repr (vm, ys_tuple_get (items, i));
      if (r == YS_NULL)
        {
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      g_string_append (out, ys_str_data (r));
      ys_decref (vm, r);
    }
  while (kwargs != YS_NULL && ys_dict_next (kwargs, &pos, &k, &v))
    {
      YsValue r = ys_repr (vm, v);
      if (r == YS_NULL)
        {
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      g_string_append_printf (out, "%s=%s", ys_str_data (k), ys_str_data (r));
      ys_decref (vm, r);
    }
  g_string_append_c (out, ')');
  return ys_str_take (vm, g_string_free (out, FALSE));
}

FUNC (itemgetter_repr)
{
  if (!ys_repr_enter (vm, self))
    return ys_str_new (vm, "operator.itemgetter(...)", -1);
  {
    YsValue r = getter_repr (vm, "operator.itemgetter", GETTER (self)->a, YS_NULL);
    ys_repr_leave (vm, self);
    return r;
  }
}

static YsValue
attrgetter_new (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  Getter *g;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "attrgetter() takes no keyword arguments");
  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "attrgetter expected 1 argument, got 0");
  for (int i = 0; i < argc; i++)
    if (ys_kind (vm, argv[i]) != YS_KIND_STR)
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "attribute name must be a string");
  g = getter_new (vm, type);
  if (g == NULL)
    return YS_NULL;
  g->a = ys_tuple_from_array (vm, argv, (gsize) argc);
  return ys_val (g);
}

/* obj.a.b.c for the dotted name @path. */
static YsValue
get_dotted (YsVM    *vm,
            YsValue  obj,
            YsValue  path)
{
  g_auto (GStrv) parts = g_strsplit (ys_str_data (path), ".", -1);
  YsValue cur = ys_ref (obj);

  for (int i = 0; parts[i] != NULL; i++)
    {
      YsValue next = ys_getattr (vm, cur, ys_str_interned (vm, parts[i]));
      ys_decref (vm, cur);
      if (next == YS_NULL)
        return YS_NULL;
      cur = next;
    }
  return cur;
}

FUNC (attrgetter_call)
{
  if (!call_args (vm, "attrgetter", argc, kwnames))
    return YS_NULL;
  return getter_apply (vm, GETTER (self)->a, argv[0], get_dotted);
}

FUNC (attrgetter_repr)
{
  return getter_repr (vm, "operator.attrgetter", GETTER (self)->a, YS_NULL);
}

static YsValue
methodcaller_new (YsVM          *vm,
                  YsValue        type,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  Getter *g;
  int nkw = ys_kw_count (kwnames);

  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "methodcaller needs at least one argument, the method name");
  if (ys_kind (vm, argv[0]) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "method name must be a string");
  g = getter_new (vm, type);
  if (g == NULL)
    return YS_NULL;
  g->a = ys_ref (argv[0]);
  g->b = ys_tuple_from_array (vm, argv + 1, (gsize) argc - 1);
  g->c = ys_dict_new (vm);
  for (int k = 0; k < nkw; k++)
    ys_dict_set (vm, g->c, ys_tuple_get (kwnames, (gsize) k), argv[argc + k]);
  return ys_val (g);
}

FUNC (methodcaller_call)
{
  Getter *g = GETTER (self);
  YsValue method, r, names = YS_NULL;
  gsize npos = ys_tuple_len (g->b), nkw = ys_dict_len (g->c), pos = 0;
  YsValue *args, k, v;
  gsize i = 0;

  if (!call_args (vm, "methodcaller", argc, kwnames))
    return YS_NULL;
  method = ys_getattr (vm, argv[0], ys_str_as (g->a));
  if (method == YS_NULL)
    return YS_NULL;
  args = g_new (YsValue, npos + nkw + 1);
  for (; i < npos; i++)
    args[i] = ys_tuple_get (g->b, i);
  if (nkw > 0)
    {
      names = ys_tuple_new (vm, nkw);
      for (gsize j = 0; ys_dict_next (g->c, &pos, &k, &v); j++)
        {
          ys_tuple_set (names, j, ys_ref (k));
          args[i++] = v;
        }
    }
  r = ys_call (vm, method, (int) npos, args, names);
  g_free (args);
  ys_xdecref (vm, names);
  ys_decref (vm, method);
  return r;
}

FUNC (methodcaller_repr)
{
  Getter *g = GETTER (self);
  YsValue items = ys_tuple_new (vm, ys_tuple_len (g->b) + 1), r;

  if (items == YS_NULL)
    return YS_NULL;
  ys_tuple_set (items, 0, ys_ref (g->a));
  for (gsize i = 0; i < ys_tuple_len (g->b); i++)
    ys_tuple_set (items, i + 1, ys_ref (ys_tuple_get (g->b, i)));
  r = getter_repr (vm, "operator.methodcaller", items, g->c);
  ys_decref (vm, items);
  return r;
}

static void
add_getter_type (YsVM       *vm,
                 YsValue     module,
                 const char *name,
                 const char *short_name,
                 YsCFunc     new_func,
                 YsCFunc     call,
                 YsCFunc     repr)
{
  YsType *type = getter_type (vm, name);
  YsMethodDef methods[] = { { "__call__", call }, { "__repr__", repr }, { NULL, NULL } };

  type->new_func = new_func;
  ys_type_add_methods (vm, type, methods);
  ys_module_add (vm, module, short_name, ys_val (type));
}

YsValue
ys_module_operator (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "concat", op_concat }, { "iconcat", op_iconcat }, { "neg", op_neg }, { "pos", op_pos },
    { "invert", op_invert }, { "inv", op_invert }, { "not_", op_not }, { "truth", op_truth },
    { "abs", op_abs }, { "index", op_index }, { "is_", op_is }, { "is_not", op_is_not },
    { "contains", op_contains }, { "getitem", op_getitem }, { "setitem", op_setitem },
    { "delitem", op_delitem }, { "countOf", op_count_of }, { "indexOf", op_index_of },
    { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "operator");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add_functions (vm, module, functions);
  for (gsize i = 0; i < G_N_ELEMENTS (binaries); i++)
    {
      YsValue f = ys_builtin_new (vm, binaries[i].name, binary_funcs[i], YS_NULL);
      ys_module_add (vm, module, binaries[i].name, f);
      ys_decref (vm, f);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (comparisons); i++)
    {
      YsValue f = ys_builtin_new (vm, comparisons[i].name, compare_funcs[i], YS_NULL);
      ys_module_add (vm, module, comparisons[i].name, f);
      ys_decref (vm, f);
    }
  add_getter_type (vm, module, "operator.itemgetter", "itemgetter", itemgetter_new, itemgetter_call,
                   itemgetter_repr);
  add_getter_type (vm, module, "operator.attrgetter", "attrgetter", attrgetter_new, attrgetter_call,
                   attrgetter_repr);
  add_getter_type (vm, module, "operator.methodcaller", "methodcaller", methodcaller_new, methodcaller_call,
                   methodcaller_repr);
  return module;
}
