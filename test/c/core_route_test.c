/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: frames from the parent (alcove_route.c) and their dispatch
 * (alcove_call.c with the generated table and the real wrappers). */
#include "core_test.h"

#include "alcove_call.h"

#include <sys/socket.h>

static size_t call_id(const char *name);
static void put_call(bytes_t *e, uint32_t reqid, size_t id, int arity,
                     const char *extra, size_t n);
static void put_reply_atom(bytes_t *e, uint32_t reqid, const char *atom);
static void test_calls(void);
static void wr(int fd, const void *p, size_t n);
static void test_down(void);
static void test_split_in(void);
static void test_broken(void);

static void wr(int fd, const void *p, size_t n) {
  if (write(fd, p, n) != (ssize_t)n)
    abort();
}

static size_t call_id(const char *name) {
  size_t i;
  for (i = 0; i < alcove_ncalls; i++) {
    if (strcmp(alcove_calls[i].name, name) == 0)
      return i;
  }
  abort();
}

/* CALL(ReqId, Id, {arity empty lists} ++ extra bytes) */
static void put_call(bytes_t *e, uint32_t reqid, size_t id, int arity,
                     const char *extra, size_t n) {
  bytes_t b = {{0}, 0};
  unsigned char h[3] = {131, 104, (unsigned char)arity};
  int k;

  put_u32(&b, reqid);
  put_u16(&b, (uint16_t)id);
  put_raw(&b, h, sizeof(h));
  for (k = 0; k < arity; k++)
    put_raw(&b, "\x6a", 1);
  put_raw(&b, extra, n);
  put_frame(e, ALCOVE_MSG_CALL, b.b, b.n);
}

static void put_reply_atom(bytes_t *e, uint32_t reqid, const char *atom) {
  bytes_t t = {{0}, 0};
  put_u32(&t, reqid);
  put_atom_term(&t, atom);
  put_frame(e, ALCOVE_MSG_CALL, t.b, t.n);
}

/* Calls: a reply echoing the request id, whatever the body holds. */
static void test_calls(void) {
  int parent;
  alcove_state_t *ap = mkstate(&parent);
  size_t getpid_id = call_id("getpid");
  bytes_t in = {{0}, 0};
  bytes_t e = {{0}, 0};
  const char *r;
  uint32_t len;
  int i = 0;
  int ver;
  long long pid = 0;

  put_call(&in, 0xCAFE0001u, getpid_id, 0, "", 0);
  wr(parent, in.b, in.n);
  CHECK(alcove_route_input(ap) == 0);
  /* |Len|CALL|ReqId|getpid()| */
  r = ALCOVE_BUF_DATA(&ap->outq);
  len = ALCOVE_BUF_SIZE(&ap->outq) >= 10 ? alcove_get32(r) : 0;
  CHECK(len >= 8 && ALCOVE_BUF_SIZE(&ap->outq) == 4 + (size_t)len);
  CHECK(len >= 8 && alcove_get16(r + 4) == ALCOVE_MSG_CALL &&
        alcove_get32(r + 6) == 0xCAFE0001u);
  CHECK(len >= 8 && ei_decode_version(r + 10, &i, &ver) == 0 &&
        ei_decode_longlong(r + 10, &i, &pid) == 0 && pid == getpid() &&
        (uint32_t)i == len - 6);
  alcove_buf_clear(&ap->outq);

  /* wrong arity, bytes after the term, an unknown id, a short body */
  in.n = 0;
  put_call(&in, 1, getpid_id, 1, "", 0);
  put_reply_atom(&e, 1, "badarg");
  put_call(&in, 2, getpid_id, 0, "\x6a", 1);
  put_reply_atom(&e, 2, "badarg");
  put_call(&in, 3, alcove_ncalls, 0, "", 0);
  put_reply_atom(&e, 3, "badarg");
  put_call(&in, 4, 65535, 0, "", 0);
  put_reply_atom(&e, 4, "badarg");
  put_frame(&in, ALCOVE_MSG_CALL, "\0\0\0\x05\0", 5);
  put_reply_atom(&e, 0, "badarg");
  /* not an external term */
  {
    bytes_t b = {{0}, 0};
    put_u32(&b, 6);
    put_u16(&b, (uint16_t)getpid_id);
    put_raw(&b, "\x68\0", 2);
    put_frame(&in, ALCOVE_MSG_CALL, b.b, b.n);
    put_reply_atom(&e, 6, "badarg");
  }
  wr(parent, in.b, in.n);
  CHECK(alcove_route_input(ap) == 0);
  CHECK(buf_is(&ap->outq, &e));
  alcove_buf_clear(&ap->outq);

  /* a call masked by the filter: undef */
  ap->filter[getpid_id / 8] |= (unsigned char)(1u << (getpid_id % 8));
  in.n = 0;
  e.n = 0;
  put_call(&in, 7, getpid_id, 0, "", 0);
  put_reply_atom(&e, 7, "undef");
  wr(parent, in.b, in.n);
  CHECK(alcove_route_input(ap) == 0);
  CHECK(buf_is(&ap->outq, &e));

  rmstate(ap, parent);
}

static void test_down(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 700, &peer);
  alcove_buf_t got = {NULL, 0, 0, 0};
  bytes_t in = {{0}, 0};
  bytes_t inner = {{0}, 0};
  bytes_t e = {{0}, 0};
  bytes_t t = {{0}, 0};
  int p[2];

  if (pipe(p) < 0 || alcove_set_nonblock(p[0], 1) < 0)
    abort();
  c->stdin_fd = p[1];

  /* PROXY(700, CALL): the inner frame is queued for the child */
  put_u32(&t, 0x01020304u);
  put_u16(&t, 17);
  put_atom_term(&t, "x");
  put_frame(&inner, ALCOVE_MSG_CALL, t.b, t.n);
  put_u32(&e, 700);
  put_raw(&e, inner.b, inner.n);
  put_frame(&in, ALCOVE_MSG_PROXY, e.b, e.n);
  /* STDIN(700, Data): into its window */
  e.n = 0;
  put_u32(&e, 700);
  put_raw(&e, "input", 5);
  put_frame(&in, ALCOVE_MSG_STDIN, e.b, e.n);
  wr(parent, in.b, in.n);

  CHECK(alcove_route_input(ap) == 0);
  CHECK(buf_is(&c->chanq, &inner));
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 5 &&
        memcmp(ALCOVE_BUF_DATA(&c->inq), "input", 5) == 0);
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0 && ALCOVE_BUF_SIZE(&ap->inr) == 0);

  /* the child's event loop gets the frame, its program the data */
  alcove_relay_write_chan(c);
  drain(peer, &got);
  CHECK(buf_is(&got, &inner) && ALCOVE_BUF_SIZE(&c->chanq) == 0);
  alcove_window_write(ap, c);
  alcove_buf_clear(&got);
  drain(p[0], &got);
  CHECK(ALCOVE_BUF_SIZE(&got) == 5 &&
        memcmp(ALCOVE_BUF_DATA(&got), "input", 5) == 0);
  e.n = 0;
  put_about_window(&e, 700, ALCOVE_WINDOW_GRANT, 5);
  CHECK(buf_is(&ap->outq, &e));
  alcove_buf_clear(&ap->outq);

  /* unknown pids, pid 0, short bodies and types not sent down */
  in.n = 0;
  e.n = 0;
  t.n = 0;
  put_u32(&t, 701);
  put_raw(&t, inner.b, inner.n);
  put_frame(&in, ALCOVE_MSG_PROXY, t.b, t.n);
  put_about_ctl(&e, 701, "badpid");
  t.n = 0;
  put_u32(&t, 0);
  put_raw(&t, "zz", 2);
  put_frame(&in, ALCOVE_MSG_STDIN, t.b, t.n);
  put_about_ctl(&e, 0, "badpid");
  put_frame(&in, ALCOVE_MSG_STDIN, "\0\0\x02", 3);
  t.n = 0;
  put_atom_term(&t, "badarg");
  put_frame(&e, ALCOVE_MSG_CTL, t.b, t.n);
  put_frame(&in, ALCOVE_MSG_EVENT, "\x83\x6a", 2);
  put_frame(&e, ALCOVE_MSG_CTL, t.b, t.n);
  put_frame(&in, ALCOVE_MSG_WINDOW, "", 0);
  put_frame(&e, ALCOVE_MSG_CTL, t.b, t.n);
  wr(parent, in.b, in.n);
  CHECK(alcove_route_input(ap) == 0);
  CHECK(buf_is(&ap->outq, &e));
  CHECK(ALCOVE_BUF_SIZE(&c->chanq) == 0 && ALCOVE_BUF_SIZE(&c->inq) == 0);

  /* PROXY to a child whose channel is gone (it exec'd): badpid */
  alcove_buf_clear(&ap->outq);
  c->chan = ALCOVE_CHAN_EXECED;
  (void)close(peer);
  in.n = 0;
  e.n = 0;
  t.n = 0;
  put_u32(&t, 700);
  put_raw(&t, inner.b, inner.n);
  put_frame(&in, ALCOVE_MSG_PROXY, t.b, t.n);
  put_about_ctl(&e, 700, "badpid");
  wr(parent, in.b, in.n);
  CHECK(alcove_route_input(ap) == 0);
  CHECK(buf_is(&ap->outq, &e) && ALCOVE_BUF_SIZE(&c->chanq) == 0);

  /* nothing to read */
  CHECK(alcove_route_input(ap) == 0);

  alcove_buf_free(&got);
  (void)close(p[0]);
  rmstate(ap, parent);
}

/* A frame split across reads is routed once, when complete. */
static void test_split_in(void) {
  int parent;
  int peer;
  alcove_state_t *ap = mkstate(&parent);
  alcove_child_t *c = mkchild(ap, 9, &peer);
  bytes_t in = {{0}, 0};
  bytes_t body = {{0}, 0};
  size_t k;
  int p[2];

  if (pipe(p) < 0)
    abort();
  c->stdin_fd = p[1];
  put_u32(&body, 9);
  put_raw(&body, "0123456789", 10);
  put_frame(&in, ALCOVE_MSG_STDIN, body.b, body.n);
  put_frame(&in, ALCOVE_MSG_STDIN, body.b, body.n);

  for (k = 0; k < in.n; k++) {
    wr(parent, in.b + k, 1);
    CHECK(alcove_route_input(ap) == 0);
    if (k == 19 || k == 20 || k == in.n - 2 || k == in.n - 1)
      CHECK(ALCOVE_BUF_SIZE(&c->inq) == (k < in.n - 1 ? 10u : 20u));
  }
  CHECK(ALCOVE_BUF_SIZE(&c->inq) == 20 &&
        memcmp(ALCOVE_BUF_DATA(&c->inq), "01234567890123456789", 20) == 0);
  CHECK(ALCOVE_BUF_SIZE(&ap->inr) == 0 && ALCOVE_BUF_SIZE(&ap->outq) == 0);

  (void)close(p[0]);
  (void)close(peer);
  rmstate(ap, parent);
}

/* A length no frame has, or the end of the channel: -1. */
static void test_broken(void) {
  uint32_t bad[] = {0, 1, ALCOVE_FRAME_MAX + 1};
  size_t k;

  for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
    int parent;
    alcove_state_t *ap = mkstate(&parent);
    bytes_t in = {{0}, 0};

    put_u32(&in, bad[k]);
    put_raw(&in, "\0\x04", 2);
    wr(parent, in.b, in.n);
    CHECK(alcove_route_input(ap) == -1);
    CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0);
    rmstate(ap, parent);
  }
  {
    int parent;
    alcove_state_t *ap = mkstate(&parent);
    CHECK(alcove_route_input(ap) == 0);
    (void)shutdown(parent, SHUT_WR);
    CHECK(alcove_route_input(ap) == -1);
    rmstate(ap, parent);
  }
}

void test_route(void) {
  test_calls();
  test_down();
  test_split_in();
  test_broken();
}
