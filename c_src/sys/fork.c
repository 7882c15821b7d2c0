/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* fork(2): a child running the event loop */
int alcove_sys_fork(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  pid_t pid;

  (void)arg;
  (void)len;
  (void)index;

  pid = alcove_proc_spawn(ap, 0);
  if (pid < 0)
    return alcove_mk_errno(reply, errno);
  if (pid == 0)
    return 0; /* the new child: its parent replies */

  return alcove_mk_ok_long(reply, pid);
}
