/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* fork(2) onto a new pseudo-terminal: a child running the event loop whose
 * stdin, stdout and stderr are the slave, its controlling terminal */
int alcove_sys_forkpty(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int rows = 0;
  int cols = 0;
  pid_t pid;

  /* rows, cols: uint16 */
  if (alcove_decode_int(arg, len, index, &rows) < 0 ||
      alcove_decode_int(arg, len, index, &cols) < 0)
    return -1;
  if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff)
    return -1;

  pid = alcove_proc_spawn_pty(ap, rows, cols);
  if (pid < 0)
    return alcove_mk_errno(reply, errno);
  if (pid == 0)
    return 0; /* the new child: its parent replies */

  return alcove_mk_ok_long(reply, pid);
}
