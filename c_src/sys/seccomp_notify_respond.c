/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_notify.h"

/* seccomp_notify_respond(Pid, Id, Response): ok. Answer notification Id
 * of child Pid's listener: `continue' (the call runs), {errno, E} (it
 * fails with E, an atom or a positive number) or {value, N} (it returns
 * N without running). {error, enoent}: no longer valid (the caller died
 * or was interrupted, it was answered already, or the child is gone). */
int alcove_sys_seccomp_notify_respond(alcove_state_t *ap, const char *arg,
                                      size_t len, int *index,
                                      ei_x_buff *reply) {
  pid_t pid = 0;
  unsigned long long id = 0;
  int type;
  int arity;
  char atom[MAXATOMLEN_UTF8];
  int error = 0;
  long long val = 0;
  int cont = 0;
  alcove_child_t *c;

  if (alcove_decode_int(arg, len, index, &pid) < 0)
    return -1;
  if (alcove_decode_ulonglong(arg, len, index, &id) < 0)
    return -1;
  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;

  if (type == ERL_SMALL_TUPLE_EXT || type == ERL_LARGE_TUPLE_EXT) {
    if (alcove_decode_tuple_header(arg, len, index, &arity) < 0 || arity != 2 ||
        alcove_decode_atom(arg, len, index, atom) < 0)
      return -1;
    if (strcmp(atom, "value") == 0) {
      if (alcove_decode_longlong(arg, len, index, &val) < 0)
        return -1;
    } else if (strcmp(atom, "errno") == 0) {
      int t2;
      int a2;
      if (alcove_decode_type(arg, len, index, &t2, &a2) < 0)
        return -1;
      if (t2 == ERL_SMALL_INTEGER_EXT || t2 == ERL_INTEGER_EXT) {
        if (alcove_decode_int(arg, len, index, &error) < 0 || error <= 0 ||
            error > 4095)
          return -1;
      } else {
        if (alcove_decode_atom(arg, len, index, atom) < 0)
          return -1;
        error = alcove_errno_num(atom);
        if (error == 0)
          return alcove_mk_error(reply, "enotsup");
      }
      error = -error;
    } else {
      return -1;
    }
  } else {
    if (alcove_decode_atom(arg, len, index, atom) < 0 ||
        strcmp(atom, "continue") != 0)
      return -1;
    cont = 1;
  }

  c = alcove_child_get(ap, pid);
  if (c == NULL)
    return alcove_mk_errno(reply, ENOENT);
  if (alcove_notify_send(c, id, error, val, cont) < 0)
    return alcove_mk_errno(reply, errno);
  return alcove_mk_ok(reply);
}
