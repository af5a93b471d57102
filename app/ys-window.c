/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-window.c: the stepping workbench: code, generator cards, console, timeline. */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "ys-frame-card.h"
#include "ys-preferences.h"
#include "ys-session.h"
#include "ys-timeline.h"
#include "ys-timeline-legend.h"
#include "ys-variables-view.h"
#include "ys-window.h"

#define MARK_PAUSED "paused"
#define MARK_TRACED "traced"
#define MARK_ERROR  "error"

/* Editing settles for this long before the program is compiled again. */
#define EDIT_SETTLE_MS 400

struct _YsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  YsSession            *session;
  GFile                *file;           /* where Save writes, or NULL */
  GHashTable           *cards;          /* id -> YsFrameCard */
  guint64               selected;       /* the card whose line is marked, or 0 */
  guint                 reload_source;  /* debounce of edits */
  guint                 play_source;    /* the run timer */
  gboolean              loading;        /* the buffer is set by the app, not typed */
  int                   zoom;           /* percent */
  char                 *color_scheme;
  double                animation_speed;
  GtkCssProvider       *zoom_css;
  GtkTextTag           *error_tag;
  GtkTextTag           *input_tag;
  GtkTextTag           *result_tag;
  GtkTextTag           *stderr_tag;
  GSimpleActionGroup   *run_actions;
  GSimpleActionGroup   *gen_actions;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkSourceView        *source_view;
  GtkSourceBuffer      *buffer;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkTextView          *console_view;
  GtkScrolledWindow    *console_scroller;
  GtkEntry             *console_entry;
  GtkLabel             *status_label;
  GtkStack             *frames_stack;
  GtkStack             *side_stack;
  YsVariablesView      *variables_view;
  guint64               cleared_step;   /* ended cards up to this step are cleared */
  guint64               follow_id;      /* the card the pane scrolls to */
  gint64                cards_step;     /* the moment the cards show, -1 before any */
  guint                 follow_source;  /* a tick callback */
  guint                 follow_frames;
  GArray               *latencies;      /* double ms: from each action to its view shown */
  double                first_frame_ms;
  GtkBox               *cards_box;
  GtkBox               *timeline_box;
  GtkToggleButton      *play_button;
  GtkAdjustment        *speed_adjustment;
  GMenu                *recent_menu;
  YsTimeline           *timeline;
  YsTimelineLegend     *legend;
};

G_DEFINE_FINAL_TYPE (YsWindow, ys_window, ADW_TYPE_APPLICATION_WINDOW)

/* Auxiliary methods */

static char *
autosave_path (void)
{
  /* Tests and demos keep their own: YIELDSCOPE_AUTOSAVE names the file. */
  if (g_getenv ("YIELDSCOPE_AUTOSAVE") != NULL)
    return g_strdup (g_getenv ("YIELDSCOPE_AUTOSAVE"));
  return g_build_filename (g_get_user_data_dir (), "yieldscope", "autosave.py", NULL);
}

static char *
dup_buffer_text (YsWindow *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
}

static void
save_autosave (YsWindow *self)
{
  g_autofree char *path = autosave_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = dup_buffer_text (self);
  g_autoptr (GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_file_set_contents (path, text, -1, &error))
    g_warning ("Cannot keep the program in %s: %s", path, error != NULL ? error->message : g_strerror (errno));
}

static const char *
program_name (YsWindow *self)
{
  return ys_session_get_filename (self->session);
}

static void
reload_program (YsWindow *self)
{
  g_autofree char *text = dup_buffer_text (self);
  g_autofree char *filename = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->cleared_step = 0;
  filename = self->file != NULL ? g_file_get_path (self->file) : g_strdup ("program.py");
  ys_session_load (self->session, filename, text);
}

static void
show_program (YsWindow   *self,
              const char *title,
              const char *text,
              gsize       length)
{
  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text, (int) length);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  self->loading = FALSE;
  adw_window_title_set_subtitle (self->window_title, title);
}

static void
set_program (YsWindow   *self,
             const char *title,
             const char *text,
             gsize       length)
{
  show_program (self, title, text, length);
  reload_program (self);
}

/* Present while the restored program compiles: if the app dies there, the next start
 * shows the program without loading it, so that it can still be mended. */
static char *
restore_marker_path (void)
{
  g_autofree char *path = autosave_path ();

  return g_strconcat (path, ".loading", NULL);
}

static void
on_session_loaded (YsWindow *self)
{
  g_autofree char *marker = restore_marker_path ();

  g_unlink (marker);
}

static void
load_default_program (YsWindow *self)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *path = autosave_path ();
  gsize length = 0;
  const char *text;

  /* What was typed last time comes back. */
  if (g_file_get_contents (path, &saved, &length, NULL) && g_utf8_validate (saved, (gssize) length, NULL) &&
      length > 0)
    {
      g_autofree char *marker = restore_marker_path ();
      if (g_file_test (marker, G_FILE_TEST_EXISTS))
        {
          g_unlink (marker);
          show_program (self, _("Restored program"), saved, length);
          adw_toast_overlay_add_toast (
            self->toast_overlay,
            adw_toast_new (_("Yieldscope closed while loading this program last time, so it is not loaded. "
                             "Edit it, or press Reset to load it.")));
          return;
        }
      if (!g_file_set_contents (marker, "", 0, NULL))
        g_debug ("No restore marker at %s", marker);
      set_program (self, _("Restored program"), saved, length);
      return;
    }
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/programs/default.py", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
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

static void
move_mark (YsWindow   *self,
           const char *category,
           int         line)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, category);
  if (line <= 0 || line > gtk_text_buffer_get_line_count (GTK_TEXT_BUFFER (self->buffer)))
    return;
  gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (self->buffer), &start, line - 1);
  gtk_source_buffer_create_source_mark (self->buffer, NULL, category, &start);
}

static void
scroll_to_line (YsWindow *self,
                int       line)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "scroll-target");
  GtkTextIter iter;

  if (line <= 0 || line > gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &iter, line - 1);
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "scroll-target", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);
  /* A mark waits for the lines to be measured, which an iter would not. */
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->source_view), mark, 0.1, FALSE, 0, 0.5);
}

/* The live generator the last action moved, or NULL. */
static const YsGeneratorInfo *
last_moved (YsWindow *self)
{
  GArray *events = ys_session_get_recent_events (self->session);

  for (guint i = events->len; i > 0; i--)
    {
      const YsGeneratorInfo *g =
        ys_session_find_generator (self->session, g_array_index (events, YsSessionEvent, i - 1).generator);
      if (g != NULL && g->state != YS_GENERATOR_CLOSED)
        return g;
    }
  return NULL;
}

/* The generator the header bar's buttons drive: the card last clicked, else the one
 * the last action moved, else the newest one still going. */
static guint64
current_generator (YsWindow *self)
{
  YsSnapshot *snap = ys_session_get_snapshot (self->session);
  const YsGeneratorInfo *g;

  if (snap == NULL)
    return 0;
  g = ys_session_find_generator (self->session, self->selected);
  if (g != NULL || (g = last_moved (self)) != NULL)
    return g->id;
  for (guint i = snap->generators->len; i > 0; i--)
    {
      g = g_ptr_array_index (snap->generators, i - 1);
      if (g->state != YS_GENERATOR_CLOSED)
        return g->id;
    }
  return 0;
}

/* The cards pane scrolls to the active card once it has its place: two frames after
 * the change, when the cards have been laid out anew. */
static gboolean
follow_card (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  YsWindow *self = user_data;
  GtkWidget *card = g_hash_table_lookup (self->cards, &self->follow_id);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->cards_box), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (++self->follow_frames < 3)
    return G_SOURCE_CONTINUE;
  if (card != NULL && scroller != NULL && gtk_widget_compute_bounds (card, GTK_WIDGET (self->cards_box), &bounds))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
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

static void
update_selection (YsWindow *self)
{
  guint64 current = current_generator (self);
  GHashTableIter iter;
  gpointer key, card;
  gboolean can = current != 0 && !ys_session_get_busy (self->session);

  gboolean classroom = gtk_widget_has_css_class (GTK_WIDGET (self), "classroom");

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &card))
    {
      ys_frame_card_set_selected (card, *(guint64 *) key == current);
      /* On a projector only the active card keeps its buttons: more cards fit. */
      ys_frame_card_set_compact (card, classroom && *(guint64 *) key != current);
    }
  if (current != 0 && g_hash_table_lookup (self->cards, &current) != NULL)
    {
      self->follow_id = current;
      self->follow_frames = 0;
      if (self->follow_source == 0)
        self->follow_source = gtk_widget_add_tick_callback (GTK_WIDGET (self), follow_card, self, NULL);
    }
  for (guint i = 0; i < 4; i++)
    {
      static const char *const names[] = { "next", "send", "throw", "close" };
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->gen_actions), names[i]);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), can);
    }
}

/* The line the selected card is paused at, else the innermost frame's. */
static int
selected_line (YsWindow *self)
{
  YsSnapshot *snap = ys_session_get_snapshot (self->session);
  const YsGeneratorInfo *g;

  if (snap == NULL)
    return 0;
  g = ys_session_find_generator (self->session, self->selected);
  if (g != NULL && g->state != YS_GENERATOR_CLOSED)
    return g->line;
  /* Unless the program is paused in a frame, the generator the last action moved. */
  if ((ys_session_get_state (self->session) != YS_SESSION_PAUSED || snap->stack->len == 0) &&
      (g = last_moved (self)) != NULL)
    return g->line;
  if (ys_session_get_state (self->session) != YS_SESSION_PAUSED || snap->stack->len == 0)
    return 0;
  return ((YsFrameInfo *) g_ptr_array_index (snap->stack, 0))->line;
}

static int
previous_line (YsWindow *self)
{
  YsSnapshot *snap = ys_session_get_previous_snapshot (self->session);

  if (snap == NULL || snap->stack->len == 0)
    return 0;
  return ((YsFrameInfo *) g_ptr_array_index (snap->stack, 0))->line;
}

static void
show_error (YsWindow *self)
{
  const YsErrorInfo *error = ys_session_get_error (self->session);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->error_tag, &start, &end);
  move_mark (self, MARK_ERROR, 0);
  if (error == NULL || error->exit_status >= 0 || g_strcmp0 (error->type_name, "KeyboardInterrupt") == 0)
    {
      gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
      return;
    }
  if (error->column > 0)
    /* Translators: an error, then where it is: "SyntaxError: invalid syntax (line 3, column 7)" */
    text = g_strdup_printf (_("%s: %s (line %d, column %d)"), error->type_name, error->message, error->line,
                            error->column);
  else
    text = g_strdup_printf (_("%s: %s (line %d)"), error->type_name, error->message, error->line);
  gtk_label_set_text (self->error_label, text);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (error->line > 0 && error->line <= gtk_text_buffer_get_line_count (GTK_TEXT_BUFFER (self->buffer)))
    {
      gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (self->buffer), &start, error->line - 1);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      if (error->column > 1)
        gtk_text_iter_set_line_offset (&start, MIN (error->column - 1, gtk_text_iter_get_chars_in_line (&start) - 1));
      if (gtk_text_iter_equal (&start, &end))
        gtk_text_iter_backward_char (&start);
      gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->error_tag, &start, &end);
      move_mark (self, MARK_ERROR, error->line);
    }
}

/* The console view shows the end of a long transcript: Pango lays out every line of
 * a text view, and a printing runaway writes millions. */
#define CONSOLE_VIEW_LINES 2000
#define CONSOLE_VIEW_BYTES (256 * 1024)

/* Where the shown part starts: entry *@first, from byte *@offset; returns how many
 * lines are left out before it. */
static guint64
console_view_start (GArray *entries,
                    guint   n,
                    guint  *first,
                    gsize  *offset)
{
  guint64 lines = 0, hidden = 0;
  gsize bytes = 0;

  *first = 0;
  *offset = 0;
  for (guint i = n; i > 0; i--)
    {
      const char *text = g_array_index (entries, YsConsoleEntry, i - 1).text;
      for (const char *p = text + strlen (text); p > text; p--, bytes++)
        {
          lines += p[-1] == '\n';
          if (lines <= CONSOLE_VIEW_LINES && bytes < CONSOLE_VIEW_BYTES)
            continue;
          /* Cut at a character's start; count the lines before the cut. */
          while (*p != '\0' && (*p & 0xC0) == 0x80)
            p++;
          *first = i - 1;
          *offset = (gsize) (p - text);
          for (guint j = 0; j < i; j++)
            {
              const char *q = g_array_index (entries, YsConsoleEntry, j).text;
              const char *stop = j == i - 1 ? p : q + strlen (q);
              for (; q < stop; q++)
                hidden += *q == '\n';
            }
          return MAX (hidden, 1);
        }
    }
  return 0;
}

static void
update_console (YsWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->console_view);
  GArray *entries = ys_session_get_console (self->session);
  guint n = ys_session_get_console_length (self->session);
  GtkTextIter end;
  guint first;
  gsize offset;
  guint64 hidden = console_view_start (entries, n, &first, &offset);

  gtk_text_buffer_set_text (buffer, "", 0);
  if (hidden > 0)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, hidden);
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "(%s earlier line is not shown)\n",
                                                            "(%s earlier lines are not shown)\n",
                                                            (gulong) MIN (hidden, G_MAXULONG)),
                                               count);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert_with_tags (buffer, &end, note, -1, self->result_tag, NULL);
    }
  for (guint i = first; i < n; i++)
    {
      YsConsoleEntry *e = &g_array_index (entries, YsConsoleEntry, i);
      GtkTextTag *tag = NULL;
      const char *text = i == first ? e->text + offset : e->text;
      gtk_text_buffer_get_end_iter (buffer, &end);
      switch (e->kind)
        {
        case YS_CONSOLE_INPUT:
          if (text == e->text)
            {
              gtk_text_buffer_insert_with_tags (buffer, &end, ">>> ", -1, self->input_tag, NULL);
              gtk_text_buffer_get_end_iter (buffer, &end);
            }
          tag = self->input_tag;
          break;
        case YS_CONSOLE_RESULT:
          tag = self->result_tag;
          break;
        case YS_CONSOLE_ERROR:
          tag = self->stderr_tag;
          break;
        case YS_CONSOLE_OUTPUT:
        default:
          break;
        }
      gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, tag, NULL);
    }
  gtk_text_buffer_get_end_iter (buffer, &end);
  {
    /* A mark waits for the new lines to be measured, which an iter would not. */
    GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "end");
    if (mark == NULL)
      mark = gtk_text_buffer_create_mark (buffer, "end", &end, FALSE);
    else
      gtk_text_buffer_move_mark (buffer, mark, &end);
    gtk_text_view_scroll_to_mark (self->console_view, mark, 0, FALSE, 0, 1);
  }
}

static char *
yield_from_text (YsWindow              *self,
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

static void
on_card_resume (YsFrameCard *card,
                int          how,
                const char  *argument,
                YsWindow    *self)
{
  self->selected = ys_frame_card_get_id (card);
  ys_session_resume_generator (self->session, ys_frame_card_get_id (card), (YsResumeKind) how, argument);
}

static void
on_card_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 YsWindow        *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  self->selected = ys_frame_card_get_id (YS_FRAME_CARD (card));
  move_mark (self, MARK_PAUSED, selected_line (self));
  update_selection (self);
}

static void
fade_in (double   value,
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
add_card (YsWindow *self,
          guint64   generator)
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
                                    adw_callback_animation_target_new (fade_in, card, NULL));
  g_signal_connect (appear, "done", G_CALLBACK (g_object_unref), NULL);
  adw_animation_play (appear);
  return card;
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return -g_date_time_compare (ta, tb);
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

static void
update_cards (YsWindow *self)
{
  YsSnapshot *snap = ys_session_get_snapshot (self->session);
  YsSnapshot *before = ys_session_get_previous_snapshot (self->session);
  GArray *events = ys_session_get_recent_events (self->session);
  GPtrArray *records = ys_session_get_generator_records (self->session);
  gboolean sensitive = !ys_session_get_busy (self->session) && ys_session_get_state (self->session) != YS_SESSION_EMPTY;
  g_autoptr (GHashTable) shown = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, value;
  guint ended = 0;
  /* Cards that show the previous snapshot and did not change are left alone. */
  gboolean same_base = ys_session_get_previous_step (self->session) == self->cards_step &&
                       self->cards_step >= 0;

  if (snap == NULL && ys_session_get_state (self->session) == YS_SESSION_RUNNING)
    return;
  /* Every generator of the run has a card, in creation order: a live one shows its
   * frame, an ended one how it ended, until the ended are cleared. */
  for (guint i = 0; i < records->len; i++)
    {
      const YsGeneratorRecord *r = g_ptr_array_index (records, i);
      const YsGeneratorInfo *g = ys_snapshot_find_generator (snap, r->id);
      YsFrameCard *card = g_hash_table_lookup (self->cards, &r->id);
      YsEnding how;
      gboolean fresh;
      g_autofree char *ending = NULL;

      /* As it was at this moment: not made yet, or not ended yet. */
      if (!ys_session_record_at (self->session, r, &how))
        continue;
      ending = ending_text (r, how);
      if (g == NULL && how == YS_ENDING_NONE)
        continue;
      if ((g == NULL || g->state == YS_GENERATOR_CLOSED) && how != YS_ENDING_NONE && r->ended <= self->cleared_step)
        continue;
      fresh = card == NULL;
      if (card == NULL)
        card = add_card (self, r->id);
      if (g != NULL && !fresh && same_base && generator_unchanged (g, ys_snapshot_find_generator (before, g->id)) &&
          !ys_frame_card_has_changes (card) && !moved_now (events, g->id) &&
          g_strcmp0 (ys_frame_card_get_binding (card), ys_session_get_generator_binding (self->session, g->id)) == 0)
        ;  /* as it was */
      else if (g != NULL)
        {
          const YsGeneratorInfo *old = ys_snapshot_find_generator (before, g->id);
          g_autofree char *chain = yield_from_text (self, g);
          /* A generator new since the previous pause shows "what changed" from nothing. */
          ys_frame_card_update (card, g, old != NULL ? old : (before != NULL ? g : NULL),
                                ys_session_get_generator_binding (self->session, g->id), chain, events, sensitive);
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
      if (g != NULL && g->state != YS_GENERATOR_CLOSED)
        ys_frame_card_set_ending (card, NULL, NULL);
      else
        ys_frame_card_set_ending (card, ending_summary (r, how), ending);
      ended += g == NULL || g->state == YS_GENERATOR_CLOSED;
      g_hash_table_add (shown, (gpointer) &r->id);
    }

  /* Cards of generators that do not exist at this step (after going back) retire. */
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (shown, key))
      {
        GtkWidget *card = value;
        AdwAnimation *fade = adw_timed_animation_new (card, gtk_widget_get_opacity (card), 0,
                                                      (guint) (250 / self->animation_speed),
                                                      adw_callback_animation_target_new (fade_in, card, NULL));
        if (self->selected == *(guint64 *) key)
          self->selected = 0;
        g_signal_connect (fade, "done", G_CALLBACK (retire_done), card);
        g_hash_table_iter_remove (&iter);
        adw_animation_play (fade);
      }
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "clear-ended")),
                               ended > 0);
  self->cards_step = snap != NULL ? (gint64) ys_session_get_step (self->session) : -1;
  gtk_stack_set_visible_child_name (self->frames_stack, g_hash_table_size (self->cards) > 0 ? "cards" : "empty");
}

static void
update_status (YsWindow *self)
{
  g_autofree char *text = NULL;
  /* Formatted apart: gettext cannot see through G_GUINT64_FORMAT. */
  g_autofree char *step = g_strdup_printf ("%" G_GUINT64_FORMAT, ys_session_get_step (self->session));

  switch (ys_session_get_state (self->session))
    {
    case YS_SESSION_EMPTY:
      text = g_strdup (ys_session_get_error (self->session) != NULL ? _("Syntax error") : "");
      break;
    case YS_SESSION_READY:
      text = g_strdup (_("Ready"));
      break;
    case YS_SESSION_RUNNING:
      text = g_strdup (_("Running…"));
      break;
    case YS_SESSION_PAUSED:
      /* Translators: the engine counts the program's steps (bytecode instructions) */
      text = g_strdup_printf (_("Paused · step %s"), step);
      break;
    case YS_SESSION_FINISHED:
      text = g_strdup_printf (_("Finished · step %s"), step);
      break;
    case YS_SESSION_RAISED:
    default:
      text = g_strdup_printf (_("Ended by an exception · step %s"), step);
      break;
    }
  gtk_label_set_text (self->status_label, text);
}

static void
update_actions (YsWindow *self)
{
  GActionMap *group = G_ACTION_MAP (self->run_actions);
  gboolean busy = ys_session_get_busy (self->session);
  gboolean can_step = ys_session_can_step (self->session);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "step-event")), can_step);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "step-line")), can_step);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "run-to-end")), can_step);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "step-back")),
                               ys_session_can_step_back (self->session));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "stop")),
                               busy || self->play_source != 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "reset")), TRUE);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (group, "play")),
                               can_step || self->play_source != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->console_entry),
                            !busy && ys_session_get_state (self->session) != YS_SESSION_EMPTY);
}

static void
stop_playing (YsWindow *self)
{
  g_clear_handle_id (&self->play_source, g_source_remove);
  g_action_group_change_action_state (G_ACTION_GROUP (self->run_actions), "play", g_variant_new_boolean (FALSE));
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-start-symbolic");
}

/* Callbacks */

static void
on_session_changed (YsWindow *self)
{
  YsSessionState state = ys_session_get_state (self->session);

  update_cards (self);
  update_console (self);
  update_status (self);
  show_error (self);
  if (state == YS_SESSION_PAUSED || state == YS_SESSION_FINISHED || state == YS_SESSION_RAISED)
    {
      move_mark (self, MARK_PAUSED, selected_line (self));
      move_mark (self, MARK_TRACED, previous_line (self));
      scroll_to_line (self, selected_line (self));
    }
  else
    {
      move_mark (self, MARK_PAUSED, 0);
      move_mark (self, MARK_TRACED, 0);
    }
  if (state != YS_SESSION_READY && state != YS_SESSION_PAUSED && self->play_source != 0)
    stop_playing (self);
  update_selection (self);
  ys_timeline_set_frozen (self->timeline, FALSE);
  ys_timeline_update (self->timeline);
  ys_timeline_set_current_step (self->timeline, ys_session_get_vm_step (self->session));
  update_actions (self);
  if (!ys_session_get_busy (self->session) && ys_session_get_action_start (self->session) != 0)
    {
      /* From the action's start to the window updated: the latency a class sees. */
      double ms = (g_get_monotonic_time () - ys_session_get_action_start (self->session)) / 1000.0;
      if (self->latencies->len < 100000)
        g_array_append_val (self->latencies, ms);
    }
}

static void
on_session_busy (YsWindow *self)
{
  update_actions (self);
  update_status (self);
  ys_timeline_set_frozen (self->timeline, ys_session_get_busy (self->session));
  update_selection (self);
  if (ys_session_get_busy (self->session))
    {
      move_mark (self, MARK_PAUSED, 0);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cards_box), FALSE);
    }
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->cards_box), TRUE);
}

static void
on_buffer_changed (YsWindow *self)
{
  if (self->loading)
    return;
  save_autosave (self);
  /* The run restarts from the new code; while it runs, it is stopped first. */
  ys_session_stop (self->session);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add_once (EDIT_SETTLE_MS, (GSourceOnceFunc) reload_program, self);
}

static void
on_console_activate (YsWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->console_entry));

  if (text[0] == '\0')
    return;
  ys_session_eval (self->session, text);
  gtk_editable_set_text (GTK_EDITABLE (self->console_entry), "");
}

static void
on_timeline_step (YsWindow *self,
                  guint64   step)
{
  stop_playing (self);
  /* A mark's step is the engine's: the moment of the first event there. */
  ys_session_go_to_event (self->session, ys_event_log_find_step (ys_session_get_event_log (self->session), step));
}

static char *
timeline_name (guint64  generator,
               gpointer user_data)
{
  YsWindow *self = user_data;
  const YsGeneratorInfo *g = ys_session_find_generator (self->session, generator);

  return g != NULL ? g_strdup_printf ("%s() #%" G_GUINT64_FORMAT, g->name, g->id) : NULL;
}

/* The error's message, on the mark beside its line. */
static char *
error_tooltip (GtkSourceMarkAttributes *attributes,
               GtkSourceMark           *mark,
               YsWindow                *self)
{
  return g_strdup (gtk_label_get_text (self->error_label));
}

static void
update_style_scheme (YsWindow *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  g_autoptr (GtkSourceMarkAttributes) paused = gtk_source_mark_attributes_new ();
  g_autoptr (GtkSourceMarkAttributes) traced = gtk_source_mark_attributes_new ();
  g_autoptr (GtkSourceMarkAttributes) error = gtk_source_mark_attributes_new ();
  GdkRGBA paused_bg, traced_bg, error_bg;

  gtk_source_buffer_set_style_scheme (self->buffer, gtk_source_style_scheme_manager_get_scheme (schemes, dark ? "Adwaita-dark" : "Adwaita"));
  /* The paused line stands out on a projector; the one before is a trace. */
  gdk_rgba_parse (&paused_bg, dark ? "rgba(98,160,234,0.38)" : "rgba(53,132,228,0.26)");
  gdk_rgba_parse (&traced_bg, dark ? "rgba(98,160,234,0.12)" : "rgba(53,132,228,0.08)");
  gdk_rgba_parse (&error_bg, dark ? "rgba(246,97,81,0.30)" : "rgba(224,27,36,0.18)");
  gtk_source_mark_attributes_set_background (paused, &paused_bg);
  gtk_source_mark_attributes_set_icon_name (paused, "go-next-symbolic");
  gtk_source_mark_attributes_set_background (traced, &traced_bg);
  gtk_source_mark_attributes_set_background (error, &error_bg);
  gtk_source_mark_attributes_set_icon_name (error, "dialog-error-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, MARK_TRACED, traced, 10);
  gtk_source_view_set_mark_attributes (self->source_view, MARK_PAUSED, paused, 20);
  g_signal_connect_object (error, "query-tooltip-text", G_CALLBACK (error_tooltip), self, 0);
  gtk_source_view_set_mark_attributes (self->source_view, MARK_ERROR, error, 30);
}

static gboolean
play_tick (gpointer user_data)
{
  YsWindow *self = user_data;

  if (!ys_session_get_busy (self->session))
    {
      if (!ys_session_can_step (self->session))
        {
          self->play_source = 0;
          stop_playing (self);
          return G_SOURCE_REMOVE;
        }
      ys_session_step (self->session, YS_STEP_EVENT);
    }
  return G_SOURCE_CONTINUE;
}

static void
restart_play_timer (YsWindow *self)
{
  double per_second = gtk_adjustment_get_value (self->speed_adjustment);

  g_clear_handle_id (&self->play_source, g_source_remove);
  self->play_source = g_timeout_add ((guint) (1000.0 / MAX (per_second, 1.0)), play_tick, self);
}

static void
apply_zoom (YsWindow *self)
{
  gboolean classroom = gtk_widget_has_css_class (GTK_WIDGET (self), "classroom");
  /* In classroom mode everything that carries information grows: the header's
   * controls and title, the side views, the timeline and its legend. */
  int chrome = classroom ? self->zoom : 100;
  g_autofree char *css = g_strdup_printf (".code-view, .console textview, .console entry { font-size: %d%%; }\n"
                                          "framecard, variablesview, .frames-pane .numeric { font-size: %d%%; }\n"
                                          ".frames-pane .title-4 { font-size: %d%%; }\n"
                                          "headerbar, .frames-pane stackswitcher, timelinelegend, .timeline-row label"
                                          " { font-size: %d%%; }\n"
                                          "headerbar button image { -gtk-icon-size: %dpx; }\n",
                                          self->zoom * 115 / 100, self->zoom, self->zoom * 120 / 100, chrome,
                                          16 * chrome / 100);

  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
  ys_timeline_set_scale (self->timeline, chrome / 100.0);
  ys_timeline_legend_set_scale (self->legend, chrome / 100.0);
}

/* Actions */

static void
step_event_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ys_session_step (YS_WINDOW (user_data)->session, YS_STEP_EVENT);
}

static void
step_line_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ys_session_step (YS_WINDOW (user_data)->session, YS_STEP_LINE);
}

static void
step_back_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  ys_session_step_back (self->session);
}

static void
run_to_end_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  ys_session_step (self->session, YS_STEP_END);
}

static void
stop_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  ys_session_stop (self->session);
}

static void
reset_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  stop_playing (self);
  /* A fresh run of what the code view shows. */
  reload_program (self);
}

static void
play_change_state (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  YsWindow *self = user_data;
  gboolean play = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  if (play)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-pause-symbolic");
      play_tick (self);
      restart_play_timer (self);
    }
  else
    {
      g_clear_handle_id (&self->play_source, g_source_remove);
      gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-start-symbolic");
    }
  update_actions (self);
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               YsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;
      if (!ys_window_load_file (self, file, &error))
        ys_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
open_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Open a Program"), GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Python programs"));
  gtk_file_filter_add_suffix (filter, "py");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
write_program (YsWindow *self,
               GFile    *file)
{
  g_autofree char *text = dup_buffer_text (self);
  g_autoptr (GError) error = NULL;

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      ys_window_show_error (self, error->message);
      return;
    }
  g_set_object (&self->file, file);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *uri = g_file_get_uri (file);
    adw_window_title_set_subtitle (self->window_title, name);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    /* Translators: %s is a file name */
    g_autofree char *saved = g_strdup_printf (_("Saved “%s”"), name);
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (saved));
  }
}

static void
save_as_response (GtkNativeDialog *dialog,
                  int              response,
                  YsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      write_program (self, file);
    }
  g_object_unref (dialog);
}

static void
save_as_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Save the Program"), GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "program.py");
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  if (self->file != NULL)
    write_program (self, self->file);
  else
    save_as_activated (action, parameter, user_data);
}

static void
classroom_change_state (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  YsWindow *self = user_data;
  gboolean on = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  /* Full screen and large type, for the back row of a classroom. */
  if (on)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "classroom");
      self->zoom = MAX (self->zoom, 150);
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "classroom");
      self->zoom = 100;
    }
  apply_zoom (self);
  update_selection (self);
}

static void
zoom_in_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_window_set_zoom (self, self->zoom + 10);
}

static void
zoom_out_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_window_set_zoom (self, self->zoom - 10);
}

static void
zoom_reset_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  ys_window_set_zoom (self, 100);
}

static void
preferences_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ys_preferences_present (YS_WINDOW (user_data));
}

static void
open_recent_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  g_autoptr (GError) error = NULL;

  if (!ys_window_load_file (self, file, &error))
    ys_window_show_error (self, error->message);
}

/* The last Python programs opened or saved, newest first. */
static void
fill_recent_menu (YsWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint added = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && added < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr (GMenuItem) item = NULL;
      if (!g_str_has_suffix (uri, ".py") || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (uri));
      g_menu_append_item (self->recent_menu, item);
      added++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
resume_current (YsWindow     *self,
                YsResumeKind  how)
{
  guint64 id = current_generator (self);
  YsFrameCard *card = id != 0 ? g_hash_table_lookup (self->cards, &id) : NULL;

  if (card != NULL)
    {
      self->selected = id;
      ys_frame_card_resume (card, how);
    }
}

static void
gen_next_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_NEXT);
}

static void
gen_send_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_SEND);
}

static void
gen_throw_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_THROW);
}

static void
gen_close_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  resume_current (user_data, YS_RESUME_CLOSE);
}

static void
clear_ended_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  YsWindow *self = user_data;

  self->cleared_step = MAX (ys_session_get_vm_step (self->session), 1);
  update_cards (self);
}

static const GActionEntry gen_actions[] = {
  { "next", gen_next_activated },
  { "send", gen_send_activated },
  { "throw", gen_throw_activated },
  { "close", gen_close_activated },
};

static const GActionEntry run_actions[] = {
  { "step-event", step_event_activated },
  { "step-line", step_line_activated },
  { "step-back", step_back_activated },
  { "stop", stop_activated },
  { "run-to-end", run_to_end_activated },
  { "reset", reset_activated },
  { "play", NULL, NULL, "false", play_change_state },
};

static const GActionEntry win_actions[] = {
  { "clear-ended", clear_ended_activated },
  { "open", open_activated },
  { "save", save_activated },
  { "save-as", save_as_activated },
  { "classroom", NULL, NULL, "false", classroom_change_state },
  { "zoom-in", zoom_in_activated },
  { "zoom-out", zoom_out_activated },
  { "zoom-reset", zoom_reset_activated },
  { "preferences", preferences_activated },
  { "open-recent", open_recent_activated, "s" },
};

/* The first frame drawn, measured from the process's start (tools/bench-ui). */
static void
on_first_paint (GdkFrameClock *clock,
                YsWindow      *self)
{
  if (ys_application_get_start_time () != 0)
    self->first_frame_ms = (g_get_monotonic_time () - ys_application_get_start_time ()) / 1000.0;
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
}

static void
on_first_map (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_first_map, NULL);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint), widget, 0);
}

/* GObject overrides */

static void
ys_window_dispose (GObject *object)
{
  YsWindow *self = YS_WINDOW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->play_source, g_source_remove);
  if (self->follow_source != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->follow_source);
  self->follow_source = 0;
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      ys_session_stop (self->session);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_clear_object (&self->zoom_css);
  g_clear_pointer (&self->latencies, g_array_unref);
  g_clear_object (&self->run_actions);
  g_clear_object (&self->gen_actions);
  g_clear_pointer (&self->color_scheme, g_free);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  G_OBJECT_CLASS (ys_window_parent_class)->dispose (object);
}

static void
ys_window_class_init (YsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_window_dispose;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  g_type_ensure (YS_TYPE_VARIABLES_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-window.ui");
  gtk_widget_class_bind_template_child (widget_class, YsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, source_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, console_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, console_scroller);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, console_entry);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, frames_stack);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, variables_view);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, cards_box);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, timeline_box);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, speed_adjustment);
  gtk_widget_class_bind_template_child (widget_class, YsWindow, recent_menu);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "run.step-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F7, 0, "run.step-line", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "run.step-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "run.play", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "run.stop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_CONTROL_MASK, "run.run-to-end", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "run.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.classroom", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_ALT_MASK, "gen.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_ALT_MASK, "gen.send", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_ALT_MASK, "gen.throw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_ALT_MASK, "gen.close", NULL);
}

static void
ys_window_init (YsWindow *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkTextBuffer *console;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->latencies = g_array_new (FALSE, FALSE, sizeof (double));
  self->cards_step = -1;
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
  self->cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->zoom = 100;
  self->animation_speed = 1.0;
  self->color_scheme = g_strdup ("default");
  self->zoom_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->zoom_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);

  self->buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  gtk_source_buffer_set_language (self->buffer, gtk_source_language_manager_get_language (languages, "python3"));
  self->error_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "syntax-error",
                                                "underline", PANGO_UNDERLINE_ERROR, NULL);
  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_style_scheme), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);

  console = gtk_text_view_get_buffer (self->console_view);
  self->input_tag = gtk_text_buffer_create_tag (console, "input", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->result_tag = gtk_text_buffer_create_tag (console, "result", "style", PANGO_STYLE_ITALIC, NULL);
  self->stderr_tag = gtk_text_buffer_create_tag (console, "stderr", "foreground", "#e01b24", NULL);
  g_signal_connect_object (self->console_entry, "activate", G_CALLBACK (on_console_activate), self, G_CONNECT_SWAPPED);

  self->timeline = YS_TIMELINE (ys_timeline_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->timeline), TRUE);
  gtk_box_append (self->timeline_box, GTK_WIDGET (self->timeline));
  self->legend = YS_TIMELINE_LEGEND (ys_timeline_legend_new ());
  gtk_box_append (self->timeline_box, GTK_WIDGET (self->legend));

  self->session = ys_session_new ();
  ys_timeline_set_log (self->timeline, ys_session_get_event_log (self->session));
  ys_timeline_set_name_func (self->timeline, timeline_name, self, NULL);
  g_signal_connect_object (self->timeline, "step-activated", G_CALLBACK (on_timeline_step), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "changed", G_CALLBACK (on_session_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "loaded", G_CALLBACK (on_session_loaded), self, G_CONNECT_SWAPPED);
  ys_variables_view_set_session (self->variables_view, self->session);
  g_signal_connect_object (self->session, "notify::busy", G_CALLBACK (on_session_busy), self, G_CONNECT_SWAPPED);

  self->run_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->run_actions), run_actions, G_N_ELEMENTS (run_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "run", G_ACTION_GROUP (self->run_actions));
  self->gen_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->gen_actions), gen_actions, G_N_ELEMENTS (gen_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "gen", G_ACTION_GROUP (self->gen_actions));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  g_signal_connect_object (self->speed_adjustment, "value-changed", G_CALLBACK (restart_play_timer), self,
                           G_CONNECT_SWAPPED);

  self->settings = ys_window_new_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);
  if (self->settings != NULL)
    {
      g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
      self->zoom = g_settings_get_int (self->settings, "zoom");
      self->animation_speed = g_settings_get_double (self->settings, "animation-speed");
      ys_window_set_color_scheme (self, scheme);
    }
  apply_zoom (self);
  fill_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (fill_recent_menu), self,
                           G_CONNECT_SWAPPED);

  load_default_program (self);
  update_actions (self);
  update_selection (self);
}

/* Public API */

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
  g_autofree char *uri = NULL;
  gsize length = 0;

  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  if (!g_utf8_validate (contents, (gssize) length, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not UTF-8 text"), g_file_peek_path (file));
      return FALSE;
    }
  stop_playing (self);
  ys_session_stop (self->session);
  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
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

YsSession *
ys_window_get_session (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), NULL);
  return self->session;
}

/* Whether all of @card is inside the cards pane's view, for the classroom tests. */
static gboolean
card_on_screen (YsWindow  *self,
                GtkWidget *card)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->cards_box), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (scroller == NULL || !gtk_widget_get_mapped (card) || !gtk_widget_compute_bounds (card, scroller, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller) + 1;
}

JsonNode *
ys_window_dump_state (YsWindow *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  const YsErrorInfo *error = ys_session_get_error (self->session);
  g_autofree char *console = ys_session_dup_console_text (self->session);
  g_autoptr (GEnumClass) states = g_type_class_ref (YS_TYPE_SESSION_STATE);

  g_return_val_if_fail (YS_IS_WINDOW (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "program");
  json_builder_add_string_value (builder, program_name (self));
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, g_enum_get_value (states, ys_session_get_state (self->session))->value_nick);
  json_builder_set_member_name (builder, "step");
  json_builder_add_int_value (builder, (gint64) ys_session_get_step (self->session));
  json_builder_set_member_name (builder, "vm_step");
  json_builder_add_int_value (builder, (gint64) ys_session_get_vm_step (self->session));
  json_builder_set_member_name (builder, "n_steps");
  json_builder_add_int_value (builder, (gint64) ys_session_get_n_steps (self->session));
  json_builder_set_member_name (builder, "selected_line");
  json_builder_add_int_value (builder, selected_line (self));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, gtk_label_get_text (self->status_label));
  json_builder_set_member_name (builder, "error");
  if (error != NULL && gtk_revealer_get_reveal_child (self->error_revealer))
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, error->type_name);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, error->message);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, error->line);
      json_builder_set_member_name (builder, "column");
      json_builder_add_int_value (builder, error->column);
      json_builder_set_member_name (builder, "shown");
      json_builder_add_string_value (builder, gtk_label_get_text (self->error_label));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "cards");
  json_builder_begin_array (builder);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      YsFrameCard *card = YS_FRAME_CARD (child);
      guint64 id = ys_frame_card_get_id (card);
      g_auto (GStrv) locals = ys_frame_card_dup_locals (card);
      g_auto (GStrv) changed = ys_frame_card_dup_changed (card);
      if (g_hash_table_lookup (self->cards, &id) != card)
        continue;  /* retiring */
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, (gint64) id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ys_frame_card_get_name (card));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, ys_frame_card_get_title (card));
      json_builder_set_member_name (builder, "ending");
      json_builder_add_string_value (builder, ys_frame_card_get_ending (card));
      json_builder_set_member_name (builder, "binding");
      json_builder_add_string_value (builder, ys_session_get_generator_binding (self->session, id));
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, ys_frame_card_get_state_text (card));
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, ys_frame_card_get_line (card));
      json_builder_set_member_name (builder, "last_value");
      json_builder_add_string_value (builder, ys_frame_card_get_last_value (card));
      json_builder_set_member_name (builder, "event");
      json_builder_add_string_value (builder, ys_frame_card_get_event_text (card));
      json_builder_set_member_name (builder, "yield_from");
      json_builder_add_int_value (builder, (gint64) ys_frame_card_get_yield_from (card));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, gtk_widget_has_css_class (child, "selected"));
      json_builder_set_member_name (builder, "on_screen");
      json_builder_add_boolean_value (builder, card_on_screen (self, child));
      json_builder_set_member_name (builder, "locals");
      json_builder_begin_array (builder);
      for (char **l = locals; *l != NULL; l++)
        json_builder_add_string_value (builder, *l);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "changed");
      json_builder_begin_array (builder);
      for (char **c = changed; *c != NULL; c++)
        json_builder_add_string_value (builder, *c);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "console");
  json_builder_add_string_value (builder, console);
  json_builder_set_member_name (builder, "view");
  json_builder_add_string_value (builder, gtk_stack_get_visible_child_name (self->side_stack));
  {
    g_auto (GStrv) changed = NULL;
    g_auto (GStrv) rows = ys_variables_view_dup_rows (self->variables_view, &changed);
    json_builder_set_member_name (builder, "variables");
    json_builder_begin_array (builder);
    for (char **r = rows; *r != NULL; r++)
      json_builder_add_string_value (builder, *r);
    json_builder_end_array (builder);
    json_builder_set_member_name (builder, "variables_changed");
    json_builder_begin_array (builder);
    for (char **c = changed; *c != NULL; c++)
      json_builder_add_string_value (builder, *c);
    json_builder_end_array (builder);
  }
  json_builder_set_member_name (builder, "first_frame_ms");
  json_builder_add_double_value (builder, self->first_frame_ms);
  json_builder_set_member_name (builder, "action_ms");
  json_builder_add_double_value (builder, ys_session_get_action_ms (self->session));
  json_builder_set_member_name (builder, "latencies_ms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->latencies->len; i++)
    json_builder_add_double_value (builder, g_array_index (self->latencies, double, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "console_view_lines");
  json_builder_add_int_value (builder, gtk_text_buffer_get_line_count (gtk_text_view_get_buffer (self->console_view)));
  json_builder_set_member_name (builder, "timeline_marks");
  json_builder_add_int_value (builder, ys_timeline_get_n_marks (self->timeline));
  json_builder_set_member_name (builder, "stop_ms");
  json_builder_add_double_value (builder, ys_session_get_stop_ms (self->session));
  json_builder_set_member_name (builder, "zoom");
  json_builder_add_int_value (builder, self->zoom);
  json_builder_set_member_name (builder, "classroom");
  json_builder_add_boolean_value (builder, gtk_widget_has_css_class (GTK_WIDGET (self), "classroom"));
  json_builder_set_member_name (builder, "source");
  {
    g_autofree char *text = dup_buffer_text (self);
    json_builder_add_string_value (builder, text);
  }
  json_builder_set_member_name (builder, "can_step_back");
  json_builder_add_boolean_value (builder, ys_session_can_step_back (self->session));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
ys_window_set_zoom (YsWindow *self,
                    int       percent)
{
  g_return_if_fail (YS_IS_WINDOW (self));
  self->zoom = CLAMP (percent, 60, 300);
  apply_zoom (self);
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "zoom", self->zoom);
}

int
ys_window_get_zoom (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), 100);
  return self->zoom;
}

void
ys_window_set_color_scheme (YsWindow   *self,
                            const char *scheme)
{
  AdwColorScheme adw = ADW_COLOR_SCHEME_DEFAULT;

  g_return_if_fail (YS_IS_WINDOW (self));
  if (g_strcmp0 (scheme, "light") == 0)
    adw = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    adw = ADW_COLOR_SCHEME_FORCE_DARK;
  else
    scheme = "default";
  g_free (self->color_scheme);
  self->color_scheme = g_strdup (scheme);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), adw);
  if (self->settings != NULL)
    {
      /* Written only when it changes: at startup there is nothing to keep. */
      g_autofree char *kept = g_settings_get_string (self->settings, "color-scheme");
      if (g_strcmp0 (kept, scheme) != 0)
        g_settings_set_string (self->settings, "color-scheme", scheme);
    }
}

const char *
ys_window_get_color_scheme (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), "default");
  return self->color_scheme;
}

void
ys_window_set_animation_speed (YsWindow *self,
                               double    speed)
{
  GHashTableIter iter;
  gpointer card;

  g_return_if_fail (YS_IS_WINDOW (self));
  self->animation_speed = CLAMP (speed, 0.25, 4.0);
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    ys_frame_card_set_animation_speed (card, self->animation_speed);
  if (self->settings != NULL)
    g_settings_set_double (self->settings, "animation-speed", self->animation_speed);
}

double
ys_window_get_animation_speed (YsWindow *self)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), 1.0);
  return self->animation_speed;
}

void
ys_window_type_text (YsWindow   *self,
                     const char *text)
{
  GtkTextIter end;

  g_return_if_fail (YS_IS_WINDOW (self));
  /* As if typed: through the buffer, so that the run resets and the text is kept. */
  gtk_text_buffer_get_end_iter (GTK_TEXT_BUFFER (self->buffer), &end);
  gtk_text_buffer_insert (GTK_TEXT_BUFFER (self->buffer), &end, text, -1);
}

void
ys_window_save_to (YsWindow *self,
                   GFile    *file)
{
  g_return_if_fail (YS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  write_program (self, file);
}

gboolean
ys_window_show_view (YsWindow   *self,
                     const char *name)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  if (gtk_stack_get_child_by_name (self->side_stack, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->side_stack, name);
  return TRUE;
}

gboolean
ys_window_expand_variable (YsWindow   *self,
                           const char *path)
{
  g_return_val_if_fail (YS_IS_WINDOW (self), FALSE);
  return ys_variables_view_expand (self->variables_view, path);
}
