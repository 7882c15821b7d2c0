/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* Any atom encoding, converted to UTF-8 in atom[MAXATOMLEN_UTF8]. */
int alcove_decode_atom(const char *buf, size_t len, int *index, char *atom) {
  int tag;
  size_t hdr;
  uint64_t n;
  int i;

  if (index == NULL || atom == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  switch (tag) {
  case ERL_ATOM_EXT:
  case ERL_SMALL_ATOM_EXT:
  case ERL_ATOM_UTF8_EXT:
  case ERL_SMALL_ATOM_UTF8_EXT:
    break;
  default:
    return -1;
  }

  /* 'o_rdonly\0x' must not look like o_rdonly */
  if (n > 0 && memchr(buf + *index + hdr, '\0', (size_t)n) != NULL)
    return -1;

  i = *index;
  if (ei_decode_atom_as(buf, &i, atom, MAXATOMLEN_UTF8, ERLANG_UTF8, NULL,
                        NULL) < 0)
    return -1;

  if ((uint64_t)i != (uint64_t)*index + hdr + n)
    return -1;

  *index = i;
  return 0;
}
