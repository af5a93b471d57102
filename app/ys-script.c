/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-script.c: demos and tests drive the window one action a line (--play).
 *
 *   next g | send g 10 | throw g ValueError | close g   (g: a name, or #N for generator N)
 *   step | line | back | run | stop | reset | goto STEP | eval EXPR | wait MS
 *   action NAME   (a window action: win.classroom, win.zoom-in, run.step-event, ...)
 *   type TEXT     (typed at the end of the program; \n for a new line)
 *   open FILE | save FILE   (as the Open and Save As dialogs would)
 *   dump FILE     (what the window shows now, as --dump-state writes it)
 *   view NAME     (generators, variables: the side view shown)
 *   resize W H    (the window's size)
 *   settle        (waits until the program pauses or ends)
 *   expand PATH   (opens a row of the variables view: "c", "c/n")
 *
 * Each action waits for the one before to finish, then for the pace (none with
 * --fast), so that a class can follow. */
#include "config.h"

#include "ys-script.h"

#include <glib/gi18n.h>

#include "ys-session.h"

#include <json-glib/json-glib.h>

#define PACE_MS 700

typedef struct
{
  YsWindow  *window;
  char     **lines;
  guint      next;
  gboolean   fast;
  guint      source;
  gint64     waiting_since;  /* monotonic µs the views began to be waited for, or 0 */
} Script;

/* Views still moving (a pane scrolling to its card) are waited for this long at most:
 * without frames (a full-screen window under Xvfb) they never finish. */
#define SETTLE_MAX_US (2 * G_USEC_PER_SEC)

static void script_next (GTask *task);

static void
script_free (gpointer data)
{
  Script *script = data;

  g_clear_handle_id (&script->source, g_source_remove);
  g_strfreev (script->lines);
  g_object_unref (script->window);
  g_free (script);
}

static gboolean
parse_generator (YsSession   *session,
                 const char  *word,
                 guint64     *id,
                 char       **name)
{
  if (word[0] == '#')
    return g_ascii_string_to_unsigned (word + 1, 10, 1, G_MAXUINT64, id, NULL);
  *name = g_strdup (word);
  return TRUE;
}

/* Runs one line; FALSE with @error when it means nothing. */
static gboolean
perform (Script      *script,
         const char  *line,
         guint       *wait_ms,
         GError     **error)
{
  YsSession *session = ys_window_get_session (script->window);
  g_auto (GStrv) words = g_strsplit_set (line, " \t", 3);
  const char *verb = words[0];
  guint n = g_strv_length (words);

  if (g_str_equal (verb, "step"))
    ys_session_step (session, YS_STEP_EVENT);
  else if (g_str_equal (verb, "line"))
    ys_session_step (session, YS_STEP_LINE);
  else if (g_str_equal (verb, "run"))
    ys_session_step (session, YS_STEP_END);
  else if (g_str_equal (verb, "back"))
    ys_session_step_back (session);
  else if (g_str_equal (verb, "action") && n == 2)
    {
      /* Any of the window's actions, as a menu or a key would activate it. */
      if (!gtk_widget_activate_action (GTK_WIDGET (script->window), words[1], NULL))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No action “%s”"), words[1]);
          return FALSE;
        }
    }
  else if (g_str_equal (verb, "type") && n >= 2)
    {
      /* The rest of the line, with \n for new lines, typed at the end of the program. */
      g_autofree char *text = g_strcompress (line + strlen ("type "));
      ys_window_type_text (script->window, text);
      *wait_ms = 1000;
    }
  else if ((g_str_equal (verb, "open") || g_str_equal (verb, "save")) && n >= 2)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (line + strlen (verb) + 1);
      if (g_str_equal (verb, "save"))
        ys_window_save_to (script->window, file);
      else if (!ys_window_load_file (script->window, file, error))
        return FALSE;
    }
  else if (g_str_equal (verb, "settle"))
    ;  /* nothing: like every action but a few, it waits for the program to pause */
  else if (g_str_equal (verb, "dump") && n >= 2)
    {
      /* What the window shows now, as --dump-state writes it at the end. */
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autoptr (JsonNode) root = ys_window_dump_state (script->window);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      if (!json_generator_to_file (generator, line + strlen ("dump "), error))
        return FALSE;
    }
  else if (g_str_equal (verb, "resize") && n == 3)
    {
      /* As a projector's screen would have it. */
      guint64 w, h;
      if (!g_ascii_string_to_unsigned (words[1], 10, 320, 8192, &w, error) ||
          !g_ascii_string_to_unsigned (words[2], 10, 240, 8192, &h, error))
        return FALSE;
      gtk_window_set_default_size (GTK_WINDOW (script->window), (int) w, (int) h);
      *wait_ms = 300;
    }
  else if (g_str_equal (verb, "view") && n == 2)
    {
      if (!ys_window_show_view (script->window, words[1]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No view “%s”"), words[1]);
          return FALSE;
        }
    }
  else if (g_str_equal (verb, "expand") && n == 2)
    {
      if (!ys_window_expand_variable (script->window, words[1]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No variable “%s” to open"), words[1]);
          return FALSE;
        }
    }
  else if (g_str_equal (verb, "stop"))
    ys_session_stop (session);
  else if (g_str_equal (verb, "reset"))
    gtk_widget_activate_action (GTK_WIDGET (script->window), "run.reset", NULL);
  else if (g_str_equal (verb, "goto") && n == 2)
    {
      guint64 step;
      if (!g_ascii_string_to_unsigned (words[1], 10, 0, G_MAXUINT64, &step, error))
        return FALSE;
      ys_session_go_to_step (session, step);
    }
  else if (g_str_equal (verb, "eval") && n >= 2)
    ys_session_eval (session, line + strlen ("eval "));
  else if (g_str_equal (verb, "wait") && n == 2)
    {
      guint64 ms;
      if (!g_ascii_string_to_unsigned (words[1], 10, 0, 600000, &ms, error))
        return FALSE;
      *wait_ms = (guint) ms;
    }
  else if ((g_str_equal (verb, "next") || g_str_equal (verb, "close") || g_str_equal (verb, "send") ||
            g_str_equal (verb, "throw")) && n >= 2)
    {
      guint64 id = 0;
      g_autofree char *name = NULL;
      const char *argument = n == 3 ? words[2] : NULL;
      YsResumeKind how = g_str_equal (verb, "next")   ? YS_RESUME_NEXT
                         : g_str_equal (verb, "send") ? YS_RESUME_SEND
                         : g_str_equal (verb, "throw") ? YS_RESUME_THROW
                                                      : YS_RESUME_CLOSE;
      if (!parse_generator (session, words[1], &id, &name))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("“%s” names no generator"), words[1]);
          return FALSE;
        }
      if (name != NULL)
        /* A name of the program: the same Python a student would type. */
        ys_session_resume_expression (session, name, how, argument);
      else
        ys_session_resume_generator (session, id, how, argument);
    }
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Cannot understand “%s”"), line);
      return FALSE;
    }
  return TRUE;
}

static gboolean
next_acts_while_running (Script *script)
{
  for (guint i = script->next; script->lines[i] != NULL; i++)
    {
      const char *line = script->lines[i];
      while (g_ascii_isspace (*line))
        line++;
      if (line[0] == '\0' || line[0] == '#')
        continue;
      /* What a user can do while a program runs: stop it, wait, edit, reset, open. */
      return g_str_has_prefix (line, "stop") || g_str_has_prefix (line, "wait ") ||
             g_str_has_prefix (line, "type ") || g_str_has_prefix (line, "reset") ||
             g_str_has_prefix (line, "open ");
    }
  /* The end of the script: it ends even while the program runs. */
  return TRUE;
}

static gboolean
script_tick (gpointer data)
{
  GTask *task = data;
  Script *script = g_task_get_task_data (task);

  script->source = 0;
  /* Some actions act on a running program; the rest wait for it. */
  if (ys_session_get_busy (ys_window_get_session (script->window)) && !next_acts_while_running (script))
    {
      /* The last action still runs: look again soon. */
      script->source = g_timeout_add_full (G_PRIORITY_DEFAULT, 20, script_tick, g_object_ref (task), g_object_unref);
      return G_SOURCE_REMOVE;
    }
  /* What is dumped or acted on next is what the views show once they came to rest. */
  if (!ys_window_get_settled (script->window))
    {
      gint64 now = g_get_monotonic_time ();
      if (script->waiting_since == 0)
        script->waiting_since = now;
      if (now - script->waiting_since < SETTLE_MAX_US)
        {
          script->source = g_timeout_add_full (G_PRIORITY_DEFAULT, 20, script_tick, g_object_ref (task), g_object_unref);
          return G_SOURCE_REMOVE;
        }
    }
  script->waiting_since = 0;
  script_next (task);
  return G_SOURCE_REMOVE;
}

static void
script_next (GTask *task)
{
  Script *script = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  guint wait_ms = 0;
  const char *line;

  /* Skip blank lines and comments. */
  while (script->lines[script->next] != NULL)
    {
      line = g_strstrip (script->lines[script->next]);
      if (line[0] != '\0' && line[0] != '#')
        break;
      script->next++;
    }
  line = script->lines[script->next];
  if (line == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  script->next++;
  if (!perform (script, line, &wait_ms, &error))
    {
      g_prefix_error (&error, _("Line %u of the script: "), script->next);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!script->fast)
    wait_ms = MAX (wait_ms, PACE_MS);
  script->source = g_timeout_add_full (G_PRIORITY_DEFAULT, MAX (wait_ms, 10), script_tick, g_object_ref (task),
                                       g_object_unref);
}

void
ys_script_run_async (YsWindow            *window,
                     const char          *text,
                     gboolean             fast,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (window, NULL, callback, user_data);
  Script *script = g_new0 (Script, 1);

  script->window = g_object_ref (window);
  script->lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  script->fast = fast;
  g_task_set_task_data (task, script, script_free);
  /* Starts once the program is loaded and the window shown. */
  script->source = g_timeout_add_full (G_PRIORITY_DEFAULT, fast ? 50 : PACE_MS, script_tick, g_object_ref (task),
                                       g_object_unref);
}

gboolean
ys_script_run_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
