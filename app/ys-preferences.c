/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-preferences.c: style, text size and animation speed, applied at once. */
#include "config.h"

#include "ys-preferences.h"

#include <glib/gi18n.h>

static const char *const scheme_ids[] = { "default", "light", "dark", NULL };
static const double speeds[] = { 0.5, 1.0, 2.0 };

static void
on_scheme_selected (AdwComboRow *row,
                    GParamSpec  *pspec,
                    YsWindow    *window)
{
  guint i = adw_combo_row_get_selected (row);

  ys_window_set_color_scheme (window, scheme_ids[MIN (i, 2)]);
}

static void
on_zoom_changed (GtkSpinButton *spin,
                 YsWindow      *window)
{
  ys_window_set_zoom (window, gtk_spin_button_get_value_as_int (spin));
}

static void
on_speed_selected (AdwComboRow *row,
                   GParamSpec  *pspec,
                   YsWindow    *window)
{
  ys_window_set_animation_speed (window, speeds[MIN (adw_combo_row_get_selected (row), 2)]);
}

void
ys_preferences_present (YsWindow *window)
{
  AdwPreferencesWindow *prefs = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *look = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *motion = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *const scheme_names[] = { _("Follow System"), _("Light"), _("Dark"), NULL };
  const char *const speed_names[] = { _("Slow"), _("Normal"), _("Fast"), NULL };
  g_autoptr (GtkStringList) schemes = gtk_string_list_new (scheme_names);
  g_autoptr (GtkStringList) speed_list = gtk_string_list_new (speed_names);
  AdwComboRow *scheme_row = ADW_COMBO_ROW (adw_combo_row_new ());
  AdwComboRow *speed_row = ADW_COMBO_ROW (adw_combo_row_new ());
  AdwActionRow *zoom_row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *zoom_spin = gtk_spin_button_new_with_range (60, 300, 10);
  double speed = ys_window_get_animation_speed (window);

  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
  gtk_window_set_modal (GTK_WINDOW (prefs), TRUE);
  adw_preferences_window_set_search_enabled (prefs, FALSE);

  adw_preferences_group_set_title (look, _("Appearance"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (scheme_row), _("Style"));
  adw_combo_row_set_model (scheme_row, G_LIST_MODEL (schemes));
  for (guint i = 0; scheme_ids[i] != NULL; i++)
    if (g_str_equal (scheme_ids[i], ys_window_get_color_scheme (window)))
      adw_combo_row_set_selected (scheme_row, i);
  g_signal_connect_object (scheme_row, "notify::selected", G_CALLBACK (on_scheme_selected), window, 0);
  adw_preferences_group_add (look, GTK_WIDGET (scheme_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (zoom_row), _("Text Size"));
  adw_action_row_set_subtitle (zoom_row, _("Code, console and cards, in percent; Ctrl+plus and Ctrl+minus change it too"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (zoom_spin), ys_window_get_zoom (window));
  gtk_widget_set_valign (zoom_spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (zoom_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Text Size"), -1);
  g_signal_connect_object (zoom_spin, "value-changed", G_CALLBACK (on_zoom_changed), window, 0);
  adw_action_row_add_suffix (zoom_row, zoom_spin);
  adw_action_row_set_activatable_widget (zoom_row, zoom_spin);
  adw_preferences_group_add (look, GTK_WIDGET (zoom_row));

  adw_preferences_group_set_title (motion, _("Animations"));
  adw_preferences_group_set_description (motion, _("When the system turns animations off, cards change without moving."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (speed_row), _("Animation Speed"));
  adw_combo_row_set_model (speed_row, G_LIST_MODEL (speed_list));
  adw_combo_row_set_selected (speed_row, speed < 0.75 ? 0 : speed > 1.5 ? 2 : 1);
  g_signal_connect_object (speed_row, "notify::selected", G_CALLBACK (on_speed_selected), window, 0);
  adw_preferences_group_add (motion, GTK_WIDGET (speed_row));

  adw_preferences_page_add (page, look);
  adw_preferences_page_add (page, motion);
  adw_preferences_window_add (prefs, page);
  gtk_window_present (GTK_WINDOW (prefs));
}
