/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: stdin credit windows (alcove_window.c). */
#include "core_test.h"

static alcove_child_t *stdin_child(alcove_state_t *ap, pid_t pid, int *rd);
static void test_open_data(void);
static void test_grant(void);
static void test_grant_large(void);
static void test_epipe(void);
static void test_eof_gone(void);

/* A child whose stdin is a non-blocking pipe: *rd is the child's end. */
static alcove_child_t *stdin_child(alcove_state_t *ap, pid_t pid, int *rd) {
  int peer;
  int p[2];
  alcove_child_t *c = mkchild(ap, pid, &peer);

  if (pipe(p) < 0 || alcove_set_nonblock(p[0], 1) < 0 ||
      alcove_set_nonblock(p[1], 1) < 0)
    abort();
  (void)close(peer);
  c->stdin_fd = p[1];
  *rd = p[0];
  return c;
}

static void test_open_data(void) {
  int parent;
  int rd;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = stdin_child(ap, 500, &rd);
  bytes_t e = {{0}, 0};
  static char data[ALCOVE_STDIN_WINDOW];

  alcove_window_open(ap, c);
  put_about_window(&e, 500, ALCOVE_WINDOW_OPEN, 262144);
  CHECK(buf_is(&ap->outq, &e));
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 21 &&
        memcmp(ALCOVE_BUF_DATA(&ap->outq),
               "\0\0\0\x11\0\x03\0\0\x01\xf4\0\0\0\x07\0\x08\0\0\x04\0\0",
               21) == 0);

  (void)memset(data, 'd', sizeof(data));
  alcove_window_data(ap, c, data, 100);
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 100 && buf_is(&ap->outq, &e));
  /* one byte beyond the window: refused whole */
  alcove_window_data(ap, c, data, ALCOVE_STDIN_WINDOW - 100 + 1);
  put_about_ctl(&e, 500, "eoverflow");
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 100 && buf_is(&ap->outq, &e));
  /* up to the window: taken */
  alcove_window_data(ap, c, data, ALCOVE_STDIN_WINDOW - 100);
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == ALCOVE_STDIN_WINDOW &&
        buf_is(&ap->outq, &e));
  alcove_window_data(ap, c, data, 1);
  put_about_ctl(&e, 500, "eoverflow");
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == ALCOVE_STDIN_WINDOW &&
        buf_is(&ap->outq, &e));
  alcove_window_data(ap, c, data, 0);
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == ALCOVE_STDIN_WINDOW &&
        buf_is(&ap->outq, &e));

  /* no stdin: dropped without a word */
  alcove_fd_close(&c->stdin_fd);
  alcove_buf_clear(&c->inq);
  alcove_window_data(ap, c, data, 10);
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 0 && buf_is(&ap->outq, &e));

  (void)close(rd);
  rmstate(ap, parent);
}

static void test_grant(void) {
  int parent;
  int rd;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = stdin_child(ap, 501, &rd);
  alcove_buf_t got = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};

  /* nothing queued: nothing written, nothing granted */
  alcove_window_write(ap, c);
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0);

  alcove_window_data(ap, c, "hello ", 6);
  alcove_window_data(ap, c, "world", 5);
  alcove_window_write(ap, c);
  /* the queue emptied: all of it is granted back at once */
  put_about_window(&e, 501, ALCOVE_WINDOW_GRANT, 11);
  CHECK(buf_is(&ap->outq, &e));
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 0 && c->inowed == 0);
  drain(rd, &got);
  CHECK(ALCOVE_BUF_SIZE(&got) == 11 &&
        memcmp(ALCOVE_BUF_DATA(&got), "hello world", 11) == 0);
  alcove_window_write(ap, c);
  CHECK(buf_is(&ap->outq, &e));

  alcove_buf_free(&got);
  (void)close(rd);
  rmstate(ap, parent);
}

/* A full window through a pipe that takes less at a time: every byte
 * arrives in order, and the grants add up to the window. */
static void test_grant_large(void) {
  int parent;
  int rd;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = stdin_child(ap, 502, &rd);
  alcove_buf_t got = {NULL, 0, 0, 0};
  static char data[ALCOVE_STDIN_WINDOW];
  size_t granted = 0;
  size_t frames = 0;
  size_t off = 0;
  int bad = 0;
  int turns = 0;
  size_t i;

  for (i = 0; i < sizeof(data); i++)
    data[i] = (char)(i % 239);
  alcove_window_data(ap, c, data, sizeof(data));
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == sizeof(data));

  /* the child reads 4 KiB at a time: each write is short of a grant */
  while (ALCOVE_BUF_SIZE(&got) < sizeof(data) && ++turns < 100000) {
    char *t = alcove_buf_tail(&got, 4096);
    ssize_t n;
    alcove_window_write(ap, c);
    if (t == NULL)
      abort();
    n = read(rd, t, 4096);
    if (n > 0)
      alcove_buf_commit(&got, (size_t)n);
  }
  CHECK(ALCOVE_BUF_SIZE(&got) == sizeof(data) &&
        memcmp(ALCOVE_BUF_DATA(&got), data, sizeof(data)) == 0);

  /* the frames on outq: PROXY(502, WINDOW(GRANT, N)) each */
  while (off + 21 <= ALCOVE_BUF_SIZE(&ap->outq)) {
    const char *p = ALCOVE_BUF_DATA(&ap->outq) + off;
    uint32_t n = alcove_get32(p + 17);
    if (alcove_get32(p) != 17 || alcove_get16(p + 4) != ALCOVE_MSG_PROXY ||
        alcove_get32(p + 6) != 502 || alcove_get16(p + 14) != 8 ||
        p[16] != ALCOVE_WINDOW_GRANT)
      bad++;
    /* at least a grant's worth, except the one that empties the queue */
    if (n < ALCOVE_STDIN_GRANT && granted + n != sizeof(data))
      bad++;
    granted += n;
    frames++;
    off += 21;
  }
  CHECK(bad == 0);
  CHECK(off == ALCOVE_BUF_SIZE(&ap->outq));
  CHECK(granted == sizeof(data));
  CHECK(frames >= 1 && frames <= sizeof(data) / ALCOVE_STDIN_GRANT);
  CHECK(turns >= 64);
  CHECK(c->inowed == 0 && ALCOVE_BUF_SIZE(&c->inq) == 0);

  alcove_buf_free(&got);
  (void)close(rd);
  rmstate(ap, parent);
}

/* The reader is gone: the queue is dropped and the window closed. */
static void test_epipe(void) {
  int parent;
  int rd;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = stdin_child(ap, 503, &rd);
  bytes_t e = {{0}, 0};

  alcove_window_data(ap, c, "lost", 4);
  (void)close(rd);
  alcove_window_write(ap, c);
  put_about_window(&e, 503, ALCOVE_WINDOW_CLOSED, 0);
  CHECK(buf_is(&ap->outq, &e));
  CHECK(c->indead && ALCOVE_BUF_SIZE(&c->inq) == 0 && c->inq.buf == NULL);
  /* later data is discarded without another frame */
  alcove_window_data(ap, c, "more", 4);
  alcove_window_write(ap, c);
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 0 && buf_is(&ap->outq, &e));
  /* closed only once */
  alcove_window_close(ap, c);
  CHECK(buf_is(&ap->outq, &e));

  rmstate(ap, parent);
}

/* close(stdin): queued data is written first, then the window closes;
 * an exit: GONE. */
static void test_eof_gone(void) {
  int parent;
  int rd;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = stdin_child(ap, 504, &rd);
  alcove_buf_t got = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};
  char x;
  int fd = c->stdin_fd;

  alcove_window_data(ap, c, "tail", 4);
  CHECK(alcove_relay_close_fd(ap, fd) == 1);
  /* still queued: not closed yet */
  CHECK(c->stdin_fd == fd && c->inclose && ALCOVE_BUF_SIZE(&ap->outq) == 0);
  /* after eof, data is refused */
  alcove_window_data(ap, c, "late", 4);
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 4);
  alcove_window_write(ap, c);
  put_about_window(&e, 504, ALCOVE_WINDOW_CLOSED, 0);
  CHECK(buf_is(&ap->outq, &e));
  CHECK(c->stdin_fd == -1 && c->indead);
  drain(rd, &got);
  CHECK(ALCOVE_BUF_SIZE(&got) == 4 &&
        memcmp(ALCOVE_BUF_DATA(&got), "tail", 4) == 0);
  CHECK(read(rd, &x, 1) == 0);

  alcove_window_gone(ap, c);
  put_about_window(&e, 504, ALCOVE_WINDOW_GONE, 0);
  CHECK(buf_is(&ap->outq, &e));

  /* close(stdin) with nothing queued: closed at once */
  {
    alcove_child_t *d = stdin_child(ap, 505, &fd);
    CHECK(alcove_relay_close_fd(ap, d->stdin_fd) == 1);
    put_about_window(&e, 505, ALCOVE_WINDOW_CLOSED, 0);
    CHECK(buf_is(&ap->outq, &e) && d->stdin_fd == -1);
    CHECK(read(fd, &x, 1) == 0);
    (void)close(fd);
  }
  CHECK(alcove_relay_close_fd(ap, 1000) == 0);

  alcove_buf_free(&got);
  (void)close(rd);
  rmstate(ap, parent);
}

void test_window(void) {
  test_open_data();
  test_grant();
  test_grant_large();
  test_epipe();
  test_eof_gone();
}
