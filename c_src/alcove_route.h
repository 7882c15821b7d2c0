/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_ROUTE_H
#define ALCOVE_ROUTE_H

#include "alcove_state.h"

/* Frames from the parent (alcove_route.c). */

/* Read the channel from the parent and route every complete frame: a
 * CALL to its wrapper, PROXY and STDIN to the child they name, anything
 * else answered CTL(badarg). Returns -1 when the channel is closed or
 * broken (a header that cannot be skipped), 0 otherwise. Returns at once
 * in a child the last frame made (ap->spawned). */
int alcove_route_input(alcove_state_t *ap);

#endif
