/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-format.c — Python's number and string text conversions (CPython 3.11)
 *
 * Decimal digits come from the C library (glibc's printf and strtod are correctly
 * rounded), always through GLib's locale-independent wrappers; the layout rules on
 * top of them (where the point goes, exponents, padding, grouping) are Python's.
 */

#include "ys-format.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

/* Any double's exact decimal expansion has at most 767 significant digits and
 * 1074 digits after the point: asking the C library for more only adds zeros,
 * which the layout code writes itself. */
#define EXACT_SIG_DIGITS 780
#define EXACT_FRAC_DIGITS 1100

/* CPython leaves x alone past this many digits and gives ±0.0 below the minimum. */
#define ROUND_NDIGITS_MAX 323
#define ROUND_NDIGITS_MIN (-308)

#define MSG_INT_TOO_LARGE_FLOAT "int too large to convert to float"
#define MSG_CHAR_RANGE "%c arg not in range(0x110000)"
#define MSG_C_LONG "Python int too large to convert to C long"
/* Not shown: callers raise a bare MemoryError, as CPython does. */
#define MSG_MEMORY "out of memory"
/* Widths are read into an int, clamped: past this the result could not be made (CPython
 * raises MemoryError when it cannot allocate it). */
#define MAX_WIDTH (G_MAXINT - 1)

/* ------------------------------------------------------------------------- */
/* Auxiliary methods                                                         */
/* ------------------------------------------------------------------------- */

static void
set_error (char      **error,
           const char *message)
{
  if (error != NULL)
    *error = g_strdup (message);
}

G_GNUC_PRINTF (2, 3)
static void
set_error_printf (char      **error,
                  const char *format,
                  ...)
{
  va_list args;

  if (error == NULL)
    return;
  va_start (args, format);
  *error = g_strdup_vprintf (format, args);
  va_end (args);
}

/* Lenient UTF-8 decoding: strings made by the engine may hold lone surrogates
 * (chr (0xd800)), so only the structure is checked; a malformed byte stands for
 * itself as U+FFFD. */
static gunichar
utf8_next (const char *s,
           gsize       len,
           gsize      *pos)
{
  const guchar *p = (const guchar *) s + *pos;
  gsize left = len - *pos;
  gsize need, k;
  gunichar c;

  g_assert (left > 0);
  if (p[0] < 0x80)
    {
      *pos += 1;
      return p[0];
    }
  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    need = 1;
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    need = 2;
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    need = 3;
  else
    need = 0;
  c = p[0] & (0x3f >> need);

  if (need == 0 || need >= left)
    {
      *pos += 1;
      return 0xfffd;
    }
  for (k = 1; k <= need; k++)
    {
      if ((p[k] & 0xc0) != 0x80)
        {
          *pos += 1;
          return 0xfffd;
        }
      c = (c << 6) | (p[k] & 0x3f);
    }
  *pos += need + 1;
  return c;
}

/* Python's lengths count code points: every byte but a continuation byte starts one. */
static gsize
utf8_count (const char *s,
            gsize       len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    if (((guchar) s[i] & 0xc0) != 0x80)
      n++;
  return n;
}

/* Byte offset of the code point number @n_chars (or @len if there are fewer). */
static gsize
utf8_offset (const char *s,
             gsize       len,
             gsize       n_chars)
{
  gsize seen = 0;

  for (gsize i = 0; i < len; i++)
    if (((guchar) s[i] & 0xc0) != 0x80)
      {
        if (seen == n_chars)
          return i;
        seen++;
      }
  return len;
}

static void
append_fill (GString  *out,
             gunichar  fill,
             gssize    n)
{
  char buf[8];
  int k = g_unichar_to_utf8 (fill, buf);

  if (n <= 0)
    return;
  if (k == 1)
    {
      /* Wide fields are common enough ('{:>1000000}'): one memset, not a loop. */
      gsize at = out->len;
      g_string_set_size (out, at + (gsize) n);
      memset (out->str + at, buf[0], (gsize) n);
      return;
    }
  for (; n > 0; n--)
    g_string_append_len (out, buf, k);
}

static gboolean
check_width (const YsFormatSpec  *spec,
             char               **error)
{
  if (spec->width > MAX_WIDTH)
    {
      set_error (error, MSG_MEMORY);
      return FALSE;
    }
  return TRUE;
}

/* str.isspace () outside ASCII, which CPython's int () and float () turn into ' '. */
static gboolean
is_unicode_space (gunichar c)
{
  return c == 0x85 || c == 0xa0 || c == 0x1680
         || (c >= 0x2000 && c <= 0x200a)
         || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
         || c == 0x3000;
}

/* The whitespace CPython strips around numbers once the text is ASCII. */
static gboolean
is_c_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The ASCII text CPython parses numbers from: Unicode spaces and decimal digits
 * become their ASCII forms; any other non-ASCII character makes the text invalid
 * (NULL). */
static GString *
number_text_to_ascii (const char *s,
                      gsize       len)
{
  GString *out = g_string_sized_new (len);
  gsize pos = 0;

  while (pos < len)
    {
      gunichar c = utf8_next (s, len, &pos);
      int digit;

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (is_unicode_space (c))
        g_string_append_c (out, ' ');
      else if ((digit = g_unichar_digit_value (c)) >= 0)
        g_string_append_c (out, (char) ('0' + digit));
      else
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  return out;
}

/* ------------------------------------------------------------------------- */
/* Format specs                                                              */
/* ------------------------------------------------------------------------- */

void
ys_format_spec_init (YsFormatSpec *spec)
{
  g_return_if_fail (spec != NULL);

  memset (spec, 0, sizeof *spec);
  spec->fill = ' ';
  spec->width = -1;
  spec->precision = -1;
}

static gboolean
is_align_char (gunichar c)
{
  return c == '<' || c == '>' || c == '^' || c == '=';
}

/* The type a spec asks for, with @fallback standing for the value's default. */
static gunichar
spec_type (const YsFormatSpec *spec,
           gunichar            fallback)
{
  if (spec->type == YS_FORMAT_TYPE_OTHER)
    return spec->type_wide;
  if (spec->type == 0)
    return fallback;
  return (guchar) spec->type;
}

/* How CPython quotes a type code in messages: printable ASCII as is, else "\xNN". */
static char *
quote_code (gunichar c)
{
  if (c > 32 && c < 128)
    return g_strdup_printf ("'%c'", (char) c);
  return g_strdup_printf ("'\\x%x'", (unsigned int) c);
}

static void
set_unknown_code_error (char      **error,
                        gunichar    type,
                        const char *type_name)
{
  g_autofree char *code = quote_code (type);

  set_error_printf (error, "Unknown format code %s for object of type '%s'",
                    code, type_name);
}

static gboolean
check_grouping (char       grouping,
                gunichar   type,
                char     **error)
{
  g_autofree char *code = NULL;

  if (grouping == 0)
    return TRUE;

  switch (type)
    {
    case 0:
    case 'd':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return TRUE;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (grouping == '_')
        return TRUE;
      break;
    default:
      break;
    }

  code = quote_code (type);
  set_error_printf (error, "Cannot specify '%c' with %s.", grouping, code);
  return FALSE;
}

/* Reads a run of decimal digits (of any script, as CPython does); returns how many
 * there were, or -1 past CPython's limit of PY_SSIZE_T_MAX. */
static gssize
read_count (const gunichar *cps,
            gsize           n,
            gsize          *i,
            int            *value)
{
  guint64 acc = 0;
  gssize digits = 0;

  for (; *i < n; (*i)++, digits++)
    {
      int d = g_unichar_digit_value (cps[*i]);

      if (d < 0)
        break;
      if (acc > (guint64) ((G_MAXSSIZE - d) / 10))
        return -1;
      acc = acc * 10 + (guint64) d;
    }
  *value = acc > G_MAXINT ? G_MAXINT : (int) acc;
  return digits;
}

gboolean
ys_format_spec_parse_for (const char   *spec,
                          gsize         len,
                          const char   *type_name,
                          YsFormatSpec *out,
                          char        **error)
{
  g_autofree gunichar *cps = NULL;
  gboolean fill_given = FALSE;
  YsFormatSpec s;
  gsize n = 0, i = 0, pos = 0;
  gssize consumed;

  g_return_val_if_fail (spec != NULL || len == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  ys_format_spec_init (&s);
  cps = g_new (gunichar, len + 1);
  while (pos < len)
    cps[n++] = utf8_next (spec, len, &pos);

  /* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
  if (n >= 2 && is_align_char (cps[1]))
    {
      s.fill = cps[0];
      s.align = (char) cps[1];
      fill_given = TRUE;
      i = 2;
    }
  else if (n >= 1 && is_align_char (cps[0]))
    {
      s.align = (char) cps[0];
      i = 1;
    }

  if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' '))
    s.sign = (char) cps[i++];
  if (i < n && cps[i] == 'z')
    {
      s.no_neg_zero = TRUE;
      i++;
    }
  if (i < n && cps[i] == '#')
    {
      s.alternate = TRUE;
      i++;
    }
  /* A '0' after an explicit fill is just part of the width. */
  if (!fill_given && i < n && cps[i] == '0')
    {
      s.zero = TRUE;
      i++;
    }

  consumed = read_count (cps, n, &i, &s.width);
  if (consumed < 0)
    {
      set_error (error, "Too many decimal digits in format string");
      return FALSE;
    }
  if (consumed == 0)
    s.width = -1;

  if (i < n && cps[i] == ',')
    {
      s.grouping = ',';
      i++;
    }
  if (i < n && cps[i] == '_')
    {
      if (s.grouping != 0)
        {
          set_error (error, "Cannot specify both ',' and '_'.");
          return FALSE;
        }
      s.grouping = '_';
      i++;
    }
  if (i < n && cps[i] == ',' && s.grouping == '_')
    {
      set_error (error, "Cannot specify both ',' and '_'.");
      return FALSE;
    }

  if (i < n && cps[i] == '.')
    {
      i++;
      consumed = read_count (cps, n, &i, &s.precision);
      if (consumed < 0)
        {
          set_error (error, "Too many decimal digits in format string");
          return FALSE;
        }
      if (consumed == 0)
        {
          set_error (error, "Format specifier missing precision");
          return FALSE;
        }
    }

  if (n - i > 1)
    {
      if (type_name != NULL)
        set_error_printf (error,
                          "Invalid format specifier '%.*s' for object of type '%s'",
                          (int) len, spec, type_name);
      else
        set_error_printf (error, "Invalid format specifier '%.*s'", (int) len, spec);
      return FALSE;
    }
  if (n - i == 1)
    {
      if (cps[i] > 0 && cps[i] < 0x80)
        s.type = (char) cps[i];
      else
        {
          /* Also an explicit NUL, which is not the same as no type for ints. */
          s.type = YS_FORMAT_TYPE_OTHER;
          s.type_wide = cps[i];
        }
    }

  /* Without a type, the check needs the value's default type: see ys_format_*. */
  if (s.type != 0 && !check_grouping (s.grouping, spec_type (&s, 0), error))
    return FALSE;

  *out = s;
  return TRUE;
}

gboolean
ys_format_spec_parse (const char   *spec,
                      gsize         len,
                      YsFormatSpec *out,
                      char        **error)
{
  g_return_val_if_fail (spec != NULL || len == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return ys_format_spec_parse_for (spec, len, NULL, out, error);
}

/* ------------------------------------------------------------------------- */
/* Padding and digit grouping                                                */
/* ------------------------------------------------------------------------- */

/* A number split the way CPython lays it out:
 * [padding][sign][prefix][padding][grouped digits][.][rest][padding] */
typedef struct {
  gboolean    negative;
  const char *prefix;     /* "0x" and the like, or "" */
  const char *digits;     /* ASCII digits before the point, maybe none */
  gsize       n_digits;
  gboolean    point;
  const char *rest;       /* fraction, exponent, '%', or the character of 'c' */
  gsize       rest_len;   /* in bytes */
  gsize       rest_chars; /* in code points */
} NumberParts;

/* Appends @digits in groups of @group (0: no grouping) separated by @sep.  With
 * zero padding ('0' fill and '=' alignment) the zeros are part of the digits, so
 * they are grouped too and the result is at least @min_width long; it never
 * starts with a separator, so it may come out one longer ('0,001,234'). */
static void
append_grouped_digits (GString    *out,
                       const char *digits,
                       gsize       n,
                       gssize      min_width,
                       int         group,
                       char        sep)
{
  gssize remaining = (gssize) n;
  gssize need = MAX (min_width, 0);
  gsize pos = n;
  gsize start = out->len;

  if (n == 0)
    return;

  if (group == 0)
    {
      for (gssize z = need - remaining; z > 0; z--)
        g_string_append_c (out, '0');
      g_string_append_len (out, digits, (gssize) n);
      return;
    }

  /* Built backwards from the last digit, then turned around. */
  for (;;)
    {
      gssize piece = MIN ((gssize) group, MAX (MAX (remaining, need), 1));
      gssize take = MIN (remaining, piece);

      for (gssize k = 0; k < take; k++)
        g_string_append_c (out, digits[--pos]);
      for (gssize k = take; k < piece; k++)
        g_string_append_c (out, '0');
      remaining -= take;
      need -= piece;
      if (remaining <= 0 && need <= 0)
        break;
      need -= 1;
      g_string_append_c (out, sep);
    }
  g_strreverse (out->str + start);
}

static GString *
render_number (const NumberParts  *parts,
               const YsFormatSpec *spec,
               int                 group)
{
  gunichar fill = spec->zero ? '0' : spec->fill;
  char align = spec->align != 0 ? spec->align : (spec->zero ? '=' : '>');
  char sign = 0;
  gsize n_prefix = strlen (parts->prefix);
  gssize n_fixed, padding;
  gssize left = 0, inner = 0, right = 0;
  GString *out, *grouped;

  if (parts->negative)
    sign = '-';
  else if (spec->sign == '+' || spec->sign == ' ')
    sign = spec->sign;

  n_fixed = (sign != 0) + (gssize) n_prefix + (parts->point ? 1 : 0)
            + (gssize) parts->rest_chars;

  grouped = g_string_new (NULL);
  append_grouped_digits (grouped, parts->digits, parts->n_digits,
                         fill == '0' && align == '=' ? spec->width - n_fixed : 0,
                         group, spec->grouping);

  padding = (gssize) spec->width - (n_fixed + (gssize) grouped->len);
  if (padding > 0)
    {
      switch (align)
        {
        case '<':
          right = padding;
          break;
        case '^':
          left = padding / 2;
          right = padding - left;
          break;
        case '=':
          inner = padding;
          break;
        default:
          left = padding;
          break;
        }
    }

  out = g_string_sized_new (grouped->len + parts->rest_len + 16);
  append_fill (out, fill, left);
  if (sign != 0)
    g_string_append_c (out, sign);
  g_string_append_len (out, parts->prefix, (gssize) n_prefix);
  append_fill (out, fill, inner);
  g_string_append_len (out, grouped->str, (gssize) grouped->len);
  if (parts->point)
    g_string_append_c (out, '.');
  g_string_append_len (out, parts->rest, (gssize) parts->rest_len);
  append_fill (out, fill, right);

  g_string_free (grouped, TRUE);
  return out;
}

/* Results may hold NUL bytes (a NUL fill, chr (0), a str with NUL inside): the
 * _sized functions tell the length. */
static char *
finish_text (GString *text,
             gsize   *out_len)
{
  if (text == NULL)
    return NULL;
  if (out_len != NULL)
    *out_len = text->len;
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------------- */
/* Float digits                                                              */
/* ------------------------------------------------------------------------- */

/* printf-style conversion of one double in the C locale, whatever the
 * program's locale is. */
static char *
c_format_double (char   conversion,
                 int    precision,
                 double v)
{
  char format[32];
  gsize size;
  char *buf;

  g_snprintf (format, sizeof format, "%%.%d%c", precision, conversion);
  /* 'f' can have 309 digits before the point. */
  size = (gsize) precision + (conversion == 'f' ? 340 : 40);
  buf = g_malloc (size);
  g_ascii_formatd (buf, (int) size, format, v);
  return buf;
}

/* Leaves @digits without leading or trailing zeros ("0" for zero), keeping the
 * value 0.DIGITS × 10^decpt. */
static void
trim_digits (GString *digits,
             int     *decpt)
{
  gsize lead = 0;

  while (lead < digits->len && digits->str[lead] == '0')
    lead++;
  if (lead == digits->len)
    {
      g_string_assign (digits, "0");
      *decpt = 1;
      return;
    }
  g_string_erase (digits, 0, (gssize) lead);
  *decpt -= (int) lead;
  while (digits->str[digits->len - 1] == '0')
    g_string_truncate (digits, digits->len - 1);
}

/* Reads "d.ddde±x" (or "d.dddd") as digits and point position. */
static void
scan_c_number (const char *text,
               GString    *digits,
               int        *decpt)
{
  const char *p = text;
  int before_point = 0;
  gboolean seen_point = FALSE;

  g_string_truncate (digits, 0);
  if (*p == '-' || *p == '+')
    p++;
  for (; *p != '\0' && *p != 'e' && *p != 'E'; p++)
    {
      if (*p == '.')
        seen_point = TRUE;
      else
        {
          g_string_append_c (digits, *p);
          if (!seen_point)
            before_point++;
        }
    }
  *decpt = before_point;
  if (*p == 'e' || *p == 'E')
    *decpt += (int) g_ascii_strtoll (p + 1, NULL, 10);
  trim_digits (digits, decpt);
}

/* The (positive, finite) value the C library reads back from @text. */
static gboolean
reads_back_as (const char *text,
               double      v)
{
  return g_ascii_strtod (text, NULL) == v;
}

/* Correctly rounded digits of the positive finite @v: @count significant digits
 * ('e') or @count digits after the point ('f'). */
static void
rounded_digits (double   v,
                char     mode,
                int      count,
                GString *digits,
                int     *decpt)
{
  g_autofree char *text = NULL;

  if (mode == 'e')
    text = c_format_double ('e', CLAMP (count, 1, EXACT_SIG_DIGITS) - 1, v);
  else
    text = c_format_double ('f', CLAMP (count, 0, EXACT_FRAC_DIGITS), v);
  scan_c_number (text, digits, decpt);
}

/* The smallest decimal with the digits of @digits' length that is above it,
 * written as an integer with an exponent ("1235e-3"). */
static char *
next_decimal_up (const char *text)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  int exponent = 0;
  const char *p = text;
  gssize k;

  /* text is "d.ddde±x": keep every digit, trailing zeros included. */
  for (; *p != '\0' && *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (raw, *p);
  if (*p == 'e')
    exponent = (int) g_ascii_strtoll (p + 1, NULL, 10);
  exponent -= (int) raw->len - 1;

  for (k = (gssize) raw->len - 1; k >= 0; k--)
    {
      if (raw->str[k] != '9')
        {
          raw->str[k]++;
          break;
        }
      raw->str[k] = '0';
    }
  if (k < 0)
    g_string_prepend_c (raw, '1');

  return g_strdup_printf ("%se%d", raw->str, exponent);
}

/* The shortest digits that read back as the positive finite @v, the closest to
 * @v among those of that length. */
static void
shortest_digits (double   v,
                 GString *digits,
                 int     *decpt)
{
  g_autofree char *best = NULL;
  int lo = 0, hi = 16;
  int exponent;

  /* Correctly rounded p-digit strings that read back stay so for more digits,
   * and 17 digits always do: a binary search finds the shortest. */
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      g_autofree char *text = c_format_double ('e', mid, v);

      if (reads_back_as (text, v))
        hi = mid;
      else
        lo = mid + 1;
    }
  best = c_format_double ('e', lo, v);

  /* At a power of two the doubles below are twice as close as those above, so a
   * shorter decimal may sit above @v while the nearest one, below, is too far. */
  if (v > DBL_MIN && frexp (v, &exponent) == 0.5)
    {
      for (int p = lo - 1; p >= 0; p--)
        {
          g_autofree char *text = c_format_double ('e', p, v);
          g_autofree char *up = NULL;

          if (g_ascii_strtod (text, NULL) > v)
            break;
          up = next_decimal_up (text);
          if (!reads_back_as (up, v))
            break;
          g_free (best);
          best = g_steal_pointer (&up);
        }
    }

  scan_c_number (best, digits, decpt);
}

/* Lays out digits the way CPython's float formatting does.  @code is 'e', 'f',
 * 'g' or 'r' (repr); @precision is the spec's ('g': at least 1); @add_dot_0 keeps
 * at least one digit after the point in positional notation. */
static void
append_float_layout (GString    *out,
                     const char *digits,
                     int         decpt,
                     char        code,
                     int         precision,
                     gboolean    add_dot_0,
                     gboolean    alternate,
                     gboolean    upper)
{
  int n = (int) strlen (digits);
  gboolean use_exp = FALSE;
  int exponent = 0;
  gint64 start, end = n;

  switch (code)
    {
    case 'e':
      use_exp = TRUE;
      end = (gint64) precision + 1;
      break;
    case 'f':
      end = (gint64) decpt + precision;
      break;
    case 'g':
      use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
      if (alternate)
        end = precision;
      break;
    default:
      use_exp = decpt <= -4 || decpt > 16;
      break;
    }

  if (use_exp)
    {
      exponent = decpt - 1;
      decpt = 1;
    }

  /* Digit positions [start, end) around the point at decpt; there is always a
   * digit before the point. */
  start = decpt <= 0 ? decpt - 1 : 0;
  end = MAX (end, n);
  end = MAX (end, (gint64) decpt + (add_dot_0 && !use_exp ? 1 : 0));

  for (gint64 i = start; i < end; i++)
    {
      if (i == decpt)
        g_string_append_c (out, '.');
      g_string_append_c (out, i >= 0 && i < n ? digits[i] : '0');
    }
  if (decpt == end && alternate)
    g_string_append_c (out, '.');

  if (use_exp)
    g_string_append_printf (out, "%c%c%02d", upper ? 'E' : 'e',
                            exponent < 0 ? '-' : '+', ABS (exponent));
}

char *
ys_format_float_repr (double v)
{
  g_autoptr(GString) digits = NULL;
  GString *out;
  int decpt;

  if (isnan (v))
    return g_strdup ("nan");
  if (isinf (v))
    return g_strdup (v > 0 ? "inf" : "-inf");

  out = g_string_new (signbit (v) ? "-" : NULL);
  digits = g_string_new (NULL);
  if (v == 0)
    {
      g_string_assign (digits, "0");
      decpt = 1;
    }
  else
    shortest_digits (fabs (v), digits, &decpt);
  append_float_layout (out, digits->str, decpt, 'r', 0, TRUE, FALSE, FALSE);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------- */
/* format () for floats                                                      */
/* ------------------------------------------------------------------------- */

/* The part of float formatting shared with ints converted to float; @type has
 * been checked. */
static GString *
format_double (double              v,
               const YsFormatSpec *spec,
               gunichar            type,
               char              **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) digits = g_string_new (NULL);
  NumberParts parts = { 0 };
  int precision = spec->precision;
  int default_precision = 6;
  gboolean add_dot_0 = FALSE, upper = FALSE, percent = FALSE;
  char code;
  gsize k = 0;

  if (precision == G_MAXINT)
    {
      set_error (error, "precision too big");
      return NULL;
    }

  switch (type)
    {
    case 0:
      /* Like repr () without a precision, like 'g' with one but keeping a
       * digit after the point. */
      code = 'r';
      add_dot_0 = TRUE;
      default_precision = 0;
      break;
    case 'n':
      code = 'g';
      break;
    case 'E':
    case 'F':
    case 'G':
      code = (char) g_ascii_tolower ((char) type);
      upper = TRUE;
      break;
    case '%':
      code = 'f';
      percent = TRUE;
      v *= 100;
      break;
    default:
      code = (char) type;
      break;
    }

  if (precision < 0)
    precision = default_precision;
  else if (code == 'r')
    code = 'g';
  if (code == 'g' && precision == 0)
    precision = 1;

  if (isnan (v))
    g_string_append (text, upper ? "NAN" : "nan");
  else if (isinf (v))
    {
      parts.negative = v < 0;
      g_string_append (text, upper ? "INF" : "inf");
    }
  else
    {
      int decpt = 1;

      parts.negative = signbit (v) != 0;
      if (v == 0)
        g_string_assign (digits, "0");
      else if (code == 'r')
        shortest_digits (fabs (v), digits, &decpt);
      else if (code == 'f')
        rounded_digits (fabs (v), 'f', precision, digits, &decpt);
      else
        rounded_digits (fabs (v), 'e',
                        code == 'e' ? (int) MIN ((gint64) precision + 1, G_MAXINT)
                                    : precision,
                        digits, &decpt);

      /* 'z': a value that rounds to zero loses its sign. */
      if (spec->no_neg_zero && strcmp (digits->str, "0") == 0)
        parts.negative = FALSE;

      append_float_layout (text, digits->str, decpt, code, precision, add_dot_0,
                           spec->alternate, upper);
    }
  if (percent)
    g_string_append_c (text, '%');

  while (k < text->len && g_ascii_isdigit (text->str[k]))
    k++;
  parts.prefix = "";
  parts.digits = text->str;
  parts.n_digits = k;
  parts.point = k < text->len && text->str[k] == '.';
  if (parts.point)
    k++;
  parts.rest = text->str + k;
  parts.rest_len = text->len - k;
  parts.rest_chars = parts.rest_len;

  /* 'n' takes the C locale's grouping, which is none. */
  return render_number (&parts, spec, spec->grouping != 0 ? 3 : 0);
}

char *
ys_format_float (double              v,
                 const YsFormatSpec *spec,
                 char              **error)
{
  g_return_val_if_fail (spec != NULL, NULL);

  return ys_format_float_sized (v, spec, NULL, error);
}

char *
ys_format_float_sized (double              v,
                       const YsFormatSpec *spec,
                       gsize              *out_len,
                       char              **error)
{
  gunichar type;

  g_return_val_if_fail (spec != NULL, NULL);
  if (!check_width (spec, error))
    return NULL;

  type = spec_type (spec, 0);
  if (!check_grouping (spec->grouping, type, error))
    return NULL;

  switch (type)
    {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return finish_text (format_double (v, spec, type, error), out_len);
    default:
      set_unknown_code_error (error, type, "float");
      return NULL;
    }
}

/* ------------------------------------------------------------------------- */
/* format () for ints                                                        */
/* ------------------------------------------------------------------------- */

/* float (v): correctly rounded (half to even), FALSE if it overflows. */
static gboolean
mpz_to_double_rounded (mpz_srcptr  v,
                       double     *out)
{
  gsize bits = mpz_sizeinbase (v, 2);
  mpz_t a, q;
  gsize shift;
  double d;

  if (mpz_sgn (v) == 0 || bits <= DBL_MANT_DIG)
    {
      *out = mpz_get_d (v);
      return TRUE;
    }
  if (bits > DBL_MAX_EXP)
    return FALSE;

  mpz_init (a);
  mpz_init (q);
  mpz_abs (a, v);
  shift = bits - DBL_MANT_DIG;
  mpz_tdiv_q_2exp (q, a, shift);
  if (mpz_tstbit (a, shift - 1)
      && (mpz_scan1 (a, 0) < shift - 1 || mpz_odd_p (q)))
    mpz_add_ui (q, q, 1);
  d = ldexp (mpz_get_d (q), (int) shift);
  mpz_clear (a);
  mpz_clear (q);

  if (isinf (d))
    return FALSE;
  *out = mpz_sgn (v) < 0 ? -d : d;
  return TRUE;
}

/* Digits of |v| in @base, lower case. */
static char *
mpz_abs_digits (mpz_srcptr v,
                int        base)
{
  char *buf = g_malloc (mpz_sizeinbase (v, base) + 2);

  mpz_get_str (buf, base, v);
  if (buf[0] == '-')
    memmove (buf, buf + 1, strlen (buf));
  return buf;
}

static GString *
format_int_char (mpz_srcptr          v,
                 const YsFormatSpec *spec,
                 char              **error)
{
  NumberParts parts = { 0 };
  char buf[8];
  long c;

  if (spec->sign != 0)
    {
      set_error (error, "Sign not allowed with integer format specifier 'c'");
      return NULL;
    }
  if (spec->alternate)
    {
      set_error (error, "Alternate form (#) not allowed with integer format specifier 'c'");
      return NULL;
    }
  if (!mpz_fits_slong_p (v))
    {
      set_error (error, MSG_C_LONG);
      return NULL;
    }
  c = mpz_get_si (v);
  if (c < 0 || c > 0x10ffff)
    {
      set_error (error, MSG_CHAR_RANGE);
      return NULL;
    }

  parts.prefix = "";
  parts.digits = "";
  parts.rest = buf;
  parts.rest_len = (gsize) g_unichar_to_utf8 ((gunichar) c, buf);
  parts.rest_chars = 1;
  return render_number (&parts, spec, 0);
}

char *
ys_format_int (mpz_srcptr          v,
               const YsFormatSpec *spec,
               char              **error)
{
  g_return_val_if_fail (v != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  return ys_format_int_sized (v, spec, NULL, error);
}

char *
ys_format_int_sized (mpz_srcptr          v,
                     const YsFormatSpec *spec,
                     gsize              *out_len,
                     char              **error)
{
  g_autofree char *digits = NULL;
  NumberParts parts = { 0 };
  gunichar type;
  int base = 10, group;

  g_return_val_if_fail (v != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  if (!check_width (spec, error))
    return NULL;

  type = spec_type (spec, 'd');
  if (!check_grouping (spec->grouping, type, error))
    return NULL;

  switch (type)
    {
    case 'b':
    case 'c':
    case 'd':
    case 'n':
    case 'o':
    case 'x':
    case 'X':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      {
        double d;

        if (!mpz_to_double_rounded (v, &d))
          {
            set_error (error, MSG_INT_TOO_LARGE_FLOAT);
            return NULL;
          }
        return finish_text (format_double (d, spec, type, error), out_len);
      }
    default:
      set_unknown_code_error (error, type, "int");
      return NULL;
    }

  if (spec->precision != -1)
    {
      set_error (error, "Precision not allowed in integer format specifier");
      return NULL;
    }
  if (spec->no_neg_zero)
    {
      set_error (error, "Negative zero coercion (z) not allowed in integer format specifier");
      return NULL;
    }
  if (type == 'c')
    return finish_text (format_int_char (v, spec, error), out_len);

  parts.prefix = "";
  switch (type)
    {
    case 'b':
      base = 2;
      parts.prefix = spec->alternate ? "0b" : "";
      break;
    case 'o':
      base = 8;
      parts.prefix = spec->alternate ? "0o" : "";
      break;
    case 'x':
      base = 16;
      parts.prefix = spec->alternate ? "0x" : "";
      break;
    case 'X':
      base = 16;
      parts.prefix = spec->alternate ? "0X" : "";
      break;
    default:
      break;
    }

  /* CPython refuses decimal conversions of huge ints (sys.int_info). */
  if (base == 10 && mpz_sizeinbase (v, 10) > YS_FORMAT_INT_MAX_STR_DIGITS + 1)
    goto too_many_digits;
  digits = mpz_abs_digits (v, base);
  if (base == 10 && strlen (digits) > YS_FORMAT_INT_MAX_STR_DIGITS)
    goto too_many_digits;
  if (type == 'X')
    for (char *c = digits; *c != '\0'; c++)
      *c = g_ascii_toupper (*c);

  parts.negative = mpz_sgn (v) < 0;
  parts.digits = digits;
  parts.n_digits = strlen (digits);
  parts.rest = "";
  if (spec->grouping == 0 || type == 'n')
    group = 0;
  else
    group = base == 10 ? 3 : 4;
  return finish_text (render_number (&parts, spec, group), out_len);

too_many_digits:
  set_error_printf (error,
                    "Exceeds the limit (%d digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit",
                    YS_FORMAT_INT_MAX_STR_DIGITS);
  return NULL;
}

gboolean
ys_format_error_is_memory (const char *message)
{
  g_return_val_if_fail (message != NULL, FALSE);

  return strcmp (message, MSG_MEMORY) == 0;
}

gboolean
ys_format_error_is_overflow (const char *message)
{
  g_return_val_if_fail (message != NULL, FALSE);

  return strcmp (message, MSG_INT_TOO_LARGE_FLOAT) == 0
         || strcmp (message, MSG_CHAR_RANGE) == 0
         || strcmp (message, MSG_C_LONG) == 0;
}

char *
ys_format_int_base (mpz_srcptr v,
                    int        base)
{
  g_autofree char *digits = NULL;
  const char *prefix = "";

  g_return_val_if_fail (v != NULL, NULL);
  g_return_val_if_fail (base >= 2 && base <= 36, NULL);

  if (base == 2)
    prefix = "0b";
  else if (base == 8)
    prefix = "0o";
  else if (base == 16)
    prefix = "0x";

  digits = mpz_abs_digits (v, base);
  return g_strconcat (mpz_sgn (v) < 0 ? "-" : "", prefix, digits, NULL);
}

/* ------------------------------------------------------------------------- */
/* format () for strings                                                     */
/* ------------------------------------------------------------------------- */

char *
ys_format_str (const char         *utf8,
               gsize               len,
               const YsFormatSpec *spec,
               char              **error)
{
  g_return_val_if_fail (utf8 != NULL || len == 0, NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  return ys_format_str_sized (utf8, len, spec, NULL, error);
}

char *
ys_format_str_sized (const char         *utf8,
                     gsize               len,
                     const YsFormatSpec *spec,
                     gsize              *out_len,
                     char              **error)
{
  gunichar type;
  gunichar fill;
  char align;
  gsize chars, keep;
  gssize padding, left = 0, right = 0;
  GString *out;

  g_return_val_if_fail (utf8 != NULL || len == 0, NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  if (!check_width (spec, error))
    return NULL;

  type = spec_type (spec, 's');
  if (!check_grouping (spec->grouping, type, error))
    return NULL;
  if (type != 's')
    {
      set_unknown_code_error (error, type, "str");
      return NULL;
    }
  if (spec->sign == ' ')
    {
      set_error (error, "Space not allowed in string format specifier");
      return NULL;
    }
  if (spec->sign != 0)
    {
      set_error (error, "Sign not allowed in string format specifier");
      return NULL;
    }
  if (spec->no_neg_zero)
    {
      set_error (error, "Negative zero coercion (z) not allowed in string format specifier");
      return NULL;
    }
  if (spec->alternate)
    {
      set_error (error, "Alternate form (#) not allowed in string format specifier");
      return NULL;
    }
  if (spec->align == '=')
    {
      set_error (error, "'=' alignment not allowed in string format specifier");
      return NULL;
    }

  /* Strings align left, and a '0' flag only changes the fill. */
  fill = spec->zero ? '0' : spec->fill;
  align = spec->align != 0 ? spec->align : '<';

  keep = len;
  chars = utf8_count (utf8, len);
  if (spec->precision >= 0 && chars > (gsize) spec->precision)
    {
      keep = utf8_offset (utf8, len, (gsize) spec->precision);
      chars = (gsize) spec->precision;
    }

  padding = (gssize) spec->width - (gssize) chars;
  if (padding > 0)
    {
      if (align == '>')
        left = padding;
      else if (align == '^')
        {
          left = padding / 2;
          right = padding - left;
        }
      else
        right = padding;
    }

  out = g_string_sized_new (keep + 16);
  append_fill (out, fill, left);
  g_string_append_len (out, utf8, (gssize) keep);
  append_fill (out, fill, right);
  return finish_text (out, out_len);
}

/* ------------------------------------------------------------------------- */
/* int () and float () from text                                             */
/* ------------------------------------------------------------------------- */

static int
digit_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

static gboolean
is_prefix_letter (char c,
                  int  base)
{
  c = g_ascii_tolower (c);
  return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

gboolean
ys_parse_int (const char *s,
              gsize       len,
              int         base,
              mpz_t       out)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) digits = NULL;
  gboolean negative = FALSE, must_be_zero = FALSE;
  char prev = 0;
  const char *t;
  gsize i = 0, n;

  g_return_val_if_fail (s != NULL || len == 0, FALSE);
  g_return_val_if_fail (base == 0 || (base >= 2 && base <= 36), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  text = number_text_to_ascii (s, len);
  if (text == NULL)
    return FALSE;
  t = text->str;
  n = text->len;

  while (i < n && is_c_space (t[i]))
    i++;
  if (i < n && (t[i] == '+' || t[i] == '-'))
    negative = t[i++] == '-';

  if (base == 0)
    {
      if (i >= n || t[i] != '0')
        base = 10;
      else if (i + 1 < n && is_prefix_letter (t[i + 1], 16))
        base = 16;
      else if (i + 1 < n && is_prefix_letter (t[i + 1], 8))
        base = 8;
      else if (i + 1 < n && is_prefix_letter (t[i + 1], 2))
        base = 2;
      else
        {
          /* '010' is an old C octal literal: only zeros are allowed. */
          base = 10;
          must_be_zero = TRUE;
        }
    }
  if (i + 1 < n && t[i] == '0' && is_prefix_letter (t[i + 1], base))
    {
      i += 2;
      if (i < n && t[i] == '_')
        i++;
    }
  if (i < n && t[i] == '_')
    return FALSE;

  digits = g_string_new (NULL);
  for (; i < n && (digit_value (t[i]) < base || t[i] == '_'); i++)
    {
      if (t[i] == '_' && prev == '_')
        return FALSE;
      if (t[i] != '_')
        g_string_append_c (digits, t[i]);
      prev = t[i];
    }
  if (prev == '_' || digits->len == 0)
    return FALSE;

  while (i < n && is_c_space (t[i]))
    i++;
  if (i != n)
    return FALSE;

  if (mpz_set_str (out, digits->str, base) != 0)
    return FALSE;
  if (must_be_zero && mpz_sgn (out) != 0)
    return FALSE;
  if (negative)
    mpz_neg (out, out);
  return TRUE;
}

/* Case-insensitive match of the whole of [p, end) against @word. */
static gboolean
matches_word (const char *p,
              const char *end,
              const char *word)
{
  gsize n = strlen (word);

  return (gsize) (end - p) == n && g_ascii_strncasecmp (p, word, n) == 0;
}

gboolean
ys_parse_float (const char *s,
                gsize       len,
                double     *out)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) clean = NULL;
  const char *p, *end;
  char prev = 0;
  gboolean negative = FALSE;
  gsize a = 0, b;
  int n_digits = 0;

  g_return_val_if_fail (s != NULL || len == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  text = number_text_to_ascii (s, len);
  if (text == NULL)
    return FALSE;
  b = text->len;
  while (a < b && is_c_space (text->str[a]))
    a++;
  while (b > a && is_c_space (text->str[b - 1]))
    b--;
  if (a == b)
    return FALSE;

  /* Underscores may only sit between two digits. */
  clean = g_string_sized_new (b - a);
  for (gsize i = a; i < b; i++)
    {
      char c = text->str[i];

      if (c == '_')
        {
          if (!g_ascii_isdigit (prev))
            return FALSE;
        }
      else
        {
          if (prev == '_' && !g_ascii_isdigit (c))
            return FALSE;
          g_string_append_c (clean, c);
        }
      prev = c;
    }
  if (prev == '_')
    return FALSE;

  p = clean->str;
  end = clean->str + clean->len;
  if (p < end && (*p == '+' || *p == '-'))
    negative = *p++ == '-';

  if (matches_word (p, end, "inf") || matches_word (p, end, "infinity"))
    {
      *out = negative ? -INFINITY : INFINITY;
      return TRUE;
    }
  if (matches_word (p, end, "nan"))
    {
      *out = negative ? -NAN : NAN;
      return TRUE;
    }

  /* [digits][.digits] with a digit somewhere, then an optional exponent. */
  for (; p < end && g_ascii_isdigit (*p); p++)
    n_digits++;
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++)
      n_digits++;
  if (n_digits == 0)
    return FALSE;
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      int n_exp = 0;

      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        n_exp++;
      if (n_exp == 0)
        return FALSE;
    }
  if (p != end)
    return FALSE;

  /* Huge exponents give infinities and zeros, as in CPython. */
  *out = g_ascii_strtod (clean->str, NULL);
  return TRUE;
}

/* ------------------------------------------------------------------------- */
/* round ()                                                                  */
/* ------------------------------------------------------------------------- */

double
ys_format_round_double (double x,
                        int    ndigits)
{
  g_autofree char *mantissa = NULL;
  g_autofree char *text = NULL;
  mpz_t num, den, q, r;
  int exponent;
  double frac, result;

  if (!isfinite (x) || ndigits > ROUND_NDIGITS_MAX)
    return x;
  if (ndigits < ROUND_NDIGITS_MIN)
    return 0.0 * x;

  /* |x| = m × 2^e exactly; round |x| × 10^ndigits to an integer, half to even,
   * then let the C library round that decimal back to a double. */
  frac = frexp (fabs (x), &exponent);
  mpz_init_set_d (num, ldexp (frac, DBL_MANT_DIG));
  mpz_init_set_ui (den, 1);
  mpz_init (q);
  mpz_init (r);
  exponent -= DBL_MANT_DIG;
  if (exponent >= 0)
    mpz_mul_2exp (num, num, (mp_bitcnt_t) exponent);
  else
    mpz_mul_2exp (den, den, (mp_bitcnt_t) -exponent);
  if (ndigits >= 0)
    {
      mpz_ui_pow_ui (q, 10, (unsigned long) ndigits);
      mpz_mul (num, num, q);
    }
  else
    {
      mpz_ui_pow_ui (q, 10, (unsigned long) -ndigits);
      mpz_mul (den, den, q);
    }

  mpz_fdiv_qr (q, r, num, den);
  mpz_mul_2exp (r, r, 1);
  if (mpz_cmp (r, den) > 0 || (mpz_cmp (r, den) == 0 && mpz_odd_p (q)))
    mpz_add_ui (q, q, 1);

  mantissa = g_malloc (mpz_sizeinbase (q, 10) + 2);
  mpz_get_str (mantissa, 10, q);
  text = g_strdup_printf ("%s%se%d", signbit (x) ? "-" : "", mantissa, -ndigits);
  result = g_ascii_strtod (text, NULL);

  mpz_clear (num);
  mpz_clear (den);
  mpz_clear (q);
  mpz_clear (r);
  return result;
}
