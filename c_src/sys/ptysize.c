/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_pty.h"

/* The window size of a forkpty child's terminal (TIOCSWINSZ on the
 * master): its foreground process group gets SIGWINCH */
int alcove_sys_ptysize(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int pid = 0;
  int rows = 0;
  int cols = 0;
  alcove_child_t *c;
  int fd;

  /* pid: int32; rows, cols: uint16 */
  if (alcove_decode_int(arg, len, index, &pid) < 0 ||
      alcove_decode_int(arg, len, index, &rows) < 0 ||
      alcove_decode_int(arg, len, index, &cols) < 0)
    return -1;
  if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff)
    return -1;

  c = alcove_child_get(ap, pid);
  if (c == NULL)
    return alcove_mk_error(reply, "esrch");
  if (!c->pty)
    return alcove_mk_error(reply, "enotty");

  fd = c->stdout_fd >= 0 ? c->stdout_fd : c->stdin_fd;
  if (fd < 0)
    return alcove_mk_error(reply, "ebadf");

  if (alcove_pty_winsize(fd, rows, cols) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
