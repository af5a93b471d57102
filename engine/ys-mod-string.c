/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The string module: its constants and capwords (). */
#include "ys-runtime.h"

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* capwords (s, sep=None): (sep or ' ').join (w.capitalize () for w in s.split (sep)).
 * It is Python code in CPython: its argument errors are Python's. */
FUNC (string_capwords)
{
  YsValue s = argc > 0 ? argv[0] : YS_NULL, sep = argc > 1 ? argv[1] : YS_NULL;
  YsValue words, joiner, join, result = YS_NULL;
  int nkw = ys_kw_count (kwnames), truthy;

  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_kw_name (kwnames, k);
      YsValue *slot = g_str_equal (kw, "s") ? &s : g_str_equal (kw, "sep") ? &sep : NULL;
      if (slot == NULL)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "capwords() got an unexpected keyword argument '%s'", kw);
      if (*slot != YS_NULL)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "capwords() got multiple values for argument '%s'", kw);
      *slot = argv[argc + k];
    }
  if (argc > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "capwords() takes from 1 to 2 positional arguments but %d were given",
                     argc);
  if (s == YS_NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "capwords() missing 1 required positional argument: 's'");

  /* Python's order: (sep or ' ').join is looked up before s.split (sep) runs. */
  truthy = sep != YS_NULL ? ys_truthy (vm, sep) : 0;
  if (truthy < 0)
    return YS_NULL;
  joiner = truthy ? ys_ref (sep) : ys_str_new (vm, " ", 1);
  join = ys_getattr (vm, joiner, ys_str_interned (vm, "join"));
  ys_decref (vm, joiner);
  if (join == YS_NULL)
    return YS_NULL;
  {
    YsValue none = ys_none (vm);
    YsValue arg = sep != YS_NULL ? sep : none;
    words = ys_call_method (vm, s, ys_str_interned (vm, "split"), 1, &arg);
    ys_decref (vm, none);
  }
  if (words == YS_NULL)
    {
      ys_decref (vm, join);
      return YS_NULL;
    }
  {
    YsValue list = ys_list_new (vm, 0), it = ys_iter (vm, words), w;
    ys_decref (vm, words);
    if (it == YS_NULL)
      {
        ys_decref (vm, list);
        ys_decref (vm, join);
        return YS_NULL;
      }
    while ((w = ys_next (vm, it)) != YS_NULL)
      {
        YsValue c;
        if (ys_kind (vm, w) != YS_KIND_STR)
          {
            ys_raise (vm, YS_EXC_TYPE_ERROR,
                      "descriptor 'capitalize' for 'str' objects doesn't apply to a '%s' object",
                      ys_type_name_of (vm, w));
            ys_decref (vm, w);
            break;
          }
        c = ys_call_method (vm, w, ys_str_interned (vm, "capitalize"), 0, NULL);
        ys_decref (vm, w);
        if (c == YS_NULL || !ys_list_append_steal (vm, list, c))
          break;
      }
    ys_decref (vm, it);
    if (vm->exc == YS_NULL)
      result = ys_call1 (vm, join, list);
    ys_decref (vm, list);
  }
  ys_decref (vm, join);
  return result;
}

YsValue
ys_module_string (YsVM *vm)
{
  static const YsMethodDef functions[] = { { "capwords", string_capwords }, { NULL, NULL } };
  static const struct { const char *name, *value; } constants[] = {
    { "ascii_lowercase", "abcdefghijklmnopqrstuvwxyz" },
    { "ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ" },
    { "ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" },
    { "digits", "0123456789" },
    { "hexdigits", "0123456789abcdefABCDEF" },
    { "octdigits", "01234567" },
    { "punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" },
    { "printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                   "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c" },
    { "whitespace", " \t\n\r\x0b\x0c" },
  };
  YsValue module = ys_module_new (vm, "string");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add_functions (vm, module, functions);
  for (gsize i = 0; i < G_N_ELEMENTS (constants); i++)
    {
      YsValue s = ys_str_new (vm, constants[i].value, -1);
      ys_module_add (vm, module, constants[i].name, s);
      ys_decref (vm, s);
    }
  return module;
}
