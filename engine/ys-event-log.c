/* ys-event-log.c: a compact, lossless record of a run's events.
 *
 * A timeline has to keep every event of runs that make tens of millions of them, so
 * each is stored as the difference from the one before: a header byte (kind, resume
 * kind, which fields changed) and variable-length integers. Most events take three
 * bytes. A checkpoint every YS_LOG_STRIDE events makes random access cheap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ys-runtime.h"

#include <string.h>

static inline guint8 *
put_varint (guint8  *p,
            guint64  v)
{
  while (v >= 0x80)
    {
      *p++ = (guint8) (v | 0x80);
      v >>= 7;
    }
  *p++ = (guint8) v;
  return p;
}

/* Kept out of the inline append so that its usual path stays short. */
guint8 *
ys_event_log_put_wide (guint8        *p,
                       guint64        step_delta,
                       guint64        line_delta,
                       const guint64 *generator,
                       const guint64 *depth_delta)
{
  p = put_varint (p, step_delta);
  p = put_varint (p, line_delta);
  if (generator != NULL)
    p = put_varint (p, *generator);
  if (depth_delta != NULL)
    p = put_varint (p, *depth_delta);
  return p;
}

/* The rare steps of an append: more room, and a checkpoint every YS_LOG_STRIDE events. */
gboolean
ys_event_log_prepare (YsEventLog *log)
{
  if (log->full)
    return FALSE;
  if (log->used + YS_LOG_MAX_RECORD > log->allocated)
    {
      gsize wanted = MAX (log->allocated * 2, 4096);
      if (log->max_size != 0 && wanted > log->max_size)
        wanted = log->max_size;
      if (wanted < log->used + YS_LOG_MAX_RECORD)
        {
          log->full = TRUE;
          return FALSE;
        }
      log->allocated = wanted;
      log->data = g_realloc (log->data, log->allocated);
    }
  if ((log->length & (YS_LOG_STRIDE - 1)) == 0)
    {
      YsLogCheckpoint c = { log->used, log->last };
      g_array_append_val (log->checkpoints, c);
    }
  return TRUE;
}

YsEventLog *
ys_event_log_new (void)
{
  YsEventLog *log = g_new0 (YsEventLog, 1);

  log->checkpoints = g_array_new (FALSE, FALSE, sizeof (YsLogCheckpoint));
  return log;
}

void
ys_event_log_free (YsEventLog *log)
{
  if (log == NULL)
    return;
  g_array_unref (log->checkpoints);
  g_free (log->data);
  g_free (log);
}

static inline const guint8 *
get_varint (const guint8 *p,
            guint64      *out)
{
  guint64 v = 0;
  int shift = 0;

  while (*p & 0x80)
    {
      v |= (guint64) (*p++ & 0x7f) << shift;
      shift += 7;
    }
  *out = v | ((guint64) *p++ << shift);
  return p;
}

static inline gint64
unzigzag (guint64 v)
{
  return (gint64) (v >> 1) ^ -(gint64) (v & 1);
}

void
ys_event_log_append (YsEventLog    *log,
                     const YsEvent *event)
{
  g_return_if_fail (log != NULL && event != NULL);
  ys_event_log_push (log, event->kind | (event->resume << 4), event->step, event->line, event->depth,
          event->generator);
}

gsize
ys_event_log_get_length (const YsEventLog *log)
{
  g_return_val_if_fail (log != NULL, 0);
  return log->length;
}

gsize
ys_event_log_get_size (const YsEventLog *log)
{
  g_return_val_if_fail (log != NULL, 0);
  return log->used + log->checkpoints->len * sizeof (YsLogCheckpoint);
}

static const guint8 *
decode (const guint8  *p,
        YsLoggedEvent *e)
{
  guint8 header = *p++;
  guint64 v;

  e->kind = header & 0x0f;
  e->resume = (header >> 4) & 0x03;
  p = get_varint (p, &v);
  e->step += v;
  p = get_varint (p, &v);
  e->line += (int) unzigzag (v);
  if (header & YS_LOG_HAS_GENERATOR)
    {
      p = get_varint (p, &v);
      e->generator = v;
    }
  if (header & YS_LOG_HAS_DEPTH)
    {
      p = get_varint (p, &v);
      e->depth += (int) unzigzag (v);
    }
  return p;
}

gboolean
ys_event_log_get (const YsEventLog *log,
                  gsize             index,
                  YsLoggedEvent    *out)
{
  const YsLogCheckpoint *c;
  const guint8 *p;
  YsLoggedEvent e;

  g_return_val_if_fail (log != NULL && out != NULL, FALSE);
  if (index >= log->length)
    return FALSE;
  c = &g_array_index (log->checkpoints, YsLogCheckpoint, index / YS_LOG_STRIDE);
  e = c->before;
  p = log->data + c->offset;
  for (gsize i = index - index % YS_LOG_STRIDE; i <= index; i++)
    p = decode (p, &e);
  *out = e;
  return TRUE;
}

void
ys_event_log_iter_init (YsEventLogIter   *iter,
                        const YsEventLog *log,
                        gsize             index)
{
  const YsLogCheckpoint *c;
  const guint8 *p;

  g_return_if_fail (iter != NULL && log != NULL);
  iter->log = log;
  iter->index = MIN (index, log->length);
  memset (&iter->last, 0, sizeof iter->last);
  iter->offset = 0;
  if (log->checkpoints->len == 0)
    return;
  /* From the checkpoint at or before @index, decode up to it. */
  c = &g_array_index (log->checkpoints, YsLogCheckpoint, MIN (iter->index / YS_LOG_STRIDE, log->checkpoints->len - 1));
  iter->last = c->before;
  p = log->data + c->offset;
  for (gsize i = (gsize) (c - (const YsLogCheckpoint *) log->checkpoints->data) * YS_LOG_STRIDE; i < iter->index; i++)
    p = decode (p, &iter->last);
  iter->offset = (gsize) (p - log->data);
}

gboolean
ys_event_log_iter_next (YsEventLogIter *iter,
                        YsLoggedEvent  *out)
{
  const guint8 *p;

  g_return_val_if_fail (iter != NULL && out != NULL, FALSE);
  if (iter->index >= iter->log->length)
    return FALSE;
  p = decode (iter->log->data + iter->offset, &iter->last);
  iter->offset = (gsize) (p - iter->log->data);
  iter->index++;
  *out = iter->last;
  return TRUE;
}

gsize
ys_event_log_find_step (const YsEventLog *log,
                        guint64           step)
{
  gsize lo = 0, hi;
  const guint8 *p;
  YsLoggedEvent e;

  g_return_val_if_fail (log != NULL, 0);
  /* The last checkpoint whose first event is before @step, then forward from it. */
  hi = log->checkpoints->len;
  while (lo + 1 < hi)
    {
      gsize mid = (lo + hi) / 2;
      const YsLogCheckpoint *c = &g_array_index (log->checkpoints, YsLogCheckpoint, mid);
      YsLoggedEvent first = c->before;
      decode (log->data + c->offset, &first);
      if (first.step < step)
        lo = mid;
      else
        hi = mid;
    }
  if (log->checkpoints->len == 0)
    return 0;
  e = g_array_index (log->checkpoints, YsLogCheckpoint, lo).before;
  p = log->data + g_array_index (log->checkpoints, YsLogCheckpoint, lo).offset;
  for (gsize i = lo * YS_LOG_STRIDE; i < log->length; i++)
    {
      p = decode (p, &e);
      if (e.step >= step)
        return i;
    }
  return log->length;
}

void
ys_event_log_set_max_size (YsEventLog *log,
                           gsize       max_bytes)
{
  g_return_if_fail (log != NULL);
  log->max_size = max_bytes;
}

gboolean
ys_event_log_is_full (const YsEventLog *log)
{
  g_return_val_if_fail (log != NULL, FALSE);
  return log->full;
}

void
ys_event_log_truncate (YsEventLog *log,
                       gsize       length)
{
  const YsLogCheckpoint *c;
  const guint8 *p;
  YsLoggedEvent e;
  gsize kept;

  g_return_if_fail (log != NULL);
  if (length >= log->length)
    return;
  /* Keep the checkpoints of the events that stay, and walk from the last one to find
   * where event @length began and what it was encoded against. */
  kept = (length + YS_LOG_STRIDE - 1) / YS_LOG_STRIDE;
  if (kept == 0)
    {
      log->used = log->length = 0;
      log->full = FALSE;
      memset (&log->last, 0, sizeof log->last);
      g_array_set_size (log->checkpoints, 0);
      return;
    }
  g_array_set_size (log->checkpoints, kept);
  c = &g_array_index (log->checkpoints, YsLogCheckpoint, kept - 1);
  e = c->before;
  p = log->data + c->offset;
  for (gsize i = (kept - 1) * YS_LOG_STRIDE; i < length; i++)
    p = decode (p, &e);
  log->used = (gsize) (p - log->data);
  log->length = length;
  log->full = FALSE;
  log->last = e;
}
