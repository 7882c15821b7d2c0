/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: the frame builders (alcove_frame.c). */
#include "core_test.h"

static void test_len_ok(void);
static void test_pidhdr(void);
static void test_builders(void);
static void test_sizes(void);
static void test_flush(void);

static void test_len_ok(void) {
  CHECK(!alcove_frame_len_ok(0, 100));
  CHECK(!alcove_frame_len_ok(1, 100));
  CHECK(alcove_frame_len_ok(2, 100));
  CHECK(alcove_frame_len_ok(100, 100));
  CHECK(!alcove_frame_len_ok(101, 100));
  CHECK(alcove_frame_len_ok(ALCOVE_FRAME_MAX, ALCOVE_FRAME_MAX));
  CHECK(!alcove_frame_len_ok(ALCOVE_FRAME_MAX + 1, ALCOVE_FRAME_MAX));
  CHECK(!alcove_frame_len_ok(UINT32_MAX, ALCOVE_FRAME_MAX));
}

static void test_pidhdr(void) {
  char h[ALCOVE_PIDHDR_LEN];
  bytes_t e = {{0}, 0};

  alcove_frame_pidhdr(h, ALCOVE_MSG_PROXY, (pid_t)0x01020304, 7);
  put_u32(&e, 13);
  put_u16(&e, 3);
  put_u32(&e, 0x01020304);
  CHECK(memcmp(h, e.b, sizeof(h)) == 0);

  e.n = 0;
  alcove_frame_pidhdr(h, ALCOVE_MSG_STDERR, 65535, 0);
  put_u32(&e, 6);
  put_u16(&e, 2);
  put_u32(&e, 65535);
  CHECK(memcmp(h, e.b, sizeof(h)) == 0);

  /* a 64 KiB chunk of output: the length counts type, pid and data */
  alcove_frame_pidhdr(h, ALCOVE_MSG_STDOUT, 1, 65536);
  CHECK(alcove_get32(h) == 65536 + 6 && alcove_get16(h + 4) == 1 &&
        alcove_get32(h + 6) == 1);
}

static void test_builders(void) {
  int parent;
  alcove_state_t *ap = mkstate(&parent);
  bytes_t e = {{0}, 0};
  bytes_t t = {{0}, 0};

  put_atom_term(&t, "ok");

  CHECK(alcove_frame_term(ap, ALCOVE_MSG_EVENT, t.b, t.n) == 0);
  put_frame(&e, ALCOVE_MSG_EVENT, t.b, t.n);
  CHECK(buf_is(&ap->outq, &e));
  /* exact bytes, not only the helper's idea of them */
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 11 &&
        memcmp(ALCOVE_BUF_DATA(&ap->outq), "\0\0\0\x07\0\x05\x83\x77\x02ok",
               11) == 0);

  CHECK(alcove_frame_reply(ap, 0xA1B2C3D4u, t.b, t.n) == 0);
  put_u32(&e, 2 + 4 + (uint32_t)t.n);
  put_u16(&e, ALCOVE_MSG_CALL);
  put_u32(&e, 0xA1B2C3D4u);
  put_raw(&e, t.b, t.n);
  CHECK(buf_is(&ap->outq, &e));

  CHECK(alcove_frame_about(ap, 42, ALCOVE_MSG_CTL, "abc", 3) == 0);
  put_about(&e, 42, ALCOVE_MSG_CTL, "abc", 3);
  CHECK(buf_is(&ap->outq, &e));
  CHECK(memcmp(ALCOVE_BUF_DATA(&ap->outq) + ALCOVE_BUF_SIZE(&ap->outq) - 19,
               "\0\0\0\x0f\0\x03\0\0\0\x2a\0\0\0\x05\0\x06"
               "abc",
               19) == 0);

  /* an empty term or body is still a frame */
  CHECK(alcove_frame_term(ap, ALCOVE_MSG_STDOUT, "", 0) == 0);
  put_frame(&e, ALCOVE_MSG_STDOUT, "", 0);
  CHECK(alcove_frame_about(ap, 7, ALCOVE_MSG_STDERR, "", 0) == 0);
  put_about(&e, 7, ALCOVE_MSG_STDERR, "", 0);
  CHECK(buf_is(&ap->outq, &e));

  /* the atom variants */
  CHECK(alcove_frame_atom(ap, ALCOVE_MSG_CTL, "badarg") == 0);
  t.n = 0;
  put_atom_term(&t, "badarg");
  put_frame(&e, ALCOVE_MSG_CTL, t.b, t.n);
  CHECK(buf_is(&ap->outq, &e));

  CHECK(alcove_frame_reply_atom(ap, 9, "undef") == 0);
  t.n = 0;
  put_atom_term(&t, "undef");
  put_u32(&e, 2 + 4 + (uint32_t)t.n);
  put_u16(&e, ALCOVE_MSG_CALL);
  put_u32(&e, 9);
  put_raw(&e, t.b, t.n);
  CHECK(buf_is(&ap->outq, &e));

  CHECK(alcove_frame_about_atom(ap, 1234, ALCOVE_MSG_CTL, "badpid") == 0);
  put_about_ctl(&e, 1234, "badpid");
  CHECK(buf_is(&ap->outq, &e));

  /* a negative pid travels as its 32 bits */
  CHECK(alcove_frame_about_atom(ap, -1, ALCOVE_MSG_CTL, "badpid") == 0);
  put_about_ctl(&e, -1, "badpid");
  CHECK(buf_is(&ap->outq, &e));

  /* nothing was written to the channel: the loop does that */
  {
    char c;
    CHECK(read(parent, &c, 1) < 0 && errno == EAGAIN);
  }
  rmstate(ap, parent);
}

static void test_sizes(void) {
  int parent;
  alcove_state_t *ap = mkstate(&parent);
  size_t big = ALCOVE_FRAME_MAX - ALCOVE_PIDHDR_LEN - ALCOVE_HDR_LEN;

  CHECK(alcove_frame_atom(ap, ALCOVE_MSG_CTL, "ok") == 0);

  /* too large for one frame: refused, nothing queued */
  errno = 0;
  CHECK(alcove_frame_about(ap, 5, ALCOVE_MSG_STDOUT, "", big + 1) < 0 &&
        errno == EMSGSIZE);
  errno = 0;
  CHECK(alcove_frame_about(ap, 5, ALCOVE_MSG_STDOUT, "", SIZE_MAX / 2) < 0);
  errno = 0;
  CHECK(alcove_frame_term(ap, ALCOVE_MSG_STDOUT, "", ALCOVE_FRAME_MAX - 1) <
            0 &&
        errno == EMSGSIZE);
  errno = 0;
  CHECK(alcove_frame_reply(ap, 1, "", ALCOVE_FRAME_MAX - 5) < 0 &&
        errno == EMSGSIZE);
  /* and refused before any memory was reserved for it */
  CHECK(ap->outq.cap < 1024 * 1024);
  {
    bytes_t e = {{0}, 0};
    bytes_t t = {{0}, 0};
    put_atom_term(&t, "ok");
    put_frame(&e, ALCOVE_MSG_CTL, t.b, t.n);
    CHECK(buf_is(&ap->outq, &e));
  }
  rmstate(ap, parent);
}

static void test_flush(void) {
  int p[2];
  int parent;
  alcove_state_t *ap = mkstate(&parent);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};

  if (pipe(p) < 0)
    abort();
  (void)close(ap->chanin);
  ap->chanin = -1;
  ap->chanout = p[1];

  CHECK(alcove_frame_atom(ap, ALCOVE_MSG_CTL, "a") == 0);
  CHECK(alcove_frame_about(ap, 3, ALCOVE_MSG_STDOUT, "xy", 2) == 0);
  alcove_frame_flush(ap);
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0);
  (void)alcove_set_nonblock(p[0], 1);
  drain(p[0], &seen);
  {
    bytes_t t = {{0}, 0};
    put_atom_term(&t, "a");
    put_frame(&e, ALCOVE_MSG_CTL, t.b, t.n);
  }
  put_about(&e, 3, ALCOVE_MSG_STDOUT, "xy", 2);
  CHECK(buf_is(&seen, &e));

  /* no channel: the queue is dropped */
  ap->chanout = -1;
  CHECK(alcove_frame_atom(ap, ALCOVE_MSG_CTL, "b") == 0);
  alcove_frame_flush(ap);
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0);

  alcove_buf_free(&seen);
  (void)close(p[0]);
  (void)close(p[1]);
  ap->chanin = dup(parent);
  rmstate(ap, parent);
}

void test_frame(void) {
  test_len_ok();
  test_pidhdr();
  test_builders();
  test_sizes();
  test_flush();
}
