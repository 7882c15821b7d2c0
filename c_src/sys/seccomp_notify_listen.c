/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <time.h>
#ifdef __linux__
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#endif

/* How long the hand-over waits for the child to install its filter: it
 * replied just before, so this is the time of one seccomp(2). */
#define ALCOVE_LISTEN_WAIT_MS 2000

/* seccomp_notify_listen(Pid, FD): ok. Take the seccomp listener FD of
 * child Pid (announced by its seccomp_notify) with pidfd_getfd(2) and
 * poll it: from now on the child's notifications are events about it.
 * {error, esrch}: no such child; {error, ebusy}: it has a listener here
 * already; {error, einval}: FD is not a listener (the filter could not
 * be installed); {error, etimedout}: the child installed nothing. */
int alcove_sys_seccomp_notify_listen(alcove_state_t *ap, const char *arg,
                                     size_t len, int *index, ei_x_buff *reply) {
  pid_t pid = 0;
  int target = -1;
  alcove_child_t *c;

  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;
  if (alcove_decode_int(arg, len, index, &target) < 0)
    return -1;

  c = alcove_child_get(ap, pid);
  if (c == NULL || c->exited)
    return alcove_mk_errno(reply, ESRCH);
  if (c->notify_fd >= 0)
    return alcove_mk_errno(reply, EBUSY);

#if defined(__linux__) && defined(SYS_pidfd_getfd) &&                          \
    defined(SECCOMP_IOCTL_NOTIF_ID_VALID)
  {
    int waited;

    if (c->pidfd < 0)
      return alcove_mk_errno(reply, ENOSYS);

    for (waited = 0;; waited++) {
      int fd = (int)syscall(SYS_pidfd_getfd, c->pidfd, target, 0);
      uint64_t id = 0;
      struct timespec ts = {0, 1000 * 1000 / 10}; /* 0.1 ms */

      if (fd >= 0) {
        /* a listener knows no notification 0: ENOENT; anything else
         * fails with ENOTTY or EINVAL */
        if (ioctl(fd, SECCOMP_IOCTL_NOTIF_ID_VALID, &id) < 0 &&
            errno == ENOENT) {
          c->notify_fd = fd;
          return alcove_mk_ok(reply);
        }
        (void)close(fd);
        return alcove_mk_errno(reply, EINVAL);
      }
      if (errno != EBADF)
        return alcove_mk_errno(reply, errno);
      if (waited >= ALCOVE_LISTEN_WAIT_MS * 10)
        return alcove_mk_errno(reply, ETIMEDOUT);
      (void)nanosleep(&ts, NULL);
    }
  }
#else
  (void)target;
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
