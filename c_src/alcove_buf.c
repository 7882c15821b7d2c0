/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_buf.h"

#include "alcove_mem.h"

/* Byte queues: data is appended at len and consumed from off. Space at the
 * front is reclaimed by moving the data down when more room is needed and
 * the move is cheap, so a queue that is drained as fast as it is filled
 * does not grow. */

int alcove_buf_reserve(alcove_buf_t *b, size_t n) {
  size_t used = b->len - b->off;
  size_t want;
  char *p;

  if (b->cap - b->len >= n)
    return 0;

  /* Move the data down only when it is no larger than the space this
   * frees: each byte is then moved a bounded number of times. */
  if (b->off > 0 && b->off >= used) {
    memmove(b->buf, b->buf + b->off, used);
    b->off = 0;
    b->len = used;
    if (b->cap - b->len >= n)
      return 0;
  }

  if (n > SIZE_MAX / 4 - b->len) {
    errno = ENOMEM;
    return -1;
  }

  want = b->cap < 4096 ? 4096 : b->cap;
  while (want - b->len < n)
    want *= 2;

  p = realloc(b->buf, want);
  if (p == NULL)
    return -1;
  alcove_mem_grew(want - b->cap);

  b->buf = p;
  b->cap = want;
  return 0;
}

char *alcove_buf_tail(alcove_buf_t *b, size_t n) {
  if (alcove_buf_reserve(b, n) < 0)
    return NULL;
  return b->buf + b->len;
}

size_t alcove_buf_room(const alcove_buf_t *b) { return b->cap - b->len; }

void alcove_buf_commit(alcove_buf_t *b, size_t n) { b->len += n; }

void alcove_buf_clear(alcove_buf_t *b) {
  b->off = 0;
  b->len = 0;
}

int alcove_buf_append(alcove_buf_t *b, const void *data, size_t n) {
  if (alcove_buf_reserve(b, n) < 0)
    return -1;
  if (n > 0)
    memcpy(b->buf + b->len, data, n);
  b->len += n;
  return 0;
}

void alcove_buf_consume(alcove_buf_t *b, size_t n) {
  b->off += n;
  if (b->off >= b->len) {
    b->off = 0;
    b->len = 0;
    /* Give back large buffers once they are empty: an idle process keeps
     * a small footprint after a burst. */
    if (b->cap > 256 * 1024) {
      free(b->buf);
      b->buf = NULL;
      b->cap = 0;
    }
  }
}

void alcove_buf_free(alcove_buf_t *b) {
  free(b->buf);
  b->buf = NULL;
  b->off = 0;
  b->len = 0;
  b->cap = 0;
}
