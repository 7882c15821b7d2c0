/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: relay framing of a child's channel (alcove_relay.c). */
#include "core_test.h"

#include <fcntl.h>

static void wr(int fd, const void *p, size_t n);
static void test_frames(void);
static void test_split(void);
static void test_queued(void);
static void test_many(void);
static void test_bad_len(void);
static void test_good_then_bad(void);
static void test_eof(void);
static void test_down_chan(void);
static void test_exec_held(void);

static void wr(int fd, const void *p, size_t n) {
  if (write(fd, p, n) != (ssize_t)n)
    abort();
}

/* Three frames in one write come out as PROXY(pid, frame), in order. */
static void test_frames(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 77, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t in = {{0}, 0};
  bytes_t e = {{0}, 0};
  bytes_t t = {{0}, 0};

  put_u32(&t, 0x11223344u);
  put_atom_term(&t, "ok");
  put_frame(&in, ALCOVE_MSG_CALL, t.b, t.n);
  put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  put_frame(&in, ALCOVE_MSG_STDOUT, "", 0);
  wr(peer, in.b, in.n);

  alcove_relay_chan(ap, c);
  put_about(&e, 77, ALCOVE_MSG_CALL, t.b, t.n);
  put_about(&e, 77, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  put_about(&e, 77, ALCOVE_MSG_STDOUT, "", 0);
  CHECK(sent_is(ap, parent, &seen, &e));
  /* the parent could take them: written directly, nothing queued */
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0);
  CHECK(ALCOVE_BUF_SIZE(&c->chanr) == 0);
  CHECK(c->chan >= 0);

  /* nothing more to read: nothing more sent */
  alcove_relay_chan(ap, c);
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(c->chan >= 0);

  alcove_buf_free(&seen);
  (void)close(peer);
  rmstate(ap, parent);
}

/* A frame split across reads is relayed once, whole, when complete. */
static void test_split(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 5, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t in = {{0}, 0};
  bytes_t e = {{0}, 0};
  char body[300];
  size_t cut[] = {0, 3, 4, 5, 6, 7, 150, sizeof(body) + 5};
  size_t k;

  (void)memset(body, 'b', sizeof(body));
  put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  put_frame(&in, ALCOVE_MSG_STDERR, body, sizeof(body));

  /* the first frame whole and the second in pieces */
  wr(peer, in.b, 8);
  for (k = 1; k < sizeof(cut) / sizeof(cut[0]); k++) {
    wr(peer, in.b + 8 + cut[k - 1], cut[k] - cut[k - 1]);
    alcove_relay_chan(ap, c);
    if (k == 1)
      put_about(&e, 5, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
    CHECK(sent_is(ap, parent, &seen, &e));
  }
  CHECK(ALCOVE_BUF_SIZE(&c->chanr) == cut[k - 1]);
  wr(peer, in.b + 8 + cut[k - 1], in.n - 8 - cut[k - 1]);
  alcove_relay_chan(ap, c);
  put_about(&e, 5, ALCOVE_MSG_STDERR, body, sizeof(body));
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(ALCOVE_BUF_SIZE(&c->chanr) == 0);

  /* byte by byte */
  for (k = 0; k < in.n; k++) {
    wr(peer, in.b + k, 1);
    alcove_relay_chan(ap, c);
    if (k == 7)
      put_about(&e, 5, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
    if (k == in.n - 1)
      put_about(&e, 5, ALCOVE_MSG_STDERR, body, sizeof(body));
    if (k == 7 || k == 8 || k == in.n - 2 || k == in.n - 1)
      CHECK(sent_is(ap, parent, &seen, &e));
  }
  CHECK(sent_is(ap, parent, &seen, &e));

  alcove_buf_free(&seen);
  (void)close(peer);
  rmstate(ap, parent);
}

/* With frames already queued for the parent, relayed frames queue behind
 * them. */
static void test_queued(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 9, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t in = {{0}, 0};
  bytes_t e = {{0}, 0};

  CHECK(alcove_frame_about_atom(ap, 9, ALCOVE_MSG_CTL, "first") == 0);
  put_about_ctl(&e, 9, "first");
  put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x61\x01", 3);
  put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x61\x02", 3);
  wr(peer, in.b, in.n);
  alcove_relay_chan(ap, c);
  put_about(&e, 9, ALCOVE_MSG_EVENT, "\x83\x61\x01", 3);
  put_about(&e, 9, ALCOVE_MSG_EVENT, "\x83\x61\x02", 3);
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(ALCOVE_BUF_SIZE(&seen) == 0);

  alcove_buf_free(&seen);
  (void)close(peer);
  rmstate(ap, parent);
}

/* More frames in one read than one writev takes (32). */
static void test_many(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 1000, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t in = {{0}, 0};
  bytes_t e = {{0}, 0};
  unsigned char i;

  for (i = 0; i < 100; i++) {
    unsigned char t[3] = {131, 97, i};
    put_frame(&in, ALCOVE_MSG_EVENT, t, sizeof(t));
    put_about(&e, 1000, ALCOVE_MSG_EVENT, t, sizeof(t));
  }
  wr(peer, in.b, in.n);
  alcove_relay_chan(ap, c);
  CHECK(sent_is(ap, parent, &seen, &e));

  alcove_buf_free(&seen);
  (void)close(peer);
  rmstate(ap, parent);
}

/* A length no frame can have cuts the channel off. */
static void test_bad_len(void) {
  uint32_t bad[] = {0, 1, ALCOVE_FRAME_MAX - ALCOVE_PIDHDR_LEN + 1, UINT32_MAX};
  size_t k;

  for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
    int parent;
    int peer;
    alcove_state_t *ap = mkstate(&parent);
    alcove_child_t *c = mkchild(ap, 3, &peer);
    alcove_buf_t seen = {NULL, 0, 0, 0};
    bytes_t in = {{0}, 0};
    bytes_t e = {{0}, 0};
    char x;

    put_u32(&in, bad[k]);
    put_raw(&in, "\0\x05garbage", 9);
    wr(peer, in.b, in.n);
    alcove_relay_chan(ap, c);
    CHECK(c->chan == ALCOVE_CHAN_CLOSED);
    CHECK(ALCOVE_BUF_SIZE(&c->chanr) == 0);
    CHECK(sent_is(ap, parent, &seen, &e));
    /* the child sees its channel closed */
    CHECK(read(peer, &x, 1) == 0);
    /* reading again is harmless */
    alcove_relay_chan(ap, c);
    CHECK(c->chan == ALCOVE_CHAN_CLOSED && sent_is(ap, parent, &seen, &e));

    alcove_buf_free(&seen);
    (void)close(peer);
    rmstate(ap, parent);
  }
}

/* Frames read before a bad length still go up; then the channel is cut. */
static void test_good_then_bad(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 5, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t in = {{0}, 0};
  bytes_t e = {{0}, 0};
  char x;

  put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  put_u32(&in, 1);
  put_raw(&in, "\0\x05garbage", 9);
  wr(peer, in.b, in.n);
  alcove_relay_chan(ap, c);
  put_about(&e, 5, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(c->chan == ALCOVE_CHAN_CLOSED);
  CHECK(read(peer, &x, 1) == 0);

  alcove_buf_free(&seen);
  (void)close(peer);
  rmstate(ap, parent);
}

/* End of file: fdctl_closed about the child; a live child exec'd. */
static void test_eof(void) {
  int exited;

  for (exited = 0; exited <= 1; exited++) {
    int parent;
    int peer;
    alcove_state_t *ap = mkstate(&parent);
    alcove_child_t *c = mkchild(ap, 4321, &peer);
    alcove_buf_t seen = {NULL, 0, 0, 0};
    bytes_t e = {{0}, 0};
    char half[3] = {0, 0, 0};

    c->exited = exited;
    put_frame(&e, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
    wr(peer, e.b, e.n);
    /* and the start of a frame that never ends */
    wr(peer, half, sizeof(half));
    e.n = 0;
    (void)close(peer);
    alcove_relay_chan(ap, c);
    if (!exited) {
      /* a live child reads once per poll */
      put_about(&e, 4321, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
      CHECK(sent_is(ap, parent, &seen, &e));
      CHECK(c->chan >= 0);
      alcove_relay_chan(ap, c);
    } else {
      /* an exited child is drained to the end at once */
      put_about(&e, 4321, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
    }
    put_about_ctl(&e, 4321, "fdctl_closed");
    CHECK(sent_is(ap, parent, &seen, &e));
    CHECK(c->chan == (exited ? ALCOVE_CHAN_CLOSED : ALCOVE_CHAN_EXECED));
    CHECK(ALCOVE_BUF_SIZE(&c->chanr) == 0 && c->chanr.buf == NULL);
    /* after exec the stdout credit applies */
    c->flowcontrol = 0;
    CHECK(alcove_relay_flows(c) == exited);

    /* only once */
    alcove_relay_chan(ap, c);
    CHECK(sent_is(ap, parent, &seen, &e));

    alcove_buf_free(&seen);
    rmstate(ap, parent);
  }
}

/* A frame larger than a channel read (256 KiB) is relayed whole, and what
 * the parent's channel does not take at once is queued. */
void test_relay_large(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 66, &peer);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  size_t blen = 600 * 1024;
  size_t total = ALCOVE_HDR_LEN + blen;
  char *f = malloc(total);
  char h[ALCOVE_PIDHDR_LEN];
  size_t off = 0;
  size_t i;
  int turns = 0;

  if (f == NULL)
    abort();
  alcove_put32(f, (uint32_t)(2 + blen));
  alcove_put16(f + 4, ALCOVE_MSG_STDOUT);
  for (i = 0; i < blen; i++)
    f[ALCOVE_HDR_LEN + i] = (char)(i % 253);

  while (off < total || ALCOVE_BUF_SIZE(&c->chanr) > 0) {
    if (off < total) {
      ssize_t n = write(peer, f + off, total - off);
      if (n > 0)
        off += (size_t)n;
    }
    alcove_relay_chan(ap, c);
    drain(parent, &seen);
    if (++turns > 100000)
      break;
  }
  CHECK(off == total && c->chan >= 0);
  (void)alcove_buf_append(&seen, ALCOVE_BUF_DATA(&ap->outq),
                          ALCOVE_BUF_SIZE(&ap->outq));
  alcove_frame_pidhdr(h, ALCOVE_MSG_PROXY, 66, total);
  CHECK(ALCOVE_BUF_SIZE(&seen) == sizeof(h) + total);
  CHECK(ALCOVE_BUF_SIZE(&seen) >= sizeof(h) + total &&
        memcmp(ALCOVE_BUF_DATA(&seen), h, sizeof(h)) == 0 &&
        memcmp(ALCOVE_BUF_DATA(&seen) + sizeof(h), f, total) == 0);

  free(f);
  alcove_buf_free(&seen);
  (void)close(peer);
  rmstate(ap, parent);
}

/* A live child's exec announcement, CTL(exec), waits for what follows it:
 * the end of file of a successful exec (both go up in one write, exec
 * first) or the reply of a failed one (both relayed, in order). An
 * announcement that is not the last frame read goes up at once. */
static void test_exec_held(void) {
  int failed;

  for (failed = 0; failed <= 1; failed++) {
    int parent;
    int peer;
    alcove_state_t *ap = mkstate(&parent);
    alcove_child_t *c = mkchild(ap, 555, &peer);
    alcove_buf_t seen = {NULL, 0, 0, 0};
    bytes_t in = {{0}, 0};
    bytes_t e = {{0}, 0};
    bytes_t x = {{0}, 0};
    bytes_t t = {{0}, 0};

    put_atom_term(&x, "exec");
    put_frame(&in, ALCOVE_MSG_CTL, x.b, x.n);
    wr(peer, in.b, in.n);
    alcove_relay_chan(ap, c);
    /* held: nothing sent, the frame waits in the read buffer */
    CHECK(sent_is(ap, parent, &seen, &e));
    CHECK(ALCOVE_BUF_SIZE(&c->chanr) == in.n);

    put_about(&e, 555, ALCOVE_MSG_CTL, x.b, x.n);
    if (failed) {
      in.n = 0;
      put_u32(&t, 9);
      put_atom_term(&t, "enoent");
      put_frame(&in, ALCOVE_MSG_CALL, t.b, t.n);
      wr(peer, in.b, in.n);
      alcove_relay_chan(ap, c);
      put_about(&e, 555, ALCOVE_MSG_CALL, t.b, t.n);
      CHECK(sent_is(ap, parent, &seen, &e));
      CHECK(c->chan >= 0);
    } else {
      (void)close(peer);
      alcove_relay_chan(ap, c);
      put_about_ctl(&e, 555, "fdctl_closed");
      /* queued together, exec first: the loop's next write takes both */
      CHECK(buf_is(&ap->outq, &e));
      CHECK(sent_is(ap, parent, &seen, &e));
      CHECK(c->chan == ALCOVE_CHAN_EXECED);
    }

    /* not the last frame: relayed at once, with what follows */
    if (failed) {
      in.n = 0;
      e.n = 0;
      put_frame(&in, ALCOVE_MSG_CTL, x.b, x.n);
      put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
      wr(peer, in.b, in.n);
      alcove_relay_chan(ap, c);
      put_about(&e, 555, ALCOVE_MSG_CTL, x.b, x.n);
      put_about(&e, 555, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
      alcove_buf_free(&seen);
      CHECK(sent_is(ap, parent, &seen, &e));
      (void)close(peer);
    }

    alcove_buf_free(&seen);
    rmstate(ap, parent);
  }
}

/* Frames queued for a child reach its channel; a gone child's queue is
 * dropped; close(2) of our end keeps the table true. */
static void test_down_chan(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 12, &peer);
  alcove_buf_t got = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};
  int o[2];
  int fd;

  put_frame(&e, ALCOVE_MSG_CALL, "\0\0\0\x01\0\x02\x83\x68\0", 9);
  CHECK(alcove_buf_append(&c->chanq, e.b, e.n) == 0);
  alcove_relay_write_chan(c);
  drain(peer, &got);
  CHECK(buf_is(&got, &e) && ALCOVE_BUF_SIZE(&c->chanq) == 0);

  (void)close(peer);
  CHECK(alcove_buf_append(&c->chanq, e.b, e.n) == 0);
  alcove_relay_write_chan(c);
  CHECK(ALCOVE_BUF_SIZE(&c->chanq) == 0 && c->chan >= 0);

  fd = c->chan;
  CHECK(alcove_relay_close_fd(ap, fd) == 1);
  CHECK(c->chan == ALCOVE_CHAN_CLOSED && fcntl(fd, F_GETFD) < 0);
  if (pipe(o) < 0)
    abort();
  c->stdout_fd = o[0];
  CHECK(alcove_relay_close_fd(ap, o[0]) == 1 && c->stdout_fd == -1);
  CHECK(alcove_relay_close_fd(ap, o[1]) == 0 &&
        alcove_relay_close_fd(ap, -1) == 0);
  (void)close(o[1]);
  /* nothing was said to the parent */
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0);

  alcove_buf_free(&got);
  rmstate(ap, parent);
}

void test_relay(void) {
  test_frames();
  test_split();
  test_queued();
  test_many();
  test_bad_len();
  test_good_then_bad();
  test_eof();
  test_down_chan();
  test_exec_held();
}
