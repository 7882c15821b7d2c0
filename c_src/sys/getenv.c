/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* getenv(3): the value as a binary, or false when unset */
int alcove_sys_getenv(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char *name = NULL;
  const char *val;
  int rv;

  (void)ap;

  /* name: non-empty iodata */
  if (alcove_decode_envname(arg, len, index, &name) < 0)
    return -1;

  val = getenv(name);
  if (val == NULL)
    rv = alcove_mk_atom(reply, "false");
  else
    rv = alcove_mk_binary(reply, val, strlen(val));

  free(name);
  return rv;
}
