/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* core_test: zero-copy output (alcove_splice.c) through real pipes and
 * socketpairs: the frames that reach the parent are the frames the copy
 * path would have built, also when the channel takes only part of one. */
#include "core_test.h"

#include "alcove_splice.h"

#include <fcntl.h>

static void test_whole(void);
static void test_partial(void);
static void test_declined(void);

static void fill(char *p, size_t n, unsigned seed) {
  size_t i;
  for (i = 0; i < n; i++)
    p[i] = (char)((i * 31u + seed) % 251u);
}

/* A pipe's bytes go up as one STDOUT frame, without passing through the
 * queue; an empty pipe is left to the read path. */
static void test_whole(void) {
  int parent;
  int fd[2];
  alcove_state_t *ap = mkstate(&parent);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  bytes_t e = {{0}, 0};
  char data[3000];

  nbpipe(fd);
  fill(data, sizeof(data), 1);
  if (write(fd[1], data, sizeof(data)) != (ssize_t)sizeof(data))
    abort();

  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 4242, 65536) ==
        (ssize_t)sizeof(data));
  put_output(&e, ALCOVE_MSG_STDOUT, 4242, data, sizeof(data));
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) == 0 && ap->nosplice == 0);
  CHECK(sent_is(ap, parent, &seen, &e));

  /* at most chunk bytes a frame */
  e.n = 0;
  alcove_buf_free(&seen);
  if (write(fd[1], data, sizeof(data)) != (ssize_t)sizeof(data))
    abort();
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDERR, 4242, 1000) == 1000);
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDERR, 4242, 1000) == 1000);
  put_output(&e, ALCOVE_MSG_STDERR, 4242, data, 1000);
  put_output(&e, ALCOVE_MSG_STDERR, 4242, data + 1000, 1000);
  CHECK(sent_is(ap, parent, &seen, &e));
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDERR, 4242, 65536) ==
        1000);

  /* nothing there, or end of file: the read path's business */
  drain(parent, &seen);
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 4242, 65536) == 0);
  (void)close(fd[1]);
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 4242, 65536) == 0);

  (void)close(fd[0]);
  alcove_buf_free(&seen);
  rmstate(ap, parent);
}

/* A channel with room for part of a frame (a pipe with two free slots):
 * the rest waits in the queue, the frame reaches the parent whole and in
 * order, and nothing more is spliced while the queue holds bytes. */
static void test_partial(void) {
  int unused;
  int fd[2];
  int ch[2];
  alcove_state_t *ap = mkstate(&unused);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  alcove_buf_t want = {NULL, 0, 0, 0};
  char *data = malloc(60000);
  char junk[4096];
  char h[ALCOVE_PIDHDR_LEN];
  size_t filled = 0;
  size_t off = 0;
  int sock = ap->chanout;
  int turns = 0;

  if (data == NULL)
    abort();
  /* the channel to the parent: a pipe, filled up, then read by 8 KiB */
  nbpipe(ch);
  if (alcove_set_nonblock(ch[1], 1) < 0)
    abort();
  ap->chanout = ch[1];
  memset(junk, 'j', sizeof(junk));
  for (;;) {
    ssize_t n = write(ch[1], junk, sizeof(junk));
    if (n <= 0)
      break;
    filled += (size_t)n;
  }
  CHECK(filled >= 8192);
  CHECK(read(ch[0], junk, sizeof(junk)) == (ssize_t)sizeof(junk));
  CHECK(read(ch[0], junk, sizeof(junk)) == (ssize_t)sizeof(junk));
  filled -= 8192;

  nbpipe(fd);
  fill(data, 60000, 7);
  while (off < 60000) {
    ssize_t n = write(fd[1], data + off, 60000 - off);
    if (n <= 0)
      abort();
    off += (size_t)n;
  }

  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 99, 65536) == 60000);
  CHECK(ALCOVE_BUF_SIZE(&ap->outq) > 0);
  /* the queue holds bytes: no splice now */
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 99, 65536) == 0);

  /* the loop writes the queue out as the parent reads */
  while ((ALCOVE_BUF_SIZE(&ap->outq) > 0 || ALCOVE_BUF_SIZE(&seen) == 0) &&
         ++turns < 100000) {
    ssize_t n =
        write(ch[1], ALCOVE_BUF_DATA(&ap->outq), ALCOVE_BUF_SIZE(&ap->outq));
    if (n > 0)
      alcove_buf_consume(&ap->outq, (size_t)n);
    drain(ch[0], &seen);
  }
  drain(ch[0], &seen);

  for (off = 0; off < filled; off++)
    (void)alcove_buf_append(&want, "j", 1);
  alcove_frame_pidhdr(h, ALCOVE_MSG_STDOUT, 99, 60000);
  (void)alcove_buf_append(&want, h, sizeof(h));
  (void)alcove_buf_append(&want, data, 60000);
  CHECK(ALCOVE_BUF_SIZE(&seen) == ALCOVE_BUF_SIZE(&want) &&
        memcmp(ALCOVE_BUF_DATA(&seen), ALCOVE_BUF_DATA(&want),
               ALCOVE_BUF_SIZE(&want)) == 0);

  free(data);
  (void)close(fd[0]);
  (void)close(fd[1]);
  (void)close(ch[0]);
  (void)close(ch[1]);
  ap->chanout = sock;
  alcove_buf_free(&seen);
  alcove_buf_free(&want);
  rmstate(ap, unused);
}

/* A process a seccomp filter applies to never splices (nor asks
 * FIONREAD): the bytes stay for the read path. */
static void test_declined(void) {
  int parent;
  int fd[2];
  alcove_state_t *ap = mkstate(&parent);
  alcove_buf_t seen = {NULL, 0, 0, 0};
  char byte = 'x';
  char back = 0;

  nbpipe(fd);
  if (write(fd[1], &byte, 1) != 1)
    abort();
  ap->filtered = 1;
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 5, 65536) == 0);
  ap->filtered = 0;
  ap->nosplice = 1;
  CHECK(alcove_splice_output(ap, fd[0], ALCOVE_MSG_STDOUT, 5, 65536) == 0);
  ap->nosplice = 0;
  drain(parent, &seen);
  CHECK(ALCOVE_BUF_SIZE(&seen) == 0);
  CHECK(read(fd[0], &back, 1) == 1 && back == 'x');

  (void)close(fd[0]);
  (void)close(fd[1]);
  alcove_buf_free(&seen);
  rmstate(ap, parent);
}

void test_splice(void) {
  test_whole();
  test_partial();
  test_declined();
}
