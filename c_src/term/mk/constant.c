/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* The *_constant calls: an atom gives its value or 'unknown'; anything
 * else is malformed. */
int alcove_constant_reply(const alcove_constant_t *tbl, const char *arg,
                          size_t len, int *index, ei_x_buff *reply) {
  char name[MAXATOMLEN_UTF8];
  unsigned long long val;

  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;

  if (alcove_lookup_constant(tbl, name, &val) < 0)
    return alcove_mk_atom(reply, "unknown");

  return alcove_mk_ulong(reply, val);
}
