/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-variables-view.h: the program's names and the frames' locals, as a tree. */
#pragma once

#include <gtk/gtk.h>

#include "ys-session.h"

G_BEGIN_DECLS

#define YS_TYPE_VARIABLES_VIEW (ys_variables_view_get_type ())
G_DECLARE_FINAL_TYPE (YsVariablesView, ys_variables_view, YS, VARIABLES_VIEW, GtkWidget)

GtkWidget   *ys_variables_view_new          (void);
/* Shows @session's globals and running frames at each of its moments. */
void         ys_variables_view_set_session  (YsVariablesView *self,
                                             YsSession       *session);
/* Opens the row of the name @path ("c", "big", "c/n": a row inside another), as a
 * click on its expander does; FALSE when there is no such row to open. */
gboolean     ys_variables_view_expand       (YsVariablesView *self,
                                             const char      *path);
/* The rows shown, in order, as "  name = repr" (indented by depth); free with
 * g_strfreev (). @changed: the paths of the rows that changed in the last step. */
char       **ys_variables_view_dup_rows     (YsVariablesView *self,
                                             char          ***changed);

G_END_DECLS
