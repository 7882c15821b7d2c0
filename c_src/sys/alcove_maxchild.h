/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_MAXCHILD_H
#define ALCOVE_MAXCHILD_H

#include "alcove.h"

/* alcove_maxchild.c: resize the child table to n slots (n clamped to
 * 65535), keeping the children in use. Returns 1 when applied, 0 when
 * refused: fewer than ap->nchild slots, 6n+6 above the soft RLIMIT_NOFILE,
 * or out of memory. Used by setopt(maxchild) and setrlimit(rlimit_nofile)
 * (spec API.md 6.4). */
int alcove_maxchild_set(alcove_state_t *ap, int n);

#endif
