/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_landlock.h"

/* landlock_restrict_self(2): ok. The process needs no_new_privs (prctl
 * pr_set_no_new_privs) or CAP_SYS_ADMIN in its user namespace. */
int alcove_sys_landlock_restrict_self(alcove_state_t *ap, const char *arg,
                                      size_t len, int *index,
                                      ei_x_buff *reply) {
#ifdef ALCOVE_HAVE_LANDLOCK
  int fd = -1;
  long long flags = 0;
  int rv;

  (void)ap;

  /* ruleset fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* flags: constant list of landlock_restrict_self_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_landlock_flag_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

  if (syscall(SYS_landlock_restrict_self, fd, (uint32_t)flags) < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
#else
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_error(reply, "enosys");
#endif
}
