/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The itertools module: count, islice, chain, tee, takewhile, dropwhile, repeat, cycle,
 * accumulate, zip_longest, pairwise, filterfalse, starmap, compress, groupby and the
 * combinatoric iterators. Each is an iterator type whose call builds the
 * iterator, and each pulls its sources exactly as late, as often and in the same order
 * as CPython's, because programs watch that through generators that print. */
#include "ys-runtime.h"
#include "ys-ast.h"

#define NEW_FUNC(name) \
  static YsValue name (YsVM *vm, YsValue type, int argc, const YsValue *argv, YsValue kwnames)

#define METHOD(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* Values kept by tee in one link of its shared buffer. */
#define TEE_LINK_CELLS 57

/* Helpers */

static inline YsIterator *
iter_of (YsValue v)
{
  return (YsIterator *) ys_obj (v);
}

static YsType *
type_of_new (YsValue type)
{
  return (YsType *) ys_obj (type);
}

/* A new iterator over @src (borrowed) with @extra (stolen) as extra[0]. */
static YsValue
iterator_with (YsVM           *vm,
               YsValue         type,
               YsIterNextFunc  next,
               YsValue         src,
               YsValue         extra)
{
  YsValue it = ys_iterator_new (vm, type_of_new (type), next, src);

  if (it == YS_NULL)
    {
      ys_decref (vm, extra);
      return YS_NULL;
    }
  iter_of (it)->extra[0] = extra;
  return it;
}

/* The count check of functions taking only positional arguments, with CPython's words. */
static gboolean
check_positional (YsVM       *vm,
                  const char *name,
                  int         argc,
                  int         min,
                  int         max)
{
  if (argc < min)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected %s%d argument%s, got %d", name,
                min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
      return FALSE;
    }
  if (argc > max)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected %s%d argument%s, got %d", name,
                min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
      return FALSE;
    }
  return TRUE;
}

/* A special method of a program's class, looked up on the class; borrowed or YS_NULL. */
static YsValue
class_special (YsVM       *vm,
               YsValue     v,
               const char *name)
{
  YsType *type = ys_type_of (vm, v);
  YsValue f;

  if (!(type->flags & YS_TYPE_HEAP))
    return YS_NULL;
  f = ys_type_lookup (type, ys_str_interned (vm, name));
  return f != YS_NULL && !ys_is_none (vm, f) ? f : YS_NULL;
}

/* operator.index (): an int (a bool becomes one), or what a class's __index__ gives. */
static YsValue
index_of (YsVM    *vm,
          YsValue  v)
{
  YsValue f, r, i;

  if (ys_is_int (vm, v))
    return ys_int_index (vm, v, NULL);
  f = class_special (vm, v, "__index__");
  if (f == YS_NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                     ys_type_name_of (vm, v));
  /* The class may drop the method while it runs. */
  ys_incref (f);
  r = ys_kind (vm, f) == YS_KIND_FUNCTION ? ys_call (vm, f, 1, &v, YS_NULL) : ys_call0 (vm, f);
  ys_decref (vm, f);
  if (r == YS_NULL)
    return YS_NULL;
  if (!ys_is_int (vm, r))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "__index__ returned non-int (type %s)", ys_type_name_of (vm, r));
      ys_decref (vm, r);
      return YS_NULL;
    }
  i = ys_int_index (vm, r, NULL);
  ys_decref (vm, r);
  return i;
}

/* An index as a C ssize_t, as CPython's "n" argument format reads it. */
static gboolean
to_ssize (YsVM    *vm,
          YsValue  v,
          gssize  *out)
{
  YsValue i = index_of (vm, v);
  gint64 x;
  gboolean fits;

  if (i == YS_NULL)
    return FALSE;
  fits = ys_int_to_i64 (vm, i, &x);
  ys_decref (vm, i);
  if (!fits)
    {
      ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
      return FALSE;
    }
  *out = (gssize) x;
  return TRUE;
}

/* The argument check of a slot such as __repr__, with CPython's words. */
static gboolean
check_slot_args (YsVM       *vm,
                 const char *name,
                 int         argc,
                 YsValue     kwnames)
{
  if (ys_kw_count (kwnames) > 0)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "wrapper %s() takes no keyword arguments", name);
      return FALSE;
    }
  if (argc != 0)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "expected 0 arguments, got %d", argc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_int_one (YsVM    *vm,
            YsValue  v)
{
  return v == ys_small (1) || v == ys_val (vm->true_obj);
}

/* count */

/* What CPython counts as a number: ints, floats, and objects a class makes convertible. */
static gboolean
is_number (YsVM    *vm,
           YsValue  v)
{
  YsKind kind = ys_kind (vm, v);

  if (kind == YS_KIND_INT || kind == YS_KIND_BOOL || kind == YS_KIND_FLOAT)
    return TRUE;
  return class_special (vm, v, "__index__") != YS_NULL || class_special (vm, v, "__int__") != YS_NULL ||
         class_special (vm, v, "__float__") != YS_NULL || class_special (vm, v, "__complex__") != YS_NULL;
}

/* count: extra[0] is the next value, extra[1] the step. The sum is taken when a value
 * is handed out, so a failing addition fails that call, as in CPython. */
static YsValue
count_next (YsVM       *vm,
            YsIterator *it)
{
  YsValue cnt, step, stepped, old;

  if (it->extra[0] == YS_NULL)
    return YS_NULL;
  cnt = ys_ref (it->extra[0]);
  step = ys_ref (it->extra[1]);
  stepped = ys_binary_op (vm, YS_BIN_ADD, cnt, step);
  ys_decref (vm, step);
  if (stepped == YS_NULL)
    {
      ys_decref (vm, cnt);
      return YS_NULL;
    }
  old = it->extra[0];
  it->extra[0] = stepped;
  ys_xdecref (vm, old);
  return cnt;
}

NEW_FUNC (count_new)
{
  static const char *const names[] = { "start", "step" };
  YsValue args[2], start, step, it;

  if (!ys_args_bind (vm, "count", names, 2, 0, 2, 0, argc, argv, kwnames, args))
    return YS_NULL;
  if ((args[0] != YS_NULL && !is_number (vm, args[0])) || (args[1] != YS_NULL && !is_number (vm, args[1])))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "a number is required");
  step = args[1] != YS_NULL ? ys_ref (args[1]) : ys_small (1);
  /* CPython counts in a C integer when the step is 1: a bool start then becomes an int. */
  if (args[0] == YS_NULL)
    start = ys_small (0);
  else if (ys_is_int (vm, args[0]) && is_int_one (vm, step))
    start = ys_int_index (vm, args[0], NULL);
  else
    start = ys_ref (args[0]);
  it = ys_iterator_new (vm, type_of_new (type), count_next, YS_NULL);
  if (it == YS_NULL)
    {
      ys_decref (vm, start);
      ys_decref (vm, step);
      return YS_NULL;
    }
  iter_of (it)->extra[0] = start;
  iter_of (it)->extra[1] = step;
  return it;
}

METHOD (count_repr)
{
  YsIterator *it = iter_of (self);
  YsValue r, cnt_repr, step_repr;

  if (!check_slot_args (vm, "__repr__", argc, kwnames))
    return YS_NULL;
  if (it->extra[0] == YS_NULL)
    return ys_str_new (vm, "count()", -1);
  cnt_repr = ys_repr (vm, it->extra[0]);
  if (cnt_repr == YS_NULL)
    return YS_NULL;
  /* A step that is the int 1 is left out. */
  if (is_int_one (vm, it->extra[1]))
    {
      r = ys_str_printf (vm, "count(%s)", ys_str_data (cnt_repr));
      ys_decref (vm, cnt_repr);
      return r;
    }
  step_repr = ys_repr (vm, it->extra[1]);
  if (step_repr == YS_NULL)
    {
      ys_decref (vm, cnt_repr);
      return YS_NULL;
    }
  r = ys_str_printf (vm, "count(%s, %s)", ys_str_data (cnt_repr), ys_str_data (step_repr));
  ys_decref (vm, cnt_repr);
  ys_decref (vm, step_repr);
  return r;
}

/* islice: seq is the source, YS_NULL once done; index counts the items taken from it,
 * count is the position of the next item to hand out, version the stop (-1 for none)
 * and extra[0] the step. Skipped items are pulled only when the next one is asked for,
 * and nothing is pulled past the stop. */

static YsValue
islice_next (YsVM       *vm,
             YsIterator *it)
{
  YsValue src, item;
  gint64 stop, step;

  if (it->seq == YS_NULL)
    return YS_NULL;
  src = ys_ref (it->seq);
  stop = (gint64) it->version;
  if (!ys_int_to_i64 (vm, it->extra[0], &step))
    step = 1;
  while ((gint64) it->index < it->count)
    {
      item = ys_next (vm, src);
      if (item == YS_NULL)
        goto empty;
      ys_decref (vm, item);
      it->index++;
    }
  if (stop != -1 && (gint64) it->index >= stop)
    goto empty;
  item = ys_next (vm, src);
  if (item == YS_NULL)
    goto empty;
  it->index++;
  /* The next position, held at the stop (and kept from overflowing). */
  if (it->count > G_MAXINT64 - step || (stop != -1 && it->count + step > stop))
    it->count = stop;
  else
    it->count += step;
  ys_decref (vm, src);
  return item;

empty:
  ys_decref (vm, src);
  ys_clear (vm, &it->seq);
  return YS_NULL;
}

/* An islice argument as a ssize_t; FALSE, with no exception left, when it is not one
 * (CPython then reports its own ValueError). */
static gboolean
islice_index (YsVM    *vm,
              YsValue  v,
              gssize  *out)
{
  YsValue i = index_of (vm, v);
  gint64 x;
  gboolean fits;

  if (i == YS_NULL)
    {
      ys_exc_clear (vm);
      return FALSE;
    }
  fits = ys_int_to_i64 (vm, i, &x);
  ys_decref (vm, i);
  if (!fits)
    return FALSE;
  *out = (gssize) x;
  return TRUE;
}

NEW_FUNC (islice_new)
{
  static const char stop_error[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  gssize start = 0, stop = -1, step = 1;
  YsValue src, it, step_value;

  if (!ys_args_no_keywords (vm, "islice", kwnames) || !check_positional (vm, "islice", argc, 2, 4))
    return YS_NULL;
  if (argc == 2)
    {
      if (!ys_is_none (vm, argv[1]) && (!islice_index (vm, argv[1], &stop) || stop == -1))
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "%s", stop_error);
    }
  else
    {
      if (!ys_is_none (vm, argv[1]) && !islice_index (vm, argv[1], &start))
        start = -1;
      if (!ys_is_none (vm, argv[2]) && (!islice_index (vm, argv[2], &stop) || stop == -1))
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "%s", stop_error);
    }
  if (start < 0 || stop < -1)
    return ys_raise (vm, YS_EXC_VALUE_ERROR,
                     "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (argc == 4 && !ys_is_none (vm, argv[3]) && !islice_index (vm, argv[3], &step))
    step = -1;
  if (step < 1)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "Step for islice() must be a positive integer or None.");

  step_value = ys_int_from_i64 (vm, step);
  if (step_value == YS_NULL)
    return YS_NULL;
  src = ys_iter (vm, argv[0]);
  if (src == YS_NULL)
    {
      ys_decref (vm, step_value);
      return YS_NULL;
    }
  it = iterator_with (vm, type, islice_next, src, step_value);
  ys_decref (vm, src);
  if (it == YS_NULL)
    return YS_NULL;
  iter_of (it)->index = 0;
  iter_of (it)->count = start;
  iter_of (it)->version = (guint64) (gint64) stop;
  return it;
}

/* chain: seq is the iterator over the iterables (YS_NULL once done), extra[0] the
 * iterator of the one being walked. Each iterable is turned into an iterator only when
 * the previous one is exhausted. */

static YsValue
chain_next (YsVM       *vm,
            YsIterator *it)
{
  while (it->seq != YS_NULL)
    {
      YsValue active, item;

      if (it->extra[0] == YS_NULL)
        {
          YsValue src = ys_ref (it->seq), iterable;

          iterable = ys_next (vm, src);
          ys_decref (vm, src);
          if (iterable == YS_NULL)
            {
              ys_clear (vm, &it->seq);
              return YS_NULL;
            }
          active = ys_iter (vm, iterable);
          ys_decref (vm, iterable);
          if (active == YS_NULL)
            {
              ys_clear (vm, &it->seq);
              return YS_NULL;
            }
          ys_clear (vm, &it->extra[0]);
          it->extra[0] = active;
        }
      active = ys_ref (it->extra[0]);
      item = ys_next (vm, active);
      ys_decref (vm, active);
      if (item != YS_NULL || vm->exc != YS_NULL)
        return item;
      ys_clear (vm, &it->extra[0]);
    }
  return YS_NULL;
}

static YsValue
chain_make (YsVM    *vm,
            YsType  *type,
            YsValue  iterables)
{
  YsValue src = ys_iter (vm, iterables), it;

  if (src == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, type, chain_next, src);
  ys_decref (vm, src);
  return it;
}

NEW_FUNC (chain_new)
{
  YsValue args, it;

  if (!ys_args_no_keywords (vm, "chain", kwnames))
    return YS_NULL;
  args = ys_tuple_from_array (vm, argv, (gsize) argc);
  if (args == YS_NULL)
    return YS_NULL;
  it = chain_make (vm, type_of_new (type), args);
  ys_decref (vm, args);
  return it;
}

/* chain.from_iterable (iterable): a plain function in the type's dict, so it is called
 * unbound whether looked up on the type or on a chain. */
METHOD (chain_from_iterable)
{
  if (!ys_args_check (vm, "chain.from_iterable", argc, kwnames, 1, 1))
    return YS_NULL;
  return chain_make (vm, ys_iterator_type (vm, "chain"), argv[0]);
}

/* tee: the iterators share a chain of links, each holding TEE_LINK_CELLS values read
 * from the source. A _tee holds its link (seq) and its position in it (index); a link
 * holds the next one (extra[0]), so links that every _tee has left are freed. */

typedef struct
{
  YsIterator  base;      /* base.seq: the source; base.extra[0]: the next link */
  YsValue    *values;    /* TEE_LINK_CELLS slots, the first n_read filled */
  guint       n_read;
  gboolean    running;   /* reading the source: a nested read is an error */
} TeeLink;

static YsValue
tee_link_next (YsVM       *vm,
               YsIterator *it)
{
  /* Links are never handed to the program; if one were iterated, it is empty. */
  return YS_NULL;
}

static void
tee_link_drop_values (YsVM    *vm,
                      TeeLink *link)
{
  YsValue *values = link->values;
  guint n = link->n_read;

  /* Detached first: dropping a value may run code. */
  link->values = NULL;
  link->n_read = 0;
  for (guint i = 0; i < n; i++)
    ys_decref (vm, values[i]);
  if (values != NULL)
    ys_buffer_realloc (vm, YS_KIND_ITERATOR, values, TEE_LINK_CELLS * sizeof (YsValue), 0);
}

static void
tee_link_clear (YsVM     *vm,
                YsObject *obj)
{
  TeeLink *link = (TeeLink *) obj;

  tee_link_drop_values (vm, link);
  ys_clear (vm, &link->base.seq);
  for (int i = 0; i < 3; i++)
    ys_clear (vm, &link->base.extra[i]);
}

static void
tee_link_dealloc (YsVM     *vm,
                  YsObject *obj)
{
  TeeLink *link = (TeeLink *) obj;
  YsValue next = link->base.extra[0];

  link->base.extra[0] = YS_NULL;
  tee_link_clear (vm, obj);
  ys_free_object (vm, obj);
  /* Freeing a long chain one link inside the other would run deep on the C stack:
   * free the links only this chain holds one after the other instead. */
  while (next != YS_NULL && ys_obj (next)->refcnt == 1)
    {
      TeeLink *n = (TeeLink *) ys_obj (next);
      YsValue after = n->base.extra[0];

      n->base.extra[0] = YS_NULL;
      ys_decref (vm, next);
      next = after;
    }
  ys_xdecref (vm, next);
}

static YsType *
tee_link_type (YsVM *vm)
{
  YsType *type = ys_iterator_type (vm, "_tee_dataobject");

  type->dealloc = tee_link_dealloc;
  type->clear = tee_link_clear;
  return type;
}

/* A new, empty link reading from @source (borrowed). */
static YsValue
tee_link_new (YsVM    *vm,
              YsValue  source)
{
  TeeLink *link = (TeeLink *) ys_gc_alloc (vm, tee_link_type (vm), sizeof (TeeLink));

  if (link == NULL)
    return YS_NULL;
  link->base.next = tee_link_next;
  link->base.seq = ys_ref (source);
  link->values = ys_buffer_realloc (vm, YS_KIND_ITERATOR, NULL, 0, TEE_LINK_CELLS * sizeof (YsValue));
  if (link->values == NULL)
    {
      ys_decref (vm, ys_val (link));
      return YS_NULL;
    }
  return ys_val (link);
}

/* Value @i of a link: stored, or read now from the source by the leading _tee. The
 * source is read again after it is exhausted, as CPython does. */
static YsValue
tee_link_get (YsVM    *vm,
              YsValue  linkv,
              gsize    i)
{
  TeeLink *link = (TeeLink *) ys_obj (linkv);
  YsValue value, src;

  if (i < link->n_read)
    return ys_ref (link->values[i]);
  if (link->running)
    return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "cannot re-enter the tee iterator");
  if (link->base.seq == YS_NULL || link->values == NULL)
    return YS_NULL;
  /* The program may drop every _tee while the source runs. */
  ys_incref (linkv);
  src = ys_ref (link->base.seq);
  link->running = TRUE;
  value = ys_next (vm, src);
  link->running = FALSE;
  ys_decref (vm, src);
  if (value != YS_NULL)
    {
      if (link->values != NULL && link->n_read < TEE_LINK_CELLS)
        link->values[link->n_read++] = ys_ref (value);
    }
  ys_decref (vm, linkv);
  return value;
}

static YsValue
tee_next (YsVM       *vm,
          YsIterator *it)
{
  YsValue value;

  if (it->seq == YS_NULL)
    return YS_NULL;
  if (it->index >= TEE_LINK_CELLS)
    {
      TeeLink *link = (TeeLink *) ys_obj (it->seq);
      YsValue old;

      if (link->base.seq == YS_NULL)
        return YS_NULL;
      if (link->base.extra[0] == YS_NULL)
        {
          YsValue next = tee_link_new (vm, link->base.seq);
          if (next == YS_NULL)
            return YS_NULL;
          link->base.extra[0] = next;
        }
      old = it->seq;
      it->seq = ys_ref (link->base.extra[0]);
      it->index = 0;
      ys_decref (vm, old);
    }
  value = tee_link_get (vm, it->seq, it->index);
  if (value != YS_NULL)
    it->index++;
  return value;
}

static YsType *
tee_type (YsVM *vm)
{
  return ys_iterator_type (vm, "_tee");
}

/* A _tee at the same place as @tee: they share the buffer from there on. */
static YsValue
tee_copy (YsVM    *vm,
          YsValue  tee)
{
  YsValue copy = ys_iterator_new (vm, tee_type (vm), tee_next, iter_of (tee)->seq);

  if (copy != YS_NULL)
    iter_of (copy)->index = iter_of (tee)->index;
  return copy;
}

/* A _tee over an iterator (borrowed); a _tee given is copied. */
static YsValue
tee_from_iterator (YsVM    *vm,
                   YsValue  src)
{
  YsValue link, tee;

  if (ys_type_of (vm, src) == tee_type (vm))
    return tee_copy (vm, src);
  link = tee_link_new (vm, src);
  if (link == YS_NULL)
    return YS_NULL;
  tee = ys_iterator_new (vm, tee_type (vm), tee_next, link);
  ys_decref (vm, link);
  return tee;
}

METHOD (tee_copy_method)
{
  if (!ys_args_check (vm, "_tee.__copy__", argc, kwnames, 0, 0))
    return YS_NULL;
  return tee_copy (vm, self);
}

/* _tee (iterable): what tee () builds, callable on its own as in CPython. */
NEW_FUNC (tee_type_new)
{
  YsValue src, tee;

  if (!ys_args_no_keywords (vm, "_tee", kwnames) || !check_positional (vm, "_tee", argc, 1, 1))
    return YS_NULL;
  src = ys_iter (vm, argv[0]);
  if (src == YS_NULL)
    return YS_NULL;
  tee = tee_from_iterator (vm, src);
  ys_decref (vm, src);
  return tee;
}

/* tee (iterable, n=2, /): n iterators over one source. The first is the source itself
 * when it can be copied (a _tee, or a class with __copy__); the others are copies. */
static YsValue
itertools_tee (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  gssize n = 2;
  YsValue src, first, copy_func = YS_NULL, result = YS_NULL;
  YsValue *items;
  gssize made = 0;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "itertools.tee() takes no keyword arguments");
  if (!check_positional (vm, "tee", argc, 1, 2))
    return YS_NULL;
  if (argc > 1 && !to_ssize (vm, argv[1], &n))
    return YS_NULL;
  if (n < 0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "n must be >= 0");
  if (n == 0)
    return ys_tuple_new (vm, 0);

  src = ys_iter (vm, argv[0]);
  if (src == YS_NULL)
    return YS_NULL;
  if (ys_type_of (vm, src) == tee_type (vm))
    first = src;
  else if (class_special (vm, src, "__copy__") != YS_NULL)
    {
      copy_func = ys_getattr (vm, src, ys_str_interned (vm, "__copy__"));
      if (copy_func == YS_NULL)
        {
          ys_decref (vm, src);
          return YS_NULL;
        }
      first = src;
    }
  else
    {
      first = tee_from_iterator (vm, src);
      ys_decref (vm, src);
      if (first == YS_NULL)
        return YS_NULL;
    }

  items = g_new (YsValue, n);
  items[made++] = first;
  while (made < n)
    {
      YsValue copy = copy_func != YS_NULL ? ys_call0 (vm, copy_func) : tee_copy (vm, first);
      if (copy == YS_NULL)
        goto out;
      items[made++] = copy;
    }
  result = ys_tuple_from_array (vm, items, (gsize) n);

out:
  for (gssize i = 0; i < made; i++)
    ys_decref (vm, items[i]);
  g_free (items);
  ys_xdecref (vm, copy_func);
  return result;
}

/* takewhile: seq is the source, extra[0] the predicate, count 1 once it said no. The
 * source is asked again after it is exhausted, as in CPython. */

static YsValue
takewhile_next (YsVM       *vm,
                YsIterator *it)
{
  YsValue src, item, pred, good;
  int ok;

  if (it->count || it->seq == YS_NULL)
    return YS_NULL;
  src = ys_ref (it->seq);
  item = ys_next (vm, src);
  ys_decref (vm, src);
  if (item == YS_NULL)
    return YS_NULL;
  pred = ys_ref (it->extra[0]);
  good = ys_call1 (vm, pred, item);
  ys_decref (vm, pred);
  if (good == YS_NULL)
    {
      ys_decref (vm, item);
      return YS_NULL;
    }
  ok = ys_truthy (vm, good);
  ys_decref (vm, good);
  if (ok > 0)
    return item;
  ys_decref (vm, item);
  if (ok == 0)
    it->count = 1;
  return YS_NULL;
}

/* dropwhile: the same layout; count 1 once the predicate said no. */
static YsValue
dropwhile_next (YsVM       *vm,
                YsIterator *it)
{
  for (;;)
    {
      YsValue src, item, pred, good;
      int ok;

      if (it->seq == YS_NULL)
        return YS_NULL;
      src = ys_ref (it->seq);
      item = ys_next (vm, src);
      ys_decref (vm, src);
      if (item == YS_NULL || it->count)
        return item;
      pred = ys_ref (it->extra[0]);
      good = ys_call1 (vm, pred, item);
      ys_decref (vm, pred);
      if (good == YS_NULL)
        {
          ys_decref (vm, item);
          return YS_NULL;
        }
      ok = ys_truthy (vm, good);
      ys_decref (vm, good);
      if (ok == 0)
        {
          it->count = 1;
          return item;
        }
      ys_decref (vm, item);
      if (ok < 0)
        return YS_NULL;
    }
}

static YsValue
predicate_iterator_new (YsVM           *vm,
                        YsValue         type,
                        const char     *name,
                        YsIterNextFunc  next,
                        int             argc,
                        const YsValue  *argv,
                        YsValue         kwnames)
{
  YsValue src, it;

  if (!ys_args_no_keywords (vm, name, kwnames) || !check_positional (vm, name, argc, 2, 2))
    return YS_NULL;
  src = ys_iter (vm, argv[1]);
  if (src == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, type_of_new (type), next, src);
  ys_decref (vm, src);
  if (it != YS_NULL)
    iter_of (it)->extra[0] = ys_ref (argv[0]);
  return it;
}

NEW_FUNC (takewhile_new)
{
  return predicate_iterator_new (vm, type, "takewhile", takewhile_next, argc, argv, kwnames);
}

NEW_FUNC (dropwhile_new)
{
  return predicate_iterator_new (vm, type, "dropwhile", dropwhile_next, argc, argv, kwnames);
}

/* repeat: extra[0] is the object, count the times left (-1: forever). */

static YsValue
repeat_next (YsVM       *vm,
             YsIterator *it)
{
  if (it->count == 0 || it->extra[0] == YS_NULL)
    return YS_NULL;
  if (it->count > 0)
    it->count--;
  return ys_ref (it->extra[0]);
}

NEW_FUNC (repeat_new)
{
  static const char *const names[] = { "object", "times" };
  YsValue args[2], it;
  gssize times = -1;

  if (!ys_args_bind (vm, "repeat", names, 2, 0, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  if (args[1] != YS_NULL)
    {
      if (!to_ssize (vm, args[1], &times))
        return YS_NULL;
      /* Given times never means forever. */
      if (times < 0)
        times = 0;
    }
  it = ys_iterator_new (vm, type_of_new (type), repeat_next, YS_NULL);
  if (it == YS_NULL)
    return YS_NULL;
  iter_of (it)->extra[0] = ys_ref (args[0]);
  iter_of (it)->count = times;
  return it;
}

METHOD (repeat_repr)
{
  YsIterator *it = iter_of (self);
  YsValue obj_repr, r;

  if (!check_slot_args (vm, "__repr__", argc, kwnames))
    return YS_NULL;
  if (it->extra[0] == YS_NULL)
    return ys_str_new (vm, "repeat()", -1);
  obj_repr = ys_repr (vm, it->extra[0]);
  if (obj_repr == YS_NULL)
    return YS_NULL;
  if (it->count < 0)
    r = ys_str_printf (vm, "repeat(%s)", ys_str_data (obj_repr));
  else
    r = ys_str_printf (vm, "repeat(%s, %" G_GSSIZE_FORMAT ")", ys_str_data (obj_repr), it->count);
  ys_decref (vm, obj_repr);
  return r;
}

/* cycle: seq is the source (YS_NULL once exhausted), extra[0] a list of what it gave,
 * index the next item of that list to hand out. */

static YsValue
cycle_next (YsVM       *vm,
            YsIterator *it)
{
  YsList *saved;
  YsValue item;

  if (it->extra[0] == YS_NULL)
    return YS_NULL;
  if (it->seq != YS_NULL)
    {
      YsValue src = ys_ref (it->seq);

      item = ys_next (vm, src);
      ys_decref (vm, src);
      if (item != YS_NULL)
        {
          if (!ys_list_append (vm, it->extra[0], item))
            {
              ys_decref (vm, item);
              return YS_NULL;
            }
          return item;
        }
      if (vm->exc != YS_NULL)
        return YS_NULL;
      ys_clear (vm, &it->seq);
    }
  saved = ys_list_as (it->extra[0]);
  if (saved->length == 0)
    return YS_NULL;
  if (it->index >= saved->length)
    it->index = 0;
  item = ys_ref (saved->items[it->index++]);
  if (it->index >= saved->length)
    it->index = 0;
  return item;
}

NEW_FUNC (cycle_new)
{
  YsValue src, saved, it;

  if (!ys_args_no_keywords (vm, "cycle", kwnames) || !check_positional (vm, "cycle", argc, 1, 1))
    return YS_NULL;
  src = ys_iter (vm, argv[0]);
  if (src == YS_NULL)
    return YS_NULL;
  saved = ys_list_new (vm, 0);
  if (saved == YS_NULL)
    {
      ys_decref (vm, src);
      return YS_NULL;
    }
  it = ys_iterator_new (vm, type_of_new (type), cycle_next, src);
  ys_decref (vm, src);
  if (it == YS_NULL)
    {
      ys_decref (vm, saved);
      return YS_NULL;
    }
  iter_of (it)->extra[0] = saved;
  iter_of (it)->index = 0;
  return it;
}

/* accumulate: seq is the source, extra[0] the running total (YS_NULL before the first
 * value), extra[1] the function (YS_NULL: addition), extra[2] the initial value until it
 * is handed out. The source is asked again after it is exhausted, as in CPython. */

static YsValue
accumulate_next (YsVM       *vm,
                 YsIterator *it)
{
  YsValue src, value, total, result, old;

  if (it->extra[2] != YS_NULL)
    {
      old = it->extra[0];
      it->extra[0] = it->extra[2];
      it->extra[2] = YS_NULL;
      ys_xdecref (vm, old);
      return ys_ref (it->extra[0]);
    }
  if (it->seq == YS_NULL)
    return YS_NULL;
  src = ys_ref (it->seq);
  value = ys_next (vm, src);
  ys_decref (vm, src);
  if (value == YS_NULL)
    return YS_NULL;
  if (it->extra[0] == YS_NULL)
    {
      it->extra[0] = ys_ref (value);
      return value;
    }
  total = ys_ref (it->extra[0]);
  if (it->extra[1] == YS_NULL)
    result = ys_binary_op (vm, YS_BIN_ADD, total, value);
  else
    {
      YsValue func = ys_ref (it->extra[1]);
      YsValue args[2] = { total, value };
      result = ys_call (vm, func, 2, args, YS_NULL);
      ys_decref (vm, func);
    }
  ys_decref (vm, total);
  ys_decref (vm, value);
  if (result == YS_NULL)
    return YS_NULL;
  old = it->extra[0];
  it->extra[0] = ys_ref (result);
  ys_xdecref (vm, old);
  return result;
}

NEW_FUNC (accumulate_new)
{
  static const char *const names[] = { "iterable", "func", "initial" };
  YsValue args[3], src, it;
  YsIterator *i;

  if (!ys_args_bind (vm, "accumulate", names, 3, 0, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  src = ys_iter (vm, args[0]);
  if (src == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, type_of_new (type), accumulate_next, src);
  ys_decref (vm, src);
  if (it == YS_NULL)
    return YS_NULL;
  i = iter_of (it);
  /* None for either means it was not given. */
  if (args[1] != YS_NULL && !ys_is_none (vm, args[1]))
    i->extra[1] = ys_ref (args[1]);
  if (args[2] != YS_NULL && !ys_is_none (vm, args[2]))
    i->extra[2] = ys_ref (args[2]);
  return it;
}

/* zip_longest: seq is a list of the sources, an exhausted one replaced by None;
 * extra[0] is the fill value, count the sources still active (0: done). An error from
 * a source ends it for good, as in CPython. */

static YsValue
zip_longest_next (YsVM       *vm,
                  YsIterator *it)
{
  YsValue small[8], *items, result;
  gsize n;

  if (it->seq == YS_NULL || it->count <= 0)
    return YS_NULL;
  n = ys_list_as (it->seq)->length;
  if (n == 0)
    return YS_NULL;
  items = n <= G_N_ELEMENTS (small) ? small : g_new (YsValue, n);
  for (gsize i = 0; i < n; i++)
    {
      YsList *sources = ys_list_as (it->seq);
      YsValue src = i < sources->length ? sources->items[i] : ys_val (vm->none);

      if (ys_is_none (vm, src))
        items[i] = ys_ref (it->extra[0]);
      else
        {
          ys_incref (src);
          items[i] = ys_next (vm, src);
          ys_decref (vm, src);
          if (items[i] == YS_NULL)
            {
              it->count--;
              if (it->count <= 0 || vm->exc != YS_NULL)
                {
                  it->count = 0;
                  for (gsize j = 0; j < i; j++)
                    ys_decref (vm, items[j]);
                  if (items != small)
                    g_free (items);
                  return YS_NULL;
                }
              items[i] = ys_ref (it->extra[0]);
              sources = ys_list_as (it->seq);
              if (i < sources->length && sources->items[i] == src)
                {
                  sources->items[i] = ys_none (vm);
                  ys_decref (vm, src);
                }
            }
        }
    }
  result = ys_tuple_from_array (vm, items, n);
  for (gsize i = 0; i < n; i++)
    ys_decref (vm, items[i]);
  if (items != small)
    g_free (items);
  return result;
}

NEW_FUNC (zip_longest_new)
{
  int nkw = ys_kw_count (kwnames);
  YsValue fill = ys_val (vm->none), sources, it;

  if (nkw > 0)
    {
      if (nkw != 1 || !g_str_equal (ys_kw_name (kwnames, 0), "fillvalue"))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "zip_longest() got an unexpected keyword argument");
      fill = argv[argc];
    }
  sources = ys_list_new (vm, (gsize) argc);
  if (sources == YS_NULL)
    return YS_NULL;
  for (int i = 0; i < argc; i++)
    {
      YsValue src = ys_iter (vm, argv[i]);
      if (src == YS_NULL || !ys_list_append_steal (vm, sources, src))
        {
          ys_decref (vm, sources);
          return YS_NULL;
        }
    }
  it = ys_iterator_new (vm, type_of_new (type), zip_longest_next, sources);
  ys_decref (vm, sources);
  if (it == YS_NULL)
    return YS_NULL;
  iter_of (it)->extra[0] = ys_ref (fill);
  iter_of (it)->count = argc;
  return it;
}

/* pairwise: seq is the source (YS_NULL once it ended or failed), extra[0] the value
 * read last. */

static YsValue
pairwise_next (YsVM       *vm,
               YsIterator *it)
{
  YsValue src, old, value;

  if (it->seq == YS_NULL)
    return YS_NULL;
  src = ys_ref (it->seq);
  if (it->extra[0] == YS_NULL)
    {
      old = ys_next (vm, src);
      if (old == YS_NULL)
        {
          ys_decref (vm, src);
          ys_clear (vm, &it->seq);
          return YS_NULL;
        }
      ys_clear (vm, &it->extra[0]);
      it->extra[0] = old;
    }
  old = ys_ref (it->extra[0]);
  value = ys_next (vm, src);
  ys_decref (vm, src);
  if (value == YS_NULL)
    {
      ys_decref (vm, old);
      ys_clear (vm, &it->seq);
      ys_clear (vm, &it->extra[0]);
      return YS_NULL;
    }
  ys_clear (vm, &it->extra[0]);
  it->extra[0] = ys_ref (value);
  return ys_tuple_pack (vm, 2, old, value);
}

NEW_FUNC (pairwise_new)
{
  YsValue src, it;

  if (!ys_args_no_keywords (vm, "pairwise", kwnames) || !check_positional (vm, "pairwise", argc, 1, 1))
    return YS_NULL;
  src = ys_iter (vm, argv[0]);
  if (src == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, type_of_new (type), pairwise_next, src);
  ys_decref (vm, src);
  return it;
}

/* filterfalse and starmap share takewhile's layout: seq the source, extra[0] the
 * predicate or the function. */

static YsValue
filterfalse_next (YsVM       *vm,
                  YsIterator *it)
{
  for (;;)
    {
      YsValue src, item, pred, good;
      int ok;

      if (it->seq == YS_NULL || !ys_vm_poll_stop (vm, ++vm->c_polls))
        return YS_NULL;
      src = ys_ref (it->seq);
      item = ys_next (vm, src);
      ys_decref (vm, src);
      if (item == YS_NULL)
        return YS_NULL;
      pred = ys_ref (it->extra[0]);
      if (ys_is_none (vm, pred) || pred == ys_val (vm->type_bool))
        good = ys_ref (item);
      else
        good = ys_call1 (vm, pred, item);
      ys_decref (vm, pred);
      if (good == YS_NULL)
        {
          ys_decref (vm, item);
          return YS_NULL;
        }
      ok = ys_truthy (vm, good);
      ys_decref (vm, good);
      if (ok == 0)
        return item;
      ys_decref (vm, item);
      if (ok < 0)
        return YS_NULL;
    }
}

NEW_FUNC (filterfalse_new)
{
  return predicate_iterator_new (vm, type, "filterfalse", filterfalse_next, argc, argv, kwnames);
}

static YsValue
starmap_next (YsVM       *vm,
              YsIterator *it)
{
  YsValue src, item, args, func, r;

  if (it->seq == YS_NULL)
    return YS_NULL;
  src = ys_ref (it->seq);
  item = ys_next (vm, src);
  ys_decref (vm, src);
  if (item == YS_NULL)
    return YS_NULL;
  args = ys_kind (vm, item) == YS_KIND_TUPLE ? ys_ref (item) : ys_sequence_to_tuple (vm, item);
  ys_decref (vm, item);
  if (args == YS_NULL)
    return YS_NULL;
  func = ys_ref (it->extra[0]);
  r = ys_call (vm, func, (int) ys_tuple_len (args), ((YsTuple *) ys_obj (args))->items, YS_NULL);
  ys_decref (vm, func);
  ys_decref (vm, args);
  return r;
}

NEW_FUNC (starmap_new)
{
  return predicate_iterator_new (vm, type, "starmap", starmap_next, argc, argv, kwnames);
}

/* compress: seq the data, extra[0] the selectors. */

static YsValue
compress_next (YsVM       *vm,
               YsIterator *it)
{
  for (;;)
    {
      YsValue data, selectors, datum, selector;
      int ok;

      if (it->seq == YS_NULL || !ys_vm_poll_stop (vm, ++vm->c_polls))
        return YS_NULL;
      data = ys_ref (it->seq);
      selectors = ys_ref (it->extra[0]);
      datum = ys_next (vm, data);
      selector = datum != YS_NULL ? ys_next (vm, selectors) : YS_NULL;
      ys_decref (vm, data);
      ys_decref (vm, selectors);
      if (selector == YS_NULL)
        {
          ys_xdecref (vm, datum);
          return YS_NULL;
        }
      ok = ys_truthy (vm, selector);
      ys_decref (vm, selector);
      if (ok > 0)
        return datum;
      ys_decref (vm, datum);
      if (ok < 0)
        return YS_NULL;
    }
}

NEW_FUNC (compress_new)
{
  static const char *const names[] = { "data", "selectors" };
  YsValue args[2], data, selectors, it;

  if (!ys_args_bind (vm, "compress", names, 2, 0, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  data = ys_iter (vm, args[0]);
  if (data == YS_NULL)
    return YS_NULL;
  selectors = ys_iter (vm, args[1]);
  if (selectors == YS_NULL)
    {
      ys_decref (vm, data);
      return YS_NULL;
    }
  it = iterator_with (vm, type, compress_next, data, selectors);
  ys_decref (vm, data);
  return it;
}

/* groupby: seq the source, extra[0] the key function (YS_NULL for none), extra[1] the
 * key of the current group, extra[2] a private pair (key, value) of the item read last,
 * count 1 while that value has not been handed out, index the current _grouper (only
 * compared: a group left behind by the next one stops, as in CPython). */

static gboolean
groupby_step (YsVM       *vm,
              YsIterator *gb)
{
  YsValue src = ys_ref (gb->seq), value, key, old;

  value = ys_next (vm, src);
  ys_decref (vm, src);
  if (value == YS_NULL)
    return FALSE;
  if (gb->extra[0] != YS_NULL)
    {
      YsValue func = ys_ref (gb->extra[0]);
      key = ys_call1 (vm, func, value);
      ys_decref (vm, func);
      if (key == YS_NULL)
        {
          ys_decref (vm, value);
          return FALSE;
        }
    }
  else
    key = ys_ref (value);
  old = gb->extra[2];
  gb->extra[2] = ys_tuple_pack (vm, 2, key, value);
  gb->count = gb->extra[2] != YS_NULL;
  ys_xdecref (vm, old);
  return gb->extra[2] != YS_NULL;
}

static YsValue
grouper_next (YsVM       *vm,
              YsIterator *gr)
{
  YsIterator *gb = iter_of (gr->seq);
  YsValue pair, value, tgt;
  int same;

  if (gb->index != (gsize) gr)
    return YS_NULL;
  if (gb->count == 0 && !groupby_step (vm, gb))
    return YS_NULL;
  pair = ys_ref (gb->extra[2]);
  tgt = ys_ref (gr->extra[0]);
  same = ys_equal (vm, tgt, ys_tuple_get (pair, 0));
  ys_decref (vm, tgt);
  if (same <= 0)
    {
      ys_decref (vm, pair);
      return YS_NULL;
    }
  /* Handed out: the pair keeps the key alone, so the value lives no longer than in
   * CPython. */
  value = ys_tuple_get (pair, 1);
  ys_tuple_set (pair, 1, ys_none (vm));
  if (pair == gb->extra[2])
    gb->count = 0;
  ys_decref (vm, pair);
  return value;
}

static YsValue
groupby_next (YsVM       *vm,
              YsIterator *gb)
{
  YsValue key, grouper, old;

  gb->index = 0;
  for (;;)
    {
      if (gb->extra[2] != YS_NULL)
        {
          YsValue pair, tgt;
          int same;

          if (gb->extra[1] == YS_NULL)
            break;
          pair = ys_ref (gb->extra[2]);
          tgt = ys_ref (gb->extra[1]);
          same = ys_equal (vm, tgt, ys_tuple_get (pair, 0));
          ys_decref (vm, pair);
          ys_decref (vm, tgt);
          if (same < 0)
            return YS_NULL;
          if (same == 0)
            break;
        }
      if (!ys_vm_poll_stop (vm, ++vm->c_polls) || !groupby_step (vm, gb))
        return YS_NULL;
    }
  key = ys_ref (ys_tuple_get (gb->extra[2], 0));
  old = gb->extra[1];
  gb->extra[1] = ys_ref (key);
  ys_xdecref (vm, old);
  grouper = ys_iterator_new (vm, ys_iterator_type (vm, "_grouper"), grouper_next, ys_val (gb));
  if (grouper == YS_NULL)
    {
      ys_decref (vm, key);
      return YS_NULL;
    }
  iter_of (grouper)->extra[0] = ys_ref (key);
  gb->index = (gsize) ys_obj (grouper);
  return ys_tuple_pack (vm, 2, key, grouper);
}

NEW_FUNC (groupby_new)
{
  static const char *const names[] = { "iterable", "key" };
  YsValue args[2], src, it;

  if (!ys_args_bind (vm, "groupby", names, 2, 0, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  src = ys_iter (vm, args[0]);
  if (src == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, type_of_new (type), groupby_next, src);
  ys_decref (vm, src);
  if (it != YS_NULL && args[1] != YS_NULL && !ys_is_none (vm, args[1]))
    iter_of (it)->extra[0] = ys_ref (args[1]);
  return it;
}

/* The combinatoric iterators: seq the pool (a tuple), extra[0] (and, for permutations,
 * extra[1]) private tuples of small ints changed in place, count r, index 0 before the
 * first result. They end by dropping the pool. */

static YsValue
indices_new (YsVM   *vm,
             gssize  n,
             gssize  start,
             gssize  step)
{
  YsValue t = ys_tuple_new (vm, (gsize) n);

  for (gssize i = 0; t != YS_NULL && i < n; i++)
    ys_tuple_set (t, (gsize) i, ys_small (start + i * step));
  return t;
}

static inline gssize
idx_get (YsValue t,
         gssize  i)
{
  return ys_small_get (ys_tuple_get (t, (gsize) i));
}

static inline void
idx_set (YsValue t,
         gssize  i,
         gssize  v)
{
  ys_tuple_set (t, (gsize) i, ys_small (v));
}

/* The tuple of pool[indices[i]] for the first @r indices. */
static YsValue
pick (YsVM    *vm,
      YsValue  pool,
      YsValue  indices,
      gssize   r)
{
  YsValue t = ys_tuple_new (vm, (gsize) r);

  for (gssize i = 0; t != YS_NULL && i < r; i++)
    ys_tuple_set (t, (gsize) i, ys_ref (ys_tuple_get (pool, (gsize) idx_get (indices, i))));
  return t;
}

static YsValue
combinatoric_end (YsVM       *vm,
                  YsIterator *it)
{
  ys_clear (vm, &it->seq);
  return YS_NULL;
}

static YsValue
combinations_next (YsVM       *vm,
                   YsIterator *it)
{
  YsValue idx = it->extra[0];
  gssize n, r = it->count, i;

  if (it->seq == YS_NULL)
    return YS_NULL;
  n = (gssize) ys_tuple_len (it->seq);
  if (it->index == 0)
    {
      it->index = 1;
      return r > n ? combinatoric_end (vm, it) : pick (vm, it->seq, idx, r);
    }
  for (i = r - 1; i >= 0 && idx_get (idx, i) == i + n - r; i--)
    ;
  if (i < 0)
    return combinatoric_end (vm, it);
  idx_set (idx, i, idx_get (idx, i) + 1);
  for (gssize j = i + 1; j < r; j++)
    idx_set (idx, j, idx_get (idx, j - 1) + 1);
  return pick (vm, it->seq, idx, r);
}

static YsValue
cwr_next (YsVM       *vm,
          YsIterator *it)
{
  YsValue idx = it->extra[0];
  gssize n, r = it->count, i, v;

  if (it->seq == YS_NULL)
    return YS_NULL;
  n = (gssize) ys_tuple_len (it->seq);
  if (it->index == 0)
    {
      it->index = 1;
      return n == 0 && r > 0 ? combinatoric_end (vm, it) : pick (vm, it->seq, idx, r);
    }
  for (i = r - 1; i >= 0 && idx_get (idx, i) == n - 1; i--)
    ;
  if (i < 0)
    return combinatoric_end (vm, it);
  v = idx_get (idx, i) + 1;
  for (gssize j = i; j < r; j++)
    idx_set (idx, j, v);
  return pick (vm, it->seq, idx, r);
}

static YsValue
permutations_next (YsVM       *vm,
                   YsIterator *it)
{
  YsValue idx = it->extra[0], cycles = it->extra[1];
  gssize n, r = it->count;

  if (it->seq == YS_NULL)
    return YS_NULL;
  n = (gssize) ys_tuple_len (it->seq);
  if (it->index == 0)
    {
      it->index = 1;
      return r > n ? combinatoric_end (vm, it) : pick (vm, it->seq, idx, r);
    }
  for (gssize i = r - 1; i >= 0; i--)
    {
      gssize c = idx_get (cycles, i) - 1;
      if (c == 0)
        {
          /* Index i goes to the end, the ones after it move up. */
          gssize first = idx_get (idx, i);
          for (gssize j = i; j < n - 1; j++)
            idx_set (idx, j, idx_get (idx, j + 1));
          idx_set (idx, n - 1, first);
          idx_set (cycles, i, n - i);
        }
      else
        {
          gssize j = n - c, tmp = idx_get (idx, i);
          idx_set (cycles, i, c);
          idx_set (idx, i, idx_get (idx, j));
          idx_set (idx, j, tmp);
          return pick (vm, it->seq, idx, r);
        }
    }
  return combinatoric_end (vm, it);
}

/* A combinatoric iterator over @pool (stolen) with @r and its index tuples (stolen). */
static YsValue
combinatoric_new (YsVM           *vm,
                  YsValue         type,
                  YsIterNextFunc  next,
                  YsValue         pool,
                  gssize          r,
                  YsValue         idx,
                  YsValue         cycles)
{
  YsValue it = YS_NULL;

  if (pool != YS_NULL && idx != YS_NULL)
    it = ys_iterator_new (vm, type_of_new (type), next, pool);
  ys_xdecref (vm, pool);
  if (it == YS_NULL)
    {
      ys_xdecref (vm, idx);
      ys_xdecref (vm, cycles);
      return YS_NULL;
    }
  iter_of (it)->extra[0] = idx;
  iter_of (it)->extra[1] = cycles;
  iter_of (it)->count = r;
  return it;
}

/* combinations and combinations_with_replacement: r is read before the pool. */
static YsValue
combinations_make (YsVM           *vm,
                   YsValue         type,
                   const char     *name,
                   YsIterNextFunc  next,
                   int             argc,
                   const YsValue  *argv,
                   YsValue         kwnames)
{
  static const char *const names[] = { "iterable", "r" };
  YsValue args[2], pool;
  gssize r;

  if (!ys_args_bind (vm, name, names, 2, 0, 2, 2, argc, argv, kwnames, args) ||
      !to_ssize (vm, args[1], &r))
    return YS_NULL;
  pool = ys_sequence_to_tuple (vm, args[0]);
  if (pool == YS_NULL)
    return YS_NULL;
  if (r < 0)
    {
      ys_decref (vm, pool);
      return ys_raise (vm, YS_EXC_VALUE_ERROR, "r must be non-negative");
    }
  return combinatoric_new (vm, type, next, pool, r,
                           indices_new (vm, r, 0, next == combinations_next ? 1 : 0), YS_NULL);
}

NEW_FUNC (combinations_new)
{
  return combinations_make (vm, type, "combinations", combinations_next, argc, argv, kwnames);
}

NEW_FUNC (cwr_new)
{
  return combinations_make (vm, type, "combinations_with_replacement", cwr_next, argc, argv, kwnames);
}

NEW_FUNC (permutations_new)
{
  static const char *const names[] = { "iterable", "r" };
  YsValue args[2], pool;
  gssize n, r;
  gint64 r64;

  if (!ys_args_bind (vm, "permutations", names, 2, 0, 2, 1, argc, argv, kwnames, args))
    return YS_NULL;
  pool = ys_sequence_to_tuple (vm, args[0]);
  if (pool == YS_NULL)
    return YS_NULL;
  n = (gssize) ys_tuple_len (pool);
  r = n;
  if (args[1] != YS_NULL && !ys_is_none (vm, args[1]))
    {
      if (!ys_is_int (vm, args[1]))
        {
          ys_decref (vm, pool);
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "Expected int as r");
        }
      if (!ys_int_to_i64 (vm, args[1], &r64))
        {
          ys_decref (vm, pool);
          return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
      r = (gssize) r64;
      if (r < 0)
        {
          ys_decref (vm, pool);
          return ys_raise (vm, YS_EXC_VALUE_ERROR, "r must be non-negative");
        }
    }
  return combinatoric_new (vm, type, permutations_next, pool, r, indices_new (vm, n, 0, 1),
                           indices_new (vm, MIN (r, n), n, -1));
}

/* product: seq a tuple of the pools (repeated), extra[0] one index per pool. */

static YsValue
product_result (YsVM    *vm,
                YsValue  pools,
                YsValue  idx)
{
  gsize npools = ys_tuple_len (pools);
  YsValue t = ys_tuple_new (vm, npools);

  for (gsize i = 0; t != YS_NULL && i < npools; i++)
    ys_tuple_set (t, i, ys_ref (ys_tuple_get (ys_tuple_get (pools, i), (gsize) idx_get (idx, (gssize) i))));
  return t;
}

static YsValue
product_next (YsVM       *vm,
              YsIterator *it)
{
  YsValue pools = it->seq, idx = it->extra[0];
  gssize npools, i;

  if (pools == YS_NULL)
    return YS_NULL;
  npools = (gssize) ys_tuple_len (pools);
  if (it->index == 0)
    {
      it->index = 1;
      for (i = 0; i < npools; i++)
        if (ys_tuple_len (ys_tuple_get (pools, (gsize) i)) == 0)
          return combinatoric_end (vm, it);
      return product_result (vm, pools, idx);
    }
  for (i = npools - 1; i >= 0; i--)
    {
      gssize v = idx_get (idx, i) + 1;
      if (v < (gssize) ys_tuple_len (ys_tuple_get (pools, (gsize) i)))
        {
          idx_set (idx, i, v);
          return product_result (vm, pools, idx);
        }
      idx_set (idx, i, 0);
    }
  return combinatoric_end (vm, it);
}

NEW_FUNC (product_new)
{
  int nkw = ys_kw_count (kwnames);
  gssize repeat = 1, npools;
  YsValue pools, unique;

  for (int k = 0; k < nkw; k++)
    {
      if (!g_str_equal (ys_kw_name (kwnames, k), "repeat"))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for product()",
                         ys_kw_name (kwnames, k));
      if (!to_ssize (vm, argv[argc + k], &repeat))
        return YS_NULL;
      if (repeat < 0)
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "repeat argument cannot be negative");
    }
  if (argc > 0 && repeat > G_MAXINT32 / argc)
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "repeat argument too large");
  unique = ys_tuple_new (vm, (gsize) argc);
  if (unique == YS_NULL)
    return YS_NULL;
  for (int i = 0; i < argc; i++)
    {
      YsValue t = ys_sequence_to_tuple (vm, argv[i]);
      if (t == YS_NULL)
        {
          for (int j = i; j < argc; j++)
            ys_tuple_set (unique, (gsize) j, ys_none (vm));
          ys_decref (vm, unique);
          return YS_NULL;
        }
      ys_tuple_set (unique, (gsize) i, t);
    }
  npools = argc * repeat;
  pools = ys_tuple_new (vm, (gsize) npools);
  for (gssize i = 0; pools != YS_NULL && i < npools; i++)
    ys_tuple_set (pools, (gsize) i, ys_ref (ys_tuple_get (unique, (gsize) (i % argc))));
  ys_decref (vm, unique);
  return combinatoric_new (vm, type, product_next, pools, npools, indices_new (vm, npools, 0, 0), YS_NULL);
}

/* The module */

YsValue
ys_module_itertools (YsVM *vm)
{
  static const YsMethodDef types[] = {
    { "count", count_new }, { "islice", islice_new }, { "chain", chain_new },
    { "takewhile", takewhile_new }, { "dropwhile", dropwhile_new }, { "repeat", repeat_new },
    { "cycle", cycle_new }, { "accumulate", accumulate_new }, { "zip_longest", zip_longest_new },
    { "pairwise", pairwise_new }, { "_tee", tee_type_new }, { "filterfalse", filterfalse_new },
    { "starmap", starmap_new }, { "compress", compress_new }, { "groupby", groupby_new },
    { "_grouper", NULL }, { "combinations", combinations_new },
    { "combinations_with_replacement", cwr_new }, { "permutations", permutations_new },
    { "product", product_new },
    { NULL, NULL }
  };
  static const YsMethodDef functions[] = {
    { "tee", itertools_tee },
    { NULL, NULL }
  };
  static const YsMethodDef count_methods[] = { { "__repr__", count_repr }, { NULL, NULL } };
  static const YsMethodDef repeat_methods[] = { { "__repr__", repeat_repr }, { NULL, NULL } };
  static const YsMethodDef tee_methods[] = { { "__copy__", tee_copy_method }, { NULL, NULL } };
  YsValue module = ys_module_new (vm, "itertools"), modname, from_iterable;

  if (module == YS_NULL)
    return YS_NULL;
  modname = ys_str_intern (vm, "itertools");
  for (const YsMethodDef *t = types; t->name != NULL; t++)
    {
      YsType *type = ys_iterator_type (vm, t->name);
      type->new_func = t->func;
      ys_type_set_attr (vm, type, "__module__", modname);
      ys_module_add (vm, module, t->name, ys_val (type));
    }
  ys_decref (vm, modname);
  tee_link_type (vm);
  ys_type_add_methods (vm, ys_iterator_type (vm, "count"), count_methods);
  ys_type_add_methods (vm, ys_iterator_type (vm, "repeat"), repeat_methods);
  ys_type_add_methods (vm, tee_type (vm), tee_methods);
  from_iterable = ys_builtin_new (vm, "from_iterable", chain_from_iterable, YS_NULL);
  if (from_iterable == YS_NULL)
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  ys_type_set_attr (vm, ys_iterator_type (vm, "chain"), "from_iterable", from_iterable);
  ys_decref (vm, from_iterable);
  ys_module_add_functions (vm, module, functions);
  return module;
}
