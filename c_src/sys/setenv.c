/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setenv(3) */
int alcove_sys_setenv(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char *name = NULL;
  char *val = NULL;
  size_t vlen = 0;
  int overwrite = 0;
  int rv = -1;

  (void)ap;

  /* name: non-empty iodata */
  if (alcove_decode_envname(arg, len, index, &name) < 0)
    return -1;
  /* value: iodata (stops at a NUL byte, as a C string does) */
  if (alcove_decode_iolist(arg, len, index, &val, &vlen) < 0)
    goto out;
  /* overwrite: int32 */
  if (alcove_decode_int(arg, len, index, &overwrite) < 0)
    goto out;

  if (setenv(name, val, overwrite) < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok(reply);

out:
  free(name);
  free(val);
  return rv;
}
