/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_term.h"

#include <sys/ioctl.h>

/* ioctl(2): {ok, Result, Out} */
int alcove_sys_ioctl(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  int fd = -1;
  long long request = 0;
  int type;
  int arity;
  int val = 0;
  alcove_cstruct_t cs;
  int byptr = 0;
  int rv;
  int ret = -1;

  (void)ap;
  memset(&cs, 0, sizeof(cs));

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;

  /* request: constant (64-bit) */
  switch (alcove_decode_constant(arg, len, index, &request,
                                 alcove_ioctl_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  /* arg: int32 (by value), binary or cstruct (by pointer) */
  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;

  switch (type) {
  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    if (alcove_decode_int(arg, len, index, &val) < 0)
      return -1;
    break;
  default:
    if (alcove_decode_cstruct_arg(arg, len, index, ALCOVE_CSTRUCT_SIZE_MAX,
                                  &cs) < 0)
      return -1;
    byptr = 1;
    break;
  }

  /* the request is an unsigned long on Linux and BSD (an int on a few
   * systems: the cast keeps its bits) */
  rv = byptr ? ioctl(fd, (unsigned long)request, cs.buf)
             : ioctl(fd, (unsigned long)request, (long)val);

  if (rv < 0) {
    ret = alcove_mk_errno(reply, errno);
    goto done;
  }

  if (alcove_encode_tuple_header(reply, 3) < 0 ||
      alcove_mk_atom(reply, "ok") < 0 || alcove_mk_long(reply, rv) < 0)
    goto done;

  if (byptr ? alcove_encode_cstruct(reply, &cs) < 0
            : alcove_mk_binary(reply, NULL, 0) < 0)
    goto done;

  ret = 0;

done:
  alcove_cstruct_free(&cs);
  return ret;
}
