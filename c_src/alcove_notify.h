/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_NOTIFY_H
#define ALCOVE_NOTIFY_H

#include "alcove_state.h"

/* Seccomp user notification (alcove_notify.c): the listener of a child's
 * filter, held by this process (the child's parent), its notifications
 * sent up as events, their answers and deadlines. */

/* Receive one notification from c's listener: the child's own event loop
 * is let through, anything else goes up as an event. */
void alcove_notify_recv(alcove_state_t *ap, alcove_child_t *c);
/* The listener hung up (no process left under the filter): close it. */
void alcove_notify_hup(alcove_child_t *c);
/* Milliseconds until the next deadline, -1 if none. */
int alcove_notify_timeout(const alcove_state_t *ap);
/* Answer {errno, eperm} to the notifications past their deadline. */
void alcove_notify_expire(alcove_state_t *ap);
/* Answer notification id of c: error 0 and flags continue, or error
 * (a negative errno) or val. 0, or -1 and errno (ENOENT: no longer
 * valid). */
int alcove_notify_send(alcove_child_t *c, uint64_t id, int error, long long val,
                       int cont);
/* Is notification id of c still valid? Its caller in *pid if so. */
int alcove_notify_valid(const alcove_child_t *c, uint64_t id, pid_t *pid);

#endif
