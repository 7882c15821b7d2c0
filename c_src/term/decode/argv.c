/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* The vector and its strings are one allocation: |char *[n + 1]|strings|.
 * Elements are iodata; a string term ("abc") is a list of integers, not
 * a list of iodata, so it is rejected. */
int alcove_decode_argv(const char *buf, size_t len, int *index, char ***argv) {
  int tag;
  size_t hdr;
  uint64_t n;
  uint64_t count;
  uint64_t k;
  int i;
  size_t total = 0;
  size_t vsize;
  size_t size;
  char **vec;
  char *s;

  if (index == NULL || argv == NULL)
    return -1;

  if (alcove_term_header(buf, len, *index, &tag, &hdr, &n) < 0)
    return -1;

  if (tag == ERL_NIL_EXT) {
    *argv = NULL;
    *index += 1;
    return 0;
  }

  if (tag != ERL_LIST_EXT)
    return -1;

  /* count < len: bounded by the frame */
  count = n;
  if (count >= SIZE_MAX / sizeof(char *))
    return -1;
  vsize = ((size_t)count + 1) * sizeof(char *);

  /* measure */
  i = *index + (int)hdr;
  for (k = 0; k < count; k++) {
    size = 0;
    if (alcove_decode_iodata(buf, len, &i, NULL, &size) < 0)
      return -1;
    if (size + 1 > ALCOVE_FRAME_MAX - total)
      return -1;
    total += size + 1;
  }

  if (alcove_term_header(buf, len, i, &tag, &hdr, &n) < 0 || tag != ERL_NIL_EXT)
    return -1;

  if (total > SIZE_MAX - vsize)
    return -1;

  vec = malloc(vsize + total);
  if (vec == NULL)
    return -1;

  s = (char *)vec + vsize;
  i = *index + 5; /* |108|Len:32| */
  for (k = 0; k < count; k++) {
    size = 0;
    if (alcove_decode_iodata(buf, len, &i, s, &size) < 0) {
      free(vec);
      return -1;
    }
    s[size] = '\0';
    vec[k] = s;
    s += size + 1;
  }
  vec[count] = NULL;

  *index = i + 1; /* the [] tail */
  *argv = vec;
  return 0;
}
