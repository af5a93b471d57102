/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine object, shared by ys-engine.c (loading, batch runs) and ys-stepper.c
 * (runs that pause). */
#pragma once

#include <pthread.h>

#include "ys-engine.h"
#include "ys-runtime.h"

G_BEGIN_DECLS

typedef enum {
  YS_WORKER_NONE,      /* no thread yet */
  YS_WORKER_RUNNING,
  YS_WORKER_PAUSED,    /* blocked at a pause point, inside the program */
  YS_WORKER_DONE,      /* the program ended; the thread waits for evaluations */
} YsWorkerState;

struct _YsEngine
{
  YsVM          *vm;
  char          *filename;
  char          *source;
  YsValue        code;
  YsErrorInfo    error;
  char          *traceback;

  /* stepping: the worker thread runs the VM; the caller waits for it */
  GMutex         lock;
  GCond          cond;
  pthread_t      thread;
  YsWorkerState  state;
  gboolean       resume;      /* the caller lets a paused worker go on */
  gboolean       quit;
  YsValue        job;         /* code of an evaluation for the worker to run */
  YsRunState     run_result;
  char          *result;      /* repr of the last evaluated expression */
  GPtrArray     *sources;     /* console sources: their code quotes them in tracebacks */
  GArray        *inputs;      /* YsInput: the console input of the session, for rewinding */
  GString       *output;      /* all output so far */
  YsOutputFunc   output_func; /* the embedder's */
  gpointer       output_data;
  gboolean       replaying;   /* rewinding: no output or event reaches the embedder */
  guint64        replay_step; /* going back to an event: its step, kinds and rank there */
  guint          replay_mask;
  guint          replay_skip;
};

typedef struct
{
  guint64  step;     /* the steps run when it was given */
  char    *source;
} YsInput;

void ys_engine_record_exception (YsEngine *engine, YsValue exc);
void ys_engine_clear_error      (YsEngine *engine);
void ys_engine_stop_worker      (YsEngine *engine);
void ys_engine_wake_stopped     (YsEngine *engine);
void ys_engine_forget_inputs    (YsEngine *engine, guint64 from_step);

G_END_DECLS
