/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setresuid(2) */
int alcove_sys_setresuid(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  unsigned int r = 0;
  unsigned int e = 0;
  unsigned int s = 0;

  (void)ap;

  /* real: uint32 (0xffffffff: unchanged) */
  if (alcove_decode_uint(arg, len, index, &r) < 0)
    return -1;
  /* effective: uint32 */
  if (alcove_decode_uint(arg, len, index, &e) < 0)
    return -1;
  /* saved: uint32 */
  if (alcove_decode_uint(arg, len, index, &s) < 0)
    return -1;

  if (setresuid((uid_t)r, (uid_t)e, (uid_t)s) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
