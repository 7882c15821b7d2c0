/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* The child table: [#alcove_pid{}] in slot order */
int alcove_sys_cpid(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  int i;

  (void)arg;
  (void)len;
  (void)index;

  for (i = 0; i < ap->maxchild; i++) {
    const alcove_child_t *c = &ap->child[i];

    if (c->pid == 0)
      continue;

    if (ei_x_encode_list_header(reply, 1) < 0 ||
        ei_x_encode_tuple_header(reply, 8) < 0 ||
        alcove_mk_atom(reply, "alcove_pid") < 0 ||
        alcove_mk_long(reply, c->pid) < 0 ||
        alcove_mk_long(reply, c->flowcontrol) < 0 ||
        alcove_mk_long(reply, c->signaloneof) < 0 ||
        alcove_mk_long(reply, c->chan) < 0 ||
        alcove_mk_long(reply, c->stdin_fd) < 0 ||
        alcove_mk_long(reply, c->stdout_fd) < 0 ||
        alcove_mk_long(reply, c->stderr_fd) < 0)
      return -1;
  }

  return ei_x_encode_empty_list(reply);
}
