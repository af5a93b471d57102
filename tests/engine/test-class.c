/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the class machinery: the C3 method resolution order on the textbook
 * hierarchies and its refusals, and the \N{NAME} table. */
#include "ys-runtime.h"
#include "ys-lexer.h"

#include <string.h>

/* A hierarchy: "name:base,base" per class, separated by spaces; the last is checked. */
typedef struct
{
  const char *classes;
  const char *mro;      /* the last class's MRO, names separated by spaces */
  const char *error;    /* or the TypeError */
} MroCase;

static const MroCase mro_cases[] = {
  { "A: B:A C:B", "C B A object", NULL },
  { "A: B:A C:A D:B,C", "D B C A object", NULL },
  /* The example of the C3 paper (as in Python's own MRO write-up). */
  { "O: F:O E:O D:O C:D,F B:D,E A:B,C", "A B C D E F O object", NULL },
  { "O: F:O E:O D:O C:D,F B:E,D A:B,C", "A B E C D F O object", NULL },
  { "A: B:A C:A,B", NULL, "Cannot create a consistent method resolution\norder (MRO) for bases A, B" },
  { "X: Y: P:X,Y Q:Y,X Z:P,Q", NULL, "Cannot create a consistent method resolution\norder (MRO) for bases X, Y" },
  { "A: B:A,A", NULL, "duplicate base class A" },
};

static YsValue
find_class (GPtrArray  *made,
            const char *name)
{
  for (guint i = 0; i < made->len; i++)
    if (g_str_equal (ys_type_name (made->pdata[i]), name))
      return ys_val (made->pdata[i]);
  g_assert_not_reached ();
}

static void
test_mro (gconstpointer data)
{
  const MroCase *c = data;
  YsVM *vm = ys_vm_new ();
  g_auto (GStrv) specs = g_strsplit (c->classes, " ", -1);
  GPtrArray *made = g_ptr_array_new ();
  YsValue last = YS_NULL;

  for (int i = 0; specs[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (specs[i], ":", 2);
      g_auto (GStrv) bases = parts[1][0] != '\0' ? g_strsplit (parts[1], ",", -1) : g_new0 (char *, 1);
      YsValue tuple = ys_tuple_new (vm, g_strv_length (bases));
      YsValue name = ys_str_new (vm, parts[0], -1), ns = ys_dict_new (vm);

      for (guint b = 0; bases[b] != NULL; b++)
        ys_tuple_set (tuple, b, ys_ref (find_class (made, bases[b])));
      last = ys_class_new (vm, name, tuple, ns, YS_NULL);
      ys_decref (vm, tuple);
      ys_decref (vm, name);
      ys_decref (vm, ns);
      if (last == YS_NULL)
        break;
      g_ptr_array_add (made, ys_obj (last));
    }
  if (c->error != NULL)
    {
      g_assert_true (last == YS_NULL);
      g_assert_true (ys_exc_matches (vm, YS_EXC_TYPE_ERROR));
      {
        YsValue exc = ys_exc_fetch (vm), text = ys_to_str (vm, exc);
        g_assert_cmpstr (ys_str_data (text), ==, c->error);
        ys_decref (vm, text);
        ys_decref (vm, exc);
      }
    }
  else
    {
      YsValue mro = ys_type_mro (vm, (YsType *) ys_obj (last));
      g_autoptr (GString) names = g_string_new (NULL);
      for (gsize i = 0; i < ys_tuple_len (mro); i++)
        g_string_append_printf (names, "%s%s", i > 0 ? " " : "",
                                ys_type_name ((YsType *) ys_obj (ys_tuple_get (mro, i))));
      g_assert_cmpstr (names->str, ==, c->mro);
      /* Lookups and subtype checks follow the same order. */
      g_assert_true (ys_type_is_subtype ((YsType *) ys_obj (last), vm->types[YS_KIND_OBJECT]));
      ys_decref (vm, mro);
    }
  for (guint i = 0; i < made->len; i++)
    ys_decref (vm, ys_val (made->pdata[i]));
  g_ptr_array_unref (made);
  ys_vm_free (vm);
}

static void
test_unicode_names (void)
{
  static const struct { const char *name; gunichar c; } known[] = {
    { "BULLET", 0x2022 }, { "bullet", 0x2022 }, { "LATIN SMALL LETTER A", 'a' },
    { "GREEK SMALL LETTER LAMDA", 0x3bb }, { "CJK UNIFIED IDEOGRAPH-4E00", 0x4e00 },
    { "HANGUL SYLLABLE GAG", 0xac01 }, { "HANGUL SYLLABLE A", 0xc544 }, { "SNOWMAN", 0x2603 },
  };
  static const char *const unknown[] = {
    "NO SUCH NAME", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-FFFFF", "HANGUL SYLLABLE Q", "",
    "BULLET ", "LATIN  SMALL LETTER A",
  };
  gunichar c;

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_assert_true (ys_unicode_lookup (known[i].name, strlen (known[i].name), &c));
      g_assert_cmpuint (c, ==, known[i].c);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_false (ys_unicode_lookup (unknown[i], strlen (unknown[i]), &c));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (mro_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/class/mro/%u", i);
      g_test_add_data_func (path, &mro_cases[i], test_mro);
    }
  g_test_add_func ("/class/unicode-names", test_unicode_names);
  return g_test_run ();
}
