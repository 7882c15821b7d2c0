/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* getpid(2) */
int alcove_sys_getpid(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_long(reply, getpid());
}
