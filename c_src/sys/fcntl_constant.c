/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* fcntl_constant: name -> value, or unknown */
int alcove_sys_fcntl_constant(alcove_state_t *ap, const char *arg, size_t len,
                              int *index, ei_x_buff *reply) {
  (void)ap;
  /* name: atom */
  return alcove_constant_reply(alcove_fcntl_constants, arg, len, index, reply);
}
