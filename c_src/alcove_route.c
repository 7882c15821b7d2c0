/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_route.h"

#include "alcove_call.h"
#include "alcove_child.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_window.h"

/* The channel from the parent is read this much at a time. */
#define ALCOVE_INPUT_READ_SIZE (64 * 1024)

static void alcove_route_frame(alcove_state_t *ap, const char *frame,
                               size_t len);
static void alcove_route_down(alcove_state_t *ap, uint16_t type,
                              const char *body, size_t len);

int alcove_route_input(alcove_state_t *ap) {
  alcove_buf_t *b = &ap->inr;
  char *tail;
  ssize_t n;

  tail = alcove_buf_tail(b, ALCOVE_INPUT_READ_SIZE);
  if (tail == NULL)
    return -1;

  n = alcove_read(ap->chanin, tail, alcove_buf_room(b));
  if (n == 0)
    return -1;
  if (n < 0)
    return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
  alcove_buf_commit(b, (size_t)n);

  while (ALCOVE_BUF_SIZE(b) >= ALCOVE_LEN_LEN && !ap->done) {
    const char *p = ALCOVE_BUF_DATA(b);
    uint32_t flen = alcove_get32(p);
    size_t whole = ALCOVE_LEN_LEN + (size_t)flen;

    /* |Len:32|Type:16|Body| */
    if (!alcove_frame_len_ok(flen, ALCOVE_FRAME_MAX))
      return -1; /* no way to find the next frame */

    if (ALCOVE_BUF_SIZE(b) < whole) {
      if (alcove_buf_reserve(b, whole - ALCOVE_BUF_SIZE(b)) < 0)
        return -1;
      break;
    }

    alcove_route_frame(ap, p + ALCOVE_LEN_LEN, flen);
    /* a fork: this is the child, and what is left was its parent's */
    if (ap->spawned)
      return 0;
    alcove_buf_consume(b, whole);
  }

  return 0;
}

static void alcove_route_frame(alcove_state_t *ap, const char *frame,
                               size_t len) {
  uint16_t type = alcove_get16(frame);
  const char *body = frame + (ALCOVE_HDR_LEN - ALCOVE_LEN_LEN);
  size_t blen = len - (ALCOVE_HDR_LEN - ALCOVE_LEN_LEN);

  switch (type) {
  case ALCOVE_MSG_CALL:
    alcove_call(ap, body, blen);
    break;
  case ALCOVE_MSG_PROXY:
  case ALCOVE_MSG_STDIN:
    alcove_route_down(ap, type, body, blen);
    break;
  default:
    (void)alcove_frame_atom(ap, ALCOVE_MSG_CTL, "badarg");
    break;
  }
}

/* |Pid:32|Frame| for PROXY, |Pid:32|Data| for STDIN */
static void alcove_route_down(alcove_state_t *ap, uint16_t type,
                              const char *body, size_t len) {
  alcove_child_t *c;
  int32_t pid;

  if (len < 4) {
    (void)alcove_frame_atom(ap, ALCOVE_MSG_CTL, "badarg");
    return;
  }

  pid = (int32_t)alcove_get32(body);
  c = alcove_child_get(ap, (pid_t)pid);

  if (type == ALCOVE_MSG_PROXY) {
    /* frames go only to a child still running the event loop */
    if (c == NULL || c->chan < 0 || c->exited) {
      (void)alcove_frame_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "badpid");
      return;
    }
    if (alcove_buf_append(&c->chanq, body + 4, len - 4) < 0)
      (void)alcove_frame_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "enomem");
    return;
  }

  if (c == NULL) {
    (void)alcove_frame_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "badpid");
    return;
  }
  alcove_window_data(ap, c, body + 4, len - 4);
}
