/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-console-view.h: what the program printed, and a prompt in its namespace. */
#pragma once

#include <gtk/gtk.h>

#include "ys-session.h"

G_BEGIN_DECLS

#define YS_TYPE_CONSOLE_VIEW (ys_console_view_get_type ())
G_DECLARE_FINAL_TYPE (YsConsoleView, ys_console_view, YS, CONSOLE_VIEW, GtkWidget)

GtkWidget *ys_console_view_new         (void);
/* Shows @session's console as it was at each of its moments; the prompt evaluates in
 * its program. */
void       ys_console_view_set_session (YsConsoleView *self,
                                        YsSession     *session);
/* How many lines the view holds (a long transcript shows its end only). */
int        ys_console_view_get_n_lines (YsConsoleView *self);

G_END_DECLS
