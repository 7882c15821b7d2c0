/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_mk_binary(ei_x_buff *x, const void *data, size_t n) {
  static const char empty[1] = {0};

  if (x == NULL || n > ALCOVE_FRAME_MAX || (data == NULL && n > 0))
    return -1;

  /* ALCOVE_FRAME_MAX fits in ei's int length. ei copies with memmove,
   * which must not see a NULL pointer. */
  if (data == NULL)
    data = empty;

  return ei_x_encode_binary(x, data, (int)n) < 0 ? -1 : 0;
}
