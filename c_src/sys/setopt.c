/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setopt: true when applied, false for an unknown or refused option */
int alcove_sys_setopt(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char name[MAXATOMLEN_UTF8];
  int val = 0;
  int *field;

  /* option: atom */
  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;
  /* value: int32 */
  if (alcove_decode_int(arg, len, index, &val) < 0)
    return -1;

  if (val < 0 && strcmp(name, "flowcontrol") != 0)
    return -1;

  if (strcmp(name, "maxchild") == 0)
    return alcove_mk_atom(reply,
                          alcove_child_resize(ap, val) ? "true" : "false");

  field = alcove_state_opt(ap, name);
  if (field == NULL)
    return alcove_mk_atom(reply, "false");

  *field = alcove_state_opt_clamp(name, val);
  return alcove_mk_atom(reply, "true");
}
