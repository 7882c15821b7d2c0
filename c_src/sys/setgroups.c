/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <grp.h>

/* setgroups(2) */
int alcove_sys_setgroups(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  gid_t *list = NULL;
  int type = 0;
  int n = 0;
  int i;
  int rv = -1;

  (void)ap;

  /* groups: [uint32]; small gids arrive as a string */
  if (alcove_decode_type(arg, len, index, &type, &n) < 0)
    return -1;

  if (type != ERL_NIL_EXT && type != ERL_STRING_EXT && type != ERL_LIST_EXT)
    return -1;

  list = calloc((size_t)n + 1, sizeof(*list));
  if (list == NULL)
    return alcove_mk_errno(reply, ENOMEM);

  if (type == ERL_STRING_EXT) {
    char *bytes = NULL;
    size_t nbytes = 0;

    if (alcove_decode_iolist(arg, len, index, &bytes, &nbytes) < 0)
      goto out;
    for (i = 0; i < n && (size_t)i < nbytes; i++)
      list[i] = (unsigned char)bytes[i];
    free(bytes);
  } else {
    if (alcove_decode_list_header(arg, len, index, &n) < 0)
      goto out;
    for (i = 0; i < n; i++) {
      unsigned int gid = 0;
      if (alcove_decode_uint(arg, len, index, &gid) < 0)
        goto out;
      list[i] = (gid_t)gid;
    }
    if (n > 0 && alcove_decode_list_header(arg, len, index, &i) < 0)
      goto out; /* the [] tail */
    if (n > 0 && i != 0)
      goto out;
  }

  if (setgroups((size_t)n, list) < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok(reply);

out:
  free(list);
  return rv;
}
