/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unicode character names, for \N{...} in string literals: the tables are made at build
 * time from the names python3's unicodedata knows (the reference's own version). */
#include "ys-lexer.h"

#include <string.h>

#include "ys-unicode-names.h"

/* Hangul syllables are named from their jamo (Unicode's algorithm). */
static const char *const jamo_l[] = {
  "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"
};
static const char *const jamo_v[] = {
  "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
  "YU", "EU", "YI", "I"
};
static const char *const jamo_t[] = {
  "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
  "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"
};

/* The longest jamo name at @p, or -1. */
static int
match_jamo (const char *const *table,
            int                n,
            const char       **p)
{
  int best = -1;
  gsize best_len = 0;

  for (int i = 0; i < n; i++)
    {
      gsize len = strlen (table[i]);
      if (strncmp (*p, table[i], len) == 0 && (best < 0 || len > best_len))
        {
          best = i;
          best_len = len;
        }
    }
  *p += best_len;
  return best;
}

static gboolean
lookup_hangul (const char *name,
               gunichar   *out)
{
  const char *p = name;
  int l = match_jamo (jamo_l, G_N_ELEMENTS (jamo_l), &p);
  int v = match_jamo (jamo_v, G_N_ELEMENTS (jamo_v), &p);
  int t = match_jamo (jamo_t, G_N_ELEMENTS (jamo_t), &p);

  if (l < 0 || v < 0 || t < 0 || *p != '\0')
    return FALSE;
  *out = 0xAC00 + (gunichar) ((l * 21 + v) * 28 + t);
  return TRUE;
}

static const guint32 *
word_offsets (void)
{
  static guint32 *offsets;

  if (g_once_init_enter (&offsets))
    {
      guint32 *table = g_new (guint32, YS_UNICODE_N_WORDS);
      guint32 at = 0;
      for (guint i = 0; i < YS_UNICODE_N_WORDS; i++)
        {
          table[i] = at;
          at += (guint32) strlen (ys_unicode_words + at) + 1;
        }
      g_once_init_leave (&offsets, table);
    }
  return offsets;
}

static int
find_word (const char *word,
           gsize       len)
{
  const guint32 *offsets = word_offsets ();
  int lo = 0, hi = YS_UNICODE_N_WORDS - 1;

  while (lo <= hi)
    {
      int mid = (lo + hi) / 2;
      const char *w = ys_unicode_words + offsets[mid];
      int c = strncmp (w, word, len);
      if (c == 0 && w[len] != '\0')
        c = 1;
      if (c == 0)
        return mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
  return -1;
}

gboolean
ys_unicode_lookup (const char *name,
                   gsize       len,
                   gunichar   *out)
{
  g_autofree char *upper = g_ascii_strup (name, (gssize) len);
  guint16 wanted[64];
  guint n = 0;

  if (strlen (upper) != len)
    return FALSE;
  if (g_str_has_prefix (upper, "HANGUL SYLLABLE "))
    return lookup_hangul (upper + strlen ("HANGUL SYLLABLE "), out);
  for (guint i = 0; i < G_N_ELEMENTS (ys_unicode_ranges); i++)
    {
      const char *prefix = ys_unicode_ranges[i].prefix;
      if (g_str_has_prefix (upper, prefix))
        {
          const char *hex = upper + strlen (prefix);
          char *end;
          guint64 cp = g_ascii_strtoull (hex, &end, 16);
          g_autofree char *again = g_strdup_printf ("%" G_GINT64_MODIFIER "X", cp);
          if (*hex != '\0' && *end == '\0' && g_str_equal (again, hex) &&
              cp >= ys_unicode_ranges[i].first && cp <= ys_unicode_ranges[i].last)
            {
              *out = (gunichar) cp;
              return TRUE;
            }
        }
    }
  for (const char *p = upper;;)
    {
      const char *space = strchr (p, ' ');
      gsize wlen = space != NULL ? (gsize) (space - p) : strlen (p);
      int w = find_word (p, wlen);
      if (w < 0 || n == G_N_ELEMENTS (wanted))
        return FALSE;
      wanted[n++] = (guint16) w;
      if (space == NULL)
        break;
      p = space + 1;
    }
  for (gsize at = 0, e = 0; e < YS_UNICODE_N_ENTRIES; e++)
    {
      const guint8 *entry = ys_unicode_entries + at;
      guint count = entry[3];
      gboolean same = count == n;
      for (guint i = 0; same && i < n; i++)
        same = ((guint) entry[4 + 2 * i] << 8 | entry[5 + 2 * i]) == wanted[i];
      if (same)
        {
          *out = (gunichar) entry[0] << 16 | (gunichar) entry[1] << 8 | entry[2];
          return TRUE;
        }
      at += 4 + 2 * count;
    }
  return FALSE;
}
