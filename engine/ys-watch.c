/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Events for the observer, and the short reprs they carry. A short repr never runs
 * the program's own code (a __repr__ could print or change state), so a run behaves
 * the same watched or not, and holds no address, so two runs compare byte for byte. */
#include "ys-runtime.h"
#include "ys-opcodes.h"

#include <string.h>

/* The containers being written, outermost first: one met again is a cycle, written
 * as CPython writes it ("[...]"). Nesting deeper than this is cut by the length cap
 * long before, since every level adds a character. */
#define SHORT_REPR_DEPTH (YS_SHORT_REPR_MAX + 8)

typedef struct
{
  GString *out;
  YsValue  open[SHORT_REPR_DEPTH];
  int      depth;
} ShortRepr;

static void short_repr (YsVM *vm, YsValue v, ShortRepr *r);

static gboolean
full (ShortRepr *r)
{
  return r->out->len > YS_SHORT_REPR_MAX;
}

/* FALSE when @v is already being written (or the nesting is too deep): then its
 * ellipsis is written instead. */
static gboolean
enter (ShortRepr  *r,
       YsValue     v,
       const char *cycle)
{
  for (int i = 0; i < r->depth; i++)
    if (r->open[i] == v)
      {
        g_string_append (r->out, cycle);
        return FALSE;
      }
  if (r->depth == SHORT_REPR_DEPTH || full (r))
    {
      g_string_append (r->out, "…");
      return FALSE;
    }
  r->open[r->depth++] = v;
  return TRUE;
}

static void
short_repr_items (YsVM          *vm,
                  const YsValue *items,
                  gsize          n,
                  ShortRepr     *r)
{
  for (gsize i = 0; i < n && !full (r); i++)
    {
      if (i > 0)
        g_string_append (r->out, ", ");
      short_repr (vm, items[i], r);
    }
}

static void
short_repr (YsVM      *vm,
            YsValue    v,
            ShortRepr *r)
{
  YsKind kind = ys_kind (vm, v);
  GString *out = r->out;

  if (full (r))
    return;
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
        YsValue repr;
        if (kind == YS_KIND_INT && !ys_is_small (v) &&
            mpz_sizeinbase (((YsInt *) ys_obj (v))->value, 10) > YS_SHORT_REPR_MAX)
          {
            g_string_append_printf (out, "<int of %zu digits>",
                                    mpz_sizeinbase (((YsInt *) ys_obj (v))->value, 10));
            return;
          }
        if (kind == YS_KIND_STR && ys_str_as (v)->nbytes > 4 * YS_SHORT_REPR_MAX)
          {
            /* Only the start of a long string can be shown: quote that much. */
            const char *data = ys_str_data (v);
            const char *cut = g_utf8_find_prev_char (data, data + 4 * YS_SHORT_REPR_MAX + 1);
            YsValue head = ys_str_new (vm, data, cut - data);
            if (head != YS_NULL)
              {
                short_repr (vm, head, r);
                ys_decref (vm, head);
                return;
              }
            ys_exc_clear (vm);
          }
        repr = ys_repr (vm, v);
        if (repr == YS_NULL)
          {
            ys_exc_clear (vm);
            g_string_append (out, "?");
            return;
          }
        g_string_append_len (out, ys_str_data (repr), MIN (ys_str_as (repr)->nbytes, YS_SHORT_REPR_MAX + 8));
        ys_decref (vm, repr);
        return;
      }
    case YS_KIND_LIST:
      if (!enter (r, v, "[...]"))
        return;
      g_string_append_c (out, '[');
      short_repr_items (vm, ys_list_as (v)->items, ys_list_as (v)->length, r);
      g_string_append_c (out, ']');
      break;
    case YS_KIND_TUPLE:
      if (!enter (r, v, "(...)"))
        return;
      g_string_append_c (out, '(');
      short_repr_items (vm, ((YsTuple *) ys_obj (v))->items, ys_tuple_len (v), r);
      g_string_append (out, ys_tuple_len (v) == 1 ? ",)" : ")");
      break;
    case YS_KIND_DICT:
      {
        gsize pos = 0, i = 0;
        YsValue k, val;
        if (!enter (r, v, "{...}"))
          return;
        g_string_append_c (out, '{');
        while (!full (r) && ys_dict_next (v, &pos, &k, &val))
          {
            if (i++ > 0)
              g_string_append (out, ", ");
            short_repr (vm, k, r);
            g_string_append (out, ": ");
            short_repr (vm, val, r);
          }
        g_string_append_c (out, '}');
        break;
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
        if (!enter (r, v, "{...}"))
          return;
        g_string_append (out, kind == YS_KIND_SET ? "{" : "frozenset({");
        while (!full (r) && ys_set_next (v, &pos, &k))
          {
            if (i++ > 0)
              g_string_append (out, ", ");
            short_repr (vm, k, r);
          }
        g_string_append (out, kind == YS_KIND_SET ? "}" : "})");
        break;
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
        if (!enter (r, v, "..."))
          return;
        g_string_append (out, ys_type_name_of (vm, v));
        g_string_append_c (out, '(');
        short_repr_items (vm, ((YsTuple *) ys_obj (e->args))->items, ys_tuple_len (e->args), r);
        g_string_append_c (out, ')');
        break;
      }
    default:
      g_string_append_printf (out, "<%s object>", ys_type_name_of (vm, v));
      return;
    }
  r->depth--;
}

/* How many items a container has, for the end of its cut repr; -1 for others (whose
 * len () could run the program's code). */
static gssize
container_length (YsVM    *vm,
                  YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_LIST:
    case YS_KIND_TUPLE:
    case YS_KIND_DICT:
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      return ys_len (vm, v);
    default:
      return -1;
    }
}

char *
ys_short_repr (YsVM    *vm,
               YsValue  v)
{
  ShortRepr r = { g_string_new (NULL), { 0 }, 0 };
  YsValue saved = ys_exc_fetch (vm);

  short_repr (vm, v, &r);
  vm->exc = saved;
  if (r.out->len > YS_SHORT_REPR_MAX)
    {
      /* Cut at a character boundary, and say so, with the length of a container: the
       * ellipsis is not Python's "[...]", which means a container inside itself. */
      gssize n = container_length (vm, v);
      const char *end = g_utf8_find_prev_char (r.out->str, r.out->str + YS_SHORT_REPR_MAX - 2);
      char close = r.out->str[r.out->len - 1];
      g_string_truncate (r.out, end != NULL ? (gsize) (end - r.out->str) : 0);
      g_string_append (r.out, "…");
      if (n >= 0)
        {
          g_string_append_c (r.out, close);
          g_string_append_printf (r.out, " (%" G_GSSIZE_FORMAT " %s)", n, n == 1 ? "item" : "items");
        }
    }
  return g_string_free (r.out, FALSE);
}

/* Going back to an event: earlier ones, and the ones before it at its step, pass. */
static gboolean
pause_event_wanted (YsVM          *vm,
                    const YsEvent *event)
{
  if (vm->pause_event_step == 0)
    return TRUE;
  if (event->step < vm->pause_event_step)
    return FALSE;
  if (event->step == vm->pause_event_step && vm->pause_event_skip > 0)
    {
      vm->pause_event_skip--;
      return FALSE;
    }
  return TRUE;
}

/* Reports a filled event to the observer and the pause hook. */
static inline void
deliver (YsVM    *vm,
         YsEvent *event,
         guint    bit)
{
  if (vm->observe_mask & bit)
    vm->events++;
  if (vm->event_log != NULL && (vm->log_mask & bit))
    ys_event_log_append (vm->event_log, event);
  if (vm->observer_mask & bit)
    {
      vm->in_observer = TRUE;
      vm->observer (vm->observer_engine, event, vm->observer_data);
      vm->in_observer = FALSE;
    }
  /* Not "in the observer" while paused: what the console runs there is reported. */
  if ((vm->pause_mask & bit) && pause_event_wanted (vm, event))
    {
      vm->pause_event_hit = TRUE;
      vm->pause_hook (vm, vm->pause_data);
    }
  if (vm->event_repr != NULL)
    g_clear_pointer (&vm->event_repr, g_free);
}

/* Fills what every event has, then reports it. */
void
ys_vm_emit (YsVM    *vm,
            YsEvent *event,
            YsValue  value)
{
  YsFrame *f = vm->frame;
  guint bit = YS_EVENT_MASK (event->kind);

  if (!((vm->observe_mask | vm->pause_mask) & bit) || vm->in_observer)
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
      event->value_type = ys_type_name_of (vm, value);
      event->value = (YsHandle) value;
    }
  event->live_bytes = vm->live_bytes;
  event->peak_bytes = vm->peak_bytes;
  deliver (vm, event, bit);
}

const char *
ys_vm_event_value_repr (YsVM          *vm,
                        const YsEvent *event)
{
  if (event->value == 0)
    return NULL;
  if (vm->event_repr == NULL)
    vm->event_repr = ys_short_repr (vm, (YsValue) event->value);
  return vm->event_repr;
}

char *
ys_vm_event_last_yielded_repr (YsVM          *vm,
                               const YsEvent *event)
{
  const YsGen *g = (const YsGen *) event->subject;

  if (g == NULL || g->last_yielded == YS_NULL)
    return NULL;
  return ys_short_repr (vm, g->last_yielded);
}

void
ys_vm_emit_generator_event (YsVM         *vm,
                            YsEventKind   kind,
                            YsGen        *g,
                            YsResumeKind  how,
                            YsValue       value)
{
  YsEvent event;

  int line;

  if (!((vm->observe_mask | vm->pause_mask) & YS_EVENT_MASK (kind)) || vm->in_observer)
    return;
  if (g->frame != NULL && g->state != YS_GEN_CREATED)
    line = (int) g->frame->code->lines[g->frame->lasti];
  else
    line = g->code->firstlineno;
  ys_event_init (&event, kind);
  event.generator = g->id;
  event.subject = (YsHandle) g;
  event.function = g->qualname->data;
  event.resume = how;
  event.line = line;
  ys_vm_emit (vm, &event, value);
}

void
ys_vm_update_tracing (YsVM *vm)
{
  guint line_kinds = YS_EVENT_MASK (YS_EVENT_LINE) | YS_EVENT_MASK (YS_EVENT_MEMORY);
  gboolean lines;

  vm->observe_mask = (vm->observer != NULL ? vm->observer_mask : 0) |
                     (vm->event_log != NULL ? vm->log_mask : 0);
  lines = ((vm->observe_mask | vm->pause_mask) & line_kinds) != 0 || vm->pause_line != 0;
  vm->log_only_mask = vm->event_log != NULL ? vm->log_mask & ~(vm->observer_mask | vm->pause_mask) : 0;
  if (vm->pause_line != 0)
    vm->log_only_mask &= ~YS_EVENT_MASK (YS_EVENT_LINE);
  vm->tracing &= ~YS_TRACING_STEP;
  if (vm->pause_step != 0)
    vm->tracing |= YS_TRACING_STEP;
  if (lines != vm->trace_lines)
    {
      vm->trace_lines = lines;
      vm->trace_gen++;
      /* Every eval loop on the C stack switches at its next instruction. */
      vm->stale_evals = (guint) vm->c_depth;
      if (vm->stale_evals > 0)
        vm->tracing |= YS_TRACING_STALE;
    }
}

/* Where a line may begin: the first instruction, a change of line, and every jump or
 * handler target (a loop goes back to its line). Only there can a frame's line
 * differ from the one it last reported, so only there is it checked. */
const YsInstr *
ys_code_make_traced_instrs (YsCode *code)
{
  YsInstr *t;

  if (code->traced_instrs != NULL)
    return code->traced_instrs;
  t = g_new (YsInstr, code->n_instrs);
  memcpy (t, code->instrs, code->n_instrs * sizeof (YsInstr));
  for (guint32 i = 0; i < code->n_instrs; i++)
    {
      if (i == 0 || code->lines[i] != code->lines[i - 1])
        t[i] = YS_OP_TRACE;
      switch (YS_OP (code->instrs[i]))
        {
        case YS_OP_JUMP:
        case YS_OP_POP_JUMP_IF_FALSE:
        case YS_OP_POP_JUMP_IF_TRUE:
        case YS_OP_JUMP_IF_FALSE_OR_POP:
        case YS_OP_JUMP_IF_TRUE_OR_POP:
        case YS_OP_FOR_ITER:
        case YS_OP_SEND:
          if (YS_ARG (code->instrs[i]) < code->n_instrs)
            t[YS_ARG (code->instrs[i])] = YS_OP_TRACE;
          break;
        default:
          break;
        }
    }
  for (guint h = 0; h < code->n_handlers; h++)
    if (code->handlers[h].target < code->n_instrs)
      t[code->handlers[h].target] = YS_OP_TRACE;
  code->traced_instrs = t;
  return t;
}

/* Runs at each TRACE instruction, before the instruction it stands for (at @ip). */
void
ys_vm_trace_instruction (YsVM    *vm,
                         YsFrame *frame,
                         guint32  ip)
{
  guint32 line = frame->code->lines[ip];
  gboolean new_line = line != frame->traced_line;
  guint32 saved = frame->lasti;

  /* Paused or reported before this instruction: snapshots show its line. */
  frame->lasti = ip;
  if (new_line)
    frame->traced_line = line;
  if (new_line && ((vm->observe_mask | vm->pause_mask) & YS_EVENT_MASK (YS_EVENT_LINE)) && !vm->in_observer)
    {
      /* The most frequent event: filled here in full rather than by ys_vm_emit. */
      YsEvent event;
      ys_event_init (&event, YS_EVENT_LINE);
      /* Reported before the line's first instruction runs: that step is next. */
      event.step = vm->steps + 1;
      event.line = (int) line;
      event.depth = vm->depth;
      event.function = frame->code->name->data;
      if (frame->gen != NULL)
        event.generator = ((YsGen *) frame->gen)->id;
      event.live_bytes = vm->live_bytes;
      event.peak_bytes = vm->peak_bytes;
      deliver (vm, &event, YS_EVENT_MASK (YS_EVENT_LINE));
    }
  if (vm->pause_hook != NULL && vm->pause_line != 0 && new_line && (int) line == vm->pause_line)
    vm->pause_hook (vm, vm->pause_data);
  if ((vm->observe_mask & YS_EVENT_MASK (YS_EVENT_MEMORY)) && vm->live_bytes != vm->reported_bytes)
    {
      YsEvent event;
      vm->reported_bytes = vm->live_bytes;
      ys_event_init (&event, YS_EVENT_MEMORY);
      event.step = vm->steps + 1;
      event.line = (int) line;
      ys_vm_emit (vm, &event, YS_NULL);
    }
  frame->lasti = saved;
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

/* Snapshots */

static const char *const kind_names[YS_N_KINDS] = {
  [YS_KIND_OBJECT] = "object", [YS_KIND_TYPE] = "type", [YS_KIND_NONE] = "None",
  [YS_KIND_BOOL] = "bool", [YS_KIND_INT] = "int", [YS_KIND_FLOAT] = "float",
  [YS_KIND_STR] = "str", [YS_KIND_LIST] = "list", [YS_KIND_TUPLE] = "tuple",
  [YS_KIND_DICT] = "dict", [YS_KIND_SET] = "set", [YS_KIND_FROZENSET] = "frozenset",
  [YS_KIND_RANGE] = "range", [YS_KIND_SLICE] = "slice", [YS_KIND_FUNCTION] = "function",
  [YS_KIND_BUILTIN] = "builtin", [YS_KIND_METHOD] = "method", [YS_KIND_CODE] = "code",
  [YS_KIND_CELL] = "cell", [YS_KIND_GENERATOR] = "generator", [YS_KIND_ITERATOR] = "iterator",
  [YS_KIND_DICTVIEW] = "dict view", [YS_KIND_EXCEPTION] = "exception", [YS_KIND_MODULE] = "module",
  [YS_KIND_INSTANCE] = "instance", [YS_KIND_FRAME] = "frame", [YS_KIND_FILE] = "file",
  [YS_KIND_NOTIMPL] = "NotImplemented", [YS_KIND_ELLIPSIS] = "Ellipsis",
};

static void
variable_free (gpointer data)
{
  YsVariable *v = data;

  g_free (v->name);
  g_free (v->type);
  g_free (v->repr);
  g_free (v);
}

static YsVariable *
variable_new (YsVM       *vm,
              const char *name,
              YsValue     value)
{
  YsVariable *v = g_new0 (YsVariable, 1);

  v->name = g_strdup (name);
  v->type = g_strdup (ys_type_name_of (vm, value));
  v->repr = ys_short_repr (vm, value);
  v->handle = (YsHandle) value;
  v->bytes = ys_object_sizeof (vm, value);
  v->length = container_length (vm, value);
  v->expandable = v->length > 0 || ((ys_kind (vm, value) == YS_KIND_INSTANCE || ys_kind (vm, value) == YS_KIND_EXCEPTION) &&
                                    (ys_kind (vm, value) == YS_KIND_INSTANCE ? ((YsInstance *) ys_obj (value))->dict
                                                                               : ((YsException *) ys_obj (value))->dict) != YS_NULL);
  return v;
}

/* The last of an expansion cut at YS_EXPAND_MAX: how many more there are. */
static YsVariable *
more_variable (gsize more)
{
  YsVariable *v = g_new0 (YsVariable, 1);

  v->name = g_strdup ("…");
  v->type = g_strdup ("");
  v->repr = g_strdup_printf ("%" G_GSIZE_FORMAT " more", more);
  v->length = -1;
  return v;
}

static GPtrArray *
frame_variables (YsVM    *vm,
                 YsFrame *f)
{
  GPtrArray *vars = g_ptr_array_new_with_free_func (variable_free);
  YsCode *code = f->code;

  for (int i = 0; i < code->nlocals; i++)
    if (f->localsplus[i] != YS_NULL)
      g_ptr_array_add (vars, variable_new (vm, ys_str_data (ys_tuple_get (code->varnames, i)), f->localsplus[i]));
  for (int i = 0; i < code->ncells + code->nfrees; i++)
    {
      YsValue cell = f->localsplus[code->nlocals + i];
      if (cell != YS_NULL && ((YsCell *) ys_obj (cell))->ref != YS_NULL)
        g_ptr_array_add (vars, variable_new (vm, ys_str_data (ys_tuple_get (code->cellnames, i)),
                                             ((YsCell *) ys_obj (cell))->ref));
    }
  return vars;
}

static void
generator_info_free (gpointer data)
{
  YsGeneratorInfo *g = data;

  g_free (g->name);
  g_free (g->last_value);
  g_clear_pointer (&g->locals, g_ptr_array_unref);
  g_free (g);
}

static void
frame_info_free (gpointer data)
{
  YsFrameInfo *f = data;

  g_free (f->function);
  g_clear_pointer (&f->locals, g_ptr_array_unref);
  g_free (f);
}

static gint
compare_generators (gconstpointer a,
                    gconstpointer b)
{
  const YsGeneratorInfo *ga = *(YsGeneratorInfo *const *) a, *gb = *(YsGeneratorInfo *const *) b;

  return ga->id < gb->id ? -1 : ga->id > gb->id;
}

YsSnapshot *
ys_vm_snapshot (YsVM *vm)
{
  YsSnapshot *snap = g_new0 (YsSnapshot, 1);
  YsValue saved = ys_exc_fetch (vm);

  snap->step = vm->steps;
  snap->live_bytes = vm->live_bytes;
  snap->peak_bytes = vm->peak_bytes;

  snap->generators = g_ptr_array_new_with_free_func (generator_info_free);
  for (YsGCHead *h = vm->gc_list.next; h != &vm->gc_list; h = h->next)
    {
      YsObject *obj = (YsObject *) (h + 1);
      YsGen *g;
      YsGeneratorInfo *info;
      if (obj->type->kind != YS_KIND_GENERATOR)
        continue;
      g = (YsGen *) obj;
      info = g_new0 (YsGeneratorInfo, 1);
      info->id = g->id;
      info->name = g_strdup (g->qualname->data);
      info->state = (YsGeneratorState) g->state;
      info->bytes = ys_object_sizeof (vm, ys_val (g));
      info->handle = (YsHandle) ys_val (g);
      if (g->frame != NULL)
        {
          info->line = g->state == YS_GEN_CREATED ? g->code->firstlineno
                                                  : (int) g->frame->code->lines[g->frame->lasti];
          info->locals = frame_variables (vm, g->frame);
        }
      else
        info->locals = g_ptr_array_new_with_free_func (variable_free);
      if (g->last_yielded != YS_NULL)
        info->last_value = ys_short_repr (vm, g->last_yielded);
      if (g->yieldfrom != YS_NULL && ys_kind (vm, g->yieldfrom) == YS_KIND_GENERATOR)
        info->yield_from = ((YsGen *) ys_obj (g->yieldfrom))->id;
      g_ptr_array_add (snap->generators, info);
    }
  g_ptr_array_sort (snap->generators, compare_generators);

  snap->stack = g_ptr_array_new_with_free_func (frame_info_free);
  for (YsFrame *f = vm->frame; f != NULL; f = f->prev)
    {
      YsFrameInfo *info = g_new0 (YsFrameInfo, 1);
      info->function = g_strdup (f->code->name->data);
      info->line = (int) f->code->lines[f->lasti < f->code->n_instrs ? f->lasti : 0];
      info->generator = f->gen != NULL ? ((YsGen *) f->gen)->id : 0;
      info->locals = (f->code->flags & YS_CODE_MODULE) ? g_ptr_array_new_with_free_func (variable_free)
                                                      : frame_variables (vm, f);
      g_ptr_array_add (snap->stack, info);
    }

  snap->globals = g_ptr_array_new_with_free_func (variable_free);
  {
    gsize pos = 0;
    YsValue k, v;
    while (ys_dict_next (vm->globals, &pos, &k, &v))
      {
        const char *name = ys_kind (vm, k) == YS_KIND_STR ? ys_str_data (k) : "?";
        if (g_str_has_prefix (name, "__") && g_str_has_suffix (name, "__"))
          continue;
        g_ptr_array_add (snap->globals, variable_new (vm, name, v));
      }
  }

  snap->kinds = g_ptr_array_new_with_free_func (variable_free);
  for (int k = 0; k < YS_N_KINDS; k++)
    if (vm->kind_count[k] > 0 || vm->kind_bytes[k] > 0)
      {
        YsVariable *v = g_new0 (YsVariable, 1);
        v->name = g_strdup (kind_names[k] != NULL ? kind_names[k] : "?");
        v->type = g_strdup ("kind");
        v->repr = g_strdup_printf ("%" G_GSIZE_FORMAT " objects", vm->kind_count[k]);
        v->bytes = vm->kind_bytes[k];
        g_ptr_array_add (snap->kinds, v);
      }
  vm->exc = saved;
  return snap;
}

void
ys_snapshot_free (YsSnapshot *snap)
{
  if (snap == NULL)
    return;
  g_clear_pointer (&snap->generators, g_ptr_array_unref);
  g_clear_pointer (&snap->stack, g_ptr_array_unref);
  g_clear_pointer (&snap->globals, g_ptr_array_unref);
  g_clear_pointer (&snap->kinds, g_ptr_array_unref);
  g_free (snap);
}

GPtrArray *
ys_vm_expand (YsVM    *vm,
              YsValue  v)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (variable_free);

  switch (ys_kind (vm, v))
    {
    case YS_KIND_LIST:
    case YS_KIND_TUPLE:
      {
        gsize n = ys_kind (vm, v) == YS_KIND_LIST ? ys_list_as (v)->length : ys_tuple_len (v);
        const YsValue *src = ys_kind (vm, v) == YS_KIND_LIST ? ys_list_as (v)->items
                                                            : ((YsTuple *) ys_obj (v))->items;
        for (gsize i = 0; i < n && i < YS_EXPAND_MAX; i++)
          {
            g_autofree char *name = g_strdup_printf ("[%" G_GSIZE_FORMAT "]", i);
            g_ptr_array_add (items, variable_new (vm, name, src[i]));
          }
        if (n > YS_EXPAND_MAX)
          g_ptr_array_add (items, more_variable (n - YS_EXPAND_MAX));
        return items;
      }
    case YS_KIND_DICT:
      {
        gsize pos = 0;
        YsValue k, val;
        while (ys_dict_next (v, &pos, &k, &val))
          {
            g_autofree char *key = NULL;
            if (items->len == YS_EXPAND_MAX)
              {
                g_ptr_array_add (items, more_variable (ys_dict_len (v) - YS_EXPAND_MAX));
                break;
              }
            key = ys_short_repr (vm, k);
            g_ptr_array_add (items, variable_new (vm, key, val));
          }
        return items;
      }
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      {
        gsize pos = 0, i = 0;
        YsValue k;
        while (ys_set_next (v, &pos, &k))
          {
            g_autofree char *name = NULL;
            if (i == YS_EXPAND_MAX)
              {
                g_ptr_array_add (items, more_variable (ys_set_len (v) - YS_EXPAND_MAX));
                break;
              }
            name = g_strdup_printf ("#%" G_GSIZE_FORMAT, i++);
            g_ptr_array_add (items, variable_new (vm, name, k));
          }
        return items;
      }
    case YS_KIND_INSTANCE:
    case YS_KIND_EXCEPTION:
      {
        YsValue dict = ys_kind (vm, v) == YS_KIND_INSTANCE ? ((YsInstance *) ys_obj (v))->dict
                                                           : ((YsException *) ys_obj (v))->dict;
        gsize pos = 0;
        YsValue k, val;
        if (dict != YS_NULL)
          while (ys_dict_next (dict, &pos, &k, &val))
            g_ptr_array_add (items, variable_new (vm, ys_kind (vm, k) == YS_KIND_STR ? ys_str_data (k) : "?", val));
        return items;
      }
    default:
      g_ptr_array_unref (items);
      return NULL;
    }
}

gboolean
ys_variable_same (const YsVariable *a,
                  const YsVariable *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->type, b->type) == 0 && g_strcmp0 (a->repr, b->repr) == 0;
}

const YsGeneratorInfo *
ys_snapshot_find_generator (const YsSnapshot *snapshot,
                            guint64           id)
{
  if (snapshot == NULL)
    return NULL;
  for (guint i = 0; i < snapshot->generators->len; i++)
    {
      const YsGeneratorInfo *g = g_ptr_array_index (snapshot->generators, i);
      if (g->id == id)
        return g;
    }
  return NULL;
}
