/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_decode_longlong(const char *buf, size_t len, int *index,
                           long long *val) {
  int tag;
  size_t hdr;
  uint64_t n;
  int i;
  long long v;

  if (index == NULL || val == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  switch (tag) {
  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    break;
  default:
    return -1;
  }

  i = *index;
  if (ei_decode_longlong(buf, &i, &v) < 0)
    return -1;

  if ((uint64_t)i != (uint64_t)*index + hdr + n)
    return -1;

  *index = i;
  *val = v;
  return 0;
}
