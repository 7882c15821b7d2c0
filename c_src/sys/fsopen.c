/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_mountapi.h"

/* fsopen(2): {ok, FD}, a filesystem context to configure with fsconfig */
int alcove_sys_fsopen(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char fsname[PATH_MAX];
  long long flags = 0;
  int rv;

  (void)ap;

  /* fsname: iodata */
  if (alcove_decode_path(arg, len, index, fsname) < 0)
    return -1;
  /* flags: constant list of fsopen_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_mount_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef ALCOVE_HAVE_MOUNT_API
  {
    long fd = syscall(SYS_fsopen, fsname, (unsigned int)flags);
    if (fd < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok_long(reply, fd);
  }
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
