/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_child.h"

#include "alcove_io.h"

#include <sys/resource.h>

/* The child table. A slot holds the parent's ends of one child: its
 * protocol channel, its stdin, stdout and stderr, and their queues. The
 * event loop rebuilds its poll set from the table on every turn, so slots
 * may move between turns (alcove_child_resize compacts them). */

static void alcove_child_empty(alcove_child_t *c);

alcove_child_t *alcove_child_get(alcove_state_t *ap, pid_t pid) {
  int i;

  if (pid <= 0)
    return NULL;

  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].pid == pid)
      return &ap->child[i];
  }
  return NULL;
}

alcove_child_t *alcove_child_free_slot(alcove_state_t *ap) {
  int i;

  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].pid == 0)
      return &ap->child[i];
  }
  return NULL;
}

static void alcove_child_empty(alcove_child_t *c) {
  memset(c, 0, sizeof(*c));
  c->chan = ALCOVE_CHAN_CLOSED;
  c->stdin_fd = -1;
  c->stdout_fd = -1;
  c->stderr_fd = -1;
  c->pidfd = -1;
  c->notify_fd = -1;
}

alcove_child_t *alcove_child_table(int n) {
  alcove_child_t *t = calloc((size_t)(n > 0 ? n : 1), sizeof(*t));
  int i;

  if (t == NULL)
    return NULL;
  for (i = 0; i < n; i++)
    alcove_child_empty(&t[i]);
  return t;
}

void alcove_child_release(alcove_state_t *ap, alcove_child_t *c) {
  if (c->pid == 0)
    return;
  if (c->chan >= 0)
    (void)close(c->chan);
  alcove_fd_close(&c->stdin_fd);
  alcove_fd_close(&c->stdout_fd);
  alcove_fd_close(&c->stderr_fd);
  alcove_fd_close(&c->pidfd);
  /* pending notifications fail at once (ENOSYS) */
  alcove_fd_close(&c->notify_fd);
  free(c->notif);
  alcove_buf_free(&c->chanq);
  alcove_buf_free(&c->chanr);
  alcove_buf_free(&c->inq);
  alcove_child_empty(c);
  if (ap->nchild > 0)
    ap->nchild--;
}

int alcove_child_fits(int n) {
  struct rlimit rl;

  return !(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
           (rlim_t)ALCOVE_FDS_FOR(n) > rl.rlim_cur);
}

int alcove_child_resize(alcove_state_t *ap, int n) {
  alcove_child_t *t;
  int i;
  int j = 0;

  if (n < 0)
    return 0;
  if (n > ALCOVE_MAXCHILD_MAX)
    n = ALCOVE_MAXCHILD_MAX;
  if ((size_t)n < ap->nchild || !alcove_child_fits(n))
    return 0;

  t = alcove_child_table(n);
  if (t == NULL)
    return 0;
  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].pid != 0)
      t[j++] = ap->child[i];
  }
  free(ap->child);
  ap->child = t;
  ap->maxchild = n;
  return 1;
}
