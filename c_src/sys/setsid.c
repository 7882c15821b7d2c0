/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setsid(2): {ok, Sid} */
int alcove_sys_setsid(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  pid_t sid;

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  sid = setsid();
  if (sid < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, sid);
}
