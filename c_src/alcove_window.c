/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_window.h"

#include "alcove_frame.h"
#include "alcove_io.h"

/* Stdin credit windows: data never blocks control.
 *
 * Every stdin byte for a child is held in the child's queue (c->inq)
 * until its pipe takes it. The process holding the queue announces a
 * window of ALCOVE_STDIN_WINDOW bytes for each child when it is created
 * (WINDOW OPEN) and grants credit back as bytes reach the pipe (WINDOW
 * GRANT); these frames travel up like any frame about a child, so
 * alcove_drv learns the window of every pipeline and never has more than
 * a window in flight. What does not fit waits in alcove_drv.
 *
 * So a queue never holds more than one window, a relay never stops
 * reading its parent to bound it, and a program that does not read its
 * stdin stalls only its own stream: calls, replies, events and the data
 * of other processes keep flowing. The rules are in doc/PROTOCOL.md. */

static void alcove_window_send(alcove_state_t *ap, alcove_child_t *c,
                               uint8_t op, uint32_t n) {
  char body[ALCOVE_WINDOW_BODY_LEN];

  body[0] = (char)op;
  alcove_put32(body + 1, n);
  (void)alcove_frame_about(ap, c->pid, ALCOVE_MSG_WINDOW, body, sizeof(body));
}

void alcove_window_open(alcove_state_t *ap, alcove_child_t *c) {
  alcove_window_send(ap, c, ALCOVE_WINDOW_OPEN, ALCOVE_STDIN_WINDOW);
}

void alcove_window_data(alcove_state_t *ap, alcove_child_t *c, const char *data,
                        size_t len) {
  /* stdin closed, or data sent after eof: nobody will read it */
  if (c->stdin_fd < 0 || c->indead || c->inclose)
    return;

  /* alcove_drv keeps within the window; a sender that does not is
   * refused rather than allowed to grow the queue */
  if (len > ALCOVE_STDIN_WINDOW - ALCOVE_BUF_SIZE(&c->inq)) {
    (void)alcove_frame_about_atom(ap, c->pid, ALCOVE_MSG_CTL, "eoverflow");
    return;
  }

  if (alcove_buf_append(&c->inq, data, len) < 0)
    (void)alcove_frame_about_atom(ap, c->pid, ALCOVE_MSG_CTL, "enomem");
}

void alcove_window_write(alcove_state_t *ap, alcove_child_t *c) {
  ssize_t n;

  if (c->stdin_fd < 0 || ALCOVE_BUF_SIZE(&c->inq) == 0)
    return;

  n = alcove_write(c->stdin_fd, ALCOVE_BUF_DATA(&c->inq),
                   ALCOVE_BUF_SIZE(&c->inq));
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
    return;
  if (n <= 0) {
    /* EPIPE: the reader is gone; what is queued can never be delivered */
    alcove_window_close(ap, c);
    return;
  }

  alcove_buf_consume(&c->inq, (size_t)n);
  c->inowed += (size_t)n;

  if (ALCOVE_BUF_SIZE(&c->inq) == 0 && c->inclose) {
    /* eof: everything sent before it was written */
    alcove_window_close(ap, c);
    return;
  }

  if (c->inowed >= ALCOVE_STDIN_GRANT || ALCOVE_BUF_SIZE(&c->inq) == 0) {
    alcove_window_send(ap, c, ALCOVE_WINDOW_GRANT, (uint32_t)c->inowed);
    c->inowed = 0;
  }
}

void alcove_window_close(alcove_state_t *ap, alcove_child_t *c) {
  alcove_buf_free(&c->inq);
  if (c->inclose)
    alcove_fd_close(&c->stdin_fd);
  if (c->indead)
    return;
  c->indead = 1;
  alcove_window_send(ap, c, ALCOVE_WINDOW_CLOSED, 0);
}

void alcove_window_gone(alcove_state_t *ap, alcove_child_t *c) {
  alcove_buf_free(&c->inq);
  c->indead = 1;
  alcove_window_send(ap, c, ALCOVE_WINDOW_GONE, 0);
}
