/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Starts the real app with --screenshot and checks the PNG it writes: the window's
 * size, and a picture, not a blank. */
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

static const char *app_path;

static void
test_screenshot (gconstpointer data)
{
  const char *program = data;
  g_autofree char *dir = g_dir_make_tmp ("yieldscope-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GSettingsSchemaSource) source = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GHashTable) colours = g_hash_table_new (NULL, NULL);
  g_autofree char *out = NULL, *err = NULL;
  int status = 0;
  int width, height, rowstride, channels;
  const guchar *pixels;
  const char *argv[] = { app_path, "--screenshot", png, program, NULL };

  if (program == NULL)
    argv[3] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_test_message ("stderr: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  pixbuf = gdk_pixbuf_new_from_file (png, &error);
  g_assert_no_error (error);

  /* The picture has the size the window reported, and the window opened at its saved
   * size (the schema's default in a fresh session) less the invisible resize margins
   * of its client-side frame. */
  {
    const char *size = strstr (out, "(");
    int reported_w = 0, reported_h = 0;
    g_assert_nonnull (size);
    g_assert_cmpint (sscanf (size, "(%d×%d", &reported_w, &reported_h), ==, 2);
    settings = g_settings_new ("io.github.yieldscope.Yieldscope");
    width = gdk_pixbuf_get_width (pixbuf);
    height = gdk_pixbuf_get_height (pixbuf);
    g_assert_cmpint (width, ==, reported_w);
    g_assert_cmpint (height, ==, reported_h);
    g_assert_cmpint (width, <=, g_settings_get_int (settings, "window-width"));
    g_assert_cmpint (width, >=, g_settings_get_int (settings, "window-width") - 40);
    g_assert_cmpint (height, <=, g_settings_get_int (settings, "window-height"));
    g_assert_cmpint (height, >=, g_settings_get_int (settings, "window-height") - 40);
  }

  /* Not blank: the code view, its line numbers and the header bar draw many colours. */
  pixels = gdk_pixbuf_get_pixels (pixbuf);
  rowstride = gdk_pixbuf_get_rowstride (pixbuf);
  channels = gdk_pixbuf_get_n_channels (pixbuf);
  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        const guchar *p = pixels + y * rowstride + x * channels;
        guint rgb = (guint) p[0] << 16 | (guint) p[1] << 8 | p[2];
        g_hash_table_add (colours, GUINT_TO_POINTER (rgb + 1));
      }
  g_test_message ("%u distinct colours", g_hash_table_size (colours));
  g_assert_cmpuint (g_hash_table_size (colours), >, 20);

  g_unlink (png);
  g_rmdir (dir);
}

static void
test_no_display (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_auto (GStrv) env = g_get_environ ();
  int status = 0;
  const char *argv[] = { app_path, NULL };

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  /* One clear line, and no GTK warning. */
  g_assert_nonnull (strstr (err, "no display"));
  g_assert_cmpint (strchr (err, '\n') - err + 1, ==, (int) strlen (err));
  g_assert_null (strstr (err, "Gtk-WARNING"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  app_path = g_getenv ("YIELDSCOPE_APP");
  g_assert_nonnull (app_path);

  g_test_add_data_func ("/gui/screenshot/default-program", NULL, test_screenshot);
  g_test_add_data_func ("/gui/screenshot/program-file",
                        g_test_build_filename (G_TEST_DIST, "..", "conformance", "programs",
                                               "tut_fibonacci_bigint.py", NULL),
                        test_screenshot);
  g_test_add_func ("/gui/no-display", test_no_display);
  return g_test_run ();
}
