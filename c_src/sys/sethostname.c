/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* sethostname(2) */
int alcove_sys_sethostname(alcove_state_t *ap, const char *arg, size_t len,
                           int *index, ei_x_buff *reply) {
  char *name = NULL;
  size_t n = 0;
  int rv;

  (void)ap;

  /* name: iodata, 1 to HOST_NAME_MAX - 1 bytes */
  if (alcove_decode_iolist(arg, len, index, &name, &n) < 0)
    return -1;

  if (n == 0 || n >= HOST_NAME_MAX) {
    free(name);
    return -1;
  }

  if (sethostname(name, n) < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok(reply);

  free(name);
  return rv;
}
