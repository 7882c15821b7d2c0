/* GENERATED: DO NOT EDIT (make gen) from c_src/alcove_call.proto */
/* clang-format off */
/* alcove.h includes this file for the wrapper prototypes; the one file
 * that defines ALCOVE_CALL_TABLE (c_src/alcove_call.c) gets the table. */
#ifndef ALCOVE_CALLS_H
#define ALCOVE_CALLS_H

#include "alcove.h"

#if defined(__linux__)
int alcove_sys_clone(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
#if defined(__linux__)
int alcove_sys_clone_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_close(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_cpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_errno_id(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_execve(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_execvp(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_exit(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#if defined(__FreeBSD__) || defined(__linux__)
int alcove_sys_fexecve(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
#endif
int alcove_sys_filter(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_fork(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getopt(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_getpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_kill(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setcpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_setopt(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_sigaction(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_signal_constant(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_unlink(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_version(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);
int alcove_sys_waitpid(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);

#ifdef ALCOVE_CALL_TABLE
const alcove_call_t alcove_calls[] = {
  /* 0 */ {"alloc", 1, NULL}, /* no c_src/sys/alloc.c */
  /* 1 */ {"cap_constant", 1, NULL}, /* no c_src/sys/cap_constant.c */
  /* 2 */ {"cap_enter", 0, NULL}, /* no c_src/sys/cap_enter.c */
  /* 3 */ {"cap_fcntls_get", 1, NULL}, /* no c_src/sys/cap_fcntls_get.c */
  /* 4 */ {"cap_fcntls_limit", 2, NULL}, /* no c_src/sys/cap_fcntls_limit.c */
  /* 5 */ {"cap_getmode", 0, NULL}, /* no c_src/sys/cap_getmode.c */
  /* 6 */ {"cap_ioctls_limit", 2, NULL}, /* no c_src/sys/cap_ioctls_limit.c */
  /* 7 */ {"cap_rights_limit", 2, NULL}, /* no c_src/sys/cap_rights_limit.c */
  /* 8 */ {"chdir", 1, NULL}, /* no c_src/sys/chdir.c */
  /* 9 */ {"chmod", 2, NULL}, /* no c_src/sys/chmod.c */
  /* 10 */ {"chown", 3, NULL}, /* no c_src/sys/chown.c */
  /* 11 */ {"chroot", 1, NULL}, /* no c_src/sys/chroot.c */
  /* 12 */ {"clearenv", 0, NULL}, /* no c_src/sys/clearenv.c */
  /* 13 */ {"clone", 1,
#if defined(__linux__)
    alcove_sys_clone
#else
    NULL
#endif
  },
  /* 14 */ {"clone_constant", 1,
#if defined(__linux__)
    alcove_sys_clone_constant
#else
    NULL
#endif
  },
  /* 15 */ {"close", 1, alcove_sys_close},
  /* 16 */ {"connect", 2, NULL}, /* no c_src/sys/connect.c */
  /* 17 */ {"cpid", 0, alcove_sys_cpid},
  /* 18 */ {"environ", 0, NULL}, /* no c_src/sys/environ.c */
  /* 19 */ {"errno_id", 1, alcove_sys_errno_id},
  /* 20 */ {"execve", 3, alcove_sys_execve},
  /* 21 */ {"execvp", 2, alcove_sys_execvp},
  /* 22 */ {"exit", 1, alcove_sys_exit},
  /* 23 */ {"fcntl", 3, NULL}, /* no c_src/sys/fcntl.c */
  /* 24 */ {"fcntl_constant", 1, NULL}, /* no c_src/sys/fcntl_constant.c */
  /* 25 */ {"fexecve", 3,
#if defined(__FreeBSD__) || defined(__linux__)
    alcove_sys_fexecve
#else
    NULL
#endif
  },
  /* 26 */ {"file_constant", 1, NULL}, /* no c_src/sys/file_constant.c */
  /* 27 */ {"filter", 2, alcove_sys_filter},
  /* 28 */ {"fork", 0, alcove_sys_fork},
  /* 29 */ {"getcwd", 0, NULL}, /* no c_src/sys/getcwd.c */
  /* 30 */ {"getenv", 1, NULL}, /* no c_src/sys/getenv.c */
  /* 31 */ {"getgid", 0, NULL}, /* no c_src/sys/getgid.c */
  /* 32 */ {"getgroups", 0, NULL}, /* no c_src/sys/getgroups.c */
  /* 33 */ {"gethostname", 0, NULL}, /* no c_src/sys/gethostname.c */
  /* 34 */ {"getopt", 1, alcove_sys_getopt},
  /* 35 */ {"getpgrp", 0, NULL}, /* no c_src/sys/getpgrp.c */
  /* 36 */ {"getpid", 0, alcove_sys_getpid},
  /* 37 */ {"getpriority", 2, NULL}, /* no c_src/sys/getpriority.c */
  /* 38 */ {"getresgid", 0, NULL}, /* no c_src/sys/getresgid.c */
  /* 39 */ {"getresuid", 0, NULL}, /* no c_src/sys/getresuid.c */
  /* 40 */ {"getrlimit", 1, NULL}, /* no c_src/sys/getrlimit.c */
  /* 41 */ {"getsid", 1, NULL}, /* no c_src/sys/getsid.c */
  /* 42 */ {"getuid", 0, NULL}, /* no c_src/sys/getuid.c */
  /* 43 */ {"ioctl", 3, NULL}, /* no c_src/sys/ioctl.c */
  /* 44 */ {"ioctl_constant", 1, NULL}, /* no c_src/sys/ioctl_constant.c */
  /* 45 */ {"iolist_to_bin", 1, NULL}, /* no c_src/sys/iolist_to_bin.c */
  /* 46 */ {"jail", 1, NULL}, /* no c_src/sys/jail.c */
  /* 47 */ {"jail_attach", 1, NULL}, /* no c_src/sys/jail_attach.c */
  /* 48 */ {"jail_remove", 1, NULL}, /* no c_src/sys/jail_remove.c */
  /* 49 */ {"kill", 2, alcove_sys_kill},
  /* 50 */ {"link", 2, NULL}, /* no c_src/sys/link.c */
  /* 51 */ {"lseek", 3, NULL}, /* no c_src/sys/lseek.c */
  /* 52 */ {"mkdir", 2, NULL}, /* no c_src/sys/mkdir.c */
  /* 53 */ {"mkfifo", 2, NULL}, /* no c_src/sys/mkfifo.c */
  /* 54 */ {"mount", 6, NULL}, /* no c_src/sys/mount.c */
  /* 55 */ {"mount_constant", 1, NULL}, /* no c_src/sys/mount_constant.c */
  /* 56 */ {"open", 3, NULL}, /* no c_src/sys/open.c */
  /* 57 */ {"pivot_root", 2, NULL}, /* no c_src/sys/pivot_root.c */
  /* 58 */ {"pledge", 2, NULL}, /* no c_src/sys/pledge.c */
  /* 59 */ {"prctl", 5, NULL}, /* no c_src/sys/prctl.c */
  /* 60 */ {"prctl_constant", 1, NULL}, /* no c_src/sys/prctl_constant.c */
  /* 61 */ {"procctl", 4, NULL}, /* no c_src/sys/procctl.c */
  /* 62 */ {"ptrace", 4, NULL}, /* no c_src/sys/ptrace.c */
  /* 63 */ {"ptrace_constant", 1, NULL}, /* no c_src/sys/ptrace_constant.c */
  /* 64 */ {"read", 2, NULL}, /* no c_src/sys/read.c */
  /* 65 */ {"readdir", 1, NULL}, /* no c_src/sys/readdir.c */
  /* 66 */ {"rlimit_constant", 1, NULL}, /* no c_src/sys/rlimit_constant.c */
  /* 67 */ {"rmdir", 1, NULL}, /* no c_src/sys/rmdir.c */
  /* 68 */ {"seccomp", 3, NULL}, /* no c_src/sys/seccomp.c */
  /* 69 */ {"seccomp_constant", 1, NULL}, /* no c_src/sys/seccomp_constant.c */
  /* 70 */ {"select", 4, NULL}, /* no c_src/sys/select.c */
  /* 71 */ {"setcpid", 3, alcove_sys_setcpid},
  /* 72 */ {"setenv", 3, NULL}, /* no c_src/sys/setenv.c */
  /* 73 */ {"setgid", 1, NULL}, /* no c_src/sys/setgid.c */
  /* 74 */ {"setgroups", 1, NULL}, /* no c_src/sys/setgroups.c */
  /* 75 */ {"sethostname", 1, NULL}, /* no c_src/sys/sethostname.c */
  /* 76 */ {"setns", 2, NULL}, /* no c_src/sys/setns.c */
  /* 77 */ {"setopt", 2, alcove_sys_setopt},
  /* 78 */ {"setpgid", 2, NULL}, /* no c_src/sys/setpgid.c */
  /* 79 */ {"setpriority", 3, NULL}, /* no c_src/sys/setpriority.c */
  /* 80 */ {"setproctitle", 1, NULL}, /* no c_src/sys/setproctitle.c */
  /* 81 */ {"setresgid", 3, NULL}, /* no c_src/sys/setresgid.c */
  /* 82 */ {"setresuid", 3, NULL}, /* no c_src/sys/setresuid.c */
  /* 83 */ {"setrlimit", 2, NULL}, /* no c_src/sys/setrlimit.c */
  /* 84 */ {"setsid", 0, NULL}, /* no c_src/sys/setsid.c */
  /* 85 */ {"setuid", 1, NULL}, /* no c_src/sys/setuid.c */
  /* 86 */ {"sigaction", 2, alcove_sys_sigaction},
  /* 87 */ {"signal_constant", 1, alcove_sys_signal_constant},
  /* 88 */ {"socket", 3, NULL}, /* no c_src/sys/socket.c */
  /* 89 */ {"symlink", 2, NULL}, /* no c_src/sys/symlink.c */
  /* 90 */ {"syscall_constant", 1, NULL}, /* no c_src/sys/syscall_constant.c */
  /* 91 */ {"umount", 1, NULL}, /* no c_src/sys/umount.c */
  /* 92 */ {"umount2", 2, NULL}, /* no c_src/sys/umount2.c */
  /* 93 */ {"unlink", 1, alcove_sys_unlink},
  /* 94 */ {"unsetenv", 1, NULL}, /* no c_src/sys/unsetenv.c */
  /* 95 */ {"unshare", 1, NULL}, /* no c_src/sys/unshare.c */
  /* 96 */ {"unveil", 2, NULL}, /* no c_src/sys/unveil.c */
  /* 97 */ {"version", 0, alcove_sys_version},
  /* 98 */ {"waitpid", 2, alcove_sys_waitpid},
  /* 99 */ {"write", 2, NULL}, /* no c_src/sys/write.c */
};

const size_t alcove_ncalls = 100;
#endif

#endif
