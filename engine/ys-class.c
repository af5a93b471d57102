/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-class.c: what classes do beyond a dict of methods — the C3 method resolution
 * order, property, staticmethod and classmethod, __slots__ members, object.__new__,
 * __init_subclass__, super()'s lookup along the MRO and type.__subclasses__(); and the
 * pieces of the language that look into namespaces: dir(), import * and dotted imports. */
#include "ys-runtime.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* One layout for the four kinds of descriptor objects. */
typedef enum {
  DESCR_PROPERTY,
  DESCR_STATICMETHOD,
  DESCR_CLASSMETHOD,
  DESCR_MEMBER,
} DescrKind;

typedef struct
{
  YsObject   base;
  DescrKind  which;
  YsValue    fget;     /* property: the getter; static/classmethod: the function */
  YsValue    fset;
  YsValue    fdel;
  YsValue    doc;
  YsStr     *name;     /* property: the class attribute it was found under; member: its name */
  YsType    *owner;    /* member: the class with the __slots__ (borrowed: it holds us) */
} Descr;

static const char *const descr_type_names[] = {
  "property", "staticmethod", "classmethod", "member_descriptor"
};

static YsType *
descr_type (YsVM      *vm,
            DescrKind  which)
{
  return g_hash_table_lookup (vm->iterator_types, descr_type_names[which]);
}

gboolean
ys_is_descriptor_object (YsVM    *vm,
                         YsValue  v)
{
  return !ys_is_small (v) && (ys_obj (v)->type->flags & YS_TYPE_PYDESCR) != 0;
}

/* Whether @v decides assignments to its attribute (property, __slots__ member). */
static gboolean
is_data_descriptor (YsVM    *vm,
                    YsValue  v)
{
  return ys_is_descriptor_object (vm, v) &&
         (((Descr *) ys_obj (v))->which == DESCR_PROPERTY || ((Descr *) ys_obj (v))->which == DESCR_MEMBER);
}

static void
descr_clear (YsVM     *vm,
             YsObject *obj)
{
  Descr *d = (Descr *) obj;

  ys_clear (vm, &d->fget);
  ys_clear (vm, &d->fset);
  ys_clear (vm, &d->fdel);
  ys_clear (vm, &d->doc);
}

static void
descr_dealloc (YsVM     *vm,
               YsObject *obj)
{
  Descr *d = (Descr *) obj;

  descr_clear (vm, obj);
  if (d->name != NULL)
    ys_decref (vm, ys_val (d->name));
  d->name = NULL;
  ys_free_object (vm, obj);
}

static Descr *
descr_new (YsVM      *vm,
           DescrKind  which,
           YsValue    fget)
{
  Descr *d = (Descr *) ys_gc_alloc (vm, descr_type (vm, which), sizeof (Descr));

  if (d == NULL)
    return NULL;
  d->which = which;
  d->fget = fget != YS_NULL ? ys_ref (fget) : YS_NULL;
  return d;
}

/* The property's name for its messages: where the class holds it, else its getter's. */
static char *
property_name (YsVM  *vm,
               Descr *d)
{
  if (d->name != NULL)
    return g_strdup (d->name->data);
  if (d->fget != YS_NULL && ys_kind (vm, d->fget) == YS_KIND_FUNCTION)
    return g_strdup (((YsFunction *) ys_obj (d->fget))->name->data);
  return NULL;
}

static YsValue
property_missing (YsVM       *vm,
                  Descr      *d,
                  YsValue     obj,
                  const char *what)
{
  g_autofree char *name = property_name (vm, d);

  if (name != NULL)
    return ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "property '%s' of '%s' object has no %s", name,
                     ys_type_name_of (vm, obj), what);
  return ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "property of '%s' object has no %s",
                   ys_type_name_of (vm, obj), what);
}

static YsValue
member_missing (YsVM    *vm,
                Descr   *d,
                YsValue  obj)
{
  return ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                   ys_type_name_of (vm, obj), d->name->data);
}

/* __slots__ values live in the instance's dict, which the program cannot reach. */
static YsValue *
slot_dict (YsVM    *vm,
           YsValue  obj)
{
  if (ys_type_of (vm, obj)->flags & YS_TYPE_HAS_SLOTS)
    return &((YsSlottedInstance *) ys_obj (obj))->slots;
  switch (ys_kind (vm, obj))
    {
    case YS_KIND_INSTANCE:
      return &((YsInstance *) ys_obj (obj))->dict;
    case YS_KIND_EXCEPTION:
      return &((YsException *) ys_obj (obj))->dict;
    default:
      return NULL;
    }
}

YsValue
ys_descriptor_get (YsVM    *vm,
                   YsValue  descr,
                   YsValue  obj,
                   YsType  *type)
{
  Descr *d = (Descr *) ys_obj (descr);

  switch (d->which)
    {
    case DESCR_PROPERTY:
      if (obj == YS_NULL)
        return ys_ref (descr);
      if (d->fget == YS_NULL || ys_is_none (vm, d->fget))
        return property_missing (vm, d, obj, "getter");
      return ys_call1 (vm, d->fget, obj);
    case DESCR_STATICMETHOD:
      return ys_ref (d->fget);
    case DESCR_CLASSMETHOD:
      return ys_method_new (vm, d->fget, ys_val (type));
    case DESCR_MEMBER:
      {
        YsValue *dict, v;
        if (obj == YS_NULL)
          return ys_ref (descr);
        if (!ys_isinstance (vm, obj, d->owner))
          return ys_raise (vm, YS_EXC_TYPE_ERROR,
                           "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                           d->name->data, ys_type_name (d->owner), ys_type_name_of (vm, obj));
        dict = slot_dict (vm, obj);
        v = dict != NULL && *dict != YS_NULL ? ys_dict_get_str (vm, *dict, d->name) : YS_NULL;
        if (v == YS_NULL)
          return member_missing (vm, d, obj);
        return ys_ref (v);
      }
    }
  g_assert_not_reached ();
}

int
ys_descriptor_set (YsVM    *vm,
                   YsValue  descr,
                   YsValue  obj,
                   YsValue  value)
{
  Descr *d = (Descr *) ys_obj (descr);

  if (d->which == DESCR_PROPERTY)
    {
      YsValue f = value != YS_NULL ? d->fset : d->fdel, r;
      if (f == YS_NULL || ys_is_none (vm, f))
        {
          property_missing (vm, d, obj, value != YS_NULL ? "setter" : "deleter");
          return -1;
        }
      if (value != YS_NULL)
        {
          YsValue args[2] = { obj, value };
          r = ys_call (vm, f, 2, args, YS_NULL);
        }
      else
        r = ys_call1 (vm, f, obj);
      if (r == YS_NULL)
        return -1;
      ys_decref (vm, r);
      return 1;
    }
  if (d->which == DESCR_MEMBER)
    {
      YsValue *dict = slot_dict (vm, obj);
      if (dict == NULL)
        return 0;
      if (value == YS_NULL)
        {
          int r = *dict != YS_NULL ? ys_dict_del (vm, *dict, ys_val (d->name)) : 0;
          if (r == 0)
            member_missing (vm, d, obj);
          return r > 0 ? 1 : -1;
        }
      if (*dict == YS_NULL && (*dict = ys_dict_new (vm)) == YS_NULL)
        return -1;
      return ys_dict_set (vm, *dict, ys_val (d->name), value) == 0 ? 1 : -1;
    }
  return 0;
}

/* The descriptor a class's MRO holds for @name that decides its assignment, or NULL. */
YsValue
ys_class_data_descriptor (YsVM    *vm,
                          YsType  *type,
                          YsStr   *name)
{
  YsValue attr = ys_type_lookup (type, name);

  return attr != YS_NULL && is_data_descriptor (vm, attr) ? attr : YS_NULL;
}

FUNC (builtin_dir);
static void alias_init (YsVM *vm);

/* property */

FUNC (property_new)
{
  static const char *const names[] = { "fget", "fset", "fdel", "doc" };
  YsValue args[4];
  Descr *d;

  if (!ys_args_bind (vm, "property", names, 4, 0, 4, 0, argc, argv, kwnames, args))
    return YS_NULL;
  d = descr_new (vm, DESCR_PROPERTY, args[0] != YS_NULL && !ys_is_none (vm, args[0]) ? args[0] : YS_NULL);
  if (d == NULL)
    return YS_NULL;
  if (args[1] != YS_NULL && !ys_is_none (vm, args[1]))
    d->fset = ys_ref (args[1]);
  if (args[2] != YS_NULL && !ys_is_none (vm, args[2]))
    d->fdel = ys_ref (args[2]);
  if (args[3] != YS_NULL && !ys_is_none (vm, args[3]))
    d->doc = ys_ref (args[3]);
  return ys_val (d);
}

/* getter, setter and deleter: a copy with one function replaced. */
static YsValue
property_copy (YsVM    *vm,
               YsValue  self,
               int      argc,
               const YsValue *argv,
               YsValue  kwnames,
               const char *what,
               int      which)
{
  Descr *old = (Descr *) ys_obj (self), *d;
  YsValue f;

  if (!ys_args_check (vm, what, argc, kwnames, 1, 1))
    return YS_NULL;
  f = ys_is_none (vm, argv[0]) ? YS_NULL : argv[0];
  d = descr_new (vm, DESCR_PROPERTY, which == 0 ? f : old->fget);
  if (d == NULL)
    return YS_NULL;
  d->fset = which == 1 ? f : old->fset;
  d->fdel = which == 2 ? f : old->fdel;
  if (d->fset != YS_NULL)
    ys_incref (d->fset);
  if (d->fdel != YS_NULL)
    ys_incref (d->fdel);
  d->doc = old->doc != YS_NULL ? ys_ref (old->doc) : YS_NULL;
  d->name = old->name != NULL ? (YsStr *) ys_obj (ys_ref (ys_val (old->name))) : NULL;
  return ys_val (d);
}

FUNC (property_getter)
{
  return property_copy (vm, self, argc, argv, kwnames, "getter", 0);
}

FUNC (property_setter)
{
  return property_copy (vm, self, argc, argv, kwnames, "setter", 1);
}

FUNC (property_deleter)
{
  return property_copy (vm, self, argc, argv, kwnames, "deleter", 2);
}

FUNC (property_get)
{
  if (!ys_args_check (vm, "__get__", argc, kwnames, 1, 2))
    return YS_NULL;
  if (ys_is_none (vm, argv[0]))
    return ys_ref (self);
  return ys_descriptor_get (vm, self, argv[0], ys_type_of (vm, argv[0]));
}

FUNC (property_set)
{
  if (!ys_args_check (vm, "__set__", argc, kwnames, 2, 2))
    return YS_NULL;
  return ys_descriptor_set (vm, self, argv[0], argv[1]) < 0 ? YS_NULL : ys_none (vm);
}

static YsValue
descr_field (YsVM    *vm,
             YsValue  obj,
             gssize   index)
{
  Descr *d = (Descr *) ys_obj (obj);
  YsValue v = index == 0 ? d->fget : index == 1 ? d->fset : index == 2 ? d->fdel : d->doc;

  if (index == 3 && v == YS_NULL && d->fget != YS_NULL)
    {
      /* A property's doc is its getter's when not given. */
      YsValue doc = ys_getattr (vm, d->fget, vm->s_doc);
      if (doc == YS_NULL)
        ys_exc_clear (vm);
      return doc != YS_NULL ? doc : ys_none (vm);
    }
  return v != YS_NULL ? ys_ref (v) : ys_none (vm);
}

static YsValue
descr_name (YsVM    *vm,
            YsValue  obj,
            gssize   index)
{
  Descr *d = (Descr *) ys_obj (obj);

  (void) index;
  if (d->which == DESCR_MEMBER || d->which == DESCR_PROPERTY)
    {
      g_autofree char *name = d->which == DESCR_MEMBER ? g_strdup (d->name->data) : property_name (vm, d);
      if (name == NULL)
        return ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'property' object has no attribute '__name__'");
      return ys_str_new (vm, name, -1);
    }
  return ys_getattr (vm, d->fget, vm->s_name);
}

/* staticmethod and classmethod */

static YsValue
method_wrapper_new (YsVM          *vm,
                    DescrKind      which,
                    int            argc,
                    const YsValue *argv,
                    YsValue        kwnames)
{
  Descr *d;

  if (!ys_args_no_keywords (vm, descr_type_names[which], kwnames))
    return YS_NULL;
  if (argc != 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s expected 1 argument, got %d", descr_type_names[which], argc);
  d = descr_new (vm, which, argv[0]);
  return d != NULL ? ys_val (d) : YS_NULL;
}

FUNC (staticmethod_new)
{
  return method_wrapper_new (vm, DESCR_STATICMETHOD, argc, argv, kwnames);
}

FUNC (classmethod_new)
{
  return method_wrapper_new (vm, DESCR_CLASSMETHOD, argc, argv, kwnames);
}

FUNC (descr_repr)
{
  Descr *d = (Descr *) ys_obj (self);
  YsValue inner, r;

  if (d->which == DESCR_MEMBER)
    return ys_str_printf (vm, "<member '%s' of '%s' objects>", d->name->data, ys_type_name (d->owner));
  if (d->which == DESCR_PROPERTY)
    return ys_str_printf (vm, "<property object at %p>", (void *) ys_obj (self));
  inner = ys_repr (vm, d->fget);
  if (inner == YS_NULL)
    return YS_NULL;
  r = ys_str_printf (vm, "<%s(%s)>", descr_type_names[d->which], ys_str_data (inner));
  ys_decref (vm, inner);
  return r;
}

/* A static method is callable as its function is (Python 3.10). */
FUNC (staticmethod_call)
{
  return ys_call (vm, ((Descr *) ys_obj (self))->fget, argc, argv, kwnames);
}

/* The C3 linearization */

YsValue
ys_type_mro (YsVM   *vm,
             YsType *t)
{
  YsValue list, tuple;

  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    return YS_NULL;
  if (t->mro != YS_NULL)
    {
      ys_list_append (vm, list, ys_val (t));
      ys_list_extend (vm, list, t->mro);
    }
  else
    for (YsType *b = t; b != NULL; b = b->base_type)
      ys_list_append (vm, list, ys_val (b));
  tuple = ys_list_to_tuple (vm, list);
  ys_decref (vm, list);
  return tuple;
}

/* Whether @t is in the tail (all but the head) of a sequence still to merge. */
static gboolean
in_tail (GPtrArray *seqs,
         guint     *heads,
         YsType    *t)
{
  for (guint i = 0; i < seqs->len; i++)
    {
      YsValue seq = ys_val (seqs->pdata[i]);
      for (gsize k = heads[i] + 1; k < ys_tuple_len (seq); k++)
        if ((YsType *) ys_obj (ys_tuple_get (seq, k)) == t)
          return TRUE;
    }
  return FALSE;
}

YsValue
ys_type_compute_mro (YsVM    *vm,
                     YsType  *type,
                     YsValue  bases)
{
  gsize n = ys_tuple_len (bases);
  GPtrArray *seqs = g_ptr_array_new ();
  guint *heads;
  YsValue result = ys_list_new (vm, 0), tuple;
  gboolean ok = TRUE;

  for (gsize i = 0; i < n; i++)
    for (gsize j = i + 1; j < n; j++)
      if (ys_tuple_get (bases, i) == ys_tuple_get (bases, j))
        {
          g_ptr_array_unref (seqs);
          ys_decref (vm, result);
          return ys_raise (vm, YS_EXC_TYPE_ERROR, "duplicate base class %s",
                           ys_type_name ((YsType *) ys_obj (ys_tuple_get (bases, i))));
        }
  /* The bases' MROs, then the list of bases itself. */
  for (gsize i = 0; i < n; i++)
    g_ptr_array_add (seqs, (gpointer) ys_type_mro (vm, (YsType *) ys_obj (ys_tuple_get (bases, i))));
  g_ptr_array_add (seqs, (gpointer) ys_ref (bases));
  heads = g_new0 (guint, seqs->len);
  ys_list_append (vm, result, ys_val (type));
  for (;;)
    {
      YsType *next = NULL;
      gboolean any = FALSE;
      for (guint i = 0; i < seqs->len && next == NULL; i++)
        {
          YsValue seq = ys_val (seqs->pdata[i]);
          YsType *candidate;
          if (heads[i] >= ys_tuple_len (seq))
            continue;
          any = TRUE;
          candidate = (YsType *) ys_obj (ys_tuple_get (seq, heads[i]));
          if (!in_tail (seqs, heads, candidate))
            next = candidate;
        }
      if (!any)
        break;
      if (next == NULL)
        {
          /* The bases left unmerged, named as CPython names them (on two lines). */
          GString *names = g_string_new (NULL);
          GPtrArray *seen = g_ptr_array_new ();
          for (guint i = 0; i < seqs->len; i++)
            {
              YsValue seq = ys_val (seqs->pdata[i]);
              YsType *t;
              if (heads[i] >= ys_tuple_len (seq))
                continue;
              t = (YsType *) ys_obj (ys_tuple_get (seq, heads[i]));
              if (g_ptr_array_find (seen, t, NULL))
                continue;
              g_ptr_array_add (seen, t);
              g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", ys_type_name (t));
            }
          ys_raise (vm, YS_EXC_TYPE_ERROR,
                    "Cannot create a consistent method resolution\norder (MRO) for bases %s", names->str);
          g_string_free (names, TRUE);
          g_ptr_array_unref (seen);
          ok = FALSE;
          break;
        }
      ys_list_append (vm, result, ys_val (next));
      for (guint i = 0; i < seqs->len; i++)
        {
          YsValue seq = ys_val (seqs->pdata[i]);
          if (heads[i] < ys_tuple_len (seq) && (YsType *) ys_obj (ys_tuple_get (seq, heads[i])) == next)
            heads[i]++;
        }
    }
  for (guint i = 0; i < seqs->len; i++)
    ys_decref (vm, ys_val (seqs->pdata[i]));
  g_ptr_array_unref (seqs);
  g_free (heads);
  if (!ok)
    {
      ys_decref (vm, result);
      return YS_NULL;
    }
  tuple = ys_list_to_tuple (vm, result);
  ys_decref (vm, result);
  return tuple;
}

/* type methods: mro() and __subclasses__() */

FUNC (type_mro_method)
{
  YsValue t, list;

  if (!ys_args_check (vm, "mro", argc, kwnames, 0, 0))
    return YS_NULL;
  t = ys_type_mro (vm, (YsType *) ys_obj (self));
  if (t == YS_NULL)
    return YS_NULL;
  list = ys_list_from_iterable (vm, t);
  ys_decref (vm, t);
  return list;
}

static gboolean
has_base (YsType *t,
          YsType *base)
{
  if (t->bases != YS_NULL)
    {
      for (gsize i = 0; i < ys_tuple_len (t->bases); i++)
        if ((YsType *) ys_obj (ys_tuple_get (t->bases, i)) == base)
          return TRUE;
      return FALSE;
    }
  return t->base_type == base;
}

/* The classes alive whose bases name this one, oldest first: the heap's list of
 * containers knows them all, and the question is rare enough to walk it. */
FUNC (type_subclasses)
{
  YsType *t = (YsType *) ys_obj (self);
  YsValue list;

  if (!ys_args_check (vm, "__subclasses__", argc, kwnames, 0, 0))
    return YS_NULL;
  list = ys_list_new (vm, 0);
  for (YsGCHead *h = vm->gc_list.prev; list != YS_NULL && h != &vm->gc_list; h = h->prev)
    {
      YsObject *obj = (YsObject *) (h + 1);
      if (obj->type->kind == YS_KIND_TYPE && obj->refcnt > 0 && obj != (YsObject *) t &&
          (((YsType *) obj)->flags & YS_TYPE_HEAP) && has_base ((YsType *) obj, t) &&
          !ys_list_append (vm, list, ys_val (obj)))
        ys_clear (vm, &list);
    }
  return list;
}

YsValue
ys_type_meta_attribute (YsVM    *vm,
                        YsValue  type,
                        YsStr   *name)
{
  if (g_str_equal (name->data, "mro"))
    return ys_builtin_new (vm, "mro", type_mro_method, type);
  if (g_str_equal (name->data, "__subclasses__"))
    return ys_builtin_new (vm, "__subclasses__", type_subclasses, type);
  return YS_NULL;
}

/* super()'s lookup: the classes after @start in the MRO of obj's class (or of obj, a
 * class, in a classmethod). */
YsValue
ys_super_lookup (YsVM    *vm,
                 YsType  *start,
                 YsValue  obj,
                 YsStr   *name)
{
  gboolean is_type = ys_kind (vm, obj) == YS_KIND_TYPE && ys_type_is_subtype ((YsType *) ys_obj (obj), start);
  YsType *objtype = is_type ? (YsType *) ys_obj (obj) : ys_type_of (vm, obj);
  YsValue mro = ys_type_mro (vm, objtype), attr = YS_NULL;
  gsize i = 0, n;

  if (mro == YS_NULL)
    return YS_NULL;
  n = ys_tuple_len (mro);
  while (i < n && (YsType *) ys_obj (ys_tuple_get (mro, i)) != start)
    i++;
  for (i++; i < n && attr == YS_NULL; i++)
    {
      YsType *t = (YsType *) ys_obj (ys_tuple_get (mro, i));
      attr = t->dict != YS_NULL ? ys_dict_get_str (vm, t->dict, name) : YS_NULL;
    }
  ys_decref (vm, mro);
  if (attr == YS_NULL)
    return ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'super' object has no attribute '%s'", name->data);
  if (ys_is_descriptor_object (vm, attr))
    return ys_descriptor_get (vm, attr, is_type ? YS_NULL : obj, objtype);
  switch (ys_kind (vm, attr))
    {
    case YS_KIND_FUNCTION:
      return is_type ? ys_ref (attr) : ys_method_new (vm, attr, obj);
    case YS_KIND_BUILTIN:
      if (((YsBuiltin *) ys_obj (attr))->is_method && !is_type)
        return ys_builtin_new (vm, ((YsBuiltin *) ys_obj (attr))->name->data,
                               ((YsBuiltin *) ys_obj (attr))->func, obj);
      return ys_ref (attr);
    default:
      return ys_ref (attr);
    }
}

YsType *
ys_frame_class_cell (YsVM    *vm,
                     YsFrame *frame)
{
  YsCode *code = frame->code;

  for (int i = 0; i < code->nfrees; i++)
    {
      YsValue name = ys_tuple_get (code->cellnames, (gsize) (code->ncells + i));
      if (g_str_equal (ys_str_data (name), "__class__"))
        {
          YsValue cell = frame->localsplus[code->nlocals + code->ncells + i];
          YsValue klass = cell != YS_NULL ? ((YsCell *) ys_obj (cell))->ref : YS_NULL;
          return klass != YS_NULL && ys_kind (vm, klass) == YS_KIND_TYPE ? (YsType *) ys_obj (klass) : NULL;
        }
    }
  return NULL;
}

/* object.__new__ and object.__init_subclass__ */

static gboolean
overrides (YsVM   *vm,
           YsType *type,
           YsStr  *name)
{
  YsValue own = ys_type_lookup (type, name);
  YsValue base = ys_dict_get_str (vm, vm->types[YS_KIND_OBJECT]->dict, name);

  return own != base;
}

FUNC (object_new)
{
  YsType *type;

  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "object.__new__(): not enough arguments");
  if (ys_kind (vm, argv[0]) != YS_KIND_TYPE)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "object.__new__(X): X is not a type object (%s)",
                     ys_type_name_of (vm, argv[0]));
  type = (YsType *) ys_obj (argv[0]);
  if (argc > 1 || ys_kw_count (kwnames) > 0)
    {
      if (overrides (vm, type, vm->s_new))
        return ys_raise (vm, YS_EXC_TYPE_ERROR,
                         "object.__new__() takes exactly one argument (the type to instantiate)");
      if (!overrides (vm, type, vm->s_init))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no arguments", ys_type_name (type));
    }
  if (type == vm->types[YS_KIND_OBJECT])
    return ys_val (ys_alloc (vm, type, sizeof (YsObject)));
  if (!(type->flags & YS_TYPE_HEAP) || type->kind != YS_KIND_INSTANCE)
    {
      YsType *solid = type;
      while (solid->flags & YS_TYPE_HEAP)
        solid = solid->base_type;
      return ys_raise (vm, YS_EXC_TYPE_ERROR, "object.__new__(%s) is not safe, use %s.__new__()",
                       ys_type_name (type), ys_type_name (solid));
    }
  return ys_val (ys_gc_alloc (vm, type, ys_instance_size (type)));
}

/* Reached as a class method: the class comes first. */
FUNC (object_init_subclass)
{
  if (argc > 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "object.__init_subclass__() takes no arguments (%d given)", argc - 1);
  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s.__init_subclass__() takes no keyword arguments",
                     argc > 0 && ys_kind (vm, argv[0]) == YS_KIND_TYPE ? ys_type_name ((YsType *) ys_obj (argv[0]))
                                                                      : "object");
  return ys_none (vm);
}

/* object.__repr__ and __str__, BaseException's: what super().__str__ () reaches. */
FUNC (object_repr)
{
  return ys_args_check (vm, "__repr__", argc, kwnames, 0, 0) ? ys_repr_builtin (vm, self) : YS_NULL;
}

FUNC (object_str)
{
  return ys_args_check (vm, "__str__", argc, kwnames, 0, 0) ? ys_repr (vm, self) : YS_NULL;
}

FUNC (exception_repr)
{
  return ys_args_check (vm, "__repr__", argc, kwnames, 0, 0) ? ys_exception_repr (vm, self) : YS_NULL;
}

FUNC (exception_str)
{
  return ys_args_check (vm, "__str__", argc, kwnames, 0, 0) ? ys_exception_str (vm, self) : YS_NULL;
}

FUNC (object_getattribute)
{
  if (!ys_args_check (vm, "__getattribute__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_kind (vm, argv[0]) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "attribute name must be string, not '%s'",
                     ys_type_name_of (vm, argv[0]));
  return ys_generic_getattr (vm, self, ys_str_as (argv[0]));
}

/* What a class body's namespace becomes in the class: __new__ is a static method and
 * __init_subclass__ a class method without saying so; properties learn their names. */
gboolean
ys_class_prepare (YsVM    *vm,
                  YsType  *type,
                  YsValue  ns)
{
  gsize pos = 0;
  YsValue k, v;

  while (ys_dict_next (type->dict, &pos, &k, &v))
    {
      DescrKind wrap;
      if (ys_kind (vm, v) != YS_KIND_FUNCTION)
        {
          if (ys_is_descriptor_object (vm, v) && ((Descr *) ys_obj (v))->which == DESCR_PROPERTY &&
              ((Descr *) ys_obj (v))->name == NULL)
            ((Descr *) ys_obj (v))->name = (YsStr *) ys_obj (ys_ref (k));
          if (is_data_descriptor (vm, v))
            type->flags |= YS_TYPE_HOOKS;
          continue;
        }
      if (g_str_equal (ys_str_data (k), "__new__"))
        wrap = DESCR_STATICMETHOD;
      else if (g_str_equal (ys_str_data (k), "__init_subclass__"))
        wrap = DESCR_CLASSMETHOD;
      else
        continue;
      {
        Descr *d = descr_new (vm, wrap, v);
        if (d == NULL || ys_dict_set (vm, type->dict, k, ys_val (d)) < 0)
          {
            if (d != NULL)
              ys_decref (vm, ys_val (d));
            return FALSE;
          }
        ys_decref (vm, ys_val (d));
        pos = 0;   /* the dict may have changed under the walk: start again */
      }
    }
  (void) ns;
  return TRUE;
}

/* __slots__: each name becomes a member; without "__dict__" among them (here or in a
 * base) instances take no other attribute. */
gboolean
ys_class_make_slots (YsVM   *vm,
                     YsType *type)
{
  YsStr *key = ys_str_interned (vm, "__slots__");
  YsValue slots = ys_dict_get_str (vm, type->dict, key), names;
  gboolean has_dict = FALSE;

  if (slots == YS_NULL)
    return TRUE;
  names = ys_kind (vm, slots) == YS_KIND_STR ? ys_tuple_pack (vm, 1, ys_ref (slots)) : ys_sequence_to_tuple (vm, slots);
  if (names == YS_NULL)
    return FALSE;
  for (gsize i = 0; i < ys_tuple_len (names); i++)
    {
      YsValue name = ys_tuple_get (names, i);
      Descr *d;
      if (ys_kind (vm, name) != YS_KIND_STR)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "__slots__ items must be strings, not '%s'", ys_type_name_of (vm, name));
          ys_decref (vm, names);
          return FALSE;
        }
      if (g_str_equal (ys_str_data (name), "__dict__"))
        {
          has_dict = TRUE;
          continue;
        }
      if (ys_dict_get_str (vm, type->dict, ys_str_as (name)) != YS_NULL)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "'%s' in __slots__ conflicts with class variable", ys_str_data (name));
          ys_decref (vm, names);
          return FALSE;
        }
      d = descr_new (vm, DESCR_MEMBER, YS_NULL);
      if (d == NULL)
        {
          ys_decref (vm, names);
          return FALSE;
        }
      d->name = (YsStr *) ys_obj (ys_ref (name));
      d->owner = type;
      ys_dict_set (vm, type->dict, name, ys_val (d));
      ys_decref (vm, ys_val (d));
    }
  ys_decref (vm, names);
  type->flags |= YS_TYPE_HOOKS;
  if (type->dealloc != NULL && type->kind == YS_KIND_INSTANCE && !(type->base_type->flags & YS_TYPE_HAS_SLOTS))
    {
      /* The slots get their own storage only where this file and ys_type_call make the
       * instances: the program's classes above object alone. */
      gboolean plain = TRUE;
      YsValue mro = ys_type_mro (vm, type);
      for (gsize i = 1; mro != YS_NULL && i < ys_tuple_len (mro); i++)
        {
          YsType *b = (YsType *) ys_obj (ys_tuple_get (mro, i));
          if (!(b->flags & YS_TYPE_HEAP) ? b != vm->types[YS_KIND_OBJECT] : b->new_func != NULL)
            plain = FALSE;
        }
      ys_xdecref (vm, mro);
      if (plain)
        type->flags |= YS_TYPE_HAS_SLOTS;
    }
  if (!has_dict)
    {
      /* Slotted only if every class of the program above it is. */
      gboolean all = TRUE;
      YsValue mro = ys_type_mro (vm, type);
      for (gsize i = 1; mro != YS_NULL && i < ys_tuple_len (mro); i++)
        {
          YsType *b = (YsType *) ys_obj (ys_tuple_get (mro, i));
          if ((b->flags & YS_TYPE_HEAP) && !(b->flags & YS_TYPE_SLOTTED))
            all = FALSE;
        }
      ys_xdecref (vm, mro);
      if (all && type->kind == YS_KIND_INSTANCE)
        type->flags |= YS_TYPE_SLOTTED;
    }
  return TRUE;
}

/* __init_subclass__ of the first class after the new one in its MRO, with the class
 * keywords. */
gboolean
ys_class_init_subclass (YsVM    *vm,
                        YsType  *type,
                        YsValue  kwargs)
{
  YsValue f = ys_super_lookup (vm, type, ys_val (type), ys_str_interned (vm, "__init_subclass__")), r;
  YsValue kwnames = YS_NULL, *values = NULL;
  gsize n = kwargs != YS_NULL ? ys_dict_len (kwargs) : 0, pos = 0, i = 0;
  YsValue k, v;

  if (f == YS_NULL)
    return FALSE;
  if (n > 0)
    {
      kwnames = ys_tuple_new (vm, n);
      values = g_new (YsValue, n);
      while (ys_dict_next (kwargs, &pos, &k, &v))
        {
          ys_tuple_set (kwnames, i, ys_ref (k));
          values[i++] = v;
        }
    }
  r = ys_call (vm, f, 0, values, kwnames);
  g_free (values);
  ys_xdecref (vm, kwnames);
  ys_decref (vm, f);
  if (r == YS_NULL)
    return FALSE;
  ys_decref (vm, r);
  return TRUE;
}

static YsType *
make_descr_type (YsVM      *vm,
                 DescrKind  which)
{
  YsType *t = ys_native_type (vm, descr_type_names[which], YS_KIND_OBJECT, vm->types[YS_KIND_OBJECT],
                              YS_TYPE_PYDESCR | YS_TYPE_SLOTS | YS_TYPE_GC);
  static const YsMethodDef repr_methods[] = { { "__repr__", descr_repr }, { NULL, NULL } };

  t->dealloc = descr_dealloc;
  t->clear = descr_clear;
  ys_type_add_methods (vm, t, repr_methods);
  return t;
}

static void
set_descriptor_field (YsVM       *vm,
                      YsType     *t,
                      const char *name,
                      YsGetFunc   get,
                      gssize      index)
{
  YsValue d = ys_descriptor_new (vm, get, index);

  ys_type_set_attr (vm, t, name, d);
  ys_decref (vm, d);
}

void
ys_class_init (YsVM *vm)
{
  static const YsMethodDef property_methods[] = {
    { "getter", property_getter }, { "setter", property_setter }, { "deleter", property_deleter },
    { "__get__", property_get }, { "__set__", property_set }, { NULL, NULL }
  };
  static const YsMethodDef static_methods[] = { { "__call__", staticmethod_call }, { NULL, NULL } };
  static const YsMethodDef object_methods[] = {
    { "__getattribute__", object_getattribute }, { "__repr__", object_repr }, { "__str__", object_str },
    { NULL, NULL }
  };
  static const YsMethodDef exception_methods[] = {
    { "__repr__", exception_repr }, { "__str__", exception_str }, { NULL, NULL }
  };
  YsType *prop = make_descr_type (vm, DESCR_PROPERTY);
  YsType *sm = make_descr_type (vm, DESCR_STATICMETHOD);
  YsType *cm = make_descr_type (vm, DESCR_CLASSMETHOD);
  YsValue f;

  make_descr_type (vm, DESCR_MEMBER);
  alias_init (vm);
  prop->new_func = property_new;
  sm->new_func = staticmethod_new;
  cm->new_func = classmethod_new;
  ys_type_add_methods (vm, prop, property_methods);
  ys_type_add_methods (vm, sm, static_methods);
  set_descriptor_field (vm, prop, "fget", descr_field, 0);
  set_descriptor_field (vm, prop, "fset", descr_field, 1);
  set_descriptor_field (vm, prop, "fdel", descr_field, 2);
  set_descriptor_field (vm, prop, "__doc__", descr_field, 3);
  for (int i = 0; i < 2; i++)
    {
      YsType *t = i == 0 ? sm : cm;
      set_descriptor_field (vm, t, "__func__", descr_field, 0);
      set_descriptor_field (vm, t, "__wrapped__", descr_field, 0);
      set_descriptor_field (vm, t, "__name__", descr_name, 0);
    }
  set_descriptor_field (vm, prop, "__name__", descr_name, 0);
  f = ys_builtin_new (vm, "dir", builtin_dir, YS_NULL);
  ys_builtins_add (vm, "dir", f);
  ys_decref (vm, f);
  ys_builtins_add (vm, "property", ys_val (prop));
  ys_builtins_add (vm, "staticmethod", ys_val (sm));
  ys_builtins_add (vm, "classmethod", ys_val (cm));

  ys_type_add_methods (vm, vm->types[YS_KIND_OBJECT], object_methods);
  ys_type_add_methods (vm, vm->exc_types[YS_EXC_BASE_EXCEPTION], exception_methods);
  f = ys_builtin_new (vm, "__new__", object_new, YS_NULL);
  ys_type_set_attr (vm, vm->types[YS_KIND_OBJECT], "__new__", f);
  ys_decref (vm, f);
  {
    /* A class method of object: bound to the class it is reached from. */
    Descr *d = descr_new (vm, DESCR_CLASSMETHOD, YS_NULL);
    d->fget = ys_builtin_new (vm, "__init_subclass__", object_init_subclass, YS_NULL);
    ys_type_set_attr (vm, vm->types[YS_KIND_OBJECT], "__init_subclass__", ys_val (d));
    ys_decref (vm, ys_val (d));
  }
}

/* dir() */

/* CPython 3.11's dir() of the built-in objects a lesson looks into: their methods here
 * are fewer than CPython's slots, so the names are listed as CPython gives them. */
static const char object_names[] =
  "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ "
  "__gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ "
  "__repr__ __setattr__ __sizeof__ __str__ __subclasshook__";

static const struct
{
  YsKind      kind;
  const char *names;   /* besides object's */
} builtin_names[] = {
  { YS_KIND_LIST, "__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ "
    "__iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append clear copy count extend index "
    "insert pop remove reverse sort" },
  { YS_KIND_DICT, "__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ "
    "__or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items keys pop popitem setdefault "
    "update values" },
  { YS_KIND_STR, "__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ "
    "__rmod__ __rmul__ capitalize casefold center count encode endswith expandtabs find format "
    "format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric "
    "isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix "
    "removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip "
    "swapcase title translate upper zfill" },
  { YS_KIND_TUPLE, "__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ "
    "__mul__ __rmul__ count index" },
  { YS_KIND_SET, "__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ "
    "__len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add clear copy difference "
    "difference_update discard intersection intersection_update isdisjoint issubset issuperset pop "
    "remove symmetric_difference symmetric_difference_update union update" },
  { YS_KIND_INT, "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ "
    "__getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ "
    "__pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ "
    "__round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ "
    "__trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag "
    "numerator real to_bytes" },
  { YS_KIND_FLOAT, "__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ "
    "__getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ "
    "__rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ "
    "__truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real" },
  { YS_KIND_GENERATOR, "__del__ __iter__ __name__ __next__ __qualname__ close gi_code gi_frame "
    "gi_running gi_suspended gi_yieldfrom send throw" },
  { YS_KIND_FUNCTION, "__annotations__ __builtins__ __call__ __closure__ __code__ __defaults__ "
    "__dict__ __get__ __globals__ __kwdefaults__ __module__ __name__ __qualname__" },
};

static void
add_words (GHashTable *names,
           const char *words)
{
  g_auto (GStrv) split = g_strsplit (words, " ", -1);

  for (int i = 0; split[i] != NULL; i++)
    g_hash_table_add (names, g_strdup (split[i]));
}

static void
add_keys (GHashTable *names,
          YsValue     dict)
{
  gsize pos = 0;
  YsValue k, v;

  while (dict != YS_NULL && ys_dict_next (dict, &pos, &k, &v))
    if (ys_is_kind (NULL, k, YS_KIND_STR))
      g_hash_table_add (names, g_strdup (ys_str_data (k)));
}

/* A class's names: every class of its MRO, and what CPython keeps in each class's dict. */
static void
add_class_names (YsVM       *vm,
                 GHashTable *names,
                 YsType     *type)
{
  YsValue mro = ys_type_mro (vm, type);

  add_words (names, object_names);
  for (gsize i = 0; mro != YS_NULL && i < ys_tuple_len (mro); i++)
    {
      YsType *t = (YsType *) ys_obj (ys_tuple_get (mro, i));
      if (!(t->flags & YS_TYPE_HEAP))
        continue;
      add_keys (names, t->dict);
      g_hash_table_remove (names, "__qualname__");
      add_words (names, (t->flags & YS_TYPE_SLOTTED) ? "__module__ __doc__" : "__module__ __doc__ __dict__ __weakref__");
    }
  ys_xdecref (vm, mro);
}

static YsValue
sorted_names (YsVM       *vm,
              GHashTable *names)
{
  GList *keys = g_list_sort (g_hash_table_get_keys (names), (GCompareFunc) strcmp);
  YsValue list = ys_list_new (vm, g_hash_table_size (names));

  for (GList *l = keys; list != YS_NULL && l != NULL; l = l->next)
    {
      YsValue s = ys_str_new (vm, l->data, -1);
      if (s == YS_NULL || !ys_list_append_steal (vm, list, s))
        ys_clear (vm, &list);
    }
  g_list_free (keys);
  return list;
}

FUNC (builtin_dir)
{
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  YsValue obj;
  YsType *type;

  if (!ys_args_check (vm, "dir", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 0)
    {
      YsValue scope = ys_frame_locals_or_globals (vm);
      if (scope == YS_NULL)
        return YS_NULL;
      add_keys (names, scope);
      if (scope == vm->globals)
        add_words (names, "__annotations__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ "
                          "__package__ __spec__");
      ys_decref (vm, scope);
      return sorted_names (vm, names);
    }
  obj = argv[0];
  type = ys_type_of (vm, obj);
  if (ys_kind (vm, obj) == YS_KIND_MODULE)
    {
      add_keys (names, ((YsModule *) ys_obj (obj))->dict);
      add_words (names, "__doc__ __loader__ __name__ __package__ __spec__");
      return sorted_names (vm, names);
    }
  if (ys_kind (vm, obj) == YS_KIND_TYPE)
    type = (YsType *) ys_obj (obj);
  for (guint i = 0; i < G_N_ELEMENTS (builtin_names); i++)
    if (vm->types[builtin_names[i].kind] == type || (builtin_names[i].kind == YS_KIND_INT && type == vm->type_bool))
      {
        add_words (names, object_names);
        add_words (names, builtin_names[i].names);
        return sorted_names (vm, names);
      }
  if (ys_kind (vm, obj) != YS_KIND_TYPE)
    {
      if (ys_kind (vm, obj) == YS_KIND_INSTANCE && !(type->flags & YS_TYPE_SLOTTED))
        add_keys (names, ((YsInstance *) ys_obj (obj))->dict);
      else if (ys_kind (vm, obj) == YS_KIND_EXCEPTION)
        add_keys (names, ((YsException *) ys_obj (obj))->dict);
    }
  if (type->flags & YS_TYPE_HEAP)
    add_class_names (vm, names, type);
  else
    {
      add_words (names, object_names);
      for (YsType *t = type; t != NULL; t = t->base_type)
        add_keys (names, t->dict);
    }
  return sorted_names (vm, names);
}

/* from M import *: the names of __all__, or those not starting with '_'. */
gboolean
ys_import_star (YsVM    *vm,
                YsValue  module,
                YsValue  into)
{
  YsValue dict = ((YsModule *) ys_obj (module))->dict;
  YsValue all = ys_dict_get_str (vm, dict, ys_str_interned (vm, "__all__")), k, v;
  gsize pos = 0;

  if (all != YS_NULL)
    {
      YsValue names = ys_sequence_to_tuple (vm, all);
      gboolean ok = names != YS_NULL;
      for (gsize i = 0; ok && i < ys_tuple_len (names); i++)
        {
          YsValue name = ys_tuple_get (names, i), value;
          if (ys_kind (vm, name) != YS_KIND_STR)
            {
              ys_raise (vm, YS_EXC_TYPE_ERROR, "Item in %s.__all__ must be str, not %s",
                        ((YsModule *) ys_obj (module))->name->data, ys_type_name_of (vm, name));
              ok = FALSE;
              break;
            }
          value = ys_getattr (vm, module, ys_str_as (name));
          ok = value != YS_NULL && ys_dict_set (vm, into, name, value) == 0;
          ys_xdecref (vm, value);
        }
      ys_xdecref (vm, names);
      return ok;
    }
  while (ys_dict_next (dict, &pos, &k, &v))
    if (ys_kind (vm, k) == YS_KIND_STR && ys_str_data (k)[0] != '_' && ys_dict_set (vm, into, k, v) < 0)
      return FALSE;
  return TRUE;
}

/* Dotted imports */

YsValue
ys_import_dotted (YsVM  *vm,
                  YsStr *name)
{
  YsValue parent = YS_NULL, m = YS_NULL;
  const char *start = name->data;

  for (;;)
    {
      const char *dot = strchr (start, '.');
      YsValue prefix = ys_str_new (vm, name->data, dot != NULL ? dot - name->data : (gssize) name->nbytes);
      m = prefix != YS_NULL ? ys_import_module (vm, ys_str_as (prefix)) : YS_NULL;
      ys_xdecref (vm, prefix);
      if (m != YS_NULL && parent != YS_NULL && ys_kind (vm, parent) == YS_KIND_MODULE)
        {
          g_autofree char *last = dot != NULL ? g_strndup (start, dot - start) : g_strdup (start);
          ys_module_add (vm, parent, last, m);
        }
      ys_xdecref (vm, parent);
      if (m == YS_NULL || dot == NULL)
        return m;
      parent = m;
      start = dot + 1;
    }
}

void
ys_raise_no_module (YsVM  *vm,
                    YsStr *name)
{
  /* Of the modules here only these are packages, which may hold modules. */
  static const char *const packages[] = { "collections", "os", "importlib", "json", "urllib", NULL };
  const char *dot = strrchr (name->data, '.');
  g_autofree char *parent = dot != NULL ? g_strndup (name->data, dot - name->data) : NULL;

  if (parent != NULL && !g_strv_contains (packages, parent))
    ys_raise (vm, YS_EXC_MODULE_NOT_FOUND_ERROR, "No module named '%s'; '%s' is not a package", name->data, parent);
  else
    ys_raise (vm, YS_EXC_MODULE_NOT_FOUND_ERROR, "No module named '%s'", name->data);
  ys_setattr (vm, vm->exc, ys_str_interned (vm, "name"), ys_val (name));
}

/* list[int], collections.abc.Iterator[int]: what annotations subscript */

/* An instance in layout, so that == reaches its __eq__. */
typedef struct
{
  YsInstance  base;
  YsValue     origin;
  YsValue     args;     /* tuple */
} GenericAlias;

static YsType *
alias_type (YsVM *vm)
{
  return g_hash_table_lookup (vm->iterator_types, "types.GenericAlias");
}

static void
alias_clear (YsVM     *vm,
             YsObject *obj)
{
  ys_clear (vm, &((GenericAlias *) obj)->base.dict);
  ys_clear (vm, &((GenericAlias *) obj)->origin);
  ys_clear (vm, &((GenericAlias *) obj)->args);
}

static void
alias_dealloc (YsVM     *vm,
               YsObject *obj)
{
  alias_clear (vm, obj);
  ys_free_object (vm, obj);
}

/* How a type is written inside an alias's repr: builtins bare, others with their module. */
static gboolean
append_type_repr (YsVM    *vm,
                  GString *out,
                  YsValue  v)
{
  YsValue r;

  if (ys_kind (vm, v) == YS_KIND_TYPE)
    {
      YsType *t = (YsType *) ys_obj (v);
      YsValue module = (t->flags & YS_TYPE_HEAP) ? ys_dict_get_str (vm, t->dict, vm->s_module) : YS_NULL;
      if (module != YS_NULL && ys_kind (vm, module) == YS_KIND_STR)
        g_string_append_printf (out, "%s.", ys_str_data (module));
      g_string_append (out, ys_type_name (t));
      return TRUE;
    }
  if (v == ys_val (vm->ellipsis))
    {
      g_string_append (out, "...");
      return TRUE;
    }
  if (ys_kind (vm, v) == YS_KIND_LIST)
    {
      g_string_append_c (out, '[');
      for (gsize i = 0; i < ys_list_as (v)->length; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          if (!append_type_repr (vm, out, ys_list_as (v)->items[i]))
            return FALSE;
        }
      g_string_append_c (out, ']');
      return TRUE;
    }
  r = ys_repr (vm, v);
  if (r == YS_NULL)
    return FALSE;
  g_string_append (out, ys_str_data (r));
  ys_decref (vm, r);
  return TRUE;
}

FUNC (alias_repr)
{
  GenericAlias *a = (GenericAlias *) ys_obj (self);
  g_autoptr (GString) out = g_string_new (NULL);

  if (!append_type_repr (vm, out, a->origin))
    return YS_NULL;
  g_string_append_c (out, '[');
  for (gsize i = 0; i < ys_tuple_len (a->args); i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (!append_type_repr (vm, out, ys_tuple_get (a->args, i)))
        return YS_NULL;
    }
  g_string_append_c (out, ']');
  return ys_str_new (vm, out->str, (gssize) out->len);
}

FUNC (alias_call)
{
  return ys_call (vm, ((GenericAlias *) ys_obj (self))->origin, argc, argv, kwnames);
}

FUNC (alias_eq)
{
  GenericAlias *a = (GenericAlias *) ys_obj (self), *b;
  int same;

  if (!ys_args_check (vm, "__eq__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_type_of (vm, argv[0]) != alias_type (vm))
    return ys_notimpl (vm);
  b = (GenericAlias *) ys_obj (argv[0]);
  if (a->origin != b->origin)
    return ys_bool (vm, FALSE);
  same = ys_equal (vm, a->args, b->args);
  return same < 0 ? YS_NULL : ys_bool (vm, same);
}

static YsValue
alias_field (YsVM    *vm,
             YsValue  obj,
             gssize   index)
{
  GenericAlias *a = (GenericAlias *) ys_obj (obj);

  return ys_ref (index == 0 ? a->origin : a->args);
}

YsValue
ys_class_getitem (YsVM    *vm,
                  YsValue  type,
                  YsValue  key)
{
  YsType *t = (YsType *) ys_obj (type);
  static const YsKind generic_kinds[] = {
    YS_KIND_LIST, YS_KIND_DICT, YS_KIND_TUPLE, YS_KIND_SET, YS_KIND_FROZENSET, YS_KIND_TYPE
  };
  gboolean generic = (t->flags & YS_TYPE_ABC) ||
                     (!(t->flags & YS_TYPE_HEAP) && g_str_has_prefix (ys_type_name (t), "collections."));
  GenericAlias *a;

  for (guint i = 0; i < G_N_ELEMENTS (generic_kinds); i++)
    if (t == vm->types[generic_kinds[i]])
      generic = TRUE;
  if (!generic)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "type '%s' is not subscriptable", ys_type_name (t));
  a = (GenericAlias *) ys_gc_alloc (vm, alias_type (vm), sizeof (GenericAlias));
  if (a == NULL)
    return YS_NULL;
  a->origin = ys_ref (type);
  a->args = ys_kind (vm, key) == YS_KIND_TUPLE ? ys_ref (key) : ys_tuple_pack (vm, 1, ys_ref (key));
  return ys_val (a);
}

static void
alias_init (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__repr__", alias_repr }, { "__call__", alias_call }, { "__eq__", alias_eq }, { NULL, NULL }
  };
  YsType *t = ys_native_type (vm, "types.GenericAlias", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                              YS_TYPE_SLOTS | YS_TYPE_GC);

  t->dealloc = alias_dealloc;
  t->clear = alias_clear;
  ys_type_add_methods (vm, t, methods);
  set_descriptor_field (vm, t, "__origin__", alias_field, 0);
  set_descriptor_field (vm, t, "__args__", alias_field, 1);
}
