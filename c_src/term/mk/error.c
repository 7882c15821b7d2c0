/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* {error, Reason} */
int alcove_mk_error(ei_x_buff *x, const char *reason) {
  if (x == NULL || reason == NULL)
    return -1;

  if (ei_x_encode_tuple_header(x, 2) < 0)
    return -1;

  if (alcove_mk_atom(x, "error") < 0)
    return -1;

  return alcove_mk_atom(x, reason);
}
