/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The built-in modules (sys, inspect; itertools lives in its own file), open() and
 * its read-only text files, and super(). */
#include "ys-runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>

#define FUNC(name) \
  static YsValue name (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)

/* Modules */

static void
module_dealloc (YsVM     *vm,
                YsObject *obj)
{
  YsModule *m = (YsModule *) obj;

  ys_clear (vm, &m->dict);
  if (m->name != NULL)
    ys_decref (vm, ys_val (m->name));
  m->name = NULL;
  ys_free_object (vm, obj);
}

static void
module_clear (YsVM     *vm,
              YsObject *obj)
{
  ys_clear (vm, &((YsModule *) obj)->dict);
}

YsValue
ys_module_new (YsVM       *vm,
               const char *name)
{
  YsModule *m = (YsModule *) ys_gc_alloc (vm, vm->types[YS_KIND_MODULE], sizeof (YsModule));
  YsValue n;

  if (m == NULL)
    return YS_NULL;
  vm->types[YS_KIND_MODULE]->dealloc = module_dealloc;
  vm->types[YS_KIND_MODULE]->clear = module_clear;
  m->name = ys_str_as (ys_str_intern (vm, name));
  m->dict = ys_dict_new (vm);
  n = ys_val (m->name);
  ys_module_add (vm, ys_val (m), "__name__", n);
  return ys_val (m);
}

void
ys_type_set_attr (YsVM       *vm,
                  YsType     *type,
                  const char *name,
                  YsValue     value)
{
  YsValue key = ys_str_intern (vm, name);

  ys_dict_set (vm, type->dict, key, value);
  ys_decref (vm, key);
}

void
ys_type_add_descriptors (YsVM              *vm,
                         YsType            *type,
                         YsGetFunc          get,
                         const char *const *names)
{
  for (gssize i = 0; names[i] != NULL; i++)
    {
      YsValue d = ys_descriptor_new (vm, get, i);
      ys_type_set_attr (vm, type, names[i], d);
      ys_xdecref (vm, d);
    }
}

void
ys_module_add (YsVM       *vm,
               YsValue     module,
               const char *name,
               YsValue     value)
{
  YsValue key = ys_str_intern (vm, name);

  ys_dict_set (vm, ((YsModule *) ys_obj (module))->dict, key, value);
  ys_decref (vm, key);
}

void
ys_module_add_functions (YsVM              *vm,
                         YsValue            module,
                         const YsMethodDef *functions)
{
  for (const YsMethodDef *f = functions; f->name != NULL; f++)
    {
      YsValue b = ys_builtin_new (vm, f->name, f->func, YS_NULL);
      ys_module_add (vm, module, f->name, b);
      ys_decref (vm, b);
    }
}

YsValue
ys_import_module (YsVM  *vm,
                  YsStr *name)
{
  YsValue m = ys_dict_get_str (vm, vm->modules, name);

  if (m != YS_NULL)
    return ys_ref (m);
  if (g_str_equal (name->data, "itertools"))
    m = ys_module_itertools (vm);
  else if (g_str_equal (name->data, "inspect"))
    m = ys_module_inspect (vm);
  else if (g_str_equal (name->data, "sys"))
    m = ys_module_sys (vm);
  else if (g_str_equal (name->data, "collections"))
    m = ys_module_collections (vm);
  else if (g_str_equal (name->data, "collections.abc"))
    m = ys_module_collections_abc (vm);
  else if (g_str_equal (name->data, "heapq"))
    m = ys_module_heapq (vm);
  else if (g_str_equal (name->data, "operator"))
    m = ys_module_operator (vm);
  else if (g_str_equal (name->data, "functools"))
    m = ys_module_functools (vm);
  else if (g_str_equal (name->data, "random"))
    m = ys_module_random (vm);
  else if (g_str_equal (name->data, "math"))
    m = ys_module_math (vm);
  else if (g_str_equal (name->data, "time"))
    m = ys_module_time (vm);
  else if (g_str_equal (name->data, "string"))
    m = ys_module_string (vm);
  else if (g_str_equal (name->data, "re"))
    m = ys_module_re (vm);
  else if (g_str_equal (name->data, "contextlib"))
    m = ys_module_contextlib (vm);
  else if (g_str_equal (name->data, "types"))
    m = ys_module_types (vm);
  else if (g_str_equal (name->data, "gc"))
    m = ys_module_gc (vm);
  else if (g_str_equal (name->data, "weakref"))
    m = ys_module_weakref (vm);
  else if (g_str_equal (name->data, "queue"))
    m = ys_module_queue (vm);
  else if (g_str_equal (name->data, "fractions"))
    m = ys_module_fractions (vm);
  else if (g_str_equal (name->data, "pathlib"))
    m = ys_module_pathlib (vm);
  else
    {
      ys_raise_no_module (vm, name);
      return YS_NULL;
    }
  if (m == YS_NULL)
    return YS_NULL;
  ys_dict_set (vm, vm->modules, ys_val (name), m);
  return m;
}

/* sys */

/* The bytes the engine really holds for an object: its block, and the buffers only it
 * owns. A small int lives in the word that holds it. */
gsize
ys_object_sizeof (YsVM    *vm,
                  YsValue  v)
{
  YsObject *o;
  gsize size;

  if (ys_is_small (v))
    return sizeof (YsValue);
  o = ys_obj (v);
  size = o->size;
  switch (o->type->kind)
    {
    case YS_KIND_LIST:
      size += ((YsList *) o)->capacity * sizeof (YsValue);
      break;
    case YS_KIND_INT:
    case YS_KIND_BOOL:
      size += (gsize) ((YsInt *) o)->value->_mp_alloc * sizeof (mp_limb_t);
      break;
    case YS_KIND_DICT:
    case YS_KIND_SET:
    case YS_KIND_FROZENSET:
      size += ys_dict_buffer_size (v);
      break;
    case YS_KIND_GENERATOR:
      if (((YsGen *) o)->frame != NULL)
        size += ((YsGen *) o)->frame->alloc_size;
      break;
    default:
      break;
    }
  return size;
}

FUNC (sys_getsizeof)
{
  if (!ys_args_check (vm, "getsizeof", argc, kwnames, 1, 2))
    return YS_NULL;
  return ys_small ((intptr_t) ys_object_sizeof (vm, argv[0]));
}

/* sys.exit(), exit() and quit(): a SystemExit with the status. */
FUNC (sys_exit)
{
  YsValue args, exc;

  if (!ys_args_check (vm, "exit", argc, kwnames, 0, 1))
    return YS_NULL;
  args = ys_tuple_from_array (vm, argv, (gsize) argc);
  if (args == YS_NULL)
    return YS_NULL;
  exc = ys_exception_new (vm, vm->exc_types[YS_EXC_SYSTEM_EXIT], args);
  ys_decref (vm, args);
  if (exc == YS_NULL)
    return YS_NULL;
  return ys_raise_value (vm, exc);
}

/* sys.exc_info (): the exception being handled, as (type, value, traceback). */
FUNC (sys_exc_info)
{
  YsValue exc = vm->handled;

  if (!ys_args_check (vm, "exc_info", argc, kwnames, 0, 0))
    return YS_NULL;
  if (exc == YS_NULL || ys_is_none (vm, exc))
    return ys_tuple_pack (vm, 3, ys_none (vm), ys_none (vm), ys_none (vm));
  return ys_tuple_pack (vm, 3, ys_ref (ys_val (ys_type_of (vm, exc))), ys_ref (exc),
                        ys_exception_traceback_object (vm, exc));
}

FUNC (sys_getrecursionlimit)
{
  if (!ys_args_check (vm, "getrecursionlimit", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_small (vm->recursion_limit);
}

FUNC (sys_setrecursionlimit)
{
  gint64 n;

  if (!ys_args_check (vm, "setrecursionlimit", argc, kwnames, 1, 1))
    return YS_NULL;
  if (!ys_is_int (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                     ys_type_name_of (vm, argv[0]));
  if (!ys_int_to_i64 (vm, argv[0], &n) || n < 1)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "recursion limit must be greater or equal than 1");
  /* Deep recursion nests C calls through generators: keep it within what is safe. */
  vm->recursion_limit = (int) MIN (n, 20000);
  return ys_none (vm);
}

/* sys.stdout and sys.stderr: write() and flush() onto the program's output. */
FUNC (stream_write)
{
  YsValue s;

  if (!ys_args_check (vm, "write", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_kind (vm, argv[0]) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "write() argument must be str, not %s",
                     ys_type_name_of (vm, argv[0]));
  s = argv[0];
  ys_vm_print (vm, ys_str_data (s), ys_str_as (s)->nbytes, ys_vm_is_stderr (vm, self));
  return ys_small (ys_str_as (s)->length);
}

FUNC (stream_flush)
{
  if (!ys_args_check (vm, "flush", argc, kwnames, 0, 0))
    return YS_NULL;
  return ys_none (vm);
}

static YsType *
stream_type (YsVM *vm)
{
  static const YsMethodDef methods[] = {
    { "write", stream_write }, { "flush", stream_flush }, { NULL, NULL }
  };
  /* The VM holds the type until its teardown frees types after every object. */
  if (vm->type_stream == NULL)
    {
      vm->type_stream = ys_type_new (vm, "TextIOWrapper", YS_KIND_OBJECT, vm->types[YS_KIND_OBJECT], 0);
      ys_type_add_methods (vm, vm->type_stream, methods);
    }
  return vm->type_stream;
}

YsValue
ys_module_sys (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "getsizeof", sys_getsizeof },
    { "exit", sys_exit },
    { "exc_info", sys_exc_info },
    { "getrecursionlimit", sys_getrecursionlimit },
    { "setrecursionlimit", sys_setrecursionlimit },
    { NULL, NULL }
  };
  YsValue m = ys_module_new (vm, "sys");
  YsType *st = stream_type (vm);
  YsValue out = ys_val (ys_alloc (vm, st, sizeof (YsObject)));
  YsValue err = ys_val (ys_alloc (vm, st, sizeof (YsObject)));
  YsValue maxsize = ys_int_from_i64 (vm, G_MAXINT64);

  ys_module_add_functions (vm, m, functions);
  ys_module_add (vm, m, "stdout", out);
  ys_module_add (vm, m, "stderr", err);
  ys_module_add (vm, m, "maxsize", maxsize);
  vm->sys_stdout = out;
  vm->sys_stderr = err;
  ys_decref (vm, out);
  ys_decref (vm, err);
  ys_decref (vm, maxsize);
  return m;
}

gboolean
ys_vm_is_stdout (YsVM    *vm,
                 YsValue  v)
{
  return v != YS_NULL && v == vm->sys_stdout;
}

gboolean
ys_vm_is_stderr (YsVM    *vm,
                 YsValue  v)
{
  return v != YS_NULL && v == vm->sys_stderr;
}

/* inspect */

FUNC (inspect_getgeneratorstate)
{
  if (!ys_args_check (vm, "getgeneratorstate", argc, kwnames, 1, 1))
    return YS_NULL;
  if (ys_kind (vm, argv[0]) != YS_KIND_GENERATOR)
    return ys_raise (vm, YS_EXC_ATTRIBUTE_ERROR, "'%s' object has no attribute 'gi_running'",
                     ys_type_name_of (vm, argv[0]));
  return ys_str_intern (vm, ys_gen_state_name (((YsGen *) ys_obj (argv[0]))->state));
}

FUNC (inspect_isgenerator)
{
  if (!ys_args_check (vm, "isgenerator", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_bool (vm, ys_kind (vm, argv[0]) == YS_KIND_GENERATOR);
}

FUNC (inspect_isgeneratorfunction)
{
  YsValue f;

  if (!ys_args_check (vm, "isgeneratorfunction", argc, kwnames, 1, 1))
    return YS_NULL;
  f = argv[0];
  if (ys_kind (vm, f) == YS_KIND_METHOD)
    f = ((YsMethod *) ys_obj (f))->func;
  return ys_bool (vm, ys_kind (vm, f) == YS_KIND_FUNCTION &&
                        (((YsFunction *) ys_obj (f))->code->flags & YS_CODE_GENERATOR));
}

FUNC (inspect_isfunction)
{
  if (!ys_args_check (vm, "isfunction", argc, kwnames, 1, 1))
    return YS_NULL;
  return ys_bool (vm, ys_kind (vm, argv[0]) == YS_KIND_FUNCTION);
}

YsValue
ys_module_inspect (YsVM *vm)
{
  static const YsMethodDef functions[] = {
    { "getgeneratorstate", inspect_getgeneratorstate },
    { "isgenerator", inspect_isgenerator },
    { "isgeneratorfunction", inspect_isgeneratorfunction },
    { "isfunction", inspect_isfunction },
    { NULL, NULL }
  };
  YsValue m = ys_module_new (vm, "inspect");

  ys_module_add_functions (vm, m, functions);
  for (YsGenState s = YS_GEN_CREATED; s <= YS_GEN_CLOSED; s++)
    {
      YsValue v = ys_str_intern (vm, ys_gen_state_name (s));
      ys_module_add (vm, m, ys_gen_state_name (s), v);
      ys_decref (vm, v);
    }
  return m;
}

/* open() and its files */

typedef struct
{
  YsObject  base;
  FILE     *stream;
  YsValue   name;      /* as the program gave it */
} YsFile;

#define FILE_BUFFER_BYTES 4096

static void
file_close_stream (YsVM   *vm,
                   YsFile *f)
{
  if (f->stream != NULL)
    {
      fclose (f->stream);
      f->stream = NULL;
      ys_mem_account (vm, YS_KIND_FILE, -FILE_BUFFER_BYTES);
    }
}

static void
file_dealloc (YsVM     *vm,
              YsObject *obj)
{
  YsFile *f = (YsFile *) obj;

  file_close_stream (vm, f);
  ys_clear (vm, &f->name);
  ys_free_object (vm, obj);
}

/* Whether @path (absolute, canonical) is @dir or below it. */
static gboolean
inside (const char *path,
        const char *dir)
{
  gsize n;

  if (path == NULL || dir == NULL || !g_path_is_absolute (path) || !g_path_is_absolute (dir))
    return FALSE;
  n = strlen (dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  if (n == 1)
    return TRUE;  /* "/" */
  return strncmp (path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/* A folder open() may read, absolute both as written and with its links resolved
 * (a missing file is judged by where its name points, an existing one by where it is). */
typedef struct
{
  char *lexical;
  char *real;
} Folder;

static void
folder_init (Folder     *folder,
             const char *dir)
{
  folder->lexical = NULL;
  folder->real = NULL;
  if (dir == NULL || dir[0] == '\0')
    return;
  /* A relative folder (a sample folder given as "data/samples") is relative to the
   * current directory: g_canonicalize_filename () needs an absolute base. */
  folder->lexical = g_canonicalize_filename (dir, NULL);
  folder->real = realpath (folder->lexical, NULL);
}

static void
folder_clear (Folder *folder)
{
  g_free (folder->lexical);
  free (folder->real);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Folder, folder_clear)

static gboolean
folder_contains (const Folder *folder,
                 const char   *path)
{
  return inside (path, folder->lexical) || inside (path, folder->real);
}

YsValue
ys_raise_os_error (YsVM       *vm,
                   YsExcKind   kind,
                   int         code,
                   const char *message,
                   YsValue     filename)
{
  YsValue args = ys_tuple_pack (vm, 2, ys_small (code), ys_str_new (vm, message, -1));
  YsValue exc = ys_exception_new (vm, vm->exc_types[kind], args);
  YsValue errno_v = ys_small (code), strerror_v = ys_tuple_get (args, 1);

  ys_decref (vm, args);
  if (exc == YS_NULL)
    return YS_NULL;
  ys_setattr (vm, exc, ys_str_interned (vm, "errno"), errno_v);
  ys_setattr (vm, exc, ys_str_interned (vm, "strerror"), strerror_v);
  ys_setattr (vm, exc, ys_str_interned (vm, "filename"), filename);
  return ys_raise_value (vm, exc);
}

gboolean
ys_sandbox_locate (YsVM        *vm,
                   const char  *name,
                   char       **path_out,
                   char       **resolved_out)
{
  g_auto (Folder) program = { NULL, NULL };
  g_auto (Folder) samples = { NULL, NULL };
  g_autofree char *path = NULL;      /* where the name points */
  g_autofree char *resolved = NULL;  /* the file it names, links resolved */

  folder_init (&program, vm->program_dir);
  folder_init (&samples, vm->sample_dir);
  if (g_path_is_absolute (name))
    {
      path = g_canonicalize_filename (name, NULL);
      resolved = realpath (path, NULL);
    }
  else
    {
      if (program.lexical != NULL)
        {
          path = g_canonicalize_filename (name, program.lexical);
          resolved = realpath (path, NULL);
        }
      if (resolved == NULL && samples.lexical != NULL)
        {
          g_autofree char *sample = g_canonicalize_filename (name, samples.lexical);
          char *found = realpath (sample, NULL);
          if (found != NULL || path == NULL)
            {
              g_free (path);
              path = g_steal_pointer (&sample);
              resolved = found;
            }
        }
    }
  if (path == NULL ||
      (!folder_contains (&program, resolved != NULL ? resolved : path) &&
       !folder_contains (&samples, resolved != NULL ? resolved : path)))
    {
      ys_raise (vm, YS_EXC_PERMISSION_ERROR,
                "Yieldscope programs may only read files in their own folder or the "
                "sample folder, not '%s'", name);
      return FALSE;
    }
  *path_out = g_steal_pointer (&path);
  *resolved_out = g_steal_pointer (&resolved);
  return TRUE;
}

/* Refuses what a program may not read (the sandbox), then opens @file's regular file.
 * Relative names are looked for in the program's folder, then in the sample folder
 * (lessons open "sales.csv" from anywhere); only those folders and their subfolders
 * may be read. A program without a folder (unsaved, or the console) has the sample
 * folder alone. */
static FILE *
open_sandboxed (YsVM    *vm,
                YsValue  file)
{
  const char *name = ys_str_data (file);
  g_autofree char *path = NULL;      /* where the name points */
  g_autofree char *resolved = NULL;  /* the file it names, links resolved */
  struct stat st;
  FILE *stream;
  int fd, flags;

  if (strlen (name) != ys_str_as (file)->nbytes)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "embedded null byte");
      return NULL;
    }
  if (name[0] == '\0')
    {
      ys_raise_os_error (vm, YS_EXC_FILE_NOT_FOUND_ERROR, ENOENT, g_strerror (ENOENT), file);
      return NULL;
    }
  if (!ys_sandbox_locate (vm, name, &path, &resolved))
    return NULL;
  if (resolved == NULL)
    {
      ys_raise_os_error (vm, YS_EXC_FILE_NOT_FOUND_ERROR, ENOENT, g_strerror (ENOENT), file);
      return NULL;
    }
  /* A FIFO or a device could block in open() or read(), where Stop cannot reach:
   * only regular files are opened, checked before and (against a swap) after. */
  fd = -1;
  if (stat (resolved, &st) == 0 && S_ISREG (st.st_mode))
    {
      fd = open (resolved, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
      if (fd < 0)
        {
          int e = errno;
          ys_raise_os_error (vm, e == EACCES ? YS_EXC_PERMISSION_ERROR : YS_EXC_OS_ERROR, e,
                          g_strerror (e), file);
          return NULL;
        }
      if (fstat (fd, &st) != 0)
        st.st_mode = 0;
    }
  else if (errno == EACCES)
    {
      ys_raise_os_error (vm, YS_EXC_PERMISSION_ERROR, EACCES, g_strerror (EACCES), file);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      if (fd >= 0)
        close (fd);
      if (S_ISDIR (st.st_mode))
        ys_raise_os_error (vm, YS_EXC_IS_A_DIRECTORY_ERROR, EISDIR, g_strerror (EISDIR), file);
      else
        ys_raise (vm, YS_EXC_PERMISSION_ERROR,
                  "Yieldscope programs may only read regular files, not '%s'", name);
      return NULL;
    }
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
  stream = fdopen (fd, "r");
  if (stream == NULL)
    {
      int e = errno;
      close (fd);
      ys_raise_os_error (vm, YS_EXC_OS_ERROR, e, g_strerror (e), file);
    }
  return stream;
}

FUNC (builtin_open)
{
  static const char *const allowed[] = { "file", "mode", "encoding", "errors", "newline", "buffering", NULL };
  YsValue file = argc > 0 ? argv[0] : ys_args_keyword (vm, argc, argv, kwnames, "file");
  YsValue mode = argc > 1 ? argv[1] : ys_args_keyword (vm, argc, argv, kwnames, "mode");
  YsValue encoding = ys_args_keyword (vm, argc, argv, kwnames, "encoding");
  const char *m = "r";
  YsFile *f;
  FILE *stream;

  if (!ys_args_only_keywords (vm, "open", kwnames, allowed))
    return YS_NULL;
  if (argc > 2)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "open() with more than 2 positional arguments is not supported by Yieldscope");
  if (file == YS_NULL)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "open() missing required argument 'file' (pos 1)");
  if (ys_kind (vm, file) != YS_KIND_STR &&
      ys_type_lookup (ys_type_of (vm, file), ys_str_interned (vm, "__fspath__")) != YS_NULL)
    {
      /* A pathlib path: opened by its str. */
      YsValue args[2] = { YS_NULL, mode }, r, name = ys_to_str (vm, file);
      if (name == YS_NULL)
        return YS_NULL;
      args[0] = name;
      r = builtin_open (vm, self, mode != YS_NULL ? 2 : 1, args, YS_NULL);
      ys_decref (vm, name);
      return r;
    }
  if (ys_kind (vm, file) != YS_KIND_STR)
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "expected str, bytes or os.PathLike object, not %s",
                     ys_type_name_of (vm, file));
  if (mode != YS_NULL)
    {
      if (ys_kind (vm, mode) != YS_KIND_STR)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "open() argument 'mode' must be str, not %s",
                         ys_type_name_of (vm, mode));
      m = ys_str_data (mode);
    }
  if (strpbrk (m, "wax+") != NULL)
    return ys_raise (vm, YS_EXC_PERMISSION_ERROR,
                     "Yieldscope programs may only read files: open(%s, '%s') would write",
                     ys_str_data (file), m);
  if (strchr (m, 'b') != NULL)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "binary files are not supported by Yieldscope");
  if (m[strspn (m, "rt")] != '\0')
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "invalid mode: '%s'", m);
  if (encoding != YS_NULL && !ys_is_none (vm, encoding) &&
      (ys_kind (vm, encoding) != YS_KIND_STR ||
       (g_ascii_strcasecmp (ys_str_data (encoding), "utf-8") != 0 &&
        g_ascii_strcasecmp (ys_str_data (encoding), "utf8") != 0)))
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "Yieldscope reads files as UTF-8 only");

  stream = open_sandboxed (vm, file);
  if (stream == NULL)
    return YS_NULL;
  if (vm->types[YS_KIND_FILE]->dealloc == NULL)
    vm->types[YS_KIND_FILE]->dealloc = file_dealloc;
  f = (YsFile *) ys_gc_alloc (vm, vm->types[YS_KIND_FILE], sizeof (YsFile));
  if (f == NULL)
    {
      fclose (stream);
      return YS_NULL;
    }
  f->stream = stream;
  f->name = ys_ref (file);
  ys_mem_account (vm, YS_KIND_FILE, FILE_BUFFER_BYTES);
  return ys_val (f);
}

static gboolean
check_open (YsVM   *vm,
            YsFile *f)
{
  if (f->stream == NULL)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "I/O operation on closed file.");
      return FALSE;
    }
  return TRUE;
}

/* One line, with universal newlines ("\r\n" and "\r" read as "\n"); "" at the end. */
static YsValue
read_line (YsVM   *vm,
           YsFile *f)
{
  GString *line = g_string_new (NULL);
  int c;

  while ((c = getc (f->stream)) != EOF)
    {
      if (c == '\r')
        {
          int next = getc (f->stream);
          if (next != '\n' && next != EOF)
            ungetc (next, f->stream);
          c = '\n';
        }
      g_string_append_c (line, (char) c);
      if (c == '\n')
        break;
    }
  if (!g_utf8_validate (line->str, line->len, NULL))
    {
      g_string_free (line, TRUE);
      return ys_raise (vm, YS_EXC_UNICODE_ERROR, "'utf-8' codec can't decode the file '%s'",
                       ys_str_data (f->name));
    }
  {
    YsValue s = ys_str_new (vm, line->str, (gssize) line->len);
    g_string_free (line, TRUE);
    return s;
  }
}

YsValue
ys_file_next (YsVM    *vm,
              YsValue  v)
{
  YsFile *f = (YsFile *) ys_obj (v);
  YsValue line;

  if (!check_open (vm, f))
    return YS_NULL;
  line = read_line (vm, f);
  if (line != YS_NULL && ys_str_as (line)->nbytes == 0)
    {
      ys_decref (vm, line);
      return YS_NULL;
    }
  return line;
}

FUNC (file_readline)
{
  if (!ys_args_check (vm, "readline", argc, kwnames, 0, 1))
    return YS_NULL;
  if (!check_open (vm, (YsFile *) ys_obj (self)))
    return YS_NULL;
  return read_line (vm, (YsFile *) ys_obj (self));
}

FUNC (file_readlines)
{
  YsValue list, line;

  if (!ys_args_check (vm, "readlines", argc, kwnames, 0, 1))
    return YS_NULL;
  if (!check_open (vm, (YsFile *) ys_obj (self)))
    return YS_NULL;
  list = ys_list_new (vm, 0);
  while ((line = ys_file_next (vm, self)) != YS_NULL)
    if (!ys_list_append_steal (vm, list, line))
      break;
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  return list;
}

FUNC (file_read)
{
  YsFile *f = (YsFile *) ys_obj (self);
  gint64 size = -1;
  GString *text;
  int c;

  if (!ys_args_check (vm, "read", argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 1 && !ys_is_none (vm, argv[0]) && !ys_int_to_i64 (vm, argv[0], &size))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "argument should be integer or None, not '%s'",
                     ys_type_name_of (vm, argv[0]));
  if (!check_open (vm, f))
    return YS_NULL;
  text = g_string_new (NULL);
  /* size counts characters: read whole UTF-8 sequences. */
  for (gint64 n = 0; size < 0 || n < size; n++)
    {
      c = getc (f->stream);
      if (c == EOF)
        break;
      if (c == '\r')
        {
          int next = getc (f->stream);
          if (next != '\n' && next != EOF)
            ungetc (next, f->stream);
          c = '\n';
        }
      g_string_append_c (text, (char) c);
      if (c >= 0xc0)
        {
          int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
          for (int k = 0; k < more && (c = getc (f->stream)) != EOF; k++)
            g_string_append_c (text, (char) c);
        }
    }
  if (!g_utf8_validate (text->str, text->len, NULL))
    {
      g_string_free (text, TRUE);
      return ys_raise (vm, YS_EXC_UNICODE_ERROR, "'utf-8' codec can't decode the file '%s'",
                       ys_str_data (f->name));
    }
  {
    YsValue s = ys_str_new (vm, text->str, (gssize) text->len);
    g_string_free (text, TRUE);
    return s;
  }
}

FUNC (file_close)
{
  if (!ys_args_check (vm, "close", argc, kwnames, 0, 0))
    return YS_NULL;
  file_close_stream (vm, (YsFile *) ys_obj (self));
  return ys_none (vm);
}

FUNC (file_enter)
{
  if (!check_open (vm, (YsFile *) ys_obj (self)))
    return YS_NULL;
  return ys_ref (self);
}

FUNC (file_exit)
{
  file_close_stream (vm, (YsFile *) ys_obj (self));
  return ys_none (vm);
}

FUNC (file_iter)
{
  if (!check_open (vm, (YsFile *) ys_obj (self)))
    return YS_NULL;
  return ys_ref (self);
}

FUNC (file_next_method)
{
  YsValue line = ys_file_next (vm, self);

  if (line == YS_NULL && vm->exc == YS_NULL)
    return ys_raise_empty (vm, YS_EXC_STOP_ITERATION);
  return line;
}

YsValue
ys_file_attribute (YsVM    *vm,
                   YsValue  v,
                   YsStr   *name)
{
  YsFile *f = (YsFile *) ys_obj (v);

  if (g_str_equal (name->data, "closed"))
    return ys_bool (vm, f->stream == NULL);
  if (g_str_equal (name->data, "name"))
    return ys_ref (f->name);
  if (g_str_equal (name->data, "mode"))
    return ys_str_intern (vm, "r");
  return YS_NULL;
}

YsValue
ys_file_repr (YsVM    *vm,
              YsValue  v)
{
  YsValue r = ys_repr (vm, ((YsFile *) ys_obj (v))->name), out;

  if (r == YS_NULL)
    return YS_NULL;
  out = ys_str_printf (vm, "<_io.TextIOWrapper name=%s mode='r' encoding='UTF-8'>", ys_str_data (r));
  ys_decref (vm, r);
  return out;
}

/* super() */

typedef struct
{
  YsObject  base;
  YsType   *start;   /* the class whose bases are searched */
  YsValue   obj;
} YsSuper;

static void
super_dealloc (YsVM     *vm,
               YsObject *obj)
{
  YsSuper *s = (YsSuper *) obj;

  ys_decref (vm, ys_val (s->start));
  ys_clear (vm, &s->obj);
  ys_free_object (vm, obj);
}

static YsValue
super_new_func (YsVM          *vm,
                YsValue        type,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  YsType *start;
  YsValue obj;
  YsSuper *s;

  if (!ys_args_check (vm, "super", argc, kwnames, 0, 2))
    return YS_NULL;
  if (argc == 2)
    {
      if (ys_kind (vm, argv[0]) != YS_KIND_TYPE)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "super() argument 1 must be a type, not %s",
                         ys_type_name_of (vm, argv[0]));
      start = (YsType *) ys_obj (argv[0]);
      obj = argv[1];
    }
  else if (argc == 0)
    {
      /* super() in a method: the class it was defined in, and its first argument. */
      YsFrame *f = vm->frame;
      YsFunction *func = f != NULL && f->func != YS_NULL ? (YsFunction *) ys_obj (f->func) : NULL;
      YsType *klass = func != NULL ? ys_frame_class_cell (vm, f) : NULL;
      if (klass == NULL && func != NULL)
        klass = func->klass;
      if (func == NULL || klass == NULL)
        return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "super(): no arguments");
      if (f->code->argcount < 1)
        return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "super(): no arguments");
      obj = f->localsplus[0];
      for (int i = 0; i < f->code->ncells; i++)
        if (f->code->cell2arg[i] == 0)
          obj = ((YsCell *) ys_obj (f->localsplus[f->code->nlocals + i]))->ref;
      if (obj == YS_NULL)
        return ys_raise (vm, YS_EXC_RUNTIME_ERROR, "super(): arg[0] deleted");
      start = klass;
    }
  else
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "super() with one argument is not supported by Yieldscope");
  if (!ys_isinstance (vm, obj, start) &&
      !(ys_kind (vm, obj) == YS_KIND_TYPE && ys_type_is_subtype ((YsType *) ys_obj (obj), start)))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type");
  s = (YsSuper *) ys_alloc (vm, (YsType *) ys_obj (type), sizeof (YsSuper));
  if (s == NULL)
    return YS_NULL;
  s->start = (YsType *) ys_obj (ys_ref (ys_val (start)));
  s->obj = ys_ref (obj);
  return ys_val (s);
}

YsValue
ys_super_getattr (YsVM    *vm,
                  YsValue  v,
                  YsStr   *name)
{
  YsSuper *s = (YsSuper *) ys_obj (v);

  return ys_super_lookup (vm, s->start, s->obj, name);
}

/* object.__init__ and friends, so that super().__init__() reaches the end of the chain. */
FUNC (object_init)
{
  return ys_none (vm);
}

FUNC (exception_init)
{
  YsException *e = (YsException *) ys_obj (self);
  YsValue args = ys_tuple_from_array (vm, argv, (gsize) argc);

  if (args == YS_NULL)
    return YS_NULL;
  ys_decref (vm, e->args);
  e->args = args;
  if (ys_type_is_subtype (ys_obj (self)->type, vm->exc_types[YS_EXC_STOP_ITERATION]))
    {
      ys_clear (vm, &e->value);
      e->value = argc > 0 ? ys_ref (argv[0]) : ys_none (vm);
    }
  return ys_none (vm);
}

void
ys_modules_init (YsVM *vm)
{
  static const YsMethodDef file_methods[] = {
    { "read", file_read }, { "readline", file_readline }, { "readlines", file_readlines },
    { "close", file_close }, { "__enter__", file_enter }, { "__exit__", file_exit },
    { "__iter__", file_iter }, { "__next__", file_next_method }, { NULL, NULL }
  };
  static const YsMethodDef object_methods[] = {
    { "__init__", object_init }, { NULL, NULL }
  };
  static const YsMethodDef exception_methods[] = {
    { "__init__", exception_init }, { NULL, NULL }
  };
  YsType *super_type;
  YsValue open_fn;

  vm->types[YS_KIND_FILE]->dealloc = file_dealloc;
  ys_type_add_methods (vm, vm->types[YS_KIND_FILE], file_methods);
  ys_type_add_methods (vm, vm->types[YS_KIND_OBJECT], object_methods);
  ys_type_add_methods (vm, vm->exc_types[YS_EXC_BASE_EXCEPTION], exception_methods);

  super_type = ys_type_new (vm, "super", YS_KIND_OBJECT, vm->types[YS_KIND_OBJECT], 0);
  super_type->dealloc = super_dealloc;
  super_type->new_func = super_new_func;
  vm->type_super = super_type;
  ys_builtins_add (vm, "super", ys_val (super_type));

  open_fn = ys_builtin_new (vm, "open", builtin_open, YS_NULL);
  ys_builtins_add (vm, "open", open_fn);
  ys_decref (vm, open_fn);
  for (int i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "exit" : "quit";
      YsValue f = ys_builtin_new (vm, name, sys_exit, YS_NULL);
      ys_builtins_add (vm, name, f);
      ys_decref (vm, f);
    }
}
