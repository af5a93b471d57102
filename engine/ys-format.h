/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-format.h — Python's number and string text conversions (CPython 3.11) */

#pragma once

#include <glib.h>
#include <gmp.h>

G_BEGIN_DECLS

/* The value of YsFormatSpec.type when the type is not an ASCII character (or is an
 * explicit NUL): the code point is then in type_wide.  Only useful for the error
 * message, since no such type is valid. */
#define YS_FORMAT_TYPE_OTHER ((char) -1)

/* CPython's default sys.get_int_max_str_digits (): decimal conversions of ints with
 * more digits raise ValueError.  ys_format_int enforces it; ys_parse_int and
 * ys_format_int_base leave it to the caller. */
#define YS_FORMAT_INT_MAX_STR_DIGITS 4300

typedef struct {
  gunichar fill;        /* ' ' when not given */
  char     align;       /* 0 when not given, or '<' '>' '^' '=' */
  char     sign;        /* 0, '+', '-', ' ' */
  gboolean alternate;   /* '#' */
  gboolean zero;        /* '0' before the width */
  int      width;       /* -1 when not given */
  char     grouping;    /* 0, ',' or '_' */
  int      precision;   /* -1 when not given */
  char     type;        /* 0 when not given, or one of b c d e E f F g G n o s x X %,
                         * or YS_FORMAT_TYPE_OTHER */
  gboolean no_neg_zero; /* 'z' (new in 3.11): no "-0.00" from float formats */
  gunichar type_wide;   /* the type's code point when type is YS_FORMAT_TYPE_OTHER */
} YsFormatSpec;

/* Fills *spec with the defaults (what an empty spec parses to). */
void ys_format_spec_init (YsFormatSpec *spec);

/* Parses a format spec (the part after ':' in "{x:>8.2f}"); on error returns FALSE and
 * sets *error to CPython's ValueError message (g_free it).  Which type the value has
 * only matters for one message: ys_format_spec_parse_for names it ("Invalid format
 * specifier '5dd' for object of type 'int'"), ys_format_spec_parse stops the message
 * after the spec.  Errors that depend on the default type of the value (',' with a
 * str) are left to the ys_format_* functions, as are the per-type checks.  Widths and
 * precisions above G_MAXINT are stored as G_MAXINT. */
gboolean ys_format_spec_parse     (const char   *spec,
                                   gsize         len,
                                   YsFormatSpec *out,
                                   char        **error);
gboolean ys_format_spec_parse_for (const char   *spec,
                                   gsize         len,
                                   const char   *type_name,
                                   YsFormatSpec *out,
                                   char        **error);

/* repr(float) / str(float): shortest string that round-trips, CPython's rules for
 * when to use exponent notation ('1e+16', '1e-05', '0.0001', '1234.5', 'inf', '-inf',
 * 'nan', '-0.0'). */
char *ys_format_float_repr (double v);

/* format(v, spec) for float, int and str; NULL and *error (CPython's message) on error.
 * An empty spec (all defaults) gives str(v).  For ints, 'c' gives the character, 'n'
 * behaves as 'd' in the C locale, and float types convert the int to float first.
 * Most errors are ValueError; the few that CPython raises as OverflowError are told
 * apart by ys_format_error_is_overflow. */
char *ys_format_float (double              v,
                       const YsFormatSpec *spec,
                       char              **error);
char *ys_format_int   (mpz_srcptr          v,
                       const YsFormatSpec *spec,
                       char              **error);
char *ys_format_str   (const char         *utf8,
                       gsize               len,
                       const YsFormatSpec *spec,
                       char              **error);

/* The same, also giving the result's length in bytes (out_len may be NULL): a NUL
 * fill, chr (0) from 'c' or a str holding NUL put NUL bytes inside the result. */
char *ys_format_float_sized (double              v,
                             const YsFormatSpec *spec,
                             gsize              *out_len,
                             char              **error);
char *ys_format_int_sized   (mpz_srcptr          v,
                             const YsFormatSpec *spec,
                             gsize              *out_len,
                             char              **error);
char *ys_format_str_sized   (const char         *utf8,
                             gsize               len,
                             const YsFormatSpec *spec,
                             gsize              *out_len,
                             char              **error);

/* TRUE if an error message from ys_format_int is an OverflowError in CPython
 * ("int too large to convert to float", "%c arg not in range(0x110000)",
 * "Python int too large to convert to C long"). */
gboolean ys_format_error_is_overflow (const char *message);
/* The result would be too long to make: a MemoryError. */
gboolean ys_format_error_is_memory   (const char *message);

/* int(s, base) / float(s) parsing with Python's rules: surrounding whitespace
 * (Unicode's too), sign, '_' between digits, base prefixes 0x/0o/0b (base 0 infers
 * from the prefix and rejects leading zeros like '010'), Unicode decimal digits,
 * 'inf', 'infinity', 'nan' in any case for floats.  FALSE if the text is not a valid
 * literal (the caller builds the message).  base is 0 or 2..36. */
gboolean ys_parse_int   (const char *s,
                         gsize       len,
                         int         base,
                         mpz_t       out);
gboolean ys_parse_float (const char *s,
                         gsize       len,
                         double     *out);

/* round(x, ndigits) for floats, correctly rounded like CPython (round(2.675, 2) ==
 * 2.67).  NaN and infinities are returned as they are.  Where CPython raises
 * OverflowError ("rounded value too large to represent") this returns an infinity
 * for a finite x: the caller checks isinf (result) && isfinite (x). */
double ys_format_round_double (double x,
                               int    ndigits);

/* str(int) in base 10, bin/oct/hex with their prefixes for 2, 8 and 16 ("0x1f",
 * "-0b101"), other bases from 2 to 36 in lower case without a prefix. */
char *ys_format_int_base (mpz_srcptr v,
                          int        base);

G_END_DECLS
