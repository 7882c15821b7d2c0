/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_landlock.h"
#include "alcove_term.h"

/* landlock_add_rule(2): ok.
 *
 * Rule is {path_beneath, ParentFD, [Right]} or {net_port, Port, [Right]};
 * flags are always 0 (none are defined). */
int alcove_sys_landlock_add_rule(alcove_state_t *ap, const char *arg,
                                 size_t len, int *index, ei_x_buff *reply) {
#ifdef ALCOVE_HAVE_LANDLOCK
  struct alcove_landlock_path_beneath_attr pb;
  struct alcove_landlock_net_port_attr np;
  char type[MAXATOMLEN_UTF8];
  int rulesetfd = -1;
  int arity = 0;
  int fd = -1;
  unsigned int port = 0;
  long long access = 0;
  int rv;
  long r;

  (void)ap;
  memset(&pb, 0, sizeof(pb));
  memset(&np, 0, sizeof(np));

  /* ruleset fd: int32 */
  if (alcove_decode_int(arg, len, index, &rulesetfd) < 0)
    return -1;
  /* rule: {Type, FD | Port, [Right]} */
  if (alcove_decode_tuple_header(arg, len, index, &arity) < 0 || arity != 3)
    return -1;
  if (alcove_decode_atom(arg, len, index, type) < 0)
    return -1;

  if (strcmp(type, "path_beneath") == 0) {
    if (alcove_decode_int(arg, len, index, &fd) < 0)
      return -1;
    rv = alcove_decode_constant_list(arg, len, index, &access,
                                     alcove_landlock_fs_constants);
    if (rv < 0)
      return -1;
    if (rv == 1)
      return alcove_mk_error(reply, "enotsup");
    pb.allowed_access = (uint64_t)access;
    pb.parent_fd = fd;
    r = syscall(SYS_landlock_add_rule, rulesetfd,
                ALCOVE_LANDLOCK_RULE_PATH_BENEATH, &pb, 0U);
  } else if (strcmp(type, "net_port") == 0) {
    if (alcove_decode_uint(arg, len, index, &port) < 0 || port > 65535)
      return -1;
    rv = alcove_decode_constant_list(arg, len, index, &access,
                                     alcove_landlock_net_constants);
    if (rv < 0)
      return -1;
    if (rv == 1)
      return alcove_mk_error(reply, "enotsup");
    np.allowed_access = (uint64_t)access;
    np.port = port;
    r = syscall(SYS_landlock_add_rule, rulesetfd, ALCOVE_LANDLOCK_RULE_NET_PORT,
                &np, 0U);
  } else {
    return -1;
  }

  if (r < 0)
    return alcove_mk_errno(reply, errno);

  return alcove_mk_ok(reply);
#else
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_error(reply, "enosys");
#endif
}
