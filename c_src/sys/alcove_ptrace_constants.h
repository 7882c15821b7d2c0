/* clang-format off */
/* GENERATED at development time by a gcc -dM -E scan of the
 * Linux headers; every entry is guarded so other platforms compile. */
#ifndef ALCOVE_PTRACE_CONSTANTS_H
#define ALCOVE_PTRACE_CONSTANTS_H

#ifdef __linux__
#include <linux/ptrace.h>
#endif

const alcove_constant_t alcove_ptrace_constants[] = {
#ifdef PTRACE_ARCH_PRCTL
    {"ptrace_arch_prctl", PTRACE_ARCH_PRCTL},
#endif
#ifdef PTRACE_ATTACH
    {"ptrace_attach", PTRACE_ATTACH},
#endif
#ifdef PTRACE_CONT
    {"ptrace_cont", PTRACE_CONT},
#endif
#ifdef PTRACE_DETACH
    {"ptrace_detach", PTRACE_DETACH},
#endif
#ifdef PTRACE_GETEVENTMSG
    {"ptrace_geteventmsg", PTRACE_GETEVENTMSG},
#endif
#ifdef PTRACE_GETFPREGS
    {"ptrace_getfpregs", PTRACE_GETFPREGS},
#endif
#ifdef PTRACE_GETFPXREGS
    {"ptrace_getfpxregs", PTRACE_GETFPXREGS},
#endif
#ifdef PTRACE_GETREGS
    {"ptrace_getregs", PTRACE_GETREGS},
#endif
#ifdef PTRACE_GETREGSET
    {"ptrace_getregset", PTRACE_GETREGSET},
#endif
#ifdef PTRACE_GETSIGINFO
    {"ptrace_getsiginfo", PTRACE_GETSIGINFO},
#endif
#ifdef PTRACE_GETSIGMASK
    {"ptrace_getsigmask", PTRACE_GETSIGMASK},
#endif
#ifdef PTRACE_GET_RSEQ_CONFIGURATION
    {"ptrace_get_rseq_configuration", PTRACE_GET_RSEQ_CONFIGURATION},
#endif
#ifdef PTRACE_GET_SYSCALL_INFO
    {"ptrace_get_syscall_info", PTRACE_GET_SYSCALL_INFO},
#endif
#ifdef PTRACE_GET_THREAD_AREA
    {"ptrace_get_thread_area", PTRACE_GET_THREAD_AREA},
#endif
#ifdef PTRACE_INTERRUPT
    {"ptrace_interrupt", PTRACE_INTERRUPT},
#endif
#ifdef PTRACE_KILL
    {"ptrace_kill", PTRACE_KILL},
#endif
#ifdef PTRACE_LISTEN
    {"ptrace_listen", PTRACE_LISTEN},
#endif
#ifdef PTRACE_OLDSETOPTIONS
    {"ptrace_oldsetoptions", PTRACE_OLDSETOPTIONS},
#endif
#ifdef PTRACE_PEEKDATA
    {"ptrace_peekdata", PTRACE_PEEKDATA},
#endif
#ifdef PTRACE_PEEKSIGINFO
    {"ptrace_peeksiginfo", PTRACE_PEEKSIGINFO},
#endif
#ifdef PTRACE_PEEKSIGINFO_SHARED
    {"ptrace_peeksiginfo_shared", PTRACE_PEEKSIGINFO_SHARED},
#endif
#ifdef PTRACE_PEEKTEXT
    {"ptrace_peektext", PTRACE_PEEKTEXT},
#endif
#ifdef PTRACE_PEEKUSR
    {"ptrace_peekusr", PTRACE_PEEKUSR},
#endif
#ifdef PTRACE_POKEDATA
    {"ptrace_pokedata", PTRACE_POKEDATA},
#endif
#ifdef PTRACE_POKETEXT
    {"ptrace_poketext", PTRACE_POKETEXT},
#endif
#ifdef PTRACE_POKEUSR
    {"ptrace_pokeusr", PTRACE_POKEUSR},
#endif
#ifdef PTRACE_SECCOMP_GET_FILTER
    {"ptrace_seccomp_get_filter", PTRACE_SECCOMP_GET_FILTER},
#endif
#ifdef PTRACE_SECCOMP_GET_METADATA
    {"ptrace_seccomp_get_metadata", PTRACE_SECCOMP_GET_METADATA},
#endif
#ifdef PTRACE_SEIZE
    {"ptrace_seize", PTRACE_SEIZE},
#endif
#ifdef PTRACE_SETFPREGS
    {"ptrace_setfpregs", PTRACE_SETFPREGS},
#endif
#ifdef PTRACE_SETFPXREGS
    {"ptrace_setfpxregs", PTRACE_SETFPXREGS},
#endif
#ifdef PTRACE_SETOPTIONS
    {"ptrace_setoptions", PTRACE_SETOPTIONS},
#endif
#ifdef PTRACE_SETREGS
    {"ptrace_setregs", PTRACE_SETREGS},
#endif
#ifdef PTRACE_SETREGSET
    {"ptrace_setregset", PTRACE_SETREGSET},
#endif
#ifdef PTRACE_SETSIGINFO
    {"ptrace_setsiginfo", PTRACE_SETSIGINFO},
#endif
#ifdef PTRACE_SETSIGMASK
    {"ptrace_setsigmask", PTRACE_SETSIGMASK},
#endif
#ifdef PTRACE_SET_THREAD_AREA
    {"ptrace_set_thread_area", PTRACE_SET_THREAD_AREA},
#endif
#ifdef PTRACE_SINGLEBLOCK
    {"ptrace_singleblock", PTRACE_SINGLEBLOCK},
#endif
#ifdef PTRACE_SINGLESTEP
    {"ptrace_singlestep", PTRACE_SINGLESTEP},
#endif
#ifdef PTRACE_SYSCALL
    {"ptrace_syscall", PTRACE_SYSCALL},
#endif
#ifdef PTRACE_SYSCALL_INFO_ENTRY
    {"ptrace_syscall_info_entry", PTRACE_SYSCALL_INFO_ENTRY},
#endif
#ifdef PTRACE_SYSCALL_INFO_EXIT
    {"ptrace_syscall_info_exit", PTRACE_SYSCALL_INFO_EXIT},
#endif
#ifdef PTRACE_SYSCALL_INFO_NONE
    {"ptrace_syscall_info_none", PTRACE_SYSCALL_INFO_NONE},
#endif
#ifdef PTRACE_SYSCALL_INFO_SECCOMP
    {"ptrace_syscall_info_seccomp", PTRACE_SYSCALL_INFO_SECCOMP},
#endif
#ifdef PTRACE_SYSEMU
    {"ptrace_sysemu", PTRACE_SYSEMU},
#endif
#ifdef PTRACE_SYSEMU_SINGLESTEP
    {"ptrace_sysemu_singlestep", PTRACE_SYSEMU_SINGLESTEP},
#endif
#ifdef PTRACE_TRACEME
    {"ptrace_traceme", PTRACE_TRACEME},
#endif
#ifdef PTRACE_O_EXITKILL
    {"ptrace_o_exitkill", PTRACE_O_EXITKILL},
#endif
#ifdef PTRACE_O_MASK
    {"ptrace_o_mask", PTRACE_O_MASK},
#endif
#ifdef PTRACE_O_SUSPEND_SECCOMP
    {"ptrace_o_suspend_seccomp", PTRACE_O_SUSPEND_SECCOMP},
#endif
#ifdef PTRACE_O_TRACECLONE
    {"ptrace_o_traceclone", PTRACE_O_TRACECLONE},
#endif
#ifdef PTRACE_O_TRACEEXEC
    {"ptrace_o_traceexec", PTRACE_O_TRACEEXEC},
#endif
#ifdef PTRACE_O_TRACEEXIT
    {"ptrace_o_traceexit", PTRACE_O_TRACEEXIT},
#endif
#ifdef PTRACE_O_TRACEFORK
    {"ptrace_o_tracefork", PTRACE_O_TRACEFORK},
#endif
#ifdef PTRACE_O_TRACESECCOMP
    {"ptrace_o_traceseccomp", PTRACE_O_TRACESECCOMP},
#endif
#ifdef PTRACE_O_TRACESYSGOOD
    {"ptrace_o_tracesysgood", PTRACE_O_TRACESYSGOOD},
#endif
#ifdef PTRACE_O_TRACEVFORK
    {"ptrace_o_tracevfork", PTRACE_O_TRACEVFORK},
#endif
#ifdef PTRACE_O_TRACEVFORKDONE
    {"ptrace_o_tracevforkdone", PTRACE_O_TRACEVFORKDONE},
#endif
#ifdef PTRACE_EVENTMSG_SYSCALL_ENTRY
    {"ptrace_eventmsg_syscall_entry", PTRACE_EVENTMSG_SYSCALL_ENTRY},
#endif
#ifdef PTRACE_EVENTMSG_SYSCALL_EXIT
    {"ptrace_eventmsg_syscall_exit", PTRACE_EVENTMSG_SYSCALL_EXIT},
#endif
#ifdef PTRACE_EVENT_CLONE
    {"ptrace_event_clone", PTRACE_EVENT_CLONE},
#endif
#ifdef PTRACE_EVENT_EXEC
    {"ptrace_event_exec", PTRACE_EVENT_EXEC},
#endif
#ifdef PTRACE_EVENT_EXIT
    {"ptrace_event_exit", PTRACE_EVENT_EXIT},
#endif
#ifdef PTRACE_EVENT_FORK
    {"ptrace_event_fork", PTRACE_EVENT_FORK},
#endif
#ifdef PTRACE_EVENT_SECCOMP
    {"ptrace_event_seccomp", PTRACE_EVENT_SECCOMP},
#endif
#ifdef PTRACE_EVENT_STOP
    {"ptrace_event_stop", PTRACE_EVENT_STOP},
#endif
#ifdef PTRACE_EVENT_VFORK
    {"ptrace_event_vfork", PTRACE_EVENT_VFORK},
#endif
#ifdef PTRACE_EVENT_VFORK_DONE
    {"ptrace_event_vfork_done", PTRACE_EVENT_VFORK_DONE},
#endif
    {NULL, 0}};

#endif
