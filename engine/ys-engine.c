/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The VM's life cycle and the engine's public API. */
#include "ys-engine-private.h"
#include "ys-compiler.h"
#include "ys-runtime.h"

#include <stdio.h>
#include <string.h>

G_DEFINE_QUARK (ys-compile-error-quark, ys_compile_error)
G_DEFINE_QUARK (ys-runtime-error-quark, ys_runtime_error)


/* Types */

static YsType *
raw_type (YsVM   *vm,
          YsKind  kind,
          guint   flags)
{
  YsType *t = (YsType *) ys_gc_alloc (vm, vm->types[YS_KIND_TYPE], sizeof (YsType));

  t->kind = kind;
  t->flags = flags;
  return t;
}

static void
name_type (YsVM       *vm,
           YsType     *t,
           const char *name,
           YsType     *base)
{
  t->name = ys_str_as (ys_str_intern (vm, name));
  t->dict = ys_dict_new (vm);
  t->base_type = base;
}

static void
none_dealloc (YsVM     *vm,
              YsObject *obj)
{
  ys_free_object (vm, obj);
}

static YsValue
object_new_func (YsVM          *vm,
                 YsValue        type,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames)
{
  if (argc > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "object() takes no arguments");
  return ys_val (ys_alloc (vm, vm->types[YS_KIND_OBJECT], sizeof (YsObject)));
}

static YsStr *
intern_name (YsVM       *vm,
             const char *name)
{
  return ys_str_interned (vm, name);
}

YsVM *
ys_vm_new (void)
{
  YsVM *vm = g_new0 (YsVM, 1);
  YsType *type_type;
  static const struct { YsKind kind; const char *name; guint flags; } kinds[] = {
    { YS_KIND_NONE, "NoneType", 0 },
    { YS_KIND_INT, "int", YS_TYPE_BASETYPE },
    { YS_KIND_FLOAT, "float", YS_TYPE_BASETYPE },
    { YS_KIND_LIST, "list", YS_TYPE_GC | YS_TYPE_BASETYPE },
    { YS_KIND_TUPLE, "tuple", YS_TYPE_GC | YS_TYPE_BASETYPE },
    { YS_KIND_SET, "set", YS_TYPE_GC | YS_TYPE_BASETYPE },
    { YS_KIND_FROZENSET, "frozenset", YS_TYPE_GC | YS_TYPE_BASETYPE },
    { YS_KIND_RANGE, "range", 0 },
    { YS_KIND_SLICE, "slice", 0 },
    { YS_KIND_FUNCTION, "function", YS_TYPE_GC },
    { YS_KIND_BUILTIN, "builtin_function_or_method", YS_TYPE_GC },
    { YS_KIND_METHOD, "method", YS_TYPE_GC },
    { YS_KIND_CODE, "code", YS_TYPE_GC },
    { YS_KIND_CELL, "cell", YS_TYPE_GC },
    { YS_KIND_GENERATOR, "generator", YS_TYPE_GC },
    { YS_KIND_ITERATOR, "iterator", YS_TYPE_GC },
    { YS_KIND_DICTVIEW, "dict_keys", YS_TYPE_GC },
    { YS_KIND_MODULE, "module", YS_TYPE_GC },
    { YS_KIND_INSTANCE, "instance", YS_TYPE_GC },
    { YS_KIND_FRAME, "frame", YS_TYPE_GC },
    { YS_KIND_FILE, "TextIOWrapper", YS_TYPE_GC },
    { YS_KIND_NOTIMPL, "NotImplementedType", 0 },
    { YS_KIND_ELLIPSIS, "ellipsis", 0 },
    { YS_KIND_EXCEPTION, "exception", YS_TYPE_GC },
  };

  vm->gc_list.next = vm->gc_list.prev = &vm->gc_list;
  vm->recursion_limit = 1000;
  vm->step_limit = G_MAXUINT64;
  vm->repr_stack = g_ptr_array_new ();
  vm->iterator_types = g_hash_table_new (g_str_hash, g_str_equal);
  vm->interned = g_hash_table_new (g_str_hash, g_str_equal);

  /* The type of types is its own type. */
  {
    YsGCHead *head = g_malloc0 (sizeof (YsGCHead) + sizeof (YsType));
    type_type = (YsType *) (head + 1);
    type_type->base.type = type_type;
    type_type->base.refcnt = 1;
    type_type->base.size = sizeof (YsGCHead) + sizeof (YsType);
    type_type->kind = YS_KIND_TYPE;
    type_type->flags = YS_TYPE_GC;
    head->next = vm->gc_list.next;
    head->prev = &vm->gc_list;
    vm->gc_list.next->prev = head;
    vm->gc_list.next = head;
    vm->types[YS_KIND_TYPE] = type_type;
    ys_mem_account (vm, YS_KIND_TYPE, (gssize) type_type->base.size);
    vm->kind_count[YS_KIND_TYPE]++;
  }
  vm->types[YS_KIND_OBJECT] = raw_type (vm, YS_KIND_OBJECT, YS_TYPE_BASETYPE);
  vm->types[YS_KIND_STR] = raw_type (vm, YS_KIND_STR, YS_TYPE_BASETYPE);
  vm->types[YS_KIND_DICT] = raw_type (vm, YS_KIND_DICT, YS_TYPE_GC | YS_TYPE_BASETYPE);

  name_type (vm, type_type, "type", vm->types[YS_KIND_OBJECT]);
  name_type (vm, vm->types[YS_KIND_OBJECT], "object", NULL);
  name_type (vm, vm->types[YS_KIND_STR], "str", vm->types[YS_KIND_OBJECT]);
  name_type (vm, vm->types[YS_KIND_DICT], "dict", vm->types[YS_KIND_OBJECT]);
  vm->types[YS_KIND_OBJECT]->new_func = object_new_func;

  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    vm->types[kinds[i].kind] = ys_type_new (vm, kinds[i].name, kinds[i].kind,
                                            vm->types[YS_KIND_OBJECT], kinds[i].flags);
  vm->types[YS_KIND_NONE]->dealloc = none_dealloc;
  type_type->dealloc = ys_type_dealloc;
  vm->type_bool = ys_type_new (vm, "bool", YS_KIND_BOOL, vm->types[YS_KIND_INT], 0);
  vm->types[YS_KIND_BOOL] = vm->type_bool;

  vm->none = ys_alloc (vm, vm->types[YS_KIND_NONE], sizeof (YsObject));
  vm->ellipsis = ys_alloc (vm, vm->types[YS_KIND_ELLIPSIS], sizeof (YsObject));
  vm->notimpl = ys_alloc (vm, vm->types[YS_KIND_NOTIMPL], sizeof (YsObject));
  /* True and False carry their value as a GMP int of 1 or 0 limbs. */
  vm->true_obj = ys_alloc (vm, vm->type_bool, sizeof (YsInt));
  mpz_init_set_ui (((YsInt *) vm->true_obj)->value, 1);
  vm->false_obj = ys_alloc (vm, vm->type_bool, sizeof (YsInt));
  mpz_init (((YsInt *) vm->false_obj)->value);

  vm->empty_str = ys_str_as (ys_str_intern (vm, ""));
  for (int c = 0; c < 128; c++)
    {
      char text[2] = { (char) c, 0 };
      YsValue s = ys_str_new (vm, text, 1);
      vm->char_strs[c] = ys_str_as (s);
    }
  vm->empty_tuple = ys_tuple_new (vm, 0);

  vm->s_init = intern_name (vm, "__init__");
  vm->s_iter = intern_name (vm, "__iter__");
  vm->s_next = intern_name (vm, "__next__");
  vm->s_repr = intern_name (vm, "__repr__");
  vm->s_str = intern_name (vm, "__str__");
  vm->s_enter = intern_name (vm, "__enter__");
  vm->s_exit = intern_name (vm, "__exit__");
  vm->s_name = intern_name (vm, "__name__");
  vm->s_len = intern_name (vm, "__len__");
  vm->s_call = intern_name (vm, "__call__");
  vm->s_eq = intern_name (vm, "__eq__");
  vm->s_hash = intern_name (vm, "__hash__");
  vm->s_contains = intern_name (vm, "__contains__");
  vm->s_getitem = intern_name (vm, "__getitem__");
  vm->s_setitem = intern_name (vm, "__setitem__");
  vm->s_bool = intern_name (vm, "__bool__");
  vm->s_new = intern_name (vm, "__new__");
  vm->s_module = intern_name (vm, "__module__");
  vm->s_qualname = intern_name (vm, "__qualname__");
  vm->s_doc = intern_name (vm, "__doc__");
  vm->s_class = intern_name (vm, "__class__");
  vm->s_dict = intern_name (vm, "__dict__");
  vm->s_args = intern_name (vm, "args");
  vm->s_value = intern_name (vm, "value");
  vm->s_lt = intern_name (vm, "__lt__");
  vm->s_le = intern_name (vm, "__le__");
  vm->s_gt = intern_name (vm, "__gt__");
  vm->s_ge = intern_name (vm, "__ge__");
  vm->s_ne = intern_name (vm, "__ne__");
  vm->s_del = intern_name (vm, "__del__");
  vm->s_add = intern_name (vm, "__add__");
  vm->s_sub = intern_name (vm, "__sub__");
  vm->s_mul = intern_name (vm, "__mul__");

  ys_number_init_types (vm);
  ys_str_init_type (vm);
  ys_str_methods_init (vm);
  ys_list_init_type (vm);
  ys_dict_init_type (vm);
  ys_set_init_type (vm);
  ys_func_init_types (vm);
  ys_exceptions_init (vm);

  vm->builtins = ys_dict_new (vm);
  vm->globals = ys_dict_new (vm);
  vm->modules = ys_dict_new (vm);
  ys_builtins_init (vm);
  ys_modules_init (vm);
  ys_class_init (vm);
  {
    YsValue k = ys_str_intern (vm, "__name__"), v = ys_str_intern (vm, "__main__");
    ys_dict_set (vm, vm->globals, k, v);
    ys_decref (vm, k);
    ys_decref (vm, v);
    k = ys_str_intern (vm, "__builtins__");
    ys_dict_set (vm, vm->globals, k, vm->builtins);
    ys_decref (vm, k);
  }
  return vm;
}

/* Runs the finalizers of what the program still holds, as CPython does when it
 * clears the main module at exit: names with one leading underscore first, then the
 * others, each in the order they were defined. */
static gint
compare_gen_ids (gconstpointer a,
                 gconstpointer b)
{
  const YsGen *ga = *(YsGen *const *) a, *gb = *(YsGen *const *) b;

  return ga->id < gb->id ? -1 : ga->id > gb->id;
}

void
ys_vm_finalize_globals (YsVM *vm)
{
  /* Exit hooks come first: weakref.finalize callbacks still pending. */
  ys_weakref_at_exit (vm);
  /* CPython's last collection finalizes the generators still suspended, in the order
   * they were created, while the globals they may read are still there. */
  {
    GPtrArray *gens = g_ptr_array_new ();
    for (YsGCHead *h = vm->gc_list.next; h != &vm->gc_list; h = h->next)
      {
        YsObject *obj = (YsObject *) (h + 1);
        if (obj->type->kind == YS_KIND_GENERATOR && ((YsGen *) obj)->state == YS_GEN_SUSPENDED)
          {
            ys_incref (ys_val (obj));
            g_ptr_array_add (gens, obj);
          }
      }
    g_ptr_array_sort (gens, compare_gen_ids);
    for (guint i = 0; i < gens->len; i++)
      {
        YsValue g = ys_val (gens->pdata[i]);
        YsValue saved = ys_exc_fetch (vm);
        gboolean suspended = ((YsGen *) ys_obj (g))->state == YS_GEN_SUSPENDED &&
                             !((YsGen *) ys_obj (g))->finalized;
        ((YsGen *) ys_obj (g))->finalized = TRUE;
        if (suspended && !ys_gen_close (vm, g))
          ys_report_unraisable (vm, "Exception ignored in: ", g);
        vm->exc = saved;
        ys_decref (vm, g);
      }
    g_ptr_array_unref (gens);
  }
  for (int pass = 0; pass < 2; pass++)
    {
      gsize pos = 0;
      YsValue k, v;
      GPtrArray *keys = g_ptr_array_new ();

      while (ys_dict_next (vm->globals, &pos, &k, &v))
        {
          const char *name = ys_kind (vm, k) == YS_KIND_STR ? ys_str_data (k) : "";
          gboolean underscore = name[0] == '_' && name[1] != '_';
          if (g_str_equal (name, "__builtins__") || (pass == 0) != underscore)
            continue;
          if (ys_is_none (vm, v))
            continue;
          g_ptr_array_add (keys, (gpointer) ys_ref (k));
        }
      for (guint i = 0; i < keys->len; i++)
        {
          YsValue key = (YsValue) keys->pdata[i];
          YsValue none = ys_none (vm);
          YsValue saved = ys_exc_fetch (vm);
          ys_dict_set (vm, vm->globals, key, none);
          ys_decref (vm, none);
          if (vm->exc != YS_NULL)
            ys_report_unraisable (vm, "Exception ignored in: ", key);
          vm->exc = saved;
          ys_decref (vm, key);
        }
      g_ptr_array_unref (keys);
    }
}

static gboolean
drop_interned (gpointer key,
               gpointer value,
               gpointer user_data)
{
  ys_decref (user_data, ys_val (value));
  return TRUE;
}

void
ys_vm_free (YsVM *vm)
{
  GPtrArray *all;

  if (vm == NULL)
    return;
  vm->tearing_down = TRUE;
  ys_clear (vm, &vm->exc);
  ys_clear (vm, &vm->handled);
  ys_clear (vm, &vm->globals);
  ys_clear (vm, &vm->builtins);
  ys_clear (vm, &vm->modules);
  ys_clear (vm, &vm->empty_tuple);

  /* Break every cycle: hold each container, drop what it refers to, let go. */
  all = g_ptr_array_new ();
  for (YsGCHead *h = vm->gc_list.next; h != &vm->gc_list; h = h->next)
    {
      YsObject *obj = (YsObject *) (h + 1);
      obj->refcnt++;
      g_ptr_array_add (all, obj);
    }
  for (guint i = 0; i < all->len; i++)
    {
      YsObject *obj = all->pdata[i];
      YsType *t = obj->type;
      while (t != NULL && t->clear == NULL && t != vm->types[YS_KIND_TYPE])
        t = t->base_type;
      if (obj->type == vm->types[YS_KIND_TYPE] || (t != NULL && t->kind == YS_KIND_TYPE))
        {
          YsType *ty = (YsType *) obj;
          ys_clear (vm, &ty->dict);
          ys_clear (vm, &ty->mro);
          ys_clear (vm, &ty->bases);
        }
      else if (t != NULL && t->clear != NULL)
        t->clear (vm, obj);
    }
  g_hash_table_foreach_steal (vm->interned, drop_interned, vm);
  for (int c = 0; c < 128; c++)
    if (vm->char_strs[c] != NULL)
      ys_decref (vm, ys_val (vm->char_strs[c]));
  ys_decref (vm, ys_val (vm->empty_str));
  /* Types go last: every other object's dealloc needs its type. */
  {
    GPtrArray *types = g_ptr_array_new ();
    for (guint i = 0; i < all->len; i++)
      {
        YsObject *obj = all->pdata[i];
        if (obj->type->kind == YS_KIND_TYPE)
          g_ptr_array_add (types, obj);
        else
          ys_decref (vm, ys_val (obj));
      }
    ys_decref (vm, ys_val (vm->none));
    ys_decref (vm, ys_val (vm->ellipsis));
    ys_decref (vm, ys_val (vm->notimpl));
    mpz_clear (((YsInt *) vm->true_obj)->value);
    mpz_clear (((YsInt *) vm->false_obj)->value);
    ys_free_object (vm, vm->true_obj);
    ys_free_object (vm, vm->false_obj);
    for (guint i = 0; i < types->len; i++)
      {
        YsType *ty = types->pdata[i];
        if (ty->name != NULL)
          {
            YsStr *name = ty->name;
            ty->name = NULL;
            ys_decref (vm, ys_val (name));
          }
      }
    /* Free the types themselves, bypassing their deallocs. */
    for (guint i = 0; i < types->len; i++)
      {
        YsGCHead *head = ((YsGCHead *) types->pdata[i]) - 1;
        head->prev->next = head->next;
        head->next->prev = head->prev;
        g_free (head);
      }
    g_ptr_array_unref (types);
  }
  g_ptr_array_unref (all);
  g_hash_table_unref (vm->interned);
  g_hash_table_unref (vm->iterator_types);
  if (vm->weakrefs != NULL)
    g_hash_table_unref (vm->weakrefs);
  g_ptr_array_unref (vm->repr_stack);
  if (vm->trash != NULL)
    g_ptr_array_unref (vm->trash);
  g_free (vm->sample_dir);
  g_free (vm->program_dir);
  g_free (vm);
}

void
ys_vm_print (YsVM       *vm,
             const char *text,
             gsize       len,
             gboolean    is_error)
{
  ys_vm_write (vm, text, len, is_error);
}


YsValue
ys_ascii (YsVM    *vm,
          YsValue  v)
{
  YsValue r = ys_repr (vm, v);
  GString *out;
  const char *p;

  if (r == YS_NULL || ys_str_as (r)->ascii)
    return r;
  out = g_string_new (NULL);
  for (p = ys_str_data (r); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c <= 0xff)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c <= 0xffff)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_printf (out, "\\U%08x", c);
    }
  ys_decref (vm, r);
  return ys_str_take (vm, g_string_free (out, FALSE));
}

YsValue
ys_raise_name_error (YsVM  *vm,
                     YsStr *name)
{
  ys_raise (vm, YS_EXC_NAME_ERROR, "name '%s' is not defined", name->data);
  ys_exception_suggest_name (vm, vm->exc, name, vm->frame);
  return YS_NULL;
}

/* The frame view of gi_frame: its line and a copy of its locals. */
typedef struct
{
  YsObject  base;
  YsValue   gen;
} YsFrameView;

static void
frame_view_dealloc (YsVM     *vm,
                    YsObject *obj)
{
  ys_clear (vm, &((YsFrameView *) obj)->gen);
  ys_free_object (vm, obj);
}

YsValue
ys_frame_view_new (YsVM  *vm,
                   YsGen *g)
{
  YsFrameView *view;

  if (vm->types[YS_KIND_FRAME]->dealloc == NULL)
    vm->types[YS_KIND_FRAME]->dealloc = frame_view_dealloc;
  view = (YsFrameView *) ys_gc_alloc (vm, vm->types[YS_KIND_FRAME], sizeof (YsFrameView));
  if (view == NULL)
    return YS_NULL;
  view->gen = ys_ref (ys_val (g));
  return ys_val (view);
}

YsValue
ys_frame_locals (YsVM    *vm,
                 YsFrame *f)
{
  YsValue d = ys_dict_new (vm);
  YsCode *code = f->code;

  if (d == YS_NULL)
    return YS_NULL;
  for (int i = 0; i < code->nlocals; i++)
    if (f->localsplus[i] != YS_NULL)
      ys_dict_set (vm, d, ys_tuple_get (code->varnames, i), f->localsplus[i]);
  for (int i = 0; i < code->ncells + code->nfrees; i++)
    {
      YsCell *cell = (YsCell *) ys_obj (f->localsplus[code->nlocals + i]);
      if (cell != NULL && cell->ref != YS_NULL)
        ys_dict_set (vm, d, ys_tuple_get (code->cellnames, i), cell->ref);
    }
  return d;
}

YsValue
ys_frame_locals_or_globals (YsVM *vm)
{
  YsFrame *f = vm->frame;

  if (f == NULL)
    return ys_ref (vm->globals);
  if (f->locals_dict != YS_NULL)
    return ys_ref (f->locals_dict);
  if (f->code->flags & YS_CODE_MODULE)
    return ys_ref (f->globals);
  /* In a function: a snapshot of its variables, as CPython's dict is between calls. */
  return ys_frame_locals (vm, f);
}

YsValue
ys_frame_view_attribute (YsVM    *vm,
                         YsValue  obj,
                         YsStr   *name)
{
  YsGen *g = (YsGen *) ys_obj (((YsFrameView *) ys_obj (obj))->gen);
  YsFrame *f = g->frame;

  if (f == NULL)
    return YS_NULL;
  if (g_str_equal (name->data, "f_lineno"))
    {
      guint32 at = g->state == YS_GEN_CREATED ? 0 : f->lasti;
      return ys_small (g->state == YS_GEN_CREATED ? f->code->firstlineno : (intptr_t) f->code->lines[at]);
    }
  if (g_str_equal (name->data, "f_locals"))
    return ys_frame_locals (vm, f);
  if (g_str_equal (name->data, "f_code"))
    return ys_ref (ys_val (f->code));
  if (g_str_equal (name->data, "f_back"))
    return ys_none (vm);
  return YS_NULL;
}

YsValue
ys_frame_view_repr (YsVM    *vm,
                    YsValue  obj)
{
  YsGen *g = (YsGen *) ys_obj (((YsFrameView *) ys_obj (obj))->gen);

  if (g->frame == NULL)
    return ys_str_printf (vm, "<frame at %p>", (void *) ys_obj (obj));
  return ys_str_printf (vm, "<frame at %p, file '%s', line %u, code %s>", (void *) ys_obj (obj),
                        g->code->filename->data, g->frame->code->lines[g->frame->lasti], g->code->name->data);
}


/* The public API */

const char *
ys_engine_version (void)
{
  return "0.1.0";
}

static void engine_output (const char *text, gsize len, gboolean is_error, gpointer user_data);

YsEngine *
ys_engine_new (void)
{
  YsEngine *engine = g_new0 (YsEngine, 1);

  engine->vm = ys_vm_new ();
  /* One seed for the session: its replays draw the same numbers (never 0). */
  engine->vm->entropy_seed = ((guint64) g_random_int () << 32 | g_random_int ()) | 1;
  engine->vm->output = engine_output;
  engine->vm->output_data = engine;
  g_mutex_init (&engine->lock);
  engine->sources = g_ptr_array_new_with_free_func (g_free);
  engine->inputs = g_array_new (FALSE, TRUE, sizeof (YsInput));
  engine->output = g_string_new (NULL);
  g_cond_init (&engine->cond);
  return engine;
}

void
ys_engine_clear_error (YsEngine *engine)
{
  engine->error.exit_status = -1;
  g_clear_pointer (&engine->error.type_name, g_free);
  g_clear_pointer (&engine->error.message, g_free);
  g_clear_pointer (&engine->error.filename, g_free);
  g_clear_pointer (&engine->traceback, g_free);
  engine->error.line = 0;
  engine->error.column = 0;
}

void
ys_engine_free (YsEngine *engine)
{
  if (engine == NULL)
    return;
  ys_engine_stop_worker (engine);
  ys_clear (engine->vm, &engine->code);
  g_free (engine->result);
  ys_vm_free (engine->vm);
  ys_engine_clear_error (engine);
  g_free (engine->filename);
  g_free (engine->source);
  g_ptr_array_unref (engine->sources);
  ys_engine_forget_inputs (engine, 0);
  g_array_unref (engine->inputs);
  g_string_free (engine->output, TRUE);
  g_mutex_clear (&engine->lock);
  g_cond_clear (&engine->cond);
  g_free (engine);
}

/* All output passes here: it is kept for snapshots and going back, and reaches the
 * embedder unless the session is being replayed. */
static void
engine_output (const char *text,
               gsize       len,
               gboolean    is_error,
               gpointer    user_data)
{
  YsEngine *engine = user_data;

  g_string_append_len (engine->output, text, len);
  if (engine->replaying)
    return;
  if (engine->output_func != NULL)
    engine->output_func (text, len, is_error, engine->output_data);
  else
    {
      fwrite (text, 1, len, is_error ? stderr : stdout);
      fflush (is_error ? stderr : stdout);
    }
}

void
ys_engine_set_output_func (YsEngine     *engine,
                           YsOutputFunc  func,
                           gpointer      user_data)
{
  g_return_if_fail (engine != NULL);

  engine->output_func = func;
  engine->output_data = user_data;
}

const char *
ys_engine_get_output (YsEngine *engine)
{
  g_return_val_if_fail (engine != NULL, NULL);

  return engine->output->str;
}

void
ys_engine_set_sample_dir (YsEngine   *engine,
                          const char *path)
{
  g_return_if_fail (engine != NULL);

  g_free (engine->vm->sample_dir);
  engine->vm->sample_dir = g_strdup (path);
}

/* The folder open() reads besides the samples: the program's, absolute; none for a name
 * without one (an unsaved "program.py", the console's "<stdin>"), which must not open
 * the whole current directory to the program. */
static char *
program_folder (const char *filename)
{
  g_autofree char *dir = NULL;

  if (filename[0] == '<' || strchr (filename, '/') == NULL)
    return NULL;
  dir = g_path_get_dirname (filename);
  return g_canonicalize_filename (dir, NULL);
}

gboolean
ys_engine_load (YsEngine    *engine,
                const char  *filename,
                const char  *source,
                gssize       length,
                GError     **error)
{
  YsCompileErr err;

  g_return_val_if_fail (engine != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (filename == NULL)
    filename = "<string>";

  if (length < 0)
    length = (gssize) strlen (source);
  ys_engine_stop_worker (engine);
  ys_engine_clear_error (engine);
  ys_engine_forget_inputs (engine, 0);
  g_string_truncate (engine->output, 0);
  ys_clear (engine->vm, &engine->code);
  g_free (engine->filename);
  g_free (engine->source);
  engine->filename = g_strdup (filename);
  engine->source = g_strndup (source, length);
  g_free (engine->vm->program_dir);
  engine->vm->program_dir = program_folder (filename);

  if (!g_utf8_validate (engine->source, length, NULL) || memchr (engine->source, '\0', length) != NULL)
    {
      engine->error.type_name = g_strdup ("SyntaxError");
      engine->error.message = g_strdup (memchr (engine->source, '\0', length) != NULL
                                        ? "source code cannot contain null bytes"
                                        : "the source is not valid UTF-8");
      engine->error.filename = g_strdup (filename);
      g_set_error (error, YS_COMPILE_ERROR, YS_COMPILE_ERROR_SYNTAX, "%s: SyntaxError: %s", filename,
                   engine->error.message);
      return FALSE;
    }

  engine->code = ys_compile (engine->vm, engine->filename, engine->source, (gsize) length, &err);
  if (engine->code == YS_NULL)
    {
      engine->error.type_name = err.type;
      engine->error.message = err.message;
      engine->error.filename = g_strdup (filename);
      engine->error.line = err.line;
      engine->error.column = err.col;
      g_set_error (error, YS_COMPILE_ERROR, YS_COMPILE_ERROR_SYNTAX, "%s:%d:%d: %s: %s", filename,
                   err.line, err.col, err.type, err.message);
      return FALSE;
    }
  return TRUE;
}

void
ys_engine_record_exception (YsEngine *engine,
                            YsValue   exc)
{
  YsVM *vm = engine->vm;
  YsException *e = (YsException *) ys_obj (exc);
  YsValue s;

  ys_engine_clear_error (engine);
  engine->error.exit_status = -1;
  if (ys_isinstance (vm, exc, vm->exc_types[YS_EXC_SYSTEM_EXIT]))
    {
      /* sys.exit(): None or nothing is 0, an int is itself, anything else is 1. */
      YsValue args = e->args;
      YsValue code = ys_tuple_len (args) == 1 ? ys_tuple_get (args, 0) : YS_NULL;
      gint64 n;
      if (code == YS_NULL || ys_is_none (vm, code))
        engine->error.exit_status = 0;
      else if (ys_is_int (vm, code) && ys_int_to_i64 (vm, code, &n))
        engine->error.exit_status = (int) (n & 0xff);
      else
        engine->error.exit_status = 1;
    }
  engine->error.type_name = g_strdup (ys_type_name_of (vm, exc));
  s = ys_to_str (vm, exc);
  engine->error.message = g_strdup (s != YS_NULL ? ys_str_data (s) : "");
  ys_xdecref (vm, s);
  ys_exc_clear (vm);
  engine->error.filename = g_strdup (engine->filename);
  if (e->traceback != NULL && e->traceback->len > 0)
    {
      YsTbEntry *t = &g_array_index (e->traceback, YsTbEntry, 0);
      engine->error.line = (int) t->line;
    }
  engine->traceback = ys_format_traceback (vm, exc);
}

gboolean
ys_engine_run (YsEngine  *engine,
               GError   **error)
{
  YsVM *vm;
  YsValue r;

  g_return_val_if_fail (engine != NULL, FALSE);

  vm = engine->vm;
  if (engine->code == YS_NULL)
    {
      g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_NOT_LOADED, "No program is loaded");
      return FALSE;
    }
  r = ys_run_module (vm, engine->code);
  if (r != YS_NULL)
    {
      ys_decref (vm, r);
      ys_vm_finalize_globals (vm);
      return TRUE;
    }
  {
    YsValue exc = ys_exc_fetch (vm);
    gboolean stopped = vm->stop_requested;
    ys_engine_record_exception (engine, exc);
    ys_decref (vm, exc);
    ys_vm_finalize_globals (vm);
    if (stopped)
      g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_STOPPED, "The program was stopped");
    else
      g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_EXCEPTION, "%s: %s",
                   engine->error.type_name, engine->error.message);
    return FALSE;
  }
}

void
ys_engine_set_observer (YsEngine       *engine,
                        guint           mask,
                        YsObserverFunc  func,
                        gpointer        user_data)
{
  YsVM *vm;

  g_return_if_fail (engine != NULL);

  vm = engine->vm;
  vm->observer = func;
  vm->observer_data = user_data;
  vm->observer_engine = engine;
  vm->observer_mask = func != NULL ? mask : 0;
  ys_vm_update_tracing (vm);
  vm->reported_bytes = vm->live_bytes;
}

void
ys_engine_set_event_log (YsEngine   *engine,
                         YsEventLog *log,
                         guint       mask)
{
  g_return_if_fail (engine != NULL);

  engine->vm->event_log = log;
  engine->vm->log_mask = log != NULL ? mask & YS_EVENT_MASK_ALL : 0;
  ys_vm_update_tracing (engine->vm);
  engine->vm->reported_bytes = engine->vm->live_bytes;
}

void
ys_engine_set_limits (YsEngine *engine,
                      guint64   max_steps,
                      gsize     max_heap_bytes,
                      int       max_depth)
{
  YsVM *vm;

  g_return_if_fail (engine != NULL);

  vm = engine->vm;
  vm->max_steps = max_steps;
  vm->step_limit = max_steps != 0 ? max_steps : G_MAXUINT64;
  vm->max_bytes = max_heap_bytes;
  vm->recursion_limit = max_depth > 0 ? MIN (max_depth, 20000) : 1000;
}

void
ys_engine_get_stats (YsEngine *engine,
                     YsStats  *stats)
{
  g_return_if_fail (engine != NULL);
  g_return_if_fail (stats != NULL);

  stats->steps = engine->vm->steps;
  stats->events = engine->vm->events;
  stats->generators_created = engine->vm->next_gen_id;
  stats->live_bytes = engine->vm->live_bytes;
  stats->peak_bytes = engine->vm->peak_bytes;
}

const char *
ys_event_get_value_repr (YsEngine      *engine,
                         const YsEvent *event)
{
  g_return_val_if_fail (engine != NULL, NULL);
  g_return_val_if_fail (event != NULL, NULL);

  return ys_vm_event_value_repr (engine->vm, event);
}

char *
ys_event_dup_last_yielded_repr (YsEngine      *engine,
                                const YsEvent *event)
{
  g_return_val_if_fail (engine != NULL, NULL);
  g_return_val_if_fail (event != NULL, NULL);

  return ys_vm_event_last_yielded_repr (engine->vm, event);
}

YsSnapshot *
ys_engine_snapshot (YsEngine *engine)
{
  g_return_val_if_fail (engine != NULL, NULL);

  return ys_vm_snapshot (engine->vm);
}

GPtrArray *
ys_engine_expand (YsEngine *engine,
                  YsHandle  handle)
{
  g_return_val_if_fail (engine != NULL, NULL);
  g_return_val_if_fail (handle != 0, NULL);

  return ys_vm_expand (engine->vm, (YsValue) handle);
}

void
ys_engine_stop (YsEngine *engine)
{
  g_return_if_fail (engine != NULL);

  g_atomic_int_set (&engine->vm->stop_requested, 1);
  ys_engine_wake_stopped (engine);
}

const YsErrorInfo *
ys_engine_get_error (YsEngine *engine)
{
  g_return_val_if_fail (engine != NULL, NULL);

  return engine->error.type_name != NULL ? &engine->error : NULL;
}

char *
ys_engine_format_traceback (YsEngine *engine)
{
  const YsErrorInfo *e;

  g_return_val_if_fail (engine != NULL, NULL);

  e = ys_engine_get_error (engine);
  if (e == NULL)
    return NULL;
  if (engine->traceback != NULL)
    return g_strdup (engine->traceback);
  /* The compiler's MemoryError and RecursionError come without a location, as CPython's. */
  if (!g_str_equal (e->type_name, "SyntaxError") && !g_str_equal (e->type_name, "IndentationError") &&
      !g_str_equal (e->type_name, "TabError"))
    return e->message[0] != '\0' ? g_strdup_printf ("%s: %s\n", e->type_name, e->message)
                                  : g_strdup_printf ("%s\n", e->type_name);
  /* A compile error: CPython's SyntaxError block, with a caret under the column. */
  {
    GString *out = g_string_new (NULL);
    const char *p = engine->source;
    int line = 1;
    g_string_append_printf (out, "  File \"%s\", line %d\n", e->filename, e->line);
    while (p != NULL && *p != '\0' && line < e->line)
      {
        if (*p == '\n')
          line++;
        p++;
      }
    if (p != NULL && line == e->line && e->line > 0)
      {
        const char *end = strchr (p, '\n');
        const char *start = p;
        int indent = 0;
        gsize len = end != NULL ? (gsize) (end - p) : strlen (p);
        while (*start == ' ' || *start == '\t')
          {
            start++;
            indent++;
          }
        len -= (gsize) (start - p);
        while (len > 0 && (start[len - 1] == '\r' || start[len - 1] == ' '))
          len--;
        if (len > 0)
          {
            g_string_append (out, "    ");
            g_string_append_len (out, start, len);
            g_string_append_c (out, '\n');
            if (e->column > indent)
              {
                g_string_append (out, "    ");
                for (int i = 0; i < e->column - 1 - indent; i++)
                  g_string_append_c (out, ' ');
                g_string_append (out, "^\n");
              }
          }
      }
    g_string_append_printf (out, "%s: %s\n", e->type_name, e->message);
    return g_string_free (out, FALSE);
  }
}
