/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_opt.h"

#include <sys/resource.h>

static int alcove_set_maxchild(alcove_state_t *ap, int n);

/* The table is compacted into a new one of n slots. Refused (0) when the
 * children do not fit or the descriptors they need exceed RLIMIT_NOFILE. */
static int alcove_set_maxchild(alcove_state_t *ap, int n) {
  struct rlimit rl;
  alcove_child_t *t;
  int i;
  int j = 0;

  if (n > 65535)
    n = 65535;

  if ((size_t)n < ap->nchild)
    return 0;

  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      (rlim_t)(6 * (long long)n + 6) > rl.rlim_cur)
    return 0;

  t = calloc((size_t)(n > 0 ? n : 1), sizeof(*t));
  if (t == NULL)
    return 0;

  for (i = 0; i < n; i++) {
    t[i].fdctl = -1;
    t[i].fdin = -1;
    t[i].fdout = -1;
    t[i].fderr = -1;
  }

  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].pid != 0)
      t[j++] = ap->child[i];
  }

  free(ap->child);
  ap->child = t;
  ap->maxchild = n;
  return 1;
}

/* setopt: true when applied, false for an unknown or refused option */
int alcove_sys_setopt(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char name[MAXATOMLEN_UTF8];
  int val = 0;
  int *field;

  /* option: atom */
  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;
  /* value: int32 */
  if (alcove_decode_int(arg, len, index, &val) < 0)
    return -1;

  if (val < 0 && strcmp(name, "flowcontrol") != 0)
    return -1;

  if (strcmp(name, "maxchild") == 0)
    return alcove_mk_atom(reply,
                          alcove_set_maxchild(ap, val) ? "true" : "false");

  field = alcove_opt_field(ap, name);
  if (field == NULL)
    return alcove_mk_atom(reply, "false");

  *field = alcove_opt_clamp(name, val);
  return alcove_mk_atom(reply, "true");
}
