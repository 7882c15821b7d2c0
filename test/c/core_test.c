/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* Unit tests of the C core: the byte queue, the frame builders, relay
 * framing, stdin windows and routing (core_*_test.c), on real
 * descriptors. Run: make -C test/c (and make -C test/c asan). */
#include "core_test.h"

#include <sys/socket.h>

int failures;
int checks;

#if defined(__SANITIZE_ADDRESS__)
/* The reserve failure tests ask for more memory than there is. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
  return "allocator_may_return_null=1";
}
#endif

void put_raw(bytes_t *e, const void *p, size_t n) {
  if (e->n + n > sizeof(e->b))
    abort();
  if (n > 0)
    (void)memcpy(e->b + e->n, p, n);
  e->n += n;
}

void put_u16(bytes_t *e, uint16_t v) {
  unsigned char u[2] = {(unsigned char)(v >> 8), (unsigned char)v};
  put_raw(e, u, sizeof(u));
}

void put_u32(bytes_t *e, uint32_t v) {
  unsigned char u[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                        (unsigned char)(v >> 8), (unsigned char)v};
  put_raw(e, u, sizeof(u));
}

void put_atom_term(bytes_t *e, const char *atom) {
  unsigned char h[3] = {131, 119, (unsigned char)strlen(atom)};
  put_raw(e, h, sizeof(h));
  put_raw(e, atom, strlen(atom));
}

void put_frame(bytes_t *e, uint16_t type, const void *body, size_t n) {
  put_u32(e, (uint32_t)(2 + n));
  put_u16(e, type);
  put_raw(e, body, n);
}

void put_about(bytes_t *e, pid_t pid, uint16_t type, const void *body,
               size_t n) {
  put_u32(e, (uint32_t)(2 + 4 + 6 + n));
  put_u16(e, ALCOVE_MSG_PROXY);
  put_u32(e, (uint32_t)pid);
  put_frame(e, type, body, n);
}

void put_about_ctl(bytes_t *e, pid_t pid, const char *atom) {
  bytes_t t = {{0}, 0};
  put_atom_term(&t, atom);
  put_about(e, pid, ALCOVE_MSG_CTL, t.b, t.n);
}

void put_output(bytes_t *e, uint16_t type, pid_t pid, const void *data,
                size_t n) {
  put_u32(e, (uint32_t)(2 + 4 + n));
  put_u16(e, type);
  put_u32(e, (uint32_t)pid);
  put_raw(e, data, n);
}

void put_about_window(bytes_t *e, pid_t pid, uint8_t op, uint32_t n) {
  bytes_t t = {{0}, 0};
  put_raw(&t, &op, 1);
  put_u32(&t, n);
  put_about(e, pid, ALCOVE_MSG_WINDOW, t.b, t.n);
}

alcove_state_t *mkstate(int *parent) {
  alcove_state_t *ap = alcove_state_new(2);
  int sv[2];

  if (ap == NULL || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0 ||
      alcove_set_nonblock(sv[0], 1) < 0 || alcove_set_nonblock(sv[1], 1) < 0)
    abort();
  ap->chanin = sv[0];
  ap->chanout = sv[0];
  *parent = sv[1];
  return ap;
}

void rmstate(alcove_state_t *ap, int parent) {
  int i;

  for (i = 0; i < ap->maxchild; i++)
    alcove_child_release(ap, &ap->child[i]);
  (void)close(ap->chanin);
  (void)close(parent);
  alcove_state_free(ap);
}

alcove_child_t *mkchild(alcove_state_t *ap, pid_t pid, int *peer) {
  alcove_child_t *c = alcove_child_free_slot(ap);
  int sv[2];

  if (c == NULL || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0 ||
      alcove_set_nonblock(sv[0], 1) < 0 || alcove_set_nonblock(sv[1], 1) < 0)
    abort();
  c->pid = pid;
  c->chan = sv[0];
  *peer = sv[1];
  ap->nchild++;
  return c;
}

void nbpipe(int p[2]) {
  if (pipe(p) < 0 || alcove_set_nonblock(p[0], 1) < 0)
    abort();
}

void drain(int fd, alcove_buf_t *b) {
  for (;;) {
    char *p = alcove_buf_tail(b, 65536);
    ssize_t n;

    if (p == NULL)
      abort();
    n = read(fd, p, alcove_buf_room(b));
    if (n <= 0)
      return;
    alcove_buf_commit(b, (size_t)n);
  }
}

int buf_is(const alcove_buf_t *b, const bytes_t *e) {
  return ALCOVE_BUF_SIZE(b) == e->n &&
         (e->n == 0 || memcmp(ALCOVE_BUF_DATA(b), e->b, e->n) == 0);
}

int sent_is(alcove_state_t *ap, int parent, alcove_buf_t *seen,
            const bytes_t *e) {
  size_t n;

  drain(parent, seen);
  n = ALCOVE_BUF_SIZE(seen);
  if (n > e->n || ALCOVE_BUF_SIZE(&ap->outq) != e->n - n)
    return 0;
  return (n == 0 || memcmp(ALCOVE_BUF_DATA(seen), e->b, n) == 0) &&
         (e->n == n ||
          memcmp(ALCOVE_BUF_DATA(&ap->outq), e->b + n, e->n - n) == 0);
}

int main(void) {
  /* a write to a pipe whose reader is gone must fail with EPIPE */
  (void)signal(SIGPIPE, SIG_IGN);

  test_buf();
  test_frame();
  test_relay();
  test_relay_large();
  test_window();
  test_route();
  test_reap();
  test_splice();

  (void)printf("core_test: %d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
