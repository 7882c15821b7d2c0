/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_relay.h"

#include "alcove_child.h"
#include "alcove_constants.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_pty.h"
#include "alcove_splice.h"
#include "alcove_term.h"
#include "alcove_window.h"

#include <sys/uio.h>
#include <sys/wait.h>

/* Per-child I/O. A child's channel carries frames (its replies, events
 * and everything from below it); they go up wrapped in PROXY(pid). Its
 * stdout and stderr are data, read into STDOUT/STDERR frames. When a
 * child is reaped, everything it wrote before it exited is sent before
 * its exit event. */

/* A child's channel is read this much at a time: several frames per
 * read(2). */
#define ALCOVE_CHAN_READ_SIZE (256 * 1024)
/* Frames relayed per writev(2). */
#define ALCOVE_RELAY_IOV 32
/* The VM reads the port 64 KiB at a time: a chunk of output this size,
 * with the header each relay adds on its way up, becomes a frame of
 * exactly 64 KiB, which arrives in one piece. */
#define ALCOVE_OUTPUT_FRAME (64 * 1024)

/* how alcove_relay_frames passes frames up */
enum {
  ALCOVE_RELAY_NOW,  /* written at once if nothing is queued */
  ALCOVE_RELAY_HOLD, /* the same, but a last exec announcement waits */
  ALCOVE_RELAY_QUEUE /* queued, to go out with what follows */
};
static int alcove_relay_frames(alcove_state_t *ap, alcove_child_t *c, int how);
static int alcove_relay_is_exec(const char *frame, size_t whole);
static int alcove_relay_read_chan(alcove_state_t *ap, alcove_child_t *c);
static int alcove_relay_read_output(alcove_state_t *ap, alcove_child_t *c,
                                    int *fd, uint16_t type);
static void alcove_relay_closed(alcove_state_t *ap, alcove_child_t *c,
                                const char *what, int enabled);
static void alcove_relay_exited(alcove_state_t *ap, alcove_child_t *c);
static void alcove_relay_exit_event(alcove_state_t *ap, alcove_child_t *c);

/* Flow control applies once the child has exec'd and until it exits: a
 * credit of 0 stops reading its stdout and stderr. */
int alcove_relay_flows(const alcove_child_t *c) {
  return c->exited || c->chan != ALCOVE_CHAN_EXECED || c->flowcontrol != 0;
}

void alcove_relay_chan(alcove_state_t *ap, alcove_child_t *c) {
  (void)alcove_relay_read_chan(ap, c);
}

void alcove_relay_output(alcove_state_t *ap, alcove_child_t *c, uint16_t type) {
  if (!alcove_relay_flows(c))
    return;
  (void)alcove_relay_read_output(
      ap, c, type == ALCOVE_MSG_STDOUT ? &c->stdout_fd : &c->stderr_fd, type);
}

void alcove_relay_write_chan(alcove_child_t *c) {
  ssize_t n;

  if (c->chan < 0 || ALCOVE_BUF_SIZE(&c->chanq) == 0)
    return;

  n = alcove_write(c->chan, ALCOVE_BUF_DATA(&c->chanq),
                   ALCOVE_BUF_SIZE(&c->chanq));
  if (n > 0) {
    alcove_buf_consume(&c->chanq, (size_t)n);
    return;
  }
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
    return;

  /* the child is gone; its end of file is read from the channel */
  alcove_buf_consume(&c->chanq, ALCOVE_BUF_SIZE(&c->chanq));
}

void alcove_relay_done(alcove_state_t *ap, alcove_child_t *c) {
  if (c->pid != 0 && c->exited && c->chan < 0 && c->stdout_fd < 0 &&
      c->stderr_fd < 0)
    alcove_child_release(ap, c);
}

/* The exec announcement of a child's own loop: CTL(exec). Asked of the
 * last frame of nearly every read, so the type is looked at before the
 * term is built. */
static int alcove_relay_is_exec(const char *frame, size_t whole) {
  char t[ALCOVE_ATOM_TERM_MAX];
  size_t n;

  if (alcove_get16(frame + ALCOVE_LEN_LEN) != ALCOVE_MSG_CTL)
    return 0;
  n = alcove_term_atom(t, "exec");
  return whole == ALCOVE_HDR_LEN + n &&
         memcmp(frame + ALCOVE_HDR_LEN, t, n) == 0;
}

/* Pass the complete frames read from a child's channel up, each wrapped
 * in PROXY(pid). When nothing is queued for the parent they are written
 * with one writev straight from the read buffer, saving a copy; what the
 * parent cannot take now is queued.
 *
 * With ALCOVE_RELAY_HOLD, a child's exec announcement that is the last
 * frame read waits in the read buffer for what follows it: the end of
 * file of a successful exec (alcove_relay_read_chan queues it with the
 * fdctl_closed notice, and both go up in one write, which saves the VM a
 * wake-up per spawn) or the reply of a failed one. The order of the
 * frames is the same either way.
 *
 * Returns -1 if the child wrote garbage (its channel is then closed) or
 * memory ran out. */
static int alcove_relay_frames(alcove_state_t *ap, alcove_child_t *c, int how) {
  alcove_buf_t *b = &c->chanr;

  for (;;) {
    struct iovec iov[2 * ALCOVE_RELAY_IOV];
    char hdr[ALCOVE_RELAY_IOV][ALCOVE_PIDHDR_LEN];
    size_t nf = 0;
    size_t off = 0;
    size_t avail = ALCOVE_BUF_SIZE(b);
    size_t written = 0;
    size_t i;
    size_t pos;

    while (nf < ALCOVE_RELAY_IOV && avail - off >= ALCOVE_LEN_LEN) {
      uint32_t flen = alcove_get32(ALCOVE_BUF_DATA(b) + off);
      size_t whole = ALCOVE_LEN_LEN + (size_t)flen;

      if (!alcove_frame_len_ok(flen, ALCOVE_FRAME_MAX - ALCOVE_PIDHDR_LEN)) {
        /* the frames before it go up first */
        if (nf > 0)
          break;
        /* a child speaking garbage on its channel: cut it off (its loop
         * sees end of file and exits; its exit event follows) */
        (void)close(c->chan);
        c->chan = ALCOVE_CHAN_CLOSED;
        alcove_buf_free(b);
        return -1;
      }
      if (avail - off < whole) {
        /* room for the rest of this frame for the next read */
        if (alcove_buf_reserve(b, whole - (avail - off)) < 0)
          return -1;
        break;
      }
      if (how == ALCOVE_RELAY_HOLD && off + whole == avail &&
          alcove_relay_is_exec(ALCOVE_BUF_DATA(b) + off, whole))
        break;

      alcove_frame_pidhdr(hdr[nf], ALCOVE_MSG_PROXY, c->pid, whole);
      iov[2 * nf].iov_base = hdr[nf];
      iov[2 * nf].iov_len = ALCOVE_PIDHDR_LEN;
      iov[2 * nf + 1].iov_len = whole;
      off += whole;
      nf++;
    }

    if (nf == 0)
      return 0;

    /* the reserve above may have moved the buffer: bases come last */
    for (i = 0, pos = 0; i < nf; i++) {
      iov[2 * i + 1].iov_base = (void *)(uintptr_t)(ALCOVE_BUF_DATA(b) + pos);
      pos += iov[2 * i + 1].iov_len;
    }

    if (how != ALCOVE_RELAY_QUEUE && ALCOVE_BUF_SIZE(&ap->outq) == 0) {
      ssize_t w = alcove_writev(ap->chanout, iov, (int)(2 * nf));
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

/* Returns -1 on end of file (the child exec'd or exited). */
static int alcove_relay_read_chan(alcove_state_t *ap, alcove_child_t *c) {
  alcove_buf_t *b = &c->chanr;

  for (;;) {
    char *tail;
    ssize_t n;

    if (c->chan < 0)
      return -1;

    tail = alcove_buf_tail(b, ALCOVE_CHAN_READ_SIZE);
    if (tail == NULL)
      return -1;

    n = alcove_read(c->chan, tail, alcove_buf_room(b));
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK)
        return 0;
      n = 0;
    }

    if (n == 0) {
      /* a held exec announcement first */
      if (alcove_relay_frames(ap, c, ALCOVE_RELAY_QUEUE) < 0)
        return -1;
      (void)close(c->chan);
      c->chan = c->exited ? ALCOVE_CHAN_CLOSED : ALCOVE_CHAN_EXECED;
      alcove_buf_free(&c->chanq);
      alcove_buf_free(&c->chanr);
      (void)alcove_frame_about_atom(ap, c->pid, ALCOVE_MSG_CTL, "fdctl_closed");
      return -1;
    }
    alcove_buf_commit(b, (size_t)n);

    if (alcove_relay_frames(
            ap, c, c->exited ? ALCOVE_RELAY_NOW : ALCOVE_RELAY_HOLD) < 0)
      return -1;

    /* one read per poll unless draining an exited child */
    if (!c->exited)
      return 0;
  }
}

/* One frame of output sent: it uses up one flowcontrol credit. */
static void alcove_relay_framed(alcove_child_t *c) {
  if (c->chan == ALCOVE_CHAN_EXECED && !c->exited && c->flowcontrol > 0)
    c->flowcontrol--;
}

/* Move a child's stdout or stderr to the parent in STDOUT/STDERR frames:
 * spliced behind the header when it can be (alcove_splice.h), else read
 * straight into the queue to the parent. An exited child is drained to
 * the end. Returns -1 on end of file. */
static int alcove_relay_read_output(alcove_state_t *ap, alcove_child_t *c,
                                    int *fd, uint16_t type) {
  for (;;) {
    size_t chunk =
        ALCOVE_OUTPUT_FRAME - ALCOVE_PIDHDR_LEN * (size_t)(ap->depth + 1);
    char *p;
    ssize_t n;

    if (*fd < 0)
      return -1;

    /* without a copy if it can (alcove_splice.h) */
    if (c->pty == ALCOVE_PTY_NONE &&
        (n = alcove_splice_output(ap, *fd, type, c->pid, chunk)) > 0) {
      alcove_relay_framed(c);
      if (!c->exited)
        return 0;
      continue;
    }

    p = alcove_buf_tail(&ap->outq, ALCOVE_PIDHDR_LEN + chunk);
    if (p == NULL)
      return 0;

    n = alcove_read(*fd, p + ALCOVE_PIDHDR_LEN, chunk);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK)
        return 0;
      n = 0;
    }
    if (n == 0 && c->pty != ALCOVE_PTY_NONE && !c->exited) {
      /* EIO: every slave descriptor closed (alcove_state.h) */
      c->pty = ALCOVE_PTY_HUP;
      return -1;
    }
    if (n == 0) {
      alcove_fd_close(fd);
      if (type == ALCOVE_MSG_STDOUT)
        alcove_relay_closed(ap, c, "stdout_closed", ap->stdout_closed);
      else
        alcove_relay_closed(ap, c, "stderr_closed", ap->stderr_closed);
      return -1;
    }

    alcove_frame_pidhdr(p, type, c->pid, (size_t)n);
    alcove_buf_commit(&ap->outq, ALCOVE_PIDHDR_LEN + (size_t)n);
    alcove_relay_framed(c);

    if (!c->exited)
      return 0;
  }
}

static void alcove_relay_closed(alcove_state_t *ap, alcove_child_t *c,
                                const char *what, int enabled) {
  if (enabled)
    (void)alcove_frame_about_atom(ap, c->pid, ALCOVE_MSG_CTL, what);
}

/* {exit_status, N} | {termsig, Signal}, if the options ask for it */
static void alcove_relay_exit_event(alcove_state_t *ap, alcove_child_t *c) {
  ei_x_buff x;
  int exited = WIFEXITED(c->status);

  if (exited ? !ap->exit_status : (!WIFSIGNALED(c->status) || !ap->termsig))
    return;

  if (alcove_term_new(&x) < 0)
    return;
  if (alcove_encode_tuple_header(&x, 2) == 0 &&
      (exited
           ? alcove_mk_atom(&x, "exit_status") == 0 &&
                 alcove_mk_long(&x, WEXITSTATUS(c->status)) == 0
           : alcove_mk_atom(&x, "termsig") == 0 &&
                 alcove_mk_atom(&x, alcove_signame(WTERMSIG(c->status))) == 0))
    (void)alcove_frame_about(ap, c->pid, ALCOVE_MSG_EVENT, x.buff,
                             (size_t)x.index);
  alcove_term_free(&x);
}

/* Everything the child wrote before it exited is in its pipes now: send it
 * all, then the exit event. What a descendant holding the pipes writes
 * later follows the event. */
static void alcove_relay_exited(alcove_state_t *ap, alcove_child_t *c) {
  if (c->chan >= 0)
    (void)alcove_relay_read_chan(ap, c);
  (void)alcove_relay_read_output(ap, c, &c->stdout_fd, ALCOVE_MSG_STDOUT);
  (void)alcove_relay_read_output(ap, c, &c->stderr_fd, ALCOVE_MSG_STDERR);

  if (c->stdin_fd >= 0) {
    alcove_relay_closed(ap, c, "stdin_closed", ap->stdin_closed);
    alcove_fd_close(&c->stdin_fd);
  }
  /* queued stdin is discarded and its window closed before the exit
   * event, so alcove_drv drops what it holds for the pipeline */
  alcove_window_gone(ap, c);

  alcove_relay_exit_event(ap, c);
  alcove_relay_done(ap, c);
}

void alcove_relay_reap(alcove_state_t *ap) {
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
    alcove_relay_exited(ap, c);
  }
}

int alcove_relay_close_fd(alcove_state_t *ap, int fd) {
  int i;

  if (fd < 0)
    return 0;

  for (i = 0; i < ap->maxchild; i++) {
    alcove_child_t *c = &ap->child[i];

    if (c->pid == 0)
      continue;

    if (c->chan == fd) {
      (void)close(fd);
      c->chan = ALCOVE_CHAN_CLOSED;
      alcove_buf_free(&c->chanq);
      return 1;
    }
    if (c->stdin_fd == fd) {
      char veof;
      /* a terminal has no end of file but its EOF character, typed
       * after what was queued (doc/PROTOCOL.md) */
      if (c->pty && !c->inclose && !c->indead &&
          alcove_pty_veof(c->stdin_fd, &veof) == 0)
        (void)alcove_buf_append(&c->inq, &veof, 1);
      /* stdin queued before the close still reaches the child */
      c->inclose = 1;
      if (ALCOVE_BUF_SIZE(&c->inq) == 0 || c->indead)
        alcove_window_close(ap, c);
      return 1;
    }
    if (c->stdout_fd == fd) {
      alcove_fd_close(&c->stdout_fd);
      return 1;
    }
    if (c->stderr_fd == fd) {
      alcove_fd_close(&c->stderr_fd);
      return 1;
    }
    if (c->pidfd == fd) {
      alcove_fd_close(&c->pidfd);
      return 1;
    }
    if (c->notify_fd == fd) {
      /* its pending calls fail at once, as when it exits */
      alcove_fd_close(&c->notify_fd);
      c->nnotif = 0;
      return 1;
    }
  }
  return 0;
}
