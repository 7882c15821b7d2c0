/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* capability_constant: cap_* name -> capability number, or unknown */
int alcove_sys_capability_constant(alcove_state_t *ap, const char *arg,
                                   size_t len, int *index, ei_x_buff *reply) {
  (void)ap;
  /* name: atom */
  return alcove_constant_reply(alcove_cap_constants, arg, len, index, reply);
}
