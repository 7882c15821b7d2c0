/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* memfd_create(2): {ok, FD}, an anonymous file in memory */
int alcove_sys_memfd_create(alcove_state_t *ap, const char *arg, size_t len,
                            int *index, ei_x_buff *reply) {
  char name[PATH_MAX];
  long long flags = 0;
  int rv;

  (void)ap;

  /* name: iodata, no NUL (the kernel limits it to 249 bytes: einval) */
  if (alcove_decode_atpath(arg, len, index, name) < 0)
    return -1;
  /* flags: constant list of mfd_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_file_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef SYS_memfd_create
  {
    long fd = syscall(SYS_memfd_create, name, (unsigned int)flags);
    if (fd < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok_long(reply, fd);
  }
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
