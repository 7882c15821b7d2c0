/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* pidfd_open(2): {ok, FD} */
int alcove_sys_pidfd_open(alcove_state_t *ap, const char *arg, size_t len,
                          int *index, ei_x_buff *reply) {
  int pid = 0;
  long long flags = 0;
  int rv;

  (void)ap;

  /* pid: int32 */
  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;
  /* flags: constant list of pidfd_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_file_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef SYS_pidfd_open
  {
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned int)flags);
    if (fd < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok_long(reply, fd);
  }
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
