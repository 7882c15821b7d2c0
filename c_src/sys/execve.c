/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* execve(2): does not return on success */
int alcove_sys_execve(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  char **argv = NULL;
  char **envp = NULL;
  int rv = -1;

  /* path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;
  /* argv: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &argv) < 0)
    goto out;
  /* env: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &envp) < 0)
    goto out;

  alcove_proc_pre_exec(ap);
  (void)execve(path, argv, envp);
  rv = errno;
  alcove_proc_exec_failed(ap);
  rv = alcove_mk_errno(reply, rv);

out:
  alcove_free_argv(argv);
  alcove_free_argv(envp);
  return rv;
}
