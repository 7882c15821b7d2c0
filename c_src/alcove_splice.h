/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_SPLICE_H
#define ALCOVE_SPLICE_H

#include "alcove_state.h"

/* Zero-copy output (alcove_splice.c), used by the port when its channel
 * to the VM is a pipe (ap->nosplice is set otherwise, and in every child,
 * whose channel is a socket: there the header and the payload would reach
 * the parent relay as two messages and wake it twice per frame, which
 * costs more than the copies save). Frame what the pipe fd holds, at
 * most chunk bytes, as output of type (STDOUT/STDERR) from pid, and move
 * it to the parent's channel with splice(2) behind its header, so the
 * bytes never pass through this process. Whatever part of the frame the
 * channel does not take goes to ap->outq, in order. Returns the number
 * of bytes framed, or 0 if nothing was done: fd holds nothing now (or is
 * at end of file), the channel is full or has bytes queued before it,
 * splice(2) is not available, or a seccomp filter applies to this process
 * (ioctl and splice are not in the loop's list, doc/SECCOMP.md). The
 * caller then reads fd as usual. */
ssize_t alcove_splice_output(alcove_state_t *ap, int fd, uint16_t type,
                             pid_t pid, size_t chunk);

#endif
