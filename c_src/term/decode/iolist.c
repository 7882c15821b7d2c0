/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_decode_iolist(const char *buf, size_t len, int *index, char **out,
                         size_t *outlen) {
  int i;
  size_t size = 0;
  size_t copied = 0;
  char *p;

  if (index == NULL || out == NULL || outlen == NULL)
    return -1;

  /* measure, then copy */
  i = *index;
  if (alcove_decode_iodata(buf, len, &i, NULL, &size) < 0)
    return -1;

  p = malloc(size + 1);
  if (p == NULL)
    return -1;

  i = *index;
  if (alcove_decode_iodata(buf, len, &i, p, &copied) < 0 || copied != size) {
    free(p);
    return -1;
  }

  p[size] = '\0';
  *index = i;
  *out = p;
  *outlen = size;
  return 0;
}
