/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-timeline-view.c: the timeline of the session's run: one mark per generator event,
 * the moment shown marked, a click goes there. */
#include "config.h"

#include "ys-timeline-view.h"

#include "ys-timeline.h"
#include "ys-timeline-legend.h"

struct _YsTimelineView
{
  GtkWidget         parent_instance;

  YsSession        *session;

  /* Template widgets */
  YsTimeline       *timeline;
  YsTimelineLegend *legend;
};

G_DEFINE_FINAL_TYPE (YsTimelineView, ys_timeline_view, GTK_TYPE_WIDGET)

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Callbacks */

static void
on_step_activated (YsTimelineView *self,
                   guint64         step)
{
  if (self->session == NULL)
    return;
  g_signal_emit (self, signals[ACTIVATED], 0);
  /* A mark's step is the engine's: the moment of the first event there. */
  ys_session_go_to_event (self->session, ys_event_log_find_step (ys_session_get_event_log (self->session), step));
}

static void
on_session_changed (YsTimelineView *self)
{
  ys_timeline_set_frozen (self->timeline, FALSE);
  ys_timeline_update (self->timeline);
  ys_timeline_set_current_step (self->timeline, ys_session_get_vm_step (self->session));
}

/* While the program runs the engine's thread appends to the log. */
static void
on_busy_changed (YsTimelineView *self)
{
  ys_timeline_set_frozen (self->timeline, ys_session_get_busy (self->session));
}

static char *
mark_name (guint64  generator,
           gpointer user_data)
{
  YsTimelineView *self = user_data;
  const YsGeneratorInfo *g = ys_session_find_generator (self->session, generator);

  return g != NULL ? g_strdup_printf ("%s() #%" G_GUINT64_FORMAT, g->name, g->id) : NULL;
}

/* GObject overrides */

static void
ys_timeline_view_dispose (GObject *object)
{
  YsTimelineView *self = YS_TIMELINE_VIEW (object);

  ys_timeline_view_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_TIMELINE_VIEW);
  G_OBJECT_CLASS (ys_timeline_view_parent_class)->dispose (object);
}

static void
ys_timeline_view_class_init (YsTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_timeline_view_dispose;

  /**
   * YsTimelineView::activated:
   *
   * A mark was chosen: the view goes to its moment right after.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                     NULL, G_TYPE_NONE, 0);

  g_type_ensure (YS_TYPE_TIMELINE);
  g_type_ensure (YS_TYPE_TIMELINE_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, YsTimelineView, timeline);
  gtk_widget_class_bind_template_child (widget_class, YsTimelineView, legend);
  gtk_widget_class_bind_template_callback (widget_class, on_step_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelineview");
}

static void
ys_timeline_view_init (YsTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  ys_timeline_set_name_func (self->timeline, mark_name, self, NULL);
}

/* Public API */

GtkWidget *
ys_timeline_view_new (void)
{
  return g_object_new (YS_TYPE_TIMELINE_VIEW, NULL);
}

void
ys_timeline_view_set_session (YsTimelineView *self,
                              YsSession      *session)
{
  g_return_if_fail (YS_IS_TIMELINE_VIEW (self));

  if (!ys_session_bind_view (&self->session, session, self, G_CALLBACK (on_session_changed),
                             G_CALLBACK (on_busy_changed), NULL))
    return;
  ys_timeline_set_log (self->timeline, session != NULL ? ys_session_get_event_log (session) : NULL);
  if (session != NULL)
    on_busy_changed (self);
}

void
ys_timeline_view_set_scale (YsTimelineView *self,
                            double          scale)
{
  g_return_if_fail (YS_IS_TIMELINE_VIEW (self));
  ys_timeline_set_scale (self->timeline, scale);
  ys_timeline_legend_set_scale (self->legend, scale);
}

guint
ys_timeline_view_get_n_marks (YsTimelineView *self)
{
  g_return_val_if_fail (YS_IS_TIMELINE_VIEW (self), 0);
  return ys_timeline_get_n_marks (self->timeline);
}
