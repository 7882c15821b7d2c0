/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setpgid(2) */
int alcove_sys_setpgid(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int pid = 0;
  int pgid = 0;

  (void)ap;

  /* pid: int32 */
  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;
  /* pgid: int32 */
  if (alcove_decode_int(arg, len, index, &pgid) < 0)
    return -1;

  if (setpgid(pid, pgid) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
