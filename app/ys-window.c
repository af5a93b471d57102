/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "ys-window.h"

struct _YsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkSourceView        *source_view;
  GtkSourceBuffer      *buffer;
};

G_DEFINE_FINAL_TYPE (YsWindow, ys_window, ADW_TYPE_APPLICATION_WINDOW)

/* Auxiliary methods */

static void
set_program (YsWindow   *self,
             const char *title,
             const char *text,
             gsize       length)
{
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text, length);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  adw_window_title_set_subtitle (self->window_title, title);
}

static void
load_default_program (YsWindow *self)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length = 0;
  const char *text;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/programs/default.py",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
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

/* Callbacks */

static void
update_style_scheme (YsWindow *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (self->buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

/* GObject overrides */

static void
ys_window_dispose (GObject *object)
{
  YsWindow *self = YS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (ys_window_parent_class)->dispose (object);
}

static void
ys_window_class_init (YsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_window_dispose;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-window.ui");
  gtk_widget_class_bind_template_child (widget_class, YsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, source_view);
}

static void
ys_window_init (YsWindow *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "python3"));
  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);

  self->settings = ys_window_new_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);

  load_default_program (self);
}

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
  gsize length = 0;

  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  if (!g_utf8_validate (contents, length, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not UTF-8 text"), g_file_peek_path (file));
      return FALSE;
    }
  name = g_file_get_basename (file);
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
