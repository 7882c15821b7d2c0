/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_term.h"

/* alloc: lay out a cstruct, no system call (a test aid for the cstruct
 * machinery): {ok, Buf, Cstruct2} */
int alcove_sys_alloc(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  alcove_cstruct_t cs;
  int rv = -1;

  (void)ap;

  /* cstruct: non-empty list */
  if (alcove_decode_cstruct(arg, len, index, ALCOVE_CSTRUCT_SIZE_MAX, &cs) < 0)
    return -1;

  if (alcove_encode_tuple_header(reply, 3) < 0 ||
      alcove_mk_atom(reply, "ok") < 0 ||
      alcove_mk_binary(reply, cs.buf, cs.len) < 0 ||
      alcove_encode_cstruct(reply, &cs) < 0)
    goto done;

  rv = 0;

done:
  alcove_cstruct_free(&cs);
  return rv;
}
