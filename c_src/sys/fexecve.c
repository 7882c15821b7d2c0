/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* fexecve(3): does not return on success */
int alcove_sys_fexecve(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int fd = -1;
  char **argv = NULL;
  char **envp = NULL;
  char *empty[] = {NULL};
  int rv = -1;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* argv: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &argv) < 0)
    goto out;
  /* env: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &envp) < 0)
    goto out;

  /* [] is a NULL vector, which the C library refuses for fexecve(3)
   * (EINVAL) where execve(2) accepts it: pass an empty one */
  alcove_proc_pre_exec(ap);
  (void)fexecve(fd, argv != NULL ? argv : empty, envp != NULL ? envp : empty);
  rv = errno;
  alcove_proc_exec_failed(ap);
  rv = alcove_mk_errno(reply, rv);

out:
  alcove_free_argv(argv);
  alcove_free_argv(envp);
  return rv;
}
