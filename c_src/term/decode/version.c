/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_decode_version(const char *buf, size_t len, int *index) {
  if (buf == NULL || index == NULL || *index < 0 || (size_t)*index >= len)
    return -1;

  if ((unsigned char)buf[*index] != ALCOVE_VERSION_MAGIC)
    return -1;

  (*index)++;
  return 0;
}
