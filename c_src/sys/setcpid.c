/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* setcpid: per-child flowcontrol (sets the read credit; < 0 is unlimited)
 * or signaloneof (0..255) */
int alcove_sys_setcpid(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  unsigned int pid = 0;
  char name[MAXATOMLEN_UTF8];
  int val = 0;
  alcove_child_t *c;

  /* pid: uint32 */
  if (alcove_decode_uint(arg, len, index, &pid) < 0)
    return -1;
  /* option: atom */
  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;
  /* value: int32 */
  if (alcove_decode_int(arg, len, index, &val) < 0)
    return -1;

  if (val < 0 && strcmp(name, "flowcontrol") != 0)
    return -1;

  c = pid > INT_MAX ? NULL : alcove_child_get(ap, (pid_t)pid);

  if (strcmp(name, "flowcontrol") == 0) {
    if (c != NULL)
      c->flowcontrol = val < 0 ? -1 : val;
    return alcove_mk_atom(reply, "true");
  }

  if (strcmp(name, "signaloneof") == 0) {
    if (c != NULL)
      c->signaloneof = val > 255 ? 255 : val;
    return alcove_mk_atom(reply, "true");
  }

  return alcove_mk_atom(reply, "false");
}
