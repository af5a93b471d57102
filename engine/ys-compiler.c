/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The compiler: scopes first (which names are local, global, free or cells), then
 * bytecode with a line, a column and an exception handler for every instruction. */
#include "ys-compiler.h"
#include "ys-ast.h"
#include "ys-opcodes.h"
#include "ys-runtime.h"

#include <setjmp.h>
#include <string.h>

/* Scope analysis */

typedef enum {
  SCOPE_MODULE,
  SCOPE_FUNCTION,
  SCOPE_CLASS,
} ScopeKind;

enum {
  SYM_ASSIGNED = 1 << 0,
  SYM_PARAM    = 1 << 1,
  SYM_USED     = 1 << 2,
  SYM_GLOBAL   = 1 << 3,   /* declared global */
  SYM_NONLOCAL = 1 << 4,
};

typedef enum {
  NAME_GLOBAL,      /* module dict, then builtins */
  NAME_LOCAL,       /* a fast local */
  NAME_CELL,        /* a local that inner functions close over */
  NAME_FREE,        /* a cell of an enclosing function */
  NAME_CLASS,       /* a class body's namespace, then globals */
} NameScope;

typedef struct _Scope Scope;
struct _Scope
{
  ScopeKind   kind;
  YsAst      *node;
  Scope      *parent;
  const char *name;
  GHashTable *symbols;      /* name -> SYM_ flags */
  GPtrArray  *order;        /* the names in the order they first appear, as CPython's */
  GHashTable *resolved;     /* name -> NameScope + 1 */
  GPtrArray  *varnames;     /* fast locals, parameters first */
  GPtrArray  *cellvars;
  GPtrArray  *freevars;
  GHashTable *varnames_index; /* name -> position + 1 in varnames, and so on: lookups */
  GHashTable *cellvars_index; /* stay linear with thousands of names */
  GHashTable *freevars_index;
  GPtrArray  *children;
  gboolean    generator;
  gboolean    comprehension;
  int         argcount;
  int         kwonlycount;
  gboolean    varargs;
  gboolean    varkw;
};

typedef struct
{
  int       label;
  int       depth;
} HandlerSpec;

typedef enum {
  FB_LOOP,          /* a while or for loop; for loops keep their iterator on the stack */
  FB_FOR,
  FB_TRY_FINALLY,   /* node: the TRY whose finally body must run */
  FB_FINALLY_END,   /* inside a finally body run on an exception: (prev exc) on the stack */
  FB_HANDLER,       /* inside an except body: (prev) on the stack, POP_EXCEPT to leave */
  FB_HANDLER_NAME,  /* ... with "as name", which must be cleared */
  FB_WITH,          /* (exit) on the stack */
  FB_POP_VALUE,     /* a value left on the stack to drop when leaving */
} FBlockKind;

typedef struct
{
  FBlockKind  kind;
  YsAst      *node;
  int         break_label;
  int         continue_label;
  int         handler;      /* index into the handler stack active around this block */
  int         static_blocks;/* the unit's count of static blocks outside this one */
} FBlock;

typedef struct _Unit Unit;
struct _Unit
{
  Scope      *scope;
  Unit       *parent;
  GArray     *instrs;       /* YsInstr */
  GArray     *lines;        /* guint32 */
  GArray     *cols;         /* guint16 */
  GArray     *handler_of;   /* gint32 */
  GArray     *labels;       /* gint32: instruction index, -1 unbound */
  GArray     *label_depth;  /* gint32 */
  GArray     *handlers;     /* HandlerSpec */
  GArray     *handler_stack;/* gint32 indexes into handlers; -1 = none */
  GArray     *fblocks;      /* FBlock */
  GPtrArray  *consts;       /* YsValue as gpointer, owned */
  GHashTable *const_index;  /* constant -> position + 1 in consts */
  GPtrArray  *names;        /* char *, not owned */
  GHashTable *name_index;   /* name -> position + 1 in names */
  GPtrArray  *scratch;      /* buffers freed with the unit, also when an error unwinds */
  int         depth;
  int         max_depth;
  int         static_blocks;/* nesting as CPython counts it against its limit of 20 */
  int         line;
  int         col;
  char       *qualname;
};

typedef struct
{
  YsVM       *vm;
  const char *filename;
  const char *source;
  GHashTable *scopes;       /* YsAst * -> Scope * */
  GPtrArray  *all_scopes;
  GPtrArray  *strings;      /* names made by the compiler, freed with it */
  Unit       *unit;
  jmp_buf     jump;
  const char *error_type;
  char       *error;
  int         error_line;
  int         error_col;
} Compiler;

static void
scope_free (gpointer data)
{
  Scope *s = data;

  g_hash_table_unref (s->symbols);
  g_ptr_array_unref (s->order);
  g_hash_table_unref (s->resolved);
  g_ptr_array_unref (s->varnames);
  g_ptr_array_unref (s->cellvars);
  g_ptr_array_unref (s->freevars);
  g_hash_table_unref (s->varnames_index);
  g_hash_table_unref (s->cellvars_index);
  g_hash_table_unref (s->freevars_index);
  g_ptr_array_unref (s->children);
  g_free (s);
}

static void G_GNUC_NORETURN G_GNUC_PRINTF (4, 5)
compile_fail (Compiler   *c,
              int         line,
              int         col,
              const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  c->error = g_strdup_vprintf (format, args);
  va_end (args);
  c->error_type = "SyntaxError";
  c->error_line = line;
  c->error_col = col;
  longjmp (c->jump, 1);
}

/* Adds @name to @list unless @index has it; @index maps names to position + 1. */
static void
names_add (GPtrArray  *list,
           GHashTable *index,
           const char *name)
{
  if (g_hash_table_contains (index, name))
    return;
  g_ptr_array_add (list, (gpointer) name);
  g_hash_table_insert (index, (gpointer) name, GUINT_TO_POINTER (list->len));
}

static int
names_find (GHashTable *index,
            const char *name)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (index, name)) - 1;
}

static Scope *
scope_new (Compiler   *c,
           ScopeKind   kind,
           YsAst      *node,
           Scope      *parent,
           const char *name)
{
  Scope *s = g_new0 (Scope, 1);

  s->kind = kind;
  s->node = node;
  s->parent = parent;
  s->name = name;
  s->symbols = g_hash_table_new (g_str_hash, g_str_equal);
  s->order = g_ptr_array_new ();
  s->resolved = g_hash_table_new (g_str_hash, g_str_equal);
  s->varnames = g_ptr_array_new ();
  s->cellvars = g_ptr_array_new ();
  s->freevars = g_ptr_array_new ();
  s->varnames_index = g_hash_table_new (g_str_hash, g_str_equal);
  s->cellvars_index = g_hash_table_new (g_str_hash, g_str_equal);
  s->freevars_index = g_hash_table_new (g_str_hash, g_str_equal);
  s->children = g_ptr_array_new ();
  if (parent != NULL)
    g_ptr_array_add (parent->children, s);
  g_hash_table_insert (c->scopes, node, s);
  g_ptr_array_add (c->all_scopes, s);
  return s;
}

static void
add_symbol (Compiler   *c,
            Scope      *s,
            const char *name,
            int         flags,
            YsAst      *where)
{
  int old = GPOINTER_TO_INT (g_hash_table_lookup (s->symbols, name));

  if ((flags & (SYM_GLOBAL | SYM_NONLOCAL)) != 0)
    {
      const char *what = (flags & SYM_GLOBAL) ? "global" : "nonlocal";
      if (old & SYM_PARAM)
        compile_fail (c, where->line, where->col, "name '%s' is parameter and %s", name, what);
      if (old & SYM_USED)
        compile_fail (c, where->line, where->col, "name '%s' is used prior to %s declaration",
                      name, what);
      if (old & SYM_ASSIGNED)
        compile_fail (c, where->line, where->col, "name '%s' is assigned to before %s declaration",
                      name, what);
      if ((flags & SYM_NONLOCAL) && (old & SYM_GLOBAL))
        compile_fail (c, where->line, where->col, "name '%s' is nonlocal and global", name);
      if ((flags & SYM_GLOBAL) && (old & SYM_NONLOCAL))
        compile_fail (c, where->line, where->col, "name '%s' is nonlocal and global", name);
    }
  if ((flags & SYM_PARAM) && s->kind == SCOPE_FUNCTION)
    names_add (s->varnames, s->varnames_index, name);
  if (!g_hash_table_contains (s->symbols, name))
    g_ptr_array_add (s->order, (gpointer) name);
  g_hash_table_insert (s->symbols, (gpointer) name, GINT_TO_POINTER (old | flags));
}

static void visit_expr (Compiler *c, Scope *s, YsAst *e);
static void visit_stmts (Compiler *c, Scope *s, GPtrArray *body);

static void
visit_target (Compiler *c,
              Scope    *s,
              YsAst    *t)
{
  switch (t->kind)
    {
    case YS_AST_NAME:
      add_symbol (c, s, t->str, SYM_ASSIGNED, t);
      break;
    case YS_AST_TUPLE:
    case YS_AST_LIST:
      for (guint i = 0; i < t->list1->len; i++)
        visit_target (c, s, t->list1->pdata[i]);
      break;
    case YS_AST_STARRED:
      visit_target (c, s, t->a);
      break;
    default:
      visit_expr (c, s, t);
      break;
    }
}

static void
visit_exprs (Compiler  *c,
             Scope     *s,
             GPtrArray *list)
{
  if (list == NULL)
    return;
  for (guint i = 0; i < list->len; i++)
    if (list->pdata[i] != NULL)
      visit_expr (c, s, list->pdata[i]);
}

static void
visit_params (Compiler *c,
              Scope    *fs,
              YsAst    *def)
{
  for (guint i = 0; i < def->list2->len; i++)
    {
      YsAst *arg = def->list2->pdata[i];
      if (arg->op)
        fs->kwonlycount++;
      else
        fs->argcount++;
    }
  /* Positional parameters, keyword-only ones, then *args and **kwargs, as CPython. */
  for (guint i = 0; i < def->list2->len; i++)
    {
      YsAst *arg = def->list2->pdata[i];
      if (!arg->op)
        add_symbol (c, fs, arg->str, SYM_PARAM | SYM_ASSIGNED, arg);
    }
  for (guint i = 0; i < def->list2->len; i++)
    {
      YsAst *arg = def->list2->pdata[i];
      if (arg->op)
        add_symbol (c, fs, arg->str, SYM_PARAM | SYM_ASSIGNED, arg);
    }
  if (def->a != NULL)
    {
      fs->varargs = TRUE;
      add_symbol (c, fs, def->a->str, SYM_PARAM | SYM_ASSIGNED, def->a);
    }
  if (def->c != NULL)
    {
      fs->varkw = TRUE;
      add_symbol (c, fs, def->c->str, SYM_PARAM | SYM_ASSIGNED, def->c);
    }
}

/* ':=' in a comprehension binds in the scope around the comprehensions: there the
 * name is assigned, and each comprehension between sees it as nonlocal (global at
 * module level). */
static void
visit_comprehension_binding (Compiler *c,
                             Scope    *s,
                             YsAst    *target)
{
  const char *name = target->str;
  Scope *outer = s;
  int flags;

  for (; outer->comprehension; outer = outer->parent)
    if (GPOINTER_TO_INT (g_hash_table_lookup (outer->symbols, name)) & SYM_ASSIGNED)
      compile_fail (c, target->line, target->col,
                    "assignment expression cannot rebind comprehension iteration variable '%s'", name);
  if (outer->kind == SCOPE_CLASS)
    compile_fail (c, target->line, target->col,
                  "assignment expression within a comprehension cannot be used in a class body");
  add_symbol (c, outer, name, SYM_ASSIGNED, target);
  flags = GPOINTER_TO_INT (g_hash_table_lookup (outer->symbols, name));
  for (Scope *t = s; t != outer; t = t->parent)
    {
      int old = GPOINTER_TO_INT (g_hash_table_lookup (t->symbols, name));
      int bind = outer->kind == SCOPE_MODULE || (flags & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL;
      if (old == 0)
        g_ptr_array_add (t->order, (gpointer) name);
      g_hash_table_insert (t->symbols, (gpointer) name, GINT_TO_POINTER (old | bind | SYM_USED));
    }
}

static void
visit_comprehension (Compiler *c,
                     Scope    *s,
                     YsAst    *e)
{
  Scope *cs;
  const char *name;
  YsAst *first = e->list1->pdata[0];

  /* The first iterable is evaluated in the enclosing scope. */
  visit_expr (c, s, first->b);
  switch (e->kind)
    {
    case YS_AST_LISTCOMP: name = "<listcomp>"; break;
    case YS_AST_SETCOMP: name = "<setcomp>"; break;
    case YS_AST_DICTCOMP: name = "<dictcomp>"; break;
    default: name = "<genexpr>"; break;
    }
  cs = scope_new (c, SCOPE_FUNCTION, e, s, name);
  cs->comprehension = TRUE;
  cs->generator = e->kind == YS_AST_GENEXP;
  cs->argcount = 1;
  add_symbol (c, cs, ".0", SYM_PARAM | SYM_ASSIGNED, e);
  for (guint i = 0; i < e->list1->len; i++)
    {
      YsAst *comp = e->list1->pdata[i];
      if (i > 0)
        visit_expr (c, cs, comp->b);
      visit_target (c, cs, comp->a);
      visit_exprs (c, cs, comp->list1);
    }
  if (e->a != NULL)
    visit_expr (c, cs, e->a);
  if (e->b != NULL)
    visit_expr (c, cs, e->b);
}

static void
visit_expr (Compiler *c,
            Scope    *s,
            YsAst    *e)
{
  if (e == NULL)
    return;
  switch (e->kind)
    {
    case YS_AST_NAME:
      add_symbol (c, s, e->str, SYM_USED, e);
      /* super() without arguments finds its class in a __class__ cell, as in CPython. */
      if (s->kind == SCOPE_FUNCTION && g_str_equal (e->str, "super"))
        add_symbol (c, s, "__class__", SYM_USED, e);
      break;
    case YS_AST_LAMBDA:
      {
        Scope *fs;
        for (guint i = 0; i < e->list2->len; i++)
          visit_expr (c, s, ((YsAst *) e->list2->pdata[i])->a);
        fs = scope_new (c, SCOPE_FUNCTION, e, s, "<lambda>");
        visit_params (c, fs, e);
        visit_expr (c, fs, e->b);
        break;
      }
    case YS_AST_LISTCOMP:
    case YS_AST_SETCOMP:
    case YS_AST_DICTCOMP:
    case YS_AST_GENEXP:
      visit_comprehension (c, s, e);
      break;
    case YS_AST_NAMEDEXPR:
      visit_expr (c, s, e->b);
      if (s->comprehension)
        visit_comprehension_binding (c, s, e->a);
      else
        visit_target (c, s, e->a);
      break;
    case YS_AST_YIELD:
    case YS_AST_YIELDFROM:
      if (s->kind != SCOPE_FUNCTION)
        compile_fail (c, e->line, e->col, "'yield' outside function");
      if (s->comprehension && !s->generator)
        compile_fail (c, e->line, e->col, "'yield' inside %s",
                      g_str_equal (s->name, "<listcomp>") ? "list comprehension" :
                      g_str_equal (s->name, "<setcomp>") ? "set comprehension" : "dict comprehension");
      if (s->comprehension)
        compile_fail (c, e->line, e->col, "'yield' inside generator expression");
      s->generator = TRUE;
      visit_expr (c, s, e->a);
      break;
    default:
      visit_expr (c, s, e->a);
      visit_expr (c, s, e->b);
      visit_expr (c, s, e->c);
      visit_exprs (c, s, e->list1);
      visit_exprs (c, s, e->list2);
      break;
    }
}

static void
visit_stmt (Compiler *c,
            Scope    *s,
            YsAst    *st)
{
  switch (st->kind)
    {
    case YS_AST_FUNCDEF:
      {
        Scope *fs;
        visit_exprs (c, s, st->list3);
        for (guint i = 0; i < st->list2->len; i++)
          visit_expr (c, s, ((YsAst *) st->list2->pdata[i])->a);
        for (guint i = 0; i < st->list2->len; i++)
          visit_expr (c, s, ((YsAst *) st->list2->pdata[i])->b);
        if (st->a != NULL)
          visit_expr (c, s, st->a->b);
        if (st->c != NULL)
          visit_expr (c, s, st->c->b);
        visit_expr (c, s, st->b);
        add_symbol (c, s, st->str, SYM_ASSIGNED, st);
        fs = scope_new (c, SCOPE_FUNCTION, st, s, st->str);
        visit_params (c, fs, st);
        visit_stmts (c, fs, st->list1);
        break;
      }
    case YS_AST_CLASSDEF:
      {
        Scope *cs;
        visit_exprs (c, s, st->list3);
        visit_exprs (c, s, st->list2);
        for (guint i = 0; st->list4 != NULL && i < st->list4->len; i++)
          visit_expr (c, s, ((YsAst *) st->list4->pdata[i])->a);
        add_symbol (c, s, st->str, SYM_ASSIGNED, st);
        cs = scope_new (c, SCOPE_CLASS, st, s, st->str);
        visit_stmts (c, cs, st->list1);
        break;
      }
    case YS_AST_ASSIGN:
      visit_expr (c, s, st->a);
      for (guint i = 0; i < st->list1->len; i++)
        visit_target (c, s, st->list1->pdata[i]);
      break;
    case YS_AST_ANNASSIGN:
      visit_expr (c, s, st->c);
      /* A simple annotated name is local even without a value; the annotation
       * itself is evaluated only outside functions. */
      visit_target (c, s, st->a);
      if (s->kind != SCOPE_FUNCTION)
        visit_expr (c, s, st->b);
      break;
    case YS_AST_AUGASSIGN:
      visit_expr (c, s, st->b);
      if (st->a->kind == YS_AST_NAME)
        add_symbol (c, s, st->a->str, SYM_ASSIGNED | SYM_USED, st->a);
      else
        visit_expr (c, s, st->a);
      break;
    case YS_AST_DELETE:
      for (guint i = 0; i < st->list1->len; i++)
        visit_target (c, s, st->list1->pdata[i]);
      break;
    case YS_AST_FOR:
      visit_expr (c, s, st->b);
      visit_target (c, s, st->a);
      visit_stmts (c, s, st->list1);
      visit_stmts (c, s, st->list2);
      break;
    case YS_AST_WITH:
      for (guint i = 0; i < st->list2->len; i++)
        {
          YsAst *item = st->list2->pdata[i];
          visit_expr (c, s, item->a);
          if (item->b != NULL)
            visit_target (c, s, item->b);
        }
      visit_stmts (c, s, st->list1);
      break;
    case YS_AST_TRY:
      visit_stmts (c, s, st->list1);
      for (guint i = 0; i < st->list2->len; i++)
        {
          YsAst *h = st->list2->pdata[i];
          visit_expr (c, s, h->a);
          if (h->str != NULL)
            add_symbol (c, s, h->str, SYM_ASSIGNED, h);
          visit_stmts (c, s, h->list1);
        }
      visit_stmts (c, s, st->list3);
      visit_stmts (c, s, st->list4);
      break;
    case YS_AST_IMPORT:
    case YS_AST_IMPORTFROM:
      for (guint i = 0; i < st->list1->len; i++)
        {
          YsAst *alias = st->list1->pdata[i];
          const char *bound = alias->str2;
          if (bound == NULL)
            {
              /* "import a.b" binds "a". */
              const char *dot = strchr (alias->str, '.');
              bound = alias->str;
              if (dot != NULL && st->kind == YS_AST_IMPORT)
                {
                  bound = g_strndup (alias->str, dot - alias->str);
                  g_ptr_array_add (c->strings, (gpointer) bound);
                }
            }
          add_symbol (c, s, bound, SYM_ASSIGNED, alias);
        }
      break;
    case YS_AST_GLOBAL:
    case YS_AST_NONLOCAL:
      for (guint i = 0; i < st->list1->len; i++)
        {
          YsAst *name = st->list1->pdata[i];
          add_symbol (c, s, name->str, st->kind == YS_AST_GLOBAL ? SYM_GLOBAL : SYM_NONLOCAL, name);
        }
      break;
    case YS_AST_IF:
      /* An elif chain in a loop, as the code generation does. */
      for (;;)
        {
          visit_expr (c, s, st->a);
          visit_stmts (c, s, st->list1);
          if (st->list2->len != 1 || ((YsAst *) st->list2->pdata[0])->kind != YS_AST_IF)
            break;
          st = st->list2->pdata[0];
        }
      visit_stmts (c, s, st->list2);
      break;
    default:
      visit_expr (c, s, st->a);
      visit_expr (c, s, st->b);
      visit_stmts (c, s, st->list1);
      visit_stmts (c, s, st->list2);
      visit_stmts (c, s, st->list3);
      visit_stmts (c, s, st->list4);
      break;
    }
}

static void
visit_stmts (Compiler  *c,
             Scope     *s,
             GPtrArray *body)
{
  if (body == NULL)
    return;
  for (guint i = 0; i < body->len; i++)
    visit_stmt (c, s, body->pdata[i]);
}

static void
set_resolved (Scope      *s,
              const char *name,
              NameScope   scope)
{
  g_hash_table_insert (s->resolved, (gpointer) name, GINT_TO_POINTER (scope + 1));
}

/* Finds whether @name is bound in an enclosing function of @s (class bodies do not
 * count); if so, every function between gets it as a free variable and the binder
 * as a cell. */
static gboolean
resolve_free (Scope      *s,
              const char *name)
{
  Scope *p = s->parent;

  while (p != NULL && p->kind == SCOPE_CLASS)
    {
      if (g_str_equal (name, "__class__"))
        {
          names_add (p->cellvars, p->cellvars_index, name);
          set_resolved (p, name, NAME_CELL);
          return TRUE;
        }
      p = p->parent;
    }
  if (p == NULL || p->kind != SCOPE_FUNCTION)
    return FALSE;
  {
    int flags = GPOINTER_TO_INT (g_hash_table_lookup (p->symbols, name));
    if ((flags & SYM_GLOBAL) != 0)
      return FALSE;
    if ((flags & (SYM_ASSIGNED | SYM_PARAM)) != 0 && (flags & SYM_NONLOCAL) == 0)
      {
        names_add (p->cellvars, p->cellvars_index, name);
        set_resolved (p, name, NAME_CELL);
        return TRUE;
      }
    if (resolve_free (p, name))
      {
        names_add (p->freevars, p->freevars_index, name);
        set_resolved (p, name, NAME_FREE);
        return TRUE;
      }
  }
  return FALSE;
}

static void
analyze (Compiler *c,
         Scope    *s)
{
  gpointer key;

  /* Locals first, so that children resolve against them; in the order the names
   * appear, which orders a frame's variables (and their release) as CPython does. */
  for (guint n = 0; n < s->order->len; n++)
    {
      int flags;
      key = s->order->pdata[n];
      flags = GPOINTER_TO_INT (g_hash_table_lookup (s->symbols, key));
      if (s->kind == SCOPE_MODULE || (flags & SYM_GLOBAL))
        set_resolved (s, key, NAME_GLOBAL);
      else if (s->kind == SCOPE_FUNCTION && (flags & (SYM_ASSIGNED | SYM_PARAM)) && !(flags & SYM_NONLOCAL))
        {
          set_resolved (s, key, NAME_LOCAL);
          names_add (s->varnames, s->varnames_index, key);
        }
      else if (s->kind == SCOPE_CLASS && (flags & SYM_ASSIGNED) && !(flags & SYM_NONLOCAL))
        set_resolved (s, key, NAME_CLASS);
    }

  for (guint i = 0; i < s->children->len; i++)
    analyze (c, s->children->pdata[i]);

  /* Then the names used here but not bound here. */
  for (guint n = 0; n < s->order->len; n++)
    {
      int flags;
      key = s->order->pdata[n];
      flags = GPOINTER_TO_INT (g_hash_table_lookup (s->symbols, key));
      if (g_hash_table_contains (s->resolved, key))
        continue;
      if (resolve_free (s, key))
        {
          names_add (s->freevars, s->freevars_index, key);
          set_resolved (s, key, NAME_FREE);
        }
      else if (flags & SYM_NONLOCAL)
        {
          YsAst *node = s->node;
          compile_fail (c, node->line, node->col, "no binding for nonlocal '%s' found", (char *) key);
        }
      else
        set_resolved (s, key, s->kind == SCOPE_CLASS ? NAME_CLASS : NAME_GLOBAL);
    }
}

static NameScope
lookup_scope (Scope      *s,
              const char *name)
{
  int r = GPOINTER_TO_INT (g_hash_table_lookup (s->resolved, name));

  if (r == 0)
    return s->kind == SCOPE_CLASS ? NAME_CLASS : NAME_GLOBAL;
  return (NameScope) (r - 1);
}

/* Code generation */

static void
unit_free (Unit *u)
{
  g_array_unref (u->instrs);
  g_array_unref (u->lines);
  g_array_unref (u->cols);
  g_array_unref (u->handler_of);
  g_array_unref (u->labels);
  g_array_unref (u->label_depth);
  g_array_unref (u->handlers);
  g_array_unref (u->handler_stack);
  g_array_unref (u->fblocks);
  g_ptr_array_unref (u->consts);
  g_hash_table_unref (u->const_index);
  g_ptr_array_unref (u->names);
  g_hash_table_unref (u->name_index);
  g_ptr_array_unref (u->scratch);
  g_free (u->qualname);
  g_free (u);
}

static guint
const_hash (gconstpointer key)
{
  YsValue v = (YsValue) key;
  YsObject *o;

  if (ys_is_small (v))
    return g_direct_hash (key);
  o = ys_obj (v);
  switch (o->type->kind)
    {
    case YS_KIND_STR:
      return g_str_hash (ys_str_data (v));
    case YS_KIND_INT:
      return (guint) mpz_get_ui (((YsInt *) o)->value) ^ (guint) mpz_size (((YsInt *) o)->value);
    case YS_KIND_FLOAT:
      return g_double_hash (&((YsFloat *) o)->value);
    default:
      /* Other constants are the same only when they are the same object. */
      return g_direct_hash (key);
    }
}

static gboolean
const_equal (gconstpointer a,
             gconstpointer b)
{
  return ys_const_identical ((YsValue) a, (YsValue) b);
}

/* @qualname is taken. */
static void
unit_push (Compiler   *c,
           Scope      *scope,
           char       *qualname)
{
  Unit *u = g_new0 (Unit, 1);
  gint32 none = -1;

  u->scope = scope;
  u->parent = c->unit;
  u->instrs = g_array_new (FALSE, FALSE, sizeof (YsInstr));
  u->lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  u->cols = g_array_new (FALSE, FALSE, sizeof (guint16));
  u->handler_of = g_array_new (FALSE, FALSE, sizeof (gint32));
  u->labels = g_array_new (FALSE, FALSE, sizeof (gint32));
  u->label_depth = g_array_new (FALSE, FALSE, sizeof (gint32));
  u->handlers = g_array_new (FALSE, FALSE, sizeof (HandlerSpec));
  u->handler_stack = g_array_new (FALSE, FALSE, sizeof (gint32));
  u->fblocks = g_array_new (FALSE, FALSE, sizeof (FBlock));
  u->consts = g_ptr_array_new ();
  u->const_index = g_hash_table_new (const_hash, const_equal);
  u->names = g_ptr_array_new ();
  u->name_index = g_hash_table_new (g_str_hash, g_str_equal);
  u->scratch = g_ptr_array_new_with_free_func (g_free);
  u->qualname = qualname;
  u->line = scope->node->line;
  g_array_append_val (u->handler_stack, none);
  c->unit = u;
}

static int
new_label (Compiler *c)
{
  gint32 unbound = -1, depth = -1;

  g_array_append_val (c->unit->labels, unbound);
  g_array_append_val (c->unit->label_depth, depth);
  return (int) c->unit->labels->len - 1;
}

static void
note_label_depth (Compiler *c,
                  int       label,
                  int       depth)
{
  gint32 *d = &g_array_index (c->unit->label_depth, gint32, label);

  if (*d < 0)
    *d = depth;
}

static void
bind_label (Compiler *c,
            int       label)
{
  Unit *u = c->unit;
  gint32 d = g_array_index (u->label_depth, gint32, label);

  g_array_index (u->labels, gint32, label) = (gint32) u->instrs->len;
  /* After an unconditional jump the depth is whatever the jumps here bring. */
  if (d >= 0)
    u->depth = d;
  else
    note_label_depth (c, label, u->depth);
}

static int
stack_effect (int op,
              int arg,
              int *jump_effect)
{
  *jump_effect = 0;
  switch (op)
    {
    case YS_OP_NOP: case YS_OP_ROT_TWO: case YS_OP_ROT_THREE: case YS_OP_ROT_FOUR:
    case YS_OP_DELETE_FAST: case YS_OP_DELETE_DEREF: case YS_OP_DELETE_GLOBAL:
    case YS_OP_DELETE_NAME: case YS_OP_LOAD_ATTR: case YS_OP_UNARY_NEG: case YS_OP_UNARY_POS:
    case YS_OP_UNARY_NOT: case YS_OP_UNARY_INVERT: case YS_OP_LIST_TO_TUPLE: case YS_OP_GET_ITER:
    case YS_OP_YIELD_VALUE: case YS_OP_GET_YIELD_FROM_ITER: case YS_OP_CHECK_EXC_MATCH:
    case YS_OP_RETURN_GENERATOR: case YS_OP_SETUP_ANNOTATIONS:
      return 0;
    case YS_OP_JUMP:
      return 0;
    case YS_OP_POP_TOP: case YS_OP_IMPORT_STAR: case YS_OP_STORE_FAST: case YS_OP_STORE_DEREF: case YS_OP_STORE_GLOBAL:
    case YS_OP_STORE_NAME: case YS_OP_DELETE_ATTR: case YS_OP_BINARY_OP: case YS_OP_COMPARE_OP:
    case YS_OP_IS_OP: case YS_OP_CONTAINS_OP: case YS_OP_BINARY_SUBSCR: case YS_OP_LIST_APPEND:
    case YS_OP_SET_ADD: case YS_OP_LIST_EXTEND: case YS_OP_SET_UPDATE: case YS_OP_DICT_UPDATE:
    case YS_OP_DICT_MERGE: case YS_OP_RETURN_VALUE: case YS_OP_RERAISE: case YS_OP_POP_EXCEPT:
      return -1;
    case YS_OP_POP_JUMP_IF_FALSE: case YS_OP_POP_JUMP_IF_TRUE:
      *jump_effect = -1;
      return -1;
    case YS_OP_JUMP_IF_FALSE_OR_POP: case YS_OP_JUMP_IF_TRUE_OR_POP:
      *jump_effect = 0;
      return -1;
    case YS_OP_DUP_TOP: case YS_OP_LOAD_CONST: case YS_OP_LOAD_SMALL_INT: case YS_OP_LOAD_NONE:
    case YS_OP_LOAD_FAST: case YS_OP_LOAD_DEREF: case YS_OP_LOAD_CLOSURE: case YS_OP_LOAD_GLOBAL:
    case YS_OP_LOAD_NAME: case YS_OP_LOAD_METHOD: case YS_OP_PUSH_EXC_INFO:
    case YS_OP_LOAD_ASSERTION_ERROR: case YS_OP_BEFORE_WITH: case YS_OP_WITH_EXCEPT_START:
    case YS_OP_IMPORT_NAME: case YS_OP_IMPORT_FROM:
      return 1;
    case YS_OP_DUP_TOP_TWO:
      return 2;
    case YS_OP_STORE_ATTR: case YS_OP_DELETE_SUBSCR: case YS_OP_MAP_ADD:
      return -2;
    case YS_OP_STORE_SUBSCR:
      return -3;
    case YS_OP_CALL_METHOD:
      return -(arg + 1);
    case YS_OP_BUILD_SLICE:
      return -(arg - 1);
    case YS_OP_BUILD_TUPLE: case YS_OP_BUILD_LIST: case YS_OP_BUILD_SET: case YS_OP_BUILD_STRING:
      return 1 - arg;
    case YS_OP_BUILD_MAP:
      return 1 - 2 * arg;
    case YS_OP_FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case YS_OP_FOR_ITER:
      *jump_effect = -1;
      return 1;
    case YS_OP_SEND:
      *jump_effect = -1;
      return 0;
    case YS_OP_UNPACK_SEQUENCE:
      return arg - 1;
    case YS_OP_UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case YS_OP_CALL:
      return -arg;
    case YS_OP_CALL_KW:
      return -(arg + 1);
    case YS_OP_CALL_EX:
      return -(1 + (arg & 1));
    case YS_OP_MAKE_FUNCTION:
      return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case YS_OP_MAKE_CLASS:
      return -2 - (arg & 1);
    case YS_OP_RAISE_VARARGS:
      return -arg;
    default:
      g_assert_not_reached ();
    }
}

static int
emit (Compiler *c,
      int       op,
      int       arg)
{
  Unit *u = c->unit;
  YsInstr instr = (YsInstr) op | ((YsInstr) arg << 8);
  guint32 line = (guint32) u->line;
  guint16 col = (guint16) MIN (u->col, G_MAXUINT16);
  gint32 handler = g_array_index (u->handler_stack, gint32, u->handler_stack->len - 1);
  int jump_effect, effect;

  if (arg < 0 || arg > YS_ARG_MAX)
    compile_fail (c, u->line, u->col, "too many constants, names or jumps in one function");
  g_array_append_val (u->instrs, instr);
  g_array_append_val (u->lines, line);
  g_array_append_val (u->cols, col);
  g_array_append_val (u->handler_of, handler);
  effect = stack_effect (op, arg, &jump_effect);
  u->depth += effect;
  if (u->depth > u->max_depth)
    u->max_depth = u->depth;
  g_assert (u->depth >= 0);
  return (int) u->instrs->len - 1;
}

static void
emit_jump (Compiler *c,
           int       op,
           int       label)
{
  int jump_effect;
  int before = c->unit->depth;

  stack_effect (op, 0, &jump_effect);
  emit (c, op, label);
  note_label_depth (c, label, before + jump_effect);
}

/* Jumps are emitted with label numbers and patched at the end. */
static gboolean
is_jump (int op)
{
  return op == YS_OP_JUMP || op == YS_OP_POP_JUMP_IF_FALSE || op == YS_OP_POP_JUMP_IF_TRUE ||
         op == YS_OP_JUMP_IF_FALSE_OR_POP || op == YS_OP_JUMP_IF_TRUE_OR_POP ||
         op == YS_OP_FOR_ITER || op == YS_OP_SEND;
}

/* From here on, an exception truncates the stack to @depth, pushes itself and jumps
 * to @label. */
static void
push_handler (Compiler *c,
              int       label,
              int       depth)
{
  Unit *u = c->unit;
  HandlerSpec spec = { label, depth };
  gint32 index = (gint32) u->handlers->len;

  g_array_append_val (u->handlers, spec);
  g_array_append_val (u->handler_stack, index);
  note_label_depth (c, label, depth + 1);
}

static void
pop_handler (Compiler *c)
{
  g_array_set_size (c->unit->handler_stack, c->unit->handler_stack->len - 1);
}

static int
add_const (Compiler *c,
           YsValue   value)
{
  Unit *u = c->unit;
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (u->const_index, (gpointer) value));

  if (found > 0)
    {
      ys_decref (c->vm, value);
      return (int) found - 1;
    }
  g_ptr_array_add (u->consts, (gpointer) value);
  g_hash_table_insert (u->const_index, (gpointer) value, GUINT_TO_POINTER (u->consts->len));
  return (int) u->consts->len - 1;
}

static int
add_name (Compiler   *c,
          const char *name)
{
  Unit *u = c->unit;

  names_add (u->names, u->name_index, name);
  return names_find (u->name_index, name);
}

static void
set_location (Compiler *c,
              YsAst    *node)
{
  c->unit->line = node->line;
  c->unit->col = node->col;
}

static void compile_expr (Compiler *c, YsAst *e);
static void compile_stmts (Compiler *c, GPtrArray *body);
static YsValue compile_function_code (Compiler *c, YsAst *node, const char *name);

static void
load_name (Compiler   *c,
           const char *name,
           int         load_op_global)
{
  Scope *s = c->unit->scope;

  switch (lookup_scope (s, name))
    {
    case NAME_LOCAL:
      emit (c, YS_OP_LOAD_FAST, names_find (s->varnames_index, name));
      break;
    case NAME_CELL:
      emit (c, YS_OP_LOAD_DEREF, names_find (s->cellvars_index, name));
      break;
    case NAME_FREE:
      emit (c, YS_OP_LOAD_DEREF, (int) s->cellvars->len + names_find (s->freevars_index, name));
      break;
    case NAME_CLASS:
      emit (c, YS_OP_LOAD_NAME, add_name (c, name));
      break;
    case NAME_GLOBAL:
    default:
      emit (c, load_op_global, add_name (c, name));
      break;
    }
}

static void
store_name (Compiler   *c,
            const char *name,
            gboolean    del)
{
  Scope *s = c->unit->scope;

  switch (lookup_scope (s, name))
    {
    case NAME_LOCAL:
      emit (c, del ? YS_OP_DELETE_FAST : YS_OP_STORE_FAST, names_find (s->varnames_index, name));
      break;
    case NAME_CELL:
      emit (c, del ? YS_OP_DELETE_DEREF : YS_OP_STORE_DEREF, names_find (s->cellvars_index, name));
      break;
    case NAME_FREE:
      emit (c, del ? YS_OP_DELETE_DEREF : YS_OP_STORE_DEREF,
            (int) s->cellvars->len + names_find (s->freevars_index, name));
      break;
    case NAME_CLASS:
      emit (c, del ? YS_OP_DELETE_NAME : YS_OP_STORE_NAME, add_name (c, name));
      break;
    case NAME_GLOBAL:
    default:
      emit (c, del ? YS_OP_DELETE_GLOBAL : YS_OP_STORE_GLOBAL, add_name (c, name));
      break;
    }
}

static YsValue literal_value (Compiler *c, YsAst *e);

static void
compile_constant (Compiler *c,
                  YsAst    *e)
{
  YsValue v;

  if (e->op == YS_CONST_NONE)
    {
      emit (c, YS_OP_LOAD_NONE, 0);
      return;
    }
  if (e->op == YS_CONST_BYTES)
    compile_fail (c, e->line, e->col, "bytes are not supported by Yieldscope");
  v = literal_value (c, e);
  if (v == YS_NULL)
    compile_fail (c, e->line, e->col, "invalid literal");
  if (ys_is_small (v) && ys_small_get (v) >= -(1 << 22) && ys_small_get (v) < (1 << 22))
    {
      emit (c, YS_OP_LOAD_SMALL_INT, (int) (ys_small_get (v) + (1 << 22)));
      return;
    }
  emit (c, YS_OP_LOAD_CONST, add_const (c, v));
}

static gboolean
has_starred (GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    if (((YsAst *) list->pdata[i])->kind == YS_AST_STARRED)
      return TRUE;
  return FALSE;
}

/* Builds a list of @elts (with *unpacking) on the stack. */
static void
compile_sequence_as_list (Compiler  *c,
                          GPtrArray *elts)
{
  guint pending = 0;
  gboolean built = FALSE;

  for (guint i = 0; i < elts->len; i++)
    {
      YsAst *e = elts->pdata[i];
      if (e->kind == YS_AST_STARRED)
        {
          if (!built)
            {
              emit (c, YS_OP_BUILD_LIST, pending);
              built = TRUE;
            }
          else if (pending > 0)
            {
              emit (c, YS_OP_BUILD_LIST, pending);
              emit (c, YS_OP_LIST_EXTEND, 1);
            }
          pending = 0;
          compile_expr (c, e->a);
          emit (c, YS_OP_LIST_EXTEND, 1);
        }
      else
        {
          compile_expr (c, e);
          pending++;
        }
    }
  if (!built)
    emit (c, YS_OP_BUILD_LIST, pending);
  else if (pending > 0)
    {
      emit (c, YS_OP_BUILD_LIST, pending);
      emit (c, YS_OP_LIST_EXTEND, 1);
    }
}

/* The value of a literal, negative numbers included (CPython folds -1 to a constant),
 * or YS_NULL when @e is not one. */
static YsValue
literal_value (Compiler *c,
               YsAst    *e)
{
  if (e->kind == YS_AST_UNARYOP && (e->op == YS_UNARY_NEG || e->op == YS_UNARY_POS) &&
      e->a->kind == YS_AST_CONSTANT && (e->a->op == YS_CONST_INT || e->a->op == YS_CONST_FLOAT))
    {
      YsValue v = literal_value (c, e->a), r;
      if (v == YS_NULL || e->op == YS_UNARY_POS)
        return v;
      r = ys_number_unary (c->vm, YS_OP_UNARY_NEG, v);
      ys_decref (c->vm, v);
      return r;
    }
  if (e->kind != YS_AST_CONSTANT)
    return YS_NULL;
  switch (e->op)
    {
    case YS_CONST_NONE: return ys_none (c->vm);
    case YS_CONST_TRUE: return ys_bool (c->vm, TRUE);
    case YS_CONST_FALSE: return ys_bool (c->vm, FALSE);
    case YS_CONST_INT: return ys_int_from_literal (c->vm, e->str);
    case YS_CONST_FLOAT: return ys_float_from_literal (c->vm, e->str);
    case YS_CONST_STR: return ys_str_new (c->vm, e->str, e->str_len);
    case YS_CONST_ELLIPSIS: return ys_ellipsis (c->vm);
    default: return YS_NULL;
    }
}

static gboolean
all_constants (Compiler  *c,
               GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      YsValue v = literal_value (c, list->pdata[i]);
      if (v == YS_NULL)
        return FALSE;
      ys_decref (c->vm, v);
    }
  return TRUE;
}

/* A set display of three or more constants is built as CPython builds it: a frozenset
 * of the constants in source order, built again by adding them in that frozenset's
 * iteration order, then merged into a new set. The order a program prints the set in
 * depends on it. */
static void
compile_constant_set (Compiler *c,
                      YsAst    *e)
{
  YsValue first = ys_set_new (c->vm, YS_KIND_FROZENSET), second;

  for (guint i = 0; i < e->list1->len; i++)
    {
      YsAst *item = e->list1->pdata[i];
      YsValue v = literal_value (c, item);
      if (v == YS_NULL || ys_set_add (c->vm, first, v) < 0)
        {
          ys_xdecref (c->vm, v);
          ys_decref (c->vm, first);
          compile_fail (c, item->line, item->col, "invalid constant in a set");
        }
      ys_decref (c->vm, v);
    }
  second = ys_set_new (c->vm, YS_KIND_FROZENSET);
  {
    gsize pos = 0;
    YsValue key;
    while (ys_set_next (first, &pos, &key))
      ys_set_add (c->vm, second, key);
  }
  ys_decref (c->vm, first);
  emit (c, YS_OP_BUILD_SET, 0);
  emit (c, YS_OP_LOAD_CONST, add_const (c, second));
  emit (c, YS_OP_SET_UPDATE, 1);
}

static void
compile_call (Compiler *c,
              YsAst    *e)
{
  GPtrArray *args = e->list1, *kws = e->list2;
  gboolean star = has_starred (args);
  gboolean dstar = FALSE;

  for (guint i = 0; i < kws->len; i++)
    if (((YsAst *) kws->pdata[i])->str == NULL)
      dstar = TRUE;

  if (!star && !dstar && kws->len == 0 && e->a->kind == YS_AST_ATTRIBUTE)
    {
      compile_expr (c, e->a->a);
      set_location (c, e->a);
      emit (c, YS_OP_LOAD_METHOD, add_name (c, e->a->str));
      for (guint i = 0; i < args->len; i++)
        compile_expr (c, args->pdata[i]);
      set_location (c, e);
      emit (c, YS_OP_CALL_METHOD, args->len);
      return;
    }

  compile_expr (c, e->a);
  if (!star && !dstar)
    {
      for (guint i = 0; i < args->len; i++)
        compile_expr (c, args->pdata[i]);
      if (kws->len == 0)
        {
          set_location (c, e);
          emit (c, YS_OP_CALL, args->len);
          return;
        }
      {
        YsValue names = ys_tuple_new (c->vm, kws->len);
        for (guint i = 0; i < kws->len; i++)
          {
            YsAst *kw = kws->pdata[i];
            compile_expr (c, kw->a);
            ys_tuple_set (names, i, ys_str_intern (c->vm, kw->str));
          }
        emit (c, YS_OP_LOAD_CONST, add_const (c, names));
        set_location (c, e);
        emit (c, YS_OP_CALL_KW, args->len + kws->len);
        return;
      }
    }

  /* f(*a, **k): a tuple of the positional arguments and a dict of the keywords. */
  compile_sequence_as_list (c, args);
  emit (c, YS_OP_LIST_TO_TUPLE, 0);
  if (kws->len > 0)
    {
      emit (c, YS_OP_BUILD_MAP, 0);
      for (guint i = 0; i < kws->len; i++)
        {
          YsAst *kw = kws->pdata[i];
          if (kw->str == NULL)
            {
              compile_expr (c, kw->a);
              emit (c, YS_OP_DICT_MERGE, 1);
            }
          else
            {
              emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, kw->str)));
              compile_expr (c, kw->a);
              emit (c, YS_OP_BUILD_MAP, 1);
              emit (c, YS_OP_DICT_MERGE, 1);
            }
        }
    }
  set_location (c, e);
  emit (c, YS_OP_CALL_EX, kws->len > 0 ? 1 : 0);
}

static void
compile_jump_if (Compiler *c,
                 YsAst    *e,
                 gboolean  cond,
                 int       label)
{
  /* Short-circuit tests jump straight to where they lead. */
  if (e->kind == YS_AST_UNARYOP && e->op == YS_UNARY_NOT)
    {
      compile_jump_if (c, e->a, !cond, label);
      return;
    }
  if (e->kind == YS_AST_BOOLOP)
    {
      gboolean is_or = e->op == 1;
      if (is_or == cond)
        {
          for (guint i = 0; i < e->list1->len; i++)
            compile_jump_if (c, e->list1->pdata[i], cond, label);
        }
      else
        {
          int skip = new_label (c);
          for (guint i = 0; i + 1 < e->list1->len; i++)
            compile_jump_if (c, e->list1->pdata[i], !cond, skip);
          compile_jump_if (c, e->list1->pdata[e->list1->len - 1], cond, label);
          bind_label (c, skip);
        }
      return;
    }
  compile_expr (c, e);
  emit_jump (c, cond ? YS_OP_POP_JUMP_IF_TRUE : YS_OP_POP_JUMP_IF_FALSE, label);
}

static void
compile_compare (Compiler *c,
                 YsAst    *e)
{
  guint n = e->list1->len;
  int cleanup = new_label (c), end = new_label (c);

  compile_expr (c, e->a);
  for (guint i = 0; i < n; i++)
    {
      YsAst *cmp = e->list1->pdata[i];
      compile_expr (c, cmp->a);
      if (i + 1 < n)
        {
          emit (c, YS_OP_DUP_TOP, 0);
          emit (c, YS_OP_ROT_THREE, 0);
        }
      set_location (c, e);
      switch (cmp->op)
        {
        case YS_CMP_IN: emit (c, YS_OP_CONTAINS_OP, 0); break;
        case YS_CMP_NOT_IN: emit (c, YS_OP_CONTAINS_OP, 1); break;
        case YS_CMP_IS: emit (c, YS_OP_IS_OP, 0); break;
        case YS_CMP_IS_NOT: emit (c, YS_OP_IS_OP, 1); break;
        default: emit (c, YS_OP_COMPARE_OP, cmp->op); break;
        }
      if (i + 1 < n)
        emit_jump (c, YS_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
  if (n > 1)
    {
      emit_jump (c, YS_OP_JUMP, end);
      bind_label (c, cleanup);
      emit (c, YS_OP_ROT_TWO, 0);
      emit (c, YS_OP_POP_TOP, 0);
      bind_label (c, end);
    }
}

static void
compile_store (Compiler *c,
               YsAst    *t);

static void
compile_unpack (Compiler *c,
                YsAst    *t)
{
  GPtrArray *elts = t->list1;
  int star = -1;

  for (guint i = 0; i < elts->len; i++)
    if (((YsAst *) elts->pdata[i])->kind == YS_AST_STARRED)
      {
        if (star >= 0)
          compile_fail (c, t->line, t->col, "multiple starred expressions in assignment");
        star = (int) i;
      }
  if (star < 0)
    emit (c, YS_OP_UNPACK_SEQUENCE, elts->len);
  else
    emit (c, YS_OP_UNPACK_EX, star | (int) ((elts->len - star - 1) << 8));
  for (guint i = 0; i < elts->len; i++)
    {
      YsAst *elt = elts->pdata[i];
      compile_store (c, elt->kind == YS_AST_STARRED ? elt->a : elt);
    }
}

static void
compile_store (Compiler *c,
               YsAst    *t)
{
  set_location (c, t);
  switch (t->kind)
    {
    case YS_AST_NAME:
      store_name (c, t->str, FALSE);
      break;
    case YS_AST_ATTRIBUTE:
      compile_expr (c, t->a);
      emit (c, YS_OP_STORE_ATTR, add_name (c, t->str));
      break;
    case YS_AST_SUBSCRIPT:
      compile_expr (c, t->a);
      compile_expr (c, t->b);
      emit (c, YS_OP_STORE_SUBSCR, 0);
      break;
    case YS_AST_TUPLE:
    case YS_AST_LIST:
      compile_unpack (c, t);
      break;
    case YS_AST_STARRED:
      compile_fail (c, t->line, t->col, "starred assignment target must be in a list or tuple");
    default:
      compile_fail (c, t->line, t->col, "cannot assign to expression");
    }
}

static void
compile_delete (Compiler *c,
                YsAst    *t)
{
  set_location (c, t);
  switch (t->kind)
    {
    case YS_AST_NAME:
      store_name (c, t->str, TRUE);
      break;
    case YS_AST_ATTRIBUTE:
      compile_expr (c, t->a);
      emit (c, YS_OP_DELETE_ATTR, add_name (c, t->str));
      break;
    case YS_AST_SUBSCRIPT:
      compile_expr (c, t->a);
      compile_expr (c, t->b);
      emit (c, YS_OP_DELETE_SUBSCR, 0);
      break;
    case YS_AST_TUPLE:
    case YS_AST_LIST:
      for (guint i = 0; i < t->list1->len; i++)
        compile_delete (c, t->list1->pdata[i]);
      break;
    default:
      compile_fail (c, t->line, t->col, "cannot delete expression");
    }
}

static void
annotation_pair (Compiler *c,
                 YsAst    *arg,
                 guint    *n)
{
  if (arg == NULL || arg->b == NULL)
    return;
  emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, arg->str)));
  compile_expr (c, arg->b);
  (*n)++;
}

/* A def's __annotations__, in CPython's order: positional parameters, *args, keyword-only
 * ones, **kwargs, then the return. */
static gboolean
compile_annotations (Compiler *c,
                     YsAst    *def)
{
  guint n = 0;

  for (guint i = 0; i < def->list2->len; i++)
    if (!((YsAst *) def->list2->pdata[i])->op)
      annotation_pair (c, def->list2->pdata[i], &n);
  annotation_pair (c, def->a, &n);
  for (guint i = 0; i < def->list2->len; i++)
    if (((YsAst *) def->list2->pdata[i])->op)
      annotation_pair (c, def->list2->pdata[i], &n);
  annotation_pair (c, def->c, &n);
  if (def->b != NULL)
    {
      emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, "return")));
      compile_expr (c, def->b);
      n++;
    }
  if (n == 0)
    return FALSE;
  emit (c, YS_OP_BUILD_MAP, n);
  return TRUE;
}

/* Emits MAKE_FUNCTION for @node (FUNCDEF, LAMBDA or a comprehension) with its defaults,
 * annotations and closure. */
static void
make_function (Compiler   *c,
               YsAst      *node,
               const char *name)
{
  Scope *fs = g_hash_table_lookup (c->scopes, node);
  YsValue code;
  int flags = 0;
  GPtrArray *params = node->list2;

  if (params != NULL && (node->kind == YS_AST_FUNCDEF || node->kind == YS_AST_LAMBDA))
    {
      guint ndefaults = 0, nkwdefaults = 0;
      for (guint i = 0; i < params->len; i++)
        {
          YsAst *arg = params->pdata[i];
          if (arg->a != NULL && !arg->op)
            {
              compile_expr (c, arg->a);
              ndefaults++;
            }
        }
      if (ndefaults > 0)
        {
          emit (c, YS_OP_BUILD_TUPLE, ndefaults);
          flags |= 1;
        }
      for (guint i = 0; i < params->len; i++)
        {
          YsAst *arg = params->pdata[i];
          if (arg->a != NULL && arg->op)
            {
              emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, arg->str)));
              compile_expr (c, arg->a);
              nkwdefaults++;
            }
        }
      if (nkwdefaults > 0)
        {
          emit (c, YS_OP_BUILD_MAP, nkwdefaults);
          flags |= 2;
        }
      if (node->kind == YS_AST_FUNCDEF && compile_annotations (c, node))
        flags |= 4;
    }

  if (fs->freevars->len > 0)
    {
      Scope *s = c->unit->scope;
      for (guint i = 0; i < fs->freevars->len; i++)
        {
          const char *free = fs->freevars->pdata[i];
          int idx = names_find (s->cellvars_index, free);
          if (idx < 0)
            idx = (int) s->cellvars->len + names_find (s->freevars_index, free);
          g_assert (idx >= 0);
          emit (c, YS_OP_LOAD_CLOSURE, idx);
        }
      emit (c, YS_OP_BUILD_TUPLE, fs->freevars->len);
      flags |= 8;
    }

  code = compile_function_code (c, node, name);
  emit (c, YS_OP_LOAD_CONST, add_const (c, code));
  emit (c, YS_OP_MAKE_FUNCTION, flags);
}

static void
compile_comprehension (Compiler *c,
                       YsAst    *e)
{
  YsAst *first = e->list1->pdata[0];
  const char *name = ((Scope *) g_hash_table_lookup (c->scopes, e))->name;

  make_function (c, e, name);
  compile_expr (c, first->b);
  set_location (c, e);
  emit (c, YS_OP_GET_ITER, 0);
  emit (c, YS_OP_CALL, 1);
}

static void
compile_yield_from (Compiler *c,
                    YsAst    *e)
{
  int loop = new_label (c), done = new_label (c);

  compile_expr (c, e->a);
  set_location (c, e);
  emit (c, YS_OP_GET_YIELD_FROM_ITER, 0);
  emit (c, YS_OP_LOAD_NONE, 0);
  bind_label (c, loop);
  emit_jump (c, YS_OP_SEND, done);
  emit (c, YS_OP_YIELD_VALUE, 1);
  emit_jump (c, YS_OP_JUMP, loop);
  bind_label (c, done);
}

static void
compile_joined (Compiler *c,
                YsAst    *e)
{
  guint n = 0;

  for (guint i = 0; i < e->list1->len; i++)
    {
      YsAst *part = e->list1->pdata[i];
      if (part->kind == YS_AST_CONSTANT)
        compile_constant (c, part);
      else
        {
          int conv = part->op == 's' ? 1 : part->op == 'r' ? 2 : part->op == 'a' ? 3 : 0;
          compile_expr (c, part->a);
          if (part->b != NULL)
            compile_joined (c, part->b);
          set_location (c, part);
          emit (c, YS_OP_FORMAT_VALUE, conv | (part->b != NULL ? 4 : 0));
        }
      n++;
    }
  if (n != 1 || ((YsAst *) e->list1->pdata[0])->kind == YS_AST_CONSTANT)
    emit (c, YS_OP_BUILD_STRING, n);
}

static void
compile_expr (Compiler *c,
              YsAst    *e)
{
  int saved_line = c->unit->line, saved_col = c->unit->col;

  set_location (c, e);
  switch (e->kind)
    {
    case YS_AST_CONSTANT:
      compile_constant (c, e);
      break;
    case YS_AST_NAME:
      load_name (c, e->str, YS_OP_LOAD_GLOBAL);
      break;
    case YS_AST_NAMEDEXPR:
      compile_expr (c, e->b);
      emit (c, YS_OP_DUP_TOP, 0);
      store_name (c, e->a->str, FALSE);
      break;
    case YS_AST_BOOLOP:
      {
        int end = new_label (c);
        for (guint i = 0; i < e->list1->len; i++)
          {
            compile_expr (c, e->list1->pdata[i]);
            if (i + 1 < e->list1->len)
              emit_jump (c, e->op == 1 ? YS_OP_JUMP_IF_TRUE_OR_POP : YS_OP_JUMP_IF_FALSE_OR_POP, end);
          }
        bind_label (c, end);
        break;
      }
    case YS_AST_BINOP:
      compile_expr (c, e->a);
      compile_expr (c, e->b);
      set_location (c, e);
      emit (c, YS_OP_BINARY_OP, e->op);
      break;
    case YS_AST_UNARYOP:
      compile_expr (c, e->a);
      set_location (c, e);
      emit (c, e->op == YS_UNARY_NEG ? YS_OP_UNARY_NEG : e->op == YS_UNARY_POS ? YS_OP_UNARY_POS :
               e->op == YS_UNARY_NOT ? YS_OP_UNARY_NOT : YS_OP_UNARY_INVERT, 0);
      break;
    case YS_AST_LAMBDA:
      make_function (c, e, "<lambda>");
      break;
    case YS_AST_IFEXP:
      {
        int orelse = new_label (c), end = new_label (c);
        compile_jump_if (c, e->a, FALSE, orelse);
        compile_expr (c, e->b);
        emit_jump (c, YS_OP_JUMP, end);
        bind_label (c, orelse);
        compile_expr (c, e->c);
        bind_label (c, end);
        break;
      }
    case YS_AST_DICT:
      {
        guint pending = 0;
        gboolean built = FALSE;
        for (guint i = 0; i < e->list1->len; i++)
          {
            YsAst *key = e->list1->pdata[i];
            if (key == NULL)
              {
                if (!built || pending > 0)
                  {
                    emit (c, YS_OP_BUILD_MAP, pending);
                    if (built)
                      emit (c, YS_OP_DICT_UPDATE, 1);
                    built = TRUE;
                  }
                pending = 0;
                compile_expr (c, e->list2->pdata[i]);
                emit (c, YS_OP_DICT_UPDATE, 1);
              }
            else
              {
                compile_expr (c, key);
                compile_expr (c, e->list2->pdata[i]);
                pending++;
              }
          }
        if (!built)
          emit (c, YS_OP_BUILD_MAP, pending);
        else if (pending > 0)
          {
            emit (c, YS_OP_BUILD_MAP, pending);
            emit (c, YS_OP_DICT_UPDATE, 1);
          }
        break;
      }
    case YS_AST_SET:
      if (e->list1->len >= 3 && all_constants (c, e->list1))
        {
          compile_constant_set (c, e);
          break;
        }
      if (has_starred (e->list1))
        {
          emit (c, YS_OP_BUILD_SET, 0);
          for (guint i = 0; i < e->list1->len; i++)
            {
              YsAst *elt = e->list1->pdata[i];
              if (elt->kind == YS_AST_STARRED)
                {
                  compile_expr (c, elt->a);
                  emit (c, YS_OP_SET_UPDATE, 1);
                }
              else
                {
                  compile_expr (c, elt);
                  emit (c, YS_OP_SET_ADD, 1);
                }
            }
        }
      else
        {
          for (guint i = 0; i < e->list1->len; i++)
            compile_expr (c, e->list1->pdata[i]);
          emit (c, YS_OP_BUILD_SET, e->list1->len);
        }
      break;
    case YS_AST_LIST:
      if (has_starred (e->list1))
        compile_sequence_as_list (c, e->list1);
      else
        {
          for (guint i = 0; i < e->list1->len; i++)
            compile_expr (c, e->list1->pdata[i]);
          emit (c, YS_OP_BUILD_LIST, e->list1->len);
        }
      break;
    case YS_AST_TUPLE:
      if (has_starred (e->list1))
        {
          compile_sequence_as_list (c, e->list1);
          emit (c, YS_OP_LIST_TO_TUPLE, 0);
        }
      else
        {
          for (guint i = 0; i < e->list1->len; i++)
            compile_expr (c, e->list1->pdata[i]);
          emit (c, YS_OP_BUILD_TUPLE, e->list1->len);
        }
      break;
    case YS_AST_LISTCOMP:
    case YS_AST_SETCOMP:
    case YS_AST_DICTCOMP:
    case YS_AST_GENEXP:
      compile_comprehension (c, e);
      break;
    case YS_AST_YIELD:
      if (e->a != NULL)
        compile_expr (c, e->a);
      else
        emit (c, YS_OP_LOAD_NONE, 0);
      set_location (c, e);
      emit (c, YS_OP_YIELD_VALUE, 0);
      break;
    case YS_AST_YIELDFROM:
      compile_yield_from (c, e);
      break;
    case YS_AST_COMPARE:
      compile_compare (c, e);
      break;
    case YS_AST_CALL:
      compile_call (c, e);
      break;
    case YS_AST_JOINEDSTR:
      compile_joined (c, e);
      break;
    case YS_AST_ATTRIBUTE:
      compile_expr (c, e->a);
      set_location (c, e);
      emit (c, YS_OP_LOAD_ATTR, add_name (c, e->str));
      break;
    case YS_AST_SUBSCRIPT:
      compile_expr (c, e->a);
      compile_expr (c, e->b);
      set_location (c, e);
      emit (c, YS_OP_BINARY_SUBSCR, 0);
      break;
    case YS_AST_SLICE:
      if (e->a) compile_expr (c, e->a); else emit (c, YS_OP_LOAD_NONE, 0);
      if (e->b) compile_expr (c, e->b); else emit (c, YS_OP_LOAD_NONE, 0);
      if (e->c)
        {
          compile_expr (c, e->c);
          emit (c, YS_OP_BUILD_SLICE, 3);
        }
      else
        emit (c, YS_OP_BUILD_SLICE, 2);
      break;
    case YS_AST_STARRED:
      compile_fail (c, e->line, e->col, "can't use starred expression here");
    default:
      compile_fail (c, e->line, e->col, "unexpected expression");
    }
  c->unit->line = saved_line;
  c->unit->col = saved_col;
}

/* Leaving blocks: break, continue and return run the finally bodies and the with-exits
 * they cross, innermost first. */

static void compile_finally_body (Compiler *c, FBlock *fb);
static void push_fblock (Compiler *c, FBlockKind kind, YsAst *node, int break_label, int continue_label);
static void pop_fblock (Compiler *c);
static void enter_static_blocks (Compiler *c, YsAst *where, int n);
static void leave_static_blocks (Compiler *c, int n);

static void
unwind_fblock (Compiler *c,
               FBlock   *fb,
               gboolean  preserve_tos)
{
  switch (fb->kind)
    {
    case FB_LOOP:
      break;
    case FB_FOR:
      if (preserve_tos)
        emit (c, YS_OP_ROT_TWO, 0);
      emit (c, YS_OP_POP_TOP, 0);
      break;
    case FB_POP_VALUE:
      if (preserve_tos)
        emit (c, YS_OP_ROT_TWO, 0);
      emit (c, YS_OP_POP_TOP, 0);
      break;
    case FB_TRY_FINALLY:
      /* A return's value waits under the finally body; a break, continue or return
       * in that body drops it first, as in CPython. */
      if (preserve_tos)
        {
          push_fblock (c, FB_POP_VALUE, NULL, -1, -1);
          enter_static_blocks (c, fb->node, 1);
        }
      compile_finally_body (c, fb);
      if (preserve_tos)
        {
          leave_static_blocks (c, 1);
          pop_fblock (c);
        }
      break;
    case FB_FINALLY_END:
      /* (prev exc): drop the exception, restore the previous one. */
      if (preserve_tos)
        emit (c, YS_OP_ROT_THREE, 0);
      emit (c, YS_OP_POP_TOP, 0);
      emit (c, YS_OP_POP_EXCEPT, 0);
      break;
    case FB_HANDLER:
    case FB_HANDLER_NAME:
      if (preserve_tos)
        emit (c, YS_OP_ROT_TWO, 0);
      emit (c, YS_OP_POP_EXCEPT, 0);
      if (fb->kind == FB_HANDLER_NAME)
        {
          emit (c, YS_OP_LOAD_NONE, 0);
          store_name (c, fb->node->str, FALSE);
          store_name (c, fb->node->str, TRUE);
        }
      break;
    case FB_WITH:
      if (preserve_tos)
        emit (c, YS_OP_ROT_TWO, 0);
      emit (c, YS_OP_LOAD_NONE, 0);
      emit (c, YS_OP_LOAD_NONE, 0);
      emit (c, YS_OP_LOAD_NONE, 0);
      emit (c, YS_OP_CALL, 3);
      emit (c, YS_OP_POP_TOP, 0);
      break;
    }
}

/* Runs the unwinding of the blocks above @target (exclusive; -1 for all) with the
 * handler stack as it is outside each block while its exit code runs. */
static void
unwind_to (Compiler *c,
           int       target,
           gboolean  preserve_tos)
{
  Unit *u = c->unit;
  guint n = u->fblocks->len, nhandlers = u->handler_stack->len;
  int static_blocks = u->static_blocks;
  /* Copies in the unit's scratch: a compile error in a finally body must not leak them. */
  gint32 *saved_handlers = g_memdup2 (u->handler_stack->data, nhandlers * sizeof (gint32));
  FBlock *saved_blocks = g_memdup2 (u->fblocks->data, MAX (n, 1) * sizeof (FBlock));

  g_ptr_array_add (u->scratch, saved_handlers);
  g_ptr_array_add (u->scratch, saved_blocks);
  for (int i = (int) n - 1; i > target; i--)
    {
      FBlock fb = saved_blocks[i];
      /* While the exit code of a block runs, only the handlers outside it apply. */
      g_array_set_size (u->handler_stack, fb.handler + 1);
      g_array_set_size (u->fblocks, i);
      u->static_blocks = fb.static_blocks;
      unwind_fblock (c, &fb, preserve_tos);
    }
  g_array_set_size (u->handler_stack, 0);
  g_array_append_vals (u->handler_stack, saved_handlers, nhandlers);
  g_array_set_size (u->fblocks, 0);
  g_array_append_vals (u->fblocks, saved_blocks, n);
  u->static_blocks = static_blocks;
  g_ptr_array_remove_fast (u->scratch, saved_handlers);
  g_ptr_array_remove_fast (u->scratch, saved_blocks);
}

static void
push_fblock (Compiler   *c,
             FBlockKind  kind,
             YsAst      *node,
             int         break_label,
             int         continue_label)
{
  FBlock fb = { kind, node, break_label, continue_label,
                (int) c->unit->handler_stack->len - 1, c->unit->static_blocks };

  g_array_append_val (c->unit->fblocks, fb);
}

/* CPython refuses more than 20 blocks nested in one function (its CO_MAXBLOCKS): loops,
 * try bodies, except bodies (two: the handler and its cleanup), finally bodies, each
 * with item. Ours has frame blocks for fewer of them, so it counts them apart. */
#define MAX_STATIC_BLOCKS 20

static void
enter_static_blocks (Compiler *c,
                     YsAst    *where,
                     int       n)
{
  for (int i = 0; i < n; i++)
    {
      if (c->unit->static_blocks >= MAX_STATIC_BLOCKS)
        compile_fail (c, where->line, where->col, "too many statically nested blocks");
      c->unit->static_blocks++;
    }
}

static void
leave_static_blocks (Compiler *c,
                     int       n)
{
  c->unit->static_blocks -= n;
}

static void
pop_fblock (Compiler *c)
{
  g_array_set_size (c->unit->fblocks, c->unit->fblocks->len - 1);
}

static void
compile_break_continue (Compiler *c,
                        YsAst    *st)
{
  Unit *u = c->unit;
  gboolean is_break = st->kind == YS_AST_BREAK;

  for (int i = (int) u->fblocks->len - 1; i >= 0; i--)
    {
      FBlock *fb = &g_array_index (u->fblocks, FBlock, i);
      if (fb->kind == FB_LOOP || fb->kind == FB_FOR)
        {
          int label = is_break ? fb->break_label : fb->continue_label;
          /* A break leaves the for loop's iterator too; continue keeps it. */
          int depth = u->depth;
          unwind_to (c, is_break ? i - 1 : i, FALSE);
          emit_jump (c, YS_OP_JUMP, label);
          /* Code after a jump is unreachable; keep the depth of the loop body. */
          u->depth = depth;
          return;
        }
    }
  compile_fail (c, st->line, st->col, is_break ? "'break' outside loop"
                                               : "'continue' not properly in loop");
}

static void
compile_return (Compiler *c,
                YsAst    *st)
{
  int depth = c->unit->depth;

  if (c->unit->scope->kind != SCOPE_FUNCTION)
    compile_fail (c, st->line, st->col, "'return' outside function");
  if (st->a != NULL)
    compile_expr (c, st->a);
  else
    emit (c, YS_OP_LOAD_NONE, 0);
  set_location (c, st);
  unwind_to (c, -1, TRUE);
  emit (c, YS_OP_RETURN_VALUE, 0);
  c->unit->depth = depth;
}

static void
compile_finally_body (Compiler *c,
                      FBlock   *fb)
{
  compile_stmts (c, fb->node->list4);
}

static void
compile_for (Compiler *c,
             YsAst    *st)
{
  int top = new_label (c), exit = new_label (c), end = new_label (c);

  compile_expr (c, st->b);
  set_location (c, st);
  emit (c, YS_OP_GET_ITER, 0);
  bind_label (c, top);
  set_location (c, st);
  emit_jump (c, YS_OP_FOR_ITER, exit);
  compile_store (c, st->a);
  push_fblock (c, FB_FOR, st, end, top);
  enter_static_blocks (c, st, 1);
  compile_stmts (c, st->list1);
  leave_static_blocks (c, 1);
  pop_fblock (c);
  set_location (c, st);
  emit_jump (c, YS_OP_JUMP, top);
  bind_label (c, exit);
  compile_stmts (c, st->list2);
  bind_label (c, end);
}

static void
compile_while (Compiler *c,
               YsAst    *st)
{
  int top = new_label (c), exit = new_label (c), end = new_label (c);

  bind_label (c, top);
  set_location (c, st);
  compile_jump_if (c, st->a, FALSE, exit);
  push_fblock (c, FB_LOOP, st, end, top);
  enter_static_blocks (c, st, 1);
  compile_stmts (c, st->list1);
  leave_static_blocks (c, 1);
  pop_fblock (c);
  emit_jump (c, YS_OP_JUMP, top);
  bind_label (c, exit);
  compile_stmts (c, st->list2);
  bind_label (c, end);
}

/* An elif chain is compiled in a loop: every branch jumps to the one end. */
static void
compile_if (Compiler *c,
            YsAst    *st)
{
  int end = new_label (c);

  for (;;)
    {
      int orelse = new_label (c);

      set_location (c, st);
      compile_jump_if (c, st->a, FALSE, orelse);
      compile_stmts (c, st->list1);
      if (st->list2->len == 0)
        {
          bind_label (c, orelse);
          break;
        }
      emit_jump (c, YS_OP_JUMP, end);
      bind_label (c, orelse);
      if (st->list2->len == 1 && ((YsAst *) st->list2->pdata[0])->kind == YS_AST_IF)
        {
          st = st->list2->pdata[0];
          continue;
        }
      compile_stmts (c, st->list2);
      break;
    }
  bind_label (c, end);
}

/* The cleanup run when an exception leaves an except or finally body: restore the
 * exception that was being handled before, then re-raise. Stack: (prev exc). */
static void
emit_cleanup_handler (Compiler *c,
                      int       label)
{
  bind_label (c, label);
  emit (c, YS_OP_ROT_TWO, 0);
  emit (c, YS_OP_POP_EXCEPT, 0);
  emit (c, YS_OP_RERAISE, 0);
}

static void
compile_try_except (Compiler *c,
                    YsAst    *st)
{
  int handler = new_label (c), cleanup = new_label (c), orelse = new_label (c), end = new_label (c);
  int base_depth = c->unit->depth;

  push_handler (c, handler, base_depth);
  enter_static_blocks (c, st, 1);
  compile_stmts (c, st->list1);
  leave_static_blocks (c, 1);
  pop_handler (c);
  emit_jump (c, YS_OP_JUMP, orelse);

  bind_label (c, handler);
  set_location (c, st);
  emit (c, YS_OP_PUSH_EXC_INFO, 0);          /* (prev exc) */
  push_handler (c, cleanup, base_depth + 1);
  enter_static_blocks (c, st, 1);
  for (guint i = 0; i < st->list2->len; i++)
    {
      YsAst *h = st->list2->pdata[i];
      int next = new_label (c);
      set_location (c, h);
      if (h->a != NULL)
        {
          compile_expr (c, h->a);
          emit (c, YS_OP_CHECK_EXC_MATCH, 0);
          emit_jump (c, YS_OP_POP_JUMP_IF_FALSE, next);
        }
      if (h->str != NULL)
        {
          int name_cleanup = new_label (c);
          compile_store (c, &(YsAst) { .kind = YS_AST_NAME, .str = h->str, .line = h->line, .col = h->col });
          /* (prev): the body, then "name = None; del name", on every way out. */
          push_fblock (c, FB_HANDLER_NAME, h, -1, -1);
          push_handler (c, name_cleanup, base_depth + 1);
          enter_static_blocks (c, h, 1);
          compile_stmts (c, h->list1);
          leave_static_blocks (c, 1);
          pop_handler (c);
          pop_fblock (c);
          emit (c, YS_OP_POP_EXCEPT, 0);
          emit (c, YS_OP_LOAD_NONE, 0);
          store_name (c, h->str, FALSE);
          store_name (c, h->str, TRUE);
          emit_jump (c, YS_OP_JUMP, end);
          /* An exception in the body: (prev exc2): clear the name, then the cleanup. */
          bind_label (c, name_cleanup);
          emit (c, YS_OP_LOAD_NONE, 0);
          store_name (c, h->str, FALSE);
          store_name (c, h->str, TRUE);
          emit (c, YS_OP_RERAISE, 0);
        }
      else
        {
          emit (c, YS_OP_POP_TOP, 0);                /* (prev) */
          push_fblock (c, FB_HANDLER, h, -1, -1);
          enter_static_blocks (c, h, 1);
          compile_stmts (c, h->list1);
          leave_static_blocks (c, 1);
          pop_fblock (c);
          emit (c, YS_OP_POP_EXCEPT, 0);
          emit_jump (c, YS_OP_JUMP, end);
        }
      bind_label (c, next);
      c->unit->depth = base_depth + 2;
    }
  /* No clause matched: (prev exc) */
  leave_static_blocks (c, 1);
  emit (c, YS_OP_RERAISE, 0);
  pop_handler (c);

  emit_cleanup_handler (c, cleanup);

  bind_label (c, orelse);
  c->unit->depth = base_depth;
  compile_stmts (c, st->list3);
  bind_label (c, end);
  c->unit->depth = base_depth;
}

static void
compile_try (Compiler *c,
             YsAst    *st)
{
  int handler, cleanup, end;
  int base_depth;

  if (st->list4->len == 0)
    {
      compile_try_except (c, st);
      return;
    }

  handler = new_label (c);
  cleanup = new_label (c);
  end = new_label (c);
  base_depth = c->unit->depth;

  push_fblock (c, FB_TRY_FINALLY, st, -1, -1);
  push_handler (c, handler, base_depth);
  enter_static_blocks (c, st, 1);
  if (st->list2->len > 0)
    compile_try_except (c, st);
  else
    compile_stmts (c, st->list1);
  leave_static_blocks (c, 1);
  pop_handler (c);
  pop_fblock (c);
  /* The normal way out runs the finally body inline. */
  compile_stmts (c, st->list4);
  emit_jump (c, YS_OP_JUMP, end);

  /* The exceptional way: (exc) -> (prev exc), the body, then re-raise. */
  bind_label (c, handler);
  c->unit->depth = base_depth + 1;
  set_location (c, st);
  emit (c, YS_OP_PUSH_EXC_INFO, 0);
  push_handler (c, cleanup, base_depth + 1);
  push_fblock (c, FB_FINALLY_END, st, -1, -1);
  enter_static_blocks (c, st, 1);
  compile_stmts (c, st->list4);
  leave_static_blocks (c, 1);
  pop_fblock (c);
  emit (c, YS_OP_RERAISE, 0);
  pop_handler (c);
  emit_cleanup_handler (c, cleanup);

  bind_label (c, end);
  c->unit->depth = base_depth;
}

static void
compile_with_items (Compiler *c,
                    YsAst    *st,
                    guint     index)
{
  YsAst *item = st->list2->pdata[index];
  int handler = new_label (c), cleanup = new_label (c), suppress = new_label (c), end = new_label (c);
  int base_depth;

  compile_expr (c, item->a);
  set_location (c, st);
  emit (c, YS_OP_BEFORE_WITH, 0);          /* (exit value) */
  base_depth = c->unit->depth - 2;         /* below the exit method and the value */
  push_fblock (c, FB_WITH, st, -1, -1);
  push_handler (c, handler, base_depth + 1);
  enter_static_blocks (c, st, 1);
  if (item->b != NULL)
    compile_store (c, item->b);
  else
    emit (c, YS_OP_POP_TOP, 0);
  if (index + 1 < st->list2->len)
    compile_with_items (c, st, index + 1);
  else
    compile_stmts (c, st->list1);
  leave_static_blocks (c, 1);
  pop_handler (c);
  pop_fblock (c);
  set_location (c, st);
  emit (c, YS_OP_LOAD_NONE, 0);
  emit (c, YS_OP_LOAD_NONE, 0);
  emit (c, YS_OP_LOAD_NONE, 0);
  emit (c, YS_OP_CALL, 3);
  emit (c, YS_OP_POP_TOP, 0);
  emit_jump (c, YS_OP_JUMP, end);

  /* (exit exc) -> (exit prev exc) -> exit(type, exc, tb) */
  bind_label (c, handler);
  emit (c, YS_OP_PUSH_EXC_INFO, 0);
  push_handler (c, cleanup, base_depth + 2);
  emit (c, YS_OP_WITH_EXCEPT_START, 0);
  emit_jump (c, YS_OP_POP_JUMP_IF_TRUE, suppress);
  emit (c, YS_OP_RERAISE, 0);
  pop_handler (c);
  emit_cleanup_handler (c, cleanup);
  bind_label (c, suppress);
  emit (c, YS_OP_POP_TOP, 0);      /* exc */
  emit (c, YS_OP_POP_EXCEPT, 0);   /* prev */
  emit (c, YS_OP_POP_TOP, 0);      /* exit */
  bind_label (c, end);
  c->unit->depth = base_depth;
}

/* Special methods the engine does not call: a class defining one would silently behave
 * otherwise than in Python, so it is refused where it is written. */
static const char *const unsupported_dunders[] = {
  "__setattr__", "__delattr__", "__get__",
  "__set__", "__delete__", "__set_name__", "__class_getitem__",
  "__missing__", "__await__", "__aiter__", "__anext__", "__aenter__",
  "__aexit__", "__length_hint__", "__prepare__", "__instancecheck__", "__subclasscheck__",
  NULL
};

static void
check_class_body (Compiler *c,
                  YsAst    *st)
{
  for (guint i = 0; i < st->list1->len; i++)
    {
      YsAst *item = st->list1->pdata[i];
      const char *name = NULL;
      if (item->kind == YS_AST_FUNCDEF)
        name = item->str;
      else if (item->kind == YS_AST_ASSIGN)
        for (guint t = 0; t < item->list1->len; t++)
          {
            YsAst *target = item->list1->pdata[t];
            if (target->kind == YS_AST_NAME)
              name = target->str;
          }
      if (name == NULL)
        continue;
      for (int k = 0; unsupported_dunders[k] != NULL; k++)
        if (g_str_equal (name, unsupported_dunders[k]))
          compile_fail (c, item->line, item->col, "the special method %s is not supported by Yieldscope",
                        name);
    }
}

static void
compile_class (Compiler *c,
               YsAst    *st)
{
  YsValue code;

  check_class_body (c, st);
  code = compile_function_code (c, st, st->str);
  Scope *cs = g_hash_table_lookup (c->scopes, st);
  int flags = 0;

  if (cs->freevars->len > 0)
    {
      Scope *s = c->unit->scope;
      for (guint i = 0; i < cs->freevars->len; i++)
        {
          const char *free = cs->freevars->pdata[i];
          int idx = names_find (s->cellvars_index, free);
          if (idx < 0)
            idx = (int) s->cellvars->len + names_find (s->freevars_index, free);
          emit (c, YS_OP_LOAD_CLOSURE, idx);
        }
      emit (c, YS_OP_BUILD_TUPLE, cs->freevars->len);
      flags |= 8;
    }
  emit (c, YS_OP_LOAD_CONST, add_const (c, code));
  emit (c, YS_OP_MAKE_FUNCTION, flags);
  emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, st->str)));
  for (guint i = 0; i < st->list2->len; i++)
    compile_expr (c, st->list2->pdata[i]);
  emit (c, YS_OP_BUILD_TUPLE, st->list2->len);
  if (st->list4 != NULL && st->list4->len > 0)
    {
      /* Keywords go to __init_subclass__. */
      for (guint i = 0; i < st->list4->len; i++)
        {
          YsAst *kw = st->list4->pdata[i];
          emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, kw->str)));
          compile_expr (c, kw->a);
        }
      emit (c, YS_OP_BUILD_MAP, st->list4->len);
      flags = 1;
    }
  else
    flags = 0;
  set_location (c, st);
  emit (c, YS_OP_MAKE_CLASS, flags);
}

/* Decorators are evaluated before what they decorate, and applied innermost first, each
 * call at its own line as in CPython 3.11. */
static void
compile_decorators (Compiler  *c,
                    GPtrArray *decorators)
{
  for (guint i = 0; decorators != NULL && i < decorators->len; i++)
    compile_expr (c, decorators->pdata[i]);
}

static void
apply_decorators (Compiler  *c,
                  GPtrArray *decorators)
{
  for (guint i = decorators != NULL ? decorators->len : 0; i > 0; i--)
    {
      set_location (c, decorators->pdata[i - 1]);
      emit (c, YS_OP_CALL, 1);
    }
}

/* Whether a module's or class's body annotates a simple name outside nested scopes. */
static gboolean
has_annotations (GPtrArray *body)
{
  for (guint i = 0; body != NULL && i < body->len; i++)
    {
      YsAst *st = body->pdata[i];
      switch (st->kind)
        {
        case YS_AST_ANNASSIGN:
          return TRUE;
        case YS_AST_FUNCDEF: case YS_AST_CLASSDEF:
          break;
        case YS_AST_TRY:
          for (guint h = 0; h < st->list2->len; h++)
            if (has_annotations (((YsAst *) st->list2->pdata[h])->list1))
              return TRUE;
          /* fall through */
        default:
          if (has_annotations (st->list1) || (st->kind != YS_AST_WITH && has_annotations (st->list2)) ||
              has_annotations (st->list3) || has_annotations (st->list4))
            return TRUE;
          break;
        }
    }
  return FALSE;
}

static void
compile_annassign (Compiler *c,
                   YsAst    *st)
{
  YsAst *t = st->a;

  if (st->c != NULL)
    {
      compile_expr (c, st->c);
      compile_store (c, t);
    }
  else if (t->kind == YS_AST_ATTRIBUTE || t->kind == YS_AST_SUBSCRIPT)
    {
      /* Without a value the target's parts are still evaluated. */
      compile_expr (c, t->a);
      emit (c, YS_OP_POP_TOP, 0);
      if (t->kind == YS_AST_SUBSCRIPT)
        {
          compile_expr (c, t->b);
          emit (c, YS_OP_POP_TOP, 0);
        }
    }
  if (c->unit->scope->kind == SCOPE_FUNCTION)
    return;
  compile_expr (c, st->b);
  if (st->op)
    {
      set_location (c, st);
      emit (c, YS_OP_LOAD_NAME, add_name (c, "__annotations__"));
      emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, t->str)));
      emit (c, YS_OP_STORE_SUBSCR, 0);
    }
  else
    emit (c, YS_OP_POP_TOP, 0);
}

static void
compile_stmt (Compiler *c,
              YsAst    *st)
{
  set_location (c, st);
  switch (st->kind)
    {
    case YS_AST_EXPR:
      compile_expr (c, st->a);
      emit (c, YS_OP_POP_TOP, 0);
      break;
    case YS_AST_ASSIGN:
      compile_expr (c, st->a);
      for (guint i = 0; i < st->list1->len; i++)
        {
          if (i + 1 < st->list1->len)
            emit (c, YS_OP_DUP_TOP, 0);
          compile_store (c, st->list1->pdata[i]);
        }
      break;
    case YS_AST_AUGASSIGN:
      {
        YsAst *t = st->a;
        switch (t->kind)
          {
          case YS_AST_NAME:
            load_name (c, t->str, YS_OP_LOAD_GLOBAL);
            compile_expr (c, st->b);
            set_location (c, st);
            emit (c, YS_OP_BINARY_OP, st->op | YS_BIN_INPLACE);
            store_name (c, t->str, FALSE);
            break;
          case YS_AST_ATTRIBUTE:
            compile_expr (c, t->a);
            emit (c, YS_OP_DUP_TOP, 0);
            emit (c, YS_OP_LOAD_ATTR, add_name (c, t->str));
            compile_expr (c, st->b);
            set_location (c, st);
            emit (c, YS_OP_BINARY_OP, st->op | YS_BIN_INPLACE);
            emit (c, YS_OP_ROT_TWO, 0);
            emit (c, YS_OP_STORE_ATTR, add_name (c, t->str));
            break;
          case YS_AST_SUBSCRIPT:
            compile_expr (c, t->a);
            compile_expr (c, t->b);
            emit (c, YS_OP_DUP_TOP_TWO, 0);
            emit (c, YS_OP_BINARY_SUBSCR, 0);
            compile_expr (c, st->b);
            set_location (c, st);
            emit (c, YS_OP_BINARY_OP, st->op | YS_BIN_INPLACE);
            emit (c, YS_OP_ROT_THREE, 0);
            emit (c, YS_OP_STORE_SUBSCR, 0);
            break;
          default:
            compile_fail (c, t->line, t->col, "illegal expression for augmented assignment");
          }
        break;
      }
    case YS_AST_DELETE:
      for (guint i = 0; i < st->list1->len; i++)
        compile_delete (c, st->list1->pdata[i]);
      break;
    case YS_AST_PASS:
      emit (c, YS_OP_NOP, 0);
      break;
    case YS_AST_BREAK:
    case YS_AST_CONTINUE:
      compile_break_continue (c, st);
      break;
    case YS_AST_RETURN:
      compile_return (c, st);
      break;
    case YS_AST_IF:
      compile_if (c, st);
      break;
    case YS_AST_WHILE:
      compile_while (c, st);
      break;
    case YS_AST_FOR:
      compile_for (c, st);
      break;
    case YS_AST_TRY:
      compile_try (c, st);
      break;
    case YS_AST_WITH:
      compile_with_items (c, st, 0);
      break;
    case YS_AST_RAISE:
      if (st->a != NULL)
        compile_expr (c, st->a);
      if (st->b != NULL)
        compile_expr (c, st->b);
      set_location (c, st);
      emit (c, YS_OP_RAISE_VARARGS, st->a == NULL ? 0 : st->b == NULL ? 1 : 2);
      break;
    case YS_AST_ASSERT:
      {
        int ok = new_label (c);
        compile_jump_if (c, st->a, TRUE, ok);
        set_location (c, st);
        emit (c, YS_OP_LOAD_ASSERTION_ERROR, 0);
        if (st->b != NULL)
          {
            compile_expr (c, st->b);
            emit (c, YS_OP_CALL, 1);
          }
        emit (c, YS_OP_RAISE_VARARGS, 1);
        bind_label (c, ok);
        break;
      }
    case YS_AST_FUNCDEF:
      compile_decorators (c, st->list3);
      set_location (c, st);
      make_function (c, st, st->str);
      apply_decorators (c, st->list3);
      store_name (c, st->str, FALSE);
      break;
    case YS_AST_CLASSDEF:
      compile_decorators (c, st->list3);
      set_location (c, st);
      compile_class (c, st);
      apply_decorators (c, st->list3);
      store_name (c, st->str, FALSE);
      break;
    case YS_AST_ANNASSIGN:
      compile_annassign (c, st);
      break;
    case YS_AST_IMPORT:
      for (guint i = 0; i < st->list1->len; i++)
        {
          YsAst *alias = st->list1->pdata[i];
          const char *dot = strchr (alias->str, '.');
          emit (c, YS_OP_IMPORT_NAME, add_name (c, alias->str));
          if (alias->str2 != NULL)
            store_name (c, alias->str2, FALSE);
          else if (dot != NULL)
            {
              /* "import a.b" imports a.b (and a), and binds a. */
              char *top = g_strndup (alias->str, dot - alias->str);
              g_ptr_array_add (c->strings, top);
              emit (c, YS_OP_POP_TOP, 0);
              emit (c, YS_OP_IMPORT_NAME, add_name (c, top));
              store_name (c, top, FALSE);
            }
          else
            store_name (c, alias->str, FALSE);
        }
      break;
    case YS_AST_IMPORTFROM:
      emit (c, YS_OP_IMPORT_NAME, add_name (c, st->str));
      if (st->list1->len == 0)
        {
          /* from M import *: only a module's body may. */
          if (c->unit->scope->kind != SCOPE_MODULE)
            compile_fail (c, st->line, st->col, "import * only allowed at module level");
          emit (c, YS_OP_IMPORT_STAR, 0);
          break;
        }
      for (guint i = 0; i < st->list1->len; i++)
        {
          YsAst *alias = st->list1->pdata[i];
          emit (c, YS_OP_IMPORT_FROM, add_name (c, alias->str));
          store_name (c, alias->str2 != NULL ? alias->str2 : alias->str, FALSE);
        }
      emit (c, YS_OP_POP_TOP, 0);
      break;
    case YS_AST_GLOBAL:
    case YS_AST_NONLOCAL:
      break;
    default:
      compile_fail (c, st->line, st->col, "unexpected statement");
    }
}

static void
compile_stmts (Compiler  *c,
               GPtrArray *body)
{
  for (guint i = 0; i < body->len; i++)
    compile_stmt (c, body->pdata[i]);
}

static YsValue
names_tuple (Compiler  *c,
             GPtrArray *names)
{
  YsValue t = ys_tuple_new (c->vm, names->len);

  for (guint i = 0; i < names->len; i++)
    ys_tuple_set (t, i, ys_str_intern (c->vm, names->pdata[i]));
  return t;
}

/* Turns the finished unit into a code object: labels resolved, tables frozen. */
static YsValue
assemble (Compiler   *c,
          const char *name,
          guint       flags)
{
  Unit *u = c->unit;
  Scope *s = u->scope;
  YsCode *code;
  YsValue consts;

  /* Every body ends by returning None: falling off its end is a return. */
  emit (c, YS_OP_LOAD_NONE, 0);
  emit (c, YS_OP_RETURN_VALUE, 0);

  for (guint i = 0; i < u->instrs->len; i++)
    {
      YsInstr *instr = &g_array_index (u->instrs, YsInstr, i);
      if (is_jump (YS_OP (*instr)))
        {
          gint32 target = g_array_index (u->labels, gint32, YS_ARG (*instr));
          g_assert (target >= 0);
          *instr = YS_OP (*instr) | ((YsInstr) target << 8);
        }
    }

  consts = ys_tuple_new (c->vm, u->consts->len);
  for (guint i = 0; i < u->consts->len; i++)
    ys_tuple_set (consts, i, (YsValue) u->consts->pdata[i]);
  g_ptr_array_set_size (u->consts, 0);

  code = ys_code_new (c->vm);
  code->name = ys_str_as (ys_str_intern (c->vm, name));
  code->qualname = ys_str_as (ys_str_new (c->vm, u->qualname, -1));
  code->filename = ys_str_as (ys_str_new (c->vm, c->filename, -1));
  code->flags = flags | (s->generator ? YS_CODE_GENERATOR : 0) |
                (s->varargs ? YS_CODE_VARARGS : 0) | (s->varkw ? YS_CODE_VARKW : 0);
  code->argcount = s->argcount;
  code->kwonlycount = s->kwonlycount;
  code->nlocals = (int) s->varnames->len;
  code->ncells = (int) s->cellvars->len;
  code->nfrees = (int) s->freevars->len;
  code->stacksize = u->max_depth + 2;
  code->firstlineno = s->node->list3 != NULL && s->node->list3->len > 0
                        && (s->node->kind == YS_AST_FUNCDEF || s->node->kind == YS_AST_CLASSDEF)
                        ? ((YsAst *) s->node->list3->pdata[0])->line : s->node->line;
  code->n_instrs = u->instrs->len;
  code->instrs = g_memdup2 (u->instrs->data, u->instrs->len * sizeof (YsInstr));
  code->lines = g_memdup2 (u->lines->data, u->lines->len * sizeof (guint32));
  code->columns = g_memdup2 (u->cols->data, u->cols->len * sizeof (guint16));
  code->handler_of = g_memdup2 (u->handler_of->data, u->handler_of->len * sizeof (gint32));
  code->cache = g_new0 (YsGlobalCache, u->instrs->len);
  code->n_handlers = u->handlers->len;
  code->handlers = g_new0 (YsHandler, MAX (u->handlers->len, 1));
  for (guint i = 0; i < u->handlers->len; i++)
    {
      HandlerSpec *spec = &g_array_index (u->handlers, HandlerSpec, i);
      code->handlers[i].target = (guint32) g_array_index (u->labels, gint32, spec->label);
      code->handlers[i].depth = (guint32) spec->depth;
    }
  code->consts = consts;
  code->names = names_tuple (c, u->names);
  code->varnames = names_tuple (c, s->varnames);
  {
    GPtrArray *cells = g_ptr_array_new ();
    for (guint i = 0; i < s->cellvars->len; i++)
      g_ptr_array_add (cells, s->cellvars->pdata[i]);
    for (guint i = 0; i < s->freevars->len; i++)
      g_ptr_array_add (cells, s->freevars->pdata[i]);
    code->cellnames = names_tuple (c, cells);
    g_ptr_array_unref (cells);
  }
  code->cell2arg = g_new (gint32, MAX (s->cellvars->len, 1));
  for (guint i = 0; i < s->cellvars->len; i++)
    code->cell2arg[i] = names_find (s->varnames_index, s->cellvars->pdata[i]);
  code->source = c->source;
  return ys_val (code);
}

/* The string a def or class body starts with, or NULL. */
static YsAst *
docstring_of (YsAst *node)
{
  YsAst *first;

  if (node->list1 == NULL || node->list1->len == 0)
    return NULL;
  first = node->list1->pdata[0];
  if (first->kind == YS_AST_EXPR && first->a->kind == YS_AST_CONSTANT && first->a->op == YS_CONST_STR)
    return first->a;
  return NULL;
}

static YsValue
compile_function_code (Compiler   *c,
                       YsAst      *node,
                       const char *name)
{
  Scope *fs = g_hash_table_lookup (c->scopes, node);
  Unit *parent = c->unit;
  char *qualname;
  YsValue code;
  guint flags = YS_CODE_NESTED;

  if (parent->scope->kind == SCOPE_MODULE)
    qualname = g_strdup (name);
  else if (parent->scope->kind == SCOPE_CLASS)
    qualname = g_strdup_printf ("%s.%s", parent->qualname, name);
  else
    qualname = g_strdup_printf ("%s.<locals>.%s", parent->qualname, name);

  unit_push (c, fs, g_steal_pointer (&qualname));
  c->unit->line = node->line;
  c->unit->col = node->col;

  /* Parameters that inner functions close over start their life as cells. */
  if (fs->generator)
    emit (c, YS_OP_RETURN_GENERATOR, 0);

  if (node->kind == YS_AST_CLASSDEF && strchr (c->unit->qualname, '.') != NULL)
    {
      /* A nested class's __qualname__ names where it is ("Outer.Inner"). */
      emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_intern (c->vm, c->unit->qualname)));
      emit (c, YS_OP_STORE_NAME, add_name (c, "__qualname__"));
    }
  if (node->kind == YS_AST_CLASSDEF && has_annotations (node->list1))
    emit (c, YS_OP_SETUP_ANNOTATIONS, 0);
  if (node->kind == YS_AST_CLASSDEF && docstring_of (node) != NULL)
    {
      /* A class's docstring is its __doc__. */
      YsAst *doc = docstring_of (node);
      emit (c, YS_OP_LOAD_CONST, add_const (c, ys_str_new (c->vm, doc->str, doc->str_len)));
      emit (c, YS_OP_STORE_NAME, add_name (c, "__doc__"));
    }
  if (node->kind == YS_AST_FUNCDEF || node->kind == YS_AST_CLASSDEF)
    {
      compile_stmts (c, node->list1);
      if (node->kind == YS_AST_CLASSDEF && names_find (fs->cellvars_index, "__class__") >= 0)
        {
          /* The body returns its __class__ cell, which MAKE_CLASS fills with the class. */
          emit (c, YS_OP_LOAD_CLOSURE, names_find (fs->cellvars_index, "__class__"));
          emit (c, YS_OP_RETURN_VALUE, 0);
        }
    }
  else if (node->kind == YS_AST_LAMBDA)
    {
      compile_expr (c, node->b);
      emit (c, YS_OP_RETURN_VALUE, 0);
      flags |= YS_CODE_LAMBDA;
    }
  else
    {
      /* A comprehension: .0 holds the iterator of the first for clause. */
      int n = (int) node->list1->len;
      int *tops = g_new (int, n);
      int *exits = g_new (int, n);

      g_ptr_array_add (c->unit->scratch, tops);
      g_ptr_array_add (c->unit->scratch, exits);
      int result_depth = node->kind == YS_AST_GENEXP ? 0 : 1;

      flags |= YS_CODE_COMPREHENSION;
      if (node->kind == YS_AST_LISTCOMP)
        emit (c, YS_OP_BUILD_LIST, 0);
      else if (node->kind == YS_AST_SETCOMP)
        emit (c, YS_OP_BUILD_SET, 0);
      else if (node->kind == YS_AST_DICTCOMP)
        emit (c, YS_OP_BUILD_MAP, 0);

      for (int i = 0; i < n; i++)
        {
          YsAst *comp = node->list1->pdata[i];
          tops[i] = new_label (c);
          exits[i] = new_label (c);
          if (i == 0)
            emit (c, YS_OP_LOAD_FAST, 0);
          else
            {
              compile_expr (c, comp->b);
              emit (c, YS_OP_GET_ITER, 0);
            }
          bind_label (c, tops[i]);
          set_location (c, comp);
          emit_jump (c, YS_OP_FOR_ITER, exits[i]);
          compile_store (c, comp->a);
          for (guint j = 0; j < comp->list1->len; j++)
            compile_jump_if (c, comp->list1->pdata[j], FALSE, tops[i]);
        }
      set_location (c, node);
      switch (node->kind)
        {
        case YS_AST_LISTCOMP:
          compile_expr (c, node->a);
          emit (c, YS_OP_LIST_APPEND, n + result_depth);
          break;
        case YS_AST_SETCOMP:
          compile_expr (c, node->a);
          emit (c, YS_OP_SET_ADD, n + result_depth);
          break;
        case YS_AST_DICTCOMP:
          compile_expr (c, node->a);
          compile_expr (c, node->b);
          emit (c, YS_OP_MAP_ADD, n + result_depth);
          break;
        default:
          compile_expr (c, node->a);
          emit (c, YS_OP_YIELD_VALUE, 0);
          emit (c, YS_OP_POP_TOP, 0);
          break;
        }
      for (int i = n - 1; i >= 0; i--)
        {
          emit_jump (c, YS_OP_JUMP, tops[i]);
          bind_label (c, exits[i]);
        }
      if (node->kind != YS_AST_GENEXP)
        emit (c, YS_OP_RETURN_VALUE, 0);
    }

  code = assemble (c, name, flags);
  if (node->kind == YS_AST_FUNCDEF && docstring_of (node) != NULL)
    ((YsCode *) ys_obj (code))->doc = ys_str_new (c->vm, docstring_of (node)->str, docstring_of (node)->str_len);
  unit_free (c->unit);
  c->unit = parent;
  return code;
}

/* CPython's compiler gives up on a tree nested deeper than its recursion limit allows
 * (3000 statements and expressions in 3.11) with a RecursionError; measured without
 * recursion, so that the passes after it recurse at most that deep. */
#define MAX_AST_DEPTH 3000

typedef struct
{
  YsAst *node;
  int    depth;
} DepthItem;

static gboolean
counts_for_depth (YsAstKind kind)
{
  switch (kind)
    {
    case YS_AST_MODULE:
    case YS_AST_WITHITEM:
    case YS_AST_HANDLER:
    case YS_AST_ALIAS:
    case YS_AST_COMPREHENSION:
    case YS_AST_CMPOP:
    case YS_AST_KEYWORD:
    case YS_AST_ARG:
      return FALSE;
    default:
      return TRUE;
    }
}

static void
check_depth (Compiler *c,
             YsAst    *module)
{
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (DepthItem));
  DepthItem top = { module, 0 };

  g_array_append_val (stack, top);
  while (stack->len > 0)
    {
      DepthItem item = g_array_index (stack, DepthItem, stack->len - 1);
      YsAst *n = item.node;
      int depth = item.depth + (counts_for_depth (n->kind) ? 1 : 0);
      YsAst *kids[3] = { n->a, n->b, n->c };
      GPtrArray *lists[4] = { n->list1, n->list2, n->list3, n->list4 };

      g_array_set_size (stack, stack->len - 1);
      if (depth > MAX_AST_DEPTH)
        {
          c->error = g_strdup ("maximum recursion depth exceeded during compilation");
          c->error_type = "RecursionError";
          c->error_line = 0;
          c->error_col = 0;
          longjmp (c->jump, 1);
        }
      /* The names of global and nonlocal are not expressions. */
      if (n->kind == YS_AST_GLOBAL || n->kind == YS_AST_NONLOCAL)
        continue;
      for (int k = 0; k < 3; k++)
        if (kids[k] != NULL)
          {
            DepthItem kid = { kids[k], depth };
            g_array_append_val (stack, kid);
          }
      for (int k = 0; k < 4; k++)
        for (guint i = 0; lists[k] != NULL && i < lists[k]->len; i++)
          if (lists[k]->pdata[i] != NULL)
            {
              DepthItem kid = { lists[k]->pdata[i], depth };
              g_array_append_val (stack, kid);
            }
    }
}

static YsValue
compile_source (YsVM         *vm,
                const char   *filename,
                const char   *source,
                gsize         length,
                gboolean      interactive,
                YsCompileErr *err)
{
  Compiler *c = g_new0 (Compiler, 1);
  YsAstArena *arena = NULL;
  YsAst *module;
  Scope *top;
  YsValue code = YS_NULL;
  char *type = NULL, *message = NULL;
  int line = 0, col = 0;

  memset (err, 0, sizeof *err);
  module = ys_parse (source, length, &arena, &type, &message, &line, &col);
  if (module == NULL)
    {
      err->type = type;
      err->message = message;
      err->line = line;
      err->col = col;
      g_free (c);
      return YS_NULL;
    }

  c->vm = vm;
  c->filename = filename;
  c->source = source;
  c->scopes = g_hash_table_new (NULL, NULL);
  c->all_scopes = g_ptr_array_new_with_free_func (scope_free);
  c->strings = g_ptr_array_new_with_free_func (g_free);

  if (setjmp (c->jump) != 0)
    {
      /* Free the units left open by the error, and the constants they held. */
      while (c->unit != NULL)
        {
          Unit *u = c->unit;
          c->unit = u->parent;
          for (guint i = 0; i < u->consts->len; i++)
            ys_decref (vm, (YsValue) u->consts->pdata[i]);
          unit_free (u);
        }
      err->type = g_strdup (c->error_type);
      err->message = c->error;
      err->line = c->error_line;
      err->col = c->error_col;
      code = YS_NULL;
      goto out;
    }

  check_depth (c, module);
  top = scope_new (c, SCOPE_MODULE, module, NULL, "<module>");
  visit_stmts (c, top, module->list1);
  analyze (c, top);

  unit_push (c, top, g_strdup ("<module>"));
  if (interactive && module->list1->len > 0 &&
      ((YsAst *) module->list1->pdata[module->list1->len - 1])->kind == YS_AST_EXPR)
    {
      /* A console line ending in an expression returns its value, to be shown. */
      YsAst *last = module->list1->pdata[module->list1->len - 1];
      g_ptr_array_set_size (module->list1, module->list1->len - 1);
      compile_stmts (c, module->list1);
      compile_expr (c, last->a);
      emit (c, YS_OP_RETURN_VALUE, 0);
    }
  else
    {
      if (has_annotations (module->list1))
        emit (c, YS_OP_SETUP_ANNOTATIONS, 0);
      compile_stmts (c, module->list1);
    }
  code = assemble (c, "<module>", YS_CODE_MODULE);
  unit_free (c->unit);
  c->unit = NULL;

out:
  g_hash_table_unref (c->scopes);
  g_ptr_array_unref (c->all_scopes);
  g_ptr_array_unref (c->strings);
  ys_ast_arena_free (arena);
  g_free (c);
  return code;
}

YsValue
ys_compile (YsVM         *vm,
            const char   *filename,
            const char   *source,
            gsize         length,
            YsCompileErr *err)
{
  return compile_source (vm, filename, source, length, FALSE, err);
}

YsValue
ys_compile_interactive (YsVM         *vm,
                        const char   *filename,
                        const char   *source,
                        gsize         length,
                        YsCompileErr *err)
{
  return compile_source (vm, filename, source, length, TRUE, err);
}
