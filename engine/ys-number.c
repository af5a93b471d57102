/* SPDX-License-Identifier: GPL-3.0-or-later */
/* int (tagged small ints, GMP beyond 62 bits), bool and float. */
#include "ys-runtime.h"
#include "ys-ast.h"
#include "ys-format.h"
#include "ys-opcodes.h"

#include <math.h>
#include <string.h>

#define HASH_BITS 61
#define HASH_MODULUS (((guint64) 1 << HASH_BITS) - 1)

/* Auxiliary methods */

static YsValue
int_alloc (YsVM *vm)
{
  YsInt *i = (YsInt *) ys_alloc (vm, vm->types[YS_KIND_INT], sizeof (YsInt));

  if (i == NULL)
    return YS_NULL;
  mpz_init (i->value);
  return ys_val (i);
}

static void
int_dealloc (YsVM     *vm,
             YsObject *obj)
{
  YsInt *i = (YsInt *) obj;

  ys_mem_account (vm, YS_KIND_INT, -(gssize) (i->value->_mp_alloc * sizeof (mp_limb_t)));
  mpz_clear (i->value);
  ys_free_object (vm, obj);
}

/* Takes an initialized mpz into a value: small when it fits. */
static YsValue
int_from_mpz_steal (YsVM   *vm,
                    mpz_t   z)
{
  YsValue v;

  if (mpz_fits_slong_p (z))
    {
      long l = mpz_get_si (z);
      if (l >= YS_SMALL_MIN && l <= YS_SMALL_MAX)
        {
          mpz_clear (z);
          return ys_small (l);
        }
    }
  v = int_alloc (vm);
  if (v == YS_NULL)
    {
      mpz_clear (z);
      return YS_NULL;
    }
  mpz_swap (((YsInt *) ys_obj (v))->value, z);
  mpz_clear (z);
  /* The limbs belong to the int now: count them. */
  ys_mem_account (vm, YS_KIND_INT, (gssize) (((YsInt *) ys_obj (v))->value->_mp_alloc * sizeof (mp_limb_t)));
  return v;
}

YsValue
ys_int_from_mpz (YsVM       *vm,
                 mpz_srcptr  z)
{
  mpz_t copy;

  mpz_init_set (copy, z);
  return int_from_mpz_steal (vm, copy);
}

YsValue
ys_int_from_i64 (YsVM   *vm,
                 gint64  v)
{
  mpz_t z;

  if (v >= YS_SMALL_MIN && v <= YS_SMALL_MAX)
    return ys_small ((intptr_t) v);
  mpz_init (z);
  mpz_set_si (z, (long) v);
  return int_from_mpz_steal (vm, z);
}

gboolean
ys_is_int (YsVM    *vm,
           YsValue  v)
{
  YsKind kind = ys_kind (vm, v);

  return kind == YS_KIND_INT || kind == YS_KIND_BOOL;
}

/* Reads an int or a bool as a small value when it is one. */
static inline gboolean
small_value (YsVM     *vm,
             YsValue   v,
             intptr_t *out)
{
  if (ys_is_small (v))
    {
      *out = ys_small_get (v);
      return TRUE;
    }
  if (v == ys_val (vm->true_obj) || v == ys_val (vm->false_obj))
    {
      *out = v == ys_val (vm->true_obj);
      return TRUE;
    }
  return FALSE;
}

void
ys_int_to_mpz (YsValue  v,
               mpz_ptr  out)
{
  if (ys_is_small (v))
    mpz_set_si (out, (long) ys_small_get (v));
  else if (ys_obj (v)->type->kind == YS_KIND_BOOL)
    mpz_set_si (out, ((YsInt *) ys_obj (v))->value->_mp_size != 0);
  else
    mpz_set (out, ((YsInt *) ys_obj (v))->value);
}

gboolean
ys_int_to_i64 (YsVM    *vm,
               YsValue  v,
               gint64  *out)
{
  intptr_t s;

  if (small_value (vm, v, &s))
    {
      *out = s;
      return TRUE;
    }
  if (mpz_fits_slong_p (((YsInt *) ys_obj (v))->value))
    {
      *out = mpz_get_si (((YsInt *) ys_obj (v))->value);
      return TRUE;
    }
  return FALSE;
}

gboolean
ys_index_to_ssize (YsVM    *vm,
                   YsValue  v,
                   gssize  *out)
{
  gint64 i;

  if (!ys_is_int (vm, v))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                ys_type_name_of (vm, v));
      return FALSE;
    }
  if (!ys_int_to_i64 (vm, v, &i))
    {
      ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
      return FALSE;
    }
  *out = (gssize) i;
  return TRUE;
}

YsValue
ys_int_index (YsVM       *vm,
              YsValue     v,
              const char *what)
{
  if (ys_is_small (v))
    return v;
  if (ys_kind (vm, v) == YS_KIND_BOOL)
    return ys_small (v == ys_val (vm->true_obj));
  if (ys_kind (vm, v) == YS_KIND_INT)
    return ys_ref (v);
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                   ys_type_name_of (vm, v));
}

YsValue
ys_int_from_literal (YsVM       *vm,
                     const char *text)
{
  mpz_t z;

  mpz_init (z);
  if (!ys_parse_int (text, strlen (text), 0, z))
    {
      mpz_clear (z);
      return YS_NULL;
    }
  return int_from_mpz_steal (vm, z);
}

YsValue
ys_float_new (YsVM   *vm,
              double  value)
{
  YsFloat *f = (YsFloat *) ys_alloc (vm, vm->types[YS_KIND_FLOAT], sizeof (YsFloat));

  if (f == NULL)
    return YS_NULL;
  f->value = value;
  return ys_val (f);
}

YsValue
ys_float_from_literal (YsVM       *vm,
                       const char *text)
{
  double d;

  if (!ys_parse_float (text, strlen (text), &d))
    return YS_NULL;
  return ys_float_new (vm, d);
}

static gboolean
mpz_to_double (YsVM       *vm,
               mpz_srcptr  z,
               double     *out)
{
  /* Round to nearest, ties to even, like CPython (mpz_get_d truncates). */
  size_t bits = mpz_sizeinbase (z, 2);

  if (bits <= 53)
    {
      *out = mpz_get_d (z);
      return TRUE;
    }
  if (bits > 1024)
    {
      ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "int too large to convert to float");
      return FALSE;
    }
  {
    mpz_t top, rest;
    size_t shift = bits - 54;           /* keep 54 bits: 53 and one for rounding */
    gboolean sticky;
    double d;
    int sign = mpz_sgn (z);

    mpz_init (top);
    mpz_init (rest);
    mpz_abs (top, z);
    sticky = mpz_scan1 (top, 0) < shift;
    mpz_tdiv_q_2exp (top, top, shift);
    /* top has 54 bits: round its lowest bit away. */
    if (mpz_odd_p (top) && (sticky || mpz_tstbit (top, 1)))
      mpz_add_ui (top, top, 1);
    mpz_tdiv_q_2exp (top, top, 1);
    d = ldexp (mpz_get_d (top), (int) shift + 1);
    mpz_clear (top);
    mpz_clear (rest);
    if (isinf (d))
      {
        ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "int too large to convert to float");
        return FALSE;
      }
    *out = sign < 0 ? -d : d;
    return TRUE;
  }
}

gboolean
ys_number_to_double (YsVM    *vm,
                     YsValue  v,
                     double  *out)
{
  intptr_t s;

  if (small_value (vm, v, &s))
    {
      *out = (double) s;
      return TRUE;
    }
  switch (ys_kind (vm, v))
    {
    case YS_KIND_FLOAT:
      *out = ys_float_get (v);
      return TRUE;
    case YS_KIND_INT:
      return mpz_to_double (vm, ((YsInt *) ys_obj (v))->value, out);
    case YS_KIND_INSTANCE:
      {
        /* A class with __float__ (a Fraction) converts as CPython's PyFloat_AsDouble. */
        YsValue f = ys_type_lookup (ys_type_of (vm, v), ys_str_interned (vm, "__float__")), r;
        if (f == YS_NULL || ys_is_none (vm, f))
          break;
        r = ys_call (vm, f, 1, &v, YS_NULL);
        if (r == YS_NULL)
          return FALSE;
        if (ys_kind (vm, r) != YS_KIND_FLOAT)
          {
            ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__float__ returned non-float (type %s)", ys_type_name_of (vm, v),
                      ys_type_name_of (vm, r));
            ys_decref (vm, r);
            return FALSE;
          }
        *out = ys_float_get (r);
        ys_decref (vm, r);
        return TRUE;
      }
    default:
      break;
    }
  ys_raise (vm, YS_EXC_TYPE_ERROR, "must be real number, not %s", ys_type_name_of (vm, v));
  return FALSE;
}

/* Hashes */

static gint64
hash_mpz (mpz_srcptr z)
{
  mpz_t r;
  guint64 h;
  gint64 result;

  mpz_init (r);
  mpz_tdiv_r_ui (r, z, HASH_MODULUS);
  h = mpz_get_ui (r);
  result = mpz_sgn (z) < 0 ? -(gint64) h : (gint64) h;
  mpz_clear (r);
  return result == -1 ? -2 : result;
}

static gint64
hash_double (double v)
{
  int e, sign = 1;
  double m;
  guint64 x = 0, y;

  if (isinf (v))
    return v > 0 ? 314159 : -314159;
  if (isnan (v))
    return 0;
  m = frexp (v, &e);
  if (m < 0)
    {
      sign = -1;
      m = -m;
    }
  while (m != 0.0)
    {
      x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
      m *= 268435456.0;
      e -= 28;
      y = (guint64) m;
      m -= (double) y;
      x += y;
      if (x >= HASH_MODULUS)
        x -= HASH_MODULUS;
    }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  {
    gint64 h = (gint64) x * sign;
    return h == -1 ? -2 : h;
  }
}

gint64
ys_number_hash (YsVM    *vm,
                YsValue  v)
{
  intptr_t s;

  if (small_value (vm, v, &s))
    {
      gint64 h;
      if (s >= -(intptr_t) HASH_MODULUS && s <= (intptr_t) HASH_MODULUS)
        h = (gint64) (s % (gint64) HASH_MODULUS);
      else
        h = s % (gint64) HASH_MODULUS;
      return h == -1 ? -2 : h;
    }
  if (ys_kind (vm, v) == YS_KIND_FLOAT)
    return hash_double (ys_float_get (v));
  return hash_mpz (((YsInt *) ys_obj (v))->value);
}

/* repr */

static YsValue
int_digits_error (YsVM *vm)
{
  return ys_raise (vm, YS_EXC_VALUE_ERROR,
                   "Exceeds the limit (%d digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit",
                   YS_FORMAT_INT_MAX_STR_DIGITS);
}

YsValue
ys_int_repr (YsVM    *vm,
             YsValue  v)
{
  intptr_t s;
  char buf[32];

  if (small_value (vm, v, &s))
    {
      g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, (gint64) s);
      return ys_str_new (vm, buf, -1);
    }
  {
    mpz_srcptr z = ((YsInt *) ys_obj (v))->value;
    char *text;

    /* The size in base 10 may be one too many: only the digits themselves tell. */
    if (mpz_sizeinbase (z, 10) > YS_FORMAT_INT_MAX_STR_DIGITS + 1)
      return int_digits_error (vm);
    text = mpz_get_str (NULL, 10, z);
    if (strlen (text) - (text[0] == '-') > YS_FORMAT_INT_MAX_STR_DIGITS)
      {
        g_free (text);
        return int_digits_error (vm);
      }
    return ys_str_take (vm, text);
  }
}

YsValue
ys_float_repr (YsVM    *vm,
               YsValue  v)
{
  return ys_str_take (vm, ys_format_float_repr (ys_float_get (v)));
}

/* Arithmetic */

static YsValue
float_result (YsVM   *vm,
              double  r)
{
  return ys_float_new (vm, r);
}

/* Python's floor division and modulo of floats, both from one fmod: the remainder has
 * the divisor's sign, and zeros keep the sign Python gives them. */
void
ys_float_divmod (double  a,
                 double  b,
                 double *floordiv,
                 double *mod)
{
  double m = fmod (a, b);
  double div = (a - m) / b;

  if (m != 0.0)
    {
      if ((b < 0) != (m < 0))
        {
          m += b;
          div -= 1.0;
        }
    }
  else
    m = copysign (0.0, b);
  if (div != 0.0)
    {
      double f = floor (div);
      if (div - f > 0.5)
        f += 1.0;
      div = f;
    }
  else
    div = copysign (0.0, a / b);
  *floordiv = div;
  *mod = m;
}

static YsValue
float_binary (YsVM   *vm,
              int     op,
              double  a,
              double  b)
{
  switch (op)
    {
    case YS_BIN_ADD: return float_result (vm, a + b);
    case YS_BIN_SUB: return float_result (vm, a - b);
    case YS_BIN_MUL: return float_result (vm, a * b);
    case YS_BIN_TRUEDIV:
      if (b == 0.0)
        return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "float division by zero");
      return float_result (vm, a / b);
    case YS_BIN_FLOORDIV:
    case YS_BIN_MOD:
      {
        double div, mod;
        if (b == 0.0)
          return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR,
                           op == YS_BIN_MOD ? "float modulo" : "float floor division by zero");
        ys_float_divmod (a, b, &div, &mod);
        return float_result (vm, op == YS_BIN_MOD ? mod : div);
      }
    case YS_BIN_POW:
      {
        double r;
        if (a == 0.0 && b < 0.0)
          return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        if (a < 0.0 && b != floor (b) && isfinite (b))
          return ys_raise (vm, YS_EXC_VALUE_ERROR,
                           "a negative number raised to a fractional power is a complex number, "
                           "which Yieldscope does not support");
        r = pow (a, b);
        if (isinf (r) && isfinite (a) && isfinite (b))
          return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        return float_result (vm, r);
      }
    default:
      return ys_notimpl (vm);
    }
}

static YsValue
mpz_binary (YsVM    *vm,
            int      op,
            YsValue  va,
            YsValue  vb)
{
  mpz_t a, b, r;
  YsValue result;

  if (op == YS_BIN_ADD || op == YS_BIN_SUB || op == YS_BIN_MUL)
    {
      /* The common case of big-int arithmetic: read big operands in place. */
      mpz_t ta, tb;
      mpz_srcptr pa, pb;
      gboolean big_a = !ys_is_small (va) && ys_obj (va)->type->kind == YS_KIND_INT;
      gboolean big_b = !ys_is_small (vb) && ys_obj (vb)->type->kind == YS_KIND_INT;
      if (big_a)
        pa = ((YsInt *) ys_obj (va))->value;
      else
        {
          mpz_init (ta);
          ys_int_to_mpz (va, ta);
          pa = ta;
        }
      if (big_b)
        pb = ((YsInt *) ys_obj (vb))->value;
      else
        {
          mpz_init (tb);
          ys_int_to_mpz (vb, tb);
          pb = tb;
        }
      mpz_init (r);
      if (op == YS_BIN_ADD)
        mpz_add (r, pa, pb);
      else if (op == YS_BIN_SUB)
        mpz_sub (r, pa, pb);
      else
        mpz_mul (r, pa, pb);
      if (!big_a)
        mpz_clear (ta);
      if (!big_b)
        mpz_clear (tb);
      return int_from_mpz_steal (vm, r);
    }

  mpz_init (a);
  mpz_init (b);
  mpz_init (r);
  ys_int_to_mpz (va, a);
  ys_int_to_mpz (vb, b);

  switch (op)
    {
    case YS_BIN_ADD: mpz_add (r, a, b); break;
    case YS_BIN_SUB: mpz_sub (r, a, b); break;
    case YS_BIN_MUL: mpz_mul (r, a, b); break;
    case YS_BIN_FLOORDIV:
    case YS_BIN_MOD:
      if (mpz_sgn (b) == 0)
        {
          mpz_clears (a, b, r, NULL);
          return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR,
                           op == YS_BIN_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        }
      if (op == YS_BIN_FLOORDIV)
        mpz_fdiv_q (r, a, b);
      else
        mpz_fdiv_r (r, a, b);
      break;
    case YS_BIN_TRUEDIV:
      {
        double da, db;
        if (mpz_sgn (b) == 0)
          {
            mpz_clears (a, b, r, NULL);
            return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "division by zero");
          }
        if (mpz_sgn (a) == 0)
          {
            /* 0 / -n is -0.0, as the signs say. */
            gboolean negative = mpz_sgn (b) < 0;
            mpz_clears (a, b, r, NULL);
            return ys_float_new (vm, negative ? -0.0 : 0.0);
          }
        if (mpz_sizeinbase (a, 2) <= 53 && mpz_sizeinbase (b, 2) <= 53)
          {
            da = mpz_get_d (a);
            db = mpz_get_d (b);
            mpz_clears (a, b, r, NULL);
            return ys_float_new (vm, da / db);
          }
        {
          /* Exact quotient rounded once: scale so the quotient has 55+ bits. */
          mpq_t q;
          mpz_t num, quo, rem;
          long shift;
          double d;
          gboolean ok;
          gboolean negative = (mpz_sgn (a) < 0) != (mpz_sgn (b) < 0);
          mpz_inits (num, quo, rem, NULL);
          mpq_init (q);
          /* Rounding works on magnitudes; the sign comes last. */
          mpz_abs (a, a);
          mpz_abs (b, b);
          shift = 55 - ((long) mpz_sizeinbase (a, 2) - (long) mpz_sizeinbase (b, 2));
          if (shift < 0)
            shift = 0;
          mpz_mul_2exp (num, a, (mp_bitcnt_t) shift);
          mpz_tdiv_qr (quo, rem, num, b);
          if (mpz_sgn (rem) != 0)
            {
              /* A sticky bit below the rounding point stands for the remainder. */
              mpz_mul_2exp (quo, quo, 1);
              mpz_setbit (quo, 0);
              shift++;
            }
          ok = mpz_to_double (vm, quo, &d);
          mpq_clear (q);
          mpz_clears (num, quo, rem, a, b, r, NULL);
          if (!ok)
            {
              ys_exc_clear (vm);
              return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "integer division result too large for a float");
            }
          d = ldexp (d, (int) -shift);
          return ys_float_new (vm, negative ? -d : d);
        }
      }
    case YS_BIN_POW:
      if (mpz_sgn (b) < 0)
        {
          double da, db;
          gboolean ok = mpz_to_double (vm, a, &da) && mpz_to_double (vm, b, &db);
          mpz_clears (a, b, r, NULL);
          if (!ok)
            return YS_NULL;
          return float_binary (vm, YS_BIN_POW, da, db);
        }
      if (mpz_cmpabs_ui (a, 1) <= 0)
        {
          /* 0, 1 and -1 to any power: no need to compute it. */
          if (mpz_sgn (a) == 0)
            mpz_set_ui (r, mpz_sgn (b) == 0 ? 1 : 0);
          else if (mpz_sgn (a) > 0 || mpz_even_p (b))
            mpz_set_ui (r, 1);
          else
            mpz_set_si (r, -1);
          break;
        }
      if (!mpz_fits_ulong_p (b) ||
          (mpz_cmpabs_ui (a, 1) > 0 && mpz_get_ui (b) > 64 * 1024 * 1024 / mpz_sizeinbase (a, 2)))
        {
          mpz_clears (a, b, r, NULL);
          return ys_raise (vm, YS_EXC_MEMORY_ERROR, "the result of ** is too large");
        }
      mpz_pow_ui (r, a, mpz_get_ui (b));
      break;
    case YS_BIN_LSHIFT:
    case YS_BIN_RSHIFT:
      if (mpz_sgn (b) < 0)
        {
          mpz_clears (a, b, r, NULL);
          return ys_raise (vm, YS_EXC_VALUE_ERROR, "negative shift count");
        }
      if (op == YS_BIN_RSHIFT)
        {
          if (!mpz_fits_ulong_p (b))
            mpz_set_si (r, mpz_sgn (a) < 0 ? -1 : 0);
          else
            mpz_fdiv_q_2exp (r, a, mpz_get_ui (b));
        }
      else
        {
          if (!mpz_fits_ulong_p (b) || mpz_get_ui (b) > (1ul << 28))
            {
              if (mpz_sgn (a) == 0)
                break;
              mpz_clears (a, b, r, NULL);
              return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "too many digits in integer");
            }
          mpz_mul_2exp (r, a, mpz_get_ui (b));
        }
      break;
    case YS_BIN_AND: mpz_and (r, a, b); break;
    case YS_BIN_OR: mpz_ior (r, a, b); break;
    case YS_BIN_XOR: mpz_xor (r, a, b); break;
    default:
      mpz_clears (a, b, r, NULL);
      return ys_notimpl (vm);
    }
  mpz_clears (a, b, NULL);
  result = int_from_mpz_steal (vm, r);
  return result;
}

static YsValue
small_binary (YsVM     *vm,
              int       op,
              intptr_t  a,
              intptr_t  b,
              YsValue   va,
              YsValue   vb)
{
  intptr_t r;

  switch (op)
    {
    case YS_BIN_ADD:
      r = a + b;    /* 62-bit operands cannot overflow a 64-bit sum */
      if (r >= YS_SMALL_MIN && r <= YS_SMALL_MAX)
        return ys_small (r);
      break;
    case YS_BIN_SUB:
      r = a - b;
      if (r >= YS_SMALL_MIN && r <= YS_SMALL_MAX)
        return ys_small (r);
      break;
    case YS_BIN_MUL:
      if (!__builtin_mul_overflow (a, b, &r) && r >= YS_SMALL_MIN && r <= YS_SMALL_MAX)
        return ys_small (r);
      break;
    case YS_BIN_FLOORDIV:
    case YS_BIN_MOD:
      if (b == 0)
        return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR,
                         op == YS_BIN_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
      {
        intptr_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0)))
          {
            q -= 1;
            m += b;
          }
        r = op == YS_BIN_FLOORDIV ? q : m;
        if (r >= YS_SMALL_MIN && r <= YS_SMALL_MAX)
          return ys_small (r);
      }
      break;
    case YS_BIN_TRUEDIV:
      if (b == 0)
        return ys_raise (vm, YS_EXC_ZERO_DIVISION_ERROR, "division by zero");
      if (a > -(1LL << 53) && a < (1LL << 53) && b > -(1LL << 53) && b < (1LL << 53))
        return ys_float_new (vm, (double) a / (double) b);
      break;
    case YS_BIN_AND: return ys_small (a & b);
    case YS_BIN_OR: return ys_small (a | b);
    case YS_BIN_XOR: return ys_small (a ^ b);
    case YS_BIN_RSHIFT:
      if (b < 0)
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "negative shift count");
      return ys_small (b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case YS_BIN_LSHIFT:
      if (b < 0)
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "negative shift count");
      /* A multiplication, since shifting a negative value left is undefined in C. */
      if (b < 62 && !__builtin_mul_overflow (a, (intptr_t) 1 << b, &r) &&
          r >= YS_SMALL_MIN && r <= YS_SMALL_MAX)
        return ys_small (r);
      break;
    case YS_BIN_POW:
      if (b >= 0 && b < 64)
        {
          intptr_t base = a, result = 1, e = b;
          gboolean overflow = FALSE;
          while (e > 0 && !overflow)
            {
              if (e & 1)
                overflow |= __builtin_mul_overflow (result, base, &result);
              e >>= 1;
              if (e > 0)
                overflow |= __builtin_mul_overflow (base, base, &base);
            }
          if (!overflow && result >= YS_SMALL_MIN && result <= YS_SMALL_MAX)
            return ys_small (result);
        }
      break;
    case YS_BIN_MATMUL:
      return ys_notimpl (vm);
    default:
      break;
    }
  return mpz_binary (vm, op, va, vb);
}

YsValue
ys_number_binary (YsVM    *vm,
                  int      op,
                  YsValue  a,
                  YsValue  b)
{
  intptr_t sa, sb;
  YsKind ka, kb;
  double da, db;

  if (small_value (vm, a, &sa) && small_value (vm, b, &sb))
    {
      /* bool & | ^ bool stays a bool. */
      if ((op == YS_BIN_AND || op == YS_BIN_OR || op == YS_BIN_XOR) &&
          ys_kind (vm, a) == YS_KIND_BOOL && ys_kind (vm, b) == YS_KIND_BOOL)
        return ys_bool (vm, op == YS_BIN_AND ? sa & sb : op == YS_BIN_OR ? sa | sb : sa ^ sb);
      return small_binary (vm, op, sa, sb, ys_small (sa), ys_small (sb));
    }
  ka = ys_kind (vm, a);
  kb = ys_kind (vm, b);
  if ((ka != YS_KIND_INT && ka != YS_KIND_BOOL && ka != YS_KIND_FLOAT) ||
      (kb != YS_KIND_INT && kb != YS_KIND_BOOL && kb != YS_KIND_FLOAT))
    return ys_notimpl (vm);
  if (ka != YS_KIND_FLOAT && kb != YS_KIND_FLOAT)
    {
      if (op == YS_BIN_MATMUL)
        return ys_notimpl (vm);
      return mpz_binary (vm, op, a, b);
    }
  if (op >= YS_BIN_LSHIFT && op <= YS_BIN_XOR)
    return ys_notimpl (vm);
  if (op == YS_BIN_MATMUL)
    return ys_notimpl (vm);
  if (!ys_number_to_double (vm, a, &da) || !ys_number_to_double (vm, b, &db))
    return YS_NULL;
  return float_binary (vm, op, da, db);
}

YsValue
ys_number_unary (YsVM    *vm,
                 int      opcode,
                 YsValue  v)
{
  intptr_t s;

  if (small_value (vm, v, &s))
    {
      switch (opcode)
        {
        case YS_OP_UNARY_NEG:
          return ys_int_from_i64 (vm, -(gint64) s);
        case YS_OP_UNARY_POS:
          return ys_small (s);
        default:
          return ys_small (~s);
        }
    }
  if (ys_kind (vm, v) == YS_KIND_FLOAT)
    {
      switch (opcode)
        {
        case YS_OP_UNARY_NEG:
          return ys_float_new (vm, -ys_float_get (v));
        case YS_OP_UNARY_POS:
          return ys_ref (v);
        default:
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "bad operand type for unary ~: 'float'");
        }
    }
  {
    mpz_t r;
    mpz_init (r);
    ys_int_to_mpz (v, r);
    if (opcode == YS_OP_UNARY_NEG)
      mpz_neg (r, r);
    else if (opcode == YS_OP_UNARY_INVERT)
      mpz_com (r, r);
    return int_from_mpz_steal (vm, r);
  }
}

/* acc += item in place, when nobody else can see acc: a big int held once. For sum(),
 * whose running total would otherwise be a new int at every step. */
gboolean
ys_int_add_inplace (YsVM    *vm,
                    YsValue  acc,
                    YsValue  item)
{
  YsInt *a;
  int before;

  if (ys_is_small (acc) || ys_obj (acc)->type != vm->types[YS_KIND_INT] || ys_obj (acc)->refcnt != 1)
    return FALSE;
  a = (YsInt *) ys_obj (acc);
  before = a->value->_mp_alloc;
  if (ys_is_small (item))
    {
      intptr_t v = ys_small_get (item);
      if (v >= 0)
        mpz_add_ui (a->value, a->value, (unsigned long) v);
      else
        mpz_sub_ui (a->value, a->value, (unsigned long) -v);
    }
  else if (ys_obj (item)->type == vm->types[YS_KIND_INT])
    mpz_add (a->value, a->value, ((YsInt *) ys_obj (item))->value);
  else
    return FALSE;
  if (a->value->_mp_alloc != before)
    ys_mem_account (vm, YS_KIND_INT, (gssize) (a->value->_mp_alloc - before) * (gssize) sizeof (mp_limb_t));
  return TRUE;
}

/* Compares two numbers exactly, ints with floats included. */
int
ys_number_compare (YsVM    *vm,
                   YsValue  a,
                   YsValue  b,
                   int     *result)
{
  intptr_t sa, sb;
  YsKind ka = ys_kind (vm, a), kb = ys_kind (vm, b);
  gboolean ia = ka == YS_KIND_INT || ka == YS_KIND_BOOL, ib = kb == YS_KIND_INT || kb == YS_KIND_BOOL;

  if ((!ia && ka != YS_KIND_FLOAT) || (!ib && kb != YS_KIND_FLOAT))
    return 1;
  if (small_value (vm, a, &sa) && small_value (vm, b, &sb))
    {
      *result = sa < sb ? -1 : sa > sb;
      return 0;
    }
  if (ka == YS_KIND_FLOAT && kb == YS_KIND_FLOAT)
    {
      double x = ys_float_get (a), y = ys_float_get (b);
      if (isnan (x) || isnan (y))
        *result = 2;    /* unordered: every comparison but != is false */
      else
        *result = x < y ? -1 : x > y;
      return 0;
    }
  if (ia && ib)
    {
      mpz_t x, y;
      mpz_inits (x, y, NULL);
      ys_int_to_mpz (a, x);
      ys_int_to_mpz (b, y);
      *result = mpz_cmp (x, y);
      *result = *result < 0 ? -1 : *result > 0;
      mpz_clears (x, y, NULL);
      return 0;
    }
  {
    /* One int, one float: GMP compares exactly. */
    YsValue iv = ia ? a : b;
    double d = ys_float_get (ia ? b : a);
    mpz_t x;
    int c;
    if (isnan (d))
      {
        *result = 2;
        return 0;
      }
    mpz_init (x);
    ys_int_to_mpz (iv, x);
    c = mpz_cmp_d (x, d);
    mpz_clear (x);
    c = c < 0 ? -1 : c > 0;
    *result = ia ? c : -c;
    return 0;
  }
}

/* format() */

YsValue
ys_format (YsVM    *vm,
           YsValue  v,
           YsValue  spec_value)
{
  const char *spec = spec_value != YS_NULL ? ys_str_data (spec_value) : "";
  gsize spec_len = spec_value != YS_NULL ? ys_str_as (spec_value)->nbytes : 0;
  YsKind kind = ys_kind (vm, v);
  YsFormatSpec fs;
  char *error = NULL, *text;
  gsize len = 0;

  if (kind == YS_KIND_INSTANCE)
    {
      YsValue f = ys_type_lookup (ys_type_of (vm, v), ys_str_interned (vm, "__format__"));
      if (f != YS_NULL)
        {
          YsValue args[2] = { v, spec_value != YS_NULL ? spec_value : ys_val (vm->empty_str) };
          return ys_call (vm, f, 2, args, YS_NULL);
        }
    }
  if (spec_len == 0 && kind != YS_KIND_FLOAT && kind != YS_KIND_INT)
    return ys_to_str (vm, v);
  if (kind != YS_KIND_INT && kind != YS_KIND_BOOL && kind != YS_KIND_FLOAT && kind != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported format string passed to %s.__format__",
                     ys_type_name_of (vm, v));
  if (!ys_format_spec_parse_for (spec, spec_len, ys_type_name_of (vm, v), &fs, &error))
    {
      YsValue r = ys_raise (vm, YS_EXC_VALUE_ERROR, "%s", error);
      g_free (error);
      return r;
    }
  switch (kind)
    {
    case YS_KIND_STR:
      text = ys_format_str_sized (ys_str_data (v), ys_str_as (v)->nbytes, &fs, &len, &error);
      break;
    case YS_KIND_FLOAT:
      text = ys_format_float_sized (ys_float_get (v), &fs, &len, &error);
      break;
    default:
      {
        mpz_t z;
        mpz_init (z);
        ys_int_to_mpz (v, z);
        text = ys_format_int_sized (z, &fs, &len, &error);
        mpz_clear (z);
        break;
      }
    }
  if (text == NULL)
    {
      YsValue r = ys_format_error_is_memory (error)
                  ? ys_raise_empty (vm, YS_EXC_MEMORY_ERROR)
                  : ys_raise (vm, ys_format_error_is_overflow (error) ? YS_EXC_OVERFLOW_ERROR
                                                                      : YS_EXC_VALUE_ERROR, "%s", error);
      g_free (error);
      return r;
    }
  {
    YsValue r = ys_str_new (vm, text, (gssize) len);
    g_free (text);
    return r;
  }
}

/* The types' constructors */

/* The digits of a valid int() string, as CPython counts them against its limit: none
 * for bases that are powers of two, else all but signs, spaces, underscores. */
static gsize
count_int_digits (const char *s,
                  int         base)
{
  gsize n = 0;

  while (g_ascii_isspace (*s) || *s == '+' || *s == '-')
    s++;
  if (base == 0 && s[0] == '0' && s[1] != '\0' && strchr ("xXoObB", s[1]) != NULL)
    return 0;
  if (base != 0 && base != 10 && (base & (base - 1)) == 0)
    return 0;
  for (; *s != '\0'; s++)
    if (g_ascii_isalnum (*s))
      n++;
  return n;
}

static YsValue
int_new_func (YsVM          *vm,
              YsValue        type,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  YsValue x, base_value = YS_NULL;
  gint64 base = 10;
  int nkw = ys_kw_count (kwnames);

  if (nkw > 0)
    {
      base_value = ys_args_keyword (vm, argc, argv, kwnames, "base");
      if (base_value == YS_NULL || nkw > 1)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for int()",
                         ys_str_data (ys_tuple_get (kwnames, 0)));
    }
  if (argc > 2 || argc + nkw > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "int() takes at most 2 arguments (%d given)", argc + nkw);
  if (argc == 0)
    {
      if (base_value != YS_NULL)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "int() missing string argument");
      return ys_small (0);
    }
  x = argv[0];
  if (argc == 2)
    base_value = argv[1];
  if (base_value != YS_NULL)
    {
      if (!ys_is_int (vm, base_value))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                         ys_type_name_of (vm, base_value));
      if (!ys_int_to_i64 (vm, base_value, &base) || (base != 0 && (base < 2 || base > 36)))
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
      if (ys_kind (vm, x) != YS_KIND_STR)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "int() can't convert non-string with explicit base");
    }
  switch (ys_kind (vm, x))
    {
    case YS_KIND_INT:
      return ys_ref (x);
    case YS_KIND_BOOL:
      return ys_small (x == ys_val (vm->true_obj));
    case YS_KIND_FLOAT:
      {
        double d = ys_float_get (x);
        mpz_t z;
        if (isinf (d))
          return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer");
        if (isnan (d))
          return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot convert float NaN to integer");
        mpz_init_set_d (z, d);
        return int_from_mpz_steal (vm, z);
      }
    case YS_KIND_STR:
      {
        mpz_t z;
        mpz_init (z);
        if (!ys_parse_int (ys_str_data (x), ys_str_as (x)->nbytes, (int) base, z))
          {
            YsValue r = ys_repr (vm, x);
            mpz_clear (z);
            if (r == YS_NULL)
              return YS_NULL;
            ys_raise (vm, YS_EXC_VALUE_ERROR, "invalid literal for int() with base %d: %s",
                      (int) base, ys_str_data (r));
            ys_decref (vm, r);
            return YS_NULL;
          }
        {
          gsize ndigits = count_int_digits (ys_str_data (x), (int) base);
          if (ndigits > YS_FORMAT_INT_MAX_STR_DIGITS)
            {
              mpz_clear (z);
              return ys_raise (vm, YS_EXC_VALUE_ERROR,
                               "Exceeds the limit (%d digits) for integer string conversion: "
                               "value has %" G_GSIZE_FORMAT " digits; "
                               "use sys.set_int_max_str_digits() to increase the limit",
                               YS_FORMAT_INT_MAX_STR_DIGITS, ndigits);
            }
        }
        return int_from_mpz_steal (vm, z);
      }
    case YS_KIND_INSTANCE:
      {
        YsValue f = ys_type_lookup (ys_type_of (vm, x), ys_str_interned (vm, "__int__"));
        if (f == YS_NULL)
          f = ys_type_lookup (ys_type_of (vm, x), ys_str_interned (vm, "__index__"));
        if (f != YS_NULL)
          return ys_call (vm, f, 1, &x, YS_NULL);
        break;
      }
    default:
      break;
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR,
                   "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                   ys_type_name_of (vm, x));
}

static YsValue
float_new_func (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsValue x;
  double d;

  if (!ys_args_check (vm, "float", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 0)
    return ys_float_new (vm, 0.0);
  x = argv[0];
  switch (ys_kind (vm, x))
    {
    case YS_KIND_FLOAT:
      return ys_ref (x);
    case YS_KIND_INT:
    case YS_KIND_BOOL:
      if (!ys_number_to_double (vm, x, &d))
        return YS_NULL;
      return ys_float_new (vm, d);
    case YS_KIND_STR:
      if (!ys_parse_float (ys_str_data (x), ys_str_as (x)->nbytes, &d))
        {
          YsValue r = ys_repr (vm, x);
          if (r == YS_NULL)
            return YS_NULL;
          ys_raise (vm, YS_EXC_VALUE_ERROR, "could not convert string to float: %s", ys_str_data (r));
          ys_decref (vm, r);
          return YS_NULL;
        }
      return ys_float_new (vm, d);
    case YS_KIND_INSTANCE:
      {
        YsValue f = ys_type_lookup (ys_type_of (vm, x), ys_str_interned (vm, "__float__"));
        if (f != YS_NULL)
          return ys_call (vm, f, 1, &x, YS_NULL);
        break;
      }
    default:
      break;
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "float() argument must be a string or a real number, not '%s'",
                   ys_type_name_of (vm, x));
}

static YsValue
bool_new_func (YsVM          *vm,
               YsValue        type,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  int t;

  if (!ys_args_check (vm, "bool", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 0)
    return ys_bool (vm, FALSE);
  t = ys_truthy (vm, argv[0]);
  if (t < 0)
    return YS_NULL;
  return ys_bool (vm, t);
}

/* Methods */

static YsValue
int_bit_length (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  mpz_t z;
  gsize bits;

  if (!ys_args_check (vm, "bit_length", argc, kwnames, 0, 0))
    return YS_NULL;
  mpz_init (z);
  ys_int_to_mpz (self, z);
  bits = mpz_sgn (z) == 0 ? 0 : mpz_sizeinbase (z, 2);
  mpz_clear (z);
  return ys_small ((intptr_t) bits);
}

static YsValue
int_bit_count (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  mpz_t z;
  gsize bits;

  if (!ys_args_check (vm, "bit_count", argc, kwnames, 0, 0))
    return YS_NULL;
  mpz_init (z);
  ys_int_to_mpz (self, z);
  mpz_abs (z, z);
  bits = mpz_popcount (z);
  mpz_clear (z);
  return ys_small ((intptr_t) bits);
}

static YsValue
float_as_integer_ratio (YsVM          *vm,
                        YsValue        self,
                        int            argc,
                        const YsValue *argv,
                        YsValue        kwnames)
{
  double d = ys_float_get (self);
  mpq_t q;
  YsValue num, den;

  if (!ys_args_check (vm, "as_integer_ratio", argc, kwnames, 0, 0))
    return YS_NULL;
  if (isinf (d))
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
  if (isnan (d))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot convert NaN to integer ratio");
  mpq_init (q);
  mpq_set_d (q, d);    /* exact, and already in lowest terms */
  num = ys_int_from_mpz (vm, mpq_numref (q));
  den = ys_int_from_mpz (vm, mpq_denref (q));
  mpq_clear (q);
  return ys_tuple_pack (vm, 2, num, den);
}

static YsValue
float_is_integer (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  double d = ys_float_get (self);

  if (!ys_args_check (vm, "is_integer", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_bool (vm, isfinite (d) && floor (d) == d);
}

void
ys_number_init_types (YsVM *vm)
{
  static const YsMethodDef int_methods[] = {
    { "bit_length", int_bit_length },
    { "bit_count", int_bit_count },
    { NULL, NULL }
  };
  static const YsMethodDef float_methods[] = {
    { "is_integer", float_is_integer },
    { "as_integer_ratio", float_as_integer_ratio },
    { NULL, NULL }
  };

  vm->types[YS_KIND_INT]->dealloc = int_dealloc;
  vm->types[YS_KIND_INT]->new_func = int_new_func;
  vm->types[YS_KIND_FLOAT]->new_func = float_new_func;
  vm->type_bool->new_func = bool_new_func;
  ys_type_add_methods (vm, vm->types[YS_KIND_INT], int_methods);
  ys_type_add_methods (vm, vm->types[YS_KIND_FLOAT], float_methods);
}
