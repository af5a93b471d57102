/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The event timeline: a strip with one mark per generator event of the run, each kind
 * with its own colour and shape, and a "now" cursor. Where marks go is worked out in
 * ys-timeline-layout.c; this file reads the log, draws and handles input. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ys-timeline.h"
#include "ys-timeline-layout.h"

/* Reading an event at random costs about half a microsecond: a long log is read in
 * slices of this many events, one per idle callback, so that the window stays live. */
#define SCAN_BUDGET 16384

#define TIMELINE_HEIGHT 36
#define HIT_TOLERANCE 5.0

struct _YsTimeline
{
  GtkWidget           parent_instance;

  YsEventLog         *log;           /* not owned */
  GArray             *marks;         /* YsTimelineMark, in log order */
  gsize               scanned;       /* log events read so far */
  YsLoggedEvent       last_scanned;  /* the event before @scanned, to notice a rewritten log */
  guint               scan_source;
  gboolean            frozen;       /* the log is being written: do not read it */

  YsTimelineLayout    layout;
  GArray             *shown;         /* per column, the mark it shows */
  int                 layout_width;
  gboolean            layout_valid;

  guint64             current_step;
  guint               selected;      /* the mark chosen by click or key, or G_MAXUINT */

  YsTimelineNameFunc  name_func;
  gpointer            name_data;
  GDestroyNotify      name_destroy;
  double            scale;      /* classroom zoom: marks and height grow */
};

G_DEFINE_FINAL_TYPE (YsTimeline, ys_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CURRENT_STEP,
  N_PROPS
};

enum {
  STEP_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define RGB(hex) \
  { ((hex) >> 16 & 0xff) / 255.f, ((hex) >> 8 & 0xff) / 255.f, ((hex) & 0xff) / 255.f, 1.f }

/* libadwaita's palette; the light variants are one shade darker than the usual accent
 * shades where those fade on white or on a projector. */
static const GdkRGBA light_colours[] = {
  [YS_EVENT_GEN_CREATED] = RGB (0x77767b),
  [YS_EVENT_GEN_RESUMED] = RGB (0x3584e4),
  [YS_EVENT_GEN_YIELDED] = RGB (0x26a269),
  [YS_EVENT_GEN_RETURNED] = RGB (0x9141ac),
  [YS_EVENT_GEN_RAISED] = RGB (0xe01b24),
  [YS_EVENT_GEN_CLOSED] = RGB (0xe66100),
};

static const GdkRGBA dark_colours[] = {
  [YS_EVENT_GEN_CREATED] = RGB (0x9a9996),
  [YS_EVENT_GEN_RESUMED] = RGB (0x62a0ea),
  [YS_EVENT_GEN_YIELDED] = RGB (0x33d17a),
  [YS_EVENT_GEN_RETURNED] = RGB (0xc061cb),
  [YS_EVENT_GEN_RAISED] = RGB (0xf66151),
  [YS_EVENT_GEN_CLOSED] = RGB (0xffa348),
};

static const GdkRGBA fallback_accent = RGB (0x3584e4);

#undef RGB

/* Auxiliary methods */

/* GTK 4.8 has no gtk_widget_get_color (): every colour from the style comes through
 * here. @name is a named colour of the theme, or NULL for the text colour; @fallback
 * stands in for a name the theme lacks. */
static void
get_style_colour (YsTimeline    *self,
                  const char    *name,
                  const GdkRGBA *fallback,
                  GdkRGBA       *colour)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  if (name != NULL && gtk_style_context_lookup_color (context, name, colour))
    return;
  if (name != NULL && fallback != NULL)
    *colour = *fallback;
  else
    gtk_style_context_get_color (context, colour);
}

static const GdkRGBA *
mark_colour (YsEventKind kind)
{
  g_assert ((guint) kind < G_N_ELEMENTS (light_colours));

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    return &dark_colours[kind];
  return &light_colours[kind];
}

static void
invalidate_layout (YsTimeline *self)
{
  self->layout_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_layout (YsTimeline *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->layout_valid && width == self->layout_width)
    return;

  ys_timeline_layout_compute (&self->layout, self->marks->len, width);
  g_array_set_size (self->shown, self->layout.n_columns);
  for (guint c = 0; c < self->layout.n_columns; c++)
    g_array_index (self->shown, guint, c) = ys_timeline_layout_pick_mark (&self->layout,
                                                                          self->marks, c);
  self->layout_width = width;
  self->layout_valid = TRUE;
}

static char *
generator_name (YsTimeline *self,
                guint64     generator)
{
  g_autofree char *number = NULL;
  char *name = NULL;

  if (self->name_func != NULL)
    name = self->name_func (generator, self->name_data);
  if (name != NULL)
    return name;

  number = g_strdup_printf ("%" G_GUINT64_FORMAT, generator);
  /* Translators: a generator without a known name; %s is its number (1, 2, ...) */
  return g_strdup_printf (_("generator %s"), number);
}

static char *
describe_event (const YsTimelineMark *mark,
                const char           *name)
{
  switch (mark->kind)
    {
    case YS_EVENT_GEN_CREATED:
      /* Translators: %s is a generator's name, as in "numbers created" */
      return g_strdup_printf (_("%s created"), name);
    case YS_EVENT_GEN_RESUMED:
      switch (mark->resume)
        {
        case YS_RESUME_SEND:
          /* Translators: %s is a generator's name; send() is Python, not to translate */
          return g_strdup_printf (_("%s resumed by send()"), name);
        case YS_RESUME_THROW:
          /* Translators: %s is a generator's name; throw() is Python, not to translate */
          return g_strdup_printf (_("%s resumed by throw()"), name);
        case YS_RESUME_CLOSE:
          /* Translators: %s is a generator's name; close() is Python, not to translate */
          return g_strdup_printf (_("%s resumed by close()"), name);
        case YS_RESUME_NEXT:
        default:
          /* Translators: %s is a generator's name; next() is Python, not to translate */
          return g_strdup_printf (_("%s resumed by next()"), name);
        }
    case YS_EVENT_GEN_YIELDED:
      /* Translators: %s is a generator's name, as in "numbers yielded" */
      return g_strdup_printf (_("%s yielded"), name);
    case YS_EVENT_GEN_RETURNED:
      /* Translators: %s is a generator's name; StopIteration is Python, not to translate */
      return g_strdup_printf (_("%s returned (StopIteration)"), name);
    case YS_EVENT_GEN_RAISED:
      /* Translators: %s is a generator's name */
      return g_strdup_printf (_("%s raised an exception"), name);
    case YS_EVENT_GEN_CLOSED:
      /* Translators: %s is a generator's name */
      return g_strdup_printf (_("%s closed"), name);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What a column stands for: the mark it shows and, when it holds several, their range. */
static char *
describe_column (YsTimeline *self,
                 guint       column)
{
  guint shown = g_array_index (self->shown, guint, column);
  const YsTimelineMark *mark = &g_array_index (self->marks, YsTimelineMark, shown);
  guint first = ys_timeline_layout_first_mark (&self->layout, column);
  guint end = ys_timeline_layout_end_mark (&self->layout, column);
  g_autofree char *name = generator_name (self, mark->generator);
  g_autofree char *event = describe_event (mark, name);
  g_autofree char *step = g_strdup_printf ("%" G_GUINT64_FORMAT, mark->step);
  g_autofree char *summary = NULL;
  g_autofree char *first_step = NULL;
  g_autofree char *last_step = NULL;
  g_autofree char *range = NULL;

  if (mark->line > 0)
    {
      /* Translators: a timeline mark: "Step 120 · numbers yielded · line 5" */
      summary = g_strdup_printf (_("Step %s · %s · line %d"), step, event, mark->line);
    }
  else
    {
      /* Translators: a timeline mark outside any line: "Step 120 · numbers yielded" */
      summary = g_strdup_printf (_("Step %s · %s"), step, event);
    }
  if (end - first < 2)
    return g_steal_pointer (&summary);

  first_step = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                g_array_index (self->marks, YsTimelineMark, first).step);
  last_step = g_strdup_printf ("%" G_GUINT64_FORMAT,
                               g_array_index (self->marks, YsTimelineMark, end - 1).step);
  /* Translators: when generator events do not fit, one mark stands for several: the
   * first %s and the second are the steps of the first and the last */
  range = g_strdup_printf (ngettext ("%u event in steps %s–%s", "%u events in steps %s–%s",
                                     end - first),
                           end - first, first_step, last_step);
  return g_strconcat (summary, "\n", range, NULL);
}

/* A screen reader hears what a sighted user sees in the tooltip. */
static void
update_accessible_description (YsTimeline *self)
{
  g_autofree char *text = NULL;

  if (self->selected != G_MAXUINT)
    {
      ensure_layout (self);
      text = describe_column (self,
                              ys_timeline_layout_column_of_mark (&self->layout, self->selected));
    }
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
select_mark (YsTimeline *self,
             guint       mark)
{
  if (self->selected == mark)
    return;
  self->selected = mark;
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
remember_last_scanned (YsTimeline *self)
{
  if (self->scanned == 0 || !ys_event_log_get (self->log, self->scanned - 1, &self->last_scanned))
    self->last_scanned = (YsLoggedEvent) { 0 };
}

/* Reads up to SCAN_BUDGET more events; TRUE when some remain. */
static gboolean
scan_some (YsTimeline *self)
{
  gsize length = ys_event_log_get_length (self->log);
  gsize to = MIN (length, self->scanned + SCAN_BUDGET);

  if (ys_timeline_collect_marks (self->log, self->scanned, to, self->marks) > 0)
    invalidate_layout (self);
  self->scanned = to;
  remember_last_scanned (self);
  return to < length;
}

static gboolean
scan_idle_cb (gpointer user_data)
{
  YsTimeline *self = user_data;

  if (!self->frozen && scan_some (self))
    return G_SOURCE_CONTINUE;
  self->scan_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
same_event (const YsLoggedEvent *a,
            const YsLoggedEvent *b)
{
  return a->kind == b->kind && a->step == b->step && a->generator == b->generator &&
         a->line == b->line && a->depth == b->depth;
}

static void
clear_marks (YsTimeline *self)
{
  g_array_set_size (self->marks, 0);
  self->scanned = 0;
  self->last_scanned = (YsLoggedEvent) { 0 };
}

static void
sync_with_log (YsTimeline *self)
{
  gsize length;

  if (self->frozen)
    return;

  if (self->log == NULL)
    {
      g_clear_handle_id (&self->scan_source, g_source_remove);
      clear_marks (self);
    }
  else
    {
      length = ys_event_log_get_length (self->log);
      if (self->scanned > length)
        {
          ys_timeline_truncate_marks (self->marks, length);
          self->scanned = length;
          remember_last_scanned (self);
        }
      else if (self->scanned > 0)
        {
          YsLoggedEvent event;

          /* Truncated and grown again since the last call: start over. */
          if (!ys_event_log_get (self->log, self->scanned - 1, &event) ||
              !same_event (&event, &self->last_scanned))
            clear_marks (self);
        }
      if (scan_some (self) && self->scan_source == 0)
        self->scan_source = g_idle_add (scan_idle_cb, self);
    }

  if (self->selected != G_MAXUINT && self->selected >= self->marks->len)
    self->selected = G_MAXUINT;
  invalidate_layout (self);
  update_accessible_description (self);
}

/* Drawing */

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *colour,
             double         x,
             double         y,
             double         width,
             double         height)
{
  gtk_snapshot_append_color (snapshot, colour, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* Each kind has its own shape so that the timeline reads without colour: created a
 * plus, resumed a triangle pointing on, yielded a disc, StopIteration a square, an
 * exception a diamond, closed a tall bar. Curves go through one cairo node. */
static void
draw_mark (GtkSnapshot           *snapshot,
           cairo_t              **cr,
           const graphene_rect_t *bounds,
           YsEventKind            kind,
           double                 cx,
           double                 cy,
           double                 r)
{
  const GdkRGBA *colour = mark_colour (kind);
  double t;

  switch (kind)
    {
    case YS_EVENT_GEN_CREATED:
      t = MAX (1.5, r * 0.5);
      append_rect (snapshot, colour, cx - r, cy - t / 2, 2 * r, t);
      append_rect (snapshot, colour, cx - t / 2, cy - r, t, 2 * r);
      return;
    case YS_EVENT_GEN_RETURNED:
      t = r * 0.85;
      append_rect (snapshot, colour, cx - t, cy - t, 2 * t, 2 * t);
      return;
    case YS_EVENT_GEN_CLOSED:
      t = MAX (2.0, r * 0.6);
      append_rect (snapshot, colour, cx - t / 2, cy - 1.6 * r, t, 3.2 * r);
      return;
    default:
      break;
    }

  if (*cr == NULL)
    *cr = gtk_snapshot_append_cairo (snapshot, bounds);
  switch (kind)
    {
    case YS_EVENT_GEN_RESUMED:
      cairo_move_to (*cr, cx - 0.8 * r, cy - r);
      cairo_line_to (*cr, cx + r, cy);
      cairo_line_to (*cr, cx - 0.8 * r, cy + r);
      cairo_close_path (*cr);
      break;
    case YS_EVENT_GEN_YIELDED:
      cairo_arc (*cr, cx, cy, r, 0, 2 * G_PI);
      break;
    case YS_EVENT_GEN_RAISED:
      cairo_move_to (*cr, cx, cy - 1.25 * r);
      cairo_line_to (*cr, cx + r, cy);
      cairo_line_to (*cr, cx, cy + 1.25 * r);
      cairo_line_to (*cr, cx - r, cy);
      cairo_close_path (*cr);
      break;
    default:
      g_assert_not_reached ();
    }
  gdk_cairo_set_source_rgba (*cr, colour);
  cairo_fill (*cr);
}

/* Callbacks */

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  YsTimeline      *self)
{
  guint mark;

  ensure_layout (self);
  if (!ys_timeline_layout_hit (&self->layout, x, MAX (HIT_TOLERANCE, self->layout.spacing / 2),
                               &mark))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (gtk_widget_get_focus_on_click (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  select_mark (self, mark);
  g_signal_emit (self, signals[STEP_ACTIVATED], 0,
                 g_array_index (self->marks, YsTimelineMark, mark).step);
}

/* Left and Right go by column, so that a bucketed timeline still moves at each press;
 * the first press starts from the cursor. Home and End pass the extremes of gint32. */
static gboolean
move_selection_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  YsTimeline *self = YS_TIMELINE (widget);
  int delta = g_variant_get_int32 (args);
  guint n_columns;
  guint column;
  guint mark;

  ensure_layout (self);
  n_columns = self->layout.n_columns;
  if (n_columns == 0)
    return FALSE;

  if (delta == G_MININT32)
    column = 0;
  else if (delta == G_MAXINT32)
    column = n_columns - 1;
  else if (self->selected != G_MAXUINT)
    {
      gint64 target = ys_timeline_layout_column_of_mark (&self->layout, self->selected);

      target += delta;
      column = (guint) CLAMP (target, 0, (gint64) n_columns - 1);
    }
  else if (ys_timeline_layout_find_mark (self->marks, self->current_step, &mark))
    column = ys_timeline_layout_column_of_mark (&self->layout, mark);
  else
    column = delta < 0 ? n_columns - 1 : 0;

  select_mark (self, ys_timeline_layout_first_mark (&self->layout, column));
  return TRUE;
}

static gboolean
activate_selection_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  YsTimeline *self = YS_TIMELINE (widget);

  if (self->selected == G_MAXUINT)
    return FALSE;
  g_signal_emit (self, signals[STEP_ACTIVATED], 0,
                 g_array_index (self->marks, YsTimelineMark, self->selected).step);
  return TRUE;
}

/* GtkWidget overrides */

static void
ys_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = 240;
    }
  else
    *minimum = *natural = (int) ceil (TIMELINE_HEIGHT * YS_TIMELINE (widget)->scale);
}

static void
ys_timeline_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  YsTimeline *self = YS_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  double cy = floor (height / 2.0);
  double spacing, r, x;
  cairo_t *cr = NULL;
  GdkRGBA foreground, faint, accent;

  if (width <= 0 || height <= 0)
    return;
  ensure_layout (self);
  spacing = self->layout.spacing > 0 ? self->layout.spacing : YS_TIMELINE_MAX_SPACING;
  r = CLAMP (spacing * 0.42, 3.0, 5.0) * self->scale;

  get_style_colour (self, NULL, NULL, &foreground);
  faint = foreground;
  faint.alpha *= 0.2f;
  append_rect (snapshot, &faint, YS_TIMELINE_MARGIN, cy, width - 2 * YS_TIMELINE_MARGIN, 1);

  if (self->selected != G_MAXUINT && gtk_widget_has_focus (widget))
    {
      double w = MAX (spacing, 2 * r + 4);
      graphene_rect_t area;
      GskRoundedRect outline;

      x = floor (ys_timeline_layout_mark_x (&self->layout, self->selected) + 0.5);
      graphene_rect_init (&area, x - w / 2, 2, w, height - 4);
      faint.alpha = foreground.alpha * 0.15f;
      gsk_rounded_rect_init_from_rect (&outline, &area, 4);
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &faint, &area);
      gtk_snapshot_pop (snapshot);
    }

  /* Behind the marks, so that the one at "now" keeps its shape. */
  if (ys_timeline_layout_cursor_x (&self->layout, self->marks, self->current_step, &x))
    {
      get_style_colour (self, "accent_color", &fallback_accent, &accent);
      append_rect (snapshot, &accent, floor (x + 0.5) - 1, 0, 2, height);
    }

  for (guint c = 0; c < self->layout.n_columns; c++)
    {
      guint shown = g_array_index (self->shown, guint, c);

      x = floor (ys_timeline_layout_column_x (&self->layout, c) + 0.5);
      draw_mark (snapshot, &cr, &bounds, g_array_index (self->marks, YsTimelineMark, shown).kind,
                 x, cy + 0.5, r);
    }
  g_clear_pointer (&cr, cairo_destroy);
}

static gboolean
ys_timeline_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_tooltip,
                           GtkTooltip *tooltip)
{
  YsTimeline *self = YS_TIMELINE (widget);
  g_autofree char *text = NULL;
  double spacing;
  guint column;

  ensure_layout (self);
  if (keyboard_tooltip)
    {
      if (self->selected == G_MAXUINT)
        return FALSE;
      column = ys_timeline_layout_column_of_mark (&self->layout, self->selected);
    }
  else if (!ys_timeline_layout_hit_column (&self->layout, x,
                                           MAX (HIT_TOLERANCE, self->layout.spacing / 2),
                                           &column))
    return FALSE;

  /* The tooltip follows the pointer from column to column. */
  spacing = MAX (self->layout.spacing, 2 * HIT_TOLERANCE);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
    (int) floor (ys_timeline_layout_column_x (&self->layout, column) - spacing / 2), 0,
    (int) ceil (spacing), gtk_widget_get_height (widget) });
  text = describe_column (self, column);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ys_timeline_state_flags_changed (GtkWidget     *widget,
                                 GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (ys_timeline_parent_class)->state_flags_changed (widget, previous_state);
  /* The selection shows only with the focus. */
  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

static void
ys_timeline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ys_timeline_parent_class)->css_changed (widget, change);
  /* Colours are looked up when drawing. */
  gtk_widget_queue_draw (widget);
}

/* GObject overrides */

static void
ys_timeline_dispose (GObject *object)
{
  YsTimeline *self = YS_TIMELINE (object);

  g_clear_handle_id (&self->scan_source, g_source_remove);
  self->log = NULL;
  self->name_func = NULL;
  if (self->name_destroy != NULL)
    self->name_destroy (self->name_data);
  self->name_destroy = NULL;
  self->name_data = NULL;
  G_OBJECT_CLASS (ys_timeline_parent_class)->dispose (object);
}

static void
ys_timeline_finalize (GObject *object)
{
  YsTimeline *self = YS_TIMELINE (object);

  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);
  G_OBJECT_CLASS (ys_timeline_parent_class)->finalize (object);
}

static void
ys_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  YsTimeline *self = YS_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CURRENT_STEP:
      g_value_set_uint64 (value, self->current_step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ys_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  YsTimeline *self = YS_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CURRENT_STEP:
      ys_timeline_set_current_step (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ys_timeline_class_init (YsTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_timeline_dispose;
  object_class->finalize = ys_timeline_finalize;
  object_class->get_property = ys_timeline_get_property;
  object_class->set_property = ys_timeline_set_property;

  widget_class->measure = ys_timeline_measure;
  widget_class->snapshot = ys_timeline_snapshot;
  widget_class->query_tooltip = ys_timeline_query_tooltip;
  widget_class->state_flags_changed = ys_timeline_state_flags_changed;
  widget_class->css_changed = ys_timeline_css_changed;

  /**
   * YsTimeline:current-step:
   *
   * The step the program is at: the "now" cursor stands at the last mark up to it.
   */
  properties[PROP_CURRENT_STEP] =
    g_param_spec_uint64 ("current-step", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * YsTimeline::step-activated:
   * @self: the timeline
   * @step: the step of the mark
   *
   * A mark was clicked, or chosen with the keyboard and activated; for a column that
   * stands for several marks, the step is its first mark's.
   */
  signals[STEP_ACTIVATED] =
    g_signal_new ("step-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT64);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, move_selection_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, move_selection_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, move_selection_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, move_selection_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, move_selection_cb, "i",
                                G_MININT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Home, 0, move_selection_cb, "i",
                                G_MININT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, move_selection_cb, "i",
                                G_MAXINT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_End, 0, move_selection_cb, "i",
                                G_MAXINT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_selection_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_selection_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, activate_selection_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_selection_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Space, 0, activate_selection_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ys_timeline_init (YsTimeline *self)
{
  GtkGesture *click;

  self->scale = 1.0;
  self->marks = g_array_new (FALSE, FALSE, sizeof (YsTimelineMark));
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->selected = G_MAXUINT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  /* Translators: the accessible name of the strip of generator events */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline"), -1);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
ys_timeline_new (void)
{
  return g_object_new (YS_TYPE_TIMELINE, NULL);
}

void
ys_timeline_set_log (YsTimeline *self,
                     YsEventLog *log)
{
  g_return_if_fail (YS_IS_TIMELINE (self));

  if (self->log == log)
    return;
  g_clear_handle_id (&self->scan_source, g_source_remove);
  clear_marks (self);
  self->log = log;
  self->selected = G_MAXUINT;
  sync_with_log (self);
}

YsEventLog *
ys_timeline_get_log (YsTimeline *self)
{
  g_return_val_if_fail (YS_IS_TIMELINE (self), NULL);

  return self->log;
}

void
ys_timeline_update (YsTimeline *self)
{
  g_return_if_fail (YS_IS_TIMELINE (self));

  sync_with_log (self);
}

void
ys_timeline_set_current_step (YsTimeline *self,
                              guint64     step)
{
  g_return_if_fail (YS_IS_TIMELINE (self));

  if (self->current_step == step)
    return;
  self->current_step = step;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
}

guint64
ys_timeline_get_current_step (YsTimeline *self)
{
  g_return_val_if_fail (YS_IS_TIMELINE (self), 0);

  return self->current_step;
}

void
ys_timeline_set_name_func (YsTimeline         *self,
                           YsTimelineNameFunc  func,
                           gpointer            user_data,
                           GDestroyNotify      destroy)
{
  GDestroyNotify old_destroy;
  gpointer old_data;

  g_return_if_fail (YS_IS_TIMELINE (self));

  /* The old data goes last: its destroy notify may call back into the widget. */
  old_destroy = self->name_destroy;
  old_data = self->name_data;
  self->name_func = func;
  self->name_data = user_data;
  self->name_destroy = destroy;
  if (old_destroy != NULL)
    old_destroy (old_data);
  update_accessible_description (self);
}

guint
ys_timeline_get_n_marks (YsTimeline *self)
{
  g_return_val_if_fail (YS_IS_TIMELINE (self), 0);

  return self->marks->len;
}

void
ys_timeline_set_scale (YsTimeline *self,
                       double      scale)
{
  g_return_if_fail (YS_IS_TIMELINE (self));
  scale = CLAMP (scale, 0.5, 4.0);
  if (scale == self->scale)
    return;
  self->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
ys_timeline_draw_mark_icon (GtkSnapshot *snapshot,
                            YsEventKind  kind,
                            double       size)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, size, size);
  cairo_t *cr = NULL;

  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  draw_mark (snapshot, &cr, &bounds, kind, size / 2, size / 2, size * 0.32);
  g_clear_pointer (&cr, cairo_destroy);
}

void
ys_timeline_set_frozen (YsTimeline *self,
                        gboolean    frozen)
{
  g_return_if_fail (YS_IS_TIMELINE (self));

  if (self->frozen == !!frozen)
    return;
  self->frozen = !!frozen;
  if (frozen)
    g_clear_handle_id (&self->scan_source, g_source_remove);
  else
    sync_with_log (self);
}
