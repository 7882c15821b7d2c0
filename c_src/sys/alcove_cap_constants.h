/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_CAP_CONSTANTS_H
#define ALCOVE_CAP_CONSTANTS_H

#ifdef __linux__
#include <linux/capability.h>
#endif

/* Linux capabilities (capget, capset, capability_constant): bit numbers */
const alcove_constant_t alcove_cap_constants[] = {
#if defined(CAP_CHOWN)
    {"cap_chown", CAP_CHOWN},
#endif
#if defined(CAP_DAC_OVERRIDE)
    {"cap_dac_override", CAP_DAC_OVERRIDE},
#endif
#if defined(CAP_DAC_READ_SEARCH)
    {"cap_dac_read_search", CAP_DAC_READ_SEARCH},
#endif
#if defined(CAP_FOWNER)
    {"cap_fowner", CAP_FOWNER},
#endif
#if defined(CAP_FSETID)
    {"cap_fsetid", CAP_FSETID},
#endif
#if defined(CAP_KILL)
    {"cap_kill", CAP_KILL},
#endif
#if defined(CAP_SETGID)
    {"cap_setgid", CAP_SETGID},
#endif
#if defined(CAP_SETUID)
    {"cap_setuid", CAP_SETUID},
#endif
#if defined(CAP_SETPCAP)
    {"cap_setpcap", CAP_SETPCAP},
#endif
#if defined(CAP_LINUX_IMMUTABLE)
    {"cap_linux_immutable", CAP_LINUX_IMMUTABLE},
#endif
#if defined(CAP_NET_BIND_SERVICE)
    {"cap_net_bind_service", CAP_NET_BIND_SERVICE},
#endif
#if defined(CAP_NET_BROADCAST)
    {"cap_net_broadcast", CAP_NET_BROADCAST},
#endif
#if defined(CAP_NET_ADMIN)
    {"cap_net_admin", CAP_NET_ADMIN},
#endif
#if defined(CAP_NET_RAW)
    {"cap_net_raw", CAP_NET_RAW},
#endif
#if defined(CAP_IPC_LOCK)
    {"cap_ipc_lock", CAP_IPC_LOCK},
#endif
#if defined(CAP_IPC_OWNER)
    {"cap_ipc_owner", CAP_IPC_OWNER},
#endif
#if defined(CAP_SYS_MODULE)
    {"cap_sys_module", CAP_SYS_MODULE},
#endif
#if defined(CAP_SYS_RAWIO)
    {"cap_sys_rawio", CAP_SYS_RAWIO},
#endif
#if defined(CAP_SYS_CHROOT)
    {"cap_sys_chroot", CAP_SYS_CHROOT},
#endif
#if defined(CAP_SYS_PTRACE)
    {"cap_sys_ptrace", CAP_SYS_PTRACE},
#endif
#if defined(CAP_SYS_PACCT)
    {"cap_sys_pacct", CAP_SYS_PACCT},
#endif
#if defined(CAP_SYS_ADMIN)
    {"cap_sys_admin", CAP_SYS_ADMIN},
#endif
#if defined(CAP_SYS_BOOT)
    {"cap_sys_boot", CAP_SYS_BOOT},
#endif
#if defined(CAP_SYS_NICE)
    {"cap_sys_nice", CAP_SYS_NICE},
#endif
#if defined(CAP_SYS_RESOURCE)
    {"cap_sys_resource", CAP_SYS_RESOURCE},
#endif
#if defined(CAP_SYS_TIME)
    {"cap_sys_time", CAP_SYS_TIME},
#endif
#if defined(CAP_SYS_TTY_CONFIG)
    {"cap_sys_tty_config", CAP_SYS_TTY_CONFIG},
#endif
#if defined(CAP_MKNOD)
    {"cap_mknod", CAP_MKNOD},
#endif
#if defined(CAP_LEASE)
    {"cap_lease", CAP_LEASE},
#endif
#if defined(CAP_AUDIT_WRITE)
    {"cap_audit_write", CAP_AUDIT_WRITE},
#endif
#if defined(CAP_AUDIT_CONTROL)
    {"cap_audit_control", CAP_AUDIT_CONTROL},
#endif
#if defined(CAP_SETFCAP)
    {"cap_setfcap", CAP_SETFCAP},
#endif
#if defined(CAP_MAC_OVERRIDE)
    {"cap_mac_override", CAP_MAC_OVERRIDE},
#endif
#if defined(CAP_MAC_ADMIN)
    {"cap_mac_admin", CAP_MAC_ADMIN},
#endif
#if defined(CAP_SYSLOG)
    {"cap_syslog", CAP_SYSLOG},
#endif
#if defined(CAP_WAKE_ALARM)
    {"cap_wake_alarm", CAP_WAKE_ALARM},
#endif
#if defined(CAP_BLOCK_SUSPEND)
    {"cap_block_suspend", CAP_BLOCK_SUSPEND},
#endif
#if defined(CAP_AUDIT_READ)
    {"cap_audit_read", CAP_AUDIT_READ},
#endif
#if defined(CAP_PERFMON)
    {"cap_perfmon", CAP_PERFMON},
#endif
#if defined(CAP_BPF)
    {"cap_bpf", CAP_BPF},
#endif
#if defined(CAP_CHECKPOINT_RESTORE)
    {"cap_checkpoint_restore", CAP_CHECKPOINT_RESTORE},
#endif
    {NULL, 0}};

#endif
