/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* getcwd(3) */
int alcove_sys_getcwd(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char buf[PATH_MAX];

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  if (getcwd(buf, sizeof(buf)) == NULL)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_binary(reply, buf, strlen(buf));
}
