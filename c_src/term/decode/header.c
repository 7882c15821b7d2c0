/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_io.h"
#include "alcove_term.h"

#include <limits.h>

int alcove_term_header(const char *buf, size_t len, int index, int *tag,
                       size_t *hdr, uint64_t *n) {
  const unsigned char *p;
  size_t rem;
  uint64_t min; /* bytes the elements of a container take at least */
  int container = 1;

  if (buf == NULL || index < 0 || (size_t)index >= len)
    return -1;

  p = (const unsigned char *)buf + index;
  rem = len - (size_t)index;

  switch (p[0]) {
  case ERL_NIL_EXT:
    *hdr = 1;
    *n = 0;
    container = 0;
    break;
  case ERL_SMALL_INTEGER_EXT:
    *hdr = 1;
    *n = 1;
    container = 0;
    break;
  case ERL_INTEGER_EXT:
    *hdr = 1;
    *n = 4;
    container = 0;
    break;
  case NEW_FLOAT_EXT:
    *hdr = 1;
    *n = 8;
    container = 0;
    break;
  case ERL_FLOAT_EXT:
    *hdr = 1;
    *n = 31;
    container = 0;
    break;
  case ERL_SMALL_ATOM_EXT:
  case ERL_SMALL_ATOM_UTF8_EXT:
    if (rem < 2)
      return -1;
    *hdr = 2;
    *n = p[1];
    container = 0;
    break;
  case ERL_ATOM_EXT:
  case ERL_ATOM_UTF8_EXT:
  case ERL_STRING_EXT:
    if (rem < 3)
      return -1;
    *hdr = 3;
    *n = ((uint64_t)p[1] << 8) | p[2];
    container = 0;
    break;
  case ERL_BINARY_EXT:
    if (rem < 5)
      return -1;
    *hdr = 5;
    *n = alcove_get32((const char *)(p + 1));
    container = 0;
    break;
  case ERL_BIT_BINARY_EXT:
    /* |77|Len:32|Bits:8|Data| */
    if (rem < 6)
      return -1;
    *hdr = 6;
    *n = alcove_get32((const char *)(p + 1));
    /* Bits used in the last byte: 1..8, or 0 for an empty bitstring */
    if (*n == 0 ? p[5] != 0 : (p[5] < 1 || p[5] > 8))
      return -1;
    container = 0;
    break;
  case ERL_SMALL_BIG_EXT:
    /* |110|N:8|Sign:8|Digits| */
    if (rem < 3)
      return -1;
    *hdr = 3;
    *n = p[1];
    container = 0;
    break;
  case ERL_LARGE_BIG_EXT:
    if (rem < 6)
      return -1;
    *hdr = 6;
    *n = alcove_get32((const char *)(p + 1));
    container = 0;
    break;
  case ERL_SMALL_TUPLE_EXT:
    if (rem < 2)
      return -1;
    *hdr = 2;
    *n = p[1];
    break;
  case ERL_LARGE_TUPLE_EXT:
  case ERL_LIST_EXT:
  case ERL_MAP_EXT:
    if (rem < 5)
      return -1;
    *hdr = 5;
    *n = alcove_get32((const char *)(p + 1));
    break;
  default:
    return -1;
  }

  if (*hdr > rem)
    return -1;

  if (container) {
    if (p[0] == ERL_LIST_EXT)
      min = *n + 1; /* the tail */
    else if (p[0] == ERL_MAP_EXT)
      min = *n * 2; /* n < 2^32: no overflow in 64 bits */
    else
      min = *n;
  } else {
    min = *n;
  }

  if (min > (uint64_t)(rem - *hdr))
    return -1;

  /* ei keeps offsets in an int */
  if ((uint64_t)index + *hdr + (container ? 0 : *n) > INT_MAX)
    return -1;

  *tag = p[0];
  return 0;
}
