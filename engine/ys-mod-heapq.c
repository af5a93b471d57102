/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The heapq module. The sift steps are CPython's algorithm (the bottom-up siftup of
 * Knuth's exercise), so that a heap holds its items in the same list order as CPython's
 * and the same comparisons run: programs print heaps. merge is lazy and pulls its
 * sources in the order CPython's generator does. */
#include "ys-runtime.h"
#include "ys-ast.h"

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* a < b, or b < a for the max-heap variants merge(reverse=True) uses. */
static int
heap_lt (YsVM    *vm,
         YsValue  a,
         YsValue  b,
         gboolean max)
{
  return max ? ys_compare_bool (vm, b, a, YS_CMP_LT) : ys_compare_bool (vm, a, b, YS_CMP_LT);
}

/* items[i] < items[j] (by heap_lt), with both held during the comparison, which may
 * run the program's __lt__; -1 on an error, or when that changed the list's size. */
static int
heap_lt_at (YsVM     *vm,
            YsList   *l,
            gsize     i,
            gsize     j,
            gsize     size,
            gboolean  max)
{
  YsValue a = ys_ref (l->items[i]), b = ys_ref (l->items[j]);
  int lt = heap_lt (vm, a, b, max);

  ys_decref (vm, a);
  ys_decref (vm, b);
  if (lt >= 0 && size != l->length)
    {
      ys_raise (vm, YS_EXC_RUNTIME_ERROR, "list changed size during iteration");
      return -1;
    }
  return lt;
}

/* The item at @pos moves up towards @startpos while it is smaller than its parent. */
static gboolean
sift_down (YsVM     *vm,
           YsValue   heap,
           gsize     startpos,
           gsize     pos,
           gboolean  max)
{
  YsList *l = ys_list_as (heap);
  gsize size = l->length;

  while (pos > startpos)
    {
      gsize parentpos = (pos - 1) >> 1;
      int lt = heap_lt_at (vm, l, pos, parentpos, size, max);
      YsValue newitem;

      if (lt < 0)
        return FALSE;
      if (!lt)
        break;
      newitem = l->items[pos];
      l->items[pos] = l->items[parentpos];
      l->items[parentpos] = newitem;
      pos = parentpos;
    }
  return TRUE;
}

/* The item at @pos sinks to a leaf along the smaller children, then sift_down puts it
 * in its place: fewer comparisons than stopping early, as CPython's heapq does. */
static gboolean
sift_up (YsVM     *vm,
         YsValue   heap,
         gsize     pos,
         gboolean  max)
{
  YsList *l = ys_list_as (heap);
  gsize endpos = l->length, startpos = pos, limit = endpos >> 1;

  while (pos < limit)
    {
      gsize childpos = 2 * pos + 1;
      YsValue tmp;

      if (childpos + 1 < endpos)
        {
          int lt = heap_lt_at (vm, l, childpos, childpos + 1, endpos, max);
          if (lt < 0)
            return FALSE;
          childpos += !lt;
        }
      tmp = l->items[childpos];
      l->items[childpos] = l->items[pos];
      l->items[pos] = tmp;
      pos = childpos;
    }
  return sift_down (vm, heap, startpos, pos, max);
}

static gboolean
heapify_list (YsVM     *vm,
              YsValue   heap,
              gboolean  max)
{
  gsize n = ys_list_as (heap)->length;

  for (gsize i = n / 2; i-- > 0;)
    if (!sift_up (vm, heap, i, max))
      return FALSE;
  return TRUE;
}

/* Removes and returns the smallest item (the heap is not empty). */
static YsValue
heap_pop (YsVM     *vm,
          YsValue   heap,
          gboolean  max)
{
  YsList *l = ys_list_as (heap);
  YsValue last = l->items[--l->length], top;

  if (l->length == 0)
    return last;
  top = l->items[0];
  l->items[0] = last;
  if (!sift_up (vm, heap, 0, max))
    {
      ys_decref (vm, top);
      return YS_NULL;
    }
  return top;
}

static gboolean
check_list (YsVM       *vm,
            const char *name,
            YsValue     v)
{
  /* The functions of one argument say "argument", the others "argument 1". */
  gboolean alone = g_str_equal (name, "heappop") || g_str_equal (name, "heapify");

  if (ys_kind (vm, v) != YS_KIND_LIST)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() argument%s must be list, not %s", name, alone ? "" : " 1",
                ys_type_name_of (vm, v));
      return FALSE;
    }
  return TRUE;
}

static gboolean
positional (YsVM       *vm,
            const char *name,
            int         argc,
            YsValue     kwnames,
            int         n)
{
  if (ys_kw_count (kwnames) > 0)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no keyword arguments", name);
      return FALSE;
    }
  if (argc != n)
    {
      if (n == 1)
        ys_raise (vm, YS_EXC_TYPE_ERROR, "_heapq.%s() takes exactly one argument (%d given)", name, argc);
      else
        ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected %d arguments, got %d", name, n, argc);
      return FALSE;
    }
  return TRUE;
}

FUNC (heapq_heappush)
{
  if (!positional (vm, "heappush", argc, kwnames, 2) || !check_list (vm, "heappush", argv[0]))
    return YS_NULL;
  if (!ys_list_append (vm, argv[0], argv[1]))
    return YS_NULL;
  if (!sift_down (vm, argv[0], 0, ys_list_as (argv[0])->length - 1, FALSE))
    return YS_NULL;
  return ys_none (vm);
}

FUNC (heapq_heappop)
{
  if (!positional (vm, "heappop", argc, kwnames, 1) || !check_list (vm, "heappop", argv[0]))
    return YS_NULL;
  if (ys_list_as (argv[0])->length == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "index out of range");
  return heap_pop (vm, argv[0], FALSE);
}

FUNC (heapq_heapify)
{
  if (!positional (vm, "heapify", argc, kwnames, 1) || !check_list (vm, "heapify", argv[0]))
    return YS_NULL;
  if (!heapify_list (vm, argv[0], FALSE))
    return YS_NULL;
  return ys_none (vm);
}

FUNC (heapq_heapreplace)
{
  YsList *l;
  YsValue top;

  if (!positional (vm, "heapreplace", argc, kwnames, 2) || !check_list (vm, "heapreplace", argv[0]))
    return YS_NULL;
  l = ys_list_as (argv[0]);
  if (l->length == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "index out of range");
  top = l->items[0];
  l->items[0] = ys_ref (argv[1]);
  if (!sift_up (vm, argv[0], 0, FALSE))
    {
      ys_decref (vm, top);
      return YS_NULL;
    }
  return top;
}

FUNC (heapq_heappushpop)
{
  YsList *l;
  YsValue top;
  int lt;

  if (!positional (vm, "heappushpop", argc, kwnames, 2) || !check_list (vm, "heappushpop", argv[0]))
    return YS_NULL;
  l = ys_list_as (argv[0]);
  if (l->length == 0)
    return ys_ref (argv[1]);
  top = ys_ref (l->items[0]);
  lt = ys_compare_bool (vm, top, argv[1], YS_CMP_LT);
  ys_decref (vm, top);
  if (lt < 0)
    return YS_NULL;
  if (!lt)
    return ys_ref (argv[1]);
  if (l->length == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "index out of range");
  top = l->items[0];
  l->items[0] = ys_ref (argv[1]);
  if (!sift_up (vm, argv[0], 0, FALSE))
    {
      ys_decref (vm, top);
      return YS_NULL;
    }
  return top;
}

/* nlargest and nsmallest give what sorted (iterable, key=key, reverse=...)[:n] gives,
 * which is what CPython's guarantee is. */
static YsValue
n_best (YsVM          *vm,
        const char    *name,
        int            argc,
        const YsValue *argv,
        YsValue        kwnames,
        gboolean       largest)
{
  static const char *const names[] = { "n", "iterable", "key" };
  YsValue args[3], list, key;
  gssize n;
  YsList *l;

  if (!ys_args_bind (vm, name, names, 3, 0, 3, 2, argc, argv, kwnames, args))
    return YS_NULL;
  list = ys_list_from_iterable (vm, args[1]);
  if (list == YS_NULL)
    return YS_NULL;
  /* CPython's version compares n with the size before it needs an int. */
  if (!ys_is_int (vm, args[0]) &&
      ys_compare_bool (vm, args[0], ys_small ((intptr_t) ys_list_as (list)->length), YS_CMP_GE) < 0)
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  if (!ys_is_int (vm, args[0]))
    {
      ys_decref (vm, list);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                       ys_type_name_of (vm, args[0]));
    }
  if (!ys_index_to_ssize (vm, args[0], &n))
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  key = args[2] != YS_NULL && !ys_is_none (vm, args[2]) ? args[2] : YS_NULL;
  if (n <= 0)
    {
      ys_decref (vm, list);
      return ys_list_new (vm, 0);
    }
  if (!ys_list_sort (vm, list, key, largest))
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  l = ys_list_as (list);
  while (l->length > (gsize) n)
    {
      YsValue last = l->items[--l->length];
      ys_decref (vm, last);
    }
  return list;
}

FUNC (heapq_nlargest)
{
  return n_best (vm, "nlargest", argc, argv, kwnames, TRUE);
}

FUNC (heapq_nsmallest)
{
  return n_best (vm, "nsmallest", argc, argv, kwnames, FALSE);
}

/* merge (*iterables, key=None, reverse=False). seq is the tuple of iterables, extra[0]
 * the heap (a list of [key, order, value, iterator] lists, compared as lists are:
 * by key, then by the source's order), extra[1] the key function, extra[2] the
 * iterator being drained once one source is left. count: 0 before the first value,
 * 1 while merging, 2 draining, 3 done; index says the top entry must be refilled;
 * version is 1 for reverse. */

enum { ENTRY_KEY, ENTRY_ORDER, ENTRY_VALUE, ENTRY_ITER };

static YsValue
merge_key (YsVM       *vm,
           YsIterator *it,
           YsValue     value)
{
  if (it->extra[1] == YS_NULL)
    return ys_ref (value);
  return ys_call1 (vm, it->extra[1], value);
}

/* The heap of first values, one entry per source that gives one. */
static gboolean
merge_start (YsVM       *vm,
             YsIterator *it)
{
  YsValue heap = ys_list_new (vm, 0);
  gboolean reverse = it->version != 0;
  gsize n = ys_tuple_len (it->seq);

  if (heap == YS_NULL)
    return FALSE;
  it->extra[0] = heap;
  for (gsize i = 0; i < n; i++)
    {
      YsValue src = ys_iter (vm, ys_tuple_get (it->seq, i)), value, key, entry;
      if (src == YS_NULL)
        return FALSE;
      value = ys_next (vm, src);
      if (value == YS_NULL)
        {
          ys_decref (vm, src);
          if (vm->exc != YS_NULL)
            return FALSE;
          continue;
        }
      key = merge_key (vm, it, value);
      if (key == YS_NULL)
        {
          ys_decref (vm, value);
          ys_decref (vm, src);
          return FALSE;
        }
      entry = ys_list_new (vm, 4);
      ys_list_append_steal (vm, entry, key);
      ys_list_append_steal (vm, entry, ys_small (reverse ? -(intptr_t) i : (intptr_t) i));
      ys_list_append_steal (vm, entry, value);
      ys_list_append_steal (vm, entry, src);
      if (!ys_list_append_steal (vm, heap, entry))
        return FALSE;
    }
  return heapify_list (vm, heap, reverse);
}

static YsValue
merge_next (YsVM       *vm,
            YsIterator *it)
{
  gboolean reverse = it->version != 0;
  YsList *h;

  switch (it->count)
    {
    case 0:
      it->count = 1;
      if (!merge_start (vm, it))
        {
          it->count = 3;
          return YS_NULL;
        }
      break;
    case 2:
      {
        YsValue src = ys_ref (it->extra[2]), v = ys_next (vm, src);
        ys_decref (vm, src);
        if (v == YS_NULL)
          it->count = 3;
        return v;
      }
    case 3:
      return YS_NULL;
    default:
      break;
    }

  h = ys_list_as (it->extra[0]);
  if (it->index)
    {
      /* Refill the top entry from its source, as the generator does after a yield. */
      YsValue top = h->items[0], src, value, key;
      YsList *e = ys_list_as (top);

      it->index = 0;
      src = ys_ref (e->items[ENTRY_ITER]);
      value = ys_next (vm, src);
      ys_decref (vm, src);
      if (value == YS_NULL)
        {
          YsValue gone;
          if (vm->exc != YS_NULL)
            {
              it->count = 3;
              return YS_NULL;
            }
          gone = heap_pop (vm, it->extra[0], reverse);
          if (gone == YS_NULL)
            {
              it->count = 3;
              return YS_NULL;
            }
          ys_decref (vm, gone);
        }
      else
        {
          key = merge_key (vm, it, value);
          if (key == YS_NULL)
            {
              ys_decref (vm, value);
              it->count = 3;
              return YS_NULL;
            }
          ys_incref (top);
          {
            YsValue old_key = e->items[ENTRY_KEY], old_value = e->items[ENTRY_VALUE];
            e->items[ENTRY_KEY] = key;
            e->items[ENTRY_VALUE] = value;
            ys_decref (vm, old_key);
            ys_decref (vm, old_value);
          }
          ys_decref (vm, top);
          if (!sift_up (vm, it->extra[0], 0, reverse))
            {
              it->count = 3;
              return YS_NULL;
            }
        }
    }
  if (h->length == 0)
    {
      it->count = 3;
      return YS_NULL;
    }
  if (h->length == 1)
    {
      /* One source left: its value, then the rest of it unmerged. */
      YsList *e = ys_list_as (h->items[0]);
      YsValue v = ys_ref (e->items[ENTRY_VALUE]);
      it->extra[2] = ys_ref (e->items[ENTRY_ITER]);
      it->count = 2;
      ys_clear (vm, &it->extra[0]);
      return v;
    }
  it->index = 1;
  return ys_ref (ys_list_as (h->items[0])->items[ENTRY_VALUE]);
}

FUNC (heapq_merge)
{
  YsValue key = YS_NULL, reverse = YS_NULL, sources, it;
  int nkw = ys_kw_count (kwnames);

  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      if (g_str_equal (kw, "key"))
        key = argv[argc + k];
      else if (g_str_equal (kw, "reverse"))
        reverse = argv[argc + k];
      else
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "merge() got an unexpected keyword argument '%s'", kw);
    }
  sources = ys_tuple_from_array (vm, argv, (gsize) argc);
  if (sources == YS_NULL)
    return YS_NULL;
  it = ys_iterator_new (vm, ys_iterator_type (vm, "generator"), merge_next, sources);
  ys_decref (vm, sources);
  if (it == YS_NULL)
    return YS_NULL;
  if (key != YS_NULL && !ys_is_none (vm, key))
    ((YsIterator *) ys_obj (it))->extra[1] = ys_ref (key);
  if (reverse != YS_NULL)
    {
      int t = ys_truthy (vm, reverse);
      if (t < 0)
        {
          ys_decref (vm, it);
          return YS_NULL;
        }
      ((YsIterator *) ys_obj (it))->version = (guint64) t;
    }
  return it;
}

static YsValue
merge_repr (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return ys_str_printf (vm, "<generator object merge at %p>", (void *) ys_obj (self));
}

YsValue
ys_module_heapq (YsVM *vm)
{
  static const YsMethodDef merge_methods[] = { { "__repr__", merge_repr }, { NULL, NULL } };
  static const YsMethodDef functions[] = {
    { "heappush", heapq_heappush }, { "heappop", heapq_heappop }, { "heapify", heapq_heapify },
    { "heapreplace", heapq_heapreplace }, { "heappushpop", heapq_heappushpop },
    { "nlargest", heapq_nlargest }, { "nsmallest", heapq_nsmallest }, { "merge", heapq_merge },
    { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "heapq");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add_functions (vm, module, functions);
  ys_type_add_methods (vm, ys_iterator_type (vm, "generator"), merge_methods);
  return module;
}
