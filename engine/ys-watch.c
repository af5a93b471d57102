/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Events for the observer, and the short reprs they carry. A short repr never runs
 * the program's own code (a __repr__ could print or change state), so a run behaves
 * the same watched or not, and holds no address, so two runs compare byte for byte. */
#include "ys-runtime.h"

#include <string.h>

static void short_repr (YsVM *vm, YsValue v, GString *out, int depth);

static void
short_repr_items (YsVM          *vm,
                  const YsValue *items,
                  gsize          n,
                  GString       *out,
                  int            depth)
{
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (out->len > YS_SHORT_REPR_MAX)
        {
          g_string_append (out, "...");
          return;
        }
      short_repr (vm, items[i], out, depth + 1);
    }
}

static void
short_repr (YsVM    *vm,
            YsValue  v,
            GString *out,
            int      depth)
{
  YsKind kind = ys_kind (vm, v);

  if (depth > 3)
    {
      g_string_append (out, "...");
      return;
    }
  switch (kind)
    {
    case YS_KIND_INT:
    case YS_KIND_BOOL:
    case YS_KIND_FLOAT:
    case YS_KIND_STR:
    case YS_KIND_NONE:
    case YS_KIND_RANGE:
    case YS_KIND_SLICE:
    case YS_KIND_ELLIPSIS:
      {
        YsValue r;
        if (kind == YS_KIND_INT && !ys_is_small (v) &&
            mpz_sizeinbase (((YsInt *) ys_obj (v))->value, 10) > YS_SHORT_REPR_MAX)
          {
            g_string_append_printf (out, "<int of %zu digits>",
                                    mpz_sizeinbase (((YsInt *) ys_obj (v))->value, 10));
            return;
          }
        r = ys_repr (vm, v);
        if (r == YS_NULL)
          {
            ys_exc_clear (vm);
            g_string_append (out, "?");
            return;
          }
        g_string_append_len (out, ys_str_data (r), MIN (ys_str_as (r)->nbytes, YS_SHORT_REPR_MAX + 8));
        ys_decref (vm, r);
        return;
      }
    case YS_KIND_LIST:
      g_string_append_c (out, '[');
      short_repr_items (vm, ys_list_as (v)->items, ys_list_as (v)->length, out, depth);
      g_string_append_c (out, ']');
      return;
    case YS_KIND_TUPLE:
      g_string_append_c (out, '(');
      short_repr_items (vm, ((YsTuple *) ys_obj (v))->items, ys_tuple_len (v), out, depth);
      g_string_append (out, ys_tuple_len (v) == 1 ? ",)" : ")");
      return;
    case YS_KIND_DICT:
      {
        gsize pos = 0, i = 0;
        YsValue k, val;
        g_string_append_c (out, '{');
        while (ys_dict_next (v, &pos, &k, &val))
          {
            if (i++ > 0)
              g_string_append (out, ", ");
            if (out->len > YS_SHORT_REPR_MAX)
              {
                g_string_append (out, "...");
                break;
              }
            short_repr (vm, k, out, depth + 1);
            g_string_append (out, ": ");
            short_repr (vm, val, out, depth + 1);
          }
        g_string_append_c (out, '}');
        return;
      }
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      {
        gsize pos = 0, i = 0;
        YsValue k;
        if (ys_set_len (v) == 0)
          {
            g_string_append (out, kind == YS_KIND_SET ? "set()" : "frozenset()");
            return;
          }
        g_string_append (out, kind == YS_KIND_SET ? "{" : "frozenset({");
        while (ys_set_next (v, &pos, &k))
          {
            if (i++ > 0)
              g_string_append (out, ", ");
            if (out->len > YS_SHORT_REPR_MAX)
              {
                g_string_append (out, "...");
                break;
              }
            short_repr (vm, k, out, depth + 1);
          }
        g_string_append (out, kind == YS_KIND_SET ? "}" : "})");
        return;
      }
    case YS_KIND_GENERATOR:
      g_string_append_printf (out, "<generator %s #%" G_GUINT64_FORMAT ">",
                              ((YsGen *) ys_obj (v))->qualname->data, ((YsGen *) ys_obj (v))->id);
      return;
    case YS_KIND_FUNCTION:
      g_string_append_printf (out, "<function %s>", ((YsFunction *) ys_obj (v))->qualname->data);
      return;
    case YS_KIND_BUILTIN:
      g_string_append_printf (out, "<built-in %s>", ((YsBuiltin *) ys_obj (v))->name->data);
      return;
    case YS_KIND_TYPE:
      g_string_append_printf (out, "<class '%s'>", ys_type_name ((YsType *) ys_obj (v)));
      return;
    case YS_KIND_EXCEPTION:
      {
        YsException *e = (YsException *) ys_obj (v);
        g_string_append (out, ys_type_name_of (vm, v));
        g_string_append_c (out, '(');
        short_repr_items (vm, ((YsTuple *) ys_obj (e->args))->items, ys_tuple_len (e->args), out, depth);
        g_string_append_c (out, ')');
        return;
      }
    default:
      g_string_append_printf (out, "<%s object>", ys_type_name_of (vm, v));
      return;
    }
}

char *
ys_short_repr (YsVM    *vm,
               YsValue  v)
{
  GString *out = g_string_new (NULL);
  YsValue saved = ys_exc_fetch (vm);

  short_repr (vm, v, out, 0);
  vm->exc = saved;
  if (out->len > YS_SHORT_REPR_MAX)
    {
      /* Cut at a character boundary, and say so. */
      const char *end = g_utf8_find_prev_char (out->str, out->str + YS_SHORT_REPR_MAX - 2);
      g_string_truncate (out, end != NULL ? (gsize) (end - out->str) : 0);
      g_string_append (out, "...");
    }
  return g_string_free (out, FALSE);
}

/* Fills what every event has, then reports it. */
void
ys_vm_emit (YsVM    *vm,
            YsEvent *event,
            YsValue  value)
{
  g_autofree char *repr = NULL;
  YsFrame *f = vm->frame;

  if (vm->observer == NULL || !(vm->observe_mask & YS_EVENT_MASK (event->kind)) || vm->in_observer)
    return;
  if (event->step == 0)
    event->step = vm->steps;
  event->depth = vm->depth;
  if (f != NULL)
    {
      guint32 at = f->lasti < f->code->n_instrs ? f->lasti : 0;
      if (event->line == 0)
        event->line = (int) f->code->lines[at];
      if (event->function == NULL)
        event->function = f->code->name->data;
    }
  if (value != YS_NULL)
    {
      repr = ys_short_repr (vm, value);
      event->value_type = ys_type_name_of (vm, value);
      event->value_repr = repr;
      event->value = (YsHandle) value;
    }
  event->live_bytes = vm->live_bytes;
  event->peak_bytes = vm->peak_bytes;
  vm->events++;
  vm->in_observer = TRUE;
  vm->observer (vm->observer_engine, event, vm->observer_data);
  vm->in_observer = FALSE;
}

void
ys_vm_emit_generator (YsVM         *vm,
                      YsEventKind   kind,
                      YsGen        *g,
                      YsResumeKind  how,
                      YsValue       value)
{
  YsEvent event = { 0 };

  if (vm->observer == NULL || !(vm->observe_mask & YS_EVENT_MASK (kind)))
    return;
  event.kind = kind;
  event.generator = g->id;
  event.function = g->qualname->data;
  event.resume = how;
  if (g->frame != NULL && g->state != YS_GEN_CREATED)
    event.line = (int) g->frame->code->lines[g->frame->lasti];
  else
    event.line = g->code->firstlineno;
  ys_vm_emit (vm, &event, value);
}

/* The slow path of the eval loop while line or memory events are watched. */
void
ys_vm_trace_instruction (YsVM    *vm,
                         YsFrame *frame,
                         guint32  ip)
{
  guint32 line = frame->code->lines[ip];

  if ((vm->observe_mask & YS_EVENT_MASK (YS_EVENT_LINE)) && line != frame->traced_line)
    {
      YsEvent event = { 0 };
      guint32 saved = frame->lasti;
      frame->traced_line = line;
      frame->lasti = ip;
      /* Reported before the line's first instruction runs: that step is next. */
      event.step = vm->steps + 1;
      event.kind = YS_EVENT_LINE;
      event.line = (int) line;
      if (frame->gen != NULL)
        event.generator = ((YsGen *) frame->gen)->id;
      ys_vm_emit (vm, &event, YS_NULL);
      frame->lasti = saved;
    }
  if ((vm->observe_mask & YS_EVENT_MASK (YS_EVENT_MEMORY)) && vm->live_bytes != vm->reported_bytes)
    {
      YsEvent event = { 0 };
      vm->reported_bytes = vm->live_bytes;
      event.step = vm->steps + 1;
      event.kind = YS_EVENT_MEMORY;
      event.line = (int) line;
      ys_vm_emit (vm, &event, YS_NULL);
    }
}

const char *
ys_event_kind_name (YsEventKind kind)
{
  static const char *const names[] = {
    "gen-created", "gen-resumed", "gen-yielded", "gen-returned", "gen-raised", "gen-closed",
    "gen-finalized", "call", "return", "line", "output", "memory"
  };

  g_return_val_if_fail (kind < YS_N_EVENT_KINDS, "unknown");
  return names[kind];
}

const char *
ys_resume_kind_name (YsResumeKind kind)
{
  static const char *const names[] = { "next", "send", "throw", "close" };

  g_return_val_if_fail (kind <= YS_RESUME_CLOSE, "unknown");
  return names[kind];
}
