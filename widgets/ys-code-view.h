/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-code-view.h: the program's text, with the paused line, the trace and the error
 * marked as the session tells them. */
#pragma once

#include <gtksourceview/gtksource.h>

#include "ys-session.h"

G_BEGIN_DECLS

#define YS_TYPE_CODE_VIEW (ys_code_view_get_type ())
G_DECLARE_FINAL_TYPE (YsCodeView, ys_code_view, YS, CODE_VIEW, GtkWidget)

GtkWidget       *ys_code_view_new             (void);
/* Marks @session's paused line (of the selected generator), the line before it, and
 * the program's error, at each of its moments. */
void             ys_code_view_set_session     (YsCodeView *self,
                                               YsSession  *session);
/* The program's text: what the user edits. */
GtkSourceBuffer *ys_code_view_get_buffer      (YsCodeView *self);
char            *ys_code_view_dup_text        (YsCodeView *self);
/* Replaces the text without an undo step. */
void             ys_code_view_set_text        (YsCodeView *self,
                                               const char *text,
                                               gsize       length);
/* The error bar's text while it shows, else NULL. */
const char      *ys_code_view_get_error_text  (YsCodeView *self);
/* The line the paused mark is on, 0 for none. */
int              ys_code_view_get_marked_line (YsCodeView *self);

G_END_DECLS
