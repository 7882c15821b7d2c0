/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/mount.h>

/* umount2(2): ok */
int alcove_sys_umount2(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  long long flags = 0;

  (void)ap;

  /* path: path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;

  /* flags: constant list (mount table: mnt_*, umount_nofollow), >= 0 */
  switch (alcove_decode_constant_list(arg, len, index, &flags,
                                      alcove_mount_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (flags < 0 || flags > INT_MAX)
    return -1;

  if (umount2(path, (int)flags) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
