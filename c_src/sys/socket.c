/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/socket.h>

/* socket(2) */
int alcove_sys_socket(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  long long domain = 0;
  long long type = 0;
  int protocol = 0;
  int rv1;
  int rv2;
  int fd;

  (void)ap;

  /* domain: constant af_* / pf_* */
  rv1 =
      alcove_decode_constant(arg, len, index, &domain, alcove_socket_constants);
  if (rv1 < 0)
    return -1;
  /* type: constant sock_* (or an integer to combine flags) */
  rv2 = alcove_decode_constant(arg, len, index, &type, alcove_socket_constants);
  if (rv2 < 0)
    return -1;
  /* protocol: int32 */
  if (alcove_decode_int(arg, len, index, &protocol) < 0)
    return -1;

  if (rv1 == 1 || rv2 == 1)
    return alcove_mk_error(reply, "enotsup");

  if (domain < INT_MIN || domain > INT_MAX || type < INT_MIN || type > INT_MAX)
    return -1;

  fd = socket((int)domain, (int)type, protocol);
  if (fd < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, fd);
}
