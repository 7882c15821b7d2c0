/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* gethostname(2) */
int alcove_sys_gethostname(alcove_state_t *ap, const char *arg, size_t len,
                           int *index, ei_x_buff *reply) {
  char name[HOST_NAME_MAX + 1];

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  if (gethostname(name, sizeof(name)) < 0)
    return alcove_mk_errno(reply, errno);

  /* may be unterminated if truncated */
  name[HOST_NAME_MAX] = '\0';
  return alcove_mk_ok_binary(reply, name, strlen(name));
}
