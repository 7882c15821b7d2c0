/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_term.h"

#ifdef __linux__
#include <sys/syscall.h>
#endif

/* seccomp(2): ok */
int alcove_sys_seccomp(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  long long operation = 0;
  long long flags = 0;
  int type;
  int arity;
  alcove_cstruct_t prog;
  long rv;
  int ret = -1;

  memset(&prog, 0, sizeof(prog));

  /* operation: constant (seccomp table) */
  switch (alcove_decode_constant(arg, len, index, &operation,
                                 alcove_seccomp_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  /* flags: constant (seccomp table) */
  switch (alcove_decode_constant(arg, len, index, &flags,
                                 alcove_seccomp_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (operation < 0 || operation > UINT_MAX || flags < 0 || flags > UINT_MAX)
    return -1;

  /* prog: [] (NULL) or cstruct (struct sock_fprog) */
  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;

  if (type == ERL_NIL_EXT) {
    if (alcove_decode_list_header(arg, len, index, &arity) < 0)
      return -1;
  } else if (alcove_decode_cstruct(arg, len, index, ALCOVE_CSTRUCT_SIZE_MAX,
                                   &prog) < 0) {
    return -1;
  }

  /* glibc has no wrapper for it */
  rv = syscall(SYS_seccomp, (unsigned int)operation, (unsigned int)flags,
               prog.buf);
  if (rv < 0) {
    ret = alcove_mk_errno(reply, errno);
    goto done;
  }

  ap->filtered = 1;
  ret = alcove_mk_ok(reply);

done:
  alcove_cstruct_free(&prog);
  return ret;
}
