/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_term_check(const char *buf, size_t len, int index) {
  int i = index;

  if (buf == NULL || i < 0 || (size_t)i >= len)
    return -1;

  if ((unsigned char)buf[i] == ALCOVE_VERSION_MAGIC)
    i++;

  return alcove_decode_skip(buf, len, &i, ALCOVE_TERM_DEPTH_MAX);
}
