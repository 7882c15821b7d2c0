/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_encode_empty_list(ei_x_buff *x) {
  if (x == NULL)
    return -1;

  return ei_x_encode_empty_list(x) < 0 ? -1 : 0;
}
