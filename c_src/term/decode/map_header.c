/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <limits.h>

/* A map: *arity is its number of key/value pairs. */
int alcove_decode_map_header(const char *buf, size_t len, int *index,
                             int *arity) {
  int tag;
  size_t hdr;
  uint64_t n;
  int i;
  int a;

  if (index == NULL || arity == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  if (tag != ERL_MAP_EXT || n > INT_MAX)
    return -1;

  i = *index;
  if (ei_decode_map_header(buf, &i, &a) < 0 || a != (int)n)
    return -1;

  *index = i;
  *arity = a;
  return 0;
}
