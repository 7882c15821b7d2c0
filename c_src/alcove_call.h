/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_CALL_H
#define ALCOVE_CALL_H

#include "alcove_state.h"

/* Dispatch of a CALL to its wrapper (alcove_call.c). */

/* A call wrapper (c_src/sys/<name>.c): decode the arguments that follow
 * *index in arg[0, len), make the call and encode the reply term into
 * reply. Returns 0, or -1 when the arguments are malformed (the caller
 * answers badarg; with errno ENOMEM, {error, enomem}). The argument tuple
 * header has already been checked against the arity. */
typedef int (*alcove_call_fn)(alcove_state_t *ap, const char *arg, size_t len,
                              int *index, ei_x_buff *reply);

typedef struct {
  const char *name;
  int arity;
  alcove_call_fn fn; /* NULL: not available on this OS (undef) */
} alcove_call_t;

/* The generated table (alcove_calls.h), indexed by call id. */
extern const alcove_call_t alcove_calls[];
extern const size_t alcove_ncalls;

/* A CALL body |ReqId:32|CallId:16|Args|: make the call and queue its
 * reply, whatever the body holds. In a child just made by the call
 * (ap->spawned), nothing is queued: its parent replies. */
void alcove_call(alcove_state_t *ap, const char *body, size_t len);

#endif
