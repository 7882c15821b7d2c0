/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_splice.h"

#include "alcove_frame.h"
#include "alcove_io.h"

#include <fcntl.h>
#include <sys/ioctl.h>

/* A relay copies each byte of output twice: from the child's pipe into
 * its buffer, and from there into the channel to its parent. For a pipe
 * the kernel can move the pages instead: the header is written first,
 * then splice(2) moves exactly the bytes the header announces. FIONREAD
 * says how many there are; this process is the only reader of the pipe,
 * so they stay there until it reads them. If the channel takes only part
 * of the frame, the rest is read into the queue to the parent, which is
 * written before anything else (alcove_loop.c), so the frame stays
 * whole. */
ssize_t alcove_splice_output(alcove_state_t *ap, int fd, uint16_t type,
                             pid_t pid, size_t chunk) {
#if defined(__linux__) && defined(SPLICE_F_NONBLOCK) && defined(FIONREAD)
  char hdr[ALCOVE_PIDHDR_LEN];
  int avail = 0;
  size_t n;
  size_t done = 0;
  ssize_t w;

  if (ap->filtered || ap->nosplice || ap->chanout < 0 ||
      ALCOVE_BUF_SIZE(&ap->outq) > 0)
    return 0;
  if (ioctl(fd, FIONREAD, &avail) < 0 || avail <= 0)
    return 0;

  n = (size_t)avail < chunk ? (size_t)avail : chunk;
  /* room for the whole frame, so that the rest of it can always be
   * queued once the header is out */
  if (alcove_buf_reserve(&ap->outq, sizeof(hdr) + n) < 0)
    return 0;

  alcove_frame_pidhdr(hdr, type, pid, n);
  w = alcove_write(ap->chanout, hdr, sizeof(hdr));
  if (w <= 0)
    return 0;

  if ((size_t)w < sizeof(hdr)) {
    (void)alcove_buf_append(&ap->outq, hdr + w, sizeof(hdr) - (size_t)w);
  } else {
    ssize_t m = splice(fd, NULL, ap->chanout, NULL, n,
                       SPLICE_F_NONBLOCK | SPLICE_F_MOVE);
    if (m < 0) {
      /* EINVAL, ENOSYS: this channel cannot take pages; EAGAIN: full */
      if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        ap->nosplice = 1;
      m = 0;
    }
    done = (size_t)m;
  }

  /* the rest of the frame, queued */
  while (done < n) {
    char *p = alcove_buf_tail(&ap->outq, n - done);
    ssize_t r;

    if (p == NULL)
      abort(); /* reserved above */
    r = alcove_read(fd, p, n - done);
    if (r <= 0) {
      /* cannot happen (the bytes were counted and only we read the
       * pipe): keep the frame the length its header says */
      memset(p, 0, n - done);
      r = (ssize_t)(n - done);
    }
    alcove_buf_commit(&ap->outq, (size_t)r);
    done += (size_t)r;
  }
  return (ssize_t)n;
#else
  (void)ap;
  (void)fd;
  (void)type;
  (void)pid;
  (void)chunk;
  return 0;
#endif
}
