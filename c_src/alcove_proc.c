/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_proc.h"

#include "alcove_child.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_mem.h"
#include "alcove_pty.h"
#include "alcove_window.h"

#include <fcntl.h>
#include <sys/socket.h>
#ifdef __linux__
#include <linux/sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

/* Process creation and exec.
 *
 * A child gets four descriptors from its parent: stdin, stdout and stderr
 * pipes at 0, 1 and 2, which are plain data for the program it may exec,
 * and one end of a socketpair at 5, the protocol channel, close-on-exec.
 * The parent keeps the other ends, all close-on-exec and non-blocking.
 * End-of-file on the channel tells the parent the child exec'd or died.
 * A forkpty child has the slave of a terminal at 0, 1 and 2 instead of
 * the pipes; the parent keeps the master twice (a duplicate for stdin, so
 * that closing stdin never closes the descriptor output is read from).
 *
 * A spawn returns in both processes, like fork(2): the child's call stack
 * unwinds back to its event loop, which starts over with the child's own
 * (empty) table and channel. */

/* The size of a forkpty child's terminal. */
typedef struct {
  int rows;
  int cols;
} alcove_pty_size_t;

static pid_t alcove_proc_make(alcove_state_t *ap, int flags,
                              const alcove_clone3_t *c3,
                              const alcove_pty_size_t *pty);
static pid_t alcove_proc_clone3(const alcove_clone3_t *args);
static void alcove_proc_become_child(alcove_state_t *ap);
static int alcove_proc_pidfd(pid_t pid);

pid_t alcove_proc_spawn(alcove_state_t *ap, int flags) {
  return alcove_proc_make(ap, flags, NULL, NULL);
}

pid_t alcove_proc_spawn3(alcove_state_t *ap, const alcove_clone3_t *c3) {
  return alcove_proc_make(ap, 0, c3, NULL);
}

pid_t alcove_proc_spawn_pty(alcove_state_t *ap, int rows, int cols) {
  alcove_pty_size_t sz;

  sz.rows = rows;
  sz.cols = cols;
  return alcove_proc_make(ap, 0, NULL, &sz);
}

/* clone3(2) used like fork(2): no stack is given, so the child runs on a
 * copy of the parent's, and SIGCHLD is its exit signal. With a cgroup
 * descriptor the child is created in that cgroup v2 group: it never runs
 * a single instruction outside it (CLONE_INTO_CGROUP, Linux 5.7). */
static pid_t alcove_proc_clone3(const alcove_clone3_t *args) {
#if defined(__linux__) && defined(SYS_clone3) && defined(CLONE_INTO_CGROUP)
  struct clone_args ca;

  memset(&ca, 0, sizeof(ca));
  ca.flags = args->flags;
  ca.exit_signal = SIGCHLD;
  if (args->cgroup >= 0) {
    ca.flags |= CLONE_INTO_CGROUP;
    ca.cgroup = (uint64_t)args->cgroup;
  }

  return (pid_t)syscall(SYS_clone3, &ca, sizeof(ca));
#else
  (void)args;
  errno = ENOSYS;
  return -1;
#endif
}

/* A pidfd for a new child (close-on-exec), or -1: the kernel may lack
 * pidfd_open(2), or the descriptor budget may be spent. */
static int alcove_proc_pidfd(pid_t pid) {
#if defined(__linux__) && defined(SYS_pidfd_open)
  int fd = (int)syscall(SYS_pidfd_open, pid, 0);
  return fd < 0 ? -1 : fd;
#else
  (void)pid;
  return -1;
#endif
}

int alcove_proc_signal(const alcove_child_t *c, int sig) {
#if defined(__linux__) && defined(SYS_pidfd_send_signal)
  if (c->pidfd >= 0)
    return (int)syscall(SYS_pidfd_send_signal, c->pidfd, sig, NULL, 0);
#endif
  return kill(c->pid, sig);
}

/* In the new child: the parent's state becomes the child's. */
static void alcove_proc_become_child(alcove_state_t *ap) {
  int i;

  /* the parent's descriptors for our siblings */
  for (i = 0; i < ap->maxchild; i++)
    alcove_child_release(ap, &ap->child[i]);
  ap->nchild = 0;

  /* the parent's queues, and the rest of its input */
  alcove_buf_free(&ap->outq);
  alcove_buf_free(&ap->inr);

  ap->depth++;
  ap->chanin = ALCOVE_FDCTL_FILENO;
  ap->chanout = ALCOVE_FDCTL_FILENO;
  /* the channel is a socket: output is copied (alcove_splice.h) */
  ap->nosplice = 1;
  memcpy(ap->filter, ap->subfilter, sizeof(ap->filter));
  ap->done = 0;
  ap->spawned = 1;
}

/* c3 != NULL: clone3(2) with its flags and cgroup, flags unused;
 * pty != NULL: on a new terminal, fdin[1] is a duplicate of the master
 * fdout[0], the other pipe ends are -1 and ptys the slave */
static pid_t alcove_proc_make(alcove_state_t *ap, int flags,
                              const alcove_clone3_t *c3,
                              const alcove_pty_size_t *pty) {
  int fdin[2] = {-1, -1};
  int fdout[2] = {-1, -1};
  int fderr[2] = {-1, -1};
  int chan[2] = {-1, -1};
  int sigpipe[2] = {-1, -1};
  int ptys = -1;
  sigset_t all, old;
  alcove_child_t *c;
  pid_t pid;
  int saved;

  if (ap->depth >= ap->maxforkdepth) {
    errno = EAGAIN;
    return -1;
  }

  c = alcove_child_free_slot(ap);
  if (c == NULL) {
    errno = EAGAIN;
    return -1;
  }

  /* the fork copies only the pages in use */
  alcove_mem_before_fork(ap->filtered);

  if (pty != NULL) {
    if (alcove_pty_open(pty->rows, pty->cols, &fdout[0], &ptys) < 0 ||
        (fdin[1] = fcntl(fdout[0], F_DUPFD_CLOEXEC, 0)) < 0)
      goto err;
  } else if (pipe2(fdin, O_CLOEXEC) < 0 || pipe2(fdout, O_CLOEXEC) < 0 ||
             pipe2(fderr, O_CLOEXEC) < 0)
    goto err;

  /* both ends of the channel and of the signal pipe are non-blocking from
   * the start, in the child as in the parent */
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, chan) <
          0 ||
      pipe2(sigpipe, O_CLOEXEC | O_NONBLOCK) < 0)
    goto err;

  /* no handler runs in the child before it has its own signal pipe */
  (void)sigfillset(&all);
  (void)sigprocmask(SIG_BLOCK, &all, &old);

  if (c3 != NULL)
    pid = alcove_proc_clone3(c3);
#ifdef __linux__
  else if (flags != 0)
    pid = (pid_t)syscall(SYS_clone, (unsigned long)flags | SIGCHLD, NULL, NULL,
                         NULL, NULL);
#endif
  else
    pid = fork();

  if (pid < 0) {
    saved = errno;
    (void)sigprocmask(SIG_SETMASK, &old, NULL);
    errno = saved;
    goto err;
  }

  if (pid == 0) {
    if (pty != NULL) {
      (void)close(fdin[1]);
      (void)close(fdout[0]);
      fdin[1] = -1;
      fdout[0] = -1;
      if (alcove_pty_child(ptys) < 0)
        _exit(errno);
    } else if (alcove_fd_moveto(fdin[0], STDIN_FILENO, 0) < 0 ||
               alcove_fd_moveto(fdout[1], STDOUT_FILENO, 0) < 0 ||
               alcove_fd_moveto(fderr[1], STDERR_FILENO, 0) < 0)
      _exit(errno);
    if (alcove_fd_moveto(sigpipe[0], ALCOVE_SIGREAD_FILENO, 1) < 0 ||
        alcove_fd_moveto(sigpipe[1], ALCOVE_SIGWRITE_FILENO, 1) < 0 ||
        alcove_fd_moveto(chan[1], ALCOVE_FDCTL_FILENO, 1) < 0)
      _exit(errno);
    alcove_fd_close(&fdin[1]);
    alcove_fd_close(&fdout[0]);
    alcove_fd_close(&fderr[0]);
    (void)close(chan[0]);

    alcove_proc_become_child(ap);
#ifdef PR_SET_CHILD_SUBREAPER
    (void)prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#endif
    (void)sigprocmask(SIG_SETMASK, &old, NULL);
    return 0;
  }

  (void)sigprocmask(SIG_SETMASK, &old, NULL);
  alcove_fd_close(&fdin[0]);
  alcove_fd_close(&fdout[1]);
  alcove_fd_close(&fderr[1]);
  alcove_fd_close(&ptys);
  (void)close(chan[1]);
  (void)close(sigpipe[0]);
  (void)close(sigpipe[1]);
  /* the parent's pipe ends are new: O_NONBLOCK is the only status flag
   * they need, so it is set without reading the flags first */
  (void)fcntl(fdin[1], F_SETFL, O_NONBLOCK);
  (void)fcntl(fdout[0], F_SETFL, O_NONBLOCK);
  if (fderr[0] >= 0)
    (void)fcntl(fderr[0], F_SETFL, O_NONBLOCK);

  c->pid = pid;
  c->flowcontrol = ap->flowcontrol;
  c->signaloneof = ap->signaloneof;
  c->chan = chan[0];
  c->stdin_fd = fdin[1];
  c->stdout_fd = fdout[0];
  c->stderr_fd = fderr[0];
  c->pty = pty != NULL ? ALCOVE_PTY_OPEN : ALCOVE_PTY_NONE;
  c->pidfd = alcove_proc_pidfd(pid);
  ap->nchild++;
  /* before the reply to the call that made it */
  alcove_window_open(ap, c);
  return pid;

err:
  saved = errno;
  alcove_fd_close(&fdin[0]);
  alcove_fd_close(&fdin[1]);
  alcove_fd_close(&fdout[0]);
  alcove_fd_close(&fdout[1]);
  alcove_fd_close(&fderr[0]);
  alcove_fd_close(&fderr[1]);
  alcove_fd_close(&chan[0]);
  alcove_fd_close(&chan[1]);
  alcove_fd_close(&sigpipe[0]);
  alcove_fd_close(&sigpipe[1]);
  alcove_fd_close(&ptys);
  errno = saved;
  return -1;
}

void alcove_proc_pre_exec(alcove_state_t *ap) {
  sigset_t none;

  alcove_frame_flush(ap);
#ifdef PR_SET_PDEATHSIG
  /* A program exec'd by a child must not outlive the alcove process that
   * relays it, even if that process is killed and cannot signal it. */
  if (ap->depth > 0)
    (void)prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
#endif
  if (ap->depth == 0) {
    (void)alcove_set_nonblock(STDIN_FILENO, 0);
    (void)alcove_set_nonblock(STDOUT_FILENO, 0);
  }
  /* CTL(exec), written out with what was queued before it */
  (void)alcove_frame_atom(ap, ALCOVE_MSG_CTL, "exec");
  alcove_frame_flush(ap);
  (void)sigemptyset(&none);
  (void)sigprocmask(SIG_SETMASK, &none, NULL);
}

void alcove_proc_exec_failed(alcove_state_t *ap) {
#ifdef PR_SET_PDEATHSIG
  if (ap->depth > 0)
    (void)prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0);
#endif
  if (ap->depth == 0) {
    (void)alcove_set_nonblock(STDIN_FILENO, 1);
    (void)alcove_set_nonblock(STDOUT_FILENO, 1);
    alcove_proc_fdctl_resume();
  }
}

void alcove_proc_fdctl_resume(void) {
  (void)alcove_write(ALCOVE_FDCTL_FILENO, "R", 1);
}
