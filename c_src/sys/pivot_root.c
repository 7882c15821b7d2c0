/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* pivot_root(2): ok */
int alcove_sys_pivot_root(alcove_state_t *ap, const char *arg, size_t len,
                          int *index, ei_x_buff *reply) {
  char new_root[PATH_MAX];
  char put_old[PATH_MAX];

  (void)ap;

  /* new_root: path */
  if (alcove_decode_path(arg, len, index, new_root) < 0)
    return -1;

  /* put_old: path */
  if (alcove_decode_path(arg, len, index, put_old) < 0)
    return -1;

  /* glibc has no wrapper for it */
  if (syscall(SYS_pivot_root, new_root, put_old) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
}
