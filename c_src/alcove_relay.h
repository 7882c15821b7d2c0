/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_RELAY_H
#define ALCOVE_RELAY_H

#include "alcove_state.h"

/* Per-child I/O (alcove_relay.c): frames and output up, frames down,
 * exit drain and reaping. Stdin is alcove_window.h. */

/* May c's stdout and stderr be read now (its flowcontrol credit)? */
int alcove_relay_flows(const alcove_child_t *c);
/* Read c's channel and pass its frames up in PROXY(pid). End of file:
 * the child exec'd or died (fdctl_closed). */
void alcove_relay_chan(alcove_state_t *ap, alcove_child_t *c);
/* Read c's stdout (ALCOVE_MSG_STDOUT) or stderr (ALCOVE_MSG_STDERR) once
 * into a frame for the parent, if its flowcontrol credit allows. Under
 * flow control the caller reads the channel first, so that the exec is
 * seen before the output. */
void alcove_relay_output(alcove_state_t *ap, alcove_child_t *c, uint16_t type);
/* Write the frames queued for c's event loop. */
void alcove_relay_write_chan(alcove_child_t *c);
/* Free c's slot once it was reaped and its descriptors are closed. */
void alcove_relay_done(alcove_state_t *ap, alcove_child_t *c);
/* Reap the children that exited: drain their output, then send their
 * exit events. */
void alcove_relay_reap(alcove_state_t *ap);
/* close(2) of one of our ends of a child keeps the table true (stdin
 * queued before it still reaches the child). 1 if fd was one, else 0. */
int alcove_relay_close_fd(alcove_state_t *ap, int fd);

#endif
