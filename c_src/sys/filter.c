/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

static int alcove_decode_filter(const char *arg, size_t len, int *index,
                                unsigned char *bits);

/* A filter is a little-endian bitmap of call ids, at most
 * ALCOVE_FILTER_BYTES long; <<>> sets nothing. */
static int alcove_decode_filter(const char *arg, size_t len, int *index,
                                unsigned char *bits) {
  char buf[ALCOVE_FILTER_BYTES];
  size_t n = sizeof(buf);
  size_t i;

  memset(bits, 0, ALCOVE_FILTER_BYTES);
  if (alcove_decode_binary(arg, len, index, buf, &n) < 0)
    return -1;
  for (i = 0; i < n; i++)
    bits[i] = (unsigned char)buf[i];
  return 0;
}

/* filter: mask calls in this process and in children forked later.
 * Bits are only ever added. */
int alcove_sys_filter(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  unsigned char calls[ALCOVE_FILTER_BYTES];
  unsigned char subcalls[ALCOVE_FILTER_BYTES];
  size_t i;

  /* calls: binary() */
  if (alcove_decode_filter(arg, len, index, calls) < 0)
    return -1;
  /* subprocess calls: binary() */
  if (alcove_decode_filter(arg, len, index, subcalls) < 0)
    return -1;

  for (i = 0; i < ALCOVE_FILTER_BYTES; i++) {
    ap->filter[i] |= calls[i];
    ap->subfilter[i] |= subcalls[i];
  }

  return alcove_mk_ok(reply);
}
