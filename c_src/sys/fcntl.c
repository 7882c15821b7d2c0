/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <fcntl.h>

/* fcntl(2): {ok, Result} */
int alcove_sys_fcntl(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  int fd = -1;
  long long cmd = 0;
  int val = 0;
  int rv;

  (void)ap;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* cmd: constant f_* */
  rv = alcove_decode_constant(arg, len, index, &cmd, alcove_fcntl_constants);
  if (rv < 0)
    return -1;
  /* arg: int32 */
  if (alcove_decode_int(arg, len, index, &val) < 0)
    return -1;

  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");

  if (cmd < INT_MIN || cmd > INT_MAX)
    return -1;

  rv = fcntl(fd, (int)cmd, val);
  if (rv < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, rv);
}
