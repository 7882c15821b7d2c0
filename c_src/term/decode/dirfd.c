/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <fcntl.h>

/* A directory descriptor: an int32 or the atom at_fdcwd. */
int alcove_decode_dirfd(const char *buf, size_t len, int *index, int *fd) {
  int tag;
  size_t hdr;
  uint64_t n;
  char atom[MAXATOMLEN_UTF8];
  int i;

  if (index == NULL || fd == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  switch (tag) {
  case ERL_ATOM_EXT:
  case ERL_SMALL_ATOM_EXT:
  case ERL_ATOM_UTF8_EXT:
  case ERL_SMALL_ATOM_UTF8_EXT:
    i = *index;
    if (alcove_decode_atom(buf, len, &i, atom) < 0)
      return -1;
#ifdef AT_FDCWD
    if (strcmp(atom, "at_fdcwd") == 0) {
      *fd = AT_FDCWD;
      *index = i;
      return 0;
    }
#endif
    return -1;
  default:
    return alcove_decode_int(buf, len, index, fd);
  }
}
