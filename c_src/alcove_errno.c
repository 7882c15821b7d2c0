/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* errno -> the atom Erlang/OTP uses for it (posix() type, erl_errno_id):
 * the lowercase macro name. Aliases (EWOULDBLOCK, EOPNOTSUPP, EDEADLOCK)
 * come last so the first match gives the canonical name: on Linux
 * EAGAIN/EWOULDBLOCK -> eagain and ENOTSUP/EOPNOTSUPP -> enotsup. Guarded
 * entries keep the table valid on every platform; a table rather than a
 * switch tolerates platforms where two names share one number. */

typedef struct {
  int errnum;
  const char *name;
} alcove_errno_t;

#include "sys/alcove_errno_constants.h"

const char *alcove_errno_id(int errnum) {
  const alcove_errno_t *e;

  if (errnum == 0)
    return "unknown";

  for (e = alcove_errnos; e->name != NULL; e++) {
    if (e->errnum == errnum)
      return e->name;
  }

  return "unknown";
}

int alcove_errno_num(const char *name) {
  const alcove_errno_t *e;

  for (e = alcove_errnos; e->name != NULL; e++) {
    if (strcmp(e->name, name) == 0)
      return e->errnum;
  }
  return 0;
}
