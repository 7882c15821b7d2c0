/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: the byte queue (alcove_buf.c). */
#include "core_test.h"

static void fill(char *p, size_t n, size_t from);
static int holds(const alcove_buf_t *b, size_t from, size_t n);
static void test_order(void);
static void test_compact(void);
static void test_release(void);
static void test_reserve_fails(void);

/* byte i of the test pattern */
static void fill(char *p, size_t n, size_t from) {
  size_t i;
  for (i = 0; i < n; i++)
    p[i] = (char)((from + i) * 7 % 251);
}

/* Does b hold exactly the pattern bytes [from, from + n)? */
static int holds(const alcove_buf_t *b, size_t from, size_t n) {
  size_t i;

  if (ALCOVE_BUF_SIZE(b) != n)
    return 0;
  for (i = 0; i < n; i++) {
    if (ALCOVE_BUF_DATA(b)[i] != (char)((from + i) * 7 % 251))
      return 0;
  }
  return 1;
}

static void test_order(void) {
  alcove_buf_t b = {NULL, 0, 0, 0};
  char *t;

  CHECK(ALCOVE_BUF_SIZE(&b) == 0);
  CHECK(alcove_buf_append(&b, "abc", 3) == 0);
  CHECK(alcove_buf_append(&b, "defg", 4) == 0);
  CHECK(alcove_buf_append(&b, "", 0) == 0);
  CHECK(ALCOVE_BUF_SIZE(&b) == 7 &&
        memcmp(ALCOVE_BUF_DATA(&b), "abcdefg", 7) == 0);
  alcove_buf_consume(&b, 2);
  CHECK(ALCOVE_BUF_SIZE(&b) == 5 &&
        memcmp(ALCOVE_BUF_DATA(&b), "cdefg", 5) == 0);

  /* tail and commit: written bytes join the queue only once committed */
  t = alcove_buf_tail(&b, 10);
  CHECK(t != NULL && t == ALCOVE_BUF_DATA(&b) + 5);
  CHECK(alcove_buf_room(&b) >= 10);
  if (t != NULL)
    (void)memcpy(t, "xyz", 3);
  CHECK(ALCOVE_BUF_SIZE(&b) == 5);
  alcove_buf_commit(&b, 3);
  CHECK(ALCOVE_BUF_SIZE(&b) == 8 &&
        memcmp(ALCOVE_BUF_DATA(&b), "cdefgxyz", 8) == 0);
  /* a tail of 0 bytes is the end of the data */
  CHECK(alcove_buf_tail(&b, 0) == ALCOVE_BUF_DATA(&b) + 8);

  /* consuming everything rewinds the queue */
  alcove_buf_consume(&b, 8);
  CHECK(ALCOVE_BUF_SIZE(&b) == 0 && b.off == 0 && b.len == 0);
  CHECK(b.buf != NULL && b.cap == 4096);

  /* clear keeps the memory */
  CHECK(alcove_buf_append(&b, "hello", 5) == 0);
  alcove_buf_consume(&b, 1);
  {
    char *before = b.buf;
    alcove_buf_clear(&b);
    CHECK(ALCOVE_BUF_SIZE(&b) == 0 && b.off == 0 && b.buf == before &&
          b.cap == 4096);
  }

  alcove_buf_free(&b);
  CHECK(b.buf == NULL && b.off == 0 && b.len == 0 && b.cap == 0);
  /* a freed queue is usable again */
  CHECK(alcove_buf_append(&b, "z", 1) == 0 && ALCOVE_BUF_SIZE(&b) == 1 &&
        ALCOVE_BUF_DATA(&b)[0] == 'z');
  alcove_buf_free(&b);
  alcove_buf_free(&b);
  CHECK(b.buf == NULL);
}

static void test_compact(void) {
  alcove_buf_t b = {NULL, 0, 0, 0};
  char p[8192];
  char *before;

  fill(p, sizeof(p), 0);

  /* front space at least as large as the data: moved down, no growth */
  CHECK(alcove_buf_append(&b, p, 4096) == 0 && b.cap == 4096);
  alcove_buf_consume(&b, 3000);
  CHECK(b.off == 3000 && holds(&b, 3000, 1096));
  before = b.buf;
  CHECK(alcove_buf_reserve(&b, 2000) == 0);
  CHECK(b.off == 0 && b.cap == 4096 && b.buf == before);
  CHECK(holds(&b, 3000, 1096));
  CHECK(alcove_buf_append(&b, p + 4096, 2000) == 0);
  CHECK(b.cap == 4096 && holds(&b, 3000, 3096));
  alcove_buf_free(&b);

  /* moved down and still too small: grows, data kept */
  CHECK(alcove_buf_append(&b, p, 4096) == 0);
  alcove_buf_consume(&b, 3000);
  CHECK(alcove_buf_append(&b, p + 4096, 3500) == 0);
  CHECK(b.off == 0 && b.cap == 8192 && holds(&b, 3000, 4596));
  alcove_buf_free(&b);

  /* less front space than data: not moved, grows */
  CHECK(alcove_buf_append(&b, p, 4096) == 0);
  alcove_buf_consume(&b, 1000);
  CHECK(alcove_buf_append(&b, p + 4096, 100) == 0);
  CHECK(b.off == 1000 && b.cap == 8192 && holds(&b, 1000, 3196));
  /* many small appends and consumes keep the order */
  {
    size_t next = 4196;
    size_t head = 1000;
    int k;
    for (k = 0; k < 2000; k++) {
      {
        char q[37];
        fill(q, sizeof(q), next);
        if (alcove_buf_append(&b, q, sizeof(q)) < 0)
          break;
        next += sizeof(q);
      }
      alcove_buf_consume(&b, 30);
      head += 30;
    }
    CHECK(holds(&b, head, next - head));
    /* drained as fast as filled (+7 a turn): it stays small */
    CHECK(b.cap <= 32768);
  }
  alcove_buf_free(&b);
}

static void test_release(void) {
  alcove_buf_t b = {NULL, 0, 0, 0};
  char *t;

  /* a large buffer is given back once empty */
  t = alcove_buf_tail(&b, 300 * 1024);
  CHECK(t != NULL && b.cap > 256 * 1024);
  if (t != NULL)
    fill(t, 300 * 1024, 0);
  alcove_buf_commit(&b, 300 * 1024);
  alcove_buf_consume(&b, 100 * 1024);
  CHECK(b.buf != NULL && holds(&b, 100 * 1024, 200 * 1024));
  alcove_buf_consume(&b, 200 * 1024);
  CHECK(b.buf == NULL && b.cap == 0 && ALCOVE_BUF_SIZE(&b) == 0);
  CHECK(alcove_buf_append(&b, "q", 1) == 0 && b.cap == 4096);
  alcove_buf_free(&b);

  /* exactly 256 KiB is kept (a full channel read buffer) */
  CHECK(alcove_buf_tail(&b, 256 * 1024) != NULL && b.cap == 256 * 1024);
  alcove_buf_commit(&b, 10);
  alcove_buf_consume(&b, 10);
  CHECK(b.buf != NULL && b.cap == 256 * 1024);
  alcove_buf_free(&b);
}

static void test_reserve_fails(void) {
  alcove_buf_t b = {NULL, 0, 0, 0};
  char *before;

  CHECK(alcove_buf_append(&b, "keep", 4) == 0);
  before = b.buf;

  /* too large to ask for */
  errno = 0;
  CHECK(alcove_buf_reserve(&b, SIZE_MAX) < 0 && errno == ENOMEM);
  errno = 0;
  CHECK(alcove_buf_reserve(&b, SIZE_MAX / 4) < 0 && errno == ENOMEM);
  CHECK(alcove_buf_tail(&b, SIZE_MAX - 1) == NULL);
  CHECK(alcove_buf_append(&b, "x", SIZE_MAX / 2) < 0);
  /* asked for, refused by the allocator */
  CHECK(alcove_buf_reserve(&b, SIZE_MAX / 8) < 0);
  /* nothing changed */
  CHECK(b.buf == before && b.cap == 4096 && ALCOVE_BUF_SIZE(&b) == 4 &&
        memcmp(ALCOVE_BUF_DATA(&b), "keep", 4) == 0);
  CHECK(alcove_buf_append(&b, "er", 2) == 0 &&
        memcmp(ALCOVE_BUF_DATA(&b), "keeper", 6) == 0);
  alcove_buf_free(&b);
}

void test_buf(void) {
  test_order();
  test_compact();
  test_release();
  test_reserve_fails();
}
