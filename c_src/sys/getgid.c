/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* getgid(2): never fails */
int alcove_sys_getgid(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_ulong(reply, getgid());
}
