/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_encode_tuple_header(ei_x_buff *x, int arity) {
  if (x == NULL || arity < 0)
    return -1;

  return ei_x_encode_tuple_header(x, arity) < 0 ? -1 : 0;
}
