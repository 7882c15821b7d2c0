/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <fcntl.h>

/* open(2) */
int alcove_sys_open(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  char path[PATH_MAX];
  long long flags = 0;
  unsigned int mode = 0;
  int rv;
  int fd;

  (void)ap;

  /* path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;
  /* flags: constant list of o_* (a bare atom is malformed) */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_file_constants);
  if (rv < 0)
    return -1;
  /* mode: uint32 */
  if (alcove_decode_uint(arg, len, index, &mode) < 0)
    return -1;

  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");

  if (flags < INT_MIN || flags > INT_MAX)
    return -1;

  fd = open(path, (int)flags, (mode_t)mode);
  if (fd < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, fd);
}
