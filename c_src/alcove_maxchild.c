/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_maxchild.h"
#include "alcove.h"

#include <sys/resource.h>

/* The table is compacted into a new one of n slots: the event loop
 * rebuilds its poll set from the table on every turn, so slots may move
 * between turns. */
int alcove_maxchild_set(alcove_state_t *ap, int n) {
  struct rlimit rl;
  alcove_child_t *t;
  int i;
  int j = 0;

  if (n < 0)
    return 0;

  if (n > 65535)
    n = 65535;

  if ((size_t)n < ap->nchild)
    return 0;

  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      (rlim_t)(6 * (long long)n + 6) > rl.rlim_cur)
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
