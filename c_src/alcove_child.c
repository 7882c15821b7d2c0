/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

/* The child table and process creation.
 *
 * A child gets four descriptors from its parent: stdin, stdout and stderr
 * pipes at 0, 1 and 2, which are plain data for the program it may exec,
 * and one end of a socketpair at 5, the protocol channel, close-on-exec.
 * The parent keeps the other ends, all close-on-exec and non-blocking.
 * End-of-file on the channel tells the parent the child exec'd or died. */

static void alcove_child_init(alcove_state_t *ap, int depth);

alcove_child_t *alcove_child_get(alcove_state_t *ap, pid_t pid) {
  int i;

  if (pid <= 0)
    return NULL;

  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].pid == pid)
      return &ap->child[i];
  }
  return NULL;
}

alcove_child_t *alcove_child_alloc(alcove_state_t *ap) {
  int i;

  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].pid == 0)
      return &ap->child[i];
  }
  return NULL;
}

static void alcove_child_empty(alcove_child_t *c) {
  memset(c, 0, sizeof(*c));
  c->fdctl = -1;
  c->fdin = -1;
  c->fdout = -1;
  c->fderr = -1;
}

/* Close a slot's descriptors, free its queues and mark it empty. */
static void alcove_child_clear(alcove_child_t *c) {
  alcove_fd_close(&c->fdctl); /* -2 (exec'd) is not a descriptor either */
  alcove_fd_close(&c->fdin);
  alcove_fd_close(&c->fdout);
  alcove_fd_close(&c->fderr);
  alcove_buf_free(&c->ctlq);
  alcove_buf_free(&c->inq);
  alcove_buf_free(&c->ctlr);
  alcove_child_empty(c);
}

alcove_child_t *alcove_child_table(int n) {
  alcove_child_t *t = calloc((size_t)(n > 0 ? n : 1), sizeof(*t));
  int i;

  if (t == NULL)
    return NULL;
  for (i = 0; i < n; i++)
    alcove_child_empty(&t[i]);
  return t;
}

void alcove_child_release(alcove_state_t *ap, alcove_child_t *c) {
  alcove_child_clear(c);
  if (ap->nchild > 0)
    ap->nchild--;
}

/* close(2) on one of the parent's ends of a child keeps the table true:
 * the slot no longer names a descriptor that may be reused. Returns 1 if
 * fd belonged to a child (and was closed), 0 otherwise. */
int alcove_child_close(alcove_state_t *ap, int fd) {
  int i;

  if (fd < 0)
    return 0;

  for (i = 0; i < ap->maxchild; i++) {
    alcove_child_t *c = &ap->child[i];

    if (c->pid == 0)
      continue;

    if (c->fdctl == fd) {
      (void)close(fd);
      c->fdctl = -1;
      alcove_buf_free(&c->ctlq);
      return 1;
    }
    if (c->fdin == fd) {
      /* stdin queued before the close still reaches the child */
      c->inclose = 1;
      if (ALCOVE_BUF_SIZE(&c->inq) == 0 || c->indead)
        alcove_window_close(ap, c);
      return 1;
    }
    if (c->fdout == fd) {
      alcove_fd_close(&c->fdout);
      return 1;
    }
    if (c->fderr == fd) {
      alcove_fd_close(&c->fderr);
      return 1;
    }
  }
  return 0;
}

static int alcove_move_fd(int from, int to, int cloexec) {
  if (from == to)
    return alcove_set_cloexec(to, cloexec);
  if (dup2(from, to) < 0)
    return -1;
  (void)close(from);
  return cloexec ? alcove_set_cloexec(to, 1) : 0;
}

/* Runs in the new child: the parent's state becomes the child's. */
static void alcove_child_init(alcove_state_t *ap, int depth) {
  int i;

  /* the parent's descriptors for our siblings */
  for (i = 0; i < ap->maxchild; i++)
    alcove_child_clear(&ap->child[i]);
  ap->nchild = 0;

  alcove_buf_free(&ap->outq);
  alcove_buf_free(&ap->inr);

  ap->depth = depth;
  ap->fdin = ALCOVE_FDCTL_FILENO;
  ap->fdout = ALCOVE_FDCTL_FILENO;
  memcpy(ap->filter, ap->subfilter, sizeof(ap->filter));
  ap->done = 0;
}

static pid_t alcove_child_spawn_with(alcove_state_t *ap, int flags,
                                     const alcove_clone3_t *c3);

pid_t alcove_child_spawn(alcove_state_t *ap, int flags) {
  return alcove_child_spawn_with(ap, flags, NULL);
}

pid_t alcove_child_spawn3(alcove_state_t *ap, const alcove_clone3_t *c3) {
  return alcove_child_spawn_with(ap, 0, c3);
}

/* c3 != NULL: clone3(2) with its flags and cgroup, flags unused */
static pid_t alcove_child_spawn_with(alcove_state_t *ap, int flags,
                                     const alcove_clone3_t *c3) {
  int fdin[2] = {-1, -1};
  int fdout[2] = {-1, -1};
  int fderr[2] = {-1, -1};
  int fdctl[2] = {-1, -1};
  int sigpipe[2] = {-1, -1};
  sigset_t all, old;
  alcove_child_t *c;
  pid_t pid;
  int saved;

  if (ap->depth >= ap->maxforkdepth) {
    errno = EAGAIN;
    return -1;
  }

  c = alcove_child_alloc(ap);
  if (c == NULL) {
    errno = EAGAIN;
    return -1;
  }

  if (pipe2(fdin, O_CLOEXEC) < 0 || pipe2(fdout, O_CLOEXEC) < 0 ||
      pipe2(fderr, O_CLOEXEC) < 0 ||
      socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fdctl) < 0 ||
      pipe2(sigpipe, O_CLOEXEC | O_NONBLOCK) < 0)
    goto err;

  (void)sigfillset(&all);
  (void)sigprocmask(SIG_BLOCK, &all, &old);

#ifdef __linux__
  if (c3 != NULL)
    pid = alcove_clone3(c3);
  else if (flags != 0)
    pid = (pid_t)syscall(SYS_clone, (unsigned long)flags | SIGCHLD, NULL, NULL,
                         NULL, NULL);
  else
    pid = fork();
#else
  pid = c3 != NULL ? alcove_clone3(c3) : fork();
#endif

  if (pid < 0) {
    saved = errno;
    (void)sigprocmask(SIG_SETMASK, &old, NULL);
    errno = saved;
    goto err;
  }

  if (pid == 0) {
    /* child */
    if (alcove_move_fd(fdin[0], STDIN_FILENO, 0) < 0 ||
        alcove_move_fd(fdout[1], STDOUT_FILENO, 0) < 0 ||
        alcove_move_fd(fderr[1], STDERR_FILENO, 0) < 0 ||
        alcove_move_fd(sigpipe[0], ALCOVE_SIGREAD_FILENO, 1) < 0 ||
        alcove_move_fd(sigpipe[1], ALCOVE_SIGWRITE_FILENO, 1) < 0 ||
        alcove_move_fd(fdctl[1], ALCOVE_FDCTL_FILENO, 1) < 0)
      _exit(errno);
    (void)close(fdin[1]);
    (void)close(fdout[0]);
    (void)close(fderr[0]);
    (void)close(fdctl[0]);
    (void)alcove_set_nonblock(ALCOVE_SIGREAD_FILENO, 1);
    (void)alcove_set_nonblock(ALCOVE_SIGWRITE_FILENO, 1);
    (void)alcove_set_nonblock(ALCOVE_FDCTL_FILENO, 1);

    alcove_child_init(ap, ap->depth + 1);
#ifdef PR_SET_CHILD_SUBREAPER
    (void)prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#endif
    (void)sigprocmask(SIG_SETMASK, &old, NULL);

    {
      int rv = alcove_event_loop(ap);
      alcove_state_free(ap);
      _exit(rv);
    }
  }

  /* parent */
  (void)sigprocmask(SIG_SETMASK, &old, NULL);
  (void)close(fdin[0]);
  (void)close(fdout[1]);
  (void)close(fderr[1]);
  (void)close(fdctl[1]);
  (void)close(sigpipe[0]);
  (void)close(sigpipe[1]);
  (void)alcove_set_nonblock(fdin[1], 1);
  (void)alcove_set_nonblock(fdout[0], 1);
  (void)alcove_set_nonblock(fderr[0], 1);
  (void)alcove_set_nonblock(fdctl[0], 1);

  memset(c, 0, sizeof(*c));
  c->pid = pid;
  c->flowcontrol = ap->flowcontrol;
  c->signaloneof = ap->signaloneof;
  c->fdctl = fdctl[0];
  c->fdin = fdin[1];
  c->fdout = fdout[0];
  c->fderr = fderr[0];
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
  alcove_fd_close(&fdctl[0]);
  alcove_fd_close(&fdctl[1]);
  alcove_fd_close(&sigpipe[0]);
  alcove_fd_close(&sigpipe[1]);
  errno = saved;
  return -1;
}
