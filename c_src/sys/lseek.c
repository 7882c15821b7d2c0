/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* lseek(2): ok, the new offset is not returned (as alcove 1.0.1) */
int alcove_sys_lseek(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  int fd = -1;
  long long offset = 0;
  int whence = 0;

  (void)ap;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* offset: int64 */
  if (alcove_decode_longlong(arg, len, index, &offset) < 0)
    return -1;
  /* whence: int32 */
  if (alcove_decode_int(arg, len, index, &whence) < 0)
    return -1;

  if (lseek(fd, (off_t)offset, whence) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
