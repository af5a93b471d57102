/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-frame-card.c: one live generator as a card.
 *
 * The card's rows change with the generator (its locals come and go), so it is built
 * in code rather than from a template. */
#include "config.h"

#include "ys-frame-card.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ys-session.h"

struct _YsFrameCard
{
  GtkWidget         parent_instance;

  guint64           id;
  char             *name;
  int               line;
  guint64           yield_from;
  YsGeneratorState  state;
  char             *last_value;
  char             *event_text;
  char             *ending;        /* how it ended, in a few words, or NULL */
  gboolean          compact;       /* its controls hidden (the header's act on it) */
  char             *binding;       /* the global that holds it, or NULL */
  GPtrArray        *locals;        /* "name = repr" */
  GPtrArray        *changed;       /* names */

  GtkWidget        *box;
  GtkWidget        *state_icon;
  GtkWidget        *badge;
  GtkWidget        *badge_icon;
  GtkWidget        *badge_label;
  GtkWidget        *name_label;
  GtkWidget        *line_label;
  GtkWidget        *value_label;
  GtkWidget        *yield_from_label;
  GtkWidget        *locals_grid;
  GtkWidget        *event_revealer;
  GtkWidget        *event_label;
  GtkWidget        *send_entry;
  GtkWidget        *throw_dropdown;
  GtkWidget        *controls;

  AdwAnimation     *pulse;
};

#define PULSE_MS 450

G_DEFINE_FINAL_TYPE (YsFrameCard, ys_frame_card, GTK_TYPE_WIDGET)

enum {
  RESUME,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The exceptions a student throws in most often. */
static const char *const throw_types[] = {
  "ValueError", "RuntimeError", "KeyError", "TypeError", "GeneratorExit", "StopIteration", NULL
};

/* Auxiliary methods */

const char *
ys_generator_state_label (YsGeneratorState state)
{
  switch (state)
    {
    case YS_GENERATOR_CREATED:
      /* Translators: a generator's state, shown on its card's badge */
      return C_("generator state", "CREATED");
    case YS_GENERATOR_RUNNING:
      return C_("generator state", "RUNNING");
    case YS_GENERATOR_SUSPENDED:
      return C_("generator state", "SUSPENDED");
    case YS_GENERATOR_CLOSED:
    default:
      return C_("generator state", "CLOSED");
    }
}

const char *
ys_generator_state_icon (YsGeneratorState state)
{
  switch (state)
    {
    case YS_GENERATOR_CREATED:
      return "list-add-symbolic";
    case YS_GENERATOR_RUNNING:
      return "media-playback-start-symbolic";
    case YS_GENERATOR_SUSPENDED:
      return "media-playback-pause-symbolic";
    case YS_GENERATOR_CLOSED:
    default:
      return "process-stop-symbolic";
    }
}

const char *
ys_generator_state_css_class (YsGeneratorState state)
{
  switch (state)
    {
    case YS_GENERATOR_CREATED:
      return "state-created";
    case YS_GENERATOR_RUNNING:
      return "state-running";
    case YS_GENERATOR_SUSPENDED:
      return "state-suspended";
    case YS_GENERATOR_CLOSED:
    default:
      return "state-closed";
    }
}

static void
emit_resume (YsFrameCard  *self,
             YsResumeKind  how,
             const char   *argument)
{
  g_signal_emit (self, signals[RESUME], 0, (int) how, argument);
}

static void
pulse_value (double   value,
             gpointer user_data)
{
  GtkWidget *card = user_data;

  /* A brief lift of the card: it grows a little and settles. */
  gtk_widget_set_opacity (card, 0.55 + 0.45 * value);
}

static GtkWidget *
make_label (const char *css_class,
            gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static gboolean
variable_changed (const YsGeneratorInfo *before,
                  const YsVariable      *v)
{
  if (before == NULL || before->locals == NULL)
    return FALSE;
  for (guint i = 0; i < before->locals->len; i++)
    {
      const YsVariable *old = g_ptr_array_index (before->locals, i);
      if (g_strcmp0 (old->name, v->name) == 0)
        return !ys_variable_same (old, v);
    }
  /* A name bound since the last pause is a change too. */
  return TRUE;
}

static void
fill_locals (YsFrameCard           *self,
             const YsGeneratorInfo *info,
             const YsGeneratorInfo *before)
{
  GtkWidget *child;
  guint n = info->locals != NULL ? info->locals->len : 0;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (self->locals_grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->locals_grid), child);
  g_ptr_array_set_size (self->locals, 0);
  g_ptr_array_set_size (self->changed, 0);
  /* ".0", a comprehension's hidden argument, is not a name of the program. */
  for (guint i = 0; i < n; i++)
    shown += ((const YsVariable *) g_ptr_array_index (info->locals, i))->name[0] != '.';
  if (shown == 0)
    {
      GtkWidget *none = make_label ("dim-label", FALSE);
      gtk_label_set_text (GTK_LABEL (none), info->state == YS_GENERATOR_CLOSED ? _("Its frame is gone")
                                                                               : _("No local variables yet"));
      gtk_grid_attach (GTK_GRID (self->locals_grid), none, 0, 0, 2, 1);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const YsVariable *v = g_ptr_array_index (info->locals, i);
      GtkWidget *name, *value;
      g_autofree char *tip = NULL;
      if (v->name[0] == '.')
        continue;
      name = make_label ("variable-name", FALSE);
      value = make_label ("variable-value", TRUE);
      tip = g_strdup_printf ("%s: %s", v->name, v->type);
      gtk_label_set_text (GTK_LABEL (name), v->name);
      gtk_label_set_text (GTK_LABEL (value), v->repr);
      gtk_widget_set_tooltip_text (value, tip);
      gtk_widget_set_hexpand (value, TRUE);
      if (before != NULL && variable_changed (before, v))
        {
          gtk_widget_add_css_class (name, "changed");
          gtk_widget_add_css_class (value, "changed");
          g_ptr_array_add (self->changed, g_strdup (v->name));
          gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          _("Changed in the last step"), -1);
        }
      gtk_grid_attach (GTK_GRID (self->locals_grid), name, 0, (int) self->locals->len, 1, 1);
      gtk_grid_attach (GTK_GRID (self->locals_grid), value, 1, (int) self->locals->len, 1, 1);
      g_ptr_array_add (self->locals, g_strdup_printf ("%s = %s", v->name, v->repr));
    }
}

/* Callbacks */

static void
on_next_clicked (YsFrameCard *self)
{
  emit_resume (self, YS_RESUME_NEXT, NULL);
}

static void
on_send_activated (YsFrameCard *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->send_entry));

  emit_resume (self, YS_RESUME_SEND, text[0] != '\0' ? text : "None");
}

static void
on_throw_clicked (YsFrameCard *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->throw_dropdown));

  emit_resume (self, YS_RESUME_THROW, throw_types[selected < G_N_ELEMENTS (throw_types) - 1 ? selected : 0]);
}

static void
on_close_clicked (YsFrameCard *self)
{
  emit_resume (self, YS_RESUME_CLOSE, NULL);
}

/* GObject overrides */

static void
ys_frame_card_dispose (GObject *object)
{
  YsFrameCard *self = YS_FRAME_CARD (object);

  g_clear_object (&self->pulse);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (ys_frame_card_parent_class)->dispose (object);
}

static void
ys_frame_card_finalize (GObject *object)
{
  YsFrameCard *self = YS_FRAME_CARD (object);

  g_free (self->name);
  g_free (self->last_value);
  g_free (self->event_text);
  g_free (self->ending);
  g_free (self->binding);
  g_ptr_array_unref (self->locals);
  g_ptr_array_unref (self->changed);

  G_OBJECT_CLASS (ys_frame_card_parent_class)->finalize (object);
}

static void
ys_frame_card_class_init (YsFrameCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_frame_card_dispose;
  object_class->finalize = ys_frame_card_finalize;

  /* The user asked to resume the generator: how (YsResumeKind), and the argument of
   * send() or throw() as Python source. */
  signals[RESUME] = g_signal_new ("resume", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "framecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
control_button (YsFrameCard *self,
                const char  *label,
                const char  *tooltip,
                GCallback    callback)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
ys_frame_card_init (YsFrameCard *self)
{
  GtkWidget *header, *title_box, *row, *send_box, *throw_box, *button;
  g_autoptr (GtkStringList) types = gtk_string_list_new ((const char *const *) throw_types);

  self->locals = g_ptr_array_new_with_free_func (g_free);
  self->changed = g_ptr_array_new_with_free_func (g_free);
  self->state = YS_GENERATOR_CREATED;
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);

  /* Name and state badge */
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (title_box, TRUE);
  self->name_label = make_label ("heading", FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (self->name_label), PANGO_ELLIPSIZE_END);
  self->line_label = make_label ("dim-label", FALSE);
  gtk_widget_add_css_class (self->line_label, "caption");
  gtk_box_append (GTK_BOX (title_box), self->name_label);
  gtk_box_append (GTK_BOX (title_box), self->line_label);
  self->badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (self->badge, "state-badge");
  gtk_widget_set_valign (self->badge, GTK_ALIGN_START);
  self->badge_icon = gtk_image_new ();
  self->badge_label = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (self->badge), self->badge_icon);
  gtk_box_append (GTK_BOX (self->badge), self->badge_label);
  gtk_box_append (GTK_BOX (header), title_box);
  gtk_box_append (GTK_BOX (header), self->badge);
  gtk_box_append (GTK_BOX (self->box), header);

  /* What it yielded last, and where it delegates */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    GtkWidget *caption = make_label ("dim-label", FALSE);
    gtk_label_set_text (GTK_LABEL (caption), _("Last yielded"));
    self->value_label = make_label ("yielded-value", TRUE);
    gtk_widget_set_hexpand (self->value_label, TRUE);
    gtk_box_append (GTK_BOX (row), caption);
    gtk_box_append (GTK_BOX (row), self->value_label);
  }
  gtk_box_append (GTK_BOX (self->box), row);
  self->yield_from_label = make_label ("yield-from", TRUE);
  gtk_box_append (GTK_BOX (self->box), self->yield_from_label);

  /* StopIteration or an exception, when it happened in the last step */
  self->event_revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->event_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  self->event_label = make_label ("card-event", TRUE);
  gtk_revealer_set_child (GTK_REVEALER (self->event_revealer), self->event_label);
  gtk_box_append (GTK_BOX (self->box), self->event_revealer);

  /* Locals */
  self->locals_grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->locals_grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->locals_grid), 2);
  gtk_widget_add_css_class (self->locals_grid, "locals");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->locals_grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Local variables"), -1);
  gtk_box_append (GTK_BOX (self->box), self->locals_grid);

  /* Controls in two rows: next() and send(value); throw(type) and close(). */
  self->controls = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (row),
                  control_button (self, "next()", _("Resume it until its next yield"), G_CALLBACK (on_next_clicked)));
  send_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (send_box, "linked");
  gtk_widget_set_hexpand (send_box, TRUE);
  self->send_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->send_entry), _("Value to send"));
  gtk_widget_set_hexpand (self->send_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->send_entry), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->send_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Value to send, a Python expression"), -1);
  g_signal_connect_swapped (self->send_entry, "activate", G_CALLBACK (on_send_activated), self);
  gtk_box_append (GTK_BOX (send_box), self->send_entry);
  gtk_box_append (GTK_BOX (send_box), control_button (self, "send()", _("Send the value: it becomes the result of the paused yield"),
                                                     G_CALLBACK (on_send_activated)));
  gtk_box_append (GTK_BOX (row), send_box);
  gtk_box_append (GTK_BOX (self->controls), row);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  throw_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (throw_box, "linked");
  gtk_widget_set_hexpand (throw_box, TRUE);
  self->throw_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&types)), NULL);
  gtk_widget_set_hexpand (self->throw_dropdown, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->throw_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Exception to throw"), -1);
  gtk_box_append (GTK_BOX (throw_box), self->throw_dropdown);
  gtk_box_append (GTK_BOX (throw_box), control_button (self, "throw()", _("Raise the exception at the paused yield"),
                                                      G_CALLBACK (on_throw_clicked)));
  gtk_box_append (GTK_BOX (row), throw_box);
  button = control_button (self, "close()", _("Raise GeneratorExit at its yield and finish it"),
                           G_CALLBACK (on_close_clicked));
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (self->controls), row);
  gtk_box_append (GTK_BOX (self->box), self->controls);

  self->pulse = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, PULSE_MS,
                                         adw_callback_animation_target_new (pulse_value, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->pulse), ADW_EASE_OUT_CUBIC);
}

/* Public API */

GtkWidget *
ys_frame_card_new (guint64 id)
{
  YsFrameCard *self = g_object_new (YS_TYPE_FRAME_CARD, NULL);

  self->id = id;
  return GTK_WIDGET (self);
}

guint64
ys_frame_card_get_id (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), 0);
  return self->id;
}

void
ys_frame_card_update (YsFrameCard           *self,
                      const YsGeneratorInfo *info,
                      const YsGeneratorInfo *before,
                      const char            *binding,
                      const char            *yield_from_text,
                      GArray                *events,
                      gboolean               controls_sensitive)
{
  g_autofree char *title = NULL;
  g_autofree char *line = NULL;
  g_autofree char *accessible = NULL;
  gboolean resumed = FALSE;

  g_return_if_fail (YS_IS_FRAME_CARD (self));
  g_return_if_fail (info != NULL);

  gtk_widget_remove_css_class (GTK_WIDGET (self), ys_generator_state_css_class (self->state));
  self->state = info->state;
  /* @info may hold our own strings (a card kept after its generator ended). */
  {
    char *name = g_strdup (info->name);
    g_free (self->name);
    self->name = name;
  }
  self->line = info->line;
  self->yield_from = info->yield_from;
  gtk_widget_add_css_class (GTK_WIDGET (self), ys_generator_state_css_class (self->state));

  /* "g · numbers()" reads as the program does; "#2" tells anonymous stages apart. */
  {
    g_autofree char *shown = ys_generator_display_name (self->name, info->line);
    char *copy = g_strdup (binding);
    g_free (self->binding);
    self->binding = copy;
    if (binding != NULL)
      title = g_strdup_printf ("%s  ·  %s", binding, shown);
    else
      title = g_strdup_printf ("%s  #%" G_GUINT64_FORMAT, shown, info->id);
  }
  gtk_label_set_text (GTK_LABEL (self->name_label), title);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->badge_icon), ys_generator_state_icon (info->state));
  gtk_label_set_text (GTK_LABEL (self->badge_label), ys_generator_state_label (info->state));

  if (info->state == YS_GENERATOR_CLOSED)
    line = g_strdup (_("Finished"));
  else if (info->state == YS_GENERATOR_CREATED)
    line = g_strdup_printf (_("Not started · def on line %d"), info->line);
  else if (info->state == YS_GENERATOR_RUNNING)
    /* Translators: the generator's own frame is executing (it called something) */
    line = g_strdup_printf (_("Running at line %d"), info->line);
  else
    line = g_strdup_printf (_("Paused at line %d"), info->line);
  gtk_label_set_text (GTK_LABEL (self->line_label), line);

  {
    char *last = g_strdup (info->last_value);
    g_free (self->last_value);
    self->last_value = last;
  }
  gtk_label_set_text (GTK_LABEL (self->value_label), self->last_value != NULL ? self->last_value : "—");
  gtk_widget_set_visible (self->yield_from_label, yield_from_text != NULL);
  if (yield_from_text != NULL)
    gtk_label_set_text (GTK_LABEL (self->yield_from_label), yield_from_text);

  fill_locals (self, info, before);

  /* A resume in the last action pulses the card; how it ended is set_ending's. */
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const YsSessionEvent *e = &g_array_index (events, YsSessionEvent, i);
      if (e->generator == info->id && e->kind == YS_EVENT_GEN_RESUMED)
        resumed = TRUE;
    }
  gtk_widget_set_visible (self->controls, info->state != YS_GENERATOR_CLOSED && !self->compact);
  gtk_widget_set_visible (self->locals_grid, info->state != YS_GENERATOR_CLOSED);
  gtk_widget_set_sensitive (self->controls, controls_sensitive && info->state != YS_GENERATOR_RUNNING);
  if (resumed)
    adw_animation_play (self->pulse);

  accessible = g_strdup_printf ("%s, %s", title, ys_generator_state_label (info->state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
ys_frame_card_set_ending (YsFrameCard *self,
                          const char  *summary,
                          const char  *ending)
{
  g_return_if_fail (YS_IS_FRAME_CARD (self));

  {
    char *text = g_strdup (ending);
    g_free (self->event_text);
    self->event_text = text;
  }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->event_revealer), self->event_text != NULL);
  if (self->event_text != NULL)
    gtk_label_set_text (GTK_LABEL (self->event_label), self->event_text);
  {
    char *text = g_strdup (summary);
    g_free (self->ending);
    self->ending = text;
  }
  if (summary != NULL)
    gtk_label_set_text (GTK_LABEL (self->line_label), summary);
  if (ending != NULL)
    {
      g_autofree char *accessible = g_strdup_printf ("%s, %s: %s", gtk_label_get_text (GTK_LABEL (self->name_label)),
                                                     summary != NULL ? summary : "", ending);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }
}

char *
ys_generator_display_name (const char *qualname,
                           int         line)
{
  const char *dot = qualname != NULL ? strrchr (qualname, '.') : NULL;
  const char *base = dot != NULL ? dot + 1 : (qualname != NULL ? qualname : "?");

  /* As a student says it: "numbers()", not "main.<locals>.numbers". */
  if (g_str_equal (base, "<genexpr>"))
    return g_strdup_printf (_("generator expression, line %d"), line);
  return g_strdup_printf ("%s()", base);
}

void
ys_frame_card_set_compact (YsFrameCard *self,
                           gboolean     compact)
{
  g_return_if_fail (YS_IS_FRAME_CARD (self));
  self->compact = !!compact;
  gtk_widget_set_visible (self->controls, self->state != YS_GENERATOR_CLOSED && !compact);
}

const char *
ys_frame_card_get_ending (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return self->ending;
}

const char *
ys_frame_card_get_title (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->name_label));
}

const char *
ys_frame_card_get_state_text (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return ys_generator_state_label (self->state);
}

const char *
ys_frame_card_get_last_value (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return self->last_value;
}

const char *
ys_frame_card_get_event_text (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return self->event_text;
}

static char **
dup_strv (GPtrArray *array)
{
  char **v = g_new0 (char *, array->len + 1);

  for (guint i = 0; i < array->len; i++)
    v[i] = g_strdup (g_ptr_array_index (array, i));
  return v;
}

char **
ys_frame_card_dup_locals (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return dup_strv (self->locals);
}

char **
ys_frame_card_dup_changed (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return dup_strv (self->changed);
}

const char *
ys_frame_card_get_binding (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return self->binding;
}

gboolean
ys_frame_card_has_changes (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), FALSE);
  return self->changed->len > 0;
}

const char *
ys_frame_card_get_name (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), NULL);
  return self->name;
}

int
ys_frame_card_get_line (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), 0);
  return self->line;
}

guint64
ys_frame_card_get_yield_from (YsFrameCard *self)
{
  g_return_val_if_fail (YS_IS_FRAME_CARD (self), 0);
  return self->yield_from;
}

void
ys_frame_card_set_animation_speed (YsFrameCard *self,
                                   double       speed)
{
  g_return_if_fail (YS_IS_FRAME_CARD (self));
  g_return_if_fail (speed > 0);
  adw_timed_animation_set_duration (ADW_TIMED_ANIMATION (self->pulse), (guint) (PULSE_MS / speed));
}

void
ys_frame_card_resume (YsFrameCard  *self,
                      YsResumeKind  how)
{
  g_return_if_fail (YS_IS_FRAME_CARD (self));

  if (!gtk_widget_is_sensitive (self->controls))
    return;
  switch (how)
    {
    case YS_RESUME_NEXT:
      on_next_clicked (self);
      break;
    case YS_RESUME_SEND:
      /* Without a value yet, the entry is where to type one. */
      if (gtk_editable_get_text (GTK_EDITABLE (self->send_entry))[0] == '\0')
        gtk_widget_grab_focus (self->send_entry);
      else
        on_send_activated (self);
      break;
    case YS_RESUME_THROW:
      on_throw_clicked (self);
      break;
    case YS_RESUME_CLOSE:
    default:
      on_close_clicked (self);
      break;
    }
}

void
ys_frame_card_set_selected (YsFrameCard *self,
                            gboolean     selected)
{
  g_return_if_fail (YS_IS_FRAME_CARD (self));

  /* Called for every card at every step: only a change costs (an accessibility update
   * goes out on the bus). */
  selected = !!selected;
  if (gtk_widget_has_css_class (GTK_WIDGET (self), "selected") == selected)
    return;
  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}
