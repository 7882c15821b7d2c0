/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* pidfd_getfd(2): {ok, FD}, a duplicate (close-on-exec) of descriptor
 * TargetFD of the process behind PidFD. Needs ptrace access to it. */
int alcove_sys_pidfd_getfd(alcove_state_t *ap, const char *arg, size_t len,
                           int *index, ei_x_buff *reply) {
  int pidfd = -1;
  int targetfd = -1;
  long long flags = 0;
  int rv;

  (void)ap;

  /* pidfd: int32 */
  if (alcove_decode_int(arg, len, index, &pidfd) < 0)
    return -1;
  /* target fd: int32 */
  if (alcove_decode_int(arg, len, index, &targetfd) < 0)
    return -1;
  /* flags: constant list (none defined yet) */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_file_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef SYS_pidfd_getfd
  {
    long fd = syscall(SYS_pidfd_getfd, pidfd, targetfd, (unsigned int)flags);
    if (fd < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok_long(reply, fd);
  }
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
