/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A recursive-descent parser for the Python subset, after CPython 3.11's grammar.
 * Errors unwind with longjmp: every allocation lives in the arena. */
#include "ys-ast.h"
#include "ys-lexer.h"

#include <setjmp.h>
#include <string.h>

struct _YsAstArena
{
  GPtrArray *blocks;   /* g_free'd */
  GPtrArray *lists;    /* g_ptr_array_unref'd */
  GPtrArray *gstrings; /* scratch text, freed with the arena: errors skip local cleanup */
};

typedef struct
{
  YsLexer     lexer;
  YsToken     tok;
  YsToken     peek;
  gboolean    has_peek;
  YsToken     prev;        /* the last token consumed */
  YsAstArena *arena;
  jmp_buf     jump;
  char       *error_type;
  char       *error;
  int         error_line;
  int         error_col;
  int         func_depth;  /* > 0 inside a def or lambda */
  int         level;       /* nesting, in the rule levels of CPython's parser */
  const char *class_name;  /* the innermost class, for private names */
} Parser;

static const char *const keywords[] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
  "try", "while", "with", "yield", NULL
};

/* Auxiliary methods */

static gpointer
arena_alloc (Parser *p,
             gsize   size)
{
  gpointer block = g_malloc0 (size);

  g_ptr_array_add (p->arena->blocks, block);
  return block;
}

static char *
arena_strndup (Parser     *p,
               const char *s,
               gsize       len)
{
  /* Exactly len bytes: a literal may hold NUL characters. */
  char *copy = g_malloc (len + 1);

  memcpy (copy, s, len);
  copy[len] = '\0';

  g_ptr_array_add (p->arena->blocks, copy);
  return copy;
}

static GPtrArray *
new_list (Parser *p)
{
  GPtrArray *list = g_ptr_array_new ();

  g_ptr_array_add (p->arena->lists, list);
  return list;
}

static GString *
new_gstring (Parser *p)
{
  GString *s = g_string_new (NULL);

  g_ptr_array_add (p->arena->gstrings, s);
  return s;
}

static void
free_gstring (gpointer s)
{
  g_string_free (s, TRUE);
}

static void
fail_at (Parser     *p,
         int         line,
         int         col,
         const char *type,
         const char *format,
         ...) G_GNUC_PRINTF (5, 6) G_GNUC_NORETURN;

static void
fail_at (Parser     *p,
         int         line,
         int         col,
         const char *type,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  p->error = g_strdup_vprintf (format, args);
  va_end (args);
  p->error_type = g_strdup (type);
  p->error_line = line;
  p->error_col = col;
  longjmp (p->jump, 1);
}

#define fail(p, ...) fail_at ((p), (p)->tok.line, (p)->tok.col, "SyntaxError", __VA_ARGS__)

/* CPython's parser answers a program nested deeper than 6000 of its rule levels with a
 * bare MemoryError. The parser counts nesting in those levels (what each construct
 * costs there, measured) and stops at the same limit. It also bounds the recursion
 * here whatever the thread's stack: a level costs at most one frame of a few hundred
 * bytes; brackets (200 at most) and blocks (100) cost more levels than frames. */
#define MAX_LEVEL       6000
#define LEVEL_STATEMENT 33   /* an expression at the top of a module */
#define LEVEL_BLOCK     6
#define LEVEL_DEF       7
#define LEVEL_HANDLER   8
#define LEVEL_BRACKET   28
#define LEVEL_TRAILER   24   /* a call's or a subscript's brackets */
#define LEVEL_FSTRING   21

static void
enter (Parser *p,
       int     levels)
{
  p->level += levels;
  if (p->level > MAX_LEVEL)
    fail_at (p, p->tok.line, p->tok.col, "MemoryError", "%s", "");
}

static void
leave (Parser *p,
       int     levels)
{
  p->level -= levels;
}

static YsAst *
new_node (Parser    *p,
          YsAstKind  kind,
          int        line,
          int        col)
{
  YsAst *node = arena_alloc (p, sizeof (YsAst));

  node->kind = kind;
  node->line = line;
  node->col = col;
  node->end_line = line;
  node->end_col = col;
  return node;
}

static YsAst *
node_at_tok (Parser    *p,
             YsAstKind  kind)
{
  return new_node (p, kind, p->tok.line, p->tok.col);
}

static void
finish_node (Parser *p,
             YsAst  *node)
{
  node->end_line = p->prev.end_line ? p->prev.end_line : p->prev.line;
  node->end_col = p->prev.end_col ? p->prev.end_col : p->prev.col;
}

static void
lex_one (Parser  *p,
         YsToken *tok)
{
  ys_lexer_next (&p->lexer, tok);
  if (tok->kind == YS_TOK_ERROR)
    {
      const char *type = "SyntaxError";
      if (g_str_equal (p->lexer.error, YS_LEXER_TAB_ERROR))
        type = "TabError";
      else if (strstr (p->lexer.error, "indent") != NULL)
        type = "IndentationError";
      fail_at (p, p->lexer.error_line, p->lexer.error_col, type, "%s", p->lexer.error);
    }
  if (tok->str != NULL)
    g_ptr_array_add (p->arena->blocks, tok->str);
}

static void
advance (Parser *p)
{
  p->prev = p->tok;
  if (p->has_peek)
    {
      p->tok = p->peek;
      p->has_peek = FALSE;
    }
  else
    lex_one (p, &p->tok);
}

static YsToken *
peek (Parser *p)
{
  if (!p->has_peek)
    {
      lex_one (p, &p->peek);
      p->has_peek = TRUE;
    }
  return &p->peek;
}

static gboolean
tok_is (const YsToken *tok,
        YsTokKind      kind,
        const char    *text)
{
  if (tok->kind != kind)
    return FALSE;
  if (text == NULL)
    return TRUE;
  return (gsize) tok->len == strlen (text) && memcmp (tok->start, text, tok->len) == 0;
}

static gboolean
at_op (Parser     *p,
       const char *op)
{
  return tok_is (&p->tok, YS_TOK_OP, op);
}

static gboolean
at_kw (Parser     *p,
       const char *kw)
{
  return tok_is (&p->tok, YS_TOK_NAME, kw);
}

static gboolean
is_keyword (const YsToken *tok)
{
  if (tok->kind != YS_TOK_NAME)
    return FALSE;
  for (int i = 0; keywords[i] != NULL; i++)
    if (tok_is (tok, YS_TOK_NAME, keywords[i]))
      return TRUE;
  return FALSE;
}

static gboolean
accept_op (Parser     *p,
           const char *op)
{
  if (!at_op (p, op))
    return FALSE;
  advance (p);
  return TRUE;
}

static gboolean
accept_kw (Parser     *p,
           const char *kw)
{
  if (!at_kw (p, kw))
    return FALSE;
  advance (p);
  return TRUE;
}

static gboolean
ends_expression (const YsToken *tok)
{
  return ((tok->kind == YS_TOK_NAME && !is_keyword (tok)) || tok->kind == YS_TOK_INT ||
          tok->kind == YS_TOK_FLOAT || tok->kind == YS_TOK_STRING || tok_is (tok, YS_TOK_OP, ")") ||
          tok_is (tok, YS_TOK_OP, "]") || tok_is (tok, YS_TOK_OP, "}"));
}

static gboolean
starts_expression (const YsToken *tok)
{
  return (tok->kind == YS_TOK_NAME && !is_keyword (tok)) || tok->kind == YS_TOK_INT ||
         tok->kind == YS_TOK_FLOAT || tok->kind == YS_TOK_STRING;
}

/* The generic error, with CPython's refinements: a bracket left open on an earlier
 * line is the likely cause; two expressions side by side inside brackets probably
 * miss a comma. */
static void G_GNUC_NORETURN
fail_unexpected (Parser *p)
{
  YsLexer *lx = &p->lexer;

  if (p->tok.kind == YS_TOK_INDENT)
    fail_at (p, p->tok.line, p->tok.col, "IndentationError", "unexpected indent");
  if (lx->paren_depth > 0 && lx->paren_line[lx->paren_depth - 1] < p->tok.line)
    fail_at (p, lx->paren_line[lx->paren_depth - 1], lx->paren_col[lx->paren_depth - 1], "SyntaxError",
             "'%c' was never closed", lx->paren_stack[lx->paren_depth - 1]);
  if (lx->paren_depth > 0 && ends_expression (&p->prev) && starts_expression (&p->tok))
    fail_at (p, p->prev.line, p->prev.col, "SyntaxError", "invalid syntax. Perhaps you forgot a comma?");
  if (p->tok.kind == YS_TOK_END || p->tok.kind == YS_TOK_NEWLINE)
    fail_at (p, p->tok.line, p->tok.col, "SyntaxError", "invalid syntax");
  fail (p, "invalid syntax");
}

static void
expect_op (Parser     *p,
           const char *op)
{
  if (!accept_op (p, op))
    {
      if (g_str_equal (op, ":"))
        fail_at (p, p->prev.end_line, p->prev.end_col, "SyntaxError", "expected ':'");
      if (g_str_equal (op, "(") || g_str_equal (op, "="))
        fail (p, "expected '%s'", op);
      fail_unexpected (p);
    }
}

static char *
expect_plain_name (Parser *p)
{
  char *name;

  if (p->tok.kind != YS_TOK_NAME || is_keyword (&p->tok))
    fail_unexpected (p);
  name = arena_strndup (p, p->tok.start, p->tok.len);
  advance (p);
  return name;
}

/* Inside a class, __name (not __name__) stands for _Class__name, as in CPython. */
static char *
expect_name (Parser *p)
{
  char *name = expect_plain_name (p);
  const char *cls = p->class_name;
  gsize len = strlen (name);

  if (cls == NULL || len < 3 || name[0] != '_' || name[1] != '_' ||
      (name[len - 1] == '_' && name[len - 2] == '_'))
    return name;
  while (*cls == '_')
    cls++;
  if (*cls == '\0')
    return name;
  {
    char *mangled = g_strdup_printf ("_%s%s", cls, name);
    g_ptr_array_add (p->arena->blocks, mangled);
    return mangled;
  }
}

static void G_GNUC_NORETURN
unsupported (Parser     *p,
             int         line,
             int         col,
             const char *what)
{
  fail_at (p, line, col, "SyntaxError", "%s is not supported by Yieldscope", what);
}

/* Expressions */

static YsAst *parse_expression (Parser *p);
static YsAst *parse_star_expressions (Parser *p);
static YsAst *parse_bitor (Parser *p);
static YsAst *parse_disjunction (Parser *p);
static YsAst *parse_yield (Parser *p);
static void   parse_block (Parser *p, GPtrArray *body, const char *what, int what_line);
static GPtrArray *parse_params (Parser *p, YsAst *def, const char *close);
static YsAst *parse_fstring (Parser *p, const YsToken *tok);

static const char *
describe (YsAst *e)
{
  switch (e->kind)
    {
    case YS_AST_CALL: return "function call";
    case YS_AST_CONSTANT:
      if (e->op == YS_CONST_NONE || e->op == YS_CONST_TRUE || e->op == YS_CONST_FALSE)
        return e->op == YS_CONST_NONE ? "None" : e->op == YS_CONST_TRUE ? "True" : "False";
      if (e->op == YS_CONST_ELLIPSIS)
        return "ellipsis";
      return "literal";
    case YS_AST_JOINEDSTR: return "f-string expression";
    case YS_AST_COMPARE: return "comparison";
    case YS_AST_IFEXP: return "conditional expression";
    case YS_AST_LAMBDA: return "lambda";
    case YS_AST_YIELD: case YS_AST_YIELDFROM: return "yield expression";
    case YS_AST_DICT: return "dict literal";
    case YS_AST_SET: return "set display";
    case YS_AST_LISTCOMP: return "list comprehension";
    case YS_AST_SETCOMP: return "set comprehension";
    case YS_AST_DICTCOMP: return "dict comprehension";
    case YS_AST_GENEXP: return "generator expression";
    case YS_AST_BOOLOP: case YS_AST_BINOP: case YS_AST_UNARYOP: return "expression";
    default: return "expression";
    }
}

/* Checks that @e can be assigned to (or deleted, with @del). */
static void
check_target (Parser   *p,
              YsAst    *e,
              gboolean  del,
              gboolean  top)
{
  switch (e->kind)
    {
    case YS_AST_NAME:
    case YS_AST_ATTRIBUTE:
    case YS_AST_SUBSCRIPT:
      return;
    case YS_AST_TUPLE:
    case YS_AST_LIST:
      for (guint i = 0; i < e->list1->len; i++)
        check_target (p, e->list1->pdata[i], del, FALSE);
      return;
    case YS_AST_STARRED:
      if (del)
        fail_at (p, e->line, e->col, "SyntaxError", "cannot delete starred");
      check_target (p, e->a, del, FALSE);
      return;
    default:
      break;
    }
  if (del)
    fail_at (p, e->line, e->col, "SyntaxError", "cannot delete %s", describe (e));
  if (top && e->kind != YS_AST_YIELD && e->kind != YS_AST_YIELDFROM && e->kind != YS_AST_LAMBDA &&
      e->kind != YS_AST_IFEXP && !(e->kind == YS_AST_CONSTANT && e->op <= YS_CONST_FALSE))
    fail_at (p, e->line, e->col, "SyntaxError",
             "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe (e));
  fail_at (p, e->line, e->col, "SyntaxError", "cannot assign to %s", describe (e));
}

static YsAst *
parse_string_atom (Parser *p)
{
  YsAst *node = node_at_tok (p, YS_AST_CONSTANT);
  GString *text = new_gstring (p);
  GPtrArray *parts = NULL;
  gboolean bytes = p->tok.is_bytes;

  while (p->tok.kind == YS_TOK_STRING)
    {
      if (p->tok.is_bytes != bytes)
        fail (p, "cannot mix bytes and nonbytes literals");
      if (p->tok.is_fstring)
        {
          YsAst *joined = parse_fstring (p, &p->tok);
          if (parts == NULL)
            parts = new_list (p);
          if (text->len > 0)
            {
              YsAst *c = new_node (p, YS_AST_CONSTANT, node->line, node->col);
              c->op = YS_CONST_STR;
              c->str_len = text->len;
              c->str = arena_strndup (p, text->str, text->len);
              g_ptr_array_add (parts, c);
              g_string_truncate (text, 0);
            }
          for (guint i = 0; i < joined->list1->len; i++)
            g_ptr_array_add (parts, joined->list1->pdata[i]);
        }
      else
        g_string_append_len (text, p->tok.str, p->tok.str_len);
      advance (p);
    }

  if (bytes)
    unsupported (p, node->line, node->col, "a bytes literal");

  if (parts != NULL)
    {
      node->kind = YS_AST_JOINEDSTR;
      if (text->len > 0)
        {
          YsAst *c = new_node (p, YS_AST_CONSTANT, node->line, node->col);
          c->op = YS_CONST_STR;
          c->str_len = text->len;
          c->str = arena_strndup (p, text->str, text->len);
          g_ptr_array_add (parts, c);
        }
      node->list1 = parts;
    }
  else
    {
      node->op = YS_CONST_STR;
      node->str_len = text->len;
      node->str = arena_strndup (p, text->str, text->len);
    }
  finish_node (p, node);
  return node;
}

static YsAst *
parse_comprehension_tail (Parser    *p,
                          YsAstKind  kind,
                          YsAst     *elt,
                          YsAst     *value,
                          int        line,
                          int        col)
{
  YsAst *node = new_node (p, kind, line, col);

  if (elt->kind == YS_AST_STARRED)
    fail_at (p, elt->line, elt->col, "SyntaxError", "iterable unpacking cannot be used in comprehension");
  node->a = elt;
  node->b = value;
  node->list1 = new_list (p);
  while (at_kw (p, "for") || at_kw (p, "async"))
    {
      YsAst *comp = node_at_tok (p, YS_AST_COMPREHENSION);
      GPtrArray *targets;
      if (at_kw (p, "async"))
        unsupported (p, p->tok.line, p->tok.col, "an asynchronous comprehension");
      advance (p);
      targets = new_list (p);
      do
        {
          YsAst *t;
          if (at_op (p, "*"))
            {
              t = node_at_tok (p, YS_AST_STARRED);
              advance (p);
              t->a = parse_bitor (p);
            }
          else
            t = parse_bitor (p);
          g_ptr_array_add (targets, t);
          if (!at_op (p, ","))
            break;
          advance (p);
        }
      while (!at_kw (p, "in"));
      if (targets->len == 1 && p->prev.kind != YS_TOK_OP)
        comp->a = targets->pdata[0];
      else
        {
          comp->a = new_node (p, YS_AST_TUPLE, comp->line, comp->col);
          comp->a->list1 = targets;
        }
      check_target (p, comp->a, FALSE, FALSE);
      if (!accept_kw (p, "in"))
        fail (p, "invalid syntax");
      comp->b = parse_disjunction (p);
      comp->list1 = new_list (p);
      while (at_kw (p, "if"))
        {
          advance (p);
          g_ptr_array_add (comp->list1, parse_disjunction (p));
        }
      g_ptr_array_add (node->list1, comp);
    }
  finish_node (p, node);
  return node;
}

/* named_expression: NAME ':=' expression, or an expression. */
static YsAst *
parse_named_expression (Parser *p)
{
  YsAst *target, *node;

  if (p->tok.kind == YS_TOK_NAME && tok_is (peek (p), YS_TOK_OP, ":="))
    {
      target = node_at_tok (p, YS_AST_NAME);
      target->str = expect_name (p);
      finish_node (p, target);
    }
  else
    {
      target = parse_expression (p);
      if (!at_op (p, ":="))
        return target;
      fail_at (p, target->line, target->col, "SyntaxError",
               "cannot use assignment expressions with %s",
               target->kind == YS_AST_NAME ? "name" : target->kind == YS_AST_ATTRIBUTE ? "attribute" :
               target->kind == YS_AST_SUBSCRIPT ? "subscript" : target->kind == YS_AST_TUPLE ? "tuple" :
               target->kind == YS_AST_LIST ? "list" : describe (target));
    }
  advance (p);
  node = new_node (p, YS_AST_NAMEDEXPR, target->line, target->col);
  node->a = target;
  node->b = parse_expression (p);
  finish_node (p, node);
  return node;
}

static YsAst *
parse_star_named (Parser *p)
{
  if (at_op (p, "*"))
    {
      YsAst *node = node_at_tok (p, YS_AST_STARRED);
      advance (p);
      node->a = parse_bitor (p);
      finish_node (p, node);
      return node;
    }
  return parse_named_expression (p);
}

static YsAst *
parse_paren_atom (Parser *p)
{
  int line = p->tok.line, col = p->tok.col;
  YsAst *first, *tuple;

  advance (p);
  if (accept_op (p, ")"))
    {
      tuple = new_node (p, YS_AST_TUPLE, line, col);
      tuple->list1 = new_list (p);
      finish_node (p, tuple);
      return tuple;
    }
  if (at_kw (p, "yield"))
    {
      first = parse_yield (p);
      expect_op (p, ")");
      return first;
    }
  first = parse_star_named (p);
  if (at_kw (p, "for") || at_kw (p, "async"))
    {
      YsAst *gen = parse_comprehension_tail (p, YS_AST_GENEXP, first, NULL, line, col);
      expect_op (p, ")");
      finish_node (p, gen);
      return gen;
    }
  if (!at_op (p, ","))
    {
      if (first->kind == YS_AST_STARRED)
        fail_at (p, first->line, first->col, "SyntaxError", "cannot use starred expression here");
      expect_op (p, ")");
      return first;
    }
  tuple = new_node (p, YS_AST_TUPLE, line, col);
  tuple->list1 = new_list (p);
  g_ptr_array_add (tuple->list1, first);
  while (accept_op (p, ","))
    {
      if (at_op (p, ")"))
        break;
      g_ptr_array_add (tuple->list1, parse_star_named (p));
    }
  expect_op (p, ")");
  finish_node (p, tuple);
  return tuple;
}

static YsAst *
parse_list_atom (Parser *p)
{
  YsAst *node = node_at_tok (p, YS_AST_LIST);
  YsAst *first;

  advance (p);
  node->list1 = new_list (p);
  if (accept_op (p, "]"))
    {
      finish_node (p, node);
      return node;
    }
  first = parse_star_named (p);
  if (at_kw (p, "for") || at_kw (p, "async"))
    {
      YsAst *comp = parse_comprehension_tail (p, YS_AST_LISTCOMP, first, NULL, node->line, node->col);
      expect_op (p, "]");
      finish_node (p, comp);
      return comp;
    }
  g_ptr_array_add (node->list1, first);
  while (accept_op (p, ","))
    {
      if (at_op (p, "]"))
        break;
      g_ptr_array_add (node->list1, parse_star_named (p));
    }
  expect_op (p, "]");
  finish_node (p, node);
  return node;
}

static YsAst *
parse_brace_atom (Parser *p)
{
  int line = p->tok.line, col = p->tok.col;
  YsAst *node, *first;

  advance (p);
  if (accept_op (p, "}"))
    {
      node = new_node (p, YS_AST_DICT, line, col);
      node->list1 = new_list (p);
      node->list2 = new_list (p);
      finish_node (p, node);
      return node;
    }
  if (at_op (p, "**"))
    first = NULL;
  else
    first = parse_star_named (p);

  if (first == NULL || at_op (p, ":"))
    {
      node = new_node (p, YS_AST_DICT, line, col);
      node->list1 = new_list (p);
      node->list2 = new_list (p);
      for (;;)
        {
          if (first == NULL && accept_op (p, "**"))
            {
              g_ptr_array_add (node->list1, NULL);
              g_ptr_array_add (node->list2, parse_bitor (p));
            }
          else
            {
              if (first == NULL)
                first = parse_expression (p);
              expect_op (p, ":");
              g_ptr_array_add (node->list1, first);
              g_ptr_array_add (node->list2, parse_expression (p));
              if (node->list1->len == 1 && (at_kw (p, "for") || at_kw (p, "async")))
                {
                  YsAst *comp = parse_comprehension_tail (p, YS_AST_DICTCOMP, node->list1->pdata[0],
                                                          node->list2->pdata[0], line, col);
                  expect_op (p, "}");
                  finish_node (p, comp);
                  return comp;
                }
            }
          first = NULL;
          if (!accept_op (p, ",") || at_op (p, "}"))
            break;
          if (!at_op (p, "**"))
            first = parse_expression (p);
        }
      expect_op (p, "}");
      finish_node (p, node);
      return node;
    }

  if (at_kw (p, "for") || at_kw (p, "async"))
    {
      node = parse_comprehension_tail (p, YS_AST_SETCOMP, first, NULL, line, col);
      expect_op (p, "}");
      finish_node (p, node);
      return node;
    }
  node = new_node (p, YS_AST_SET, line, col);
  node->list1 = new_list (p);
  g_ptr_array_add (node->list1, first);
  while (accept_op (p, ","))
    {
      if (at_op (p, "}"))
        break;
      g_ptr_array_add (node->list1, parse_star_named (p));
    }
  expect_op (p, "}");
  finish_node (p, node);
  return node;
}

/* CPython 3.11 refuses decimal conversions of more than 4300 digits (its
 * sys.get_int_max_str_digits()), literals included. */
#define INT_MAX_STR_DIGITS 4300

static void
check_int_digits (Parser *p)
{
  const char *s = p->tok.start;
  int digits = 0;

  /* Other bases are not limited; nor zeros (a decimal literal starting with 0 has only
   * zeros), which CPython reads without the conversion. */
  if (s[0] == '0')
    return;
  for (int i = 0; i < p->tok.len; i++)
    if (s[i] != '_')
      digits++;
  if (digits > INT_MAX_STR_DIGITS)
    fail (p, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
          "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
          "integer literals to avoid decimal conversion limits.", INT_MAX_STR_DIGITS, digits);
}

static YsAst *
parse_atom (Parser *p)
{
  YsAst *node;

  switch (p->tok.kind)
    {
    case YS_TOK_NAME:
      if (at_kw (p, "None") || at_kw (p, "True") || at_kw (p, "False"))
        {
          node = node_at_tok (p, YS_AST_CONSTANT);
          node->op = at_kw (p, "None") ? YS_CONST_NONE : at_kw (p, "True") ? YS_CONST_TRUE : YS_CONST_FALSE;
          advance (p);
          finish_node (p, node);
          return node;
        }
      if (at_kw (p, "await"))
        unsupported (p, p->tok.line, p->tok.col, "'await'");
      if (at_kw (p, "yield"))
        fail (p, "invalid syntax");
      if (is_keyword (&p->tok))
        fail_unexpected (p);
      node = node_at_tok (p, YS_AST_NAME);
      node->str = expect_name (p);
      finish_node (p, node);
      return node;
    case YS_TOK_INT:
    case YS_TOK_FLOAT:
      if (p->tok.kind == YS_TOK_INT)
        check_int_digits (p);
      node = node_at_tok (p, YS_AST_CONSTANT);
      node->op = p->tok.kind == YS_TOK_INT ? YS_CONST_INT : YS_CONST_FLOAT;
      node->str = arena_strndup (p, p->tok.start, p->tok.len);
      node->str_len = p->tok.len;
      advance (p);
      finish_node (p, node);
      return node;
    case YS_TOK_STRING:
      return parse_string_atom (p);
    case YS_TOK_OP:
      if (at_op (p, "(") || at_op (p, "[") || at_op (p, "{"))
        {
          enter (p, LEVEL_BRACKET);
          node = at_op (p, "(") ? parse_paren_atom (p) : at_op (p, "[") ? parse_list_atom (p)
                                                                         : parse_brace_atom (p);
          leave (p, LEVEL_BRACKET);
          return node;
        }
      if (at_op (p, "..."))
        {
          node = node_at_tok (p, YS_AST_CONSTANT);
          node->op = YS_CONST_ELLIPSIS;
          advance (p);
          finish_node (p, node);
          return node;
        }
      fail_unexpected (p);
    default:
      fail_unexpected (p);
    }
}

static YsAst *
parse_slice (Parser *p)
{
  YsAst *lower = NULL, *node;
  int line = p->tok.line, col = p->tok.col;

  if (!at_op (p, ":"))
    {
      lower = parse_star_named (p);
      if (!at_op (p, ":"))
        return lower;
    }
  node = new_node (p, YS_AST_SLICE, line, col);
  node->a = lower;
  advance (p);
  if (!at_op (p, ":") && !at_op (p, "]") && !at_op (p, ","))
    node->b = parse_expression (p);
  if (accept_op (p, ":"))
    {
      if (!at_op (p, "]") && !at_op (p, ","))
        node->c = parse_expression (p);
    }
  finish_node (p, node);
  return node;
}

static void
parse_call_args (Parser *p,
                 YsAst  *call)
{
  gboolean seen_keyword = FALSE, seen_kwunpack = FALSE;

  call->list1 = new_list (p);
  call->list2 = new_list (p);
  while (!at_op (p, ")"))
    {
      int line = p->tok.line, col = p->tok.col;

      if (accept_op (p, "**"))
        {
          YsAst *kw = new_node (p, YS_AST_KEYWORD, line, col);
          kw->a = parse_expression (p);
          g_ptr_array_add (call->list2, kw);
          seen_kwunpack = TRUE;
        }
      else if (at_op (p, "*"))
        {
          YsAst *star = node_at_tok (p, YS_AST_STARRED);
          advance (p);
          star->a = parse_expression (p);
          finish_node (p, star);
          if (seen_kwunpack)
            fail_at (p, line, col, "SyntaxError",
                     "iterable argument unpacking follows keyword argument unpacking");
          g_ptr_array_add (call->list1, star);
        }
      else
        {
          YsAst *arg = parse_named_expression (p);
          if (at_op (p, "="))
            {
              YsAst *kw;
              if (arg->kind != YS_AST_NAME)
                fail_at (p, arg->line, arg->col, "SyntaxError",
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
              advance (p);
              kw = new_node (p, YS_AST_KEYWORD, line, col);
              kw->str = arg->str;
              kw->a = parse_expression (p);
              for (guint i = 0; i < call->list2->len; i++)
                {
                  YsAst *other = call->list2->pdata[i];
                  if (other->str != NULL && g_str_equal (other->str, kw->str))
                    fail_at (p, line, col, "SyntaxError", "keyword argument repeated: %s", kw->str);
                }
              g_ptr_array_add (call->list2, kw);
              seen_keyword = TRUE;
            }
          else if (at_kw (p, "for") || at_kw (p, "async"))
            {
              YsAst *gen = parse_comprehension_tail (p, YS_AST_GENEXP, arg, NULL, line, col);
              if (call->list1->len > 0 || call->list2->len > 0 || !at_op (p, ")"))
                fail_at (p, line, col, "SyntaxError", "Generator expression must be parenthesized");
              g_ptr_array_add (call->list1, gen);
            }
          else
            {
              if (seen_kwunpack)
                fail_at (p, arg->line, arg->col, "SyntaxError",
                         "positional argument follows keyword argument unpacking");
              if (seen_keyword)
                fail_at (p, arg->line, arg->col, "SyntaxError",
                         "positional argument follows keyword argument");
              g_ptr_array_add (call->list1, arg);
            }
        }
      if (!accept_op (p, ","))
        break;
    }
  expect_op (p, ")");
}

static YsAst *
parse_primary (Parser *p)
{
  YsAst *node = parse_atom (p);

  for (;;)
    {
      if (at_op (p, "."))
        {
          YsAst *attr = new_node (p, YS_AST_ATTRIBUTE, node->line, node->col);
          advance (p);
          attr->a = node;
          attr->str = expect_name (p);
          finish_node (p, attr);
          node = attr;
        }
      else if (at_op (p, "("))
        {
          YsAst *call = new_node (p, YS_AST_CALL, node->line, node->col);
          advance (p);
          call->a = node;
          enter (p, LEVEL_TRAILER);
          parse_call_args (p, call);
          leave (p, LEVEL_TRAILER);
          finish_node (p, call);
          node = call;
        }
      else if (at_op (p, "["))
        {
          YsAst *sub = new_node (p, YS_AST_SUBSCRIPT, node->line, node->col);
          YsAst *index;
          advance (p);
          sub->a = node;
          enter (p, LEVEL_TRAILER);
          index = parse_slice (p);
          if (at_op (p, ","))
            {
              YsAst *tuple = new_node (p, YS_AST_TUPLE, index->line, index->col);
              tuple->list1 = new_list (p);
              g_ptr_array_add (tuple->list1, index);
              while (accept_op (p, ","))
                {
                  if (at_op (p, "]"))
                    break;
                  g_ptr_array_add (tuple->list1, parse_slice (p));
                }
              index = tuple;
            }
          sub->b = index;
          expect_op (p, "]");
          leave (p, LEVEL_TRAILER);
          finish_node (p, sub);
          node = sub;
        }
      else
        return node;
    }
}

static YsAst *parse_factor (Parser *p);

static YsAst *
parse_power (Parser *p)
{
  YsAst *left = parse_primary (p);

  if (at_op (p, "**"))
    {
      YsAst *node = new_node (p, YS_AST_BINOP, left->line, left->col);
      advance (p);
      node->op = YS_BIN_POW;
      node->a = left;
      enter (p, 2);
      node->b = parse_factor (p);
      leave (p, 2);
      finish_node (p, node);
      return node;
    }
  return left;
}

static YsAst *
parse_factor (Parser *p)
{
  if (at_op (p, "-") || at_op (p, "+") || at_op (p, "~"))
    {
      YsAst *node = node_at_tok (p, YS_AST_UNARYOP);
      node->op = at_op (p, "-") ? YS_UNARY_NEG : at_op (p, "+") ? YS_UNARY_POS : YS_UNARY_INVERT;
      advance (p);
      enter (p, 1);
      node->a = parse_factor (p);
      leave (p, 1);
      finish_node (p, node);
      return node;
    }
  return parse_power (p);
}

typedef struct
{
  const char *text;
  int         op;
} OpEntry;

static YsAst *
parse_binary_level (Parser         *p,
                    const OpEntry  *ops,
                    YsAst        *(*next) (Parser *))
{
  YsAst *left = next (p);

  for (;;)
    {
      const OpEntry *found = NULL;
      for (const OpEntry *e = ops; e->text != NULL; e++)
        if (at_op (p, e->text))
          found = e;
      if (found == NULL)
        return left;
      {
        YsAst *node = new_node (p, YS_AST_BINOP, left->line, left->col);
        advance (p);
        node->op = found->op;
        node->a = left;
        node->b = next (p);
        finish_node (p, node);
        left = node;
      }
    }
}

static YsAst *
parse_term (Parser *p)
{
  static const OpEntry ops[] = {
    { "*", YS_BIN_MUL }, { "/", YS_BIN_TRUEDIV }, { "//", YS_BIN_FLOORDIV },
    { "%", YS_BIN_MOD }, { "@", YS_BIN_MATMUL }, { NULL, 0 }
  };
  return parse_binary_level (p, ops, parse_factor);
}

static YsAst *
parse_sum (Parser *p)
{
  static const OpEntry ops[] = { { "+", YS_BIN_ADD }, { "-", YS_BIN_SUB }, { NULL, 0 } };
  return parse_binary_level (p, ops, parse_term);
}

static YsAst *
parse_shift (Parser *p)
{
  static const OpEntry ops[] = { { "<<", YS_BIN_LSHIFT }, { ">>", YS_BIN_RSHIFT }, { NULL, 0 } };
  return parse_binary_level (p, ops, parse_sum);
}

static YsAst *
parse_bitand (Parser *p)
{
  static const OpEntry ops[] = { { "&", YS_BIN_AND }, { NULL, 0 } };
  return parse_binary_level (p, ops, parse_shift);
}

static YsAst *
parse_bitxor (Parser *p)
{
  static const OpEntry ops[] = { { "^", YS_BIN_XOR }, { NULL, 0 } };
  return parse_binary_level (p, ops, parse_bitand);
}

static YsAst *
parse_bitor (Parser *p)
{
  static const OpEntry ops[] = { { "|", YS_BIN_OR }, { NULL, 0 } };
  return parse_binary_level (p, ops, parse_bitxor);
}

static gboolean
at_compare_op (Parser *p,
               int    *op)
{
  static const OpEntry ops[] = {
    { "<", YS_CMP_LT }, { "<=", YS_CMP_LE }, { "==", YS_CMP_EQ }, { "!=", YS_CMP_NE },
    { ">", YS_CMP_GT }, { ">=", YS_CMP_GE }, { NULL, 0 }
  };

  for (const OpEntry *e = ops; e->text != NULL; e++)
    if (at_op (p, e->text))
      {
        *op = e->op;
        advance (p);
        return TRUE;
      }
  if (at_kw (p, "in"))
    {
      *op = YS_CMP_IN;
      advance (p);
      return TRUE;
    }
  if (at_kw (p, "not") && tok_is (peek (p), YS_TOK_NAME, "in"))
    {
      *op = YS_CMP_NOT_IN;
      advance (p);
      advance (p);
      return TRUE;
    }
  if (at_kw (p, "is"))
    {
      advance (p);
      *op = accept_kw (p, "not") ? YS_CMP_IS_NOT : YS_CMP_IS;
      return TRUE;
    }
  return FALSE;
}

static YsAst *
parse_comparison (Parser *p)
{
  YsAst *left = parse_bitor (p);
  YsAst *node = NULL;
  int line = p->tok.line, col = p->tok.col;
  int op;

  while (at_compare_op (p, &op))
    {
      YsAst *cmp = new_node (p, YS_AST_CMPOP, line, col);
      if (node == NULL)
        {
          node = new_node (p, YS_AST_COMPARE, left->line, left->col);
          node->a = left;
          node->list1 = new_list (p);
        }
      cmp->op = op;
      cmp->a = parse_bitor (p);
      g_ptr_array_add (node->list1, cmp);
      line = p->tok.line;
      col = p->tok.col;
    }
  if (node != NULL)
    {
      finish_node (p, node);
      return node;
    }
  return left;
}

static YsAst *
parse_inversion (Parser *p)
{
  if (at_kw (p, "not"))
    {
      YsAst *node = node_at_tok (p, YS_AST_UNARYOP);
      advance (p);
      node->op = YS_UNARY_NOT;
      enter (p, 1);
      node->a = parse_inversion (p);
      leave (p, 1);
      finish_node (p, node);
      return node;
    }
  return parse_comparison (p);
}

static YsAst *
parse_boolop (Parser     *p,
              const char *kw,
              int         op,
              YsAst    *(*next) (Parser *))
{
  YsAst *first = next (p), *node;

  if (!at_kw (p, kw))
    return first;
  node = new_node (p, YS_AST_BOOLOP, first->line, first->col);
  node->op = op;
  node->list1 = new_list (p);
  g_ptr_array_add (node->list1, first);
  while (accept_kw (p, kw))
    g_ptr_array_add (node->list1, next (p));
  finish_node (p, node);
  return node;
}

static YsAst *
parse_conjunction (Parser *p)
{
  return parse_boolop (p, "and", 0, parse_inversion);
}

static YsAst *
parse_disjunction (Parser *p)
{
  return parse_boolop (p, "or", 1, parse_conjunction);
}

static YsAst *
parse_lambda (Parser *p)
{
  YsAst *node = node_at_tok (p, YS_AST_LAMBDA);

  advance (p);
  node->str = "<lambda>";
  node->list2 = parse_params (p, node, ":");
  expect_op (p, ":");
  p->func_depth++;
  enter (p, 2);
  node->b = parse_expression (p);
  leave (p, 2);
  p->func_depth--;
  finish_node (p, node);
  return node;
}

static YsAst *
parse_expression (Parser *p)
{
  YsAst *body, *node;

  if (at_kw (p, "lambda"))
    return parse_lambda (p);
  body = parse_disjunction (p);
  if (!at_kw (p, "if"))
    return body;
  /* "x if c else y" — but not a comprehension's condition, which the caller handles. */
  node = new_node (p, YS_AST_IFEXP, body->line, body->col);
  advance (p);
  node->b = body;
  node->a = parse_disjunction (p);
  if (!accept_kw (p, "else"))
    fail_at (p, p->tok.line, p->tok.col, "SyntaxError", "expected 'else' after 'if' expression");
  enter (p, 1);
  node->c = parse_expression (p);
  leave (p, 1);
  finish_node (p, node);
  return node;
}

/* star_expressions: one expression, or a tuple of them. */
static YsAst *
parse_star_expressions (Parser *p)
{
  YsAst *first = at_op (p, "*") ? parse_star_named (p) : parse_expression (p), *tuple;

  if (!at_op (p, ","))
    return first;
  tuple = new_node (p, YS_AST_TUPLE, first->line, first->col);
  tuple->list1 = new_list (p);
  g_ptr_array_add (tuple->list1, first);
  while (accept_op (p, ","))
    {
      if (p->tok.kind == YS_TOK_NEWLINE || at_op (p, "=") || at_op (p, ")") || at_op (p, ";") ||
          at_op (p, ":") || p->tok.kind == YS_TOK_END || at_kw (p, "in"))
        break;
      g_ptr_array_add (tuple->list1, at_op (p, "*") ? parse_star_named (p) : parse_expression (p));
    }
  finish_node (p, tuple);
  return tuple;
}

static YsAst *
parse_yield (Parser *p)
{
  YsAst *node = node_at_tok (p, YS_AST_YIELD);

  if (p->func_depth == 0)
    fail (p, "'yield' outside function");
  advance (p);
  if (accept_kw (p, "from"))
    {
      node->kind = YS_AST_YIELDFROM;
      node->a = parse_expression (p);
    }
  else if (p->tok.kind != YS_TOK_NEWLINE && p->tok.kind != YS_TOK_END && !at_op (p, ")") &&
           !at_op (p, ";") && !at_op (p, "=") && !at_op (p, "]") && !at_op (p, "}"))
    node->a = parse_star_expressions (p);
  finish_node (p, node);
  return node;
}

/* f-strings: the body is split into text and {expression!conversion:spec} fields, each
 * expression parsed by a parser of its own over the same source positions. */

static YsAst *
parse_sub_expression (Parser     *p,
                      const char *start,
                      gsize       len,
                      int         line,
                      int         col)
{
  Parser *sub = g_new0 (Parser, 1);
  YsAst *node;

  g_ptr_array_add (p->arena->blocks, sub);
  sub->arena = p->arena;
  sub->func_depth = p->func_depth;
  sub->level = p->level + LEVEL_FSTRING;
  sub->class_name = p->class_name;
  ys_lexer_init (&sub->lexer, start, len, line, col, TRUE);
  if (setjmp (sub->jump) != 0)
    {
      ys_lexer_clear (&sub->lexer);
      p->error = sub->error;
      p->error_type = sub->error_type;
      p->error_line = sub->error_line;
      p->error_col = sub->error_col;
      if (strstr (p->error, "never closed") == NULL && g_str_equal (p->error, "invalid syntax"))
        {
          g_free (p->error);
          p->error = g_strdup ("f-string: invalid syntax");
        }
      longjmp (p->jump, 1);
    }
  advance (sub);
  if (sub->tok.kind == YS_TOK_END)
    fail_at (sub, line, col, "SyntaxError", "f-string: empty expression not allowed");
  if (at_kw (sub, "yield"))
    node = parse_yield (sub);
  else
    node = parse_star_expressions (sub);
  if (sub->tok.kind != YS_TOK_END)
    fail_at (sub, sub->tok.line, sub->tok.col, "SyntaxError", "f-string: invalid syntax");
  ys_lexer_clear (&sub->lexer);
  return node;
}

/* Position of the code point at @q within the body of @tok, which may span lines. */
static void
body_position (const YsToken *tok,
               const char    *q,
               int           *line,
               int           *col)
{
  *line = tok->body_line;
  *col = tok->body_col;
  for (const char *r = tok->body; r < q; r = g_utf8_next_char (r))
    {
      if (*r == '\n')
        {
          (*line)++;
          *col = 1;
        }
      else
        (*col)++;
    }
}

static YsAst *parse_fstring_part (Parser *p, const YsToken *tok, const char **pos,
                                  const char *end, int nesting);

static void
add_text (Parser    *p,
          GPtrArray *parts,
          GString   *text,
          int        line,
          int        col)
{
  YsAst *c;

  if (text->len == 0)
    return;
  c = new_node (p, YS_AST_CONSTANT, line, col);
  c->op = YS_CONST_STR;
  c->str_len = text->len;
  c->str = arena_strndup (p, text->str, text->len);
  g_ptr_array_add (parts, c);
  g_string_truncate (text, 0);
}

/* Parses text and fields up to @end (or a '}' closing a spec when @nesting > 0). */
static YsAst *
parse_fstring_text (Parser        *p,
                    const YsToken *tok,
                    const char   **pos,
                    const char    *end,
                    int            nesting)
{
  YsAst *joined = new_node (p, YS_AST_JOINEDSTR, tok->line, tok->col);
  GString *raw = new_gstring (p);
  GString *text = new_gstring (p);
  const char *q = *pos;

  joined->list1 = new_list (p);
  while (q < end)
    {
      if (*q == '{' && q + 1 < end && q[1] == '{' && nesting == 0)
        {
          g_string_append_c (raw, '{');
          q += 2;
        }
      else if (*q == '}' && q + 1 < end && q[1] == '}' && nesting == 0)
        {
          g_string_append_c (raw, '}');
          q += 2;
        }
      else if (*q == '\\' && !tok->is_raw && q + 1 < end && (q[1] == '\\' || q[1] == 'N'))
        {
          /* An escaped backslash, or \N{NAME}, whose braces are not a field's. */
          const char *stop = q + 2;
          if (q[1] == 'N' && stop < end && *stop == '{')
            while (stop < end && *stop != '}')
              stop++;
          if (q[1] == 'N' && stop < end && *stop == '}')
            stop++;
          g_string_append_len (raw, q, stop - q);
          q = stop;
        }
      else if (*q == '{')
        {
          char *error = NULL;
          if (!ys_lexer_decode (raw->str, raw->len, tok->is_raw, text, &error))
            {
              int line, col;
              body_position (tok, q, &line, &col);
              g_ptr_array_add (p->arena->blocks, error);
              fail_at (p, line, col, "SyntaxError", "%s", error);
            }
          g_string_truncate (raw, 0);
          add_text (p, joined->list1, text, tok->line, tok->col);
          q++;
          g_ptr_array_add (joined->list1, parse_fstring_part (p, tok, &q, end, nesting));
        }
      else if (*q == '}')
        {
          if (nesting > 0)
            break;
          {
            int line, col;
            body_position (tok, q, &line, &col);
            fail_at (p, line, col, "SyntaxError", "f-string: single '}' is not allowed");
          }
        }
      else
        g_string_append_c (raw, *q++);
    }
  {
    char *error = NULL;
    if (!ys_lexer_decode (raw->str, raw->len, tok->is_raw, text, &error))
      {
        g_ptr_array_add (p->arena->blocks, error);
        fail_at (p, tok->line, tok->col, "SyntaxError", "%s", error);
      }
  }
  add_text (p, joined->list1, text, tok->line, tok->col);
  *pos = q;
  return joined;
}

/* After a '{': expression, '=', '!conversion', ':spec', '}'. */
static YsAst *
parse_fstring_part (Parser        *p,
                    const YsToken *tok,
                    const char   **pos,
                    const char    *end,
                    int            nesting)
{
  const char *q = *pos, *expr_start = q;
  int depth = 0;
  char quote = 0;
  YsAst *field;
  int line, col;
  gboolean self_doc = FALSE;
  const char *expr_end;

  if (nesting >= 2)
    {
      body_position (tok, q, &line, &col);
      fail_at (p, line, col, "SyntaxError", "f-string: expressions nested too deeply");
    }

  /* Find the end of the expression: a '!', ':', '=' or '}' at depth 0 outside strings. */
  for (; q < end; q++)
    {
      if (quote)
        {
          if (*q == quote)
            quote = 0;
          continue;
        }
      if (*q == '\'' || *q == '"')
        {
          quote = *q;
          continue;
        }
      if (*q == '(' || *q == '[' || *q == '{')
        depth++;
      else if ((*q == ')' || *q == ']' || *q == '}') && depth > 0)
        depth--;
      else if (depth == 0)
        {
          if (*q == '}' || *q == ':')
            break;
          if (*q == '!' && q + 1 < end && q[1] != '=')
            break;
          if (*q == '=' && q + 1 < end && q[1] != '=' && q > expr_start &&
              strchr ("=!<>", q[-1]) == NULL)
            break;
        }
    }
  body_position (tok, expr_start, &line, &col);
  if (q >= end)
    fail_at (p, line, col, "SyntaxError", "f-string: expecting '}'");
  if (quote)
    fail_at (p, line, col, "SyntaxError", "f-string: unterminated string");

  expr_end = q;
  field = new_node (p, YS_AST_FORMATTED, line, col);
  field->a = parse_sub_expression (p, expr_start, expr_end - expr_start, line, col);

  if (*q == '=')
    {
      self_doc = TRUE;
      q++;
      while (q < end && *q == ' ')
        q++;
    }
  if (*q == '!')
    {
      q++;
      if (q >= end || (*q != 'r' && *q != 's' && *q != 'a'))
        {
          body_position (tok, q, &line, &col);
          fail_at (p, line, col, "SyntaxError",
                   "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
      field->op = *q++;
    }
  else if (self_doc)
    field->op = 'r';
  if (q < end && *q == ':')
    {
      q++;
      field->b = parse_fstring_text (p, tok, &q, end, nesting + 1);
      if (self_doc && field->op == 'r' && field->b != NULL)
        field->op = 0;
    }
  if (q >= end || *q != '}')
    {
      body_position (tok, q, &line, &col);
      fail_at (p, line, col, "SyntaxError", "f-string: expecting '}'");
    }
  q++;
  *pos = q;

  if (self_doc)
    {
      /* f"{x=}" is the text "x=" then the value. */
      YsAst *joined = new_node (p, YS_AST_JOINEDSTR, field->line, field->col);
      YsAst *c = new_node (p, YS_AST_CONSTANT, field->line, field->col);
      const char *text_end = q - 1;
      if (field->b != NULL || field->op != 'r')
        {
          /* Keep the text up to and including '=' with its spaces. */
          const char *e = expr_end;
          while (e < text_end && *e != '!' && *e != ':')
            e++;
          text_end = e;
        }
      else
        text_end = q - 1;
      c->op = YS_CONST_STR;
      c->str = arena_strndup (p, expr_start, text_end - expr_start);
      c->str_len = text_end - expr_start;
      joined->list1 = new_list (p);
      g_ptr_array_add (joined->list1, c);
      g_ptr_array_add (joined->list1, field);
      return joined;
    }
  return field;
}

static YsAst *
parse_fstring (Parser        *p,
               const YsToken *tok)
{
  const char *q = tok->body;
  YsAst *joined = parse_fstring_text (p, tok, &q, tok->body + tok->body_len, 0);
  GPtrArray *flat = new_list (p);

  /* Flatten the self-documenting fields' nested JOINEDSTRs. */
  for (guint i = 0; i < joined->list1->len; i++)
    {
      YsAst *part = joined->list1->pdata[i];
      if (part->kind == YS_AST_JOINEDSTR)
        for (guint j = 0; j < part->list1->len; j++)
          g_ptr_array_add (flat, part->list1->pdata[j]);
      else
        g_ptr_array_add (flat, part);
    }
  joined->list1 = flat;
  return joined;
}

/* Statements */

static void parse_statement (Parser *p, GPtrArray *body);

static GPtrArray *
parse_params (Parser     *p,
              YsAst      *def,
              const char *close)
{
  GPtrArray *params = new_list (p);
  gboolean seen_default = FALSE, seen_star = FALSE;
  gboolean annotated = !g_str_equal (close, ":");   /* a def, not a lambda */

  while (!at_op (p, close))
    {
      YsAst *arg;
      int line = p->tok.line, col = p->tok.col;

      if (accept_op (p, "**"))
        {
          arg = new_node (p, YS_AST_ARG, line, col);
          arg->str = expect_name (p);
          if (annotated && accept_op (p, ":"))
            arg->b = parse_expression (p);
          def->c = arg;
          def->op |= YS_ARGS_VARKW;
          accept_op (p, ",");
          break;
        }
      if (accept_op (p, "*"))
        {
          if (seen_star)
            fail_at (p, line, col, "SyntaxError", "* argument may appear only once");
          seen_star = TRUE;
          if (p->tok.kind == YS_TOK_NAME)
            {
              arg = new_node (p, YS_AST_ARG, line, col);
              arg->str = expect_name (p);
              if (annotated && accept_op (p, ":"))
                arg->b = parse_expression (p);
              def->a = arg;
              def->op |= YS_ARGS_VARARGS;
            }
          else if (at_op (p, close) || (at_op (p, ",") && tok_is (peek (p), YS_TOK_OP, close)))
            fail_at (p, line, col, "SyntaxError", "named arguments must follow bare *");
          def->str2 = "*";   /* later parameters are keyword-only */
          if (!accept_op (p, ","))
            break;
          continue;
        }
      if (accept_op (p, "/"))
        unsupported (p, line, col, "a positional-only parameter marker '/'");
      arg = new_node (p, YS_AST_ARG, line, col);
      arg->str = expect_name (p);
      arg->op = seen_star;   /* keyword-only */
      if (annotated && accept_op (p, ":"))
        arg->b = parse_expression (p);
      for (guint i = 0; i < params->len; i++)
        if (g_str_equal (((YsAst *) params->pdata[i])->str, arg->str))
          fail_at (p, line, col, "SyntaxError", "duplicate argument '%s' in function definition",
                   arg->str);
      if (accept_op (p, "="))
        {
          arg->a = parse_expression (p);
          if (!seen_star)
            seen_default = TRUE;
        }
      else if (seen_default && !seen_star)
        fail_at (p, line, col, "SyntaxError", "non-default argument follows default argument");
      g_ptr_array_add (params, arg);
      if (!accept_op (p, ","))
        break;
    }
  return params;
}

static void
parse_simple_statements (Parser    *p,
                         GPtrArray *body);

static void
parse_block (Parser     *p,
             GPtrArray  *body,
             const char *what,
             int         what_line)
{
  if (p->tok.kind != YS_TOK_NEWLINE)
    {
      enter (p, LEVEL_BLOCK);
      parse_simple_statements (p, body);
      leave (p, LEVEL_BLOCK);
      return;
    }
  advance (p);
  if (p->tok.kind != YS_TOK_INDENT)
    fail_at (p, p->tok.line, p->tok.col, "IndentationError",
             "expected an indented block after %s on line %d", what, what_line);
  advance (p);
  enter (p, LEVEL_BLOCK);
  while (p->tok.kind != YS_TOK_DEDENT && p->tok.kind != YS_TOK_END)
    parse_statement (p, body);
  leave (p, LEVEL_BLOCK);
  if (p->tok.kind == YS_TOK_DEDENT)
    advance (p);
}

static YsAst *
parse_target_list (Parser *p)
{
  YsAst *first, *tuple;

  first = at_op (p, "*") ? parse_star_named (p) : parse_bitor (p);
  if (!at_op (p, ","))
    {
      check_target (p, first, FALSE, FALSE);
      return first;
    }
  tuple = new_node (p, YS_AST_TUPLE, first->line, first->col);
  tuple->list1 = new_list (p);
  g_ptr_array_add (tuple->list1, first);
  while (accept_op (p, ","))
    {
      if (at_kw (p, "in") || at_op (p, "="))
        break;
      g_ptr_array_add (tuple->list1, at_op (p, "*") ? parse_star_named (p) : parse_bitor (p));
    }
  finish_node (p, tuple);
  check_target (p, tuple, FALSE, FALSE);
  return tuple;
}

/* An elif chain is a loop, not a recursion: each elif is an IF alone in the orelse of
 * the one before, and all end where the chain ends. */
static YsAst *
parse_if (Parser     *p,
          const char *what)
{
  GPtrArray *chain = new_list (p);
  YsAst *node = NULL;
  int base_level = p->level;

  for (;;)
    {
      YsAst *next = node_at_tok (p, YS_AST_IF);
      int line = p->tok.line;

      if (node != NULL)
        g_ptr_array_add (node->list2, next);
      node = next;
      g_ptr_array_add (chain, node);
      advance (p);
      node->a = parse_named_expression (p);
      expect_op (p, ":");
      node->list1 = new_list (p);
      node->list2 = new_list (p);
      parse_block (p, node->list1, what, line);
      /* CPython's grammar recurses once per elif, and once more for an else. */
      if (!at_kw (p, "elif") && !at_kw (p, "else"))
        break;
      enter (p, 1);
      if (at_kw (p, "else"))
        {
          int else_line = p->tok.line;
          advance (p);
          expect_op (p, ":");
          parse_block (p, node->list2, "'else' statement", else_line);
          break;
        }
      what = "'elif' statement";
    }
  p->level = base_level;
  for (guint i = 0; i < chain->len; i++)
    finish_node (p, chain->pdata[i]);
  return chain->pdata[0];
}

static void
parse_else_block (Parser    *p,
                  GPtrArray *orelse)
{
  if (at_kw (p, "else"))
    {
      int line = p->tok.line;
      advance (p);
      expect_op (p, ":");
      parse_block (p, orelse, "'else' statement", line);
    }
}

static YsAst *
parse_try (Parser *p)
{
  YsAst *node = node_at_tok (p, YS_AST_TRY);
  int line = p->tok.line;

  advance (p);
  expect_op (p, ":");
  node->list1 = new_list (p);
  node->list2 = new_list (p);
  node->list3 = new_list (p);
  node->list4 = new_list (p);
  parse_block (p, node->list1, "'try' statement", line);
  while (at_kw (p, "except"))
    {
      YsAst *handler = node_at_tok (p, YS_AST_HANDLER);
      int hline = p->tok.line;
      advance (p);
      if (at_op (p, "*"))
        unsupported (p, p->tok.line, p->tok.col, "'except*'");
      if (!at_op (p, ":"))
        {
          YsAst *type = parse_expression (p);
          if (at_op (p, ","))
            {
              fail_at (p, type->line, type->col, "SyntaxError",
                       "multiple exception types must be parenthesized");
            }
          handler->a = type;
          if (accept_kw (p, "as"))
            handler->str = expect_name (p);
        }
      else if (node->list2->len > 0 && ((YsAst *) node->list2->pdata[node->list2->len - 1])->a == NULL)
        fail_at (p, handler->line, handler->col, "SyntaxError", "default 'except:' must be last");
      expect_op (p, ":");
      handler->list1 = new_list (p);
      enter (p, LEVEL_HANDLER - LEVEL_BLOCK);
      parse_block (p, handler->list1, "'except' statement", hline);
      leave (p, LEVEL_HANDLER - LEVEL_BLOCK);
      finish_node (p, handler);
      g_ptr_array_add (node->list2, handler);
    }
  for (guint i = 0; i + 1 < node->list2->len; i++)
    if (((YsAst *) node->list2->pdata[i])->a == NULL)
      {
        YsAst *h = node->list2->pdata[i];
        fail_at (p, h->line, h->col, "SyntaxError", "default 'except:' must be last");
      }
  if (node->list2->len > 0)
    parse_else_block (p, node->list3);
  if (at_kw (p, "finally"))
    {
      int fline = p->tok.line;
      advance (p);
      expect_op (p, ":");
      parse_block (p, node->list4, "'finally' statement", fline);
    }
  if (node->list2->len == 0 && node->list4->len == 0)
    fail (p, "expected 'except' or 'finally' block");
  finish_node (p, node);
  return node;
}

static YsAst *
parse_compound (Parser *p)
{
  YsAst *node;
  int line = p->tok.line;

  if (at_op (p, "@"))
    {
      /* Decorators: each any expression on its own line, then a def or a class. */
      GPtrArray *decorators = new_list (p);
      while (accept_op (p, "@"))
        {
          g_ptr_array_add (decorators, parse_named_expression (p));
          if (p->tok.kind != YS_TOK_NEWLINE)
            fail (p, "invalid syntax");
          advance (p);
        }
      if (at_kw (p, "async"))
        unsupported (p, p->tok.line, p->tok.col, "'async'");
      if (!at_kw (p, "def") && !at_kw (p, "class"))
        fail (p, "invalid syntax");
      node = parse_compound (p);
      node->list3 = decorators;
      return node;
    }
  if (at_kw (p, "if"))
    return parse_if (p, "'if' statement");
  if (at_kw (p, "while"))
    {
      node = node_at_tok (p, YS_AST_WHILE);
      advance (p);
      node->a = parse_named_expression (p);
      expect_op (p, ":");
      node->list1 = new_list (p);
      node->list2 = new_list (p);
      parse_block (p, node->list1, "'while' statement", line);
      parse_else_block (p, node->list2);
      finish_node (p, node);
      return node;
    }
  if (at_kw (p, "for"))
    {
      node = node_at_tok (p, YS_AST_FOR);
      advance (p);
      node->a = parse_target_list (p);
      if (!accept_kw (p, "in"))
        fail (p, "invalid syntax");
      node->b = parse_star_expressions (p);
      expect_op (p, ":");
      node->list1 = new_list (p);
      node->list2 = new_list (p);
      parse_block (p, node->list1, "'for' statement", line);
      parse_else_block (p, node->list2);
      finish_node (p, node);
      return node;
    }
  if (at_kw (p, "try"))
    return parse_try (p);
  if (at_kw (p, "with"))
    {
      node = node_at_tok (p, YS_AST_WITH);
      advance (p);
      node->list1 = new_list (p);
      node->list2 = new_list (p);
      do
        {
          YsAst *item = node_at_tok (p, YS_AST_WITHITEM);
          item->a = parse_expression (p);
          if (accept_kw (p, "as"))
            {
              /* One target per item: a comma starts the next item. */
              item->b = at_op (p, "*") ? parse_star_named (p) : parse_bitor (p);
              check_target (p, item->b, FALSE, FALSE);
            }
          g_ptr_array_add (node->list2, item);
        }
      while (accept_op (p, ","));
      expect_op (p, ":");
      parse_block (p, node->list1, "'with' statement", line);
      finish_node (p, node);
      return node;
    }
  if (at_kw (p, "def"))
    {
      node = node_at_tok (p, YS_AST_FUNCDEF);
      advance (p);
      node->str = expect_name (p);
      expect_op (p, "(");
      node->list2 = parse_params (p, node, ")");
      expect_op (p, ")");
      if (accept_op (p, "->"))
        node->b = parse_expression (p);
      expect_op (p, ":");
      node->list1 = new_list (p);
      p->func_depth++;
      enter (p, LEVEL_DEF - LEVEL_BLOCK);
      parse_block (p, node->list1, "function definition", line);
      leave (p, LEVEL_DEF - LEVEL_BLOCK);
      p->func_depth--;
      finish_node (p, node);
      return node;
    }
  if (at_kw (p, "class"))
    {
      node = node_at_tok (p, YS_AST_CLASSDEF);
      advance (p);
      node->str = expect_name (p);
      node->list2 = new_list (p);
      if (accept_op (p, "("))
        {
          YsAst call = { 0 };
          parse_call_args (p, &call);
          for (guint i = 0; i < call.list2->len; i++)
            {
              YsAst *kw = call.list2->pdata[i];
              if (kw->str == NULL)
                unsupported (p, kw->line, kw->col, "'**' in a class's arguments");
              if (g_str_equal (kw->str, "metaclass"))
                unsupported (p, kw->line, kw->col, "the class keyword 'metaclass'");
            }
          node->list2 = call.list1;
          node->list4 = call.list2;
        }
      expect_op (p, ":");
      node->list1 = new_list (p);
      {
        int saved = p->func_depth;
        const char *saved_class = p->class_name;
        p->func_depth = 0;
        p->class_name = node->str;
        enter (p, LEVEL_DEF - LEVEL_BLOCK);
        parse_block (p, node->list1, "class definition", line);
        leave (p, LEVEL_DEF - LEVEL_BLOCK);
        p->func_depth = saved;
        p->class_name = saved_class;
      }
      finish_node (p, node);
      return node;
    }
  return NULL;
}

static YsAst *
parse_dotted_name (Parser *p)
{
  YsAst *alias = node_at_tok (p, YS_AST_ALIAS);
  GString *name = new_gstring (p);

  g_string_append (name, expect_plain_name (p));

  while (accept_op (p, "."))
    {
      g_string_append_c (name, '.');
      g_string_append (name, expect_plain_name (p));
    }
  alias->str = arena_strndup (p, name->str, name->len);
  return alias;
}

static YsAst *
parse_small_statement (Parser *p)
{
  YsAst *node, *expr;
  int line = p->tok.line, col = p->tok.col;

  if (p->tok.kind == YS_TOK_NAME)
    {
      if (accept_kw (p, "pass"))
        return new_node (p, YS_AST_PASS, line, col);
      if (accept_kw (p, "break"))
        return new_node (p, YS_AST_BREAK, line, col);
      if (accept_kw (p, "continue"))
        return new_node (p, YS_AST_CONTINUE, line, col);
      if (accept_kw (p, "return"))
        {
          node = new_node (p, YS_AST_RETURN, line, col);
          if (p->func_depth == 0)
            fail_at (p, line, col, "SyntaxError", "'return' outside function");
          if (p->tok.kind != YS_TOK_NEWLINE && !at_op (p, ";") && p->tok.kind != YS_TOK_END)
            node->a = parse_star_expressions (p);
          finish_node (p, node);
          return node;
        }
      if (accept_kw (p, "raise"))
        {
          node = new_node (p, YS_AST_RAISE, line, col);
          if (p->tok.kind != YS_TOK_NEWLINE && !at_op (p, ";") && p->tok.kind != YS_TOK_END)
            {
              node->a = parse_expression (p);
              if (accept_kw (p, "from"))
                node->b = parse_expression (p);
            }
          finish_node (p, node);
          return node;
        }
      if (at_kw (p, "global") || at_kw (p, "nonlocal"))
        {
          node = new_node (p, at_kw (p, "global") ? YS_AST_GLOBAL : YS_AST_NONLOCAL, line, col);
          advance (p);
          node->list1 = new_list (p);
          do
            {
              YsAst *name = node_at_tok (p, YS_AST_NAME);
              name->str = expect_name (p);
              g_ptr_array_add (node->list1, name);
            }
          while (accept_op (p, ","));
          if (node->kind == YS_AST_NONLOCAL && p->func_depth == 0)
            fail_at (p, line, col, "SyntaxError", "nonlocal declaration not allowed at module level");
          return node;
        }
      if (accept_kw (p, "del"))
        {
          node = new_node (p, YS_AST_DELETE, line, col);
          node->list1 = new_list (p);
          do
            {
              YsAst *target;
              if (p->tok.kind == YS_TOK_NEWLINE || at_op (p, ";"))
                break;
              target = parse_bitor (p);
              check_target (p, target, TRUE, TRUE);
              g_ptr_array_add (node->list1, target);
            }
          while (accept_op (p, ","));
          if (node->list1->len == 0)
            fail (p, "invalid syntax");
          finish_node (p, node);
          return node;
        }
      if (accept_kw (p, "assert"))
        {
          node = new_node (p, YS_AST_ASSERT, line, col);
          node->a = parse_expression (p);
          if (accept_op (p, ","))
            node->b = parse_expression (p);
          finish_node (p, node);
          return node;
        }
      if (accept_kw (p, "import"))
        {
          node = new_node (p, YS_AST_IMPORT, line, col);
          node->list1 = new_list (p);
          do
            {
              YsAst *alias = parse_dotted_name (p);
              if (accept_kw (p, "as"))
                alias->str2 = expect_name (p);
              g_ptr_array_add (node->list1, alias);
            }
          while (accept_op (p, ","));
          finish_node (p, node);
          return node;
        }
      if (accept_kw (p, "from"))
        {
          gboolean paren;
          node = new_node (p, YS_AST_IMPORTFROM, line, col);
          if (at_op (p, ".") || at_op (p, "..."))
            unsupported (p, p->tok.line, p->tok.col, "a relative import");
          node->str = parse_dotted_name (p)->str;
          if (!accept_kw (p, "import"))
            fail (p, "invalid syntax");
          node->list1 = new_list (p);
          if (accept_op (p, "*"))
            {
              /* An empty list of names stands for '*'. */
              finish_node (p, node);
              return node;
            }
          paren = accept_op (p, "(");
          do
            {
              YsAst *alias;
              if (paren && at_op (p, ")"))
                break;
              alias = node_at_tok (p, YS_AST_ALIAS);
              alias->str = expect_name (p);
              if (accept_kw (p, "as"))
                alias->str2 = expect_name (p);
              g_ptr_array_add (node->list1, alias);
            }
          while (accept_op (p, ","));
          if (node->list1->len == 0)
            fail (p, "invalid syntax");
          if (paren)
            expect_op (p, ")");
          finish_node (p, node);
          return node;
        }
      if (at_kw (p, "async"))
        unsupported (p, line, col, "'async'");
    }

  expr = at_kw (p, "yield") ? parse_yield (p) : parse_star_expressions (p);

  if (at_op (p, "="))
    {
      node = new_node (p, YS_AST_ASSIGN, line, col);
      node->list1 = new_list (p);
      while (accept_op (p, "="))
        {
          check_target (p, expr, FALSE, TRUE);
          g_ptr_array_add (node->list1, expr);
          expr = at_kw (p, "yield") ? parse_yield (p) : parse_star_expressions (p);
        }
      node->a = expr;
      finish_node (p, node);
      return node;
    }

  {
    static const OpEntry augops[] = {
      { "+=", YS_BIN_ADD }, { "-=", YS_BIN_SUB }, { "*=", YS_BIN_MUL }, { "/=", YS_BIN_TRUEDIV },
      { "//=", YS_BIN_FLOORDIV }, { "%=", YS_BIN_MOD }, { "**=", YS_BIN_POW },
      { "<<=", YS_BIN_LSHIFT }, { ">>=", YS_BIN_RSHIFT }, { "&=", YS_BIN_AND },
      { "|=", YS_BIN_OR }, { "^=", YS_BIN_XOR }, { "@=", YS_BIN_MATMUL }, { NULL, 0 }
    };
    for (const OpEntry *e = augops; e->text != NULL; e++)
      if (at_op (p, e->text))
        {
          if (expr->kind != YS_AST_NAME && expr->kind != YS_AST_ATTRIBUTE &&
              expr->kind != YS_AST_SUBSCRIPT)
            fail_at (p, expr->line, expr->col, "SyntaxError",
                     "'%s' is an illegal expression for augmented assignment",
                     expr->kind == YS_AST_TUPLE ? "tuple" : expr->kind == YS_AST_LIST ? "list"
                                                                                      : describe (expr));
          advance (p);
          node = new_node (p, YS_AST_AUGASSIGN, line, col);
          node->op = e->op;
          node->a = expr;
          node->b = at_kw (p, "yield") ? parse_yield (p) : parse_star_expressions (p);
          finish_node (p, node);
          return node;
        }
  }

  if (at_op (p, ":"))
    {
      gboolean parenthesized = tok_is (&p->prev, YS_TOK_OP, ")");
      if (expr->kind == YS_AST_TUPLE || expr->kind == YS_AST_LIST)
        fail_at (p, expr->line, expr->col, "SyntaxError", "only single target (not %s) can be annotated",
                 expr->kind == YS_AST_TUPLE ? "tuple" : "list");
      if (expr->kind != YS_AST_NAME && expr->kind != YS_AST_ATTRIBUTE && expr->kind != YS_AST_SUBSCRIPT)
        fail_at (p, expr->line, expr->col, "SyntaxError", "illegal target for annotation");
      advance (p);
      node = new_node (p, YS_AST_ANNASSIGN, line, col);
      node->a = expr;
      node->op = expr->kind == YS_AST_NAME && !parenthesized;
      node->b = parse_expression (p);
      if (accept_op (p, "="))
        node->c = at_kw (p, "yield") ? parse_yield (p) : parse_star_expressions (p);
      finish_node (p, node);
      return node;
    }

  node = new_node (p, YS_AST_EXPR, line, col);
  node->a = expr;
  finish_node (p, node);
  return node;
}

static void
parse_simple_statements (Parser    *p,
                         GPtrArray *body)
{
  for (;;)
    {
      g_ptr_array_add (body, parse_small_statement (p));
      if (!accept_op (p, ";"))
        break;
      if (p->tok.kind == YS_TOK_NEWLINE)
        break;
    }
  if (p->tok.kind == YS_TOK_NEWLINE)
    advance (p);
  else if (p->tok.kind != YS_TOK_END)
    {
      /* Python 2's print statement. */
      YsAst *last = body->len > 0 ? body->pdata[body->len - 1] : NULL;
      if (last != NULL && last->kind == YS_AST_EXPR && last->a->kind == YS_AST_NAME &&
          (g_str_equal (last->a->str, "print") || g_str_equal (last->a->str, "exec")) &&
          starts_expression (&p->tok))
        fail_at (p, last->line, last->col, "SyntaxError",
                 "Missing parentheses in call to '%s'. Did you mean %s(...)?", last->a->str, last->a->str);
      fail_unexpected (p);
    }
}

static void
parse_statement (Parser    *p,
                 GPtrArray *body)
{
  YsAst *node;

  if (p->tok.kind == YS_TOK_INDENT)
    fail_at (p, p->tok.line, p->tok.col, "IndentationError", "unexpected indent");
  if (p->tok.kind == YS_TOK_NAME && (at_kw (p, "async")))
    unsupported (p, p->tok.line, p->tok.col, "'async'");
  if (at_kw (p, "match") && peek (p)->kind != YS_TOK_OP && peek (p)->kind != YS_TOK_NEWLINE)
    unsupported (p, p->tok.line, p->tok.col, "the 'match' statement");
  node = parse_compound (p);
  if (node != NULL)
    {
      g_ptr_array_add (body, node);
      return;
    }
  if (at_kw (p, "else") || at_kw (p, "elif") || at_kw (p, "except") || at_kw (p, "finally"))
    fail (p, "invalid syntax");
  parse_simple_statements (p, body);
}

YsAst *
ys_parse (const char  *source,
          gsize        length,
          YsAstArena **arena_out,
          char       **type,
          char       **message,
          int         *line,
          int         *col)
{
  Parser *p = g_new0 (Parser, 1);
  YsAstArena *arena = g_new0 (YsAstArena, 1);
  YsAst *module;

  arena->blocks = g_ptr_array_new_with_free_func (g_free);
  arena->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  arena->gstrings = g_ptr_array_new_with_free_func (free_gstring);
  p->arena = arena;
  p->level = LEVEL_STATEMENT;
  /* CPython skips a UTF-8 byte order mark, and reads \r\n and a lone \r as \n. */
  if (length >= 3 && memcmp (source, "\xef\xbb\xbf", 3) == 0)
    {
      source += 3;
      length -= 3;
    }
  if (memchr (source, '\r', length) != NULL)
    {
      char *copy = arena_alloc (p, length + 1);
      gsize n = 0;
      for (gsize i = 0; i < length; i++)
        {
          if (source[i] != '\r')
            copy[n++] = source[i];
          else if (i + 1 >= length || source[i + 1] != '\n')
            copy[n++] = '\n';
        }
      source = copy;
      length = n;
    }
  ys_lexer_init (&p->lexer, source, length, 1, 1, FALSE);

  if (setjmp (p->jump) != 0)
    {
      *type = p->error_type;
      *message = p->error;
      *line = p->error_line;
      *col = p->error_col;
      ys_lexer_clear (&p->lexer);
      ys_ast_arena_free (arena);
      g_free (p);
      *arena_out = NULL;
      return NULL;
    }

  module = new_node (p, YS_AST_MODULE, 1, 1);
  module->list1 = new_list (p);
  advance (p);
  while (p->tok.kind == YS_TOK_NEWLINE)
    advance (p);
  while (p->tok.kind != YS_TOK_END)
    {
      if (p->tok.kind == YS_TOK_DEDENT || p->tok.kind == YS_TOK_NEWLINE)
        {
          advance (p);
          continue;
        }
      parse_statement (p, module->list1);
    }
  ys_lexer_clear (&p->lexer);
  g_free (p);
  *arena_out = arena;
  return module;
}

void
ys_ast_arena_free (YsAstArena *arena)
{
  if (arena == NULL)
    return;
  g_ptr_array_unref (arena->lists);
  g_ptr_array_unref (arena->gstrings);
  g_ptr_array_unref (arena->blocks);
  g_free (arena);
}
