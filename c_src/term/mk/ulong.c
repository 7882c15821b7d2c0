/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_mk_ulong(ei_x_buff *x, unsigned long long n) {
  if (x == NULL)
    return -1;

  return ei_x_encode_ulonglong(x, n) < 0 ? -1 : 0;
}
