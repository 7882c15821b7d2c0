/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sched.h>

/* setns(2): ok */
int alcove_sys_setns(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  int fd = -1;
  long long nstype = 0;

  (void)ap;

  /* fd: int32, e.g. an open /proc/<pid>/ns/uts */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;

  /* nstype: constant (clone table), 0 allows any namespace */
  switch (alcove_decode_constant(arg, len, index, &nstype,
                                 alcove_clone_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (nstype < INT_MIN || nstype > INT_MAX)
    return -1;

  if (setns(fd, (int)nstype) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
