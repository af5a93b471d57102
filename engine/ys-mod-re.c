/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The re module on GLib's GRegex (PCRE2). A Python pattern is first read here: that
 * gives Python's errors and positions, and a PCRE pattern where the syntax differs
 * (\Z, \u, \v, {,n}, named groups renumbered, verbose mode stripped, ASCII classes).
 * GRegex works on UTF-8 bytes; every position a program sees is in code points. */
#include "ys-runtime.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

enum {
  RE_I = 2, RE_L = 4, RE_M = 8, RE_S = 16, RE_U = 32, RE_X = 64, RE_A = 256,
};

typedef struct
{
  YsInstance  base;
  GRegex     *regex;
  GRegex     *full;        /* anchored at the end too, made on the first fullmatch */
  char       *translated;
  YsValue     pattern;     /* str */
  int         flags;
  int         groups;
  YsValue     groupindex;  /* dict name -> number */
  int        *parent;      /* each group's enclosing group (0: none), for lastindex */
} Pattern;

typedef struct
{
  YsInstance  base;
  YsValue     pattern;
  YsValue     string;
  gssize      pos, endpos;
  int         ngroups;     /* groups + 1 */
  gssize      spans[];     /* start, end of each group in code points; -1 unmatched */
} Match;

#define PATTERN(v) ((Pattern *) ys_obj (v))
#define MATCH(v) ((Match *) ys_obj (v))

static YsType *pattern_type (YsVM *vm);
static YsType *match_type (YsVM *vm);

static YsType *
error_type (YsVM *vm)
{
  return ys_module_exception_type (vm, "re.error", vm->exc_types[YS_EXC_EXCEPTION]);
}

/* re.error (msg at position pos), with msg, pattern and pos attributes. */
static YsValue
raise_error (YsVM       *vm,
             YsValue     pattern,
             gssize      pos,
             const char *format,
             ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  YsValue text, args, exc, m;
  gssize line = 1, col = pos + 1;

  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  /* Where pos is in a pattern of several lines: lineno and colno, as CPython's. */
  if (pattern != YS_NULL && pos >= 0)
    {
      const char *s = ys_str_data (pattern), *end = g_utf8_offset_to_pointer (s, (glong) pos);
      for (const char *q = s; q < end; q = g_utf8_next_char (q))
        if (*q == '\n')
          {
            line++;
            col = pos - g_utf8_pointer_to_offset (s, q);
          }
    }
  if (pos >= 0 && pattern != YS_NULL && strchr (ys_str_data (pattern), '\n') != NULL)
    text = ys_str_printf (vm, "%s at position %" G_GSSIZE_FORMAT " (line %" G_GSSIZE_FORMAT ", column %"
                          G_GSSIZE_FORMAT ")", msg, pos, line, col);
  else if (pos >= 0)
    text = ys_str_printf (vm, "%s at position %" G_GSSIZE_FORMAT, msg, pos);
  else
    text = ys_str_new (vm, msg, -1);
  if (text == YS_NULL)
    return YS_NULL;
  args = ys_tuple_pack (vm, 1, text);
  exc = args != YS_NULL ? ys_exception_new (vm, error_type (vm), args) : YS_NULL;
  ys_xdecref (vm, args);
  if (exc == YS_NULL)
    return YS_NULL;
  m = ys_str_new (vm, msg, -1);
  ys_setattr (vm, exc, ys_str_interned (vm, "msg"), m);
  ys_xdecref (vm, m);
  ys_setattr (vm, exc, ys_str_interned (vm, "pattern"), pattern != YS_NULL ? pattern : ys_val (vm->none));
  ys_setattr (vm, exc, ys_str_interned (vm, "pos"), pos >= 0 ? ys_small (pos) : ys_val (vm->none));
  ys_setattr (vm, exc, ys_str_interned (vm, "lineno"), pos >= 0 ? ys_small (line) : ys_val (vm->none));
  ys_setattr (vm, exc, ys_str_interned (vm, "colno"), pos >= 0 ? ys_small (col) : ys_val (vm->none));
  return ys_raise_value (vm, exc);
}

/* Reading a Python pattern */

typedef struct
{
  YsVM       *vm;
  YsValue     source;
  const char *p;         /* the next character */
  const char *start;
  GString    *out;
  int         flags;
  int         groups;
  GArray     *parents;   /* int per group */
  GArray     *open;      /* int: group number of each open paren (0: not capturing), */
  GArray     *open_pos;  /* and its position */
  YsValue     names;     /* dict */
  gboolean    failed;
} Reader;

static gssize
rd_pos (Reader     *r,
        const char *at)
{
  return g_utf8_pointer_to_offset (r->start, at);
}

static gboolean
rd_fail (Reader     *r,
         const char *at,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
rd_fail (Reader     *r,
         const char *at,
         const char *format,
         ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  raise_error (r->vm, r->source, at != NULL ? rd_pos (r, at) : -1, "%s", msg);
  r->failed = TRUE;
  return FALSE;
}

static gboolean
is_hex (const char *s,
        int         n)
{
  for (int i = 0; i < n; i++)
    if (!g_ascii_isxdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* An escape outside or inside a class; @r->p at the backslash. */
static gboolean
rd_escape (Reader   *r,
           gboolean  in_class)
{
  const char *at = r->p;
  char c = r->p[1];
  gboolean ascii = (r->flags & RE_A) != 0;
  int n;

  if (c == '\0')
    return rd_fail (r, at, "bad escape (end of pattern)");
  switch (c)
    {
    case 'x': n = 2; goto hex;
    case 'u': n = 4; goto hex;
    case 'U': n = 8;
    hex:
      if (!is_hex (r->p + 2, n))
        {
          int k = 0;
          while (k < n && g_ascii_isxdigit (r->p[2 + k]))
            k++;
          return rd_fail (r, at, "incomplete escape \\%c%.*s", c, k, r->p + 2);
        }
      {
        g_autofree char *digits = g_strndup (r->p + 2, (gsize) n);
        guint64 cp = g_ascii_strtoull (digits, NULL, 16);
        if (cp > 0x10ffff)
          return rd_fail (r, at, "bad escape \\%c%s", c, digits);
        g_string_append_printf (r->out, "\\x{%" G_GINT64_MODIFIER "x}", cp);
      }
      r->p += 2 + n;
      return TRUE;
    case 'v':
      g_string_append (r->out, "\\x{0b}");
      r->p += 2;
      return TRUE;
    case 'Z':
      if (in_class)
        return rd_fail (r, at, "bad escape \\Z");
      g_string_append (r->out, "\\z");
      r->p += 2;
      return TRUE;
    case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
      if (ascii)
        {
          const char *set = c == 'd' || c == 'D' ? "0-9" : c == 'w' || c == 'W' ? "a-zA-Z0-9_" : " \\t\\n\\r\\f\\x{0b}";
          gboolean neg = g_ascii_isupper (c);
          if (in_class && !neg)
            g_string_append (r->out, set);
          else if (in_class)
            g_string_append_printf (r->out, "\\%c", c);
          else
            g_string_append_printf (r->out, "[%s%s]", neg ? "^" : "", set);
        }
      else
        g_string_append_printf (r->out, "\\%c", c);
      r->p += 2;
      return TRUE;
    case 'b': case 'B':
      if (in_class && c == 'b')
        g_string_append (r->out, "\\x{08}");
      else if (in_class)
        return rd_fail (r, at, "bad escape \\B");
      else if (ascii)
        g_string_append (r->out, c == 'b' ? "(?:(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_]))"
                                          : "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))");
      else
        g_string_append_printf (r->out, "\\%c", c);
      r->p += 2;
      return TRUE;
    case 'A':
      if (in_class)
        return rd_fail (r, at, "bad escape \\A");
      G_GNUC_FALLTHROUGH;
    case 'a': case 'f': case 'n': case 'r': case 't': case '\\':
      g_string_append_len (r->out, r->p, 2);
      r->p += 2;
      return TRUE;
    default:
      break;
    }
  if (g_ascii_isdigit (c))
    {
      /* Octal (\0, or three octal digits) or a group reference. */
      if (c == '0' || (in_class))
        {
          int k = 1;
          while (k < 3 && r->p[1 + k] >= '0' && r->p[1 + k] <= '7')
            k++;
          char buf[4] = { 0 };
          memcpy (buf, r->p + 1, (gsize) k);
          g_string_append_printf (r->out, "\\x{%lx}", strtol (buf, NULL, 8));
          r->p += 1 + k;
          return TRUE;
        }
      if (r->p[2] >= '0' && r->p[2] <= '7' && r->p[3] >= '0' && r->p[3] <= '7' && c <= '7')
        {
          char buf[4] = { r->p[1], r->p[2], r->p[3], 0 };
          g_string_append_printf (r->out, "\\x{%lx}", strtol (buf, NULL, 8));
          r->p += 4;
          return TRUE;
        }
      n = c - '0';
      r->p += 2;
      if (g_ascii_isdigit (*r->p))
        n = n * 10 + (*r->p++ - '0');
      {
        gboolean closed = n <= r->groups;
        for (guint i = 0; closed && i < r->open->len; i++)
          if (g_array_index (r->open, int, i) == n)
            closed = FALSE;
        if (!closed)
          return rd_fail (r, at + 1, n <= r->groups ? "cannot refer to an open group" : "invalid group reference %d", n);
      }
      g_string_append_printf (r->out, "(?:\\g{%d})", n);
      return TRUE;
    }
  if (g_ascii_isalpha (c))
    return rd_fail (r, at, "bad escape \\%c", c);
  /* Any other escaped character stands for itself. */
  {
    const char *next = g_utf8_next_char (r->p + 1);
    if (g_ascii_isalnum (c) || (guchar) c >= 0x80)
      g_string_append_len (r->out, r->p + 1, next - (r->p + 1));
    else
      g_string_append_len (r->out, r->p, next - r->p);
    r->p = next;
  }
  return TRUE;
}

static gboolean
rd_class (Reader *r)
{
  const char *at = r->p;

  g_string_append_c (r->out, '[');
  r->p++;
  if (*r->p == '^')
    g_string_append_c (r->out, *r->p++);
  if (*r->p == ']')
    {
      g_string_append (r->out, "\\]");
      r->p++;
    }
  while (*r->p != ']')
    {
      if (*r->p == '\0')
        return rd_fail (r, at, "unterminated character set");
      if (*r->p == '\\')
        {
          const char *esc = r->p;
          if (!rd_escape (r, TRUE))
            return FALSE;
          if (*r->p == '-' && r->p[1] != ']' && strchr ("dDwWsS", esc[1]) != NULL)
            {
              const char *end = g_utf8_next_char (r->p + 1);
              if (r->p[1] == '\\')
                end = g_utf8_next_char (r->p + 2);
              return rd_fail (r, esc, "bad character range %.*s", (int) (end - esc), esc);
            }
          continue;
        }
      if (*r->p == '[')
        g_string_append (r->out, "\\[");
      else
        g_string_append_len (r->out, r->p, g_utf8_next_char (r->p) - r->p);
      r->p = g_utf8_next_char (r->p);
    }
  g_string_append_c (r->out, ']');
  r->p++;
  return TRUE;
}

/* A group name ending with @end; @r->p at its first character. */
static char *
rd_name (Reader *r,
         char    end)
{
  const char *s = r->p, *e = strchr (s, end);
  char *name;

  if (e == NULL)
    {
      if (*s == '\0')
        rd_fail (r, s, "missing group name");
      else
        rd_fail (r, s, "missing %c, unterminated name", end);
      return NULL;
    }
  if (e == s)
    {
      rd_fail (r, s, "missing group name");
      return NULL;
    }
  name = g_strndup (s, (gsize) (e - s));
  {
    gunichar first = g_utf8_get_char (name);
    gboolean ok = g_unichar_isalpha (first) || first == '_';
    for (const char *q = name; ok && *q; q = g_utf8_next_char (q))
      {
        gunichar ch = g_utf8_get_char (q);
        ok = g_unichar_isalnum (ch) || ch == '_';
      }
    if (!ok)
      {
        rd_fail (r, s, "bad character in group name '%s'", name);
        g_free (name);
        return NULL;
      }
  }
  r->p = e + 1;
  return name;
}

static void
rd_open_group (Reader     *r,
               const char *at,
               int         number)
{
  if (number > 0)
    {
      int parent = 0;
      for (guint i = r->open->len; i > 0 && parent == 0; i--)
        parent = g_array_index (r->open, int, i - 1);
      g_array_append_val (r->parents, parent);
    }
  g_array_append_val (r->open, number);
  {
    gssize pos = rd_pos (r, at);
    g_array_append_val (r->open_pos, pos);
  }
  g_string_append_c (r->out, '(');
  if (number == 0)
    g_string_append (r->out, "?:");
}

/* Inline flags: (?aiLmsux) at the start, or (?flags-flags:...) scoped. */
static gboolean
rd_flags (Reader     *r,
          const char *at,
          gboolean    at_start)
{
  const char *q = r->p;
  int on = 0, off = 0, *which = &on;
  static const char letters[] = "aiLmsux";
  static const int values[] = { RE_A, RE_I, RE_L, RE_M, RE_S, RE_U, RE_X };

  for (; *q && *q != ')' && *q != ':'; q++)
    {
      const char *l = *q != '\0' ? strchr (letters, *q) : NULL;
      if (*q == '-' && which == &on)
        {
          which = &off;
          continue;
        }
      if (l == NULL)
        return rd_fail (r, q, "unknown flag");
      *which |= values[l - letters];
    }
  if (*q == '\0')
    return rd_fail (r, q, "missing -, : or )");
  if (*q == ')')
    {
      if (off != 0)
        return rd_fail (r, q, "missing :");
      if (!at_start)
        return rd_fail (r, at, "global flags not at the start of the expression");
      if (on & RE_L)
        return rd_fail (r, NULL, "bad inline flags: cannot use 'L' flag with a str pattern");
      r->flags |= on;
      r->p = q + 1;
      return TRUE;
    }
  /* Scoped flags: PCRE knows i, m, s and x, which it reads as Python does. */
  if ((on | off) & (RE_A | RE_L | RE_U))
    return rd_fail (r, at, "scoped a, L or u flags are not supported by Yieldscope");
  g_string_append (r->out, "(?");
  for (int k = 0; k < 2; k++)
    {
      int set = k == 0 ? on : off;
      if (k == 1 && set != 0)
        g_string_append_c (r->out, '-');
      if (set & RE_I) g_string_append_c (r->out, 'i');
      if (set & RE_M) g_string_append_c (r->out, 'm');
      if (set & RE_S) g_string_append_c (r->out, 's');
      if (set & RE_X) g_string_append_c (r->out, 'x');
    }
  g_string_append_c (r->out, ':');
  g_array_append_val (r->open, (int) { 0 });
  {
    gssize pos = rd_pos (r, at);
    g_array_append_val (r->open_pos, pos);
  }
  r->p = q + 1;
  return TRUE;
}

/* What follows "(?"; @at is the parenthesis. */
static gboolean
rd_extension (Reader     *r,
              const char *at,
              gboolean    at_start)
{
  char c = *r->p;

  if (c == ':' || c == '=' || c == '!' || c == '>')
    {
      g_array_append_val (r->open, (int) { 0 });
      {
        gssize pos = rd_pos (r, at);
        g_array_append_val (r->open_pos, pos);
      }
      g_string_append_c (r->out, '(');
      g_string_append_c (r->out, '?');
      g_string_append_c (r->out, c);
      r->p++;
      return TRUE;
    }
  if (c == '<' && (r->p[1] == '=' || r->p[1] == '!'))
    {
      g_array_append_val (r->open, (int) { 0 });
      {
        gssize pos = rd_pos (r, at);
        g_array_append_val (r->open_pos, pos);
      }
      g_string_append (r->out, "(?<");
      g_string_append_c (r->out, r->p[1]);
      r->p += 2;
      return TRUE;
    }
  if (c == '#')
    {
      const char *e = strchr (r->p, ')');
      if (e == NULL)
        return rd_fail (r, at, "missing ), unterminated comment");
      r->p = e + 1;
      return TRUE;
    }
  if (c == 'P' && r->p[1] == '<')
    {
      g_autofree char *name = NULL;
      YsValue key, old;
      r->p += 2;
      name = rd_name (r, '>');
      if (name == NULL)
        return FALSE;
      key = ys_str_new (r->vm, name, -1);
      old = ys_dict_get (r->vm, r->names, key);
      if (old != YS_NULL)
        {
          ys_decref (r->vm, key);
          return rd_fail (r, at + 4, "redefinition of group name '%s' as group %d; was group %" G_GINTPTR_FORMAT,
                          name, r->groups + 1, ys_small_get (old));
        }
      ys_dict_set (r->vm, r->names, key, ys_small (r->groups + 1));
      ys_decref (r->vm, key);
      rd_open_group (r, at, ++r->groups);
      return TRUE;
    }
  if (c == 'P' && r->p[1] == '=')
    {
      g_autofree char *name = NULL;
      YsValue key, number;
      const char *name_at = r->p + 2;
      r->p += 2;
      name = rd_name (r, ')');
      if (name == NULL)
        return FALSE;
      key = ys_str_new (r->vm, name, -1);
      number = ys_dict_get (r->vm, r->names, key);
      ys_decref (r->vm, key);
      if (number == YS_NULL)
        return rd_fail (r, name_at, "unknown group name '%s'", name);
      g_string_append_printf (r->out, "(?:\\g{%" G_GINTPTR_FORMAT "})", ys_small_get (number));
      return TRUE;
    }
  if (c == '(')
    {
      /* A conditional on a group, by number or by name. */
      const char *e = strchr (r->p, ')');
      g_autofree char *ref = e != NULL ? g_strndup (r->p + 1, (gsize) (e - r->p - 1)) : NULL;
      int number;
      if (ref == NULL)
        return rd_fail (r, r->p + 1, "missing ), unterminated name");
      if (ref[0] != '\0' && ref[strspn (ref, "0123456789")] == '\0')
        number = atoi (ref);
      else
        {
          YsValue key = ys_str_new (r->vm, ref, -1), n = ys_dict_get (r->vm, r->names, key);
          ys_decref (r->vm, key);
          if (n == YS_NULL)
            return rd_fail (r, r->p + 1, "unknown group name '%s'", ref);
          number = (int) ys_small_get (n);
        }
      g_array_append_val (r->open, (int) { 0 });
      {
        gssize pos = rd_pos (r, at);
        g_array_append_val (r->open_pos, pos);
      }
      g_string_append_printf (r->out, "(?(%d)", number);
      r->p = e + 1;
      return TRUE;
    }
  if (c == '\0')
    return rd_fail (r, r->p, "unexpected end of pattern");
  if (strchr ("aiLmsux-", c) != NULL)
    return rd_flags (r, at, at_start);
  {
    const char *e = g_utf8_next_char (r->p);
    if (c == '<' || c == 'P')
      e = g_utf8_next_char (e);
    return rd_fail (r, r->p - 1, "unknown extension ?%.*s", (int) (e - r->p), r->p);
  }
}

/* A quantifier {m,n} at @r->p: TRUE with it copied, FALSE (nothing read) when the
 * brace is a plain character. */
static gboolean
rd_braces (Reader *r)
{
  const char *q = r->p + 1, *lo = q, *hi = NULL;
  gsize nlo, nhi = 0;

  while (g_ascii_isdigit (*q))
    q++;
  nlo = (gsize) (q - lo);
  if (*q == ',')
    {
      hi = ++q;
      while (g_ascii_isdigit (*q))
        q++;
      nhi = (gsize) (q - hi);
    }
  if (*q != '}' || (nlo == 0 && hi == NULL))
    return FALSE;
  if (nlo > 0 && nhi > 0 && g_ascii_strtoull (lo, NULL, 10) > g_ascii_strtoull (hi, NULL, 10))
    {
      rd_fail (r, lo, "min repeat greater than max repeat");
      return FALSE;
    }
  g_string_append_printf (r->out, "{%.*s", nlo > 0 ? (int) nlo : 1, nlo > 0 ? lo : "0");
  if (hi != NULL)
    g_string_append_printf (r->out, ",%.*s", (int) nhi, hi);
  g_string_append_c (r->out, '}');
  r->p = q + 1;
  return TRUE;
}

static gboolean
rd_pattern (Reader *r)
{
  /* What the last item was: 0 nothing to repeat, 1 an item, 2 a quantifier, 3 a
   * quantifier with its lazy or possessive mark. */
  int last = 0;
  gboolean at_start = TRUE;

  while (*r->p != '\0')
    {
      const char *at = r->p;
      char c = *r->p;

      if ((r->flags & RE_X) && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
        {
          r->p++;
          continue;
        }
      if ((r->flags & RE_X) && c == '#')
        {
          while (*r->p != '\0' && *r->p != '\n')
            r->p++;
          continue;
        }
      if (c == '*' || c == '+' || c == '?' || (c == '{' && last != 0 && rd_braces (r)))
        {
          if (r->failed)
            return FALSE;
          if (c != '{')
            {
              if (last == 2 && (c == '?' || c == '+'))
                {
                  g_string_append_c (r->out, c);
                  r->p++;
                  last = 3;
                  continue;
                }
              if (last == 0)
                return rd_fail (r, at, "nothing to repeat");
              if (last >= 2)
                return rd_fail (r, at, "multiple repeat");
              g_string_append_c (r->out, c);
              r->p++;
            }
          else if (last >= 2)
            return rd_fail (r, at, "multiple repeat");
          last = 2;
          continue;
        }
      if (c == '{' && last == 0 && rd_braces (r))
        return rd_fail (r, at, "nothing to repeat");
      if (r->failed)
        return FALSE;
      if (c == '(')
        {
          r->p++;
          if (*r->p == '?')
            {
              gsize before = r->out->len;
              r->p++;
              if (!rd_extension (r, at, at_start))
                return FALSE;
              /* A comment or global flags leave nothing to repeat behind them. */
              if (r->out->len == before)
                continue;
            }
          else if (*r->p == '*')
            return rd_fail (r, r->p, "nothing to repeat");
          else
            rd_open_group (r, at, ++r->groups);
          last = 0;
          at_start = FALSE;
          continue;
        }
      at_start = FALSE;
      if (c == ')')
        {
          if (r->open->len == 0)
            return rd_fail (r, at, "unbalanced parenthesis");
          g_array_set_size (r->open, r->open->len - 1);
          g_array_set_size (r->open_pos, r->open_pos->len - 1);
          g_string_append_c (r->out, ')');
          r->p++;
          last = 1;
          continue;
        }
      if (c == '|')
        {
          g_string_append_c (r->out, '|');
          r->p++;
          last = 0;
          continue;
        }
      if (c == '^' || c == '$')
        {
          g_string_append_c (r->out, c);
          r->p++;
          last = 0;
          continue;
        }
      if (c == '[')
        {
          if (!rd_class (r))
            return FALSE;
          last = 1;
          continue;
        }
      if (c == '\\')
        {
          char e = r->p[1];
          if (!rd_escape (r, FALSE))
            return FALSE;
          last = e == 'A' || e == 'Z' || e == 'b' || e == 'B' ? 0 : 1;
          continue;
        }
      if (c == '{' || c == '}')
        g_string_append_c (r->out, '\\');
      if ((r->flags & RE_X) == 0 && c == '#')
        g_string_append_c (r->out, '\\');
      g_string_append_len (r->out, r->p, g_utf8_next_char (r->p) - r->p);
      r->p = g_utf8_next_char (r->p);
      last = 1;
    }
  if (r->open->len > 0)
    {
      gssize pos = g_array_index (r->open_pos, gssize, r->open_pos->len - 1);
      raise_error (r->vm, r->source, pos, "missing ), unterminated subpattern");
      r->failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Pattern objects */

static void
pattern_clear (YsVM     *vm,
               YsObject *obj)
{
  Pattern *p = (Pattern *) obj;

  ys_clear (vm, &p->base.dict);
  ys_clear (vm, &p->pattern);
  ys_clear (vm, &p->groupindex);
}

static void
pattern_dealloc (YsVM     *vm,
                 YsObject *obj)
{
  Pattern *p = (Pattern *) obj;

  pattern_clear (vm, obj);
  if (p->regex != NULL)
    g_regex_unref (p->regex);
  if (p->full != NULL)
    g_regex_unref (p->full);
  g_free (p->translated);
  g_free (p->parent);
  ys_free_object (vm, obj);
}

static YsValue
pattern_compile (YsVM    *vm,
                 YsValue  source,
                 int      flags)
{
  Reader r = { 0 };
  g_autoptr (GError) err = NULL;
  GRegexCompileFlags cflags = G_REGEX_NEWLINE_LF;
  GRegex *regex;
  Pattern *p;

  if ((flags & RE_L))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot use LOCALE flag with a str pattern");
  if ((flags & RE_A) && (flags & RE_U))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "ASCII and UNICODE flags are incompatible");
  r.vm = vm;
  r.source = source;
  r.p = r.start = ys_str_data (source);
  r.out = g_string_new (NULL);
  r.flags = flags;
  r.parents = g_array_new (FALSE, FALSE, sizeof (int));
  r.open = g_array_new (FALSE, FALSE, sizeof (int));
  r.open_pos = g_array_new (FALSE, FALSE, sizeof (gssize));
  r.names = ys_dict_new (vm);
  if (strlen (r.start) != ys_str_as (source)->nbytes)
    {
      /* A NUL in the pattern: PCRE reads it as \x{0}. */
      g_string_free (r.out, TRUE);
      g_array_unref (r.parents);
      g_array_unref (r.open);
      g_array_unref (r.open_pos);
      ys_decref (vm, r.names);
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "patterns with a NUL character are not supported by Yieldscope");
    }
  rd_pattern (&r);
  g_array_unref (r.open);
  g_array_unref (r.open_pos);
  if (r.failed)
    {
      g_string_free (r.out, TRUE);
      g_array_unref (r.parents);
      ys_decref (vm, r.names);
      return YS_NULL;
    }
  if (r.flags & RE_I)
    cflags |= G_REGEX_CASELESS;
  if (r.flags & RE_M)
    cflags |= G_REGEX_MULTILINE;
  if (r.flags & RE_S)
    cflags |= G_REGEX_DOTALL;
  regex = g_regex_new (r.out->str, cflags, 0, &err);
  if (regex == NULL)
    {
      const char *msg = strstr (err->message, ": ");
      g_string_free (r.out, TRUE);
      g_array_unref (r.parents);
      ys_decref (vm, r.names);
      return raise_error (vm, source, -1, "%s", msg != NULL ? msg + 2 : err->message);
    }
  p = (Pattern *) ys_gc_alloc (vm, pattern_type (vm), sizeof (Pattern));
  if (p == NULL)
    {
      g_regex_unref (regex);
      g_string_free (r.out, TRUE);
      g_array_unref (r.parents);
      ys_decref (vm, r.names);
      return YS_NULL;
    }
  p->regex = regex;
  p->translated = g_string_free (r.out, FALSE);
  p->pattern = ys_ref (source);
  p->flags = r.flags | (r.flags & RE_A ? 0 : RE_U);
  p->groups = r.groups;
  p->groupindex = r.names;
  p->parent = g_new0 (int, r.groups + 1);
  for (int i = 0; i < r.groups; i++)
    p->parent[i + 1] = g_array_index (r.parents, int, i);
  g_array_unref (r.parents);
  return ys_val (p);
}

static GRegex *
pattern_full (YsVM    *vm,
              Pattern *p)
{
  if (p->full == NULL)
    {
      g_autofree char *text = g_strdup_printf ("(?:%s)\\z", p->translated);
      GRegexCompileFlags cflags = g_regex_get_compile_flags (p->regex) & ~G_REGEX_OPTIMIZE;
      g_autoptr (GError) err = NULL;

      p->full = g_regex_new (text, cflags, 0, &err);
      if (p->full == NULL)
        raise_error (vm, p->pattern, -1, "%s", err->message);
    }
  return p->full;
}

/* Matching */

/* Byte offsets to code points, moving from the last offset converted. */
typedef struct
{
  const char *s;
  gboolean    ascii;
  gsize       byte;
  gsize       cp;
} Cursor;

static void
cursor_init (Cursor  *c,
             YsValue  string)
{
  c->s = ys_str_data (string);
  c->ascii = ys_str_as (string)->ascii;
  c->byte = 0;
  c->cp = 0;
}

static gssize
cursor_cp (Cursor *c,
           gint    byte)
{
  gsize b;

  if (byte < 0)
    return -1;
  b = (gsize) byte;
  if (c->ascii)
    return (gssize) b;
  if (b >= c->byte)
    c->cp += (gsize) g_utf8_strlen (c->s + c->byte, (gssize) (b - c->byte));
  else
    c->cp -= (gsize) g_utf8_strlen (c->s + b, (gssize) (c->byte - b));
  c->byte = b;
  return (gssize) c->cp;
}

typedef enum {
  MODE_SEARCH,
  MODE_MATCH,
  MODE_FULL,
} MatchMode;

/* One scan of a string: where the next search starts, and whether the last match
 * was empty (the next one may not be empty at the same place, as in Python 3.7+). */
typedef struct
{
  YsValue   pattern;     /* borrowed */
  YsValue   string;      /* borrowed */
  gssize    pos, endpos; /* code points, as given (clamped) */
  gsize     byte;        /* where the next search starts */
  gsize     end_byte;
  gboolean  last_empty;
  gboolean  done;
  Cursor    cursor;
} Scan;

static void
scan_init (Scan    *sc,
           YsValue  pattern,
           YsValue  string,
           gssize   pos,
           gssize   endpos)
{
  gssize len = (gssize) ys_str_as (string)->length;

  sc->pattern = pattern;
  sc->string = string;
  sc->pos = CLAMP (pos, 0, len);
  sc->endpos = CLAMP (endpos, 0, len);
  sc->byte = ys_str_offset (ys_str_as (string), (gsize) sc->pos);
  sc->end_byte = ys_str_offset (ys_str_as (string), (gsize) sc->endpos);
  sc->last_empty = FALSE;
  sc->done = sc->endpos < sc->pos;
  cursor_init (&sc->cursor, string);
}

/* The next match of @sc: a Match, or YS_NULL: no more (no exception) or an error. */
static YsValue
scan_next (YsVM      *vm,
           Scan      *sc,
           MatchMode  mode)
{
  Pattern *p = PATTERN (sc->pattern);
  GRegex *regex = mode == MODE_FULL ? pattern_full (vm, p) : p->regex;
  GRegexMatchFlags mflags = 0;
  GMatchInfo *info = NULL;
  g_autoptr (GError) err = NULL;
  gboolean found;
  Match *m;

  if (regex == NULL || sc->done)
    return YS_NULL;
  /* A search may run up to PCRE's backtracking limit (a fraction of a second): Stop is
   * looked at before each one. */
  if (vm->stop_requested && !ys_vm_stop_check (vm))
    return YS_NULL;
  if (mode != MODE_SEARCH)
    mflags |= G_REGEX_MATCH_ANCHORED;
  if (sc->last_empty)
    mflags |= G_REGEX_MATCH_NOTEMPTY_ATSTART;
  found = g_regex_match_full (regex, ys_str_data (sc->string), (gssize) sc->end_byte, (gint) sc->byte,
                              mflags, &info, &err);
  if (err != NULL)
    {
      g_match_info_free (info);
      sc->done = TRUE;
      if (vm->stop_requested && !ys_vm_stop_check (vm))
        return YS_NULL;
      return raise_error (vm, YS_NULL, -1,
                          "catastrophic backtracking: PCRE gave up matching the pattern '%s' "
                          "(Python would run on and on)", ys_str_data (p->pattern));
    }
  if (!found)
    {
      g_match_info_free (info);
      sc->done = TRUE;
      return YS_NULL;
    }
  m = (Match *) ys_gc_alloc (vm, match_type (vm), sizeof (Match) + sizeof (gssize) * 2 * (gsize) (p->groups + 1));
  if (m == NULL)
    {
      g_match_info_free (info);
      return YS_NULL;
    }
  m->pattern = ys_ref (sc->pattern);
  m->string = ys_ref (sc->string);
  m->pos = sc->pos;
  m->endpos = sc->endpos;
  m->ngroups = p->groups + 1;
  for (int i = 0; i <= p->groups; i++)
    {
      gint a = -1, b = -1;
      if (!g_match_info_fetch_pos (info, i, &a, &b))
        a = b = -1;
      m->spans[2 * i] = cursor_cp (&sc->cursor, a);
      m->spans[2 * i + 1] = cursor_cp (&sc->cursor, b);
      if (i == 0)
        {
          sc->last_empty = a == b;
          sc->byte = (gsize) b;
        }
    }
  g_match_info_free (info);
  return ys_val (m);
}

/* Arguments */

static gboolean
need_str (YsVM    *vm,
          YsValue  v)
{
  if (ys_kind (vm, v) == YS_KIND_STR)
    return TRUE;
  ys_raise (vm, YS_EXC_TYPE_ERROR, "expected string or bytes-like object, got '%s'", ys_type_name_of (vm, v));
  return FALSE;
}

static gboolean
get_ssize (YsVM       *vm,
           YsValue     v,
           gssize     *out)
{
  gint64 x;

  if (v == YS_NULL)
    return TRUE;
  if (!ys_is_int (vm, v))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", ys_type_name_of (vm, v));
      return FALSE;
    }
  if (!ys_int_to_i64 (vm, v, &x))
    x = ys_compare_bool (vm, v, ys_small (0), 0) == 1 ? G_MININT64 : G_MAXINT64;
  *out = (gssize) CLAMP (x, G_MINSSIZE, G_MAXSSIZE);
  return TRUE;
}

/* The (string, pos, endpos) of a pattern's match methods. */
static gboolean
bind_string_pos (YsVM          *vm,
                 const char    *fname,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames,
                 YsValue       *string,
                 gssize        *pos,
                 gssize        *endpos)
{
  static const char *const names[] = { "string", "pos", "endpos" };
  YsValue args[3];

  if (!ys_args_bind (vm, fname, names, 3, 0, 3, 1, argc, argv, kwnames, args) || !need_str (vm, args[0]))
    return FALSE;
  *string = args[0];
  *pos = 0;
  *endpos = G_MAXSSIZE;
  return get_ssize (vm, args[1], pos) && get_ssize (vm, args[2], endpos);
}

static YsValue
pattern_match_mode (YsVM          *vm,
                    YsValue        self,
                    const char    *fname,
                    MatchMode      mode,
                    int            argc,
                    const YsValue *argv,
                    YsValue        kwnames)
{
  YsValue string, m;
  gssize pos, endpos;
  Scan sc;

  if (!bind_string_pos (vm, fname, argc, argv, kwnames, &string, &pos, &endpos))
    return YS_NULL;
  scan_init (&sc, self, string, pos, endpos);
  m = scan_next (vm, &sc, mode);
  if (m == YS_NULL && vm->exc == YS_NULL)
    return ys_none (vm);
  return m;
}

FUNC (pattern_match)
{
  return pattern_match_mode (vm, self, "match", MODE_MATCH, argc, argv, kwnames);
}

FUNC (pattern_fullmatch)
{
  return pattern_match_mode (vm, self, "fullmatch", MODE_FULL, argc, argv, kwnames);
}

FUNC (pattern_search)
{
  return pattern_match_mode (vm, self, "search", MODE_SEARCH, argc, argv, kwnames);
}

/* A group of a match as a str, or @dflt (borrowed) when it did not take part. */
static YsValue
match_group_value (YsVM    *vm,
                   Match   *m,
                   int      i,
                   YsValue  dflt)
{
  gssize a = m->spans[2 * i], b = m->spans[2 * i + 1];
  YsStr *s = ys_str_as (m->string);
  gsize from, to;

  if (a < 0)
    return ys_ref (dflt);
  from = ys_str_offset (s, (gsize) a);
  to = ys_str_offset (s, (gsize) b);
  return ys_str_new (vm, s->data + from, (gssize) (to - from));
}

FUNC (pattern_findall)
{
  YsValue string, list, m;
  gssize pos, endpos;
  Scan sc;
  int groups = PATTERN (self)->groups;

  if (!bind_string_pos (vm, "findall", argc, argv, kwnames, &string, &pos, &endpos))
    return YS_NULL;
  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    return YS_NULL;
  scan_init (&sc, self, string, pos, endpos);
  while ((m = scan_next (vm, &sc, MODE_SEARCH)) != YS_NULL)
    {
      YsValue item;
      YsValue empty = ys_val (vm->empty_str);
      if (groups == 0)
        item = match_group_value (vm, MATCH (m), 0, empty);
      else if (groups == 1)
        item = match_group_value (vm, MATCH (m), 1, empty);
      else
        {
          item = ys_tuple_new (vm, (gsize) groups);
          for (int i = 1; item != YS_NULL && i <= groups; i++)
            ys_tuple_set (item, (gsize) i - 1, match_group_value (vm, MATCH (m), i, empty));
        }
      ys_decref (vm, m);
      if (item == YS_NULL || !ys_list_append_steal (vm, list, item))
        {
          ys_decref (vm, list);
          return YS_NULL;
        }
    }
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  return list;
}

/* finditer: the scan kept in the iterator. seq the pattern (YS_NULL once done),
 * extra[0] the string, extra[1] (pos, endpos), index the next byte, count the end
 * byte shifted left with the last-match-empty bit, version and extra[2] the cursor. */

static void
scan_load (Scan       *sc,
           YsIterator *it)
{
  sc->pattern = it->seq;
  sc->string = it->extra[0];
  sc->pos = ys_small_get (ys_tuple_get (it->extra[1], 0));
  sc->endpos = ys_small_get (ys_tuple_get (it->extra[1], 1));
  sc->byte = it->index;
  sc->end_byte = (gsize) (it->count >> 1);
  sc->last_empty = (it->count & 1) != 0;
  sc->done = FALSE;
  cursor_init (&sc->cursor, sc->string);
  sc->cursor.byte = (gsize) it->version;
  sc->cursor.cp = (gsize) ys_small_get (it->extra[2]);
}

static void
scan_save (YsVM       *vm,
           Scan       *sc,
           YsIterator *it)
{
  it->index = sc->byte;
  it->count = (gssize) (sc->end_byte << 1) | (sc->last_empty ? 1 : 0);
  it->version = sc->cursor.byte;
  it->extra[2] = ys_small ((intptr_t) sc->cursor.cp);
  if (sc->done)
    ys_clear (vm, &it->seq);
}

static YsValue
finditer_next (YsVM       *vm,
               YsIterator *it)
{
  Scan sc;
  YsValue m, pattern;

  if (it->seq == YS_NULL)
    return YS_NULL;
  scan_load (&sc, it);
  pattern = ys_ref (it->seq);
  m = scan_next (vm, &sc, MODE_SEARCH);
  scan_save (vm, &sc, it);
  ys_decref (vm, pattern);
  return m;
}

FUNC (pattern_finditer)
{
  YsValue string, it;
  gssize pos, endpos;
  Scan sc;

  if (!bind_string_pos (vm, "finditer", argc, argv, kwnames, &string, &pos, &endpos))
    return YS_NULL;
  scan_init (&sc, self, string, pos, endpos);
  it = ys_iterator_new (vm, ys_iterator_type (vm, "callable_iterator"), finditer_next, self);
  if (it != YS_NULL)
    {
      YsIterator *i = (YsIterator *) ys_obj (it);
      i->extra[0] = ys_ref (string);
      i->extra[1] = ys_tuple_pack (vm, 2, ys_small (sc.pos), ys_small (sc.endpos));
      scan_save (vm, &sc, i);
    }
  return it;
}

/* Replacement templates: literal pieces and group references, read once. */
typedef struct
{
  int      group;   /* -1: the literal */
  GString *text;
} Piece;

static void
pieces_free (GArray *pieces)
{
  for (guint i = 0; i < pieces->len; i++)
    if (g_array_index (pieces, Piece, i).text != NULL)
      g_string_free (g_array_index (pieces, Piece, i).text, TRUE);
  g_array_unref (pieces);
}

static void
pieces_add_text (GArray     *pieces,
                 const char *text,
                 gsize       len)
{
  Piece *last = pieces->len > 0 ? &g_array_index (pieces, Piece, pieces->len - 1) : NULL;

  if (last == NULL || last->group >= 0)
    {
      Piece p = { -1, g_string_new (NULL) };
      g_array_append_val (pieces, p);
      last = &g_array_index (pieces, Piece, pieces->len - 1);
    }
  g_string_append_len (last->text, text, (gssize) len);
}

static GArray *
template_parse (YsVM    *vm,
                Pattern *p,
                YsValue  template)
{
  const char *start = ys_str_data (template), *s = start;
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  while (*s != '\0')
    {
      const char *at = s;
      gssize pos;
      int group = -1;

      if (*s != '\\')
        {
          const char *e = strchr (s, '\\');
          if (e == NULL)
            e = s + strlen (s);
          pieces_add_text (pieces, s, (gsize) (e - s));
          s = e;
          continue;
        }
      pos = g_utf8_pointer_to_offset (start, at);
      s++;
      if (*s == 'g')
        {
          const char *name, *e;
          if (s[1] != '<')
            {
              raise_error (vm, template, pos + 2, "missing <");
              goto fail;
            }
          name = s + 2;
          e = strchr (name, '>');
          if (e == NULL)
            {
              raise_error (vm, template, pos + 3, *name == '\0' ? "missing group name" : "missing >, unterminated name");
              goto fail;
            }
          if (e == name)
            {
              raise_error (vm, template, pos + 3, "missing group name");
              goto fail;
            }
          {
            g_autofree char *ref = g_strndup (name, (gsize) (e - name));
            if (ref[strspn (ref, "0123456789")] == '\0')
              {
                group = atoi (ref);
                if (group > p->groups)
                  {
                    raise_error (vm, template, pos + 3, "invalid group reference %d", group);
                    goto fail;
                  }
              }
            else
              {
                YsValue key = ys_str_new (vm, ref, -1), n = ys_dict_get (vm, p->groupindex, key);
                ys_decref (vm, key);
                if (n == YS_NULL)
                  {
                    ys_raise (vm, YS_EXC_INDEX_ERROR, "unknown group name '%s'", ref);
                    goto fail;
                  }
                group = (int) ys_small_get (n);
              }
          }
          s = e + 1;
        }
      else if (*s == '0' || (g_ascii_isdigit (*s) && s[1] >= '0' && s[1] <= '7' && s[2] >= '0' && s[2] <= '7' && *s <= '7'))
        {
          int k = 0, v = 0;
          char buf[8];
          while (k < 3 && s[k] >= '0' && s[k] <= '7')
            v = v * 8 + (s[k++] - '0');
          pieces_add_text (pieces, buf, (gsize) g_unichar_to_utf8 ((gunichar) v, buf));
          s += k;
          continue;
        }
      else if (g_ascii_isdigit (*s))
        {
          group = *s++ - '0';
          if (g_ascii_isdigit (*s))
            group = group * 10 + (*s++ - '0');
          if (group > p->groups)
            {
              raise_error (vm, template, pos + 1, "invalid group reference %d", group);
              goto fail;
            }
        }
      else
        {
          static const char from[] = "ntrfvab\\", to[] = "\n\t\r\f\v\a\b\\";
          const char *k = *s != '\0' ? strchr (from, *s) : NULL;
          if (k != NULL)
            {
              pieces_add_text (pieces, to + (k - from), 1);
              s++;
              continue;
            }
          if (g_ascii_isalpha (*s))
            {
              raise_error (vm, template, pos, "bad escape \\%c", *s);
              goto fail;
            }
          pieces_add_text (pieces, "\\", 1);
          continue;
        }
      {
        Piece piece = { group, NULL };
        g_array_append_val (pieces, piece);
      }
    }
  return pieces;

fail:
  pieces_free (pieces);
  return NULL;
}

static void
template_expand (YsVM    *vm,
                 GArray  *pieces,
                 Match   *m,
                 GString *out)
{
  YsStr *s = ys_str_as (m->string);

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      if (piece->group < 0)
        g_string_append_len (out, piece->text->str, (gssize) piece->text->len);
      else if (m->spans[2 * piece->group] >= 0)
        {
          gsize from = ys_str_offset (s, (gsize) m->spans[2 * piece->group]);
          gsize to = ys_str_offset (s, (gsize) m->spans[2 * piece->group + 1]);
          g_string_append_len (out, s->data + from, (gssize) (to - from));
        }
    }
}

static YsValue
pattern_subx (YsVM    *vm,
              YsValue  self,
              YsValue  repl,
              YsValue  string,
              gssize   count,
              gboolean with_count)
{
  GArray *pieces = NULL;
  GString *out;
  YsStr *s;
  gsize copied = 0;
  gssize n = 0, items = 0;
  Scan sc;
  YsValue m, result;

  if (!need_str (vm, string))
    return YS_NULL;
  if (ys_kind (vm, repl) == YS_KIND_STR)
    {
      pieces = template_parse (vm, PATTERN (self), repl);
      if (pieces == NULL)
        return YS_NULL;
    }
  else if (!ys_is_callable (vm, repl))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "decoding to str: need a bytes-like object, %s found",
                     ys_type_name_of (vm, repl));
  s = ys_str_as (string);
  out = g_string_new (NULL);
  scan_init (&sc, self, string, 0, G_MAXSSIZE);
  while ((count <= 0 || n < count) && (m = scan_next (vm, &sc, MODE_SEARCH)) != YS_NULL)
    {
      gsize from = ys_str_offset (s, (gsize) MATCH (m)->spans[0]);
      gsize to = ys_str_offset (s, (gsize) MATCH (m)->spans[1]);

      g_string_append_len (out, s->data + copied, (gssize) (from - copied));
      /* CPython joins a list of the pieces: its errors count them. */
      items += from > copied;
      if (pieces != NULL)
        template_expand (vm, pieces, MATCH (m), out);
      else
        {
          YsValue r = ys_call1 (vm, repl, m);
          if (r == YS_NULL || ys_kind (vm, r) != YS_KIND_STR)
            {
              if (r != YS_NULL)
                ys_raise (vm, YS_EXC_TYPE_ERROR, "sequence item %" G_GSSIZE_FORMAT ": expected str instance, %s found",
                          items, ys_type_name_of (vm, r));
              ys_xdecref (vm, r);
              ys_decref (vm, m);
              g_string_free (out, TRUE);
              return YS_NULL;
            }
          g_string_append_len (out, ys_str_data (r), ys_str_as (r)->nbytes);
          ys_decref (vm, r);
        }
      copied = to;
      n++;
      items++;
      ys_decref (vm, m);
    }
  if (pieces != NULL)
    pieces_free (pieces);
  if (vm->exc != YS_NULL)
    {
      g_string_free (out, TRUE);
      return YS_NULL;
    }
  g_string_append_len (out, s->data + copied, (gssize) (s->nbytes - copied));
  result = ys_str_new (vm, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  if (result == YS_NULL || !with_count)
    return result;
  return ys_tuple_pack (vm, 2, result, ys_small (n));
}

static YsValue
pattern_sub_common (YsVM          *vm,
                    YsValue        self,
                    const char    *fname,
                    gboolean       with_count,
                    int            argc,
                    const YsValue *argv,
                    YsValue        kwnames)
{
  static const char *const names[] = { "repl", "string", "count" };
  YsValue args[3];
  gssize count = 0;

  if (!ys_args_bind (vm, fname, names, 3, 0, 3, 2, argc, argv, kwnames, args) || !get_ssize (vm, args[2], &count))
    return YS_NULL;
  if (count < 0)
    return ys_ref (args[1]);
  return pattern_subx (vm, self, args[0], args[1], count, with_count);
}

FUNC (pattern_sub)
{
  return pattern_sub_common (vm, self, "sub", FALSE, argc, argv, kwnames);
}

FUNC (pattern_subn)
{
  return pattern_sub_common (vm, self, "subn", TRUE, argc, argv, kwnames);
}

FUNC (pattern_split)
{
  static const char *const names[] = { "string", "maxsplit" };
  YsValue args[2], list, m, string;
  gssize maxsplit = 0, n = 0;
  gsize copied = 0;
  YsStr *s;
  Scan sc;

  if (!ys_args_bind (vm, "split", names, 2, 0, 2, 1, argc, argv, kwnames, args) || !need_str (vm, args[0]) ||
      !get_ssize (vm, args[1], &maxsplit))
    return YS_NULL;
  string = args[0];
  s = ys_str_as (string);
  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    return YS_NULL;
  scan_init (&sc, self, string, 0, G_MAXSSIZE);
  if (maxsplit < 0)
    sc.done = TRUE;
  while ((maxsplit == 0 || n < maxsplit) && (m = scan_next (vm, &sc, MODE_SEARCH)) != YS_NULL)
    {
      gsize from = ys_str_offset (s, (gsize) MATCH (m)->spans[0]);
      gsize to = ys_str_offset (s, (gsize) MATCH (m)->spans[1]);
      gboolean ok = ys_list_append_steal (vm, list, ys_str_new (vm, s->data + copied, (gssize) (from - copied)));

      for (int i = 1; ok && i < MATCH (m)->ngroups; i++)
        ok = ys_list_append_steal (vm, list, match_group_value (vm, MATCH (m), i, ys_val (vm->none)));
      ys_decref (vm, m);
      if (!ok)
        {
          ys_decref (vm, list);
          return YS_NULL;
        }
      copied = to;
      n++;
    }
  if (vm->exc != YS_NULL ||
      !ys_list_append_steal (vm, list, ys_str_new (vm, s->data + copied, (gssize) (s->nbytes - copied))))
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  return list;
}

/* The bytes of the first @n code points of a repr: CPython shows a long pattern or
 * match cut there (%.200R, %.50R). */
static int
repr_prefix (YsValue repr,
             gsize   n)
{
  YsStr *s = ys_str_as (repr);

  if (s->length <= n)
    return (int) s->nbytes;
  return (int) (g_utf8_offset_to_pointer (s->data, (glong) n) - s->data);
}

static const char *const flag_names[] = {
  "TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII",
};

FUNC (pattern_repr)
{
  Pattern *p = PATTERN (self);
  YsValue r = ys_repr (vm, p->pattern);
  GString *out;
  int flags = p->flags & ~RE_U, first = TRUE;

  if (r == YS_NULL)
    return YS_NULL;
  out = g_string_new ("re.compile(");
  g_string_append_len (out, ys_str_data (r), repr_prefix (r, 200));
  ys_decref (vm, r);
  if (flags != 0)
    {
      g_string_append (out, ", ");
      for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
        if (flags & (1 << i))
          {
            g_string_append_printf (out, "%sre.%s", first ? "" : "|", flag_names[i]);
            flags &= ~(1 << i);
            first = FALSE;
          }
      if (flags != 0)
        g_string_append_printf (out, "%s0x%x", first ? "" : "|", flags);
    }
  g_string_append_c (out, ')');
  return ys_str_take (vm, g_string_free (out, FALSE));
}

static YsValue
pattern_get (YsVM    *vm,
             YsValue  obj,
             gssize   index)
{
  Pattern *p = PATTERN (obj);

  switch (index)
    {
    case 0:
      return ys_ref (p->pattern);
    case 1:
      return ys_small (p->flags);
    case 2:
      return ys_small (p->groups);
    default:
      {
        YsValue d = ys_dict_new (vm);
        if (d != YS_NULL && !ys_dict_update (vm, d, p->groupindex))
          ys_clear (vm, &d);
        return d;
      }
    }
}

/* Match objects */

static void
match_clear (YsVM     *vm,
             YsObject *obj)
{
  Match *m = (Match *) obj;

  ys_clear (vm, &m->base.dict);
  ys_clear (vm, &m->pattern);
  ys_clear (vm, &m->string);
}


/* A group by number or name: its index, or -1 with IndexError. */
static int
match_index (YsVM    *vm,
             Match   *m,
             YsValue  g)
{
  gint64 i;

  if (ys_is_int (vm, g))
    {
      if (ys_int_to_i64 (vm, g, &i) && i >= 0 && i < m->ngroups)
        return (int) i;
    }
  else if (ys_kind (vm, g) == YS_KIND_STR)
    {
      YsValue n = ys_dict_get (vm, PATTERN (m->pattern)->groupindex, g);
      if (n != YS_NULL)
        return (int) ys_small_get (n);
    }
  ys_raise (vm, YS_EXC_INDEX_ERROR, "no such group");
  return -1;
}

FUNC (match_group)
{
  Match *m = MATCH (self);
  YsValue t;

  if (!ys_args_no_keywords (vm, "group", kwnames))
    return YS_NULL;
  if (argc <= 1)
    {
      int i = argc == 0 ? 0 : match_index (vm, m, argv[0]);
      return i < 0 ? YS_NULL : match_group_value (vm, m, i, ys_val (vm->none));
    }
  t = ys_tuple_new (vm, (gsize) argc);
  for (int k = 0; t != YS_NULL && k < argc; k++)
    {
      int i = match_index (vm, m, argv[k]);
      if (i < 0)
        {
          for (int j = k; j < argc; j++)
            ys_tuple_set (t, (gsize) j, ys_none (vm));
          ys_decref (vm, t);
          return YS_NULL;
        }
      ys_tuple_set (t, (gsize) k, match_group_value (vm, m, i, ys_val (vm->none)));
    }
  return t;
}

FUNC (match_getitem)
{
  int i;

  if (!ys_args_check (vm, "__getitem__", argc, kwnames, 1, 1))
    return YS_NULL;
  i = match_index (vm, MATCH (self), argv[0]);
  return i < 0 ? YS_NULL : match_group_value (vm, MATCH (self), i, ys_val (vm->none));
}

static YsValue
default_arg (YsVM          *vm,
             const char    *fname,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  static const char *const names[] = { "default" };
  YsValue d[1];

  if (!ys_args_bind (vm, fname, names, 1, 0, 1, 0, argc, argv, kwnames, d))
    return YS_NULL;
  return d[0] != YS_NULL ? d[0] : ys_val (vm->none);
}

FUNC (match_groups)
{
  Match *m = MATCH (self);
  YsValue dflt = default_arg (vm, "groups", argc, argv, kwnames), t;

  if (dflt == YS_NULL)
    return YS_NULL;
  t = ys_tuple_new (vm, (gsize) m->ngroups - 1);
  for (int i = 1; t != YS_NULL && i < m->ngroups; i++)
    ys_tuple_set (t, (gsize) i - 1, match_group_value (vm, m, i, dflt));
  return t;
}

FUNC (match_groupdict)
{
  Match *m = MATCH (self);
  YsValue dflt = default_arg (vm, "groupdict", argc, argv, kwnames), d, k, v;
  gsize pos = 0;

  if (dflt == YS_NULL)
    return YS_NULL;
  d = ys_dict_new (vm);
  while (d != YS_NULL && ys_dict_next (PATTERN (m->pattern)->groupindex, &pos, &k, &v))
    {
      YsValue g = match_group_value (vm, m, (int) ys_small_get (v), dflt);
      ys_dict_set (vm, d, k, g);
      ys_decref (vm, g);
    }
  return d;
}

/* start, end and span: which is 0, 1 or 2. */
static YsValue
match_position (YsVM          *vm,
                YsValue        self,
                const char    *fname,
                int            which,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  Match *m = MATCH (self);
  int i = 0;

  if (!ys_args_check (vm, fname, argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 1 && (i = match_index (vm, m, argv[0])) < 0)
    return YS_NULL;
  if (which == 2)
    return ys_tuple_pack (vm, 2, ys_small (m->spans[2 * i]), ys_small (m->spans[2 * i + 1]));
  return ys_small (m->spans[2 * i + which]);
}

FUNC (match_start)
{
  return match_position (vm, self, "start", 0, argc, argv, kwnames);
}

FUNC (match_end)
{
  return match_position (vm, self, "end", 1, argc, argv, kwnames);
}

FUNC (match_span)
{
  return match_position (vm, self, "span", 2, argc, argv, kwnames);
}

FUNC (match_expand)
{
  GArray *pieces;
  GString *out;
  YsValue r;

  if (!ys_args_check (vm, "expand", argc, kwnames, 1, 1) || !need_str (vm, argv[0]))
    return YS_NULL;
  pieces = template_parse (vm, PATTERN (MATCH (self)->pattern), argv[0]);
  if (pieces == NULL)
    return YS_NULL;
  out = g_string_new (NULL);
  template_expand (vm, pieces, MATCH (self), out);
  pieces_free (pieces);
  r = ys_str_new (vm, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return r;
}

FUNC (match_repr)
{
  Match *m = MATCH (self);
  YsValue g = match_group_value (vm, m, 0, ys_val (vm->none)), r;

  if (g == YS_NULL)
    return YS_NULL;
  r = ys_repr (vm, g);
  ys_decref (vm, g);
  if (r == YS_NULL)
    return YS_NULL;
  g = ys_str_printf (vm, "<re.Match object; span=(%" G_GSSIZE_FORMAT ", %" G_GSSIZE_FORMAT "), match=%.*s>",
                     m->spans[0], m->spans[1], repr_prefix (r, 50), ys_str_data (r));
  ys_decref (vm, r);
  return g;
}

/* The group that closed last: the one ending last; at the same end, an enclosing
 * group closes after the groups inside it, a later sibling after an earlier one. */
static int
match_lastindex (Match *m)
{
  Pattern *p = PATTERN (m->pattern);
  int best = 0;

  for (int i = 1; i < m->ngroups; i++)
    {
      gboolean inside = FALSE;
      if (m->spans[2 * i] < 0)
        continue;
      for (int a = p->parent[i]; a != 0 && !inside; a = p->parent[a])
        inside = a == best;
      if (best == 0 || m->spans[2 * i + 1] > m->spans[2 * best + 1] ||
          (m->spans[2 * i + 1] == m->spans[2 * best + 1] && !inside))
        best = i;
    }
  return best;
}

static YsValue
match_get (YsVM    *vm,
           YsValue  obj,
           gssize   index)
{
  Match *m = MATCH (obj);
  int last;

  switch (index)
    {
    case 0:
      return ys_ref (m->string);
    case 1:
      return ys_ref (m->pattern);
    case 2:
      return ys_small (m->pos);
    case 3:
      return ys_small (m->endpos);
    case 4:
      last = match_lastindex (m);
      return last > 0 ? ys_small (last) : ys_none (vm);
    case 5:
      {
        YsValue k, v;
        gsize pos = 0;
        last = match_lastindex (m);
        while (last > 0 && ys_dict_next (PATTERN (m->pattern)->groupindex, &pos, &k, &v))
          if (ys_small_get (v) == last)
            return ys_ref (k);
        return ys_none (vm);
      }
    default:
      {
        YsValue t = ys_tuple_new (vm, (gsize) m->ngroups);
        for (int i = 0; t != YS_NULL && i < m->ngroups; i++)
          ys_tuple_set (t, (gsize) i, ys_tuple_pack (vm, 2, ys_small (m->spans[2 * i]), ys_small (m->spans[2 * i + 1])));
        return t;
      }
    }
}

/* Types */

static YsType *
pattern_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "match", pattern_match }, { "fullmatch", pattern_fullmatch }, { "search", pattern_search },
    { "findall", pattern_findall }, { "finditer", pattern_finditer }, { "sub", pattern_sub },
    { "subn", pattern_subn }, { "split", pattern_split }, { "__repr__", pattern_repr }, { NULL, NULL }
  };
  static const char *const attrs[] = { "pattern", "flags", "groups", "groupindex", NULL };
  YsType *type = ys_native_type (vm, "re.Pattern", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      type->dealloc = pattern_dealloc;
      type->clear = pattern_clear;
      ys_type_add_methods (vm, type, methods);
      ys_type_add_descriptors (vm, type, pattern_get, attrs);
    }
  return type;
}

static YsType *
match_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "group", match_group }, { "groups", match_groups }, { "groupdict", match_groupdict },
    { "start", match_start }, { "end", match_end }, { "span", match_span }, { "expand", match_expand },
    { "__getitem__", match_getitem }, { "__repr__", match_repr }, { NULL, NULL }
  };
  static const char *const attrs[] = { "string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs", NULL };
  YsType *type = ys_native_type (vm, "re.Match", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      type->dealloc = ys_dealloc_cleared;
      type->clear = match_clear;
      ys_type_add_methods (vm, type, methods);
      ys_type_add_descriptors (vm, type, match_get, attrs);
    }
  return type;
}

/* The module's functions: a pattern given as a str is compiled once and kept. */

static YsValue
get_pattern (YsVM    *vm,
             YsValue  module,
             YsValue  pattern,
             YsValue  flags_v)
{
  gssize flags = 0;
  YsValue cache, key, p;

  if (flags_v != YS_NULL && !get_ssize (vm, flags_v, &flags))
    return YS_NULL;
  if (ys_type_of (vm, pattern) == pattern_type (vm))
    {
      if (flags != 0)
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot process flags argument with a compiled pattern");
      return ys_ref (pattern);
    }
  if (ys_kind (vm, pattern) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "first argument must be string or compiled pattern");
  cache = ys_dict_get_str (vm, ((YsModule *) ys_obj (module))->dict, ys_str_interned (vm, "_cache"));
  key = ys_tuple_pack (vm, 2, ys_ref (pattern), ys_small (flags));
  if (key == YS_NULL)
    return YS_NULL;
  p = cache != YS_NULL ? ys_dict_get (vm, cache, key) : YS_NULL;
  if (p != YS_NULL)
    {
      ys_decref (vm, key);
      return ys_ref (p);
    }
  ys_exc_clear (vm);
  p = pattern_compile (vm, pattern, (int) flags);
  if (p != YS_NULL && cache != YS_NULL)
    ys_dict_set (vm, cache, key, p);
  ys_decref (vm, key);
  return p;
}

FUNC (re_compile)
{
  static const char *const names[] = { "pattern", "flags" };
  YsValue args[2];

  if (!ys_args_bind (vm, "compile", names, 2, 0, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  return get_pattern (vm, self, args[0], args[1]);
}

/* match, fullmatch, search, findall, finditer (pattern, string, flags=0). */
static YsValue
re_call_string (YsVM          *vm,
                YsValue        self,
                const char    *fname,
                YsCFunc        method,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  static const char *const names[] = { "pattern", "string", "flags" };
  YsValue args[3], p, r;

  if (!ys_args_bind (vm, fname, names, 3, 0, 3, 2, argc, argv, kwnames, args))
    return YS_NULL;
  p = get_pattern (vm, self, args[0], args[2]);
  if (p == YS_NULL)
    return YS_NULL;
  r = method (vm, p, 1, &args[1], YS_NULL);
  ys_decref (vm, p);
  return r;
}

FUNC (re_match)
{
  return re_call_string (vm, self, "match", pattern_match, argc, argv, kwnames);
}

FUNC (re_fullmatch)
{
  return re_call_string (vm, self, "fullmatch", pattern_fullmatch, argc, argv, kwnames);
}

FUNC (re_search)
{
  return re_call_string (vm, self, "search", pattern_search, argc, argv, kwnames);
}

FUNC (re_findall)
{
  return re_call_string (vm, self, "findall", pattern_findall, argc, argv, kwnames);
}

FUNC (re_finditer)
{
  return re_call_string (vm, self, "finditer", pattern_finditer, argc, argv, kwnames);
}

static YsValue
re_sub_common (YsVM          *vm,
               YsValue        self,
               const char    *fname,
               gboolean       with_count,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  static const char *const names[] = { "pattern", "repl", "string", "count", "flags" };
  YsValue args[5], p, r;
  gssize count = 0;

  if (!ys_args_bind (vm, fname, names, 5, 0, 5, 3, argc, argv, kwnames, args) || !get_ssize (vm, args[3], &count))
    return YS_NULL;
  p = get_pattern (vm, self, args[0], args[4]);
  if (p == YS_NULL)
    return YS_NULL;
  r = count < 0 ? ys_ref (args[2]) : pattern_subx (vm, p, args[1], args[2], count, with_count);
  ys_decref (vm, p);
  return r;
}

FUNC (re_sub)
{
  return re_sub_common (vm, self, "sub", FALSE, argc, argv, kwnames);
}

FUNC (re_subn)
{
  return re_sub_common (vm, self, "subn", TRUE, argc, argv, kwnames);
}

FUNC (re_split)
{
  static const char *const names[] = { "pattern", "string", "maxsplit", "flags" };
  YsValue args[4], p, r;

  if (!ys_args_bind (vm, "split", names, 4, 0, 4, 2, argc, argv, kwnames, args))
    return YS_NULL;
  p = get_pattern (vm, self, args[0], args[3]);
  if (p == YS_NULL)
    return YS_NULL;
  r = pattern_split (vm, p, args[2] != YS_NULL ? 2 : 1, &args[1], YS_NULL);
  ys_decref (vm, p);
  return r;
}

FUNC (re_escape)
{
  static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  const char *s;
  GString *out;

  if (!ys_args_check (vm, "escape", argc, kwnames, 1, 1) || !need_str (vm, argv[0]))
    return YS_NULL;
  out = g_string_new (NULL);
  for (s = ys_str_data (argv[0]); *s != '\0'; s++)
    {
      if (strchr (special, *s) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *s);
    }
  return ys_str_take (vm, g_string_free (out, FALSE));
}

FUNC (re_purge)
{
  YsValue cache;

  if (!ys_args_check (vm, "purge", argc, kwnames, 0, 0))
    return YS_NULL;
  cache = ys_dict_new (vm);
  if (cache == YS_NULL)
    return YS_NULL;
  ys_module_add (vm, self, "_cache", cache);
  ys_decref (vm, cache);
  return ys_none (vm);
}

YsValue
ys_module_re (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "compile", re_compile }, { "match", re_match }, { "fullmatch", re_fullmatch },
    { "search", re_search }, { "findall", re_findall }, { "finditer", re_finditer },
    { "sub", re_sub }, { "subn", re_subn }, { "split", re_split }, { "escape", re_escape },
    { "purge", re_purge }, { NULL, NULL }
  };
  static const struct { const char *name; int value; } flags[] = {
    { "IGNORECASE", RE_I }, { "I", RE_I }, { "LOCALE", RE_L }, { "L", RE_L },
    { "MULTILINE", RE_M }, { "M", RE_M }, { "DOTALL", RE_S }, { "S", RE_S },
    { "UNICODE", RE_U }, { "U", RE_U }, { "VERBOSE", RE_X }, { "X", RE_X },
    { "ASCII", RE_A }, { "A", RE_A }, { "NOFLAG", 0 },
  };
  YsValue module = ys_module_new (vm, "re");

  if (module == YS_NULL)
    return YS_NULL;
  for (const YsMethodDef *f = functions; f->name != NULL; f++)
    {
      YsValue b = ys_builtin_new (vm, f->name, f->func, module);
      ys_module_add (vm, module, f->name, b);
      ys_decref (vm, b);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (flags); i++)
    ys_module_add (vm, module, flags[i].name, ys_small (flags[i].value));
  ys_module_add (vm, module, "Pattern", ys_val (pattern_type (vm)));
  ys_module_add (vm, module, "Match", ys_val (match_type (vm)));
  ys_module_add (vm, module, "error", ys_val (error_type (vm)));
  ys_xdecref (vm, re_purge (vm, module, 0, NULL, YS_NULL));
  return module;
}
