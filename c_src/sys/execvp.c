/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* execvp(3): searches this process's PATH; does not return on success */
int alcove_sys_execvp(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char file[PATH_MAX];
  char **argv = NULL;
  int rv;

  /* file */
  if (alcove_decode_path(arg, len, index, file) < 0)
    return -1;
  /* argv: [iodata()] */
  if (alcove_decode_argv(arg, len, index, &argv) < 0)
    return -1;

  alcove_proc_pre_exec(ap);
  (void)execvp(file, argv);
  rv = errno;
  alcove_proc_exec_failed(ap);
  alcove_free_argv(argv);
  return alcove_mk_errno(reply, rv);
}
