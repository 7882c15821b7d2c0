/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* landlock_constant: name -> value, or unknown. Rights, scopes and flags
 * live in separate tables (a net right and a filesystem right can share a
 * bit); a name is looked up in each in turn. */
int alcove_sys_landlock_constant(alcove_state_t *ap, const char *arg,
                                 size_t len, int *index, ei_x_buff *reply) {
  const alcove_constant_t *tbl[] = {
      alcove_landlock_fs_constants, alcove_landlock_net_constants,
      alcove_landlock_scope_constants, alcove_landlock_flag_constants};
  char name[MAXATOMLEN_UTF8];
  unsigned long long val;
  size_t i;

  (void)ap;

  /* name: atom */
  if (alcove_decode_atom(arg, len, index, name) < 0)
    return -1;

  for (i = 0; i < sizeof(tbl) / sizeof(tbl[0]); i++) {
    if (alcove_lookup_constant(tbl[i], name, &val) == 0)
      return alcove_mk_ulong(reply, val);
  }

  return alcove_mk_atom(reply, "unknown");
}
