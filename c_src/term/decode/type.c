/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <limits.h>

/* Like ei_get_type: atoms are reported as ERL_ATOM_EXT, floats as
 * ERL_FLOAT_EXT; *arity is the byte length of atoms, strings, binaries
 * and bignums, the element count of tuples, lists and maps (pairs), and 0
 * for integers, floats and []. Does not move *index. */
int alcove_decode_type(const char *buf, size_t len, int *index, int *type,
                       int *arity) {
  int tag;
  size_t hdr;
  uint64_t n;

  if (index == NULL || type == NULL || arity == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  if (n > INT_MAX)
    return -1;

  switch (tag) {
  case ERL_SMALL_ATOM_EXT:
  case ERL_SMALL_ATOM_UTF8_EXT:
  case ERL_ATOM_UTF8_EXT:
    tag = ERL_ATOM_EXT;
    break;
  case NEW_FLOAT_EXT:
    tag = ERL_FLOAT_EXT;
    n = 0;
    break;
  case ERL_FLOAT_EXT:
  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_NIL_EXT:
    n = 0;
    break;
  default:
    break;
  }

  *type = tag;
  *arity = (int)n;
  return 0;
}
