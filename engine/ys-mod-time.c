/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The time module: the clocks, sleep (), and gmtime, localtime and strftime with
 * struct_time. sleep () waits in short slices so that a Stop from another thread ends
 * it within milliseconds, as it ends a running loop: with KeyboardInterrupt. */
#include "ys-runtime.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* How long sleep () waits between two looks at the stop flag. */
#define SLEEP_SLICE_US 2000

static const char *const struct_time_fields[] = {
  "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"
};

static double
clock_seconds (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return (double) ts.tv_sec + ts.tv_nsec * 1e-9;
}

static YsValue
clock_ns (YsVM      *vm,
          clockid_t  id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return ys_int_from_i64 (vm, (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FUNCS(name, id) \
  FUNC (time_##name) \
  { \
    if (!ys_args_check (vm, "time." #name, argc, kwnames, 0, 0)) \
      return YS_NULL; \
    return ys_float_new (vm, clock_seconds (id)); \
  } \
  FUNC (time_##name##_ns) \
  { \
    if (!ys_args_check (vm, "time." #name "_ns", argc, kwnames, 0, 0)) \
      return YS_NULL; \
    return clock_ns (vm, id); \
  }

CLOCK_FUNCS (time, CLOCK_REALTIME)
CLOCK_FUNCS (perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS (monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS (process_time, CLOCK_PROCESS_CPUTIME_ID)

/* Seconds as CPython reads a timestamp: an int or a float, never NaN. */
static gboolean
seconds_arg (YsVM    *vm,
             YsValue  v,
             double  *out)
{
  if (ys_kind (vm, v) == YS_KIND_FLOAT)
    {
      *out = ys_float_get (v);
      if (isnan (*out))
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Invalid value NaN (not a number)");
          return FALSE;
        }
      return TRUE;
    }
  if (!ys_is_int (vm, v))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                ys_type_name_of (vm, v));
      return FALSE;
    }
  {
    gint64 i;
    if (!ys_int_to_i64 (vm, v, &i) || i > G_MAXINT64 / 1000000000 || i < G_MININT64 / 1000000000)
      {
        ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
        return FALSE;
      }
    *out = (double) i;
  }
  return TRUE;
}

FUNC (time_sleep)
{
  double secs;

  if (!ys_args_check (vm, "time.sleep", argc, kwnames, 1, 1) || !seconds_arg (vm, argv[0], &secs))
    return YS_NULL;
  if (secs > (double) G_MAXINT64 / 1e9)
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
  if (secs < 0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "sleep length must be non-negative");
  return ys_vm_sleep (vm, (gint64) ceil (secs * 1e6)) ? ys_none (vm) : YS_NULL;
}

gboolean
ys_vm_sleep (YsVM   *vm,
             gint64  usec)
{
  gint64 end = usec < 0 ? G_MAXINT64 : g_get_monotonic_time () + usec;

  for (;;)
    {
      gint64 now = g_get_monotonic_time ();
      if (g_atomic_int_get (&vm->stop_requested))
        {
          ys_raise_empty (vm, YS_EXC_KEYBOARD_INTERRUPT);
          return FALSE;
        }
      if (now >= end)
        return TRUE;
      g_usleep (MIN (end - now, SLEEP_SLICE_US));
    }
}

/* struct_time */

static YsValue
struct_time_new (YsVM      *vm,
                 YsValue    module,
                 struct tm *tm)
{
  YsValue type = ys_getattr (vm, module, ys_str_interned (vm, "struct_time")), r;
  YsValue items[9] = {
    ys_small (tm->tm_year + 1900), ys_small (tm->tm_mon + 1), ys_small (tm->tm_mday),
    ys_small (tm->tm_hour), ys_small (tm->tm_min), ys_small (tm->tm_sec),
    ys_small ((tm->tm_wday + 6) % 7), ys_small (tm->tm_yday + 1), ys_small (tm->tm_isdst),
  };

  if (type == YS_NULL)
    return YS_NULL;
  r = ys_call (vm, type, 9, items, YS_NULL);
  ys_decref (vm, type);
  return r;
}

static YsValue
broken_down (YsVM          *vm,
             YsValue        module,
             const char    *name,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames,
             gboolean       local)
{
  double secs;
  time_t t;
  struct tm tm;

  if (!ys_args_check (vm, name, argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 0 || ys_is_none (vm, argv[0]))
    secs = clock_seconds (CLOCK_REALTIME);
  else if (!seconds_arg (vm, argv[0], &secs))
    return YS_NULL;
  secs = floor (secs);
  if (secs < -67768040609740800.0 || secs > 67768036191676799.0)
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
  t = (time_t) secs;
  errno = 0;
  if ((local ? localtime_r (&t, &tm) : gmtime_r (&t, &tm)) == NULL)
    return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
  return struct_time_new (vm, module, &tm);
}

FUNC (time_gmtime)
{
  return broken_down (vm, self, "gmtime", argc, argv, kwnames, FALSE);
}

FUNC (time_localtime)
{
  return broken_down (vm, self, "localtime", argc, argv, kwnames, TRUE);
}

/* A struct tm from a 9-tuple (or struct_time). */
static gboolean
tm_from_tuple (YsVM      *vm,
               const char *fname,
               YsValue    v,
               struct tm *tm)
{
  int f[9];

  if (ys_kind (vm, v) != YS_KIND_TUPLE)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "Tuple or struct_time argument required");
      return FALSE;
    }
  if (ys_tuple_len (v) != 9)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s(): illegal time tuple argument", fname);
      return FALSE;
    }
  for (int i = 0; i < 9; i++)
    {
      YsValue x = ys_tuple_get (v, (gsize) i);
      gint64 n;
      if (!ys_is_int (vm, x))
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                    ys_type_name_of (vm, x));
          return FALSE;
        }
      if (!ys_int_to_i64 (vm, x, &n) || n > G_MAXINT || n < G_MININT)
        {
          ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C long");
          return FALSE;
        }
      f[i] = (int) n;
    }
  memset (tm, 0, sizeof *tm);
  tm->tm_year = f[0] - 1900;
  tm->tm_mon = f[1] - 1;
  tm->tm_mday = f[2];
  tm->tm_hour = f[3];
  tm->tm_min = f[4];
  tm->tm_sec = f[5];
  tm->tm_wday = (f[6] + 1) % 7;
  tm->tm_yday = f[7] - 1;
  tm->tm_isdst = f[8];
  /* The ranges CPython's checktm enforces. */
  if (tm->tm_mon == -1)
    tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "month out of range");
      return FALSE;
    }
  if (tm->tm_mday == 0)
    tm->tm_mday = 1;
  else if (tm->tm_mday < 0 || tm->tm_mday > 31)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "day of month out of range");
      return FALSE;
    }
  if (tm->tm_hour < 0 || tm->tm_hour > 23)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "hour out of range");
      return FALSE;
    }
  if (tm->tm_min < 0 || tm->tm_min > 59)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "minute out of range");
      return FALSE;
    }
  if (tm->tm_sec < 0 || tm->tm_sec > 61)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "seconds out of range");
      return FALSE;
    }
  if (tm->tm_wday < 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "day of week out of range");
      return FALSE;
    }
  if (tm->tm_yday == -1)
    tm->tm_yday = 0;
  else if (tm->tm_yday < 0 || tm->tm_yday > 365)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "day of year out of range");
      return FALSE;
    }
  return TRUE;
}

FUNC (time_strftime)
{
  struct tm tm;
  YsValue fmt;
  gsize size = 256;

  if (ys_kw_count (kwnames) > 0)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "strftime() takes no keyword arguments");
  if (argc < 1)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "strftime() takes at least 1 argument (0 given)");
  if (argc > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "strftime() takes at most 2 arguments (%d given)", argc);
  fmt = argv[0];
  if (ys_kind (vm, fmt) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "strftime() argument 1 must be str, not %s", ys_type_name_of (vm, fmt));
  if (argc == 2)
    {
      if (!tm_from_tuple (vm, "strftime", argv[1], &tm))
        return YS_NULL;
    }
  else
    {
      time_t now = time (NULL);
      localtime_r (&now, &tm);
    }
  if (ys_str_as (fmt)->nbytes == 0)
    return ys_str_new (vm, "", 0);
  /* strftime () gives 0 both for "too small" and for an empty result: grow a while. */
  for (;;)
    {
      char *buf = g_malloc (size);
      gsize n;
      /* The program's format is the point of strftime (). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      n = strftime (buf, size, ys_str_data (fmt), &tm);
#pragma GCC diagnostic pop
      if (n > 0 || size > 256 * ys_str_as (fmt)->nbytes)
        {
          YsValue s = ys_str_new (vm, buf, (gssize) n);
          g_free (buf);
          return s;
        }
      g_free (buf);
      size *= 4;
    }
}

static YsValue
struct_time_repr (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  GString *out = g_string_new ("time.struct_time(");

  for (gsize i = 0; i < 9 && i < ys_tuple_len (self); i++)
    {
      YsValue r = ys_repr (vm, ys_tuple_get (self, i));
      if (r == YS_NULL)
        {
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      g_string_append_printf (out, "%s%s=%s", i > 0 ? ", " : "", struct_time_fields[i], ys_str_data (r));
      ys_decref (vm, r);
    }
  g_string_append_c (out, ')');
  return ys_str_take (vm, g_string_free (out, FALSE));
}

/* struct_time is a named tuple of its own class, printed as CPython prints it. */
static gboolean
add_struct_time (YsVM    *vm,
                 YsValue  module)
{
  static const YsMethodDef methods[] = { { "__repr__", struct_time_repr }, { NULL, NULL } };
  YsValue collections = ys_import_module (vm, ys_str_interned (vm, "collections")), namedtuple, args[2], cls;
  GString *fields = g_string_new (NULL);

  if (collections == YS_NULL)
    return FALSE;
  namedtuple = ys_getattr (vm, collections, ys_str_interned (vm, "namedtuple"));
  ys_decref (vm, collections);
  if (namedtuple == YS_NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (struct_time_fields); i++)
    g_string_append_printf (fields, "%s%s", i > 0 ? " " : "", struct_time_fields[i]);
  args[0] = ys_str_intern (vm, "struct_time");
  args[1] = ys_str_new (vm, fields->str, (gssize) fields->len);
  g_string_free (fields, TRUE);
  cls = ys_call (vm, namedtuple, 2, args, YS_NULL);
  ys_decref (vm, args[0]);
  ys_decref (vm, args[1]);
  ys_decref (vm, namedtuple);
  if (cls == YS_NULL)
    return FALSE;
  ys_type_add_methods (vm, (YsType *) ys_obj (cls), methods);
  {
    YsValue key = ys_str_intern (vm, "__module__"), value = ys_str_intern (vm, "time");
    ys_dict_set (vm, ((YsType *) ys_obj (cls))->dict, key, value);
    ys_decref (vm, key);
    ys_decref (vm, value);
  }
  ys_module_add (vm, module, "struct_time", cls);
  ys_decref (vm, cls);
  return TRUE;
}

YsValue
ys_module_time (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "time", time_time }, { "time_ns", time_time_ns },
    { "perf_counter", time_perf_counter }, { "perf_counter_ns", time_perf_counter_ns },
    { "monotonic", time_monotonic }, { "monotonic_ns", time_monotonic_ns },
    { "process_time", time_process_time }, { "process_time_ns", time_process_time_ns },
    { "sleep", time_sleep }, { "gmtime", time_gmtime }, { "localtime", time_localtime },
    { "strftime", time_strftime },
    { NULL, NULL }
  };
  YsValue module = ys_module_new (vm, "time");

  if (module == YS_NULL)
    return YS_NULL;
  if (!add_struct_time (vm, module))
    {
      ys_decref (vm, module);
      return YS_NULL;
    }
  /* gmtime and localtime find struct_time through their self, the module. */
  for (const YsMethodDef *f = functions; f->name != NULL; f++)
    {
      YsValue b = ys_builtin_new (vm, f->name, f->func, module);
      ys_module_add (vm, module, f->name, b);
      ys_decref (vm, b);
    }
  return module;
}
