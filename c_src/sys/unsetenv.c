/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* unsetenv(3) */
int alcove_sys_unsetenv(alcove_state_t *ap, const char *arg, size_t len,
                        int *index, ei_x_buff *reply) {
  char *name = NULL;
  int rv;

  (void)ap;

  /* name: non-empty iodata */
  if (alcove_decode_envname(arg, len, index, &name) < 0)
    return -1;

  if (unsetenv(name) < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok(reply);

  free(name);
  return rv;
}
