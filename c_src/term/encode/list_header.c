/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* Follow the arity > 0 elements with alcove_encode_empty_list (the tail). */
int alcove_encode_list_header(ei_x_buff *x, int arity) {
  if (x == NULL || arity < 0)
    return -1;

  return ei_x_encode_list_header(x, arity) < 0 ? -1 : 0;
}
