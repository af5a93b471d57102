/* SPDX-License-Identifier: GPL-3.0-or-later */
/* str: immutable UTF-8 text with its length in code points; ASCII text indexes in O(1). */
#include "ys-runtime.h"

#include <string.h>

YsStr *
ys_str_alloc (YsVM  *vm,
              gsize  nbytes,
              gsize  length)
{
  YsStr *s;

  if (nbytes > YS_STR_MAX_BYTES)
    {
      ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
      return NULL;
    }
  s = (YsStr *) ys_alloc (vm, vm->types[YS_KIND_STR], sizeof (YsStr) + nbytes + 1);
  if (s == NULL)
    return NULL;
  s->hash = -1;
  s->nbytes = (guint32) nbytes;
  s->length = (guint32) length;
  s->ascii = nbytes == length;
  s->data[nbytes] = '\0';
  return s;
}

static void
str_finish (YsStr *s)
{
  gboolean ascii = TRUE;

  s->data[s->nbytes] = '\0';
  for (guint32 i = 0; i < s->nbytes; i++)
    if ((guchar) s->data[i] >= 0x80)
      {
        ascii = FALSE;
        break;
      }
  s->ascii = ascii;
  s->length = ascii ? s->nbytes : (guint32) g_utf8_strlen (s->data, s->nbytes);
}

YsValue
ys_str_new (YsVM       *vm,
            const char *utf8,
            gssize      nbytes)
{
  YsStr *s;

  if (nbytes < 0)
    nbytes = (gssize) strlen (utf8);
  if (nbytes == 0 && vm->empty_str != NULL)
    return ys_ref (ys_val (vm->empty_str));
  if (nbytes == 1 && (guchar) utf8[0] < 128 && vm->char_strs[(guchar) utf8[0]] != NULL)
    return ys_ref (ys_val (vm->char_strs[(guchar) utf8[0]]));
  s = ys_str_alloc (vm, (gsize) nbytes, 0);
  if (s == NULL)
    return YS_NULL;
  memcpy (s->data, utf8, nbytes);
  str_finish (s);
  return ys_val (s);
}

YsValue
ys_str_take (YsVM *vm,
             char *utf8)
{
  YsValue v = ys_str_new (vm, utf8, -1);

  g_free (utf8);
  return v;
}

YsValue
ys_str_printf (YsVM       *vm,
               const char *format,
               ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return ys_str_take (vm, text);
}

YsStr *
ys_str_interned (YsVM       *vm,
                 const char *utf8)
{
  YsStr *s = g_hash_table_lookup (vm->interned, utf8);

  if (s == NULL)
    {
      s = ys_str_alloc (vm, strlen (utf8), 0);
      g_assert (s != NULL);
      memcpy (s->data, utf8, s->nbytes);
      str_finish (s);
      s->interned = TRUE;
      g_hash_table_insert (vm->interned, s->data, s);
    }
  return s;
}

YsValue
ys_str_intern (YsVM       *vm,
               const char *utf8)
{
  return ys_ref (ys_val (ys_str_interned (vm, utf8)));
}

/* FNV-1a over the bytes: deterministic, so runs repeat exactly. */
gint64
ys_str_hash (YsStr *s)
{
  if (s->hash == -1 && s->nbytes == 0)
    s->hash = 0;    /* as CPython's, whatever its seed */
  if (s->hash == -1)
    {
      guint64 h = 14695981039346656037ull;
      for (guint32 i = 0; i < s->nbytes; i++)
        {
          h ^= (guchar) s->data[i];
          h *= 1099511628211ull;
        }
      s->hash = (gint64) (h >> 1);
      if (s->hash == -1)
        s->hash = -2;
    }
  return s->hash;
}

gboolean
ys_str_equal (YsStr *a,
              YsStr *b)
{
  if (a == b)
    return TRUE;
  if (a->nbytes != b->nbytes)
    return FALSE;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
    return FALSE;
  return memcmp (a->data, b->data, a->nbytes) == 0;
}

/* Code point order, which for UTF-8 is byte order. */
int
ys_str_compare (YsStr *a,
                YsStr *b)
{
  int c = memcmp (a->data, b->data, MIN (a->nbytes, b->nbytes));

  if (c != 0)
    return c < 0 ? -1 : 1;
  return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
}

YsValue
ys_str_concat (YsVM    *vm,
               YsValue  a,
               YsValue  b)
{
  YsStr *sa = ys_str_as (a), *sb = ys_str_as (b);
  YsStr *s;

  if (sb->nbytes == 0)
    return ys_ref (a);
  if (sa->nbytes == 0)
    return ys_ref (b);
  s = ys_str_alloc (vm, (gsize) sa->nbytes + sb->nbytes, (gsize) sa->length + sb->length);
  if (s == NULL)
    return YS_NULL;
  memcpy (s->data, sa->data, sa->nbytes);
  memcpy (s->data + sa->nbytes, sb->data, sb->nbytes);
  return ys_val (s);
}

YsValue
ys_str_multiply (YsVM    *vm,
                 YsValue  sv,
                 gssize   n)
{
  YsStr *src = ys_str_as (sv), *s;

  if (n <= 0 || src->nbytes == 0)
    return ys_str_new (vm, "", 0);
  if (n == 1)
    return ys_ref (sv);
  if ((gsize) n > YS_STR_MAX_BYTES / src->nbytes)
    return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  s = ys_str_alloc (vm, src->nbytes * (gsize) n, (gsize) src->length * (gsize) n);
  if (s == NULL)
    return YS_NULL;
  /* Doubling what is filled: a few large copies rather than n small ones. */
  {
    gsize total = src->nbytes * (gsize) n, done = src->nbytes;
    memcpy (s->data, src->data, src->nbytes);
    while (done < total)
      {
        gsize chunk = MIN (done, total - done);
        memcpy (s->data + done, s->data, chunk);
        done += chunk;
      }
  }
  return ys_val (s);
}

gsize
ys_str_offset (YsStr *s,
               gsize  index)
{
  if (s->ascii)
    return index;
  return (gsize) (g_utf8_offset_to_pointer (s->data, (glong) index) - s->data);
}

YsValue
ys_str_char_at (YsVM    *vm,
                YsValue  sv,
                gsize    index)
{
  YsStr *s = ys_str_as (sv);
  gsize start = ys_str_offset (s, index);
  const char *next = g_utf8_next_char (s->data + start);

  return ys_str_new (vm, s->data + start, next - (s->data + start));
}

YsValue
ys_str_subscript (YsVM    *vm,
                  YsValue  sv,
                  YsValue  key)
{
  YsStr *s = ys_str_as (sv);

  if (ys_is_int (vm, key))
    {
      gssize i;
      if (!ys_index_to_ssize (vm, key, &i))
        {
          ys_exc_clear (vm);
          return ys_raise (vm, YS_EXC_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
      if (i < 0)
        i += s->length;
      if (i < 0 || i >= (gssize) s->length)
        return ys_raise (vm, YS_EXC_INDEX_ERROR, "string index out of range");
      return ys_str_char_at (vm, sv, (gsize) i);
    }
  if (ys_kind (vm, key) == YS_KIND_SLICE)
    {
      gssize start, stop, step, count;
      GString *out;
      if (!ys_slice_indices (vm, key, s->length, &start, &stop, &step, &count))
        return YS_NULL;
      if (step == 1)
        {
          gsize a = ys_str_offset (s, (gsize) start);
          gsize b = ys_str_offset (s, (gsize) (start + count));
          return ys_str_new (vm, s->data + a, b - a);
        }
      out = g_string_sized_new (count);
      for (gssize k = 0, i = start; k < count; k++, i += step)
        {
          gsize a = ys_str_offset (s, (gsize) i);
          const char *next = g_utf8_next_char (s->data + a);
          g_string_append_len (out, s->data + a, next - (s->data + a));
        }
      return ys_str_take (vm, g_string_free (out, FALSE));
    }
  return ys_raise (vm, YS_EXC_TYPE_ERROR, "string indices must be integers, not '%s'",
                   ys_type_name_of (vm, key));
}

int
ys_str_contains (YsVM    *vm,
                 YsValue  haystack,
                 YsValue  needle)
{
  YsStr *h = ys_str_as (haystack), *n = ys_str_as (needle);

  if (n->nbytes == 0)
    return 1;
  return memmem (h->data, h->nbytes, n->data, n->nbytes) != NULL;
}

/* repr(str): single quotes unless the text has one and no double quote. */
YsValue
ys_str_repr (YsVM    *vm,
             YsValue  sv)
{
  YsStr *s = ys_str_as (sv);
  gboolean has_single = memchr (s->data, '\'', s->nbytes) != NULL;
  gboolean has_double = memchr (s->data, '"', s->nbytes) != NULL;
  char quote = has_single && !has_double ? '"' : '\'';
  GString *out = g_string_sized_new (s->nbytes + 2);
  const char *p = s->data, *end = s->data + s->nbytes;

  g_string_append_c (out, quote);
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      if (c == (gunichar) quote || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c >= 0x80 && !ys_unichar_isprintable (c))
        {
          if (c <= 0xff)
            g_string_append_printf (out, "\\x%02x", c);
          else if (c <= 0xffff)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_printf (out, "\\U%08x", c);
        }
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
  g_string_append_c (out, quote);
  return ys_str_take (vm, g_string_free (out, FALSE));
}

static YsValue
str_new_func (YsVM          *vm,
              YsValue        type,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  if (!ys_args_check (vm, "str", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 0)
    return ys_str_new (vm, "", 0);
  return ys_to_str (vm, argv[0]);
}

void
ys_str_init_type (YsVM *vm)
{
  vm->types[YS_KIND_STR]->new_func = str_new_func;
}
