/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes a window's rendering to a PNG once it has drawn a complete frame: the basis
 * of the GUI tests and of the README's pictures. */
#include "config.h"

#include <glib/gi18n.h>

#include "ys-screenshot.h"

typedef struct
{
  GtkWidget    *window;
  GdkPaintable *paintable;
  char         *path;
  gulong        paint_handler;
  guint         frames;
  gboolean      taken;
  int           width;
  int           height;
} Shot;

static void
shot_free (Shot *shot)
{
  g_clear_object (&shot->paintable);
  g_clear_object (&shot->window);
  g_free (shot->path);
  g_free (shot);
}

/* A toplevel does not paint itself into a paintable: its content does, and fills the
 * window's allocation (the surface adds only the invisible resize margins). */
static GtkWidget *
content_of (GtkWidget *widget)
{
  if (GTK_IS_WINDOW (widget) && gtk_window_get_child (GTK_WINDOW (widget)) != NULL)
    return gtk_window_get_child (GTK_WINDOW (widget));
  return widget;
}

static gboolean
render_to_png (Shot    *shot,
               GError **error)
{
  int width = gtk_widget_get_width (shot->window);
  int height = gtk_widget_get_height (shot->window);
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer;

  if (width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window has no size yet"));
      return FALSE;
    }

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (shot->paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window drew nothing"));
      return FALSE;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (shot->window));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, shot->path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”"), shot->path);
      return FALSE;
    }
  shot->width = width;
  shot->height = height;
  return TRUE;
}

static gboolean
take_shot_idle (gpointer user_data)
{
  GTask *task = user_data;
  Shot *shot = g_task_get_task_data (task);
  GError *error = NULL;

  if (shot->taken)
    return G_SOURCE_REMOVE;
  shot->taken = TRUE;
  if (render_to_png (shot, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  return G_SOURCE_REMOVE;
}

/* A frame is complete when layout has settled: wait for two painted frames, then for
 * the idle work that follows them (syntax highlighting runs there). */
static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  GTask *task = user_data;
  Shot *shot = g_task_get_task_data (task);

  if (++shot->frames < 3)
    {
      gtk_widget_queue_draw (shot->window);
      return;
    }
  g_clear_signal_handler (&shot->paint_handler, clock);
  g_idle_add_full (G_PRIORITY_LOW, take_shot_idle, g_object_ref (task), g_object_unref);
  /* A huge program keeps the highlighter busy for minutes: then what is drawn by now. */
  g_timeout_add_full (G_PRIORITY_DEFAULT, 3000, take_shot_idle, task, g_object_unref);
}

static void
map_cb (GtkWidget *widget,
        gpointer   user_data)
{
  GTask *task = user_data;
  Shot *shot = g_task_get_task_data (task);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, map_cb, user_data);
  /* The paintable keeps the image of the frames drawn after its creation. */
  shot->paintable = gtk_widget_paintable_new (content_of (widget));
  shot->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), task);
  gtk_widget_queue_draw (widget);
}

void
ys_screenshot_async (GtkWidget           *window,
                     const char          *path,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GTask *task;
  Shot *shot;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  shot = g_new0 (Shot, 1);
  shot->window = g_object_ref (window);
  shot->path = g_strdup (path);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, ys_screenshot_async);
  g_task_set_task_data (task, shot, (GDestroyNotify) shot_free);

  if (gtk_widget_get_mapped (window))
    map_cb (window, task);
  else
    g_signal_connect (window, "map", G_CALLBACK (map_cb), task);
}

gboolean
ys_screenshot_finish (GAsyncResult  *result,
                      int           *width,
                      int           *height,
                      GError       **error)
{
  Shot *shot;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  shot = g_task_get_task_data (G_TASK (result));
  if (width != NULL)
    *width = shot->width;
  if (height != NULL)
    *height = shot->height;
  return g_task_propagate_boolean (G_TASK (result), error);
}
