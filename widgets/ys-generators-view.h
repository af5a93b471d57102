/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-generators-view.h: a card for every generator of the session's run. */
#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "ys-session.h"

G_BEGIN_DECLS

#define YS_TYPE_GENERATORS_VIEW (ys_generators_view_get_type ())
G_DECLARE_FINAL_TYPE (YsGeneratorsView, ys_generators_view, YS, GENERATORS_VIEW, GtkWidget)

GtkWidget *ys_generators_view_new                 (void);
/* One card per generator of @session's run as it was at each of its moments: a live
 * one shows its frame, an ended one how it ended. A click on a card selects its
 * generator in the session; its buttons resume it. */
void       ys_generators_view_set_session         (YsGeneratorsView *self,
                                                   YsSession        *session);
/* Cards of the generators that have ended go, until the next run. */
void       ys_generators_view_clear_ended         (YsGeneratorsView *self);
/* How many cards show an ended generator. */
guint      ys_generators_view_get_n_ended         (YsGeneratorsView *self);
/* next(), send(), throw() or close() on the session's current generator, with the
 * argument typed on its card. */
void       ys_generators_view_resume_current      (YsGeneratorsView *self,
                                                   YsResumeKind      how);
/* On a projector only the active card keeps its buttons, so that more cards fit. */
void       ys_generators_view_set_compact         (YsGeneratorsView *self,
                                                   gboolean          compact);
void       ys_generators_view_set_animation_speed (YsGeneratorsView *self,
                                                   double            speed);
/* What the pane says of the generators it has no card for, or NULL. */
const char *ys_generators_view_get_note           (YsGeneratorsView *self);
/* Whether the pane is still scrolling to the active card. */
gboolean   ys_generators_view_get_following       (YsGeneratorsView *self);
/* The cards shown, in order, as an array of objects (for --dump-state). */
void       ys_generators_view_dump                (YsGeneratorsView *self,
                                                   JsonBuilder      *builder);

G_END_DECLS
