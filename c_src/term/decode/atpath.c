/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <limits.h>

/* Like alcove_decode_path, but "" is allowed (the *at calls take an
 * empty path with at_empty_path). path must hold PATH_MAX bytes. */
int alcove_decode_atpath(const char *buf, size_t len, int *index, char *path) {
  int i;
  size_t size = 0;
  size_t copied = 0;

  if (index == NULL || path == NULL)
    return -1;

  i = *index;
  if (alcove_decode_iodata(buf, len, &i, NULL, &size) < 0)
    return -1;

  if (size >= PATH_MAX)
    return -1;

  i = *index;
  if (alcove_decode_iodata(buf, len, &i, path, &copied) < 0 || copied != size)
    return -1;

  if (size > 0 && memchr(path, '\0', size) != NULL)
    return -1;

  path[size] = '\0';
  *index = i;
  return 0;
}
