/* clang-format off */
/* GENERATED at development time by a gcc -dM -E scan of the
 * Linux headers; every entry is guarded so other platforms compile. */
#ifndef ALCOVE_SYSCALL_CONSTANTS_H
#define ALCOVE_SYSCALL_CONSTANTS_H

#ifdef __linux__
#include <linux/audit.h>
#include <sys/syscall.h>
#endif

const alcove_constant_t alcove_syscall_constants[] = {
#ifdef __NR__llseek
    {"sys__llseek", __NR__llseek},
#endif
#ifdef __NR__newselect
    {"sys__newselect", __NR__newselect},
#endif
#ifdef __NR__sysctl
    {"sys__sysctl", __NR__sysctl},
#endif
#ifdef __NR_accept
    {"sys_accept", __NR_accept},
#endif
#ifdef __NR_accept4
    {"sys_accept4", __NR_accept4},
#endif
#ifdef __NR_access
    {"sys_access", __NR_access},
#endif
#ifdef __NR_acct
    {"sys_acct", __NR_acct},
#endif
#ifdef __NR_add_key
    {"sys_add_key", __NR_add_key},
#endif
#ifdef __NR_adjtimex
    {"sys_adjtimex", __NR_adjtimex},
#endif
#ifdef __NR_afs_syscall
    {"sys_afs_syscall", __NR_afs_syscall},
#endif
#ifdef __NR_alarm
    {"sys_alarm", __NR_alarm},
#endif
#ifdef __NR_arch_prctl
    {"sys_arch_prctl", __NR_arch_prctl},
#endif
#ifdef __NR_bdflush
    {"sys_bdflush", __NR_bdflush},
#endif
#ifdef __NR_bind
    {"sys_bind", __NR_bind},
#endif
#ifdef __NR_bpf
    {"sys_bpf", __NR_bpf},
#endif
#ifdef __NR_break
    {"sys_break", __NR_break},
#endif
#ifdef __NR_brk
    {"sys_brk", __NR_brk},
#endif
#ifdef __NR_capget
    {"sys_capget", __NR_capget},
#endif
#ifdef __NR_capset
    {"sys_capset", __NR_capset},
#endif
#ifdef __NR_chdir
    {"sys_chdir", __NR_chdir},
#endif
#ifdef __NR_chmod
    {"sys_chmod", __NR_chmod},
#endif
#ifdef __NR_chown
    {"sys_chown", __NR_chown},
#endif
#ifdef __NR_chown32
    {"sys_chown32", __NR_chown32},
#endif
#ifdef __NR_chroot
    {"sys_chroot", __NR_chroot},
#endif
#ifdef __NR_clock_adjtime
    {"sys_clock_adjtime", __NR_clock_adjtime},
#endif
#ifdef __NR_clock_adjtime64
    {"sys_clock_adjtime64", __NR_clock_adjtime64},
#endif
#ifdef __NR_clock_getres
    {"sys_clock_getres", __NR_clock_getres},
#endif
#ifdef __NR_clock_getres_time64
    {"sys_clock_getres_time64", __NR_clock_getres_time64},
#endif
#ifdef __NR_clock_gettime
    {"sys_clock_gettime", __NR_clock_gettime},
#endif
#ifdef __NR_clock_gettime64
    {"sys_clock_gettime64", __NR_clock_gettime64},
#endif
#ifdef __NR_clock_nanosleep
    {"sys_clock_nanosleep", __NR_clock_nanosleep},
#endif
#ifdef __NR_clock_nanosleep_time64
    {"sys_clock_nanosleep_time64", __NR_clock_nanosleep_time64},
#endif
#ifdef __NR_clock_settime
    {"sys_clock_settime", __NR_clock_settime},
#endif
#ifdef __NR_clock_settime64
    {"sys_clock_settime64", __NR_clock_settime64},
#endif
#ifdef __NR_clone
    {"sys_clone", __NR_clone},
#endif
#ifdef __NR_clone3
    {"sys_clone3", __NR_clone3},
#endif
#ifdef __NR_close
    {"sys_close", __NR_close},
#endif
#ifdef __NR_close_range
    {"sys_close_range", __NR_close_range},
#endif
#ifdef __NR_connect
    {"sys_connect", __NR_connect},
#endif
#ifdef __NR_copy_file_range
    {"sys_copy_file_range", __NR_copy_file_range},
#endif
#ifdef __NR_creat
    {"sys_creat", __NR_creat},
#endif
#ifdef __NR_create_module
    {"sys_create_module", __NR_create_module},
#endif
#ifdef __NR_delete_module
    {"sys_delete_module", __NR_delete_module},
#endif
#ifdef __NR_dup
    {"sys_dup", __NR_dup},
#endif
#ifdef __NR_dup2
    {"sys_dup2", __NR_dup2},
#endif
#ifdef __NR_dup3
    {"sys_dup3", __NR_dup3},
#endif
#ifdef __NR_epoll_create
    {"sys_epoll_create", __NR_epoll_create},
#endif
#ifdef __NR_epoll_create1
    {"sys_epoll_create1", __NR_epoll_create1},
#endif
#ifdef __NR_epoll_ctl
    {"sys_epoll_ctl", __NR_epoll_ctl},
#endif
#ifdef __NR_epoll_ctl_old
    {"sys_epoll_ctl_old", __NR_epoll_ctl_old},
#endif
#ifdef __NR_epoll_pwait
    {"sys_epoll_pwait", __NR_epoll_pwait},
#endif
#ifdef __NR_epoll_pwait2
    {"sys_epoll_pwait2", __NR_epoll_pwait2},
#endif
#ifdef __NR_epoll_wait
    {"sys_epoll_wait", __NR_epoll_wait},
#endif
#ifdef __NR_epoll_wait_old
    {"sys_epoll_wait_old", __NR_epoll_wait_old},
#endif
#ifdef __NR_eventfd
    {"sys_eventfd", __NR_eventfd},
#endif
#ifdef __NR_eventfd2
    {"sys_eventfd2", __NR_eventfd2},
#endif
#ifdef __NR_execve
    {"sys_execve", __NR_execve},
#endif
#ifdef __NR_execveat
    {"sys_execveat", __NR_execveat},
#endif
#ifdef __NR_exit
    {"sys_exit", __NR_exit},
#endif
#ifdef __NR_exit_group
    {"sys_exit_group", __NR_exit_group},
#endif
#ifdef __NR_faccessat
    {"sys_faccessat", __NR_faccessat},
#endif
#ifdef __NR_faccessat2
    {"sys_faccessat2", __NR_faccessat2},
#endif
#ifdef __NR_fadvise64
    {"sys_fadvise64", __NR_fadvise64},
#endif
#ifdef __NR_fadvise64_64
    {"sys_fadvise64_64", __NR_fadvise64_64},
#endif
#ifdef __NR_fallocate
    {"sys_fallocate", __NR_fallocate},
#endif
#ifdef __NR_fanotify_init
    {"sys_fanotify_init", __NR_fanotify_init},
#endif
#ifdef __NR_fanotify_mark
    {"sys_fanotify_mark", __NR_fanotify_mark},
#endif
#ifdef __NR_fchdir
    {"sys_fchdir", __NR_fchdir},
#endif
#ifdef __NR_fchmod
    {"sys_fchmod", __NR_fchmod},
#endif
#ifdef __NR_fchmodat
    {"sys_fchmodat", __NR_fchmodat},
#endif
#ifdef __NR_fchown
    {"sys_fchown", __NR_fchown},
#endif
#ifdef __NR_fchown32
    {"sys_fchown32", __NR_fchown32},
#endif
#ifdef __NR_fchownat
    {"sys_fchownat", __NR_fchownat},
#endif
#ifdef __NR_fcntl
    {"sys_fcntl", __NR_fcntl},
#endif
#ifdef __NR_fcntl64
    {"sys_fcntl64", __NR_fcntl64},
#endif
#ifdef __NR_fdatasync
    {"sys_fdatasync", __NR_fdatasync},
#endif
#ifdef __NR_fgetxattr
    {"sys_fgetxattr", __NR_fgetxattr},
#endif
#ifdef __NR_finit_module
    {"sys_finit_module", __NR_finit_module},
#endif
#ifdef __NR_flistxattr
    {"sys_flistxattr", __NR_flistxattr},
#endif
#ifdef __NR_flock
    {"sys_flock", __NR_flock},
#endif
#ifdef __NR_fork
    {"sys_fork", __NR_fork},
#endif
#ifdef __NR_fremovexattr
    {"sys_fremovexattr", __NR_fremovexattr},
#endif
#ifdef __NR_fsconfig
    {"sys_fsconfig", __NR_fsconfig},
#endif
#ifdef __NR_fsetxattr
    {"sys_fsetxattr", __NR_fsetxattr},
#endif
#ifdef __NR_fsmount
    {"sys_fsmount", __NR_fsmount},
#endif
#ifdef __NR_fsopen
    {"sys_fsopen", __NR_fsopen},
#endif
#ifdef __NR_fspick
    {"sys_fspick", __NR_fspick},
#endif
#ifdef __NR_fstat
    {"sys_fstat", __NR_fstat},
#endif
#ifdef __NR_fstat64
    {"sys_fstat64", __NR_fstat64},
#endif
#ifdef __NR_fstatat64
    {"sys_fstatat64", __NR_fstatat64},
#endif
#ifdef __NR_fstatfs
    {"sys_fstatfs", __NR_fstatfs},
#endif
#ifdef __NR_fstatfs64
    {"sys_fstatfs64", __NR_fstatfs64},
#endif
#ifdef __NR_fsync
    {"sys_fsync", __NR_fsync},
#endif
#ifdef __NR_ftime
    {"sys_ftime", __NR_ftime},
#endif
#ifdef __NR_ftruncate
    {"sys_ftruncate", __NR_ftruncate},
#endif
#ifdef __NR_ftruncate64
    {"sys_ftruncate64", __NR_ftruncate64},
#endif
#ifdef __NR_futex
    {"sys_futex", __NR_futex},
#endif
#ifdef __NR_futex_time64
    {"sys_futex_time64", __NR_futex_time64},
#endif
#ifdef __NR_futex_waitv
    {"sys_futex_waitv", __NR_futex_waitv},
#endif
#ifdef __NR_futimesat
    {"sys_futimesat", __NR_futimesat},
#endif
#ifdef __NR_get_kernel_syms
    {"sys_get_kernel_syms", __NR_get_kernel_syms},
#endif
#ifdef __NR_get_mempolicy
    {"sys_get_mempolicy", __NR_get_mempolicy},
#endif
#ifdef __NR_get_robust_list
    {"sys_get_robust_list", __NR_get_robust_list},
#endif
#ifdef __NR_get_thread_area
    {"sys_get_thread_area", __NR_get_thread_area},
#endif
#ifdef __NR_getcpu
    {"sys_getcpu", __NR_getcpu},
#endif
#ifdef __NR_getcwd
    {"sys_getcwd", __NR_getcwd},
#endif
#ifdef __NR_getdents
    {"sys_getdents", __NR_getdents},
#endif
#ifdef __NR_getdents64
    {"sys_getdents64", __NR_getdents64},
#endif
#ifdef __NR_getegid
    {"sys_getegid", __NR_getegid},
#endif
#ifdef __NR_getegid32
    {"sys_getegid32", __NR_getegid32},
#endif
#ifdef __NR_geteuid
    {"sys_geteuid", __NR_geteuid},
#endif
#ifdef __NR_geteuid32
    {"sys_geteuid32", __NR_geteuid32},
#endif
#ifdef __NR_getgid
    {"sys_getgid", __NR_getgid},
#endif
#ifdef __NR_getgid32
    {"sys_getgid32", __NR_getgid32},
#endif
#ifdef __NR_getgroups
    {"sys_getgroups", __NR_getgroups},
#endif
#ifdef __NR_getgroups32
    {"sys_getgroups32", __NR_getgroups32},
#endif
#ifdef __NR_getitimer
    {"sys_getitimer", __NR_getitimer},
#endif
#ifdef __NR_getpeername
    {"sys_getpeername", __NR_getpeername},
#endif
#ifdef __NR_getpgid
    {"sys_getpgid", __NR_getpgid},
#endif
#ifdef __NR_getpgrp
    {"sys_getpgrp", __NR_getpgrp},
#endif
#ifdef __NR_getpid
    {"sys_getpid", __NR_getpid},
#endif
#ifdef __NR_getpmsg
    {"sys_getpmsg", __NR_getpmsg},
#endif
#ifdef __NR_getppid
    {"sys_getppid", __NR_getppid},
#endif
#ifdef __NR_getpriority
    {"sys_getpriority", __NR_getpriority},
#endif
#ifdef __NR_getrandom
    {"sys_getrandom", __NR_getrandom},
#endif
#ifdef __NR_getresgid
    {"sys_getresgid", __NR_getresgid},
#endif
#ifdef __NR_getresgid32
    {"sys_getresgid32", __NR_getresgid32},
#endif
#ifdef __NR_getresuid
    {"sys_getresuid", __NR_getresuid},
#endif
#ifdef __NR_getresuid32
    {"sys_getresuid32", __NR_getresuid32},
#endif
#ifdef __NR_getrlimit
    {"sys_getrlimit", __NR_getrlimit},
#endif
#ifdef __NR_getrusage
    {"sys_getrusage", __NR_getrusage},
#endif
#ifdef __NR_getsid
    {"sys_getsid", __NR_getsid},
#endif
#ifdef __NR_getsockname
    {"sys_getsockname", __NR_getsockname},
#endif
#ifdef __NR_getsockopt
    {"sys_getsockopt", __NR_getsockopt},
#endif
#ifdef __NR_gettid
    {"sys_gettid", __NR_gettid},
#endif
#ifdef __NR_gettimeofday
    {"sys_gettimeofday", __NR_gettimeofday},
#endif
#ifdef __NR_getuid
    {"sys_getuid", __NR_getuid},
#endif
#ifdef __NR_getuid32
    {"sys_getuid32", __NR_getuid32},
#endif
#ifdef __NR_getxattr
    {"sys_getxattr", __NR_getxattr},
#endif
#ifdef __NR_gtty
    {"sys_gtty", __NR_gtty},
#endif
#ifdef __NR_idle
    {"sys_idle", __NR_idle},
#endif
#ifdef __NR_init_module
    {"sys_init_module", __NR_init_module},
#endif
#ifdef __NR_inotify_add_watch
    {"sys_inotify_add_watch", __NR_inotify_add_watch},
#endif
#ifdef __NR_inotify_init
    {"sys_inotify_init", __NR_inotify_init},
#endif
#ifdef __NR_inotify_init1
    {"sys_inotify_init1", __NR_inotify_init1},
#endif
#ifdef __NR_inotify_rm_watch
    {"sys_inotify_rm_watch", __NR_inotify_rm_watch},
#endif
#ifdef __NR_io_cancel
    {"sys_io_cancel", __NR_io_cancel},
#endif
#ifdef __NR_io_destroy
    {"sys_io_destroy", __NR_io_destroy},
#endif
#ifdef __NR_io_getevents
    {"sys_io_getevents", __NR_io_getevents},
#endif
#ifdef __NR_io_pgetevents
    {"sys_io_pgetevents", __NR_io_pgetevents},
#endif
#ifdef __NR_io_pgetevents_time64
    {"sys_io_pgetevents_time64", __NR_io_pgetevents_time64},
#endif
#ifdef __NR_io_setup
    {"sys_io_setup", __NR_io_setup},
#endif
#ifdef __NR_io_submit
    {"sys_io_submit", __NR_io_submit},
#endif
#ifdef __NR_io_uring_enter
    {"sys_io_uring_enter", __NR_io_uring_enter},
#endif
#ifdef __NR_io_uring_register
    {"sys_io_uring_register", __NR_io_uring_register},
#endif
#ifdef __NR_io_uring_setup
    {"sys_io_uring_setup", __NR_io_uring_setup},
#endif
#ifdef __NR_ioctl
    {"sys_ioctl", __NR_ioctl},
#endif
#ifdef __NR_ioperm
    {"sys_ioperm", __NR_ioperm},
#endif
#ifdef __NR_iopl
    {"sys_iopl", __NR_iopl},
#endif
#ifdef __NR_ioprio_get
    {"sys_ioprio_get", __NR_ioprio_get},
#endif
#ifdef __NR_ioprio_set
    {"sys_ioprio_set", __NR_ioprio_set},
#endif
#ifdef __NR_ipc
    {"sys_ipc", __NR_ipc},
#endif
#ifdef __NR_kcmp
    {"sys_kcmp", __NR_kcmp},
#endif
#ifdef __NR_kexec_file_load
    {"sys_kexec_file_load", __NR_kexec_file_load},
#endif
#ifdef __NR_kexec_load
    {"sys_kexec_load", __NR_kexec_load},
#endif
#ifdef __NR_keyctl
    {"sys_keyctl", __NR_keyctl},
#endif
#ifdef __NR_kill
    {"sys_kill", __NR_kill},
#endif
#ifdef __NR_landlock_add_rule
    {"sys_landlock_add_rule", __NR_landlock_add_rule},
#endif
#ifdef __NR_landlock_create_ruleset
    {"sys_landlock_create_ruleset", __NR_landlock_create_ruleset},
#endif
#ifdef __NR_landlock_restrict_self
    {"sys_landlock_restrict_self", __NR_landlock_restrict_self},
#endif
#ifdef __NR_lchown
    {"sys_lchown", __NR_lchown},
#endif
#ifdef __NR_lchown32
    {"sys_lchown32", __NR_lchown32},
#endif
#ifdef __NR_lgetxattr
    {"sys_lgetxattr", __NR_lgetxattr},
#endif
#ifdef __NR_link
    {"sys_link", __NR_link},
#endif
#ifdef __NR_linkat
    {"sys_linkat", __NR_linkat},
#endif
#ifdef __NR_listen
    {"sys_listen", __NR_listen},
#endif
#ifdef __NR_listxattr
    {"sys_listxattr", __NR_listxattr},
#endif
#ifdef __NR_llistxattr
    {"sys_llistxattr", __NR_llistxattr},
#endif
#ifdef __NR_llseek
    {"sys_llseek", __NR_llseek},
#endif
#ifdef __NR_lock
    {"sys_lock", __NR_lock},
#endif
#ifdef __NR_lookup_dcookie
    {"sys_lookup_dcookie", __NR_lookup_dcookie},
#endif
#ifdef __NR_lremovexattr
    {"sys_lremovexattr", __NR_lremovexattr},
#endif
#ifdef __NR_lseek
    {"sys_lseek", __NR_lseek},
#endif
#ifdef __NR_lsetxattr
    {"sys_lsetxattr", __NR_lsetxattr},
#endif
#ifdef __NR_lstat
    {"sys_lstat", __NR_lstat},
#endif
#ifdef __NR_lstat64
    {"sys_lstat64", __NR_lstat64},
#endif
#ifdef __NR_madvise
    {"sys_madvise", __NR_madvise},
#endif
#ifdef __NR_mbind
    {"sys_mbind", __NR_mbind},
#endif
#ifdef __NR_membarrier
    {"sys_membarrier", __NR_membarrier},
#endif
#ifdef __NR_memfd_create
    {"sys_memfd_create", __NR_memfd_create},
#endif
#ifdef __NR_memfd_secret
    {"sys_memfd_secret", __NR_memfd_secret},
#endif
#ifdef __NR_migrate_pages
    {"sys_migrate_pages", __NR_migrate_pages},
#endif
#ifdef __NR_mincore
    {"sys_mincore", __NR_mincore},
#endif
#ifdef __NR_mkdir
    {"sys_mkdir", __NR_mkdir},
#endif
#ifdef __NR_mkdirat
    {"sys_mkdirat", __NR_mkdirat},
#endif
#ifdef __NR_mknod
    {"sys_mknod", __NR_mknod},
#endif
#ifdef __NR_mknodat
    {"sys_mknodat", __NR_mknodat},
#endif
#ifdef __NR_mlock
    {"sys_mlock", __NR_mlock},
#endif
#ifdef __NR_mlock2
    {"sys_mlock2", __NR_mlock2},
#endif
#ifdef __NR_mlockall
    {"sys_mlockall", __NR_mlockall},
#endif
#ifdef __NR_mmap
    {"sys_mmap", __NR_mmap},
#endif
#ifdef __NR_mmap2
    {"sys_mmap2", __NR_mmap2},
#endif
#ifdef __NR_modify_ldt
    {"sys_modify_ldt", __NR_modify_ldt},
#endif
#ifdef __NR_mount
    {"sys_mount", __NR_mount},
#endif
#ifdef __NR_mount_setattr
    {"sys_mount_setattr", __NR_mount_setattr},
#endif
#ifdef __NR_move_mount
    {"sys_move_mount", __NR_move_mount},
#endif
#ifdef __NR_move_pages
    {"sys_move_pages", __NR_move_pages},
#endif
#ifdef __NR_mprotect
    {"sys_mprotect", __NR_mprotect},
#endif
#ifdef __NR_mpx
    {"sys_mpx", __NR_mpx},
#endif
#ifdef __NR_mq_getsetattr
    {"sys_mq_getsetattr", __NR_mq_getsetattr},
#endif
#ifdef __NR_mq_notify
    {"sys_mq_notify", __NR_mq_notify},
#endif
#ifdef __NR_mq_open
    {"sys_mq_open", __NR_mq_open},
#endif
#ifdef __NR_mq_timedreceive
    {"sys_mq_timedreceive", __NR_mq_timedreceive},
#endif
#ifdef __NR_mq_timedreceive_time64
    {"sys_mq_timedreceive_time64", __NR_mq_timedreceive_time64},
#endif
#ifdef __NR_mq_timedsend
    {"sys_mq_timedsend", __NR_mq_timedsend},
#endif
#ifdef __NR_mq_timedsend_time64
    {"sys_mq_timedsend_time64", __NR_mq_timedsend_time64},
#endif
#ifdef __NR_mq_unlink
    {"sys_mq_unlink", __NR_mq_unlink},
#endif
#ifdef __NR_mremap
    {"sys_mremap", __NR_mremap},
#endif
#ifdef __NR_msgctl
    {"sys_msgctl", __NR_msgctl},
#endif
#ifdef __NR_msgget
    {"sys_msgget", __NR_msgget},
#endif
#ifdef __NR_msgrcv
    {"sys_msgrcv", __NR_msgrcv},
#endif
#ifdef __NR_msgsnd
    {"sys_msgsnd", __NR_msgsnd},
#endif
#ifdef __NR_msync
    {"sys_msync", __NR_msync},
#endif
#ifdef __NR_munlock
    {"sys_munlock", __NR_munlock},
#endif
#ifdef __NR_munlockall
    {"sys_munlockall", __NR_munlockall},
#endif
#ifdef __NR_munmap
    {"sys_munmap", __NR_munmap},
#endif
#ifdef __NR_name_to_handle_at
    {"sys_name_to_handle_at", __NR_name_to_handle_at},
#endif
#ifdef __NR_nanosleep
    {"sys_nanosleep", __NR_nanosleep},
#endif
#ifdef __NR_newfstatat
    {"sys_newfstatat", __NR_newfstatat},
#endif
#ifdef __NR_nfsservctl
    {"sys_nfsservctl", __NR_nfsservctl},
#endif
#ifdef __NR_nice
    {"sys_nice", __NR_nice},
#endif
#ifdef __NR_oldfstat
    {"sys_oldfstat", __NR_oldfstat},
#endif
#ifdef __NR_oldlstat
    {"sys_oldlstat", __NR_oldlstat},
#endif
#ifdef __NR_oldolduname
    {"sys_oldolduname", __NR_oldolduname},
#endif
#ifdef __NR_oldstat
    {"sys_oldstat", __NR_oldstat},
#endif
#ifdef __NR_olduname
    {"sys_olduname", __NR_olduname},
#endif
#ifdef __NR_open
    {"sys_open", __NR_open},
#endif
#ifdef __NR_open_by_handle_at
    {"sys_open_by_handle_at", __NR_open_by_handle_at},
#endif
#ifdef __NR_open_tree
    {"sys_open_tree", __NR_open_tree},
#endif
#ifdef __NR_openat
    {"sys_openat", __NR_openat},
#endif
#ifdef __NR_openat2
    {"sys_openat2", __NR_openat2},
#endif
#ifdef __NR_pause
    {"sys_pause", __NR_pause},
#endif
#ifdef __NR_perf_event_open
    {"sys_perf_event_open", __NR_perf_event_open},
#endif
#ifdef __NR_personality
    {"sys_personality", __NR_personality},
#endif
#ifdef __NR_pidfd_getfd
    {"sys_pidfd_getfd", __NR_pidfd_getfd},
#endif
#ifdef __NR_pidfd_open
    {"sys_pidfd_open", __NR_pidfd_open},
#endif
#ifdef __NR_pidfd_send_signal
    {"sys_pidfd_send_signal", __NR_pidfd_send_signal},
#endif
#ifdef __NR_pipe
    {"sys_pipe", __NR_pipe},
#endif
#ifdef __NR_pipe2
    {"sys_pipe2", __NR_pipe2},
#endif
#ifdef __NR_pivot_root
    {"sys_pivot_root", __NR_pivot_root},
#endif
#ifdef __NR_pkey_alloc
    {"sys_pkey_alloc", __NR_pkey_alloc},
#endif
#ifdef __NR_pkey_free
    {"sys_pkey_free", __NR_pkey_free},
#endif
#ifdef __NR_pkey_mprotect
    {"sys_pkey_mprotect", __NR_pkey_mprotect},
#endif
#ifdef __NR_poll
    {"sys_poll", __NR_poll},
#endif
#ifdef __NR_ppoll
    {"sys_ppoll", __NR_ppoll},
#endif
#ifdef __NR_ppoll_time64
    {"sys_ppoll_time64", __NR_ppoll_time64},
#endif
#ifdef __NR_prctl
    {"sys_prctl", __NR_prctl},
#endif
#ifdef __NR_pread64
    {"sys_pread64", __NR_pread64},
#endif
#ifdef __NR_preadv
    {"sys_preadv", __NR_preadv},
#endif
#ifdef __NR_preadv2
    {"sys_preadv2", __NR_preadv2},
#endif
#ifdef __NR_prlimit64
    {"sys_prlimit64", __NR_prlimit64},
#endif
#ifdef __NR_process_madvise
    {"sys_process_madvise", __NR_process_madvise},
#endif
#ifdef __NR_process_mrelease
    {"sys_process_mrelease", __NR_process_mrelease},
#endif
#ifdef __NR_process_vm_readv
    {"sys_process_vm_readv", __NR_process_vm_readv},
#endif
#ifdef __NR_process_vm_writev
    {"sys_process_vm_writev", __NR_process_vm_writev},
#endif
#ifdef __NR_prof
    {"sys_prof", __NR_prof},
#endif
#ifdef __NR_profil
    {"sys_profil", __NR_profil},
#endif
#ifdef __NR_pselect6
    {"sys_pselect6", __NR_pselect6},
#endif
#ifdef __NR_pselect6_time64
    {"sys_pselect6_time64", __NR_pselect6_time64},
#endif
#ifdef __NR_ptrace
    {"sys_ptrace", __NR_ptrace},
#endif
#ifdef __NR_putpmsg
    {"sys_putpmsg", __NR_putpmsg},
#endif
#ifdef __NR_pwrite64
    {"sys_pwrite64", __NR_pwrite64},
#endif
#ifdef __NR_pwritev
    {"sys_pwritev", __NR_pwritev},
#endif
#ifdef __NR_pwritev2
    {"sys_pwritev2", __NR_pwritev2},
#endif
#ifdef __NR_query_module
    {"sys_query_module", __NR_query_module},
#endif
#ifdef __NR_quotactl
    {"sys_quotactl", __NR_quotactl},
#endif
#ifdef __NR_quotactl_fd
    {"sys_quotactl_fd", __NR_quotactl_fd},
#endif
#ifdef __NR_read
    {"sys_read", __NR_read},
#endif
#ifdef __NR_readahead
    {"sys_readahead", __NR_readahead},
#endif
#ifdef __NR_readdir
    {"sys_readdir", __NR_readdir},
#endif
#ifdef __NR_readlink
    {"sys_readlink", __NR_readlink},
#endif
#ifdef __NR_readlinkat
    {"sys_readlinkat", __NR_readlinkat},
#endif
#ifdef __NR_readv
    {"sys_readv", __NR_readv},
#endif
#ifdef __NR_reboot
    {"sys_reboot", __NR_reboot},
#endif
#ifdef __NR_recvfrom
    {"sys_recvfrom", __NR_recvfrom},
#endif
#ifdef __NR_recvmmsg
    {"sys_recvmmsg", __NR_recvmmsg},
#endif
#ifdef __NR_recvmmsg_time64
    {"sys_recvmmsg_time64", __NR_recvmmsg_time64},
#endif
#ifdef __NR_recvmsg
    {"sys_recvmsg", __NR_recvmsg},
#endif
#ifdef __NR_remap_file_pages
    {"sys_remap_file_pages", __NR_remap_file_pages},
#endif
#ifdef __NR_removexattr
    {"sys_removexattr", __NR_removexattr},
#endif
#ifdef __NR_rename
    {"sys_rename", __NR_rename},
#endif
#ifdef __NR_renameat
    {"sys_renameat", __NR_renameat},
#endif
#ifdef __NR_renameat2
    {"sys_renameat2", __NR_renameat2},
#endif
#ifdef __NR_request_key
    {"sys_request_key", __NR_request_key},
#endif
#ifdef __NR_restart_syscall
    {"sys_restart_syscall", __NR_restart_syscall},
#endif
#ifdef __NR_rmdir
    {"sys_rmdir", __NR_rmdir},
#endif
#ifdef __NR_rseq
    {"sys_rseq", __NR_rseq},
#endif
#ifdef __NR_rt_sigaction
    {"sys_rt_sigaction", __NR_rt_sigaction},
#endif
#ifdef __NR_rt_sigpending
    {"sys_rt_sigpending", __NR_rt_sigpending},
#endif
#ifdef __NR_rt_sigprocmask
    {"sys_rt_sigprocmask", __NR_rt_sigprocmask},
#endif
#ifdef __NR_rt_sigqueueinfo
    {"sys_rt_sigqueueinfo", __NR_rt_sigqueueinfo},
#endif
#ifdef __NR_rt_sigreturn
    {"sys_rt_sigreturn", __NR_rt_sigreturn},
#endif
#ifdef __NR_rt_sigsuspend
    {"sys_rt_sigsuspend", __NR_rt_sigsuspend},
#endif
#ifdef __NR_rt_sigtimedwait
    {"sys_rt_sigtimedwait", __NR_rt_sigtimedwait},
#endif
#ifdef __NR_rt_sigtimedwait_time64
    {"sys_rt_sigtimedwait_time64", __NR_rt_sigtimedwait_time64},
#endif
#ifdef __NR_rt_tgsigqueueinfo
    {"sys_rt_tgsigqueueinfo", __NR_rt_tgsigqueueinfo},
#endif
#ifdef __NR_sched_get_priority_max
    {"sys_sched_get_priority_max", __NR_sched_get_priority_max},
#endif
#ifdef __NR_sched_get_priority_min
    {"sys_sched_get_priority_min", __NR_sched_get_priority_min},
#endif
#ifdef __NR_sched_getaffinity
    {"sys_sched_getaffinity", __NR_sched_getaffinity},
#endif
#ifdef __NR_sched_getattr
    {"sys_sched_getattr", __NR_sched_getattr},
#endif
#ifdef __NR_sched_getparam
    {"sys_sched_getparam", __NR_sched_getparam},
#endif
#ifdef __NR_sched_getscheduler
    {"sys_sched_getscheduler", __NR_sched_getscheduler},
#endif
#ifdef __NR_sched_rr_get_interval
    {"sys_sched_rr_get_interval", __NR_sched_rr_get_interval},
#endif
#ifdef __NR_sched_rr_get_interval_time64
    {"sys_sched_rr_get_interval_time64", __NR_sched_rr_get_interval_time64},
#endif
#ifdef __NR_sched_setaffinity
    {"sys_sched_setaffinity", __NR_sched_setaffinity},
#endif
#ifdef __NR_sched_setattr
    {"sys_sched_setattr", __NR_sched_setattr},
#endif
#ifdef __NR_sched_setparam
    {"sys_sched_setparam", __NR_sched_setparam},
#endif
#ifdef __NR_sched_setscheduler
    {"sys_sched_setscheduler", __NR_sched_setscheduler},
#endif
#ifdef __NR_sched_yield
    {"sys_sched_yield", __NR_sched_yield},
#endif
#ifdef __NR_seccomp
    {"sys_seccomp", __NR_seccomp},
#endif
#ifdef __NR_security
    {"sys_security", __NR_security},
#endif
#ifdef __NR_select
    {"sys_select", __NR_select},
#endif
#ifdef __NR_semctl
    {"sys_semctl", __NR_semctl},
#endif
#ifdef __NR_semget
    {"sys_semget", __NR_semget},
#endif
#ifdef __NR_semop
    {"sys_semop", __NR_semop},
#endif
#ifdef __NR_semtimedop
    {"sys_semtimedop", __NR_semtimedop},
#endif
#ifdef __NR_semtimedop_time64
    {"sys_semtimedop_time64", __NR_semtimedop_time64},
#endif
#ifdef __NR_sendfile
    {"sys_sendfile", __NR_sendfile},
#endif
#ifdef __NR_sendfile64
    {"sys_sendfile64", __NR_sendfile64},
#endif
#ifdef __NR_sendmmsg
    {"sys_sendmmsg", __NR_sendmmsg},
#endif
#ifdef __NR_sendmsg
    {"sys_sendmsg", __NR_sendmsg},
#endif
#ifdef __NR_sendto
    {"sys_sendto", __NR_sendto},
#endif
#ifdef __NR_set_mempolicy
    {"sys_set_mempolicy", __NR_set_mempolicy},
#endif
#ifdef __NR_set_mempolicy_home_node
    {"sys_set_mempolicy_home_node", __NR_set_mempolicy_home_node},
#endif
#ifdef __NR_set_robust_list
    {"sys_set_robust_list", __NR_set_robust_list},
#endif
#ifdef __NR_set_thread_area
    {"sys_set_thread_area", __NR_set_thread_area},
#endif
#ifdef __NR_set_tid_address
    {"sys_set_tid_address", __NR_set_tid_address},
#endif
#ifdef __NR_setdomainname
    {"sys_setdomainname", __NR_setdomainname},
#endif
#ifdef __NR_setfsgid
    {"sys_setfsgid", __NR_setfsgid},
#endif
#ifdef __NR_setfsgid32
    {"sys_setfsgid32", __NR_setfsgid32},
#endif
#ifdef __NR_setfsuid
    {"sys_setfsuid", __NR_setfsuid},
#endif
#ifdef __NR_setfsuid32
    {"sys_setfsuid32", __NR_setfsuid32},
#endif
#ifdef __NR_setgid
    {"sys_setgid", __NR_setgid},
#endif
#ifdef __NR_setgid32
    {"sys_setgid32", __NR_setgid32},
#endif
#ifdef __NR_setgroups
    {"sys_setgroups", __NR_setgroups},
#endif
#ifdef __NR_setgroups32
    {"sys_setgroups32", __NR_setgroups32},
#endif
#ifdef __NR_sethostname
    {"sys_sethostname", __NR_sethostname},
#endif
#ifdef __NR_setitimer
    {"sys_setitimer", __NR_setitimer},
#endif
#ifdef __NR_setns
    {"sys_setns", __NR_setns},
#endif
#ifdef __NR_setpgid
    {"sys_setpgid", __NR_setpgid},
#endif
#ifdef __NR_setpriority
    {"sys_setpriority", __NR_setpriority},
#endif
#ifdef __NR_setregid
    {"sys_setregid", __NR_setregid},
#endif
#ifdef __NR_setregid32
    {"sys_setregid32", __NR_setregid32},
#endif
#ifdef __NR_setresgid
    {"sys_setresgid", __NR_setresgid},
#endif
#ifdef __NR_setresgid32
    {"sys_setresgid32", __NR_setresgid32},
#endif
#ifdef __NR_setresuid
    {"sys_setresuid", __NR_setresuid},
#endif
#ifdef __NR_setresuid32
    {"sys_setresuid32", __NR_setresuid32},
#endif
#ifdef __NR_setreuid
    {"sys_setreuid", __NR_setreuid},
#endif
#ifdef __NR_setreuid32
    {"sys_setreuid32", __NR_setreuid32},
#endif
#ifdef __NR_setrlimit
    {"sys_setrlimit", __NR_setrlimit},
#endif
#ifdef __NR_setsid
    {"sys_setsid", __NR_setsid},
#endif
#ifdef __NR_setsockopt
    {"sys_setsockopt", __NR_setsockopt},
#endif
#ifdef __NR_settimeofday
    {"sys_settimeofday", __NR_settimeofday},
#endif
#ifdef __NR_setuid
    {"sys_setuid", __NR_setuid},
#endif
#ifdef __NR_setuid32
    {"sys_setuid32", __NR_setuid32},
#endif
#ifdef __NR_setxattr
    {"sys_setxattr", __NR_setxattr},
#endif
#ifdef __NR_sgetmask
    {"sys_sgetmask", __NR_sgetmask},
#endif
#ifdef __NR_shmat
    {"sys_shmat", __NR_shmat},
#endif
#ifdef __NR_shmctl
    {"sys_shmctl", __NR_shmctl},
#endif
#ifdef __NR_shmdt
    {"sys_shmdt", __NR_shmdt},
#endif
#ifdef __NR_shmget
    {"sys_shmget", __NR_shmget},
#endif
#ifdef __NR_shutdown
    {"sys_shutdown", __NR_shutdown},
#endif
#ifdef __NR_sigaction
    {"sys_sigaction", __NR_sigaction},
#endif
#ifdef __NR_sigaltstack
    {"sys_sigaltstack", __NR_sigaltstack},
#endif
#ifdef __NR_signal
    {"sys_signal", __NR_signal},
#endif
#ifdef __NR_signalfd
    {"sys_signalfd", __NR_signalfd},
#endif
#ifdef __NR_signalfd4
    {"sys_signalfd4", __NR_signalfd4},
#endif
#ifdef __NR_sigpending
    {"sys_sigpending", __NR_sigpending},
#endif
#ifdef __NR_sigprocmask
    {"sys_sigprocmask", __NR_sigprocmask},
#endif
#ifdef __NR_sigreturn
    {"sys_sigreturn", __NR_sigreturn},
#endif
#ifdef __NR_sigsuspend
    {"sys_sigsuspend", __NR_sigsuspend},
#endif
#ifdef __NR_socket
    {"sys_socket", __NR_socket},
#endif
#ifdef __NR_socketcall
    {"sys_socketcall", __NR_socketcall},
#endif
#ifdef __NR_socketpair
    {"sys_socketpair", __NR_socketpair},
#endif
#ifdef __NR_splice
    {"sys_splice", __NR_splice},
#endif
#ifdef __NR_ssetmask
    {"sys_ssetmask", __NR_ssetmask},
#endif
#ifdef __NR_stat
    {"sys_stat", __NR_stat},
#endif
#ifdef __NR_stat64
    {"sys_stat64", __NR_stat64},
#endif
#ifdef __NR_statfs
    {"sys_statfs", __NR_statfs},
#endif
#ifdef __NR_statfs64
    {"sys_statfs64", __NR_statfs64},
#endif
#ifdef __NR_statx
    {"sys_statx", __NR_statx},
#endif
#ifdef __NR_stime
    {"sys_stime", __NR_stime},
#endif
#ifdef __NR_stty
    {"sys_stty", __NR_stty},
#endif
#ifdef __NR_swapoff
    {"sys_swapoff", __NR_swapoff},
#endif
#ifdef __NR_swapon
    {"sys_swapon", __NR_swapon},
#endif
#ifdef __NR_symlink
    {"sys_symlink", __NR_symlink},
#endif
#ifdef __NR_symlinkat
    {"sys_symlinkat", __NR_symlinkat},
#endif
#ifdef __NR_sync
    {"sys_sync", __NR_sync},
#endif
#ifdef __NR_sync_file_range
    {"sys_sync_file_range", __NR_sync_file_range},
#endif
#ifdef __NR_sync_file_range2
    {"sys_sync_file_range2", __NR_sync_file_range2},
#endif
#ifdef __NR_syncfs
    {"sys_syncfs", __NR_syncfs},
#endif
#ifdef __NR_sysfs
    {"sys_sysfs", __NR_sysfs},
#endif
#ifdef __NR_sysinfo
    {"sys_sysinfo", __NR_sysinfo},
#endif
#ifdef __NR_syslog
    {"sys_syslog", __NR_syslog},
#endif
#ifdef __NR_tee
    {"sys_tee", __NR_tee},
#endif
#ifdef __NR_tgkill
    {"sys_tgkill", __NR_tgkill},
#endif
#ifdef __NR_time
    {"sys_time", __NR_time},
#endif
#ifdef __NR_timer_create
    {"sys_timer_create", __NR_timer_create},
#endif
#ifdef __NR_timer_delete
    {"sys_timer_delete", __NR_timer_delete},
#endif
#ifdef __NR_timer_getoverrun
    {"sys_timer_getoverrun", __NR_timer_getoverrun},
#endif
#ifdef __NR_timer_gettime
    {"sys_timer_gettime", __NR_timer_gettime},
#endif
#ifdef __NR_timer_gettime64
    {"sys_timer_gettime64", __NR_timer_gettime64},
#endif
#ifdef __NR_timer_settime
    {"sys_timer_settime", __NR_timer_settime},
#endif
#ifdef __NR_timer_settime64
    {"sys_timer_settime64", __NR_timer_settime64},
#endif
#ifdef __NR_timerfd_create
    {"sys_timerfd_create", __NR_timerfd_create},
#endif
#ifdef __NR_timerfd_gettime
    {"sys_timerfd_gettime", __NR_timerfd_gettime},
#endif
#ifdef __NR_timerfd_gettime64
    {"sys_timerfd_gettime64", __NR_timerfd_gettime64},
#endif
#ifdef __NR_timerfd_settime
    {"sys_timerfd_settime", __NR_timerfd_settime},
#endif
#ifdef __NR_timerfd_settime64
    {"sys_timerfd_settime64", __NR_timerfd_settime64},
#endif
#ifdef __NR_times
    {"sys_times", __NR_times},
#endif
#ifdef __NR_tkill
    {"sys_tkill", __NR_tkill},
#endif
#ifdef __NR_truncate
    {"sys_truncate", __NR_truncate},
#endif
#ifdef __NR_truncate64
    {"sys_truncate64", __NR_truncate64},
#endif
#ifdef __NR_tuxcall
    {"sys_tuxcall", __NR_tuxcall},
#endif
#ifdef __NR_ugetrlimit
    {"sys_ugetrlimit", __NR_ugetrlimit},
#endif
#ifdef __NR_ulimit
    {"sys_ulimit", __NR_ulimit},
#endif
#ifdef __NR_umask
    {"sys_umask", __NR_umask},
#endif
#ifdef __NR_umount
    {"sys_umount", __NR_umount},
#endif
#ifdef __NR_umount2
    {"sys_umount2", __NR_umount2},
#endif
#ifdef __NR_uname
    {"sys_uname", __NR_uname},
#endif
#ifdef __NR_unlink
    {"sys_unlink", __NR_unlink},
#endif
#ifdef __NR_unlinkat
    {"sys_unlinkat", __NR_unlinkat},
#endif
#ifdef __NR_unshare
    {"sys_unshare", __NR_unshare},
#endif
#ifdef __NR_uselib
    {"sys_uselib", __NR_uselib},
#endif
#ifdef __NR_userfaultfd
    {"sys_userfaultfd", __NR_userfaultfd},
#endif
#ifdef __NR_ustat
    {"sys_ustat", __NR_ustat},
#endif
#ifdef __NR_utime
    {"sys_utime", __NR_utime},
#endif
#ifdef __NR_utimensat
    {"sys_utimensat", __NR_utimensat},
#endif
#ifdef __NR_utimensat_time64
    {"sys_utimensat_time64", __NR_utimensat_time64},
#endif
#ifdef __NR_utimes
    {"sys_utimes", __NR_utimes},
#endif
#ifdef __NR_vfork
    {"sys_vfork", __NR_vfork},
#endif
#ifdef __NR_vhangup
    {"sys_vhangup", __NR_vhangup},
#endif
#ifdef __NR_vm86
    {"sys_vm86", __NR_vm86},
#endif
#ifdef __NR_vm86old
    {"sys_vm86old", __NR_vm86old},
#endif
#ifdef __NR_vmsplice
    {"sys_vmsplice", __NR_vmsplice},
#endif
#ifdef __NR_vserver
    {"sys_vserver", __NR_vserver},
#endif
#ifdef __NR_wait4
    {"sys_wait4", __NR_wait4},
#endif
#ifdef __NR_waitid
    {"sys_waitid", __NR_waitid},
#endif
#ifdef __NR_waitpid
    {"sys_waitpid", __NR_waitpid},
#endif
#ifdef __NR_write
    {"sys_write", __NR_write},
#endif
#ifdef __NR_writev
    {"sys_writev", __NR_writev},
#endif
#ifdef AUDIT_ARCH_AARCH64
    {"audit_arch_aarch64", AUDIT_ARCH_AARCH64},
#endif
#ifdef AUDIT_ARCH_ALPHA
    {"audit_arch_alpha", AUDIT_ARCH_ALPHA},
#endif
#ifdef AUDIT_ARCH_ARCOMPACT
    {"audit_arch_arcompact", AUDIT_ARCH_ARCOMPACT},
#endif
#ifdef AUDIT_ARCH_ARCOMPACTBE
    {"audit_arch_arcompactbe", AUDIT_ARCH_ARCOMPACTBE},
#endif
#ifdef AUDIT_ARCH_ARCV2
    {"audit_arch_arcv2", AUDIT_ARCH_ARCV2},
#endif
#ifdef AUDIT_ARCH_ARCV2BE
    {"audit_arch_arcv2be", AUDIT_ARCH_ARCV2BE},
#endif
#ifdef AUDIT_ARCH_ARM
    {"audit_arch_arm", AUDIT_ARCH_ARM},
#endif
#ifdef AUDIT_ARCH_ARMEB
    {"audit_arch_armeb", AUDIT_ARCH_ARMEB},
#endif
#ifdef AUDIT_ARCH_C6X
    {"audit_arch_c6x", AUDIT_ARCH_C6X},
#endif
#ifdef AUDIT_ARCH_C6XBE
    {"audit_arch_c6xbe", AUDIT_ARCH_C6XBE},
#endif
#ifdef AUDIT_ARCH_CRIS
    {"audit_arch_cris", AUDIT_ARCH_CRIS},
#endif
#ifdef AUDIT_ARCH_CSKY
    {"audit_arch_csky", AUDIT_ARCH_CSKY},
#endif
#ifdef AUDIT_ARCH_FRV
    {"audit_arch_frv", AUDIT_ARCH_FRV},
#endif
#ifdef AUDIT_ARCH_H8300
    {"audit_arch_h8300", AUDIT_ARCH_H8300},
#endif
#ifdef AUDIT_ARCH_HEXAGON
    {"audit_arch_hexagon", AUDIT_ARCH_HEXAGON},
#endif
#ifdef AUDIT_ARCH_I386
    {"audit_arch_i386", AUDIT_ARCH_I386},
#endif
#ifdef AUDIT_ARCH_IA64
    {"audit_arch_ia64", AUDIT_ARCH_IA64},
#endif
#ifdef AUDIT_ARCH_LOONGARCH32
    {"audit_arch_loongarch32", AUDIT_ARCH_LOONGARCH32},
#endif
#ifdef AUDIT_ARCH_LOONGARCH64
    {"audit_arch_loongarch64", AUDIT_ARCH_LOONGARCH64},
#endif
#ifdef AUDIT_ARCH_M32R
    {"audit_arch_m32r", AUDIT_ARCH_M32R},
#endif
#ifdef AUDIT_ARCH_M68K
    {"audit_arch_m68k", AUDIT_ARCH_M68K},
#endif
#ifdef AUDIT_ARCH_MICROBLAZE
    {"audit_arch_microblaze", AUDIT_ARCH_MICROBLAZE},
#endif
#ifdef AUDIT_ARCH_MIPS
    {"audit_arch_mips", AUDIT_ARCH_MIPS},
#endif
#ifdef AUDIT_ARCH_MIPS64
    {"audit_arch_mips64", AUDIT_ARCH_MIPS64},
#endif
#ifdef AUDIT_ARCH_MIPS64N32
    {"audit_arch_mips64n32", AUDIT_ARCH_MIPS64N32},
#endif
#ifdef AUDIT_ARCH_MIPSEL
    {"audit_arch_mipsel", AUDIT_ARCH_MIPSEL},
#endif
#ifdef AUDIT_ARCH_MIPSEL64
    {"audit_arch_mipsel64", AUDIT_ARCH_MIPSEL64},
#endif
#ifdef AUDIT_ARCH_MIPSEL64N32
    {"audit_arch_mipsel64n32", AUDIT_ARCH_MIPSEL64N32},
#endif
#ifdef AUDIT_ARCH_NDS32
    {"audit_arch_nds32", AUDIT_ARCH_NDS32},
#endif
#ifdef AUDIT_ARCH_NDS32BE
    {"audit_arch_nds32be", AUDIT_ARCH_NDS32BE},
#endif
#ifdef AUDIT_ARCH_NIOS2
    {"audit_arch_nios2", AUDIT_ARCH_NIOS2},
#endif
#ifdef AUDIT_ARCH_OPENRISC
    {"audit_arch_openrisc", AUDIT_ARCH_OPENRISC},
#endif
#ifdef AUDIT_ARCH_PARISC
    {"audit_arch_parisc", AUDIT_ARCH_PARISC},
#endif
#ifdef AUDIT_ARCH_PARISC64
    {"audit_arch_parisc64", AUDIT_ARCH_PARISC64},
#endif
#ifdef AUDIT_ARCH_PPC
    {"audit_arch_ppc", AUDIT_ARCH_PPC},
#endif
#ifdef AUDIT_ARCH_PPC64
    {"audit_arch_ppc64", AUDIT_ARCH_PPC64},
#endif
#ifdef AUDIT_ARCH_PPC64LE
    {"audit_arch_ppc64le", AUDIT_ARCH_PPC64LE},
#endif
#ifdef AUDIT_ARCH_RISCV32
    {"audit_arch_riscv32", AUDIT_ARCH_RISCV32},
#endif
#ifdef AUDIT_ARCH_RISCV64
    {"audit_arch_riscv64", AUDIT_ARCH_RISCV64},
#endif
#ifdef AUDIT_ARCH_S390
    {"audit_arch_s390", AUDIT_ARCH_S390},
#endif
#ifdef AUDIT_ARCH_S390X
    {"audit_arch_s390x", AUDIT_ARCH_S390X},
#endif
#ifdef AUDIT_ARCH_SH
    {"audit_arch_sh", AUDIT_ARCH_SH},
#endif
#ifdef AUDIT_ARCH_SH64
    {"audit_arch_sh64", AUDIT_ARCH_SH64},
#endif
#ifdef AUDIT_ARCH_SHEL
    {"audit_arch_shel", AUDIT_ARCH_SHEL},
#endif
#ifdef AUDIT_ARCH_SHEL64
    {"audit_arch_shel64", AUDIT_ARCH_SHEL64},
#endif
#ifdef AUDIT_ARCH_SPARC
    {"audit_arch_sparc", AUDIT_ARCH_SPARC},
#endif
#ifdef AUDIT_ARCH_SPARC64
    {"audit_arch_sparc64", AUDIT_ARCH_SPARC64},
#endif
#ifdef AUDIT_ARCH_TILEGX
    {"audit_arch_tilegx", AUDIT_ARCH_TILEGX},
#endif
#ifdef AUDIT_ARCH_TILEGX32
    {"audit_arch_tilegx32", AUDIT_ARCH_TILEGX32},
#endif
#ifdef AUDIT_ARCH_TILEPRO
    {"audit_arch_tilepro", AUDIT_ARCH_TILEPRO},
#endif
#ifdef AUDIT_ARCH_UNICORE
    {"audit_arch_unicore", AUDIT_ARCH_UNICORE},
#endif
#ifdef AUDIT_ARCH_X86_64
    {"audit_arch_x86_64", AUDIT_ARCH_X86_64},
#endif
#ifdef AUDIT_ARCH_XTENSA
    {"audit_arch_xtensa", AUDIT_ARCH_XTENSA},
#endif
    {NULL, 0}};

#endif
