/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_FRAME_H
#define ALCOVE_FRAME_H

#include "alcove_state.h"

/* Frames to the parent (alcove_frame.c), layouts in doc/PROTOCOL.md. Each
 * is queued on ap->outq, which the event loop writes when the channel
 * takes it. 0, or -1 (errno ENOMEM or EMSGSIZE). */

/* Is Len a valid frame length (type and body, at most max bytes)? */
int alcove_frame_len_ok(uint32_t len, uint32_t max);
/* |Len|Type|Pid| for n bytes after the pid into hdr[ALCOVE_PIDHDR_LEN]. */
void alcove_frame_pidhdr(char *hdr, uint16_t type, pid_t pid, size_t n);

/* |Len|Type|Term| */
int alcove_frame_term(alcove_state_t *ap, uint16_t type, const char *term,
                      size_t len);
/* |Len|CALL|ReqId|Term|: the reply to request reqid */
int alcove_frame_reply(alcove_state_t *ap, uint32_t reqid, const char *term,
                       size_t len);
/* |Len|PROXY|Pid| |Len|Type|Body|: a frame about child pid */
int alcove_frame_about(alcove_state_t *ap, pid_t pid, uint16_t type,
                       const char *body, size_t len);
/* The same three with an atom for the term. */
int alcove_frame_atom(alcove_state_t *ap, uint16_t type, const char *atom);
int alcove_frame_reply_atom(alcove_state_t *ap, uint32_t reqid,
                            const char *atom);
int alcove_frame_about_atom(alcove_state_t *ap, pid_t pid, uint16_t type,
                            const char *atom);
/* Write everything queued with blocking writes: before exec or exit. */
void alcove_frame_flush(alcove_state_t *ap);

#endif
