/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_frame.h"

#include "alcove_io.h"
#include "alcove_term.h"

/* Frames to the parent are queued on ap->outq and written by the event
 * loop when the channel is writable: a process never blocks on its parent
 * while it could need to read. */

static int alcove_frame_hdr(alcove_state_t *ap, size_t bodylen, uint16_t type);

int alcove_frame_len_ok(uint32_t len, uint32_t max) {
  return len >= 2 && len <= max;
}

void alcove_frame_pidhdr(char *hdr, uint16_t type, pid_t pid, size_t n) {
  alcove_put32(hdr, (uint32_t)(ALCOVE_PIDHDR_LEN - ALCOVE_LEN_LEN + n));
  alcove_put16(hdr + ALCOVE_LEN_LEN, type);
  alcove_put32(hdr + ALCOVE_HDR_LEN, (uint32_t)pid);
}

static int alcove_frame_hdr(alcove_state_t *ap, size_t bodylen, uint16_t type) {
  char hdr[ALCOVE_HDR_LEN];

  if (bodylen > ALCOVE_FRAME_MAX - (ALCOVE_HDR_LEN - ALCOVE_LEN_LEN)) {
    errno = EMSGSIZE;
    return -1;
  }

  alcove_put32(hdr, (uint32_t)(ALCOVE_HDR_LEN - ALCOVE_LEN_LEN + bodylen));
  alcove_put16(hdr + ALCOVE_LEN_LEN, type);
  return alcove_buf_append(&ap->outq, hdr, sizeof(hdr));
}

int alcove_frame_term(alcove_state_t *ap, uint16_t type, const char *term,
                      size_t len) {
  if (len > ALCOVE_FRAME_MAX - (ALCOVE_HDR_LEN - ALCOVE_LEN_LEN)) {
    errno = EMSGSIZE;
    return -1;
  }
  if (alcove_buf_reserve(&ap->outq, ALCOVE_HDR_LEN + len) < 0 ||
      alcove_frame_hdr(ap, len, type) < 0)
    return -1;
  return alcove_buf_append(&ap->outq, term, len);
}

int alcove_frame_reply(alcove_state_t *ap, uint32_t reqid, const char *term,
                       size_t len) {
  char id[4];

  if (len > ALCOVE_FRAME_MAX - (ALCOVE_HDR_LEN - ALCOVE_LEN_LEN) - sizeof(id)) {
    errno = EMSGSIZE;
    return -1;
  }
  if (alcove_buf_reserve(&ap->outq, ALCOVE_HDR_LEN + sizeof(id) + len) < 0 ||
      alcove_frame_hdr(ap, sizeof(id) + len, ALCOVE_MSG_CALL) < 0)
    return -1;
  alcove_put32(id, reqid);
  if (alcove_buf_append(&ap->outq, id, sizeof(id)) < 0)
    return -1;
  return alcove_buf_append(&ap->outq, term, len);
}

int alcove_frame_about(alcove_state_t *ap, pid_t pid, uint16_t type,
                       const char *body, size_t len) {
  char hdr[ALCOVE_PIDHDR_LEN];

  if (len > ALCOVE_FRAME_MAX - ALCOVE_PIDHDR_LEN - ALCOVE_HDR_LEN) {
    errno = EMSGSIZE;
    return -1;
  }
  if (alcove_buf_reserve(&ap->outq, ALCOVE_PIDHDR_LEN + ALCOVE_HDR_LEN + len) <
      0)
    return -1;
  alcove_frame_pidhdr(hdr, ALCOVE_MSG_PROXY, pid, ALCOVE_HDR_LEN + len);
  if (alcove_buf_append(&ap->outq, hdr, sizeof(hdr)) < 0)
    return -1;
  return alcove_frame_term(ap, type, body, len);
}

int alcove_frame_atom(alcove_state_t *ap, uint16_t type, const char *atom) {
  char t[ALCOVE_ATOM_TERM_MAX];

  return alcove_frame_term(ap, type, t, alcove_term_atom(t, atom));
}

int alcove_frame_reply_atom(alcove_state_t *ap, uint32_t reqid,
                            const char *atom) {
  char t[ALCOVE_ATOM_TERM_MAX];

  return alcove_frame_reply(ap, reqid, t, alcove_term_atom(t, atom));
}

int alcove_frame_about_atom(alcove_state_t *ap, pid_t pid, uint16_t type,
                            const char *atom) {
  char t[ALCOVE_ATOM_TERM_MAX];

  return alcove_frame_about(ap, pid, type, t, alcove_term_atom(t, atom));
}

void alcove_frame_flush(alcove_state_t *ap) {
  if (ALCOVE_BUF_SIZE(&ap->outq) > 0 && ap->chanout >= 0)
    (void)alcove_write_all(ap->chanout, ALCOVE_BUF_DATA(&ap->outq),
                           ALCOVE_BUF_SIZE(&ap->outq));
  alcove_buf_consume(&ap->outq, ALCOVE_BUF_SIZE(&ap->outq));
}
