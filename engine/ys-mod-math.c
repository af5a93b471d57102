/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The math module. Float functions go to the C library and report errors as CPython's
 * math_1 does: a NaN from a number is a domain error, an infinity from a finite number
 * a range or domain error. Integer functions (floor, ceil, gcd, factorial, comb, isqrt,
 * ...) stay exact on big ints through GMP, as CPython's do. fsum is Shewchuk's exact
 * summation with CPython's final rounding; hypot and dist are correctly rounded. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <errno.h>
#include <math.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

static YsValue
domain_error (YsVM *vm)
{
  return ys_raise (vm, YS_EXC_VALUE_ERROR, "math domain error");
}

static YsValue
range_error (YsVM *vm)
{
  return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "math range error");
}

/* A special method of a program's class (__floor__, __trunc__, ...), or YS_NULL. */
static YsValue
class_special (YsVM       *vm,
               YsValue     v,
               const char *name)
{
  YsType *type = ys_type_of (vm, v);

  if (!(type->flags & (YS_TYPE_HEAP | YS_TYPE_SLOTS)))
    return YS_NULL;
  return ys_type_lookup (type, ys_str_interned (vm, name));
}

static YsValue
call_special (YsVM    *vm,
              YsValue  f,
              YsValue  v)
{
  YsValue r;

  ys_incref (f);
  r = ys_call (vm, f, 1, &v, YS_NULL);
  ys_decref (vm, f);
  return r;
}

/* An int from a finite float's integral value. */
static YsValue
int_from_double (YsVM   *vm,
                 double  d)
{
  mpz_t z;
  YsValue v;

  if (isinf (d))
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  if (isnan (d))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot convert float NaN to integer");
  mpz_init_set_d (z, d);
  v = ys_int_from_mpz (vm, z);
  mpz_clear (z);
  return v;
}

/* One-argument float functions */

typedef double (*MathFunc1) (double);

static YsValue
math_1 (YsVM          *vm,
        const char    *name,
        int            argc,
        const YsValue *argv,
        YsValue        kwnames,
        MathFunc1      f,
        gboolean       can_overflow)
{
  double x, r;

  if (!ys_args_check (vm, name, argc, kwnames, 1, 1) || !ys_number_to_double (vm, argv[0], &x))
    return YS_NULL;
  errno = 0;
  r = f (x);
  if (isnan (r) && !isnan (x))
    return domain_error (vm);
  if (isinf (r) && isfinite (x))
    return can_overflow ? range_error (vm) : domain_error (vm);
  if (isfinite (r) && errno == ERANGE && fabs (r) >= 1.5)
    return range_error (vm);
  return ys_float_new (vm, r);
}

#define MATH_1(fname, cfunc, overflow) \
  FUNC (math_##fname) \
  { \
    return math_1 (vm, "math." #fname, argc, argv, kwnames, cfunc, overflow); \
  }

MATH_1 (sqrt, sqrt, FALSE)
MATH_1 (exp, exp, TRUE)
MATH_1 (exp2, exp2, TRUE)
MATH_1 (expm1, expm1, TRUE)
MATH_1 (log1p, log1p, FALSE)
MATH_1 (sin, sin, FALSE)
MATH_1 (cos, cos, FALSE)
MATH_1 (tan, tan, FALSE)
MATH_1 (asin, asin, FALSE)
MATH_1 (acos, acos, FALSE)
MATH_1 (atan, atan, FALSE)
MATH_1 (sinh, sinh, TRUE)
MATH_1 (cosh, cosh, TRUE)
MATH_1 (tanh, tanh, FALSE)
MATH_1 (asinh, asinh, FALSE)
MATH_1 (acosh, acosh, FALSE)
MATH_1 (atanh, atanh, FALSE)
MATH_1 (erf, erf, FALSE)
MATH_1 (erfc, erfc, FALSE)
MATH_1 (fabs, fabs, FALSE)
MATH_1 (cbrt, cbrt, FALSE)

static double
to_degrees (double x)
{
  return x * (180.0 / G_PI);
}

static double
to_radians (double x)
{
  return x * (G_PI / 180.0);
}

MATH_1 (degrees, to_degrees, FALSE)
MATH_1 (radians, to_radians, FALSE)

/* log (x[, base]), on ints too big for a float as well */

static gboolean
log_of (YsVM    *vm,
        YsValue  v,
        double   (*f) (double),
        double  *out)
{
  double x;

  if (ys_kind (vm, v) == YS_KIND_INT && !ys_is_small (v))
    {
      mpz_srcptr z = ((YsInt *) ys_obj (v))->value;
      if (mpz_sgn (z) <= 0)
        {
          domain_error (vm);
          return FALSE;
        }
      if (!ys_number_to_double (vm, v, &x))
        {
          /* Too big for a float: x = m * 2**e, log (m) + e * log (2). */
          long e;
          double m = mpz_get_d_2exp (&e, z);
          ys_exc_clear (vm);
          *out = f (m) + f (2.0) * (double) e;
          return TRUE;
        }
      *out = f (x);
      return TRUE;
    }
  if (!ys_number_to_double (vm, v, &x))
    return FALSE;
  if (isnan (x))
    *out = x;
  else if (x > 0 || isinf (x))
    {
      *out = f (x);
      if (isnan (*out))
        {
          domain_error (vm);
          return FALSE;
        }
    }
  else
    {
      domain_error (vm);
      return FALSE;
    }
  return TRUE;
}

FUNC (math_log)
{
  double num, den;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "math.log() takes no keyword arguments");
  if (argc < 1 || argc > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "math.log requires 1 to 2 arguments");
  if (!log_of (vm, argv[0], log, &num))
    return YS_NULL;
  if (argc == 1)
    return ys_float_new (vm, num);
  if (!log_of (vm, argv[1], log, &den))
    return YS_NULL;
  if (den == 0.0)
    return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "float division by zero");
  return ys_float_new (vm, num / den);
}

/* log2 and log10, on big ints as log does. */
static YsValue
log_1 (YsVM          *vm,
       const char    *name,
       int            argc,
       const YsValue *argv,
       YsValue        kwnames,
       double         (*f) (double))
{
  double r;

  if (!ys_args_check (vm, name, argc, kwnames, 1, 1) || !log_of (vm, argv[0], f, &r))
    return YS_NULL;
  return ys_float_new (vm, r);
}

FUNC (math_log2)
{
  return log_1 (vm, "math.log2", argc, argv, kwnames, log2);
}

FUNC (math_log10)
{
  return log_1 (vm, "math.log10", argc, argv, kwnames, log10);
}

/* floor, ceil, trunc: ints stay as they are; floats become exact ints. */

static YsValue
rounding (YsVM          *vm,
          const char    *name,
          const char    *special,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames,
          double         (*f) (double))
{
  YsValue v, method;
  double x;

  if (!ys_args_check (vm, name, argc, kwnames, 1, 1))
    return YS_NULL;
  v = argv[0];
  if (ys_is_int (vm, v))
    return ys_int_index (vm, v, NULL);
  if (ys_kind (vm, v) == YS_KIND_FLOAT)
    return int_from_double (vm, f (ys_float_get (v)));
  method = class_special (vm, v, special);
  if (method != YS_NULL)
    return call_special (vm, method, v);
  if (f == trunc)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "type %s doesn't define __trunc__ method", ys_type_name_of (vm, v));
  if (!ys_number_to_double (vm, v, &x))
    return YS_NULL;
  return int_from_double (vm, f (x));
}

FUNC (math_floor)
{
  return rounding (vm, "math.floor", "__floor__", argc, argv, kwnames, floor);
}

FUNC (math_ceil)
{
  return rounding (vm, "math.ceil", "__ceil__", argc, argv, kwnames, ceil);
}

FUNC (math_trunc)
{
  return rounding (vm, "math.trunc", "__trunc__", argc, argv, kwnames, trunc);
}

/* Integer functions */

/* operator.index (): an int, or what a class's __index__ gives. */
static gboolean
index_mpz (YsVM    *vm,
           YsValue  v,
           mpz_ptr  out)
{
  YsValue i, method;

  if (ys_is_int (vm, v))
    {
      ys_int_to_mpz (v, out);
      return TRUE;
    }
  method = class_special (vm, v, "__index__");
  if (method == YS_NULL)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", ys_type_name_of (vm, v));
      return FALSE;
    }
  i = call_special (vm, method, v);
  if (i == YS_NULL)
    return FALSE;
  if (!ys_is_int (vm, i))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "__index__ returned non-int (type %s)", ys_type_name_of (vm, i));
      ys_decref (vm, i);
      return FALSE;
    }
  ys_int_to_mpz (i, out);
  ys_decref (vm, i);
  return TRUE;
}

static YsValue
int_steal_mpz (YsVM   *vm,
               mpz_t   z)
{
  YsValue v = ys_int_from_mpz (vm, z);

  mpz_clear (z);
  return v;
}

FUNC (math_factorial)
{
  mpz_t n;

  if (!ys_args_check (vm, "math.factorial", argc, kwnames, 1, 1))
    return YS_NULL;
  mpz_init (n);
  if (!index_mpz (vm, argv[0], n))
    {
      mpz_clear (n);
      return YS_NULL;
    }
  if (mpz_sgn (n) < 0)
    {
      mpz_clear (n);
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "factorial() not defined for negative values");
    }
  if (!mpz_fits_slong_p (n))
    {
      mpz_clear (n);
      return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "factorial() argument should not exceed %ld", G_MAXLONG);
    }
  mpz_fac_ui (n, mpz_get_ui (n));
  return int_steal_mpz (vm, n);
}

static YsValue
gcd_lcm (YsVM          *vm,
         const char    *name,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames,
         gboolean       lcm)
{
  mpz_t acc, x;

  if (!ys_args_no_keywords (vm, name, kwnames))
    return YS_NULL;
  mpz_init_set_ui (acc, lcm ? 1 : 0);
  mpz_init (x);
  for (int i = 0; i < argc; i++)
    {
      if (!index_mpz (vm, argv[i], x))
        {
          mpz_clears (acc, x, NULL);
          return YS_NULL;
        }
      if (lcm)
        mpz_lcm (acc, acc, x);
      else
        mpz_gcd (acc, acc, x);
    }
  mpz_clear (x);
  return int_steal_mpz (vm, acc);
}

FUNC (math_gcd)
{
  return gcd_lcm (vm, "gcd", argc, argv, kwnames, FALSE);
}

FUNC (math_lcm)
{
  return gcd_lcm (vm, "lcm", argc, argv, kwnames, TRUE);
}

FUNC (math_isqrt)
{
  mpz_t n;

  if (!ys_args_check (vm, "math.isqrt", argc, kwnames, 1, 1))
    return YS_NULL;
  mpz_init (n);
  if (!index_mpz (vm, argv[0], n))
    {
      mpz_clear (n);
      return YS_NULL;
    }
  if (mpz_sgn (n) < 0)
    {
      mpz_clear (n);
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "isqrt() argument must be nonnegative");
    }
  mpz_sqrt (n, n);
  return int_steal_mpz (vm, n);
}

/* comb (n, k) and perm (n, k=None) */
static YsValue
comb_perm (YsVM          *vm,
           const char    *name,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames,
           gboolean       comb)
{
  mpz_t n, k, r;

  if (!ys_args_check (vm, name, argc, kwnames, comb ? 2 : 1, 2))
    return YS_NULL;
  if (!comb && (argc == 1 || ys_is_none (vm, argv[1])))
    return math_factorial (vm, YS_NULL, 1, argv, YS_NULL);
  mpz_inits (n, k, r, NULL);
  if (!index_mpz (vm, argv[0], n) || !index_mpz (vm, argv[1], k))
    goto fail;
  if (mpz_sgn (n) < 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "n must be a non-negative integer");
      goto fail;
    }
  if (mpz_sgn (k) < 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "k must be a non-negative integer");
      goto fail;
    }
  if (mpz_cmp (k, n) > 0)
    mpz_set_ui (r, 0);
  else if (comb)
    {
      mpz_sub (r, n, k);
      if (mpz_cmp (r, k) < 0)
        mpz_set (k, r);
      if (!mpz_fits_slong_p (k))
        {
          ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "min(n - k, k) must not exceed %ld", G_MAXLONG);
          goto fail;
        }
      mpz_bin_ui (r, n, mpz_get_ui (k));
    }
  else
    {
      gulong kk;
      if (!mpz_fits_slong_p (k))
        {
          ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "k must not exceed %ld", G_MAXLONG);
          goto fail;
        }
      kk = mpz_get_ui (k);
      mpz_set_ui (r, 1);
      /* n! / (n - k)!: the product of k factors from n down. */
      for (gulong i = 0; i < kk; i++)
        {
          mpz_mul (r, r, n);
          mpz_sub_ui (n, n, 1);
        }
    }
  mpz_clears (n, k, NULL);
  return int_steal_mpz (vm, r);

fail:
  mpz_clears (n, k, r, NULL);
  return YS_NULL;
}

FUNC (math_comb)
{
  return comb_perm (vm, "comb", argc, argv, kwnames, TRUE);
}

FUNC (math_perm)
{
  return comb_perm (vm, "perm", argc, argv, kwnames, FALSE);
}

/* prod (iterable, /, *, start=1) */
FUNC (math_prod)
{
  YsValue start = ys_small (1), it, acc, item;
  int nkw = ys_kw_count (kwnames);

  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      if (!g_str_equal (kw, "start"))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for prod()", kw);
      start = argv[argc + k];
    }
  if (argc > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "prod() takes exactly 1 positional argument (%d given)", argc);
  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "prod() missing required argument 'iterable' (pos 1)");
  it = ys_iter (vm, argv[0]);
  if (it == YS_NULL)
    return YS_NULL;
  acc = ys_ref (start);
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      YsValue next = ys_binary_op (vm, YS_BIN_MUL, acc, item);
      ys_decref (vm, acc);
      ys_decref (vm, item);
      acc = next;
      if (next == YS_NULL)
        break;
    }
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      ys_xdecref (vm, acc);
      return YS_NULL;
    }
  return acc;
}

/* fsum: the partials of Shewchuk's algorithm hold the exact sum, non-overlapping and
 * in increasing magnitude; the result is their sum rounded once. */
FUNC (math_fsum)
{
  GArray *partials;
  double special_sum = 0.0, inf_sum = 0.0, hi = 0.0, *p;
  gsize n;
  YsValue it, item;

  if (!ys_args_check (vm, "math.fsum", argc, kwnames, 1, 1))
    return YS_NULL;
  it = ys_iter (vm, argv[0]);
  if (it == YS_NULL)
    return YS_NULL;
  partials = g_array_new (FALSE, FALSE, sizeof (double));
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      double x, xsave;
      gsize i = 0;
      gboolean ok = ys_number_to_double (vm, item, &x);
      ys_decref (vm, item);
      if (!ok)
        break;
      xsave = x;
      p = (double *) partials->data;
      for (gsize j = 0; j < partials->len; j++)
        {
          double y = p[j], h, lo;
          if (fabs (x) < fabs (y))
            {
              double t = x;
              x = y;
              y = t;
            }
          h = x + y;
          lo = y - (h - x);
          if (lo != 0.0)
            p[i++] = lo;
          x = h;
        }
      g_array_set_size (partials, i);
      if (x != 0.0)
        {
          if (!isfinite (x))
            {
              /* Either an infinity or NaN among the values, or an overflow. */
              if (isfinite (xsave))
                {
                  ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "intermediate overflow in fsum");
                  break;
                }
              if (isinf (xsave))
                inf_sum += xsave;
              special_sum += xsave;
              g_array_set_size (partials, 0);
            }
          else
            g_array_append_val (partials, x);
        }
    }
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      g_array_free (partials, TRUE);
      return YS_NULL;
    }
  if (special_sum != 0.0)
    {
      g_array_free (partials, TRUE);
      if (isnan (inf_sum))
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "-inf + inf in fsum");
      return ys_float_new (vm, special_sum);
    }
  p = (double *) partials->data;
  n = partials->len;
  if (n > 0)
    {
      double lo = 0.0;
      hi = p[--n];
      /* From the top down while the sum stays exact. */
      while (n > 0)
        {
          double x = hi, y = p[--n], yr;
          hi = x + y;
          yr = hi - x;
          lo = y - yr;
          if (lo != 0.0)
            break;
        }
      /* Half-even rounding across partials: the rest may tip a tie. */
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
        {
          double y = lo * 2.0, x = hi + y, yr = x - hi;
          if (y == yr)
            hi = x;
        }
    }
  g_array_free (partials, TRUE);
  return ys_float_new (vm, hi);
}

/* The correctly rounded Euclidean norm of finite values, through exact integers. */
static double
exact_norm (const double *x,
            gsize         n)
{
  long emin = G_MAXLONG;
  mpz_t sum, m, q, rem;
  gsize bits, drop;
  long t = 0;
  double r;
  gboolean half, sticky;

  for (gsize i = 0; i < n; i++)
    if (x[i] != 0.0)
      {
        int e;
        frexp (x[i], &e);
        emin = MIN (emin, (long) e - 53);
      }
  if (emin == G_MAXLONG)
    return 0.0;
  mpz_inits (sum, m, q, rem, NULL);
  for (gsize i = 0; i < n; i++)
    if (x[i] != 0.0)
      {
        int e;
        double f = frexp (fabs (x[i]), &e);
        mpz_set_d (m, ldexp (f, 53));
        mpz_mul (m, m, m);
        mpz_mul_2exp (m, m, (mp_bitcnt_t) (2 * ((long) e - 53 - emin)));
        mpz_add (sum, sum, m);
      }
  /* Enough bits that the root has 53 and two more to round with. */
  bits = mpz_sizeinbase (sum, 2);
  if (bits < 112)
    {
      t = (long) (112 - bits) / 2 + 1;
      mpz_mul_2exp (sum, sum, (mp_bitcnt_t) (2 * t));
    }
  mpz_sqrtrem (q, rem, sum);
  drop = mpz_sizeinbase (q, 2) - 53;
  half = mpz_tstbit (q, drop - 1);
  sticky = mpz_sgn (rem) != 0 || mpz_scan1 (q, 0) < drop - 1;
  mpz_tdiv_q_2exp (q, q, drop);
  if (half && (sticky || mpz_odd_p (q)))
    mpz_add_ui (q, q, 1);
  r = ldexp (mpz_get_d (q), (int) ((long) drop + emin - t));
  mpz_clears (sum, m, q, rem, NULL);
  return r;
}

/* The norm with CPython's rules for infinities and NaNs. */
static YsValue
norm (YsVM         *vm,
      const double *x,
      gsize         n)
{
  gboolean found_nan = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (isinf (x[i]))
        return ys_float_new (vm, INFINITY);
      found_nan |= isnan (x[i]);
    }
  if (found_nan)
    return ys_float_new (vm, NAN);
  return ys_float_new (vm, exact_norm (x, n));
}

FUNC (math_hypot)
{
  double *x;
  YsValue r;

  if (!ys_args_no_keywords (vm, "hypot", kwnames))
    return YS_NULL;
  x = g_new (double, MAX (argc, 1));
  for (int i = 0; i < argc; i++)
    if (!ys_number_to_double (vm, argv[i], &x[i]))
      {
        g_free (x);
        return YS_NULL;
      }
  r = norm (vm, x, (gsize) argc);
  g_free (x);
  return r;
}

FUNC (math_dist)
{
  YsValue p, q, r = YS_NULL;
  double *x = NULL;
  gsize n;

  if (!ys_args_check (vm, "dist", argc, kwnames, 2, 2))
    return YS_NULL;
  p = ys_kind (vm, argv[0]) == YS_KIND_TUPLE ? ys_ref (argv[0]) : ys_sequence_to_tuple (vm, argv[0]);
  if (p == YS_NULL)
    return YS_NULL;
  q = ys_kind (vm, argv[1]) == YS_KIND_TUPLE ? ys_ref (argv[1]) : ys_sequence_to_tuple (vm, argv[1]);
  if (q == YS_NULL)
    {
      ys_decref (vm, p);
      return YS_NULL;
    }
  n = ys_tuple_len (p);
  if (n != ys_tuple_len (q))
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "both points must have the same number of dimensions");
      goto out;
    }
  x = g_new (double, MAX (n, 1));
  for (gsize i = 0; i < n; i++)
    {
      double a, b;
      if (!ys_number_to_double (vm, ys_tuple_get (p, i), &a) || !ys_number_to_double (vm, ys_tuple_get (q, i), &b))
        goto out;
      x[i] = fabs (a - b);
    }
  r = norm (vm, x, n);

out:
  g_free (x);
  ys_decref (vm, p);
  ys_decref (vm, q);
  return r;
}

/* Two-argument float functions */

static gboolean
two_doubles (YsVM          *vm,
             const char    *name,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames,
             double        *x,
             double        *y)
{
  return ys_args_check (vm, name, argc, kwnames, 2, 2) && ys_number_to_double (vm, argv[0], x) &&
         ys_number_to_double (vm, argv[1], y);
}

FUNC (math_pow)
{
  double x, y, r;

  if (!two_doubles (vm, "pow", argc, argv, kwnames, &x, &y))
    return YS_NULL;
  r = pow (x, y);
  if (isfinite (x) && isfinite (y) && !isfinite (r))
    {
      if (isnan (r) || x == 0.0)
        return domain_error (vm);
      return range_error (vm);
    }
  return ys_float_new (vm, r);
}

FUNC (math_atan2)
{
  double y, x;

  if (!two_doubles (vm, "atan2", argc, argv, kwnames, &y, &x))
    return YS_NULL;
  return ys_float_new (vm, atan2 (y, x));
}

FUNC (math_copysign)
{
  double x, y;

  if (!two_doubles (vm, "copysign", argc, argv, kwnames, &x, &y))
    return YS_NULL;
  return ys_float_new (vm, copysign (x, y));
}

FUNC (math_fmod)
{
  double x, y, r;

  if (!two_doubles (vm, "fmod", argc, argv, kwnames, &x, &y))
    return YS_NULL;
  if (isinf (y) && isfinite (x))
    return ys_float_new (vm, x);
  r = fmod (x, y);
  if (isnan (r) && !isnan (x) && !isnan (y))
    return domain_error (vm);
  return ys_float_new (vm, r);
}

FUNC (math_nextafter)
{
  double x, y;

  if (!two_doubles (vm, "nextafter", argc, argv, kwnames, &x, &y))
    return YS_NULL;
  return ys_float_new (vm, nextafter (x, y));
}

FUNC (math_ulp)
{
  double x, x2;

  if (!ys_args_check (vm, "math.ulp", argc, kwnames, 1, 1) || !ys_number_to_double (vm, argv[0], &x))
    return YS_NULL;
  if (isnan (x))
    return ys_float_new (vm, x);
  x = fabs (x);
  if (isinf (x))
    return ys_float_new (vm, x);
  x2 = nextafter (x, INFINITY);
  if (isinf (x2))
    return ys_float_new (vm, x - nextafter (x, -INFINITY));
  return ys_float_new (vm, x2 - x);
}

FUNC (math_modf)
{
  double x, i, f;

  if (!ys_args_check (vm, "math.modf", argc, kwnames, 1, 1) || !ys_number_to_double (vm, argv[0], &x))
    return YS_NULL;
  if (isinf (x))
    return ys_tuple_pack (vm, 2, ys_float_new (vm, copysign (0.0, x)), ys_float_new (vm, x));
  f = modf (x, &i);
  return ys_tuple_pack (vm, 2, ys_float_new (vm, f), ys_float_new (vm, i));
}

FUNC (math_frexp)
{
  double x, m;
  int e = 0;

  if (!ys_args_check (vm, "math.frexp", argc, kwnames, 1, 1) || !ys_number_to_double (vm, argv[0], &x))
    return YS_NULL;
  if (isnan (x) || isinf (x) || x == 0.0)
    m = x;
  else
    m = frexp (x, &e);
  return ys_tuple_pack (vm, 2, ys_float_new (vm, m), ys_small (e));
}

FUNC (math_ldexp)
{
  double x, r;
  gint64 e;

  if (!ys_args_check (vm, "ldexp", argc, kwnames, 2, 2) || !ys_number_to_double (vm, argv[0], &x))
    return YS_NULL;
  if (!ys_is_int (vm, argv[1]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "Expected an int as second argument to ldexp.");
  if (!ys_int_to_i64 (vm, argv[1], &e))
    {
      mpz_t z;
      mpz_init (z);
      ys_int_to_mpz (argv[1], z);
      e = mpz_sgn (z) > 0 ? G_MAXINT64 : G_MININT64;
      mpz_clear (z);
    }
  if (x == 0.0 || !isfinite (x))
    r = x;
  else if (e > G_MAXINT)
    return range_error (vm);
  else if (e < G_MININT)
    r = copysign (0.0, x);
  else
    {
      r = ldexp (x, (int) e);
      if (isinf (r))
        return range_error (vm);
    }
  return ys_float_new (vm, r);
}

/* isclose (a, b, *, rel_tol=1e-09, abs_tol=0.0) */
FUNC (math_isclose)
{
  static const char *const names[] = { "a", "b", "rel_tol", "abs_tol" };
  YsValue args[4];
  double a, b, rel_tol = 1e-09, abs_tol = 0.0, diff;

  if (!ys_args_bind (vm, "isclose", names, 4, 0, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  if (!ys_number_to_double (vm, args[0], &a) || !ys_number_to_double (vm, args[1], &b) ||
      (args[2] != YS_NULL && !ys_number_to_double (vm, args[2], &rel_tol)) ||
      (args[3] != YS_NULL && !ys_number_to_double (vm, args[3], &abs_tol)))
    return YS_NULL;
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "tolerances must be non-negative");
  if (a == b)
    return ys_bool (vm, TRUE);
  if (isinf (a) || isinf (b))
    return ys_bool (vm, FALSE);
  diff = fabs (b - a);
  return ys_bool (vm, (diff <= fabs (rel_tol * b) || diff <= fabs (rel_tol * a)) || diff <= abs_tol);
}

static YsValue
classify (YsVM          *vm,
          const char    *name,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames,
          int            which)
{
  double x;

  if (!ys_args_check (vm, name, argc, kwnames, 1, 1) || !ys_number_to_double (vm, argv[0], &x))
    return YS_NULL;
  return ys_bool (vm, which == 0 ? isfinite (x) : which == 1 ? isinf (x) : isnan (x));
}

FUNC (math_isfinite)
{
  return classify (vm, "math.isfinite", argc, argv, kwnames, 0);
}

FUNC (math_isinf)
{
  return classify (vm, "math.isinf", argc, argv, kwnames, 1);
}

FUNC (math_isnan)
{
  return classify (vm, "math.isnan", argc, argv, kwnames, 2);
}

YsValue
ys_module_math (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "sqrt", math_sqrt }, { "exp", math_exp }, { "exp2", math_exp2 }, { "expm1", math_expm1 },
    { "log", math_log }, { "log2", math_log2 }, { "log10", math_log10 }, { "log1p", math_log1p },
    { "sin", math_sin }, { "cos", math_cos }, { "tan", math_tan }, { "asin", math_asin },
    { "acos", math_acos }, { "atan", math_atan }, { "atan2", math_atan2 }, { "sinh", math_sinh },
    { "cosh", math_cosh }, { "tanh", math_tanh }, { "asinh", math_asinh }, { "acosh", math_acosh },
    { "atanh", math_atanh }, { "erf", math_erf }, { "erfc", math_erfc }, { "fabs", math_fabs },
    { "cbrt", math_cbrt }, { "degrees", math_degrees }, { "radians", math_radians },
    { "floor", math_floor }, { "ceil", math_ceil }, { "trunc", math_trunc },
    { "factorial", math_factorial }, { "gcd", math_gcd }, { "lcm", math_lcm }, { "isqrt", math_isqrt },
    { "comb", math_comb }, { "perm", math_perm }, { "prod", math_prod }, { "fsum", math_fsum },
    { "hypot", math_hypot }, { "dist", math_dist }, { "pow", math_pow }, { "copysign", math_copysign },
    { "fmod", math_fmod }, { "modf", math_modf }, { "frexp", math_frexp }, { "ldexp", math_ldexp },
    { "nextafter", math_nextafter }, { "ulp", math_ulp }, { "isclose", math_isclose },
    { "isfinite", math_isfinite }, { "isinf", math_isinf }, { "isnan", math_isnan },
    { NULL, NULL }
  };
  static const struct { const char *name; double value; } constants[] = {
    { "pi", G_PI }, { "e", G_E }, { "tau", 2 * G_PI }, { "inf", INFINITY }, { "nan", NAN },
  };
  YsValue module = ys_module_new (vm, "math");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add_functions (vm, module, functions);
  for (gsize i = 0; i < G_N_ELEMENTS (constants); i++)
    {
      YsValue f = ys_float_new (vm, constants[i].value);
      ys_module_add (vm, module, constants[i].name, f);
      ys_decref (vm, f);
    }
  return module;
}
