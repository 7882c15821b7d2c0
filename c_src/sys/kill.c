/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* kill(2) */
int alcove_sys_kill(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  int pid = 0;
  long long sig = 0;

  (void)ap;

  /* pid: int32 */
  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;

  /* signal: constant */
  switch (
      alcove_decode_constant(arg, len, index, &sig, alcove_signal_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (sig < INT_MIN || sig > INT_MAX)
    return -1;

  if (kill(pid, (int)sig) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
