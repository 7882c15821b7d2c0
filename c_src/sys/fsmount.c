/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_mountapi.h"

/* fsmount(2): {ok, FD}, a detached mount of a created filesystem context,
 * to attach with move_mount */
int alcove_sys_fsmount(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int fd = -1;
  long long flags = 0;
  long long attr = 0;
  int rv1;
  int rv2;

  (void)ap;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* flags: fsmount_*; attr flags: mount_attr_* */
  rv1 = alcove_decode_constant_list(arg, len, index, &flags,
                                    alcove_mount_constants);
  if (rv1 < 0)
    return -1;
  rv2 = alcove_decode_constant_list(arg, len, index, &attr,
                                    alcove_mount_constants);
  if (rv2 < 0)
    return -1;
  if (rv1 == 1 || rv2 == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX || attr < 0 || attr > UINT32_MAX)
    return -1;

#ifdef ALCOVE_HAVE_MOUNT_API
  {
    long mfd =
        syscall(SYS_fsmount, fd, (unsigned int)flags, (unsigned int)attr);
    if (mfd < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok_long(reply, mfd);
  }
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
