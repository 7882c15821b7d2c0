/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_reply.h"

/* read(2): one read of at most Count bytes (clamped to ALCOVE_READ_MAX) */
int alcove_sys_read(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  int fd = -1;
  unsigned long long count = 0;
  char *buf;
  ssize_t n;
  int rv;

  (void)ap;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* count: uint64 */
  if (alcove_decode_ulonglong(arg, len, index, &count) < 0)
    return -1;

  if (count > ALCOVE_READ_MAX)
    count = ALCOVE_READ_MAX;

  buf = malloc(count > 0 ? (size_t)count : 1);
  if (buf == NULL)
    return alcove_mk_errno(reply, ENOMEM);

  n = alcove_read(fd, buf, (size_t)count);
  if (n < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok_binary(reply, buf, (size_t)n);

  free(buf);
  return rv;
}
