/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_term.h"

/* getgroups(2): {ok, [Gid]}, in reverse of the kernel's order (as alcove
 * 1.0.1 returns them) */
int alcove_sys_getgroups(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  gid_t *list;
  int n;
  int i;
  int rv = -1;

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  n = getgroups(0, NULL);
  if (n < 0)
    return alcove_mk_errno(reply, errno);

  list = calloc((size_t)n + 1, sizeof(*list));
  if (list == NULL)
    return alcove_mk_errno(reply, ENOMEM);

  /* the list can change between the two calls: EINVAL then */
  n = getgroups(n, list);
  if (n < 0) {
    rv = alcove_mk_errno(reply, errno);
    goto out;
  }

  if (alcove_encode_tuple_header(reply, 2) < 0 || alcove_mk_ok(reply) < 0)
    goto out;

  for (i = n - 1; i >= 0; i--) {
    if (alcove_encode_list_header(reply, 1) < 0 ||
        alcove_mk_ulong(reply, list[i]) < 0)
      goto out;
  }

  rv = alcove_encode_empty_list(reply);

out:
  free(list);
  return rv;
}
