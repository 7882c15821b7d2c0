/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <limits.h>

/* [] gives arity 0. A list that Erlang encoded as a string (small
 * integers) is not a list here: see alcove_decode_type. */
int alcove_decode_list_header(const char *buf, size_t len, int *index,
                              int *arity) {
  int tag;
  size_t hdr;
  uint64_t n;
  int i;
  int a;

  if (index == NULL || arity == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  if ((tag != ERL_LIST_EXT && tag != ERL_NIL_EXT) || n > INT_MAX)
    return -1;

  i = *index;
  if (ei_decode_list_header(buf, &i, &a) < 0 || a != (int)n)
    return -1;

  *index = i;
  *arity = a;
  return 0;
}
