/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_term.h"

#ifdef __linux__
#include <sys/ptrace.h>
#endif

/* glibc declares the request as an enum, musl as an int */
#ifdef __GLIBC__
typedef enum __ptrace_request alcove_ptrace_request_t;
#else
typedef int alcove_ptrace_request_t;
#endif

/* ptrace(2): {ok, Result, AddrOut, DataOut} */
int alcove_sys_ptrace(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  long long request = 0;
  int pid = 0;
  /* separate allocations: alcove 1.0.1 shared one list between them
   * (spec/API.md 12.16) */
  alcove_ptrarg_t addr;
  alcove_ptrarg_t data;
  long rv;
  int ret = -1;

  (void)ap;
  memset(&addr, 0, sizeof(addr));
  memset(&data, 0, sizeof(data));

  /* request: constant (ptrace table) */
  switch (alcove_decode_constant(arg, len, index, &request,
                                 alcove_ptrace_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (request < INT_MIN || request > INT_MAX)
    return -1;

  /* pid: int32 */
  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;

  /* addr: uint64 (by value), binary or cstruct (by pointer) */
  if (alcove_decode_ptrarg(arg, len, index, ALCOVE_PTRARG_UINT64, NULL,
                           ALCOVE_CSTRUCT_SIZE_MAX, &addr) != 0)
    goto done;

  /* data: uint64 (by value), binary or cstruct (by pointer) */
  if (alcove_decode_ptrarg(arg, len, index, ALCOVE_PTRARG_UINT64, NULL,
                           ALCOVE_CSTRUCT_SIZE_MAX, &data) != 0)
    goto done;

  /* PEEK requests return the word read: -1 is a valid word, only errno
   * tells a failure apart */
  errno = 0;
  rv = ptrace((alcove_ptrace_request_t)request, (pid_t)pid,
              (void *)(uintptr_t)alcove_ptrarg_word(&addr),
              (void *)(uintptr_t)alcove_ptrarg_word(&data));
  if (rv == -1 && errno != 0) {
    ret = alcove_mk_errno(reply, errno);
    goto done;
  }

  if (alcove_encode_tuple_header(reply, 4) < 0 ||
      alcove_mk_atom(reply, "ok") < 0 || alcove_mk_long(reply, rv) < 0 ||
      alcove_encode_ptrarg(reply, &addr, 1) < 0 ||
      alcove_encode_ptrarg(reply, &data, 1) < 0)
    goto done;

  ret = 0;

done:
  alcove_ptrarg_free(&addr);
  alcove_ptrarg_free(&data);
  return ret;
}
