/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exceptions: the built-in hierarchy, raising, and CPython's traceback text. */
#include "ys-runtime.h"

#include <string.h>

static const struct
{
  const char *name;
  int         base;   /* index of the base, -1 for BaseException's (object) */
} exc_table[YS_N_EXC] = {
  [YS_EXC_BASE_EXCEPTION] = { "BaseException", -1 },
  [YS_EXC_SYSTEM_EXIT] = { "SystemExit", YS_EXC_BASE_EXCEPTION },
  [YS_EXC_KEYBOARD_INTERRUPT] = { "KeyboardInterrupt", YS_EXC_BASE_EXCEPTION },
  [YS_EXC_GENERATOR_EXIT] = { "GeneratorExit", YS_EXC_BASE_EXCEPTION },
  [YS_EXC_EXCEPTION] = { "Exception", YS_EXC_BASE_EXCEPTION },
  [YS_EXC_STOP_ITERATION] = { "StopIteration", YS_EXC_EXCEPTION },
  [YS_EXC_ARITHMETIC_ERROR] = { "ArithmeticError", YS_EXC_EXCEPTION },
  [YS_EXC_ZERO_DIVISION_ERROR] = { "ZeroDivisionError", YS_EXC_ARITHMETIC_ERROR },
  [YS_EXC_OVERFLOW_ERROR] = { "OverflowError", YS_EXC_ARITHMETIC_ERROR },
  [YS_EXC_ASSERTION_ERROR] = { "AssertionError", YS_EXC_EXCEPTION },
  [YS_EXC_ATTRIBUTE_ERROR] = { "AttributeError", YS_EXC_EXCEPTION },
  [YS_EXC_LOOKUP_ERROR] = { "LookupError", YS_EXC_EXCEPTION },
  [YS_EXC_INDEX_ERROR] = { "IndexError", YS_EXC_LOOKUP_ERROR },
  [YS_EXC_KEY_ERROR] = { "KeyError", YS_EXC_LOOKUP_ERROR },
  [YS_EXC_NAME_ERROR] = { "NameError", YS_EXC_EXCEPTION },
  [YS_EXC_UNBOUND_LOCAL_ERROR] = { "UnboundLocalError", YS_EXC_NAME_ERROR },
  [YS_EXC_RUNTIME_ERROR] = { "RuntimeError", YS_EXC_EXCEPTION },
  [YS_EXC_RECURSION_ERROR] = { "RecursionError", YS_EXC_RUNTIME_ERROR },
  [YS_EXC_NOT_IMPLEMENTED_ERROR] = { "NotImplementedError", YS_EXC_RUNTIME_ERROR },
  [YS_EXC_TYPE_ERROR] = { "TypeError", YS_EXC_EXCEPTION },
  [YS_EXC_VALUE_ERROR] = { "ValueError", YS_EXC_EXCEPTION },
  [YS_EXC_UNICODE_ERROR] = { "UnicodeError", YS_EXC_VALUE_ERROR },
  [YS_EXC_MEMORY_ERROR] = { "MemoryError", YS_EXC_EXCEPTION },
  [YS_EXC_IMPORT_ERROR] = { "ImportError", YS_EXC_EXCEPTION },
  [YS_EXC_MODULE_NOT_FOUND_ERROR] = { "ModuleNotFoundError", YS_EXC_IMPORT_ERROR },
  [YS_EXC_OS_ERROR] = { "OSError", YS_EXC_EXCEPTION },
  [YS_EXC_FILE_NOT_FOUND_ERROR] = { "FileNotFoundError", YS_EXC_OS_ERROR },
  [YS_EXC_PERMISSION_ERROR] = { "PermissionError", YS_EXC_OS_ERROR },
  [YS_EXC_IS_A_DIRECTORY_ERROR] = { "IsADirectoryError", YS_EXC_OS_ERROR },
  [YS_EXC_SYNTAX_ERROR] = { "SyntaxError", YS_EXC_EXCEPTION },
  [YS_EXC_INDENTATION_ERROR] = { "IndentationError", YS_EXC_SYNTAX_ERROR },
  [YS_EXC_EOF_ERROR] = { "EOFError", YS_EXC_EXCEPTION },
  [YS_EXC_STOP_ASYNC_ITERATION] = { "StopAsyncIteration", YS_EXC_EXCEPTION },
  [YS_EXC_FLOATING_POINT_ERROR] = { "FloatingPointError", YS_EXC_ARITHMETIC_ERROR },
  [YS_EXC_BUFFER_ERROR] = { "BufferError", YS_EXC_EXCEPTION },
  [YS_EXC_UNICODE_DECODE_ERROR] = { "UnicodeDecodeError", YS_EXC_UNICODE_ERROR },
  [YS_EXC_UNICODE_ENCODE_ERROR] = { "UnicodeEncodeError", YS_EXC_UNICODE_ERROR },
  [YS_EXC_UNICODE_TRANSLATE_ERROR] = { "UnicodeTranslateError", YS_EXC_UNICODE_ERROR },
  [YS_EXC_TAB_ERROR] = { "TabError", YS_EXC_INDENTATION_ERROR },
  [YS_EXC_SYSTEM_ERROR] = { "SystemError", YS_EXC_EXCEPTION },
  [YS_EXC_REFERENCE_ERROR] = { "ReferenceError", YS_EXC_EXCEPTION },
  [YS_EXC_BLOCKING_IO_ERROR] = { "BlockingIOError", YS_EXC_OS_ERROR },
  [YS_EXC_CHILD_PROCESS_ERROR] = { "ChildProcessError", YS_EXC_OS_ERROR },
  [YS_EXC_CONNECTION_ERROR] = { "ConnectionError", YS_EXC_OS_ERROR },
  [YS_EXC_BROKEN_PIPE_ERROR] = { "BrokenPipeError", YS_EXC_CONNECTION_ERROR },
  [YS_EXC_CONNECTION_ABORTED_ERROR] = { "ConnectionAbortedError", YS_EXC_CONNECTION_ERROR },
  [YS_EXC_CONNECTION_REFUSED_ERROR] = { "ConnectionRefusedError", YS_EXC_CONNECTION_ERROR },
  [YS_EXC_CONNECTION_RESET_ERROR] = { "ConnectionResetError", YS_EXC_CONNECTION_ERROR },
  [YS_EXC_FILE_EXISTS_ERROR] = { "FileExistsError", YS_EXC_OS_ERROR },
  [YS_EXC_INTERRUPTED_ERROR] = { "InterruptedError", YS_EXC_OS_ERROR },
  [YS_EXC_NOT_A_DIRECTORY_ERROR] = { "NotADirectoryError", YS_EXC_OS_ERROR },
  [YS_EXC_PROCESS_LOOKUP_ERROR] = { "ProcessLookupError", YS_EXC_OS_ERROR },
  [YS_EXC_TIMEOUT_ERROR] = { "TimeoutError", YS_EXC_OS_ERROR },
  [YS_EXC_WARNING] = { "Warning", YS_EXC_EXCEPTION },
  [YS_EXC_USER_WARNING] = { "UserWarning", YS_EXC_WARNING },
  [YS_EXC_DEPRECATION_WARNING] = { "DeprecationWarning", YS_EXC_WARNING },
  [YS_EXC_PENDING_DEPRECATION_WARNING] = { "PendingDeprecationWarning", YS_EXC_WARNING },
  [YS_EXC_SYNTAX_WARNING] = { "SyntaxWarning", YS_EXC_WARNING },
  [YS_EXC_RUNTIME_WARNING] = { "RuntimeWarning", YS_EXC_WARNING },
  [YS_EXC_FUTURE_WARNING] = { "FutureWarning", YS_EXC_WARNING },
  [YS_EXC_IMPORT_WARNING] = { "ImportWarning", YS_EXC_WARNING },
  [YS_EXC_UNICODE_WARNING] = { "UnicodeWarning", YS_EXC_WARNING },
  [YS_EXC_BYTES_WARNING] = { "BytesWarning", YS_EXC_WARNING },
  [YS_EXC_RESOURCE_WARNING] = { "ResourceWarning", YS_EXC_WARNING },
  [YS_EXC_ENCODING_WARNING] = { "EncodingWarning", YS_EXC_WARNING },
};

/* Objects */

static void
traceback_clear (YsVM        *vm,
                 YsException *e)
{
  if (e->traceback != NULL)
    {
      GArray *tb = e->traceback;
      /* Freeing a kept frame may run finalizers: detach the list first. */
      e->traceback = NULL;
      for (guint i = 0; i < tb->len; i++)
        {
          YsTbEntry *t = &g_array_index (tb, YsTbEntry, i);
          if (t->frame != NULL)
            {
              YsFrame *f = t->frame;
              t->frame = NULL;
              ys_frame_free (vm, f);
            }
          ys_decref (vm, ys_val (t->code));
        }
      g_array_unref (tb);
    }
}

static void
exception_clear (YsVM     *vm,
                 YsObject *obj)
{
  YsException *e = (YsException *) obj;

  ys_clear (vm, &e->args);
  ys_clear (vm, &e->cause);
  ys_clear (vm, &e->context);
  ys_clear (vm, &e->value);
  ys_clear (vm, &e->dict);
  if (e->suggestion != NULL)
    {
      YsStr *sug = e->suggestion;
      e->suggestion = NULL;
      ys_decref (vm, ys_val (sug));
    }
  ys_clear (vm, &e->attr_obj);
  if (e->attr_name != NULL)
    {
      YsStr *n = e->attr_name;
      e->attr_name = NULL;
      ys_decref (vm, ys_val (n));
    }
  traceback_clear (vm, e);
}

static void
exception_dealloc (YsVM     *vm,
                   YsObject *obj)
{
  exception_clear (vm, obj);
  ys_free_object (vm, obj);
}

YsValue
ys_exception_new (YsVM    *vm,
                  YsType  *type,
                  YsValue  args)
{
  YsException *e = (YsException *) ys_gc_alloc (vm, type, sizeof (YsException));

  if (e == NULL)
    return YS_NULL;
  e->args = ys_ref (args);
  if (ys_type_is_subtype (type, vm->exc_types[YS_EXC_STOP_ITERATION]))
    e->value = ys_tuple_len (args) > 0 ? ys_ref (ys_tuple_get (args, 0)) : ys_none (vm);
  return ys_val (e);
}

gboolean
ys_value_is_exception_type (YsVM    *vm,
                            YsValue  v)
{
  return ys_kind (vm, v) == YS_KIND_TYPE &&
         ys_type_is_subtype ((YsType *) ys_obj (v), vm->exc_types[YS_EXC_BASE_EXCEPTION]);
}

gboolean
ys_value_is_exception (YsVM    *vm,
                       YsValue  v)
{
  return ys_kind (vm, v) == YS_KIND_EXCEPTION;
}

void
ys_exception_set_cause (YsVM    *vm,
                        YsValue  exc,
                        YsValue  cause)
{
  YsException *e = (YsException *) ys_obj (exc);

  ys_clear (vm, &e->cause);
  e->cause = cause != YS_NULL ? ys_ref (cause) : YS_NULL;
  e->suppress_context = TRUE;
  /* PEP 479's RuntimeError also shows where it came from as its context. */
  if (e->context == YS_NULL && cause != YS_NULL)
    e->context = ys_ref (cause);
}

/* Raising */

/* Sets @exc (owned) as the exception in flight; the one being handled becomes its
 * context, as CPython chains them. */
YsValue
ys_raise_value (YsVM    *vm,
                YsValue  exc)
{
  YsException *e = (YsException *) ys_obj (exc);

  if (vm->handled != YS_NULL && vm->handled != exc && e->context == YS_NULL)
    {
      /* Avoid a cycle if exc is already in the handled exception's chain. */
      YsValue c = vm->handled;
      gboolean cycle = FALSE;
      while (c != YS_NULL)
        {
          YsValue next = ((YsException *) ys_obj (c))->context;
          if (next == exc)
            {
              ys_clear (vm, &((YsException *) ys_obj (c))->context);
              cycle = TRUE;
              break;
            }
          c = next;
        }
      (void) cycle;
      e->context = ys_ref (vm->handled);
    }
  ys_xdecref (vm, vm->exc);
  vm->exc = exc;
  return YS_NULL;
}

static YsValue
raise_with_args (YsVM      *vm,
                 YsExcKind  kind,
                 YsValue    args)
{
  YsValue exc = ys_exception_new (vm, vm->exc_types[kind], args);

  ys_decref (vm, args);
  if (exc == YS_NULL)
    return YS_NULL;
  return ys_raise_value (vm, exc);
}

YsValue
ys_raise (YsVM       *vm,
          YsExcKind   kind,
          const char *format,
          ...)
{
  va_list ap;
  char *message;
  YsValue msg;

  va_start (ap, format);
  message = g_strdup_vprintf (format, ap);
  va_end (ap);
  msg = ys_str_take (vm, message);
  if (msg == YS_NULL)
    return YS_NULL;
  return raise_with_args (vm, kind, ys_tuple_pack (vm, 1, msg));
}

YsValue
ys_raise_empty (YsVM      *vm,
                YsExcKind  kind)
{
  return raise_with_args (vm, kind, ys_tuple_new (vm, 0));
}

YsValue
ys_raise_with_value (YsVM      *vm,
                     YsExcKind  kind,
                     YsValue    arg)
{
  return raise_with_args (vm, kind, ys_tuple_pack (vm, 1, ys_ref (arg)));
}

YsValue
ys_raise_stop_iteration (YsVM    *vm,
                         YsValue  value)
{
  if (value == YS_NULL || ys_is_none (vm, value))
    return ys_raise_empty (vm, YS_EXC_STOP_ITERATION);
  return ys_raise_with_value (vm, YS_EXC_STOP_ITERATION, value);
}

gboolean
ys_exc_matches (YsVM      *vm,
                YsExcKind  kind)
{
  return vm->exc != YS_NULL && ys_type_is_subtype (ys_obj (vm->exc)->type, vm->exc_types[kind]);
}

YsValue
ys_exc_fetch (YsVM *vm)
{
  YsValue exc = vm->exc;

  vm->exc = YS_NULL;
  return exc;
}

void
ys_exc_clear (YsVM *vm)
{
  ys_clear (vm, &vm->exc);
}

void
ys_traceback_add (YsVM    *vm,
                  YsValue  exc,
                  YsCode  *code,
                  guint32  line)
{
  YsException *e = (YsException *) ys_obj (exc);
  YsTbEntry entry = { code, line, NULL };

  if (e->traceback == NULL)
    e->traceback = g_array_new (FALSE, FALSE, sizeof (YsTbEntry));
  ys_incref (ys_val (code));
  g_array_append_val (e->traceback, entry);
}

/* "Did you mean": the closest name by CPython's edit distance, where changing a letter's
 * case costs 1 and any other edit 2. */
#define SUGGEST_MOVE_COST 2
#define SUGGEST_CASE_COST 1
#define SUGGEST_MAX_STRING 40

static gsize
edit_distance (const char *a,
               gsize       na,
               const char *b,
               gsize       nb,
               gsize       max_cost)
{
  gsize *row, result;

  if (na == nb && memcmp (a, b, na) == 0)
    return 0;
  /* Equal prefixes and suffixes cost nothing. */
  while (na > 0 && nb > 0 && a[0] == b[0])
    a++, b++, na--, nb--;
  while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1])
    na--, nb--;
  if (na == 0 || nb == 0)
    return (na + nb) * SUGGEST_MOVE_COST;
  if (na > SUGGEST_MAX_STRING || nb > SUGGEST_MAX_STRING)
    return max_cost + 1;
  if (na > nb)
    {
      const char *t = a;
      gsize tn = na;
      a = b, na = nb;
      b = t, nb = tn;
    }
  if ((nb - na) * SUGGEST_MOVE_COST > max_cost)
    return max_cost + 1;
  row = g_new (gsize, na);
  for (gsize i = 0; i < na; i++)
    row[i] = (i + 1) * SUGGEST_MOVE_COST;
  result = 0;
  for (gsize j = 0; j < nb; j++)
    {
      gsize distance = j * SUGGEST_MOVE_COST, diag = distance, min_row = G_MAXSIZE;
      result = distance;
      for (gsize i = 0; i < na; i++)
        {
          gsize sub = a[i] == b[j] ? 0 : g_ascii_tolower (a[i]) == g_ascii_tolower (b[j])
                                          ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
          gsize insert_delete = MIN (result, row[i]) + SUGGEST_MOVE_COST;
          distance = diag + sub;
          diag = row[i];
          result = MIN (insert_delete, distance);
          row[i] = result;
          min_row = MIN (min_row, result);
        }
      if (min_row > max_cost)
        {
          result = max_cost + 1;
          break;
        }
    }
  g_free (row);
  return result;
}

static const char *
best_candidate (GPtrArray  *candidates,
                const char *name)
{
  gsize nlen = strlen (name), best_distance = G_MAXSIZE;
  const char *best = NULL;

  if (nlen > SUGGEST_MAX_STRING || candidates->len > 750)
    return NULL;
  for (guint i = 0; i < candidates->len; i++)
    {
      const char *c = candidates->pdata[i];
      gsize clen = strlen (c), max_distance, d;
      if (g_str_equal (c, name))
        continue;
      max_distance = (nlen + clen + 3) * SUGGEST_MOVE_COST / 6;
      if (best != NULL && best_distance - 1 < max_distance)
        max_distance = best_distance - 1;
      d = edit_distance (name, nlen, c, clen, max_distance);
      if (d > max_distance)
        continue;
      if (best == NULL || d < best_distance)
        {
          best = c;
          best_distance = d;
        }
    }
  return best;
}

static void
add_dict_keys (GPtrArray *out,
               YsVM      *vm,
               YsValue    dict)
{
  gsize pos = 0;
  YsValue k, v;

  while (ys_dict_next (dict, &pos, &k, &v))
    if (ys_kind (vm, k) == YS_KIND_STR)
      g_ptr_array_add (out, (gpointer) ys_str_data (k));
}

/* AttributeError keeps the object and the name; the suggestion is looked for only when
 * the error is printed, so hasattr() and friends pay nothing for it. */
void
ys_exception_suggest_attribute (YsVM    *vm,
                                YsValue  exc,
                                YsValue  obj,
                                YsStr   *name)
{
  YsException *e = (YsException *) ys_obj (exc);

  ys_clear (vm, &e->attr_obj);
  if (e->attr_name != NULL)
    ys_decref (vm, ys_val (e->attr_name));
  e->attr_obj = ys_ref (obj);
  e->attr_name = (YsStr *) ys_obj (ys_ref (ys_val (name)));
}

/* The closest of the object's attributes, as dir() would list them. */
static void
suggest_attribute_now (YsVM        *vm,
                       YsException *e)
{
  YsValue obj = e->attr_obj;
  YsStr *name = e->attr_name;
  GPtrArray *candidates = g_ptr_array_new ();
  const char *best;

  if (ys_kind (vm, obj) == YS_KIND_INSTANCE && ((YsInstance *) ys_obj (obj))->dict != YS_NULL)
    add_dict_keys (candidates, vm, ((YsInstance *) ys_obj (obj))->dict);
  if (ys_kind (vm, obj) == YS_KIND_MODULE)
    add_dict_keys (candidates, vm, ((YsModule *) ys_obj (obj))->dict);
  for (YsType *t = ys_kind (vm, obj) == YS_KIND_TYPE ? (YsType *) ys_obj (obj) : ys_type_of (vm, obj);
       t != NULL; t = t->base_type)
    if (t->dict != YS_NULL)
      add_dict_keys (candidates, vm, t->dict);
  best = best_candidate (candidates, name->data);
  if (best != NULL && e->suggestion == NULL)
    e->suggestion = ys_str_as (ys_str_new (vm, best, -1));
  g_ptr_array_unref (candidates);
}

void
ys_exception_suggest_name (YsVM    *vm,
                           YsValue  exc,
                           YsStr   *name,
                           YsFrame *frame)
{
  YsException *e = (YsException *) ys_obj (exc);
  GPtrArray *candidates = g_ptr_array_new ();
  const char *best = NULL;

  if (frame != NULL && frame->code != NULL && !(frame->code->flags & YS_CODE_MODULE))
    {
      YsCode *code = frame->code;
      for (int i = 0; i < code->nlocals; i++)
        if (frame->localsplus[i] != YS_NULL)
          g_ptr_array_add (candidates, (gpointer) ys_str_data (ys_tuple_get (code->varnames, i)));
      best = best_candidate (candidates, name->data);
    }
  if (best == NULL)
    {
      g_ptr_array_set_size (candidates, 0);
      add_dict_keys (candidates, vm, frame != NULL ? frame->globals : vm->globals);
      best = best_candidate (candidates, name->data);
    }
  if (best == NULL)
    {
      g_ptr_array_set_size (candidates, 0);
      add_dict_keys (candidates, vm, vm->builtins);
      best = best_candidate (candidates, name->data);
    }
  if (best != NULL)
    e->suggestion = ys_str_as (ys_str_new (vm, best, -1));
  g_ptr_array_unref (candidates);
}

void
ys_traceback_keep_frame (YsVM    *vm,
                         YsValue  exc,
                         YsFrame *frame)
{
  YsException *e = exc != YS_NULL ? (YsException *) ys_obj (exc) : NULL;
  YsCode *code = frame->code;
  YsValue *base = frame->localsplus + code->nlocals + code->ncells + code->nfrees;

  /* The value stack goes now; the locals stay while the traceback lives. */
  while (frame->sp > base)
    {
      YsValue v = *--frame->sp;
      ys_xdecref (vm, v);
    }
  if (e != NULL && e->traceback != NULL && e->traceback->len > 0 && !vm->tearing_down)
    {
      YsTbEntry *t = &g_array_index (e->traceback, YsTbEntry, e->traceback->len - 1);
      if (t->code == code && t->frame == NULL)
        {
          t->frame = frame;
          frame->prev = NULL;
          frame->gen = NULL;
          return;
        }
    }
  ys_frame_free (vm, frame);
}

static void
traceback_object_dealloc (YsVM     *vm,
                          YsObject *obj)
{
  ys_clear (vm, &((YsInstance *) obj)->dict);
  ys_free_object (vm, obj);
}

static void
traceback_object_clear (YsVM     *vm,
                        YsObject *obj)
{
  ys_clear (vm, &((YsInstance *) obj)->dict);
}

/* __traceback__: an object standing for the traceback, with the line of its head. */
YsValue
ys_exception_traceback_object (YsVM    *vm,
                               YsValue  exc)
{
  YsException *e = (YsException *) ys_obj (exc);
  YsInstance *tb;
  YsValue line;

  if (e->traceback == NULL || e->traceback->len == 0)
    return ys_none (vm);
  if (vm->type_traceback == NULL)
    {
      vm->type_traceback = ys_type_new (vm, "traceback", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT], YS_TYPE_GC);
      vm->type_traceback->dealloc = traceback_object_dealloc;
      vm->type_traceback->clear = traceback_object_clear;
    }
  tb = (YsInstance *) ys_gc_alloc (vm, vm->type_traceback, sizeof (YsInstance));
  if (tb == NULL)
    return YS_NULL;
  line = ys_small (g_array_index (e->traceback, YsTbEntry, e->traceback->len - 1).line);
  ys_setattr (vm, ys_val (tb), ys_str_interned (vm, "tb_lineno"), line);
  return ys_val (tb);
}

/* str, repr and attributes */

YsValue
ys_exception_str (YsVM    *vm,
                  YsValue  exc)
{
  YsException *e = (YsException *) ys_obj (exc);
  gsize n = ys_tuple_len (e->args);

  if (n == 0)
    return ys_str_new (vm, "", 0);
  if (n == 2 && ys_type_is_subtype (ys_obj (exc)->type, vm->exc_types[YS_EXC_OS_ERROR]))
    {
      /* OSError(errno, strerror[, filename]) prints as "[Errno 2] No such file...: 'f'". */
      YsValue code = ys_to_str (vm, ys_tuple_get (e->args, 0));
      YsValue text = ys_to_str (vm, ys_tuple_get (e->args, 1));
      YsValue filename = e->dict != YS_NULL ? ys_dict_get_str (vm, e->dict, ys_str_interned (vm, "filename")) : YS_NULL;
      YsValue out = YS_NULL;
      if (code != YS_NULL && text != YS_NULL)
        {
          if (filename != YS_NULL && !ys_is_none (vm, filename))
            {
              YsValue r = ys_repr (vm, filename);
              if (r != YS_NULL)
                out = ys_str_printf (vm, "[Errno %s] %s: %s", ys_str_data (code), ys_str_data (text), ys_str_data (r));
              ys_xdecref (vm, r);
            }
          else
            out = ys_str_printf (vm, "[Errno %s] %s", ys_str_data (code), ys_str_data (text));
        }
      ys_xdecref (vm, code);
      ys_xdecref (vm, text);
      return out;
    }
  if (n == 1)
    {
      if (ys_type_is_subtype (ys_obj (exc)->type, vm->exc_types[YS_EXC_KEY_ERROR]))
        return ys_repr (vm, ys_tuple_get (e->args, 0));
      return ys_to_str (vm, ys_tuple_get (e->args, 0));
    }
  return ys_repr (vm, e->args);
}

YsValue
ys_exception_repr (YsVM    *vm,
                   YsValue  exc)
{
  YsException *e = (YsException *) ys_obj (exc);
  const char *name = ys_type_name_of (vm, exc);
  /* A module's exception ("re.error") shows its bare name, as CPython's __name__. */
  const char *dot = (ys_type_of (vm, exc)->flags & YS_TYPE_HEAP) ? NULL : strrchr (name, '.');
  YsValue r, out;

  if (dot != NULL)
    name = dot + 1;

  if (ys_tuple_len (e->args) == 1)
    {
      r = ys_repr (vm, ys_tuple_get (e->args, 0));
      if (r == YS_NULL)
        return YS_NULL;
      out = ys_str_printf (vm, "%s(%s)", name, ys_str_data (r));
    }
  else
    {
      r = ys_repr (vm, e->args);
      if (r == YS_NULL)
        return YS_NULL;
      out = ys_str_printf (vm, "%s%s", name, ys_str_data (r));
    }
  ys_decref (vm, r);
  return out;
}

YsValue
ys_exception_attribute (YsVM    *vm,
                        YsValue  exc,
                        YsStr   *name)
{
  YsException *e = (YsException *) ys_obj (exc);
  const char *n = name->data;

  if (g_str_equal (n, "args"))
    return ys_ref (e->args);
  if (g_str_equal (n, "__cause__"))
    return e->cause != YS_NULL ? ys_ref (e->cause) : ys_none (vm);
  if (g_str_equal (n, "__context__"))
    return e->context != YS_NULL ? ys_ref (e->context) : ys_none (vm);
  if (g_str_equal (n, "__suppress_context__"))
    return ys_bool (vm, e->suppress_context);
  if (g_str_equal (n, "value") && e->value != YS_NULL &&
      (e->dict == YS_NULL || ys_dict_get_str (vm, e->dict, name) == YS_NULL))
    return ys_ref (e->value);
  if (g_str_equal (n, "__traceback__"))
    return ys_exception_traceback_object (vm, exc);
  return YS_NULL;
}

/* Text of the traceback */

static const char *
source_line (YsCode  *code,
             guint32  line,
             gsize   *len)
{
  const char *p = code->source;
  guint32 l = 1;

  if (p == NULL || line == 0)
    return NULL;
  while (l < line && *p != '\0')
    {
      if (*p == '\n')
        l++;
      p++;
    }
  if (l != line)
    return NULL;
  while (*p == ' ' || *p == '\t' || *p == '\f')
    p++;
  *len = strcspn (p, "\r\n");
  while (*len > 0 && (p[*len - 1] == ' ' || p[*len - 1] == '\t'))
    (*len)--;
  return p;
}

char *
ys_format_exception (YsVM    *vm,
                     YsValue  exc)
{
  YsType *type = ys_obj (exc)->type;
  YsValue s = ys_to_str (vm, exc);
  char *text;

  if (s == YS_NULL)
    {
      ys_exc_clear (vm);
      return g_strdup_printf ("%s: <exception str() failed>", ys_type_name (type));
    }
  if (((YsException *) ys_obj (exc))->attr_obj != YS_NULL && ((YsException *) ys_obj (exc))->suggestion == NULL)
    suggest_attribute_now (vm, (YsException *) ys_obj (exc));
  if (ys_str_as (s)->nbytes == 0)
    text = g_strdup (ys_type_name (type));
  else if (((YsException *) ys_obj (exc))->suggestion != NULL)
    text = g_strdup_printf ("%s: %s. Did you mean: '%s'?", ys_type_name (type), ys_str_data (s),
                            ((YsException *) ys_obj (exc))->suggestion->data);
  else
    text = g_strdup_printf ("%s: %s", ys_type_name (type), ys_str_data (s));
  ys_decref (vm, s);
  return text;
}

static void
format_one (YsVM    *vm,
            YsValue  exc,
            GString *out,
            GPtrArray *seen)
{
  YsException *e = (YsException *) ys_obj (exc);
  char *last;

  g_ptr_array_add (seen, (gpointer) exc);
  if (e->cause != YS_NULL && !g_ptr_array_find (seen, (gpointer) e->cause, NULL))
    {
      format_one (vm, e->cause, out, seen);
      g_string_append (out, "\nThe above exception was the direct cause of the following exception:\n\n");
    }
  else if (e->context != YS_NULL && !e->suppress_context &&
           !g_ptr_array_find (seen, (gpointer) e->context, NULL))
    {
      format_one (vm, e->context, out, seen);
      g_string_append (out, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  if (e->traceback != NULL && e->traceback->len > 0)
    {
      g_string_append (out, "Traceback (most recent call last):\n");
      for (guint i = e->traceback->len; i-- > 0;)
        {
          YsTbEntry *t = &g_array_index (e->traceback, YsTbEntry, i);
          const char *src;
          gsize len = 0;
          g_string_append_printf (out, "  File \"%s\", line %u, in %s\n", t->code->filename->data,
                                  t->line, t->code->name->data);
          src = source_line (t->code, t->line, &len);
          if (src != NULL && len > 0)
            {
              g_string_append (out, "    ");
              g_string_append_len (out, src, len);
              g_string_append_c (out, '\n');
            }
        }
    }
  last = ys_format_exception (vm, exc);
  g_string_append (out, last);
  g_string_append_c (out, '\n');
  g_free (last);
}

char *
ys_format_traceback (YsVM    *vm,
                     YsValue  exc)
{
  GString *out = g_string_new (NULL);
  GPtrArray *seen = g_ptr_array_new ();

  format_one (vm, exc, out, seen);
  g_ptr_array_unref (seen);
  return g_string_free (out, FALSE);
}

void
ys_report_unraisable (YsVM       *vm,
                      const char *what,
                      YsValue     obj)
{
  YsValue exc = ys_exc_fetch (vm);
  YsValue r = ys_repr (vm, obj);
  char *tb;

  if (r != YS_NULL)
    {
      char *line = g_strdup_printf ("%s%s\n", what, ys_str_data (r));
      ys_vm_write (vm, line, strlen (line), TRUE);
      g_free (line);
      ys_decref (vm, r);
    }
  else
    ys_exc_clear (vm);
  if (exc != YS_NULL)
    {
      tb = ys_format_traceback (vm, exc);
      ys_vm_write (vm, tb, strlen (tb), TRUE);
      g_free (tb);
      ys_decref (vm, exc);
    }
}

/* The types */

static YsValue
exception_new_func (YsVM          *vm,
                    YsValue        type,
                    int            argc,
                    const YsValue *argv,
                    YsValue        kwnames)
{
  YsValue args, exc;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes no keyword arguments",
                     ys_type_name ((YsType *) ys_obj (type)));
  args = ys_tuple_from_array (vm, argv, (gsize) argc);
  if (args == YS_NULL)
    return YS_NULL;
  exc = ys_exception_new (vm, (YsType *) ys_obj (type), args);
  ys_decref (vm, args);
  return exc;
}

static YsValue
exception_with_traceback (YsVM          *vm,
                          YsValue        self,
                          int            argc,
                          const YsValue *argv,
                          YsValue        kwnames)
{
  if (!ys_args_check (vm, "with_traceback", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_ref (self);
}

void
ys_exceptions_init (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "with_traceback", exception_with_traceback },
    { NULL, NULL }
  };

  for (int i = 0; i < YS_N_EXC; i++)
    {
      YsType *base = exc_table[i].base < 0 ? vm->types[YS_KIND_OBJECT] : vm->exc_types[exc_table[i].base];
      YsType *t = ys_type_new (vm, exc_table[i].name, YS_KIND_EXCEPTION, base,
                               YS_TYPE_GC | YS_TYPE_EXCEPTION | YS_TYPE_BASETYPE);
      t->dealloc = exception_dealloc;
      t->clear = exception_clear;
      t->new_func = exception_new_func;
      vm->exc_types[i] = t;
    }
  ys_type_add_methods (vm, vm->exc_types[YS_EXC_BASE_EXCEPTION], methods);
}

YsType *
ys_module_exception_type (YsVM       *vm,
                          const char *name,
                          YsType     *base)
{
  YsType *t = ys_native_type (vm, name, YS_KIND_EXCEPTION, base,
                              YS_TYPE_GC | YS_TYPE_EXCEPTION | YS_TYPE_BASETYPE);

  t->dealloc = exception_dealloc;
  t->clear = exception_clear;
  t->new_func = exception_new_func;
  return t;
}
