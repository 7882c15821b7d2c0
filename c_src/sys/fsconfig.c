/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_mountapi.h"
#include "alcove_term.h"

static int decode_opt(const char *arg, size_t len, int *index, char **out,
                      size_t *outlen);

/* fsconfig(2): ok. Key and Value are iodata or [] (NULL): for
 * fsconfig_set_string both are strings, for fsconfig_set_flag only Key,
 * for fsconfig_cmd_create neither; Value of fsconfig_set_binary is the
 * blob (Aux its size), Aux of fsconfig_set_fd the descriptor. */
int alcove_sys_fsconfig(alcove_state_t *ap, const char *arg, size_t len,
                        int *index, ei_x_buff *reply) {
  int fd = -1;
  long long cmd = 0;
  char *key = NULL;
  char *value = NULL;
  size_t keylen = 0;
  size_t valuelen = 0;
  int aux = 0;
  int rv = -1;
  int found;

  (void)ap;

  /* fd: int32 */
  if (alcove_decode_int(arg, len, index, &fd) < 0)
    return -1;
  /* cmd: constant fsconfig_* */
  found = alcove_decode_constant(arg, len, index, &cmd, alcove_mount_constants);
  if (found < 0)
    return -1;
  /* key, value: iodata | [] */
  if (decode_opt(arg, len, index, &key, &keylen) < 0)
    goto out;
  if (decode_opt(arg, len, index, &value, &valuelen) < 0)
    goto out;
  /* aux: int32 */
  if (alcove_decode_int(arg, len, index, &aux) < 0)
    goto out;
  if (found == 1) {
    rv = alcove_mk_error(reply, "enotsup");
    goto out;
  }
  if (cmd < 0 || cmd > UINT32_MAX)
    goto out;
  /* a key is a C string */
  if (key != NULL && memchr(key, '\0', keylen) != NULL)
    goto out;

#ifdef ALCOVE_HAVE_MOUNT_API
  if (syscall(SYS_fsconfig, fd, (unsigned int)cmd, key, value, aux) < 0)
    rv = alcove_mk_errno(reply, errno);
  else
    rv = alcove_mk_ok(reply);
#else
  (void)valuelen;
  rv = alcove_mk_errno(reply, ENOSYS);
#endif

out:
  free(key);
  free(value);
  return rv;
}

/* [] gives NULL; anything else must be iodata (NUL-terminated copy) */
static int decode_opt(const char *arg, size_t len, int *index, char **out,
                      size_t *outlen) {
  int type;
  int arity;

  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;
  if (type == ERL_NIL_EXT) {
    int n;
    *out = NULL;
    *outlen = 0;
    return alcove_decode_list_header(arg, len, index, &n);
  }
  return alcove_decode_iolist(arg, len, index, out, outlen);
}
