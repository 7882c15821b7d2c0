/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* exit(3): does not return */
int alcove_sys_exit(alcove_state_t *ap, const char *arg, size_t len, int *index,
                    ei_x_buff *reply) {
  int status = 0;

  (void)reply;

  /* status: int32 */
  if (alcove_decode_int(arg, len, index, &status) < 0)
    return -1;

  alcove_frame_flush(ap);
  _exit(status & 0xff);
}
