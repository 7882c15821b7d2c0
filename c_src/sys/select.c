/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_term.h"

/* select(2): {ok, Read, Write, Except}, ascending fd lists. A listed fd
 * that is not open or >= FD_SETSIZE gives {error, ebadf} before the call.
 * Timeout [] blocks this process's event loop until an fd is ready. */
int alcove_sys_select(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  fd_set set[3];
  int nfds = 0;
  int bad = 0;
  struct timeval tv;
  struct timeval *tvp = NULL;
  int i;

  (void)ap;

  /* readfds, writefds, exceptfds: [fd] */
  for (i = 0; i < 3; i++) {
    if (alcove_decode_fdset(arg, len, index, &set[i], &nfds, &bad) < 0)
      return -1;
  }
  /* timeout: [] | #alcove_timeval{} */
  if (alcove_decode_timeval(arg, len, index, &tv, &tvp) < 0)
    return -1;

  if (bad)
    return alcove_mk_errno(reply, EBADF);

  if (select(nfds, &set[0], &set[1], &set[2], tvp) < 0)
    return alcove_mk_errno(reply, errno);

  if (alcove_encode_tuple_header(reply, 4) < 0 || alcove_mk_ok(reply) < 0)
    return -1;

  for (i = 0; i < 3; i++) {
    if (alcove_mk_fdset(reply, &set[i], nfds) < 0)
      return -1;
  }

  return 0;
}
