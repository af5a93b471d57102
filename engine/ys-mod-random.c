/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The random module: random.Random on the Mersenne Twister MT19937, seeded, drawn from
 * and turned into ints, choices, shuffles and samples exactly as CPython 3.11 does, so
 * that a program seeded with the same value prints the same numbers in both. The
 * module's functions are methods of one hidden instance, as in CPython. Most methods
 * are Python code in CPython: their argument errors use Python's words, with self
 * counted among the positional arguments. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define METHOD(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

#define MT_N 624
#define MT_M 397

typedef struct
{
  YsInstance  base;
  guint32     mt[MT_N];
  int         index;        /* the next word of mt to temper; MT_N: regenerate first */
  YsValue     gauss_next;   /* owned: gauss()'s second value, or YS_NULL for None */
} Random;

#define RANDOM(v) ((Random *) ys_obj (v))

/* MT19937, from Matsumoto and Nishimura's published description */

static void
mt_init_genrand (Random  *r,
                 guint32  s)
{
  r->mt[0] = s;
  for (int i = 1; i < MT_N; i++)
    r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (guint32) i;
  r->index = MT_N;
}

static void
mt_init_by_array (Random        *r,
                  const guint32 *key,
                  gsize          len)
{
  gsize i = 1, j = 0;

  mt_init_genrand (r, 19650218u);
  for (gsize k = MAX ((gsize) MT_N, len); k > 0; k--)
    {
      r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (guint32) j;
      i++;
      j++;
      if (i >= MT_N)
        {
          r->mt[0] = r->mt[MT_N - 1];
          i = 1;
        }
      if (j >= len)
        j = 0;
    }
  for (gsize k = MT_N - 1; k > 0; k--)
    {
      r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - (guint32) i;
      i++;
      if (i >= MT_N)
        {
          r->mt[0] = r->mt[MT_N - 1];
          i = 1;
        }
    }
  /* The top bit alone makes the state non-zero whatever the key. */
  r->mt[0] = 0x80000000u;
}

static inline guint32
mt_twist (guint32 upper,
          guint32 lower)
{
  guint32 y = (upper & 0x80000000u) | (lower & 0x7fffffffu);

  return (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
}

static guint32
mt_next (Random *r)
{
  guint32 y;

  if (r->index >= MT_N)
    {
      int k;
      for (k = 0; k < MT_N - MT_M; k++)
        r->mt[k] = r->mt[k + MT_M] ^ mt_twist (r->mt[k], r->mt[k + 1]);
      for (; k < MT_N - 1; k++)
        r->mt[k] = r->mt[k + MT_M - MT_N] ^ mt_twist (r->mt[k], r->mt[k + 1]);
      r->mt[MT_N - 1] = r->mt[MT_M - 1] ^ mt_twist (r->mt[MT_N - 1], r->mt[0]);
      r->index = 0;
    }
  y = r->mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

/* 53 random bits from two words, as a float in [0, 1). */
static double
mt_random (Random *r)
{
  guint32 a = mt_next (r) >> 5, b = mt_next (r) >> 6;

  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* k random bits; the first word drawn is the least significant. */
static void
mt_getrandbits (Random  *r,
                gsize    k,
                mpz_ptr  out)
{
  gsize words;
  guint32 *w;

  if (k <= 32)
    {
      mpz_set_ui (out, k == 0 ? 0 : mt_next (r) >> (32 - k));
      return;
    }
  words = (k - 1) / 32 + 1;
  w = g_new (guint32, words);
  for (gsize i = 0; i < words; i++, k -= 32)
    {
      guint32 x = mt_next (r);
      if (k < 32)
        x >>= 32 - k;
      w[i] = x;
    }
  mpz_import (out, words, -1, sizeof (guint32), 0, 0, w);
  g_free (w);
}

/* An int in [0, n) for n > 0: draws of n.bit_length() bits until one is below n. */
static void
mt_randbelow (Random     *r,
              mpz_srcptr  n,
              mpz_ptr     out)
{
  gsize k = mpz_sizeinbase (n, 2);

  do
    mt_getrandbits (r, k, out);
  while (mpz_cmp (out, n) >= 0);
}

static gsize
mt_randbelow_small (Random *r,
                    gsize   n)
{
  mpz_t z, out;
  gsize v;

  if (n <= G_MAXUINT32)
    {
      int k = g_bit_storage (n);
      guint32 x;
      do
        x = mt_next (r) >> (32 - k);
      while (x >= n);
      return x;
    }
  mpz_init_set_ui (z, n);
  mpz_init (out);
  mt_randbelow (r, z, out);
  v = mpz_get_ui (out);
  mpz_clear (z);
  mpz_clear (out);
  return v;
}

/* Seeds from a non-negative int: its 32-bit words, least significant first. */
static void
mt_seed_mpz (Random     *r,
             mpz_srcptr  n)
{
  gsize count = 0;
  guint32 *key = mpz_sgn (n) == 0 ? NULL : mpz_export (NULL, &count, -1, sizeof (guint32), 0, 0, n);
  guint32 zero = 0;

  if (count == 0)
    mt_init_by_array (r, &zero, 1);
  else
    mt_init_by_array (r, key, count);
  if (key != NULL)
    {
      void (*free_func) (void *, size_t);
      mp_get_memory_functions (NULL, NULL, &free_func);
      free_func (key, count * sizeof (guint32));
    }
}

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static void
mt_seed_entropy (YsVM   *vm,
                 Random *r)
{
  guint32 key[MT_N];
  FILE *f;
  gsize got;

  if (vm->entropy_seed != 0)
    {
      /* The session's entropy: the n-th draw of a run is the same in its replays. */
      guint64 state = vm->entropy_seed ^ (vm->entropy_draws++ * G_GUINT64_CONSTANT (0xD1B54A32D192ED03));
      for (gsize i = 0; i < MT_N; i++)
        key[i] = (guint32) splitmix64 (&state);
      mt_init_by_array (r, key, MT_N);
      return;
    }
  f = fopen ("/dev/urandom", "rb");
  got = f != NULL ? fread (key, sizeof (guint32), MT_N, f) : 0;

  if (f != NULL)
    fclose (f);
  if (got < MT_N)
    {
      /* No entropy source: the clock and the process are what is left. */
      gint64 now = g_get_real_time (), mono = g_get_monotonic_time ();
      key[0] = (guint32) now;
      key[1] = (guint32) (now >> 32);
      key[2] = (guint32) mono;
      key[3] = (guint32) getpid ();
      got = 4;
    }
  mt_init_by_array (r, key, got);
}

/* Arguments of methods that CPython writes in Python */

static void
append_names (GString           *out,
              const char *const *names,
              const int         *which,
              int                n)
{
  for (int i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
      g_string_append_printf (out, "'%s'", names[which[i]]);
    }
}

/* Binds the arguments of a Python method "def f(self, <names>)": the first @maxpos
 * parameters may come by position, the rest by keyword only; the first @nrequired are
 * required. Errors are Python's, checked in its order. @out: borrowed or YS_NULL. */
static gboolean
py_bind (YsVM              *vm,
         const char        *fname,
         const char *const *names,
         int                nparams,
         int                maxpos,
         int                nrequired,
         int                argc,
         const YsValue     *argv,
         YsValue            kwnames,
         YsValue           *out)
{
  int nkw = ys_kw_count (kwnames), kwonly_given = 0, missing[8], nmissing = 0;

  for (int i = 0; i < nparams; i++)
    out[i] = i < argc && i < maxpos ? argv[i] : YS_NULL;
  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      int i;
      for (i = 0; i < nparams; i++)
        if (g_str_equal (kw, names[i]))
          break;
      if (i == nparams)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", fname, kw);
          return FALSE;
        }
      if (out[i] != YS_NULL)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() got multiple values for argument '%s'", fname, kw);
          return FALSE;
        }
      out[i] = argv[argc + k];
      kwonly_given += i >= maxpos;
    }
  if (argc > maxpos)
    {
      g_autofree char *sig = nrequired < maxpos ? g_strdup_printf ("from %d to %d", nrequired + 1, maxpos + 1)
                                                : g_strdup_printf ("%d", maxpos + 1);
      g_autofree char *kwsig = kwonly_given > 0
                                 ? g_strdup_printf (" positional argument%s (and %d keyword-only argument%s)",
                                                    argc + 1 != 1 ? "s" : "", kwonly_given,
                                                    kwonly_given != 1 ? "s" : "")
                                 : g_strdup ("");
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes %s positional argument%s but %d%s %s given", fname, sig,
                nrequired < maxpos || maxpos + 1 != 1 ? "s" : "", argc + 1, kwsig,
                argc + 1 == 1 && kwonly_given == 0 ? "was" : "were");
      return FALSE;
    }
  for (int i = 0; i < nrequired; i++)
    if (out[i] == YS_NULL && nmissing < (int) G_N_ELEMENTS (missing))
      missing[nmissing++] = i;
  if (nmissing > 0)
    {
      GString *msg = g_string_new (NULL);
      g_string_printf (msg, "%s() missing %d required positional argument%s: ", fname, nmissing,
                       nmissing == 1 ? "" : "s");
      append_names (msg, names, missing, nmissing);
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s", msg->str);
      g_string_free (msg, TRUE);
      return FALSE;
    }
  return TRUE;
}

static inline gboolean
is_none_or_null (YsVM    *vm,
                 YsValue  v)
{
  return v == YS_NULL || ys_is_none (vm, v);
}

/* A draw from random () as a float object. */
static YsValue
random_float (YsVM    *vm,
              YsValue  self)
{
  return ys_float_new (vm, mt_random (RANDOM (self)));
}

/* The type */

static void
random_clear (YsVM     *vm,
              YsObject *obj)
{
  Random *r = (Random *) obj;

  ys_clear (vm, &r->base.dict);
  ys_clear (vm, &r->gauss_next);
}

static void
random_dealloc (YsVM     *vm,
                YsObject *obj)
{
  random_clear (vm, obj);
  ys_free_object (vm, obj);
}

/* Named "Random" in module "random": it is a Python class in CPython, whose messages
 * say 'Random' object. */
static YsType *
random_type (YsVM *vm)
{
  YsType *type = ys_native_type (vm, "Random", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (ys_dict_get_str (vm, type->dict, ys_str_interned (vm, "__module__")) == YS_NULL)
    {
      YsValue key = ys_str_intern (vm, "__module__"), value = ys_str_intern (vm, "random");
      ys_dict_set (vm, type->dict, key, value);
      ys_decref (vm, key);
      ys_decref (vm, value);
    }
  return type;
}

/* seed (a=None, version=2) */

static gboolean
random_seed_value (YsVM    *vm,
                   YsValue  self,
                   YsValue  a,
                   YsValue  version)
{
  Random *r = RANDOM (self);
  int v1 = 0, v2 = 1;
  mpz_t n;

  if (version != YS_NULL)
    {
      v1 = ys_equal (vm, version, ys_small (1));
      if (v1 < 0)
        return FALSE;
      v2 = ys_equal (vm, version, ys_small (2));
      if (v2 < 0)
        return FALSE;
    }
  mpz_init (n);
  if (is_none_or_null (vm, a))
    mt_seed_entropy (vm, r);
  else if (ys_kind (vm, a) == YS_KIND_STR && (v1 || v2))
    {
      YsStr *s = ys_str_as (a);
      if (v1)
        {
          /* Version 1: the old string hash over the code points. */
          guint64 x = 0;
          const char *p = s->data;
          if (s->length > 0)
            x = (guint64) g_utf8_get_char (p) << 7;
          for (; *p != '\0'; p = g_utf8_next_char (p))
            x = (1000003u * x) ^ g_utf8_get_char (p);
          x ^= s->length;
          mpz_set_ui (n, (unsigned long) x);
        }
      else
        {
          /* Version 2: the int whose big-endian bytes are the text and its SHA-512. */
          GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA512);
          guint8 *bytes = g_malloc (s->nbytes + 64);
          gsize len = 64;
          memcpy (bytes, s->data, s->nbytes);
          g_checksum_update (sum, (const guchar *) s->data, s->nbytes);
          g_checksum_get_digest (sum, bytes + s->nbytes, &len);
          g_checksum_free (sum);
          mpz_import (n, s->nbytes + len, 1, 1, 0, 0, bytes);
          g_free (bytes);
        }
      mt_seed_mpz (r, n);
    }
  else if (ys_is_int (vm, a))
    {
      ys_int_to_mpz (a, n);
      mpz_abs (n, n);
      mt_seed_mpz (r, n);
    }
  else if (ys_kind (vm, a) == YS_KIND_FLOAT || ys_kind (vm, a) == YS_KIND_STR)
    {
      /* Other seeds go by their hash, read as an unsigned word. */
      gint64 h;
      if (!ys_hash (vm, a, &h))
        {
          mpz_clear (n);
          return FALSE;
        }
      mpz_import (n, 1, -1, sizeof (guint64), 0, 0, &h);
      mt_seed_mpz (r, n);
    }
  else
    {
      mpz_clear (n);
      ys_raise (vm, YS_EXC_TYPE_ERROR,
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
      return FALSE;
    }
  mpz_clear (n);
  ys_clear (vm, &r->gauss_next);
  return TRUE;
}

METHOD (random_seed)
{
  static const char *const names[] = { "a", "version" };
  YsValue args[2];

  if (!py_bind (vm, "Random.seed", names, 2, 2, 0, argc, argv, kwnames, args) ||
      !random_seed_value (vm, self, args[0], args[1]))
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
random_new (YsVM          *vm,
            YsValue        type,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  static const char *const names[] = { "x" };
  YsValue args[1];
  Random *r;

  if (!py_bind (vm, "Random.__init__", names, 1, 1, 0, argc, argv, kwnames, args))
    return YS_NULL;
  r = (Random *) ys_gc_alloc (vm, (YsType *) ys_obj (type), sizeof (Random));
  if (r == NULL)
    return YS_NULL;
  r->index = MT_N;
  if (!random_seed_value (vm, ys_val (r), args[0], YS_NULL))
    {
      ys_decref (vm, ys_val (r));
      return YS_NULL;
    }
  return ys_val (r);
}

/* The core: random (), getrandbits (k), getstate (), setstate (state) */

METHOD (random_random)
{
  if (!ys_args_check (vm, "Random.random", argc, kwnames, 0, 0))
    return YS_NULL;
  return random_float (vm, self);
}

METHOD (random_getrandbits)
{
  gssize k;
  mpz_t z;
  YsValue v;

  if (!ys_args_check (vm, "Random.getrandbits", argc, kwnames, 1, 1))
    return YS_NULL;
  if (!ys_index_to_ssize (vm, argv[0], &k))
    return YS_NULL;
  if (k < 0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "number of bits must be non-negative");
  mpz_init (z);
  mt_getrandbits (RANDOM (self), (gsize) k, z);
  v = ys_int_from_mpz (vm, z);
  mpz_clear (z);
  return v;
}

METHOD (random_getstate)
{
  Random *r = RANDOM (self);
  YsValue inner, gauss, none[1];

  if (!py_bind (vm, "Random.getstate", NULL, 0, 0, 0, argc, argv, kwnames, none))
    return YS_NULL;
  inner = ys_tuple_new (vm, MT_N + 1);
  if (inner == YS_NULL)
    return YS_NULL;
  for (int i = 0; i < MT_N; i++)
    ys_tuple_set (inner, (gsize) i, ys_small (r->mt[i]));
  ys_tuple_set (inner, MT_N, ys_small (r->index));
  gauss = r->gauss_next != YS_NULL ? ys_ref (r->gauss_next) : ys_none (vm);
  return ys_tuple_pack (vm, 3, ys_small (3), inner, gauss);
}

/* The C half of setstate: a tuple of 624 words and the index. */
static gboolean
set_internal_state (YsVM    *vm,
                    Random  *r,
                    YsValue  state)
{
  guint32 mt[MT_N];
  gint64 index;

  if (ys_kind (vm, state) != YS_KIND_TUPLE)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "state vector must be a tuple");
      return FALSE;
    }
  if (ys_tuple_len (state) != MT_N + 1)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "state vector is the wrong size");
      return FALSE;
    }
  for (int i = 0; i < MT_N; i++)
    {
      YsValue x = ys_tuple_get (state, (gsize) i);
      mpz_t z;
      if (!ys_is_int (vm, x))
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                    ys_type_name_of (vm, x));
          return FALSE;
        }
      mpz_init (z);
      ys_int_to_mpz (x, z);
      if (mpz_sgn (z) < 0)
        {
          mpz_clear (z);
          ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "can't convert negative value to unsigned int");
          return FALSE;
        }
      if (mpz_sizeinbase (z, 2) > 64)
        {
          mpz_clear (z);
          ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
          return FALSE;
        }
      /* Only the low 32 bits are kept, as CPython keeps them. */
      mt[i] = (guint32) mpz_get_ui (z);
      mpz_clear (z);
    }
  if (!ys_is_int (vm, ys_tuple_get (state, MT_N)))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                ys_type_name_of (vm, ys_tuple_get (state, MT_N)));
      return FALSE;
    }
  if (!ys_int_to_i64 (vm, ys_tuple_get (state, MT_N), &index))
    {
      ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C long");
      return FALSE;
    }
  if (index < 0 || index > MT_N)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "invalid state");
      return FALSE;
    }
  memcpy (r->mt, mt, sizeof mt);
  r->index = (int) index;
  return TRUE;
}

METHOD (random_setstate)
{
  static const char *const names[] = { "state" };
  YsValue args[1], version, items = YS_NULL, inner = YS_NULL;
  int is3, is2;
  gboolean ok = FALSE;

  if (!py_bind (vm, "Random.setstate", names, 1, 1, 1, argc, argv, kwnames, args))
    return YS_NULL;
  version = ys_getitem (vm, args[0], ys_small (0));
  if (version == YS_NULL)
    return YS_NULL;
  is3 = ys_equal (vm, version, ys_small (3));
  is2 = is3 == 0 ? ys_equal (vm, version, ys_small (2)) : 0;
  if (is3 < 0 || is2 < 0)
    goto out;
  if (!is3 && !is2)
    {
      YsValue s = ys_to_str (vm, version);
      if (s != YS_NULL)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "state with version %s passed to Random.setstate() of version 3",
                  ys_str_data (s));
      ys_xdecref (vm, s);
      goto out;
    }
  items = ys_sequence_to_tuple (vm, args[0]);
  if (items == YS_NULL)
    goto out;
  if (ys_tuple_len (items) != 3)
    {
      if (ys_tuple_len (items) > 3)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "too many values to unpack (expected 3)");
      else
        ys_raise (vm, YS_EXC_VALUE_ERROR, "not enough values to unpack (expected 3, got %d)",
                  (int) ys_tuple_len (items));
      goto out;
    }
  {
    Random *r = RANDOM (self);
    YsValue g = ys_tuple_get (items, 2);
    ys_clear (vm, &r->gauss_next);
    r->gauss_next = ys_is_none (vm, g) ? YS_NULL : ys_ref (g);
  }
  inner = ys_ref (ys_tuple_get (items, 1));
  if (is2)
    {
      /* Version 2 kept signed words: taken modulo 2**32. */
      YsValue seq = ys_sequence_to_tuple (vm, inner), modulus;
      if (seq == YS_NULL)
        goto out;
      modulus = ys_int_from_i64 (vm, G_GINT64_CONSTANT (1) << 32);
      ys_decref (vm, inner);
      inner = ys_tuple_new (vm, ys_tuple_len (seq));
      for (gsize i = 0; i < ys_tuple_len (seq); i++)
        {
          YsValue m = ys_binary_op (vm, YS_BIN_MOD, ys_tuple_get (seq, i), modulus);
          if (m == YS_NULL)
            {
              for (gsize j = i; j < ys_tuple_len (seq); j++)
                ys_tuple_set (inner, j, ys_none (vm));
              ys_decref (vm, seq);
              ys_decref (vm, modulus);
              goto out;
            }
          ys_tuple_set (inner, i, m);
        }
      ys_decref (vm, seq);
      ys_decref (vm, modulus);
    }
  ok = set_internal_state (vm, RANDOM (self), inner);

out:
  ys_decref (vm, version);
  ys_xdecref (vm, items);
  ys_xdecref (vm, inner);
  return ok ? ys_none (vm) : YS_NULL;
}

/* Integers: randrange (start, stop=None, step=1), randint (a, b) */

/* operator.index () of an argument, or else int () of it if that is equal to it. */
static gboolean
randrange_int (YsVM       *vm,
               YsValue     v,
               const char *what,
               mpz_ptr     out)
{
  YsValue i = ys_int_index (vm, v, NULL);
  int eq;

  if (i != YS_NULL)
    {
      ys_int_to_mpz (i, out);
      ys_decref (vm, i);
      return TRUE;
    }
  if (!ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
    return FALSE;
  ys_exc_clear (vm);
  /* CPython warns (DeprecationWarning) that integral floats will be refused. */
  i = ys_call (vm, ys_val (vm->types[YS_KIND_INT]), 1, &v, YS_NULL);
  if (i == YS_NULL)
    return FALSE;
  eq = ys_equal (vm, i, v);
  if (eq <= 0)
    {
      ys_decref (vm, i);
      if (eq == 0)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "non-integer %s for randrange()", what);
      return FALSE;
    }
  ys_int_to_mpz (i, out);
  ys_decref (vm, i);
  return TRUE;
}

static YsValue
randrange (YsVM    *vm,
           YsValue  self,
           YsValue  start,
           YsValue  stop,
           YsValue  step)
{
  Random *r = RANDOM (self);
  mpz_t istart, istop, istep, width, n, pick;
  YsValue result = YS_NULL;

  mpz_inits (istart, istop, istep, width, n, pick, NULL);
  if (!randrange_int (vm, start, "arg 1", istart))
    goto out;
  if (is_none_or_null (vm, stop))
    {
      if (step != YS_NULL && step != ys_small (1))
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "Missing a non-None stop argument");
          goto out;
        }
      if (mpz_sgn (istart) > 0)
        {
          mt_randbelow (r, istart, pick);
          result = ys_int_from_mpz (vm, pick);
        }
      else
        ys_raise (vm, YS_EXC_VALUE_ERROR, "empty range for randrange()");
      goto out;
    }
  if (!randrange_int (vm, stop, "stop", istop))
    goto out;
  mpz_sub (width, istop, istart);
  if (step == YS_NULL)
    mpz_set_ui (istep, 1);
  else if (!randrange_int (vm, step, "step", istep))
    goto out;
  if (mpz_cmp_ui (istep, 1) == 0)
    {
      if (mpz_sgn (width) > 0)
        {
          mt_randbelow (r, width, pick);
          mpz_add (pick, pick, istart);
          result = ys_int_from_mpz (vm, pick);
        }
      else
        {
          char *a = mpz_get_str (NULL, 10, istart), *b = mpz_get_str (NULL, 10, istop),
               *c = mpz_get_str (NULL, 10, width);
          void (*free_func) (void *, size_t);
          ys_raise (vm, YS_EXC_VALUE_ERROR, "empty range for randrange() (%s, %s, %s)", a, b, c);
          mp_get_memory_functions (NULL, NULL, &free_func);
          free_func (a, strlen (a) + 1);
          free_func (b, strlen (b) + 1);
          free_func (c, strlen (c) + 1);
        }
      goto out;
    }
  if (mpz_sgn (istep) > 0)
    {
      mpz_add (n, width, istep);
      mpz_sub_ui (n, n, 1);
    }
  else if (mpz_sgn (istep) < 0)
    {
      mpz_add (n, width, istep);
      mpz_add_ui (n, n, 1);
    }
  else
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "zero step for randrange()");
      goto out;
    }
  mpz_fdiv_q (n, n, istep);
  if (mpz_sgn (n) <= 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "empty range for randrange()");
      goto out;
    }
  mt_randbelow (r, n, pick);
  mpz_mul (pick, pick, istep);
  mpz_add (pick, pick, istart);
  result = ys_int_from_mpz (vm, pick);

out:
  mpz_clears (istart, istop, istep, width, n, pick, NULL);
  return result;
}

METHOD (random_randrange)
{
  static const char *const names[] = { "start", "stop", "step" };
  YsValue args[3];

  if (!py_bind (vm, "Random.randrange", names, 3, 3, 1, argc, argv, kwnames, args))
    return YS_NULL;
  return randrange (vm, self, args[0], args[1], args[2]);
}

METHOD (random_randint)
{
  static const char *const names[] = { "a", "b" };
  YsValue args[2], stop, r;

  if (!py_bind (vm, "Random.randint", names, 2, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  stop = ys_binary_op (vm, YS_BIN_ADD, args[1], ys_small (1));
  if (stop == YS_NULL)
    return YS_NULL;
  r = randrange (vm, self, args[0], stop, YS_NULL);
  ys_decref (vm, stop);
  return r;
}

/* Sequences: choice, shuffle, sample, choices */

METHOD (random_choice)
{
  static const char *const names[] = { "seq" };
  YsValue args[1];
  gssize n;

  if (!py_bind (vm, "Random.choice", names, 1, 1, 1, argc, argv, kwnames, args))
    return YS_NULL;
  n = ys_len (vm, args[0]);
  if (n < 0)
    return YS_NULL;
  if (n == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "Cannot choose from an empty sequence");
  return ys_getitem (vm, args[0], ys_small ((intptr_t) mt_randbelow_small (RANDOM (self), (gsize) n)));
}

METHOD (random_shuffle)
{
  static const char *const names[] = { "x" };
  YsValue args[1], x;
  gssize n;

  if (!py_bind (vm, "Random.shuffle", names, 1, 1, 1, argc, argv, kwnames, args))
    return YS_NULL;
  x = args[0];
  n = ys_len (vm, x);
  if (n < 0)
    return YS_NULL;
  for (gssize i = n - 1; i >= 1; i--)
    {
      gsize j = mt_randbelow_small (RANDOM (self), (gsize) i + 1);
      /* x[i], x[j] = x[j], x[i] */
      YsValue a = ys_getitem (vm, x, ys_small ((intptr_t) j)), b;
      gboolean ok;
      if (a == YS_NULL)
        return YS_NULL;
      b = ys_getitem (vm, x, ys_small (i));
      if (b == YS_NULL)
        {
          ys_decref (vm, a);
          return YS_NULL;
        }
      ok = ys_setitem (vm, x, ys_small (i), a) && ys_setitem (vm, x, ys_small ((intptr_t) j), b);
      ys_decref (vm, a);
      ys_decref (vm, b);
      if (!ok)
        return YS_NULL;
    }
  return ys_none (vm);
}

/* What isinstance (v, collections.abc.Sequence) says of the engine's objects. */
static gboolean
is_sequence (YsVM    *vm,
             YsValue  v)
{
  YsType *deque;

  switch (ys_kind (vm, v))
    {
    case YS_KIND_LIST:
    case YS_KIND_TUPLE:
    case YS_KIND_STR:
    case YS_KIND_RANGE:
      return TRUE;
    default:
      deque = g_hash_table_lookup (vm->iterator_types, "collections.deque");
      return deque != NULL && ys_isinstance (vm, v, deque);
    }
}

/* bisect.bisect_right (a, x, lo, hi) */
static gssize
bisect_right (YsVM    *vm,
              YsValue  a,
              YsValue  x,
              gssize   lo,
              gssize   hi)
{
  while (lo < hi)
    {
      gssize mid = (lo + hi) / 2;
      YsValue item = ys_getitem (vm, a, ys_small (mid));
      int lt;
      if (item == YS_NULL)
        return -1;
      lt = ys_compare_bool (vm, x, item, YS_CMP_LT);
      ys_decref (vm, item);
      if (lt < 0)
        return -1;
      if (lt)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

/* list (itertools.accumulate (iterable)) */
static YsValue
accumulate_list (YsVM    *vm,
                 YsValue  iterable)
{
  YsValue it = ys_iter (vm, iterable), list, total = YS_NULL, item;

  if (it == YS_NULL)
    return YS_NULL;
  list = ys_list_new (vm, 0);
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      if (total == YS_NULL)
        total = item;
      else
        {
          YsValue sum = ys_binary_op (vm, YS_BIN_ADD, total, item);
          ys_decref (vm, total);
          ys_decref (vm, item);
          total = sum;
          if (sum == YS_NULL)
            break;
        }
      ys_list_append (vm, list, total);
    }
  ys_xdecref (vm, total);
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  return list;
}

static YsValue sample (YsVM *vm, YsValue self, YsValue population, YsValue k, YsValue counts);

static YsValue
sample_counts (YsVM    *vm,
               YsValue  self,
               YsValue  population,
               gssize   n,
               YsValue  k,
               YsValue  counts)
{
  YsValue cum = accumulate_list (vm, counts), total, range = YS_NULL, selections = YS_NULL, result = YS_NULL;
  YsList *l;
  int le;

  if (cum == YS_NULL)
    return YS_NULL;
  l = ys_list_as (cum);
  if ((gssize) l->length != n)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "The number of counts does not match the population");
      goto out;
    }
  if (l->length == 0)
    {
      ys_raise (vm, YS_EXC_INDEX_ERROR, "pop from empty list");
      goto out;
    }
  /* Popped: total is ours, and range drops it at the end until it is replaced. */
  total = l->items[--l->length];
  range = total;
  if (!ys_is_int (vm, total))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "Counts must be integers");
      goto out;
    }
  le = ys_compare_bool (vm, total, ys_small (0), YS_CMP_LE);
  if (le != 0)
    {
      if (le > 0)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "Total of counts must be greater than zero");
      goto out;
    }
  range = ys_range_new (vm, ys_small (0), total, ys_small (1));
  ys_decref (vm, total);
  if (range == YS_NULL)
    goto out;
  selections = sample (vm, self, range, k, YS_NULL);
  if (selections == YS_NULL)
    goto out;
  result = ys_list_new (vm, ys_list_as (selections)->length);
  for (gsize i = 0; i < ys_list_as (selections)->length; i++)
    {
      gssize at = bisect_right (vm, cum, ys_list_as (selections)->items[i], 0, (gssize) l->length);
      YsValue item = at < 0 ? YS_NULL : ys_getitem (vm, population, ys_small (at));
      if (item == YS_NULL || !ys_list_append_steal (vm, result, item))
        {
          ys_clear (vm, &result);
          break;
        }
    }

out:
  ys_xdecref (vm, range);
  ys_xdecref (vm, selections);
  ys_decref (vm, cum);
  return result;
}

static YsValue
sample (YsVM    *vm,
        YsValue  self,
        YsValue  population,
        YsValue  kv,
        YsValue  counts)
{
  Random *r = RANDOM (self);
  gssize n, k, setsize = 21;
  YsValue result;
  int ok;

  if (!is_sequence (vm, population))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  n = ys_len (vm, population);
  if (n < 0)
    return YS_NULL;
  if (!is_none_or_null (vm, counts))
    return sample_counts (vm, self, population, n, kv, counts);
  /* not 0 <= k <= n */
  ok = ys_compare_bool (vm, ys_small (0), kv, YS_CMP_LE);
  if (ok > 0)
    ok = ys_compare_bool (vm, kv, ys_small (n), YS_CMP_LE);
  if (ok < 0)
    return YS_NULL;
  if (!ok)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "Sample larger than population or is negative");
  if (!ys_is_int (vm, kv))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "can't multiply sequence by non-int of type '%s'",
                     ys_type_name_of (vm, kv));
  if (!ys_index_to_ssize (vm, kv, &k))
    return YS_NULL;
  if (k > 5)
    {
      /* A set of k items costs as much as a list of 4 ** ceil(log(3k, 4)) more. */
      double c = ceil (log ((double) (k * 3)) / log (4.0));
      setsize = c >= 31 ? G_MAXSSIZE : setsize + ((gssize) 1 << (2 * (int) c));
    }
  result = ys_list_new (vm, (gsize) k);
  if (result == YS_NULL)
    return YS_NULL;
  if (n <= setsize)
    {
      /* The pool: the ones not chosen yet are pool[:n - i]. */
      YsValue pool = ys_list_from_iterable (vm, population);
      YsList *p;
      if (pool == YS_NULL)
        {
          ys_decref (vm, result);
          return YS_NULL;
        }
      p = ys_list_as (pool);
      for (gssize i = 0; i < k && (gssize) p->length == n; i++)
        {
          gsize j = mt_randbelow_small (r, (gsize) (n - i));
          YsValue last = p->items[n - i - 1];
          ys_list_append (vm, result, p->items[j]);
          ys_incref (last);
          ys_decref (vm, p->items[j]);
          p->items[j] = last;
        }
      ys_decref (vm, pool);
    }
  else
    {
      GHashTable *selected = g_hash_table_new (NULL, NULL);
      for (gssize i = 0; i < k; i++)
        {
          gsize j;
          YsValue item;
          do
            j = mt_randbelow_small (r, (gsize) n);
          while (g_hash_table_contains (selected, GSIZE_TO_POINTER (j + 1)));
          g_hash_table_add (selected, GSIZE_TO_POINTER (j + 1));
          item = ys_getitem (vm, population, ys_small ((intptr_t) j));
          if (item == YS_NULL || !ys_list_append_steal (vm, result, item))
            {
              g_hash_table_unref (selected);
              ys_decref (vm, result);
              return YS_NULL;
            }
        }
      g_hash_table_unref (selected);
    }
  return result;
}

METHOD (random_sample)
{
  static const char *const names[] = { "population", "k", "counts" };
  YsValue args[3];

  if (!py_bind (vm, "Random.sample", names, 3, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  return sample (vm, self, args[0], args[1], args[2]);
}

METHOD (random_choices)
{
  static const char *const names[] = { "population", "weights", "cum_weights", "k" };
  YsValue args[4], population, weights, cum = YS_NULL, result = YS_NULL, total = YS_NULL;
  Random *r = RANDOM (self);
  gssize n, k = 1, hi;
  double t;
  int le;

  if (!py_bind (vm, "Random.choices", names, 4, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  population = args[0];
  weights = args[1];
  n = ys_len (vm, population);
  if (n < 0)
    return YS_NULL;
  if (args[3] != YS_NULL)
    {
      /* itertools.repeat (None, k): a negative count is none. */
      if (!ys_is_int (vm, args[3]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                         ys_type_name_of (vm, args[3]));
      if (!ys_index_to_ssize (vm, args[3], &k))
        return YS_NULL;
      k = MAX (k, 0);
    }
  if (is_none_or_null (vm, args[2]))
    {
      if (is_none_or_null (vm, weights))
        {
          double dn = (double) n;
          result = ys_list_new (vm, (gsize) k);
          for (gssize i = 0; i < k; i++)
            {
              double x = floor (mt_random (r) * dn);
              YsValue item = ys_getitem (vm, population, ys_small ((intptr_t) x));
              if (item == YS_NULL)
                {
                  ys_decref (vm, result);
                  return YS_NULL;
                }
              ys_list_append_steal (vm, result, item);
            }
          return result;
        }
      cum = accumulate_list (vm, weights);
      if (cum == YS_NULL)
        {
          if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR) && ys_is_int (vm, weights))
            {
              YsValue rep = ys_repr (vm, weights);
              ys_exc_clear (vm);
              if (rep != YS_NULL)
                {
                  ys_raise (vm, YS_EXC_TYPE_ERROR, "The number of choices must be a keyword argument: k=%s",
                            ys_str_data (rep));
                  ys_decref (vm, rep);
                }
            }
          return YS_NULL;
        }
    }
  else if (!is_none_or_null (vm, weights))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "Cannot specify both weights and cumulative weights");
  else
    cum = ys_ref (args[2]);
  {
    gssize len = ys_len (vm, cum);
    if (len < 0)
      goto out;
    if (len != n)
      {
        ys_raise (vm, YS_EXC_VALUE_ERROR, "The number of weights does not match the population");
        goto out;
      }
  }
  {
    YsValue last = ys_getitem (vm, cum, ys_small (-1)), zero;
    if (last == YS_NULL)
      goto out;
    zero = ys_float_new (vm, 0.0);
    total = ys_binary_op (vm, YS_BIN_ADD, last, zero);
    ys_decref (vm, zero);
    ys_decref (vm, last);
    if (total == YS_NULL)
      goto out;
  }
  {
    YsValue zero = ys_float_new (vm, 0.0);
    le = ys_compare_bool (vm, total, zero, YS_CMP_LE);
    ys_decref (vm, zero);
  }
  if (le != 0)
    {
      if (le > 0)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "Total of weights must be greater than zero");
      goto out;
    }
  if (!ys_number_to_double (vm, total, &t))
    goto out;
  if (!isfinite (t))
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "Total of weights must be finite");
      goto out;
    }
  hi = n - 1;
  result = ys_list_new (vm, (gsize) k);
  for (gssize i = 0; i < k; i++)
    {
      YsValue x = ys_float_new (vm, mt_random (r) * t), item;
      gssize at = bisect_right (vm, cum, x, 0, hi);
      ys_decref (vm, x);
      item = at < 0 ? YS_NULL : ys_getitem (vm, population, ys_small (at));
      if (item == YS_NULL)
        {
          ys_clear (vm, &result);
          break;
        }
      ys_list_append_steal (vm, result, item);
    }

out:
  ys_xdecref (vm, total);
  ys_decref (vm, cum);
  return result;
}

/* Distributions of floats */

/* a + b * c, with Python's operators and their errors. */
static YsValue
add_mul (YsVM    *vm,
         YsValue  a,
         YsValue  b,
         YsValue  c)
{
  YsValue m = ys_binary_op (vm, YS_BIN_MUL, b, c), s;

  if (m == YS_NULL)
    return YS_NULL;
  s = ys_binary_op (vm, YS_BIN_ADD, a, m);
  ys_decref (vm, m);
  return s;
}

METHOD (random_uniform)
{
  static const char *const names[] = { "a", "b" };
  YsValue args[2], d, u, s;

  if (!py_bind (vm, "Random.uniform", names, 2, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  d = ys_binary_op (vm, YS_BIN_SUB, args[1], args[0]);
  if (d == YS_NULL)
    return YS_NULL;
  u = random_float (vm, self);
  s = add_mul (vm, args[0], d, u);
  ys_decref (vm, d);
  ys_decref (vm, u);
  return s;
}

METHOD (random_triangular)
{
  static const char *const names[] = { "low", "high", "mode" };
  YsValue args[3], low, high, u, c, d = YS_NULL, r = YS_NULL;
  double prod;

  if (!py_bind (vm, "Random.triangular", names, 3, 3, 0, argc, argv, kwnames, args))
    return YS_NULL;
  /* CPython's Python code, operator by operator, so that its errors are the same. */
  low = args[0] != YS_NULL ? ys_ref (args[0]) : ys_float_new (vm, 0.0);
  high = args[1] != YS_NULL ? ys_ref (args[1]) : ys_float_new (vm, 1.0);
  u = random_float (vm, self);
  if (is_none_or_null (vm, args[2]))
    c = ys_float_new (vm, 0.5);
  else
    {
      YsValue num = ys_binary_op (vm, YS_BIN_SUB, args[2], low), den;
      den = num != YS_NULL ? ys_binary_op (vm, YS_BIN_SUB, high, low) : YS_NULL;
      c = den != YS_NULL ? ys_binary_op (vm, YS_BIN_TRUEDIV, num, den) : YS_NULL;
      ys_xdecref (vm, num);
      ys_xdecref (vm, den);
      if (c == YS_NULL)
        {
          if (ys_exc_matches (vm, YS_EXC_ZERO_DIVISION_ERROR))
            {
              ys_exc_clear (vm);
              r = ys_ref (low);
            }
          goto out;
        }
    }
  {
    int gt = ys_compare_bool (vm, u, c, YS_CMP_GT);
    if (gt < 0)
      goto out;
    if (gt)
      {
        YsValue one = ys_float_new (vm, 1.0), t;
        t = ys_binary_op (vm, YS_BIN_SUB, one, u);
        ys_decref (vm, u);
        u = t;
        t = ys_binary_op (vm, YS_BIN_SUB, one, c);
        ys_decref (vm, c);
        c = t;
        ys_decref (vm, one);
        if (u == YS_NULL || c == YS_NULL)
          goto out;
        t = low;
        low = high;
        high = t;
      }
  }
  d = ys_binary_op (vm, YS_BIN_SUB, high, low);
  if (d == YS_NULL)
    goto out;
  {
    YsValue p = ys_binary_op (vm, YS_BIN_MUL, u, c), root;
    gboolean ok = p != YS_NULL && ys_number_to_double (vm, p, &prod);
    ys_xdecref (vm, p);
    if (!ok)
      goto out;
    if (prod < 0)
      {
        ys_raise (vm, YS_EXC_VALUE_ERROR, "math domain error");
        goto out;
      }
    root = ys_float_new (vm, sqrt (prod));
    r = add_mul (vm, low, d, root);
    ys_decref (vm, root);
  }

out:
  ys_decref (vm, low);
  ys_decref (vm, high);
  ys_xdecref (vm, u);
  ys_xdecref (vm, c);
  ys_xdecref (vm, d);
  return r;
}

/* mu + z * sigma, with the defaults 0.0 and 1.0. */
static YsValue
scale_normal (YsVM    *vm,
              double   z,
              YsValue  mu,
              YsValue  sigma)
{
  YsValue zv = ys_float_new (vm, z), m = mu != YS_NULL ? ys_ref (mu) : ys_float_new (vm, 0.0),
          s = sigma != YS_NULL ? ys_ref (sigma) : ys_float_new (vm, 1.0), r;

  r = add_mul (vm, m, zv, s);
  ys_decref (vm, zv);
  ys_decref (vm, m);
  ys_decref (vm, s);
  return r;
}

/* Kinderman and Monahan's ratio of uniforms. */
static double
normal_draw (Random *r)
{
  const double magic = 4 * exp (-0.5) / sqrt (2.0);
  double z;

  for (;;)
    {
      double u1 = mt_random (r), u2 = 1.0 - mt_random (r);
      z = magic * (u1 - 0.5) / u2;
      if (z * z / 4.0 <= -log (u2))
        return z;
    }
}

METHOD (random_normalvariate)
{
  static const char *const names[] = { "mu", "sigma" };
  YsValue args[2];

  if (!py_bind (vm, "Random.normalvariate", names, 2, 2, 0, argc, argv, kwnames, args))
    return YS_NULL;
  return scale_normal (vm, normal_draw (RANDOM (self)), args[0], args[1]);
}

METHOD (random_gauss)
{
  static const char *const names[] = { "mu", "sigma" };
  Random *r = RANDOM (self);
  YsValue args[2], z, result;

  if (!py_bind (vm, "Random.gauss", names, 2, 2, 0, argc, argv, kwnames, args))
    return YS_NULL;
  z = r->gauss_next;
  r->gauss_next = YS_NULL;
  if (z == YS_NULL)
    {
      /* Box-Muller: two normal values from two uniform ones; the second is kept. */
      double x2pi = mt_random (r) * (2 * G_PI), g2rad = sqrt (-2.0 * log (1.0 - mt_random (r)));
      z = ys_float_new (vm, cos (x2pi) * g2rad);
      r->gauss_next = ys_float_new (vm, sin (x2pi) * g2rad);
    }
  {
    YsValue m = args[0] != YS_NULL ? ys_ref (args[0]) : ys_float_new (vm, 0.0),
            s = args[1] != YS_NULL ? ys_ref (args[1]) : ys_float_new (vm, 1.0);
    result = add_mul (vm, m, z, s);
    ys_decref (vm, m);
    ys_decref (vm, s);
  }
  ys_decref (vm, z);
  return result;
}

METHOD (random_lognormvariate)
{
  static const char *const names[] = { "mu", "sigma" };
  YsValue args[2], v;
  double x, e;

  if (!py_bind (vm, "Random.lognormvariate", names, 2, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  v = scale_normal (vm, normal_draw (RANDOM (self)), args[0], args[1]);
  if (v == YS_NULL)
    return YS_NULL;
  if (!ys_number_to_double (vm, v, &x))
    {
      ys_decref (vm, v);
      return YS_NULL;
    }
  ys_decref (vm, v);
  e = exp (x);
  if (isinf (e) && isfinite (x))
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "math range error");
  return ys_float_new (vm, e);
}

METHOD (random_expovariate)
{
  static const char *const names[] = { "lambd" };
  YsValue args[1], num, r;

  if (!py_bind (vm, "Random.expovariate", names, 1, 1, 1, argc, argv, kwnames, args))
    return YS_NULL;
  num = ys_float_new (vm, -log (1.0 - mt_random (RANDOM (self))));
  r = ys_binary_op (vm, YS_BIN_TRUEDIV, num, args[0]);
  ys_decref (vm, num);
  return r;
}

METHOD (random_repr)
{
  return ys_str_printf (vm, "<random.Random object at %p>", (void *) ys_obj (self));
}

/* The module */

static const YsMethodDef random_methods[] = {
  { "__repr__", random_repr },
  { "seed", random_seed }, { "random", random_random }, { "getrandbits", random_getrandbits },
  { "getstate", random_getstate }, { "setstate", random_setstate },
  { "randrange", random_randrange }, { "randint", random_randint }, { "choice", random_choice },
  { "shuffle", random_shuffle }, { "sample", random_sample }, { "choices", random_choices },
  { "uniform", random_uniform }, { "triangular", random_triangular },
  { "normalvariate", random_normalvariate }, { "gauss", random_gauss },
  { "lognormvariate", random_lognormvariate }, { "expovariate", random_expovariate },
  { NULL, NULL }
};

YsValue
ys_module_random (YsVM *vm)
{
  YsType *type = random_type (vm);
  YsValue module, inst;

  type->new_func = random_new;
  type->dealloc = random_dealloc;
  type->clear = random_clear;
  if (ys_type_lookup (type, ys_str_interned (vm, "random")) == YS_NULL)
    ys_type_add_methods (vm, type, random_methods);
  module = ys_module_new (vm, "random");
  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add (vm, module, "Random", ys_val (type));
  inst = random_new (vm, ys_val (type), 0, NULL, YS_NULL);
  if (inst == YS_NULL)
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  /* The module's functions are the hidden instance's methods. */
  for (const YsMethodDef *m = random_methods + 1; m->name != NULL; m++)
    {
      YsValue b = ys_builtin_new (vm, m->name, m->func, inst);
      ys_module_add (vm, module, m->name, b);
      ys_decref (vm, b);
    }
  ys_decref (vm, inst);
  return module;
}
