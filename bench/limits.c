/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* Machine limits for bench/alcove_bench.erl, measured with plain C.
 *
 *   limits pingpong SECONDS         pipe ping-pong (8 bytes) between two
 *                                   processes: prints "rtt_ns=N rate=R"
 *   limits pipe BYTES RELAYS        BYTES from a writer through RELAYS
 *                                   relay processes (read 64 KiB, write
 *                                   all) to a reader: "mibs=M"
 *   limits spawn SECONDS INFLIGHT   fork + execve(/bin/true) + wait, with
 *                                   INFLIGHT children at once: "rate=R"
 *   limits ack SIZE                 port helper: read SIZE bytes from
 *                                   stdin, answer 8 bytes, repeat
 *   limits relayout FILE RELAYS     port helper: FILE read by a writer
 *                                   and passed through RELAYS relay
 *                                   processes, the last of which writes
 *                                   to stdout (the VM reads it)
 *
 * Results go to stdout as key=value words on one line. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (64 * 1024)

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int read_full(int fd, char *buf, size_t len) {
  size_t got = 0;
  while (got < len) {
    ssize_t n = read(fd, buf + got, len - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return -1;
    got += (size_t)n;
  }
  return 0;
}

static int write_full(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return -1;
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

static int pingpong(double secs) {
  int a[2], b[2];
  char msg[8] = "pingpong";
  long n = 0;
  double t0, t1;
  pid_t pid;

  if (pipe(a) < 0 || pipe(b) < 0)
    return 1;
  pid = fork();
  if (pid == 0) {
    close(a[1]);
    close(b[0]);
    while (read_full(a[0], msg, sizeof(msg)) == 0)
      if (write_full(b[1], msg, sizeof(msg)) < 0)
        break;
    _exit(0);
  }
  close(a[0]);
  close(b[1]);
  t0 = now_s();
  do {
    int k;
    for (k = 0; k < 256; k++) {
      if (write_full(a[1], msg, sizeof(msg)) < 0 ||
          read_full(b[0], msg, sizeof(msg)) < 0)
        return 1;
    }
    n += 256;
    t1 = now_s();
  } while (t1 - t0 < secs);
  close(a[1]);
  waitpid(pid, NULL, 0);
  printf("rtt_ns=%.0f rate=%.0f\n", (t1 - t0) / (double)n * 1e9,
         (double)n / (t1 - t0));
  return 0;
}

static void relay(int in, int out) {
  static char buf[CHUNK];
  for (;;) {
    ssize_t n = read(in, buf, sizeof(buf));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    if (write_full(out, buf, (size_t)n) < 0)
      break;
  }
}

/* In a process of a chain of npipes pipes: close every end but in and
 * out (-1: none). */
static void keep_only(const int *fds, int npipes, int in, int out) {
  int j;
  for (j = 0; j < npipes; j++) {
    if (fds[2 * j] != in)
      close(fds[2 * j]);
    if (fds[2 * j + 1] != out)
      close(fds[2 * j + 1]);
  }
}

/* Fork relay processes 0 .. relays - 1: relay i reads pipe i and writes
 * pipe i + 1, or last (if last >= 0) for the last relay. */
static void fork_relays(const int *fds, int npipes, int relays, int last) {
  int i;
  for (i = 0; i < relays; i++) {
    if (fork() == 0) {
      int in = fds[2 * i];
      int out = i + 1 < relays || last < 0 ? fds[2 * (i + 1) + 1] : last;
      keep_only(fds, npipes, in, out);
      relay(in, out);
      _exit(0);
    }
  }
}

static int pipethrough(long long bytes, int relays) {
  int fds[2 * 17];
  static char buf[CHUNK];
  long long got = 0;
  double t0, t1;
  int i;
  pid_t writer;

  if (relays < 0 || relays > 16)
    return 1;
  for (i = 0; i <= relays; i++)
    if (pipe(fds + 2 * i) < 0)
      return 1;
  memset(buf, 'x', sizeof(buf));
  t0 = now_s();
  writer = fork();
  if (writer == 0) {
    long long left = bytes;
    keep_only(fds, relays + 1, -1, fds[1]);
    while (left > 0) {
      size_t n = left > CHUNK ? CHUNK : (size_t)left;
      if (write_full(fds[1], buf, n) < 0)
        _exit(1);
      left -= (long long)n;
    }
    _exit(0);
  }
  fork_relays(fds, relays + 1, relays, -1);
  for (i = 0; i <= relays; i++) {
    close(fds[2 * i + 1]);
    if (i < relays)
      close(fds[2 * i]);
  }
  for (;;) {
    ssize_t n = read(fds[2 * relays], buf, sizeof(buf));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    got += n;
  }
  t1 = now_s();
  while (wait(NULL) > 0)
    ;
  if (got != bytes) {
    fprintf(stderr, "pipe: got %lld of %lld\n", got, bytes);
    return 1;
  }
  printf("mibs=%.1f\n", (double)bytes / 1048576.0 / (t1 - t0));
  return 0;
}

static pid_t spawn_true(void) {
  static char *const argv[] = {"/bin/true", NULL};
  static char *const envp[] = {NULL};
  pid_t pid = fork();
  if (pid == 0) {
    execve("/bin/true", argv, envp);
    _exit(127);
  }
  return pid;
}

static int spawn(double secs, int inflight) {
  long n = 0;
  int running = 0;
  double t0 = now_s(), t1;

  for (;;) {
    int status;
    t1 = now_s();
    if (t1 - t0 < secs) {
      while (running < inflight) {
        if (spawn_true() < 0)
          return 1;
        running++;
      }
    } else if (running == 0) {
      break;
    }
    if (wait(&status) > 0) {
      running--;
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 1;
      n++;
    }
  }
  t1 = now_s();
  printf("rate=%.1f\n", (double)n / (t1 - t0));
  return 0;
}

static int relayout(const char *file, int relays) {
  int fds[2 * 16];
  static char buf[CHUNK];
  int i;
  int fd;

  if (relays < 1 || relays > 16)
    return 1;
  for (i = 0; i < relays; i++)
    if (pipe(fds + 2 * i) < 0)
      return 1;
  if (fork() == 0) {
    fd = open(file, O_RDONLY);
    if (fd < 0)
      _exit(1);
    keep_only(fds, relays, -1, fds[1]);
    for (;;) {
      ssize_t n = read(fd, buf, sizeof(buf));
      if (n <= 0)
        _exit(n < 0);
      if (write_full(fds[1], buf, (size_t)n) < 0)
        _exit(1);
    }
  }
  fork_relays(fds, relays, relays, 1);
  for (i = 0; i < 2 * relays; i++)
    close(fds[i]);
  close(1);
  while (wait(NULL) > 0)
    ;
  return 0;
}

static int ack(size_t size) {
  char *buf = malloc(size);
  if (buf == NULL)
    return 1;
  while (read_full(0, buf, size) == 0)
    if (write_full(1, "ackackac", 8) < 0)
      break;
  return 0;
}

int main(int argc, char *argv[]) {
  signal(SIGPIPE, SIG_IGN);
  if (argc == 3 && strcmp(argv[1], "pingpong") == 0)
    return pingpong(atof(argv[2]));
  if (argc == 4 && strcmp(argv[1], "pipe") == 0)
    return pipethrough(atoll(argv[2]), atoi(argv[3]));
  if (argc == 4 && strcmp(argv[1], "spawn") == 0)
    return spawn(atof(argv[2]), atoi(argv[3]));
  if (argc == 3 && strcmp(argv[1], "ack") == 0)
    return ack((size_t)atol(argv[2]));
  if (argc == 4 && strcmp(argv[1], "relayout") == 0)
    return relayout(argv[2], atoi(argv[3]));
  fprintf(stderr, "usage: limits pingpong S | pipe BYTES RELAYS | "
                  "spawn S INFLIGHT | ack SIZE | relayout FILE RELAYS\n");
  return 2;
}
