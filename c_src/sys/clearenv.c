/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifndef __linux__
extern char **environ;
#endif

/* clearenv(3); elsewhere the environment pointer is reset */
int alcove_sys_clearenv(alcove_state_t *ap, const char *arg, size_t len,
                        int *index, ei_x_buff *reply) {
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

#ifdef __linux__
  if (clearenv() < 0)
    return alcove_mk_errno(reply, errno);
#else
  environ = NULL;
#endif

  return alcove_mk_ok(reply);
}
