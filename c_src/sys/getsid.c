/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* getsid(2): {ok, Sid} */
int alcove_sys_getsid(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  int pid = 0;
  pid_t sid;

  (void)ap;

  /* pid: int32 */
  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;

  sid = getsid(pid);
  if (sid < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, sid);
}
