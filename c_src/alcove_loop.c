/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_loop.h"

#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_notify.h"
#include "alcove_relay.h"
#include "alcove_route.h"
#include "alcove_signal.h"
#include "alcove_teardown.h"
#include "alcove_window.h"

#include <poll.h>

/* The event loop of every alcove process.
 *
 * Each turn it builds a poll set from the state: the signal self-pipe,
 * the channel from (and to) the parent, and for every child its channel,
 * stdout, stderr and stdin. Output goes to queues that are written when
 * poll says the descriptor is writable, and right away when it can be
 * (only before exec and at exit is anything written with a blocking
 * call). The channel from the parent is read at all times:
 *
 *   - stdin for a child is bounded by its credit window (alcove_window.c):
 *     the parent never sends more than the child's queue may hold;
 *   - while ap->outq (towards the parent) holds more than ALCOVE_OUTQ_HIGH
 *     bytes, children are not read; their pipes fill and they block.
 *
 * Nothing is dropped, a process always keeps reading from the side that
 * can drain it, so no cycle of full pipes can form, and a child that does
 * not read its stdin holds up nothing but its own stream. */

#define ALCOVE_OUTQ_HIGH (1024 * 1024)

/* The poll set: fixed slots, then one group of slots per child. A new
 * kind of descriptor per child is one more name in the second list. */
enum {
  ALCOVE_POLL_SIGNAL, /* the signal self-pipe */
  ALCOVE_POLL_INPUT,  /* the channel from the parent (and to it, if one) */
  ALCOVE_POLL_OUTPUT, /* the channel to the parent, when another fd */
  ALCOVE_POLL_HUP,    /* our stdin (depth > 0): its hang-up is eof */
  ALCOVE_POLL_FIXED
};
enum {
  ALCOVE_POLL_CHAN,   /* the child's protocol channel */
  ALCOVE_POLL_STDOUT, /* its stdout */
  ALCOVE_POLL_STDERR, /* its stderr */
  ALCOVE_POLL_STDIN,  /* its stdin, while data is queued for it */
  ALCOVE_POLL_NOTIFY, /* the listener of its seccomp filter */
  ALCOVE_POLL_PER_CHILD
};

typedef struct {
  struct pollfd *pfd;
  int *slot;     /* child table index of each group */
  size_t nchild; /* groups in use this turn */
  size_t cap;    /* groups the arrays hold */
} alcove_pollset_t;

static struct pollfd *alcove_poll_fixed(alcove_pollset_t *ps, int which);
static struct pollfd *alcove_poll_child(alcove_pollset_t *ps, size_t j,
                                        int which);
static void alcove_poll_watch(struct pollfd *p, int fd, short events);
static int alcove_poll_build(alcove_state_t *ap, alcove_pollset_t *ps);
static void alcove_poll_free(alcove_pollset_t *ps);
static void alcove_loop_child(alcove_state_t *ap, alcove_pollset_t *ps,
                              size_t j);
static void alcove_loop_write(alcove_state_t *ap, alcove_pollset_t *ps);
static int alcove_loop_outq(alcove_state_t *ap);

static struct pollfd *alcove_poll_fixed(alcove_pollset_t *ps, int which) {
  return &ps->pfd[which];
}

static struct pollfd *alcove_poll_child(alcove_pollset_t *ps, size_t j,
                                        int which) {
  return &ps->pfd[ALCOVE_POLL_FIXED + j * ALCOVE_POLL_PER_CHILD +
                  (size_t)which];
}

/* fd -1: the slot is ignored */
static void alcove_poll_watch(struct pollfd *p, int fd, short events) {
  p->fd = fd;
  p->events = events;
  p->revents = 0;
}

#define ALCOVE_READY(p, ev) (((p)->revents & (ev)) != 0)
#define ALCOVE_POLL_IN (POLLIN | POLLHUP | POLLERR)
#define ALCOVE_POLL_OUT (POLLOUT | POLLHUP | POLLERR)

/* Only occupied slots are polled: a process with few children pays for
 * few descriptors, whatever its maxchild. -1: out of memory. */
static int alcove_poll_build(alcove_state_t *ap, alcove_pollset_t *ps) {
  int readchild = ALCOVE_BUF_SIZE(&ap->outq) < ALCOVE_OUTQ_HIGH;
  int queued = ALCOVE_BUF_SIZE(&ap->outq) > 0;
  int one = ap->chanin == ap->chanout;
  size_t j;
  int i;

  /* grown as children are made, never per call */
  if (ap->nchild > ps->cap || ps->pfd == NULL) {
    size_t n = ap->nchild > 2 * ps->cap ? ap->nchild : 2 * ps->cap;
    if (n < 4)
      n = 4;
    struct pollfd *p = realloc(
        ps->pfd, (ALCOVE_POLL_FIXED + n * ALCOVE_POLL_PER_CHILD) * sizeof(*p));
    int *s;
    if (p == NULL)
      return -1;
    ps->pfd = p;
    s = realloc(ps->slot, n * sizeof(*s));
    if (s == NULL)
      return -1;
    ps->slot = s;
    ps->cap = n;
  }

  alcove_poll_watch(alcove_poll_fixed(ps, ALCOVE_POLL_SIGNAL),
                    ALCOVE_SIGREAD_FILENO, POLLIN);
  alcove_poll_watch(alcove_poll_fixed(ps, ALCOVE_POLL_INPUT), ap->chanin,
                    (short)(POLLIN | (one && queued ? POLLOUT : 0)));
  alcove_poll_watch(alcove_poll_fixed(ps, ALCOVE_POLL_OUTPUT),
                    !one && queued ? ap->chanout : -1, POLLOUT);
  alcove_poll_watch(alcove_poll_fixed(ps, ALCOVE_POLL_HUP),
                    ap->depth > 0 ? STDIN_FILENO : -1, 0);

  j = 0;
  for (i = 0; i < ap->maxchild && j < ps->cap; i++) {
    alcove_child_t *c = &ap->child[i];
    int flow;

    if (c->pid == 0)
      continue;
    flow = readchild && alcove_relay_flows(c);
    ps->slot[j] = i;
    alcove_poll_watch(alcove_poll_child(ps, j, ALCOVE_POLL_CHAN), c->chan,
                      (short)((readchild ? POLLIN : 0) |
                              (ALCOVE_BUF_SIZE(&c->chanq) > 0 ? POLLOUT : 0)));
    alcove_poll_watch(alcove_poll_child(ps, j, ALCOVE_POLL_STDOUT),
                      flow && c->pty != ALCOVE_PTY_HUP ? c->stdout_fd : -1,
                      POLLIN);
    alcove_poll_watch(alcove_poll_child(ps, j, ALCOVE_POLL_STDERR),
                      flow ? c->stderr_fd : -1, POLLIN);
    alcove_poll_watch(alcove_poll_child(ps, j, ALCOVE_POLL_STDIN),
                      ALCOVE_BUF_SIZE(&c->inq) > 0 ? c->stdin_fd : -1, POLLOUT);
    alcove_poll_watch(alcove_poll_child(ps, j, ALCOVE_POLL_NOTIFY),
                      readchild ? c->notify_fd : -1, POLLIN);
    j++;
  }
  ps->nchild = j;
  return 0;
}

static void alcove_poll_free(alcove_pollset_t *ps) {
  free(ps->pfd);
  free(ps->slot);
  ps->pfd = NULL;
  ps->slot = NULL;
  ps->cap = 0;
}

/* Children: channel first, so that fdctl_closed precedes the output an
 * exec'd program writes. */
static void alcove_loop_child(alcove_state_t *ap, alcove_pollset_t *ps,
                              size_t j) {
  alcove_child_t *c = &ap->child[ps->slot[j]];
  struct pollfd *chan = alcove_poll_child(ps, j, ALCOVE_POLL_CHAN);
  struct pollfd *out = alcove_poll_child(ps, j, ALCOVE_POLL_STDOUT);
  struct pollfd *err = alcove_poll_child(ps, j, ALCOVE_POLL_STDERR);
  struct pollfd *in = alcove_poll_child(ps, j, ALCOVE_POLL_STDIN);
  struct pollfd *notify = alcove_poll_child(ps, j, ALCOVE_POLL_NOTIFY);

  /* released while handling signals (slots are reused only by a fork,
   * which happens after the children are handled) */
  if (c->pid == 0)
    return;

  if (ALCOVE_READY(chan, ALCOVE_POLL_IN))
    alcove_relay_chan(ap, c);
  if (ALCOVE_READY(chan, POLLOUT))
    alcove_relay_write_chan(c);
  if (ALCOVE_READY(out, ALCOVE_POLL_IN) || ALCOVE_READY(err, ALCOVE_POLL_IN)) {
    /* under flow control, the exec must be seen before the output */
    if (c->chan >= 0 && c->flowcontrol >= 0)
      alcove_relay_chan(ap, c);
    if (ALCOVE_READY(out, ALCOVE_POLL_IN))
      alcove_relay_output(ap, c, ALCOVE_MSG_STDOUT);
    /* the stdout read may have used up the credit */
    if (ALCOVE_READY(err, ALCOVE_POLL_IN))
      alcove_relay_output(ap, c, ALCOVE_MSG_STDERR);
  }
  if (ALCOVE_READY(in, ALCOVE_POLL_OUT))
    alcove_window_write(ap, c);
  if (ALCOVE_READY(notify, POLLIN))
    alcove_notify_recv(ap, c);
  else if (ALCOVE_READY(notify, POLLHUP | POLLERR))
    alcove_notify_hup(c);

  alcove_relay_done(ap, c);
}

/* Write what this turn queued without waiting for the next poll: most
 * writes succeed at once, which saves a poll round per message. Failures
 * are left for poll to report. */
static void alcove_loop_write(alcove_state_t *ap, alcove_pollset_t *ps) {
  size_t j;

  /* The children polled this turn: one forked since then is written
   * after the next poll. setopt(maxchild) may have resized the table
   * meanwhile: skip indexes past its end. */
  for (j = 0; j < ps->nchild; j++) {
    alcove_child_t *c;
    if (ps->slot[j] >= ap->maxchild)
      continue;
    c = &ap->child[ps->slot[j]];
    if (c->pid == 0)
      continue;
    alcove_relay_write_chan(c);
    alcove_window_write(ap, c);
  }

  /* a parent gone also closed our input: the next poll sees it */
  (void)alcove_loop_outq(ap);
}

/* Write what is queued for the parent. -1: the parent is gone (what was
 * queued is dropped: nobody can read it). */
static int alcove_loop_outq(alcove_state_t *ap) {
  ssize_t n;

  if (ALCOVE_BUF_SIZE(&ap->outq) == 0)
    return 0;

  n = alcove_write(ap->chanout, ALCOVE_BUF_DATA(&ap->outq),
                   ALCOVE_BUF_SIZE(&ap->outq));
  if (n > 0)
    alcove_buf_consume(&ap->outq, (size_t)n);
  else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
    alcove_buf_consume(&ap->outq, ALCOVE_BUF_SIZE(&ap->outq));
    return -1;
  }
  return 0;
}

int alcove_loop(alcove_state_t *ap) {
  alcove_pollset_t ps = {NULL, NULL, 0, 0};

  while (!ap->done) {
    struct pollfd *up;
    size_t j;

    if (alcove_poll_build(ap, &ps) < 0)
      break;

    if (poll(ps.pfd,
             (nfds_t)(ALCOVE_POLL_FIXED + ps.nchild * ALCOVE_POLL_PER_CHILD),
             alcove_notify_timeout(ap)) < 0) {
      if (errno == EINTR)
        continue;
      break;
    }

    /* unanswered seccomp notifications past their deadline */
    alcove_notify_expire(ap);

    if (ALCOVE_READY(alcove_poll_fixed(&ps, ALCOVE_POLL_SIGNAL), POLLIN))
      alcove_signal_read(ap);

    up = alcove_poll_fixed(&ps, ap->chanin == ap->chanout ? ALCOVE_POLL_INPUT
                                                          : ALCOVE_POLL_OUTPUT);
    if (ALCOVE_READY(up, ALCOVE_POLL_OUT) && alcove_loop_outq(ap) < 0) {
      alcove_teardown(ap);
      break;
    }

    for (j = 0; j < ps.nchild; j++)
      alcove_loop_child(ap, &ps, j);

    if (ALCOVE_READY(alcove_poll_fixed(&ps, ALCOVE_POLL_HUP),
                     POLLHUP | POLLERR)) {
      /* our stdin was closed by the parent (eof/2) */
      alcove_teardown(ap);
      break;
    }

    if (ALCOVE_READY(alcove_poll_fixed(&ps, ALCOVE_POLL_INPUT),
                     ALCOVE_POLL_IN) &&
        alcove_route_input(ap) < 0) {
      alcove_teardown(ap);
      break;
    }

    if (ap->spawned) {
      /* a fork: we are the new child, with a table and channel of our
       * own; the next turn polls them */
      ap->spawned = 0;
      continue;
    }

    alcove_loop_write(ap, &ps);
  }

  alcove_poll_free(&ps);
  alcove_frame_flush(ap);
  return 0;
}
