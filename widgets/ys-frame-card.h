/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-frame-card.h: one live generator as a card: its state, locals, paused line, last
 * value, yield from chain, and the buttons that drive it. */
#pragma once

#include <gtk/gtk.h>

#include "ys-engine.h"

G_BEGIN_DECLS

#define YS_TYPE_FRAME_CARD (ys_frame_card_get_type ())
G_DECLARE_FINAL_TYPE (YsFrameCard, ys_frame_card, YS, FRAME_CARD, GtkWidget)

GtkWidget   *ys_frame_card_new            (guint64                 id);
guint64      ys_frame_card_get_id         (YsFrameCard            *self);

/* Shows @info; @before is the same generator at the previous pause (NULL when new), so
 * that what changed is highlighted. @events (YsSessionEvent) are the last action's:
 * the card pulses when resumed and shows a StopIteration or an exception. */
void         ys_frame_card_update         (YsFrameCard            *self,
                                           const YsGeneratorInfo  *info,
                                           const YsGeneratorInfo  *before,
                                           const char             *binding,
                                           const char             *yield_from_text,
                                           GArray                 *events,
                                           gboolean                controls_sensitive);

/* As its own buttons do (send() without a value focuses the entry instead). */
void         ys_frame_card_resume              (YsFrameCard       *self,
                                                YsResumeKind       how);
/* The card the header bar's generator buttons act on. */
void         ys_frame_card_set_selected        (YsFrameCard       *self,
                                                gboolean           selected);

/* 1 is normal; 2 twice as fast. */
void         ys_frame_card_set_animation_speed (YsFrameCard       *self,
                                                double             speed);

/* What it shows, for --dump-state. */
/* How the generator ended: @summary replaces the line ("Closed"), @ending is shown as
 * its event; NULL, NULL while it runs. */
void         ys_frame_card_set_ending     (YsFrameCard            *self,
                                           const char             *summary,
                                           const char             *ending);
const char  *ys_frame_card_get_title      (YsFrameCard            *self);
/* Without its buttons, so that more cards fit on a projector. */
void         ys_frame_card_set_compact    (YsFrameCard            *self,
                                           gboolean                compact);
const char  *ys_frame_card_get_ending     (YsFrameCard            *self);
/* The name a student gives a generator: "numbers()", "generator expression, line 4". */
char        *ys_generator_display_name    (const char             *qualname,
                                           int                     line);
const char  *ys_frame_card_get_name       (YsFrameCard            *self);
int          ys_frame_card_get_line       (YsFrameCard            *self);
guint64      ys_frame_card_get_yield_from (YsFrameCard            *self);
const char  *ys_frame_card_get_state_text (YsFrameCard            *self);
const char  *ys_frame_card_get_last_value (YsFrameCard            *self);
const char  *ys_frame_card_get_event_text (YsFrameCard            *self);
/* "name = repr" pairs as shown, in order. Free with g_strfreev(). */
char       **ys_frame_card_dup_locals     (YsFrameCard            *self);
/* The names whose value changed in the last step. */
char       **ys_frame_card_dup_changed    (YsFrameCard            *self);
/* Whether it highlights what the last step changed. */
gboolean     ys_frame_card_has_changes    (YsFrameCard            *self);
const char  *ys_frame_card_get_binding    (YsFrameCard            *self);

/* Short state name (CREATED ...) and its icon, shared with other views. */
const char  *ys_generator_state_label     (YsGeneratorState        state);
const char  *ys_generator_state_icon      (YsGeneratorState        state);
const char  *ys_generator_state_css_class (YsGeneratorState        state);

G_END_DECLS
