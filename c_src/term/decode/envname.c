/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* An environment variable name for getenv/setenv/unsetenv: non-empty
 * iodata without NUL bytes, in a malloc'd string (free it). A name with
 * '=' is left to the call (einval or false). */
int alcove_decode_envname(const char *arg, size_t len, int *index,
                          char **name) {
  size_t n = 0;

  if (alcove_decode_iolist(arg, len, index, name, &n) < 0)
    return -1;

  if (n == 0 || memchr(*name, '\0', n) != NULL) {
    free(*name);
    *name = NULL;
    return -1;
  }

  return 0;
}
