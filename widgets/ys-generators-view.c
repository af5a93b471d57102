/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-generators-view.c: the generators pane: a card per generator of the run, in
 * creation order, the session's current one selected and scrolled to; cards fade in
 * when their generator is made and out when going back before it. */
#include "config.h"

#include "ys-generators-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ys-frame-card.h"

/* A run may make millions of generators: the pane shows the live ones, up to a few
 * hundred, and the last ended ones; the rest are counted above the cards. */
#define LIVE_CARDS_MAX  400
#define ENDED_CARDS_MAX 60

struct _YsGeneratorsView
{
  GtkWidget          parent_instance;

  YsSession         *session;
  GHashTable        *cards;          /* id -> YsFrameCard */
  guint64            cleared_step;   /* ended cards up to this step are cleared */
  guint64            follow_id;      /* the card the pane scrolls to */
  gint64             cards_step;     /* the moment the cards show, -1 before any */
  guint              follow_source;  /* a tick callback */
  guint              follow_frames;
  guint              n_ended;
  guint              insensitive_source;
  guint              cull_source;  /* a long action greys the cards out */
  double             animation_speed;
  gboolean           compact;

  /* Template widgets */
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkBox            *cards_box;
  GtkLabel          *hidden_label;
};

G_DEFINE_FINAL_TYPE (YsGeneratorsView, ys_generators_view, GTK_TYPE_WIDGET)

/* Auxiliary methods */

static char *
yield_from_text (YsGeneratorsView      *self,
                 const YsGeneratorInfo *g)
{
  GString *text;
  const YsGeneratorInfo *target;
  guint hops = 0;

  if (g->yield_from == 0)
    return NULL;
  /* Translators: a generator's delegation chain follows, "yield from → inner #3 → ..." */
  text = g_string_new (_("yield from"));
  for (target = ys_session_find_generator (self->session, g->yield_from); target != NULL && hops < 16;
       target = target->yield_from != 0 ? ys_session_find_generator (self->session, target->yield_from) : NULL, hops++)
    g_string_append_printf (text, " → %s() #%" G_GUINT64_FORMAT, target->name, target->id);
  return g_string_free (text, FALSE);
}

/* The pane scrolls to the active card once it has its place: two frames after the
 * change, when the cards have been laid out anew. */
static gboolean
follow_card (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  YsGeneratorsView *self = user_data;
  GtkWidget *card = g_hash_table_lookup (self->cards, &self->follow_id);
  graphene_rect_t bounds;

  if (++self->follow_frames < 3)
    return G_SOURCE_CONTINUE;
  /* In the scrolled content's coordinates: the count of hidden cards is above the box. */
  if (card != NULL && gtk_widget_compute_bounds (card, gtk_widget_get_parent (GTK_WIDGET (self->cards_box)), &bounds))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
      double top = gtk_adjustment_get_value (adj), page = gtk_adjustment_get_page_size (adj);
      double y = bounds.origin.y, h = bounds.size.height;
      /* The pane's scroll range follows the cards' new sizes a frame later. */
      if (gtk_adjustment_get_upper (adj) < MIN (y + h, y + page) && self->follow_frames < 30)
        return G_SOURCE_CONTINUE;
      if (y < top)
        gtk_adjustment_set_value (adj, y);
      else if (y + h > top + page)
        gtk_adjustment_set_value (adj, MIN (y, y + h - page));
    }
  self->follow_source = 0;
  return G_SOURCE_REMOVE;
}

/* Cards far outside the pane's view are not drawn: with hundreds of cards, painting
 * them all would cost every step far more than the step itself. They keep their place
 * (and what was typed on them). */
static void
cull_cards (gpointer data)
{
  YsGeneratorsView *self = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (self->cards_box));
  double page = gtk_adjustment_get_page_size (adj);
  double top = gtk_adjustment_get_value (adj) - page, bottom = top + 3 * page;

  self->cull_source = 0;
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box)), *next; card != NULL;
       card = next)
    {
      graphene_rect_t bounds;
      /* A card fading out ends its fade when unmapped, and leaves the box. */
      next = gtk_widget_get_next_sibling (card);
      gboolean near = page <= 0 || !gtk_widget_compute_bounds (card, content, &bounds) ||
                      (bounds.origin.y + bounds.size.height >= top && bounds.origin.y <= bottom);
      if (gtk_widget_get_child_visible (card) != near)
        gtk_widget_set_child_visible (card, near);
    }
}

/* After the layout, not in it: mapping cards while the pane is allocated would lay it
 * out again. */
static void
queue_cull (YsGeneratorsView *self)
{
  if (self->cull_source == 0)
    self->cull_source = g_idle_add_once (cull_cards, self);
}

static void
update_selection (YsGeneratorsView *self)
{
  guint64 current = self->session != NULL ? ys_session_get_current_generator (self->session) : 0;
  GHashTableIter iter;
  gpointer key, card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &card))
    {
      ys_frame_card_set_selected (card, *(guint64 *) key == current);
      ys_frame_card_set_compact (card, self->compact && *(guint64 *) key != current);
    }
  if (current != 0 && g_hash_table_lookup (self->cards, &current) != NULL)
    {
      self->follow_id = current;
      self->follow_frames = 0;
      if (self->follow_source == 0)
        self->follow_source = gtk_widget_add_tick_callback (GTK_WIDGET (self), follow_card, self, NULL);
    }
}

static void
on_card_resume (YsFrameCard      *card,
                int               how,
                const char       *argument,
                YsGeneratorsView *self)
{
  /* While an action runs the cards may not be greyed out yet. */
  if (ys_session_get_busy (self->session))
    return;
  ys_session_select_generator (self->session, ys_frame_card_get_id (card));
  ys_session_resume_generator (self->session, ys_frame_card_get_id (card), (YsResumeKind) how, argument);
}

static void
on_card_pressed (GtkGestureClick  *gesture,
                 int               n_press,
                 double            x,
                 double            y,
                 YsGeneratorsView *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  ys_session_select_generator (self->session, ys_frame_card_get_id (YS_FRAME_CARD (card)));
}

static void
fade (double   value,
      gpointer user_data)
{
  gtk_widget_set_opacity (GTK_WIDGET (user_data), value);
}

static void
retire_done (AdwAnimation *animation,
             GtkWidget    *card)
{
  GtkWidget *parent = gtk_widget_get_parent (card);

  if (parent != NULL)
    gtk_box_remove (GTK_BOX (parent), card);
  g_object_unref (animation);
}

static YsFrameCard *
add_card (YsGeneratorsView *self,
          guint64           generator)
{
  guint64 *id = g_new (guint64, 1);
  GtkGesture *click = gtk_gesture_click_new ();
  AdwAnimation *appear;
  YsFrameCard *card;

  *id = generator;
  card = YS_FRAME_CARD (ys_frame_card_new (generator));
  ys_frame_card_set_animation_speed (card, self->animation_speed);
  g_signal_connect (card, "resume", G_CALLBACK (on_card_resume), self);
  g_signal_connect (click, "pressed", G_CALLBACK (on_card_pressed), self);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (card), GTK_EVENT_CONTROLLER (click));
  g_hash_table_insert (self->cards, id, card);
  gtk_box_append (self->cards_box, GTK_WIDGET (card));
  /* Cards come in by fading up; with animations off it is immediate. */
  appear = adw_timed_animation_new (GTK_WIDGET (card), 0, 1, (guint) (300 / self->animation_speed),
                                    adw_callback_animation_target_new (fade, card, NULL));
  g_signal_connect (appear, "done", G_CALLBACK (g_object_unref), NULL);
  adw_animation_play (appear);
  return card;
}

static gboolean
variables_equal (GPtrArray *a,
                 GPtrArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      if (!ys_variable_same (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }
  return TRUE;
}

/* Nothing a card shows differs: with 300 live generators most cards stay as they are. */
static gboolean
generator_unchanged (const YsGeneratorInfo *g,
                     const YsGeneratorInfo *old)
{
  return old != NULL && g->state == old->state && g->line == old->line && g->yield_from == old->yield_from &&
         g_strcmp0 (g->last_value, old->last_value) == 0 && g_strcmp0 (g->name, old->name) == 0 &&
         variables_equal (g->locals, old->locals);
}

static gboolean
moved_now (GArray  *events,
           guint64  id)
{
  for (guint i = 0; events != NULL && i < events->len; i++)
    if (g_array_index (events, YsSessionEvent, i).generator == id)
      return TRUE;
  return FALSE;
}

/* How a generator ended, in a few words for the card's line; NULL while it has not. */
static const char *
ending_summary (const YsGeneratorRecord *r,
                YsEnding                 how)
{
  switch (how)
    {
    case YS_ENDING_RETURNED:
      return _("Finished: it returned");
    case YS_ENDING_CLOSED:
      return _("Closed");
    case YS_ENDING_RAISED:
      return r->thrown ? _("Ended by throw()") : _("Ended by an exception");
    case YS_ENDING_FREED:
      return _("Never started");
    case YS_ENDING_NONE:
    default:
      return NULL;
    }
}

/* How a generator ended, as the card's event; NULL while it has not. */
static char *
ending_text (const YsGeneratorRecord *r,
             YsEnding                 how)
{
  switch (how)
    {
    case YS_ENDING_RETURNED:
      return g_strdup_printf ("StopIteration(%s)",
                              r->end_value != NULL && g_strcmp0 (r->end_value, "None") != 0 ? r->end_value : "");
    case YS_ENDING_CLOSED:
      return g_strdup (_("close() finished it (GeneratorExit)"));
    case YS_ENDING_RAISED:
      /* Translators: %s is an exception, as Python shows it */
      return g_strdup_printf (r->thrown ? _("throw() of %s ended it") : _("Raised %s"),
                              r->end_value != NULL ? r->end_value : "?");
    case YS_ENDING_FREED:
      return g_strdup (_("Dropped before it ran"));
    case YS_ENDING_NONE:
    default:
      return NULL;
    }
}

/* Cards of generators that do not exist at this moment (after going back) fade out. */
static void
retire_cards (YsGeneratorsView *self,
              GHashTable       *shown)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (shown == NULL || !g_hash_table_contains (shown, key))
      {
        GtkWidget *card = value;
        AdwAnimation *out = adw_timed_animation_new (card, gtk_widget_get_opacity (card), 0,
                                                     (guint) (250 / self->animation_speed),
                                                     adw_callback_animation_target_new (fade, card, NULL));
        g_signal_connect (out, "done", G_CALLBACK (retire_done), card);
        g_hash_table_iter_remove (&iter);
        adw_animation_play (out);
      }
}

static void
update_card (YsGeneratorsView        *self,
             YsFrameCard             *card,
             gboolean                 fresh,
             const YsGeneratorRecord *r,
             const YsGeneratorInfo   *g)
{
  YsSnapshot *before = ys_session_get_previous_snapshot (self->session);
  GArray *events = ys_session_get_recent_events (self->session);
  gboolean sensitive = !ys_session_get_busy (self->session) && ys_session_get_state (self->session) != YS_SESSION_EMPTY;
  /* Cards that show the previous snapshot and did not change are left alone. */
  gboolean same_base = ys_session_get_previous_step (self->session) == self->cards_step && self->cards_step >= 0;
  const char *binding = g != NULL ? ys_session_get_generator_binding (self->session, g->id) : NULL;

  if (g != NULL && !fresh && same_base && generator_unchanged (g, ys_snapshot_find_generator (before, g->id)) &&
      !ys_frame_card_has_changes (card) && !moved_now (events, g->id) &&
      g_strcmp0 (ys_frame_card_get_binding (card), binding) == 0)
    return;  /* as it was */
  if (g != NULL)
    {
      const YsGeneratorInfo *old = ys_snapshot_find_generator (before, g->id);
      g_autofree char *chain = yield_from_text (self, g);
      /* A generator new since the previous pause shows "what changed" from nothing. */
      ys_frame_card_update (card, g, old != NULL ? old : (before != NULL ? g : NULL), binding, chain, events,
                            sensitive);
    }
  else
    {
      YsGeneratorInfo gone = { 0 };
      gone.id = r->id;
      gone.name = r->name;
      gone.line = r->line;
      gone.state = YS_GENERATOR_CLOSED;
      gone.last_value = r->last_value;
      ys_frame_card_update (card, &gone, NULL, NULL, NULL, events, FALSE);
    }
}

static void
show_hidden_count (YsGeneratorsView *self,
                   guint             live,
                   guint             ended)
{
  g_autofree char *live_text = NULL;
  g_autofree char *ended_text = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->hidden_label), live + ended > 0);
  if (live + ended == 0)
    return;
  /* Translators: the first part of "%s and %s" below, or the whole line */
  live_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more live generator is not shown",
                                            "%u more live generators are not shown", live), live);
  ended_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u generator that ended earlier is not shown",
                                             "%u generators that ended earlier are not shown", ended), ended);
  if (live > 0 && ended > 0)
    /* Translators: two counts of generators without a card, joined */
    text = g_strdup_printf (_("%s; %s"), live_text, ended_text);
  gtk_label_set_text (self->hidden_label, text != NULL ? text : live > 0 ? live_text : ended_text);
}

/* Every generator of the run has a card, in creation order: a live one shows its frame,
 * an ended one how it ended, until the ended are cleared. */
static void
update_cards (YsGeneratorsView *self)
{
  YsSnapshot *snap = ys_session_get_snapshot (self->session);
  GPtrArray *records = ys_session_get_generator_records (self->session);
  g_autoptr (GHashTable) shown = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) infos = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) picked = g_ptr_array_new ();
  guint n_live = 0, hidden_live = 0, hidden_ended = 0;
  GtkWidget *previous = NULL;

  if (snap == NULL && ys_session_get_state (self->session) == YS_SESSION_RUNNING)
    return;
  for (guint i = 0; snap != NULL && i < snap->generators->len; i++)
    {
      YsGeneratorInfo *g = g_ptr_array_index (snap->generators, i);
      g_hash_table_insert (infos, &g->id, g);
    }
  /* The newest first, to keep the last ended ones. */
  self->n_ended = 0;
  for (guint i = records->len; i > 0; i--)
    {
      const YsGeneratorRecord *r = g_ptr_array_index (records, i - 1);
      const YsGeneratorInfo *g = g_hash_table_lookup (infos, &r->id);
      YsEnding how;
      gboolean live;

      /* As it was at this moment: not made yet, or not ended yet. */
      if (!ys_session_record_at (self->session, r, &how) || (g == NULL && how == YS_ENDING_NONE))
        continue;
      live = g != NULL && g->state != YS_GENERATOR_CLOSED;
      if (!live && how != YS_ENDING_NONE && r->ended <= self->cleared_step)
        continue;
      self->n_ended += !live;
      if (live ? ++n_live > LIVE_CARDS_MAX : self->n_ended > ENDED_CARDS_MAX)
        {
          hidden_live += live;
          hidden_ended += !live;
          continue;
        }
      g_ptr_array_add (picked, (gpointer) r);
    }
  for (guint i = picked->len; i > 0; i--)
    {
      const YsGeneratorRecord *r = g_ptr_array_index (picked, i - 1);
      const YsGeneratorInfo *g = g_hash_table_lookup (infos, &r->id);
      YsFrameCard *card = g_hash_table_lookup (self->cards, &r->id);
      gboolean fresh = card == NULL;
      gboolean live = g != NULL && g->state != YS_GENERATOR_CLOSED;
      YsEnding how;
      g_autofree char *ending = NULL;

      ys_session_record_at (self->session, r, &how);
      if (fresh)
        card = add_card (self, r->id);
      /* A card that comes back (going back past a clear, or a hidden one shown) takes
       * its place in creation order. */
      if (gtk_widget_get_prev_sibling (GTK_WIDGET (card)) != previous)
        gtk_box_reorder_child_after (self->cards_box, GTK_WIDGET (card), previous);
      previous = GTK_WIDGET (card);
      update_card (self, card, fresh, r, g);
      ending = ending_text (r, how);
      ys_frame_card_set_ending (card, live ? NULL : ending_summary (r, how), live ? NULL : ending);
      g_hash_table_add (shown, (gpointer) &r->id);
    }
  retire_cards (self, shown);
  show_hidden_count (self, hidden_live, hidden_ended);
  self->cards_step = snap != NULL ? (gint64) ys_session_get_step (self->session) : -1;
  gtk_stack_set_visible_child_name (self->stack, g_hash_table_size (self->cards) > 0 ? "cards" : "empty");
}

/* Callbacks */

static void
on_session_changed (YsGeneratorsView *self)
{
  /* A new run clears nothing of the last one by hand: its cards are all gone. */
  if (ys_session_get_n_steps (self->session) <= 1 && ys_session_get_generator_records (self->session)->len == 0)
    self->cleared_step = 0;
  update_cards (self);
  update_selection (self);
}

static void
grey_out (gpointer data)
{
  YsGeneratorsView *self = data;

  self->insensitive_source = 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->cards_box), FALSE);
}

/* The cards grey out only when an action lasts: a state change goes through every
 * widget of every card, which a step of a few milliseconds would pay twice. */
#define GREY_OUT_AFTER_MS 200

static void
on_busy_changed (YsGeneratorsView *self)
{
  g_clear_handle_id (&self->insensitive_source, g_source_remove);
  if (ys_session_get_busy (self->session))
    self->insensitive_source = g_timeout_add_once (GREY_OUT_AFTER_MS, grey_out, self);
  else if (!gtk_widget_get_sensitive (GTK_WIDGET (self->cards_box)))
    gtk_widget_set_sensitive (GTK_WIDGET (self->cards_box), TRUE);
  update_selection (self);
}

/* GObject overrides */

static void
ys_generators_view_dispose (GObject *object)
{
  YsGeneratorsView *self = YS_GENERATORS_VIEW (object);

  if (self->follow_source != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->follow_source);
  self->follow_source = 0;
  g_clear_handle_id (&self->insensitive_source, g_source_remove);
  g_clear_handle_id (&self->cull_source, g_source_remove);
  /* The cards go with the template: the pane's range changes while they do. */
  if (self->scroller != NULL)
    g_signal_handlers_disconnect_by_data (gtk_scrolled_window_get_vadjustment (self->scroller), self);
  /* Not through set_session: cards going with the view do not fade out. */
  ys_session_bind_view (&self->session, NULL, self, NULL, NULL, NULL);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_GENERATORS_VIEW);
  G_OBJECT_CLASS (ys_generators_view_parent_class)->dispose (object);
}

static void
ys_generators_view_class_init (YsGeneratorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_generators_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-generators-view.ui");
  gtk_widget_class_bind_template_child (widget_class, YsGeneratorsView, stack);
  gtk_widget_class_bind_template_child (widget_class, YsGeneratorsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, YsGeneratorsView, cards_box);
  gtk_widget_class_bind_template_child (widget_class, YsGeneratorsView, hidden_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "generatorsview");
}

static void
ys_generators_view_init (YsGeneratorsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->cards_step = -1;
  self->animation_speed = 1.0;
  /* Scrolled, or laid out anew (the range changes): which cards are near the view. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (queue_cull), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (queue_cull), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
ys_generators_view_new (void)
{
  return g_object_new (YS_TYPE_GENERATORS_VIEW, NULL);
}

void
ys_generators_view_set_session (YsGeneratorsView *self,
                                YsSession        *session)
{
  g_return_if_fail (YS_IS_GENERATORS_VIEW (self));

  if (!ys_session_bind_view (&self->session, session, self, G_CALLBACK (on_session_changed),
                             G_CALLBACK (on_busy_changed), G_CALLBACK (update_selection)))
    return;
  retire_cards (self, NULL);
  self->cards_step = -1;
  self->cleared_step = 0;
  if (session != NULL)
    on_session_changed (self);
}

void
ys_generators_view_clear_ended (YsGeneratorsView *self)
{
  g_return_if_fail (YS_IS_GENERATORS_VIEW (self));
  if (self->session == NULL)
    return;
  self->cleared_step = MAX (ys_session_get_vm_step (self->session), 1);
  update_cards (self);
  update_selection (self);
}

guint
ys_generators_view_get_n_ended (YsGeneratorsView *self)
{
  g_return_val_if_fail (YS_IS_GENERATORS_VIEW (self), 0);
  return self->n_ended;
}

void
ys_generators_view_resume_current (YsGeneratorsView *self,
                                   YsResumeKind      how)
{
  guint64 id;
  YsFrameCard *card;

  g_return_if_fail (YS_IS_GENERATORS_VIEW (self));
  if (self->session == NULL || (id = ys_session_get_current_generator (self->session)) == 0)
    return;
  card = g_hash_table_lookup (self->cards, &id);
  /* Through the card: send() and throw() take what is typed on it. */
  if (card != NULL)
    ys_frame_card_resume (card, how);
}

void
ys_generators_view_set_compact (YsGeneratorsView *self,
                                gboolean          compact)
{
  g_return_if_fail (YS_IS_GENERATORS_VIEW (self));
  self->compact = compact;
  update_selection (self);
}

void
ys_generators_view_set_animation_speed (YsGeneratorsView *self,
                                        double            speed)
{
  GHashTableIter iter;
  gpointer card;

  g_return_if_fail (YS_IS_GENERATORS_VIEW (self));
  self->animation_speed = speed;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    ys_frame_card_set_animation_speed (card, speed);
}

const char *
ys_generators_view_get_note (YsGeneratorsView *self)
{
  g_return_val_if_fail (YS_IS_GENERATORS_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->hidden_label)) ? gtk_label_get_text (self->hidden_label) : NULL;
}

gboolean
ys_generators_view_get_following (YsGeneratorsView *self)
{
  g_return_val_if_fail (YS_IS_GENERATORS_VIEW (self), FALSE);
  return self->follow_source != 0;
}

/* Whether all of @card is inside the pane's view, for the classroom tests. */
static gboolean
card_on_screen (YsGeneratorsView *self,
                GtkWidget        *card)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (card) || !gtk_widget_compute_bounds (card, GTK_WIDGET (self->scroller), &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (self->scroller)) + 1;
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             char       **strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (char **s = strings; *s != NULL; s++)
    json_builder_add_string_value (builder, *s);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
ys_generators_view_dump (YsGeneratorsView *self,
                         JsonBuilder      *builder)
{
  g_return_if_fail (YS_IS_GENERATORS_VIEW (self));

  json_builder_begin_array (builder);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      YsFrameCard *card = YS_FRAME_CARD (child);
      guint64 id = ys_frame_card_get_id (card);
      g_auto (GStrv) locals = NULL;
      g_auto (GStrv) changed = NULL;

      if (g_hash_table_lookup (self->cards, &id) != card)
        continue;  /* retiring */
      locals = ys_frame_card_dup_locals (card);
      changed = ys_frame_card_dup_changed (card);
      json_builder_begin_object (builder);
      add_int (builder, "id", (gint64) id);
      add_string (builder, "name", ys_frame_card_get_name (card));
      add_string (builder, "title", ys_frame_card_get_title (card));
      add_string (builder, "ending", ys_frame_card_get_ending (card));
      add_string (builder, "binding", self->session != NULL ? ys_session_get_generator_binding (self->session, id) : NULL);
      add_string (builder, "state", ys_frame_card_get_state_text (card));
      add_int (builder, "line", ys_frame_card_get_line (card));
      add_string (builder, "last_value", ys_frame_card_get_last_value (card));
      add_string (builder, "event", ys_frame_card_get_event_text (card));
      add_int (builder, "yield_from", (gint64) ys_frame_card_get_yield_from (card));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, gtk_widget_has_css_class (child, "selected"));
      json_builder_set_member_name (builder, "on_screen");
      json_builder_add_boolean_value (builder, card_on_screen (self, child));
      add_strings (builder, "locals", locals);
      add_strings (builder, "changed", changed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
