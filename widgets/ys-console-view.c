/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-console-view.c: the session's console transcript (output, errors, what was typed,
 * results) as it was at the moment shown, kept scrolled to its end; and the prompt. */
#include "config.h"

#include "ys-console-view.h"

#include <glib/gi18n.h>
#include <string.h>

/* The view shows the end of a long transcript: Pango lays out every line of a text
 * view, and a printing runaway writes millions. */
#define CONSOLE_VIEW_LINES 2000
#define CONSOLE_VIEW_BYTES (256 * 1024)

struct _YsConsoleView
{
  GtkWidget    parent_instance;

  YsSession   *session;
  GtkTextTag  *input_tag;
  GtkTextTag  *result_tag;
  GtkTextTag  *stderr_tag;

  /* Template widgets */
  GtkTextView *text_view;
  GtkEntry    *entry;
};

G_DEFINE_FINAL_TYPE (YsConsoleView, ys_console_view, GTK_TYPE_WIDGET)

/* Auxiliary methods */

/* Where the shown part starts: entry *@first, from byte *@offset; returns how many
 * lines are left out before it. */
static guint64
view_start (GArray *entries,
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

static GtkTextTag *
entry_tag (YsConsoleView *self,
           YsConsoleKind  kind)
{
  switch (kind)
    {
    case YS_CONSOLE_INPUT:
      return self->input_tag;
    case YS_CONSOLE_RESULT:
      return self->result_tag;
    case YS_CONSOLE_ERROR:
      return self->stderr_tag;
    case YS_CONSOLE_OUTPUT:
    default:
      return NULL;
    }
}

static void
scroll_to_end (YsConsoleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "end");
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  /* A mark waits for the new lines to be measured, which an iter would not. */
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "end", &end, FALSE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &end);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0, FALSE, 0, 1);
}

static void
update_sensitive (YsConsoleView *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->entry), !ys_session_get_busy (self->session) &&
                                                        ys_session_get_state (self->session) != YS_SESSION_EMPTY);
}

/* Callbacks */

static void
on_session_changed (YsConsoleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GArray *entries = ys_session_get_console (self->session);
  guint n = ys_session_get_console_length (self->session);
  GtkTextIter end;
  guint first;
  gsize offset;
  guint64 hidden = view_start (entries, n, &first, &offset);

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
      const char *text = i == first ? e->text + offset : e->text;
      gtk_text_buffer_get_end_iter (buffer, &end);
      if (e->kind == YS_CONSOLE_INPUT && text == e->text)
        {
          gtk_text_buffer_insert_with_tags (buffer, &end, ">>> ", -1, self->input_tag, NULL);
          gtk_text_buffer_get_end_iter (buffer, &end);
        }
      gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, entry_tag (self, e->kind), NULL);
    }
  scroll_to_end (self);
  update_sensitive (self);
}

static void
on_entry_activate (YsConsoleView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (self->session == NULL || text[0] == '\0')
    return;
  ys_session_eval (self->session, text);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

/* GObject overrides */

static void
ys_console_view_dispose (GObject *object)
{
  YsConsoleView *self = YS_CONSOLE_VIEW (object);

  ys_console_view_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_CONSOLE_VIEW);
  G_OBJECT_CLASS (ys_console_view_parent_class)->dispose (object);
}

static void
ys_console_view_class_init (YsConsoleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_console_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-console-view.ui");
  gtk_widget_class_bind_template_child (widget_class, YsConsoleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, YsConsoleView, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "consoleview");
}

static void
ys_console_view_init (YsConsoleView *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  buffer = gtk_text_view_get_buffer (self->text_view);
  self->input_tag = gtk_text_buffer_create_tag (buffer, "input", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->result_tag = gtk_text_buffer_create_tag (buffer, "result", "style", PANGO_STYLE_ITALIC, NULL);
  self->stderr_tag = gtk_text_buffer_create_tag (buffer, "stderr", "foreground", "#e01b24", NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->entry), FALSE);
}

/* Public API */

GtkWidget *
ys_console_view_new (void)
{
  return g_object_new (YS_TYPE_CONSOLE_VIEW, NULL);
}

void
ys_console_view_set_session (YsConsoleView *self,
                             YsSession     *session)
{
  g_return_if_fail (YS_IS_CONSOLE_VIEW (self));

  if (ys_session_bind_view (&self->session, session, self, G_CALLBACK (on_session_changed),
                            G_CALLBACK (update_sensitive), NULL) &&
      session != NULL)
    on_session_changed (self);
}

int
ys_console_view_get_n_lines (YsConsoleView *self)
{
  g_return_val_if_fail (YS_IS_CONSOLE_VIEW (self), 0);
  return gtk_text_buffer_get_line_count (gtk_text_view_get_buffer (self->text_view));
}
