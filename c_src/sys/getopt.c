/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* getopt: an option of this process, or false */
int alcove_sys_getopt(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char name[MAXATOMLEN_UTF8];
  int *field;

  /* option: atom */
  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;

  if (strcmp(name, "maxchild") == 0)
    return alcove_mk_long(reply, ap->maxchild);

  field = alcove_state_opt(ap, name);
  if (field == NULL)
    return alcove_mk_atom(reply, "false");

  return alcove_mk_long(reply, *field);
}
