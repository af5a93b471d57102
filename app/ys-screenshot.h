/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     ys_screenshot_async  (GtkWidget           *window,
                               const char          *path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data);
gboolean ys_screenshot_finish (GAsyncResult        *result,
                               int                 *width,
                               int                 *height,
                               GError             **error);

G_END_DECLS
