/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The queue module: Queue, LifoQueue, PriorityQueue and SimpleQueue, Empty and Full.
 * A program has one thread, so a blocking get on an empty queue (or put on a full
 * one) waits as CPython's would: for its timeout, or until Stop. */
#include "ys-runtime.h"

#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

typedef enum {
  QUEUE_FIFO,
  QUEUE_LIFO,
  QUEUE_PRIORITY,
  QUEUE_SIMPLE,
} QueueKind;

typedef struct
{
  YsInstance  base;
  YsValue     items;       /* list; a FIFO's items start at head */
  gsize       head;
  gssize      maxsize;     /* <= 0: no limit */
  gssize      unfinished;
  QueueKind   kind;
} Queue;

#define QUEUE(v) ((Queue *) ys_obj (v))

/* The first three are Python classes in CPython (bare names of the module queue). */
static const char *const type_names[] = {
  "Queue", "LifoQueue", "PriorityQueue", "_queue.SimpleQueue",
};

static YsType *
empty_type (YsVM *vm)
{
  return ys_module_exception_type (vm, "_queue.Empty", vm->exc_types[YS_EXC_EXCEPTION]);
}

static YsType *
full_type (YsVM *vm)
{
  return ys_module_exception_type (vm, "queue.Full", vm->exc_types[YS_EXC_EXCEPTION]);
}

static void
queue_clear (YsVM     *vm,
             YsObject *obj)
{
  ys_clear (vm, &((Queue *) obj)->base.dict);
  ys_clear (vm, &((Queue *) obj)->items);
}


static gssize
queue_len (Queue *q)
{
  return (gssize) (ys_list_as (q->items)->length - q->head);
}

static YsValue
queue_new (YsVM          *vm,
           YsValue        type,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  static const char *const names[] = { "maxsize" };
  YsType *t = (YsType *) ys_obj (type);
  YsValue args[1];
  gint64 maxsize = 0;
  Queue *q;
  int kind;

  for (kind = 0; kind < QUEUE_SIMPLE && !g_str_equal (ys_type_name (t), type_names[kind]); kind++)
    ;
  if (kind == QUEUE_SIMPLE)
    {
      if (argc > 0 || ys_kw_count (kwnames) > 0)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "SimpleQueue() takes no arguments");
    }
  else
    {
      if (!ys_args_bind (vm, "__init__", names, 1, 0, 1, 0, argc, argv, kwnames, args))
        return YS_NULL;
      if (args[0] != YS_NULL && (!ys_is_int (vm, args[0]) || !ys_int_to_i64 (vm, args[0], &maxsize)))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "maxsize must be an int");
    }
  q = (Queue *) ys_gc_alloc (vm, t, sizeof (Queue));
  if (q == NULL)
    return YS_NULL;
  q->items = ys_list_new (vm, 0);
  q->maxsize = (gssize) maxsize;
  q->kind = (QueueKind) kind;
  if (q->items == YS_NULL)
    {
      ys_decref (vm, ys_val (q));
      return YS_NULL;
    }
  return ys_val (q);
}

/* block and timeout: how long to wait (-1 forever, 0 not at all), or FALSE on error. */
static gboolean
wait_args (YsVM    *vm,
           YsValue  block,
           YsValue  timeout,
           gint64  *usec)
{
  double secs;
  int b = block != YS_NULL ? ys_truthy (vm, block) : 1;

  if (b < 0)
    return FALSE;
  *usec = b ? -1 : 0;
  if (b && timeout != YS_NULL && !ys_is_none (vm, timeout))
    {
      if (!ys_number_to_double (vm, timeout, &secs))
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'<' not supported between instances of '%s' and 'int'",
                    ys_type_name_of (vm, timeout));
          return FALSE;
        }
      if (secs < 0)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "'timeout' must be a non-negative number");
          return FALSE;
        }
      *usec = (gint64) (secs * 1e6);
    }
  return TRUE;
}

/* Nothing else can change the queue while this thread waits: wait, then fail. */
static YsValue
wait_then_raise (YsVM    *vm,
                 gint64   usec,
                 YsType  *exc)
{
  if (usec != 0 && !ys_vm_sleep (vm, usec))
    return YS_NULL;
  return ys_raise_value (vm, ys_exception_new (vm, exc, vm->empty_tuple));
}

static YsValue
heapq_call (YsVM       *vm,
            const char *name,
            int         argc,
            YsValue    *argv)
{
  YsValue heapq = ys_import_module (vm, ys_str_interned (vm, "heapq")), f, r;

  if (heapq == YS_NULL)
    return YS_NULL;
  f = ys_getattr (vm, heapq, ys_str_interned (vm, name));
  ys_decref (vm, heapq);
  if (f == YS_NULL)
    return YS_NULL;
  r = ys_call (vm, f, argc, argv, YS_NULL);
  ys_decref (vm, f);
  return r;
}

static YsValue
queue_put_item (YsVM    *vm,
                YsValue  self,
                YsValue  item,
                gint64   usec)
{
  Queue *q = QUEUE (self);

  if (q->kind != QUEUE_SIMPLE && q->maxsize > 0 && queue_len (q) >= q->maxsize)
    return wait_then_raise (vm, usec, full_type (vm));
  if (q->kind == QUEUE_PRIORITY)
    {
      YsValue args[2] = { q->items, item }, r = heapq_call (vm, "heappush", 2, args);
      if (r == YS_NULL)
        return YS_NULL;
      ys_decref (vm, r);
    }
  else if (!ys_list_append (vm, q->items, item))
    return YS_NULL;
  q->unfinished++;
  return ys_none (vm);
}

static YsValue
queue_get_item (YsVM    *vm,
                YsValue  self,
                gint64   usec)
{
  Queue *q = QUEUE (self);
  YsList *l = ys_list_as (q->items);
  YsValue item;

  if (queue_len (q) == 0)
    return wait_then_raise (vm, usec, empty_type (vm));
  if (q->kind == QUEUE_PRIORITY)
    return heapq_call (vm, "heappop", 1, &q->items);
  if (q->kind == QUEUE_LIFO)
    {
      item = l->items[--l->length];
      return item;
    }
  item = l->items[q->head];
  l->items[q->head++] = YS_NULL;
  /* The taken slots are dropped once they are half of the list. */
  if (q->head * 2 >= l->length)
    {
      memmove (l->items, l->items + q->head, (l->length - q->head) * sizeof (YsValue));
      l->length -= q->head;
      q->head = 0;
    }
  return item;
}

FUNC (queue_put)
{
  static const char *const names[] = { "item", "block", "timeout" };
  YsValue args[3];
  gint64 usec;

  if (!ys_args_bind (vm, "put", names, 3, 0, 3, 1, argc, argv, kwnames, args) || !wait_args (vm, args[1], args[2], &usec))
    return YS_NULL;
  return queue_put_item (vm, self, args[0], usec);
}

FUNC (queue_put_nowait)
{
  if (!ys_args_check (vm, "put_nowait", argc, kwnames, 1, 1))
    return YS_NULL;
  return queue_put_item (vm, self, argv[0], 0);
}

FUNC (queue_get)
{
  static const char *const names[] = { "block", "timeout" };
  YsValue args[2];
  gint64 usec;

  if (!ys_args_bind (vm, "get", names, 2, 0, 2, 0, argc, argv, kwnames, args) || !wait_args (vm, args[0], args[1], &usec))
    return YS_NULL;
  return queue_get_item (vm, self, usec);
}

FUNC (queue_get_nowait)
{
  if (!ys_args_check (vm, "get_nowait", argc, kwnames, 0, 0))
    return YS_NULL;
  return queue_get_item (vm, self, 0);
}

FUNC (queue_qsize)
{
  if (!ys_args_check (vm, "qsize", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_small (queue_len (QUEUE (self)));
}

FUNC (queue_empty)
{
  if (!ys_args_check (vm, "empty", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_bool (vm, queue_len (QUEUE (self)) == 0);
}

FUNC (queue_full)
{
  Queue *q = QUEUE (self);

  if (!ys_args_check (vm, "full", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_bool (vm, q->maxsize > 0 && queue_len (q) >= q->maxsize);
}

FUNC (queue_task_done)
{
  if (!ys_args_check (vm, "task_done", argc, kwnames, 0, 0))
    return YS_NULL;
  if (QUEUE (self)->unfinished <= 0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "task_done() called too many times");
  QUEUE (self)->unfinished--;
  return ys_none (vm);
}

FUNC (queue_join)
{
  if (!ys_args_check (vm, "join", argc, kwnames, 0, 0))
    return YS_NULL;
  /* Unfinished tasks would be finished by another thread, which there is not. */
  if (QUEUE (self)->unfinished > 0 && !ys_vm_sleep (vm, -1))
    return YS_NULL;
  return ys_none (vm);
}

static YsValue
queue_get_attr (YsVM    *vm,
                YsValue  obj,
                gssize   index)
{
  Queue *q = QUEUE (obj);
  YsList *l = ys_list_as (q->items);

  if (index == 0)
    return ys_small (q->maxsize);
  {
    /* A copy of the items in queue order: a deque for a FIFO, a list for the others,
     * as CPython keeps them. */
    YsValue list = ys_list_new (vm, l->length - q->head), collections, deque, d;
    for (gsize i = q->head; list != YS_NULL && i < l->length; i++)
      ys_list_append (vm, list, l->items[i]);
    if (list == YS_NULL || q->kind != QUEUE_FIFO)
      return list;
    collections = ys_import_module (vm, ys_str_interned (vm, "collections"));
    deque = collections != YS_NULL ? ys_getattr (vm, collections, ys_str_interned (vm, "deque")) : YS_NULL;
    d = deque != YS_NULL ? ys_call1 (vm, deque, list) : YS_NULL;
    ys_xdecref (vm, collections);
    ys_xdecref (vm, deque);
    ys_decref (vm, list);
    return d;
  }
}

YsValue
ys_module_queue (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "put", queue_put }, { "put_nowait", queue_put_nowait }, { "get", queue_get },
    { "get_nowait", queue_get_nowait }, { "qsize", queue_qsize }, { "empty", queue_empty },
    { "full", queue_full }, { "task_done", queue_task_done }, { "join", queue_join }, { NULL, NULL }
  };
  static const char *const attrs[] = { "maxsize", "queue", NULL };
  YsValue module = ys_module_new (vm, "queue");

  if (module == YS_NULL)
    return YS_NULL;
  for (int kind = 0; kind <= QUEUE_SIMPLE; kind++)
    {
      YsType *type = ys_native_type (vm, type_names[kind], YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                     YS_TYPE_GC | YS_TYPE_SLOTS);
      if (type->dealloc == NULL)
        {
          type->dealloc = ys_dealloc_cleared;
          type->clear = queue_clear;
          type->new_func = queue_new;
          ys_type_add_methods (vm, type, methods);
          if (kind != QUEUE_SIMPLE)
            ys_type_add_descriptors (vm, type, queue_get_attr, attrs);
        }
      if (kind != QUEUE_SIMPLE)
        ys_type_set_attr (vm, type, "__module__", ys_val (ys_str_interned (vm, "queue")));
      ys_module_add (vm, module, kind != QUEUE_SIMPLE ? type_names[kind] : "SimpleQueue", ys_val (type));
    }
  ys_module_add (vm, module, "Empty", ys_val (empty_type (vm)));
  ys_module_add (vm, module, "Full", ys_val (full_type (vm)));
  return module;
}
