/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* symlink(2) */
int alcove_sys_symlink(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  char target[PATH_MAX];
  char linkpath[PATH_MAX];

  (void)ap;

  /* target */
  if (alcove_decode_path(arg, len, index, target) < 0)
    return -1;
  /* linkpath */
  if (alcove_decode_path(arg, len, index, linkpath) < 0)
    return -1;

  if (symlink(target, linkpath) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
