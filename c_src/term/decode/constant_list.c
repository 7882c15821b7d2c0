/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

static int element(const char *buf, size_t len, int *index,
                   unsigned long long *val, const alcove_constant_t *tbl);

/* [] (0), an integer, or a list of atoms and integers ORed together. A
 * list of small integers arrives as a string: its bytes are ORed. An
 * unknown atom gives 1 once the whole term has been read. */
int alcove_decode_constant_list(const char *buf, size_t len, int *index,
                                long long *val, const alcove_constant_t *tbl) {
  int tag;
  size_t hdr;
  uint64_t n;
  uint64_t k;
  int i;
  int unknown = 0;
  int rv;
  unsigned long long acc = 0;
  unsigned long long v;
  const unsigned char *p;

  if (index == NULL || val == NULL || tbl == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  i = *index;
  switch (tag) {
  case ERL_NIL_EXT:
    i += 1;
    break;

  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    if (alcove_decode_longlong(buf, len, &i, val) < 0)
      return -1;
    *index = i;
    return 0;

  case ERL_STRING_EXT:
    p = (const unsigned char *)buf + *index + hdr;
    for (k = 0; k < n; k++)
      acc |= p[k];
    i += (int)(hdr + n);
    break;

  case ERL_LIST_EXT:
    i += (int)hdr;
    for (k = 0; k < n; k++) {
      rv = element(buf, len, &i, &v, tbl);
      if (rv < 0)
        return -1;
      if (rv > 0)
        unknown = 1;
      else
        acc |= v;
    }
    if (alcove_term_header(buf, len, i, &tag, &hdr, &n) < 0 ||
        tag != ERL_NIL_EXT)
      return -1;
    i += 1;
    break;

  default:
    /* a bare atom is malformed */
    return -1;
  }

  *index = i;
  *val = (long long)acc;
  return unknown;
}

static int element(const char *buf, size_t len, int *index,
                   unsigned long long *val, const alcove_constant_t *tbl) {
  int tag;
  size_t hdr;
  uint64_t n;
  char atom[MAXATOMLEN_UTF8];
  long long v;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  switch (tag) {
  case ERL_ATOM_EXT:
  case ERL_SMALL_ATOM_EXT:
  case ERL_ATOM_UTF8_EXT:
  case ERL_SMALL_ATOM_UTF8_EXT:
    if (alcove_decode_atom(buf, len, index, atom) < 0)
      return -1;
    return alcove_lookup_constant(tbl, atom, val) < 0 ? 1 : 0;

  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    if (alcove_decode_longlong(buf, len, index, &v) < 0)
      return -1;
    *val = (unsigned long long)v;
    return 0;

  default:
    return -1;
  }
}
