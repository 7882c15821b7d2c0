/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_teardown.h"

#include "alcove_child.h"
#include "alcove_io.h"
#include "alcove_proc.h"
#include "alcove_procfs.h"
#include "alcove_pty.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>

/* After EOF from the parent: how long exec'd children get to exit after
 * signaloneof before they are killed. */
#define ALCOVE_GRACE_MS 1000

static long alcove_now_ms(void);

static long alcove_now_ms(void) {
  struct timespec ts;
  (void)clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The parent is gone (or closed our channel): signal exec'd children with
 * their signaloneof signal, let event-loop children unwind the same way,
 * give everyone ALCOVE_GRACE_MS, then kill and reap what is left. No
 * process of the tree outlives us and none is left a zombie. */
void alcove_teardown(alcove_state_t *ap) {
  long deadline;
  int i;
  int killed = 0;

  for (i = 0; i < ap->maxchild; i++) {
    alcove_child_t *c = &ap->child[i];

    if (c->pid == 0)
      continue;

    if (c->chan == ALCOVE_CHAN_EXECED && !c->exited && ap->signaloneof > 0 &&
        c->signaloneof > 0) {
      int sig = c->signaloneof;
      /* its process group (a shell's jobs), or the program alone; the
       * group id is the pid of a child we have not reaped, so it cannot
       * have been reused */
      if (kill(-c->pid, sig) == 0 || alcove_proc_signal(c, sig) == 0)
        (void)alcove_proc_signal(c, SIGCONT);
      /* a terminal: its foreground group and its session's other
       * groups (a shell's background jobs) */
      if (c->pty)
        alcove_pty_signal(c->stdout_fd, c->pid, sig);
    }

    /* Nobody reads what we would forward: closing our ends lets children
     * blocked on a full pipe fail instead of waiting forever. */
    if (c->chan >= 0)
      (void)close(c->chan);
    c->chan = ALCOVE_CHAN_CLOSED;
    alcove_fd_close(&c->stdin_fd);
    alcove_fd_close(&c->stdout_fd);
    alcove_fd_close(&c->stderr_fd);
  }

  deadline = alcove_now_ms() + ALCOVE_GRACE_MS;

  for (;;) {
    int status;
    pid_t pid;
    struct pollfd pfd;
    char drain[512];

    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
      alcove_child_t *c = alcove_child_get(ap, pid);
      if (c != NULL)
        alcove_child_release(ap, c);
    }
    if (pid < 0 && errno == ECHILD)
      break;

    if (!killed && alcove_now_ms() >= deadline) {
      for (i = 0; i < ap->maxchild; i++) {
        alcove_child_t *c = &ap->child[i];
        if (c->pid == 0)
          continue;
        (void)kill(-c->pid, SIGKILL);
        (void)alcove_proc_signal(c, SIGKILL);
        if (c->pty)
          alcove_pty_signal(-1, c->pid, SIGKILL);
      }
      killed = 1;
    }
    if (killed)
      /* descendants orphaned below us were re-parented to us (we are a
       * child subreaper): their parent pid is ours */
      (void)alcove_procfs_kill(ALCOVE_PROCFS_PPID, (long)getpid(), SIGKILL);

    pfd.fd = ALCOVE_SIGREAD_FILENO;
    pfd.events = POLLIN;
    pfd.revents = 0;
    (void)poll(&pfd, 1, killed ? 10 : 50);
    while (alcove_read(ALCOVE_SIGREAD_FILENO, drain, sizeof(drain)) > 0)
      ;
  }

  ap->done = 1;
}
