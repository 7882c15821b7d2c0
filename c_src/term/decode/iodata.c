/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

static int walk(const char *buf, size_t len, int *index, int depth, char *out,
                size_t *size);
static int append(const char *src, uint64_t n, char *out, size_t *size);

int alcove_decode_iodata(const char *buf, size_t len, int *index, char *out,
                         size_t *size) {
  int i;
  size_t n = 0;

  if (index == NULL || size == NULL)
    return -1;

  i = *index;
  if (walk(buf, len, &i, 0, out, &n) < 0)
    return -1;

  *index = i;
  *size = n;
  return 0;
}

/* Bytes gathered so far stay at most ALCOVE_FRAME_MAX. */
static int append(const char *src, uint64_t n, char *out, size_t *size) {
  if (n > ALCOVE_FRAME_MAX - *size)
    return -1;

  if (out != NULL && n > 0)
    (void)memcpy(out + *size, src, (size_t)n);

  *size += (size_t)n;
  return 0;
}

/* depth: number of lists around the term. A binary, string or [] at the
 * top is at depth 0; [[<<"x">>]] puts the binary in 2 lists. */
static int walk(const char *buf, size_t len, int *index, int depth, char *out,
                size_t *size) {
  int tag;
  size_t hdr;
  uint64_t n;
  uint64_t k;
  const unsigned char *p;
  char c;
  int32_t v;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  switch (tag) {
  case ERL_BINARY_EXT:
  case ERL_STRING_EXT:
    if (append(buf + *index + hdr, n, out, size) < 0)
      return -1;
    *index += (int)(hdr + n);
    return 0;

  case ERL_NIL_EXT:
    *index += 1;
    return 0;

  case ERL_LIST_EXT:
    if (depth >= ALCOVE_IOLIST_DEPTH_MAX)
      return -1;
    *index += (int)hdr;
    for (k = 0; k < n; k++) {
      int etag;
      size_t ehdr;
      uint64_t en;

      if (alcove_term_header(buf, len, *index, &etag, &ehdr, &en) < 0)
        return -1;

      p = (const unsigned char *)buf + *index;
      switch (etag) {
      case ERL_SMALL_INTEGER_EXT:
        c = (char)p[1];
        if (append(&c, 1, out, size) < 0)
          return -1;
        *index += 2;
        break;
      case ERL_INTEGER_EXT:
        /* Not what Erlang produces for a byte, but a valid encoding */
        v = (int32_t)(((uint32_t)p[1] << 24) | ((uint32_t)p[2] << 16) |
                      ((uint32_t)p[3] << 8) | (uint32_t)p[4]);
        if (v < 0 || v > 255)
          return -1;
        c = (char)v;
        if (append(&c, 1, out, size) < 0)
          return -1;
        *index += 5;
        break;
      case ERL_BINARY_EXT:
      case ERL_STRING_EXT:
      case ERL_NIL_EXT:
      case ERL_LIST_EXT:
        if (walk(buf, len, index, depth + 1, out, size) < 0)
          return -1;
        break;
      default:
        return -1;
      }
    }

    /* Tail: [] or, as erlang:iolist_to_binary/1 allows, a binary */
    if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
      return -1;
    if (tag == ERL_NIL_EXT) {
      *index += 1;
      return 0;
    }
    if (tag == ERL_BINARY_EXT) {
      if (append(buf + *index + hdr, n, out, size) < 0)
        return -1;
      *index += (int)(hdr + n);
      return 0;
    }
    return -1;

  default:
    /* includes a bare integer */
    return -1;
  }
}
