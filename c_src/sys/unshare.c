/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sched.h>

/* unshare(2): ok */
int alcove_sys_unshare(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  long long flags = 0;

  (void)ap;

  /* flags: constant list (clone table) */
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

  if (unshare((int)flags) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
