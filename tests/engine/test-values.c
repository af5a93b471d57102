/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the engine's values: tagged small ints and their overflow into GMP,
 * strings, containers, and the heap accounting that every value goes through. */
#include "ys-runtime.h"
#include "ys-ast.h"

typedef struct
{
  YsVM  *vm;
  gsize  baseline;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->vm = ys_vm_new ();
  /* Interned names live as long as the VM: make the one a test interns first. */
  ys_str_interned (f->vm, "yield");
  f->baseline = f->vm->live_bytes;
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  /* Whatever a test made and dropped is gone from the heap's count. */
  g_assert_cmpuint (f->vm->live_bytes, ==, f->baseline);
  ys_vm_free (f->vm);
}

static char *
repr_of (YsVM    *vm,
         YsValue  v)
{
  YsValue r = ys_repr (vm, v);
  char *text;

  g_assert_true (r != YS_NULL);
  text = g_strdup (ys_str_data (r));
  ys_decref (vm, r);
  return text;
}

static void
test_small_ints (Fixture       *f,
                 gconstpointer  data)
{
  YsVM *vm = f->vm;
  YsValue max = ys_small (YS_SMALL_MAX);
  YsValue one = ys_small (1);
  YsValue sum, back;
  g_autofree char *text = NULL;

  g_assert_true (ys_is_small (max));
  g_assert_cmpint (ys_small_get (ys_small (-5)), ==, -5);

  /* Past 62 bits the result is a GMP int, and it comes back to a small one. */
  sum = ys_binary_op (vm, YS_BIN_ADD, max, one);
  g_assert_false (ys_is_small (sum));
  g_assert_cmpint (ys_kind (vm, sum), ==, YS_KIND_INT);
  text = repr_of (vm, sum);
  g_assert_cmpstr (text, ==, "4611686018427387904");
  back = ys_binary_op (vm, YS_BIN_SUB, sum, one);
  g_assert_true (ys_is_small (back));
  g_assert_cmpint (ys_small_get (back), ==, YS_SMALL_MAX);
  ys_decref (vm, sum);
}

static void
test_numbers (Fixture       *f,
              gconstpointer  data)
{
  YsVM *vm = f->vm;
  struct { int op; YsValue a, b; const char *expected; } cases[] = {
    { YS_BIN_FLOORDIV, ys_small (7), ys_small (-2), "-4" },
    { YS_BIN_MOD, ys_small (-7), ys_small (3), "2" },
    { YS_BIN_TRUEDIV, ys_small (1), ys_small (3), "0.3333333333333333" },
    { YS_BIN_POW, ys_small (2), ys_small (100), "1267650600228229401496703205376" },
    { YS_BIN_POW, ys_small (2), ys_small (-1), "0.5" },
    { YS_BIN_LSHIFT, ys_small (-3), ys_small (70), "-3541774862152233910272" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      YsValue r = ys_binary_op (vm, cases[i].op, cases[i].a, cases[i].b);
      g_autofree char *text = repr_of (vm, r);
      g_assert_cmpstr (text, ==, cases[i].expected);
      ys_decref (vm, r);
    }
  g_assert_true (ys_binary_op (vm, YS_BIN_FLOORDIV, ys_small (1), ys_small (0)) == YS_NULL);
  g_assert_true (ys_exc_matches (vm, YS_EXC_ZERO_DIVISION_ERROR));
  ys_exc_clear (vm);
}

static void
test_strings (Fixture       *f,
              gconstpointer  data)
{
  YsVM *vm = f->vm;
  YsValue a = ys_str_new (vm, "gén", -1);
  YsValue b = ys_str_new (vm, "érateur", -1);
  YsValue ab = ys_str_concat (vm, a, b);
  YsValue c = ys_str_char_at (vm, ab, 1);
  g_autofree char *text = repr_of (vm, ab);

  g_assert_cmpuint (ys_str_as (ab)->length, ==, 10);
  g_assert_false (ys_str_as (ab)->ascii);
  g_assert_cmpstr (ys_str_data (c), ==, "é");
  g_assert_cmpstr (text, ==, "'générateur'");
  /* Interned names are one object. */
  g_assert_true (ys_str_interned (vm, "yield") == ys_str_interned (vm, "yield"));
  ys_decref (vm, a);
  ys_decref (vm, b);
  ys_decref (vm, ab);
  ys_decref (vm, c);
}

static void
test_containers (Fixture       *f,
                 gconstpointer  data)
{
  YsVM *vm = f->vm;
  YsValue list = ys_list_new (vm, 0);
  YsValue dict = ys_dict_new (vm);
  YsValue key = ys_str_new (vm, "answer", -1);
  gsize before;
  g_autofree char *lr = NULL, *dr = NULL;

  for (int i = 0; i < 1000; i++)
    g_assert_true (ys_list_append_steal (vm, list, ys_small (i * i)));
  g_assert_cmpuint (ys_list_as (list)->length, ==, 1000);
  g_assert_cmpint (ys_small_get (ys_list_as (list)->items[999]), ==, 998001);

  before = vm->live_bytes;
  g_assert_cmpint (ys_dict_set (vm, dict, key, ys_small (42)), ==, 0);
  g_assert_cmpuint (vm->live_bytes, >=, before);
  g_assert_true (ys_dict_get (vm, dict, key) == ys_small (42));
  g_assert_cmpint (ys_dict_del (vm, dict, key), ==, 1);
  g_assert_true (ys_dict_get (vm, dict, key) == YS_NULL);
  g_assert_null (GSIZE_TO_POINTER (vm->exc));

  ys_list_as (list)->length = 3;  /* small ints hold no references */
  lr = repr_of (vm, list);
  g_assert_cmpstr (lr, ==, "[0, 1, 4]");
  ys_dict_set (vm, dict, key, list);
  dr = repr_of (vm, dict);
  g_assert_cmpstr (dr, ==, "{'answer': [0, 1, 4]}");
  ys_decref (vm, key);
  ys_decref (vm, list);
  ys_decref (vm, dict);
}

static void
test_memory_counts (Fixture       *f,
                    gconstpointer  data)
{
  YsVM *vm = f->vm;
  gsize before = vm->live_bytes;
  gsize list_count = vm->kind_count[YS_KIND_LIST];
  YsValue list = ys_list_new (vm, 0);

  g_assert_cmpuint (vm->kind_count[YS_KIND_LIST], ==, list_count + 1);
  for (int i = 0; i < 100000; i++)
    ys_list_append_steal (vm, list, ys_small (i));
  /* 100000 tagged ints cost only their words in the list's buffer. */
  g_assert_cmpuint (vm->live_bytes - before, >=, 100000 * sizeof (YsValue));
  g_assert_cmpuint (vm->live_bytes - before, <, 100000 * sizeof (YsValue) * 5 / 4 + 256);
  g_assert_cmpuint (vm->peak_bytes, >=, vm->live_bytes);
  ys_decref (vm, list);
  g_assert_cmpuint (vm->live_bytes, ==, before);
  g_assert_cmpuint (vm->kind_count[YS_KIND_LIST], ==, list_count);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/values/small-ints", Fixture, NULL, setup, test_small_ints, teardown);
  g_test_add ("/values/numbers", Fixture, NULL, setup, test_numbers, teardown);
  g_test_add ("/values/strings", Fixture, NULL, setup, test_strings, teardown);
  g_test_add ("/values/containers", Fixture, NULL, setup, test_containers, teardown);
  g_test_add ("/values/memory-counts", Fixture, NULL, setup, test_memory_counts, teardown);
  return g_test_run ();
}
