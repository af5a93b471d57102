/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pathlib module, for reading: Path (a PosixPath) with its pure parts (/, name,
 * stem, suffix, parent, parts, ...) and the queries that read the file system
 * (exists, is_file, is_dir, read_text, open, iterdir, glob) inside the folders open()
 * may read. Whatever would write is a PermissionError. */
#include "ys-runtime.h"
#include "ys-ast.h"

#include <string.h>
#include <sys/stat.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

typedef struct
{
  YsInstance  base;
  YsValue     str;   /* normalized: no empty parts, no ".", no trailing slash; "." when empty */
} Path;

#define PATH_STR(v) (((Path *) ys_obj (v))->str)

static YsType *path_type (YsVM *vm);
static YsType *posix_type (YsVM *vm);

static gboolean
is_path (YsVM    *vm,
         YsValue  v)
{
  return ys_isinstance (vm, v, path_type (vm));
}

static void
path_clear (YsVM     *vm,
            YsObject *obj)
{
  ys_clear (vm, &((Path *) obj)->base.dict);
  ys_clear (vm, &((Path *) obj)->str);
}

/* Appends @part's components to @out (a path being built). */
static void
join_part (GString    *out,
           const char *part)
{
  gchar **pieces;

  if (part[0] == '/')
    {
      g_string_assign (out, "/");
      /* POSIX keeps exactly two leading slashes. */
      if (part[1] == '/' && part[2] != '/')
        g_string_append_c (out, '/');
    }
  pieces = g_strsplit (part, "/", -1);
  for (gchar **p = pieces; *p != NULL; p++)
    {
      if ((*p)[0] == '\0' || g_str_equal (*p, "."))
        continue;
      if (out->len > 0 && out->str[out->len - 1] != '/')
        g_string_append_c (out, '/');
      g_string_append (out, *p);
    }
  g_strfreev (pieces);
}

static YsValue
path_from_text (YsVM       *vm,
                const char *text)
{
  Path *p = (Path *) ys_gc_alloc (vm, posix_type (vm), sizeof (Path));

  if (p == NULL)
    return YS_NULL;
  p->str = ys_str_new (vm, text[0] != '\0' ? text : ".", -1);
  if (p->str == YS_NULL)
    {
      ys_decref (vm, ys_val (p));
      return YS_NULL;
    }
  return ys_val (p);
}

/* The text of a str or a path argument, or NULL with TypeError. */
static const char *
part_text (YsVM    *vm,
           YsValue  v)
{
  if (ys_kind (vm, v) == YS_KIND_STR)
    return ys_str_data (v);
  if (is_path (vm, v))
    return ys_str_data (PATH_STR (v));
  ys_raise (vm, YS_EXC_TYPE_ERROR, "expected str, bytes or os.PathLike object, not %s", ys_type_name_of (vm, v));
  return NULL;
}

/* A path of @base (or nothing) joined with @parts. */
static YsValue
path_join (YsVM          *vm,
           const char    *base,
           int            nparts,
           const YsValue *parts)
{
  GString *out = g_string_new (NULL);
  YsValue r;

  if (base != NULL && !g_str_equal (base, "."))
    join_part (out, base);
  for (int i = 0; i < nparts; i++)
    {
      const char *t = part_text (vm, parts[i]);
      if (t == NULL)
        {
          g_string_free (out, TRUE);
          return YS_NULL;
        }
      join_part (out, t);
    }
  r = path_from_text (vm, out->str);
  g_string_free (out, TRUE);
  return r;
}

static YsValue
path_new (YsVM          *vm,
          YsValue        type,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames)
{
  if (!ys_args_no_keywords (vm, "Path", kwnames))
    return YS_NULL;
  return path_join (vm, NULL, argc, argv);
}

/* The last component: "" for "." and "/". */
static const char *
path_name (YsValue self)
{
  const char *s = ys_str_data (PATH_STR (self)), *slash = strrchr (s, '/');

  if (g_str_equal (s, "."))
    return "";
  return slash != NULL ? slash + 1 : s;
}

/* Where the suffix starts in @name, or NULL: CPython's 0 < i < len - 1 rule. */
static const char *
suffix_of (const char *name)
{
  const char *dot = strrchr (name, '.');
  gsize len = strlen (name);

  if (dot == NULL || dot == name || (gsize) (dot - name) >= len - 1)
    return NULL;
  return dot;
}

static YsValue
path_parent (YsVM    *vm,
             YsValue  self)
{
  const char *s = ys_str_data (PATH_STR (self)), *slash = strrchr (s, '/');
  g_autofree char *up = NULL;

  if (g_str_equal (s, ".") || g_str_equal (s, "/") || g_str_equal (s, "//"))
    return ys_ref (self);
  if (slash == NULL)
    return path_from_text (vm, ".");
  up = g_strndup (s, slash == s ? 1 : (gsize) (slash - s));
  if (g_str_equal (up, "/") && s[1] == '/')
    return path_from_text (vm, "//");
  return path_from_text (vm, up);
}

static YsValue
path_parts (YsVM    *vm,
            YsValue  self)
{
  const char *s = ys_str_data (PATH_STR (self));
  YsValue list = ys_list_new (vm, 0), t;
  gchar **pieces;

  if (list == YS_NULL)
    return YS_NULL;
  if (s[0] == '/')
    ys_list_append_steal (vm, list, ys_str_new (vm, s[1] == '/' ? "//" : "/", -1));
  pieces = g_strsplit (s, "/", -1);
  for (gchar **p = pieces; *p != NULL; p++)
    if ((*p)[0] != '\0' && !g_str_equal (*p, "."))
      ys_list_append_steal (vm, list, ys_str_new (vm, *p, -1));
  g_strfreev (pieces);
  t = ys_list_to_tuple (vm, list);
  ys_decref (vm, list);
  return t;
}

static YsValue
path_get (YsVM    *vm,
          YsValue  self,
          gssize   index)
{
  const char *name = path_name (self), *suffix = suffix_of (name);

  switch (index)
    {
    case 0:
      return ys_str_new (vm, name, -1);
    case 1:
      return ys_str_new (vm, name, suffix != NULL ? suffix - name : -1);
    case 2:
      return ys_str_new (vm, suffix != NULL ? suffix : "", -1);
    case 3:
      return path_parent (vm, self);
    case 4:
      return path_parts (vm, self);
    default:
      {
        YsValue list = ys_list_new (vm, 0);
        gchar **pieces;
        gsize len = strlen (name);
        if (list == YS_NULL || len == 0 || name[len - 1] == '.')
          return list;
        while (*name == '.')
          name++;
        pieces = g_strsplit (name, ".", -1);
        for (gchar **p = pieces + 1; *pieces != NULL && *p != NULL; p++)
          ys_list_append_steal (vm, list, ys_str_printf (vm, ".%s", *p));
        g_strfreev (pieces);
        return list;
      }
    }
}

/* The pure operations */

FUNC (path_str)
{
  return ys_ref (PATH_STR (self));
}

FUNC (path_repr)
{
  YsValue r = ys_repr (vm, PATH_STR (self)), out;

  if (r == YS_NULL)
    return YS_NULL;
  out = ys_str_printf (vm, "%s(%s)", ys_type_name_of (vm, self), ys_str_data (r));
  ys_decref (vm, r);
  return out;
}

FUNC (path_truediv)
{
  if (!ys_args_check (vm, "__truediv__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_kind (vm, argv[0]) != YS_KIND_STR && !is_path (vm, argv[0]))
    return ys_notimpl (vm);
  return path_join (vm, ys_str_data (PATH_STR (self)), 1, argv);
}

FUNC (path_rtruediv)
{
  if (!ys_args_check (vm, "__rtruediv__", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_kind (vm, argv[0]) != YS_KIND_STR)
    return ys_notimpl (vm);
  {
    YsValue parts[2] = { argv[0], self };
    return path_join (vm, NULL, 2, parts);
  }
}

FUNC (path_joinpath)
{
  if (!ys_args_no_keywords (vm, "joinpath", kwnames))
    return YS_NULL;
  return path_join (vm, ys_str_data (PATH_STR (self)), argc, argv);
}

/* Comparisons go by parts, as CPython's do on POSIX. */
static YsValue
path_compare (YsVM    *vm,
              YsValue  self,
              YsValue  other,
              int      op)
{
  YsValue a, b, r;

  if (!is_path (vm, other))
    return ys_notimpl (vm);
  a = path_parts (vm, self);
  b = path_parts (vm, other);
  r = a != YS_NULL && b != YS_NULL ? ys_compare (vm, a, b, op) : YS_NULL;
  ys_xdecref (vm, a);
  ys_xdecref (vm, b);
  return r;
}

#define COMPARE(name, op) \
  FUNC (name) \
  { \
    if (!ys_args_check (vm, #name, argc, kwnames, 1, 1)) \
      return YS_NULL; \
    return path_compare (vm, self, argv[0], op); \
  }

COMPARE (path_eq, YS_CMP_EQ)
COMPARE (path_lt, YS_CMP_LT)
COMPARE (path_le, YS_CMP_LE)
COMPARE (path_gt, YS_CMP_GT)
COMPARE (path_ge, YS_CMP_GE)

FUNC (path_hash)
{
  gint64 h;

  if (!ys_args_check (vm, "__hash__", argc, kwnames, 0, 0) || !ys_hash (vm, PATH_STR (self), &h))
    return YS_NULL;
  return ys_int_from_i64 (vm, h);
}

FUNC (path_with_suffix)
{
  const char *name = path_name (self), *suffix = suffix_of (name), *s;
  g_autofree char *text = NULL;

  if (!ys_args_check (vm, "with_suffix", argc, kwnames, 1, 1) || (s = part_text (vm, argv[0])) == NULL)
    return YS_NULL;
  if ((s[0] != '\0' && (s[0] != '.' || s[1] == '\0')) || strchr (s, '/') != NULL)
    {
      YsValue r = ys_repr (vm, argv[0]);
      if (r != YS_NULL)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "Invalid suffix %s", ys_str_data (r));
      ys_xdecref (vm, r);
      return YS_NULL;
    }
  if (name[0] == '\0')
    {
      YsValue r = ys_repr (vm, self);
      if (r != YS_NULL)
        ys_raise (vm, YS_EXC_VALUE_ERROR, "%s has an empty name", ys_str_data (r));
      ys_xdecref (vm, r);
      return YS_NULL;
    }
  {
    const char *all = ys_str_data (PATH_STR (self));
    gsize keep = (gsize) ((suffix != NULL ? suffix : name + strlen (name)) - all);
    text = g_strdup_printf ("%.*s%s", (int) keep, all, s);
  }
  return path_from_text (vm, text);
}

FUNC (path_with_name)
{
  const char *name = path_name (self), *n;
  g_autofree char *text = NULL;

  if (!ys_args_check (vm, "with_name", argc, kwnames, 1, 1) || (n = part_text (vm, argv[0])) == NULL)
    return YS_NULL;
  if (name[0] == '\0' || n[0] == '\0' || strchr (n, '/') != NULL || g_str_equal (n, "."))
    {
      YsValue r = ys_repr (vm, name[0] == '\0' ? self : argv[0]);
      if (r != YS_NULL)
        ys_raise (vm, YS_EXC_VALUE_ERROR, name[0] == '\0' ? "%s has an empty name" : "Invalid name %s",
                  ys_str_data (r));
      ys_xdecref (vm, r);
      return YS_NULL;
    }
  {
    const char *all = ys_str_data (PATH_STR (self));
    text = g_strdup_printf ("%.*s%s", (int) (name - all), all, n);
  }
  return path_from_text (vm, text);
}

FUNC (path_match)
{
  const char *pattern, *s = ys_str_data (PATH_STR (self));
  gchar **pp, **sp;
  int np, ns;
  gboolean ok = TRUE;

  if (!ys_args_check (vm, "match", argc, kwnames, 1, 1) || (pattern = part_text (vm, argv[0])) == NULL)
    return YS_NULL;
  if (pattern[0] == '\0')
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "empty pattern");
  /* Matched from the right, part by part; an absolute pattern matches the whole. */
  pp = g_strsplit (pattern, "/", -1);
  sp = g_strsplit (s, "/", -1);
  np = (int) g_strv_length (pp);
  ns = (int) g_strv_length (sp);
  if (pattern[0] == '/' ? np != ns : np > ns)
    ok = FALSE;
  for (int i = 1; ok && i <= np; i++)
    if (pp[np - i][0] != '\0' || pattern[0] != '/')
      ok = g_pattern_match_simple (pp[np - i], sp[ns - i]);
  g_strfreev (pp);
  g_strfreev (sp);
  return ys_bool (vm, ok);
}

/* Reading the file system */

/* The real file a path names, inside the sandbox: NULL when it does not exist (no
 * exception), or on PermissionError (*failed). */
static char *
located (YsVM     *vm,
         YsValue   self,
         gboolean *failed)
{
  char *path = NULL, *resolved = NULL;

  *failed = !ys_sandbox_locate (vm, ys_str_data (PATH_STR (self)), &path, &resolved);
  g_free (path);
  return resolved;
}

static YsValue
path_stat_kind (YsVM    *vm,
                YsValue  self,
                int      which)
{
  gboolean failed;
  g_autofree char *real = located (vm, self, &failed);
  struct stat st;

  if (failed)
    return YS_NULL;
  if (real == NULL || stat (real, &st) != 0)
    return ys_bool (vm, FALSE);
  return ys_bool (vm, which == 0 || (which == 1 ? S_ISREG (st.st_mode) : S_ISDIR (st.st_mode)));
}

YS_METHOD_NOARGS (path_exists, "exists", path_stat_kind (vm, self, 0))

YS_METHOD_NOARGS (path_is_file, "is_file", path_stat_kind (vm, self, 1))

YS_METHOD_NOARGS (path_is_dir, "is_dir", path_stat_kind (vm, self, 2))

static YsValue
call_open (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  YsValue open_f = ys_dict_get_str (vm, vm->builtins, ys_str_interned (vm, "open"));
  YsValue *args = g_new (YsValue, argc + ys_kw_count (kwnames) + 1), r;

  args[0] = PATH_STR (self);
  for (int i = 0; i < argc + ys_kw_count (kwnames); i++)
    args[i + 1] = argv[i];
  r = ys_call (vm, open_f, argc + 1, args, kwnames);
  g_free (args);
  return r;
}

FUNC (path_open)
{
  return call_open (vm, self, argc, argv, kwnames);
}

FUNC (path_read_text)
{
  YsValue f, text, r;

  if (argc > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "Path.read_text() takes from 1 to 3 positional arguments but %d were given",
                     argc + 1);
  f = call_open (vm, self, 0, NULL, YS_NULL);
  if (f == YS_NULL)
    return YS_NULL;
  text = ys_call_method (vm, f, ys_str_interned (vm, "read"), 0, NULL);
  r = ys_call_method (vm, f, ys_str_interned (vm, "close"), 0, NULL);
  ys_xdecref (vm, r);
  ys_decref (vm, f);
  return text;
}

/* The names in a directory, in the order the file system gives them (as os.scandir). */
static GPtrArray *
list_dir (YsVM    *vm,
          YsValue  self,
          gboolean quiet)
{
  gboolean failed;
  g_autofree char *real = located (vm, self, &failed);
  GPtrArray *names;
  GDir *dir;
  const char *n;
  struct stat st;

  if (failed)
    return NULL;
  if (real == NULL || stat (real, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      if (!quiet)
        ys_raise_os_error (vm, real == NULL ? YS_EXC_FILE_NOT_FOUND_ERROR : YS_EXC_NOT_A_DIRECTORY_ERROR,
                           real == NULL ? 2 : 20, g_strerror (real == NULL ? 2 : 20), PATH_STR (self));
      return quiet ? g_ptr_array_new_with_free_func (g_free) : NULL;
    }
  dir = g_dir_open (real, 0, NULL);
  names = g_ptr_array_new_with_free_func (g_free);
  while (dir != NULL && (n = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (n));
  if (dir != NULL)
    g_dir_close (dir);
  return names;
}

static YsValue
child (YsVM       *vm,
       YsValue     self,
       const char *name)
{
  YsValue n = ys_str_new (vm, name, -1), r;

  if (n == YS_NULL)
    return YS_NULL;
  r = path_join (vm, ys_str_data (PATH_STR (self)), 1, &n);
  ys_decref (vm, n);
  return r;
}

FUNC (path_iterdir)
{
  GPtrArray *names;
  YsValue list, it;

  if (!ys_args_check (vm, "iterdir", argc, kwnames, 0, 0) || (names = list_dir (vm, self, FALSE)) == NULL)
    return YS_NULL;
  list = ys_list_new (vm, names->len);
  for (guint i = 0; list != YS_NULL && i < names->len; i++)
    if (!ys_list_append_steal (vm, list, child (vm, self, names->pdata[i])))
      ys_clear (vm, &list);
  g_ptr_array_unref (names);
  if (list == YS_NULL)
    return YS_NULL;
  it = ys_iter (vm, list);
  ys_decref (vm, list);
  return it;
}

/* Adds to @out the paths under @dir matching @parts; "**" is this folder and every
 * folder below it. */
static gboolean
glob_walk (YsVM     *vm,
           YsValue   dir,
           gchar   **parts,
           YsValue   out)
{
  GPtrArray *names;
  gboolean ok = TRUE;

  if (*parts == NULL)
    return ys_list_append (vm, out, dir);
  if (!ys_vm_poll_stop (vm, ++vm->c_polls))
    return FALSE;
  if (g_str_equal (*parts, "**"))
    {
      if (!glob_walk (vm, dir, parts + 1, out))
        return FALSE;
      names = list_dir (vm, dir, TRUE);
      if (names == NULL)
        return FALSE;
      for (guint i = 0; ok && i < names->len; i++)
        {
          YsValue sub = child (vm, dir, names->pdata[i]), is_dir;
          ok = sub != YS_NULL && (is_dir = path_stat_kind (vm, sub, 2)) != YS_NULL;
          if (ok && is_dir == ys_val (vm->true_obj))
            ok = glob_walk (vm, sub, parts, out);
          if (ok)
            ys_decref (vm, is_dir);
          ys_xdecref (vm, sub);
        }
      g_ptr_array_unref (names);
      return ok;
    }
  names = list_dir (vm, dir, TRUE);
  if (names == NULL)
    return FALSE;
  for (guint i = 0; ok && i < names->len; i++)
    if (g_pattern_match_simple (*parts, names->pdata[i]))
      {
        YsValue sub = child (vm, dir, names->pdata[i]);
        ok = sub != YS_NULL && glob_walk (vm, sub, parts + 1, out);
        ys_xdecref (vm, sub);
      }
  g_ptr_array_unref (names);
  return ok;
}

static YsValue
path_glob_common (YsVM       *vm,
                  YsValue     self,
                  const char *fname,
                  gboolean    recursive,
                  int         argc,
                  const YsValue *argv,
                  YsValue     kwnames)
{
  const char *pattern;
  g_autofree char *full = NULL;
  gchar **parts;
  YsValue list, it;
  gboolean ok;

  if (!ys_args_check (vm, fname, argc, kwnames, 1, 1) || (pattern = part_text (vm, argv[0])) == NULL)
    return YS_NULL;
  if (pattern[0] == '\0' || g_str_equal (pattern, "."))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "Unacceptable pattern: '%s'", pattern);
  if (pattern[0] == '/')
    return ys_raise (vm, YS_EXC_NOT_IMPLEMENTED_ERROR, "Non-relative patterns are unsupported");
  full = recursive ? g_strdup_printf ("**/%s", pattern) : g_strdup (pattern);
  parts = g_strsplit (full, "/", -1);
  list = ys_list_new (vm, 0);
  ok = list != YS_NULL && glob_walk (vm, self, parts, list);
  g_strfreev (parts);
  if (!ok)
    {
      ys_xdecref (vm, list);
      return YS_NULL;
    }
  it = ys_iter (vm, list);
  ys_decref (vm, list);
  return it;
}

FUNC (path_glob)
{
  return path_glob_common (vm, self, "glob", FALSE, argc, argv, kwnames);
}

FUNC (path_rglob)
{
  return path_glob_common (vm, self, "rglob", TRUE, argc, argv, kwnames);
}

/* Writing is refused. */
static YsValue
refuse (YsVM       *vm,
        YsValue     self,
        const char *what)
{
  return ys_raise (vm, YS_EXC_PERMISSION_ERROR, "Yieldscope programs may only read files: Path('%s').%s() would write",
                   ys_str_data (PATH_STR (self)), what);
}

#define REFUSE(name, what) \
  FUNC (name) \
  { \
    return refuse (vm, self, what); \
  }

REFUSE (path_write_text, "write_text")
REFUSE (path_write_bytes, "write_bytes")
REFUSE (path_mkdir, "mkdir")
REFUSE (path_touch, "touch")
REFUSE (path_unlink, "unlink")
REFUSE (path_rmdir, "rmdir")
REFUSE (path_rename, "rename")
REFUSE (path_replace, "replace")
REFUSE (path_chmod, "chmod")
REFUSE (path_symlink_to, "symlink_to")

static YsType *
path_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "__str__", path_str }, { "__fspath__", path_str }, { "__repr__", path_repr },
    { "__truediv__", path_truediv }, { "__rtruediv__", path_rtruediv }, { "__eq__", path_eq },
    { "__lt__", path_lt }, { "__le__", path_le }, { "__gt__", path_gt }, { "__ge__", path_ge },
    { "__hash__", path_hash }, { "joinpath", path_joinpath }, { "with_suffix", path_with_suffix },
    { "with_name", path_with_name }, { "match", path_match }, { "exists", path_exists },
    { "is_file", path_is_file }, { "is_dir", path_is_dir }, { "open", path_open },
    { "read_text", path_read_text }, { "iterdir", path_iterdir }, { "glob", path_glob },
    { "rglob", path_rglob }, { "write_text", path_write_text }, { "write_bytes", path_write_bytes },
    { "mkdir", path_mkdir }, { "touch", path_touch }, { "unlink", path_unlink }, { "rmdir", path_rmdir },
    { "rename", path_rename }, { "replace", path_replace }, { "chmod", path_chmod },
    { "symlink_to", path_symlink_to }, { NULL, NULL }
  };
  static const char *const attrs[] = { "name", "stem", "suffix", "parent", "parts", "suffixes", NULL };
  /* A Python class in CPython: Path, of the module pathlib. */
  YsType *type = ys_native_type (vm, "Path", YS_KIND_INSTANCE, vm->types[YS_KIND_OBJECT],
                                 YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      type->dealloc = ys_dealloc_cleared;
      type->clear = path_clear;
      type->new_func = path_new;
      ys_type_add_methods (vm, type, methods);
      ys_type_set_attr (vm, type, "__module__", ys_val (ys_str_interned (vm, "pathlib")));
      ys_type_add_descriptors (vm, type, path_get, attrs);
    }
  return type;
}

static YsType *
posix_type (YsVM *vm)
{
  YsType *base = path_type (vm);
  YsType *type = ys_native_type (vm, "PosixPath", YS_KIND_INSTANCE, base, YS_TYPE_GC | YS_TYPE_SLOTS);

  if (type->dealloc == NULL)
    {
      type->dealloc = ys_dealloc_cleared;
      type->clear = path_clear;
      type->new_func = path_new;
      ys_type_set_attr (vm, type, "__module__", ys_val (ys_str_interned (vm, "pathlib")));
    }
  return type;
}

YsValue
ys_module_pathlib (YsVM *vm)
{
  YsValue module = ys_module_new (vm, "pathlib");

  if (module == YS_NULL)
    return YS_NULL;
  ys_module_add (vm, module, "Path", ys_val (path_type (vm)));
  ys_module_add (vm, module, "PosixPath", ys_val (posix_type (vm)));
  ys_module_add (vm, module, "PurePath", ys_val (path_type (vm)));
  return module;
}
