/* GENERATED: DO NOT EDIT (make gen) from c_src/alcove_call.proto */
/* clang-format off */
/* The prototypes of the call wrappers (alcove.h includes them for
 * c_src/sys/); the one file that defines ALCOVE_CALL_TABLE
 * (c_src/alcove_call.c, after alcove_call.h) gets the table. */
#ifndef ALCOVE_CALLS_H
#define ALCOVE_CALLS_H

#include "alcove_state.h"

int alcove_sys_alloc(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_capability_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_capget(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_capset(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
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
int alcove_sys_clone3(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_clone_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_close(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_close_range(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_connect(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_cpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_environ(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_errno_id(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_execve(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_execveat(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
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
#if defined(__linux__)
int alcove_sys_forkpty(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_fsconfig(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_fsmount(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_fsopen(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
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
#if defined(__linux__)
int alcove_sys_memfd_create(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_mkdir(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mkfifo(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mount(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_mount_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_mount_setattr(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_move_mount(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_open(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__linux__)
int alcove_sys_open_tree(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_pidfd_getfd(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_pidfd_open(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_pidfd_send_signal(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
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
#if defined(__linux__)
int alcove_sys_ptysize(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
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
#if defined(__linux__)
int alcove_sys_seccomp_notify(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_seccomp_notify_listen(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_seccomp_notify_read(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_seccomp_notify_respond(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
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
  /* 9 */ {"capget", 0,
#if defined(__linux__)
    alcove_sys_capget
#else
    NULL
#endif
  },
  /* 10 */ {"capset", 1,
#if defined(__linux__)
    alcove_sys_capset
#else
    NULL
#endif
  },
  /* 11 */ {"chdir", 1, alcove_sys_chdir},
  /* 12 */ {"chmod", 2, alcove_sys_chmod},
  /* 13 */ {"chown", 3, alcove_sys_chown},
  /* 14 */ {"chroot", 1, alcove_sys_chroot},
  /* 15 */ {"clearenv", 0, alcove_sys_clearenv},
  /* 16 */ {"clone", 1,
#if defined(__linux__)
    alcove_sys_clone
#else
    NULL
#endif
  },
  /* 17 */ {"clone3", 1,
#if defined(__linux__)
    alcove_sys_clone3
#else
    NULL
#endif
  },
  /* 18 */ {"clone_constant", 1,
#if defined(__linux__)
    alcove_sys_clone_constant
#else
    NULL
#endif
  },
  /* 19 */ {"close", 1, alcove_sys_close},
  /* 20 */ {"close_range", 3,
#if defined(__linux__)
    alcove_sys_close_range
#else
    NULL
#endif
  },
  /* 21 */ {"connect", 2, alcove_sys_connect},
  /* 22 */ {"cpid", 0, alcove_sys_cpid},
  /* 23 */ {"environ", 0, alcove_sys_environ},
  /* 24 */ {"errno_id", 1, alcove_sys_errno_id},
  /* 25 */ {"execve", 3, alcove_sys_execve},
  /* 26 */ {"execveat", 5,
#if defined(__linux__)
    alcove_sys_execveat
#else
    NULL
#endif
  },
  /* 27 */ {"execvp", 2, alcove_sys_execvp},
  /* 28 */ {"exit", 1, alcove_sys_exit},
  /* 29 */ {"fcntl", 3, alcove_sys_fcntl},
  /* 30 */ {"fcntl_constant", 1, alcove_sys_fcntl_constant},
  /* 31 */ {"fexecve", 3,
#if defined(__FreeBSD__) || defined(__linux__)
    alcove_sys_fexecve
#else
    NULL
#endif
  },
  /* 32 */ {"file_constant", 1, alcove_sys_file_constant},
  /* 33 */ {"filter", 2, alcove_sys_filter},
  /* 34 */ {"fork", 0, alcove_sys_fork},
  /* 35 */ {"forkpty", 2,
#if defined(__linux__)
    alcove_sys_forkpty
#else
    NULL
#endif
  },
  /* 36 */ {"fsconfig", 5,
#if defined(__linux__)
    alcove_sys_fsconfig
#else
    NULL
#endif
  },
  /* 37 */ {"fsmount", 3,
#if defined(__linux__)
    alcove_sys_fsmount
#else
    NULL
#endif
  },
  /* 38 */ {"fsopen", 2,
#if defined(__linux__)
    alcove_sys_fsopen
#else
    NULL
#endif
  },
  /* 39 */ {"getcwd", 0, alcove_sys_getcwd},
  /* 40 */ {"getenv", 1, alcove_sys_getenv},
  /* 41 */ {"getgid", 0, alcove_sys_getgid},
  /* 42 */ {"getgroups", 0, alcove_sys_getgroups},
  /* 43 */ {"gethostname", 0, alcove_sys_gethostname},
  /* 44 */ {"getopt", 1, alcove_sys_getopt},
  /* 45 */ {"getpgrp", 0, alcove_sys_getpgrp},
  /* 46 */ {"getpid", 0, alcove_sys_getpid},
  /* 47 */ {"getpriority", 2, alcove_sys_getpriority},
  /* 48 */ {"getresgid", 0,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_getresgid
#else
    NULL
#endif
  },
  /* 49 */ {"getresuid", 0,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_getresuid
#else
    NULL
#endif
  },
  /* 50 */ {"getrlimit", 1, alcove_sys_getrlimit},
  /* 51 */ {"getsid", 1, alcove_sys_getsid},
  /* 52 */ {"getuid", 0, alcove_sys_getuid},
  /* 53 */ {"ioctl", 3, alcove_sys_ioctl},
  /* 54 */ {"ioctl_constant", 1, alcove_sys_ioctl_constant},
  /* 55 */ {"iolist_to_bin", 1, alcove_sys_iolist_to_bin},
  /* 56 */ {"jail", 1, NULL}, /* no c_src/sys/jail.c */
  /* 57 */ {"jail_attach", 1, NULL}, /* no c_src/sys/jail_attach.c */
  /* 58 */ {"jail_remove", 1, NULL}, /* no c_src/sys/jail_remove.c */
  /* 59 */ {"kill", 2, alcove_sys_kill},
  /* 60 */ {"landlock_add_rule", 2,
#if defined(__linux__)
    alcove_sys_landlock_add_rule
#else
    NULL
#endif
  },
  /* 61 */ {"landlock_constant", 1,
#if defined(__linux__)
    alcove_sys_landlock_constant
#else
    NULL
#endif
  },
  /* 62 */ {"landlock_create_ruleset", 2,
#if defined(__linux__)
    alcove_sys_landlock_create_ruleset
#else
    NULL
#endif
  },
  /* 63 */ {"landlock_restrict_self", 2,
#if defined(__linux__)
    alcove_sys_landlock_restrict_self
#else
    NULL
#endif
  },
  /* 64 */ {"link", 2, alcove_sys_link},
  /* 65 */ {"lseek", 3, alcove_sys_lseek},
  /* 66 */ {"memfd_create", 2,
#if defined(__linux__)
    alcove_sys_memfd_create
#else
    NULL
#endif
  },
  /* 67 */ {"mkdir", 2, alcove_sys_mkdir},
  /* 68 */ {"mkfifo", 2, alcove_sys_mkfifo},
  /* 69 */ {"mount", 6, alcove_sys_mount},
  /* 70 */ {"mount_constant", 1, alcove_sys_mount_constant},
  /* 71 */ {"mount_setattr", 4,
#if defined(__linux__)
    alcove_sys_mount_setattr
#else
    NULL
#endif
  },
  /* 72 */ {"move_mount", 5,
#if defined(__linux__)
    alcove_sys_move_mount
#else
    NULL
#endif
  },
  /* 73 */ {"open", 3, alcove_sys_open},
  /* 74 */ {"open_tree", 3,
#if defined(__linux__)
    alcove_sys_open_tree
#else
    NULL
#endif
  },
  /* 75 */ {"pidfd_getfd", 3,
#if defined(__linux__)
    alcove_sys_pidfd_getfd
#else
    NULL
#endif
  },
  /* 76 */ {"pidfd_open", 2,
#if defined(__linux__)
    alcove_sys_pidfd_open
#else
    NULL
#endif
  },
  /* 77 */ {"pidfd_send_signal", 3,
#if defined(__linux__)
    alcove_sys_pidfd_send_signal
#else
    NULL
#endif
  },
  /* 78 */ {"pivot_root", 2,
#if defined(__linux__)
    alcove_sys_pivot_root
#else
    NULL
#endif
  },
  /* 79 */ {"pledge", 2, NULL}, /* no c_src/sys/pledge.c */
  /* 80 */ {"prctl", 5,
#if defined(__linux__)
    alcove_sys_prctl
#else
    NULL
#endif
  },
  /* 81 */ {"prctl_constant", 1,
#if defined(__linux__)
    alcove_sys_prctl_constant
#else
    NULL
#endif
  },
  /* 82 */ {"procctl", 4, NULL}, /* no c_src/sys/procctl.c */
  /* 83 */ {"ptrace", 4,
#if defined(__linux__)
    alcove_sys_ptrace
#else
    NULL
#endif
  },
  /* 84 */ {"ptrace_constant", 1,
#if defined(__linux__)
    alcove_sys_ptrace_constant
#else
    NULL
#endif
  },
  /* 85 */ {"ptysize", 3,
#if defined(__linux__)
    alcove_sys_ptysize
#else
    NULL
#endif
  },
  /* 86 */ {"read", 2, alcove_sys_read},
  /* 87 */ {"readdir", 1, alcove_sys_readdir},
  /* 88 */ {"rlimit_constant", 1, alcove_sys_rlimit_constant},
  /* 89 */ {"rmdir", 1, alcove_sys_rmdir},
  /* 90 */ {"seccomp", 3,
#if defined(__linux__)
    alcove_sys_seccomp
#else
    NULL
#endif
  },
  /* 91 */ {"seccomp_constant", 1,
#if defined(__linux__)
    alcove_sys_seccomp_constant
#else
    NULL
#endif
  },
  /* 92 */ {"seccomp_notify", 1,
#if defined(__linux__)
    alcove_sys_seccomp_notify
#else
    NULL
#endif
  },
  /* 93 */ {"seccomp_notify_listen", 2,
#if defined(__linux__)
    alcove_sys_seccomp_notify_listen
#else
    NULL
#endif
  },
  /* 94 */ {"seccomp_notify_read", 4,
#if defined(__linux__)
    alcove_sys_seccomp_notify_read
#else
    NULL
#endif
  },
  /* 95 */ {"seccomp_notify_respond", 3,
#if defined(__linux__)
    alcove_sys_seccomp_notify_respond
#else
    NULL
#endif
  },
  /* 96 */ {"select", 4, alcove_sys_select},
  /* 97 */ {"setcpid", 3, alcove_sys_setcpid},
  /* 98 */ {"setenv", 3, alcove_sys_setenv},
  /* 99 */ {"setgid", 1, alcove_sys_setgid},
  /* 100 */ {"setgroups", 1, alcove_sys_setgroups},
  /* 101 */ {"sethostname", 1, alcove_sys_sethostname},
  /* 102 */ {"setns", 2,
#if defined(__linux__)
    alcove_sys_setns
#else
    NULL
#endif
  },
  /* 103 */ {"setopt", 2, alcove_sys_setopt},
  /* 104 */ {"setpgid", 2, alcove_sys_setpgid},
  /* 105 */ {"setpriority", 3, alcove_sys_setpriority},
  /* 106 */ {"setproctitle", 1,
#if !defined(__sun)
    alcove_sys_setproctitle
#else
    NULL
#endif
  },
  /* 107 */ {"setresgid", 3,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_setresgid
#else
    NULL
#endif
  },
  /* 108 */ {"setresuid", 3,
#if !defined(__APPLE__) && !defined(__sun)
    alcove_sys_setresuid
#else
    NULL
#endif
  },
  /* 109 */ {"setrlimit", 2, alcove_sys_setrlimit},
  /* 110 */ {"setsid", 0, alcove_sys_setsid},
  /* 111 */ {"setuid", 1, alcove_sys_setuid},
  /* 112 */ {"sigaction", 2, alcove_sys_sigaction},
  /* 113 */ {"signal_constant", 1, alcove_sys_signal_constant},
  /* 114 */ {"socket", 3, alcove_sys_socket},
  /* 115 */ {"symlink", 2, alcove_sys_symlink},
  /* 116 */ {"syscall_constant", 1,
#if defined(__linux__)
    alcove_sys_syscall_constant
#else
    NULL
#endif
  },
  /* 117 */ {"umount", 1, alcove_sys_umount},
  /* 118 */ {"umount2", 2,
#if !defined(__sun)
    alcove_sys_umount2
#else
    NULL
#endif
  },
  /* 119 */ {"unlink", 1, alcove_sys_unlink},
  /* 120 */ {"unsetenv", 1, alcove_sys_unsetenv},
  /* 121 */ {"unshare", 1,
#if defined(__linux__)
    alcove_sys_unshare
#else
    NULL
#endif
  },
  /* 122 */ {"unveil", 2, NULL}, /* no c_src/sys/unveil.c */
  /* 123 */ {"version", 0, alcove_sys_version},
  /* 124 */ {"waitpid", 2, alcove_sys_waitpid},
  /* 125 */ {"write", 2, alcove_sys_write},
};

const size_t alcove_ncalls = 126;
#endif

#endif
