/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* write(2): one write; a partial write is reported by its count */
int alcove_sys_write(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  int fd = -1;
  char *buf = NULL;
  size_t buflen = 0;
  ssize_t n;
  int rv;

  (void)ap;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* data: iodata */
  if (alcove_decode_iolist(arg, len, index, &buf, &buflen) < 0)
    return -1;

  n = alcove_write(fd, buf, buflen);
  if (n < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok_long(reply, n);

  free(buf);
  return rv;
}
