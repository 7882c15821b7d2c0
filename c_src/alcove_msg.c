/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* Frames to the parent are queued on ap->outq and written by the event
 * loop when the channel is writable: a process never blocks on its parent
 * while it could need to read. Layouts are in doc/PROTOCOL.md. */

static int alcove_hdr(alcove_state_t *ap, size_t bodylen, uint16_t type) {
  char hdr[ALCOVE_HDR_LEN];

  if (bodylen + 2 > ALCOVE_FRAME_MAX) {
    errno = EMSGSIZE;
    return -1;
  }

  alcove_put32(hdr, (uint32_t)(bodylen + 2));
  alcove_put16(hdr + 4, type);
  return alcove_buf_append(&ap->outq, hdr, sizeof(hdr));
}

/* |Len|Type|Term| */
int alcove_send_term(alcove_state_t *ap, uint16_t type, const char *term,
                     size_t len) {
  if (alcove_buf_reserve(&ap->outq, ALCOVE_HDR_LEN + len) < 0)
    return -1;
  if (alcove_hdr(ap, len, type) < 0)
    return -1;
  return alcove_buf_append(&ap->outq, term, len);
}

/* |Len|CALL|ReqId|Term| */
int alcove_send_reply(alcove_state_t *ap, uint32_t reqid, const char *term,
                      size_t len) {
  char id[4];

  if (alcove_buf_reserve(&ap->outq, ALCOVE_HDR_LEN + 4 + len) < 0)
    return -1;
  if (alcove_hdr(ap, 4 + len, ALCOVE_MSG_CALL) < 0)
    return -1;
  alcove_put32(id, reqid);
  if (alcove_buf_append(&ap->outq, id, sizeof(id)) < 0)
    return -1;
  return alcove_buf_append(&ap->outq, term, len);
}

/* |Len|PROXY|Pid| |Len|Type|Term| */
int alcove_send_about(alcove_state_t *ap, pid_t pid, uint16_t type,
                      const char *term, size_t len) {
  char pidbuf[4];

  if (alcove_buf_reserve(&ap->outq, ALCOVE_PIDHDR_LEN + ALCOVE_HDR_LEN + len) <
      0)
    return -1;
  if (alcove_hdr(ap, 4 + ALCOVE_HDR_LEN + len, ALCOVE_MSG_PROXY) < 0)
    return -1;
  alcove_put32(pidbuf, (uint32_t)pid);
  if (alcove_buf_append(&ap->outq, pidbuf, sizeof(pidbuf)) < 0)
    return -1;
  return alcove_send_term(ap, type, term, len);
}

int alcove_send_about_atom(alcove_state_t *ap, pid_t pid, uint16_t type,
                           const char *atom) {
  ei_x_buff x;
  int rv;

  if (ei_x_new_with_version(&x) < 0)
    return -1;
  rv = alcove_mk_atom(&x, atom);
  if (rv == 0)
    rv = alcove_send_about(ap, pid, type, x.buff, (size_t)x.index);
  ei_x_free(&x);
  return rv;
}

void alcove_flush(alcove_state_t *ap) {
  if (ALCOVE_BUF_SIZE(&ap->outq) > 0 && ap->fdout >= 0)
    (void)alcove_write_all(ap->fdout, ALCOVE_BUF_DATA(&ap->outq),
                           ALCOVE_BUF_SIZE(&ap->outq));
  alcove_buf_consume(&ap->outq, ALCOVE_BUF_SIZE(&ap->outq));
}
