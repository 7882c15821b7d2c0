/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* link(2) */
int alcove_sys_link(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  char oldpath[PATH_MAX];
  char newpath[PATH_MAX];

  (void)ap;

  /* oldpath */
  if (alcove_decode_path(arg, len, index, oldpath) < 0)
    return -1;
  /* newpath */
  if (alcove_decode_path(arg, len, index, newpath) < 0)
    return -1;

  if (link(oldpath, newpath) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
