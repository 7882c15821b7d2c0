/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_term.h"

/* getresgid(2): {ok, Real, Effective, Saved} */
int alcove_sys_getresgid(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  gid_t r;
  gid_t e;
  gid_t s;

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  if (getresgid(&r, &e, &s) < 0)
    return alcove_mk_errno(reply, errno);

  if (alcove_encode_tuple_header(reply, 4) < 0 || alcove_mk_ok(reply) < 0 ||
      alcove_mk_ulong(reply, r) < 0 || alcove_mk_ulong(reply, e) < 0 ||
      alcove_mk_ulong(reply, s) < 0)
    return -1;

  return 0;
}
