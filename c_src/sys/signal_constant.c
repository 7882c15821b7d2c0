/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* signal_constant: name -> value */
int alcove_sys_signal_constant(alcove_state_t *ap, const char *arg, size_t len,
                               int *index, ei_x_buff *reply) {
  (void)ap;
  return alcove_constant_reply(alcove_signal_constants, arg, len, index, reply);
}
