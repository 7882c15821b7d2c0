/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_DEFS_H
#define ALCOVE_DEFS_H

/* The bottom layer: the facts every other file shares (doc/ARCHITECTURE.md).
 * Frame layouts are in doc/PROTOCOL.md. */

#ifdef __linux__
#define _GNU_SOURCE
#endif

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#define ALCOVE_VERSION "1.0.1"

/* Frame types. */
enum {
  ALCOVE_MSG_STDIN = 0,
  ALCOVE_MSG_STDOUT = 1,
  ALCOVE_MSG_STDERR = 2,
  ALCOVE_MSG_PROXY = 3,
  ALCOVE_MSG_CALL = 4,
  ALCOVE_MSG_EVENT = 5,
  ALCOVE_MSG_CTL = 6,
  ALCOVE_MSG_WINDOW = 8,
};

/* WINDOW(Op, N): the stdin credit window of a child (alcove_window.c). */
enum {
  ALCOVE_WINDOW_OPEN = 0,   /* a new child: N bytes of credit */
  ALCOVE_WINDOW_GRANT = 1,  /* N more bytes of credit */
  ALCOVE_WINDOW_CLOSED = 2, /* its stdin is closed: send no more */
  ALCOVE_WINDOW_GONE = 3,   /* it exited: forget it and its descendants */
};
/* |Op:8|N:32| */
#define ALCOVE_WINDOW_BODY_LEN 5
/* Stdin a process holds for each child, and so the most the parent (in
 * the end alcove_drv) may send it ahead of the child's reads. */
#define ALCOVE_STDIN_WINDOW (256u * 1024u)
/* Credit is returned once this much was written to the child's pipe, or
 * as soon as its queue is empty. */
#define ALCOVE_STDIN_GRANT (64u * 1024u)

/* |Len:32| */
#define ALCOVE_LEN_LEN 4
/* |Len:32|Type:16| */
#define ALCOVE_HDR_LEN 6
/* |Len:32|Type:16|Pid:32| */
#define ALCOVE_PIDHDR_LEN 10
/* |ReqId:32|CallId:16| */
#define ALCOVE_CALLHDR_LEN 6
/* Largest frame (value of Len) accepted or produced. */
#define ALCOVE_FRAME_MAX (128u * 1024u * 1024u)
/* Largest reply term: leaves room for one PROXY header per relaying
 * ancestor. A larger reply is answered {error, eoverflow}. */
#define ALCOVE_REPLY_MAX (ALCOVE_FRAME_MAX - 1024u * 1024u)
/* The version byte that starts an external term. */
#define ALCOVE_VERSION_MAGIC 131

/* Fixed descriptors. */
#define ALCOVE_SIGREAD_FILENO 3
#define ALCOVE_SIGWRITE_FILENO 4
#define ALCOVE_FDCTL_FILENO 5

/* Descriptors: 6 for the process itself (stdio, signal pipe, channel) and
 * 6 per child (channel, stdin, stdout, stderr, pidfd, and one to spare
 * while the next child is being made). */
#define ALCOVE_FDS_FIXED 6
#define ALCOVE_FDS_PER_CHILD 6
#define ALCOVE_FDS_FOR(n)                                                      \
  (ALCOVE_FDS_PER_CHILD * (long long)(n) + ALCOVE_FDS_FIXED)
#define ALCOVE_MAXCHILD_MAX 65535
#define ALCOVE_MAXCHILD_DEFAULT 64
#define ALCOVE_MAXFORKDEPTH 16
/* Default deadline of a seccomp notification, milliseconds. */
#define ALCOVE_NOTIFY_TIMEOUT 5000
/* Call filters: one bit per call id (alcove_call.c checks the table fits). */
#define ALCOVE_FILTER_BYTES 16
/* Deepest list nesting accepted in an argument term. */
#define ALCOVE_TERM_DEPTH_MAX 64
/* Deepest iodata nesting accepted (as alcove 1.0.1). */
#define ALCOVE_IOLIST_DEPTH_MAX 16

#endif
