/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* {ok, N} */
int alcove_mk_ok_long(ei_x_buff *x, long long n) {
  if (x == NULL)
    return -1;

  if (ei_x_encode_tuple_header(x, 2) < 0)
    return -1;

  if (alcove_mk_ok(x) < 0)
    return -1;

  return alcove_mk_long(x, n);
}
