/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_STATE_H
#define ALCOVE_STATE_H

#include "alcove_buf.h"
#include "alcove_defs.h"
#include "ei.h"

/* The state of one alcove process and of each of its children
 * (alcove_state.c makes and frees it). */

/* What a child's protocol channel is. */
enum {
  ALCOVE_CHAN_CLOSED = -1, /* closed: it died (or spoke garbage) */
  ALCOVE_CHAN_EXECED = -2, /* end of file while it lived: it exec'd */
};

/* What a child's terminal is. */
enum {
  ALCOVE_PTY_NONE = 0, /* pipes */
  ALCOVE_PTY_OPEN = 1, /* a terminal */
  /* its slave side was closed while the child lives: the master is no
   * longer polled, and closed only once the child is reaped, so that the
   * hang-up does not kill a program on its way out */
  ALCOVE_PTY_HUP = 2,
};

/* A seccomp notification passed up and not answered yet
 * (alcove_notify.c): answered {errno, eperm} at its deadline. */
typedef struct {
  uint64_t id;
  long long deadline; /* CLOCK_MONOTONIC, milliseconds */
  pid_t pid;          /* the calling process */
} alcove_notif_t;

typedef struct {
  pid_t pid; /* 0: the slot is free */
  int flowcontrol;
  int signaloneof;
  int chan;      /* protocol channel (socketpair end), or ALCOVE_CHAN_* */
  int stdin_fd;  /* write end of the child's stdin; -1 closed */
  int stdout_fd; /* read end of the child's stdout; -1 closed */
  int stderr_fd; /* read end of the child's stderr; -1 closed */
  int pty;       /* ALCOVE_PTY_*: on a terminal (forkpty), stdin_fd and
                  * stdout_fd are its master (two descriptors, one
                  * file) and stderr_fd is -1 */
  int pidfd;     /* pidfd_open(2) of the child, or -1: teardown signals */
  int notify_fd; /* its seccomp listener (alcove_notify.c), or -1 */
  alcove_notif_t *notif; /* notifications sent up, not yet answered */
  size_t nnotif;
  size_t notifcap;
  int exited;         /* reaped: waitpid returned its status */
  int status;         /* from waitpid */
  int inclose;        /* close stdin once inq is written out (eof) */
  int indead;         /* stdin can take no more (EPIPE, closed): discard */
  size_t inowed;      /* bytes written to stdin not yet granted back */
  alcove_buf_t chanq; /* frames waiting to be written to chan */
  alcove_buf_t chanr; /* partial frames read from chan */
  alcove_buf_t inq;   /* stdin waiting to be written (its window) */
} alcove_child_t;

typedef struct alcove_state {
  int depth;
  /* options (spec/API.md section 7) */
  int maxchild;
  int maxforkdepth;
  int exit_status;
  int termsig;
  int flowcontrol;
  int signaloneof;
  int stdin_closed;
  int stdout_closed;
  int stderr_closed;
  /* 1: SIGCHLD reported as an event, children reaped by waitpid */
  int sigchld;
  /* milliseconds a seccomp notification waits for an answer (option
   * notify_timeout, inherited by children) */
  int notify_timeout;
  uint32_t reqid; /* the CALL being run (alcove_call.c) */
  int replied;    /* the wrapper wrote its reply itself (seccomp_notify) */
  int chanin;     /* protocol channel from the parent */
  int chanout;    /* protocol channel to the parent (may equal chanin) */
  unsigned char filter[ALCOVE_FILTER_BYTES];
  unsigned char subfilter[ALCOVE_FILTER_BYTES];
  size_t nchild; /* slots in use */
  alcove_child_t *child;
  alcove_buf_t outq; /* frames waiting to be written to chanout */
  alcove_buf_t inr;  /* partial frames read from chanin */
  ei_x_buff reply;   /* reused for every reply (alcove_call.c) */
  int reply_init;
  /* a seccomp filter applies to this process: found at start-up or
   * installed by a call, and inherited by children; such a process makes
   * no memory system call of its own (alcove_mem.h) */
  int filtered;
  /* output is copied, not spliced: the channel to the parent is a
   * socket, or splice(2) into it failed (alcove_splice.h) */
  int nosplice;
  int spawned; /* set in a new child until its loop starts over */
  int done;    /* leave the event loop */
} alcove_state_t;

/* A process at depth 0 with default options and maxchild slots, or NULL. */
alcove_state_t *alcove_state_new(int maxchild);
/* The option of getopt/setopt called name (not maxchild), or NULL. */
int *alcove_state_opt(alcove_state_t *ap, const char *name);
/* Clamp as setopt does: booleans are 0 or 1, flowcontrol < 0 is -1. */
int alcove_state_opt_clamp(const char *name, int val);
/* Release the state of a process leaving its event loop. */
void alcove_state_free(alcove_state_t *ap);

#endif
