/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_TEARDOWN_H
#define ALCOVE_TEARDOWN_H

#include "alcove_state.h"

/* The parent is gone, or closed our channel (alcove_teardown.c): signal
 * exec'd children with their signaloneof signal, let event-loop children
 * unwind the same way, give everyone a grace second, then kill and reap
 * what is left, orphans we adopted as subreaper included. No process of
 * the tree outlives us and none is left a zombie. Sets ap->done. */
void alcove_teardown(alcove_state_t *ap);

#endif
