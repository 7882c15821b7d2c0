/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <limits.h>

int alcove_decode_uint(const char *buf, size_t len, int *index,
                       unsigned int *val) {
  int i;
  unsigned long long v;

  if (index == NULL || val == NULL)
    return -1;

  i = *index;
  if (alcove_decode_ulonglong(buf, len, &i, &v) < 0)
    return -1;

  if (v > UINT_MAX)
    return -1;

  *index = i;
  *val = (unsigned int)v;
  return 0;
}
