/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* An atom looked up in tbl (case-insensitive) or an integer (int64). */
int alcove_decode_constant(const char *buf, size_t len, int *index,
                           long long *val, const alcove_constant_t *tbl) {
  int tag;
  size_t hdr;
  uint64_t n;
  int i;
  char atom[MAXATOMLEN_UTF8];
  unsigned long long v;

  if (index == NULL || val == NULL || tbl == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  i = *index;
  switch (tag) {
  case ERL_ATOM_EXT:
  case ERL_SMALL_ATOM_EXT:
  case ERL_ATOM_UTF8_EXT:
  case ERL_SMALL_ATOM_UTF8_EXT:
    if (alcove_decode_atom(buf, len, &i, atom) < 0)
      return -1;
    *index = i;
    if (alcove_lookup_constant(tbl, atom, &v) < 0)
      return 1;
    *val = (long long)v;
    return 0;

  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    if (alcove_decode_longlong(buf, len, &i, val) < 0)
      return -1;
    *index = i;
    return 0;

  default:
    return -1;
  }
}
