/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_constants.h"
#include "alcove_term.h"

/* which and who of getpriority/setpriority: both through the prio table
 * (an atom for who is accepted, as alcove 1.0.1 does). 0 found, 1 unknown
 * atom, -1 malformed or out of the int range. */
int alcove_decode_prio(const char *arg, size_t len, int *index, int *val) {
  long long v = 0;
  int rv;

  rv = alcove_decode_constant(arg, len, index, &v, alcove_prio_constants);
  if (rv != 0)
    return rv;

  if (v < INT_MIN || v > INT_MAX)
    return -1;

  *val = (int)v;
  return 0;
}
