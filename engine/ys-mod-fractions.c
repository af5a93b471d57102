/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fractions module: Fraction on GMP's rationals, with CPython's arithmetic
 * (a float on either side makes a float), comparisons, hash (equal to the hash of an
 * equal int or float), str and repr, and limit_denominator. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <math.h>
#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

typedef struct
{
  YsInstance  base;
  mpq_t       q;
} Fraction;

#define FRAC(v) (((Fraction *) ys_obj (v))->q)

static YsType *fraction_type (YsVM *vm);

static gboolean
is_fraction (YsVM    *vm,
             YsValue  v)
{
  return ys_type_of (vm, v) == fraction_type (vm);
}

static void
fraction_dealloc (YsVM     *vm,
                  YsObject *obj)
{
  ys_clear (vm, &((Fraction *) obj)->base.dict);
  mpq_clear (((Fraction *) obj)->q);
  ys_free_object (vm, obj);
}

/* A new Fraction of @q (canonical), which is cleared. */
static YsValue
fraction_take (YsVM  *vm,
               mpq_t  q)
{
  Fraction *f = (Fraction *) ys_gc_alloc (vm, fraction_type (vm), sizeof (Fraction));

  if (f == NULL)
    {
      mpq_clear (q);
      return YS_NULL;
    }
  mpq_init (f->q);
  mpq_swap (f->q, q);
  mpq_clear (q);
  return ys_val (f);
}

static YsValue
raise_zero_den (YsVM       *vm,
                mpz_srcptr  num)
{
  char *text = mpz_get_str (NULL, 10, num);
  YsValue r = ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "Fraction(%s, 0)", text);

  free (text);
  return r;
}

/* num/den as a Fraction: ZeroDivisionError when den is 0. */
static YsValue
fraction_from_mpz (YsVM       *vm,
                   mpz_srcptr  num,
                   mpz_srcptr  den)
{
  mpq_t q;

  if (mpz_sgn (den) == 0)
    return raise_zero_den (vm, num);
  mpq_init (q);
  mpz_set (mpq_numref (q), num);
  mpz_set (mpq_denref (q), den);
  mpq_canonicalize (q);
  return fraction_take (vm, q);
}

typedef enum {
  NUM_RATIONAL,
  NUM_FLOAT,
  NUM_OTHER,
} NumKind;

/* What @v is to a Fraction: a rational (set in @q, initialized by the caller), a
 * float (in @d), or neither. */
static NumKind
classify (YsVM    *vm,
          YsValue  v,
          mpq_t    q,
          double  *d)
{
  if (is_fraction (vm, v))
    {
      mpq_set (q, FRAC (v));
      return NUM_RATIONAL;
    }
  if (ys_is_int (vm, v))
    {
      ys_int_to_mpz (v, mpq_numref (q));
      mpz_set_ui (mpq_denref (q), 1);
      return NUM_RATIONAL;
    }
  if (ys_kind (vm, v) == YS_KIND_FLOAT)
    {
      *d = ys_float_get (v);
      return NUM_FLOAT;
    }
  return NUM_OTHER;
}

static YsValue
mpz_value (YsVM       *vm,
           mpz_srcptr  z)
{
  return ys_int_from_mpz (vm, z);
}

/* float (self): num / den, correctly rounded as int division is. */
static YsValue
fraction_to_float (YsVM    *vm,
                   YsValue  self)
{
  YsValue n = mpz_value (vm, mpq_numref (FRAC (self))), d = mpz_value (vm, mpq_denref (FRAC (self))), r;

  r = n != YS_NULL && d != YS_NULL ? ys_binary_op (vm, YS_BIN_TRUEDIV, n, d) : YS_NULL;
  ys_xdecref (vm, n);
  ys_xdecref (vm, d);
  return r;
}

/* Arithmetic */

static YsValue
rational_op (YsVM  *vm,
             int    op,
             mpq_t  a,
             mpq_t  b)
{
  mpq_t r;
  mpz_t x, y;
  YsValue v = YS_NULL;

  switch (op)
    {
    case YS_BIN_ADD: case YS_BIN_SUB: case YS_BIN_MUL:
      mpq_init (r);
      if (op == YS_BIN_ADD)
        mpq_add (r, a, b);
      else if (op == YS_BIN_SUB)
        mpq_sub (r, a, b);
      else
        mpq_mul (r, a, b);
      return fraction_take (vm, r);
    case YS_BIN_TRUEDIV:
      mpz_init (x);
      mpz_init (y);
      mpz_mul (x, mpq_numref (a), mpq_denref (b));
      mpz_mul (y, mpq_denref (a), mpq_numref (b));
      /* CPython's division takes out common factors first: dividing by zero names
       * only the sign of the dividend. */
      if (mpz_sgn (y) == 0)
        mpz_set_si (x, mpz_sgn (mpq_numref (a)));
      v = fraction_from_mpz (vm, x, y);
      break;
    case YS_BIN_FLOORDIV: case YS_BIN_MOD:
      mpz_init (x);
      mpz_init (y);
      if (mpz_sgn (mpq_numref (b)) == 0)
        {
          v = ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, op == YS_BIN_MOD ? "integer modulo by zero"
                                                                         : "integer division or modulo by zero");
          break;
        }
      if (op == YS_BIN_FLOORDIV)
        {
          mpz_mul (x, mpq_numref (a), mpq_denref (b));
          mpz_mul (y, mpq_denref (a), mpq_numref (b));
          mpz_fdiv_q (x, x, y);
          v = mpz_value (vm, x);
        }
      else
        {
          mpz_t m;
          /* (na * db) mod (nb * da), over da * db: the sign of the divisor, as for ints. */
          mpz_init (m);
          mpz_mul (x, mpq_numref (a), mpq_denref (b));
          mpz_mul (y, mpq_numref (b), mpq_denref (a));
          mpz_fdiv_r (m, x, y);
          mpz_mul (y, mpq_denref (a), mpq_denref (b));
          v = fraction_from_mpz (vm, m, y);
          mpz_clear (m);
        }
      break;
    default:
      return ys_notimpl (vm);
    }
  mpz_clear (x);
  mpz_clear (y);
  return v;
}

/* A Fraction to an integer power. */
static YsValue
rational_pow (YsVM  *vm,
              mpq_t  a,
              long   p)
{
  mpq_t r;
  unsigned long e = p >= 0 ? (unsigned long) p : (unsigned long) -p;

  mpq_init (r);
  if (p >= 0)
    {
      mpz_pow_ui (mpq_numref (r), mpq_numref (a), e);
      mpz_pow_ui (mpq_denref (r), mpq_denref (a), e);
      return fraction_take (vm, r);
    }
  if (mpz_sgn (mpq_numref (a)) == 0)
    {
      YsValue v;
      mpz_pow_ui (mpq_denref (r), mpq_denref (a), e);
      v = raise_zero_den (vm, mpq_denref (r));
      mpq_clear (r);
      return v;
    }
  mpz_pow_ui (mpq_numref (r), mpq_denref (a), e);
  mpz_pow_ui (mpq_denref (r), mpq_numref (a), e);
  mpq_canonicalize (r);
  return fraction_take (vm, r);
}

/* self op other, or other op self when @reflected. */
static YsValue
fraction_binary (YsVM    *vm,
                 YsValue  self,
                 YsValue  other,
                 int      op,
                 gboolean reflected)
{
  mpq_t q;
  double d;
  NumKind kind;
  YsValue r;

  mpq_init (q);
  kind = classify (vm, other, q, &d);
  if (kind == NUM_OTHER)
    {
      mpq_clear (q);
      return ys_notimpl (vm);
    }
  if (op == YS_BIN_POW && kind == NUM_RATIONAL)
    {
      gboolean int_exp = reflected ? mpz_cmp_ui (mpq_denref (FRAC (self)), 1) == 0
                                   : mpz_cmp_ui (mpq_denref (q), 1) == 0;
      mpz_srcptr e = reflected ? mpq_numref (FRAC (self)) : mpq_numref (q);
      if (int_exp && mpz_fits_slong_p (e))
        {
          long p = mpz_get_si (e);
          /* int ** int stays an int, as CPython's __rpow__ leaves it. */
          if (reflected && !is_fraction (vm, other) && p >= 0)
            {
              YsValue pv = ys_small (p);
              r = ys_binary_op (vm, YS_BIN_POW, other, pv);
            }
          else
            r = rational_pow (vm, reflected ? q : FRAC (self), p);
          mpq_clear (q);
          return r;
        }
      kind = NUM_FLOAT;
      d = mpq_get_d (q);
    }
  mpq_clear (q);
  if (kind == NUM_FLOAT || op == YS_BIN_POW)
    {
      YsValue f = fraction_to_float (vm, self), o;
      if (f == YS_NULL)
        return YS_NULL;
      o = is_fraction (vm, other) ? fraction_to_float (vm, other) : ys_ref (other);
      if (o == YS_NULL)
        {
          ys_decref (vm, f);
          return YS_NULL;
        }
      if (!is_fraction (vm, other) && ys_is_int (vm, other))
        {
          /* A non-integer power with an int base: the float of the base. */
          double od;
          ys_number_to_double (vm, other, &od);
          ys_decref (vm, o);
          o = ys_float_new (vm, od);
        }
      r = reflected ? ys_binary_op (vm, op, o, f) : ys_binary_op (vm, op, f, o);
      ys_decref (vm, f);
      ys_decref (vm, o);
      return r;
    }
  mpq_init (q);
  classify (vm, other, q, &d);
  r = reflected ? rational_op (vm, op, q, FRAC (self)) : rational_op (vm, op, FRAC (self), q);
  mpq_clear (q);
  return r;
}

#define BINARY(name, op, reflected) \
  FUNC (name) \
  { \
    if (!ys_args_check (vm, #name, argc, kwnames, 1, 1)) \
      return YS_NULL; \
    return fraction_binary (vm, self, argv[0], op, reflected); \
  }

BINARY (fraction_add, YS_BIN_ADD, FALSE)
BINARY (fraction_radd, YS_BIN_ADD, TRUE)
BINARY (fraction_sub, YS_BIN_SUB, FALSE)
BINARY (fraction_rsub, YS_BIN_SUB, TRUE)
BINARY (fraction_mul, YS_BIN_MUL, FALSE)
BINARY (fraction_rmul, YS_BIN_MUL, TRUE)
BINARY (fraction_truediv, YS_BIN_TRUEDIV, FALSE)
BINARY (fraction_rtruediv, YS_BIN_TRUEDIV, TRUE)
BINARY (fraction_floordiv, YS_BIN_FLOORDIV, FALSE)
BINARY (fraction_rfloordiv, YS_BIN_FLOORDIV, TRUE)
BINARY (fraction_mod, YS_BIN_MOD, FALSE)
BINARY (fraction_rmod, YS_BIN_MOD, TRUE)
BINARY (fraction_pow, YS_BIN_POW, FALSE)
BINARY (fraction_rpow, YS_BIN_POW, TRUE)

static YsValue
fraction_divmod_common (YsVM    *vm,
                        YsValue  self,
                        YsValue  other,
                        gboolean reflected)
{
  YsValue q = fraction_binary (vm, self, other, YS_BIN_FLOORDIV, reflected), m;

  if (q == YS_NULL || q == ys_val (vm->notimpl))
    return q;
  m = fraction_binary (vm, self, other, YS_BIN_MOD, reflected);
  if (m == YS_NULL)
    {
      ys_decref (vm, q);
      return YS_NULL;
    }
  return ys_tuple_pack (vm, 2, q, m);
}

FUNC (fraction_divmod)
{
  if (!ys_args_check (vm, "__divmod__", argc, kwnames, 1, 1))
    return YS_NULL;
  return fraction_divmod_common (vm, self, argv[0], FALSE);
}

FUNC (fraction_rdivmod)
{
  if (!ys_args_check (vm, "__rdivmod__", argc, kwnames, 1, 1))
    return YS_NULL;
  return fraction_divmod_common (vm, self, argv[0], TRUE);
}

/* Unary operations: 0 neg, 1 pos, 2 abs. */
static YsValue
fraction_unary (YsVM    *vm,
                YsValue  self,
                int      which)
{
  mpq_t r;

  mpq_init (r);
  if (which == 0)
    mpq_neg (r, FRAC (self));
  else if (which == 1)
    mpq_set (r, FRAC (self));
  else
    mpq_abs (r, FRAC (self));
  return fraction_take (vm, r);
}

YS_METHOD_NOARGS (fraction_neg, "__neg__", fraction_unary (vm, self, 0))

YS_METHOD_NOARGS (fraction_pos, "__pos__", fraction_unary (vm, self, 1))

YS_METHOD_NOARGS (fraction_abs, "__abs__", fraction_unary (vm, self, 2))

/* Comparisons */

static YsValue
fraction_compare (YsVM    *vm,
                  YsValue  self,
                  YsValue  other,
                  int      op)
{
  mpq_t q;
  double d;
  int c;
  NumKind kind;

  mpq_init (q);
  kind = classify (vm, other, q, &d);
  if (kind == NUM_OTHER)
    {
      mpq_clear (q);
      return ys_notimpl (vm);
    }
  if (kind == NUM_FLOAT)
    {
      if (isnan (d) || isinf (d))
        {
          /* As CPython: compared as 0.0 would be. */
          YsValue zero = ys_float_new (vm, 0.0), r = ys_compare (vm, zero, other, op);
          mpq_clear (q);
          ys_decref (vm, zero);
          return r;
        }
      mpq_set_d (q, d);
    }
  c = mpq_cmp (FRAC (self), q);
  mpq_clear (q);
  switch (op)
    {
    case YS_CMP_LT: return ys_bool (vm, c < 0);
    case YS_CMP_LE: return ys_bool (vm, c <= 0);
    case YS_CMP_EQ: return ys_bool (vm, c == 0);
    case YS_CMP_NE: return ys_bool (vm, c != 0);
    case YS_CMP_GT: return ys_bool (vm, c > 0);
    default: return ys_bool (vm, c >= 0);
    }
}

#define COMPARE(name, op) \
  FUNC (name) \
  { \
    if (!ys_args_check (vm, #name, argc, kwnames, 1, 1)) \
      return YS_NULL; \
    return fraction_compare (vm, self, argv[0], op); \
  }

COMPARE (fraction_lt, YS_CMP_LT)
COMPARE (fraction_le, YS_CMP_LE)
COMPARE (fraction_eq, YS_CMP_EQ)
COMPARE (fraction_ne, YS_CMP_NE)
COMPARE (fraction_gt, YS_CMP_GT)
COMPARE (fraction_ge, YS_CMP_GE)

/* hash: CPython's numeric hash modulo 2**61 - 1, so that it equals the hash of an equal
 * int or float. */
FUNC (fraction_hash)
{
  mpz_t p, inv, h;
  gint64 r;

  if (!ys_args_check (vm, "__hash__", argc, kwnames, 0, 0))
    return YS_NULL;
  mpz_init_set_ui (p, 1);
  mpz_mul_2exp (p, p, 61);
  mpz_sub_ui (p, p, 1);
  mpz_init (inv);
  mpz_init (h);
  mpz_sub_ui (h, p, 2);
  mpz_powm (inv, mpq_denref (FRAC (self)), h, p);
  if (mpz_sgn (inv) == 0)
    r = 314159;
  else
    {
      mpz_abs (h, mpq_numref (FRAC (self)));
      mpz_mod (h, h, p);
      mpz_mul (h, h, inv);
      mpz_mod (h, h, p);
      r = (gint64) mpz_get_ui (h);
    }
  if (mpz_sgn (mpq_numref (FRAC (self))) < 0)
    r = -r;
  mpz_clear (p);
  mpz_clear (inv);
  mpz_clear (h);
  return ys_int_from_i64 (vm, r == -1 ? -2 : r);
}

/* Conversions */

YS_METHOD_NOARGS (fraction_bool, "__bool__", ys_bool (vm, mpq_sgn (FRAC (self)) != 0))

YS_METHOD_NOARGS (fraction_float, "__float__", fraction_to_float (vm, self))

/* Rounded to an int: 0 toward zero, 1 down, 2 up. */
static YsValue
fraction_to_int (YsVM    *vm,
                 YsValue  self,
                 int      how)
{
  mpz_t z;
  YsValue r;

  mpz_init (z);
  if (how == 0)
    mpz_tdiv_q (z, mpq_numref (FRAC (self)), mpq_denref (FRAC (self)));
  else if (how == 1)
    mpz_fdiv_q (z, mpq_numref (FRAC (self)), mpq_denref (FRAC (self)));
  else
    mpz_cdiv_q (z, mpq_numref (FRAC (self)), mpq_denref (FRAC (self)));
  r = mpz_value (vm, z);
  mpz_clear (z);
  return r;
}

YS_METHOD_NOARGS (fraction_trunc, "__trunc__", fraction_to_int (vm, self, 0))

YS_METHOD_NOARGS (fraction_floor, "__floor__", fraction_to_int (vm, self, 1))

YS_METHOD_NOARGS (fraction_ceil, "__ceil__", fraction_to_int (vm, self, 2))

/* Round half to even, of @q, into @out. */
static void
round_half_even (mpz_t  out,
                 mpq_t  q)
{
  mpz_t rem, twice;

  mpz_init (rem);
  mpz_init (twice);
  mpz_fdiv_qr (out, rem, mpq_numref (q), mpq_denref (q));
  mpz_mul_2exp (twice, rem, 1);
  {
    int c = mpz_cmp (twice, mpq_denref (q));
    if (c > 0 || (c == 0 && mpz_odd_p (out)))
      mpz_add_ui (out, out, 1);
  }
  mpz_clear (rem);
  mpz_clear (twice);
}

FUNC (fraction_round)
{
  gint64 nd;
  mpz_t z, shift;
  mpq_t q;
  YsValue r;

  if (!ys_args_check (vm, "__round__", argc, kwnames, 0, 1))
    return YS_NULL;
  mpz_init (z);
  if (argc == 0 || ys_is_none (vm, argv[0]))
    {
      mpq_init (q);
      mpq_set (q, FRAC (self));
      round_half_even (z, q);
      mpq_clear (q);
      r = mpz_value (vm, z);
      mpz_clear (z);
      return r;
    }
  if (!ys_is_int (vm, argv[0]) || !ys_int_to_i64 (vm, argv[0], &nd) || nd > 100000 || nd < -100000)
    {
      mpz_clear (z);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                       ys_type_name_of (vm, argv[0]));
    }
  mpz_init (shift);
  mpz_ui_pow_ui (shift, 10, (unsigned long) (nd >= 0 ? nd : -nd));
  mpq_init (q);
  mpq_set (q, FRAC (self));
  if (nd >= 0)
    mpz_mul (mpq_numref (q), mpq_numref (q), shift);
  else
    mpz_mul (mpq_denref (q), mpq_denref (q), shift);
  mpq_canonicalize (q);
  round_half_even (z, q);
  if (nd >= 0)
    {
      mpz_set (mpq_numref (q), z);
      mpz_set (mpq_denref (q), shift);
    }
  else
    {
      mpz_mul (mpq_numref (q), z, shift);
      mpz_set_ui (mpq_denref (q), 1);
    }
  mpq_canonicalize (q);
  mpz_clear (z);
  mpz_clear (shift);
  return fraction_take (vm, q);
}

FUNC (fraction_repr)
{
  char *n = mpz_get_str (NULL, 10, mpq_numref (FRAC (self)));
  char *d = mpz_get_str (NULL, 10, mpq_denref (FRAC (self)));
  YsValue r = ys_str_printf (vm, "Fraction(%s, %s)", n, d);

  free (n);
  free (d);
  return r;
}

FUNC (fraction_str)
{
  char *n = mpz_get_str (NULL, 10, mpq_numref (FRAC (self)));
  char *d = mpz_get_str (NULL, 10, mpq_denref (FRAC (self)));
  YsValue r = mpz_cmp_ui (mpq_denref (FRAC (self)), 1) == 0 ? ys_str_new (vm, n, -1) : ys_str_printf (vm, "%s/%s", n, d);

  free (n);
  free (d);
  return r;
}

YS_METHOD_NOARGS (fraction_as_integer_ratio, "as_integer_ratio", ys_tuple_pack (vm, 2, mpz_value (vm, mpq_numref (FRAC (self))), mpz_value (vm, mpq_denref (FRAC (self)))))

/* The closest fraction with a denominator at most max_denominator: the best of the
 * last convergent of the continued fraction and the semiconvergent before it. */
FUNC (fraction_limit_denominator)
{
  static const char *const names[] = { "max_denominator" };
  YsValue args[1];
  mpz_t maxd, p0, q0, p1, q1, n, d, a, q2, tmp, k;
  mpq_t b1, b2, e1, e2;
  gboolean second;

  if (!ys_args_bind (vm, "limit_denominator", names, 1, 0, 1, 0, argc, argv, kwnames, args))
    return YS_NULL;
  mpz_init_set_ui (maxd, 1000000);
  if (args[0] != YS_NULL)
    {
      if (!ys_is_int (vm, args[0]))
        {
          mpz_clear (maxd);
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "'<' not supported between instances of '%s' and 'int'",
                           ys_type_name_of (vm, args[0]));
        }
      ys_int_to_mpz (args[0], maxd);
    }
  if (mpz_cmp_ui (maxd, 1) < 0)
    {
      mpz_clear (maxd);
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "max_denominator should be at least 1");
    }
  if (mpz_cmp (mpq_denref (FRAC (self)), maxd) <= 0)
    {
      mpz_clear (maxd);
      return fraction_unary (vm, self, 1);
    }
  mpz_inits (p0, q0, p1, q1, n, d, a, q2, tmp, k, NULL);
  mpz_set_ui (q0, 1);
  mpz_set_ui (p1, 1);
  mpz_set (n, mpq_numref (FRAC (self)));
  mpz_set (d, mpq_denref (FRAC (self)));
  for (;;)
    {
      mpz_fdiv_q (a, n, d);
      mpz_mul (q2, a, q1);
      mpz_add (q2, q2, q0);
      if (mpz_cmp (q2, maxd) > 0)
        break;
      /* p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2 */
      mpz_mul (tmp, a, p1);
      mpz_add (tmp, tmp, p0);
      mpz_set (p0, p1);
      mpz_set (q0, q1);
      mpz_set (p1, tmp);
      mpz_set (q1, q2);
      /* n, d = d, n - a * d */
      mpz_mul (tmp, a, d);
      mpz_sub (tmp, n, tmp);
      mpz_set (n, d);
      mpz_set (d, tmp);
    }
  mpz_sub (k, maxd, q0);
  mpz_fdiv_q (k, k, q1);
  mpq_inits (b1, b2, e1, e2, NULL);
  mpz_mul (tmp, k, p1);
  mpz_add (mpq_numref (b1), p0, tmp);
  mpz_mul (tmp, k, q1);
  mpz_add (mpq_denref (b1), q0, tmp);
  mpq_canonicalize (b1);
  mpz_set (mpq_numref (b2), p1);
  mpz_set (mpq_denref (b2), q1);
  mpq_canonicalize (b2);
  mpq_sub (e1, b1, FRAC (self));
  mpq_abs (e1, e1);
  mpq_sub (e2, b2, FRAC (self));
  mpq_abs (e2, e2);
  second = mpq_cmp (e2, e1) <= 0;
  mpz_clears (maxd, p0, q0, p1, q1, n, d, a, q2, tmp, k, NULL);
  mpq_clears (e1, e2, NULL);
  if (second)
    {
      mpq_clear (b1);
      return fraction_take (vm, b2);
    }
  mpq_clear (b2);
  return fraction_take (vm, b1);
}

/* Making fractions */

static YsValue
fraction_from_double (YsVM   *vm,
                      double  d)
{
  mpq_t q;

  if (isnan (d))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot convert NaN to integer ratio");
  if (isinf (d))
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
  mpq_init (q);
  mpq_set_d (q, d);
  return fraction_take (vm, q);
}

/* Python's literal: [sign] digits [/ digits] or a decimal with an exponent. */
static YsValue
fraction_from_string (YsVM    *vm,
                      YsValue  text)
{
  const char *s = ys_str_data (text);
  GString *digits = g_string_new (NULL);
  mpz_t num, den;
  long exp = 0;
  gboolean neg = FALSE, ok = FALSE;
  YsValue r;

  mpz_init (num);
  mpz_init_set_ui (den, 1);
  while (g_ascii_isspace (*s))
    s++;
  if (*s == '+' || *s == '-')
    neg = *s++ == '-';
  while (g_ascii_isdigit (*s))
    g_string_append_c (digits, *s++);
  if (*s == '/' && digits->len > 0)
    {
      GString *d = g_string_new (NULL);
      s++;
      while (g_ascii_isdigit (*s))
        g_string_append_c (d, *s++);
      ok = d->len > 0;
      if (ok)
        mpz_set_str (den, d->str, 10);
      g_string_free (d, TRUE);
    }
  else
    {
      gsize before = digits->len;
      gsize fraction = 0;
      if (*s == '.')
        {
          s++;
          while (g_ascii_isdigit (*s))
            {
              g_string_append_c (digits, *s++);
              fraction++;
            }
        }
      ok = before > 0 || fraction > 0;
      if (ok && (*s == 'e' || *s == 'E'))
        {
          char *end;
          s++;
          if (!g_ascii_isdigit (*s) && !((*s == '+' || *s == '-') && g_ascii_isdigit (s[1])))
            ok = FALSE;
          else
            {
              exp = strtol (s, &end, 10);
              s = end;
            }
        }
      exp -= (long) fraction;
    }
  while (g_ascii_isspace (*s))
    s++;
  ok = ok && *s == '\0' && digits->len > 0 && labs (exp) < 100000;
  if (!ok)
    {
      g_string_free (digits, TRUE);
      mpz_clears (num, den, NULL);
      r = ys_str_repr (vm, text);
      if (r != YS_NULL)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Invalid literal for Fraction: %s", ys_str_data (r));
          ys_decref (vm, r);
        }
      return YS_NULL;
    }
  mpz_set_str (num, digits->str, 10);
  g_string_free (digits, TRUE);
  if (exp > 0)
    {
      mpz_t p;
      mpz_init (p);
      mpz_ui_pow_ui (p, 10, (unsigned long) exp);
      mpz_mul (num, num, p);
      mpz_clear (p);
    }
  else if (exp < 0)
    mpz_ui_pow_ui (den, 10, (unsigned long) -exp);
  if (neg)
    mpz_neg (num, num);
  r = fraction_from_mpz (vm, num, den);
  mpz_clears (num, den, NULL);
  return r;
}

static YsValue
fraction_new (YsVM          *vm,
              YsValue        type,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  static const char *const names[] = { "numerator", "denominator" };
  YsValue args[2], r;
  mpq_t a, b;
  double d;

  if (!ys_args_bind (vm, "Fraction", names, 2, 0, 2, 0, argc, argv, kwnames, args))
    return YS_NULL;
  mpq_init (a);
  if (args[1] == YS_NULL || ys_is_none (vm, args[1]))
    {
      NumKind kind;
      if (args[0] == YS_NULL)
        return fraction_take (vm, a);
      if (ys_kind (vm, args[0]) == YS_KIND_STR)
        {
          mpq_clear (a);
          return fraction_from_string (vm, args[0]);
        }
      kind = classify (vm, args[0], a, &d);
      if (kind == NUM_RATIONAL)
        return fraction_take (vm, a);
      mpq_clear (a);
      if (kind == NUM_FLOAT)
        return fraction_from_double (vm, d);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "argument should be a string or a Rational instance");
    }
  mpq_init (b);
  if (args[0] == YS_NULL)
    args[0] = ys_small (0);
  if (classify (vm, args[0], a, &d) != NUM_RATIONAL || classify (vm, args[1], b, &d) != NUM_RATIONAL)
    r = ys_raise (vm, YS_EXC_TYPE_ERROR, "both arguments should be Rational instances");
  else
    {
      /* Fraction (n, d) names n as given when d is 0. */
      mpz_t num, den;
      mpz_inits (num, den, NULL);
      mpz_mul (num, mpq_numref (a), mpq_denref (b));
      mpz_mul (den, mpq_denref (a), mpq_numref (b));
      r = fraction_from_mpz (vm, num, den);
      mpz_clears (num, den, NULL);
    }
  mpq_clears (a, b, NULL);
  return r;
}

FUNC (fraction_from_float)
{
  double d;

  if (!ys_args_check (vm, "from_float", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_is_int (vm, argv[0]))
    return fraction_new (vm, ys_val (fraction_type (vm)), 1, argv, YS_NULL);
  if (ys_kind (vm, argv[0]) != YS_KIND_FLOAT)
    {
      YsValue r = ys_repr (vm, argv[0]);
      if (r == YS_NULL)
        return YS_NULL;
      ys_raise (vm, YS_EXC_TYPE_ERROR, "Fraction.from_float() only takes floats, not %s (%s)", ys_str_data (r),
                ys_type_name_of (vm, argv[0]));
      ys_decref (vm, r);
      return YS_NULL;
    }
  d = ys_float_get (argv[0]);
  return fraction_from_double (vm, d);
}

static YsValue
fraction_get (YsVM    *vm,
              YsValue  obj,
              gssize   index)
{
  /* numerator, denominator, real (itself), imag (0) */
  if (index == 2)
    return ys_ref (obj);
  if (index == 3)
    return ys_small (0);
  return mpz_value (vm, index == 0 ? mpq_numref (FRAC (obj)) : mpq_denref (FRAC (obj)));
}

static void
fraction_clear (YsVM     *vm,
                YsObject *obj)
{
  ys_clear (vm, &((Fraction *) obj)->base.dict);
}

static YsType *
fraction_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__add__", fraction_add }, { "__radd__", fraction_radd }, { "__sub__", fraction_sub },
    { "__rsub__", fraction_rsub }, { "__mul__", fraction_mul }, { "__rmul__", fraction_rmul },
    { "__truediv__", fraction_truediv }, { "__rtruediv__", fraction_rtruediv },
    { "__floordiv__", fraction_floordiv }, { "__rfloordiv__", fraction_rfloordiv },
    { "__mod__", fraction_mod }, { "__rmod__", fraction_rmod }, { "__pow__", fraction_pow },
    { "__rpow__", fraction_rpow }, { "__divmod__", fraction_divmod }, { "__rdivmod__", fraction_rdivmod },
    { "__neg__", fraction_neg }, { "__pos__", fraction_pos }, { "__abs__", fraction_abs },
    { "__lt__", fraction_lt }, { "__le__", fraction_le }, { "__eq__", fraction_eq }, { "__ne__", fraction_ne },
    { "__gt__", fraction_gt }, { "__ge__", fraction_ge }, { "__hash__", fraction_hash },
    { "__bool__", fraction_bool }, { "__float__", fraction_float }, { "__int__", fraction_trunc },
    { "__trunc__", fraction_trunc }, { "__floor__", fraction_floor }, { "__ceil__", fraction_ceil },
    { "__round__", fraction_round }, { "__repr__", fraction_repr }, { "__str__", fraction_str },
    { "as_integer_ratio", fraction_as_integer_ratio }, { "limit_denominator", fraction_limit_denominator },
    { NULL, NULL }
  };
  static const char *const attrs[] = { "numerator", "denominator", "real", "imag", NULL };
  /* A Python class in CPython: named Fraction, of the module fractions. */
  YsType *type = ys_native_type (vm, "Fraction", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      YsValue f;
      type->dealloc = fraction_dealloc;
      type->clear = fraction_clear;
      type->new_func = fraction_new;
      ys_type_add_methods (vm, type, methods);
      ys_type_set_attr (vm, type, "__module__", ys_val (ys_str_interned (vm, "fractions")));
      ys_type_add_descriptors (vm, type, fraction_get, attrs);
      f = ys_builtin_new (vm, "from_float", fraction_from_float, YS_NULL);
      ys_type_set_attr (vm, type, "from_float", f);
      ys_xdecref (vm, f);
    }
  return type;
}

YsValue
ys_module_fractions (YsVM *vm)
{
  YsValue module = ys_module_new (vm, "fractions");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add (vm, module, "Fraction", ys_val (fraction_type (vm)));
  return module;
}
