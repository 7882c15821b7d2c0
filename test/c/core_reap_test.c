/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: a child's output, flow control and its exit
 * (alcove_relay.c), with real child processes. */
#include "core_test.h"

#include <sys/wait.h>

static void test_output(int copy);
static void test_exit(void);
static void test_killed(void);

/* copy: output read into the queue; else spliced where it can be
 * (alcove_splice.c): what reaches the parent is the same */
static void test_output(int copy) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 88, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};
  int o[2];
  int r[2];

  ap->nosplice = copy;
  nbpipe(o);
  nbpipe(r);
  c->stdout_fd = o[0];
  c->stderr_fd = r[0];
  if (write(o[1], "out", 3) != 3 || write(r[1], "err", 3) != 3)
    abort();

  alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
  alcove_relay_output(ap, c, ALCOVE_MSG_STDERR);
  put_output(&e, ALCOVE_MSG_STDOUT, 88, "out", 3);
  put_output(&e, ALCOVE_MSG_STDERR, 88, "err", 3);
  CHECK(sent_is(ap, parent, &seen, &e));
  /* nothing more to read: nothing more sent */
  alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
  CHECK(sent_is(ap, parent, &seen, &e) && c->stdout_fd == o[0]);

  /* after exec, a credit of 1 lets one read through */
  c->chan = ALCOVE_CHAN_EXECED;
  c->flowcontrol = 1;
  if (write(o[1], "a", 1) != 1)
    abort();
  alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
  put_output(&e, ALCOVE_MSG_STDOUT, 88, "a", 1);
  CHECK(sent_is(ap, parent, &seen, &e) && c->flowcontrol == 0);
  if (write(o[1], "b", 1) != 1)
    abort();
  alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
  CHECK(sent_is(ap, parent, &seen, &e) && !alcove_relay_flows(c));
  /* -1: no flow control */
  c->flowcontrol = -1;
  alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
  put_output(&e, ALCOVE_MSG_STDOUT, 88, "b", 1);
  CHECK(sent_is(ap, parent, &seen, &e) && c->flowcontrol == -1);

  /* end of file: closed, and told when the option asks */
  ap->stdout_closed = 1;
  (void)close(o[1]);
  (void)close(r[1]);
  alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
  alcove_relay_output(ap, c, ALCOVE_MSG_STDERR);
  put_about_ctl(&e, 88, "stdout_closed");
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(c->stdout_fd == -1 && c->stderr_fd == -1);

  (void)close(peer);
  alcove_buf_free(&seen);
  rmstate(ap, parent);
}

/* A child that wrote a frame and some output, then exited 3: everything
 * it wrote, then its window is gone, then the exit event; then its slot
 * is free. */
static void test_exit(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 1, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};
  bytes_t ev = {{0}, 0};
  siginfo_t si;
  int o[2];
  int r[2];
  int in[2];
  pid_t pid;

  nbpipe(o);
  nbpipe(r);
  nbpipe(in);
  put_frame(&ev, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  pid = fork();
  if (pid < 0)
    abort();
  if (pid == 0) {
    if (write(peer, ev.b, ev.n) < 0 || write(o[1], "bye", 3) < 0)
      _exit(1);
    _exit(3);
  }
  (void)close(peer);
  (void)close(o[1]);
  (void)close(r[1]);
  (void)close(in[0]);
  c->pid = pid;
  c->stdout_fd = o[0];
  c->stderr_fd = r[0];
  c->stdin_fd = in[1];
  ap->stdin_closed = 1;
  /* wait for the exit without reaping it */
  CHECK(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT) == 0);

  alcove_relay_reap(ap);
  put_about(&e, pid, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  put_about_ctl(&e, pid, "fdctl_closed");
  put_output(&e, ALCOVE_MSG_STDOUT, pid, "bye", 3);
  put_about_ctl(&e, pid, "stdin_closed");
  put_about_window(&e, pid, ALCOVE_WINDOW_GONE, 0);
  ev.n = 0;
  put_raw(&ev,
          "\x83\x68\x02\x77\x0b"
          "exit_status\x61\x03",
          18);
  put_about(&e, pid, ALCOVE_MSG_EVENT, ev.b, ev.n);
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(alcove_child_get(ap, pid) == NULL && ap->nchild == 0);
  CHECK(waitpid(pid, NULL, WNOHANG) < 0 && errno == ECHILD);

  alcove_buf_free(&seen);
  rmstate(ap, parent);
}

/* Killed by a signal: {termsig, sigkill}; without the option, nothing. */
static void test_killed(void) {
  int off;

  for (off = 0; off <= 1; off++) {
    int parent;
    int peer;
    alcove_state_t *ap = mkstate(&parent);
    alcove_child_t *c = mkchild(ap, 1, &peer);
    bytes_t e = {{0}, 0};
    siginfo_t si;
    pid_t pid = fork();

    if (pid < 0)
      abort();
    if (pid == 0) {
      for (;;)
        (void)pause();
    }
    c->pid = pid;
    (void)close(c->chan);
    c->chan = ALCOVE_CHAN_CLOSED;
    (void)close(peer);
    ap->termsig = !off;
    CHECK(kill(pid, SIGKILL) == 0);
    CHECK(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT) == 0);
    alcove_relay_reap(ap);
    put_about_window(&e, pid, ALCOVE_WINDOW_GONE, 0);
    if (!off)
      put_about(&e, pid, ALCOVE_MSG_EVENT,
                "\x83\x68\x02\x77\x07"
                "termsig\x77\x07"
                "sigkill",
                21);
    CHECK(buf_is(&ap->outq, &e));
    CHECK(alcove_child_get(ap, pid) == NULL);
    rmstate(ap, parent);
  }
}

void test_reap(void) {
  test_output(1);
  test_output(0);
  test_exit();
  test_killed();
}
