/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs that pause: the program runs on a worker thread with a deep stack; at a pause
 * point the worker blocks until the caller lets it go on, so the whole VM — nested
 * generator resumptions included — stays exactly where it was. */
#include "ys-engine-private.h"
#include "ys-compiler.h"

#include <string.h>

#define WORKER_STACK_BYTES (256u * 1024 * 1024)

static void record_input (YsEngine *engine, const char *source);

/* Sets where the VM pauses next. Called while the worker is paused or not running. */
static void
configure_pause (YsEngine               *engine,
                 const YsPauseCondition *until)
{
  YsVM *vm = engine->vm;

  vm->pause_mask = 0;
  vm->pause_line = 0;
  vm->pause_step = 0;
  vm->pause_event_step = 0;
  vm->pause_event_skip = 0;
  vm->pause_event_hit = FALSE;
  if (until != NULL)
    switch (until->mode)
      {
      case YS_PAUSE_AT_EVENT:
        vm->pause_mask = until->event_mask;
        break;
      case YS_PAUSE_AT_LINE:
        vm->pause_line = until->line;
        break;
      case YS_PAUSE_AFTER_STEPS:
        vm->pause_step = vm->steps + MAX (until->steps, 1);
        break;
      default:
        break;
      }
  /* Going back to an event: every leg of the replay also stops there. */
  if (engine->replaying && engine->replay_mask != 0)
    {
      vm->pause_mask |= engine->replay_mask;
      vm->pause_event_step = MAX (engine->replay_step, 1);
      vm->pause_event_skip = engine->replay_skip;
    }
  ys_vm_update_tracing (vm);
}

static YsRunState
finish_code (YsEngine *engine,
             YsValue   r,
             gboolean  interactive)
{
  YsVM *vm = engine->vm;
  YsRunState state;

  if (r != YS_NULL)
    {
      if (interactive && !ys_is_none (vm, r))
        {
          YsValue repr = ys_repr (vm, r);
          g_free (engine->result);
          engine->result = repr != YS_NULL ? g_strdup (ys_str_data (repr)) : NULL;
          ys_xdecref (vm, repr);
          ys_exc_clear (vm);
        }
      ys_decref (vm, r);
      return YS_RUN_FINISHED;
    }
  {
    YsValue exc = ys_exc_fetch (vm);
    state = vm->stop_requested ? YS_RUN_STOPPED : YS_RUN_RAISED;
    ys_engine_record_exception (engine, exc);
    ys_decref (vm, exc);
    /* An evaluation's traceback is shown where its output goes, as a console does. */
    if (interactive && engine->traceback != NULL)
      ys_vm_write (vm, engine->traceback, strlen (engine->traceback), TRUE);
  }
  g_atomic_int_set (&vm->stop_requested, 0);
  return state;
}

/* Runs an evaluation job on the worker, the lock held on entry and exit. */
static void
run_job (YsEngine *engine)
{
  YsValue code = engine->job;
  YsValue r;

  engine->job = YS_NULL;
  engine->state = YS_WORKER_RUNNING;
  g_mutex_unlock (&engine->lock);
  r = ys_run_module (engine->vm, code);
  ys_decref (engine->vm, code);
  g_mutex_lock (&engine->lock);
  engine->run_result = finish_code (engine, r, TRUE);
}

static void
pause_here (YsVM     *vm,
            gpointer  data)
{
  YsEngine *engine = data;

  g_mutex_lock (&engine->lock);
  engine->state = YS_WORKER_PAUSED;
  engine->run_result = YS_RUN_PAUSED;
  g_cond_broadcast (&engine->cond);
  for (;;)
    {
      while (!engine->resume && engine->job == YS_NULL && !engine->quit)
        g_cond_wait (&engine->cond, &engine->lock);
      if (engine->job != YS_NULL && !engine->quit)
        {
          /* An evaluation while paused runs on top of the paused program. */
          run_job (engine);
          engine->state = YS_WORKER_PAUSED;
          if (engine->run_result == YS_RUN_PAUSED)
            engine->run_result = YS_RUN_FINISHED;
          g_cond_broadcast (&engine->cond);
          continue;
        }
      break;
    }
  engine->resume = FALSE;
  engine->state = YS_WORKER_RUNNING;
  g_mutex_unlock (&engine->lock);
}

static void *
worker_main (void *data)
{
  YsEngine *engine = data;
  YsValue r = ys_run_module (engine->vm, engine->code);
  YsRunState state = finish_code (engine, r, FALSE);

  g_mutex_lock (&engine->lock);
  engine->run_result = state;
  engine->state = YS_WORKER_DONE;
  g_cond_broadcast (&engine->cond);
  /* The program ended; its namespace stays for evaluations until the engine goes. */
  for (;;)
    {
      while (engine->job == YS_NULL && !engine->quit)
        g_cond_wait (&engine->cond, &engine->lock);
      if (engine->quit)
        break;
      run_job (engine);
      if (engine->state == YS_WORKER_RUNNING)
        engine->state = YS_WORKER_DONE;
      g_cond_broadcast (&engine->cond);
    }
  g_mutex_unlock (&engine->lock);
  return NULL;
}

/* Waits, the lock held, until the worker pauses or ends. */
static YsRunState
wait_for_worker (YsEngine *engine)
{
  while (engine->resume || engine->job != YS_NULL || engine->state == YS_WORKER_RUNNING)
    g_cond_wait (&engine->cond, &engine->lock);
  return engine->run_result;
}

YsRunState
ys_engine_continue (YsEngine                *engine,
                    const YsPauseCondition  *until,
                    GError                 **error)
{
  YsRunState state;

  g_return_val_if_fail (engine != NULL, YS_RUN_FAILED);

  if (engine->code == YS_NULL)
    {
      g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_NOT_LOADED, "No program is loaded");
      return YS_RUN_FAILED;
    }
  g_mutex_lock (&engine->lock);
  switch (engine->state)
    {
    case YS_WORKER_NONE:
      {
        pthread_attr_t attr;
        int failed;
        configure_pause (engine, until);
        engine->vm->pause_hook = pause_here;
        engine->vm->pause_data = engine;
        engine->state = YS_WORKER_RUNNING;
        pthread_attr_init (&attr);
        pthread_attr_setstacksize (&attr, WORKER_STACK_BYTES);
        failed = pthread_create (&engine->thread, &attr, worker_main, engine);
        pthread_attr_destroy (&attr);
        if (failed)
          {
            engine->state = YS_WORKER_NONE;
            g_mutex_unlock (&engine->lock);
            g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_EXCEPTION, "Cannot start the run: %s",
                         g_strerror (failed));
            return YS_RUN_FAILED;
          }
        break;
      }
    case YS_WORKER_PAUSED:
      configure_pause (engine, until);
      engine->resume = TRUE;
      g_cond_broadcast (&engine->cond);
      break;
    default:
      break;
    }
  state = wait_for_worker (engine);
  g_mutex_unlock (&engine->lock);
  return state;
}

YsRunState
ys_engine_eval (YsEngine                *engine,
                const char              *source,
                const YsPauseCondition  *until,
                GError                 **error)
{
  YsCompileErr err;
  YsValue code;
  YsRunState state;

  g_return_val_if_fail (engine != NULL, YS_RUN_FAILED);
  g_return_val_if_fail (source != NULL, YS_RUN_FAILED);

  g_mutex_lock (&engine->lock);
  if (engine->state != YS_WORKER_PAUSED && engine->state != YS_WORKER_DONE)
    {
      g_mutex_unlock (&engine->lock);
      g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_NOT_LOADED,
                   "Evaluations run while the program is paused or after it ended");
      return YS_RUN_FAILED;
    }
  /* The worker is blocked: compiling here touches no running code. */
  source = g_strdup (source);
  g_ptr_array_add (engine->sources, (gpointer) source);
  code = ys_compile_interactive (engine->vm, "<console>", source, strlen (source), &err);
  if (code == YS_NULL)
    {
      g_mutex_unlock (&engine->lock);
      g_set_error (error, YS_COMPILE_ERROR, YS_COMPILE_ERROR_SYNTAX, "%d:%d: %s: %s", err.line, err.col,
                   err.type, err.message);
      g_free (err.type);
      g_free (err.message);
      return YS_RUN_FAILED;
    }
  g_clear_pointer (&engine->result, g_free);
  record_input (engine, source);
  configure_pause (engine, until);
  engine->job = code;
  g_cond_broadcast (&engine->cond);
  state = wait_for_worker (engine);
  g_mutex_unlock (&engine->lock);
  return state;
}

const char *
ys_engine_get_result (YsEngine *engine)
{
  g_return_val_if_fail (engine != NULL, NULL);

  return engine->result;
}

/* A stop while paused lets the program go on to the stop. */
void
ys_engine_wake_stopped (YsEngine *engine)
{
  g_mutex_lock (&engine->lock);
  if (engine->state == YS_WORKER_PAUSED)
    {
      configure_pause (engine, NULL);
      engine->resume = TRUE;
      g_cond_broadcast (&engine->cond);
    }
  g_mutex_unlock (&engine->lock);
}

void
ys_engine_stop_worker (YsEngine *engine)
{
  g_mutex_lock (&engine->lock);
  if (engine->state == YS_WORKER_NONE)
    {
      g_mutex_unlock (&engine->lock);
      return;
    }
  /* A paused program is stopped where it is, then the thread ends. */
  if (engine->state != YS_WORKER_DONE)
    {
      g_atomic_int_set (&engine->vm->stop_requested, 1);
      configure_pause (engine, NULL);
      engine->resume = TRUE;
    }
  engine->quit = TRUE;
  g_cond_broadcast (&engine->cond);
  g_mutex_unlock (&engine->lock);
  pthread_join (engine->thread, NULL);
  g_atomic_int_set (&engine->vm->stop_requested, 0);
  engine->state = YS_WORKER_NONE;
  engine->quit = FALSE;
  engine->resume = FALSE;
  engine->vm->pause_hook = NULL;
  configure_pause (engine, NULL);
}

/* Going back */

void
ys_engine_forget_inputs (YsEngine *engine,
                         guint64   from_step)
{
  guint kept = 0;

  for (guint i = 0; i < engine->inputs->len; i++)
    {
      YsInput *input = &g_array_index (engine->inputs, YsInput, i);
      if (input->step < from_step)
        g_array_index (engine->inputs, YsInput, kept++) = *input;
      else
        g_free (input->source);
    }
  g_array_set_size (engine->inputs, kept);
}

static void
record_input (YsEngine   *engine,
              const char *source)
{
  YsInput input = { engine->vm->steps, g_strdup (source) };

  g_array_append_val (engine->inputs, input);
}

/* A new VM for the same program, with the embedder's settings. */
static gboolean
restart_vm (YsEngine  *engine,
            GError   **error)
{
  YsVM *old = engine->vm, *vm;
  YsCompileErr err;

  ys_engine_stop_worker (engine);
  ys_clear (old, &engine->code);
  vm = ys_vm_new ();
  vm->output = old->output;
  vm->output_data = old->output_data;
  vm->observer = old->observer;
  vm->observer_data = old->observer_data;
  vm->observer_engine = old->observer_engine;
  vm->observer_mask = old->observer_mask;
  vm->event_log = old->event_log;
  vm->log_mask = old->log_mask;
  vm->max_steps = old->max_steps;
  vm->step_limit = old->step_limit;
  vm->max_bytes = old->max_bytes;
  vm->recursion_limit = old->recursion_limit;
  vm->sample_dir = g_strdup (old->sample_dir);
  vm->program_dir = g_strdup (old->program_dir);
  vm->entropy_seed = old->entropy_seed;
  ys_vm_free (old);
  engine->vm = vm;
  configure_pause (engine, NULL);

  engine->code = ys_compile (vm, engine->filename, engine->source, strlen (engine->source), &err);
  if (engine->code == YS_NULL)
    {
      g_set_error (error, YS_COMPILE_ERROR, YS_COMPILE_ERROR_SYNTAX, "%s", err.message);
      g_free (err.type);
      g_free (err.message);
      return FALSE;
    }
  return TRUE;
}

/* Runs the program again from its start, silently, to @step: before that step's
 * instruction (@mask 0) or inside the (@skip + 1)-th event of @mask at @step. The
 * inputs given before it are played again; those from @step on are kept when
 * @keep_future, else forgotten. */
static gboolean
replay (YsEngine  *engine,
        guint64    step,
        guint      mask,
        guint      skip,
        gboolean   keep_future,
        GError   **error)
{
  GArray *inputs;
  YsObserverFunc observer;
  guint observer_mask;
  YsEventLog *log;
  YsRunState state = YS_RUN_PAUSED;
  gboolean ok = TRUE, reached = FALSE;
  guint next = 0;

  if (engine->source == NULL)
    {
      g_set_error (error, YS_RUNTIME_ERROR, YS_RUNTIME_ERROR_NOT_LOADED, "No program is loaded");
      return FALSE;
    }
  if (!keep_future)
    ys_engine_forget_inputs (engine, step);
  inputs = engine->inputs;
  engine->inputs = g_array_new (FALSE, TRUE, sizeof (YsInput));

  /* Replayed silently: nobody sees the events a second time, nor those of the old
   * run's end (its generators are closed as its worker stops). */
  observer = engine->vm->observer;
  observer_mask = engine->vm->observer_mask;
  log = engine->vm->event_log;
  engine->vm->observer = NULL;
  engine->vm->observer_mask = 0;
  engine->vm->event_log = NULL;
  ys_vm_update_tracing (engine->vm);
  if (!restart_vm (engine, error))
    {
      g_array_unref (engine->inputs);
      engine->inputs = inputs;
      engine->vm->observer = observer;
      engine->vm->observer_mask = observer_mask;
      engine->vm->event_log = log;
      ys_vm_update_tracing (engine->vm);
      return FALSE;
    }
  engine->replaying = TRUE;
  engine->replay_step = step;
  engine->replay_mask = mask;
  engine->replay_skip = skip;
  g_string_truncate (engine->output, 0);
  ys_engine_clear_error (engine);

  for (; next < inputs->len && ok && !reached; next++)
    {
      YsInput *input = &g_array_index (inputs, YsInput, next);
      YsPauseCondition to_input = { YS_PAUSE_AFTER_STEPS, 0, 0, 0 };
      YsPauseCondition to_step = { YS_PAUSE_AFTER_STEPS, 0, 0, 0 };
      /* An input given at @step or later comes after the moment gone back to. */
      if (input->step >= step)
        break;
      if (engine->vm->steps < input->step || engine->state == YS_WORKER_NONE)
        {
          to_input.steps = input->step - engine->vm->steps;
          state = ys_engine_continue (engine, input->step > engine->vm->steps ? &to_input : NULL, error);
          if (state == YS_RUN_FAILED)
            {
              ok = FALSE;
              break;
            }
          if (state == YS_RUN_PAUSED && engine->vm->pause_event_hit)
            {
              reached = TRUE;
              break;
            }
        }
      to_step.steps = step - MIN (step, engine->vm->steps);
      state = ys_engine_eval (engine, input->source, mask != 0 ? NULL : &to_step, error);
      if (state == YS_RUN_FAILED)
        ok = FALSE;
      else if (state == YS_RUN_PAUSED && (engine->vm->pause_event_hit || (mask == 0 && engine->vm->steps >= step)))
        reached = TRUE;
    }
  if (ok && !reached && (mask != 0 || engine->vm->steps < step) &&
      (engine->state == YS_WORKER_NONE || engine->state == YS_WORKER_PAUSED))
    {
      YsPauseCondition to_step = { YS_PAUSE_AFTER_STEPS, 0, 0, step - MIN (step, engine->vm->steps) };
      state = ys_engine_continue (engine, mask != 0 ? NULL : &to_step, error);
      ok = state != YS_RUN_FAILED;
    }

  engine->replaying = FALSE;
  engine->replay_mask = 0;
  engine->vm->observer = observer;
  engine->vm->observer_mask = observer_mask;
  engine->vm->event_log = log;
  {
    gboolean hit = engine->vm->pause_event_hit;
    configure_pause (engine, NULL);
    engine->vm->pause_event_hit = hit;
  }
  /* The inputs not replayed: the future of this moment, kept for going there again. */
  for (guint i = next; i < inputs->len; i++)
    {
      YsInput *input = &g_array_index (inputs, YsInput, i);
      if (keep_future && ok)
        g_array_append_val (engine->inputs, *input);
      else
        g_free (input->source);
    }
  for (guint i = 0; i < next && i < inputs->len; i++)
    g_free (g_array_index (inputs, YsInput, i).source);
  g_array_unref (inputs);
  return ok;
}

gboolean
ys_engine_rewind (YsEngine  *engine,
                  guint64    step,
                  GError   **error)
{
  g_return_val_if_fail (engine != NULL, FALSE);
  return replay (engine, step, 0, 0, FALSE, error);
}

gboolean
ys_engine_rewind_to_event (YsEngine  *engine,
                           guint64    step,
                           guint      event_mask,
                           guint      skip,
                           GError   **error)
{
  g_return_val_if_fail (engine != NULL, FALSE);
  return replay (engine, step, event_mask, skip, TRUE, error);
}

void
ys_engine_forget_future (YsEngine *engine)
{
  g_return_if_fail (engine != NULL);
  /* Inputs given at this step or later belonged to the future gone back from. */
  ys_engine_forget_inputs (engine, engine->vm->steps);
}
