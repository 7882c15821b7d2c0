/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* errno number -> posix() atom */
int alcove_sys_errno_id(alcove_state_t *ap, const char *arg, size_t len,
                        int *index, ei_x_buff *reply) {
  int errnum = 0;

  (void)ap;

  /* errno: int32 */
  if (alcove_decode_int(arg, len, index, &errnum) < 0)
    return -1;

  return alcove_mk_atom(reply, alcove_errno_id(errnum));
}
