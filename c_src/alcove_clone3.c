/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <linux/sched.h>
#include <sys/syscall.h>
#endif

/* clone3(2) used like fork(2): no stack is given, so the child runs on a
 * copy of the parent's, and SIGCHLD is its exit signal. With a cgroup
 * descriptor the child is created in that cgroup v2 group: it never runs
 * a single instruction outside it (CLONE_INTO_CGROUP, Linux 5.7). */
pid_t alcove_clone3(const alcove_clone3_t *args) {
#if defined(__linux__) && defined(SYS_clone3) && defined(CLONE_INTO_CGROUP)
  struct clone_args ca;

  memset(&ca, 0, sizeof(ca));
  ca.flags = args->flags;
  ca.exit_signal = SIGCHLD;
  if (args->cgroup >= 0) {
    ca.flags |= CLONE_INTO_CGROUP;
    ca.cgroup = (uint64_t)args->cgroup;
  }

  return (pid_t)syscall(SYS_clone3, &ca, sizeof(ca));
#else
  (void)args;
  errno = ENOSYS;
  return -1;
#endif
}
