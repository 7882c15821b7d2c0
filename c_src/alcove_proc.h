/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_PROC_H
#define ALCOVE_PROC_H

#include "alcove_state.h"

/* Making processes and turning into programs (alcove_proc.c). */

/* clone3(2) arguments: 64-bit flags and, if cgroup >= 0, an open cgroup v2
 * directory the child starts in (CLONE_INTO_CGROUP). */
typedef struct {
  unsigned long long flags;
  int cgroup;
} alcove_clone3_t;

/* A new child running the event loop, made with fork(2) (flags 0) or
 * clone(2) with flags. Like fork(2): returns the child's pid in the
 * parent (its slot in the child table set up, its window announced), 0 in
 * the child, whose state ap now is (ap->spawned set: the event loop
 * starts over as the child), -1 and errno on failure. */
pid_t alcove_proc_spawn(alcove_state_t *ap, int flags);
/* The same with clone3(2). -1 and ENOSYS where the kernel lacks it. */
pid_t alcove_proc_spawn3(alcove_state_t *ap, const alcove_clone3_t *args);

/* The same with fork(2), the child's stdin, stdout and stderr the slave
 * of a new terminal of rows x cols (its controlling terminal, in a new
 * session); the parent holds the master (alcove_pty.c). */
pid_t alcove_proc_spawn_pty(alcove_state_t *ap, int rows, int cols);

/* Send sig to the child itself: through its pidfd, so that a pid that was
 * reused is never hit, or with kill(2) where there is none. 0 / -1. */
int alcove_proc_signal(const alcove_child_t *c, int sig);

/* Before an exec: flush what is queued for the parent, restore stdio's
 * blocking mode at depth 0, unblock signals, at depth > 0 have the
 * program killed if this process dies, and announce the exec in-band:
 * the last frame on the channel is CTL(exec). For the port, alcove_drv
 * takes nothing after it for a frame, and learns from the control FIFO
 * whether the exec happened (end of file: it is close-on-exec) or failed
 * (a resume byte); for a child, end of file on its channel after the
 * announcement means it exec'd, not that it died. */
void alcove_proc_pre_exec(alcove_state_t *ap);
/* Undo alcove_proc_pre_exec after a failed exec (at depth 0 the control
 * FIFO is told the port goes on: alcove_proc_fdctl_resume). */
void alcove_proc_exec_failed(alcove_state_t *ap);
/* The port still speaks frames after announcing an exec (it failed, or
 * the new image is alcove keeping the FIFO): one byte on the FIFO. */
void alcove_proc_fdctl_resume(void);

#endif
