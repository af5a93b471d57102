/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tokenizer: Python's tokens, indentation and line joining. */
#include "ys-lexer.h"

#include <string.h>

void
ys_lexer_init (YsLexer    *lx,
               const char *src,
               gsize       len,
               int         first_line,
               int         first_col,
               gboolean    expression_mode)
{
  memset (lx, 0, sizeof *lx);
  lx->src = src;
  lx->end = src + len;
  lx->p = src;
  lx->line = first_line;
  lx->line_start = src;
  lx->col_ptr = src;
  lx->col_offset = first_col - 1;
  lx->at_line_start = !expression_mode;
  lx->emitted_newline = TRUE;
  lx->expression_mode = expression_mode;
}

void
ys_lexer_clear (YsLexer *lx)
{
  g_clear_pointer (&lx->error, g_free);
}

static int
column_of (YsLexer    *lx,
           const char *p)
{
  int col;

  /* Counting from the last known point keeps long lines linear. */
  if (lx->col_ptr < lx->line_start || lx->col_ptr > p)
    {
      lx->col_ptr = lx->line_start;
      lx->col_count = 0;
    }
  lx->col_count += (int) g_utf8_pointer_to_offset (lx->col_ptr, p);
  lx->col_ptr = p;
  col = lx->col_count + 1;

  /* Only the first line of a sub-lexer is shifted by where it starts. */
  return lx->line_start == lx->src ? col + lx->col_offset : col;
}

static void
set_error_at (YsLexer    *lx,
              YsToken    *tok,
              int         line,
              int         col,
              const char *format,
              ...) G_GNUC_PRINTF (5, 6);

static void
set_error_at (YsLexer    *lx,
              YsToken    *tok,
              int         line,
              int         col,
              const char *format,
              ...)
{
  va_list args;

  g_free (lx->error);
  va_start (args, format);
  lx->error = g_strdup_vprintf (format, args);
  va_end (args);
  lx->error_line = line;
  lx->error_col = col;
  tok->kind = YS_TOK_ERROR;
  tok->line = line;
  tok->col = col;
  lx->done = TRUE;
}

static void
new_line (YsLexer    *lx,
          const char *after_newline)
{
  lx->line++;
  lx->line_start = after_newline;
  lx->col_ptr = after_newline;
  lx->col_count = 0;
}

static gboolean
is_name_start (gunichar c)
{
  return c == '_' || g_unichar_isalpha (c);
}

static gboolean
is_name_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_SPACING_MARK ||
         g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK ||
         g_unichar_type (c) == G_UNICODE_CONNECT_PUNCTUATION;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

gboolean
ys_lexer_decode (const char  *body,
                 gsize        len,
                 gboolean     raw,
                 GString     *out,
                 char       **error)
{
  const char *p = body, *end = body + len;

  while (p < end)
    {
      if (*p != '\\' || raw)
        {
          /* Newlines inside a raw string keep their backslash too. */
          g_string_append_c (out, *p++);
          continue;
        }
      p++;
      if (p >= end)
        {
          g_string_append_c (out, '\\');
          break;
        }
      switch (*p)
        {
        case '\n': p++; break;
        case '\\': g_string_append_c (out, '\\'); p++; break;
        case '\'': g_string_append_c (out, '\''); p++; break;
        case '"': g_string_append_c (out, '"'); p++; break;
        case 'a': g_string_append_c (out, '\a'); p++; break;
        case 'b': g_string_append_c (out, '\b'); p++; break;
        case 'f': g_string_append_c (out, '\f'); p++; break;
        case 'n': g_string_append_c (out, '\n'); p++; break;
        case 'r': g_string_append_c (out, '\r'); p++; break;
        case 't': g_string_append_c (out, '\t'); p++; break;
        case 'v': g_string_append_c (out, '\v'); p++; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          {
            gunichar c = 0;
            for (int i = 0; i < 3 && p < end && *p >= '0' && *p <= '7'; i++)
              c = c * 8 + (gunichar) (*p++ - '0');
            g_string_append_unichar (out, c);
            break;
          }
        case 'x': case 'u': case 'U':
          {
            int digits = *p == 'x' ? 2 : *p == 'u' ? 4 : 8;
            gunichar c = 0;
            p++;
            for (int i = 0; i < digits; i++)
              {
                int h = p < end ? hex_value (*p) : -1;
                if (h < 0)
                  {
                    *error = g_strdup_printf ("(unicode error) 'unicodeescape' codec can't decode "
                                              "bytes: truncated \\%s escape",
                                              digits == 2 ? "xXX" : digits == 4 ? "uXXXX" : "UXXXXXXXX");
                    return FALSE;
                  }
                c = c * 16 + (gunichar) h;
                p++;
              }
            if (c > 0x10ffff)
              {
                *error = g_strdup ("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                   "illegal Unicode character");
                return FALSE;
              }
            g_string_append_unichar (out, c);
            break;
          }
        case 'N':
          {
            /* CPython counts positions in its escaped form of the literal, where each
             * non-ASCII character stands as \UXXXXXXXX (ten bytes). */
            const char *open = p + 1, *close = open < end && *open == '{' ? memchr (open, '}', end - open) : NULL;
            gsize start = 0, stop;
            gunichar c;
            for (const char *q = body; q < p - 1; q = g_utf8_next_char (q))
              start += (guchar) *q < 0x80 ? 1 : 10;
            if (close == NULL || close == open + 1)
              {
                /* No '{': the two characters; "{}": three; no '}': to the end. */
                stop = start + 1;
                if (close != NULL)
                  stop = start + 2;
                else if (open < end && *open == '{')
                  for (const char *q = p + 1; q < end; q = g_utf8_next_char (q))
                    stop += (guchar) *q < 0x80 ? 1 : 10;
                *error = g_strdup_printf ("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                          "position %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT
                                          ": malformed \\N character escape", start, stop);
                return FALSE;
              }
            if (!ys_unicode_lookup (open + 1, (gsize) (close - open - 1), &c))
              {
                stop = start + 2 + (gsize) (close - open);
                *error = g_strdup_printf ("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                          "position %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT
                                          ": unknown Unicode character name", start, stop);
                return FALSE;
              }
            g_string_append_unichar (out, c);
            p = close + 1;
            break;
          }
        default:
          g_string_append_c (out, '\\');
          break;
        }
    }
  return TRUE;
}

static const char *const operators[] = {
  "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==",
  "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
  "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
  ",", ":", ".", ";", "=", NULL
};

static gboolean
lex_string (YsLexer    *lx,
            YsToken    *tok,
            const char *prefix_start)
{
  const char *p = lx->p;
  char quote = *p;
  gboolean triple = p + 2 < lx->end && p[1] == quote && p[2] == quote;
  int qlen = triple ? 3 : 1;
  const char *body;
  int start_line = lx->line;
  int start_col = column_of (lx, prefix_start);
  g_autoptr (GString) out = NULL;
  char *error = NULL;

  for (const char *q = prefix_start; q < p; q++)
    {
      switch (g_ascii_tolower (*q))
        {
        case 'r': tok->is_raw = TRUE; break;
        case 'f': tok->is_fstring = TRUE; break;
        case 'b': tok->is_bytes = TRUE; break;
        default: break;
        }
    }

  p += qlen;
  body = p;
  tok->body_line = lx->line;
  tok->body_col = column_of (lx, body);
  for (;;)
    {
      if (p >= lx->end || (!triple && *p == '\n'))
        {
          if (triple)
            set_error_at (lx, tok, start_line, start_col,
                          "unterminated triple-quoted string literal (detected at line %d)",
                          lx->line);
          else
            set_error_at (lx, tok, start_line, start_col,
                          "unterminated string literal (detected at line %d)", lx->line);
          return FALSE;
        }
      if (*p == '\\' && p + 1 < lx->end)
        {
          if (p[1] == '\n')
            new_line (lx, p + 2);
          p += 2;
          continue;
        }
      if (*p == quote && (!triple || (p + 2 < lx->end && p[1] == quote && p[2] == quote)))
        break;
      if (*p == '\n')
        new_line (lx, p + 1);
      p++;
    }

  tok->body = body;
  tok->body_len = (int) (p - body);
  lx->p = p + qlen;

  out = g_string_new (NULL);
  if (!tok->is_fstring && !ys_lexer_decode (body, (gsize) (p - body), tok->is_raw, out, &error))
    {
      set_error_at (lx, tok, start_line, start_col, "%s", error);
      g_free (error);
      return FALSE;
    }
  tok->kind = YS_TOK_STRING;
  tok->str_len = out->len;
  tok->str = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}

static void
lex_number (YsLexer *lx,
            YsToken *tok)
{
  const char *p = lx->p;
  gboolean is_float = FALSE;

  if (*p == '0' && p + 1 < lx->end && strchr ("xXoObB", p[1]) != NULL)
    {
      p += 2;
      while (p < lx->end && (g_ascii_isxdigit (*p) || *p == '_'))
        p++;
    }
  else
    {
      while (p < lx->end && (g_ascii_isdigit (*p) || *p == '_'))
        p++;
      if (p < lx->end && *p == '.')
        {
          is_float = TRUE;
          p++;
          while (p < lx->end && (g_ascii_isdigit (*p) || *p == '_'))
            p++;
        }
      if (p < lx->end && (*p == 'e' || *p == 'E'))
        {
          const char *q = p + 1;
          if (q < lx->end && (*q == '+' || *q == '-'))
            q++;
          if (q < lx->end && g_ascii_isdigit (*q))
            {
              is_float = TRUE;
              p = q;
              while (p < lx->end && (g_ascii_isdigit (*p) || *p == '_'))
                p++;
            }
        }
    }

  tok->kind = is_float ? YS_TOK_FLOAT : YS_TOK_INT;
  if (p < lx->end && (*p == 'j' || *p == 'J'))
    {
      set_error_at (lx, tok, lx->line, column_of (lx, lx->p),
                    "complex numbers are not supported by Yieldscope");
      return;
    }
  if (p < lx->end && (g_ascii_isalpha (*p) || *p == '_'))
    {
      set_error_at (lx, tok, lx->line, column_of (lx, lx->p), "invalid decimal literal");
      return;
    }
  if (!is_float && lx->p[0] == '0' && p - lx->p > 1 && g_ascii_isdigit (lx->p[1]))
    {
      for (const char *q = lx->p; q < p; q++)
        if (*q != '0' && *q != '_')
          {
            set_error_at (lx, tok, lx->line, column_of (lx, lx->p),
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
            return;
          }
    }
  lx->p = p;
}

/* Measures the indentation of the line at lx->p; returns -1 for blank and comment lines,
 * which do not count. */
static int
measure_indent (YsLexer *lx,
                int     *alt_width)
{
  int width = 0, alt = 0;
  const char *p = lx->p;

  /* With tabs of size 8 and of size 1: CPython's test for inconsistent tabs. */
  while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f'))
    {
      if (*p == '\t')
        {
          width = (width / 8 + 1) * 8;
          alt++;
        }
      else if (*p == ' ')
        {
          width++;
          alt++;
        }
      else
        width = alt = 0;
      p++;
    }
  *alt_width = alt;
  lx->p = p;
  if (p >= lx->end || *p == '#' || *p == '\n' || (*p == '\r' && p + 1 < lx->end && p[1] == '\n'))
    return -1;
  if (*p == '\\' && p + 1 < lx->end && p[1] == '\n')
    return -1;
  return width;
}

static void
skip_to_line_end (YsLexer *lx)
{
  while (lx->p < lx->end && *lx->p != '\n')
    lx->p++;
}

void
ys_lexer_next (YsLexer *lx,
               YsToken *tok)
{
  memset (tok, 0, sizeof *tok);

  if (lx->done)
    {
      tok->kind = lx->error != NULL ? YS_TOK_ERROR : YS_TOK_END;
      tok->line = lx->line;
      tok->col = column_of (lx, lx->p);
      return;
    }

again:
  if (lx->pending_dedents > 0)
    {
      lx->pending_dedents--;
      tok->kind = YS_TOK_DEDENT;
      tok->line = lx->line;
      tok->col = column_of (lx, lx->p);
      tok->start = lx->p;
      return;
    }

  if (lx->at_line_start && lx->paren_depth == 0)
    {
      int alt_width;
      int width = measure_indent (lx, &alt_width);

      if (width < 0)
        {
          skip_to_line_end (lx);
          if (lx->p < lx->end)
            {
              lx->p++;
              new_line (lx, lx->p);
              goto again;
            }
        }
      else
        {
          lx->at_line_start = FALSE;
          if (width > lx->indent_stack[lx->indent_top])
            {
              if (lx->indent_top + 1 >= (int) G_N_ELEMENTS (lx->indent_stack))
                {
                  set_error_at (lx, tok, lx->line, column_of (lx, lx->p),
                                "too many levels of indentation");
                  return;
                }
              if (alt_width <= lx->alt_indent_stack[lx->indent_top])
                {
                  set_error_at (lx, tok, lx->line, column_of (lx, lx->p), "%s", YS_LEXER_TAB_ERROR);
                  return;
                }
              lx->indent_stack[++lx->indent_top] = width;
              lx->alt_indent_stack[lx->indent_top] = alt_width;
              tok->kind = YS_TOK_INDENT;
              tok->line = lx->line;
              /* CPython places an unexpected indent's error at the indentation's end. */
              tok->col = column_of (lx, lx->p) - 1;
              tok->start = lx->p;
              return;
            }
          while (width < lx->indent_stack[lx->indent_top])
            {
              lx->indent_top--;
              lx->pending_dedents++;
            }
          if (width != lx->indent_stack[lx->indent_top])
            {
              set_error_at (lx, tok, lx->line, column_of (lx, lx->p),
                            "unindent does not match any outer indentation level");
              lx->error_col = 0;
              return;
            }
          if (alt_width != lx->alt_indent_stack[lx->indent_top])
            {
              set_error_at (lx, tok, lx->line, column_of (lx, lx->p), "%s", YS_LEXER_TAB_ERROR);
              return;
            }
          if (lx->pending_dedents > 0)
            goto again;
        }
    }

  /* Skip spaces, comments and joined lines. */
  for (;;)
    {
      while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' || *lx->p == '\f' || *lx->p == '\r'))
        lx->p++;
      if (lx->p < lx->end && *lx->p == '#')
        skip_to_line_end (lx);
      if (lx->p + 1 < lx->end && lx->p[0] == '\\' && lx->p[1] == '\n')
        {
          lx->p += 2;
          new_line (lx, lx->p);
          continue;
        }
      if (lx->p < lx->end && lx->p[0] == '\\' && lx->p + 1 >= lx->end)
        {
          set_error_at (lx, tok, lx->line, column_of (lx, lx->p), "unexpected EOF while parsing");
          return;
        }
      if (lx->p < lx->end && *lx->p == '\n' && (lx->paren_depth > 0 || lx->expression_mode))
        {
          lx->p++;
          new_line (lx, lx->p);
          continue;
        }
      break;
    }

  tok->start = lx->p;
  tok->line = lx->line;
  tok->col = column_of (lx, lx->p);

  if (lx->p >= lx->end)
    {
      if (lx->paren_depth > 0)
        {
          int i = lx->paren_depth - 1;
          set_error_at (lx, tok, lx->paren_line[i], lx->paren_col[i], "'%c' was never closed",
                        lx->paren_stack[i]);
          return;
        }
      if (!lx->emitted_newline && !lx->expression_mode)
        {
          tok->kind = YS_TOK_NEWLINE;
          lx->emitted_newline = TRUE;
          return;
        }
      if (lx->indent_top > 0)
        {
          lx->indent_top--;
          tok->kind = YS_TOK_DEDENT;
          return;
        }
      tok->kind = YS_TOK_END;
      lx->done = TRUE;
      return;
    }

  if (*lx->p == '\n')
    {
      tok->kind = YS_TOK_NEWLINE;
      tok->len = 1;
      lx->p++;
      new_line (lx, lx->p);
      lx->at_line_start = TRUE;
      lx->emitted_newline = TRUE;
      return;
    }

  lx->emitted_newline = FALSE;

  {
    gunichar c = g_utf8_get_char_validated (lx->p, lx->end - lx->p);

    if (c == (gunichar) -1 || c == (gunichar) -2)
      {
        set_error_at (lx, tok, lx->line, tok->col, "invalid UTF-8 in the source");
        return;
      }

    if (is_name_start (c))
      {
        const char *p = lx->p;
        while (p < lx->end)
          {
            gunichar d = g_utf8_get_char_validated (p, lx->end - p);
            if (d == (gunichar) -1 || d == (gunichar) -2 || !is_name_char (d))
              break;
            p = g_utf8_next_char (p);
          }
        /* A string prefix? */
        if (p < lx->end && (*p == '\'' || *p == '"') && p - lx->p <= 2)
          {
            g_autofree char *prefix = g_ascii_strdown (lx->p, p - lx->p);
            if (g_str_equal (prefix, "r") || g_str_equal (prefix, "u") ||
                g_str_equal (prefix, "f") || g_str_equal (prefix, "b") ||
                g_str_equal (prefix, "rf") || g_str_equal (prefix, "fr") ||
                g_str_equal (prefix, "rb") || g_str_equal (prefix, "br"))
              {
                const char *start = lx->p;
                lx->p = p;
                if (lex_string (lx, tok, start))
                  {
                    tok->start = start;
                    tok->len = (int) (lx->p - start);
                    tok->end_line = lx->line;
                    tok->end_col = column_of (lx, lx->p);
                  }
                return;
              }
          }
        tok->kind = YS_TOK_NAME;
        tok->len = (int) (p - lx->p);
        lx->p = p;
        tok->end_line = lx->line;
        tok->end_col = column_of (lx, lx->p);
        return;
      }

    if (g_ascii_isdigit (*lx->p) || (*lx->p == '.' && lx->p + 1 < lx->end && g_ascii_isdigit (lx->p[1])))
      {
        lex_number (lx, tok);
        if (tok->kind != YS_TOK_ERROR)
          {
            tok->len = (int) (lx->p - tok->start);
            tok->end_line = lx->line;
            tok->end_col = column_of (lx, lx->p);
          }
        return;
      }

    if (*lx->p == '\'' || *lx->p == '"')
      {
        if (lex_string (lx, tok, lx->p))
          {
            tok->len = (int) (lx->p - tok->start);
            tok->end_line = lx->line;
            tok->end_col = column_of (lx, lx->p);
          }
        return;
      }

    for (int i = 0; operators[i] != NULL; i++)
      {
        gsize n = strlen (operators[i]);
        if ((gsize) (lx->end - lx->p) >= n && memcmp (lx->p, operators[i], n) == 0)
          {
            char ch = operators[i][0];
            tok->kind = YS_TOK_OP;
            tok->len = (int) n;
            if (n == 1 && (ch == '(' || ch == '[' || ch == '{'))
              {
                if (lx->paren_depth >= (int) G_N_ELEMENTS (lx->paren_stack))
                  {
                    set_error_at (lx, tok, lx->line, tok->col, "too many nested parentheses");
                    return;
                  }
                lx->paren_stack[lx->paren_depth] = ch;
                lx->paren_line[lx->paren_depth] = lx->line;
                lx->paren_col[lx->paren_depth] = tok->col;
                lx->paren_depth++;
              }
            else if (n == 1 && (ch == ')' || ch == ']' || ch == '}'))
              {
                char open = ch == ')' ? '(' : ch == ']' ? '[' : '{';
                if (lx->paren_depth == 0)
                  {
                    set_error_at (lx, tok, lx->line, tok->col, "unmatched '%c'", ch);
                    return;
                  }
                if (lx->paren_stack[lx->paren_depth - 1] != open)
                  {
                    int i2 = lx->paren_depth - 1;
                    if (lx->paren_line[i2] != lx->line)
                      set_error_at (lx, tok, lx->line, tok->col,
                                    "closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c' on line %d",
                                    ch, lx->paren_stack[i2], lx->paren_line[i2]);
                    else
                      set_error_at (lx, tok, lx->line, tok->col,
                                    "closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c'", ch, lx->paren_stack[i2]);
                    return;
                  }
                lx->paren_depth--;
              }
            lx->p += n;
            tok->end_line = lx->line;
            tok->end_col = column_of (lx, lx->p);
            return;
          }
      }

    if (c == '!' )
      {
        set_error_at (lx, tok, lx->line, tok->col, "invalid syntax");
        return;
      }
    if (c == '$' || c == '?' || c == '`')
      {
        set_error_at (lx, tok, lx->line, tok->col, "invalid syntax");
        return;
      }
    set_error_at (lx, tok, lx->line, tok->col, "invalid character '%.*s' (U+%04X)",
                  (int) (g_utf8_next_char (lx->p) - lx->p), lx->p, c);
  }
}
