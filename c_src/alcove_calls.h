/* GENERATED: DO NOT EDIT (make gen) from c_src/alcove_call.proto */
/* clang-format off */
/* alcove.h includes this file for the wrapper prototypes; the one file
 * that defines ALCOVE_CALL_TABLE (c_src/alcove_call.c) gets the table. */
#ifndef ALCOVE_CALLS_H
#define ALCOVE_CALLS_H

#include "alcove.h"

int alcove_sys_alloc(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_capability_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_chdir(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_chmod(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_chown(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_chroot(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_clearenv(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_clone(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_clone_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_close(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_connect(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_cpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_environ(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_errno_id(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_execve(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_execvp(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_exit(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_fcntl(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_fcntl_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__FreeBSD__) || defined(__linux__)
int alcove_sys_fexecve(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_file_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_filter(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_fork(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getcwd(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getenv(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getgid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getgroups(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_gethostname(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getopt(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getpgrp(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getpriority(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if !defined(__APPLE__) && !defined(__sun)
int alcove_sys_getresgid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if !defined(__APPLE__) && !defined(__sun)
int alcove_sys_getresuid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_getrlimit(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getsid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getuid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_ioctl(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_ioctl_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_iolist_to_bin(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_kill(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_landlock_add_rule(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_landlock_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_landlock_create_ruleset(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_landlock_restrict_self(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_link(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_lseek(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mkdir(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mkfifo(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mount(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mount_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_open(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_pivot_root(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_prctl(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_prctl_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_ptrace(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_ptrace_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_read(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_readdir(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_rlimit_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_rmdir(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_seccomp(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_seccomp_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_select(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setcpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setenv(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setgid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setgroups(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_sethostname(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_setns(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_setopt(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setpgid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setpriority(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if !defined(__sun)
int alcove_sys_setproctitle(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if !defined(__APPLE__) && !defined(__sun)
int alcove_sys_setresgid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if !defined(__APPLE__) && !defined(__sun)
int alcove_sys_setresuid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_setrlimit(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setsid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setuid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_sigaction(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_signal_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_socket(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_symlink(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_syscall_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_umount(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if !defined(__sun)
int alcove_sys_umount2(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_unlink(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_unsetenv(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_unshare(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_version(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_waitpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_write(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);

#ifdef ALCOVE_CALL_TABLE
const alcove_call_t alcove_calls[] = {
  /* 0 */ {"alloc", 1, alcove_sys_alloc},
  /* 1 */ {"cap_constant", 1, NULL}, /* no c_src/sys/cap_constant.c */
  /* 2 */ {"cap_enter", 0, NULL}, /* no c_src/sys/cap_enter.c */
  /* 3 */ {"cap_fcntls_get", 1, NULL}, /* no c_src/sys/cap_fcntls_get.c */
  /* 4 */ {"cap_fcntls_limit", 2, NULL}, /* no c_src/sys/cap_fcntls_limit.c */
  /* 5 */ {"cap_getmode", 0, NULL}, /* no c_src/sys/cap_getmode.c */
  /* 6 */ {"cap_ioctls_limit", 2, NULL}, /* no c_src/sys/cap_ioctls_limit.c */
  /* 7 */ {"cap_rights_limit", 2, NULL}, /* no c_src/sys/cap_rights_limit.c */
  /* 8 */ {"capability_constant", 1,
#if defined(__linux__)
    alcove_sys_capability_constant
#else
    NULL
#endif
  },
  /* 9 */ {"chdir", 1, alcove_sys_chdir},
  /* 10 */ {"chmod", 2, alcove_sys_chmod},
  /* 11 */ {"chown", 3, alcove_sys_chown},
  /* 12 */ {"chroot", 1, alcove_sys_chroot},
  /* 13 */ {"clearenv", 0, alcove_sys_clearenv},
  /* 14 */ {"clone", 1,
#if defined(__linux__)
    alcove_sys_clone
#else
    NULL
#endif
  },
  /* 15 */ {"clone_constant", 1,
#if defined(__linux__)
    alcove_sys_clone_constant
#else
    NULL
#endif
  },
  /* 16 */ {"close", 1, alcove_sys_close},
  /* 17 */ {"connect", 2, alcove_sys_connect},
  /* 18 */ {"cpid", 0, alcove_sys_cpid},
  /* 19 */ {"environ", 0, alcove_sys_environ},
  /* 20 */ {"errno_id", 1, alcove_sys_errno_id},
  /* 21 */ {"execve", 3, alcove_sys_execve},
  /* 22 */ {"execvp", 2, alcove_sys_execvp},
  /* 23 */ {"exit", 1, alcove_sys_exit},
  /* 24 */ {"fcntl", 3, alcove_sys_fcntl},
  /* 25 */ {"fcntl_constant", 1, alcove_sys_fcntl_constant},
  /* 26 */ {"fexecve", 3,
#if defined(__FreeBSD__) || defined(__linux__)
    alcove_sys_fexecve
#else
    NULL
#endif
  },
  /* 27 */ {"file_constant", 1, alcove_sys_file_constant},
  /* 28 */ {"filter", 2, alcove_sys_filter},
  /* 29 */ {"fork", 0, alcove_sys_fork},
  /* 30 */ {"getcwd", 0, alcove_sys_getcwd},
  /* 31 */ {"getenv", 1, alcove_sys_getenv},
  /* 32 */ {"getgid", 0, alcove_sys_getgid},
  /* 33 */ {"getgroups", 0, alcove_sys_getgroups},
  /* 34 */ {"gethostname", 0, alcove_sys_gethostname},
  /* 35 */ {"getopt", 1, alcove_sys_getopt},
  /* 36 */ {"getpgrp", 0, alcove_sys_getpgrp},
  /* 37 */ {"getpid", 0, alcove_sys_getpid},
  /* 38 */ {"getpriority", 2, alcove_sys_getpriority},
  /* 39 */ {"getresgid", 0,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_getresgid
#else
    NULL
#endif
  },
  /* 40 */ {"getresuid", 0,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_getresuid
#else
    NULL
#endif
  },
  /* 41 */ {"getrlimit", 1, alcove_sys_getrlimit},
  /* 42 */ {"getsid", 1, alcove_sys_getsid},
  /* 43 */ {"getuid", 0, alcove_sys_getuid},
  /* 44 */ {"ioctl", 3, alcove_sys_ioctl},
  /* 45 */ {"ioctl_constant", 1, alcove_sys_ioctl_constant},
  /* 46 */ {"iolist_to_bin", 1, alcove_sys_iolist_to_bin},
  /* 47 */ {"jail", 1, NULL}, /* no c_src/sys/jail.c */
  /* 48 */ {"jail_attach", 1, NULL}, /* no c_src/sys/jail_attach.c */
  /* 49 */ {"jail_remove", 1, NULL}, /* no c_src/sys/jail_remove.c */
  /* 50 */ {"kill", 2, alcove_sys_kill},
  /* 51 */ {"landlock_add_rule", 2,
#if defined(__linux__)
    alcove_sys_landlock_add_rule
#else
    NULL
#endif
  },
  /* 52 */ {"landlock_constant", 1,
#if defined(__linux__)
    alcove_sys_landlock_constant
#else
    NULL
#endif
  },
  /* 53 */ {"landlock_create_ruleset", 2,
#if defined(__linux__)
    alcove_sys_landlock_create_ruleset
#else
    NULL
#endif
  },
  /* 54 */ {"landlock_restrict_self", 2,
#if defined(__linux__)
    alcove_sys_landlock_restrict_self
#else
    NULL
#endif
  },
  /* 55 */ {"link", 2, alcove_sys_link},
  /* 56 */ {"lseek", 3, alcove_sys_lseek},
  /* 57 */ {"mkdir", 2, alcove_sys_mkdir},
  /* 58 */ {"mkfifo", 2, alcove_sys_mkfifo},
  /* 59 */ {"mount", 6, alcove_sys_mount},
  /* 60 */ {"mount_constant", 1, alcove_sys_mount_constant},
  /* 61 */ {"open", 3, alcove_sys_open},
  /* 62 */ {"pivot_root", 2,
#if defined(__linux__)
    alcove_sys_pivot_root
#else
    NULL
#endif
  },
  /* 63 */ {"pledge", 2, NULL}, /* no c_src/sys/pledge.c */
  /* 64 */ {"prctl", 5,
#if defined(__linux__)
    alcove_sys_prctl
#else
    NULL
#endif
  },
  /* 65 */ {"prctl_constant", 1,
#if defined(__linux__)
    alcove_sys_prctl_constant
#else
    NULL
#endif
  },
  /* 66 */ {"procctl", 4, NULL}, /* no c_src/sys/procctl.c */
  /* 67 */ {"ptrace", 4,
#if defined(__linux__)
    alcove_sys_ptrace
#else
    NULL
#endif
  },
  /* 68 */ {"ptrace_constant", 1,
#if defined(__linux__)
    alcove_sys_ptrace_constant
#else
    NULL
#endif
  },
  /* 69 */ {"read", 2, alcove_sys_read},
  /* 70 */ {"readdir", 1, alcove_sys_readdir},
  /* 71 */ {"rlimit_constant", 1, alcove_sys_rlimit_constant},
  /* 72 */ {"rmdir", 1, alcove_sys_rmdir},
  /* 73 */ {"seccomp", 3,
#if defined(__linux__)
    alcove_sys_seccomp
#else
    NULL
#endif
  },
  /* 74 */ {"seccomp_constant", 1,
#if defined(__linux__)
    alcove_sys_seccomp_constant
#else
    NULL
#endif
  },
  /* 75 */ {"select", 4, alcove_sys_select},
  /* 76 */ {"setcpid", 3, alcove_sys_setcpid},
  /* 77 */ {"setenv", 3, alcove_sys_setenv},
  /* 78 */ {"setgid", 1, alcove_sys_setgid},
  /* 79 */ {"setgroups", 1, alcove_sys_setgroups},
  /* 80 */ {"sethostname", 1, alcove_sys_sethostname},
  /* 81 */ {"setns", 2,
#if defined(__linux__)
    alcove_sys_setns
#else
    NULL
#endif
  },
  /* 82 */ {"setopt", 2, alcove_sys_setopt},
  /* 83 */ {"setpgid", 2, alcove_sys_setpgid},
  /* 84 */ {"setpriority", 3, alcove_sys_setpriority},
  /* 85 */ {"setproctitle", 1,
#if !defined(__sun)
    alcove_sys_setproctitle
#else
    NULL
#endif
  },
  /* 86 */ {"setresgid", 3,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_setresgid
#else
    NULL
#endif
  },
  /* 87 */ {"setresuid", 3,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_setresuid
#else
    NULL
#endif
  },
  /* 88 */ {"setrlimit", 2, alcove_sys_setrlimit},
  /* 89 */ {"setsid", 0, alcove_sys_setsid},
  /* 90 */ {"setuid", 1, alcove_sys_setuid},
  /* 91 */ {"sigaction", 2, alcove_sys_sigaction},
  /* 92 */ {"signal_constant", 1, alcove_sys_signal_constant},
  /* 93 */ {"socket", 3, alcove_sys_socket},
  /* 94 */ {"symlink", 2, alcove_sys_symlink},
  /* 95 */ {"syscall_constant", 1,
#if defined(__linux__)
    alcove_sys_syscall_constant
#else
    NULL
#endif
  },
  /* 96 */ {"umount", 1, alcove_sys_umount},
  /* 97 */ {"umount2", 2,
#if !defined(__sun)
    alcove_sys_umount2
#else
    NULL
#endif
  },
  /* 98 */ {"unlink", 1, alcove_sys_unlink},
  /* 99 */ {"unsetenv", 1, alcove_sys_unsetenv},
  /* 100 */ {"unshare", 1,
#if defined(__linux__)
    alcove_sys_unshare
#else
    NULL
#endif
  },
  /* 101 */ {"unveil", 2, NULL}, /* no c_src/sys/unveil.c */
  /* 102 */ {"version", 0, alcove_sys_version},
  /* 103 */ {"waitpid", 2, alcove_sys_waitpid},
  /* 104 */ {"write", 2, alcove_sys_write},
};

const size_t alcove_ncalls = 105;
#endif

#endif
