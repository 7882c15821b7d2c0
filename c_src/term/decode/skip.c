/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

static int skip(const char *buf, size_t len, int *index, int depth,
                int depth_max);

int alcove_decode_skip(const char *buf, size_t len, int *index, int depth_max) {
  int i;

  if (index == NULL)
    return -1;

  i = *index;
  if (skip(buf, len, &i, 0, depth_max) < 0)
    return -1;

  *index = i;
  return 0;
}

static int skip(const char *buf, size_t len, int *index, int depth,
                int depth_max) {
  int tag;
  size_t hdr;
  uint64_t n;
  uint64_t count;
  uint64_t k;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  switch (tag) {
  case ERL_SMALL_TUPLE_EXT:
  case ERL_LARGE_TUPLE_EXT:
  case ERL_LIST_EXT:
  case ERL_MAP_EXT:
    if (depth >= depth_max)
      return -1;
    if (tag == ERL_LIST_EXT)
      count = n + 1; /* the tail */
    else if (tag == ERL_MAP_EXT)
      count = n * 2;
    else
      count = n;
    *index += (int)hdr;
    /* Each element takes at least one byte: a declared count larger
     * than the buffer fails at its end, it cannot loop for long. */
    for (k = 0; k < count; k++) {
      if (skip(buf, len, index, depth + 1, depth_max) < 0)
        return -1;
    }
    return 0;
  default:
    /* alcove_term_header checked that hdr + n fits in an int */
    *index += (int)(hdr + n);
    return 0;
  }
}
