/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-window.c: the stepping workbench: a frame of controls around views that each bind
 * to the session (code, generators, variables, console, timeline); the window keeps the
 * program's file, the run controls and the zoom. */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "ys-code-view.h"
#include "ys-console-view.h"
#include "ys-generators-view.h"
#include "ys-preferences.h"
#include "ys-session.h"
#include "ys-timeline-view.h"
#include "ys-variables-view.h"
#include "ys-window.h"

/* Editing settles for this long before the program is compiled again. */
#define EDIT_SETTLE_MS 400

struct _YsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  YsSession            *session;
  GFile                *file;           /* where Save writes, or NULL */
  guint                 reload_source;  /* debounce of edits */
  guint                 play_source;    /* the run timer */
  gboolean              loading;        /* the buffer is set by the app, not typed */
  int                   zoom;           /* percent */
  char                 *color_scheme;
  double                animation_speed;
  GtkCssProvider       *zoom_css;
  GSimpleActionGroup   *run_actions;
  GSimpleActionGroup   *gen_actions;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GArray               *latencies;      /* double ms: from each action to its views shown */
  double                first_frame_ms;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  YsCodeView           *code_view;
  GtkSourceBuffer      *buffer;         /* the code view's */
  YsConsoleView        *console_view;
  GtkLabel             *status_label;
  GtkStack             *side_stack;
  YsGeneratorsView     *generators_view;
  YsVariablesView      *variables_view;
  YsTimelineView       *timeline_view;
  GtkToggleButton      *play_button;
  GtkAdjustment        *speed_adjustment;
  GMenu                *recent_menu;
};

G_DEFINE_FINAL_TYPE (YsWindow, ys_window, ADW_TYPE_APPLICATION_WINDOW)

/* Auxiliary methods */

static char *
autosave_path (void)
{
  /* Tests and demos keep their own: YIELDSCOPE_AUTOSAVE names the file. */
  if (g_getenv ("YIELDSCOPE_AUTOSAVE") != NULL)
    return g_strdup (g_getenv ("YIELDSCOPE_AUTOSAVE"));
  return g_build_filename (g_get_user_data_dir (), "yieldscope", "autosave.py", NULL);
}

static void
save_autosave (YsWindow *self)
{
  g_autofree char *path = autosave_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = ys_code_view_dup_text (self->code_view);
  g_autoptr (GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_file_set_contents (path, text, -1, &error))
    g_warning ("Cannot keep the program in %s: %s", path, error != NULL ? error->message : g_strerror (errno));
}

static const char *
program_name (YsWindow *self)
{
  return ys_session_get_filename (self->session);
}

static void
reload_program (YsWindow *self)
{
  g_autofree char *text = ys_code_view_dup_text (self->code_view);
  g_autofree char *filename = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  filename = self->file != NULL ? g_file_get_path (self->file) : g_strdup ("program.py");
  ys_session_load (self->session, filename, text);
}

static void
show_program (YsWindow   *self,
              const char *title,
              const char *text,
              gsize       length)
{
  self->loading = TRUE;
  ys_code_view_set_text (self->code_view, text, length);
  self->loading = FALSE;
  adw_window_title_set_subtitle (self->window_title, title);
}

static void
set_program (YsWindow   *self,
             const char *title,
             const char *text,
             gsize       length)
{
  show_program (self, title, text, length);
  reload_program (self);
}

/* Present while the restored program compiles: if the app dies there, the next start
 * shows the program without loading it, so that it can still be mended. */
static char *
restore_marker_path (void)
{
  g_autofree char *path = autosave_path ();

  return g_strconcat (path, ".loading", NULL);
}

static void
on_session_loaded (YsWindow *self)
{
  g_autofree char *marker = restore_marker_path ();

  g_unlink (marker);
}

static void
load_default_program (YsWindow *self)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *path = autosave_path ();
  gsize length = 0;
  const char *text;

  /* What was typed last time comes back. */
  if (g_file_get_contents (path, &saved, &length, NULL) && g_utf8_validate (saved, (gssize) length, NULL) &&
      length > 0)
    {
      g_autofree char *marker = restore_marker_path ();
      if (g_file_test (marker, G_FILE_TEST_EXISTS))
        {
          g_unlink (marker);
          show_program (self, _("Restored program"), saved, length);
          adw_toast_overlay_add_toast (
            self->toast_overlay,
            adw_toast_new (_("Yieldscope closed while loading this program last time, so it is not loaded. "
                             "Edit it, or press Reset to load it.")));
          return;
        }
      if (!g_file_set_contents (marker, "", 0, NULL))
        g_debug ("No restore marker at %s", marker);
      set_program (self, _("Restored program"), saved, length);
      return;
    }
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/programs/default.py", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  text = g_bytes_get_data (bytes, &length);
  set_program (self, _("Default program"), text, length);
}

/* Run from a build tree without the schema installed, the app still works: it only
 * forgets its window size. */
static GSettings *
ys_window_new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The GSettings schema %s is not installed; settings are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/* The header bar's next()/send()/throw()/close() drive the session's current generator. */
static void
update_generator_actions (YsWindow *self)
{
  static const char *const names[] = { "next", "send", "throw", "close" };
  gboolean can = ys_session_get_current_generator (self->session) != 0 && !ys_session_get_busy (self->session);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->gen_actions), names[i])), can);
}

static void
update_clear_ended (YsWindow *self)
{
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "clear-ended")),
                               ys_generators_view_get_n_ended (self->generators_view) > 0);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return -g_date_time_compare (ta, tb);
}

static void
update_status (YsWindow *self)
{
  g_autofree char *text = NULL;
  /* Formatted apart: gettext cannot see through G_GUINT64_FORMAT. */
  g_autofree char *step = g_strdup_printf ("%" G_GUINT64_FORMAT, ys_session_get_step (self->session));

  switch (ys_session_get_state (self->session))
    {
    case YS_SESSION_EMPTY:
      text = g_strdup (ys_session_get_error (self->session) != NULL ? _("Syntax error") : "");
      break;
    case YS_SESSION_READY:
      text = g_strdup (_("Ready"));
      break;
    case YS_SESSION_RUNNING:
      text = g_strdup (_("Running…"));
      break;
    case YS_SESSION_PAUSED:
      /* Translators: the engine counts the program's steps (bytecode instructions) */
      text = g_strdup_printf (_("Paused · step %s"), step);
      break;
    case YS_SESSION_FINISHED:
      text = g_strdup_printf (_("Finished · step %s"), step);
      break;
    case YS_SESSION_RAISED:
    default:
      text = g_strdup_printf (_("Ended by an exception · step %s"), step);
      break;
    }
  gtk_label_set_text (self->status_label, text);
}

static void
update_actions (YsWindow *self)
{
  GActionMap *group = G_ACTION_MAP (self->run_actions);
  gboolean busy = ys_session_get_busy (self->session);
  gboolean can_step = ys_session_can_step (self->session);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "step-event")), can_step);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "step-line")), can_step);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "run-to-end")), can_step);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "step-back")),
                               ys_session_can_step_back (self->session));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "stop")),
                               busy || self->play_source != 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "reset")), TRUE);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "play")),
                               can_step || self->play_source != 0);
}

static void
stop_playing (YsWindow *self)
{
  g_clear_handle_id (&self->play_source, g_source_remove);
  g_action_group_change_action_state (G_ACTION_GROUP (self->run_actions), "play", g_variant_new_boolean (FALSE));
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-start-symbolic");
}

/* Callbacks */

/* The views have shown the change already: they were bound to the session first. */
static void
on_session_changed (YsWindow *self)
{
  YsSessionState state = ys_session_get_state (self->session);

  update_status (self);
  if (state != YS_SESSION_READY && state != YS_SESSION_PAUSED && self->play_source != 0)
    stop_playing (self);
  update_generator_actions (self);
  update_clear_ended (self);
  update_actions (self);
  if (!ys_session_get_busy (self->session) && ys_session_get_action_start (self->session) != 0)
    {
      /* From the action's start to the views updated: the latency a class sees. */
      double ms = (g_get_monotonic_time () - ys_session_get_action_start (self->session)) / 1000.0;
      if (self->latencies->len < 100000)
        g_array_append_val (self->latencies, ms);
    }
}

static void
on_session_busy (YsWindow *self)
{
  update_actions (self);
  update_status (self);
  update_generator_actions (self);
}

static void
on_buffer_changed (YsWindow *self)
{
  if (self->loading)
    return;
  save_autosave (self);
  /* The run restarts from the new code; while it runs, it is stopped first. */
  ys_session_stop (self->session);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add_once (EDIT_SETTLE_MS, (GSourceOnceFunc) reload_program, self);
}

static gboolean
play_tick (gpointer user_data)
{
  YsWindow *self = user_data;

  if (!ys_session_get_busy (self->session))
    {
      if (!ys_session_can_step (self->session))
        {
          self->play_source = 0;
          stop_playing (self);
          return G_SOURCE_REMOVE;
        }
      ys_session_step (self->session, YS_STEP_EVENT);
    }
  return G_SOURCE_CONTINUE;
}

static void
restart_play_timer (YsWindow *self)
{
  double per_second = gtk_adjustment_get_value (self->speed_adjustment);

  g_clear_handle_id (&self->play_source, g_source_remove);
  self->play_source = g_timeout_add ((guint) (1000.0 / MAX (per_second, 1.0)), play_tick, self);
}

static void
apply_zoom (YsWindow *self)
{
  gboolean classroom = gtk_widget_has_css_class (GTK_WIDGET (self), "classroom");
  /* In classroom mode everything that carries information grows: the header's
   * controls and title, the side views, the timeline and its legend. */
  int chrome = classroom ? self->zoom : 100;
  g_autofree char *css = g_strdup_printf (".code-view, .console textview, .console entry { font-size: %d%%; }\n"
                                          "framecard, variablesview, .frames-pane .numeric { font-size: %d%%; }\n"
                                          ".frames-pane .title-4 { font-size: %d%%; }\n"
                                          "headerbar, .frames-pane stackswitcher, timelinelegend, .timeline-row label"
                                          " { font-size: %d%%; }\n"
                                          "headerbar button image { -gtk-icon-size: %dpx; }\n",
                                          self->zoom * 115 / 100, self->zoom, self->zoom * 120 / 100, chrome,
                                          16 * chrome / 100);

  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
  ys_timeline_view_set_scale (self->timeline_view, chrome / 100.0);
}

/* Actions */

static void
step_event_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ys_session_step (YS_WINDOW (user_data)->session, YS_STEP_EVENT);
}

static void
step_line_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ys_session_step (YS_WINDOW (user_data)->session, YS_STEP_LINE);
}

static void
step_back_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  ys_session_step_back (self->session);
}

static void
run_to_end_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  ys_session_step (self->session, YS_STEP_END);
}

static void
stop_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  ys_session_stop (self->session);
}

static void
reset_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  /* A fresh run of what the code view shows. */
  reload_program (self);
}

static void
play_change_state (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  YsWindow *self = user_data;
  gboolean play = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  if (play)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-pause-symbolic");
      play_tick (self);
      restart_play_timer (self);
    }
  else
    {
      g_clear_handle_id (&self->play_source, g_source_remove);
      gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-start-symbolic");
    }
  update_actions (self);
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               YsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;
      if (!ys_window_load_file (self, file, &error))
        ys_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
open_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Open a Program"), GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Python programs"));
  gtk_file_filter_add_suffix (filter, "py");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
write_program (YsWindow *self,
               GFile    *file)
{
  g_autofree char *text = ys_code_view_dup_text (self->code_view);
  g_autoptr (GError) error = NULL;

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      ys_window_show_error (self, error->message);
      return;
    }
  g_set_object (&self->file, file);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *uri = g_file_get_uri (file);
    adw_window_title_set_subtitle (self->window_title, name);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    /* Translators: %s is a file name */
    g_autofree char *saved = g_strdup_printf (_("Saved “%s”"), name);
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (saved));
  }
}

static void
save_as_response (GtkNativeDialog *dialog,
                  int              response,
                  YsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      write_program (self, file);
    }
  g_object_unref (dialog);
}

static void
save_as_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Save the Program"), GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "program.py");
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  if (self->file != NULL)
    write_program (self, self->file);
  else
    save_as_activated (action, parameter, user_data);
}

static void
classroom_change_state (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  YsWindow *self = user_data;
  gboolean on = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  /* Full screen and large type, for the back row of a classroom. */
  if (on)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "classroom");
      self->zoom = MAX (self->zoom, 150);
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "classroom");
      self->zoom = 100;
    }
  apply_zoom (self);
  ys_generators_view_set_compact (self->generators_view, on);
}

static void
zoom_in_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_window_set_zoom (self, self->zoom + 10);
}

static void
zoom_out_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_window_set_zoom (self, self->zoom - 10);
}

static void
zoom_reset_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_window_set_zoom (self, 100);
}

static void
preferences_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ys_preferences_present (YS_WINDOW (user_data));
}

static void
open_recent_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  g_autoptr (GError) error = NULL;

  if (!ys_window_load_file (self, file, &error))
    ys_window_show_error (self, error->message);
}

/* The last Python programs opened or saved, newest first. */
static void
fill_recent_menu (YsWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint added = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && added < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr (GMenuItem) item = NULL;
      if (!g_str_has_suffix (uri, ".py") || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (uri));
      g_menu_append_item (self->recent_menu, item);
      added++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
resume_current (YsWindow     *self,
                YsResumeKind  how)
{
  ys_generators_view_resume_current (self->generators_view, how);
}

static void
gen_next_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_NEXT);
}

static void
gen_send_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_SEND);
}

static void
gen_throw_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_THROW);
}

static void
gen_close_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_CLOSE);
}

static void
clear_ended_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_generators_view_clear_ended (self->generators_view);
  update_clear_ended (self);
}

static const GActionEntry gen_actions[] = {
  { "next", gen_next_activated },
  { "send", gen_send_activated },
  { "throw", gen_throw_activated },
  { "close", gen_close_activated },
};

static const GActionEntry run_actions[] = {
  { "step-event", step_event_activated },
  { "step-line", step_line_activated },
  { "step-back", step_back_activated },
  { "stop", stop_activated },
  { "run-to-end", run_to_end_activated },
  { "reset", reset_activated },
  { "play", NULL, NULL, "false", play_change_state },
};

static const GActionEntry win_actions[] = {
  { "clear-ended", clear_ended_activated },
  { "open", open_activated },
  { "save", save_activated },
  { "save-as", save_as_activated },
  { "classroom", NULL, NULL, "false", classroom_change_state },
  { "zoom-in", zoom_in_activated },
  { "zoom-out", zoom_out_activated },
  { "zoom-reset", zoom_reset_activated },
  { "preferences", preferences_activated },
  { "open-recent", open_recent_activated, "s" },
};

/* The first frame drawn, measured from the process's start (tools/bench-ui). */
static void
on_first_paint (GdkFrameClock *clock,
                YsWindow      *self)
{
  if (ys_application_get_start_time () != 0)
    self->first_frame_ms = (g_get_monotonic_time () - ys_application_get_start_time ()) / 1000.0;
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
}

static void
on_first_map (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_first_map, NULL);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint), widget, 0);
}

/* GObject overrides */

static void
ys_window_dispose (GObject *object)
{
  YsWindow *self = YS_WINDOW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->play_source, g_source_remove);
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      ys_session_stop (self->session);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_clear_object (&self->zoom_css);
  g_clear_pointer (&self->latencies, g_array_unref);
  g_clear_object (&self->run_actions);
  g_clear_object (&self->gen_actions);
  g_clear_pointer (&self->color_scheme, g_free);
  G_OBJECT_CLASS (ys_window_parent_class)->dispose (object);
}

static void
ys_window_class_init (YsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_window_dispose;

  g_type_ensure (YS_TYPE_CODE_VIEW);
  g_type_ensure (YS_TYPE_CONSOLE_VIEW);
  g_type_ensure (YS_TYPE_GENERATORS_VIEW);
  g_type_ensure (YS_TYPE_VARIABLES_VIEW);
  g_type_ensure (YS_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-window.ui");
  gtk_widget_class_bind_template_child (widget_class, YsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, code_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, console_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, generators_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, variables_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, speed_adjustment);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, recent_menu);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "run.step-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F7, 0, "run.step-line", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "run.step-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "run.play", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "run.stop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_CONTROL_MASK, "run.run-to-end", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "run.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.classroom", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_ALT_MASK, "gen.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_ALT_MASK, "gen.send", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_ALT_MASK, "gen.throw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_ALT_MASK, "gen.close", NULL);
}

static void
ys_window_init (YsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
  self->zoom = 100;
  self->animation_speed = 1.0;
  self->color_scheme = g_strdup ("default");
  self->zoom_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->zoom_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);

  self->buffer = ys_code_view_get_buffer (self->code_view);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "activated", G_CALLBACK (stop_playing), self, G_CONNECT_SWAPPED);

  /* The views first: the window's own handlers then see them updated. */
  self->session = ys_session_new ();
  ys_code_view_set_session (self->code_view, self->session);
  ys_console_view_set_session (self->console_view, self->session);
  ys_generators_view_set_session (self->generators_view, self->session);
  ys_variables_view_set_session (self->variables_view, self->session);
  ys_timeline_view_set_session (self->timeline_view, self->session);
  g_signal_connect_object (self->session, "changed", G_CALLBACK (on_session_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "loaded", G_CALLBACK (on_session_loaded), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::busy", G_CALLBACK (on_session_busy), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::selected-generator", G_CALLBACK (update_generator_actions), self,
                           G_CONNECT_SWAPPED);

  self->run_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->run_actions), run_actions, G_N_ELEMENTS (run_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "run", G_ACTION_GROUP (self->run_actions));
  self->gen_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->gen_actions), gen_actions, G_N_ELEMENTS (gen_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "gen", G_ACTION_GROUP (self->gen_actions));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  g_signal_connect_object (self->speed_adjustment, "value-changed", G_CALLBACK (restart_play_timer), self,
                           G_CONNECT_SWAPPED);

  self->settings = ys_window_new_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);
  if (self->settings != NULL)
    {
      g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
      self->zoom = g_settings_get_int (self->settings, "zoom");
      self->animation_speed = g_settings_get_double (self->settings, "animation-speed");
      ys_generators_view_set_animation_speed (self->generators_view, self->animation_speed);
      ys_window_set_color_scheme (self, scheme);
    }
  apply_zoom (self);
  fill_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (fill_recent_menu), self,
                           G_CONNECT_SWAPPED);

  load_default_program (self);
  update_actions (self);
  update_generator_actions (self);
}

/* Public API */

YsWindow *
ys_window_new (YsApplication *application)
{
  g_return_val_if_fail (YS_IS_APPLICATION (application), NULL);

  return g_object_new (YS_TYPE_WINDOW, "application", application, NULL);
}

gboolean
ys_window_load_file (YsWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  gsize length = 0;

  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  if (!g_utf8_validate (contents, (gssize) length, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not UTF-8 text"), g_file_peek_path (file));
      return FALSE;
    }
  stop_playing (self);
  ys_session_stop (self->session);
  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  set_program (self, name, contents, length);
  return TRUE;
}

void
ys_window_show_error (YsWindow   *self,
                      const char *message)
{
  g_return_if_fail (YS_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

YsSession *
ys_window_get_session (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), NULL);
  return self->session;
}

JsonNode *
ys_window_dump_state (YsWindow *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  const YsErrorInfo *error = ys_session_get_error (self->session);
  g_autofree char *console = ys_session_dup_console_text (self->session);
  g_autoptr (GEnumClass) states = g_type_class_ref (YS_TYPE_SESSION_STATE);

  g_return_val_if_fail (YS_IS_WINDOW (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "program");
  json_builder_add_string_value (builder, program_name (self));
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, g_enum_get_value (states, ys_session_get_state (self->session))->value_nick);
  json_builder_set_member_name (builder, "step");
  json_builder_add_int_value (builder, (gint64) ys_session_get_step (self->session));
  json_builder_set_member_name (builder, "vm_step");
  json_builder_add_int_value (builder, (gint64) ys_session_get_vm_step (self->session));
  json_builder_set_member_name (builder, "n_steps");
  json_builder_add_int_value (builder, (gint64) ys_session_get_n_steps (self->session));
  json_builder_set_member_name (builder, "selected_line");
  json_builder_add_int_value (builder, ys_session_get_selected_line (self->session));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, gtk_label_get_text (self->status_label));
  json_builder_set_member_name (builder, "error");
  if (error != NULL && ys_code_view_get_error_text (self->code_view) != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, error->type_name);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, error->message);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, error->line);
      json_builder_set_member_name (builder, "column");
      json_builder_add_int_value (builder, error->column);
      json_builder_set_member_name (builder, "shown");
      json_builder_add_string_value (builder, ys_code_view_get_error_text (self->code_view));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "cards");
  ys_generators_view_dump (self->generators_view, builder);
  json_builder_set_member_name (builder, "cards_note");
  json_builder_add_string_value (builder, ys_generators_view_get_note (self->generators_view));

  json_builder_set_member_name (builder, "console");
  json_builder_add_string_value (builder, console);
  json_builder_set_member_name (builder, "view");
  json_builder_add_string_value (builder, gtk_stack_get_visible_child_name (self->side_stack));
  {
    g_auto (GStrv) changed = NULL;
    g_auto (GStrv) rows = ys_variables_view_dup_rows (self->variables_view, &changed);
    json_builder_set_member_name (builder, "variables");
    json_builder_begin_array (builder);
    for (char **r = rows; *r != NULL; r++)
      json_builder_add_string_value (builder, *r);
    json_builder_end_array (builder);
    json_builder_set_member_name (builder, "variables_changed");
    json_builder_begin_array (builder);
    for (char **c = changed; *c != NULL; c++)
      json_builder_add_string_value (builder, *c);
    json_builder_end_array (builder);
  }
  json_builder_set_member_name (builder, "first_frame_ms");
  json_builder_add_double_value (builder, self->first_frame_ms);
  json_builder_set_member_name (builder, "action_ms");
  json_builder_add_double_value (builder, ys_session_get_action_ms (self->session));
  json_builder_set_member_name (builder, "latencies_ms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->latencies->len; i++)
    json_builder_add_double_value (builder, g_array_index (self->latencies, double, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "console_view_lines");
  json_builder_add_int_value (builder, ys_console_view_get_n_lines (self->console_view));
  json_builder_set_member_name (builder, "timeline_marks");
  json_builder_add_int_value (builder, ys_timeline_view_get_n_marks (self->timeline_view));
  json_builder_set_member_name (builder, "stop_ms");
  json_builder_add_double_value (builder, ys_session_get_stop_ms (self->session));
  json_builder_set_member_name (builder, "zoom");
  json_builder_add_int_value (builder, self->zoom);
  json_builder_set_member_name (builder, "classroom");
  json_builder_add_boolean_value (builder, gtk_widget_has_css_class (GTK_WIDGET (self), "classroom"));
  json_builder_set_member_name (builder, "source");
  {
    g_autofree char *text = ys_code_view_dup_text (self->code_view);
    json_builder_add_string_value (builder, text);
  }
  json_builder_set_member_name (builder, "can_step_back");
  json_builder_add_boolean_value (builder, ys_session_can_step_back (self->session));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
ys_window_set_zoom (YsWindow *self,
                    int       percent)
{
  g_return_if_fail (YS_IS_WINDOW (self));
  self->zoom = CLAMP (percent, 60, 300);
  apply_zoom (self);
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "zoom", self->zoom);
}

int
ys_window_get_zoom (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), 100);
  return self->zoom;
}

void
ys_window_set_color_scheme (YsWindow   *self,
                            const char *scheme)
{
  AdwColorScheme adw = ADW_COLOR_SCHEME_DEFAULT;

  g_return_if_fail (YS_IS_WINDOW (self));
  if (g_strcmp0 (scheme, "light") == 0)
    adw = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    adw = ADW_COLOR_SCHEME_FORCE_DARK;
  else
    scheme = "default";
  g_free (self->color_scheme);
  self->color_scheme = g_strdup (scheme);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), adw);
  if (self->settings != NULL)
    {
      /* Written only when it changes: at startup there is nothing to keep. */
      g_autofree char *kept = g_settings_get_string (self->settings, "color-scheme");
      if (g_strcmp0 (kept, scheme) != 0)
        g_settings_set_string (self->settings, "color-scheme", scheme);
    }
}

const char *
ys_window_get_color_scheme (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), "default");
  return self->color_scheme;
}

void
ys_window_set_animation_speed (YsWindow *self,
                               double    speed)
{
  g_return_if_fail (YS_IS_WINDOW (self));
  self->animation_speed = CLAMP (speed, 0.25, 4.0);
  ys_generators_view_set_animation_speed (self->generators_view, self->animation_speed);
  if (self->settings != NULL)
    g_settings_set_double (self->settings, "animation-speed", self->animation_speed);
}

double
ys_window_get_animation_speed (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), 1.0);
  return self->animation_speed;
}

void
ys_window_type_text (YsWindow   *self,
                     const char *text)
{
  GtkTextIter end;

  g_return_if_fail (YS_IS_WINDOW (self));
  /* As if typed: through the buffer, so that the run resets and the text is kept. */
  gtk_text_buffer_get_end_iter (GTK_TEXT_BUFFER (self->buffer), &end);
  gtk_text_buffer_insert (GTK_TEXT_BUFFER (self->buffer), &end, text, -1);
}

void
ys_window_save_to (YsWindow *self,
                   GFile    *file)
{
  g_return_if_fail (YS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  write_program (self, file);
}

gboolean
ys_window_show_view (YsWindow   *self,
                     const char *name)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  if (gtk_stack_get_child_by_name (self->side_stack, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->side_stack, name);
  return TRUE;
}

gboolean
ys_window_expand_variable (YsWindow   *self,
                           const char *path)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  return ys_variables_view_expand (self->variables_view, path);
}

gboolean
ys_window_get_settled (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), TRUE);
  return !ys_generators_view_get_following (self->generators_view);
}
