/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/resource.h>

/* setpriority(2) */
int alcove_sys_setpriority(alcove_state_t *ap, const char *arg, size_t len,
                           int *index, ei_x_buff *reply) {
  int which = 0;
  int who = 0;
  int prio = 0;
  int rv1;
  int rv2;

  (void)ap;

  /* which: constant prio_* */
  rv1 = alcove_decode_prio(arg, len, index, &which);
  if (rv1 < 0)
    return -1;
  /* who: id (or constant) */
  rv2 = alcove_decode_prio(arg, len, index, &who);
  if (rv2 < 0)
    return -1;
  /* prio: int32 */
  if (alcove_decode_int(arg, len, index, &prio) < 0)
    return -1;

  if (rv1 == 1 || rv2 == 1)
    return alcove_mk_error(reply, "enotsup");

  if (setpriority(which, (id_t)who, prio) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
