/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_decode_binary(const char *buf, size_t len, int *index, char *out,
                         size_t *outlen) {
  int tag;
  size_t hdr;
  uint64_t n;
  int i;
  long size;

  if (index == NULL || outlen == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  if (tag != ERL_BINARY_EXT || n > *outlen || (n > 0 && out == NULL))
    return -1;

  i = *index;
  if (ei_decode_binary(buf, &i, n > 0 ? out : NULL, &size) < 0)
    return -1;

  if ((uint64_t)size != n || (uint64_t)i != (uint64_t)*index + hdr + n)
    return -1;

  *index = i;
  *outlen = (size_t)n;
  return 0;
}
