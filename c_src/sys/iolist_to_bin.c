/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* iolist_to_bin: iodata decoded as every argument is, returned as a
 * binary (a test aid) */
int alcove_sys_iolist_to_bin(alcove_state_t *ap, const char *arg, size_t len,
                             int *index, ei_x_buff *reply) {
  char *buf = NULL;
  size_t n = 0;
  int rv;

  (void)ap;

  /* data: iodata */
  if (alcove_decode_iolist(arg, len, index, &buf, &n) < 0)
    return -1;

  rv = alcove_mk_binary(reply, buf, n);
  free(buf);
  return rv;
}
