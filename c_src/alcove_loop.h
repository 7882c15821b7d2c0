/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_LOOP_H
#define ALCOVE_LOOP_H

#include "alcove_state.h"

/* The event loop (alcove_loop.c), called by main only. Returns when the
 * parent is gone (after tearing the tree down) or a call ended the
 * process's loop; a fork inside it carries on as the child. */
int alcove_loop(alcove_state_t *ap);

#endif
