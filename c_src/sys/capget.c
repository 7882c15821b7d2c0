/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_caps.h"
#include "alcove_term.h"

static int encode_set(ei_x_buff *reply, const char *key, uint64_t set);

/* capget(2) for the calling process:
 * {ok, #{effective => [Cap], permitted => [Cap], inheritable => [Cap]}}
 * with each capability named as in capability_constant (a bit the table
 * has no name for is given as its number). */
int alcove_sys_capget(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
#ifdef ALCOVE_HAVE_CAPS
  struct __user_cap_header_struct hdr;
  struct __user_cap_data_struct data[2];
  alcove_caps_t c;

  (void)ap;
  (void)arg;
  (void)len;
  (void)index;

  memset(&hdr, 0, sizeof(hdr));
  memset(data, 0, sizeof(data));
  hdr.version = _LINUX_CAPABILITY_VERSION_3;
  hdr.pid = 0;

  if (syscall(SYS_capget, &hdr, data) < 0)
    return alcove_mk_errno(reply, errno);

  c.effective = ((uint64_t)data[1].effective << 32) | data[0].effective;
  c.permitted = ((uint64_t)data[1].permitted << 32) | data[0].permitted;
  c.inheritable = ((uint64_t)data[1].inheritable << 32) | data[0].inheritable;

  if (alcove_encode_tuple_header(reply, 2) < 0 || alcove_mk_ok(reply) < 0 ||
      alcove_encode_map_header(reply, 3) < 0 ||
      encode_set(reply, "effective", c.effective) < 0 ||
      encode_set(reply, "permitted", c.permitted) < 0 ||
      encode_set(reply, "inheritable", c.inheritable) < 0)
    return -1;
  return 0;
#else
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_errno(reply, ENOSYS);
#endif
}

static int encode_set(ei_x_buff *reply, const char *key, uint64_t set) {
  unsigned int bit;

  if (alcove_mk_atom(reply, key) < 0)
    return -1;

  for (bit = 0; bit < 64; bit++) {
    const char *name;

    if ((set & ((uint64_t)1 << bit)) == 0)
      continue;
    if (alcove_encode_list_header(reply, 1) < 0)
      return -1;
    name = alcove_constant_name(alcove_cap_constants, bit);
    if (name != NULL ? alcove_mk_atom(reply, name) < 0
                     : alcove_mk_long(reply, bit) < 0)
      return -1;
  }
  return alcove_encode_empty_list(reply);
}
