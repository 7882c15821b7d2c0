/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_mk_long(ei_x_buff *x, long long n) {
  if (x == NULL)
    return -1;

  return ei_x_encode_longlong(x, n) < 0 ? -1 : 0;
}
