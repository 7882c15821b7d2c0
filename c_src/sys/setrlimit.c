/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/resource.h>

static int alcove_nofile_ok(const alcove_state_t *ap, rlim_t cur);
static rlim_t alcove_rlim(unsigned long long v);

/* RLIMIT_NOFILE must leave room for the children we have (6 descriptors
 * each plus 6, spec API.md 6.4) and keep their descriptors valid. */
static int alcove_nofile_ok(const alcove_state_t *ap, rlim_t cur) {
  int i;

  if (cur == RLIM_INFINITY)
    return 1;

  if ((unsigned long long)cur < (unsigned long long)ALCOVE_FDS_FOR(ap->nchild))
    return 0;

  for (i = 0; i < ap->maxchild; i++) {
    const alcove_child_t *c = &ap->child[i];

    if (c->pid == 0)
      continue;
    if ((c->chan >= 0 && (rlim_t)c->chan >= cur) ||
        (c->stdin_fd >= 0 && (rlim_t)c->stdin_fd >= cur) ||
        (c->stdout_fd >= 0 && (rlim_t)c->stdout_fd >= cur) ||
        (c->stderr_fd >= 0 && (rlim_t)c->stderr_fd >= cur) ||
        (c->pidfd >= 0 && (rlim_t)c->pidfd >= cur))
      return 0;
  }

  return 1;
}

/* 2^64-1 is infinity whatever the platform's RLIM_INFINITY */
static rlim_t alcove_rlim(unsigned long long v) {
  return v == UINT64_MAX ? RLIM_INFINITY : (rlim_t)v;
}

/* setrlimit(2) */
int alcove_sys_setrlimit(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  long long resource = 0;
  int rv;
  int arity = 0;
  char tag[MAXATOMLEN_UTF8];
  unsigned long long cur = 0;
  unsigned long long max = 0;
  struct rlimit rl;

  /* resource: constant rlimit_* */
  rv = alcove_decode_constant(arg, len, index, &resource,
                              alcove_rlimit_constants);
  if (rv < 0)
    return -1;
  /* limit: {alcove_rlimit, Cur :: uint64, Max :: uint64} */
  if (alcove_decode_tuple_header(arg, len, index, &arity) < 0 || arity != 3)
    return -1;
  if (alcove_decode_atom(arg, len, index, tag) < 0 ||
      strcmp(tag, "alcove_rlimit") != 0)
    return -1;
  if (alcove_decode_ulonglong(arg, len, index, &cur) < 0 ||
      alcove_decode_ulonglong(arg, len, index, &max) < 0)
    return -1;

  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");

  if (resource < INT_MIN || resource > INT_MAX)
    return -1;

  rl.rlim_cur = alcove_rlim(cur);
  rl.rlim_max = alcove_rlim(max);

  if (resource == RLIMIT_NOFILE && !alcove_nofile_ok(ap, rl.rlim_cur))
    return alcove_mk_errno(reply, EINVAL);

  if (setrlimit((int)resource, &rl) < 0)
    return alcove_mk_errno(reply, errno);

  /* fewer descriptors: fewer children (fits, as checked above) */
  if (resource == RLIMIT_NOFILE && rl.rlim_cur != RLIM_INFINITY &&
      (unsigned long long)ap->maxchild >
          (rl.rlim_cur - ALCOVE_FDS_FIXED) / ALCOVE_FDS_PER_CHILD)
    (void)alcove_child_resize(
        ap, (int)((rl.rlim_cur - ALCOVE_FDS_FIXED) / ALCOVE_FDS_PER_CHILD));

  return alcove_mk_ok(reply);
}
