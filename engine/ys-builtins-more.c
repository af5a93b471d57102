/* SPDX-License-Identifier: GPL-3.0-or-later */
/* More builtins: arithmetic (abs, round, divmod, pow, ...), reductions over iterables
 * (sum, min, max, any, all, sorted), attribute access, and the lazy iterator types
 * enumerate, zip, map, filter and reversed. */
#include "ys-runtime.h"
#include "ys-ast.h"
#include "ys-format.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define BUILTIN(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* Helpers */

/* A program's class, or a module's type with its special methods in its dict. */
static gboolean
has_own_specials (YsVM    *vm,
                  YsValue  v)
{
  return (ys_type_of (vm, v)->flags & (YS_TYPE_HEAP | YS_TYPE_SLOTS)) != 0;
}

static gboolean
is_number (YsVM    *vm,
           YsValue  v)
{
  YsKind kind = ys_kind (vm, v);

  return kind == YS_KIND_INT || kind == YS_KIND_BOOL || kind == YS_KIND_FLOAT;
}

/* Calls a special method of a program's class: looked up on the class, never on the
 * instance, as Python does. *found is FALSE when the class has no such method (or sets
 * it to None); the result is then YS_NULL without an exception. */
static YsValue
call_special (YsVM          *vm,
              YsValue        obj,
              const char    *name,
              int            argc,
              const YsValue *argv,
              gboolean      *found)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue f, r, args[4];

  *found = FALSE;
  if (!(type->flags & (YS_TYPE_HEAP | YS_TYPE_SLOTS)))
    return YS_NULL;
  f = ys_type_lookup (type, ys_str_interned (vm, name));
  if (f == YS_NULL || ys_is_none (vm, f))
    return YS_NULL;
  *found = TRUE;
  g_assert (argc < 4);
  /* The class may drop the method while it runs. */
  ys_incref (f);
  if (ys_kind (vm, f) == YS_KIND_FUNCTION ||
      (ys_kind (vm, f) == YS_KIND_BUILTIN && ((YsBuiltin *) ys_obj (f))->is_method))
    {
      args[0] = obj;
      for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
      r = ys_call (vm, f, argc + 1, args, YS_NULL);
    }
  else
    r = ys_call (vm, f, argc, argv, YS_NULL);
  ys_decref (vm, f);
  return r;
}

/* operator.index (): an int (bools become ints) or what a class's __index__ gives. */
static YsValue
to_index (YsVM    *vm,
          YsValue  v)
{
  if (ys_is_int (vm, v))
    return ys_int_index (vm, v, NULL);
  if (has_own_specials (vm, v))
    {
      gboolean found;
      YsValue r = call_special (vm, v, "__index__", 0, NULL, &found);
      if (found)
        {
          YsValue i;
          if (r == YS_NULL)
            return YS_NULL;
          if (!ys_is_int (vm, r))
            {
              ys_raise (vm, YS_EXC_TYPE_ERROR, "__index__ returned non-int (type %s)",
                        ys_type_name_of (vm, r));
              ys_decref (vm, r);
              return YS_NULL;
            }
          i = ys_int_index (vm, r, NULL);
          ys_decref (vm, r);
          return i;
        }
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                   ys_type_name_of (vm, v));
}

/* An index as a C int, for the arguments CPython reads into one. */
static gboolean
to_c_int (YsVM    *vm,
          YsValue  v,
          int     *out)
{
  YsValue i = to_index (vm, v);
  gint64 x;
  gboolean fits;

  if (i == YS_NULL)
    return FALSE;
  fits = ys_int_to_i64 (vm, i, &x) && x >= INT_MIN && x <= INT_MAX;
  ys_decref (vm, i);
  if (!fits)
    {
      ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C int");
      return FALSE;
    }
  *out = (int) x;
  return TRUE;
}

/* Numbers */

BUILTIN (builtin_abs)
{
  YsValue x;

  if (!ys_args_check (vm, "abs", argc, kwnames, 1, 1))
    return YS_NULL;
  x = argv[0];
  switch (ys_kind (vm, x))
    {
    case YS_KIND_INT:
    case YS_KIND_BOOL:
      {
        mpz_t z;
        YsValue r;
        if (ys_is_small (x) && ys_small_get (x) >= 0)
          return x;
        mpz_init (z);
        ys_int_to_mpz (x, z);
        mpz_abs (z, z);
        r = ys_int_from_mpz (vm, z);
        mpz_clear (z);
        return r;
      }
    case YS_KIND_FLOAT:
      return ys_float_new (vm, fabs (ys_float_get (x)));
    default:
      {
        gboolean found;
        YsValue r = call_special (vm, x, "__abs__", 0, NULL, &found);
        if (found)
          return r;
      }
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "bad operand type for abs(): '%s'", ys_type_name_of (vm, x));
    }
}

/* int.__round__: the int itself, or for a negative ndigits the nearest multiple of
 * 10**-ndigits, halves to even. */
static YsValue
round_int (YsVM    *vm,
           YsValue  x,
           YsValue  ndigits)
{
  mpz_t v, p, q, r;
  gint64 k;
  YsValue result;

  if (ys_kind (vm, x) == YS_KIND_BOOL)
    x = ys_small (x == ys_val (vm->true_obj));
  /* ndigits >= 0 leaves an int as it is. */
  if (ndigits == YS_NULL ||
      (ys_is_small (ndigits) ? ys_small_get (ndigits) >= 0
                             : mpz_sgn (((YsInt *) ys_obj (ndigits))->value) >= 0))
    return ys_ref (x);

  mpz_init (v);
  ys_int_to_mpz (x, v);
  /* 10**k above twice |x| rounds it to 0: no need to build a huge power. */
  if (!ys_int_to_i64 (vm, ndigits, &k) || k < -((gint64) mpz_sizeinbase (v, 10) + 1))
    {
      mpz_clear (v);
      return ys_small (0);
    }
  mpz_inits (p, q, r, NULL);
  mpz_ui_pow_ui (p, 10, (unsigned long) -k);
  mpz_fdiv_qr (q, r, v, p);
  mpz_mul_2exp (r, r, 1);
  if (mpz_cmp (r, p) > 0 || (mpz_cmp (r, p) == 0 && mpz_odd_p (q)))
    mpz_add_ui (q, q, 1);
  mpz_mul (q, q, p);
  result = ys_int_from_mpz (vm, q);
  mpz_clears (v, p, q, r, NULL);
  return result;
}

static YsValue
round_float (YsVM    *vm,
             double   x,
             YsValue  ndigits)
{
  if (ndigits == YS_NULL)
    {
      mpz_t z;
      YsValue r;
      if (isinf (x))
        return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer");
      if (isnan (x))
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot convert float NaN to integer");
      /* rint rounds halves to even in the default rounding mode. */
      mpz_init_set_d (z, rint (x));
      r = ys_int_from_mpz (vm, z);
      mpz_clear (z);
      return r;
    }
  {
    YsValue i = to_index (vm, ndigits);
    gint64 n;
    double r;
    if (i == YS_NULL)
      return YS_NULL;
    /* CPython clamps ndigits to ssize_t; anything past a few hundred acts the same. */
    if (!ys_int_to_i64 (vm, i, &n))
      n = mpz_sgn (((YsInt *) ys_obj (i))->value) < 0 ? G_MININT64 : G_MAXINT64;
    ys_decref (vm, i);
    n = CLAMP (n, -100000, 100000);
    r = ys_format_round_double (x, (int) n);
    if (isinf (r) && isfinite (x))
      return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "rounded value too large to represent");
    return ys_float_new (vm, r);
  }
}

BUILTIN (builtin_round)
{
  static const char *const names[] = { "number", "ndigits" };
  YsValue args[2], x, ndigits;

  if (!ys_args_bind (vm, "round", names, 2, 0, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  x = args[0];
  ndigits = args[1] != YS_NULL && !ys_is_none (vm, args[1]) ? args[1] : YS_NULL;
  switch (ys_kind (vm, x))
    {
    case YS_KIND_INT:
    case YS_KIND_BOOL:
      {
        YsValue i, r;
        if (ndigits == YS_NULL)
          return round_int (vm, x, YS_NULL);
        i = to_index (vm, ndigits);
        if (i == YS_NULL)
          return YS_NULL;
        r = round_int (vm, x, i);
        ys_decref (vm, i);
        return r;
      }
    case YS_KIND_FLOAT:
      return round_float (vm, ys_float_get (x), ndigits);
    default:
      {
        gboolean found;
        YsValue r = call_special (vm, x, "__round__", ndigits != YS_NULL ? 1 : 0, &ndigits, &found);
        if (found)
          return r;
      }
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "type %s doesn't define __round__ method",
                       ys_type_name_of (vm, x));
    }
}

BUILTIN (builtin_divmod)
{
  YsValue a, b;

  if (!ys_args_check (vm, "divmod", argc, kwnames, 2, 2))
    return YS_NULL;
  a = argv[0];
  b = argv[1];
  if (has_own_specials (vm, a) || has_own_specials (vm, b))
    {
      gboolean found;
      YsValue r = call_special (vm, a, "__divmod__", 1, &b, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
      r = call_special (vm, b, "__rdivmod__", 1, &a, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
    }
  if (is_number (vm, a) && is_number (vm, b))
    {
      if (ys_kind (vm, a) == YS_KIND_FLOAT || ys_kind (vm, b) == YS_KIND_FLOAT)
        {
          double x, y, mod, floordiv;
          if (!ys_number_to_double (vm, a, &x) || !ys_number_to_double (vm, b, &y))
            return YS_NULL;
          if (y == 0.0)
            return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "float divmod()");
          ys_float_divmod (x, y, &floordiv, &mod);
          {
            YsValue q = ys_float_new (vm, floordiv), m;
            if (q == YS_NULL)
              return YS_NULL;
            m = ys_float_new (vm, mod);
            if (m == YS_NULL)
              {
                ys_decref (vm, q);
                return YS_NULL;
              }
            return ys_tuple_pack (vm, 2, q, m);
          }
        }
      else
        {
          YsValue q = ys_number_binary (vm, YS_BIN_FLOORDIV, a, b), m;
          if (q == YS_NULL)
            return YS_NULL;
          m = ys_number_binary (vm, YS_BIN_MOD, a, b);
          if (m == YS_NULL)
            {
              ys_decref (vm, q);
              return YS_NULL;
            }
          return ys_tuple_pack (vm, 2, q, m);
        }
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                   ys_type_name_of (vm, a), ys_type_name_of (vm, b));
}

/* pow (base, exp, mod) of ints: the sign of the result follows mod's, and a negative
 * exponent takes the modular inverse. */
static YsValue
modular_pow (YsVM    *vm,
             YsValue  base,
             YsValue  exp,
             YsValue  mod)
{
  mpz_t b, e, m, r;
  YsValue result = YS_NULL;

  mpz_inits (b, e, m, r, NULL);
  ys_int_to_mpz (base, b);
  ys_int_to_mpz (exp, e);
  ys_int_to_mpz (mod, m);
  if (mpz_sgn (m) == 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "pow() 3rd argument cannot be 0");
      goto out;
    }
  if (mpz_cmpabs_ui (m, 1) == 0)
    {
      /* Everything is 0 modulo 1, inverses included. */
      result = ys_small (0);
      goto out;
    }
  if (mpz_sgn (e) < 0)
    {
      mpz_t am;
      gboolean invertible;
      mpz_init (am);
      mpz_abs (am, m);
      invertible = mpz_invert (b, b, am) != 0;
      mpz_clear (am);
      if (!invertible)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "base is not invertible for the given modulus");
          goto out;
        }
      mpz_neg (e, e);
    }
  {
    mpz_t am;
    mpz_init (am);
    mpz_abs (am, m);
    mpz_powm (r, b, e, am);
    mpz_clear (am);
  }
  if (mpz_sgn (m) < 0 && mpz_sgn (r) != 0)
    mpz_add (r, r, m);
  result = ys_int_from_mpz (vm, r);

out:
  mpz_clears (b, e, m, r, NULL);
  return result;
}

BUILTIN (builtin_pow)
{
  static const char *const names[] = { "base", "exp", "mod" };
  YsValue args[3], base, exp, mod;

  if (!ys_args_bind (vm, "pow", names, 3, 0, 3, 2, argc, argv, kwnames, args))
    return YS_NULL;
  base = args[0];
  exp = args[1];
  mod = args[2];
  if (mod == YS_NULL || ys_is_none (vm, mod))
    return ys_binary_op (vm, YS_BIN_POW, base, exp);

  /* Three-argument pow only asks the base's class; there is no __rpow__ for it. */
  if (has_own_specials (vm, base))
    {
      gboolean found;
      YsValue pair[2] = { exp, mod };
      YsValue r = call_special (vm, base, "__pow__", 2, pair, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
    }
  if (ys_is_int (vm, base) && ys_is_int (vm, exp) && ys_is_int (vm, mod))
    return modular_pow (vm, base, exp, mod);
  if (ys_kind (vm, base) == YS_KIND_FLOAT || ys_kind (vm, exp) == YS_KIND_FLOAT ||
      ys_kind (vm, mod) == YS_KIND_FLOAT)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                   ys_type_name_of (vm, base), ys_type_name_of (vm, exp), ys_type_name_of (vm, mod));
}

BUILTIN (builtin_hash)
{
  gint64 h;

  if (!ys_args_check (vm, "hash", argc, kwnames, 1, 1))
    return YS_NULL;
  /* Bools hash as the ints they equal. */
  if (ys_kind (vm, argv[0]) == YS_KIND_BOOL)
    return ys_small (argv[0] == ys_val (vm->true_obj));
  if (!ys_hash (vm, argv[0], &h))
    return YS_NULL;
  return ys_int_from_i64 (vm, h);
}

BUILTIN (builtin_id)
{
  guint64 word;

  if (!ys_args_check (vm, "id", argc, kwnames, 1, 1))
    return YS_NULL;
  /* The value's word: an object's address, or for a small int a tagged (odd) word that
   * only that int has, so equal small ints have one id like CPython's cached ones. */
  word = (guint64) argv[0];
  if (word <= G_MAXINT64)
    return ys_int_from_i64 (vm, (gint64) word);
  {
    mpz_t z;
    YsValue r;
    mpz_init (z);
    mpz_import (z, 1, 1, sizeof word, 0, 0, &word);
    r = ys_int_from_mpz (vm, z);
    mpz_clear (z);
    return r;
  }
}

BUILTIN (builtin_chr)
{
  YsValue i;
  gint64 c;
  char buf[8];
  int n;

  if (!ys_args_check (vm, "chr", argc, kwnames, 1, 1))
    return YS_NULL;
  i = to_index (vm, argv[0]);
  if (i == YS_NULL)
    return YS_NULL;
  if (!ys_int_to_i64 (vm, i, &c) || c < INT_MIN || c > INT_MAX)
    {
      ys_decref (vm, i);
      return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
  ys_decref (vm, i);
  if (c < 0 || c > 0x10ffff)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "chr() arg not in range(0x110000)");
  n = g_unichar_to_utf8 ((gunichar) c, buf);
  return ys_str_new (vm, buf, n);
}

BUILTIN (builtin_ord)
{
  YsValue s;

  if (!ys_args_check (vm, "ord", argc, kwnames, 1, 1))
    return YS_NULL;
  s = argv[0];
  if (ys_kind (vm, s) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "ord() expected string of length 1, but %s found",
                     ys_type_name_of (vm, s));
  if (ys_str_as (s)->length != 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "ord() expected a character, but string of length %u found",
                     (unsigned) ys_str_as (s)->length);
  return ys_small ((intptr_t) g_utf8_get_char (ys_str_data (s)));
}

static YsValue
int_in_base (YsVM          *vm,
             const char    *name,
             int            base,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  YsValue i;
  mpz_t z;
  char *text;

  if (!ys_args_check (vm, name, argc, kwnames, 1, 1))
    return YS_NULL;
  i = to_index (vm, argv[0]);
  if (i == YS_NULL)
    return YS_NULL;
  mpz_init (z);
  ys_int_to_mpz (i, z);
  ys_decref (vm, i);
  text = ys_format_int_base (z, base);
  mpz_clear (z);
  return ys_str_take (vm, text);
}

BUILTIN (builtin_hex)
{
  return int_in_base (vm, "hex", 16, argc, argv, kwnames);
}

BUILTIN (builtin_oct)
{
  return int_in_base (vm, "oct", 8, argc, argv, kwnames);
}

BUILTIN (builtin_bin)
{
  return int_in_base (vm, "bin", 2, argc, argv, kwnames);
}

/* Reductions */

BUILTIN (builtin_sum)
{
  static const char *const names[] = { "", "start" };
  YsValue args[2], it, result;

  if (!ys_args_bind (vm, "sum", names, 2, 1, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  it = ys_iter (vm, args[0]);
  if (it == YS_NULL)
    return YS_NULL;
  if (args[1] == YS_NULL)
    result = ys_small (0);
  else if (ys_kind (vm, args[1]) == YS_KIND_STR)
    {
      ys_decref (vm, it);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
    }
  else
    result = ys_ref (args[1]);

  for (;;)
    {
      YsValue item = ys_next (vm, it), total;
      if (item == YS_NULL)
        {
          if (vm->exc != YS_NULL)
            ys_clear (vm, &result);
          break;
        }
      if (ys_int_add_inplace (vm, result, item))
        {
          ys_decref (vm, item);
          continue;
        }
      total = ys_binary_op (vm, YS_BIN_ADD, result, item);
      ys_decref (vm, item);
      ys_decref (vm, result);
      result = total;
      if (result == YS_NULL)
        break;
    }
  ys_decref (vm, it);
  return result;
}

/* min () and max (): @op is the comparison that makes an item replace the best so far,
 * item first, so that errors name the operands as CPython does. */
static YsValue
min_max (YsVM          *vm,
         const char    *name,
         int            op,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  int nkw = ys_kw_count (kwnames);
  YsValue key = YS_NULL, dflt = YS_NULL, it = YS_NULL;
  YsValue best = YS_NULL, best_key = YS_NULL;
  int pos = 0;

  if (argc == 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected at least 1 argument, got 0", name);
  if (nkw > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes at most 2 keyword arguments (%d given)", name, nkw);
  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      if (g_str_equal (kw, "key"))
        key = argv[argc + k];
      else if (g_str_equal (kw, "default"))
        dflt = argv[argc + k];
      else
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", kw, name);
    }
  if (dflt != YS_NULL && argc > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR,
                     "Cannot specify a default for %s() with multiple positional arguments", name);
  if (key != YS_NULL && ys_is_none (vm, key))
    key = YS_NULL;
  if (argc == 1)
    {
      it = ys_iter (vm, argv[0]);
      if (it == YS_NULL)
        return YS_NULL;
    }

  for (;;)
    {
      YsValue item, item_key;
      int better;

      if (it != YS_NULL)
        {
          item = ys_next (vm, it);
          if (item == YS_NULL)
            {
              if (vm->exc != YS_NULL)
                goto fail;
              break;
            }
        }
      else
        {
          if (pos >= argc)
            break;
          item = ys_ref (argv[pos++]);
        }
      if (key != YS_NULL)
        {
          item_key = ys_call1 (vm, key, item);
          if (item_key == YS_NULL)
            {
              ys_decref (vm, item);
              goto fail;
            }
        }
      else
        item_key = ys_ref (item);
      if (best == YS_NULL)
        {
          best = item;
          best_key = item_key;
          continue;
        }
      better = ys_compare_bool (vm, item_key, best_key, op);
      if (better < 0)
        {
          ys_decref (vm, item);
          ys_decref (vm, item_key);
          goto fail;
        }
      if (better)
        {
          ys_decref (vm, best);
          ys_decref (vm, best_key);
          best = item;
          best_key = item_key;
        }
      else
        {
          ys_decref (vm, item);
          ys_decref (vm, item_key);
        }
    }
  ys_xdecref (vm, it);
  if (best == YS_NULL)
    {
      if (dflt != YS_NULL)
        return ys_ref (dflt);
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "%s() arg is an empty sequence", name);
    }
  ys_decref (vm, best_key);
  return best;

fail:
  ys_xdecref (vm, it);
  ys_xdecref (vm, best);
  ys_xdecref (vm, best_key);
  return YS_NULL;
}

BUILTIN (builtin_min)
{
  return min_max (vm, "min", YS_CMP_LT, argc, argv, kwnames);
}

BUILTIN (builtin_max)
{
  return min_max (vm, "max", YS_CMP_GT, argc, argv, kwnames);
}

/* any () and all (): stop pulling at the first item that decides. */
static YsValue
any_all (YsVM          *vm,
         const char    *name,
         gboolean       decisive,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  YsValue it;

  if (!ys_args_check (vm, name, argc, kwnames, 1, 1))
    return YS_NULL;
  it = ys_iter (vm, argv[0]);
  if (it == YS_NULL)
    return YS_NULL;
  for (;;)
    {
      YsValue item = ys_next (vm, it);
      int t;
      if (item == YS_NULL)
        {
          ys_decref (vm, it);
          if (vm->exc != YS_NULL)
            return YS_NULL;
          return ys_bool (vm, !decisive);
        }
      t = ys_truthy (vm, item);
      ys_decref (vm, item);
      if (t < 0)
        {
          ys_decref (vm, it);
          return YS_NULL;
        }
      if ((t != 0) == decisive)
        {
          ys_decref (vm, it);
          return ys_bool (vm, decisive);
        }
    }
}

BUILTIN (builtin_any)
{
  return any_all (vm, "any", TRUE, argc, argv, kwnames);
}

BUILTIN (builtin_all)
{
  return any_all (vm, "all", FALSE, argc, argv, kwnames);
}

BUILTIN (builtin_sorted)
{
  int nkw = ys_kw_count (kwnames);
  YsValue list, key = YS_NULL, reverse_value = YS_NULL;
  int reverse = 0;

  if (argc != 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "sorted expected 1 argument, got %d", argc);
  /* The items are all taken before list.sort () looks at its arguments. */
  list = ys_list_from_iterable (vm, argv[0]);
  if (list == YS_NULL)
    return YS_NULL;
  if (nkw > 2)
    {
      ys_decref (vm, list);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "sort() takes at most 2 keyword arguments (%d given)", nkw);
    }
  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      if (g_str_equal (kw, "key"))
        key = argv[argc + k];
      else if (g_str_equal (kw, "reverse"))
        reverse_value = argv[argc + k];
      else
        {
          ys_decref (vm, list);
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for sort()", kw);
        }
    }
  if (reverse_value != YS_NULL && !to_c_int (vm, reverse_value, &reverse))
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  if (key != YS_NULL && ys_is_none (vm, key))
    key = YS_NULL;
  if (!ys_list_sort (vm, list, key, reverse != 0))
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  return list;
}

/* Attributes */

static gboolean
check_attribute_name (YsVM    *vm,
                      YsValue  name)
{
  if (ys_kind (vm, name) == YS_KIND_STR)
    return TRUE;
  ys_raise (vm, YS_EXC_TYPE_ERROR, "attribute name must be string, not '%s'", ys_type_name_of (vm, name));
  return FALSE;
}

BUILTIN (builtin_getattr)
{
  YsValue r;

  if (!ys_args_check (vm, "getattr", argc, kwnames, 2, 3))
    return YS_NULL;
  if (!check_attribute_name (vm, argv[1]))
    return YS_NULL;
  r = ys_getattr (vm, argv[0], ys_str_as (argv[1]));
  if (r == YS_NULL && argc == 3 && ys_exc_matches (vm, YS_EXC_ATTRIBUTE_ERROR))
    {
      ys_exc_clear (vm);
      return ys_ref (argv[2]);
    }
  return r;
}

BUILTIN (builtin_hasattr)
{
  YsValue r;

  if (!ys_args_check (vm, "hasattr", argc, kwnames, 2, 2))
    return YS_NULL;
  if (!check_attribute_name (vm, argv[1]))
    return YS_NULL;
  r = ys_getattr (vm, argv[0], ys_str_as (argv[1]));
  if (r == YS_NULL)
    {
      if (!ys_exc_matches (vm, YS_EXC_ATTRIBUTE_ERROR))
        return YS_NULL;
      ys_exc_clear (vm);
      return ys_bool (vm, FALSE);
    }
  ys_decref (vm, r);
  return ys_bool (vm, TRUE);
}

BUILTIN (builtin_setattr)
{
  if (!ys_args_check (vm, "setattr", argc, kwnames, 3, 3))
    return YS_NULL;
  if (!check_attribute_name (vm, argv[1]))
    return YS_NULL;
  if (!ys_setattr (vm, argv[0], ys_str_as (argv[1]), argv[2]))
    return YS_NULL;
  return ys_none (vm);
}

BUILTIN (builtin_delattr)
{
  if (!ys_args_check (vm, "delattr", argc, kwnames, 2, 2))
    return YS_NULL;
  if (!check_attribute_name (vm, argv[1]))
    return YS_NULL;
  if (!ys_delattr (vm, argv[0], ys_str_as (argv[1])))
    return YS_NULL;
  return ys_none (vm);
}

/* Odds and ends */

BUILTIN (builtin_callable)
{
  if (!ys_args_check (vm, "callable", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_bool (vm, ys_is_callable (vm, argv[0]));
}

BUILTIN (builtin_ascii)
{
  if (!ys_args_check (vm, "ascii", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_ascii (vm, argv[0]);
}

BUILTIN (builtin_format)
{
  if (!ys_args_check (vm, "format", argc, kwnames, 1, 2))
    return YS_NULL;
  if (argc == 2 && ys_kind (vm, argv[1]) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "format() argument 2 must be str, not %s",
                     ys_type_name_of (vm, argv[1]));
  return ys_format (vm, argv[0], argc == 2 ? argv[1] : YS_NULL);
}

BUILTIN (builtin_input)
{
  GString *line;
  int c;

  if (!ys_args_check (vm, "input", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 1)
    {
      YsValue prompt = ys_to_str (vm, argv[0]);
      if (prompt == YS_NULL)
        return YS_NULL;
      ys_vm_print (vm, ys_str_data (prompt), ys_str_as (prompt)->nbytes, FALSE);
      ys_decref (vm, prompt);
    }
  /* The prompt must show before the program waits. */
  fflush (stdout);
  line = g_string_new (NULL);
  while ((c = getchar ()) != EOF && c != '\n')
    g_string_append_c (line, (char) c);
  if (c == EOF && line->len == 0)
    {
      g_string_free (line, TRUE);
      return ys_raise (vm, YS_EXC_EOF_ERROR, "EOF when reading a line");
    }
  if (!g_utf8_validate (line->str, (gssize) line->len, NULL))
    {
      char *valid = g_utf8_make_valid (line->str, (gssize) line->len);
      g_string_free (line, TRUE);
      return ys_str_take (vm, valid);
    }
  {
    YsValue r = ys_str_new (vm, line->str, (gssize) line->len);
    g_string_free (line, TRUE);
    return r;
  }
}

BUILTIN (builtin_globals)
{
  if (!ys_args_check (vm, "globals", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_ref (vm->frame != NULL ? vm->frame->globals : vm->globals);
}

BUILTIN (builtin_locals)
{
  if (!ys_args_check (vm, "locals", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_frame_locals_or_globals (vm);
}

/* 1 if @cls is a subclass of @info (a class or nested tuples of them), 0 if not. */
static int
is_subclass (YsVM    *vm,
             YsValue  cls,
             YsValue  info)
{
  if (ys_kind (vm, info) == YS_KIND_TUPLE)
    {
      for (gsize i = 0; i < ys_tuple_len (info); i++)
        {
          int r = is_subclass (vm, cls, ys_tuple_get (info, i));
          if (r != 0)
            return r;
        }
      return 0;
    }
  if (ys_kind (vm, cls) != YS_KIND_TYPE)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "issubclass() arg 1 must be a class");
      return -1;
    }
  if (ys_kind (vm, info) != YS_KIND_TYPE)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      return -1;
    }
  if (((YsType *) ys_obj (info))->flags & YS_TYPE_ABC)
    return ys_abc_check (vm, cls, (YsType *) ys_obj (info), TRUE);
  return ys_type_is_subtype ((YsType *) ys_obj (cls), (YsType *) ys_obj (info));
}

BUILTIN (builtin_issubclass)
{
  int r;

  if (!ys_args_check (vm, "issubclass", argc, kwnames, 2, 2))
    return YS_NULL;
  r = is_subclass (vm, argv[0], argv[1]);
  if (r < 0)
    return YS_NULL;
  return ys_bool (vm, r);
}

/* The lazy iterator types. Their iterators keep state in YsIterator: seq is what they
 * pull from (an iterator, or a tuple of iterators), extra[] the rest. */

/* A tuple of iter (v) for each of @n values; YS_NULL if one is not iterable. */
static YsValue
iterators_of (YsVM          *vm,
              const YsValue *values,
              int            n)
{
  YsValue tuple = ys_tuple_new (vm, (gsize) n);

  if (tuple == YS_NULL)
    return YS_NULL;
  /* A tuple drops the items it has when it is freed half-built. */
  for (int i = 0; i < n; i++)
    {
      YsValue it = ys_iter (vm, values[i]);
      if (it == YS_NULL)
        {
          ys_decref (vm, tuple);
          return YS_NULL;
        }
      ys_tuple_set (tuple, (gsize) i, it);
    }
  return tuple;
}

/* enumerate: seq is the iterator, extra[0] the next count. */
static YsValue
enumerate_next (YsVM       *vm,
                YsIterator *it)
{
  YsValue item, count, next_count;

  if (it->seq == YS_NULL)
    return YS_NULL;
  item = ys_next (vm, it->seq);
  if (item == YS_NULL)
    return YS_NULL;
  count = it->extra[0];
  next_count = ys_binary_op (vm, YS_BIN_ADD, count, ys_small (1));
  if (next_count == YS_NULL)
    {
      ys_decref (vm, item);
      return YS_NULL;
    }
  it->extra[0] = next_count;
  return ys_tuple_pack (vm, 2, count, item);
}

static YsValue
enumerate_make (YsVM    *vm,
                YsValue  type,
                YsValue  iterable,
                YsValue  start)
{
  YsValue count = ys_small (0), source, it;

  /* The start is checked before the iterable, as in CPython. */
  if (start != YS_NULL)
    {
      count = to_index (vm, start);
      if (count == YS_NULL)
        return YS_NULL;
    }
  source = ys_iter (vm, iterable);
  if (source == YS_NULL)
    {
      ys_decref (vm, count);
      return YS_NULL;
    }
  it = ys_iterator_new (vm, (YsType *) ys_obj (type), enumerate_next, source);
  ys_decref (vm, source);
  if (it == YS_NULL)
    {
      ys_decref (vm, count);
      return YS_NULL;
    }
  ((YsIterator *) ys_obj (it))->extra[0] = count;
  return it;
}

/* enumerate (iterable, start=0), with CPython's own checks of its arguments. */
static YsValue
enumerate_new (YsVM          *vm,
               YsValue        type,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  int nkw = ys_kw_count (kwnames);
  int total = argc + nkw;

  if (nkw > 0 && total == 1)
    {
      if (!g_str_equal (ys_kw_name (kwnames, 0), "iterable"))
        goto invalid0;
      return enumerate_make (vm, type, argv[0], YS_NULL);
    }
  if (nkw == 1 && total == 2)
    {
      if (!g_str_equal (ys_kw_name (kwnames, 0), "start"))
        goto invalid0;
      return enumerate_make (vm, type, argv[0], argv[1]);
    }
  if (nkw == 2 && total == 2)
    {
      const char *k0 = ys_kw_name (kwnames, 0), *k1 = ys_kw_name (kwnames, 1);
      if (g_str_equal (k0, "start"))
        {
          if (!g_str_equal (k1, "iterable"))
            goto invalid1;
          return enumerate_make (vm, type, argv[1], argv[0]);
        }
      if (!g_str_equal (k0, "iterable"))
        goto invalid0;
      if (!g_str_equal (k1, "start"))
        goto invalid1;
      return enumerate_make (vm, type, argv[0], argv[1]);
    }
  if (nkw == 0 && argc == 1)
    return enumerate_make (vm, type, argv[0], YS_NULL);
  if (nkw == 0 && argc == 2)
    return enumerate_make (vm, type, argv[0], argv[1]);
  if (argc == 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "enumerate() missing required argument 'iterable'");
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "enumerate() takes at most 2 arguments (%d given)", total);

invalid0:
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for enumerate()",
                   ys_kw_name (kwnames, 0));
invalid1:
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for enumerate()",
                   ys_kw_name (kwnames, 1));
}

/* zip (strict=True) found iterator @i exhausted: the lengths differ unless all the
 * others are exhausted too. Returns YS_NULL, with ValueError set if they differ. */
static YsValue
zip_strict_check (YsVM    *vm,
                  YsValue  iters,
                  gsize    i)
{
  gsize n = ys_tuple_len (iters);

  if (i > 0)
    {
      if (i == 1)
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "zip() argument 2 is shorter than argument 1");
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "zip() argument %" G_GSIZE_FORMAT
                       " is shorter than arguments 1-%" G_GSIZE_FORMAT, i + 1, i);
    }
  for (gsize j = 1; j < n; j++)
    {
      YsValue item = ys_next (vm, ys_tuple_get (iters, j));
      if (item != YS_NULL)
        {
          ys_decref (vm, item);
          if (j == 1)
            return ys_raise (vm, YS_EXC_VALUE_ERROR, "zip() argument 2 is longer than argument 1");
          return ys_raise (vm, YS_EXC_VALUE_ERROR, "zip() argument %" G_GSIZE_FORMAT
                           " is longer than arguments 1-%" G_GSIZE_FORMAT, j + 1, j);
        }
      if (vm->exc != YS_NULL)
        return YS_NULL;
    }
  return YS_NULL;
}

/* zip: seq is a tuple of iterators, count is 1 for strict=True. Each step pulls them
 * left to right and stops at the first exhausted one. */
static YsValue
zip_next (YsVM       *vm,
          YsIterator *it)
{
  YsValue iters = it->seq, result;
  gsize n;
  YsValue small[8], *items;

  if (iters == YS_NULL || ys_tuple_len (iters) == 0)
    return YS_NULL;
  n = ys_tuple_len (iters);
  items = n <= G_N_ELEMENTS (small) ? small : g_new (YsValue, n);
  for (gsize i = 0; i < n; i++)
    {
      items[i] = ys_next (vm, ys_tuple_get (iters, i));
      if (items[i] == YS_NULL)
        {
          for (gsize j = 0; j < i; j++)
            ys_decref (vm, items[j]);
          if (items != small)
            g_free (items);
          if (vm->exc == YS_NULL && it->count)
            return zip_strict_check (vm, iters, i);
          return YS_NULL;
        }
    }
  result = ys_tuple_from_array (vm, items, n);
  for (gsize i = 0; i < n; i++)
    ys_decref (vm, items[i]);
  if (items != small)
    g_free (items);
  return result;
}

static YsValue
zip_new (YsVM          *vm,
         YsValue        type,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  int nkw = ys_kw_count (kwnames);
  gboolean strict = FALSE;
  YsValue iters, it;

  if (nkw > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "zip() takes at most 1 keyword argument (%d given)", nkw);
  if (nkw == 1)
    {
      int t;
      if (!g_str_equal (ys_kw_name (kwnames, 0), "strict"))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for zip()",
                         ys_kw_name (kwnames, 0));
      t = ys_truthy (vm, argv[argc]);
      if (t < 0)
        return YS_NULL;
      strict = t != 0;
    }
  iters = iterators_of (vm, argv, argc);
  if (iters == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, (YsType *) ys_obj (type), zip_next, iters);
  ys_decref (vm, iters);
  if (it != YS_NULL)
    ((YsIterator *) ys_obj (it))->count = strict;
  return it;
}

/* map: seq is a tuple of iterators, extra[0] the function. */
static YsValue
map_next (YsVM       *vm,
          YsIterator *it)
{
  YsValue iters = it->seq, func = it->extra[0], r;
  gsize n;
  YsValue small[8], *items;

  if (iters == YS_NULL)
    return YS_NULL;
  n = ys_tuple_len (iters);
  items = n <= G_N_ELEMENTS (small) ? small : g_new (YsValue, n);
  for (gsize i = 0; i < n; i++)
    {
      items[i] = ys_next (vm, ys_tuple_get (iters, i));
      if (items[i] == YS_NULL)
        {
          for (gsize j = 0; j < i; j++)
            ys_decref (vm, items[j]);
          if (items != small)
            g_free (items);
          return YS_NULL;
        }
    }
  ys_incref (func);
  r = ys_call (vm, func, (int) n, items, YS_NULL);
  ys_decref (vm, func);
  for (gsize i = 0; i < n; i++)
    ys_decref (vm, items[i]);
  if (items != small)
    g_free (items);
  return r;
}

static YsValue
map_new (YsVM          *vm,
         YsValue        type,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  YsValue iters, it;

  if (!ys_args_no_keywords (vm, "map", kwnames))
    return YS_NULL;
  if (argc < 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "map() must have at least two arguments.");
  iters = iterators_of (vm, argv + 1, argc - 1);
  if (iters == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, (YsType *) ys_obj (type), map_next, iters);
  ys_decref (vm, iters);
  if (it != YS_NULL)
    ((YsIterator *) ys_obj (it))->extra[0] = ys_ref (argv[0]);
  return it;
}

/* filter: seq is the iterator, extra[0] the function or None. */
static YsValue
filter_next (YsVM       *vm,
             YsIterator *it)
{
  YsValue func = it->extra[0];

  if (it->seq == YS_NULL)
    return YS_NULL;
  for (;;)
    {
      YsValue item = ys_next (vm, it->seq);
      int t;
      if (item == YS_NULL)
        return YS_NULL;
      if (ys_is_none (vm, func))
        t = ys_truthy (vm, item);
      else
        {
          YsValue r;
          ys_incref (func);
          r = ys_call1 (vm, func, item);
          ys_decref (vm, func);
          if (r == YS_NULL)
            {
              ys_decref (vm, item);
              return YS_NULL;
            }
          t = ys_truthy (vm, r);
          ys_decref (vm, r);
        }
      if (t < 0)
        {
          ys_decref (vm, item);
          return YS_NULL;
        }
      if (t)
        return item;
      ys_decref (vm, item);
    }
}

static YsValue
filter_new (YsVM          *vm,
            YsValue        type,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  YsValue source, it;

  if (!ys_args_check (vm, "filter", argc, kwnames, 2, 2))
    return YS_NULL;
  source = ys_iter (vm, argv[1]);
  if (source == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, (YsType *) ys_obj (type), filter_next, source);
  ys_decref (vm, source);
  if (it != YS_NULL)
    ((YsIterator *) ys_obj (it))->extra[0] = ys_ref (argv[0]);
  return it;
}

/* reversed over a sequence: seq is the sequence, count the next index (-1: done). */
static YsValue
reversed_seq_next (YsVM       *vm,
                   YsIterator *it)
{
  YsValue item;

  if (it->seq == YS_NULL || it->count < 0)
    return YS_NULL;
  if (ys_kind (vm, it->seq) == YS_KIND_TUPLE)
    {
      if ((gsize) it->count < ys_tuple_len (it->seq))
        return ys_ref (ys_tuple_get (it->seq, (gsize) it->count--));
      item = YS_NULL;
    }
  else
    {
      item = ys_getitem (vm, it->seq, ys_small (it->count));
      if (item != YS_NULL)
        {
          it->count--;
          return item;
        }
      if (ys_exc_matches (vm, YS_EXC_INDEX_ERROR) || ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
        ys_exc_clear (vm);
    }
  /* Done, or failed: either way this iterator is finished. */
  it->count = -1;
  ys_clear (vm, &it->seq);
  return item;
}

/* reversed over a str: index is the byte offset where the remaining text ends. */
static YsValue
reversed_str_next (YsVM       *vm,
                   YsIterator *it)
{
  const char *data, *p;

  if (it->seq == YS_NULL)
    return YS_NULL;
  if (it->index == 0)
    {
      ys_clear (vm, &it->seq);
      return YS_NULL;
    }
  data = ys_str_data (it->seq);
  p = g_utf8_prev_char (data + it->index);
  {
    YsValue r = ys_str_new (vm, p, (gssize) (data + it->index - p));
    it->index = (gsize) (p - data);
    return r;
  }
}

/* reversed over a dict or one of its views: extra[0] is a list of the keys when it
 * started, count the next index, version the dict's size; values are looked up as they
 * are reached. */
static YsValue
reversed_dict_next (YsVM       *vm,
                    YsIterator *it)
{
  YsValue dict = it->seq, key, value;

  if (dict == YS_NULL)
    return YS_NULL;
  if (it->version != (guint64) ys_dict_len (dict))
    {
      /* Keep failing, as CPython does once the size has changed. */
      it->version = G_MAXUINT64;
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary changed size during iteration");
    }
  if (it->count < 0)
    {
      ys_clear (vm, &it->seq);
      ys_clear (vm, &it->extra[0]);
      return YS_NULL;
    }
  key = ys_list_as (it->extra[0])->items[it->count--];
  if (it->index == YS_VIEW_KEYS)
    return ys_ref (key);
  value = ys_dict_get (vm, dict, key);
  if (value == YS_NULL)
    {
      if (vm->exc != YS_NULL)
        return YS_NULL;
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary keys changed during iteration");
    }
  if (it->index == YS_VIEW_VALUES)
    return ys_ref (value);
  return ys_tuple_pack (vm, 2, ys_ref (key), ys_ref (value));
}

static YsValue
reversed_dict (YsVM       *vm,
               YsValue     dict,
               YsViewKind  which)
{
  static const char *const names[] = {
    "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"
  };
  YsValue keys = ys_list_new (vm, ys_dict_len (dict)), it, key, value;
  gsize pos = 0;
  YsIterator *i;

  if (keys == YS_NULL)
    return YS_NULL;
  while (ys_dict_next (dict, &pos, &key, &value))
    if (!ys_list_append (vm, keys, key))
      {
        ys_decref (vm, keys);
        return YS_NULL;
      }
  it = ys_iterator_new (vm, ys_iterator_type (vm, names[which]), reversed_dict_next, dict);
  if (it == YS_NULL)
    {
      ys_decref (vm, keys);
      return YS_NULL;
    }
  i = (YsIterator *) ys_obj (it);
  i->extra[0] = keys;
  i->count = (gssize) ys_list_as (keys)->length - 1;
  i->index = which;
  i->version = ys_dict_len (dict);
  return it;
}

/* reversed (range): the range walked the other way, as an ordinary range iterator. */
static YsValue
reversed_range (YsVM    *vm,
                YsValue  rv)
{
  YsRange *r = (YsRange *) ys_obj (rv);
  YsValue last, stop, step, len1, offset, backwards, it;

  len1 = ys_binary_op (vm, YS_BIN_SUB, r->length, ys_small (1));
  if (len1 == YS_NULL)
    return YS_NULL;
  offset = ys_binary_op (vm, YS_BIN_MUL, len1, r->step);
  ys_decref (vm, len1);
  if (offset == YS_NULL)
    return YS_NULL;
  last = ys_binary_op (vm, YS_BIN_ADD, r->start, offset);
  ys_decref (vm, offset);
  if (last == YS_NULL)
    return YS_NULL;
  stop = ys_binary_op (vm, YS_BIN_SUB, r->start, r->step);
  step = ys_binary_op (vm, YS_BIN_SUB, ys_small (0), r->step);
  if (stop == YS_NULL || step == YS_NULL)
    {
      ys_decref (vm, last);
      ys_xdecref (vm, stop);
      ys_xdecref (vm, step);
      return YS_NULL;
    }
  backwards = ys_range_new (vm, last, stop, step);
  ys_decref (vm, last);
  ys_decref (vm, stop);
  ys_decref (vm, step);
  if (backwards == YS_NULL)
    return YS_NULL;
  it = ys_iter (vm, backwards);
  ys_decref (vm, backwards);
  return it;
}

static YsValue
reversed_new (YsVM          *vm,
              YsValue        type,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  YsValue seq, it;
  gssize n;

  if (!ys_args_no_keywords (vm, "reversed", kwnames))
    return YS_NULL;
  if (argc != 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "reversed expected 1 argument, got %d", argc);
  seq = argv[0];
  switch (ys_kind (vm, seq))
    {
    case YS_KIND_LIST:
      return ys_list_reversed (vm, seq);
    case YS_KIND_RANGE:
      return reversed_range (vm, seq);
    case YS_KIND_DICT:
      return reversed_dict (vm, seq, YS_VIEW_KEYS);
    case YS_KIND_DICTVIEW:
      {
        YsDictView *view = (YsDictView *) ys_obj (seq);
        return reversed_dict (vm, view->dict, view->which);
      }
    case YS_KIND_STR:
      it = ys_iterator_new (vm, (YsType *) ys_obj (type), reversed_str_next, seq);
      if (it != YS_NULL)
        ((YsIterator *) ys_obj (it))->index = ys_str_as (seq)->nbytes;
      return it;
    case YS_KIND_TUPLE:
      n = (gssize) ys_tuple_len (seq);
      break;
    default:
      /* A built-in module's type (collections.deque) has its own, in C. */
      if (ys_type_of (vm, seq)->flags & YS_TYPE_SLOTS)
        {
          YsValue f = ys_type_lookup (ys_type_of (vm, seq), ys_str_interned (vm, "__reversed__"));
          if (f != YS_NULL && ys_kind (vm, f) == YS_KIND_BUILTIN)
            return ys_call (vm, f, 1, &seq, YS_NULL);
        }
      if (!has_own_specials (vm, seq))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not reversible", ys_type_name_of (vm, seq));
      {
        YsType *t = ys_type_of (vm, seq);
        YsValue f = ys_type_lookup (t, ys_str_interned (vm, "__reversed__"));
        gboolean found;
        if (f != YS_NULL && ys_is_none (vm, f))
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not reversible", ys_type_name (t));
        if (f != YS_NULL)
          {
            YsValue r = call_special (vm, seq, "__reversed__", 0, NULL, &found);
            if (found)
              return r;
          }
        f = ys_type_lookup (t, vm->s_getitem);
        if (f == YS_NULL || ys_is_none (vm, f))
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not reversible", ys_type_name (t));
      }
      n = ys_len (vm, seq);
      if (n < 0)
        return YS_NULL;
      break;
    }
  it = ys_iterator_new (vm, (YsType *) ys_obj (type), reversed_seq_next, seq);
  if (it != YS_NULL)
    ((YsIterator *) ys_obj (it))->count = n - 1;
  return it;
}

void
ys_builtins_more_init (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "abs", builtin_abs }, { "round", builtin_round }, { "divmod", builtin_divmod },
    { "pow", builtin_pow }, { "hash", builtin_hash }, { "id", builtin_id },
    { "chr", builtin_chr }, { "ord", builtin_ord }, { "hex", builtin_hex },
    { "oct", builtin_oct }, { "bin", builtin_bin }, { "sum", builtin_sum },
    { "min", builtin_min }, { "max", builtin_max }, { "any", builtin_any },
    { "all", builtin_all }, { "sorted", builtin_sorted }, { "getattr", builtin_getattr },
    { "hasattr", builtin_hasattr }, { "setattr", builtin_setattr },
    { "delattr", builtin_delattr }, { "callable", builtin_callable },
    { "ascii", builtin_ascii }, { "format", builtin_format }, { "input", builtin_input },
    { "globals", builtin_globals }, { "locals", builtin_locals },
    { "issubclass", builtin_issubclass },
    { NULL, NULL }
  };
  /* Calling these types builds their iterators, so the builtin is the type itself. */
  static const YsMethodDef types[] = {
    { "enumerate", enumerate_new }, { "zip", zip_new }, { "map", map_new },
    { "filter", filter_new }, { "reversed", reversed_new },
    { NULL, NULL }
  };

  for (const YsMethodDef *f = functions; f->name != NULL; f++)
    {
      YsValue b = ys_builtin_new (vm, f->name, f->func, YS_NULL);
      ys_builtins_add (vm, f->name, b);
      ys_decref (vm, b);
    }
  for (const YsMethodDef *t = types; t->name != NULL; t++)
    {
      YsType *type = ys_iterator_type (vm, t->name);
      type->new_func = t->func;
      ys_builtins_add (vm, t->name, ys_val (type));
    }
}
