/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* {error, posix()} */
int alcove_mk_errno(ei_x_buff *x, int errnum) {
  return alcove_mk_error(x, alcove_errno_id(errnum));
}
