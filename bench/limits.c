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
 *   limits spawnserve               port helper: the least a server of
 *                                   the 1.0.1 spawn shape does (below)
 *   limits spawnproto SECONDS INFLIGHT
 *                                   spawnserve driven by a C client,
 *                                   like the harness drives alcove:
 *                                   "rate=R"
 *
 * Results go to stdout as key=value words on one line. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
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

/* The shape of a spawn through the 1.0.1 interface, with nothing else:
 * three round trips between a client and a server that forks. Messages
 * are a length byte then the body, as an Erlang port with {packet, 1}
 * frames them:
 *
 *   client "F"        server forks a child that waits for a byte on a
 *                     pipe; answers "P" Pid:32
 *   client "E" Pid:32 server passes the byte to the child, which execs
 *                     /bin/true; when the child's close-on-exec pipe
 *                     reads end of file, answers "X" Pid:32
 *   (child exits)     SIGCHLD: server reaps, answers "Z" Pid:32 Status:8
 *
 * The same hand-offs as fork + execvp + exit event, without alcove's
 * stdio pipes, channel, pidfd or frames: a bound for what any
 * implementation of that interface can do on this machine. */
#define SERVE_MAX 64

static int serve_sig[2] = {-1, -1};

static void serve_sigchld(int sig) {
  int saved = errno;
  (void)sig;
  (void)write(serve_sig[1], "c", 1);
  errno = saved;
}

static void put_pid32(unsigned char *p, pid_t pid) {
  uint32_t u = (uint32_t)pid;
  p[0] = (unsigned char)(u >> 24);
  p[1] = (unsigned char)(u >> 16);
  p[2] = (unsigned char)(u >> 8);
  p[3] = (unsigned char)u;
}

static pid_t get_pid32(const unsigned char *p) {
  return (pid_t)(((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) |
                 ((uint32_t)p[2] << 8) | (uint32_t)p[3]);
}

/* One message: tag, pid and, with extra = 1, a status byte. */
static int msg_put(int fd, char tag, pid_t pid, int extra, int status) {
  unsigned char m[7];
  m[0] = (unsigned char)(5 + extra);
  m[1] = (unsigned char)tag;
  put_pid32(m + 2, pid);
  m[6] = (unsigned char)status;
  return write_full(fd, (const char *)m, (size_t)(6 + extra));
}

typedef struct {
  pid_t pid;
  int go;  /* write end: one byte tells the child to exec */
  int ran; /* read end of the child's close-on-exec pipe, -1 if none */
} serve_child_t;

/* The index of pid's entry among the n of ch, or n. */
static int serve_find(const serve_child_t *ch, int n, pid_t pid) {
  int i;
  for (i = 0; i < n && ch[i].pid != pid; i++)
    ;
  return i;
}

static int spawnserve(int in, int out) {
  serve_child_t ch[SERVE_MAX];
  struct sigaction sa;
  int n = 0;
  int i;

  if (pipe2(serve_sig, O_CLOEXEC | O_NONBLOCK) < 0)
    return 1;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = serve_sigchld;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGCHLD, &sa, NULL);

  for (;;) {
    struct pollfd pfd[2 + SERVE_MAX];
    int map[2 + SERVE_MAX];
    int np = 0;

    pfd[np].fd = in;
    pfd[np++].events = POLLIN;
    pfd[np].fd = serve_sig[0];
    pfd[np++].events = POLLIN;
    for (i = 0; i < n; i++) {
      if (ch[i].ran < 0)
        continue;
      map[np] = i;
      pfd[np].fd = ch[i].ran;
      pfd[np++].events = POLLIN;
    }
    if (poll(pfd, (nfds_t)np, -1) < 0) {
      if (errno == EINTR)
        continue;
      return 1;
    }

    for (i = 2; i < np; i++) {
      char b;
      int k = map[i];
      if (pfd[i].revents == 0 || read(ch[k].ran, &b, 1) != 0)
        continue;
      close(ch[k].ran);
      ch[k].ran = -1;
      if (msg_put(out, 'X', ch[k].pid, 0, 0) < 0)
        return 1;
    }

    if (pfd[1].revents != 0) {
      char b[64];
      pid_t pid;
      int status;
      while (read(serve_sig[0], b, sizeof(b)) > 0)
        ;
      while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        i = serve_find(ch, n, pid);
        if (i == n)
          continue;
        /* the exec's end of file not yet seen: it comes first */
        if (ch[i].ran >= 0) {
          close(ch[i].ran);
          if (msg_put(out, 'X', pid, 0, 0) < 0)
            return 1;
        }
        if (ch[i].go >= 0)
          close(ch[i].go);
        ch[i] = ch[--n];
        if (msg_put(out, 'Z', pid, 1,
                    WIFEXITED(status) ? WEXITSTATUS(status) : 255) < 0)
          return 1;
      }
    }

    if (pfd[0].revents != 0) {
      unsigned char m[6];
      if (read_full(in, (char *)m, 1) < 0 || m[0] < 1 || m[0] > 5 ||
          read_full(in, (char *)m + 1, m[0]) < 0)
        return 0;
      if (m[1] == 'F') {
        int go[2], ran[2];
        pid_t pid;
        if (n == SERVE_MAX || pipe2(go, O_CLOEXEC) < 0 ||
            pipe2(ran, O_CLOEXEC) < 0)
          return 1;
        pid = fork();
        if (pid < 0)
          return 1;
        if (pid == 0) {
          static char *const argv[] = {"/bin/true", NULL};
          static char *const envp[] = {NULL};
          char b;
          if (read(go[0], &b, 1) == 1)
            execve("/bin/true", argv, envp);
          _exit(127);
        }
        close(go[0]);
        close(ran[1]);
        ch[n].pid = pid;
        ch[n].go = go[1];
        ch[n].ran = ran[0];
        n++;
        if (msg_put(out, 'P', pid, 0, 0) < 0)
          return 1;
      } else if (m[1] == 'E' && m[0] == 5) {
        i = serve_find(ch, n, get_pid32(m + 2));
        if (i == n || ch[i].go < 0 || write_full(ch[i].go, "e", 1) < 0)
          return 1;
        close(ch[i].go);
        ch[i].go = -1;
      }
    }
  }
}

/* Read the server's messages until one with tag and (unless 0) pid;
 * each "Z" on the way counts a finished spawn. Returns its pid. */
static pid_t proto_wait(int fd, char tag, pid_t want, int *running,
                        long *done) {
  for (;;) {
    unsigned char m[8];
    pid_t pid;
    if (read_full(fd, (char *)m, 1) < 0 || m[0] < 5 || m[0] > 6 ||
        read_full(fd, (char *)m + 1, m[0]) < 0)
      return -1;
    pid = get_pid32(m + 2);
    if (m[1] == 'Z') {
      if (m[6] != 0)
        return -1;
      (*running)--;
      (*done)++;
    }
    if (m[1] == tag && (want == 0 || pid == want))
      return pid;
  }
}

static int spawnproto(double secs, int inflight) {
  int req[2], rep[2];
  int running = 0;
  long done = 0;
  double t0, t1;
  pid_t server;

  if (inflight < 1 || inflight > SERVE_MAX || pipe(req) < 0 || pipe(rep) < 0)
    return 1;
  server = fork();
  if (server == 0) {
    close(req[1]);
    close(rep[0]);
    _exit(spawnserve(req[0], rep[1]));
  }
  close(req[0]);
  close(rep[1]);

  t0 = now_s();
  for (;;) {
    t1 = now_s();
    if (t1 - t0 < secs && running < inflight) {
      unsigned char e[6] = {5, 'E'};
      pid_t pid;
      if (write_full(req[1], "\001F", 2) < 0 ||
          (pid = proto_wait(rep[0], 'P', 0, &running, &done)) < 0)
        return 1;
      running++;
      put_pid32(e + 2, pid);
      if (write_full(req[1], (const char *)e, sizeof(e)) < 0 ||
          proto_wait(rep[0], 'X', pid, &running, &done) < 0)
        return 1;
    } else if (running == 0) {
      break;
    } else if (proto_wait(rep[0], 'Z', 0, &running, &done) < 0) {
      return 1;
    }
  }
  t1 = now_s();
  close(req[1]);
  waitpid(server, NULL, 0);
  printf("rate=%.1f\n", (double)done / (t1 - t0));
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
  if (argc == 2 && strcmp(argv[1], "spawnserve") == 0)
    return spawnserve(0, 1);
  if (argc == 4 && strcmp(argv[1], "spawnproto") == 0)
    return spawnproto(atof(argv[2]), atoi(argv[3]));
  fprintf(stderr, "usage: limits pingpong S | pipe BYTES RELAYS | "
                  "spawn S INFLIGHT | ack SIZE | relayout FILE RELAYS | "
                  "spawnserve | spawnproto S INFLIGHT\n");
  return 2;
}
