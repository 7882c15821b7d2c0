/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_PTY_H
#define ALCOVE_PTY_H

#include "alcove_defs.h"

/* Pseudo-terminals for forkpty children (alcove_pty.c). The parent keeps
 * the master; the child's stdin, stdout and stderr are the slave, its
 * controlling terminal in a session of its own. */

/* A new terminal of rows x cols: *master (close-on-exec, non-blocking)
 * and *slave (close-on-exec, no controlling terminal yet). 0 / -1 and
 * errno, nothing left open. */
int alcove_pty_open(int rows, int cols, int *master, int *slave);
/* In the new child: a session of its own, slave at 0, 1 and 2 as its
 * controlling terminal. 0 / -1 and errno. */
int alcove_pty_child(int slave);
/* Set the window size of the terminal whose master is fd (the kernel
 * sends SIGWINCH to its foreground process group). 0 / -1 and errno. */
int alcove_pty_winsize(int fd, int rows, int cols);
/* The terminal's end-of-file character (VEOF, normally ^D) in *c, or -1
 * if it has none. */
int alcove_pty_veof(int fd, char *c);
/* Signal a terminal's processes: the foreground process group of the
 * terminal whose master is fd (if fd >= 0), and every process of the
 * session sid, whatever its group (a shell's background jobs). */
void alcove_pty_signal(int fd, pid_t sid, int sig);

#endif
