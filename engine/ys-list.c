/* SPDX-License-Identifier: GPL-3.0-or-later */
/* list, tuple, range, slice and the iterators over built-in sequences. */
#include "ys-runtime.h"

#include <string.h>

/* list */

static void
list_dealloc (YsVM     *vm,
              YsObject *obj)
{
  YsList *l = (YsList *) obj;
  YsValue *items = l->items;
  gsize n = l->length;

  l->items = NULL;
  l->length = 0;
  /* Last to first, as CPython releases them: finalizers run in that order. */
  for (gsize i = n; i-- > 0;)
    ys_decref (vm, items[i]);
  ys_buffer_realloc (vm, YS_KIND_LIST, items, l->capacity * sizeof (YsValue), 0);
  l->capacity = 0;
  ys_free_object (vm, obj);
}

static void
list_clear_refs (YsVM     *vm,
                 YsObject *obj)
{
  YsList *l = (YsList *) obj;
  YsValue *items = l->items;
  gsize n = l->length;

  l->length = 0;
  for (gsize i = n; i-- > 0;)
    ys_decref (vm, items[i]);
}

static gboolean
list_reserve (YsVM    *vm,
              YsList  *l,
              gsize    needed)
{
  gsize cap;
  YsValue *items;

  if (needed <= l->capacity)
    return TRUE;
  if (needed > G_MAXSIZE / sizeof (YsValue) / 2)
    {
      ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
      return FALSE;
    }
  /* Over-allocate like CPython: about 1/8 more, plus a little. */
  cap = needed + (needed >> 3) + (needed < 9 ? 3 : 6);
  cap &= ~(gsize) 3;
  if (cap < needed)
    cap = needed;
  items = ys_buffer_realloc (vm, YS_KIND_LIST, l->items, l->capacity * sizeof (YsValue),
                             cap * sizeof (YsValue));
  if (items == NULL)
    return FALSE;
  l->items = items;
  l->capacity = cap;
  return TRUE;
}

YsValue
ys_list_new (YsVM  *vm,
             gsize  capacity)
{
  YsList *l = (YsList *) ys_gc_alloc (vm, vm->types[YS_KIND_LIST], sizeof (YsList));

  if (l == NULL)
    return YS_NULL;
  if (capacity > G_MAXSIZE / sizeof (YsValue) / 2)
    {
      ys_decref (vm, ys_val (l));
      return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
    }
  if (capacity > 0)
    {
      l->items = ys_buffer_realloc (vm, YS_KIND_LIST, NULL, 0, capacity * sizeof (YsValue));
      if (l->items == NULL)
        {
          ys_decref (vm, ys_val (l));
          return YS_NULL;
        }
      l->capacity = capacity;
    }
  return ys_val (l);
}

gboolean
ys_list_append_steal (YsVM    *vm,
                      YsValue  list,
                      YsValue  item)
{
  YsList *l = ys_list_as (list);

  if (l->length == l->capacity && !list_reserve (vm, l, l->length + 1))
    {
      ys_decref (vm, item);
      return FALSE;
    }
  l->items[l->length++] = item;
  return TRUE;
}

gboolean
ys_list_append (YsVM    *vm,
                YsValue  list,
                YsValue  item)
{
  return ys_list_append_steal (vm, list, ys_ref (item));
}

gboolean
ys_list_extend (YsVM    *vm,
                YsValue  list,
                YsValue  iterable)
{
  YsKind kind = ys_kind (vm, iterable);
  YsValue it, x;

  if (kind == YS_KIND_LIST || kind == YS_KIND_TUPLE)
    {
      const YsValue *src = kind == YS_KIND_LIST ? ys_list_as (iterable)->items
                                                : ((YsTuple *) ys_obj (iterable))->items;
      gsize n = kind == YS_KIND_LIST ? ys_list_as (iterable)->length : ys_tuple_len (iterable);
      YsList *l = ys_list_as (list);
      if (!list_reserve (vm, l, l->length + n))
        return FALSE;
      /* src may be l->items itself (x.extend(x)): the reserve above kept it valid. */
      src = kind == YS_KIND_LIST ? ys_list_as (iterable)->items : src;
      for (gsize i = 0; i < n; i++)
        l->items[l->length + i] = ys_ref (src[i]);
      l->length += n;
      return TRUE;
    }
  /* What CPython's length hint does for list (range (10**10)): the MemoryError comes
   * at once instead of after filling the memory. */
  if (kind == YS_KIND_RANGE)
    {
      gssize n = ys_len (vm, iterable);
      if (n < 0 || !list_reserve (vm, ys_list_as (list), ys_list_as (list)->length + (gsize) n))
        return FALSE;
    }
  it = ys_iter (vm, iterable);
  if (it == YS_NULL)
    return FALSE;
  for (gsize i = 1; (x = ys_next (vm, it)) != YS_NULL; i++)
    if (!ys_list_append_steal (vm, list, x) || !ys_vm_poll_stop (vm, i))
      break;
  ys_decref (vm, it);
  return vm->exc == YS_NULL;
}

YsValue
ys_list_from_iterable (YsVM    *vm,
                       YsValue  iterable)
{
  YsValue list = ys_list_new (vm, 0);

  if (list == YS_NULL)
    return YS_NULL;
  if (!ys_list_extend (vm, list, iterable))
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  return list;
}

YsValue
ys_list_to_tuple (YsVM    *vm,
                  YsValue  list)
{
  return ys_tuple_from_array (vm, ys_list_as (list)->items, ys_list_as (list)->length);
}

YsValue
ys_list_concat (YsVM    *vm,
                YsValue  a,
                YsValue  b)
{
  YsList *la = ys_list_as (a), *lb = ys_list_as (b);
  YsValue r = ys_list_new (vm, la->length + lb->length);
  YsList *lr;

  if (r == YS_NULL)
    return YS_NULL;
  lr = ys_list_as (r);
  for (gsize i = 0; i < la->length; i++)
    lr->items[lr->length++] = ys_ref (la->items[i]);
  for (gsize i = 0; i < lb->length; i++)
    lr->items[lr->length++] = ys_ref (lb->items[i]);
  return r;
}

YsValue
ys_list_repeat (YsVM    *vm,
                YsValue  list,
                gssize   n)
{
  YsList *l = ys_list_as (list), *lr;
  YsValue r;

  if (n > 0 && l->length > 0 && (gsize) n > G_MAXSIZE / 16 / l->length)
    return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  r = ys_list_new (vm, n > 0 ? l->length * (gsize) n : 0);
  if (r == YS_NULL)
    return YS_NULL;
  lr = ys_list_as (r);
  for (gssize k = 0; k < n; k++)
    {
      for (gsize i = 0; i < l->length; i++)
        lr->items[lr->length++] = ys_ref (l->items[i]);
      if (!ys_vm_poll_stop (vm, (gsize) k + 1))
        {
          ys_decref (vm, r);
          return YS_NULL;
        }
    }
  return r;
}

YsValue
ys_list_inplace_repeat (YsVM    *vm,
                        YsValue  list,
                        YsValue  count)
{
  gssize n;
  YsValue r;
  YsList *l = ys_list_as (list), *lr;

  if (!ys_index_to_ssize (vm, count, &n))
    return YS_NULL;
  r = ys_list_repeat (vm, list, n);
  if (r == YS_NULL)
    return YS_NULL;
  /* Swap the contents in: the list object stays the same. */
  lr = ys_list_as (r);
  {
    YsValue *items = l->items;
    gsize length = l->length, capacity = l->capacity;
    l->items = lr->items;
    l->length = lr->length;
    l->capacity = lr->capacity;
    lr->items = items;
    lr->length = length;
    lr->capacity = capacity;
  }
  ys_decref (vm, r);
  return ys_ref (list);
}

static gboolean
normalize_index (YsVM       *vm,
                 YsValue     key,
                 gsize       length,
                 gssize     *out,
                 const char *what)
{
  gssize i;

  if (!ys_index_to_ssize (vm, key, &i))
    {
      if (ys_exc_matches (vm, YS_EXC_OVERFLOW_ERROR))
        {
          ys_exc_clear (vm);
          ys_raise (vm, YS_EXC_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
      return FALSE;
    }
  if (i < 0)
    i += (gssize) length;
  if (i < 0 || i >= (gssize) length)
    {
      ys_raise (vm, YS_EXC_INDEX_ERROR, "%s index out of range", what);
      return FALSE;
    }
  *out = i;
  return TRUE;
}

static YsValue
slice_of_array (YsVM          *vm,
                const YsValue *items,
                gsize          length,
                YsValue        key,
                gboolean       as_tuple)
{
  gssize start, stop, step, count;
  YsValue r;

  if (!ys_slice_indices (vm, key, (gssize) length, &start, &stop, &step, &count))
    return YS_NULL;
  if (as_tuple)
    {
      r = ys_tuple_new (vm, (gsize) count);
      if (r == YS_NULL)
        return YS_NULL;
      for (gssize k = 0, i = start; k < count; k++, i += step)
        ys_tuple_set (r, k, ys_ref (items[i]));
      return r;
    }
  r = ys_list_new (vm, (gsize) count);
  if (r == YS_NULL)
    return YS_NULL;
  for (gssize k = 0, i = start; k < count; k++, i += step)
    ys_list_as (r)->items[ys_list_as (r)->length++] = ys_ref (items[i]);
  return r;
}

YsValue
ys_list_subscript (YsVM    *vm,
                   YsValue  list,
                   YsValue  key)
{
  YsList *l = ys_list_as (list);

  if (ys_is_small (key))
    {
      gssize i = ys_small_get (key);
      if (i < 0)
        i += (gssize) l->length;
      if (i < 0 || i >= (gssize) l->length)
        return ys_raise (vm, YS_EXC_INDEX_ERROR, "list index out of range");
      return ys_ref (l->items[i]);
    }
  if (ys_is_int (vm, key))
    {
      gssize i;
      if (!normalize_index (vm, key, l->length, &i, "list"))
        return YS_NULL;
      return ys_ref (l->items[i]);
    }
  if (ys_kind (vm, key) == YS_KIND_SLICE)
    return slice_of_array (vm, l->items, l->length, key, FALSE);
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "list indices must be integers or slices, not %s",
                   ys_type_name_of (vm, key));
}

gboolean
ys_list_ass_subscript (YsVM    *vm,
                       YsValue  list,
                       YsValue  key,
                       YsValue  value)
{
  YsList *l = ys_list_as (list);

  if (ys_is_int (vm, key))
    {
      gssize i;
      YsValue old;
      if (!normalize_index (vm, key, l->length, &i, "list assignment"))
        return FALSE;
      old = l->items[i];
      if (value == YS_NULL)
        {
          memmove (l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof (YsValue));
          l->length--;
        }
      else
        l->items[i] = ys_ref (value);
      ys_decref (vm, old);
      return TRUE;
    }
  if (ys_kind (vm, key) == YS_KIND_SLICE)
    {
      gssize start, stop, step, count;
      YsValue seq = YS_NULL;
      gsize n = 0;
      YsValue *old;

      if (!ys_slice_indices (vm, key, (gssize) l->length, &start, &stop, &step, &count))
        return FALSE;
      if (value != YS_NULL)
        {
          seq = ys_list_from_iterable (vm, value);
          if (seq == YS_NULL)
            {
              if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
                {
                  ys_exc_clear (vm);
                  ys_raise (vm, YS_EXC_TYPE_ERROR, "can only assign an iterable");
                }
              return FALSE;
            }
          n = ys_list_as (seq)->length;
        }
      if (step == 1)
        {
          gsize old_len = l->length;
          if (stop < start)
            stop = start;
          old = g_memdup2 (l->items + start, (stop - start) * sizeof (YsValue));
          if (!list_reserve (vm, l, old_len - (stop - start) + n))
            {
              g_free (old);
              ys_xdecref (vm, seq);
              return FALSE;
            }
          memmove (l->items + start + n, l->items + stop, (old_len - stop) * sizeof (YsValue));
          for (gsize i = 0; i < n; i++)
            l->items[start + i] = ys_ref (ys_list_as (seq)->items[i]);
          l->length = old_len - (stop - start) + n;
          for (gssize i = 0; i < stop - start; i++)
            ys_decref (vm, old[i]);
          g_free (old);
          ys_xdecref (vm, seq);
          return TRUE;
        }
      if (value == YS_NULL)
        {
          /* Delete every step-th item: compact what stays. */
          gboolean *gone = g_new0 (gboolean, l->length);
          gsize w = 0;
          GPtrArray *dropped = g_ptr_array_new ();
          for (gssize k = 0, i = start; k < count; k++, i += step)
            gone[i] = TRUE;
          for (gsize i = 0; i < l->length; i++)
            {
              if (gone[i])
                g_ptr_array_add (dropped, (gpointer) l->items[i]);
              else
                l->items[w++] = l->items[i];
            }
          l->length = w;
          for (guint i = 0; i < dropped->len; i++)
            ys_decref (vm, (YsValue) dropped->pdata[i]);
          g_ptr_array_unref (dropped);
          g_free (gone);
          return TRUE;
        }
      if ((gssize) n != count)
        {
          ys_decref (vm, seq);
          ys_raise (vm, YS_EXC_VALUE_ERROR,
                    "attempt to assign sequence of size %zu to extended slice of size %zd", n, count);
          return FALSE;
        }
      for (gssize k = 0, i = start; k < count; k++, i += step)
        {
          YsValue prev = l->items[i];
          l->items[i] = ys_ref (ys_list_as (seq)->items[k]);
          ys_decref (vm, prev);
        }
      ys_decref (vm, seq);
      return TRUE;
    }
  ys_raise (vm, YS_EXC_TYPE_ERROR, "list indices must be integers or slices, not %s",
            ys_type_name_of (vm, key));
  return FALSE;
}

/* A stable merge sort whose comparisons may fail (and run Python code). */
typedef struct
{
  YsValue key;
  YsValue value;
} SortItem;

static int
sort_less (YsVM     *vm,
           SortItem *a,
           SortItem *b)
{
  return ys_compare_bool (vm, a->key, b->key, 0 /* YS_CMP_LT */);
}

static gboolean
merge_sort (YsVM     *vm,
            SortItem *items,
            SortItem *tmp,
            gsize     n)
{
  gsize mid, i, j, k;

  if (n < 2)
    return TRUE;
  if (n <= 8)
    {
      /* Insertion sort: stable, few comparisons for short runs. */
      for (i = 1; i < n; i++)
        {
          SortItem x = items[i];
          j = i;
          while (j > 0)
            {
              int lt = sort_less (vm, &x, &items[j - 1]);
              if (lt < 0)
                return FALSE;
              if (!lt)
                break;
              items[j] = items[j - 1];
              j--;
            }
          items[j] = x;
        }
      return TRUE;
    }
  /* Sorting millions of items takes a while: Stop must reach it. */
  if (G_UNLIKELY (vm->stop_requested) && !ys_vm_stop_check (vm))
    return FALSE;
  mid = n / 2;
  if (!merge_sort (vm, items, tmp, mid) || !merge_sort (vm, items + mid, tmp, n - mid))
    return FALSE;
  memcpy (tmp, items, mid * sizeof (SortItem));
  i = 0;
  j = mid;
  k = 0;
  while (i < mid && j < n)
    {
      int lt = sort_less (vm, &items[j], &tmp[i]);
      if (lt < 0)
        {
          /* Put the rest back so every item is still held once. */
          while (i < mid)
            items[k++] = tmp[i++];
          return FALSE;
        }
      if (lt)
        items[k++] = items[j++];
      else
        items[k++] = tmp[i++];
    }
  while (i < mid)
    items[k++] = tmp[i++];
  return TRUE;
}

gboolean
ys_list_sort (YsVM     *vm,
              YsValue   list,
              YsValue   key,
              gboolean  reverse)
{
  YsList *l = ys_list_as (list);
  gsize n = l->length;
  SortItem *items, *tmp;
  YsValue *saved = l->items;
  gsize saved_cap = l->capacity;
  gboolean ok = TRUE;

  /* The list looks empty while it is sorted, as in CPython. */
  l->items = NULL;
  l->length = 0;
  l->capacity = 0;
  items = g_try_new (SortItem, n + 1);
  tmp = g_try_new (SortItem, n / 2 + 1);
  if (items == NULL || tmp == NULL)
    {
      g_free (items);
      g_free (tmp);
      l->items = saved;
      l->length = n;
      l->capacity = saved_cap;
      ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
      return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    {
      items[i].value = saved[i];
      items[i].key = saved[i];
    }
  for (gsize i = 0; i < n; i++)
    {
      if (key != YS_NULL && !ys_is_none (vm, key) && ok)
        {
          items[i].key = ys_call1 (vm, key, saved[i]);
          if (items[i].key == YS_NULL)
            {
              ok = FALSE;
              for (gsize j = i; j < n; j++)
                items[j].key = YS_NULL;
              break;
            }
        }
    }
  if (ok && reverse)
    {
      for (gsize i = 0; i < n / 2; i++)
        {
          SortItem t = items[i];
          items[i] = items[n - 1 - i];
          items[n - 1 - i] = t;
        }
    }
  if (ok)
    ok = merge_sort (vm, items, tmp, n);
  if (ok && reverse)
    {
      for (gsize i = 0; i < n / 2; i++)
        {
          SortItem t = items[i];
          items[i] = items[n - 1 - i];
          items[n - 1 - i] = t;
        }
    }
  for (gsize i = 0; i < n; i++)
    {
      saved[i] = items[i].value;
      if (key != YS_NULL && !ys_is_none (vm, key) && items[i].key != YS_NULL)
        ys_decref (vm, items[i].key);
    }
  g_free (items);
  g_free (tmp);
  if (l->items != NULL || l->length != 0)
    {
      if (ok)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "list modified during sort");
      ok = FALSE;
      list_clear_refs (vm, ys_obj (list));
      ys_buffer_realloc (vm, YS_KIND_LIST, l->items, l->capacity * sizeof (YsValue), 0);
    }
  l->items = saved;
  l->length = n;
  l->capacity = saved_cap;
  return ok;
}

/* list methods */

#define METHOD(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

METHOD (list_append)
{
  if (!ys_args_check (vm, "list.append", argc, kwnames, 1, 1))
    return YS_NULL;
  if (!ys_list_append (vm, self, argv[0]))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (list_extend_method)
{
  if (!ys_args_check (vm, "list.extend", argc, kwnames, 1, 1))
    return YS_NULL;
  if (!ys_list_extend (vm, self, argv[0]))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (list_insert)
{
  YsList *l = ys_list_as (self);
  gssize i;

  if (!ys_args_check (vm, "insert", argc, kwnames, 2, 2))
    return YS_NULL;
  if (!ys_index_to_ssize (vm, argv[0], &i))
    return YS_NULL;
  if (i < 0)
    i = MAX (i + (gssize) l->length, 0);
  if (i > (gssize) l->length)
    i = (gssize) l->length;
  if (!list_reserve (vm, l, l->length + 1))
    return YS_NULL;
  memmove (l->items + i + 1, l->items + i, (l->length - i) * sizeof (YsValue));
  l->items[i] = ys_ref (argv[1]);
  l->length++;
  return ys_none (vm);
}

METHOD (list_pop)
{
  YsList *l = ys_list_as (self);
  gssize i = -1;
  YsValue v;

  if (!ys_args_check (vm, "pop", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 1 && !ys_index_to_ssize (vm, argv[0], &i))
    return YS_NULL;
  if (l->length == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "pop from empty list");
  if (i < 0)
    i += (gssize) l->length;
  if (i < 0 || i >= (gssize) l->length)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "pop index out of range");
  v = l->items[i];
  memmove (l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof (YsValue));
  l->length--;
  return v;
}

static gboolean
slice_bounds (YsVM          *vm,
              int            argc,
              const YsValue *argv,
              gsize          length,
              gssize        *start,
              gssize        *stop)
{
  *start = 0;
  *stop = (gssize) length;
  for (int k = 0; k < argc; k++)
    {
      gssize v;
      if (!ys_index_to_ssize (vm, argv[k], &v))
        return FALSE;
      if (v < 0)
        v = MAX (v + (gssize) length, 0);
      if (v > (gssize) length)
        v = (gssize) length;
      if (k == 0)
        *start = v;
      else
        *stop = v;
    }
  return TRUE;
}

METHOD (list_index)
{
  YsList *l = ys_list_as (self);
  gssize start, stop;

  if (!ys_args_check (vm, "index", argc, kwnames, 1, 3))
    return YS_NULL;
  if (!slice_bounds (vm, argc - 1, argv + 1, l->length, &start, &stop))
    return YS_NULL;
  for (gssize i = start; i < stop && i < (gssize) l->length; i++)
    {
      int eq = ys_equal (vm, l->items[i], argv[0]);
      if (eq < 0)
        return YS_NULL;
      if (eq)
        return ys_small (i);
    }
  {
    YsValue r = ys_repr (vm, argv[0]);
    if (r == YS_NULL)
      return YS_NULL;
    ys_raise (vm, YS_EXC_VALUE_ERROR, "%s is not in list", ys_str_data (r));
    ys_decref (vm, r);
    return YS_NULL;
  }
}

METHOD (list_count)
{
  YsList *l = ys_list_as (self);
  gssize n = 0;

  if (!ys_args_check (vm, "list.count", argc, kwnames, 1, 1))
    return YS_NULL;
  for (gsize i = 0; i < l->length; i++)
    {
      int eq = ys_equal (vm, l->items[i], argv[0]);
      if (eq < 0)
        return YS_NULL;
      n += eq;
    }
  return ys_small (n);
}

METHOD (list_remove)
{
  YsList *l = ys_list_as (self);

  if (!ys_args_check (vm, "list.remove", argc, kwnames, 1, 1))
    return YS_NULL;
  for (gsize i = 0; i < l->length; i++)
    {
      int eq = ys_equal (vm, l->items[i], argv[0]);
      if (eq < 0)
        return YS_NULL;
      if (eq)
        {
          YsValue old = l->items[i];
          memmove (l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof (YsValue));
          l->length--;
          ys_decref (vm, old);
          return ys_none (vm);
        }
    }
  return ys_raise (vm, YS_EXC_VALUE_ERROR, "list.remove(x): x not in list");
}

METHOD (list_sort)
{
  static const char *const allowed[] = { "key", "reverse", NULL };
  YsValue key, rev;
  int reverse = 0;

  if (argc > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "sort() takes no positional arguments");
  if (!ys_args_only_keywords (vm, "sort", kwnames, allowed))
    return YS_NULL;
  key = ys_args_keyword (vm, argc, argv, kwnames, "key");
  rev = ys_args_keyword (vm, argc, argv, kwnames, "reverse");
  if (rev != YS_NULL && (reverse = ys_truthy (vm, rev)) < 0)
    return YS_NULL;
  if (!ys_list_sort (vm, self, key, reverse))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (list_reverse)
{
  YsList *l = ys_list_as (self);

  if (!ys_args_check (vm, "reverse", argc, kwnames, 0, 0))
    return YS_NULL;
  for (gsize i = 0; i < l->length / 2; i++)
    {
      YsValue t = l->items[i];
      l->items[i] = l->items[l->length - 1 - i];
      l->items[l->length - 1 - i] = t;
    }
  return ys_none (vm);
}

METHOD (list_copy)
{
  if (!ys_args_check (vm, "copy", argc, kwnames, 0, 0))
    return YS_NULL;
  return slice_of_array (vm, ys_list_as (self)->items, ys_list_as (self)->length,
                         ys_val (NULL), FALSE);
}

METHOD (list_clear)
{
  if (!ys_args_check (vm, "clear", argc, kwnames, 0, 0))
    return YS_NULL;
  list_clear_refs (vm, ys_obj (self));
  return ys_none (vm);
}

static YsValue
list_new_func (YsVM          *vm,
               YsValue        type,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  if (!ys_args_no_keywords (vm, "list", kwnames))
    return YS_NULL;
  if (argc > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "list expected at most 1 argument, got %d", argc);
  if (argc == 0)
    return ys_list_new (vm, 0);
  return ys_list_from_iterable (vm, argv[0]);
}

/* tuple */

static void
tuple_dealloc (YsVM     *vm,
               YsObject *obj)
{
  YsTuple *t = (YsTuple *) obj;

  for (gsize i = t->length; i-- > 0;)
    if (t->items[i] != YS_NULL)
      ys_decref (vm, t->items[i]);
  ys_free_object (vm, obj);
}

static void
tuple_clear_refs (YsVM     *vm,
                  YsObject *obj)
{
  YsTuple *t = (YsTuple *) obj;

  for (gsize i = 0; i < t->length; i++)
    ys_clear (vm, &t->items[i]);
}

YsValue
ys_tuple_new (YsVM  *vm,
              gsize  length)
{
  YsTuple *t;

  if (length == 0 && vm->empty_tuple != YS_NULL)
    return ys_ref (vm->empty_tuple);
  if (length > (G_MAXUINT32 - sizeof (YsTuple)) / sizeof (YsValue))
    return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  t = (YsTuple *) ys_gc_alloc (vm, vm->types[YS_KIND_TUPLE], sizeof (YsTuple) + length * sizeof (YsValue));
  if (t == NULL)
    return YS_NULL;
  t->length = length;
  t->hash = -1;
  return ys_val (t);
}

YsValue
ys_tuple_from_array (YsVM          *vm,
                     const YsValue *items,
                     gsize          n)
{
  YsValue t = ys_tuple_new (vm, n);

  if (t == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < n; i++)
    ys_tuple_set (t, i, ys_ref (items[i]));
  return t;
}

YsValue
ys_tuple_pack (YsVM  *vm,
               gsize  n,
               ...)
{
  YsValue t = ys_tuple_new (vm, n);
  va_list args;

  va_start (args, n);
  for (gsize i = 0; i < n; i++)
    {
      YsValue v = va_arg (args, YsValue);
      if (t != YS_NULL)
        ys_tuple_set (t, i, v);
      else
        ys_decref (vm, v);
    }
  va_end (args);
  return t;
}

gboolean
ys_tuple_hash (YsVM    *vm,
               YsValue  tv,
               gint64  *out)
{
  /* CPython's xxHash-based tuple hash, so that sets of tuples order as CPython's.
   * Tuples in tuples are hashed with a stack of our own, not the C stack's: CPython
   * hashes a tuple nested 10**5 deep. */
  typedef struct
  {
    YsTuple *t;
    gsize    i;
    guint64  acc;
  } Level;
  const guint64 p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                p5 = 2870177450012600261ull;
  g_autoptr (GArray) outer = NULL;
  YsTuple *t = (YsTuple *) ys_obj (tv);
  gsize i = 0;
  guint64 acc = p5;

  for (;;)
    {
      guint64 h;
      if (i < t->length)
        {
          YsValue item = t->items[i];
          gint64 ih;
          if (ys_kind (vm, item) == YS_KIND_TUPLE)
            {
              Level level = { t, i, acc };
              if (outer == NULL)
                outer = g_array_new (FALSE, FALSE, sizeof (Level));
              g_array_append_val (outer, level);
              t = (YsTuple *) ys_obj (item);
              i = 0;
              acc = p5;
              continue;
            }
          if (!ys_hash (vm, item, &ih))
            return FALSE;
          h = (guint64) ih;
        }
      else
        {
          acc += t->length ^ (p5 ^ 3527539ull);
          if (acc == (guint64) -1)
            acc = 1546275796;
          if (outer == NULL || outer->len == 0)
            break;
          h = acc;
          {
            Level *level = &g_array_index (outer, Level, outer->len - 1);
            t = level->t;
            i = level->i;
            acc = level->acc;
            g_array_set_size (outer, outer->len - 1);
          }
        }
      acc += h * p2;
      acc = (acc << 31) | (acc >> 33);
      acc *= p1;
      i++;
    }
  *out = (gint64) acc;
  return TRUE;
}

YsValue
ys_tuple_concat (YsVM    *vm,
                 YsValue  a,
                 YsValue  b)
{
  gsize na = ys_tuple_len (a), nb = ys_tuple_len (b);
  YsValue r = ys_tuple_new (vm, na + nb);

  if (r == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < na; i++)
    ys_tuple_set (r, i, ys_ref (ys_tuple_get (a, i)));
  for (gsize i = 0; i < nb; i++)
    ys_tuple_set (r, na + i, ys_ref (ys_tuple_get (b, i)));
  return r;
}

YsValue
ys_tuple_repeat (YsVM    *vm,
                 YsValue  tv,
                 gssize   n)
{
  gsize len = ys_tuple_len (tv);
  YsValue r;

  if (n <= 0)
    return ys_tuple_new (vm, 0);
  if (n == 1)
    return ys_ref (tv);
  if (len > 0 && (gsize) n > G_MAXSIZE / 16 / len)
    return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  r = ys_tuple_new (vm, len * (gsize) n);
  if (r == YS_NULL)
    return YS_NULL;
  for (gssize k = 0; k < n; k++)
    for (gsize i = 0; i < len; i++)
      ys_tuple_set (r, k * len + i, ys_ref (ys_tuple_get (tv, i)));
  return r;
}

YsValue
ys_tuple_subscript (YsVM    *vm,
                    YsValue  tv,
                    YsValue  key)
{
  YsTuple *t = (YsTuple *) ys_obj (tv);

  if (ys_is_int (vm, key))
    {
      gssize i;
      if (!normalize_index (vm, key, t->length, &i, "tuple"))
        return YS_NULL;
      return ys_ref (t->items[i]);
    }
  if (ys_kind (vm, key) == YS_KIND_SLICE)
    return slice_of_array (vm, t->items, t->length, key, TRUE);
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "tuple indices must be integers or slices, not %s",
                   ys_type_name_of (vm, key));
}

METHOD (tuple_count)
{
  gssize n = 0;

  if (!ys_args_check (vm, "tuple.count", argc, kwnames, 1, 1))
    return YS_NULL;
  for (gsize i = 0; i < ys_tuple_len (self); i++)
    {
      int eq = ys_equal (vm, ys_tuple_get (self, i), argv[0]);
      if (eq < 0)
        return YS_NULL;
      n += eq;
    }
  return ys_small (n);
}

METHOD (tuple_index)
{
  gssize start, stop;

  if (!ys_args_check (vm, "index", argc, kwnames, 1, 3))
    return YS_NULL;
  if (!slice_bounds (vm, argc - 1, argv + 1, ys_tuple_len (self), &start, &stop))
    return YS_NULL;
  for (gssize i = start; i < stop; i++)
    {
      int eq = ys_equal (vm, ys_tuple_get (self, i), argv[0]);
      if (eq < 0)
        return YS_NULL;
      if (eq)
        return ys_small (i);
    }
  return ys_raise (vm, YS_EXC_VALUE_ERROR, "tuple.index(x): x not in tuple");
}

static YsValue
tuple_new_func (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  if (!ys_args_no_keywords (vm, "tuple", kwnames))
    return YS_NULL;
  if (argc > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "tuple expected at most 1 argument, got %d", argc);
  if (argc == 0)
    return ys_tuple_new (vm, 0);
  return ys_sequence_to_tuple (vm, argv[0]);
}

/* slice */

static void
slice_dealloc (YsVM     *vm,
               YsObject *obj)
{
  YsSlice *s = (YsSlice *) obj;

  ys_decref (vm, s->start);
  ys_decref (vm, s->stop);
  ys_decref (vm, s->step);
  ys_free_object (vm, obj);
}

YsValue
ys_slice_new (YsVM    *vm,
              YsValue  start,
              YsValue  stop,
              YsValue  step)
{
  YsSlice *s = (YsSlice *) ys_alloc (vm, vm->types[YS_KIND_SLICE], sizeof (YsSlice));

  if (s == NULL)
    return YS_NULL;
  s->start = ys_ref (start);
  s->stop = ys_ref (stop);
  s->step = ys_ref (step);
  return ys_val (s);
}

static gboolean
slice_value (YsVM    *vm,
             YsValue  v,
             gssize  *out)
{
  gint64 i;

  if (!ys_is_int (vm, v))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR,
                "slice indices must be integers or None or have an __index__ method");
      return FALSE;
    }
  if (!ys_int_to_i64 (vm, v, &i))
    {
      /* Huge bounds clamp, as CPython's do. */
      mpz_t z;
      mpz_init (z);
      ys_int_to_mpz (v, z);
      i = mpz_sgn (z) < 0 ? G_MINSSIZE : G_MAXSSIZE;
      mpz_clear (z);
    }
  *out = (gssize) i;
  return TRUE;
}

gboolean
ys_slice_indices (YsVM    *vm,
                  YsValue  slice,
                  gssize   length,
                  gssize  *start_out,
                  gssize  *stop_out,
                  gssize  *step_out,
                  gssize  *count_out)
{
  gssize start, stop, step = 1;

  if (slice == YS_NULL)
    {
      /* A whole-sequence slice, for copies. */
      *start_out = 0;
      *stop_out = length;
      *step_out = 1;
      *count_out = length;
      return TRUE;
    }
  {
    YsSlice *s = (YsSlice *) ys_obj (slice);
    if (!ys_is_none (vm, s->step))
      {
        if (!slice_value (vm, s->step, &step))
          return FALSE;
        if (step == 0)
          {
            ys_raise (vm, YS_EXC_VALUE_ERROR, "slice step cannot be zero");
            return FALSE;
          }
      }
    if (ys_is_none (vm, s->start))
      start = step < 0 ? length - 1 : 0;
    else
      {
        if (!slice_value (vm, s->start, &start))
          return FALSE;
        if (start < 0)
          {
            start += length;
            if (start < 0)
              start = step < 0 ? -1 : 0;
          }
        else if (start >= length)
          start = step < 0 ? length - 1 : length;
      }
    if (ys_is_none (vm, s->stop))
      stop = step < 0 ? -1 : length;
    else
      {
        if (!slice_value (vm, s->stop, &stop))
          return FALSE;
        if (stop < 0)
          {
            stop += length;
            if (stop < 0)
              stop = step < 0 ? -1 : 0;
          }
        else if (stop >= length)
          stop = step < 0 ? length - 1 : length;
      }
  }
  *start_out = start;
  *stop_out = stop;
  *step_out = step;
  if (step > 0)
    *count_out = start < stop ? (stop - start - 1) / step + 1 : 0;
  else
    *count_out = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return TRUE;
}

/* range */

static void
range_dealloc (YsVM     *vm,
               YsObject *obj)
{
  YsRange *r = (YsRange *) obj;

  ys_decref (vm, r->start);
  ys_decref (vm, r->stop);
  ys_decref (vm, r->step);
  ys_decref (vm, r->length);
  ys_free_object (vm, obj);
}

static YsValue
range_compute_length (YsVM    *vm,
                      YsValue  start,
                      YsValue  stop,
                      YsValue  step)
{
  mpz_t a, b, s, n;

  mpz_inits (a, b, s, n, NULL);
  ys_int_to_mpz (start, a);
  ys_int_to_mpz (stop, b);
  ys_int_to_mpz (step, s);
  if (mpz_sgn (s) > 0 ? mpz_cmp (a, b) < 0 : mpz_cmp (a, b) > 0)
    {
      /* (stop - start - sign(step)) // step + 1 */
      mpz_sub (n, b, a);
      if (mpz_sgn (s) > 0)
        mpz_sub_ui (n, n, 1);
      else
        mpz_add_ui (n, n, 1);
      mpz_fdiv_q (n, n, s);
      mpz_add_ui (n, n, 1);
    }
  mpz_clears (a, b, s, NULL);
  {
    YsValue r = ys_int_from_mpz (vm, n);
    mpz_clear (n);
    return r;
  }
}

YsValue
ys_range_new (YsVM    *vm,
              YsValue  start,
              YsValue  stop,
              YsValue  step)
{
  YsRange *r;

  if (ys_is_int (vm, step) && !ys_truthy (vm, step))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "range() arg 3 must not be zero");
  r = (YsRange *) ys_alloc (vm, vm->types[YS_KIND_RANGE], sizeof (YsRange));
  if (r == NULL)
    return YS_NULL;
  r->start = ys_int_index (vm, start, NULL);
  r->stop = ys_int_index (vm, stop, NULL);
  r->step = ys_int_index (vm, step, NULL);
  r->length = range_compute_length (vm, r->start, r->stop, r->step);
  return ys_val (r);
}

static YsValue
range_item (YsVM   *vm,
            YsRange *r,
            YsValue  index)
{
  YsValue prod = ys_binary_op (vm, 2 /* mul */, index, r->step), v;

  if (prod == YS_NULL)
    return YS_NULL;
  v = ys_binary_op (vm, 0 /* add */, r->start, prod);
  ys_decref (vm, prod);
  return v;
}

YsValue
ys_range_subscript (YsVM    *vm,
                    YsValue  rv,
                    YsValue  key)
{
  YsRange *r = (YsRange *) ys_obj (rv);

  if (ys_is_int (vm, key))
    {
      YsValue idx = ys_int_index (vm, key, NULL);
      int neg = ys_compare_bool (vm, idx, ys_small (0), 0);
      YsValue item;
      if (neg)
        {
          YsValue fixed = ys_binary_op (vm, 0, idx, r->length);
          ys_decref (vm, idx);
          idx = fixed;
        }
      if (ys_compare_bool (vm, idx, ys_small (0), 0) || !ys_compare_bool (vm, idx, r->length, 0))
        {
          ys_decref (vm, idx);
          return ys_raise (vm, YS_EXC_INDEX_ERROR, "range object index out of range");
        }
      item = range_item (vm, r, idx);
      ys_decref (vm, idx);
      return item;
    }
  if (ys_kind (vm, key) == YS_KIND_SLICE)
    {
      gssize start, stop, step, count, len;
      YsValue a, b, s, st, result;
      if (!ys_index_to_ssize (vm, r->length, &len))
        return YS_NULL;
      if (!ys_slice_indices (vm, key, len, &start, &stop, &step, &count))
        return YS_NULL;
      a = range_item (vm, r, ys_small (start));
      b = range_item (vm, r, ys_small (start + count * step));
      st = ys_small (step);
      s = ys_binary_op (vm, 2, r->step, st);
      result = ys_range_new (vm, a, b, s);
      ys_decref (vm, a);
      ys_decref (vm, b);
      ys_decref (vm, s);
      return result;
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "range indices must be integers or slices, not %s",
                   ys_type_name_of (vm, key));
}

int
ys_range_contains (YsVM    *vm,
                   YsValue  rv,
                   YsValue  item)
{
  YsRange *r = (YsRange *) ys_obj (rv);

  if (ys_is_int (vm, item))
    {
      mpz_t a, s, x, n, d;
      int in;
      mpz_inits (a, s, x, n, d, NULL);
      ys_int_to_mpz (r->start, a);
      ys_int_to_mpz (r->step, s);
      ys_int_to_mpz (item, x);
      ys_int_to_mpz (r->length, n);
      mpz_sub (d, x, a);
      in = mpz_divisible_p (d, s);
      if (in)
        {
          mpz_divexact (d, d, s);
          in = mpz_sgn (d) >= 0 && mpz_cmp (d, n) < 0;
        }
      mpz_clears (a, s, x, n, d, NULL);
      return in;
    }
  {
    gssize len;
    if (!ys_index_to_ssize (vm, r->length, &len))
      return -1;
    for (gssize i = 0; i < len; i++)
      {
        YsValue v = range_item (vm, r, ys_small (i));
        int eq = ys_equal (vm, v, item);
        ys_decref (vm, v);
        if (eq != 0)
          return eq;
      }
    return 0;
  }
}

int
ys_range_equal (YsVM    *vm,
                YsValue  a,
                YsValue  b)
{
  YsRange *ra = (YsRange *) ys_obj (a), *rb = (YsRange *) ys_obj (b);
  int eq = ys_equal (vm, ra->length, rb->length);

  if (eq <= 0)
    return eq;
  if (!ys_truthy (vm, ra->length))
    return 1;
  eq = ys_equal (vm, ra->start, rb->start);
  if (eq <= 0)
    return eq;
  if (ys_equal (vm, ra->length, ys_small (1)) == 1)
    return 1;
  return ys_equal (vm, ra->step, rb->step);
}

static YsValue
range_new_func (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsValue start = ys_small (0), stop, step = ys_small (1);

  if (!ys_args_no_keywords (vm, "range", kwnames))
    return YS_NULL;
  if (argc == 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "range expected at least 1 argument, got 0");
  if (argc > 3)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "range expected at most 3 arguments, got %d", argc);
  for (int i = 0; i < argc; i++)
    if (!ys_is_int (vm, argv[i]))
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                       ys_type_name_of (vm, argv[i]));
  if (argc == 1)
    stop = argv[0];
  else
    {
      start = argv[0];
      stop = argv[1];
      if (argc == 3)
        step = argv[2];
    }
  return ys_range_new (vm, start, stop, step);
}

/* Iterators */

static void
iterator_dealloc (YsVM     *vm,
                  YsObject *obj)
{
  YsIterator *it = (YsIterator *) obj;

  ys_clear (vm, &it->seq);
  for (int i = 0; i < 3; i++)
    ys_clear (vm, &it->extra[i]);
  ys_free_object (vm, obj);
}

static void
iterator_clear_refs (YsVM     *vm,
                     YsObject *obj)
{
  YsIterator *it = (YsIterator *) obj;

  ys_clear (vm, &it->seq);
  for (int i = 0; i < 3; i++)
    ys_clear (vm, &it->extra[i]);
}

static YsValue
iterator_next_method (YsVM          *vm,
                      YsValue        self,
                      int            argc,
                      const YsValue *argv,
                      YsValue        kwnames)
{
  YsValue v;

  if (!ys_args_check (vm, "__next__", argc, kwnames, 0, 0))
    return YS_NULL;
  v = ys_iterator_next (vm, self);
  if (v == YS_NULL && vm->exc == YS_NULL)
    return ys_raise_empty (vm, YS_EXC_STOP_ITERATION);
  return v;
}

static YsValue
iterator_iter_method (YsVM          *vm,
                      YsValue        self,
                      int            argc,
                      const YsValue *argv,
                      YsValue        kwnames)
{
  if (!ys_args_check (vm, "__iter__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_ref (self);
}

YsType *
ys_iterator_type (YsVM       *vm,
                  const char *name)
{
  static const YsMethodDef methods[] = {
    { "__next__", iterator_next_method }, { "__iter__", iterator_iter_method }, { NULL, NULL }
  };
  YsType *type = g_hash_table_lookup (vm->iterator_types, name);

  if (type == NULL)
    {
      type = ys_type_new (vm, name, YS_KIND_ITERATOR, vm->types[YS_KIND_OBJECT], YS_TYPE_GC);
      ys_type_add_methods (vm, type, methods);
      type->dealloc = iterator_dealloc;
      type->clear = iterator_clear_refs;
      g_hash_table_insert (vm->iterator_types, (gpointer) ys_type_name (type), type);
    }
  return type;
}

YsValue
ys_iterator_new (YsVM           *vm,
                 YsType         *type,
                 YsIterNextFunc  next,
                 YsValue         seq)
{
  YsIterator *it = (YsIterator *) ys_gc_alloc (vm, type, sizeof (YsIterator));

  if (it == NULL)
    return YS_NULL;
  it->next = next;
  it->seq = seq != YS_NULL ? ys_ref (seq) : YS_NULL;
  return ys_val (it);
}

YsValue
ys_iterator_next (YsVM    *vm,
                  YsValue  v)
{
  YsIterator *it = (YsIterator *) ys_obj (v);

  return it->next (vm, it);
}

static YsValue
list_iter_next (YsVM       *vm,
                YsIterator *it)
{
  YsList *l;

  if (it->seq == YS_NULL)
    return YS_NULL;
  l = ys_list_as (it->seq);
  if (it->index < l->length)
    return ys_ref (l->items[it->index++]);
  ys_clear (vm, &it->seq);
  return YS_NULL;
}

static YsValue
list_reverse_iter_next (YsVM       *vm,
                        YsIterator *it)
{
  YsList *l;

  if (it->seq == YS_NULL)
    return YS_NULL;
  l = ys_list_as (it->seq);
  if (it->count >= 0 && (gsize) it->count < l->length)
    return ys_ref (l->items[it->count--]);
  ys_clear (vm, &it->seq);
  return YS_NULL;
}

static YsValue
tuple_iter_next (YsVM       *vm,
                 YsIterator *it)
{
  if (it->seq == YS_NULL)
    return YS_NULL;
  if (it->index < ys_tuple_len (it->seq))
    return ys_ref (ys_tuple_get (it->seq, it->index++));
  ys_clear (vm, &it->seq);
  return YS_NULL;
}

static YsValue
str_iter_next (YsVM       *vm,
               YsIterator *it)
{
  YsStr *s;

  if (it->seq == YS_NULL)
    return YS_NULL;
  s = ys_str_as (it->seq);
  /* index is a byte offset here. */
  if (it->index < s->nbytes)
    {
      const char *p = s->data + it->index;
      const char *next = g_utf8_next_char (p);
      it->index = next - s->data;
      return ys_str_new (vm, p, next - p);
    }
  ys_clear (vm, &it->seq);
  return YS_NULL;
}

/* range iterators count with small ints: extra[0] is the next value, extra[1] the step,
 * count the items left. Huge ranges fall back to exact arithmetic. */
static YsValue
range_iter_next (YsVM       *vm,
                 YsIterator *it)
{
  YsValue v;

  if (it->count <= 0)
    return YS_NULL;
  it->count--;
  v = it->extra[0];
  if (it->count > 0 && ys_is_small (v) && ys_is_small (it->extra[1]))
    {
      /* Two 62-bit values cannot overflow a 64-bit sum. */
      intptr_t next = ys_small_get (v) + ys_small_get (it->extra[1]);
      if (next >= YS_SMALL_MIN && next <= YS_SMALL_MAX)
        {
          it->extra[0] = ys_small (next);
          return v;
        }
    }
  if (it->count > 0)
    {
      it->extra[0] = ys_binary_op (vm, 0, v, it->extra[1]);
      if (it->extra[0] == YS_NULL)
        {
          it->count = 0;
          return v;
        }
    }
  else
    it->extra[0] = YS_NULL;
  return v;
}

static YsValue
seq_iter_next (YsVM       *vm,
               YsIterator *it)
{
  YsValue v;

  if (it->seq == YS_NULL)
    return YS_NULL;
  v = ys_getitem (vm, it->seq, ys_small ((intptr_t) it->index));
  if (v == YS_NULL)
    {
      if (ys_exc_matches (vm, YS_EXC_INDEX_ERROR) || ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
        {
          ys_exc_clear (vm);
          ys_clear (vm, &it->seq);
        }
      return YS_NULL;
    }
  it->index++;
  return v;
}

YsValue
ys_seq_iter_new (YsVM    *vm,
                 YsValue  seq)
{
  return ys_iterator_new (vm, ys_iterator_type (vm, "iterator"), seq_iter_next, seq);
}

YsValue
ys_list_reversed (YsVM    *vm,
                  YsValue  list)
{
  YsValue it = ys_iterator_new (vm, ys_iterator_type (vm, "list_reverseiterator"),
                                list_reverse_iter_next, list);

  if (it != YS_NULL)
    ((YsIterator *) ys_obj (it))->count = (gssize) ys_list_as (list)->length - 1;
  return it;
}

static YsValue
range_iter_new (YsVM    *vm,
                YsValue  rv)
{
  YsRange *r = (YsRange *) ys_obj (rv);
  YsValue it = ys_iterator_new (vm, ys_iterator_type (vm, "range_iterator"), range_iter_next, YS_NULL);
  YsIterator *i;
  gssize n;

  if (it == YS_NULL)
    return YS_NULL;
  i = (YsIterator *) ys_obj (it);
  if (!ys_index_to_ssize (vm, r->length, &n))
    {
      ys_exc_clear (vm);
      ys_decref (vm, it);
      return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C long");
    }
  i->count = n;
  i->extra[0] = n > 0 ? ys_ref (r->start) : YS_NULL;
  i->extra[1] = ys_ref (r->step);
  return it;
}

YsValue
ys_builtin_iter (YsVM    *vm,
                 YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_LIST:
      return ys_iterator_new (vm, ys_iterator_type (vm, "list_iterator"), list_iter_next, v);
    case YS_KIND_TUPLE:
      return ys_iterator_new (vm, ys_iterator_type (vm, "tuple_iterator"), tuple_iter_next, v);
    case YS_KIND_STR:
      return ys_iterator_new (vm, ys_iterator_type (vm, "str_ascii_iterator"), str_iter_next, v);
    case YS_KIND_RANGE:
      return range_iter_new (vm, v);
    case YS_KIND_DICT:
    case YS_KIND_DICTVIEW:
      return ys_dict_iter (vm, v);
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      return ys_set_iter (vm, v);
    case YS_KIND_GENERATOR:
    case YS_KIND_ITERATOR:
    case YS_KIND_FILE:
      return ys_ref (v);
    default:
      return YS_NULL;
    }
}

/* repr of sequences */

gboolean
ys_repr_enter (YsVM    *vm,
               YsValue  v)
{
  for (guint i = 0; i < vm->repr_stack->len; i++)
    if ((YsValue) vm->repr_stack->pdata[i] == v)
      return FALSE;
  g_ptr_array_add (vm->repr_stack, (gpointer) v);
  return TRUE;
}

void
ys_repr_leave (YsVM    *vm,
               YsValue  v)
{
  g_ptr_array_remove (vm->repr_stack, (gpointer) v);
}

static YsValue
repr_items (YsVM          *vm,
            YsValue        owner,
            const YsValue *items_unstable,
            gsize          n,
            const char    *open,
            const char    *close,
            gboolean       one_comma)
{
  GString *out;
  YsKind kind = ys_kind (vm, owner);

  if (!ys_repr_enter (vm, owner))
    return ys_str_printf (vm, "%s...%s", open, close);
  out = g_string_new (open);
  for (gsize i = 0; ; i++)
    {
      YsValue r, item;
      /* The list may change while its items print. */
      gsize len = kind == YS_KIND_LIST ? ys_list_as (owner)->length : n;
      if (i >= len)
        break;
      item = kind == YS_KIND_LIST ? ys_list_as (owner)->items[i] : items_unstable[i];
      ys_incref (item);
      r = ys_repr (vm, item);
      ys_decref (vm, item);
      /* A long repr is a long loop: Stop must reach it; and it must not outgrow a str. */
      if (r != YS_NULL && (out->len > YS_STR_MAX_BYTES - ys_str_as (r)->nbytes || !ys_vm_stop_check (vm)))
        {
          if (vm->exc == YS_NULL)
            ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
          ys_clear (vm, &r);
        }
      if (r == YS_NULL)
        {
          ys_repr_leave (vm, owner);
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append_len (out, ys_str_data (r), ys_str_as (r)->nbytes);
      ys_decref (vm, r);
    }
  if (one_comma && n == 1)
    g_string_append_c (out, ',');
  g_string_append (out, close);
  ys_repr_leave (vm, owner);
  return ys_str_take (vm, g_string_free (out, FALSE));
}

YsValue
ys_sequence_repr (YsVM    *vm,
                  YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_LIST:
      return repr_items (vm, v, ys_list_as (v)->items, ys_list_as (v)->length, "[", "]", FALSE);
    case YS_KIND_TUPLE:
      return repr_items (vm, v, ((YsTuple *) ys_obj (v))->items, ys_tuple_len (v), "(", ")", TRUE);
    case YS_KIND_RANGE:
      {
        YsRange *r = (YsRange *) ys_obj (v);
        YsValue a = ys_repr (vm, r->start), b = ys_repr (vm, r->stop), s = ys_repr (vm, r->step);
        YsValue out;
        if (ys_equal (vm, r->step, ys_small (1)) == 1)
          out = ys_str_printf (vm, "range(%s, %s)", ys_str_data (a), ys_str_data (b));
        else
          out = ys_str_printf (vm, "range(%s, %s, %s)", ys_str_data (a), ys_str_data (b), ys_str_data (s));
        ys_decref (vm, a);
        ys_decref (vm, b);
        ys_decref (vm, s);
        return out;
      }
    case YS_KIND_SLICE:
      {
        YsSlice *sl = (YsSlice *) ys_obj (v);
        YsValue a = ys_repr (vm, sl->start), b = ys_repr (vm, sl->stop), s = ys_repr (vm, sl->step);
        YsValue out = ys_str_printf (vm, "slice(%s, %s, %s)", ys_str_data (a), ys_str_data (b),
                                     ys_str_data (s));
        ys_decref (vm, a);
        ys_decref (vm, b);
        ys_decref (vm, s);
        return out;
      }
    default:
      return YS_NULL;
    }
}

static YsValue
slice_new_func (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsValue none = ys_val (vm->none);

  if (!ys_args_no_keywords (vm, "slice", kwnames))
    return YS_NULL;
  if (argc < 1 || argc > 3)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, argc < 1 ? "slice expected at least 1 argument, got 0"
                                                     : "slice expected at most 3 arguments, got %d", argc);
  if (argc == 1)
    return ys_slice_new (vm, none, argv[0], none);
  return ys_slice_new (vm, argv[0], argv[1], argc == 3 ? argv[2] : none);
}

METHOD (range_index)
{
  YsRange *r = (YsRange *) ys_obj (self);
  int in;

  if (!ys_args_check (vm, "index", argc, kwnames, 1, 1))
    return YS_NULL;
  in = ys_is_int (vm, argv[0]) ? ys_range_contains (vm, self, argv[0]) : 0;
  if (in < 0)
    return YS_NULL;
  if (!in)
    {
      YsValue repr = ys_repr (vm, argv[0]);
      if (repr == YS_NULL)
        return YS_NULL;
      ys_raise (vm, YS_EXC_VALUE_ERROR, "%s is not in range", ys_str_data (repr));
      ys_decref (vm, repr);
      return YS_NULL;
    }
  {
    /* (x - start) // step */
    YsValue diff = ys_binary_op (vm, 1 /* sub */, argv[0], r->start), q;
    if (diff == YS_NULL)
      return YS_NULL;
    q = ys_binary_op (vm, 4 /* floordiv */, diff, r->step);
    ys_decref (vm, diff);
    return q;
  }
}

METHOD (range_count)
{
  int in;

  if (!ys_args_check (vm, "count", argc, kwnames, 1, 1))
    return YS_NULL;
  in = ys_range_contains (vm, self, argv[0]);
  if (in < 0)
    return YS_NULL;
  return ys_small (in);
}

YsValue
ys_range_attribute (YsVM    *vm,
                    YsValue  v,
                    YsStr   *name)
{
  YsRange *r = (YsRange *) ys_obj (v);

  if (g_str_equal (name->data, "start"))
    return ys_ref (r->start);
  if (g_str_equal (name->data, "stop"))
    return ys_ref (r->stop);
  if (g_str_equal (name->data, "step"))
    return ys_ref (r->step);
  return YS_NULL;
}

void
ys_list_init_type (YsVM *vm)
{
  static const YsMethodDef range_methods[] = {
    { "index", range_index }, { "count", range_count }, { NULL, NULL }
  };
  static const YsMethodDef list_methods[] = {
    { "append", list_append }, { "extend", list_extend_method }, { "insert", list_insert },
    { "pop", list_pop }, { "index", list_index }, { "count", list_count },
    { "remove", list_remove }, { "sort", list_sort }, { "reverse", list_reverse },
    { "copy", list_copy }, { "clear", list_clear }, { NULL, NULL }
  };
  static const YsMethodDef tuple_methods[] = {
    { "count", tuple_count }, { "index", tuple_index }, { NULL, NULL }
  };
  YsType *list = vm->types[YS_KIND_LIST], *tuple = vm->types[YS_KIND_TUPLE];

  list->dealloc = list_dealloc;
  list->clear = list_clear_refs;
  list->new_func = list_new_func;
  ys_type_add_methods (vm, list, list_methods);
  tuple->dealloc = tuple_dealloc;
  tuple->clear = tuple_clear_refs;
  tuple->new_func = tuple_new_func;
  ys_type_add_methods (vm, tuple, tuple_methods);
  vm->types[YS_KIND_SLICE]->dealloc = slice_dealloc;
  vm->types[YS_KIND_SLICE]->new_func = slice_new_func;
  ys_type_add_methods (vm, vm->types[YS_KIND_RANGE], range_methods);
  vm->types[YS_KIND_RANGE]->dealloc = range_dealloc;
  vm->types[YS_KIND_RANGE]->new_func = range_new_func;
}
