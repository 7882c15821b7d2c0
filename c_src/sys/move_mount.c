/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_mountapi.h"

/* move_mount(2): ok. Attaches (or moves) the mount at FromFD/FromPath to
 * ToFD/ToPath; move_mount_f_empty_path takes FromFD itself (from
 * open_tree or fsmount). */
int alcove_sys_move_mount(alcove_state_t *ap, const char *arg, size_t len,
                          int *index, ei_x_buff *reply) {
  char from[PATH_MAX];
  char to[PATH_MAX];
  int fromfd = -1;
  int tofd = -1;
  long long flags = 0;
  int rv;

  (void)ap;

  /* from: dirfd, path */
  if (alcove_decode_dirfd(arg, len, index, &fromfd) < 0 ||
      alcove_decode_atpath(arg, len, index, from) < 0)
    return -1;
  /* to: dirfd, path */
  if (alcove_decode_dirfd(arg, len, index, &tofd) < 0 ||
      alcove_decode_atpath(arg, len, index, to) < 0)
    return -1;
  /* flags: constant list of move_mount_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_mount_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef ALCOVE_HAVE_MOUNT_API
  if (syscall(SYS_move_mount, fromfd, from, tofd, to, (unsigned int)flags) < 0)
    return alcove_mk_errno(reply, errno);
  return alcove_mk_ok(reply);
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
