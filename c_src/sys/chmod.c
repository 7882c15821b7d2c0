/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/stat.h>

/* chmod(2) */
int alcove_sys_chmod(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  unsigned int mode = 0;

  (void)ap;

  /* path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;
  /* mode: uint32 */
  if (alcove_decode_uint(arg, len, index, &mode) < 0)
    return -1;

  if (chmod(path, (mode_t)mode) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
