/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_pty.h"

#include "alcove_procfs.h"

#include "alcove_io.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>

/* A terminal is made before the fork: the master with posix_openpt(3)
 * (glibc and musl alike), the slave opened by the parent too, so that it
 * exists before the child runs and a chroot or mount namespace of the
 * child never has to find it under /dev/pts. */

static int alcove_pty_open_slave(int master);

static int alcove_pty_open_slave(int master) {
#ifdef TIOCGPTPEER
  /* Linux 4.13: no path lookup, so no race with a devpts mount */
  int fd = ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (fd >= 0)
    return fd;
#endif
  {
    char name[128];
    if (ptsname_r(master, name, sizeof(name)) != 0)
      return -1;
    return open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
  }
}

int alcove_pty_open(int rows, int cols, int *master, int *slave) {
  int m;
  int s;
  int saved;

  m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (m < 0)
    return -1;
  if (grantpt(m) < 0 || unlockpt(m) < 0 ||
      alcove_pty_winsize(m, rows, cols) < 0)
    goto err;
  s = alcove_pty_open_slave(m);
  if (s < 0)
    goto err;
  if (alcove_set_cloexec(m, 1) < 0 || alcove_set_nonblock(m, 1) < 0) {
    saved = errno;
    (void)close(s);
    errno = saved;
    goto err;
  }
  *master = m;
  *slave = s;
  return 0;

err:
  saved = errno;
  (void)close(m);
  errno = saved;
  return -1;
}

int alcove_pty_child(int slave) {
  if (setsid() < 0)
    return -1;
  if (ioctl(slave, TIOCSCTTY, 0) < 0)
    return -1;
  if (alcove_fd_moveto(slave, STDIN_FILENO, 0) < 0 ||
      dup2(STDIN_FILENO, STDOUT_FILENO) < 0 ||
      dup2(STDIN_FILENO, STDERR_FILENO) < 0)
    return -1;
  return 0;
}

int alcove_pty_winsize(int fd, int rows, int cols) {
  struct winsize ws;

  memset(&ws, 0, sizeof(ws));
  ws.ws_row = (unsigned short)rows;
  ws.ws_col = (unsigned short)cols;
  return ioctl(fd, TIOCSWINSZ, &ws);
}

int alcove_pty_veof(int fd, char *c) {
  struct termios t;

  /* on a master, the slave's settings */
  if (tcgetattr(fd, &t) < 0)
    return -1;
#ifdef _POSIX_VDISABLE
  if (t.c_cc[VEOF] == _POSIX_VDISABLE)
    return -1;
#endif
  *c = (char)t.c_cc[VEOF];
  return 0;
}

void alcove_pty_signal(int fd, pid_t sid, int sig) {
  pid_t fg;

  if (fd >= 0) {
    fg = tcgetpgrp(fd);
    if (fg > 0)
      (void)kill(-fg, sig);
  }

  if (sid > 0)
    (void)alcove_procfs_kill(ALCOVE_PROCFS_SESSION, (long)sid, sig);
}
