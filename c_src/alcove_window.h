/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_WINDOW_H
#define ALCOVE_WINDOW_H

#include "alcove_state.h"

/* Per-child stdin credit windows (alcove_window.c, doc/PROTOCOL.md). */

/* A new child: announce its window. */
void alcove_window_open(alcove_state_t *ap, alcove_child_t *c);
/* Stdin data for c from the parent. */
void alcove_window_data(alcove_state_t *ap, alcove_child_t *c, const char *data,
                        size_t len);
/* Write what is queued for c's stdin; grant the credit back. */
void alcove_window_write(alcove_state_t *ap, alcove_child_t *c);
/* c's stdin can take nothing more: discard its queue, tell the parent. */
void alcove_window_close(alcove_state_t *ap, alcove_child_t *c);
/* c exited: tell the parent to forget it. */
void alcove_window_gone(alcove_state_t *ap, alcove_child_t *c);

#endif
