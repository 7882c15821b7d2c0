/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_defs.h"

#include "alcove_child.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_loop.h"
#include "alcove_mem.h"
#include "alcove_proc.h"
#include "alcove_signal.h"
#include "alcove_state.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/* alcove: a port program that executes system calls for Erlang.
 *
 * alcove_drv starts this program as a port. It reads requests framed as
 * in doc/PROTOCOL.md on stdin, runs them and writes replies on stdout.
 * A fork or clone request duplicates the process: the child runs the same
 * event loop, talking to its parent over a socketpair, and may itself
 * fork, so that Erlang addresses a tree of processes by the list of pids
 * leading to one of them. Any process of the tree may exec a program,
 * whose stdin, stdout and stderr then stream to and from Erlang. */

static void alcove_usage(void);
static int alcove_maxchild_default(void);
static int alcove_fifo_open(const char *path);
static int alcove_is_socket(int fd);

static void alcove_usage(void) {
  (void)fprintf(stderr,
                "alcove %s\n"
                "usage: alcove -c <path> [-d <depth>] [-m <maxchild>]\n",
                ALCOVE_VERSION);
  exit(ENOTSUP);
}

/* The control FIFO: a name another user may be able to plant in ctldir
 * is never opened. mkfifo fails on any existing name (a file, a FIFO, a
 * symlink, dangling or not); the open does not follow a symlink swapped
 * in since; what was opened must be a FIFO owned by us. -1 with errno
 * set (EEXIST, ELOOP, EPERM...) and a message on stderr otherwise. */
static int alcove_fifo_open(const char *path) {
  struct stat st;
  int fd;

  /* readable by the driver, which may run as another user (sudo) */
  if (mkfifo(path, 0644) < 0) {
    int err = errno;
    (void)fprintf(stderr, "alcove: control FIFO %s: %s%s\n", path,
                  strerror(err),
                  err == EEXIST ? " (refusing to use a name that exists)" : "");
    errno = err;
    return -1;
  }
  fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    int err = errno;
    (void)fprintf(stderr, "alcove: control FIFO %s: %s\n", path, strerror(err));
    errno = err;
    return -1;
  }
  if (fstat(fd, &st) < 0 || !S_ISFIFO(st.st_mode) || st.st_uid != geteuid()) {
    (void)fprintf(stderr,
                  "alcove: control FIFO %s: not a FIFO owned by uid %ld\n",
                  path, (long)geteuid());
    (void)close(fd);
    errno = EPERM;
    return -1;
  }
  return fd;
}

static int alcove_is_socket(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
}

static int alcove_maxchild_default(void) {
  struct rlimit rl;
  rlim_t n;

  if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
    return ALCOVE_MAXCHILD_DEFAULT;

  if (rl.rlim_cur == RLIM_INFINITY)
    return ALCOVE_MAXCHILD_DEFAULT;

  n = rl.rlim_cur < ALCOVE_FDS_FIXED
          ? 0
          : (rl.rlim_cur - ALCOVE_FDS_FIXED) / ALCOVE_FDS_PER_CHILD;
  return n > ALCOVE_MAXCHILD_DEFAULT ? ALCOVE_MAXCHILD_DEFAULT : (int)n;
}

int main(int argc, char *argv[]) {
  alcove_state_t *ap;
  char *fifo = NULL;
  int depth = -1;
  long maxchild = -1;
  int ch;
  struct rlimit stack;
  int sigpipe[2];

  alcove_mem_init();

  while ((ch = getopt(argc, argv, "c:d:m:h")) != -1) {
    switch (ch) {
    case 'c':
      fifo = optarg;
      break;
    case 'd': {
      char *end;
      long d = strtol(optarg, &end, 10);
      if (*end != '\0' || d < 0)
        alcove_usage();
      if (d > 255)
        exit(EAGAIN);
      depth = (int)d;
    } break;
    case 'm': {
      char *end;
      maxchild = strtol(optarg, &end, 10);
      if (*end != '\0' || maxchild < 0 || maxchild > ALCOVE_MAXCHILD_MAX)
        alcove_usage();
    } break;
    case 'h':
    default:
      alcove_usage();
    }
  }

  if (maxchild < 0)
    maxchild = alcove_maxchild_default();
  if (!alcove_child_fits((int)maxchild))
    exit(EAGAIN);
  ap = alcove_state_new((int)maxchild);
  if (ap == NULL)
    exit(ENOMEM);
  ap->filtered = alcove_mem_filtered();

  /* clone(2) children run on a copy of our stack: nothing to size, but
   * keep the documented behaviour of bounding an unlimited stack. */
  if (getrlimit(RLIMIT_STACK, &stack) == 0 && stack.rlim_cur == RLIM_INFINITY) {
    stack.rlim_cur = 8 * 1024 * 1024;
    (void)setrlimit(RLIMIT_STACK, &stack);
  }

  if (depth >= 0 && alcove_is_socket(ALCOVE_FDCTL_FILENO)) {
    /* Re-exec'd by a child of the tree, descriptors 3, 4 and 5 kept: the
     * channel is the socketpair at 5, whatever -d says (callers pass -d 0
     * for a child of the port). A process that is not the port is at
     * least at depth 1: ap->depth 0 means "the channel is stdin/stdout".
     * The port re-exec'ing itself keeps its FIFO at 5, not a socket. */
    ap->depth = depth > 0 ? depth : 1;
    ap->chanin = ALCOVE_FDCTL_FILENO;
    ap->chanout = ALCOVE_FDCTL_FILENO;
    (void)alcove_set_cloexec(ALCOVE_FDCTL_FILENO, 1);
    (void)alcove_set_nonblock(ALCOVE_FDCTL_FILENO, 1);
  } else {
    ap->depth = 0;
    ap->chanin = STDIN_FILENO;
    ap->chanout = STDOUT_FILENO;
  }
  /* output is spliced only into a pipe (alcove_splice.h) */
  ap->nosplice = alcove_is_socket(ap->chanout);

  if (depth < 0) {
    /* descriptors open at start move away from the fixed ones */
    if (alcove_fd_above(ALCOVE_SIGREAD_FILENO, 8) < 0 ||
        alcove_fd_above(ALCOVE_SIGWRITE_FILENO, 8) < 0 ||
        alcove_fd_above(ALCOVE_FDCTL_FILENO, 8) < 0)
      exit(errno);
  }

  if (depth < 0 || fcntl(ALCOVE_SIGREAD_FILENO, F_GETFD) < 0 ||
      fcntl(ALCOVE_SIGWRITE_FILENO, F_GETFD) < 0) {
    if (pipe(sigpipe) < 0)
      exit(errno);
    if (sigpipe[0] != ALCOVE_SIGREAD_FILENO) {
      if (dup2(sigpipe[0], ALCOVE_SIGREAD_FILENO) < 0)
        exit(errno);
      (void)close(sigpipe[0]);
    }
    if (sigpipe[1] != ALCOVE_SIGWRITE_FILENO) {
      if (dup2(sigpipe[1], ALCOVE_SIGWRITE_FILENO) < 0)
        exit(errno);
      (void)close(sigpipe[1]);
    }
  }
  (void)alcove_set_cloexec(ALCOVE_SIGREAD_FILENO, 1);
  (void)alcove_set_cloexec(ALCOVE_SIGWRITE_FILENO, 1);
  (void)alcove_set_nonblock(ALCOVE_SIGREAD_FILENO, 1);
  (void)alcove_set_nonblock(ALCOVE_SIGWRITE_FILENO, 1);

  if (depth < 0 && fifo != NULL) {
    int fd = alcove_fifo_open(fifo);
    if (fd < 0)
      exit(errno);
    if (fd != ALCOVE_FDCTL_FILENO) {
      if (dup2(fd, ALCOVE_FDCTL_FILENO) < 0)
        exit(errno);
      (void)close(fd);
      (void)alcove_set_cloexec(ALCOVE_FDCTL_FILENO, 1);
    }
  }

  if (ap->depth == 0) {
    (void)alcove_set_nonblock(STDIN_FILENO, 1);
    (void)alcove_set_nonblock(STDOUT_FILENO, 1);
  }

  /* The port re-exec'd itself keeping its control FIFO (-d given, no -c):
   * the exec it announced happened, but frames go on. */
  if (ap->depth == 0 && depth >= 0 && fifo == NULL) {
    struct stat st;
    if (fstat(ALCOVE_FDCTL_FILENO, &st) == 0 && S_ISFIFO(st.st_mode))
      alcove_proc_fdctl_resume();
  }

  (void)alcove_signal_init();

#ifdef PR_SET_CHILD_SUBREAPER
  (void)prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#endif

  /* hello: CALL(0, ok) */
  if (alcove_frame_reply_atom(ap, 0, "ok") < 0)
    exit(ENOMEM);

  {
    int rv = alcove_loop(ap);
    alcove_state_free(ap);
    return rv;
  }
}
