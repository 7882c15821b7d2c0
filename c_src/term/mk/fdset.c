/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* The ready descriptors of set, ascending. */
int alcove_mk_fdset(ei_x_buff *reply, const fd_set *set, int nfds) {
  int fd;

  for (fd = 0; fd < nfds; fd++) {
    if (!FD_ISSET(fd, set))
      continue;
    if (alcove_encode_list_header(reply, 1) < 0 ||
        alcove_mk_long(reply, fd) < 0)
      return -1;
  }
  return alcove_encode_empty_list(reply);
}
