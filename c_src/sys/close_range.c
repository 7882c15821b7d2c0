/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* close_range(2): ok. The port's own ends of its children in the range
 * are closed through the child table first, as close/1 does, so that it
 * stays true (not with close_range_cloexec, which closes nothing yet). */
int alcove_sys_close_range(alcove_state_t *ap, const char *arg, size_t len,
                           int *index, ei_x_buff *reply) {
  unsigned int first = 0;
  unsigned int last = 0;
  long long flags = 0;
  int rv;
  int i;

  /* first, last: uint32 */
  if (alcove_decode_uint(arg, len, index, &first) < 0)
    return -1;
  if (alcove_decode_uint(arg, len, index, &last) < 0)
    return -1;
  /* flags: constant list of close_range_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_file_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef SYS_close_range
  if (first > last)
    return alcove_mk_errno(reply, EINVAL);

  /* CLOSE_RANGE_CLOEXEC (linux/close_range.h) */
  if (((unsigned long long)flags & (1U << 2)) == 0) {
    for (i = 0; i < ap->maxchild; i++) {
      alcove_child_t *c = &ap->child[i];
      int fds[5];
      int k;

      if (c->pid == 0)
        continue;
      fds[0] = c->chan;
      fds[1] = c->stdin_fd;
      fds[2] = c->stdout_fd;
      fds[3] = c->stderr_fd;
      fds[4] = c->pidfd;
      for (k = 0; k < 5; k++) {
        if (fds[k] >= 0 && (unsigned int)fds[k] >= first &&
            (unsigned int)fds[k] <= last)
          (void)alcove_relay_close_fd(ap, fds[k]);
      }
    }
  }

  if (syscall(SYS_close_range, first, last, (unsigned int)flags) < 0)
    return alcove_mk_errno(reply, errno);
  return alcove_mk_ok(reply);
#else
  (void)ap;
  (void)i;
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
