/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <limits.h>

int alcove_decode_int(const char *buf, size_t len, int *index, int *val) {
  int i;
  long long v;

  if (index == NULL || val == NULL)
    return -1;

  i = *index;
  if (alcove_decode_longlong(buf, len, &i, &v) < 0)
    return -1;

  if (v < INT_MIN || v > INT_MAX)
    return -1;

  *index = i;
  *val = (int)v;
  return 0;
}
