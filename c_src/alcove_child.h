/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_CHILD_H
#define ALCOVE_CHILD_H

#include "alcove_state.h"

/* The child table (alcove_child.c). */

/* The child with that pid, or NULL (also for pid <= 0). */
alcove_child_t *alcove_child_get(alcove_state_t *ap, pid_t pid);
/* A free slot, or NULL. */
alcove_child_t *alcove_child_free_slot(alcove_state_t *ap);
/* A table of n empty slots, or NULL. */
alcove_child_t *alcove_child_table(int n);
/* Close a slot's descriptors, free its queues and mark it free. */
void alcove_child_release(alcove_state_t *ap, alcove_child_t *c);
/* Resize the table to n slots (clamped to ALCOVE_MAXCHILD_MAX), keeping
 * the children in use. 1 when applied, 0 when refused: fewer than
 * ap->nchild slots, ALCOVE_FDS_FOR(n) above the soft RLIMIT_NOFILE, or
 * out of memory. Used by setopt(maxchild) and setrlimit(rlimit_nofile)
 * (spec API.md 6.4). */
int alcove_child_resize(alcove_state_t *ap, int n);
/* Does the soft RLIMIT_NOFILE allow a table of n slots? */
int alcove_child_fits(int n);

#endif
