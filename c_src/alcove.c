/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
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
static int alcove_fd_move(int fd);
static int alcove_maxchild_default(void);
static int alcove_fifo_open(const char *path);
static int alcove_is_socket(int fd);
static void alcove_malloc_init(void);

static void alcove_usage(void) {
  (void)fprintf(stderr,
                "alcove %s\n"
                "usage: alcove -c <path> [-d <depth>] [-m <maxchild>]\n",
                ALCOVE_VERSION);
  exit(ENOTSUP);
}

/* Keep a descriptor that was open at start at a number >= 8, away from the
 * fixed descriptors 3, 4 and 5. */
static int alcove_fd_move(int fd) {
  int nfd;

  if (fcntl(fd, F_GETFD) < 0)
    return 0;

  nfd = fcntl(fd, F_DUPFD, 8);
  if (nfd < 0)
    return -1;
  return close(fd);
}

/* The control FIFO: a name another user may be able to plant in ctldir
 * is never opened. mkfifo fails on any existing name (a file, a FIFO, a
 * symlink, dangling or not); the open does not follow a symlink swapped
 * in since; what was opened must be a FIFO owned by us. -1 with errno
 * set (EEXIST, ELOOP, EPERM...) and a message on stderr otherwise. */
static int alcove_fifo_open(const char *path) {
  struct stat st;
  int fd;

  if (mkfifo(path, 0600) < 0) {
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

/* A process in the event loop must make no system call but those of
 * doc/SECCOMP.md once it is warmed up, so that seccomp filters written for
 * alcove 1.0.1 keep it alive: malloc must never give memory back (brk
 * shrinking, munmap, madvise) nor map a large block by itself (mmap), and
 * should rarely grow the heap. The heap is grown once here, with room to
 * spare, and every fork starts with that heap. */
#define ALCOVE_HEAP_RESERVE (8 * 1024 * 1024)
static void alcove_malloc_init(void) {
#ifdef __GLIBC__
  void *p;

  (void)mallopt(M_TRIM_THRESHOLD, -1); /* never trim the heap */
  /* blocks up to the largest threshold come from the heap (32 MiB on
   * 64-bit systems) */
  (void)mallopt(M_MMAP_THRESHOLD, (int)(4 * 1024 * 1024 * sizeof(long)));
  (void)mallopt(M_TOP_PAD, ALCOVE_HEAP_RESERVE); /* grow in large steps */
  p = malloc(ALCOVE_HEAP_RESERVE);
  free(p);
#endif
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

  n = rl.rlim_cur < 6 ? 0 : (rl.rlim_cur - 6) / 6;
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

  alcove_malloc_init();

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
      if (*end != '\0' || maxchild < 0 || maxchild > 65535)
        alcove_usage();
    } break;
    case 'h':
    default:
      alcove_usage();
    }
  }

  ap = calloc(1, sizeof(*ap));
  if (ap == NULL)
    exit(ENOMEM);

  ap->maxchild = maxchild >= 0 ? (int)maxchild : alcove_maxchild_default();
  {
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        (rlim_t)(6 * ap->maxchild + 6) > rl.rlim_cur)
      exit(EAGAIN);
  }
  ap->maxforkdepth = ALCOVE_MAXFORKDEPTH;
  ap->exit_status = 1;
  ap->termsig = 1;
  ap->flowcontrol = -1;
  ap->signaloneof = SIGTERM;

  ap->child = alcove_child_table(ap->maxchild);
  if (ap->child == NULL)
    exit(ENOMEM);

  /* clone(2) children run on a copy of our stack: nothing to size, but
   * keep the documented behaviour of bounding an unlimited stack. */
  if (getrlimit(RLIMIT_STACK, &stack) == 0 && stack.rlim_cur == RLIM_INFINITY) {
    stack.rlim_cur = 8 * 1024 * 1024;
    (void)setrlimit(RLIMIT_STACK, &stack);
  }
  ap->stack_size = 8 * 1024 * 1024;

  if (depth >= 0 && alcove_is_socket(ALCOVE_FDCTL_FILENO)) {
    /* Re-exec'd by a child of the tree, descriptors 3, 4 and 5 kept: the
     * channel is the socketpair at 5, whatever -d says (callers pass -d 0
     * for a child of the port). A process that is not the port is at
     * least at depth 1: ap->depth 0 means "the channel is stdin/stdout".
     * The port re-exec'ing itself keeps its FIFO at 5, not a socket. */
    ap->depth = depth > 0 ? depth : 1;
    ap->fdin = ALCOVE_FDCTL_FILENO;
    ap->fdout = ALCOVE_FDCTL_FILENO;
    (void)alcove_set_cloexec(ALCOVE_FDCTL_FILENO, 1);
    (void)alcove_set_nonblock(ALCOVE_FDCTL_FILENO, 1);
  } else {
    ap->depth = 0;
    ap->fdin = STDIN_FILENO;
    ap->fdout = STDOUT_FILENO;
  }

  if (depth < 0) {
    if (alcove_fd_move(ALCOVE_SIGREAD_FILENO) < 0 ||
        alcove_fd_move(ALCOVE_SIGWRITE_FILENO) < 0 ||
        alcove_fd_move(ALCOVE_FDCTL_FILENO) < 0)
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
      alcove_fdctl_resume();
  }

  (void)alcove_signal_init();

#ifdef PR_SET_CHILD_SUBREAPER
  (void)prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#endif

  /* hello: CALL(0, ok) */
  {
    ei_x_buff x;
    if (ei_x_new_with_version(&x) < 0 || alcove_mk_atom(&x, "ok") < 0)
      exit(ENOMEM);
    (void)alcove_send_reply(ap, 0, x.buff, (size_t)x.index);
    ei_x_free(&x);
  }

  {
    int rv = alcove_event_loop(ap);
    alcove_state_free(ap);
    return rv;
  }
}
