/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dicts (insertion-ordered), their views and iterators, sets and frozensets.
 *
 * A dict keeps its entries in a dense array in insertion order and finds them through
 * a sparse index of a power-of-two size; deleting leaves a dummy in the index and an
 * empty entry (key and value YS_NULL) behind, both cleaned up by the next resize:
 *   index        index_size slots (NULL and 0 while the dict has never held a key)
 *   entries      entries_cap entries, 2/3 of index_size; the first n_entries are filled
 *   version      bumped on every change, resizes included (the VM caches entry indexes)
 *
 * A set uses the same YsSet (= YsDict) struct but not the same layout: programs print
 * sets, and CPython prints them in the order of its open-addressing table, so the set
 * table here is that table, probed the same way:
 *   entries      the table itself, entries_cap slots (0 and NULL until the first add:
 *                a missing table counts as the initial table of 8 slots)
 *   n_entries    fill: active slots plus dummies
 *   used         active slots
 *   index_size   the pop() finger: where the next pop starts looking
 *   index        unused (NULL)
 * A slot is empty when its key is YS_NULL and its hash 0, a dummy (a removed key) when
 * its key is YS_NULL and its hash -1; values are not used. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <string.h>

#define PERTURB_SHIFT 5

#define DICT_MINSIZE 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define DUMMY_HASH (-1)

static inline YsDict *
dict_as (YsValue v)
{
  return (YsDict *) ys_obj (v);
}

static inline YsKind
obj_kind (YsValue v)
{
  return ys_is_small (v) ? YS_KIND_INT : ys_obj (v)->type->kind;
}

static inline gboolean
is_anyset (YsValue v)
{
  YsKind k = obj_kind (v);
  return k == YS_KIND_SET || k == YS_KIND_FROZENSET;
}

static inline gboolean
is_exact_str (YsVM    *vm,
              YsValue  v)
{
  return !ys_is_small (v) && ys_obj (v)->type == vm->types[YS_KIND_STR];
}

/* Containers must be allocated with a GC head and freed knowing it. */
static void
ensure_gc_type (YsType *type)
{
  type->flags |= YS_TYPE_GC;
}

static gboolean
append_repr (YsVM    *vm,
             GString *buf,
             YsValue  v)
{
  YsValue r = ys_repr (vm, v);

  if (r == YS_NULL)
    return FALSE;
  g_string_append_len (buf, ys_str_data (r), ys_str_as (r)->nbytes);
  ys_decref (vm, r);
  return TRUE;
}

static YsValue
string_from_buffer (YsVM    *vm,
                    GString *buf)
{
  YsValue r = ys_str_new (vm, buf->str, (gssize) buf->len);

  g_string_free (buf, TRUE);
  return r;
}

/* ------------------------------------------------------------------------ */
/* Dict tables */

static gsize
usable_fraction (gsize size)
{
  return (size << 1) / 3;
}

static gsize
dict_entries_bytes (gsize index_size)
{
  return usable_fraction (index_size) * sizeof (YsDictEntry);
}

/* The first index slot along @hash's probe sequence that holds no entry. */
static gsize
dict_find_empty_slot (YsDict *d,
                      gint64  hash)
{
  gsize mask = d->index_size - 1;
  gsize i = (gsize) hash & mask;
  guint64 perturb = (guint64) hash;

  while (d->index[i] >= 0)
    {
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  return i;
}

/* The index slot pointing at entry @ix. */
static gsize
dict_slot_of_entry (YsDict *d,
                    gint64  hash,
                    gsize   ix)
{
  gsize mask = d->index_size - 1;
  gsize i = (gsize) hash & mask;
  guint64 perturb = (guint64) hash;

  while (d->index[i] != (gint32) ix)
    {
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  return i;
}

/* Rebuilds the tables with an index of at least @minsize slots, dropping deleted
 * entries. Runs no Python code. */
static gboolean
dict_resize (YsVM   *vm,
             YsDict *d,
             gsize   minsize)
{
  YsKind kind = d->base.type->kind;
  gsize size = DICT_MINSIZE, n = 0;
  gint32 *index;
  YsDictEntry *entries;

  while (size < minsize)
    size <<= 1;
  g_assert (usable_fraction (size) >= d->used);
  index = ys_buffer_realloc (vm, kind, NULL, 0, size * sizeof (gint32));
  if (index == NULL)
    return FALSE;
  entries = ys_buffer_realloc (vm, kind, NULL, 0, dict_entries_bytes (size));
  if (entries == NULL)
    {
      ys_buffer_realloc (vm, kind, index, size * sizeof (gint32), 0);
      return FALSE;
    }
  memset (index, 0xff, size * sizeof (gint32));   /* all IX_EMPTY */

  {
    gint32 *old_index = d->index;
    YsDictEntry *old_entries = d->entries;
    gsize old_size = d->index_size, old_n = d->n_entries;

    d->index = index;
    d->entries = entries;
    d->index_size = size;
    for (gsize i = 0; i < old_n; i++)
      {
        if (old_entries[i].key == YS_NULL)
          continue;
        entries[n] = old_entries[i];
        index[dict_find_empty_slot (d, entries[n].hash)] = (gint32) n;
        n++;
      }
    d->n_entries = n;
    d->entries_cap = usable_fraction (size);
    d->version++;
    if (old_index != NULL)
      ys_buffer_realloc (vm, kind, old_index, old_size * sizeof (gint32), 0);
    if (old_entries != NULL)
      ys_buffer_realloc (vm, kind, old_entries, dict_entries_bytes (old_size), 0);
  }
  return TRUE;
}

/* Finds @key: its entry's index, -1 when missing, -2 on error. Comparing keys may run
 * Python code that changes the dict: the probe starts over when the tables it reads
 * were replaced or the entry it compared against was removed. */
static gssize
dict_lookup (YsVM    *vm,
             YsDict  *d,
             YsValue  key,
             gint64   hash,
             gsize   *slot_out)
{
  gsize mask, i;
  guint64 perturb;

restart:
  if (d->index == NULL)
    return -1;
  mask = d->index_size - 1;
  i = (gsize) hash & mask;
  perturb = (guint64) hash;
  for (;;)
    {
      gint32 ix = d->index[i];

      if (ix == IX_EMPTY)
        return -1;
      if (ix >= 0)
        {
          YsDictEntry *e = &d->entries[ix];
          YsValue startkey = e->key;

          if (startkey == key)
            goto found;
          if (e->hash == hash)
            {
              if (ys_is_small (startkey) && ys_is_small (key))
                ;   /* distinct small ints */
              else if (is_exact_str (vm, startkey) && is_exact_str (vm, key))
                {
                  if (ys_str_equal (ys_str_as (startkey), ys_str_as (key)))
                    goto found;
                }
              else
                {
                  gint32 *index = d->index;
                  YsDictEntry *entries = d->entries;
                  int eq;

                  ys_incref (startkey);
                  eq = ys_equal (vm, startkey, key);
                  ys_decref (vm, startkey);
                  if (eq < 0)
                    return -2;
                  if (d->index != index || d->entries != entries ||
                      d->entries[ix].key != startkey)
                    goto restart;
                  if (eq > 0)
                    goto found;
                }
            }
        }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
      continue;

    found:
      if (slot_out != NULL)
        *slot_out = i;
      return ix;
    }
}

/* Appends a key known to be absent. */
static gboolean
dict_insert_new (YsVM    *vm,
                 YsDict  *d,
                 YsValue  key,
                 gint64   hash,
                 YsValue  value)
{
  YsDictEntry *e;

  if (d->index == NULL || d->n_entries >= d->entries_cap)
    if (!dict_resize (vm, d, d->used * 3))
      return FALSE;
  d->index[dict_find_empty_slot (d, hash)] = (gint32) d->n_entries;
  e = &d->entries[d->n_entries++];
  e->key = ys_ref (key);
  e->value = ys_ref (value);
  e->hash = hash;
  d->used++;
  d->version++;
  return TRUE;
}

static int
dict_set_hashed (YsVM    *vm,
                 YsDict  *d,
                 YsValue  key,
                 gint64   hash,
                 YsValue  value)
{
  gssize ix = dict_lookup (vm, d, key, hash, NULL);

  if (ix == -2)
    return -1;
  if (ix >= 0)
    {
      /* An equal key is already there: it stays, the value is replaced. */
      YsValue old = d->entries[ix].value;
      d->entries[ix].value = ys_ref (value);
      d->version++;
      ys_decref (vm, old);
      return 0;
    }
  return dict_insert_new (vm, d, key, hash, value) ? 0 : -1;
}

/* Removes entry @ix found at index slot @slot; returns its key and value (owned). */
static void
dict_take_entry (YsDict  *d,
                 gsize    slot,
                 gsize    ix,
                 YsValue *key,
                 YsValue *value)
{
  YsDictEntry *e = &d->entries[ix];

  d->index[slot] = IX_DUMMY;
  *key = e->key;
  *value = e->value;
  e->key = YS_NULL;
  e->value = YS_NULL;
  e->hash = 0;
  d->used--;
  d->version++;
}

/* Empties the dict, then drops the references it held: by then the dict is in a
 * consistent state whatever their release does. */
static void
dict_drop_contents (YsVM   *vm,
                    YsDict *d)
{
  YsKind kind = d->base.type->kind;
  gint32 *index = d->index;
  YsDictEntry *entries = d->entries;
  gsize size = d->index_size, n = d->n_entries;

  d->index = NULL;
  d->entries = NULL;
  d->index_size = 0;
  d->n_entries = 0;
  d->entries_cap = 0;
  d->used = 0;
  d->version++;
  for (gsize i = 0; i < n; i++)
    {
      if (entries[i].key == YS_NULL)
        continue;
      ys_decref (vm, entries[i].key);
      ys_decref (vm, entries[i].value);
    }
  if (index != NULL)
    ys_buffer_realloc (vm, kind, index, size * sizeof (gint32), 0);
  if (entries != NULL)
    ys_buffer_realloc (vm, kind, entries, dict_entries_bytes (size), 0);
}

static YsValue
dict_alloc (YsVM   *vm,
            YsType *type)
{
  YsObject *obj;

  ensure_gc_type (type);
  obj = ys_gc_alloc (vm, type, sizeof (YsDict));
  if (obj == NULL)
    return YS_NULL;
  return ys_val (obj);
}

static void
dict_dealloc (YsVM     *vm,
              YsObject *obj)
{
  dict_drop_contents (vm, (YsDict *) obj);
  ys_free_object (vm, obj);
}

static void
dict_clear_refs (YsVM     *vm,
                 YsObject *obj)
{
  dict_drop_contents (vm, (YsDict *) obj);
}

/* A plain dict with the entries of @src (keys are known distinct: no comparisons). */
static YsValue
dict_copy (YsVM    *vm,
           YsValue  src)
{
  YsDict *s = dict_as (src), *d;
  YsValue copy = ys_dict_new (vm);

  if (copy == YS_NULL)
    return YS_NULL;
  d = dict_as (copy);
  if (s->used == 0)
    return copy;
  if (!dict_resize (vm, d, (s->used * 3 + 1) / 2))
    {
      ys_decref (vm, copy);
      return YS_NULL;
    }
  for (gsize i = 0; i < s->n_entries; i++)
    {
      YsDictEntry *e = &s->entries[i];
      if (e->key != YS_NULL && !dict_insert_new (vm, d, e->key, e->hash, e->value))
        {
          ys_decref (vm, copy);
          return YS_NULL;
        }
    }
  return copy;
}

/* ------------------------------------------------------------------------ */
/* Dict API */

YsValue
ys_dict_new (YsVM *vm)
{
  return dict_alloc (vm, vm->types[YS_KIND_DICT]);
}

YsValue
ys_dict_get (YsVM    *vm,
             YsValue  dict,
             YsValue  key)
{
  YsDict *d = dict_as (dict);
  gint64 hash;
  gssize ix;

  if (!ys_hash (vm, key, &hash))
    return YS_NULL;
  ix = dict_lookup (vm, d, key, hash, NULL);
  if (ix < 0)
    return YS_NULL;
  return d->entries[ix].value;
}

YsValue
ys_dict_get_str (YsVM    *vm,
                 YsValue  dict,
                 YsStr   *key)
{
  YsDict *d = dict_as (dict);
  gint64 hash;
  gsize mask, i;
  guint64 perturb;

  if (d->index == NULL)
    return YS_NULL;
  hash = ys_str_hash (key);
  mask = d->index_size - 1;
  i = (gsize) hash & mask;
  perturb = (guint64) hash;
  for (;;)
    {
      gint32 ix = d->index[i];

      if (ix == IX_EMPTY)
        return YS_NULL;
      if (ix >= 0)
        {
          YsDictEntry *e = &d->entries[ix];
          /* Only str keys can equal a str without running code. */
          if (e->key == ys_val (key) ||
              (e->hash == hash && !ys_is_small (e->key) &&
               ys_obj (e->key)->type->kind == YS_KIND_STR &&
               ys_str_equal (ys_str_as (e->key), key)))
            return e->value;
        }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
}

int
ys_dict_set (YsVM    *vm,
             YsValue  dict,
             YsValue  key,
             YsValue  value)
{
  gint64 hash;

  if (!ys_hash (vm, key, &hash))
    return -1;
  return dict_set_hashed (vm, dict_as (dict), key, hash, value);
}

int
ys_dict_del (YsVM    *vm,
             YsValue  dict,
             YsValue  key)
{
  YsDict *d = dict_as (dict);
  YsValue k, v;
  gint64 hash;
  gsize slot;
  gssize ix;

  if (!ys_hash (vm, key, &hash))
    return -1;
  ix = dict_lookup (vm, d, key, hash, &slot);
  if (ix == -2)
    return -1;
  if (ix == -1)
    return 0;
  dict_take_entry (d, slot, (gsize) ix, &k, &v);
  ys_decref (vm, k);
  ys_decref (vm, v);
  return 1;
}

gboolean
ys_dict_next (YsValue  dict,
              gsize   *pos,
              YsValue *key,
              YsValue *value)
{
  YsDict *d = dict_as (dict);
  gsize i = *pos;

  while (i < d->n_entries && d->entries[i].key == YS_NULL)
    i++;
  if (i >= d->n_entries)
    {
      *pos = i;
      return FALSE;
    }
  if (key != NULL)
    *key = d->entries[i].key;
  if (value != NULL)
    *value = d->entries[i].value;
  *pos = i + 1;
  return TRUE;
}

/* Adds the entries of dict @other, the later value winning. */
static gboolean
dict_merge (YsVM    *vm,
            YsValue  dict,
            YsValue  other)
{
  YsDict *d = dict_as (dict), *o = dict_as (other);
  gsize n_entries = o->n_entries, used = o->used;

  if (d == o || o->used == 0)
    return TRUE;
  /* One resize up front rather than several along the way. */
  if (d->index == NULL || d->entries_cap - d->n_entries < o->used)
    if (!dict_resize (vm, d, ((d->used + o->used) * 3 + 1) / 2))
      return FALSE;
  for (gsize i = 0; i < o->n_entries; i++)
    {
      YsDictEntry *e = &o->entries[i];
      YsValue key = e->key, value = e->value;
      int r;

      if (key == YS_NULL)
        continue;
      ys_incref (key);
      ys_incref (value);
      r = dict_set_hashed (vm, d, key, e->hash, value);
      ys_decref (vm, key);
      ys_decref (vm, value);
      if (r < 0)
        return FALSE;
      if (o->n_entries != n_entries || o->used != used)
        {
          ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dict mutated during update");
          return FALSE;
        }
    }
  return TRUE;
}

/* dict.update's mapping path: anything with keys(). */
static gboolean
dict_merge_mapping (YsVM    *vm,
                    YsValue  dict,
                    YsValue  mapping,
                    YsValue  keys_func)
{
  YsValue keys, it, key;

  keys = ys_call0 (vm, keys_func);
  if (keys == YS_NULL)
    return FALSE;
  it = ys_iter (vm, keys);
  ys_decref (vm, keys);
  if (it == YS_NULL)
    return FALSE;
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      YsValue value = ys_getitem (vm, mapping, key);
      int r = value != YS_NULL ? ys_dict_set (vm, dict, key, value) : -1;

      ys_xdecref (vm, value);
      ys_decref (vm, key);
      if (r < 0)
        {
          ys_decref (vm, it);
          return FALSE;
        }
    }
  ys_decref (vm, it);
  return vm->exc == YS_NULL;
}

/* dict.update's sequence path: an iterable of pairs. */
static gboolean
dict_merge_pairs (YsVM    *vm,
                  YsValue  dict,
                  YsValue  seq)
{
  YsValue it = ys_iter (vm, seq), item;
  gsize i = 0;

  if (it == YS_NULL)
    return FALSE;
  for (; (item = ys_next (vm, it)) != YS_NULL; i++)
    {
      YsValue pair, key, value;
      gsize n;
      int r;

      if (ys_type_of (vm, item) == vm->types[YS_KIND_LIST] ||
          ys_type_of (vm, item) == vm->types[YS_KIND_TUPLE])
        pair = ys_ref (item);
      else
        {
          pair = ys_sequence_to_tuple (vm, item);
          if (pair == YS_NULL)
            {
              if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
                {
                  ys_exc_clear (vm);
                  ys_raise (vm, YS_EXC_TYPE_ERROR,
                            "cannot convert dictionary update sequence element #%" G_GSIZE_FORMAT
                            " to a sequence", i);
                }
              ys_decref (vm, item);
              ys_decref (vm, it);
              return FALSE;
            }
        }
      ys_decref (vm, item);
      if (ys_kind (vm, pair) == YS_KIND_LIST)
        n = ys_list_as (pair)->length;
      else
        n = ys_tuple_len (pair);
      if (n != 2)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR,
                    "dictionary update sequence element #%" G_GSIZE_FORMAT " has length %"
                    G_GSIZE_FORMAT "; 2 is required", i, n);
          ys_decref (vm, pair);
          ys_decref (vm, it);
          return FALSE;
        }
      if (ys_kind (vm, pair) == YS_KIND_LIST)
        {
          key = ys_ref (ys_list_as (pair)->items[0]);
          value = ys_ref (ys_list_as (pair)->items[1]);
        }
      else
        {
          key = ys_ref (ys_tuple_get (pair, 0));
          value = ys_ref (ys_tuple_get (pair, 1));
        }
      ys_decref (vm, pair);
      r = ys_dict_set (vm, dict, key, value);
      ys_decref (vm, key);
      ys_decref (vm, value);
      if (r < 0)
        {
          ys_decref (vm, it);
          return FALSE;
        }
    }
  ys_decref (vm, it);
  return vm->exc == YS_NULL;
}

gboolean
ys_dict_update (YsVM    *vm,
                YsValue  dict,
                YsValue  other)
{
  YsValue keys_func;

  if (obj_kind (other) == YS_KIND_DICT)
    return dict_merge (vm, dict, other);
  /* Like CPython: a mapping is whatever has keys(); anything else must be pairs. */
  keys_func = ys_getattr (vm, other, ys_str_interned (vm, "keys"));
  if (keys_func == YS_NULL)
    {
      if (!ys_exc_matches (vm, YS_EXC_ATTRIBUTE_ERROR))
        return FALSE;
      ys_exc_clear (vm);
      return dict_merge_pairs (vm, dict, other);
    }
  {
    gboolean ok = dict_merge_mapping (vm, dict, other, keys_func);
    ys_decref (vm, keys_func);
    return ok;
  }
}

int
ys_dict_equal (YsVM    *vm,
               YsValue  a,
               YsValue  b)
{
  YsDict *da = dict_as (a), *db = dict_as (b);

  if (a == b)
    return 1;
  if (da->used != db->used)
    return 0;
  for (gsize i = 0; i < da->n_entries; i++)
    {
      YsDictEntry *e = &da->entries[i];
      YsValue key = e->key, aval, bval;
      gssize ix;
      int eq;

      if (key == YS_NULL)
        continue;
      /* Comparisons may change either dict: hold what is compared. */
      ys_incref (key);
      aval = ys_ref (e->value);
      ix = dict_lookup (vm, db, key, e->hash, NULL);
      ys_decref (vm, key);
      if (ix < 0)
        {
          ys_decref (vm, aval);
          return ix == -2 ? -1 : 0;
        }
      bval = ys_ref (db->entries[ix].value);
      eq = ys_equal (vm, aval, bval);
      ys_decref (vm, aval);
      ys_decref (vm, bval);
      if (eq <= 0)
        return eq;
    }
  return 1;
}

YsValue
ys_dict_or (YsVM     *vm,
            YsValue   a,
            YsValue   b,
            gboolean  inplace)
{
  YsValue r;

  if (inplace)
    {
      if (!ys_dict_update (vm, a, b))
        return YS_NULL;
      return ys_ref (a);
    }
  if (obj_kind (b) != YS_KIND_DICT)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported operand type(s) for |: '%s' and '%s'",
                     ys_type_name_of (vm, a), ys_type_name_of (vm, b));
  r = dict_copy (vm, a);
  if (r == YS_NULL)
    return YS_NULL;
  if (!dict_merge (vm, r, b))
    {
      ys_decref (vm, r);
      return YS_NULL;
    }
  return r;
}

/* ------------------------------------------------------------------------ */
/* Dict views */

static const char *const view_type_names[] = { "dict_keys", "dict_values", "dict_items" };

/* The view types live in the dict type's attributes under names no program can
 * spell as an attribute, so that each VM has its own. */
static const char *const view_type_keys[] = { " dict_keys", " dict_values", " dict_items" };

static YsType *
view_type (YsVM       *vm,
           YsViewKind  which)
{
  YsValue t = ys_dict_get_str (vm, vm->types[YS_KIND_DICT]->dict,
                               ys_str_interned (vm, view_type_keys[which]));
  g_assert (t != YS_NULL);
  return (YsType *) ys_obj (t);
}

static inline YsDictView *
view_as (YsValue v)
{
  return (YsDictView *) ys_obj (v);
}

static YsValue
dictview_new (YsVM       *vm,
              YsValue     dict,
              YsViewKind  which)
{
  YsObject *obj = ys_gc_alloc (vm, view_type (vm, which), sizeof (YsDictView));
  YsDictView *view;

  if (obj == NULL)
    return YS_NULL;
  view = (YsDictView *) obj;
  view->dict = ys_ref (dict);
  view->which = which;
  return ys_val (obj);
}

static void
dictview_dealloc (YsVM     *vm,
                  YsObject *obj)
{
  ys_clear (vm, &((YsDictView *) obj)->dict);
  ys_free_object (vm, obj);
}

static void
dictview_clear_refs (YsVM     *vm,
                     YsObject *obj)
{
  ys_clear (vm, &((YsDictView *) obj)->dict);
}

gssize
ys_dictview_len (YsValue view)
{
  YsValue dict = view_as (view)->dict;

  return dict != YS_NULL ? (gssize) ys_dict_len (dict) : 0;
}

int
ys_dictview_contains (YsVM    *vm,
                      YsValue  view,
                      YsValue  item)
{
  YsDictView *v = view_as (view);
  YsValue dict = v->dict;

  if (dict == YS_NULL)
    return 0;
  switch (v->which)
    {
    case YS_VIEW_KEYS:
      {
        YsValue found = ys_dict_get (vm, dict, item);
        if (found == YS_NULL)
          return vm->exc != YS_NULL ? -1 : 0;
        return 1;
      }
    case YS_VIEW_ITEMS:
      {
        YsValue found;
        int eq;

        if (ys_kind (vm, item) != YS_KIND_TUPLE || ys_tuple_len (item) != 2)
          return 0;
        found = ys_dict_get (vm, dict, ys_tuple_get (item, 0));
        if (found == YS_NULL)
          return vm->exc != YS_NULL ? -1 : 0;
        ys_incref (found);
        eq = ys_equal (vm, found, ys_tuple_get (item, 1));
        ys_decref (vm, found);
        return eq;
      }
    default:
      {
        YsDict *d = dict_as (dict);
        int r = 0;

        ys_incref (dict);
        for (gsize i = 0; i < d->n_entries && r == 0; i++)
          {
            YsValue value = d->entries[i].value;
            if (d->entries[i].key == YS_NULL)
              continue;
            ys_incref (value);
            r = ys_equal (vm, value, item);
            ys_decref (vm, value);
          }
        ys_decref (vm, dict);
        return r;
      }
    }
}

/* ------------------------------------------------------------------------ */
/* Dict iterators */

static YsValue
dictiter_next (YsVM       *vm,
               YsIterator *it,
               YsViewKind  which)
{
  YsValue dict = it->seq;
  YsDict *d;
  YsDictEntry *e;
  gsize i;

  if (dict == YS_NULL)
    return YS_NULL;
  d = dict_as (dict);
  /* Like CPython, only a change of size is caught; it->version holds the size. */
  if (it->version != d->used)
    {
      it->version = G_MAXUINT64;   /* stays broken */
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary changed size during iteration");
    }
  i = it->index;
  while (i < d->n_entries && d->entries[i].key == YS_NULL)
    i++;
  if (i >= d->n_entries)
    goto exhausted;
  if (it->count <= 0)
    {
      ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary keys changed during iteration");
      goto exhausted;
    }
  it->index = i + 1;
  it->count--;
  e = &d->entries[i];
  switch (which)
    {
    case YS_VIEW_KEYS:
      return ys_ref (e->key);
    case YS_VIEW_VALUES:
      return ys_ref (e->value);
    default:
      return ys_tuple_pack (vm, 2, ys_ref (e->key), ys_ref (e->value));
    }

exhausted:
  it->seq = YS_NULL;
  ys_decref (vm, dict);
  return YS_NULL;
}

static YsValue
dictiter_next_keys (YsVM       *vm,
                    YsIterator *it)
{
  return dictiter_next (vm, it, YS_VIEW_KEYS);
}

static YsValue
dictiter_next_values (YsVM       *vm,
                      YsIterator *it)
{
  return dictiter_next (vm, it, YS_VIEW_VALUES);
}

static YsValue
dictiter_next_items (YsVM       *vm,
                     YsIterator *it)
{
  return dictiter_next (vm, it, YS_VIEW_ITEMS);
}

/* Reversed iterators walk the entries down from the last; it->index counts the
 * entries still below the cursor. */
static YsValue
dictreviter_next (YsVM       *vm,
                  YsIterator *it,
                  YsViewKind  which)
{
  YsValue dict = it->seq;
  YsDict *d;
  YsDictEntry *e;
  gsize i;

  if (dict == YS_NULL)
    return YS_NULL;
  d = dict_as (dict);
  if (it->version != d->used)
    {
      it->version = G_MAXUINT64;
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary changed size during iteration");
    }
  i = MIN (it->index, d->n_entries);
  while (i > 0 && d->entries[i - 1].key == YS_NULL)
    i--;
  if (i == 0 || it->count <= 0)
    {
      it->seq = YS_NULL;
      ys_decref (vm, dict);
      return YS_NULL;
    }
  it->index = i - 1;
  it->count--;
  e = &d->entries[i - 1];
  switch (which)
    {
    case YS_VIEW_KEYS:
      return ys_ref (e->key);
    case YS_VIEW_VALUES:
      return ys_ref (e->value);
    default:
      return ys_tuple_pack (vm, 2, ys_ref (e->key), ys_ref (e->value));
    }
}

static YsValue
dictreviter_next_keys (YsVM       *vm,
                       YsIterator *it)
{
  return dictreviter_next (vm, it, YS_VIEW_KEYS);
}

static YsValue
dictreviter_next_values (YsVM       *vm,
                         YsIterator *it)
{
  return dictreviter_next (vm, it, YS_VIEW_VALUES);
}

static YsValue
dictreviter_next_items (YsVM       *vm,
                        YsIterator *it)
{
  return dictreviter_next (vm, it, YS_VIEW_ITEMS);
}

static YsValue
dict_iter_new (YsVM       *vm,
               YsValue     dict,
               YsViewKind  which,
               gboolean    reversed)
{
  static const char *const names[] = { "dict_keyiterator", "dict_valueiterator", "dict_itemiterator" };
  static const char *const rev_names[] = {
    "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"
  };
  static const YsIterNextFunc nexts[] = { dictiter_next_keys, dictiter_next_values, dictiter_next_items };
  static const YsIterNextFunc rev_nexts[] = {
    dictreviter_next_keys, dictreviter_next_values, dictreviter_next_items
  };
  YsDict *d = dict_as (dict);
  YsValue r;
  YsIterator *it;

  r = ys_iterator_new (vm, ys_iterator_type (vm, reversed ? rev_names[which] : names[which]),
                       reversed ? rev_nexts[which] : nexts[which], dict);
  if (r == YS_NULL)
    return YS_NULL;
  it = (YsIterator *) ys_obj (r);
  it->index = reversed ? d->n_entries : 0;
  it->count = (gssize) d->used;
  it->version = d->used;
  return r;
}

YsValue
ys_dict_iter (YsVM    *vm,
              YsValue  v)
{
  if (obj_kind (v) == YS_KIND_DICTVIEW)
    {
      YsDictView *view = view_as (v);
      if (view->dict == YS_NULL)
        return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary view of a cleared dict");
      return dict_iter_new (vm, view->dict, view->which, FALSE);
    }
  return dict_iter_new (vm, v, YS_VIEW_KEYS, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Dict and view repr */

YsValue
ys_dict_repr (YsVM    *vm,
              YsValue  v)
{
  GString *buf;
  YsValue dict;
  gsize pos = 0;
  YsValue key, value;
  gboolean first = TRUE, ok = TRUE;
  YsViewKind which = YS_VIEW_KEYS;
  gboolean is_view = obj_kind (v) == YS_KIND_DICTVIEW;

  if (!ys_repr_enter (vm, v))
    return ys_str_new (vm, is_view ? "..." : "{...}", -1);
  if (is_view)
    {
      dict = view_as (v)->dict;
      which = view_as (v)->which;
      buf = g_string_new (ys_type_name_of (vm, v));
      g_string_append (buf, "([");
      if (dict == YS_NULL)
        goto done;
    }
  else
    {
      dict = v;
      if (ys_dict_len (v) == 0)
        {
          ys_repr_leave (vm, v);
          return ys_str_new (vm, "{}", 2);
        }
      buf = g_string_new ("{");
    }
  ys_incref (dict);
  while (ok && ys_dict_next (dict, &pos, &key, &value))
    {
      /* A long repr is a long loop: Stop must reach it. */
      if (!ys_vm_stop_check (vm) || buf->len > YS_STR_MAX_BYTES)
        {
          if (vm->exc == YS_NULL)
            ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
          ok = FALSE;
          break;
        }
      /* The reprs may run code that changes the dict: hold this entry. */
      ys_incref (key);
      ys_incref (value);
      if (!first)
        g_string_append (buf, ", ");
      first = FALSE;
      if (!is_view)
        {
          ok = append_repr (vm, buf, key);
          if (ok)
            {
              g_string_append (buf, ": ");
              ok = append_repr (vm, buf, value);
            }
        }
      else if (which == YS_VIEW_KEYS)
        ok = append_repr (vm, buf, key);
      else if (which == YS_VIEW_VALUES)
        ok = append_repr (vm, buf, value);
      else
        {
          g_string_append_c (buf, '(');
          ok = append_repr (vm, buf, key);
          if (ok)
            {
              g_string_append (buf, ", ");
              ok = append_repr (vm, buf, value);
            }
          g_string_append_c (buf, ')');
        }
      ys_decref (vm, key);
      ys_decref (vm, value);
    }
  ys_decref (vm, dict);

done:
  ys_repr_leave (vm, v);
  if (!ok)
    {
      g_string_free (buf, TRUE);
      return YS_NULL;
    }
  g_string_append (buf, is_view ? "])" : "}");
  return string_from_buffer (vm, buf);
}

/* ------------------------------------------------------------------------ */
/* Set tables */

static inline YsSet *
set_as (YsValue v)
{
  return (YsSet *) ys_obj (v);
}

/* A set without a table stands for an empty table of SET_MINSIZE slots. */
static inline gsize
set_mask (YsSet *s)
{
  return (s->entries != NULL ? s->entries_cap : SET_MINSIZE) - 1;
}

static gboolean
set_ensure_table (YsVM  *vm,
                  YsSet *s)
{
  YsDictEntry *table;

  if (s->entries != NULL)
    return TRUE;
  table = ys_buffer_realloc (vm, s->base.type->kind, NULL, 0, SET_MINSIZE * sizeof (YsDictEntry));
  if (table == NULL)
    return FALSE;
  memset (table, 0, SET_MINSIZE * sizeof (YsDictEntry));
  s->entries = table;
  s->entries_cap = SET_MINSIZE;
  return TRUE;
}

/* Puts a key known to be absent into a table without dummies. */
static void
set_insert_clean (YsDictEntry *table,
                  gsize        mask,
                  YsValue      key,
                  gint64       hash)
{
  guint64 perturb = (guint64) hash;
  gsize i = (gsize) hash & mask;

  for (;;)
    {
      if (table[i].key == YS_NULL)
        break;
      if (i + LINEAR_PROBES <= mask)
        {
          gsize j;
          for (j = 1; j <= LINEAR_PROBES; j++)
            if (table[i + j].key == YS_NULL)
              break;
          if (j <= LINEAR_PROBES)
            {
              i += j;
              break;
            }
        }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  table[i].key = key;
  table[i].hash = hash;
}

/* Rebuilds the table with the smallest power-of-two size above @minused, leaving the
 * dummies out. Runs no Python code. */
static gboolean
set_table_resize (YsVM  *vm,
                  YsSet *s,
                  gsize  minused)
{
  YsKind kind = s->base.type->kind;
  gsize newsize = SET_MINSIZE, oldsize = s->entries_cap;
  YsDictEntry *table, *old = s->entries;

  while (newsize <= minused)
    newsize <<= 1;
  if (old == NULL && newsize == SET_MINSIZE)
    return TRUE;
  if (newsize == SET_MINSIZE && oldsize == SET_MINSIZE && s->n_entries == s->used)
    return TRUE;
  table = ys_buffer_realloc (vm, kind, NULL, 0, newsize * sizeof (YsDictEntry));
  if (table == NULL)
    return FALSE;
  memset (table, 0, newsize * sizeof (YsDictEntry));
  for (gsize i = 0; i < oldsize; i++)
    if (old[i].key != YS_NULL)
      set_insert_clean (table, newsize - 1, old[i].key, old[i].hash);
  s->entries = table;
  s->entries_cap = newsize;
  s->n_entries = s->used;
  s->version++;
  if (old != NULL)
    ys_buffer_realloc (vm, kind, old, oldsize * sizeof (YsDictEntry), 0);
  return TRUE;
}

/* Finds @key: its slot, -1 when missing, -2 on error. */
static gssize
set_lookup (YsVM    *vm,
            YsSet   *s,
            YsValue  key,
            gint64   hash)
{
  gsize mask, i;
  guint64 perturb;

restart:
  if (s->entries == NULL)
    return -1;
  mask = s->entries_cap - 1;
  i = (gsize) hash & mask;
  perturb = (guint64) hash;
  for (;;)
    {
      gsize probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;

      for (gsize k = 0; k <= probes; k++)
        {
          gsize slot = i + k;
          YsDictEntry *e = &s->entries[slot];
          YsValue startkey = e->key;

          if (startkey == YS_NULL)
            {
              if (e->hash != DUMMY_HASH)
                return -1;
              continue;
            }
          if (e->hash != hash)
            continue;
          if (startkey == key)
            return (gssize) slot;
          if (ys_is_small (startkey) && ys_is_small (key))
            continue;
          if (is_exact_str (vm, startkey) && is_exact_str (vm, key))
            {
              if (ys_str_equal (ys_str_as (startkey), ys_str_as (key)))
                return (gssize) slot;
              continue;
            }
          {
            YsDictEntry *table = s->entries;
            int eq;

            ys_incref (startkey);
            eq = ys_equal (vm, startkey, key);
            ys_decref (vm, startkey);
            if (eq < 0)
              return -2;
            if (table != s->entries || s->entries[slot].key != startkey)
              goto restart;
            if (eq > 0)
              return (gssize) slot;
          }
        }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds @key unless an equal key is there: 0, or -1 on error. The new key goes to the
 * last dummy met on the way, or else to the empty slot that ended the search. */
static int
set_add_entry (YsVM    *vm,
               YsSet   *s,
               YsValue  key,
               gint64   hash)
{
  gsize mask, i;
  guint64 perturb;
  gssize freeslot;
  YsDictEntry *e;

  /* Held while comparing: the comparison may drop the caller's reference. */
  ys_incref (key);

restart:
  /* A comparison may also have cleared the set, table and all. */
  if (!set_ensure_table (vm, s))
    {
      ys_decref (vm, key);
      return -1;
    }
  mask = s->entries_cap - 1;
  i = (gsize) hash & mask;
  perturb = (guint64) hash;
  freeslot = -1;
  for (;;)
    {
      gsize probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;

      for (gsize k = 0; k <= probes; k++)
        {
          gsize slot = i + k;
          YsValue startkey;

          e = &s->entries[slot];
          startkey = e->key;
          if (startkey == YS_NULL)
            {
              if (e->hash != DUMMY_HASH)
                goto found_unused;
              freeslot = (gssize) slot;
              continue;
            }
          if (e->hash != hash)
            continue;
          if (startkey == key)
            goto found_active;
          if (ys_is_small (startkey) && ys_is_small (key))
            continue;
          if (is_exact_str (vm, startkey) && is_exact_str (vm, key))
            {
              if (ys_str_equal (ys_str_as (startkey), ys_str_as (key)))
                goto found_active;
              continue;
            }
          {
            YsDictEntry *table = s->entries;
            int eq;

            ys_incref (startkey);
            eq = ys_equal (vm, startkey, key);
            ys_decref (vm, startkey);
            if (eq > 0)
              goto found_active;
            if (eq < 0)
              {
                ys_decref (vm, key);
                return -1;
              }
            if (table != s->entries || s->entries[slot].key != startkey)
              goto restart;
            mask = s->entries_cap - 1;
          }
        }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }

found_unused:
  if (freeslot >= 0)
    {
      e = &s->entries[freeslot];
      e->key = key;
      e->hash = hash;
      s->used++;
      s->version++;
      return 0;
    }
  e->key = key;
  e->hash = hash;
  s->n_entries++;
  s->used++;
  s->version++;
  if (s->n_entries * 5 < mask * 3)
    return 0;
  return set_table_resize (vm, s, s->used > 50000 ? s->used * 2 : s->used * 4) ? 0 : -1;

found_active:
  ys_decref (vm, key);
  return 0;
}

static int
set_add_key (YsVM    *vm,
             YsSet   *s,
             YsValue  key)
{
  gint64 hash;

  if (!ys_hash (vm, key, &hash))
    return -1;
  return set_add_entry (vm, s, key, hash);
}

/* 1 removed, 0 missing, -1 error. */
static int
set_discard_entry (YsVM    *vm,
                   YsSet   *s,
                   YsValue  key,
                   gint64   hash)
{
  gssize slot = set_lookup (vm, s, key, hash);
  YsValue old;

  if (slot < 0)
    return slot == -2 ? -1 : 0;
  old = s->entries[slot].key;
  s->entries[slot].key = YS_NULL;
  s->entries[slot].hash = DUMMY_HASH;
  s->used--;
  s->version++;
  ys_decref (vm, old);
  return 1;
}

/* Empties the set, then releases what it held. The pop finger stays, as in CPython. */
static void
set_clear_internal (YsVM  *vm,
                    YsSet *s)
{
  YsKind kind = s->base.type->kind;
  YsDictEntry *table = s->entries;
  gsize size = s->entries_cap;

  s->entries = NULL;
  s->entries_cap = 0;
  s->n_entries = 0;
  s->used = 0;
  s->version++;
  if (table == NULL)
    return;
  for (gsize i = 0; i < size; i++)
    if (table[i].key != YS_NULL)
      ys_decref (vm, table[i].key);
  ys_buffer_realloc (vm, kind, table, size * sizeof (YsDictEntry), 0);
}

static YsValue
set_alloc (YsVM   *vm,
           YsType *type)
{
  YsObject *obj;

  ensure_gc_type (type);
  obj = ys_gc_alloc (vm, type, sizeof (YsSet));
  if (obj == NULL)
    return YS_NULL;
  return ys_val (obj);
}

static void
set_dealloc (YsVM     *vm,
             YsObject *obj)
{
  set_clear_internal (vm, (YsSet *) obj);
  ys_free_object (vm, obj);
}

static void
set_clear_refs (YsVM     *vm,
                YsObject *obj)
{
  set_clear_internal (vm, (YsSet *) obj);
}

/* Adds the keys of set @other, copying its layout when this set is empty. */
static gboolean
set_merge (YsVM  *vm,
           YsSet *s,
           YsSet *o)
{
  if (s == o || o->used == 0)
    return TRUE;
  /* One resize up front, expecting few keys in common. */
  if ((s->n_entries + o->used) * 5 >= set_mask (s) * 3)
    if (!set_table_resize (vm, s, (s->used + o->used) * 2))
      return FALSE;
  if (!set_ensure_table (vm, s))
    return FALSE;

  if (s->n_entries == 0 && set_mask (s) == set_mask (o) && o->n_entries == o->used)
    {
      for (gsize i = 0; i < o->entries_cap; i++)
        if (o->entries[i].key != YS_NULL)
          {
            s->entries[i].key = ys_ref (o->entries[i].key);
            s->entries[i].hash = o->entries[i].hash;
          }
      s->n_entries = o->n_entries;
      s->used = o->used;
      s->version++;
      return TRUE;
    }

  if (s->n_entries == 0)
    {
      for (gsize i = 0; i < o->entries_cap; i++)
        if (o->entries[i].key != YS_NULL)
          set_insert_clean (s->entries, s->entries_cap - 1, ys_ref (o->entries[i].key),
                            o->entries[i].hash);
      s->n_entries = o->used;
      s->used = o->used;
      s->version++;
      return TRUE;
    }

  /* Comparisons may change @o: its table is read afresh at each step. */
  for (gsize i = 0; i < o->entries_cap; i++)
    {
      YsDictEntry *e = &o->entries[i];
      if (e->key != YS_NULL && set_add_entry (vm, s, e->key, e->hash) < 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_update_internal (YsVM    *vm,
                     YsSet   *s,
                     YsValue  other)
{
  YsValue it, key;

  if (is_anyset (other))
    return set_merge (vm, s, set_as (other));

  if (ys_type_of (vm, other) == vm->types[YS_KIND_DICT])
    {
      YsDict *d = dict_as (other);
      gsize n = d->used;

      if ((s->n_entries + n) * 5 >= set_mask (s) * 3)
        if (!set_table_resize (vm, s, (s->used + n) * 2))
          return FALSE;
      for (gsize i = 0; i < d->n_entries; i++)
        {
          YsDictEntry *e = &d->entries[i];
          if (e->key != YS_NULL && set_add_entry (vm, s, e->key, e->hash) < 0)
            return FALSE;
        }
      return TRUE;
    }

  it = ys_iter (vm, other);
  if (it == YS_NULL)
    return FALSE;
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      int r = set_add_key (vm, s, key);
      ys_decref (vm, key);
      if (r < 0)
        {
          ys_decref (vm, it);
          return FALSE;
        }
    }
  ys_decref (vm, it);
  return vm->exc == YS_NULL;
}

/* The type results of set operations get: set for sets, frozenset for frozensets. */
static YsType *
set_base_type (YsVM    *vm,
               YsValue  s)
{
  return vm->types[obj_kind (s) == YS_KIND_FROZENSET ? YS_KIND_FROZENSET : YS_KIND_SET];
}

static YsValue
set_new_of_type (YsVM    *vm,
                 YsType  *type,
                 YsValue  iterable)
{
  YsValue s = set_alloc (vm, type);

  if (s == YS_NULL)
    return YS_NULL;
  if (iterable != YS_NULL && !set_update_internal (vm, set_as (s), iterable))
    {
      ys_decref (vm, s);
      return YS_NULL;
    }
  return s;
}

static YsValue
set_copy (YsVM    *vm,
          YsValue  s)
{
  return set_new_of_type (vm, set_base_type (vm, s), s);
}

/* Membership, where a set that is looked up stands for the equal frozenset. */
static int
set_contains_key (YsVM    *vm,
                  YsSet   *s,
                  YsValue  key)
{
  gint64 hash;
  gssize slot;

  if (!ys_hash (vm, key, &hash))
    {
      YsValue tmp;
      int r;

      if (obj_kind (key) != YS_KIND_SET || !ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
        return -1;
      ys_exc_clear (vm);
      tmp = set_new_of_type (vm, vm->types[YS_KIND_FROZENSET], key);
      if (tmp == YS_NULL)
        return -1;
      r = set_contains_key (vm, s, tmp);
      ys_decref (vm, tmp);
      return r;
    }
  slot = set_lookup (vm, s, key, hash);
  return slot >= 0 ? 1 : slot == -1 ? 0 : -1;
}

static int
set_discard_key (YsVM    *vm,
                 YsSet   *s,
                 YsValue  key)
{
  gint64 hash;

  if (!ys_hash (vm, key, &hash))
    {
      YsValue tmp;
      int r;

      if (obj_kind (key) != YS_KIND_SET || !ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
        return -1;
      ys_exc_clear (vm);
      tmp = set_new_of_type (vm, vm->types[YS_KIND_FROZENSET], key);
      if (tmp == YS_NULL)
        return -1;
      r = set_discard_key (vm, s, tmp);
      ys_decref (vm, tmp);
      return r;
    }
  return set_discard_entry (vm, s, key, hash);
}

/* The next active slot at or after *pos. */
static gboolean
set_next_entry (YsSet        *s,
                gsize        *pos,
                YsDictEntry **entry)
{
  gsize i = *pos;

  while (i < s->entries_cap && s->entries[i].key == YS_NULL)
    i++;
  *pos = i + 1;
  if (i >= s->entries_cap)
    return FALSE;
  *entry = &s->entries[i];
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Set algebra, building results in CPython's order */

static YsValue
set_intersection (YsVM    *vm,
                  YsValue  so,
                  YsValue  other)
{
  YsValue result, it, key;
  YsSet *r;

  if (so == other)
    return set_copy (vm, so);
  result = set_new_of_type (vm, set_base_type (vm, so), YS_NULL);
  if (result == YS_NULL)
    return YS_NULL;
  r = set_as (result);

  if (is_anyset (other))
    {
      YsSet *big = set_as (so), *small = set_as (other);
      YsDictEntry *e;
      gsize pos = 0;

      /* Walk the smaller set, probing the larger. */
      if (small->used > big->used)
        {
          YsSet *t = big;
          big = small;
          small = t;
        }
      while (set_next_entry (small, &pos, &e))
        {
          YsValue k = ys_ref (e->key);
          gint64 hash = e->hash;
          gssize slot = set_lookup (vm, big, k, hash);
          int rv = slot == -2 ? -1 : 0;

          if (slot >= 0)
            rv = set_add_entry (vm, r, k, hash);
          ys_decref (vm, k);
          if (rv < 0)
            {
              ys_decref (vm, result);
              return YS_NULL;
            }
        }
      return result;
    }

  it = ys_iter (vm, other);
  if (it == YS_NULL)
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      gint64 hash;
      gssize slot = -2;
      int rv = -1;

      if (ys_hash (vm, key, &hash))
        slot = set_lookup (vm, set_as (so), key, hash);
      if (slot >= 0)
        rv = set_add_entry (vm, r, key, hash);
      else if (slot == -1)
        rv = 0;
      ys_decref (vm, key);
      if (rv < 0)
        {
          ys_decref (vm, it);
          ys_decref (vm, result);
          return YS_NULL;
        }
      if (slot >= 0 && r->used >= set_as (so)->used)
        break;
    }
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  return result;
}

static YsValue
set_intersection_multi (YsVM          *vm,
                        YsValue        so,
                        int            argc,
                        const YsValue *argv)
{
  YsValue result;

  if (argc == 0)
    return set_copy (vm, so);
  result = ys_ref (so);
  for (int i = 0; i < argc; i++)
    {
      YsValue next = set_intersection (vm, result, argv[i]);
      ys_decref (vm, result);
      if (next == YS_NULL)
        return YS_NULL;
      result = next;
    }
  return result;
}

/* Gives @a the table of @b and @b the table of @a (same kind of set: the memory
 * accounting does not move). */
static void
set_swap_bodies (YsSet *a,
                 YsSet *b)
{
  YsSet tmp = *a;

  a->used = b->used;
  a->n_entries = b->n_entries;
  a->entries_cap = b->entries_cap;
  a->entries = b->entries;
  a->version++;
  b->used = tmp.used;
  b->n_entries = tmp.n_entries;
  b->entries_cap = tmp.entries_cap;
  b->entries = tmp.entries;
  b->version++;
}

static gboolean
set_intersection_update (YsVM          *vm,
                         YsValue        so,
                         int            argc,
                         const YsValue *argv)
{
  YsValue tmp = set_intersection_multi (vm, so, argc, argv);

  if (tmp == YS_NULL)
    return FALSE;
  set_swap_bodies (set_as (so), set_as (tmp));
  ys_decref (vm, tmp);
  return TRUE;
}

static gboolean
set_difference_update_internal (YsVM    *vm,
                                YsValue  so,
                                YsValue  other)
{
  YsSet *s = set_as (so);

  if (so == other)
    {
      set_clear_internal (vm, s);
      return TRUE;
    }
  if (is_anyset (other))
    {
      YsDictEntry *e;
      gsize pos = 0;
      YsValue o;

      /* Against a much larger set, only the keys in common matter. */
      if ((set_as (other)->used >> 3) > s->used)
        {
          o = set_intersection (vm, so, other);
          if (o == YS_NULL)
            return FALSE;
        }
      else
        o = ys_ref (other);
      while (set_next_entry (set_as (o), &pos, &e))
        {
          YsValue k = ys_ref (e->key);
          int rv = set_discard_entry (vm, s, k, e->hash);
          ys_decref (vm, k);
          if (rv < 0)
            {
              ys_decref (vm, o);
              return FALSE;
            }
        }
      ys_decref (vm, o);
    }
  else
    {
      YsValue it = ys_iter (vm, other), key;

      if (it == YS_NULL)
        return FALSE;
      while ((key = ys_next (vm, it)) != YS_NULL)
        {
          int rv = set_discard_key (vm, s, key);
          ys_decref (vm, key);
          if (rv < 0)
            {
              ys_decref (vm, it);
              return FALSE;
            }
        }
      ys_decref (vm, it);
      if (vm->exc != YS_NULL)
        return FALSE;
    }
  /* Sweep the dummies away once they are more than a quarter of the table. */
  if (s->n_entries - s->used <= set_mask (s) / 4)
    return TRUE;
  return set_table_resize (vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static YsValue
set_copy_and_difference (YsVM    *vm,
                         YsValue  so,
                         YsValue  other)
{
  YsValue result = set_copy (vm, so);

  if (result == YS_NULL)
    return YS_NULL;
  if (!set_difference_update_internal (vm, result, other))
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  return result;
}

static YsValue
set_difference (YsVM    *vm,
                YsValue  so,
                YsValue  other)
{
  YsSet *s = set_as (so);
  gboolean other_is_dict = ys_type_of (vm, other) == vm->types[YS_KIND_DICT];
  gsize other_size, pos = 0;
  YsDictEntry *e;
  YsValue result;

  if (is_anyset (other))
    other_size = set_as (other)->used;
  else if (other_is_dict)
    other_size = ys_dict_len (other);
  else
    return set_copy_and_difference (vm, so, other);

  /* Much larger than @other: cheaper to copy and remove. */
  if ((s->used >> 2) > other_size)
    return set_copy_and_difference (vm, so, other);

  result = set_new_of_type (vm, set_base_type (vm, so), YS_NULL);
  if (result == YS_NULL)
    return YS_NULL;
  while (set_next_entry (s, &pos, &e))
    {
      YsValue k = ys_ref (e->key);
      gint64 hash = e->hash;
      gssize found;
      int rv = 0;

      if (other_is_dict)
        found = dict_lookup (vm, dict_as (other), k, hash, NULL);
      else
        found = set_lookup (vm, set_as (other), k, hash);
      if (found == -2)
        rv = -1;
      else if (found == -1)
        rv = set_add_entry (vm, set_as (result), k, hash);
      ys_decref (vm, k);
      if (rv < 0)
        {
          ys_decref (vm, result);
          return YS_NULL;
        }
    }
  return result;
}

static YsValue
set_difference_multi (YsVM          *vm,
                      YsValue        so,
                      int            argc,
                      const YsValue *argv)
{
  YsValue result;

  if (argc == 0)
    return set_copy (vm, so);
  result = set_difference (vm, so, argv[0]);
  if (result == YS_NULL)
    return YS_NULL;
  for (int i = 1; i < argc; i++)
    if (!set_difference_update_internal (vm, result, argv[i]))
      {
        ys_decref (vm, result);
        return YS_NULL;
      }
  return result;
}

/* Removes a key when present, adds it when absent. */
static int
set_toggle_entry (YsVM    *vm,
                  YsSet   *s,
                  YsValue  key,
                  gint64   hash)
{
  int rv;

  ys_incref (key);
  rv = set_discard_entry (vm, s, key, hash);
  if (rv == 0)
    rv = set_add_entry (vm, s, key, hash);
  ys_decref (vm, key);
  return rv < 0 ? -1 : 0;
}

static gboolean
set_symmetric_difference_update (YsVM    *vm,
                                 YsValue  so,
                                 YsValue  other)
{
  YsSet *s = set_as (so);
  YsValue otherset;
  YsDictEntry *e;
  gsize pos = 0;

  if (so == other)
    {
      set_clear_internal (vm, s);
      return TRUE;
    }
  if (ys_type_of (vm, other) == vm->types[YS_KIND_DICT])
    {
      YsDict *d = dict_as (other);
      for (gsize i = 0; i < d->n_entries; i++)
        {
          YsDictEntry *de = &d->entries[i];
          if (de->key != YS_NULL && set_toggle_entry (vm, s, de->key, de->hash) < 0)
            return FALSE;
        }
      return TRUE;
    }
  if (is_anyset (other))
    otherset = ys_ref (other);
  else
    {
      otherset = set_new_of_type (vm, set_base_type (vm, so), other);
      if (otherset == YS_NULL)
        return FALSE;
    }
  while (set_next_entry (set_as (otherset), &pos, &e))
    if (set_toggle_entry (vm, s, e->key, e->hash) < 0)
      {
        ys_decref (vm, otherset);
        return FALSE;
      }
  ys_decref (vm, otherset);
  return TRUE;
}

static YsValue
set_symmetric_difference (YsVM    *vm,
                          YsValue  so,
                          YsValue  other)
{
  /* CPython starts from a copy of the other operand and toggles this set's keys. */
  YsValue result = set_new_of_type (vm, set_base_type (vm, so), other);

  if (result == YS_NULL)
    return YS_NULL;
  if (!set_symmetric_difference_update (vm, result, so))
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  return result;
}

static YsValue
set_union_multi (YsVM          *vm,
                 YsValue        so,
                 int            argc,
                 const YsValue *argv)
{
  YsValue result = set_copy (vm, so);

  if (result == YS_NULL)
    return YS_NULL;
  for (int i = 0; i < argc; i++)
    {
      if (argv[i] == so)
        continue;
      if (!set_update_internal (vm, set_as (result), argv[i]))
        {
          ys_decref (vm, result);
          return YS_NULL;
        }
    }
  return result;
}

/* 1, 0, or -1 on error. */
static int
set_issubset (YsVM    *vm,
              YsValue  so,
              YsValue  other)
{
  YsSet *s = set_as (so);
  YsDictEntry *e;
  gsize pos = 0;

  if (!is_anyset (other))
    {
      YsValue tmp = set_intersection (vm, so, other);
      int r;
      if (tmp == YS_NULL)
        return -1;
      r = set_as (tmp)->used == s->used;
      ys_decref (vm, tmp);
      return r;
    }
  if (s->used > set_as (other)->used)
    return 0;
  while (set_next_entry (s, &pos, &e))
    {
      YsValue k = ys_ref (e->key);
      gssize slot = set_lookup (vm, set_as (other), k, e->hash);
      ys_decref (vm, k);
      if (slot < 0)
        return slot == -2 ? -1 : 0;
    }
  return 1;
}

static int
set_issuperset (YsVM    *vm,
                YsValue  so,
                YsValue  other)
{
  YsValue it, key;

  if (is_anyset (other))
    return set_issubset (vm, other, so);
  it = ys_iter (vm, other);
  if (it == YS_NULL)
    return -1;
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      int r = set_contains_key (vm, set_as (so), key);
      ys_decref (vm, key);
      if (r <= 0)
        {
          ys_decref (vm, it);
          return r;
        }
    }
  ys_decref (vm, it);
  return vm->exc != YS_NULL ? -1 : 1;
}

static int
set_isdisjoint (YsVM    *vm,
                YsValue  so,
                YsValue  other)
{
  YsValue it, key;

  if (so == other)
    return set_as (so)->used == 0;
  if (ys_type_of (vm, other) == vm->types[YS_KIND_SET] ||
      ys_type_of (vm, other) == vm->types[YS_KIND_FROZENSET])
    {
      YsSet *big = set_as (so), *small = set_as (other);
      YsDictEntry *e;
      gsize pos = 0;

      if (small->used > big->used)
        {
          YsSet *t = big;
          big = small;
          small = t;
        }
      while (set_next_entry (small, &pos, &e))
        {
          YsValue k = ys_ref (e->key);
          gssize slot = set_lookup (vm, big, k, e->hash);
          ys_decref (vm, k);
          if (slot != -1)
            return slot == -2 ? -1 : 0;
        }
      return 1;
    }
  it = ys_iter (vm, other);
  if (it == YS_NULL)
    return -1;
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      int r = set_contains_key (vm, set_as (so), key);
      ys_decref (vm, key);
      if (r != 0)
        {
          ys_decref (vm, it);
          return r < 0 ? -1 : 0;
        }
    }
  ys_decref (vm, it);
  return vm->exc != YS_NULL ? -1 : 1;
}

/* ------------------------------------------------------------------------ */
/* Set-like dict views: keys and items views combine with sets and iterables */

static gboolean
is_setlike_view (YsValue v)
{
  return obj_kind (v) == YS_KIND_DICTVIEW && view_as (v)->which != YS_VIEW_VALUES;
}

/* A new set of a view's contents (or of any iterable). */
static YsValue
view_to_set (YsVM    *vm,
             YsValue  v)
{
  if (obj_kind (v) == YS_KIND_DICTVIEW && view_as (v)->which == YS_VIEW_KEYS &&
      view_as (v)->dict != YS_NULL)
    v = view_as (v)->dict;   /* a dict's keys, with their hashes */
  return set_new_of_type (vm, vm->types[YS_KIND_SET], v);
}

static int
view_or_set_contains (YsVM    *vm,
                      YsValue  container,
                      YsValue  item)
{
  if (is_anyset (container))
    return set_contains_key (vm, set_as (container), item);
  if (obj_kind (container) == YS_KIND_DICTVIEW)
    return ys_dictview_contains (vm, container, item);
  return ys_contains (vm, container, item);
}

static gssize
view_or_set_len (YsVM    *vm,
                 YsValue  v)
{
  if (is_anyset (v))
    return (gssize) set_as (v)->used;
  if (obj_kind (v) == YS_KIND_DICTVIEW)
    return ys_dictview_len (v);
  return ys_len (vm, v);
}

/* Whether every item of @a is in @b: 1, 0, or -1 on error. */
static int
all_contained_in (YsVM    *vm,
                  YsValue  a,
                  YsValue  b)
{
  YsValue it = ys_iter (vm, a), item;
  int ok = 1;

  if (it == YS_NULL)
    return -1;
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      ok = view_or_set_contains (vm, b, item);
      ys_decref (vm, item);
      if (ok <= 0)
        break;
    }
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    return -1;
  return ok;
}

static YsValue
dictview_compare (YsVM    *vm,
                  YsValue  a,
                  YsValue  b,
                  int      op)
{
  static const char *const symbols[] = { "<", "<=", "==", "!=", ">", ">=" };
  gssize la, lb;
  int ok = 0;

  if ((!is_setlike_view (a) && !is_anyset (a)) || (!is_setlike_view (b) && !is_anyset (b)))
    {
      if (op == YS_CMP_EQ || op == YS_CMP_NE)
        return ys_bool (vm, (a == b) == (op == YS_CMP_EQ));
      return ys_raise (vm, YS_EXC_TYPE_ERROR,
                       "'%s' not supported between instances of '%s' and '%s'",
                       symbols[op], ys_type_name_of (vm, a), ys_type_name_of (vm, b));
    }
  la = view_or_set_len (vm, a);
  lb = view_or_set_len (vm, b);
  switch (op)
    {
    case YS_CMP_EQ:
    case YS_CMP_NE:
      if (la == lb)
        ok = all_contained_in (vm, a, b);
      if (ok >= 0 && op == YS_CMP_NE)
        ok = !ok;
      break;
    case YS_CMP_LT:
      if (la < lb)
        ok = all_contained_in (vm, a, b);
      break;
    case YS_CMP_LE:
      if (la <= lb)
        ok = all_contained_in (vm, a, b);
      break;
    case YS_CMP_GT:
      if (la > lb)
        ok = all_contained_in (vm, b, a);
      break;
    default:
      if (la >= lb)
        ok = all_contained_in (vm, b, a);
      break;
    }
  if (ok < 0)
    return YS_NULL;
  return ys_bool (vm, ok);
}

static YsValue
dictview_intersect (YsVM    *vm,
                    YsValue  self,
                    YsValue  other)
{
  YsValue result, it, key;
  gssize len_self;

  /* The view goes first. */
  if (!is_setlike_view (self))
    {
      YsValue t = self;
      self = other;
      other = t;
    }
  len_self = ys_dictview_len (self);
  if (ys_type_of (vm, other) == vm->types[YS_KIND_SET] &&
      len_self <= (gssize) set_as (other)->used)
    return set_intersection (vm, other, self);
  if (is_setlike_view (other) && ys_dictview_len (other) > len_self)
    {
      YsValue t = self;
      self = other;
      other = t;
    }
  result = set_new_of_type (vm, vm->types[YS_KIND_SET], YS_NULL);
  if (result == YS_NULL)
    return YS_NULL;
  it = ys_iter (vm, other);
  if (it == YS_NULL)
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      int rv = ys_dictview_contains (vm, self, key);
      if (rv > 0)
        rv = set_add_key (vm, set_as (result), key);
      ys_decref (vm, key);
      if (rv < 0)
        {
          ys_decref (vm, it);
          ys_decref (vm, result);
          return YS_NULL;
        }
    }
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  return result;
}

static YsValue
dictview_binary (YsVM    *vm,
                 int      op,
                 YsValue  a,
                 YsValue  b)
{
  YsValue result;
  gboolean ok;

  if (op == YS_BIN_AND)
    return dictview_intersect (vm, a, b);
  result = view_to_set (vm, a);
  if (result == YS_NULL)
    return YS_NULL;
  if (op == YS_BIN_OR)
    ok = set_update_internal (vm, set_as (result), b);
  else if (op == YS_BIN_SUB)
    ok = set_difference_update_internal (vm, result, b);
  else
    ok = set_symmetric_difference_update (vm, result, b);
  if (!ok)
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  return result;
}

/* ------------------------------------------------------------------------ */
/* Set API */

YsValue
ys_set_new (YsVM   *vm,
            YsKind  kind)
{
  g_return_val_if_fail (kind == YS_KIND_SET || kind == YS_KIND_FROZENSET, YS_NULL);
  return set_alloc (vm, vm->types[kind]);
}

int
ys_set_add (YsVM    *vm,
            YsValue  set,
            YsValue  key)
{
  return set_add_key (vm, set_as (set), key);
}

int
ys_set_contains (YsVM    *vm,
                 YsValue  set,
                 YsValue  key)
{
  return set_contains_key (vm, set_as (set), key);
}

gboolean
ys_set_update (YsVM    *vm,
               YsValue  set,
               YsValue  iterable)
{
  return set_update_internal (vm, set_as (set), iterable);
}

gboolean
ys_set_next (YsValue  set,
             gsize   *pos,
             YsValue *key)
{
  YsDictEntry *e;

  if (!set_next_entry (set_as (set), pos, &e))
    {
      *pos = set_as (set)->entries_cap;
      return FALSE;
    }
  if (key != NULL)
    *key = e->key;
  return TRUE;
}

gsize
ys_set_len (YsValue set)
{
  return set_as (set)->used;
}

YsValue
ys_set_compare (YsVM    *vm,
                YsValue  a,
                YsValue  b,
                int      op)
{
  int r;

  if (obj_kind (a) == YS_KIND_DICTVIEW || obj_kind (b) == YS_KIND_DICTVIEW)
    return dictview_compare (vm, a, b, op);
  if (!is_anyset (a) || !is_anyset (b))
    return dictview_compare (vm, a, b, op);   /* identity for ==, TypeError for order */
  switch (op)
    {
    case YS_CMP_EQ:
    case YS_CMP_NE:
      if (set_as (a)->used != set_as (b)->used)
        r = 0;
      else
        r = set_issubset (vm, a, b);
      if (r >= 0 && op == YS_CMP_NE)
        r = !r;
      break;
    case YS_CMP_LE:
      r = set_issubset (vm, a, b);
      break;
    case YS_CMP_GE:
      r = set_issuperset (vm, a, b);
      break;
    case YS_CMP_LT:
      r = set_as (a)->used >= set_as (b)->used ? 0 : set_issubset (vm, a, b);
      break;
    default:
      r = set_as (a)->used <= set_as (b)->used ? 0 : set_issuperset (vm, a, b);
      break;
    }
  if (r < 0)
    return YS_NULL;
  return ys_bool (vm, r);
}

YsValue
ys_set_binary (YsVM     *vm,
               int       op,
               YsValue   a,
               YsValue   b,
               gboolean  inplace)
{
  op &= ~YS_BIN_INPLACE;
  /* Keys and items views combine with any iterable, on either side. */
  if (is_setlike_view (a) || is_setlike_view (b))
    return dictview_binary (vm, op, a, b);
  if (!is_anyset (a) || !is_anyset (b))
    {
      const char *symbol = op == YS_BIN_OR ? "|" : op == YS_BIN_AND ? "&" : op == YS_BIN_SUB ? "-" : "^";
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                       symbol, inplace ? "=" : "", ys_type_name_of (vm, a), ys_type_name_of (vm, b));
    }

  /* frozensets have no in-place forms: a |= b makes a new one. */
  if (inplace && obj_kind (a) == YS_KIND_SET)
    {
      gboolean ok;
      switch (op)
        {
        case YS_BIN_OR:
          ok = set_update_internal (vm, set_as (a), b);
          break;
        case YS_BIN_AND:
          ok = set_intersection_update (vm, a, 1, &b);
          break;
        case YS_BIN_SUB:
          ok = set_difference_update_internal (vm, a, b);
          break;
        default:
          ok = set_symmetric_difference_update (vm, a, b);
          break;
        }
      return ok ? ys_ref (a) : YS_NULL;
    }

  switch (op)
    {
    case YS_BIN_OR:
      {
        YsValue r = set_copy (vm, a);
        if (r != YS_NULL && a != b && !set_update_internal (vm, set_as (r), b))
          {
            ys_decref (vm, r);
            return YS_NULL;
          }
        return r;
      }
    case YS_BIN_AND:
      return set_intersection (vm, a, b);
    case YS_BIN_SUB:
      return set_difference (vm, a, b);
    default:
      return set_symmetric_difference (vm, a, b);
    }
}

YsValue
ys_set_repr (YsVM    *vm,
             YsValue  v)
{
  YsSet *s = set_as (v);
  const char *name = ys_type_name_of (vm, v);
  gboolean exact_set = ys_type_of (vm, v) == vm->types[YS_KIND_SET];
  YsValue *keys;
  GString *buf;
  gsize n = 0, pos = 0;
  YsDictEntry *e;
  gboolean ok = TRUE;

  if (!ys_repr_enter (vm, v))
    return ys_str_printf (vm, "%s(...)", name);
  if (s->used == 0)
    {
      ys_repr_leave (vm, v);
      return ys_str_printf (vm, "%s()", name);
    }
  /* A snapshot of the keys: their reprs may run code that changes the set. */
  keys = g_new (YsValue, s->used);
  while (n < s->used && set_next_entry (s, &pos, &e))
    keys[n++] = ys_ref (e->key);
  buf = g_string_new (NULL);
  if (!exact_set)
    {
      g_string_append (buf, name);
      g_string_append_c (buf, '(');
    }
  g_string_append_c (buf, '{');
  for (gsize i = 0; i < n; i++)
    {
      if (ok)
        {
          if (i > 0)
            g_string_append (buf, ", ");
          ok = append_repr (vm, buf, keys[i]);
        }
      ys_decref (vm, keys[i]);
    }
  g_free (keys);
  ys_repr_leave (vm, v);
  if (!ok)
    {
      g_string_free (buf, TRUE);
      return YS_NULL;
    }
  g_string_append_c (buf, '}');
  if (!exact_set)
    g_string_append_c (buf, ')');
  return string_from_buffer (vm, buf);
}

/* Like CPython, only a change of size is caught; it->version holds the size. */
static YsValue
setiter_next (YsVM       *vm,
              YsIterator *it)
{
  YsValue set = it->seq;
  YsSet *s;
  gsize pos;
  YsDictEntry *e;

  if (set == YS_NULL)
    return YS_NULL;
  s = set_as (set);
  if (it->version != s->used)
    {
      it->version = G_MAXUINT64;
      return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "Set changed size during iteration");
    }
  pos = it->index;
  if (!set_next_entry (s, &pos, &e))
    {
      it->seq = YS_NULL;
      ys_decref (vm, set);
      return YS_NULL;
    }
  it->index = pos;
  it->count--;
  return ys_ref (e->key);
}

YsValue
ys_set_iter (YsVM    *vm,
             YsValue  v)
{
  YsValue r = ys_iterator_new (vm, ys_iterator_type (vm, "set_iterator"), setiter_next, v);
  YsIterator *it;

  if (r == YS_NULL)
    return YS_NULL;
  it = (YsIterator *) ys_obj (r);
  it->index = 0;
  it->count = (gssize) set_as (v)->used;
  it->version = set_as (v)->used;
  return r;
}

static guint64
shuffle_bits (guint64 h)
{
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* CPython's frozenset hash: independent of the order, computed from the entries'
 * hashes. */
gboolean
ys_frozenset_hash (YsVM    *vm,
                   YsValue  v,
                   gint64  *out)
{
  YsSet *s = set_as (v);
  guint64 hash = 0;
  gsize pos = 0;
  YsDictEntry *e;

  while (set_next_entry (s, &pos, &e))
    hash ^= shuffle_bits ((guint64) e->hash);
  hash ^= ((guint64) s->used + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == G_MAXUINT64)
    hash = 590923713ULL;
  *out = (gint64) hash;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Dict methods */

static YsValue
dict_m_get (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  YsValue v;

  if (!ys_args_no_keywords (vm, "dict.get", kwnames) ||
      !ys_args_check (vm, "get", argc, YS_NULL, 1, 2))
    return YS_NULL;
  v = ys_dict_get (vm, self, argv[0]);
  if (v != YS_NULL)
    return ys_ref (v);
  if (vm->exc != YS_NULL)
    return YS_NULL;
  return argc > 1 ? ys_ref (argv[1]) : ys_none (vm);
}

static YsValue
dict_m_keys (YsVM          *vm,
             YsValue        self,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  if (!ys_args_check (vm, "dict.keys", argc, kwnames, 0, 0))
    return YS_NULL;
  return dictview_new (vm, self, YS_VIEW_KEYS);
}

static YsValue
dict_m_values (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  if (!ys_args_check (vm, "dict.values", argc, kwnames, 0, 0))
    return YS_NULL;
  return dictview_new (vm, self, YS_VIEW_VALUES);
}

static YsValue
dict_m_items (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  if (!ys_args_check (vm, "dict.items", argc, kwnames, 0, 0))
    return YS_NULL;
  return dictview_new (vm, self, YS_VIEW_ITEMS);
}

static YsValue
dict_m_pop (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  YsDict *d = dict_as (self);
  YsValue key, value;
  gint64 hash;
  gsize slot;
  gssize ix;

  if (!ys_args_no_keywords (vm, "dict.pop", kwnames) ||
      !ys_args_check (vm, "pop", argc, YS_NULL, 1, 2))
    return YS_NULL;
  /* CPython answers an empty dict's pop with the default without hashing the key. */
  if (d->used == 0 && argc > 1)
    return ys_ref (argv[1]);
  if (!ys_hash (vm, argv[0], &hash))
    return YS_NULL;
  ix = dict_lookup (vm, d, argv[0], hash, &slot);
  if (ix == -2)
    return YS_NULL;
  if (ix == -1)
    {
      if (argc > 1)
        return ys_ref (argv[1]);
      return ys_raise_with_value (vm, YS_EXC_KEY_ERROR, argv[0]);
    }
  dict_take_entry (d, slot, (gsize) ix, &key, &value);
  ys_decref (vm, key);
  return value;
}

static YsValue
dict_m_popitem (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsDict *d = dict_as (self);
  YsValue key, value;
  gsize i, slot;

  if (!ys_args_check (vm, "dict.popitem", argc, kwnames, 0, 0))
    return YS_NULL;
  if (d->used == 0)
    return ys_raise (vm, YS_EXC_KEY_ERROR, "popitem(): dictionary is empty");
  i = d->n_entries - 1;
  while (d->entries[i].key == YS_NULL)
    i--;
  slot = dict_slot_of_entry (d, d->entries[i].hash, i);
  dict_take_entry (d, slot, i, &key, &value);
  /* The entries from i on are free again; entries_cap stays the allocated count. */
  d->n_entries = i;
  return ys_tuple_pack (vm, 2, key, value);
}

static YsValue
dict_m_setdefault (YsVM          *vm,
                   YsValue        self,
                   int            argc,
                   const YsValue *argv,
                   YsValue        kwnames)
{
  YsDict *d = dict_as (self);
  YsValue dflt;
  gint64 hash;
  gssize ix;

  if (!ys_args_no_keywords (vm, "dict.setdefault", kwnames) ||
      !ys_args_check (vm, "setdefault", argc, YS_NULL, 1, 2))
    return YS_NULL;
  if (!ys_hash (vm, argv[0], &hash))
    return YS_NULL;
  ix = dict_lookup (vm, d, argv[0], hash, NULL);
  if (ix == -2)
    return YS_NULL;
  if (ix >= 0)
    return ys_ref (d->entries[ix].value);
  dflt = argc > 1 ? argv[1] : ys_val (vm->none);
  if (!dict_insert_new (vm, d, argv[0], hash, dflt))
    return YS_NULL;
  return ys_ref (dflt);
}

static gboolean
dict_update_keywords (YsVM          *vm,
                      YsValue        dict,
                      int            argc,
                      const YsValue *argv,
                      YsValue        kwnames)
{
  if (kwnames == YS_NULL)
    return TRUE;
  for (gsize i = 0; i < ys_tuple_len (kwnames); i++)
    if (ys_dict_set (vm, dict, ys_tuple_get (kwnames, i), argv[argc + i]) < 0)
      return FALSE;
  return TRUE;
}

static YsValue
dict_m_update (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  if (!ys_args_check (vm, "update", argc, YS_NULL, 0, 1))
    return YS_NULL;
  if (argc == 1 && !ys_dict_update (vm, self, argv[0]))
    return YS_NULL;
  if (!dict_update_keywords (vm, self, argc, argv, kwnames))
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
dict_m_clear (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  if (!ys_args_check (vm, "dict.clear", argc, kwnames, 0, 0))
    return YS_NULL;
  dict_drop_contents (vm, dict_as (self));
  return ys_none (vm);
}

static YsValue
dict_m_copy (YsVM          *vm,
             YsValue        self,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  if (!ys_args_check (vm, "dict.copy", argc, kwnames, 0, 0))
    return YS_NULL;
  return dict_copy (vm, self);
}

/* dict.fromkeys is registered as a plain function, not a method: looked up on the type
 * (which leaves methods unbound) or on a dict, it is called with the keys first. */
static YsValue
dict_f_fromkeys (YsVM          *vm,
                 YsValue        self,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames)
{
  YsValue d, iterable, value, it, key;

  if (!ys_args_no_keywords (vm, "dict.fromkeys", kwnames) ||
      !ys_args_check (vm, "fromkeys", argc, YS_NULL, 1, 2))
    return YS_NULL;
  iterable = argv[0];
  value = argc > 1 ? argv[1] : ys_val (vm->none);
  d = ys_dict_new (vm);
  if (d == YS_NULL)
    return YS_NULL;

  /* Dicts and sets give their keys with their hashes. */
  if (obj_kind (iterable) == YS_KIND_DICT)
    {
      YsDict *src = dict_as (iterable);
      for (gsize i = 0; i < src->n_entries; i++)
        {
          YsDictEntry *e = &src->entries[i];
          if (e->key != YS_NULL && dict_set_hashed (vm, dict_as (d), e->key, e->hash, value) < 0)
            goto fail;
        }
      return d;
    }
  if (is_anyset (iterable))
    {
      YsSet *src = set_as (iterable);
      for (gsize i = 0; i < src->entries_cap; i++)
        {
          YsDictEntry *e = &src->entries[i];
          if (e->key != YS_NULL && dict_set_hashed (vm, dict_as (d), e->key, e->hash, value) < 0)
            goto fail;
        }
      return d;
    }

  it = ys_iter (vm, iterable);
  if (it == YS_NULL)
    goto fail;
  while ((key = ys_next (vm, it)) != YS_NULL)
    {
      int r = ys_dict_set (vm, d, key, value);
      ys_decref (vm, key);
      if (r < 0)
        {
          ys_decref (vm, it);
          goto fail;
        }
    }
  ys_decref (vm, it);
  if (vm->exc == YS_NULL)
    return d;

fail:
  ys_decref (vm, d);
  return YS_NULL;
}

static YsValue
dict_m_getitem (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsValue v;

  if (!ys_args_check (vm, "dict.__getitem__", argc, kwnames, 1, 1))
    return YS_NULL;
  v = ys_dict_get (vm, self, argv[0]);
  if (v != YS_NULL)
    return ys_ref (v);
  if (vm->exc != YS_NULL)
    return YS_NULL;
  return ys_raise_with_value (vm, YS_EXC_KEY_ERROR, argv[0]);
}

static YsValue
dict_m_contains (YsVM          *vm,
                 YsValue        self,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames)
{
  YsValue v;

  if (!ys_args_check (vm, "dict.__contains__", argc, kwnames, 1, 1))
    return YS_NULL;
  v = ys_dict_get (vm, self, argv[0]);
  if (v == YS_NULL && vm->exc != YS_NULL)
    return YS_NULL;
  return ys_bool (vm, v != YS_NULL);
}

static YsValue
dict_m_reversed (YsVM          *vm,
                 YsValue        self,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames)
{
  if (!ys_args_check (vm, "dict.__reversed__", argc, kwnames, 0, 0))
    return YS_NULL;
  return dict_iter_new (vm, self, YS_VIEW_KEYS, TRUE);
}

static YsValue
dictview_m_reversed (YsVM          *vm,
                     YsValue        self,
                     int            argc,
                     const YsValue *argv,
                     YsValue        kwnames)
{
  YsDictView *view = view_as (self);

  if (!ys_args_check (vm, "__reversed__", argc, kwnames, 0, 0))
    return YS_NULL;
  if (view->dict == YS_NULL)
    return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "dictionary view of a cleared dict");
  return dict_iter_new (vm, view->dict, view->which, TRUE);
}

static YsValue
dictview_m_isdisjoint (YsVM          *vm,
                       YsValue        self,
                       int            argc,
                       const YsValue *argv,
                       YsValue        kwnames)
{
  YsValue it, item, small, big;
  int r = 0;

  if (!ys_args_check (vm, "isdisjoint", argc, kwnames, 1, 1))
    return YS_NULL;
  small = argv[0];
  big = self;
  if (small == big)
    return ys_bool (vm, ys_dictview_len (self) == 0);
  /* Iterate over the shorter of two sized containers. */
  if (is_anyset (small) || is_setlike_view (small))
    {
      if (view_or_set_len (vm, small) > ys_dictview_len (self))
        {
          small = self;
          big = argv[0];
        }
    }
  it = ys_iter (vm, small);
  if (it == YS_NULL)
    return YS_NULL;
  while ((item = ys_next (vm, it)) != YS_NULL)
    {
      r = view_or_set_contains (vm, big, item);
      ys_decref (vm, item);
      if (r != 0)
        break;
    }
  ys_decref (vm, it);
  if (r < 0 || vm->exc != YS_NULL)
    return YS_NULL;
  return ys_bool (vm, r == 0);
}

static YsValue
dict_type_new (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  YsType *type = vm->types[YS_KIND_DICT];
  YsValue d;

  if (self != YS_NULL && obj_kind (self) == YS_KIND_TYPE &&
      ((YsType *) ys_obj (self))->kind == YS_KIND_DICT)
    type = (YsType *) ys_obj (self);
  if (!ys_args_check (vm, "dict", argc, YS_NULL, 0, 1))
    return YS_NULL;
  d = dict_alloc (vm, type);
  if (d == YS_NULL)
    return YS_NULL;
  if ((argc == 1 && !ys_dict_update (vm, d, argv[0])) ||
      !dict_update_keywords (vm, d, argc, argv, kwnames))
    {
      ys_decref (vm, d);
      return YS_NULL;
    }
  return d;
}

void
ys_dict_init_type (YsVM *vm)
{
  static const YsMethodDef dict_methods[] = {
    { "get", dict_m_get },
    { "keys", dict_m_keys },
    { "values", dict_m_values },
    { "items", dict_m_items },
    { "pop", dict_m_pop },
    { "popitem", dict_m_popitem },
    { "setdefault", dict_m_setdefault },
    { "update", dict_m_update },
    { "clear", dict_m_clear },
    { "copy", dict_m_copy },
    { "__getitem__", dict_m_getitem },
    { "__contains__", dict_m_contains },
    { "__reversed__", dict_m_reversed },
    { NULL, NULL }
  };
  static const YsMethodDef setlike_view_methods[] = {
    { "isdisjoint", dictview_m_isdisjoint },
    { "__reversed__", dictview_m_reversed },
    { NULL, NULL }
  };
  static const YsMethodDef values_view_methods[] = {
    { "__reversed__", dictview_m_reversed },
    { NULL, NULL }
  };
  YsType *type = vm->types[YS_KIND_DICT];

  type->flags |= YS_TYPE_GC | YS_TYPE_BASETYPE;
  type->dealloc = dict_dealloc;
  type->clear = dict_clear_refs;
  type->new_func = dict_type_new;
  ys_type_add_methods (vm, type, dict_methods);

  {
    YsValue f = ys_builtin_new (vm, "fromkeys", dict_f_fromkeys, YS_NULL);
    YsValue name = ys_str_intern (vm, "fromkeys");
    ys_dict_set (vm, type->dict, name, f);
    ys_decref (vm, name);
    ys_decref (vm, f);
  }

  for (int which = YS_VIEW_KEYS; which <= YS_VIEW_ITEMS; which++)
    {
      YsType *vt = ys_type_new (vm, view_type_names[which], YS_KIND_DICTVIEW,
                                vm->types[YS_KIND_OBJECT], YS_TYPE_GC);
      YsValue key = ys_str_intern (vm, view_type_keys[which]);

      vt->flags |= YS_TYPE_GC;
      vt->dealloc = dictview_dealloc;
      vt->clear = dictview_clear_refs;
      vt->new_func = NULL;
      ys_type_add_methods (vm, vt, which == YS_VIEW_VALUES ? values_view_methods
                                                           : setlike_view_methods);
      ys_dict_set (vm, type->dict, key, ys_val (vt));
      ys_decref (vm, key);
      ys_decref (vm, ys_val (vt));
    }
}

/* ------------------------------------------------------------------------ */
/* Set methods */

/* "set.add" or "frozenset.union", for error messages. */
static const char *
set_method_name (YsValue     self,
                 const char *method,
                 char       *buf,
                 gsize       size)
{
  g_snprintf (buf, size, "%s.%s", obj_kind (self) == YS_KIND_FROZENSET ? "frozenset" : "set",
              method);
  return buf;
}

#define SET_ARGS_CHECK(method, min, max)                                               \
  G_STMT_START {                                                                       \
    char name_[64];                                                                    \
    if (!ys_args_check (vm, set_method_name (self, method, name_, sizeof name_), argc, \
                        kwnames, min, max))                                            \
      return YS_NULL;                                                                  \
  } G_STMT_END

static YsValue
set_m_add (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  SET_ARGS_CHECK ("add", 1, 1);
  if (set_add_key (vm, set_as (self), argv[0]) < 0)
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
set_m_discard (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  SET_ARGS_CHECK ("discard", 1, 1);
  if (set_discard_key (vm, set_as (self), argv[0]) < 0)
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
set_m_remove (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  int r;

  SET_ARGS_CHECK ("remove", 1, 1);
  r = set_discard_key (vm, set_as (self), argv[0]);
  if (r < 0)
    return YS_NULL;
  if (r == 0)
    return ys_raise_with_value (vm, YS_EXC_KEY_ERROR, argv[0]);
  return ys_none (vm);
}

static YsValue
set_m_pop (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  YsSet *s = set_as (self);
  gsize mask, i;
  YsValue key;

  SET_ARGS_CHECK ("pop", 0, 0);
  if (s->used == 0)
    return ys_raise (vm, YS_EXC_KEY_ERROR, "pop from an empty set");
  /* Start where the last pop stopped, as CPython does. */
  mask = s->entries_cap - 1;
  i = s->index_size & mask;
  while (s->entries[i].key == YS_NULL)
    i = (i + 1) & mask;
  key = s->entries[i].key;
  s->entries[i].key = YS_NULL;
  s->entries[i].hash = DUMMY_HASH;
  s->used--;
  s->version++;
  s->index_size = i + 1;
  return key;
}

static YsValue
set_m_clear (YsVM          *vm,
             YsValue        self,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  SET_ARGS_CHECK ("clear", 0, 0);
  set_clear_internal (vm, set_as (self));
  return ys_none (vm);
}

static YsValue
set_m_copy (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  SET_ARGS_CHECK ("copy", 0, 0);
  if (ys_type_of (vm, self) == vm->types[YS_KIND_FROZENSET])
    return ys_ref (self);
  return set_copy (vm, self);
}

static YsValue
set_m_union (YsVM          *vm,
             YsValue        self,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  SET_ARGS_CHECK ("union", 0, G_MAXINT);
  return set_union_multi (vm, self, argc, argv);
}

static YsValue
set_m_intersection (YsVM          *vm,
                    YsValue        self,
                    int            argc,
                    const YsValue *argv,
                    YsValue        kwnames)
{
  SET_ARGS_CHECK ("intersection", 0, G_MAXINT);
  return set_intersection_multi (vm, self, argc, argv);
}

static YsValue
set_m_difference (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  SET_ARGS_CHECK ("difference", 0, G_MAXINT);
  return set_difference_multi (vm, self, argc, argv);
}

static YsValue
set_m_symmetric_difference (YsVM          *vm,
                            YsValue        self,
                            int            argc,
                            const YsValue *argv,
                            YsValue        kwnames)
{
  SET_ARGS_CHECK ("symmetric_difference", 1, 1);
  return set_symmetric_difference (vm, self, argv[0]);
}

static YsValue
set_m_update (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  SET_ARGS_CHECK ("update", 0, G_MAXINT);
  for (int i = 0; i < argc; i++)
    if (!set_update_internal (vm, set_as (self), argv[i]))
      return YS_NULL;
  return ys_none (vm);
}

static YsValue
set_m_intersection_update (YsVM          *vm,
                           YsValue        self,
                           int            argc,
                           const YsValue *argv,
                           YsValue        kwnames)
{
  SET_ARGS_CHECK ("intersection_update", 0, G_MAXINT);
  if (!set_intersection_update (vm, self, argc, argv))
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
set_m_difference_update (YsVM          *vm,
                         YsValue        self,
                         int            argc,
                         const YsValue *argv,
                         YsValue        kwnames)
{
  SET_ARGS_CHECK ("difference_update", 0, G_MAXINT);
  for (int i = 0; i < argc; i++)
    if (!set_difference_update_internal (vm, self, argv[i]))
      return YS_NULL;
  return ys_none (vm);
}

static YsValue
set_m_symmetric_difference_update (YsVM          *vm,
                                   YsValue        self,
                                   int            argc,
                                   const YsValue *argv,
                                   YsValue        kwnames)
{
  SET_ARGS_CHECK ("symmetric_difference_update", 1, 1);
  if (!set_symmetric_difference_update (vm, self, argv[0]))
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
set_m_issubset (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  int r;

  SET_ARGS_CHECK ("issubset", 1, 1);
  r = set_issubset (vm, self, argv[0]);
  return r < 0 ? YS_NULL : ys_bool (vm, r);
}

static YsValue
set_m_issuperset (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  int r;

  SET_ARGS_CHECK ("issuperset", 1, 1);
  r = set_issuperset (vm, self, argv[0]);
  return r < 0 ? YS_NULL : ys_bool (vm, r);
}

static YsValue
set_m_isdisjoint (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  int r;

  SET_ARGS_CHECK ("isdisjoint", 1, 1);
  r = set_isdisjoint (vm, self, argv[0]);
  return r < 0 ? YS_NULL : ys_bool (vm, r);
}

static YsValue
set_m_contains (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  int r;

  SET_ARGS_CHECK ("__contains__", 1, 1);
  r = set_contains_key (vm, set_as (self), argv[0]);
  return r < 0 ? YS_NULL : ys_bool (vm, r);
}

static YsType *
set_type_for_new (YsVM    *vm,
                  YsValue  self,
                  YsKind   kind)
{
  if (self != YS_NULL && obj_kind (self) == YS_KIND_TYPE &&
      ((YsType *) ys_obj (self))->kind == kind)
    return (YsType *) ys_obj (self);
  return vm->types[kind];
}

static YsValue
set_type_new (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  if (!ys_args_check (vm, "set", argc, kwnames, 0, 1))
    return YS_NULL;
  return set_new_of_type (vm, set_type_for_new (vm, self, YS_KIND_SET),
                          argc > 0 ? argv[0] : YS_NULL);
}

static YsValue
frozenset_type_new (YsVM          *vm,
                    YsValue        self,
                    int            argc,
                    const YsValue *argv,
                    YsValue        kwnames)
{
  YsType *type = set_type_for_new (vm, self, YS_KIND_FROZENSET);

  if (!ys_args_check (vm, "frozenset", argc, kwnames, 0, 1))
    return YS_NULL;
  /* frozenset(f) is f itself. */
  if (argc > 0 && type == vm->types[YS_KIND_FROZENSET] && ys_type_of (vm, argv[0]) == type)
    return ys_ref (argv[0]);
  return set_new_of_type (vm, type, argc > 0 ? argv[0] : YS_NULL);
}

void
ys_set_init_type (YsVM *vm)
{
  static const YsMethodDef set_methods[] = {
    { "add", set_m_add },
    { "discard", set_m_discard },
    { "remove", set_m_remove },
    { "pop", set_m_pop },
    { "clear", set_m_clear },
    { "copy", set_m_copy },
    { "union", set_m_union },
    { "intersection", set_m_intersection },
    { "difference", set_m_difference },
    { "symmetric_difference", set_m_symmetric_difference },
    { "update", set_m_update },
    { "intersection_update", set_m_intersection_update },
    { "difference_update", set_m_difference_update },
    { "symmetric_difference_update", set_m_symmetric_difference_update },
    { "issubset", set_m_issubset },
    { "issuperset", set_m_issuperset },
    { "isdisjoint", set_m_isdisjoint },
    { "__contains__", set_m_contains },
    { NULL, NULL }
  };
  static const YsMethodDef frozenset_methods[] = {
    { "copy", set_m_copy },
    { "union", set_m_union },
    { "intersection", set_m_intersection },
    { "difference", set_m_difference },
    { "symmetric_difference", set_m_symmetric_difference },
    { "issubset", set_m_issubset },
    { "issuperset", set_m_issuperset },
    { "isdisjoint", set_m_isdisjoint },
    { "__contains__", set_m_contains },
    { NULL, NULL }
  };
  YsType *set_type = vm->types[YS_KIND_SET];
  YsType *frozenset_type = vm->types[YS_KIND_FROZENSET];

  set_type->flags |= YS_TYPE_GC | YS_TYPE_BASETYPE;
  set_type->dealloc = set_dealloc;
  set_type->clear = set_clear_refs;
  set_type->new_func = set_type_new;
  ys_type_add_methods (vm, set_type, set_methods);

  frozenset_type->flags |= YS_TYPE_GC | YS_TYPE_BASETYPE;
  frozenset_type->dealloc = set_dealloc;
  frozenset_type->clear = set_clear_refs;
  frozenset_type->new_func = frozenset_type_new;
  ys_type_add_methods (vm, frozenset_type, frozenset_methods);
}

/* The tables a dict or set owns: what sys.getsizeof adds to the object's block. */
gsize
ys_dict_buffer_size (YsValue v)
{
  YsDict *d = dict_as (v);

  return (d->index != NULL ? d->index_size * sizeof (gint32) : 0) + d->entries_cap * sizeof (YsDictEntry);
}
