/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "ys-application.h"
#include "ys-screenshot.h"
#include "ys-script.h"
#include "ys-window.h"

struct _YsApplication
{
  AdwApplication  parent_instance;

  char           *screenshot_path;
  char           *play_path;
  char           *dump_path;
  gboolean        fast;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (YsApplication, ys_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the window’s first complete frame to FILE as PNG, then quit"), N_("FILE") },
  { "play", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Perform the actions of SCRIPT, one a line (next g, send g 10, step, back, run, eval EXPR, wait MS…)"),
    N_("SCRIPT") },
  { "fast", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Play the script at once instead of at a readable pace"), NULL },
  { "dump-state", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("At the end, write what the window shows to FILE as JSON, then quit"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

/* Auxiliary methods */

static gint64 start_time;

void
ys_application_mark_start (void)
{
  start_time = g_get_monotonic_time ();
}

gint64
ys_application_get_start_time (void)
{
  return start_time;
}

const char *
ys_application_locale_dir (void)
{
  const char *dir = g_getenv ("YIELDSCOPE_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static gboolean
wants_no_display (int    argc,
                  char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "-h") || g_str_equal (argv[i], "--version") ||
          g_str_has_prefix (argv[i], "--help"))
        return TRUE;
    }
  return FALSE;
}

/* Without a display GTK would print a warning and exit 1; say it plainly instead. */
gboolean
ys_application_check_display (int    argc,
                              char **argv)
{
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");
  const char *x11 = g_getenv ("DISPLAY");

  if (wants_no_display (argc, argv))
    return TRUE;

  if ((wayland == NULL || *wayland == '\0') && (x11 == NULL || *x11 == '\0'))
    {
      g_printerr (_("yieldscope: no display found (neither WAYLAND_DISPLAY nor DISPLAY is set); "
                    "run it in a desktop session or under xvfb-run\n"));
      return FALSE;
    }
  if (!gtk_init_check ())
    {
      g_printerr (_("yieldscope: cannot open the display “%s”\n"),
                  wayland != NULL && *wayland != '\0' ? wayland : x11);
      return FALSE;
    }
  return TRUE;
}

static void
screenshot_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (YsApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  int width = 0, height = 0;

  if (!ys_screenshot_finish (result, &width, &height, &error))
    {
      g_printerr (_("yieldscope: cannot write the screenshot: %s\n"), error->message);
      self->exit_status = 1;
    }
  else
    /* The tests compare the picture with the size the window had. */
    g_print (_("Wrote %s (%d×%d, the window’s size)\n"), self->screenshot_path, width, height);
  g_application_quit (G_APPLICATION (self));
}

static gboolean
write_state (YsApplication *self,
             YsWindow      *window)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = ys_window_dump_state (window);
  g_autoptr (GError) error = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, self->dump_path, &error))
    {
      g_printerr (_("yieldscope: cannot write the state: %s\n"), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
script_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (YsApplication) self = user_data;
  YsWindow *window = YS_WINDOW (source);
  g_autoptr (GError) error = NULL;

  if (!ys_script_run_finish (result, &error))
    {
      g_printerr ("yieldscope: %s\n", error->message);
      self->exit_status = 1;
    }
  if (self->dump_path != NULL && !write_state (self, window))
    self->exit_status = 1;
  if (self->screenshot_path != NULL && self->exit_status == 0)
    ys_screenshot_async (GTK_WIDGET (window), self->screenshot_path, NULL, screenshot_done_cb, g_object_ref (self));
  else
    g_application_quit (G_APPLICATION (self));
}

static YsWindow *
new_window (YsApplication *self,
            GFile         *file)
{
  YsWindow *window = ys_window_new (self);
  g_autoptr (GError) error = NULL;

  if (file != NULL && !ys_window_load_file (window, file, &error))
    ys_window_show_error (window, error->message);

  gtk_window_present (GTK_WINDOW (window));

  if (self->play_path != NULL || self->dump_path != NULL)
    {
      g_autofree char *script = NULL;
      if (self->play_path != NULL && !g_file_get_contents (self->play_path, &script, NULL, &error))
        {
          g_printerr (_("yieldscope: cannot read the script: %s\n"), error->message);
          self->exit_status = 1;
          g_application_quit (G_APPLICATION (self));
          return window;
        }
      /* The last line waits for the cards' animations, so that what is dumped and
       * pictured has settled. */
      {
        g_autofree char *with_settle = g_strconcat (script != NULL ? script : "", "\nwait 400\n", NULL);
        ys_script_run_async (window, with_settle, self->fast, script_done_cb, g_object_ref (self));
      }
    }
  else if (self->screenshot_path != NULL)
    ys_screenshot_async (GTK_WIDGET (window), self->screenshot_path,
                         NULL, screenshot_done_cb, g_object_ref (self));
  return window;
}

/* Callbacks */

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  YsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Yieldscope developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Yieldscope"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Yieldscope developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Watch Python generators run, one step at a time"),
                         "website", "https://github.com/yieldscope/yieldscope",
                         "issue-url", "https://github.com/yieldscope/yieldscope/issues",
                         "developers", developers,
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

/* GObject overrides */

static int
ys_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  YsApplication *self = YS_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("yieldscope %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "play", "^ay", &self->play_path);
  g_variant_dict_lookup (options, "dump-state", "^ay", &self->dump_path);
  self->fast = g_variant_dict_contains (options, "fast");
  if (g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_path) || self->play_path != NULL ||
      self->dump_path != NULL)
    {
      /* A screenshot run is a one-shot: never hand it to a running instance. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  return -1;
}

static void
ys_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (ys_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
ys_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL && YS_APPLICATION (app)->screenshot_path == NULL && YS_APPLICATION (app)->play_path == NULL &&
      YS_APPLICATION (app)->dump_path == NULL)
    gtk_window_present (window);
  else
    new_window (YS_APPLICATION (app), NULL);
}

static void
ys_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      new_window (YS_APPLICATION (app), files[i]);
      /* One screenshot per run: of the first program given. */
      if (YS_APPLICATION (app)->screenshot_path != NULL || YS_APPLICATION (app)->play_path != NULL ||
          YS_APPLICATION (app)->dump_path != NULL)
        break;
    }
}

static void
ys_application_finalize (GObject *object)
{
  YsApplication *self = YS_APPLICATION (object);

  g_free (self->screenshot_path);
  g_free (self->play_path);
  g_free (self->dump_path);
  G_OBJECT_CLASS (ys_application_parent_class)->finalize (object);
}

static void
ys_application_class_init (YsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ys_application_finalize;
  app_class->handle_local_options = ys_application_handle_local_options;
  app_class->startup = ys_application_startup;
  app_class->activate = ys_application_activate;
  app_class->open = ys_application_open;
}

static void
ys_application_init (YsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[PROGRAM.py]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Watch Python generators run, one step at a time."));
}

/* A failure found after g_application_run() started, such as a screenshot not written. */
int
ys_application_get_exit_status (YsApplication *self)
{
  g_return_val_if_fail (YS_IS_APPLICATION (self), 1);

  return self->exit_status;
}

YsApplication *
ys_application_new (void)
{
  return g_object_new (YS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
