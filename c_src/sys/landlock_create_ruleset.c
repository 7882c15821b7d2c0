/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_landlock.h"

/* landlock_create_ruleset(2): {ok, FD}; with landlock_create_ruleset_version
 * in Flags, {ok, ABI} (Attr is then ignored).
 *
 * Attr is a map: handled_access_fs, handled_access_net and scoped, each a
 * list of constants. Another key is malformed. */
int alcove_sys_landlock_create_ruleset(alcove_state_t *ap, const char *arg,
                                       size_t len, int *index,
                                       ei_x_buff *reply) {
#ifdef ALCOVE_HAVE_LANDLOCK
  struct alcove_landlock_ruleset_attr attr;
  char key[MAXATOMLEN_UTF8];
  long long val;
  long long flags = 0;
  int unknown = 0;
  int arity;
  int i;
  int rv;
  long fd;

  (void)ap;
  memset(&attr, 0, sizeof(attr));

  /* attr: map */
  if (alcove_decode_map_header(arg, len, index, &arity) < 0)
    return -1;
  for (i = 0; i < arity; i++) {
    const alcove_constant_t *tbl;
    uint64_t *field;

    if (alcove_decode_atom(arg, len, index, key) < 0)
      return -1;
    if (strcmp(key, "handled_access_fs") == 0) {
      tbl = alcove_landlock_fs_constants;
      field = &attr.handled_access_fs;
    } else if (strcmp(key, "handled_access_net") == 0) {
      tbl = alcove_landlock_net_constants;
      field = &attr.handled_access_net;
    } else if (strcmp(key, "scoped") == 0) {
      tbl = alcove_landlock_scope_constants;
      field = &attr.scoped;
    } else {
      return -1;
    }
    rv = alcove_decode_constant_list(arg, len, index, &val, tbl);
    if (rv < 0)
      return -1;
    if (rv == 1)
      unknown = 1;
    *field = (uint64_t)val;
  }

  /* flags: constant list */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_landlock_flag_constants);
  if (rv < 0)
    return -1;
  if (rv == 1 || unknown)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX)
    return -1;

  if ((unsigned long long)flags & LANDLOCK_CREATE_RULESET_VERSION)
    fd = syscall(SYS_landlock_create_ruleset, NULL, (size_t)0, (uint32_t)flags);
  else
    fd = syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr),
                 (uint32_t)flags);
  if (fd < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok_long(reply, fd);
#else
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_error(reply, "enosys");
#endif
}
