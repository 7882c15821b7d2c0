/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* chown(2) */
int alcove_sys_chown(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  unsigned int owner = 0;
  unsigned int group = 0;

  (void)ap;

  /* path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;
  /* owner: uint32 */
  if (alcove_decode_uint(arg, len, index, &owner) < 0)
    return -1;
  /* group: uint32 */
  if (alcove_decode_uint(arg, len, index, &group) < 0)
    return -1;

  if (chown(path, (uid_t)owner, (gid_t)group) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
