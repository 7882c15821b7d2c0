/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* execveat(2): does not return on success. With at_empty_path and an
 * empty Path, runs the file open at DirFD (a memfd, say). */
int alcove_sys_execveat(alcove_state_t *ap, const char *arg, size_t len,
                        int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  int dirfd = -1;
  char **argv = NULL;
  char **envp = NULL;
  char *empty[] = {NULL};
  long long flags = 0;
  int rv = -1;
  int found;

  /* dirfd: int32 | at_fdcwd */
  if (alcove_decode_dirfd(arg, len, index, &dirfd) < 0)
    return -1;
  /* path: iodata, may be empty */
  if (alcove_decode_atpath(arg, len, index, path) < 0)
    return -1;
  /* argv: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &argv) < 0)
    goto out;
  /* env: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &envp) < 0)
    goto out;
  /* flags: constant list of at_* */
  found = alcove_decode_constant_list(arg, len, index, &flags,
                                      alcove_file_constants);
  if (found < 0)
    goto out;
  if (found == 1) {
    rv = alcove_mk_error(reply, "enotsup");
    goto out;
  }
  if (flags < 0 || flags > INT_MAX)
    goto out;

#ifdef SYS_execveat
  alcove_proc_pre_exec(ap);
  (void)syscall(SYS_execveat, dirfd, path, argv != NULL ? argv : empty,
                envp != NULL ? envp : empty, (int)flags);
  rv = errno;
  alcove_proc_exec_failed(ap);
  rv = alcove_mk_errno(reply, rv);
#else
  (void)ap;
  (void)empty;
  rv = alcove_mk_errno(reply, ENOSYS);
#endif

out:
  alcove_free_argv(argv);
  alcove_free_argv(envp);
  return rv;
}
