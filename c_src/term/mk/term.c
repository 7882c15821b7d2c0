/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* Encoding buffers for the layers above, which never call ei. */

int alcove_term_new(ei_x_buff *x) { return ei_x_new_with_version(x); }

int alcove_term_reset(ei_x_buff *x) {
  x->index = 0;
  return ei_x_encode_version(x);
}

void alcove_term_free(ei_x_buff *x) { (void)ei_x_free(x); }

/* SMALL_ATOM_UTF8_EXT: no allocation, for frames made where memory may
 * be short (an error reply) or must not grow. Atoms longer than 255
 * bytes are cut (none of ours is). */
size_t alcove_term_atom(char *out, const char *atom) {
  size_t n = strlen(atom);

  if (n > 255)
    n = 255;
  out[0] = (char)ALCOVE_VERSION_MAGIC;
  out[1] = (char)ERL_SMALL_ATOM_UTF8_EXT;
  out[2] = (char)n;
  memcpy(out + 3, atom, n);
  return 3 + n;
}
