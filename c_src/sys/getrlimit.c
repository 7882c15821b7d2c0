/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_term.h"

#include <sys/resource.h>

/* getrlimit(2): {ok, {alcove_rlimit, Cur, Max}}; infinity is 2^64-1 */
int alcove_sys_getrlimit(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  long long resource = 0;
  struct rlimit rl;
  unsigned long long cur;
  unsigned long long max;

  (void)ap;

  /* resource: constant rlimit_* */
  switch (alcove_decode_constant(arg, len, index, &resource,
                                 alcove_rlimit_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (resource < INT_MIN || resource > INT_MAX)
    return -1;

  if (getrlimit((int)resource, &rl) < 0)
    return alcove_mk_errno(reply, errno);

  cur = rl.rlim_cur == RLIM_INFINITY ? UINT64_MAX : rl.rlim_cur;
  max = rl.rlim_max == RLIM_INFINITY ? UINT64_MAX : rl.rlim_max;

  if (alcove_encode_tuple_header(reply, 2) < 0 || alcove_mk_ok(reply) < 0 ||
      alcove_encode_tuple_header(reply, 3) < 0 ||
      alcove_mk_atom(reply, "alcove_rlimit") < 0 ||
      alcove_mk_ulong(reply, cur) < 0 || alcove_mk_ulong(reply, max) < 0)
    return -1;

  return 0;
}
