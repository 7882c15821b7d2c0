/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* clone_constant: name -> value */
int alcove_sys_clone_constant(alcove_state_t *ap, const char *arg, size_t len,
                              int *index, ei_x_buff *reply) {
  (void)ap;
  return alcove_constant_reply(alcove_clone_constants, arg, len, index, reply);
}
