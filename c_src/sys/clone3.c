/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <fcntl.h>
#ifdef __linux__
#include <linux/sched.h>
#endif

/* clone3(2): a child running the event loop, like clone/1, made with
 * clone3. Args is a map: flags (constant list of clone_*) and cgroup (the
 * path of a cgroup v2 directory the child is created in). Another key is
 * malformed. clone_pidfd is refused (einval): pidfd_open/2 gives one. */
int alcove_sys_clone3(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  alcove_clone3_t c3;
  char key[MAXATOMLEN_UTF8];
  char cgroup[PATH_MAX];
  int have_cgroup = 0;
  long long flags = 0;
  int unknown = 0;
  int arity;
  int i;
  int rv;
  pid_t pid;
  int saved;

  /* args: map */
  if (alcove_decode_map_header(arg, len, index, &arity) < 0)
    return -1;
  for (i = 0; i < arity; i++) {
    if (alcove_decode_atom(arg, len, index, key) < 0)
      return -1;
    if (strcmp(key, "flags") == 0) {
      rv = alcove_decode_constant_list(arg, len, index, &flags,
                                       alcove_clone_constants);
      if (rv < 0)
        return -1;
      if (rv == 1)
        unknown = 1;
    } else if (strcmp(key, "cgroup") == 0) {
      if (alcove_decode_path(arg, len, index, cgroup) < 0)
        return -1;
      have_cgroup = 1;
    } else {
      return -1;
    }
  }
  if (unknown)
    return alcove_mk_error(reply, "enotsup");

#if defined(CLONE_PIDFD)
  if ((unsigned long long)flags & CLONE_PIDFD)
    return alcove_mk_errno(reply, EINVAL);
#endif
#if defined(CLONE_INTO_CGROUP)
  /* set from the cgroup key only: alone it would name descriptor 0 */
  flags = (long long)((unsigned long long)flags & ~CLONE_INTO_CGROUP);
#endif

  c3.flags = (unsigned long long)flags;
  c3.cgroup = -1;
  if (have_cgroup) {
    c3.cgroup = open(cgroup, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (c3.cgroup < 0)
      return alcove_mk_errno(reply, errno);
  }

  pid = alcove_proc_spawn3(ap, &c3);
  saved = errno;
  if (c3.cgroup >= 0)
    (void)close(c3.cgroup);
  if (pid < 0)
    return alcove_mk_errno(reply, saved);
  if (pid == 0)
    return 0; /* the new child: its parent replies */

  return alcove_mk_ok_long(reply, pid);
}
