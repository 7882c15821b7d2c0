/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* version of this executable */
int alcove_sys_version(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_binary(reply, ALCOVE_VERSION, strlen(ALCOVE_VERSION));
}
