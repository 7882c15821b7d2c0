/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/wait.h>

static int alcove_mk_waitstatus(ei_x_buff *reply, int status);

/* [{exit_status, N} | {termsig, Sig} | {stopsig, Sig} | continued] */
static int alcove_mk_waitstatus(ei_x_buff *reply, int status) {
  if (WIFEXITED(status)) {
    if (ei_x_encode_list_header(reply, 1) < 0 ||
        ei_x_encode_tuple_header(reply, 2) < 0 ||
        alcove_mk_atom(reply, "exit_status") < 0 ||
        alcove_mk_long(reply, WEXITSTATUS(status)) < 0)
      return -1;
  } else if (WIFSIGNALED(status)) {
    if (ei_x_encode_list_header(reply, 1) < 0 ||
        ei_x_encode_tuple_header(reply, 2) < 0 ||
        alcove_mk_atom(reply, "termsig") < 0 ||
        alcove_mk_atom(reply, alcove_signame(WTERMSIG(status))) < 0)
      return -1;
  } else if (WIFSTOPPED(status)) {
    if (ei_x_encode_list_header(reply, 1) < 0 ||
        ei_x_encode_tuple_header(reply, 2) < 0 ||
        alcove_mk_atom(reply, "stopsig") < 0 ||
        alcove_mk_atom(reply, alcove_signame(WSTOPSIG(status))) < 0)
      return -1;
  } else if (WIFCONTINUED(status)) {
    if (ei_x_encode_list_header(reply, 1) < 0 ||
        alcove_mk_atom(reply, "continued") < 0)
      return -1;
  }
  return ei_x_encode_empty_list(reply);
}

/* waitpid(2): {ok, Pid, RawStatus, [Status]} */
int alcove_sys_waitpid(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int pid = 0;
  long long options = 0;
  int status = 0;
  pid_t rv;

  /* pid: int32 */
  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;
  /* options: constant list of w* */
  switch (alcove_decode_constant_list(arg, len, index, &options,
                                      alcove_wait_constants)) {
  case 0:
    break;
  case 1:
    return alcove_mk_error(reply, "enotsup");
  default:
    return -1;
  }

  if (options < INT_MIN || options > INT_MAX)
    return -1;

  rv = waitpid(pid, &status, (int)options);
  if (rv < 0)
    return alcove_mk_errno(reply, errno);

  if (rv > 0 && (WIFEXITED(status) || WIFSIGNALED(status))) {
    /* the slot is freed once its descriptors reach EOF, as for children
     * the loop reaps itself; no event is sent for it */
    alcove_child_t *c = alcove_child_get(ap, rv);
    if (c != NULL) {
      c->exited = 1;
      c->status = status;
    }
  }

  if (ei_x_encode_tuple_header(reply, 4) < 0 ||
      alcove_mk_atom(reply, "ok") < 0 || alcove_mk_long(reply, rv) < 0 ||
      alcove_mk_long(reply, status) < 0)
    return -1;

  if (rv == 0)
    return ei_x_encode_empty_list(reply);

  return alcove_mk_waitstatus(reply, status);
}
