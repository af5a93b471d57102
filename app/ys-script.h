/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-script.h: scripted actions on the window, for demos and the GUI tests (--play). */
#pragma once

#include "ys-window.h"

G_BEGIN_DECLS

void      ys_script_run_async  (YsWindow            *window,
                                const char          *text,
                                gboolean             fast,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data);
gboolean  ys_script_run_finish (GAsyncResult        *result,
                                GError             **error);

G_END_DECLS
