/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_constants.h"

#include <strings.h>

/* Each header includes its system headers and defines one table. */
#include "sys/alcove_cap_constants.h"
#include "sys/alcove_clone_constants.h"
#include "sys/alcove_fcntl_constants.h"
#include "sys/alcove_file_constants.h"
#include "sys/alcove_ioctl_constants.h"
#include "sys/alcove_landlock_constants.h"
#include "sys/alcove_mount_constants.h"
#include "sys/alcove_prctl_constants.h"
#include "sys/alcove_prio_constants.h"
#include "sys/alcove_ptrace_constants.h"
#include "sys/alcove_rlimit_constants.h"
#include "sys/alcove_seccomp_constants.h"
#include "sys/alcove_signal_constants.h"
#include "sys/alcove_socket_constants.h"
#include "sys/alcove_syscall_constants.h"
#include "sys/alcove_wait_constants.h"

int alcove_lookup_constant(const alcove_constant_t *tbl, const char *name,
                           unsigned long long *val) {
  const alcove_constant_t *c;

  if (tbl == NULL || name == NULL)
    return -1;

  for (c = tbl; c->name != NULL; c++) {
    if (strcasecmp(c->name, name) == 0) {
      if (val != NULL)
        *val = c->val;
      return 0;
    }
  }

  return -1;
}

const char *alcove_constant_name(const alcove_constant_t *tbl,
                                 unsigned long long val) {
  const alcove_constant_t *c;

  if (tbl == NULL)
    return NULL;

  /* Tables list the canonical name first (sigabrt before sigiot). */
  for (c = tbl; c->name != NULL; c++) {
    if (c->val == val)
      return c->name;
  }

  return NULL;
}

const char *alcove_signame(int sig) {
  const char *name;

  if (sig <= 0)
    return "unknown";

  name = alcove_constant_name(alcove_signal_constants, (unsigned long long)sig);
  return name == NULL ? "unknown" : name;
}
