/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_mountapi.h"

/* mount_setattr(2): ok. Attr is a map: attr_set and attr_clr (lists of
 * mount_attr_*), propagation (ms_private, ms_shared, ms_slave,
 * ms_unbindable) and userns_fd (with mount_attr_idmap: the user
 * namespace whose mapping the mount shows). Another key is malformed. */
int alcove_sys_mount_setattr(alcove_state_t *ap, const char *arg, size_t len,
                             int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  char key[MAXATOMLEN_UTF8];
  int dirfd = -1;
  long long flags = 0;
  long long set = 0;
  long long clr = 0;
  long long prop = 0;
  int userns = -1;
  int unknown = 0;
  int arity;
  int i;
  int rv;

  (void)ap;

  /* dirfd, path */
  if (alcove_decode_dirfd(arg, len, index, &dirfd) < 0 ||
      alcove_decode_atpath(arg, len, index, path) < 0)
    return -1;
  /* flags: at_* */
  rv = alcove_decode_constant_list(arg, len, index, &flags,
                                   alcove_mount_constants);
  if (rv < 0)
    return -1;
  if (rv == 1)
    unknown = 1;
  /* attr: map */
  if (alcove_decode_map_header(arg, len, index, &arity) < 0)
    return -1;
  for (i = 0; i < arity; i++) {
    if (alcove_decode_atom(arg, len, index, key) < 0)
      return -1;
    if (strcmp(key, "attr_set") == 0)
      rv = alcove_decode_constant_list(arg, len, index, &set,
                                       alcove_mount_constants);
    else if (strcmp(key, "attr_clr") == 0)
      rv = alcove_decode_constant_list(arg, len, index, &clr,
                                       alcove_mount_constants);
    else if (strcmp(key, "propagation") == 0)
      rv = alcove_decode_constant(arg, len, index, &prop,
                                  alcove_mount_constants);
    else if (strcmp(key, "userns_fd") == 0)
      rv = alcove_decode_int(arg, len, index, &userns);
    else
      return -1;
    if (rv < 0)
      return -1;
    if (rv == 1)
      unknown = 1;
  }
  if (unknown)
    return alcove_mk_error(reply, "enotsup");
  if (flags < 0 || flags > UINT32_MAX || set < 0 || clr < 0 || prop < 0)
    return -1;

#ifdef ALCOVE_HAVE_MOUNT_SETATTR
  {
    struct alcove_mount_attr attr;

    memset(&attr, 0, sizeof(attr));
    attr.attr_set = (uint64_t)set;
    attr.attr_clr = (uint64_t)clr;
    attr.propagation = (uint64_t)prop;
    attr.userns_fd = userns < 0 ? 0 : (uint64_t)userns;

    if (syscall(SYS_mount_setattr, dirfd, path, (unsigned int)flags, &attr,
                sizeof(attr)) < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok(reply);
  }
#else
  (void)userns;
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
