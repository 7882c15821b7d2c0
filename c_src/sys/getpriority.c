/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/resource.h>

/* getpriority(2): {ok, Prio}; -1 is a valid priority, errno tells */
int alcove_sys_getpriority(alcove_state_t *ap, const char *arg, size_t len,
                           int *index, ei_x_buff *reply) {
  int which = 0;
  int who = 0;
  int rv1;
  int rv2;
  int prio;

  (void)ap;

  /* which: constant prio_* */
  rv1 = alcove_decode_prio(arg, len, index, &which);
  if (rv1 < 0)
    return -1;
  /* who: id (or constant) */
  rv2 = alcove_decode_prio(arg, len, index, &who);
  if (rv2 < 0)
    return -1;

  if (rv1 == 1 || rv2 == 1)
    return alcove_mk_error(reply, "enotsup");

  errno = 0;
  prio = getpriority(which, (id_t)who);
  if (prio == -1 && errno != 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, prio);
}
