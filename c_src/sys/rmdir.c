/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* rmdir(2) */
int alcove_sys_rmdir(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  char path[PATH_MAX];

  (void)ap;

  /* path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;

  if (rmdir(path) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
