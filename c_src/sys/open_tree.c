/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_mountapi.h"

/* open_tree(2): {ok, FD}. With open_tree_clone a detached copy of the
 * mount (at_recursive: of the whole tree), ready for mount_setattr and
 * move_mount. */
int alcove_sys_open_tree(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  int dirfd = -1;
  long long flags = 0;
  int rv;

  (void)ap;

  /* dirfd: int32 | at_fdcwd */
  if (alcove_decode_dirfd(arg, len, index, &dirfd) < 0)
    return -1;
  /* path: iodata, may be empty (at_empty_path) */
  if (alcove_decode_atpath(arg, len, index, path) < 0)
    return -1;
  /* flags: constant list of open_tree_*, at_* */
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
    long fd = syscall(SYS_open_tree, dirfd, path, (unsigned int)flags);
    if (fd < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok_long(reply, fd);
  }
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
