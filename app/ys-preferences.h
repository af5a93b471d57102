/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-preferences.h: style, text size and animation speed. */
#pragma once

#include "ys-window.h"

G_BEGIN_DECLS

/* Shows the preferences of @window (kept in GSettings when the schema is installed). */
void ys_preferences_present (YsWindow *window);

G_END_DECLS
