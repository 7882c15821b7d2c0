/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_CONSTANTS_H
#define ALCOVE_CONSTANTS_H

#include "alcove_defs.h"

/* Named constants (alcove_constants.c): tables built from the system
 * headers, each name guarded so that one the platform lacks is absent. */
typedef struct {
  const char *name;
  unsigned long long val;
} alcove_constant_t;

/* Constant tables (alcove_constants.c), each ends with {NULL, 0}. */
extern const alcove_constant_t alcove_clone_constants[];
extern const alcove_constant_t alcove_signal_constants[];
extern const alcove_constant_t alcove_file_constants[];
extern const alcove_constant_t alcove_fcntl_constants[];
extern const alcove_constant_t alcove_ioctl_constants[];
extern const alcove_constant_t alcove_mount_constants[];
extern const alcove_constant_t alcove_prctl_constants[];
extern const alcove_constant_t alcove_ptrace_constants[];
extern const alcove_constant_t alcove_rlimit_constants[];
extern const alcove_constant_t alcove_seccomp_constants[];
extern const alcove_constant_t alcove_socket_constants[];
extern const alcove_constant_t alcove_syscall_constants[];
extern const alcove_constant_t alcove_prio_constants[];
extern const alcove_constant_t alcove_wait_constants[];
extern const alcove_constant_t alcove_landlock_fs_constants[];
extern const alcove_constant_t alcove_landlock_net_constants[];
extern const alcove_constant_t alcove_landlock_scope_constants[];
extern const alcove_constant_t alcove_landlock_flag_constants[];
extern const alcove_constant_t alcove_cap_constants[];
/* Case-insensitive. 0 found, -1 not found. */
int alcove_lookup_constant(const alcove_constant_t *tbl, const char *name,
                           unsigned long long *val);
/* First name with that value, or NULL. */
const char *alcove_constant_name(const alcove_constant_t *tbl,
                                 unsigned long long val);
/* Signal name for events ("unknown" if none). */
const char *alcove_signame(int sig);

#endif
