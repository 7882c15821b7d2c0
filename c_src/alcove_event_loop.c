/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/* The event loop of every alcove process.
 *
 * It polls the protocol channel from the parent, the signal self-pipe and,
 * for every child, the child's channel, stdout, stderr and stdin. Nothing
 * is ever written with a blocking call: output goes to queues that are
 * written when poll says the descriptor is writable. The queues are kept
 * bounded by not reading while they are long:
 *
 *   - while ap->outq (towards the parent) holds more than ALCOVE_OUTQ_HIGH
 *     bytes, children are not read; their pipes fill and they block;
 *   - while the queues towards one child hold more than ALCOVE_DOWNQ_HIGH
 *     bytes, the channel from the parent is not read.
 *
 * Either way nothing is dropped, and a process always keeps reading from
 * the side that can drain it, so no cycle of full pipes can form. */

#define ALCOVE_OUTQ_HIGH (1024 * 1024)
#define ALCOVE_DOWNQ_HIGH (8 * 1024 * 1024)
#define ALCOVE_READ_SIZE (64 * 1024)
/* Reads from a child's channel: several frames per read system call. */
#define ALCOVE_CTL_READ_SIZE (256 * 1024)
/* After EOF from the parent: how long exec'd children get to exit after
 * signaloneof before they are killed. */
#define ALCOVE_GRACE_MS 1000

static int alcove_input(alcove_state_t *ap);
static void alcove_frame(alcove_state_t *ap, const char *frame, size_t len);
static void alcove_proxy_down(alcove_state_t *ap, uint16_t type,
                              const char *body, size_t len);
static void alcove_send_ctl_badarg(alcove_state_t *ap);
static int alcove_child_ctl(alcove_state_t *ap, alcove_child_t *c);
static int alcove_relay_frames(alcove_state_t *ap, alcove_child_t *c);
static int alcove_child_data(alcove_state_t *ap, alcove_child_t *c, int *fd,
                             uint16_t type, int drain);
static void alcove_child_write(alcove_child_t *c, alcove_buf_t *q, int *fd);
static void alcove_child_exited(alcove_state_t *ap, alcove_child_t *c);
static void alcove_child_maybe_release(alcove_state_t *ap, alcove_child_t *c);
static void alcove_signals(alcove_state_t *ap);
static void alcove_send_exit(alcove_state_t *ap, alcove_child_t *c);
static void alcove_send_ctl_closed(alcove_state_t *ap, alcove_child_t *c,
                                   const char *what, int enabled);
static void alcove_terminate(alcove_state_t *ap);
static void alcove_close_eof(alcove_state_t *ap, alcove_child_t *c, int *fd,
                             uint16_t type);
static long alcove_now_ms(void);
static void alcove_write_pending(alcove_state_t *ap, const int *slot,
                                 size_t nslot);
static int alcove_outq_write(alcove_state_t *ap);
static int alcove_child_flows(const alcove_child_t *c);

static long alcove_now_ms(void) {
  struct timespec ts;
  (void)clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Write what this iteration queued without waiting for the next poll:
 * most writes succeed at once, which saves a poll round per message.
 * Failures are left for poll to report. */
static void alcove_write_pending(alcove_state_t *ap, const int *slot,
                                 size_t nslot) {
  size_t j;

  /* The children polled in this iteration: one forked since then is
   * written after the next poll. setopt(maxchild) may have resized the
   * table meanwhile: skip indexes past its end. */
  for (j = 0; j < nslot; j++) {
    alcove_child_t *c;
    if (slot[j] >= ap->maxchild)
      continue;
    c = &ap->child[slot[j]];
    if (c->pid == 0)
      continue;
    if (ALCOVE_BUF_SIZE(&c->ctlq) > 0)
      alcove_child_write(c, &c->ctlq, &c->fdctl);
    if (ALCOVE_BUF_SIZE(&c->inq) > 0)
      alcove_child_write(c, &c->inq, &c->fdin);
  }

  /* a parent gone also closed our input: the next poll sees it */
  (void)alcove_outq_write(ap);
}

/* Flow control applies once the child has exec'd and until it exits: a
 * credit of 0 stops reading its stdout and stderr. */
static int alcove_child_flows(const alcove_child_t *c) {
  return c->exited || c->fdctl != -2 || c->flowcontrol != 0;
}

/* Write what is queued for the parent. -1: the parent is gone (what was
 * queued is dropped: nobody can read it). */
static int alcove_outq_write(alcove_state_t *ap) {
  ssize_t n;

  if (ALCOVE_BUF_SIZE(&ap->outq) == 0)
    return 0;

  n = alcove_write(ap->fdout, ALCOVE_BUF_DATA(&ap->outq),
                   ALCOVE_BUF_SIZE(&ap->outq));
  if (n > 0)
    alcove_buf_consume(&ap->outq, (size_t)n);
  else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
    alcove_buf_consume(&ap->outq, ALCOVE_BUF_SIZE(&ap->outq));
    return -1;
  }
  return 0;
}

static size_t alcove_downq(const alcove_child_t *c) {
  return ALCOVE_BUF_SIZE(&c->ctlq) + ALCOVE_BUF_SIZE(&c->inq);
}

int alcove_event_loop(alcove_state_t *ap) {
  struct pollfd *fds = NULL;
  int *slot = NULL; /* slot[j]: child index of poll group j */
  size_t nfds = 0;

  for (;;) {
    size_t n = 0;
    size_t nslot = 0;
    size_t want = 4 + 4 * (size_t)ap->maxchild;
    int readin = 1;
    int readchild = ALCOVE_BUF_SIZE(&ap->outq) < ALCOVE_OUTQ_HIGH;
    size_t j;
    int i;
    int rv;

    if (ap->done)
      break;

    if (want > nfds) {
      struct pollfd *p = realloc(fds, want * sizeof(*p));
      int *q;
      if (p == NULL)
        break;
      fds = p;
      q = realloc(slot,
                  (size_t)(ap->maxchild > 0 ? ap->maxchild : 1) * sizeof(*q));
      if (q == NULL)
        break;
      slot = q;
      nfds = want;
    }

    /* Only occupied slots are polled: a process with few children pays
     * for few descriptors, whatever its maxchild. */
    for (i = 0; i < ap->maxchild; i++) {
      if (ap->child[i].pid == 0)
        continue;
      slot[nslot++] = i;
      if (alcove_downq(&ap->child[i]) > ALCOVE_DOWNQ_HIGH)
        readin = 0;
    }

    /* 0: signals; 1: channel from the parent; 2: channel to the parent
     * when it is a different descriptor; 3: our stdin (depth > 0),
     * watched for hang-up only; then 4 per child. */
    fds[n].fd = ALCOVE_SIGREAD_FILENO;
    fds[n].events = POLLIN;
    fds[n++].revents = 0;

    fds[n].fd = readin ? ap->fdin : -1;
    fds[n].events = POLLIN;
    if (ap->fdin == ap->fdout && ALCOVE_BUF_SIZE(&ap->outq) > 0) {
      fds[n].fd = ap->fdin;
      fds[n].events |= POLLOUT;
      if (!readin)
        fds[n].events = POLLOUT;
    }
    fds[n++].revents = 0;

    fds[n].fd = (ap->fdin != ap->fdout && ALCOVE_BUF_SIZE(&ap->outq) > 0)
                    ? ap->fdout
                    : -1;
    fds[n].events = POLLOUT;
    fds[n++].revents = 0;

    fds[n].fd = ap->depth > 0 ? STDIN_FILENO : -1;
    fds[n].events = 0;
    fds[n++].revents = 0;

    for (j = 0; j < nslot; j++) {
      alcove_child_t *c = &ap->child[slot[j]];
      int flow = alcove_child_flows(c);

      fds[n].fd = c->fdctl;
      fds[n].events = (short)((readchild ? POLLIN : 0) |
                              (ALCOVE_BUF_SIZE(&c->ctlq) > 0 ? POLLOUT : 0));
      fds[n++].revents = 0;

      fds[n].fd = (readchild && flow) ? c->fdout : -1;
      fds[n].events = POLLIN;
      fds[n++].revents = 0;

      fds[n].fd = (readchild && flow) ? c->fderr : -1;
      fds[n].events = POLLIN;
      fds[n++].revents = 0;

      fds[n].fd = ALCOVE_BUF_SIZE(&c->inq) > 0 ? c->fdin : -1;
      fds[n].events = POLLOUT;
      fds[n++].revents = 0;
    }

    rv = poll(fds, (nfds_t)n, -1);
    if (rv < 0) {
      if (errno == EINTR)
        continue;
      break;
    }

    if (fds[0].revents & POLLIN)
      alcove_signals(ap);

    /* to the parent */
    {
      short ev = (ap->fdin == ap->fdout) ? fds[1].revents : fds[2].revents;
      if ((ev & (POLLOUT | POLLERR | POLLHUP)) && alcove_outq_write(ap) < 0) {
        alcove_terminate(ap);
        break;
      }
    }

    /* children: channel first, so that fdctl_closed precedes the output
     * an exec'd program writes */
    for (j = 0; j < nslot; j++) {
      alcove_child_t *c = &ap->child[slot[j]];
      size_t k = 4 + 4 * j;

      /* released while handling signals (slots are reused only by a fork,
       * which happens after this loop) */
      if (c->pid == 0)
        continue;

      if (fds[k].revents & (POLLIN | POLLHUP | POLLERR))
        (void)alcove_child_ctl(ap, c);
      if (fds[k].revents & POLLOUT)
        alcove_child_write(c, &c->ctlq, &c->fdctl);
      if ((fds[k + 1].revents | fds[k + 2].revents) &
          (POLLIN | POLLHUP | POLLERR)) {
        /* Under flow control, output must not be read before the exec
         * is seen: look at the channel first. */
        if (c->fdctl >= 0 && c->flowcontrol >= 0)
          (void)alcove_child_ctl(ap, c);
        if (alcove_child_flows(c) &&
            (fds[k + 1].revents & (POLLIN | POLLHUP | POLLERR)))
          (void)alcove_child_data(ap, c, &c->fdout, ALCOVE_MSG_STDOUT, 0);
        /* the stdout read may have used up the credit */
        if (alcove_child_flows(c) &&
            (fds[k + 2].revents & (POLLIN | POLLHUP | POLLERR)))
          (void)alcove_child_data(ap, c, &c->fderr, ALCOVE_MSG_STDERR, 0);
      }
      if (fds[k + 3].revents & (POLLOUT | POLLERR | POLLHUP))
        alcove_child_write(c, &c->inq, &c->fdin);

      alcove_child_maybe_release(ap, c);
    }

    if (fds[3].revents & (POLLHUP | POLLERR)) {
      /* our stdin was closed by the parent (eof/2) */
      alcove_terminate(ap);
      break;
    }

    if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
      if (alcove_input(ap) < 0) {
        alcove_terminate(ap);
        break;
      }
    }

    alcove_write_pending(ap, slot, nslot);
  }

  free(fds);
  free(slot);
  alcove_flush(ap);
  return 0;
}

/* Read from the parent and handle every complete frame. Returns -1 when
 * the channel is closed or broken. */
static int alcove_input(alcove_state_t *ap) {
  alcove_buf_t *b = &ap->inr;
  ssize_t n;

  if (alcove_buf_reserve(b, ALCOVE_READ_SIZE) < 0)
    return -1;

  n = alcove_read(ap->fdin, b->buf + b->len, b->cap - b->len);
  if (n == 0)
    return -1;
  if (n < 0)
    return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
  b->len += (size_t)n;

  while (ALCOVE_BUF_SIZE(b) >= 4 && !ap->done) {
    const char *p = ALCOVE_BUF_DATA(b);
    uint32_t flen = alcove_get32(p);

    /* |Len:32|Type:16|Body| */
    if (flen < 2 || flen > ALCOVE_FRAME_MAX)
      return -1; /* no way to find the next frame */

    if (ALCOVE_BUF_SIZE(b) < 4 + (size_t)flen) {
      if (alcove_buf_reserve(b, 4 + (size_t)flen - ALCOVE_BUF_SIZE(b)) < 0)
        return -1;
      break;
    }

    alcove_frame(ap, p + 4, flen);
    /* a call may have replaced the buffer (fork in the child frees it) */
    if (ap->inr.buf == NULL)
      break;
    alcove_buf_consume(b, 4 + (size_t)flen);
  }

  return 0;
}

static void alcove_frame(alcove_state_t *ap, const char *frame, size_t len) {
  uint16_t type = alcove_get16(frame);
  const char *body = frame + 2;
  size_t blen = len - 2;

  switch (type) {
  case ALCOVE_MSG_CALL:
    alcove_call(ap, body, blen);
    break;
  case ALCOVE_MSG_PROXY:
  case ALCOVE_MSG_STDIN:
    alcove_proxy_down(ap, type, body, blen);
    break;
  default:
    alcove_send_ctl_badarg(ap);
    break;
  }
}

/* A frame that cannot be a request: CTL(badarg) from this process. */
static void alcove_send_ctl_badarg(alcove_state_t *ap) {
  ei_x_buff x;

  if (ei_x_new_with_version(&x) < 0)
    return;
  if (alcove_mk_atom(&x, "badarg") == 0)
    (void)alcove_send_term(ap, ALCOVE_MSG_CTL, x.buff, (size_t)x.index);
  ei_x_free(&x);
}

/* |Pid:32|Frame| for PROXY, |Pid:32|Data| for STDIN */
static void alcove_proxy_down(alcove_state_t *ap, uint16_t type,
                              const char *body, size_t len) {
  alcove_child_t *c;
  int32_t pid;

  if (len < 4) {
    alcove_send_ctl_badarg(ap);
    return;
  }

  pid = (int32_t)alcove_get32(body);
  c = alcove_child_get(ap, (pid_t)pid);

  if (type == ALCOVE_MSG_PROXY) {
    /* frames go only to a child still running the event loop */
    if (c == NULL || c->fdctl < 0 || c->exited) {
      (void)alcove_send_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "badpid");
      return;
    }
    if (alcove_buf_append(&c->ctlq, body + 4, len - 4) < 0)
      (void)alcove_send_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "enomem");
    return;
  }

  if (c == NULL) {
    (void)alcove_send_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "badpid");
    return;
  }
  if (c->fdin < 0)
    return; /* stdin closed: nobody can read it */
  if (alcove_buf_append(&c->inq, body + 4, len - 4) < 0)
    (void)alcove_send_about_atom(ap, (pid_t)pid, ALCOVE_MSG_CTL, "enomem");
}

static void alcove_child_write(alcove_child_t *c, alcove_buf_t *q, int *fd) {
  ssize_t n;

  if (*fd < 0 || ALCOVE_BUF_SIZE(q) == 0)
    return;

  n = alcove_write(*fd, ALCOVE_BUF_DATA(q), ALCOVE_BUF_SIZE(q));
  if (n > 0) {
    alcove_buf_consume(q, (size_t)n);
    if (ALCOVE_BUF_SIZE(q) == 0 && q == &c->inq && c->inclose) {
      alcove_fd_close(fd);
      alcove_buf_free(q);
    }
    return;
  }
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
    return;

  /* EPIPE: the reader is gone; what is queued can never be delivered */
  alcove_buf_consume(q, ALCOVE_BUF_SIZE(q));
  if (q == &c->inq && c->inclose) {
    alcove_fd_close(fd);
    alcove_buf_free(q);
  }
}

/* Pass the complete frames read from a child's channel up, each wrapped
 * in PROXY(pid). When nothing is queued for the parent they are written
 * with one writev straight from the read buffer, saving a copy; what the
 * parent cannot take now is queued. Returns -1 if the child wrote
 * garbage (its channel is then closed). */
#define ALCOVE_RELAY_IOV 32
static int alcove_relay_frames(alcove_state_t *ap, alcove_child_t *c) {
  alcove_buf_t *b = &c->ctlr;

  for (;;) {
    struct iovec iov[2 * ALCOVE_RELAY_IOV];
    char hdr[ALCOVE_RELAY_IOV][ALCOVE_PIDHDR_LEN];
    size_t nf = 0;
    size_t off = 0;
    size_t avail = ALCOVE_BUF_SIZE(b);
    const char *base = ALCOVE_BUF_DATA(b);
    size_t written = 0;
    size_t i;

    while (nf < ALCOVE_RELAY_IOV && avail - off >= 4) {
      uint32_t flen = alcove_get32(base + off);

      if (flen < 2 || flen > ALCOVE_FRAME_MAX - ALCOVE_PIDHDR_LEN) {
        /* a child speaking garbage on its channel: cut it off */
        (void)close(c->fdctl);
        c->fdctl = -1;
        alcove_buf_free(b);
        return -1;
      }
      if (avail - off < 4 + (size_t)flen) {
        if (alcove_buf_reserve(b, 4 + (size_t)flen - (avail - off)) < 0)
          return -1;
        /* the buffer may have moved */
        base = ALCOVE_BUF_DATA(b);
        break;
      }

      /* |Len|PROXY|Pid| */
      alcove_put32(hdr[nf], (uint32_t)(flen + 4 + 6));
      alcove_put16(hdr[nf] + 4, ALCOVE_MSG_PROXY);
      alcove_put32(hdr[nf] + 6, (uint32_t)c->pid);
      iov[2 * nf].iov_base = hdr[nf];
      iov[2 * nf].iov_len = ALCOVE_PIDHDR_LEN;
      iov[2 * nf + 1].iov_base = (void *)(uintptr_t)(base + off);
      iov[2 * nf + 1].iov_len = 4 + (size_t)flen;
      off += 4 + (size_t)flen;
      nf++;
    }

    if (nf == 0)
      return 0;

    /* iov_base of the frames must follow a move of the buffer above */
    {
      size_t pos = 0;
      for (i = 0; i < nf; i++) {
        iov[2 * i + 1].iov_base = (void *)(uintptr_t)(base + pos);
        pos += iov[2 * i + 1].iov_len;
      }
    }

    if (ALCOVE_BUF_SIZE(&ap->outq) == 0) {
      ssize_t w;
      do {
        w = writev(ap->fdout, iov, (int)(2 * nf));
      } while (w < 0 && errno == EINTR);
      if (w > 0)
        written = (size_t)w;
    }

    for (i = 0; i < 2 * nf; i++) {
      if (written >= iov[i].iov_len) {
        written -= iov[i].iov_len;
        continue;
      }
      if (alcove_buf_append(&ap->outq, (char *)iov[i].iov_base + written,
                            iov[i].iov_len - written) < 0)
        return -1;
      written = 0;
    }

    alcove_buf_consume(b, off);
  }
}

/* Frames from a child's channel go up wrapped in PROXY(pid). EOF: the
 * child exec'd or exited. Returns -1 on EOF. */
static int alcove_child_ctl(alcove_state_t *ap, alcove_child_t *c) {
  alcove_buf_t *b = &c->ctlr;

  for (;;) {
    ssize_t n;

    if (c->fdctl < 0)
      return -1;

    if (alcove_buf_reserve(b, ALCOVE_CTL_READ_SIZE) < 0)
      return -1;

    n = alcove_read(c->fdctl, b->buf + b->len, b->cap - b->len);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK)
        return 0;
      n = 0;
    }

    if (n == 0) {
      (void)close(c->fdctl);
      c->fdctl = c->exited ? -1 : -2;
      alcove_buf_free(&c->ctlq);
      alcove_buf_free(&c->ctlr);
      (void)alcove_send_about_atom(ap, c->pid, ALCOVE_MSG_CTL, "fdctl_closed");
      return -1;
    }
    b->len += (size_t)n;

    if (alcove_relay_frames(ap, c) < 0)
      return -1;

    /* one read per poll unless draining an exited child */
    if (!c->exited)
      return 0;
  }
}

/* Read a child's stdout or stderr straight into the queue to the parent,
 * behind a STDOUT/STDERR header. drain: read until EAGAIN or EOF.
 * Returns -1 on EOF. */
static int alcove_child_data(alcove_state_t *ap, alcove_child_t *c, int *fd,
                             uint16_t type, int drain) {
  for (;;) {
    alcove_buf_t *q = &ap->outq;
    ssize_t n;
    char *p;

    if (*fd < 0)
      return -1;

    if (alcove_buf_reserve(q, ALCOVE_PIDHDR_LEN + ALCOVE_READ_SIZE) < 0)
      return 0;

    p = q->buf + q->len;
    /* The VM reads the port 64 KiB at a time: a chunk this size becomes,
     * with the header each relay adds on its way up, a frame of exactly
     * 64 KiB, which arrives in one piece. */
    n = alcove_read(*fd, p + ALCOVE_PIDHDR_LEN,
                    ALCOVE_READ_SIZE -
                        ALCOVE_PIDHDR_LEN * (size_t)(ap->depth + 1));
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK)
        return 0;
      n = 0;
    }
    if (n == 0) {
      alcove_close_eof(ap, c, fd, type);
      return -1;
    }

    alcove_put32(p, (uint32_t)(n + 6));
    alcove_put16(p + 4, type);
    alcove_put32(p + 6, (uint32_t)c->pid);
    q->len += ALCOVE_PIDHDR_LEN + (size_t)n;

    if (c->fdctl == -2 && !c->exited && c->flowcontrol > 0)
      c->flowcontrol--;

    if (!drain)
      return 0;
  }
}

static void alcove_close_eof(alcove_state_t *ap, alcove_child_t *c, int *fd,
                             uint16_t type) {
  (void)close(*fd);
  *fd = -1;
  if (type == ALCOVE_MSG_STDOUT)
    alcove_send_ctl_closed(ap, c, "stdout_closed", ap->stdout_closed);
  else
    alcove_send_ctl_closed(ap, c, "stderr_closed", ap->stderr_closed);
}

static void alcove_send_ctl_closed(alcove_state_t *ap, alcove_child_t *c,
                                   const char *what, int enabled) {
  if (enabled)
    (void)alcove_send_about_atom(ap, c->pid, ALCOVE_MSG_CTL, what);
}

static void alcove_child_maybe_release(alcove_state_t *ap, alcove_child_t *c) {
  if (c->pid != 0 && c->exited && c->fdctl < 0 && c->fdout < 0 && c->fderr < 0)
    alcove_child_release(ap, c);
}

/* {exit_status, N} | {termsig, Signal} */
static void alcove_send_exit(alcove_state_t *ap, alcove_child_t *c) {
  ei_x_buff x;
  int rv = -1;

  if (WIFEXITED(c->status) && !ap->exit_status)
    return;
  if (WIFSIGNALED(c->status) && !ap->termsig)
    return;
  if (!WIFEXITED(c->status) && !WIFSIGNALED(c->status))
    return;

  if (ei_x_new_with_version(&x) < 0)
    return;
  if (ei_x_encode_tuple_header(&x, 2) == 0) {
    if (WIFEXITED(c->status))
      rv = (alcove_mk_atom(&x, "exit_status") == 0 &&
            alcove_mk_long(&x, WEXITSTATUS(c->status)) == 0)
               ? 0
               : -1;
    else
      rv = (alcove_mk_atom(&x, "termsig") == 0 &&
            alcove_mk_atom(&x, alcove_signame(WTERMSIG(c->status))) == 0)
               ? 0
               : -1;
  }
  if (rv == 0)
    (void)alcove_send_about(ap, c->pid, ALCOVE_MSG_EVENT, x.buff,
                            (size_t)x.index);
  ei_x_free(&x);
}

/* Everything the child wrote before it exited is in its pipes now: send it
 * all, then the exit event. What a descendant holding the pipes writes
 * later follows the event. */
static void alcove_child_exited(alcove_state_t *ap, alcove_child_t *c) {
  if (c->fdctl >= 0)
    (void)alcove_child_ctl(ap, c);
  (void)alcove_child_data(ap, c, &c->fdout, ALCOVE_MSG_STDOUT, 1);
  (void)alcove_child_data(ap, c, &c->fderr, ALCOVE_MSG_STDERR, 1);

  if (c->fdin >= 0) {
    alcove_send_ctl_closed(ap, c, "stdin_closed", ap->stdin_closed);
    (void)close(c->fdin);
    c->fdin = -1;
  }
  alcove_buf_free(&c->inq);

  alcove_send_exit(ap, c);
  alcove_child_maybe_release(ap, c);
}

void alcove_reap(alcove_state_t *ap) {
  for (;;) {
    int status = 0;
    pid_t pid = waitpid(-1, &status, WNOHANG);
    alcove_child_t *c;

    if (pid <= 0)
      break;

    c = alcove_child_get(ap, pid);
    if (c == NULL || c->exited)
      continue; /* an orphan we adopted as subreaper */

    c->exited = 1;
    c->status = status;
    alcove_child_exited(ap, c);
  }
}

static void alcove_signals(alcove_state_t *ap) {
  int reap = 0;

  for (;;) {
    siginfo_t si;
    ssize_t n = alcove_read(ALCOVE_SIGREAD_FILENO, &si, sizeof(si));

    if (n != (ssize_t)sizeof(si))
      break;

    if (si.si_signo == SIGCHLD && !ap->sigchld) {
      reap = 1;
      continue;
    }

    {
      ei_x_buff x;
      if (ei_x_new_with_version(&x) < 0)
        continue;
      if (ei_x_encode_tuple_header(&x, 3) == 0 &&
          alcove_mk_atom(&x, "signal") == 0 &&
          alcove_mk_atom(&x, alcove_signame(si.si_signo)) == 0 &&
          alcove_mk_binary(&x, &si, sizeof(si)) == 0)
        (void)alcove_send_term(ap, ALCOVE_MSG_EVENT, x.buff, (size_t)x.index);
      ei_x_free(&x);
    }
  }

  if (reap)
    alcove_reap(ap);
}

#ifdef __linux__
/* Descendants that were orphaned below us were re-parented to us (we are
 * a child subreaper): find them by their parent pid. */
static int alcove_kill_adopted(int sig) {
  DIR *dir = opendir("/proc");
  struct dirent *de;
  pid_t self = getpid();
  int found = 0;

  if (dir == NULL)
    return 0;

  while ((de = readdir(dir)) != NULL) {
    char path[64];
    char stat[512];
    ssize_t n;
    int fd;
    char *p;
    long ppid;
    long pid;

    if (de->d_name[0] < '1' || de->d_name[0] > '9')
      continue;
    pid = strtol(de->d_name, NULL, 10);
    (void)snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
      continue;
    n = alcove_read(fd, stat, sizeof(stat) - 1);
    (void)close(fd);
    if (n <= 0)
      continue;
    stat[n] = '\0';
    /* pid (comm) state ppid ...: comm may contain spaces and ')' */
    p = strrchr(stat, ')');
    if (p == NULL || p[1] == '\0' || p[2] == '\0')
      continue;
    ppid = strtol(p + 4, NULL, 10);
    if (ppid == (long)self) {
      (void)kill((pid_t)pid, sig);
      found++;
    }
  }
  (void)closedir(dir);
  return found;
}
#else
static int alcove_kill_adopted(int sig) {
  (void)sig;
  return 0;
}
#endif

/* The parent is gone (or closed our channel): signal exec'd children with
 * their signaloneof signal, let event-loop children unwind the same way,
 * give everyone ALCOVE_GRACE_MS, then kill and reap what is left. No
 * process of the tree outlives us and none is left a zombie. */
static void alcove_terminate(alcove_state_t *ap) {
  long deadline;
  int i;
  int killed = 0;

  for (i = 0; i < ap->maxchild; i++) {
    alcove_child_t *c = &ap->child[i];

    if (c->pid == 0)
      continue;

    if (c->fdctl == -2 && !c->exited && ap->signaloneof > 0 &&
        c->signaloneof > 0) {
      int sig = c->signaloneof;
      if (kill(-c->pid, sig) == 0 || kill(c->pid, sig) == 0)
        (void)kill(c->pid, SIGCONT);
    }

    /* Nobody reads what we would forward: closing our ends lets children
     * blocked on a full pipe fail instead of waiting forever. */
    if (c->fdctl >= 0)
      (void)close(c->fdctl);
    c->fdctl = -1;
    alcove_fd_close(&c->fdin);
    alcove_fd_close(&c->fdout);
    alcove_fd_close(&c->fderr);
  }

  deadline = alcove_now_ms() + ALCOVE_GRACE_MS;

  for (;;) {
    int status;
    pid_t pid;
    struct pollfd pfd;
    char drain[512];

    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
      alcove_child_t *c = alcove_child_get(ap, pid);
      if (c != NULL)
        alcove_child_release(ap, c);
    }
    if (pid < 0 && errno == ECHILD)
      break;

    if (!killed && alcove_now_ms() >= deadline) {
      for (i = 0; i < ap->maxchild; i++) {
        alcove_child_t *c = &ap->child[i];
        if (c->pid == 0)
          continue;
        (void)kill(-c->pid, SIGKILL);
        (void)kill(c->pid, SIGKILL);
      }
      killed = 1;
    }
    if (killed)
      (void)alcove_kill_adopted(SIGKILL);

    pfd.fd = ALCOVE_SIGREAD_FILENO;
    pfd.events = POLLIN;
    pfd.revents = 0;
    (void)poll(&pfd, 1, killed ? 10 : 50);
    while (alcove_read(ALCOVE_SIGREAD_FILENO, drain, sizeof(drain)) > 0)
      ;
  }

  ap->done = 1;
}

void alcove_state_free(alcove_state_t *ap) {
  int i;

  for (i = 0; i < ap->maxchild; i++) {
    alcove_buf_free(&ap->child[i].ctlq);
    alcove_buf_free(&ap->child[i].inq);
    alcove_buf_free(&ap->child[i].ctlr);
  }
  free(ap->child);
  if (ap->reply_init)
    ei_x_free(&ap->reply);
  alcove_buf_free(&ap->outq);
  alcove_buf_free(&ap->inr);
  free(ap);
}

/* An exec, announced in-band: the last frame on the channel before the
 * exec is CTL(exec). For the port, alcove_drv then takes nothing after it
 * for a frame, and learns whether the exec happened from the control
 * FIFO: end of file (it is close-on-exec), or a resume byte written to it
 * when the exec failed (alcove_fdctl_resume). For a child, end of file on
 * the channel after the announcement means it exec'd, not that it died.
 */
void alcove_exec_announce(alcove_state_t *ap) {
  /* |Len:32|CTL:16|131,119,4,"exec"| */
  static const char frame[] = {
      0, 0, 0, 9, 0, ALCOVE_MSG_CTL, (char)131, 119, 4, 'e', 'x', 'e', 'c'};
  if (ap->fdout >= 0)
    (void)alcove_write_all(ap->fdout, frame, sizeof(frame));
}

/* The port still speaks frames after announcing an exec (it failed, or
 * the new image is alcove keeping the FIFO): one byte on the FIFO. */
void alcove_fdctl_resume(void) {
  (void)alcove_write(ALCOVE_FDCTL_FILENO, "R", 1);
}

void alcove_pre_exec(alcove_state_t *ap) {
  sigset_t none;

  alcove_flush(ap);
#ifdef PR_SET_PDEATHSIG
  /* A program exec'd by a child must not outlive the alcove process that
   * relays it, even if that process is killed and cannot signal it. */
  if (ap->depth > 0)
    (void)prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
#endif
  if (ap->depth == 0) {
    (void)alcove_set_nonblock(STDIN_FILENO, 0);
    (void)alcove_set_nonblock(STDOUT_FILENO, 0);
  }
  alcove_exec_announce(ap);
  (void)sigemptyset(&none);
  (void)sigprocmask(SIG_SETMASK, &none, NULL);
}

void alcove_post_exec_failed(alcove_state_t *ap) {
#ifdef PR_SET_PDEATHSIG
  if (ap->depth > 0)
    (void)prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0);
#endif
  if (ap->depth == 0) {
    (void)alcove_set_nonblock(STDIN_FILENO, 1);
    (void)alcove_set_nonblock(STDOUT_FILENO, 1);
    alcove_fdctl_resume();
  }
}
