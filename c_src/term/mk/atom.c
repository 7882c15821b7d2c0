/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_mk_atom(ei_x_buff *x, const char *atom) {
  if (x == NULL || atom == NULL)
    return -1;

  return ei_x_encode_atom(x, atom) < 0 ? -1 : 0;
}
