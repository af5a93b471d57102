/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Memory accounting, types, and the generic operations every object supports. */
#include "ys-runtime.h"
#include "ys-ast.h"
#include "ys-opcodes.h"

#include <pthread.h>
#include <string.h>
#include <unistd.h>

/* Memory */

void
ys_mem_account (YsVM   *vm,
                YsKind  kind,
                gssize  delta)
{
  vm->live_bytes += delta;
  vm->kind_bytes[kind] += delta;
  if (vm->live_bytes > vm->peak_bytes)
    vm->peak_bytes = vm->live_bytes;
}

/* Without a cap from the embedder, no request may exceed the machine's memory: the
 * program gets MemoryError (as from CPython, whose malloc fails) instead of an
 * allocation that overcommit grants and the OOM killer settles. */
static gsize
physical_memory (void)
{
  static gsize bytes;

  if (g_once_init_enter (&bytes))
    {
      long pages = sysconf (_SC_PHYS_PAGES), page = sysconf (_SC_PAGESIZE);
      gsize total = pages > 0 && page > 0 ? (gsize) pages * (gsize) page : (gsize) 1 << 34;
      g_once_init_leave (&bytes, total);
    }
  return bytes;
}

static gboolean
over_budget (YsVM  *vm,
             gsize  size)
{
  gsize cap = vm->max_bytes != 0 ? vm->max_bytes : physical_memory ();

  if (vm->in_memory_error)
    return FALSE;
  return size > cap || vm->live_bytes > cap - size;
}

static void
raise_memory_error (YsVM *vm)
{
  /* The MemoryError itself needs a little memory: allow it. */
  vm->in_memory_error = TRUE;
  ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  vm->in_memory_error = FALSE;
}

YsObject *
ys_alloc (YsVM   *vm,
          YsType *type,
          gsize   size)
{
  YsObject *obj;

  /* obj->size is 32 bits. */
  if (size > G_MAXUINT32 || over_budget (vm, size) || (obj = g_try_malloc0 (size)) == NULL)
    {
      raise_memory_error (vm);
      return NULL;
    }
  obj->type = type;
  obj->refcnt = 1;
  obj->size = (guint32) size;
  if (type->flags & YS_TYPE_HEAP)
    ys_incref (ys_val (type));
  ys_mem_account (vm, type->kind, (gssize) size);
  vm->kind_count[type->kind]++;
  return obj;
}

YsObject *
ys_gc_alloc (YsVM   *vm,
             YsType *type,
             gsize   size)
{
  YsGCHead *head;
  YsObject *obj;
  gsize total = size + sizeof (YsGCHead);

  if (size > G_MAXUINT32 - sizeof (YsGCHead) || over_budget (vm, total) ||
      (head = g_try_malloc0 (total)) == NULL)
    {
      raise_memory_error (vm);
      return NULL;
    }
  obj = (YsObject *) (head + 1);
  obj->type = type;
  obj->refcnt = 1;
  obj->size = (guint32) total;
  if (type->flags & YS_TYPE_HEAP)
    ys_incref (ys_val (type));
  head->next = vm->gc_list.next;
  head->prev = &vm->gc_list;
  vm->gc_list.next->prev = head;
  vm->gc_list.next = head;
  ys_mem_account (vm, type->kind, (gssize) total);
  vm->kind_count[type->kind]++;
  return obj;
}

/* Resizes a buffer an object owns, counted in @kind; NULL with MemoryError (@buffer
 * left as it was) when it cannot grow. */
gpointer
ys_buffer_realloc (YsVM     *vm,
                   YsKind    kind,
                   gpointer  buffer,
                   gsize     old_size,
                   gsize     new_size)
{
  gpointer resized;

  if (new_size > old_size && over_budget (vm, new_size - old_size))
    {
      raise_memory_error (vm);
      return NULL;
    }
  if (new_size == 0)
    {
      ys_mem_account (vm, kind, -(gssize) old_size);
      g_free (buffer);
      return NULL;
    }
  resized = g_try_realloc (buffer, new_size);
  if (resized == NULL)
    {
      raise_memory_error (vm);
      return NULL;
    }
  ys_mem_account (vm, kind, (gssize) new_size - (gssize) old_size);
  return resized;
}

/* Releases the memory of an object whose references are already dropped. */
void
ys_free_object (YsVM     *vm,
                YsObject *obj)
{
  YsType *type = obj->type;
  gboolean heap_type = (type->flags & YS_TYPE_HEAP) != 0;

  ys_mem_account (vm, type->kind, -(gssize) obj->size);
  vm->kind_count[type->kind]--;
  if (type->flags & YS_TYPE_GC)
    {
      YsGCHead *head = ((YsGCHead *) obj) - 1;
      head->prev->next = head->next;
      head->next->prev = head->prev;
      g_free (head);
    }
  else
    g_free (obj);
  if (heap_type)
    ys_decref (vm, ys_val (type));
}

static void
dealloc_now (YsVM     *vm,
             YsObject *obj)
{
  YsType *type = obj->type;

  /* A program's instance clears its weak references after __del__ (which may
   * resurrect it), in instance_dealloc, as CPython does. */
  if (G_UNLIKELY (vm->weakrefs != NULL) &&
      !(type->kind == YS_KIND_INSTANCE && (type->flags & YS_TYPE_HEAP)))
    ys_weakrefs_clear (vm, obj);
  while (type->dealloc == NULL && type->base_type != NULL)
    type = type->base_type;
  if (type->dealloc != NULL)
    type->dealloc (vm, obj);
  else
    ys_free_object (vm, obj);
}

void
ys_dealloc_cleared (YsVM     *vm,
                    YsObject *obj)
{
  YsType *type = obj->type;

  while (type->clear == NULL && type->base_type != NULL)
    type = type->base_type;
  if (type->clear != NULL)
    type->clear (vm, obj);
  ys_free_object (vm, obj);
}

/* Deallocs nest as deep as the structure freed (a list in a list in a list...): past
 * a few levels the object waits in the trash, emptied by the outermost dealloc, so that
 * the C stack stays shallow whatever is freed. */
#define DEALLOC_MAX_NESTING 64

void
ys_dealloc (YsVM     *vm,
            YsObject *obj)
{
  if (vm->dealloc_depth >= DEALLOC_MAX_NESTING)
    {
      if (vm->trash == NULL)
        vm->trash = g_ptr_array_new ();
      g_ptr_array_add (vm->trash, obj);
      return;
    }
  vm->dealloc_depth++;
  dealloc_now (vm, obj);
  if (vm->dealloc_depth == 1 && vm->trash != NULL)
    while (vm->trash->len > 0)
      dealloc_now (vm, g_ptr_array_steal_index_fast (vm->trash, vm->trash->len - 1));
  vm->dealloc_depth--;
}

/* C recursion */

/* The lowest address this thread's C recursion may reach: a margin above the end of
 * its stack, for raising the RecursionError and unwinding. */
__thread const char *ys_stack_floor;

const char *
ys_stack_floor_init (void)
{
  const char *here = __builtin_frame_address (0);
  pthread_attr_t attr;
  void *addr;
  size_t size;
  const char *floor = NULL;

  if (pthread_getattr_np (pthread_self (), &attr) == 0)
    {
      if (pthread_attr_getstack (&attr, &addr, &size) == 0 &&
          here > (const char *) addr && here <= (const char *) addr + size)
        {
          size_t margin = CLAMP (size / 4, 64 * 1024, 1024 * 1024);
          floor = (const char *) addr + MIN (margin, (size_t) (here - (const char *) addr) / 2);
        }
      pthread_attr_destroy (&attr);
    }
  /* An unknown stack: assume the smallest usual one (2 MiB) beyond here. */
  if (floor == NULL)
    floor = here - MIN ((guintptr) here / 2, 1536 * 1024);
  return floor;
}

gboolean
ys_enter_recursive (YsVM       *vm,
                    const char *where)
{
  if (G_UNLIKELY (vm->depth + vm->c_nest >= vm->recursion_limit || ys_stack_exhausted ()))
    {
      ys_raise (vm, YS_EXC_RECURSION_ERROR, "maximum recursion depth exceeded%s", where);
      return FALSE;
    }
  vm->c_nest++;
  return TRUE;
}

gboolean
ys_vm_stop_check (YsVM *vm)
{
  if (!g_atomic_int_get (&vm->stop_requested))
    return TRUE;
  ys_raise_empty (vm, YS_EXC_KEYBOARD_INTERRUPT);
  return FALSE;
}

/* Types */

void
ys_type_dealloc (YsVM     *vm,
                 YsObject *obj)
{
  YsType *type = (YsType *) obj;

  ys_clear (vm, &type->dict);
  ys_clear (vm, &type->mro);
  ys_clear (vm, &type->bases);
  if (type->name != NULL)
    ys_decref (vm, ys_val (type->name));
  type->name = NULL;
  if (type->base_type != NULL && (type->base_type->flags & YS_TYPE_HEAP))
    ys_decref (vm, ys_val (type->base_type));
  type->base_type = NULL;
  ys_free_object (vm, obj);
}

YsType *
ys_type_new (YsVM       *vm,
             const char *name,
             YsKind      kind,
             YsType     *base,
             guint       flags)
{
  YsType *type = (YsType *) ys_gc_alloc (vm, vm->types[YS_KIND_TYPE], sizeof (YsType));

  type->name = ys_str_as (ys_str_intern (vm, name));
  type->kind = kind;
  type->flags = flags;
  type->base_type = base;
  if (base != NULL && (base->flags & YS_TYPE_HEAP))
    ys_incref (ys_val (base));
  type->dict = ys_dict_new (vm);
  if (base != NULL)
    {
      type->flags |= base->flags & (YS_TYPE_GC | YS_TYPE_EXCEPTION);
      type->new_func = NULL;
    }
  return type;
}

void
ys_type_add_methods (YsVM              *vm,
                     YsType            *type,
                     const YsMethodDef *methods)
{
  for (const YsMethodDef *m = methods; m->name != NULL; m++)
    {
      YsValue f = ys_builtin_new (vm, m->name, m->func, YS_NULL);
      YsValue key = ys_str_intern (vm, m->name);
      ((YsBuiltin *) ys_obj (f))->is_method = TRUE;
      ((YsBuiltin *) ys_obj (f))->owner = type;
      ys_dict_set (vm, type->dict, key, f);
      ys_decref (vm, key);
      ys_decref (vm, f);
    }
}

gboolean
ys_type_is_subtype (YsType *type,
                    YsType *base)
{
  if (G_UNLIKELY (type->mro != YS_NULL))
    {
      if (type == base)
        return TRUE;
      for (gsize i = 0; i < ys_tuple_len (type->mro); i++)
        if ((YsType *) ys_obj (ys_tuple_get (type->mro, i)) == base)
          return TRUE;
      return FALSE;
    }
  for (; type != NULL; type = type->base_type)
    if (type == base)
      return TRUE;
  return FALSE;
}

const char *
ys_type_name (YsType *type)
{
  return type->name->data;
}

YsValue
ys_type_lookup (YsType *type,
                YsStr  *name)
{
  if (G_UNLIKELY (type->mro != YS_NULL))
    {
      /* Multiple inheritance: the class, then along the C3 order. */
      YsValue own = ys_dict_get_str (NULL, type->dict, name);
      if (own != YS_NULL)
        return own;
      for (gsize i = 0; i < ys_tuple_len (type->mro); i++)
        {
          YsType *t = (YsType *) ys_obj (ys_tuple_get (type->mro, i));
          YsValue v = t->dict != YS_NULL ? ys_dict_get_str (NULL, t->dict, name) : YS_NULL;
          if (v != YS_NULL)
            return v;
        }
      return YS_NULL;
    }
  for (; type != NULL; type = type->base_type)
    {
      if (type->dict != YS_NULL)
        {
          YsValue v = ys_dict_get_str (NULL, type->dict, name);
          if (v != YS_NULL)
            return v;
        }
    }
  return YS_NULL;
}

gboolean
ys_isinstance (YsVM    *vm,
               YsValue  v,
               YsType  *type)
{
  YsType *t = ys_type_of (vm, v);

  if (type == vm->types[YS_KIND_INT] && t == vm->type_bool)
    return TRUE;
  return ys_type_is_subtype (t, type);
}

/* Generic operations */

static YsValue
call_dunder (YsVM    *vm,
             YsValue  obj,
             YsStr   *name,
             int      argc,
             const YsValue *argv,
             gboolean *found)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue f;
  YsValue args[4];

  *found = FALSE;
  if (!(type->flags & (YS_TYPE_HEAP | YS_TYPE_SLOTS)))
    return YS_NULL;
  f = ys_type_lookup (type, name);
  /* The C methods of a built-in module's type (collections.deque, ...) count too. */
  if (f == YS_NULL ||
      (ys_kind (vm, f) != YS_KIND_FUNCTION &&
       !(ys_kind (vm, f) == YS_KIND_BUILTIN && ((YsBuiltin *) ys_obj (f))->is_method &&
         (((YsBuiltin *) ys_obj (f))->owner->flags & YS_TYPE_SLOTS))))
    return YS_NULL;
  *found = TRUE;
  g_assert (argc < 4);
  args[0] = obj;
  for (int i = 0; i < argc; i++)
    args[i + 1] = argv[i];
  return ys_call (vm, f, argc + 1, args, YS_NULL);
}

YsValue
ys_repr (YsVM    *vm,
         YsValue  v)
{
  gboolean found;
  YsValue r;

  switch (ys_kind (vm, v))
    {
    case YS_KIND_BOOL:
      return ys_str_intern (vm, v == ys_val (vm->true_obj) ? "True" : "False");
    case YS_KIND_INT:
      return ys_int_repr (vm, v);
    case YS_KIND_FLOAT:
      return ys_float_repr (vm, v);
    case YS_KIND_STR:
      return ys_str_repr (vm, v);
    case YS_KIND_NONE:
      return ys_str_intern (vm, "None");
    case YS_KIND_ELLIPSIS:
      return ys_str_intern (vm, "Ellipsis");
    case YS_KIND_NOTIMPL:
      return ys_str_intern (vm, "NotImplemented");
    default:
      break;
    }
  if (!ys_enter_recursive (vm, " while getting the repr of an object"))
    return YS_NULL;
  r = call_dunder (vm, v, vm->s_repr, 0, NULL, &found);
  if (found)
    {
      if (r != YS_NULL && ys_kind (vm, r) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "__repr__ returned non-string (type %s)",
                    ys_type_name_of (vm, r));
          ys_decref (vm, r);
          r = YS_NULL;
        }
    }
  else
    r = ys_repr_builtin (vm, v);
  ys_leave_recursive (vm);
  return r;
}

YsValue
ys_to_str (YsVM    *vm,
           YsValue  v)
{
  gboolean found;
  YsValue r;
  YsKind kind = ys_kind (vm, v);

  if (kind == YS_KIND_STR)
    {
      if (ys_type_of (vm, v) == vm->types[YS_KIND_STR])
        return ys_ref (v);
      return ys_str_new (vm, ys_str_data (v), ys_str_as (v)->nbytes);
    }
  if (!ys_enter_recursive (vm, " while getting the str of an object"))
    return YS_NULL;
  r = call_dunder (vm, v, vm->s_str, 0, NULL, &found);
  if (found)
    {
      if (r != YS_NULL && ys_kind (vm, r) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "__str__ returned non-string (type %s)",
                    ys_type_name_of (vm, r));
          ys_decref (vm, r);
          r = YS_NULL;
        }
    }
  else if (kind == YS_KIND_EXCEPTION)
    r = ys_exception_str (vm, v);
  else
    r = ys_repr (vm, v);
  ys_leave_recursive (vm);
  return r;
}

int
ys_truthy (YsVM    *vm,
           YsValue  v)
{
  if (ys_is_small (v))
    return ys_small_get (v) != 0;
  if (v == ys_val (vm->true_obj))
    return 1;
  if (v == ys_val (vm->false_obj) || v == ys_val (vm->none))
    return 0;
  switch (ys_kind (vm, v))
    {
    case YS_KIND_INT:
      return mpz_sgn (((YsInt *) ys_obj (v))->value) != 0;
    case YS_KIND_FLOAT:
      return ys_float_get (v) != 0.0;
    case YS_KIND_STR:
      return ys_str_as (v)->nbytes != 0;
    case YS_KIND_LIST:
      return ys_list_as (v)->length != 0;
    case YS_KIND_TUPLE:
      return ys_tuple_len (v) != 0;
    case YS_KIND_DICT:
      return ys_dict_len (v) != 0;
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      return ys_set_len (v) != 0;
    case YS_KIND_DICTVIEW:
      return ys_dictview_len (v) != 0;
    case YS_KIND_RANGE:
      return ys_truthy (vm, ((YsRange *) ys_obj (v))->length);
    case YS_KIND_INSTANCE:
    case YS_KIND_EXCEPTION:
      {
        gboolean found;
        YsValue r = call_dunder (vm, v, vm->s_bool, 0, NULL, &found);
        if (found)
          {
            int t;
            if (r == YS_NULL)
              return -1;
            if (ys_type_of (vm, r) != vm->type_bool)
              {
                ys_raise (vm, YS_EXC_TYPE_ERROR, "__bool__ should return bool, returned %s",
                          ys_type_name_of (vm, r));
                ys_decref (vm, r);
                return -1;
              }
            t = r == ys_val (vm->true_obj);
            ys_decref (vm, r);
            return t;
          }
        r = call_dunder (vm, v, vm->s_len, 0, NULL, &found);
        if (found)
          {
            int t;
            if (r == YS_NULL)
              return -1;
            t = ys_truthy (vm, r);
            ys_decref (vm, r);
            return t;
          }
        return 1;
      }
    default:
      return 1;
    }
}

gboolean
ys_hash (YsVM    *vm,
         YsValue  v,
         gint64  *out)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_INT:
    case YS_KIND_BOOL:
    case YS_KIND_FLOAT:
      *out = ys_number_hash (vm, v);
      return TRUE;
    case YS_KIND_STR:
      *out = ys_str_hash (ys_str_as (v));
      return TRUE;
    case YS_KIND_TUPLE:
      return ys_tuple_hash (vm, v, out);
    case YS_KIND_FROZENSET:
      return ys_frozenset_hash (vm, v, out);
    case YS_KIND_LIST:
    case YS_KIND_DICT:
    case YS_KIND_SET:
      ys_raise (vm, YS_EXC_TYPE_ERROR, "unhashable type: '%s'", ys_type_name_of (vm, v));
      return FALSE;
    case YS_KIND_INSTANCE:
      {
        YsType *type = ys_type_of (vm, v);
        YsValue eq = ys_type_lookup (type, vm->s_eq);
        YsValue h = ys_type_lookup (type, vm->s_hash);
        if (h != YS_NULL && ys_is_none (vm, h))
          {
            ys_raise (vm, YS_EXC_TYPE_ERROR, "unhashable type: '%s'", ys_type_name (type));
            return FALSE;
          }
        if (h != YS_NULL && (ys_kind (vm, h) == YS_KIND_FUNCTION ||
                             ((type->flags & YS_TYPE_SLOTS) && ys_kind (vm, h) == YS_KIND_BUILTIN)))
          {
            gboolean found;
            YsValue r = call_dunder (vm, v, vm->s_hash, 0, NULL, &found);
            if (r == YS_NULL)
              return FALSE;
            if (!ys_is_int (vm, r))
              {
                ys_decref (vm, r);
                ys_raise (vm, YS_EXC_TYPE_ERROR, "__hash__ method should return an integer");
                return FALSE;
              }
            *out = ys_number_hash (vm, r);
            ys_decref (vm, r);
            return TRUE;
          }
        if (eq != YS_NULL && ys_kind (vm, eq) == YS_KIND_FUNCTION && h == YS_NULL)
          {
            ys_raise (vm, YS_EXC_TYPE_ERROR, "unhashable type: '%s'", ys_type_name (type));
            return FALSE;
          }
      }
      G_GNUC_FALLTHROUGH;
    default:
      /* Identity hash, like object.__hash__: the address, rotated. */
      {
        guint64 a = (guint64) v;
        *out = (gint64) ((a >> 4) | (a << 60));
        if (*out == -1)
          *out = -2;
        return TRUE;
      }
    }
}

int
ys_equal (YsVM    *vm,
          YsValue  a,
          YsValue  b)
{
  if (a == b)
    return 1;
  return ys_compare_bool (vm, a, b, YS_CMP_EQ);
}

static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };
static const int cmp_swapped[] = { YS_CMP_GT, YS_CMP_GE, YS_CMP_EQ, YS_CMP_NE, YS_CMP_LT, YS_CMP_LE };

static gboolean
cmp_result (int c,
            int op)
{
  switch (op)
    {
    case YS_CMP_LT: return c < 0;
    case YS_CMP_LE: return c <= 0;
    case YS_CMP_EQ: return c == 0;
    case YS_CMP_NE: return c != 0;
    case YS_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static YsStr *
cmp_dunder (YsVM *vm,
            int   op)
{
  switch (op)
    {
    case YS_CMP_LT: return vm->s_lt;
    case YS_CMP_LE: return vm->s_le;
    case YS_CMP_EQ: return vm->s_eq;
    case YS_CMP_NE: return vm->s_ne;
    case YS_CMP_GT: return vm->s_gt;
    default: return vm->s_ge;
    }
}

/* Compares two sequences item by item, as lists and tuples do. */
static YsValue
compare_sequences (YsVM          *vm,
                   const YsValue *a,
                   gsize          na,
                   const YsValue *b,
                   gsize          nb,
                   int            op)
{
  gsize i;

  if ((op == YS_CMP_EQ || op == YS_CMP_NE) && na != nb)
    return ys_bool (vm, op == YS_CMP_NE);
  for (i = 0; i < na && i < nb; i++)
    {
      int eq = ys_equal (vm, a[i], b[i]);
      if (eq < 0)
        return YS_NULL;
      if (!eq)
        break;
    }
  if (i >= na || i >= nb)
    {
      int c = na < nb ? -1 : na > nb ? 1 : 0;
      return ys_bool (vm, cmp_result (c, op));
    }
  if (op == YS_CMP_EQ)
    return ys_bool (vm, FALSE);
  if (op == YS_CMP_NE)
    return ys_bool (vm, TRUE);
  return ys_compare (vm, a[i], b[i], op);
}

static YsValue compare (YsVM *vm, YsValue a, YsValue b, int op);

YsValue
ys_compare (YsVM    *vm,
            YsValue  a,
            YsValue  b,
            int      op)
{
  YsValue r;

  if (ys_is_small (a) && ys_is_small (b))
    {
      intptr_t x = ys_small_get (a), y = ys_small_get (b);
      return ys_bool (vm, cmp_result (x < y ? -1 : x > y, op));
    }
  /* Lists of lists compare their items, and so on down. */
  if (!ys_enter_recursive (vm, " in comparison"))
    return YS_NULL;
  r = compare (vm, a, b, op);
  ys_leave_recursive (vm);
  return r;
}

static YsValue
compare (YsVM    *vm,
         YsValue  a,
         YsValue  b,
         int      op)
{
  YsKind ka = ys_kind (vm, a), kb = ys_kind (vm, b);
  int c;

  /* Classes of the program may define the comparison. */
  if (ka == YS_KIND_INSTANCE || kb == YS_KIND_INSTANCE ||
      (ka == YS_KIND_EXCEPTION && (ys_type_of (vm, a)->flags & YS_TYPE_HEAP)))
    {
      gboolean found;
      YsValue r = call_dunder (vm, a, cmp_dunder (vm, op), 1, &b, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
      r = call_dunder (vm, b, cmp_dunder (vm, cmp_swapped[op]), 1, &a, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
      if (op == YS_CMP_NE && ys_type_lookup (ys_type_of (vm, a), vm->s_eq) != YS_NULL &&
          ys_kind (vm, ys_type_lookup (ys_type_of (vm, a), vm->s_eq)) == YS_KIND_FUNCTION)
        {
          int eq = ys_compare_bool (vm, a, b, YS_CMP_EQ);
          if (eq < 0)
            return YS_NULL;
          return ys_bool (vm, !eq);
        }
    }

  if (ka == YS_KIND_METHOD && kb == YS_KIND_METHOD && (op == YS_CMP_EQ || op == YS_CMP_NE))
    {
      YsMethod *ma = (YsMethod *) ys_obj (a), *mb = (YsMethod *) ys_obj (b);
      gboolean same = ma->func == mb->func && ma->self == mb->self;
      return ys_bool (vm, op == YS_CMP_EQ ? same : !same);
    }
  if (ka == YS_KIND_BUILTIN && kb == YS_KIND_BUILTIN && (op == YS_CMP_EQ || op == YS_CMP_NE))
    {
      YsBuiltin *ba = (YsBuiltin *) ys_obj (a), *bb = (YsBuiltin *) ys_obj (b);
      gboolean same = ba->func == bb->func && ba->self == bb->self;
      return ys_bool (vm, op == YS_CMP_EQ ? same : !same);
    }
  switch (ys_number_compare (vm, a, b, &c))
    {
    case 0:
      /* 2: unordered (a NaN), where only != holds. */
      return ys_bool (vm, c == 2 ? op == YS_CMP_NE : cmp_result (c, op));
    case -1:
      return YS_NULL;
    default:
      break;
    }

  if (ka == kb)
    {
      switch (ka)
        {
        case YS_KIND_STR:
          return ys_bool (vm, cmp_result (ys_str_compare (ys_str_as (a), ys_str_as (b)), op));
        case YS_KIND_LIST:
          return compare_sequences (vm, ys_list_as (a)->items, ys_list_as (a)->length,
                                    ys_list_as (b)->items, ys_list_as (b)->length, op);
        case YS_KIND_TUPLE:
          return compare_sequences (vm, ((YsTuple *) ys_obj (a))->items, ys_tuple_len (a),
                                    ((YsTuple *) ys_obj (b))->items, ys_tuple_len (b), op);
        case YS_KIND_DICT:
          if (op == YS_CMP_EQ || op == YS_CMP_NE)
            {
              int eq = ys_dict_equal (vm, a, b);
              if (eq < 0)
                return YS_NULL;
              return ys_bool (vm, op == YS_CMP_EQ ? eq : !eq);
            }
          break;
        case YS_KIND_RANGE:
          if (op == YS_CMP_EQ || op == YS_CMP_NE)
            {
              int eq = ys_range_equal (vm, a, b);
              if (eq < 0)
                return YS_NULL;
              return ys_bool (vm, op == YS_CMP_EQ ? eq : !eq);
            }
          break;
        default:
          break;
        }
    }
  if ((ka == YS_KIND_SET || ka == YS_KIND_FROZENSET || ka == YS_KIND_DICTVIEW) &&
      (kb == YS_KIND_SET || kb == YS_KIND_FROZENSET || kb == YS_KIND_DICTVIEW))
    return ys_set_compare (vm, a, b, op);

  if (op == YS_CMP_EQ)
    return ys_bool (vm, a == b);
  if (op == YS_CMP_NE)
    return ys_bool (vm, a != b);
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' not supported between instances of '%s' and '%s'",
                   cmp_symbols[op], ys_type_name_of (vm, a), ys_type_name_of (vm, b));
}

int
ys_compare_bool (YsVM    *vm,
                 YsValue  a,
                 YsValue  b,
                 int      op)
{
  YsValue r;
  int t;

  if (ys_is_small (a) && ys_is_small (b))
    {
      intptr_t x = ys_small_get (a), y = ys_small_get (b);
      return cmp_result (x < y ? -1 : x > y, op);
    }
  r = ys_compare (vm, a, b, op);
  if (r == YS_NULL)
    return -1;
  t = ys_truthy (vm, r);
  ys_decref (vm, r);
  return t;
}

static const char *const binop_symbols[] = {
  "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"
};

static const char *const binop_dunders[][2] = {
  { "__add__", "__radd__" }, { "__sub__", "__rsub__" }, { "__mul__", "__rmul__" },
  { "__truediv__", "__rtruediv__" }, { "__floordiv__", "__rfloordiv__" },
  { "__mod__", "__rmod__" }, { "__pow__", "__rpow__" }, { "__lshift__", "__rlshift__" },
  { "__rshift__", "__rrshift__" }, { "__and__", "__rand__" }, { "__or__", "__ror__" },
  { "__xor__", "__rxor__" }, { "__matmul__", "__rmatmul__" },
};

static YsValue
sequence_repeat (YsVM    *vm,
                 YsValue  seq,
                 YsValue  count)
{
  gssize n;

  if (!ys_is_int (vm, count))
    return ys_notimpl (vm);
  if (!ys_index_to_ssize (vm, count, &n))
    {
      if (ys_exc_matches (vm, YS_EXC_OVERFLOW_ERROR))
        {
          ys_exc_clear (vm);
          return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
      return YS_NULL;
    }
  if (n < 0)
    n = 0;
  switch (ys_kind (vm, seq))
    {
    case YS_KIND_STR:
      return ys_str_multiply (vm, seq, n);
    case YS_KIND_LIST:
      return ys_list_repeat (vm, seq, n);
    case YS_KIND_TUPLE:
      return ys_tuple_repeat (vm, seq, n);
    default:
      return ys_notimpl (vm);
    }
}

YsValue
ys_binary_op (YsVM    *vm,
              int      op,
              YsValue  a,
              YsValue  b)
{
  int base = op & ~YS_BIN_INPLACE;
  gboolean inplace = (op & YS_BIN_INPLACE) != 0;
  YsKind ka = ys_kind (vm, a), kb = ys_kind (vm, b);
  YsValue r;

  r = ys_number_binary (vm, base, a, b);
  if (r == YS_NULL || r != ys_val (vm->notimpl))
    return r;
  ys_decref (vm, r);

  if (ka == YS_KIND_INSTANCE || kb == YS_KIND_INSTANCE ||
      ((ys_type_of (vm, a)->flags | ys_type_of (vm, b)->flags) & YS_TYPE_SLOTS))
    {
      gboolean found;
      if (inplace)
        {
          g_autofree char *iname = g_strdup_printf ("__i%s", binop_dunders[base][0] + 2);
          r = call_dunder (vm, a, ys_str_interned (vm, iname), 1, &b, &found);
          if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
            return r;
          if (found)
            ys_decref (vm, r);
        }
      r = call_dunder (vm, a, ys_str_interned (vm, binop_dunders[base][0]), 1, &b, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
      r = call_dunder (vm, b, ys_str_interned (vm, binop_dunders[base][1]), 1, &a, &found);
      if (found && (r == YS_NULL || r != ys_val (vm->notimpl)))
        return r;
      if (found)
        ys_decref (vm, r);
    }

  switch (base)
    {
    case YS_BIN_ADD:
      if (ka == YS_KIND_STR && kb == YS_KIND_STR)
        return ys_str_concat (vm, a, b);
      if (ka == YS_KIND_LIST && kb == YS_KIND_LIST)
        {
          if (inplace)
            {
              if (!ys_list_extend (vm, a, b))
                return YS_NULL;
              return ys_ref (a);
            }
          return ys_list_concat (vm, a, b);
        }
      if (ka == YS_KIND_LIST && inplace)
        {
          if (!ys_list_extend (vm, a, b))
            return YS_NULL;
          return ys_ref (a);
        }
      if (ka == YS_KIND_TUPLE && kb == YS_KIND_TUPLE)
        return ys_tuple_concat (vm, a, b);
      if (ka == YS_KIND_STR)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "can only concatenate str (not \"%s\") to str",
                         ys_type_name_of (vm, b));
      if (ka == YS_KIND_LIST)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "can only concatenate list (not \"%s\") to list",
                         ys_type_name_of (vm, b));
      if (ka == YS_KIND_TUPLE)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "can only concatenate tuple (not \"%s\") to tuple",
                         ys_type_name_of (vm, b));
      break;
    case YS_BIN_MUL:
      if (ka == YS_KIND_STR || ka == YS_KIND_LIST || ka == YS_KIND_TUPLE)
        {
          if (ka == YS_KIND_LIST && inplace && ys_is_int (vm, b))
            return ys_list_inplace_repeat (vm, a, b);
          r = sequence_repeat (vm, a, b);
        }
      else if (kb == YS_KIND_STR || kb == YS_KIND_LIST || kb == YS_KIND_TUPLE)
        r = sequence_repeat (vm, b, a);
      else
        break;
      if (r == YS_NULL || r != ys_val (vm->notimpl))
        return r;
      ys_decref (vm, r);
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "can't multiply sequence by non-int of type '%s'",
                       ys_type_name_of (vm, (ka == YS_KIND_STR || ka == YS_KIND_LIST || ka == YS_KIND_TUPLE) ? b : a));
    case YS_BIN_MOD:
      if (ka == YS_KIND_STR)
        return ys_str_percent_format (vm, a, b);
      break;
    case YS_BIN_OR:
    case YS_BIN_AND:
    case YS_BIN_XOR:
    case YS_BIN_SUB:
      /* Sets, and the keys and items of dicts, which act as sets. */
      if (((ka == YS_KIND_SET || ka == YS_KIND_FROZENSET) && (kb == YS_KIND_SET || kb == YS_KIND_FROZENSET)) ||
          ka == YS_KIND_DICTVIEW || kb == YS_KIND_DICTVIEW)
        return ys_set_binary (vm, base, a, b, inplace);
      if (base == YS_BIN_OR && ka == YS_KIND_DICT && (kb == YS_KIND_DICT || inplace))
        return ys_dict_or (vm, a, b, inplace);
      break;
    default:
      break;
    }

  if (base == YS_BIN_POW)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported operand type(s) for %s: '%s' and '%s'",
                     inplace ? "**=" : "** or pow()", ys_type_name_of (vm, a), ys_type_name_of (vm, b));
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                   binop_symbols[base], inplace ? "=" : "", ys_type_name_of (vm, a),
                   ys_type_name_of (vm, b));
}

YsValue
ys_unary_op (YsVM    *vm,
             int      opcode,
             YsValue  v)
{
  YsKind kind = ys_kind (vm, v);
  const char *symbol, *dunder;

  if (opcode == YS_OP_UNARY_NOT)
    {
      int t = ys_truthy (vm, v);
      if (t < 0)
        return YS_NULL;
      return ys_bool (vm, !t);
    }
  if (kind == YS_KIND_INT || kind == YS_KIND_BOOL || kind == YS_KIND_FLOAT)
    return ys_number_unary (vm, opcode, v);
  switch (opcode)
    {
    case YS_OP_UNARY_NEG: symbol = "-"; dunder = "__neg__"; break;
    case YS_OP_UNARY_POS: symbol = "+"; dunder = "__pos__"; break;
    default: symbol = "~"; dunder = "__invert__"; break;
    }
  if (kind == YS_KIND_INSTANCE)
    {
      gboolean found;
      YsValue r = call_dunder (vm, v, ys_str_interned (vm, dunder), 0, NULL, &found);
      if (found)
        return r;
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "bad operand type for unary %s: '%s'", symbol,
                   ys_type_name_of (vm, v));
}

/* Attributes */

static YsValue *
instance_dict_slot (YsVM    *vm,
                    YsValue  obj)
{
  switch (ys_kind (vm, obj))
    {
    case YS_KIND_INSTANCE:
      return &((YsInstance *) ys_obj (obj))->dict;
    case YS_KIND_FUNCTION:
      return &((YsFunction *) ys_obj (obj))->dict;
    case YS_KIND_EXCEPTION:
      return &((YsException *) ys_obj (obj))->dict;
    case YS_KIND_MODULE:
      return &((YsModule *) ys_obj (obj))->dict;
    default:
      return NULL;
    }
}

static YsValue
bind_attribute (YsVM    *vm,
                YsValue  attr,
                YsValue  obj)
{
  switch (ys_kind (vm, attr))
    {
    case YS_KIND_FUNCTION:
      return ys_method_new (vm, attr, obj);
    case YS_KIND_BUILTIN:
      if (((YsBuiltin *) ys_obj (attr))->is_method)
        return ys_builtin_new (vm, ((YsBuiltin *) ys_obj (attr))->name->data,
                               ((YsBuiltin *) ys_obj (attr))->func, obj);
      if (((YsBuiltin *) ys_obj (attr))->binds)
        return ys_method_new (vm, attr, obj);
      return ys_ref (attr);
    default:
      if (G_UNLIKELY (ys_type_of (vm, attr)->flags & (YS_TYPE_DESCRIPTOR | YS_TYPE_PYDESCR)))
        {
          if (ys_type_of (vm, attr)->flags & YS_TYPE_PYDESCR)
            return ys_descriptor_get (vm, attr, obj, ys_type_of (vm, obj));
          return ((YsDescriptor *) ys_obj (attr))->get (vm, obj, ((YsDescriptor *) ys_obj (attr))->index);
        }
      return ys_ref (attr);
    }
}

static YsValue
raise_no_attribute (YsVM    *vm,
                    YsValue  obj,
                    YsStr   *name)
{
  if (ys_kind (vm, obj) == YS_KIND_MODULE)
    ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'",
              ((YsModule *) ys_obj (obj))->name->data, name->data);
  else
    ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", ys_type_name_of (vm, obj),
              name->data);
  ys_exception_suggest_attribute (vm, vm->exc, obj, name);
  return YS_NULL;
}

/* An instance of a class with properties, __slots__, __getattr__ or __getattribute__:
 * the type's data descriptors come before the instance's dict, as in CPython. */
YsValue
ys_generic_getattr (YsVM    *vm,
                    YsValue  obj,
                    YsStr   *name)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue *dict_slot, attr, special;

  if (!(type->flags & YS_TYPE_HOOKS))
    return ys_getattr (vm, obj, name);
  attr = ys_type_lookup (type, name);
  if (attr != YS_NULL && ys_is_descriptor_object (vm, attr) && ys_class_data_descriptor (vm, type, name) != YS_NULL)
    return ys_descriptor_get (vm, attr, obj, type);
  if ((type->flags & YS_TYPE_SLOTTED) && ys_str_equal (name, vm->s_dict))
    return raise_no_attribute (vm, obj, name);
  special = ys_special_attribute (vm, obj, name);
  if (special != YS_NULL || vm->exc != YS_NULL)
    return special;
  dict_slot = instance_dict_slot (vm, obj);
  if (!(type->flags & YS_TYPE_SLOTTED) && dict_slot != NULL && *dict_slot != YS_NULL)
    {
      YsValue v = ys_dict_get_str (vm, *dict_slot, name);
      if (v != YS_NULL)
        return ys_ref (v);
    }
  if (attr != YS_NULL)
    return bind_attribute (vm, attr, obj);
  return raise_no_attribute (vm, obj, name);
}

static YsValue
hooked_getattr (YsVM    *vm,
                YsValue  obj,
                YsStr   *name)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue r, hook;

  if (type->flags & YS_TYPE_GETATTRIBUTE)
    {
      hook = ys_type_lookup (type, ys_str_interned (vm, "__getattribute__"));
      if (hook != YS_NULL && ys_kind (vm, hook) == YS_KIND_FUNCTION)
        {
          YsValue args[2] = { obj, ys_val (name) };
          r = ys_call (vm, hook, 2, args, YS_NULL);
        }
      else
        r = ys_generic_getattr (vm, obj, name);
    }
  else
    r = ys_generic_getattr (vm, obj, name);
  /* __getattr__: only when the usual lookup missed. */
  if (r == YS_NULL && ys_exc_matches (vm, YS_EXC_ATTRIBUTE_ERROR) &&
      (hook = ys_type_lookup (type, ys_str_interned (vm, "__getattr__"))) != YS_NULL &&
      ys_kind (vm, hook) == YS_KIND_FUNCTION)
    {
      YsValue args[2] = { obj, ys_val (name) };
      ys_exc_clear (vm);
      r = ys_call (vm, hook, 2, args, YS_NULL);
    }
  return r;
}

YsValue
ys_getattr (YsVM    *vm,
            YsValue  obj,
            YsStr   *name)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue *dict_slot, attr;

  if (type == vm->type_super)
    return ys_super_getattr (vm, obj, name);
  if (G_UNLIKELY (type->flags & YS_TYPE_HOOKS))
    return hooked_getattr (vm, obj, name);

  /* Special attributes computed from the object. */
  {
    YsValue special = ys_special_attribute (vm, obj, name);
    if (special != YS_NULL || vm->exc != YS_NULL)
      return special;
  }

  dict_slot = instance_dict_slot (vm, obj);
  if (dict_slot != NULL && *dict_slot != YS_NULL)
    {
      attr = ys_dict_get_str (vm, *dict_slot, name);
      if (attr != YS_NULL)
        return ys_ref (attr);
    }

  if (ys_kind (vm, obj) == YS_KIND_TYPE)
    {
      YsType *t = (YsType *) ys_obj (obj);
      attr = ys_type_lookup (t, name);
      if (attr != YS_NULL)
        {
          /* A method of a built-in type looked up on the type stays unbound. */
          if (G_UNLIKELY (ys_is_descriptor_object (vm, attr)))
            return ys_descriptor_get (vm, attr, YS_NULL, t);
          return ys_ref (attr);
        }
      attr = ys_type_meta_attribute (vm, obj, name);
      if (attr != YS_NULL)
        return attr;
      ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'",
                ys_type_name (t), name->data);
      ys_exception_suggest_attribute (vm, vm->exc, obj, name);
      return YS_NULL;
    }

  attr = ys_type_lookup (type, name);
  if (attr != YS_NULL)
    return bind_attribute (vm, attr, obj);
  return raise_no_attribute (vm, obj, name);
}

YsValue
ys_lookup_method (YsVM    *vm,
                  YsValue  obj,
                  YsStr   *name,
                  YsValue *self_out)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue *dict_slot = instance_dict_slot (vm, obj);
  YsValue attr;

  *self_out = YS_NULL;
  if (type != vm->type_super && ys_kind (vm, obj) != YS_KIND_TYPE && ys_kind (vm, obj) != YS_KIND_MODULE &&
      !(type->flags & YS_TYPE_GETATTRIBUTE) &&
      (dict_slot == NULL || *dict_slot == YS_NULL || ys_dict_get_str (vm, *dict_slot, name) == YS_NULL))
    {
      attr = ys_type_lookup (type, name);
      if (attr != YS_NULL && (ys_kind (vm, attr) == YS_KIND_FUNCTION ||
                              (ys_kind (vm, attr) == YS_KIND_BUILTIN &&
                               (((YsBuiltin *) ys_obj (attr))->is_method || ((YsBuiltin *) ys_obj (attr))->binds))))
        {
          *self_out = obj;
          return ys_ref (attr);
        }
    }
  return ys_getattr (vm, obj, name);
}

/* Through a data descriptor, or refused by __slots__: 1 done, -1 error, 0 the usual way.
 * @value YS_NULL deletes. */
static int
hooked_setattr (YsVM    *vm,
                YsValue  obj,
                YsStr   *name,
                YsValue  value)
{
  YsType *type = ys_type_of (vm, obj);
  YsValue descr = ys_class_data_descriptor (vm, type, name);

  if (descr != YS_NULL)
    {
      int r = ys_descriptor_set (vm, descr, obj, value);
      if (r != 0)
        return r;
    }
  if (type->flags & YS_TYPE_SLOTTED)
    {
      if (ys_type_lookup (type, name) != YS_NULL)
        ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only", ys_type_name (type),
                  name->data);
      else
        ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", ys_type_name (type),
                  name->data);
      return -1;
    }
  return 0;
}

gboolean
ys_setattr (YsVM    *vm,
            YsValue  obj,
            YsStr   *name,
            YsValue  value)
{
  YsValue *dict_slot = instance_dict_slot (vm, obj);

  if (G_UNLIKELY (ys_type_of (vm, obj)->flags & YS_TYPE_HOOKS))
    {
      int r = hooked_setattr (vm, obj, name, value);
      if (r != 0)
        return r > 0;
    }
  if (ys_kind (vm, obj) == YS_KIND_TYPE && (((YsType *) ys_obj (obj))->flags & YS_TYPE_HEAP))
    {
      YsType *t = (YsType *) ys_obj (obj);
      /* Attributes that change how its instances' attributes are found. */
      if (ys_is_descriptor_object (vm, value) || g_str_equal (name->data, "__getattr__"))
        t->flags |= YS_TYPE_HOOKS;
      return ys_dict_set (vm, t->dict, ys_val (name), value) == 0;
    }
  if (ys_kind (vm, obj) == YS_KIND_FUNCTION && name->data[0] == '_' && name->data[1] == '_')
    {
      int r = ys_function_set_special (vm, obj, name, value);
      if (r != 0)
        return r > 0;
    }
  if (ys_kind (vm, obj) == YS_KIND_GENERATOR && !ys_gen_attribute_writable (vm, name, FALSE))
    return FALSE;
  if (ys_kind (vm, obj) == YS_KIND_GENERATOR &&
      (ys_str_equal (name, vm->s_name) || ys_str_equal (name, vm->s_qualname)))
    {
      YsGen *g = (YsGen *) ys_obj (obj);
      YsStr **slot = ys_str_equal (name, vm->s_name) ? &g->name : &g->qualname;
      if (ys_kind (vm, value) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s must be set to a string object", name->data);
          return FALSE;
        }
      ys_decref (vm, ys_val (*slot));
      *slot = ys_str_as (ys_ref (value));
      return TRUE;
    }
  if (ys_kind (vm, obj) == YS_KIND_EXCEPTION && ys_str_equal (name, vm->s_args))
    {
      YsException *e = (YsException *) ys_obj (obj);
      YsValue t = ys_sequence_to_tuple (vm, value);
      if (t == YS_NULL)
        return FALSE;
      ys_decref (vm, e->args);
      e->args = t;
      return TRUE;
    }
  if (ys_kind (vm, obj) == YS_KIND_EXCEPTION && ys_str_equal (name, vm->s_value))
    {
      YsException *e = (YsException *) ys_obj (obj);
      ys_xdecref (vm, e->value);
      e->value = ys_ref (value);
      return TRUE;
    }
  if (dict_slot == NULL)
    {
      if (ys_kind (vm, obj) == YS_KIND_TYPE)
        ys_raise (vm, YS_EXC_TYPE_ERROR,
                  "cannot set '%s' attribute of immutable type '%s'", name->data,
                  ys_type_name ((YsType *) ys_obj (obj)));
      else if (ys_type_lookup (ys_type_of (vm, obj), name) != YS_NULL)
        ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only",
                  ys_type_name_of (vm, obj), name->data);
      else
        ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                  ys_type_name_of (vm, obj), name->data);
      return FALSE;
    }
  if (*dict_slot == YS_NULL)
    {
      *dict_slot = ys_dict_new (vm);
      if (*dict_slot == YS_NULL)
        return FALSE;
    }
  return ys_dict_set (vm, *dict_slot, ys_val (name), value) == 0;
}

gboolean
ys_delattr (YsVM    *vm,
            YsValue  obj,
            YsStr   *name)
{
  YsValue *dict_slot = instance_dict_slot (vm, obj);
  int r;

  if (ys_kind (vm, obj) == YS_KIND_GENERATOR && !ys_gen_attribute_writable (vm, name, TRUE))
    return FALSE;
  if (G_UNLIKELY (ys_type_of (vm, obj)->flags & YS_TYPE_HOOKS))
    {
      r = hooked_setattr (vm, obj, name, YS_NULL);
      if (r != 0)
        return r > 0;
    }
  if (ys_kind (vm, obj) == YS_KIND_FUNCTION && name->data[0] == '_' && name->data[1] == '_')
    {
      r = ys_function_set_special (vm, obj, name, YS_NULL);
      if (r != 0)
        return r > 0;
    }
  if (ys_kind (vm, obj) == YS_KIND_TYPE && (((YsType *) ys_obj (obj))->flags & YS_TYPE_HEAP))
    dict_slot = &((YsType *) ys_obj (obj))->dict;
  if (dict_slot == NULL || *dict_slot == YS_NULL)
    r = 0;
  else
    r = ys_dict_del (vm, *dict_slot, ys_val (name));
  if (r < 0)
    return FALSE;
  if (r == 0)
    {
      ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                ys_type_name_of (vm, obj), name->data);
      return FALSE;
    }
  return TRUE;
}

/* Calls */

gboolean
ys_is_callable (YsVM    *vm,
                YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_FUNCTION:
    case YS_KIND_BUILTIN:
    case YS_KIND_METHOD:
    case YS_KIND_TYPE:
      return TRUE;
    case YS_KIND_INSTANCE:
      return ys_type_lookup (ys_type_of (vm, v), vm->s_call) != YS_NULL;
    default:
      /* staticmethod objects, since Python 3.10 */
      return (ys_type_of (vm, v)->flags & YS_TYPE_SLOTS) && ys_type_lookup (ys_type_of (vm, v), vm->s_call) != YS_NULL;
    }
}

YsValue
ys_call0 (YsVM    *vm,
          YsValue  callable)
{
  return ys_call (vm, callable, 0, NULL, YS_NULL);
}

YsValue
ys_call1 (YsVM    *vm,
          YsValue  callable,
          YsValue  arg)
{
  return ys_call (vm, callable, 1, &arg, YS_NULL);
}

YsValue
ys_call_method (YsVM          *vm,
                YsValue        obj,
                YsStr         *name,
                int            argc,
                const YsValue *argv)
{
  YsValue self, f, r;
  YsValue args[8];

  f = ys_lookup_method (vm, obj, name, &self);
  if (f == YS_NULL)
    return YS_NULL;
  if (self != YS_NULL)
    {
      g_assert (argc < 7);
      args[0] = self;
      for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
      r = ys_call (vm, f, argc + 1, args, YS_NULL);
    }
  else
    r = ys_call (vm, f, argc, argv, YS_NULL);
  ys_decref (vm, f);
  return r;
}

YsValue
ys_call (YsVM          *vm,
         YsValue        callable,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames)
{
  switch (ys_kind (vm, callable))
    {
    case YS_KIND_FUNCTION:
      return ys_function_call (vm, callable, argc, argv, kwnames);
    case YS_KIND_BUILTIN:
      {
        YsBuiltin *b = (YsBuiltin *) ys_obj (callable);
        if (b->is_method && b->self == YS_NULL)
          {
            /* An unbound method of a built-in type: the first argument is self. */
            if (argc < 1)
              return ys_raise (vm, YS_EXC_TYPE_ERROR, "unbound method %s.%s() needs an argument",
                               ys_type_name (b->owner), b->name->data);
            if (!ys_isinstance (vm, argv[0], b->owner))
              return ys_raise (vm, YS_EXC_TYPE_ERROR,
                               "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                               b->name->data, ys_type_name (b->owner), ys_type_name_of (vm, argv[0]));
            return b->func (vm, argv[0], argc - 1, argv + 1, kwnames);
          }
        return b->func (vm, b->self, argc, argv, kwnames);
      }
    case YS_KIND_METHOD:
      {
        YsMethod *m = (YsMethod *) ys_obj (callable);
        gsize nkw = (gsize) ys_kw_count (kwnames);
        YsValue small[8];
        YsValue *args = argc + nkw + 1 <= G_N_ELEMENTS (small) ? small : g_new (YsValue, argc + nkw + 1);
        YsValue r;
        args[0] = m->self;
        if (argc + nkw > 0)
          memcpy (args + 1, argv, (argc + nkw) * sizeof (YsValue));
        r = ys_call (vm, m->func, argc + 1, args, kwnames);
        if (args != small)
          g_free (args);
        return r;
      }
    case YS_KIND_TYPE:
      return ys_type_call (vm, callable, argc, argv, kwnames);
    case YS_KIND_INSTANCE:
      {
        YsValue f = ys_type_lookup (ys_type_of (vm, callable), vm->s_call);
        if (f != YS_NULL)
          {
            YsValue bound = bind_attribute (vm, f, callable);
            YsValue r = ys_call (vm, bound, argc, argv, kwnames);
            ys_decref (vm, bound);
            return r;
          }
        break;
      }
    default:
      if (ys_type_of (vm, callable)->flags & YS_TYPE_SLOTS)
        {
          /* A built-in module's object with a C __call__ (staticmethod). */
          YsValue f = ys_type_lookup (ys_type_of (vm, callable), vm->s_call);
          if (f != YS_NULL && ys_kind (vm, f) == YS_KIND_BUILTIN && ((YsBuiltin *) ys_obj (f))->is_method)
            return ((YsBuiltin *) ys_obj (f))->func (vm, callable, argc, argv, kwnames);
        }
      break;
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not callable", ys_type_name_of (vm, callable));
}

/* Iteration */

YsValue
ys_iter (YsVM    *vm,
         YsValue  v)
{
  YsValue r = ys_builtin_iter (vm, v);

  if (r != YS_NULL || vm->exc != YS_NULL)
    return r;
  if (ys_kind (vm, v) == YS_KIND_INSTANCE)
    {
      gboolean found;
      r = call_dunder (vm, v, vm->s_iter, 0, NULL, &found);
      if (found)
        {
          if (r != YS_NULL && ys_type_lookup (ys_type_of (vm, r), vm->s_next) == YS_NULL &&
              ys_kind (vm, r) != YS_KIND_GENERATOR && ys_kind (vm, r) != YS_KIND_ITERATOR)
            {
              ys_raise (vm, YS_EXC_TYPE_ERROR, "iter() returned non-iterator of type '%s'",
                        ys_type_name_of (vm, r));
              ys_decref (vm, r);
              return YS_NULL;
            }
          return r;
        }
      if (ys_type_lookup (ys_type_of (vm, v), vm->s_getitem) != YS_NULL)
        return ys_seq_iter_new (vm, v);
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not iterable", ys_type_name_of (vm, v));
}

YsValue
ys_next (YsVM    *vm,
         YsValue  it)
{
  switch (ys_kind (vm, it))
    {
    case YS_KIND_GENERATOR:
      {
        gboolean returned;
        YsValue r = ys_gen_send (vm, it, YS_NULL, &returned);
        if (r != YS_NULL && returned)
          {
            ys_decref (vm, r);
            return YS_NULL;
          }
        return r;
      }
    case YS_KIND_ITERATOR:
      /* map(f, map(f, ...)) nests in C alone. */
      if (G_UNLIKELY (ys_stack_exhausted ()))
        return ys_raise (vm, YS_EXC_RECURSION_ERROR, "maximum recursion depth exceeded");
      /* sum (range (10**10)) and the like loop in C over built-in iterators. */
      if (!ys_vm_poll_stop (vm, ++vm->c_polls))
        return YS_NULL;
      return ys_iterator_next (vm, it);
    case YS_KIND_FILE:
      return ys_file_next (vm, it);
    case YS_KIND_INSTANCE:
      {
        gboolean found;
        YsValue r = call_dunder (vm, it, vm->s_next, 0, NULL, &found);
        if (found)
          {
            if (r == YS_NULL && ys_exc_matches (vm, YS_EXC_STOP_ITERATION))
              ys_exc_clear (vm);
            return r;
          }
        break;
      }
    default:
      break;
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not an iterator", ys_type_name_of (vm, it));
}

YsValue
ys_sequence_to_tuple (YsVM    *vm,
                      YsValue  v)
{
  YsValue list;

  if (ys_type_of (vm, v) == vm->types[YS_KIND_TUPLE])
    return ys_ref (v);
  list = ys_list_from_iterable (vm, v);
  if (list == YS_NULL)
    return YS_NULL;
  {
    YsValue t = ys_list_to_tuple (vm, list);
    ys_decref (vm, list);
    return t;
  }
}

/* Items */

YsValue
ys_getitem (YsVM    *vm,
            YsValue  obj,
            YsValue  key)
{
  switch (ys_kind (vm, obj))
    {
    case YS_KIND_LIST:
      return ys_list_subscript (vm, obj, key);
    case YS_KIND_TUPLE:
      return ys_tuple_subscript (vm, obj, key);
    case YS_KIND_STR:
      return ys_str_subscript (vm, obj, key);
    case YS_KIND_DICT:
      {
        YsValue v = ys_dict_get (vm, obj, key);
        if (v != YS_NULL)
          return ys_ref (v);
        if (vm->exc != YS_NULL)
          return YS_NULL;
        /* defaultdict and Counter: a missing key goes to __missing__. */
        if (ys_type_of (vm, obj)->flags & YS_TYPE_SLOTS)
          {
            YsValue missing = ys_type_lookup (ys_type_of (vm, obj), ys_str_interned (vm, "__missing__"));
            if (missing != YS_NULL)
              {
                YsValue args[2] = { obj, key };
                return ys_call (vm, missing, 2, args, YS_NULL);
              }
          }
        return ys_raise_with_value (vm, YS_EXC_KEY_ERROR, key);
      }
    case YS_KIND_RANGE:
      return ys_range_subscript (vm, obj, key);
    case YS_KIND_INSTANCE:
      {
        gboolean found;
        YsValue r = call_dunder (vm, obj, vm->s_getitem, 1, &key, &found);
        if (found)
          return r;
        break;
      }
    case YS_KIND_TYPE:
      /* list[int] and the like: generic aliases are outside the subset. */
      break;
    default:
      break;
    }
  if (ys_kind (vm, obj) == YS_KIND_TYPE)
    return ys_class_getitem (vm, obj, key);
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object is not subscriptable", ys_type_name_of (vm, obj));
}

gboolean
ys_setitem (YsVM    *vm,
            YsValue  obj,
            YsValue  key,
            YsValue  value)
{
  switch (ys_kind (vm, obj))
    {
    case YS_KIND_LIST:
      return ys_list_ass_subscript (vm, obj, key, value);
    case YS_KIND_DICT:
      return ys_dict_set (vm, obj, key, value) == 0;
    case YS_KIND_INSTANCE:
      {
        gboolean found;
        YsValue args[2] = { key, value };
        YsValue r = call_dunder (vm, obj, vm->s_setitem, 2, args, &found);
        if (found)
          {
            if (r == YS_NULL)
              return FALSE;
            ys_decref (vm, r);
            return TRUE;
          }
        break;
      }
    default:
      break;
    }
  ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object does not support item assignment",
            ys_type_name_of (vm, obj));
  return FALSE;
}

gboolean
ys_delitem (YsVM    *vm,
            YsValue  obj,
            YsValue  key)
{
  switch (ys_kind (vm, obj))
    {
    case YS_KIND_LIST:
      return ys_list_ass_subscript (vm, obj, key, YS_NULL);
    case YS_KIND_DICT:
      {
        int r = ys_dict_del (vm, obj, key);
        if (r == 0)
          ys_raise_with_value (vm, YS_EXC_KEY_ERROR, key);
        return r == 1;
      }
    case YS_KIND_INSTANCE:
      {
        gboolean found;
        YsValue r = call_dunder (vm, obj, ys_str_interned (vm, "__delitem__"), 1, &key, &found);
        if (found)
          {
            if (r == YS_NULL)
              return FALSE;
            ys_decref (vm, r);
            return TRUE;
          }
        break;
      }
    default:
      break;
    }
  ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object doesn't support item deletion",
            ys_type_name_of (vm, obj));
  return FALSE;
}

int
ys_contains (YsVM    *vm,
             YsValue  container,
             YsValue  item)
{
  switch (ys_kind (vm, container))
    {
    case YS_KIND_STR:
      if (ys_kind (vm, item) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'in <string>' requires string as left operand, not %s",
                    ys_type_name_of (vm, item));
          return -1;
        }
      return ys_str_contains (vm, container, item);
    case YS_KIND_DICT:
      {
        YsValue v = ys_dict_get (vm, container, item);
        if (v == YS_NULL && vm->exc != YS_NULL)
          return -1;
        return v != YS_NULL;
      }
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      return ys_set_contains (vm, container, item);
    case YS_KIND_DICTVIEW:
      return ys_dictview_contains (vm, container, item);
    case YS_KIND_LIST:
      {
        YsList *l = ys_list_as (container);
        for (gsize i = 0; i < l->length; i++)
          {
            int eq = ys_equal (vm, l->items[i], item);
            if (eq != 0)
              return eq;
            if (!ys_vm_poll_stop (vm, i + 1))
              return -1;
          }
        return 0;
      }
    case YS_KIND_TUPLE:
      for (gsize i = 0; i < ys_tuple_len (container); i++)
        {
          int eq = ys_equal (vm, ys_tuple_get (container, i), item);
          if (eq != 0)
            return eq;
          if (!ys_vm_poll_stop (vm, i + 1))
            return -1;
        }
      return 0;
    case YS_KIND_RANGE:
      return ys_range_contains (vm, container, item);
    case YS_KIND_INSTANCE:
      {
        gboolean found;
        YsValue r = call_dunder (vm, container, vm->s_contains, 1, &item, &found);
        if (found)
          {
            int t;
            if (r == YS_NULL)
              return -1;
            t = ys_truthy (vm, r);
            ys_decref (vm, r);
            return t;
          }
        break;
      }
    default:
      break;
    }
  {
    YsValue it = ys_iter (vm, container), x;
    if (it == YS_NULL)
      {
        if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
          {
            ys_exc_clear (vm);
            ys_raise (vm, YS_EXC_TYPE_ERROR, "argument of type '%s' is not iterable",
                      ys_type_name_of (vm, container));
          }
        return -1;
      }
    while ((x = ys_next (vm, it)) != YS_NULL)
      {
        int eq = ys_equal (vm, x, item);
        ys_decref (vm, x);
        if (eq != 0)
          {
            ys_decref (vm, it);
            return eq;
          }
      }
    ys_decref (vm, it);
    return vm->exc != YS_NULL ? -1 : 0;
  }
}

gssize
ys_len (YsVM    *vm,
        YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_STR:
      return ys_str_as (v)->length;
    case YS_KIND_LIST:
      return (gssize) ys_list_as (v)->length;
    case YS_KIND_TUPLE:
      return (gssize) ys_tuple_len (v);
    case YS_KIND_DICT:
      return (gssize) ys_dict_len (v);
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      return (gssize) ys_set_len (v);
    case YS_KIND_DICTVIEW:
      return ys_dictview_len (v);
    case YS_KIND_RANGE:
      {
        gssize n;
        if (!ys_index_to_ssize (vm, ((YsRange *) ys_obj (v))->length, &n))
          {
            ys_exc_clear (vm);
            ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            return -1;
          }
        return n;
      }
    case YS_KIND_INSTANCE:
      {
        gboolean found;
        YsValue r = call_dunder (vm, v, vm->s_len, 0, NULL, &found);
        if (found)
          {
            gssize n;
            if (r == YS_NULL)
              return -1;
            if (!ys_is_int (vm, r))
              {
                ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                          ys_type_name_of (vm, r));
                ys_decref (vm, r);
                return -1;
              }
            if (!ys_index_to_ssize (vm, r, &n))
              {
                ys_decref (vm, r);
                return -1;
              }
            ys_decref (vm, r);
            if (n < 0)
              {
                ys_raise (vm, YS_EXC_VALUE_ERROR, "__len__() should return >= 0");
                return -1;
              }
            return n;
          }
        break;
      }
    default:
      break;
    }
  ys_raise (vm, YS_EXC_TYPE_ERROR, "object of type '%s' has no len()", ys_type_name_of (vm, v));
  return -1;
}

/* Constants are shared by the compiler when they are the same value of the same type
 * (1 and 1.0 and True are not). */
gboolean
ys_const_identical (YsValue a,
                    YsValue b)
{
  YsObject *oa, *ob;

  if (a == b)
    return TRUE;
  if (ys_is_small (a) || ys_is_small (b))
    return FALSE;
  oa = ys_obj (a);
  ob = ys_obj (b);
  if (oa->type != ob->type)
    return FALSE;
  switch (oa->type->kind)
    {
    case YS_KIND_STR:
      return ys_str_equal ((YsStr *) oa, (YsStr *) ob);
    case YS_KIND_INT:
      return mpz_cmp (((YsInt *) oa)->value, ((YsInt *) ob)->value) == 0;
    case YS_KIND_FLOAT:
      return memcmp (&((YsFloat *) oa)->value, &((YsFloat *) ob)->value, sizeof (double)) == 0;
    default:
      return FALSE;
    }
}

/* Arguments */

gboolean
ys_args_no_keywords (YsVM       *vm,
                     const char *name,
                     YsValue     kwnames)
{
  if (ys_kw_count (kwnames) > 0)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no keyword arguments", name);
      return FALSE;
    }
  return TRUE;
}

gboolean
ys_args_check (YsVM       *vm,
               const char *name,
               int         argc,
               YsValue     kwnames,
               int         min,
               int         max)
{
  if (!ys_args_no_keywords (vm, name, kwnames))
    return FALSE;
  if (argc >= min && argc <= max)
    return TRUE;
  if (min == max)
    {
      if (min == 0)
        ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no arguments (%d given)", name, argc);
      else if (min == 1)
        ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes exactly one argument (%d given)", name, argc);
      else
        ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected %d arguments, got %d", name, min, argc);
    }
  else if (argc < min)
    ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected at least %d argument%s, got %d", name, min,
              min == 1 ? "" : "s", argc);
  else
    ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected at most %d argument%s, got %d", name, max,
              max == 1 ? "" : "s", argc);
  return FALSE;
}

/* The parameter @kw names among the ones that may come by keyword, or -1. */
static int
keyword_parameter (const char        *kw,
                   const char *const *names,
                   int                nposonly,
                   int                nparams)
{
  for (int i = nposonly; i < nparams; i++)
    if (g_str_equal (kw, names[i]))
      return i;
  return -1;
}

gboolean
ys_args_bind (YsVM              *vm,
              const char        *fname,
              const char *const *names,
              int                nparams,
              int                nposonly,
              int                maxpos,
              int                nrequired,
              int                argc,
              const YsValue     *argv,
              YsValue            kwnames,
              YsValue           *out)
{
  int nkw = ys_kw_count (kwnames);
  int used = 0;

  if (argc + nkw > nparams)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes at most %d %sargument%s (%d given)", fname, nparams,
                argc == 0 ? "keyword " : "", nparams == 1 ? "" : "s", argc + nkw);
      return FALSE;
    }
  if (argc > maxpos)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)", fname,
                nrequired < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", argc);
      return FALSE;
    }
  if (argc < nposonly)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)", fname,
                nposonly < maxpos ? "at least" : "exactly", nposonly, nposonly == 1 ? "" : "s", argc);
      return FALSE;
    }
  for (int i = 0; i < nparams; i++)
    {
      out[i] = i < argc ? argv[i] : YS_NULL;
      for (int k = 0; i >= argc && k < nkw; k++)
        if (g_str_equal (ys_kw_name (kwnames, k), names[i]))
          {
            out[i] = argv[argc + k];
            used++;
            break;
          }
      if (out[i] == YS_NULL && i < nrequired)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() missing required argument '%s' (pos %d)", fname, names[i],
                    i + 1);
          return FALSE;
        }
    }
  if (used == nkw)
    return TRUE;
  /* A keyword was left over: it named a parameter given by position, or none that may
   * come by keyword. */
  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      int p = keyword_parameter (kw, names, nposonly, nparams);
      if (p < 0)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", kw, fname);
          return FALSE;
        }
      if (p < argc)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%d)", fname, kw,
                    p + 1);
          return FALSE;
        }
    }
  return TRUE;
}

YsValue
ys_args_keyword (YsVM          *vm,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames,
                 const char    *kw)
{
  if (kwnames == YS_NULL)
    return YS_NULL;
  for (gsize i = 0; i < ys_tuple_len (kwnames); i++)
    if (g_str_equal (ys_str_data (ys_tuple_get (kwnames, i)), kw))
      return argv[argc + i];
  return YS_NULL;
}

gboolean
ys_args_only_keywords (YsVM              *vm,
                       const char        *fname,
                       YsValue            kwnames,
                       const char *const *allowed)
{
  if (kwnames == YS_NULL)
    return TRUE;
  for (gsize i = 0; i < ys_tuple_len (kwnames); i++)
    {
      const char *name = ys_str_data (ys_tuple_get (kwnames, i));
      gboolean ok = FALSE;
      for (const char *const *a = allowed; *a != NULL; a++)
        if (g_str_equal (*a, name))
          ok = TRUE;
      if (!ok)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", name, fname);
          return FALSE;
        }
    }
  return TRUE;
}
