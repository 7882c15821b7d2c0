/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* pidfd_send_signal(2): ok. No siginfo: the kernel fills it in as for
 * kill(2). */
int alcove_sys_pidfd_send_signal(alcove_state_t *ap, const char *arg,
                                 size_t len, int *index, ei_x_buff *reply) {
  int pidfd = -1;
  long long sig = 0;
  long long flags = 0;
  int rv1;
  int rv2;

  (void)ap;

  /* pidfd: int32 */
  if (alcove_decode_int(arg, len, index, &pidfd) < 0)
    return -1;
  /* signal: constant */
  rv1 = alcove_decode_constant(arg, len, index, &sig, alcove_signal_constants);
  if (rv1 < 0)
    return -1;
  /* flags: constant list */
  rv2 = alcove_decode_constant_list(arg, len, index, &flags,
                                    alcove_file_constants);
  if (rv2 < 0)
    return -1;
  if (rv1 == 1 || rv2 == 1)
    return alcove_mk_error(reply, "enotsup");
  if (sig < 0 || sig > INT_MAX || flags < 0 || flags > UINT32_MAX)
    return -1;

#ifdef SYS_pidfd_send_signal
  if (syscall(SYS_pidfd_send_signal, pidfd, (int)sig, NULL,
              (unsigned int)flags) < 0)
    return alcove_mk_errno(reply, errno);
  return alcove_mk_ok(reply);
#else
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
