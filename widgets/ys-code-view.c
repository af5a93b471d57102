/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-code-view.c: the program's text with the session's marks: where the selected
 * generator (or the running frame) is paused, the line before, the error. */
#include "config.h"

#include "ys-code-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#define MARK_PAUSED "paused"
#define MARK_TRACED "traced"
#define MARK_ERROR  "error"

struct _YsCodeView
{
  GtkWidget        parent_instance;

  YsSession       *session;
  GtkTextTag      *error_tag;
  int              marked_line;

  /* Template widgets */
  GtkSourceView   *source_view;
  GtkSourceBuffer *buffer;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (YsCodeView, ys_code_view, GTK_TYPE_WIDGET)

/* Auxiliary methods */

static void
move_mark (YsCodeView *self,
           const char *category,
           int         line)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start, end;

  if (g_str_equal (category, MARK_PAUSED))
    self->marked_line = line;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, category);
  if (line <= 0 || line > gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  gtk_source_buffer_create_source_mark (self->buffer, NULL, category, &start);
}

static void
scroll_to_line (YsCodeView *self,
                int         line)
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

static void
show_error (YsCodeView *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  const YsErrorInfo *error = ys_session_get_error (self->session);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->error_tag, &start, &end);
  move_mark (self, MARK_ERROR, 0);
  /* Only errors that stop the program from starting; the console tells the others. */
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
  if (error->line > 0 && error->line <= gtk_text_buffer_get_line_count (buffer))
    {
      gtk_text_buffer_get_iter_at_line (buffer, &start, error->line - 1);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      if (error->column > 1)
        gtk_text_iter_set_line_offset (&start, MIN (error->column - 1, gtk_text_iter_get_chars_in_line (&start) - 1));
      if (gtk_text_iter_equal (&start, &end))
        gtk_text_iter_backward_char (&start);
      gtk_text_buffer_apply_tag (buffer, self->error_tag, &start, &end);
      move_mark (self, MARK_ERROR, error->line);
    }
}

static gboolean
paused (YsCodeView *self)
{
  YsSessionState state = ys_session_get_state (self->session);

  return state == YS_SESSION_PAUSED || state == YS_SESSION_FINISHED || state == YS_SESSION_RAISED;
}

/* Callbacks */

static void
on_session_changed (YsCodeView *self)
{
  show_error (self);
  if (paused (self))
    {
      int line = ys_session_get_selected_line (self->session);
      move_mark (self, MARK_PAUSED, line);
      move_mark (self, MARK_TRACED, ys_session_get_previous_line (self->session));
      scroll_to_line (self, line);
    }
  else
    {
      move_mark (self, MARK_PAUSED, 0);
      move_mark (self, MARK_TRACED, 0);
    }
}

static void
on_selection_changed (YsCodeView *self)
{
  if (paused (self) && !ys_session_get_busy (self->session))
    move_mark (self, MARK_PAUSED, ys_session_get_selected_line (self->session));
}

static void
on_busy_changed (YsCodeView *self)
{
  if (ys_session_get_busy (self->session))
    move_mark (self, MARK_PAUSED, 0);
}

/* The error's message, on the mark beside its line. */
static char *
error_tooltip (GtkSourceMarkAttributes *attributes,
               GtkSourceMark           *mark,
               YsCodeView              *self)
{
  return g_strdup (gtk_label_get_text (self->error_label));
}

static void
update_style_scheme (YsCodeView *self)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autoptr (GtkSourceMarkAttributes) paused_attributes = gtk_source_mark_attributes_new ();
  g_autoptr (GtkSourceMarkAttributes) traced = gtk_source_mark_attributes_new ();
  g_autoptr (GtkSourceMarkAttributes) error = gtk_source_mark_attributes_new ();
  GdkRGBA paused_bg, traced_bg, error_bg;

  gtk_source_buffer_set_style_scheme (self->buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, dark ? "Adwaita-dark" : "Adwaita"));
  /* The paused line stands out on a projector; the one before is a trace. */
  gdk_rgba_parse (&paused_bg, dark ? "rgba(98,160,234,0.38)" : "rgba(53,132,228,0.26)");
  gdk_rgba_parse (&traced_bg, dark ? "rgba(98,160,234,0.12)" : "rgba(53,132,228,0.08)");
  gdk_rgba_parse (&error_bg, dark ? "rgba(246,97,81,0.30)" : "rgba(224,27,36,0.18)");
  gtk_source_mark_attributes_set_background (paused_attributes, &paused_bg);
  gtk_source_mark_attributes_set_icon_name (paused_attributes, "go-next-symbolic");
  gtk_source_mark_attributes_set_background (traced, &traced_bg);
  gtk_source_mark_attributes_set_background (error, &error_bg);
  gtk_source_mark_attributes_set_icon_name (error, "dialog-error-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, MARK_TRACED, traced, 10);
  gtk_source_view_set_mark_attributes (self->source_view, MARK_PAUSED, paused_attributes, 20);
  g_signal_connect_object (error, "query-tooltip-text", G_CALLBACK (error_tooltip), self, 0);
  gtk_source_view_set_mark_attributes (self->source_view, MARK_ERROR, error, 30);
}

/* GObject overrides */

static void
ys_code_view_dispose (GObject *object)
{
  YsCodeView *self = YS_CODE_VIEW (object);

  ys_code_view_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), YS_TYPE_CODE_VIEW);
  G_OBJECT_CLASS (ys_code_view_parent_class)->dispose (object);
}

static void
ys_code_view_class_init (YsCodeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_code_view_dispose;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ys-code-view.ui");
  gtk_widget_class_bind_template_child (widget_class, YsCodeView, source_view);
  gtk_widget_class_bind_template_child (widget_class, YsCodeView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, YsCodeView, error_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "codeview");
}

static void
ys_code_view_init (YsCodeView *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  gtk_source_buffer_set_language (self->buffer, gtk_source_language_manager_get_language (languages, "python3"));
  self->error_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "syntax-error",
                                                "underline", PANGO_UNDERLINE_ERROR, NULL);
  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_style_scheme), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
ys_code_view_new (void)
{
  return g_object_new (YS_TYPE_CODE_VIEW, NULL);
}

void
ys_code_view_set_session (YsCodeView *self,
                          YsSession  *session)
{
  g_return_if_fail (YS_IS_CODE_VIEW (self));

  if (ys_session_bind_view (&self->session, session, self, G_CALLBACK (on_session_changed),
                            G_CALLBACK (on_busy_changed), G_CALLBACK (on_selection_changed)) &&
      session != NULL)
    on_session_changed (self);
}

GtkSourceBuffer *
ys_code_view_get_buffer (YsCodeView *self)
{
  g_return_val_if_fail (YS_IS_CODE_VIEW (self), NULL);
  return self->buffer;
}

char *
ys_code_view_dup_text (YsCodeView *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (YS_IS_CODE_VIEW (self), NULL);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
}

void
ys_code_view_set_text (YsCodeView *self,
                       const char *text,
                       gsize       length)
{
  g_return_if_fail (YS_IS_CODE_VIEW (self));
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text, (int) length);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
}

const char *
ys_code_view_get_error_text (YsCodeView *self)
{
  g_return_val_if_fail (YS_IS_CODE_VIEW (self), NULL);
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_text (self->error_label) : NULL;
}

int
ys_code_view_get_marked_line (YsCodeView *self)
{
  g_return_val_if_fail (YS_IS_CODE_VIEW (self), 0);
  return self->marked_line;
}
