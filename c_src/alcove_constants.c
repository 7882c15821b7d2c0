/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_constants.h"

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

const char *alcove_signame(int sig) {
  const char *name;

  if (sig <= 0)
    return "unknown";

  name = alcove_constant_name(alcove_signal_constants, (unsigned long long)sig);
  return name == NULL ? "unknown" : name;
}
