/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  YS_TOK_END,
  YS_TOK_NEWLINE,
  YS_TOK_INDENT,
  YS_TOK_DEDENT,
  YS_TOK_NAME,
  YS_TOK_INT,
  YS_TOK_FLOAT,
  YS_TOK_STRING,
  YS_TOK_OP,
  YS_TOK_ERROR,
} YsTokKind;

/* Keywords are NAME tokens; the parser compares their text. Operators carry their
 * text too ("**=", "->", ...). */
typedef struct
{
  YsTokKind   kind;
  const char *start;      /* into the source */
  int         len;
  int         line;       /* 1-based */
  int         col;        /* 1-based, in code points */
  int         end_line;
  int         end_col;
  /* Strings: the decoded text, and its prefix flags. */
  char       *str;
  gsize       str_len;
  gboolean    is_fstring;
  gboolean    is_bytes;
  gboolean    is_raw;
  const char *body;       /* raw text between the quotes, for f-strings */
  int         body_len;
  int         body_line;
  int         body_col;
} YsToken;

/* The message of a TabError, which the parser tells from other indentation errors. */
#define YS_LEXER_TAB_ERROR "inconsistent use of tabs and spaces in indentation"

typedef struct
{
  const char *src;
  const char *end;
  const char *p;
  int         line;
  const char *line_start;
  const char *col_ptr;      /* a point on the current line whose column is known, */
  int         col_count;    /* ... so that columns are counted once per line */
  int         col_offset;   /* added to columns: a sub-lexer inside an f-string */
  int         paren_depth;
  char        paren_stack[200];
  int         paren_line[200];
  int         paren_col[200];
  int         indent_stack[100];  /* CPython's MAXINDENT */
  int         alt_indent_stack[100];  /* the same widths with tabs of size 1 */
  int         indent_top;
  int         pending_dedents;
  gboolean    at_line_start;
  gboolean    emitted_newline;  /* the last token was NEWLINE (or nothing yet) */
  gboolean    done;
  gboolean    expression_mode;  /* no INDENT/DEDENT/NEWLINE: an f-string's expression */
  char       *error;            /* message of the last YS_TOK_ERROR */
  int         error_line;
  int         error_col;
} YsLexer;

void     ys_lexer_init  (YsLexer    *lexer,
                         const char *src,
                         gsize       len,
                         int         first_line,
                         int         first_col,
                         gboolean    expression_mode);
void     ys_lexer_clear (YsLexer    *lexer);
/* Decodes the escapes of a string literal's body into @out; FALSE with *error set on
 * a malformed escape. */
gboolean ys_lexer_decode (const char  *body,
                          gsize        len,
                          gboolean     raw,
                          GString     *out,
                          char       **error);
/* The character named @name (\N{...}), case-insensitively, as CPython 3.11 names it. */
gboolean ys_unicode_lookup (const char *name,
                            gsize       len,
                            gunichar   *out);
/* Fills @tok with the next token; the caller frees tok->str. */
void     ys_lexer_next  (YsLexer    *lexer,
                         YsToken    *tok);

G_END_DECLS
