/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setuid(2) */
int alcove_sys_setuid(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  unsigned int id = 0;

  (void)ap;

  /* uid: uint32 */
  if (alcove_decode_uint(arg, len, index, &id) < 0)
    return -1;

  if (setuid((uid_t)id) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
