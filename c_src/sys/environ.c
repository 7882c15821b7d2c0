/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_reply.h"
#include "alcove_term.h"

extern char **environ;

/* environ(7): ["NAME=value"] */
int alcove_sys_environ(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  int start = reply->index;
  char **e;

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  for (e = environ; e != NULL && *e != NULL; e++) {
    if (alcove_encode_list_header(reply, 1) < 0 ||
        alcove_mk_binary(reply, *e, strlen(*e)) < 0)
      goto err;
    if ((size_t)reply->index > ALCOVE_REPLY_MAX) {
      reply->index = start;
      return alcove_mk_error(reply, "eoverflow");
    }
  }

  return alcove_encode_empty_list(reply);

err:
  reply->index = start;
  return alcove_mk_errno(reply, ENOMEM);
}
