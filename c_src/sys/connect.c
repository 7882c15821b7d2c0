/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_cstruct.h"

#include <sys/socket.h>

/* connect(2): ok */
int alcove_sys_connect(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int fd = -1;
  int type;
  int arity;
  alcove_cstruct_t addr;
  int ret;

  (void)ap;
  memset(&addr, 0, sizeof(addr));

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;

  /* sockaddr: [] (NULL) or a cstruct of at most sizeof(struct
   * sockaddr_storage) inline bytes */
  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;

  if (type == ERL_NIL_EXT) {
    if (alcove_decode_list_header(arg, len, index, &arity) < 0)
      return -1;
  } else if (alcove_decode_cstruct(
                 arg, len, index, sizeof(struct sockaddr_storage), &addr) < 0) {
    return -1;
  }

  if (connect(fd, (const struct sockaddr *)(void *)addr.buf,
              (socklen_t)addr.len) < 0)
    ret = alcove_mk_errno(reply, errno);
  else
    ret = alcove_mk_ok(reply);

  alcove_cstruct_free(&addr);
  return ret;
}
