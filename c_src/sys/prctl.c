/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_term.h"

#ifdef __linux__
#include <sys/prctl.h>
#endif

#define PRCTL_NARGS 4

/* prctl(2): {ok, Result, Arg2, Arg3, Arg4, Arg5} */
int alcove_sys_prctl(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  long long option = 0;
  alcove_ptrarg_t pa[PRCTL_NARGS];
  int n;
  int rv;
  int ret = -1;

  memset(pa, 0, sizeof(pa));

  /* option: constant (prctl table) */
  switch (alcove_decode_constant(arg, len, index, &option,
                                 alcove_prctl_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (option < INT_MIN || option > INT_MAX)
    return -1;

  /* arg2 .. arg5: uint64, atom (prctl table), [] (0), binary or cstruct
   * (by pointer) */
  for (n = 0; n < PRCTL_NARGS; n++) {
    switch (alcove_decode_ptrarg(
        arg, len, index,
        ALCOVE_PTRARG_UINT64 | ALCOVE_PTRARG_ATOM | ALCOVE_PTRARG_NIL,
        alcove_prctl_constants, ALCOVE_CSTRUCT_SIZE_MAX, &pa[n])) {
    case 0:
      break;
    case 1:
      ret = alcove_mk_error(reply, "enotsup");
      goto done;
    default:
      goto done;
    }
  }

  rv =
      prctl((int)option, alcove_ptrarg_word(&pa[0]), alcove_ptrarg_word(&pa[1]),
            alcove_ptrarg_word(&pa[2]), alcove_ptrarg_word(&pa[3]));
  if (rv < 0) {
    ret = alcove_mk_errno(reply, errno);
    goto done;
  }
#ifdef PR_SET_SECCOMP
  if (option == PR_SET_SECCOMP)
    ap->filtered = 1;
#endif

  if (alcove_encode_tuple_header(reply, 2 + PRCTL_NARGS) < 0 ||
      alcove_mk_atom(reply, "ok") < 0 || alcove_mk_long(reply, rv) < 0)
    goto done;

  for (n = 0; n < PRCTL_NARGS; n++) {
    if (alcove_encode_ptrarg(reply, &pa[n], 0) < 0)
      goto done;
  }

  ret = 0;

done:
  for (n = 0; n < PRCTL_NARGS; n++)
    alcove_ptrarg_free(&pa[n]);
  return ret;
}
