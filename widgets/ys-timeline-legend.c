/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-timeline-legend.c: one mark of each kind with its word, so that the timeline
 * reads on a projector without a teacher explaining the shapes. */
#include "config.h"

#include "ys-timeline-legend.h"

#include <glib/gi18n.h>

#include "ys-engine.h"
#include "ys-timeline.h"

#define ICON_SIZE 14

/* A mark, drawn as the timeline draws it. */
#define YS_TYPE_MARK_ICON (ys_mark_icon_get_type ())
G_DECLARE_FINAL_TYPE (YsMarkIcon, ys_mark_icon, YS, MARK_ICON, GtkWidget)

struct _YsMarkIcon
{
  GtkWidget   parent_instance;
  YsEventKind kind;
  double      scale;
};

G_DEFINE_FINAL_TYPE (YsMarkIcon, ys_mark_icon, GTK_TYPE_WIDGET)

static void
ys_mark_icon_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = *natural = (int) ceil (ICON_SIZE * YS_MARK_ICON (widget)->scale);
}

static void
ys_mark_icon_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  YsMarkIcon *self = YS_MARK_ICON (widget);

  ys_timeline_draw_mark_icon (snapshot, self->kind, ICON_SIZE * self->scale);
}

static void
ys_mark_icon_class_init (YsMarkIconClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = ys_mark_icon_measure;
  widget_class->snapshot = ys_mark_icon_snapshot;
}

static void
ys_mark_icon_init (YsMarkIcon *self)
{
  self->scale = 1.0;
}

struct _YsTimelineLegend
{
  GtkWidget  parent_instance;
  GPtrArray *icons;
};

G_DEFINE_FINAL_TYPE (YsTimelineLegend, ys_timeline_legend, GTK_TYPE_WIDGET)

static void
ys_timeline_legend_dispose (GObject *object)
{
  YsTimelineLegend *self = YS_TIMELINE_LEGEND (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->icons, g_ptr_array_unref);
  G_OBJECT_CLASS (ys_timeline_legend_parent_class)->dispose (object);
}

static void
ys_timeline_legend_class_init (YsTimelineLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ys_timeline_legend_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelinelegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ys_timeline_legend_init (YsTimelineLegend *self)
{
  struct { YsEventKind kind; const char *word; } items[] = {
    { YS_EVENT_GEN_CREATED, N_("created") },
    { YS_EVENT_GEN_RESUMED, N_("resumed") },
    { YS_EVENT_GEN_YIELDED, N_("yielded") },
    { YS_EVENT_GEN_RETURNED, N_("StopIteration") },
    { YS_EVENT_GEN_RAISED, N_("exception") },
    { YS_EVENT_GEN_CLOSED, N_("closed") },
  };

  self->icons = g_ptr_array_new ();
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline legend"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      YsMarkIcon *icon = g_object_new (YS_TYPE_MARK_ICON, NULL);
      GtkWidget *label = gtk_label_new (_(items[i].word));
      icon->kind = items[i].kind;
      gtk_widget_set_valign (GTK_WIDGET (icon), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (item), GTK_WIDGET (icon));
      gtk_box_append (GTK_BOX (item), label);
      gtk_widget_set_parent (item, GTK_WIDGET (self));
      g_ptr_array_add (self->icons, icon);
    }
}

GtkWidget *
ys_timeline_legend_new (void)
{
  return g_object_new (YS_TYPE_TIMELINE_LEGEND, NULL);
}

void
ys_timeline_legend_set_scale (YsTimelineLegend *self,
                              double            scale)
{
  g_return_if_fail (YS_IS_TIMELINE_LEGEND (self));
  for (guint i = 0; i < self->icons->len; i++)
    {
      YsMarkIcon *icon = g_ptr_array_index (self->icons, i);
      icon->scale = CLAMP (scale, 0.5, 4.0);
      gtk_widget_queue_resize (GTK_WIDGET (icon));
    }
}
