/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_CONSTANT_LOOKUP_H
#define ALCOVE_CONSTANT_LOOKUP_H

#include "alcove.h"

/* The *_constant calls: an atom gives its value or 'unknown'; anything
 * else is malformed. */
static inline int alcove_constant_reply(const alcove_constant_t *tbl,
                                        const char *arg, size_t len, int *index,
                                        ei_x_buff *reply) {
  char name[MAXATOMLEN_UTF8];
  unsigned long long val;

  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;

  if (alcove_lookup_constant(tbl, name, &val) < 0)
    return alcove_mk_atom(reply, "unknown");

  return alcove_mk_ulong(reply, val);
}

#endif
