/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* clone(2): a child running the event loop, in new namespaces */
int alcove_sys_clone(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  long long flags = 0;
  pid_t pid;

  /* flags: constant list of clone_* */
  switch (alcove_decode_constant_list(arg, len, index, &flags,
                                      alcove_clone_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (flags < 0 || flags > INT_MAX)
    return -1;

  pid = alcove_proc_spawn(ap, (int)flags);
  if (pid < 0)
    return alcove_mk_errno(reply, errno);
  if (pid == 0)
    return 0; /* the new child: its parent replies */

  return alcove_mk_ok_long(reply, pid);
}
