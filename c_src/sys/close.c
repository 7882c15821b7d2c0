/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* close(2) */
int alcove_sys_close(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  int fd = -1;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;

  /* one of our ends of a child: keep the child table true */
  if (alcove_relay_close_fd(ap, fd))
    return alcove_mk_ok(reply);

  if (close(fd) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
