/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The collections module: deque, defaultdict, Counter, OrderedDict and namedtuple, and
 * collections.abc. deque is an object of its own (kind INSTANCE, so that the generic
 * operations reach its methods); the three dicts are dicts of their own types, so that
 * everything a dict does they do; a namedtuple class makes tuples of its own type. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <string.h>

#define NEW_FUNC(name) \
  static YsValue name (YsVM *vm, YsValue type, int argc, const YsValue *argv, YsValue kwnames)

#define METHOD(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* Shared pieces of the built-in modules */

YsType *
ys_native_type (YsVM       *vm,
                const char *name,
                YsKind      kind,
                YsType     *base,
                guint       flags)
{
  /* The iterator types' table is the VM's registry of types made by name. */
  YsType *type = g_hash_table_lookup (vm->iterator_types, name);

  if (type == NULL)
    {
      type = ys_type_new (vm, name, kind, base, flags);
      type->flags |= flags;
      g_hash_table_insert (vm->iterator_types, (gpointer) ys_type_name (type), type);
    }
  return type;
}

YsValue
ys_descriptor_new (YsVM      *vm,
                   YsGetFunc  get,
                   gssize     index)
{
  YsType *type = ys_native_type (vm, "_collections._tuplegetter", YS_KIND_OBJECT,
                                 vm->types[YS_KIND_OBJECT], YS_TYPE_DESCRIPTOR);
  YsDescriptor *d = (YsDescriptor *) ys_alloc (vm, type, sizeof (YsDescriptor));

  if (d == NULL)
    return YS_NULL;
  d->get = get;
  d->index = index;
  return ys_val (d);
}

static void
type_set_steal (YsVM       *vm,
                YsType     *type,
                const char *name,
                YsValue     value)
{
  if (value == YS_NULL)
    return;
  ys_type_set_attr (vm, type, name, value);
  ys_decref (vm, value);
}

/* deque */

typedef struct
{
  YsInstance  base;
  YsValue    *items;    /* a ring of cap slots; len of them from head on are used */
  gsize       cap;
  gsize       head;
  gsize       len;
  gssize      maxlen;   /* -1: unbounded */
  guint64     state;    /* bumped by every change of length, for its iterators */
} Deque;

static inline Deque *
deque_of (YsValue v)
{
  return (Deque *) ys_obj (v);
}

static inline YsValue *
deque_slot (Deque *d,
            gsize  i)
{
  return &d->items[(d->head + i) % d->cap];
}

static YsType *
deque_type (YsVM *vm)
{
  return ys_native_type (vm, "collections.deque", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                         YS_TYPE_GC | YS_TYPE_SLOTS);
}

static gboolean
is_deque (YsVM    *vm,
          YsValue  v)
{
  return ys_type_of (vm, v) == deque_type (vm);
}

/* Room for one more item. The ring's bytes count in the object's own size, so that
 * sys.getsizeof and the heap's figures include them. */
static gboolean
deque_grow (YsVM  *vm,
            Deque *d)
{
  gsize cap = d->cap == 0 ? 8 : d->cap * 2;
  YsValue *items;

  if (d->len < d->cap)
    return TRUE;
  items = ys_buffer_realloc (vm, YS_KIND_INSTANCE, NULL, 0, cap * sizeof (YsValue));
  if (items == NULL)
    return FALSE;
  for (gsize i = 0; i < d->len; i++)
    items[i] = *deque_slot (d, i);
  g_free (d->items);
  ys_mem_account (vm, YS_KIND_INSTANCE, -(gssize) (d->cap * sizeof (YsValue)));
  d->base.base.size += (guint32) ((cap - d->cap) * sizeof (YsValue));
  d->items = items;
  d->cap = cap;
  d->head = 0;
  return TRUE;
}

static void
deque_drop_items (YsVM  *vm,
                  Deque *d)
{
  /* Emptied first: dropping an item may run code that looks at the deque. */
  while (d->len > 0)
    {
      YsValue v = *deque_slot (d, d->len - 1);
      d->len--;
      ys_decref (vm, v);
    }
  d->head = 0;
}

static void
deque_dealloc (YsVM     *vm,
               YsObject *obj)
{
  Deque *d = (Deque *) obj;

  deque_drop_items (vm, d);
  ys_clear (vm, &d->base.dict);
  /* The ring's bytes leave with the object's size. */
  g_free (d->items);
  d->items = NULL;
  ys_free_object (vm, obj);
}

static void
deque_clear_refs (YsVM     *vm,
                  YsObject *obj)
{
  deque_drop_items (vm, (Deque *) obj);
  ys_clear (vm, &((Deque *) obj)->base.dict);
}

static YsValue
deque_pop_right (Deque *d)
{
  YsValue v = *deque_slot (d, d->len - 1);

  d->len--;
  d->state++;
  return v;
}

static YsValue
deque_pop_left (Deque *d)
{
  YsValue v = *deque_slot (d, 0);

  d->head = (d->head + 1) % d->cap;
  d->len--;
  d->state++;
  return v;
}

/* Appends (borrowing @item); a full bounded deque drops the item at the other end. */
static gboolean
deque_push (YsVM     *vm,
            YsValue   self,
            YsValue   item,
            gboolean  left)
{
  Deque *d = deque_of (self);
  YsValue dropped = YS_NULL;

  if (d->maxlen == 0)
    return TRUE;
  if (d->maxlen > 0 && (gssize) d->len >= d->maxlen)
    dropped = left ? deque_pop_right (d) : deque_pop_left (d);
  if (!deque_grow (vm, d))
    {
      ys_xdecref (vm, dropped);
      return FALSE;
    }
  if (left)
    {
      d->head = (d->head + d->cap - 1) % d->cap;
      d->items[d->head] = ys_ref (item);
    }
  else
    *deque_slot (d, d->len) = ys_ref (item);
  d->len++;
  d->state++;
  ys_xdecref (vm, dropped);
  return TRUE;
}

static gboolean
deque_extend_from (YsVM     *vm,
                   YsValue   self,
                   YsValue   iterable,
                   gboolean  left)
{
  YsValue it, item;

  /* Extending a deque by itself reads a copy. */
  if (iterable == self)
    {
      YsValue copy = ys_list_from_iterable (vm, iterable);
      gboolean ok;
      if (copy == YS_NULL)
        return FALSE;
      ok = deque_extend_from (vm, self, copy, left);
      ys_decref (vm, copy);
      return ok;
    }
  it = ys_iter (vm, iterable);
  if (it == YS_NULL)
    return FALSE;
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      gboolean ok = deque_push (vm, self, item, left);
      ys_decref (vm, item);
      if (!ok)
        break;
    }
  ys_decref (vm, it);
  return vm->exc == YS_NULL;
}

static YsValue
deque_make (YsVM   *vm,
            YsType *type,
            gssize  maxlen)
{
  Deque *d = (Deque *) ys_gc_alloc (vm, type, sizeof (Deque));

  if (d == NULL)
    return YS_NULL;
  d->maxlen = maxlen;
  return ys_val (d);
}

NEW_FUNC (deque_new)
{
  static const char *const names[] = { "iterable", "maxlen" };
  YsValue args[2], d;
  gssize maxlen = -1;

  if (!ys_args_bind (vm, "deque", names, 2, 0, 2, 0, argc, argv, kwnames, args))
    return YS_NULL;
  if (args[1] != YS_NULL && !ys_is_none (vm, args[1]))
    {
      if (!ys_is_int (vm, args[1]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "an integer is required");
      if (!ys_index_to_ssize (vm, args[1], &maxlen))
        return YS_NULL;
      if (maxlen < 0)
        return ys_raise (vm, YS_EXC_VALUE_ERROR, "maxlen must be non-negative");
    }
  d = deque_make (vm, (YsType *) ys_obj (type), maxlen);
  if (d == YS_NULL)
    return YS_NULL;
  if (args[0] != YS_NULL && !deque_extend_from (vm, d, args[0], FALSE))
    {
      ys_decref (vm, d);
      return YS_NULL;
    }
  return d;
}

METHOD (deque_append)
{
  if (!ys_args_check (vm, "append", argc, kwnames, 1, 1) || !deque_push (vm, self, argv[0], FALSE))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (deque_appendleft)
{
  if (!ys_args_check (vm, "appendleft", argc, kwnames, 1, 1) || !deque_push (vm, self, argv[0], TRUE))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (deque_pop)
{
  if (!ys_args_check (vm, "pop", argc, kwnames, 0, 0))
    return YS_NULL;
  if (deque_of (self)->len == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "pop from an empty deque");
  return deque_pop_right (deque_of (self));
}

METHOD (deque_popleft)
{
  if (!ys_args_check (vm, "popleft", argc, kwnames, 0, 0))
    return YS_NULL;
  if (deque_of (self)->len == 0)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "pop from an empty deque");
  return deque_pop_left (deque_of (self));
}

METHOD (deque_extend)
{
  if (!ys_args_check (vm, "extend", argc, kwnames, 1, 1) || !deque_extend_from (vm, self, argv[0], FALSE))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (deque_extendleft)
{
  if (!ys_args_check (vm, "extendleft", argc, kwnames, 1, 1) || !deque_extend_from (vm, self, argv[0], TRUE))
    return YS_NULL;
  return ys_none (vm);
}

/* Rotates right by @n (left when negative), moving items without touching counts. */
static void
deque_rotate_by (Deque  *d,
                 gssize  n)
{
  gssize len = (gssize) d->len;

  if (len <= 1)
    return;
  n %= len;
  if (n < 0)
    n += len;
  if (n == 0)
    return;
  if (d->len < d->cap)
    {
      /* Move n items from the right end to the left, one by one. */
      for (gssize i = 0; i < n; i++)
        {
          YsValue v = *deque_slot (d, d->len - 1);
          d->head = (d->head + d->cap - 1) % d->cap;
          d->items[d->head] = v;
        }
    }
  else
    /* A full ring: moving the head is the rotation. */
    d->head = (d->head + d->cap - (gsize) n) % d->cap;
  d->state++;
}

METHOD (deque_rotate)
{
  gssize n = 1;

  if (!ys_args_check (vm, "rotate", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 1)
    {
      if (!ys_is_int (vm, argv[0]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                         ys_type_name_of (vm, argv[0]));
      if (!ys_index_to_ssize (vm, argv[0], &n))
        return YS_NULL;
    }
  deque_rotate_by (deque_of (self), n);
  return ys_none (vm);
}

METHOD (deque_clear)
{
  if (!ys_args_check (vm, "clear", argc, kwnames, 0, 0))
    return YS_NULL;
  deque_of (self)->state++;
  deque_drop_items (vm, deque_of (self));
  return ys_none (vm);
}

static YsValue
deque_copy_of (YsVM    *vm,
               YsValue  self)
{
  YsValue d = deque_make (vm, ys_type_of (vm, self), deque_of (self)->maxlen);

  if (d == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < deque_of (self)->len; i++)
    if (!deque_push (vm, d, *deque_slot (deque_of (self), i), FALSE))
      {
        ys_decref (vm, d);
        return YS_NULL;
      }
  return d;
}

METHOD (deque_copy)
{
  if (!ys_args_check (vm, "copy", argc, kwnames, 0, 0))
    return YS_NULL;
  return deque_copy_of (vm, self);
}

/* The position of the first item equal to @x in [start, stop), -1 if none, -2 on error
 * (a deque changed by a comparison is an error, as in CPython). */
static gssize
deque_find (YsVM    *vm,
            YsValue  self,
            YsValue  x,
            gsize    start,
            gsize    stop)
{
  Deque *d = deque_of (self);
  guint64 state = d->state;

  for (gsize i = start; i < stop && i < d->len; i++)
    {
      YsValue item = ys_ref (*deque_slot (d, i));
      int eq = ys_equal (vm, item, x);
      ys_decref (vm, item);
      if (eq < 0)
        return -2;
      if (d->state != state)
        {
          ys_raise (vm, YS_EXC_RUNTIME_ERROR, "deque mutated during iteration");
          return -2;
        }
      if (eq)
        return (gssize) i;
    }
  return -1;
}

METHOD (deque_count)
{
  Deque *d = deque_of (self);
  guint64 state = d->state;
  gssize n = 0;

  if (!ys_args_check (vm, "count", argc, kwnames, 1, 1))
    return YS_NULL;
  for (gsize i = 0; i < d->len; i++)
    {
      YsValue item = ys_ref (*deque_slot (d, i));
      int eq = ys_equal (vm, item, argv[0]);
      ys_decref (vm, item);
      if (eq < 0)
        return YS_NULL;
      if (d->state != state)
        return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "deque mutated during iteration");
      n += eq;
    }
  return ys_small (n);
}

/* A slice-like bound of index(): negative counts from the end, clamped. */
static gboolean
deque_bound (YsVM    *vm,
             YsValue  v,
             gsize    len,
             gsize   *out)
{
  gssize i;

  if (!ys_is_int (vm, v))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
      return FALSE;
    }
  if (!ys_index_to_ssize (vm, v, &i))
    return FALSE;
  if (i < 0)
    i = MAX (i + (gssize) len, 0);
  *out = MIN ((gsize) i, len);
  return TRUE;
}

METHOD (deque_index)
{
  Deque *d = deque_of (self);
  gsize start = 0, stop = d->len;
  gssize at;
  YsValue r;

  if (!ys_args_check (vm, "index", argc, kwnames, 1, 3))
    return YS_NULL;
  if ((argc > 1 && !deque_bound (vm, argv[1], d->len, &start)) ||
      (argc > 2 && !deque_bound (vm, argv[2], d->len, &stop)))
    return YS_NULL;
  at = deque_find (vm, self, argv[0], start, stop);
  if (at == -2)
    return YS_NULL;
  if (at >= 0)
    return ys_small (at);
  r = ys_repr (vm, argv[0]);
  if (r == YS_NULL)
    return YS_NULL;
  ys_raise (vm, YS_EXC_VALUE_ERROR, "%s is not in deque", ys_str_data (r));
  ys_decref (vm, r);
  return YS_NULL;
}

/* Removes the item at @i (valid), shifting the shorter side. */
static void
deque_del_at (YsVM  *vm,
              Deque *d,
              gsize  i)
{
  YsValue v = *deque_slot (d, i);

  for (gsize j = i; j + 1 < d->len; j++)
    *deque_slot (d, j) = *deque_slot (d, j + 1);
  d->len--;
  d->state++;
  ys_decref (vm, v);
}

METHOD (deque_remove)
{
  gssize at;

  if (!ys_args_check (vm, "remove", argc, kwnames, 1, 1))
    return YS_NULL;
  at = deque_find (vm, self, argv[0], 0, deque_of (self)->len);
  if (at == -2)
    return YS_NULL;
  if (at < 0)
    {
      YsValue r = ys_repr (vm, argv[0]);
      if (r == YS_NULL)
        return YS_NULL;
      ys_raise (vm, YS_EXC_VALUE_ERROR, "%s is not in deque", ys_str_data (r));
      ys_decref (vm, r);
      return YS_NULL;
    }
  deque_del_at (vm, deque_of (self), (gsize) at);
  return ys_none (vm);
}

METHOD (deque_insert)
{
  Deque *d = deque_of (self);
  gssize i;

  if (!ys_args_check (vm, "insert", argc, kwnames, 2, 2))
    return YS_NULL;
  if (!ys_is_int (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                     ys_type_name_of (vm, argv[0]));
  if (!ys_index_to_ssize (vm, argv[0], &i))
    return YS_NULL;
  if (d->maxlen >= 0 && (gssize) d->len >= d->maxlen)
    return ys_raise (vm, YS_EXC_INDEX_ERROR, "deque already at its maximum size");
  if (i < 0)
    i = MAX (i + (gssize) d->len, 0);
  if ((gsize) i > d->len)
    i = (gssize) d->len;
  if (!deque_push (vm, self, argv[1], FALSE))
    return YS_NULL;
  /* Appended at the right; walk it to its place. */
  for (gsize j = d->len - 1; j > (gsize) i; j--)
    {
      YsValue t = *deque_slot (d, j);
      *deque_slot (d, j) = *deque_slot (d, j - 1);
      *deque_slot (d, j - 1) = t;
    }
  return ys_none (vm);
}

METHOD (deque_reverse)
{
  Deque *d = deque_of (self);

  if (!ys_args_check (vm, "reverse", argc, kwnames, 0, 0))
    return YS_NULL;
  for (gsize i = 0, j = d->len; i + 1 < j; i++, j--)
    {
      YsValue t = *deque_slot (d, i);
      *deque_slot (d, i) = *deque_slot (d, j - 1);
      *deque_slot (d, j - 1) = t;
    }
  return ys_none (vm);
}

METHOD (deque_len)
{
  if (!ys_args_check (vm, "__len__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_small ((intptr_t) deque_of (self)->len);
}

/* A deque's index: an int, counted from the end when negative. */
static gboolean
deque_index_arg (YsVM    *vm,
                 YsValue  self,
                 YsValue  key,
                 gsize   *out)
{
  gssize i;

  if (!ys_is_int (vm, key))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "sequence index must be integer, not '%s'", ys_type_name_of (vm, key));
      return FALSE;
    }
  if (!ys_index_to_ssize (vm, key, &i))
    {
      ys_exc_clear (vm);
      ys_raise (vm, YS_EXC_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
      return FALSE;
    }
  if (i < 0)
    i += (gssize) deque_of (self)->len;
  if (i < 0 || (gsize) i >= deque_of (self)->len)
    {
      ys_raise (vm, YS_EXC_INDEX_ERROR, "deque index out of range");
      return FALSE;
    }
  *out = (gsize) i;
  return TRUE;
}

METHOD (deque_getitem)
{
  gsize i;

  if (!ys_args_check (vm, "__getitem__", argc, kwnames, 1, 1) || !deque_index_arg (vm, self, argv[0], &i))
    return YS_NULL;
  return ys_ref (*deque_slot (deque_of (self), i));
}

METHOD (deque_setitem)
{
  gsize i;
  YsValue old;

  if (!ys_args_check (vm, "__setitem__", argc, kwnames, 2, 2) || !deque_index_arg (vm, self, argv[0], &i))
    return YS_NULL;
  old = *deque_slot (deque_of (self), i);
  *deque_slot (deque_of (self), i) = ys_ref (argv[1]);
  ys_decref (vm, old);
  return ys_none (vm);
}

METHOD (deque_delitem)
{
  gsize i;

  if (!ys_args_check (vm, "__delitem__", argc, kwnames, 1, 1) || !deque_index_arg (vm, self, argv[0], &i))
    return YS_NULL;
  deque_del_at (vm, deque_of (self), i);
  return ys_none (vm);
}

METHOD (deque_contains)
{
  gssize at;

  if (!ys_args_check (vm, "__contains__", argc, kwnames, 1, 1))
    return YS_NULL;
  at = deque_find (vm, self, argv[0], 0, deque_of (self)->len);
  if (at == -2)
    return YS_NULL;
  return ys_bool (vm, at >= 0);
}

/* Iterators: seq is the deque, index the next position, count the items left and
 * version the deque's state when it started. */
static YsValue
deque_iter_next (YsVM       *vm,
                 YsIterator *it)
{
  Deque *d;
  YsValue item;

  if (it->seq == YS_NULL)
    return YS_NULL;
  d = deque_of (it->seq);
  /* The change is reported even after the last item, as in CPython. */
  if (d->state != it->version)
    {
      it->count = 0;
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "deque mutated during iteration");
    }
  if (it->count <= 0)
    return YS_NULL;
  item = ys_ref (*deque_slot (d, it->index));
  it->count--;
  /* The reversed iterator walks down, stopping before it wraps. */
  if (it->extra[0] != YS_NULL)
    it->index = it->index > 0 ? it->index - 1 : 0;
  else
    it->index++;
  return item;
}

static YsValue
deque_iter_make (YsVM       *vm,
                 YsValue     self,
                 gboolean    reversed)
{
  Deque *d = deque_of (self);
  YsValue it = ys_iterator_new (vm, ys_iterator_type (vm, reversed ? "_collections._deque_reverse_iterator"
                                                                    : "_collections._deque_iterator"),
                                deque_iter_next, self);

  if (it == YS_NULL)
    return YS_NULL;
  ((YsIterator *) ys_obj (it))->count = (gssize) d->len;
  ((YsIterator *) ys_obj (it))->index = reversed && d->len > 0 ? d->len - 1 : 0;
  ((YsIterator *) ys_obj (it))->version = d->state;
  if (reversed)
    ((YsIterator *) ys_obj (it))->extra[0] = ys_none (vm);
  return it;
}

METHOD (deque_iter)
{
  if (!ys_args_check (vm, "__iter__", argc, kwnames, 0, 0))
    return YS_NULL;
  return deque_iter_make (vm, self, FALSE);
}

METHOD (deque_reversed)
{
  if (!ys_args_check (vm, "__reversed__", argc, kwnames, 0, 0))
    return YS_NULL;
  return deque_iter_make (vm, self, TRUE);
}

static YsValue
deque_to_tuple (YsVM    *vm,
                YsValue  self)
{
  Deque *d = deque_of (self);
  YsValue t = ys_tuple_new (vm, d->len);

  if (t == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < d->len; i++)
    ys_tuple_set (t, i, ys_ref (*deque_slot (d, i)));
  return t;
}

METHOD (deque_repr)
{
  Deque *d = deque_of (self);
  YsValue items, list_repr, r;

  if (!ys_args_check (vm, "__repr__", argc, kwnames, 0, 0))
    return YS_NULL;
  if (!ys_repr_enter (vm, self))
    return ys_str_new (vm, "[...]", -1);
  /* The items print as a list does. */
  items = ys_list_new (vm, d->len);
  for (gsize i = 0; items != YS_NULL && i < d->len; i++)
    ys_list_append (vm, items, *deque_slot (d, i));
  list_repr = items != YS_NULL ? ys_repr (vm, items) : YS_NULL;
  ys_repr_leave (vm, self);
  ys_xdecref (vm, items);
  if (list_repr == YS_NULL)
    return YS_NULL;
  if (d->maxlen >= 0)
    r = ys_str_printf (vm, "%s(%s, maxlen=%" G_GSSIZE_FORMAT ")", "deque", ys_str_data (list_repr), d->maxlen);
  else
    r = ys_str_printf (vm, "%s(%s)", "deque", ys_str_data (list_repr));
  ys_decref (vm, list_repr);
  return r;
}

static YsValue
deque_compare (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               int            op)
{
  YsValue a, b, r;

  if (argc != 1 || !is_deque (vm, argv[0]))
    return ys_notimpl (vm);
  a = deque_to_tuple (vm, self);
  if (a == YS_NULL)
    return YS_NULL;
  b = deque_to_tuple (vm, argv[0]);
  if (b == YS_NULL)
    {
      ys_decref (vm, a);
      return YS_NULL;
    }
  r = ys_compare (vm, a, b, op);
  ys_decref (vm, a);
  ys_decref (vm, b);
  return r;
}

METHOD (deque_eq) { return deque_compare (vm, self, argc, argv, YS_CMP_EQ); }
METHOD (deque_ne) { return deque_compare (vm, self, argc, argv, YS_CMP_NE); }
METHOD (deque_lt) { return deque_compare (vm, self, argc, argv, YS_CMP_LT); }
METHOD (deque_le) { return deque_compare (vm, self, argc, argv, YS_CMP_LE); }
METHOD (deque_gt) { return deque_compare (vm, self, argc, argv, YS_CMP_GT); }
METHOD (deque_ge) { return deque_compare (vm, self, argc, argv, YS_CMP_GE); }

METHOD (deque_add)
{
  YsValue d;

  if (argc != 1)
    return ys_notimpl (vm);
  if (!is_deque (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "can only concatenate deque (not \"%s\") to deque",
                     ys_type_name_of (vm, argv[0]));
  d = deque_copy_of (vm, self);
  if (d != YS_NULL && !deque_extend_from (vm, d, argv[0], FALSE))
    ys_clear (vm, &d);
  return d;
}

METHOD (deque_iadd)
{
  if (argc != 1)
    return ys_notimpl (vm);
  if (!deque_extend_from (vm, self, argv[0], FALSE))
    return YS_NULL;
  return ys_ref (self);
}

static YsValue
deque_maxlen_get (YsVM    *vm,
                  YsValue  obj,
                  gssize   index)
{
  if (!is_deque (vm, obj))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "descriptor 'maxlen' for 'collections.deque' objects doesn't apply");
  return deque_of (obj)->maxlen < 0 ? ys_none (vm) : ys_small (deque_of (obj)->maxlen);
}

static void
deque_init_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "append", deque_append }, { "appendleft", deque_appendleft }, { "pop", deque_pop },
    { "popleft", deque_popleft }, { "extend", deque_extend }, { "extendleft", deque_extendleft },
    { "rotate", deque_rotate }, { "clear", deque_clear }, { "copy", deque_copy },
    { "__copy__", deque_copy }, { "count", deque_count }, { "index", deque_index },
    { "remove", deque_remove }, { "insert", deque_insert }, { "reverse", deque_reverse },
    { "__len__", deque_len }, { "__getitem__", deque_getitem }, { "__setitem__", deque_setitem },
    { "__delitem__", deque_delitem }, { "__contains__", deque_contains }, { "__iter__", deque_iter },
    { "__reversed__", deque_reversed }, { "__repr__", deque_repr }, { "__eq__", deque_eq },
    { "__ne__", deque_ne }, { "__lt__", deque_lt }, { "__le__", deque_le }, { "__gt__", deque_gt },
    { "__ge__", deque_ge }, { "__add__", deque_add }, { "__iadd__", deque_iadd },
    { NULL, NULL }
  };
  YsType *type = deque_type (vm);

  type->new_func = deque_new;
  type->dealloc = deque_dealloc;
  type->clear = deque_clear_refs;
  ys_type_add_methods (vm, type, methods);
  ys_type_set_attr (vm, type, "__hash__", ys_val (vm->none));
  type_set_steal (vm, type, "maxlen", ys_descriptor_new (vm, deque_maxlen_get, 0));
}

/* defaultdict */

typedef struct
{
  YsDict   base;
  YsValue  factory;   /* None or a callable */
} DefaultDict;

static YsType *
defaultdict_type (YsVM *vm)
{
  return ys_native_type (vm, "collections.defaultdict", YS_KIND_DICT, vm->types[YS_KIND_DICT],
                         YS_TYPE_GC | YS_TYPE_SLOTS);
}

static void
defaultdict_dealloc (YsVM     *vm,
                     YsObject *obj)
{
  ys_clear (vm, &((DefaultDict *) obj)->factory);
  vm->types[YS_KIND_DICT]->dealloc (vm, obj);
}

static void
defaultdict_clear (YsVM     *vm,
                   YsObject *obj)
{
  ys_clear (vm, &((DefaultDict *) obj)->factory);
  vm->types[YS_KIND_DICT]->clear (vm, obj);
}

/* A dict of @type (a dict type of this module), empty. */
static YsValue
dict_of_type (YsVM   *vm,
              YsType *type)
{
  gsize size = ys_type_is_subtype (type, defaultdict_type (vm)) ? sizeof (DefaultDict) : sizeof (YsDict);
  YsObject *obj = ys_gc_alloc (vm, type, size);

  if (obj == NULL)
    return YS_NULL;
  if (size == sizeof (DefaultDict))
    ((DefaultDict *) obj)->factory = ys_none (vm);
  return ys_val (obj);
}

/* Fills @self as dict (*args, **kwargs) would. */
static gboolean
dict_init_from (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsValue tmp;
  gboolean ok;

  if (argc == 0 && ys_kw_count (kwnames) == 0)
    return TRUE;
  tmp = ys_call (vm, ys_val (vm->types[YS_KIND_DICT]), argc, argv, kwnames);
  if (tmp == YS_NULL)
    return FALSE;
  ok = ys_dict_update (vm, self, tmp);
  ys_decref (vm, tmp);
  return ok;
}

NEW_FUNC (defaultdict_new)
{
  YsValue d;

  if (argc > 0 && !ys_is_none (vm, argv[0]) && !ys_is_callable (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "first argument must be callable or None");
  d = dict_of_type (vm, (YsType *) ys_obj (type));
  if (d == YS_NULL)
    return YS_NULL;
  if (argc > 0)
    {
      ys_decref (vm, ((DefaultDict *) ys_obj (d))->factory);
      ((DefaultDict *) ys_obj (d))->factory = ys_ref (argv[0]);
    }
  if (!dict_init_from (vm, d, argc > 0 ? argc - 1 : 0, argv + (argc > 0), kwnames))
    {
      ys_decref (vm, d);
      return YS_NULL;
    }
  return d;
}

METHOD (defaultdict_missing)
{
  YsValue factory, value;

  if (!ys_args_check (vm, "__missing__", argc, kwnames, 1, 1))
    return YS_NULL;
  factory = ((DefaultDict *) ys_obj (self))->factory;
  if (ys_is_none (vm, factory))
    return ys_raise_with_value (vm, YS_EXC_KEY_ERROR, argv[0]);
  factory = ys_ref (factory);
  value = ys_call0 (vm, factory);
  ys_decref (vm, factory);
  if (value == YS_NULL)
    return YS_NULL;
  if (ys_dict_set (vm, self, argv[0], value) < 0)
    {
      ys_decref (vm, value);
      return YS_NULL;
    }
  return value;
}

METHOD (defaultdict_repr)
{
  YsValue fr, dr, r;

  if (!ys_args_check (vm, "__repr__", argc, kwnames, 0, 0))
    return YS_NULL;
  fr = ys_repr (vm, ((DefaultDict *) ys_obj (self))->factory);
  if (fr == YS_NULL)
    return YS_NULL;
  dr = ys_dict_repr (vm, self);
  if (dr == YS_NULL)
    {
      ys_decref (vm, fr);
      return YS_NULL;
    }
  r = ys_str_printf (vm, "%s(%s, %s)", "defaultdict", ys_str_data (fr), ys_str_data (dr));
  ys_decref (vm, fr);
  ys_decref (vm, dr);
  return r;
}

/* A copy of a dict of this module, of its type. */
static YsValue
typed_dict_copy (YsVM    *vm,
                 YsValue  self)
{
  YsValue d = dict_of_type (vm, ys_type_of (vm, self));

  if (d == YS_NULL)
    return YS_NULL;
  if (ys_type_is_subtype (ys_type_of (vm, self), defaultdict_type (vm)))
    {
      ys_decref (vm, ((DefaultDict *) ys_obj (d))->factory);
      ((DefaultDict *) ys_obj (d))->factory = ys_ref (((DefaultDict *) ys_obj (self))->factory);
    }
  if (!ys_dict_update (vm, d, self))
    ys_clear (vm, &d);
  return d;
}

METHOD (typed_dict_copy_method)
{
  if (!ys_args_check (vm, "copy", argc, kwnames, 0, 0))
    return YS_NULL;
  return typed_dict_copy (vm, self);
}

static YsValue
defaultdict_factory_get (YsVM    *vm,
                         YsValue  obj,
                         gssize   index)
{
  if (!ys_type_is_subtype (ys_type_of (vm, obj), defaultdict_type (vm)))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "descriptor 'default_factory' doesn't apply");
  return ys_ref (((DefaultDict *) ys_obj (obj))->factory);
}

static void
defaultdict_init_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__missing__", defaultdict_missing }, { "__repr__", defaultdict_repr },
    { "copy", typed_dict_copy_method }, { "__copy__", typed_dict_copy_method }, { NULL, NULL }
  };
  YsType *type = defaultdict_type (vm);

  type->new_func = defaultdict_new;
  type->dealloc = defaultdict_dealloc;
  type->clear = defaultdict_clear;
  ys_type_add_methods (vm, type, methods);
  type_set_steal (vm, type, "default_factory", ys_descriptor_new (vm, defaultdict_factory_get, 0));
}

/* Counter */

static YsType *
counter_type (YsVM *vm)
{
  return ys_native_type (vm, "Counter", YS_KIND_DICT, vm->types[YS_KIND_DICT], YS_TYPE_GC | YS_TYPE_SLOTS);
}

/* self[key] = self.get (key, 0) + delta (or - delta). */
static gboolean
counter_add (YsVM     *vm,
             YsValue   self,
             YsValue   key,
             YsValue   delta,
             gboolean  subtract,
             gboolean  delta_first)
{
  YsValue old = ys_dict_get (vm, self, key), sum;
  int r;

  if (old == YS_NULL && vm->exc != YS_NULL)
    return FALSE;
  old = old != YS_NULL ? ys_ref (old) : ys_small (0);
  /* Operands in CPython's order: a mapping's count is added to the current one. */
  if (delta_first)
    sum = ys_binary_op (vm, YS_BIN_ADD, delta, old);
  else
    sum = ys_binary_op (vm, subtract ? YS_BIN_SUB : YS_BIN_ADD, old, delta);
  ys_decref (vm, old);
  if (sum == YS_NULL)
    return FALSE;
  r = ys_dict_set (vm, self, key, sum);
  ys_decref (vm, sum);
  return r == 0;
}

/* Counts what @source holds: a mapping's counts, or one for each item. */
static gboolean
counter_count (YsVM     *vm,
               YsValue   self,
               YsValue   source,
               gboolean  subtract)
{
  YsValue it, item;

  if (ys_kind (vm, source) == YS_KIND_DICT)
    {
      YsValue items;
      gboolean ok = TRUE;

      /* Into an empty counter a mapping is copied as it is, as in CPython. */
      if (!subtract && ys_dict_len (self) == 0)
        return ys_dict_update (vm, self, source);
      items = ys_list_new (vm, 0);
      {
        gsize pos = 0;
        YsValue k, v;
        while (ys_dict_next (source, &pos, &k, &v))
          ys_list_append_steal (vm, items, ys_tuple_pack (vm, 2, ys_ref (k), ys_ref (v)));
      }
      for (gsize i = 0; ok && i < ys_list_as (items)->length; i++)
        {
          YsValue pair = ys_list_as (items)->items[i];
          ok = counter_add (vm, self, ys_tuple_get (pair, 0), ys_tuple_get (pair, 1), subtract, !subtract);
        }
      ys_decref (vm, items);
      return ok;
    }
  it = ys_iter (vm, source);
  if (it == YS_NULL)
    return FALSE;
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      gboolean ok = counter_add (vm, self, item, ys_small (1), subtract, FALSE);
      ys_decref (vm, item);
      if (!ok)
        break;
    }
  ys_decref (vm, it);
  return vm->exc == YS_NULL;
}

/* The keywords of a call as a dict, or YS_NULL when there are none. */
static YsValue
keywords_dict (YsVM          *vm,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  YsValue d;

  if (ys_kw_count (kwnames) == 0)
    return YS_NULL;
  d = ys_dict_new (vm);
  for (int k = 0; d != YS_NULL && k < ys_kw_count (kwnames); k++)
    ys_dict_set (vm, d, ys_tuple_get (kwnames, (gsize) k), argv[argc + k]);
  return d;
}

static gboolean
counter_update_args (YsVM          *vm,
                     const char    *name,
                     YsValue        self,
                     int            argc,
                     const YsValue *argv,
                     YsValue        kwnames,
                     gboolean       subtract)
{
  YsValue kw;
  gboolean ok = TRUE;

  if (argc > 1)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "Counter.%s() takes from 1 to 2 positional arguments but %d were given",
                name, argc + 1);
      return FALSE;
    }
  if (argc == 1 && !ys_is_none (vm, argv[0]))
    ok = counter_count (vm, self, argv[0], subtract);
  if (!ok)
    return FALSE;
  kw = keywords_dict (vm, argc, argv, kwnames);
  if (kw != YS_NULL)
    {
      ok = counter_count (vm, self, kw, subtract);
      ys_decref (vm, kw);
    }
  return ok;
}

NEW_FUNC (counter_new)
{
  YsValue c = dict_of_type (vm, (YsType *) ys_obj (type));

  if (c == YS_NULL)
    return YS_NULL;
  if (!counter_update_args (vm, "__init__", c, argc, argv, kwnames, FALSE))
    {
      ys_decref (vm, c);
      return YS_NULL;
    }
  return c;
}

METHOD (counter_update)
{
  if (!counter_update_args (vm, "update", self, argc, argv, kwnames, FALSE))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (counter_subtract)
{
  if (!counter_update_args (vm, "subtract", self, argc, argv, kwnames, TRUE))
    return YS_NULL;
  return ys_none (vm);
}

METHOD (counter_missing)
{
  if (!ys_args_check (vm, "__missing__", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_small (0);
}

static YsValue
second_item (YsVM          *vm,
             YsValue        self,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  return ys_ref (ys_tuple_get (argv[0], 1));
}

/* The (key, count) pairs, the largest counts first (ties in insertion order); all of
 * them when @n is negative. */
static YsValue
counter_most_common (YsVM    *vm,
                     YsValue  self,
                     gssize   n)
{
  YsValue items = ys_list_new (vm, ys_dict_len (self)), key;
  gsize pos = 0;
  YsValue k, v;
  gboolean ok;

  if (items == YS_NULL)
    return YS_NULL;
  while (ys_dict_next (self, &pos, &k, &v))
    ys_list_append_steal (vm, items, ys_tuple_pack (vm, 2, ys_ref (k), ys_ref (v)));
  key = ys_builtin_new (vm, "count", second_item, YS_NULL);
  ok = ys_list_sort (vm, items, key, TRUE);
  ys_decref (vm, key);
  if (!ok)
    {
      ys_decref (vm, items);
      return YS_NULL;
    }
  if (n >= 0 && (gsize) n < ys_list_as (items)->length)
    {
      YsList *l = ys_list_as (items);
      while (l->length > (gsize) n)
        {
          YsValue last = l->items[--l->length];
          ys_decref (vm, last);
        }
    }
  return items;
}

METHOD (counter_most_common_method)
{
  static const char *const names[] = { "n" };
  YsValue args[1];
  gssize n = -1;

  if (!ys_args_bind (vm, "most_common", names, 1, 0, 1, 0, argc, argv, kwnames, args))
    return YS_NULL;
  if (args[0] != YS_NULL && !ys_is_none (vm, args[0]))
    {
      /* CPython's heapq.nlargest compares n with the size first. */
      if (!ys_is_int (vm, args[0]) && ys_compare_bool (vm, args[0], ys_small ((intptr_t) ys_dict_len (self)), YS_CMP_GE) < 0)
        return YS_NULL;
      if (!ys_is_int (vm, args[0]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                         ys_type_name_of (vm, args[0]));
      if (!ys_index_to_ssize (vm, args[0], &n))
        return YS_NULL;
      if (n < 0)
        n = 0;
    }
  return counter_most_common (vm, self, n);
}

/* elements(): seq is a list of (key, count) pairs, index the pair, count the times
 * the key is still to come. */
static YsValue
elements_next (YsVM       *vm,
               YsIterator *it)
{
  YsList *pairs;

  if (it->seq == YS_NULL)
    return YS_NULL;
  pairs = ys_list_as (it->seq);
  while (it->count <= 0)
    {
      YsValue pair, c;
      gint64 n;

      if (it->index >= pairs->length)
        {
          ys_clear (vm, &it->seq);
          return YS_NULL;
        }
      pair = pairs->items[it->index];
      c = ys_tuple_get (pair, 1);
      if (!ys_is_int (vm, c))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                         ys_type_name_of (vm, c));
      if (!ys_int_to_i64 (vm, c, &n))
        n = G_MAXINT64;
      it->count = n > 0 ? (gssize) n : 0;
      if (it->count > 0)
        break;
      it->index++;
    }
  it->count--;
  {
    YsValue key = ys_ref (ys_tuple_get (pairs->items[it->index], 0));
    if (it->count == 0)
      it->index++;
    return key;
  }
}

METHOD (counter_elements)
{
  YsValue pairs, it;
  gsize pos = 0;
  YsValue k, v;

  if (!ys_args_check (vm, "elements", argc, kwnames, 0, 0))
    return YS_NULL;
  pairs = ys_list_new (vm, ys_dict_len (self));
  if (pairs == YS_NULL)
    return YS_NULL;
  while (ys_dict_next (self, &pos, &k, &v))
    ys_list_append_steal (vm, pairs, ys_tuple_pack (vm, 2, ys_ref (k), ys_ref (v)));
  it = ys_iterator_new (vm, ys_iterator_type (vm, "itertools.chain"), elements_next, pairs);
  ys_decref (vm, pairs);
  return it;
}

METHOD (counter_total)
{
  YsValue total = ys_small (0);
  gsize pos = 0;
  YsValue k, v;

  if (!ys_args_check (vm, "total", argc, kwnames, 0, 0))
    return YS_NULL;
  while (ys_dict_next (self, &pos, &k, &v))
    {
      YsValue sum = ys_binary_op (vm, YS_BIN_ADD, total, v);
      ys_decref (vm, total);
      if (sum == YS_NULL)
        return YS_NULL;
      total = sum;
    }
  return total;
}

METHOD (counter_repr)
{
  YsValue pairs, d, dr, r;

  if (!ys_args_check (vm, "__repr__", argc, kwnames, 0, 0))
    return YS_NULL;
  if (ys_dict_len (self) == 0)
    return ys_str_printf (vm, "%s()", ys_type_name_of (vm, self));
  pairs = counter_most_common (vm, self, -1);
  if (pairs == YS_NULL)
    {
      /* Counts that cannot be ordered print in the dict's order. */
      if (!ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
        return YS_NULL;
      ys_exc_clear (vm);
      d = ys_ref (self);
      dr = ys_dict_repr (vm, d);
    }
  else
    {
      d = ys_dict_new (vm);
      for (gsize i = 0; d != YS_NULL && i < ys_list_as (pairs)->length; i++)
        {
          YsValue pair = ys_list_as (pairs)->items[i];
          ys_dict_set (vm, d, ys_tuple_get (pair, 0), ys_tuple_get (pair, 1));
        }
      ys_decref (vm, pairs);
      dr = d != YS_NULL ? ys_repr (vm, d) : YS_NULL;
    }
  ys_xdecref (vm, d);
  if (dr == YS_NULL)
    return YS_NULL;
  r = ys_str_printf (vm, "%s(%s)", ys_type_name_of (vm, self), ys_str_data (dr));
  ys_decref (vm, dr);
  return r;
}

/* Counter arithmetic: the result keeps positive counts only. */
typedef enum { COUNTER_ADD, COUNTER_SUB, COUNTER_OR, COUNTER_AND } CounterOp;

static YsValue
counter_binary (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                CounterOp      op)
{
  YsValue other, result;
  gsize pos = 0;
  YsValue k, v;
  gboolean ok = TRUE;

  if (argc != 1 || ys_type_of (vm, argv[0]) != counter_type (vm) || ys_type_of (vm, self) != counter_type (vm))
    return ys_notimpl (vm);
  other = argv[0];
  result = dict_of_type (vm, counter_type (vm));
  if (result == YS_NULL)
    return YS_NULL;
  while (ok && ys_dict_next (self, &pos, &k, &v))
    {
      YsValue ov = ys_dict_get (vm, other, k), nv;
      int pos_check;

      if (ov == YS_NULL && vm->exc != YS_NULL)
        {
          ok = FALSE;
          break;
        }
      ov = ov != YS_NULL ? ys_ref (ov) : ys_small (0);
      switch (op)
        {
        case COUNTER_ADD:
          nv = ys_binary_op (vm, YS_BIN_ADD, v, ov);
          break;
        case COUNTER_SUB:
          nv = ys_binary_op (vm, YS_BIN_SUB, v, ov);
          break;
        default:
          {
            int lt = ys_compare_bool (vm, v, ov, YS_CMP_LT);
            nv = lt < 0 ? YS_NULL : ys_ref ((op == COUNTER_OR) == (lt == 1) ? ov : v);
            break;
          }
        }
      ys_decref (vm, ov);
      if (nv == YS_NULL)
        {
          ok = FALSE;
          break;
        }
      pos_check = ys_compare_bool (vm, nv, ys_small (0), YS_CMP_GT);
      if (pos_check < 0 || (pos_check == 1 && ys_dict_set (vm, result, k, nv) < 0))
        ok = FALSE;
      ys_decref (vm, nv);
    }
  pos = 0;
  while (ok && op != COUNTER_AND && ys_dict_next (other, &pos, &k, &v))
    {
      YsValue in_self = ys_dict_get (vm, self, k);
      int keep;

      if (in_self != YS_NULL || vm->exc != YS_NULL)
        {
          ok = vm->exc == YS_NULL;
          continue;
        }
      keep = ys_compare_bool (vm, v, ys_small (0), op == COUNTER_SUB ? YS_CMP_LT : YS_CMP_GT);
      if (keep < 0)
        ok = FALSE;
      else if (keep)
        {
          YsValue nv = op == COUNTER_SUB ? ys_binary_op (vm, YS_BIN_SUB, ys_small (0), v) : ys_ref (v);
          if (nv == YS_NULL || ys_dict_set (vm, result, k, nv) < 0)
            ok = FALSE;
          ys_xdecref (vm, nv);
        }
    }
  if (!ok)
    ys_clear (vm, &result);
  return result;
}

METHOD (counter_add_op) { return counter_binary (vm, self, argc, argv, COUNTER_ADD); }
METHOD (counter_sub_op) { return counter_binary (vm, self, argc, argv, COUNTER_SUB); }
METHOD (counter_or_op) { return counter_binary (vm, self, argc, argv, COUNTER_OR); }
METHOD (counter_and_op) { return counter_binary (vm, self, argc, argv, COUNTER_AND); }

static void
counter_init_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "update", counter_update }, { "subtract", counter_subtract }, { "__missing__", counter_missing },
    { "most_common", counter_most_common_method }, { "elements", counter_elements },
    { "total", counter_total }, { "__repr__", counter_repr }, { "copy", typed_dict_copy_method },
    { "__copy__", typed_dict_copy_method }, { "__add__", counter_add_op }, { "__sub__", counter_sub_op },
    { "__or__", counter_or_op }, { "__and__", counter_and_op }, { NULL, NULL }
  };
  YsType *type = counter_type (vm);

  type->new_func = counter_new;
  ys_type_add_methods (vm, type, methods);
}

/* OrderedDict */

static YsType *
ordereddict_type (YsVM *vm)
{
  return ys_native_type (vm, "collections.OrderedDict", YS_KIND_DICT, vm->types[YS_KIND_DICT],
                         YS_TYPE_GC | YS_TYPE_SLOTS);
}

NEW_FUNC (ordereddict_new)
{
  YsValue d = dict_of_type (vm, (YsType *) ys_obj (type));

  if (d == YS_NULL)
    return YS_NULL;
  if (argc > 1)
    {
      ys_decref (vm, d);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "OrderedDict expected at most 1 arguments, got %d", argc);
    }
  if (!dict_init_from (vm, d, argc, argv, kwnames))
    {
      ys_decref (vm, d);
      return YS_NULL;
    }
  return d;
}

/* The dict's (key, value) pairs, in order. */
static YsValue
dict_pairs (YsVM    *vm,
            YsValue  d)
{
  YsValue items = ys_list_new (vm, ys_dict_len (d));
  gsize pos = 0;
  YsValue k, v;

  if (items == YS_NULL)
    return YS_NULL;
  while (ys_dict_next (d, &pos, &k, &v))
    ys_list_append_steal (vm, items, ys_tuple_pack (vm, 2, ys_ref (k), ys_ref (v)));
  return items;
}

static gboolean
parse_last (YsVM          *vm,
            const char    *fname,
            const char    *const *names,
            int            nparams,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames,
            YsValue       *args,
            gboolean      *last)
{
  if (!ys_args_bind (vm, fname, names, nparams, 0, nparams, nparams - 1, argc, argv, kwnames, args))
    return FALSE;
  *last = TRUE;
  if (args[nparams - 1] != YS_NULL)
    {
      int t = ys_truthy (vm, args[nparams - 1]);
      if (t < 0)
        return FALSE;
      *last = t;
    }
  return TRUE;
}

METHOD (ordereddict_move_to_end)
{
  static const char *const names[] = { "key", "last" };
  YsValue args[2], value, pairs;
  gboolean last;

  if (!parse_last (vm, "move_to_end", names, 2, argc, argv, kwnames, args, &last))
    return YS_NULL;
  value = ys_dict_get (vm, self, args[0]);
  if (value == YS_NULL)
    return vm->exc != YS_NULL ? YS_NULL : ys_raise_with_value (vm, YS_EXC_KEY_ERROR, args[0]);
  value = ys_ref (value);
  if (last)
    {
      YsValue key = ys_ref (args[0]);
      gboolean ok = ys_dict_del (vm, self, key) >= 0 && ys_dict_set (vm, self, key, value) == 0;
      ys_decref (vm, key);
      ys_decref (vm, value);
      return ok ? ys_none (vm) : YS_NULL;
    }
  /* To the front: the others are put back after it. */
  pairs = dict_pairs (vm, self);
  if (pairs == YS_NULL)
    {
      ys_decref (vm, value);
      return YS_NULL;
    }
  {
    YsValue key = ys_ref (args[0]);
    gboolean ok = TRUE;
    YsValue r = ys_call_method (vm, self, ys_str_interned (vm, "clear"), 0, NULL);
    if (r == YS_NULL)
      ok = FALSE;
    ys_xdecref (vm, r);
    if (ok)
      ok = ys_dict_set (vm, self, key, value) == 0;
    for (gsize i = 0; ok && i < ys_list_as (pairs)->length; i++)
      {
        YsValue pair = ys_list_as (pairs)->items[i];
        int same = ys_equal (vm, ys_tuple_get (pair, 0), key);
        if (same < 0)
          ok = FALSE;
        else if (!same)
          ok = ys_dict_set (vm, self, ys_tuple_get (pair, 0), ys_tuple_get (pair, 1)) == 0;
      }
    ys_decref (vm, key);
    ys_decref (vm, value);
    ys_decref (vm, pairs);
    return ok ? ys_none (vm) : YS_NULL;
  }
}

METHOD (ordereddict_popitem)
{
  static const char *const names[] = { "last" };
  YsValue args[1], key = YS_NULL, value = YS_NULL, k, v;
  gsize pos = 0;
  gboolean last;

  if (!parse_last (vm, "popitem", names, 1, argc, argv, kwnames, args, &last))
    return YS_NULL;
  if (ys_dict_len (self) == 0)
    return ys_raise (vm, YS_EXC_KEY_ERROR, "dictionary is empty");
  while (ys_dict_next (self, &pos, &k, &v))
    {
      key = k;
      value = v;
      if (!last)
        break;
    }
  key = ys_ref (key);
  value = ys_ref (value);
  if (ys_dict_del (vm, self, key) < 0)
    {
      ys_decref (vm, key);
      ys_decref (vm, value);
      return YS_NULL;
    }
  return ys_tuple_pack (vm, 2, key, value);
}

METHOD (ordereddict_repr)
{
  YsValue pairs, pr, r;

  if (!ys_args_check (vm, "__repr__", argc, kwnames, 0, 0))
    return YS_NULL;
  if (ys_dict_len (self) == 0)
    return ys_str_printf (vm, "%s()", "OrderedDict");
  if (!ys_repr_enter (vm, self))
    return ys_str_new (vm, "...", -1);
  pairs = dict_pairs (vm, self);
  pr = pairs != YS_NULL ? ys_repr (vm, pairs) : YS_NULL;
  ys_repr_leave (vm, self);
  ys_xdecref (vm, pairs);
  if (pr == YS_NULL)
    return YS_NULL;
  r = ys_str_printf (vm, "%s(%s)", "OrderedDict", ys_str_data (pr));
  ys_decref (vm, pr);
  return r;
}

static void
ordereddict_init_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "move_to_end", ordereddict_move_to_end }, { "popitem", ordereddict_popitem },
    { "__repr__", ordereddict_repr }, { "copy", typed_dict_copy_method },
    { "__copy__", typed_dict_copy_method }, { NULL, NULL }
  };
  YsType *type = ordereddict_type (vm);

  type->new_func = ordereddict_new;
  ys_type_add_methods (vm, type, methods);
}

/* namedtuple */

static YsValue
field_get (YsVM    *vm,
           YsValue  obj,
           gssize   index)
{
  if (ys_kind (vm, obj) != YS_KIND_TUPLE || (gsize) index >= ys_tuple_len (obj))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "descriptor for index '%" G_GSSIZE_FORMAT "' doesn't apply",
                     index);
  return ys_ref (ys_tuple_get (obj, (gsize) index));
}

/* The class attribute @name of a namedtuple class (or a subclass); borrowed. */
static YsValue
nt_attr (YsVM       *vm,
         YsType     *type,
         const char *name)
{
  return ys_type_lookup (type, ys_str_interned (vm, name));
}

/* A namedtuple of @type (borrowed items). */
static YsValue
nt_make (YsVM          *vm,
         YsType        *type,
         const YsValue *items,
         gsize          n)
{
  YsTuple *t = (YsTuple *) ys_gc_alloc (vm, type, sizeof (YsTuple) + n * sizeof (YsValue));

  if (t == NULL)
    return YS_NULL;
  t->length = n;
  t->hash = -1;
  for (gsize i = 0; i < n; i++)
    t->items[i] = ys_ref (items[i]);
  return ys_val (t);
}

/* The name of the namedtuple class whose __new__ this is. */
static const char *
nt_class_name (YsVM   *vm,
               YsType *type)
{
  while (type->base_type != NULL && type->new_func == NULL)
    type = type->base_type;
  return ys_type_name (type);
}

NEW_FUNC (nt_new)
{
  YsType *t = (YsType *) ys_obj (type);
  YsValue fields = nt_attr (vm, t, "_fields"), defaults = nt_attr (vm, t, "_field_defaults");
  gsize n = ys_tuple_len (fields);
  int nkw = ys_kw_count (kwnames);
  const char *cname = nt_class_name (vm, t);
  YsValue small[8], *items, r = YS_NULL;
  gsize missing = 0;

  if ((gsize) argc > n)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__new__() takes %" G_GSIZE_FORMAT " positional argument%s but %d %s given",
                     cname, n + 1, n + 1 == 1 ? "" : "s", argc + 1, argc + 1 == 1 ? "was" : "were");
  items = n <= G_N_ELEMENTS (small) ? small : g_new (YsValue, n);
  for (gsize i = 0; i < n; i++)
    items[i] = i < (gsize) argc ? argv[i] : YS_NULL;
  for (int k = 0; k < nkw; k++)
    {
      YsValue kw = ys_tuple_get (kwnames, (gsize) k);
      gsize i;
      for (i = 0; i < n; i++)
        if (ys_str_equal (ys_str_as (kw), ys_str_as (ys_tuple_get (fields, i))))
          break;
      if (i == n)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__new__() got an unexpected keyword argument '%s'", cname,
                    ys_str_data (kw));
          goto out;
        }
      if (items[i] != YS_NULL)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__new__() got multiple values for argument '%s'", cname,
                    ys_str_data (kw));
          goto out;
        }
      items[i] = argv[argc + k];
    }
  for (gsize i = 0; i < n; i++)
    if (items[i] == YS_NULL)
      {
        YsValue d = defaults != YS_NULL ? ys_dict_get_str (vm, defaults, ys_str_as (ys_tuple_get (fields, i)))
                                        : YS_NULL;
        if (d != YS_NULL)
          items[i] = d;
        else
          missing++;
      }
  if (missing > 0)
    {
      GString *names = g_string_new (NULL);
      gsize seen = 0;
      for (gsize i = 0; i < n; i++)
        if (items[i] == YS_NULL)
          {
            if (seen > 0)
              g_string_append (names, missing == 2 ? " and " : seen + 1 == missing ? ", and " : ", ");
            g_string_append_printf (names, "'%s'", ys_str_data (ys_tuple_get (fields, i)));
            seen++;
          }
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__new__() missing %" G_GSIZE_FORMAT " required positional argument%s: %s",
                cname, missing, missing == 1 ? "" : "s", names->str);
      g_string_free (names, TRUE);
      goto out;
    }
  r = nt_make (vm, t, items, n);

out:
  if (items != small)
    g_free (items);
  return r;
}

METHOD (nt_repr)
{
  YsValue fields = nt_attr (vm, ys_type_of (vm, self), "_fields");
  GString *out;

  if (!ys_args_check (vm, "__repr__", argc, kwnames, 0, 0))
    return YS_NULL;
  out = g_string_new (ys_type_name_of (vm, self));
  g_string_append_c (out, '(');
  for (gsize i = 0; i < ys_tuple_len (self); i++)
    {
      YsValue r = ys_repr (vm, ys_tuple_get (self, i));
      if (r == YS_NULL)
        {
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      if (i > 0)
        g_string_append (out, ", ");
      if (fields != YS_NULL && i < ys_tuple_len (fields))
        g_string_append_printf (out, "%s=", ys_str_data (ys_tuple_get (fields, i)));
      g_string_append (out, ys_str_data (r));
      ys_decref (vm, r);
    }
  g_string_append_c (out, ')');
  return ys_str_take (vm, g_string_free (out, FALSE));
}

METHOD (nt_asdict)
{
  YsValue fields = nt_attr (vm, ys_type_of (vm, self), "_fields"), d;

  if (!ys_args_check (vm, "_asdict", argc, kwnames, 0, 0))
    return YS_NULL;
  d = ys_dict_new (vm);
  for (gsize i = 0; d != YS_NULL && i < ys_tuple_len (self) && i < ys_tuple_len (fields); i++)
    if (ys_dict_set (vm, d, ys_tuple_get (fields, i), ys_tuple_get (self, i)) < 0)
      ys_clear (vm, &d);
  return d;
}

METHOD (nt_replace)
{
  YsValue fields = nt_attr (vm, ys_type_of (vm, self), "_fields"), r;
  gsize n = ys_tuple_len (self);
  YsValue *items;
  GString *unknown = NULL;
  int nkw = ys_kw_count (kwnames);

  if (argc > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s._replace() takes 1 positional argument but %d were given",
                     nt_class_name (vm, ys_type_of (vm, self)), argc + 1);
  items = g_new (YsValue, n);
  for (gsize i = 0; i < n; i++)
    items[i] = ys_tuple_get (self, i);
  for (int k = 0; k < nkw; k++)
    {
      YsValue kw = ys_tuple_get (kwnames, (gsize) k);
      gsize i;
      for (i = 0; i < ys_tuple_len (fields); i++)
        if (ys_str_equal (ys_str_as (kw), ys_str_as (ys_tuple_get (fields, i))))
          break;
      if (i < n && i < ys_tuple_len (fields))
        items[i] = argv[k];
      else
        {
          if (unknown == NULL)
            unknown = g_string_new ("[");
          else
            g_string_append (unknown, ", ");
          g_string_append_printf (unknown, "'%s'", ys_str_data (kw));
        }
    }
  if (unknown != NULL)
    {
      g_string_append_c (unknown, ']');
      ys_raise (vm, YS_EXC_VALUE_ERROR, "Got unexpected field names: %s", unknown->str);
      g_string_free (unknown, TRUE);
      g_free (items);
      return YS_NULL;
    }
  r = nt_make (vm, ys_type_of (vm, self), items, n);
  g_free (items);
  return r;
}

/* _make (iterable): self is the class it was made for. */
static YsValue
nt_make_func (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  YsType *t = (YsType *) ys_obj (self);
  YsValue items, r;
  gsize n = ys_tuple_len (nt_attr (vm, t, "_fields"));

  if (!ys_args_check (vm, "_make", argc, kwnames, 1, 1))
    return YS_NULL;
  items = ys_sequence_to_tuple (vm, argv[0]);
  if (items == YS_NULL)
    return YS_NULL;
  if (ys_tuple_len (items) != n)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "Expected %" G_GSIZE_FORMAT " arguments, got %" G_GSIZE_FORMAT, n,
                ys_tuple_len (items));
      ys_decref (vm, items);
      return YS_NULL;
    }
  r = nt_make (vm, t, ((YsTuple *) ys_obj (items))->items, n);
  ys_decref (vm, items);
  return r;
}

static gboolean
is_identifier (const char *s)
{
  if (!g_ascii_isalpha (s[0]) && s[0] != '_' && (guchar) s[0] < 0x80)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && (guchar) *p < 0x80)
      return FALSE;
  return s[0] != '\0';
}

static gboolean
is_keyword (const char *s)
{
  static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    NULL
  };
  for (int i = 0; keywords[i] != NULL; i++)
    if (g_str_equal (s, keywords[i]))
      return TRUE;
  return FALSE;
}

/* namedtuple (typename, field_names, *, rename=False, defaults=None, module=None) */
static YsValue
collections_namedtuple (YsVM          *vm,
                        YsValue        self,
                        int            argc,
                        const YsValue *argv,
                        YsValue        kwnames)
{
  static const char *const names[] = { "typename", "field_names", "rename", "defaults", "module" };
  static const YsMethodDef methods[] = {
    { "__repr__", nt_repr }, { "_asdict", nt_asdict }, { "_replace", nt_replace }, { NULL, NULL }
  };
  YsValue args[5], list = YS_NULL, fields = YS_NULL, fdefaults = YS_NULL, make = YS_NULL;
  YsType *type = NULL;
  gboolean rename = FALSE;
  const char *tname;
  gsize n;

  if (!ys_args_bind (vm, "namedtuple", names, 5, 0, 2, 2, argc, argv, kwnames, args))
    return YS_NULL;
  if (args[2] != YS_NULL)
    {
      int t = ys_truthy (vm, args[2]);
      if (t < 0)
        return YS_NULL;
      rename = t;
    }
  if (ys_kind (vm, args[0]) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "Type names and field names must be strings");
  tname = ys_str_data (args[0]);

  /* The field names: a string split at commas and spaces, or any iterable of str. */
  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    return YS_NULL;
  if (ys_kind (vm, args[1]) == YS_KIND_STR)
    {
      g_autofree char *text = g_strdup (ys_str_data (args[1]));
      g_auto (GStrv) parts = NULL;
      for (char *p = text; *p; p++)
        if (*p == ',' || g_ascii_isspace (*p))
          *p = ' ';
      parts = g_strsplit (text, " ", -1);
      for (int i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0')
          ys_list_append_steal (vm, list, ys_str_new (vm, parts[i], -1));
    }
  else
    {
      YsValue it = ys_iter (vm, args[1]), item;
      if (it == YS_NULL)
        goto fail;
      while ((item = ys_next (vm, it)) != YS_NULL)
        {
          YsValue s = ys_to_str (vm, item);
          ys_decref (vm, item);
          if (s == YS_NULL || !ys_list_append_steal (vm, list, s))
            break;
        }
      ys_decref (vm, it);
      if (vm->exc != YS_NULL)
        goto fail;
    }
  n = ys_list_as (list)->length;
  if (rename)
    {
      for (gsize i = 0; i < n; i++)
        {
          const char *f = ys_str_data (ys_list_as (list)->items[i]);
          gboolean bad = !is_identifier (f) || is_keyword (f) || f[0] == '_';
          for (gsize j = 0; !bad && j < i; j++)
            bad = g_str_equal (f, ys_str_data (ys_list_as (list)->items[j]));
          if (bad)
            {
              YsValue old = ys_list_as (list)->items[i];
              ys_list_as (list)->items[i] = ys_str_printf (vm, "_%" G_GSIZE_FORMAT, i);
              ys_decref (vm, old);
            }
        }
    }
  for (gsize i = 0; i <= n; i++)
    {
      const char *f = i == 0 ? tname : ys_str_data (ys_list_as (list)->items[i - 1]);
      if (!is_identifier (f))
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Type names and field names must be valid identifiers: '%s'", f);
          goto fail;
        }
      if (is_keyword (f))
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Type names and field names cannot be a keyword: '%s'", f);
          goto fail;
        }
    }
  for (gsize i = 0; i < n; i++)
    {
      const char *f = ys_str_data (ys_list_as (list)->items[i]);
      if (f[0] == '_' && !rename)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Field names cannot start with an underscore: '%s'", f);
          goto fail;
        }
      for (gsize j = 0; j < i; j++)
        if (g_str_equal (f, ys_str_data (ys_list_as (list)->items[j])))
          {
            ys_raise (vm, YS_EXC_VALUE_ERROR, "Encountered duplicate field name: '%s'", f);
            goto fail;
          }
    }
  fields = ys_list_to_tuple (vm, list);
  if (fields == YS_NULL)
    goto fail;
  fdefaults = ys_dict_new (vm);
  if (fdefaults == YS_NULL)
    goto fail;
  if (args[3] != YS_NULL && !ys_is_none (vm, args[3]))
    {
      YsValue d = ys_sequence_to_tuple (vm, args[3]);
      gsize nd;
      if (d == YS_NULL)
        goto fail;
      nd = ys_tuple_len (d);
      if (nd > n)
        {
          ys_decref (vm, d);
          ys_raise (vm, YS_EXC_TYPE_ERROR, "Got more default values than field names");
          goto fail;
        }
      for (gsize i = 0; i < nd; i++)
        ys_dict_set (vm, fdefaults, ys_tuple_get (fields, n - nd + i), ys_tuple_get (d, i));
      ys_decref (vm, d);
    }

  type = ys_type_new (vm, tname, YS_KIND_TUPLE, vm->types[YS_KIND_TUPLE],
                      YS_TYPE_HEAP | YS_TYPE_GC | YS_TYPE_BASETYPE | YS_TYPE_SLOTS);
  if (type == NULL)
    goto fail;
  type->new_func = nt_new;
  ys_type_add_methods (vm, type, methods);
  ys_type_set_attr (vm, type, "_fields", fields);
  ys_type_set_attr (vm, type, "_field_defaults", fdefaults);
  ys_type_set_attr (vm, type, "__slots__", vm->empty_tuple);
  for (gsize i = 0; i < n; i++)
    {
      YsValue d = ys_descriptor_new (vm, field_get, (gssize) i);
      if (d == YS_NULL)
        goto fail;
      ys_dict_set (vm, type->dict, ys_tuple_get (fields, i), d);
      ys_decref (vm, d);
    }
  /* A function bound to the class, as a classmethod is. */
  make = ys_builtin_new (vm, "_make", nt_make_func, ys_val (type));
  if (make == YS_NULL)
    goto fail;
  ys_type_set_attr (vm, type, "_make", make);
  ys_decref (vm, make);
  ys_decref (vm, list);
  ys_decref (vm, fields);
  ys_decref (vm, fdefaults);
  return ys_val (type);

fail:
  ys_xdecref (vm, list);
  ys_xdecref (vm, fields);
  ys_xdecref (vm, fdefaults);
  if (type != NULL)
    ys_decref (vm, ys_val (type));
  return YS_NULL;
}

/* collections.abc */

typedef enum {
  ABC_ITERABLE, ABC_ITERATOR, ABC_GENERATOR, ABC_SIZED, ABC_CONTAINER, ABC_COLLECTION,
  ABC_REVERSIBLE, ABC_HASHABLE, ABC_CALLABLE, ABC_SEQUENCE, ABC_MUTABLE_SEQUENCE, ABC_MAPPING,
  ABC_MUTABLE_MAPPING, ABC_SET, ABC_MUTABLE_SET, N_ABCS
} AbcKind;

static const char *const abc_names[N_ABCS] = {
  "Iterable", "Iterator", "Generator", "Sized", "Container", "Collection", "Reversible", "Hashable",
  "Callable", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet",
};

/* Whether instances of @type have the special method @name (not set to None). */
static gboolean
has_method (YsVM       *vm,
            YsType     *type,
            const char *name)
{
  YsValue f = ys_type_lookup (type, ys_str_interned (vm, name));

  return f != YS_NULL && !ys_is_none (vm, f);
}

static gboolean
kind_in (YsKind        kind,
         const YsKind *kinds,
         gsize         n)
{
  for (gsize i = 0; i < n; i++)
    if (kinds[i] == kind)
      return TRUE;
  return FALSE;
}

/* What CPython's __subclasshook__s find: the one-trick ABCs by the methods a class
 * has, the others by the built-in types registered with them. */
static gboolean
abc_matches (YsVM    *vm,
             YsType  *t,
             AbcKind  abc)
{
  static const YsKind iterables[] = {
    YS_KIND_STR, YS_KIND_LIST, YS_KIND_TUPLE, YS_KIND_DICT, YS_KIND_SET, YS_KIND_FROZENSET,
    YS_KIND_RANGE, YS_KIND_GENERATOR, YS_KIND_ITERATOR, YS_KIND_DICTVIEW, YS_KIND_FILE
  };
  static const YsKind sized[] = {
    YS_KIND_STR, YS_KIND_LIST, YS_KIND_TUPLE, YS_KIND_DICT, YS_KIND_SET, YS_KIND_FROZENSET,
    YS_KIND_RANGE, YS_KIND_DICTVIEW
  };
  static const YsKind iterators[] = { YS_KIND_GENERATOR, YS_KIND_ITERATOR, YS_KIND_FILE };
  static const YsKind sequences[] = { YS_KIND_STR, YS_KIND_LIST, YS_KIND_TUPLE, YS_KIND_RANGE };
  static const YsKind reversibles[] = {
    YS_KIND_STR, YS_KIND_LIST, YS_KIND_TUPLE, YS_KIND_RANGE, YS_KIND_DICT, YS_KIND_DICTVIEW
  };
  static const YsKind callables[] = { YS_KIND_FUNCTION, YS_KIND_BUILTIN, YS_KIND_METHOD, YS_KIND_TYPE };
  YsKind k = t->kind;
  gboolean object_like = k == YS_KIND_INSTANCE || k == YS_KIND_OBJECT || k == YS_KIND_EXCEPTION;
  gboolean is_deque_type = ys_type_is_subtype (t, deque_type (vm));

  switch (abc)
    {
    case ABC_ITERABLE:
      return kind_in (k, iterables, G_N_ELEMENTS (iterables)) || (object_like && has_method (vm, t, "__iter__"));
    case ABC_ITERATOR:
      return kind_in (k, iterators, G_N_ELEMENTS (iterators)) ||
             (object_like && has_method (vm, t, "__iter__") && has_method (vm, t, "__next__"));
    case ABC_GENERATOR:
      return k == YS_KIND_GENERATOR ||
             (object_like && has_method (vm, t, "__iter__") && has_method (vm, t, "__next__") &&
              has_method (vm, t, "send") && has_method (vm, t, "throw") && has_method (vm, t, "close"));
    case ABC_SIZED:
      return kind_in (k, sized, G_N_ELEMENTS (sized)) || (object_like && has_method (vm, t, "__len__"));
    case ABC_CONTAINER:
      return kind_in (k, sized, G_N_ELEMENTS (sized)) || (object_like && has_method (vm, t, "__contains__"));
    case ABC_COLLECTION:
      return kind_in (k, sized, G_N_ELEMENTS (sized)) ||
             (object_like && has_method (vm, t, "__len__") && has_method (vm, t, "__iter__") &&
              has_method (vm, t, "__contains__"));
    case ABC_REVERSIBLE:
      return kind_in (k, reversibles, G_N_ELEMENTS (reversibles)) ||
             (object_like && has_method (vm, t, "__reversed__") && has_method (vm, t, "__iter__"));
    case ABC_HASHABLE:
      if (k == YS_KIND_LIST || k == YS_KIND_DICT || k == YS_KIND_SET)
        return FALSE;
      if (object_like)
        {
          YsValue h = ys_type_lookup (t, vm->s_hash), eq = ys_type_lookup (t, vm->s_eq);
          if (h != YS_NULL)
            return !ys_is_none (vm, h);
          return !(eq != YS_NULL && ys_kind (vm, eq) == YS_KIND_FUNCTION);
        }
      return TRUE;
    case ABC_CALLABLE:
      return kind_in (k, callables, G_N_ELEMENTS (callables)) || (object_like && has_method (vm, t, "__call__"));
    case ABC_SEQUENCE:
      return kind_in (k, sequences, G_N_ELEMENTS (sequences)) || is_deque_type;
    case ABC_MUTABLE_SEQUENCE:
      return k == YS_KIND_LIST || is_deque_type;
    case ABC_MAPPING:
    case ABC_MUTABLE_MAPPING:
      return k == YS_KIND_DICT;
    case ABC_SET:
      return k == YS_KIND_SET || k == YS_KIND_FROZENSET;
    case ABC_MUTABLE_SET:
      return k == YS_KIND_SET;
    default:
      return FALSE;
    }
}

int
ys_abc_check (YsVM     *vm,
              YsValue   v,
              YsType   *abc,
              gboolean  subclass)
{
  YsType *t;

  if (subclass)
    {
      if (ys_kind (vm, v) != YS_KIND_TYPE)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "issubclass() arg 1 must be a class");
          return -1;
        }
      t = (YsType *) ys_obj (v);
    }
  else
    t = ys_type_of (vm, v);
  if (ys_type_is_subtype (t, abc))
    return 1;
  for (int a = 0; a < N_ABCS; a++)
    if (g_str_equal (ys_type_name (abc), abc_names[a]))
      return abc_matches (vm, t, (AbcKind) a);
  return 0;
}

METHOD (abc_iter_self)
{
  if (!ys_args_check (vm, "__iter__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_ref (self);
}

METHOD (abc_next_stop)
{
  if (!ys_args_check (vm, "__next__", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_raise_empty (vm, YS_EXC_STOP_ITERATION);
}

METHOD (abc_contains)
{
  YsValue it, item;

  if (!ys_args_check (vm, "__contains__", argc, kwnames, 1, 1))
    return YS_NULL;
  it = ys_iter (vm, self);
  if (it == YS_NULL)
    return YS_NULL;
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      int eq = item == argv[0] ? 1 : ys_equal (vm, item, argv[0]);
      ys_decref (vm, item);
      if (eq != 0)
        {
          ys_decref (vm, it);
          return eq < 0 ? YS_NULL : ys_bool (vm, TRUE);
        }
    }
  ys_decref (vm, it);
  return vm->exc != YS_NULL ? YS_NULL : ys_bool (vm, FALSE);
}

static void
abc_instance_dealloc (YsVM     *vm,
                      YsObject *obj)
{
  ys_clear (vm, &((YsInstance *) obj)->dict);
  ys_free_object (vm, obj);
}

static void
abc_instance_clear (YsVM     *vm,
                    YsObject *obj)
{
  ys_clear (vm, &((YsInstance *) obj)->dict);
}

YsValue
ys_module_collections_abc (YsVM *vm)
{
  static const YsMethodDef iterator_methods[] = {
    { "__iter__", abc_iter_self }, { "__next__", abc_next_stop }, { NULL, NULL }
  };
  static const YsMethodDef generator_methods[] = {
    { "__iter__", abc_iter_self }, { NULL, NULL }
  };
  static const YsMethodDef sequence_methods[] = {
    { "__contains__", abc_contains }, { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "collections.abc");

  if (module == YS_NULL)
    return YS_NULL;
  for (int a = 0; a < N_ABCS; a++)
    {
      /* Classes of the program may derive from these, so they are classes as theirs are. */
      YsType *type = ys_type_new (vm, abc_names[a], YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                  YS_TYPE_HEAP | YS_TYPE_GC | YS_TYPE_BASETYPE | YS_TYPE_SLOTS | YS_TYPE_ABC);
      YsValue modname = ys_str_intern (vm, "collections.abc");

      type->dealloc = abc_instance_dealloc;
      type->clear = abc_instance_clear;
      ys_type_set_attr (vm, type, "__module__", modname);
      ys_decref (vm, modname);
      if (a == ABC_ITERATOR)
        ys_type_add_methods (vm, type, iterator_methods);
      else if (a == ABC_GENERATOR)
        ys_type_add_methods (vm, type, generator_methods);
      else if (a == ABC_SEQUENCE || a == ABC_MUTABLE_SEQUENCE || a == ABC_COLLECTION)
        ys_type_add_methods (vm, type, sequence_methods);
      ys_module_add (vm, module, abc_names[a], ys_val (type));
      ys_decref (vm, ys_val (type));
    }
  return module;
}

/* The module */

YsValue
ys_module_collections (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "namedtuple", collections_namedtuple },
    { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "collections"), abc;
  YsStr *abc_name;

  if (module == YS_NULL)
    return YS_NULL;
  deque_init_type (vm);
  defaultdict_init_type (vm);
  counter_init_type (vm);
  ordereddict_init_type (vm);
  ys_module_add (vm, module, "deque", ys_val (deque_type (vm)));
  ys_module_add (vm, module, "defaultdict", ys_val (defaultdict_type (vm)));
  ys_module_add (vm, module, "Counter", ys_val (counter_type (vm)));
  ys_module_add (vm, module, "OrderedDict", ys_val (ordereddict_type (vm)));
  ys_module_add_functions (vm, module, functions);
  /* collections.abc comes with it, as in CPython where it is imported at start-up. */
  abc_name = ys_str_interned (vm, "collections.abc");
  abc = ys_import_module (vm, abc_name);
  if (abc == YS_NULL)
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  ys_module_add (vm, module, "abc", abc);
  ys_decref (vm, abc);
  return module;
}
