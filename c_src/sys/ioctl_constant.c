/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* ioctl_constant: name -> value */
int alcove_sys_ioctl_constant(alcove_state_t *ap, const char *arg, size_t len,
                              int *index, ei_x_buff *reply) {
  (void)ap;
  /* name: atom */
  return alcove_constant_reply(alcove_ioctl_constants, arg, len, index, reply);
}
