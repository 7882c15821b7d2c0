/* clang-format off */
/* GENERATED at development time by a gcc -dM -E scan of the
 * Linux headers; every entry is guarded so other platforms compile. */
#ifndef ALCOVE_PRCTL_CONSTANTS_H
#define ALCOVE_PRCTL_CONSTANTS_H

#ifdef __linux__
#include <linux/seccomp.h>
#include <sys/prctl.h>
#endif

const alcove_constant_t alcove_prctl_constants[] = {
#ifdef PR_CAPBSET_DROP
    {"pr_capbset_drop", PR_CAPBSET_DROP},
#endif
#ifdef PR_CAPBSET_READ
    {"pr_capbset_read", PR_CAPBSET_READ},
#endif
#ifdef PR_CAP_AMBIENT
    {"pr_cap_ambient", PR_CAP_AMBIENT},
#endif
#ifdef PR_CAP_AMBIENT_CLEAR_ALL
    {"pr_cap_ambient_clear_all", PR_CAP_AMBIENT_CLEAR_ALL},
#endif
#ifdef PR_CAP_AMBIENT_IS_SET
    {"pr_cap_ambient_is_set", PR_CAP_AMBIENT_IS_SET},
#endif
#ifdef PR_CAP_AMBIENT_LOWER
    {"pr_cap_ambient_lower", PR_CAP_AMBIENT_LOWER},
#endif
#ifdef PR_CAP_AMBIENT_RAISE
    {"pr_cap_ambient_raise", PR_CAP_AMBIENT_RAISE},
#endif
#ifdef PR_ENDIAN_BIG
    {"pr_endian_big", PR_ENDIAN_BIG},
#endif
#ifdef PR_ENDIAN_LITTLE
    {"pr_endian_little", PR_ENDIAN_LITTLE},
#endif
#ifdef PR_ENDIAN_PPC_LITTLE
    {"pr_endian_ppc_little", PR_ENDIAN_PPC_LITTLE},
#endif
#ifdef PR_FPEMU_NOPRINT
    {"pr_fpemu_noprint", PR_FPEMU_NOPRINT},
#endif
#ifdef PR_FPEMU_SIGFPE
    {"pr_fpemu_sigfpe", PR_FPEMU_SIGFPE},
#endif
#ifdef PR_FP_EXC_ASYNC
    {"pr_fp_exc_async", PR_FP_EXC_ASYNC},
#endif
#ifdef PR_FP_EXC_DISABLED
    {"pr_fp_exc_disabled", PR_FP_EXC_DISABLED},
#endif
#ifdef PR_FP_EXC_DIV
    {"pr_fp_exc_div", PR_FP_EXC_DIV},
#endif
#ifdef PR_FP_EXC_INV
    {"pr_fp_exc_inv", PR_FP_EXC_INV},
#endif
#ifdef PR_FP_EXC_NONRECOV
    {"pr_fp_exc_nonrecov", PR_FP_EXC_NONRECOV},
#endif
#ifdef PR_FP_EXC_OVF
    {"pr_fp_exc_ovf", PR_FP_EXC_OVF},
#endif
#ifdef PR_FP_EXC_PRECISE
    {"pr_fp_exc_precise", PR_FP_EXC_PRECISE},
#endif
#ifdef PR_FP_EXC_RES
    {"pr_fp_exc_res", PR_FP_EXC_RES},
#endif
#ifdef PR_FP_EXC_SW_ENABLE
    {"pr_fp_exc_sw_enable", PR_FP_EXC_SW_ENABLE},
#endif
#ifdef PR_FP_EXC_UND
    {"pr_fp_exc_und", PR_FP_EXC_UND},
#endif
#ifdef PR_FP_MODE_FR
    {"pr_fp_mode_fr", PR_FP_MODE_FR},
#endif
#ifdef PR_FP_MODE_FRE
    {"pr_fp_mode_fre", PR_FP_MODE_FRE},
#endif
#ifdef PR_GET_CHILD_SUBREAPER
    {"pr_get_child_subreaper", PR_GET_CHILD_SUBREAPER},
#endif
#ifdef PR_GET_DUMPABLE
    {"pr_get_dumpable", PR_GET_DUMPABLE},
#endif
#ifdef PR_GET_ENDIAN
    {"pr_get_endian", PR_GET_ENDIAN},
#endif
#ifdef PR_GET_FPEMU
    {"pr_get_fpemu", PR_GET_FPEMU},
#endif
#ifdef PR_GET_FPEXC
    {"pr_get_fpexc", PR_GET_FPEXC},
#endif
#ifdef PR_GET_FP_MODE
    {"pr_get_fp_mode", PR_GET_FP_MODE},
#endif
#ifdef PR_GET_IO_FLUSHER
    {"pr_get_io_flusher", PR_GET_IO_FLUSHER},
#endif
#ifdef PR_GET_KEEPCAPS
    {"pr_get_keepcaps", PR_GET_KEEPCAPS},
#endif
#ifdef PR_GET_NAME
    {"pr_get_name", PR_GET_NAME},
#endif
#ifdef PR_GET_NO_NEW_PRIVS
    {"pr_get_no_new_privs", PR_GET_NO_NEW_PRIVS},
#endif
#ifdef PR_GET_PDEATHSIG
    {"pr_get_pdeathsig", PR_GET_PDEATHSIG},
#endif
#ifdef PR_GET_SECCOMP
    {"pr_get_seccomp", PR_GET_SECCOMP},
#endif
#ifdef PR_GET_SECUREBITS
    {"pr_get_securebits", PR_GET_SECUREBITS},
#endif
#ifdef PR_GET_SPECULATION_CTRL
    {"pr_get_speculation_ctrl", PR_GET_SPECULATION_CTRL},
#endif
#ifdef PR_GET_TAGGED_ADDR_CTRL
    {"pr_get_tagged_addr_ctrl", PR_GET_TAGGED_ADDR_CTRL},
#endif
#ifdef PR_GET_THP_DISABLE
    {"pr_get_thp_disable", PR_GET_THP_DISABLE},
#endif
#ifdef PR_GET_TID_ADDRESS
    {"pr_get_tid_address", PR_GET_TID_ADDRESS},
#endif
#ifdef PR_GET_TIMERSLACK
    {"pr_get_timerslack", PR_GET_TIMERSLACK},
#endif
#ifdef PR_GET_TIMING
    {"pr_get_timing", PR_GET_TIMING},
#endif
#ifdef PR_GET_TSC
    {"pr_get_tsc", PR_GET_TSC},
#endif
#ifdef PR_GET_UNALIGN
    {"pr_get_unalign", PR_GET_UNALIGN},
#endif
#ifdef PR_MCE_KILL
    {"pr_mce_kill", PR_MCE_KILL},
#endif
#ifdef PR_MCE_KILL_CLEAR
    {"pr_mce_kill_clear", PR_MCE_KILL_CLEAR},
#endif
#ifdef PR_MCE_KILL_DEFAULT
    {"pr_mce_kill_default", PR_MCE_KILL_DEFAULT},
#endif
#ifdef PR_MCE_KILL_EARLY
    {"pr_mce_kill_early", PR_MCE_KILL_EARLY},
#endif
#ifdef PR_MCE_KILL_GET
    {"pr_mce_kill_get", PR_MCE_KILL_GET},
#endif
#ifdef PR_MCE_KILL_LATE
    {"pr_mce_kill_late", PR_MCE_KILL_LATE},
#endif
#ifdef PR_MCE_KILL_SET
    {"pr_mce_kill_set", PR_MCE_KILL_SET},
#endif
#ifdef PR_MPX_DISABLE_MANAGEMENT
    {"pr_mpx_disable_management", PR_MPX_DISABLE_MANAGEMENT},
#endif
#ifdef PR_MPX_ENABLE_MANAGEMENT
    {"pr_mpx_enable_management", PR_MPX_ENABLE_MANAGEMENT},
#endif
#ifdef PR_MTE_TAG_MASK
    {"pr_mte_tag_mask", PR_MTE_TAG_MASK},
#endif
#ifdef PR_MTE_TAG_SHIFT
    {"pr_mte_tag_shift", PR_MTE_TAG_SHIFT},
#endif
#ifdef PR_MTE_TCF_ASYNC
    {"pr_mte_tcf_async", PR_MTE_TCF_ASYNC},
#endif
#ifdef PR_MTE_TCF_MASK
    {"pr_mte_tcf_mask", PR_MTE_TCF_MASK},
#endif
#ifdef PR_MTE_TCF_NONE
    {"pr_mte_tcf_none", PR_MTE_TCF_NONE},
#endif
#ifdef PR_MTE_TCF_SHIFT
    {"pr_mte_tcf_shift", PR_MTE_TCF_SHIFT},
#endif
#ifdef PR_MTE_TCF_SYNC
    {"pr_mte_tcf_sync", PR_MTE_TCF_SYNC},
#endif
#ifdef PR_PAC_APDAKEY
    {"pr_pac_apdakey", PR_PAC_APDAKEY},
#endif
#ifdef PR_PAC_APDBKEY
    {"pr_pac_apdbkey", PR_PAC_APDBKEY},
#endif
#ifdef PR_PAC_APGAKEY
    {"pr_pac_apgakey", PR_PAC_APGAKEY},
#endif
#ifdef PR_PAC_APIAKEY
    {"pr_pac_apiakey", PR_PAC_APIAKEY},
#endif
#ifdef PR_PAC_APIBKEY
    {"pr_pac_apibkey", PR_PAC_APIBKEY},
#endif
#ifdef PR_PAC_GET_ENABLED_KEYS
    {"pr_pac_get_enabled_keys", PR_PAC_GET_ENABLED_KEYS},
#endif
#ifdef PR_PAC_RESET_KEYS
    {"pr_pac_reset_keys", PR_PAC_RESET_KEYS},
#endif
#ifdef PR_PAC_SET_ENABLED_KEYS
    {"pr_pac_set_enabled_keys", PR_PAC_SET_ENABLED_KEYS},
#endif
#ifdef PR_SCHED_CORE
    {"pr_sched_core", PR_SCHED_CORE},
#endif
#ifdef PR_SCHED_CORE_CREATE
    {"pr_sched_core_create", PR_SCHED_CORE_CREATE},
#endif
#ifdef PR_SCHED_CORE_GET
    {"pr_sched_core_get", PR_SCHED_CORE_GET},
#endif
#ifdef PR_SCHED_CORE_MAX
    {"pr_sched_core_max", PR_SCHED_CORE_MAX},
#endif
#ifdef PR_SCHED_CORE_SCOPE_PROCESS_GROUP
    {"pr_sched_core_scope_process_group", PR_SCHED_CORE_SCOPE_PROCESS_GROUP},
#endif
#ifdef PR_SCHED_CORE_SCOPE_THREAD
    {"pr_sched_core_scope_thread", PR_SCHED_CORE_SCOPE_THREAD},
#endif
#ifdef PR_SCHED_CORE_SCOPE_THREAD_GROUP
    {"pr_sched_core_scope_thread_group", PR_SCHED_CORE_SCOPE_THREAD_GROUP},
#endif
#ifdef PR_SCHED_CORE_SHARE_FROM
    {"pr_sched_core_share_from", PR_SCHED_CORE_SHARE_FROM},
#endif
#ifdef PR_SCHED_CORE_SHARE_TO
    {"pr_sched_core_share_to", PR_SCHED_CORE_SHARE_TO},
#endif
#ifdef PR_SET_CHILD_SUBREAPER
    {"pr_set_child_subreaper", PR_SET_CHILD_SUBREAPER},
#endif
#ifdef PR_SET_DUMPABLE
    {"pr_set_dumpable", PR_SET_DUMPABLE},
#endif
#ifdef PR_SET_ENDIAN
    {"pr_set_endian", PR_SET_ENDIAN},
#endif
#ifdef PR_SET_FPEMU
    {"pr_set_fpemu", PR_SET_FPEMU},
#endif
#ifdef PR_SET_FPEXC
    {"pr_set_fpexc", PR_SET_FPEXC},
#endif
#ifdef PR_SET_FP_MODE
    {"pr_set_fp_mode", PR_SET_FP_MODE},
#endif
#ifdef PR_SET_IO_FLUSHER
    {"pr_set_io_flusher", PR_SET_IO_FLUSHER},
#endif
#ifdef PR_SET_KEEPCAPS
    {"pr_set_keepcaps", PR_SET_KEEPCAPS},
#endif
#ifdef PR_SET_MM
    {"pr_set_mm", PR_SET_MM},
#endif
#ifdef PR_SET_MM_ARG_END
    {"pr_set_mm_arg_end", PR_SET_MM_ARG_END},
#endif
#ifdef PR_SET_MM_ARG_START
    {"pr_set_mm_arg_start", PR_SET_MM_ARG_START},
#endif
#ifdef PR_SET_MM_AUXV
    {"pr_set_mm_auxv", PR_SET_MM_AUXV},
#endif
#ifdef PR_SET_MM_BRK
    {"pr_set_mm_brk", PR_SET_MM_BRK},
#endif
#ifdef PR_SET_MM_END_CODE
    {"pr_set_mm_end_code", PR_SET_MM_END_CODE},
#endif
#ifdef PR_SET_MM_END_DATA
    {"pr_set_mm_end_data", PR_SET_MM_END_DATA},
#endif
#ifdef PR_SET_MM_ENV_END
    {"pr_set_mm_env_end", PR_SET_MM_ENV_END},
#endif
#ifdef PR_SET_MM_ENV_START
    {"pr_set_mm_env_start", PR_SET_MM_ENV_START},
#endif
#ifdef PR_SET_MM_EXE_FILE
    {"pr_set_mm_exe_file", PR_SET_MM_EXE_FILE},
#endif
#ifdef PR_SET_MM_MAP
    {"pr_set_mm_map", PR_SET_MM_MAP},
#endif
#ifdef PR_SET_MM_MAP_SIZE
    {"pr_set_mm_map_size", PR_SET_MM_MAP_SIZE},
#endif
#ifdef PR_SET_MM_START_BRK
    {"pr_set_mm_start_brk", PR_SET_MM_START_BRK},
#endif
#ifdef PR_SET_MM_START_CODE
    {"pr_set_mm_start_code", PR_SET_MM_START_CODE},
#endif
#ifdef PR_SET_MM_START_DATA
    {"pr_set_mm_start_data", PR_SET_MM_START_DATA},
#endif
#ifdef PR_SET_MM_START_STACK
    {"pr_set_mm_start_stack", PR_SET_MM_START_STACK},
#endif
#ifdef PR_SET_NAME
    {"pr_set_name", PR_SET_NAME},
#endif
#ifdef PR_SET_NO_NEW_PRIVS
    {"pr_set_no_new_privs", PR_SET_NO_NEW_PRIVS},
#endif
#ifdef PR_SET_PDEATHSIG
    {"pr_set_pdeathsig", PR_SET_PDEATHSIG},
#endif
#ifdef PR_SET_PTRACER
    {"pr_set_ptracer", PR_SET_PTRACER},
#endif
#ifdef PR_SET_PTRACER_ANY
    {"pr_set_ptracer_any", PR_SET_PTRACER_ANY},
#endif
#ifdef PR_SET_SECCOMP
    {"pr_set_seccomp", PR_SET_SECCOMP},
#endif
#ifdef PR_SET_SECUREBITS
    {"pr_set_securebits", PR_SET_SECUREBITS},
#endif
#ifdef PR_SET_SPECULATION_CTRL
    {"pr_set_speculation_ctrl", PR_SET_SPECULATION_CTRL},
#endif
#ifdef PR_SET_SYSCALL_USER_DISPATCH
    {"pr_set_syscall_user_dispatch", PR_SET_SYSCALL_USER_DISPATCH},
#endif
#ifdef PR_SET_TAGGED_ADDR_CTRL
    {"pr_set_tagged_addr_ctrl", PR_SET_TAGGED_ADDR_CTRL},
#endif
#ifdef PR_SET_THP_DISABLE
    {"pr_set_thp_disable", PR_SET_THP_DISABLE},
#endif
#ifdef PR_SET_TIMERSLACK
    {"pr_set_timerslack", PR_SET_TIMERSLACK},
#endif
#ifdef PR_SET_TIMING
    {"pr_set_timing", PR_SET_TIMING},
#endif
#ifdef PR_SET_TSC
    {"pr_set_tsc", PR_SET_TSC},
#endif
#ifdef PR_SET_UNALIGN
    {"pr_set_unalign", PR_SET_UNALIGN},
#endif
#ifdef PR_SET_VMA
    {"pr_set_vma", PR_SET_VMA},
#endif
#ifdef PR_SET_VMA_ANON_NAME
    {"pr_set_vma_anon_name", PR_SET_VMA_ANON_NAME},
#endif
#ifdef PR_SME_GET_VL
    {"pr_sme_get_vl", PR_SME_GET_VL},
#endif
#ifdef PR_SME_SET_VL
    {"pr_sme_set_vl", PR_SME_SET_VL},
#endif
#ifdef PR_SME_SET_VL_ONEXEC
    {"pr_sme_set_vl_onexec", PR_SME_SET_VL_ONEXEC},
#endif
#ifdef PR_SME_VL_INHERIT
    {"pr_sme_vl_inherit", PR_SME_VL_INHERIT},
#endif
#ifdef PR_SME_VL_LEN_MASK
    {"pr_sme_vl_len_mask", PR_SME_VL_LEN_MASK},
#endif
#ifdef PR_SPEC_DISABLE
    {"pr_spec_disable", PR_SPEC_DISABLE},
#endif
#ifdef PR_SPEC_DISABLE_NOEXEC
    {"pr_spec_disable_noexec", PR_SPEC_DISABLE_NOEXEC},
#endif
#ifdef PR_SPEC_ENABLE
    {"pr_spec_enable", PR_SPEC_ENABLE},
#endif
#ifdef PR_SPEC_FORCE_DISABLE
    {"pr_spec_force_disable", PR_SPEC_FORCE_DISABLE},
#endif
#ifdef PR_SPEC_INDIRECT_BRANCH
    {"pr_spec_indirect_branch", PR_SPEC_INDIRECT_BRANCH},
#endif
#ifdef PR_SPEC_L1D_FLUSH
    {"pr_spec_l1d_flush", PR_SPEC_L1D_FLUSH},
#endif
#ifdef PR_SPEC_NOT_AFFECTED
    {"pr_spec_not_affected", PR_SPEC_NOT_AFFECTED},
#endif
#ifdef PR_SPEC_PRCTL
    {"pr_spec_prctl", PR_SPEC_PRCTL},
#endif
#ifdef PR_SPEC_STORE_BYPASS
    {"pr_spec_store_bypass", PR_SPEC_STORE_BYPASS},
#endif
#ifdef PR_SVE_GET_VL
    {"pr_sve_get_vl", PR_SVE_GET_VL},
#endif
#ifdef PR_SVE_SET_VL
    {"pr_sve_set_vl", PR_SVE_SET_VL},
#endif
#ifdef PR_SVE_SET_VL_ONEXEC
    {"pr_sve_set_vl_onexec", PR_SVE_SET_VL_ONEXEC},
#endif
#ifdef PR_SVE_VL_INHERIT
    {"pr_sve_vl_inherit", PR_SVE_VL_INHERIT},
#endif
#ifdef PR_SVE_VL_LEN_MASK
    {"pr_sve_vl_len_mask", PR_SVE_VL_LEN_MASK},
#endif
#ifdef PR_SYS_DISPATCH_OFF
    {"pr_sys_dispatch_off", PR_SYS_DISPATCH_OFF},
#endif
#ifdef PR_SYS_DISPATCH_ON
    {"pr_sys_dispatch_on", PR_SYS_DISPATCH_ON},
#endif
#ifdef PR_TAGGED_ADDR_ENABLE
    {"pr_tagged_addr_enable", PR_TAGGED_ADDR_ENABLE},
#endif
#ifdef PR_TASK_PERF_EVENTS_DISABLE
    {"pr_task_perf_events_disable", PR_TASK_PERF_EVENTS_DISABLE},
#endif
#ifdef PR_TASK_PERF_EVENTS_ENABLE
    {"pr_task_perf_events_enable", PR_TASK_PERF_EVENTS_ENABLE},
#endif
#ifdef PR_TIMING_STATISTICAL
    {"pr_timing_statistical", PR_TIMING_STATISTICAL},
#endif
#ifdef PR_TIMING_TIMESTAMP
    {"pr_timing_timestamp", PR_TIMING_TIMESTAMP},
#endif
#ifdef PR_TSC_ENABLE
    {"pr_tsc_enable", PR_TSC_ENABLE},
#endif
#ifdef PR_TSC_SIGSEGV
    {"pr_tsc_sigsegv", PR_TSC_SIGSEGV},
#endif
#ifdef PR_UNALIGN_NOPRINT
    {"pr_unalign_noprint", PR_UNALIGN_NOPRINT},
#endif
#ifdef PR_UNALIGN_SIGBUS
    {"pr_unalign_sigbus", PR_UNALIGN_SIGBUS},
#endif
#ifdef SECCOMP_FILTER_FLAG_LOG
    {"seccomp_filter_flag_log", SECCOMP_FILTER_FLAG_LOG},
#endif
#ifdef SECCOMP_FILTER_FLAG_NEW_LISTENER
    {"seccomp_filter_flag_new_listener", SECCOMP_FILTER_FLAG_NEW_LISTENER},
#endif
#ifdef SECCOMP_FILTER_FLAG_SPEC_ALLOW
    {"seccomp_filter_flag_spec_allow", SECCOMP_FILTER_FLAG_SPEC_ALLOW},
#endif
#ifdef SECCOMP_FILTER_FLAG_TSYNC
    {"seccomp_filter_flag_tsync", SECCOMP_FILTER_FLAG_TSYNC},
#endif
#ifdef SECCOMP_FILTER_FLAG_TSYNC_ESRCH
    {"seccomp_filter_flag_tsync_esrch", SECCOMP_FILTER_FLAG_TSYNC_ESRCH},
#endif
#ifdef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
    {"seccomp_filter_flag_wait_killable_recv", SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV},
#endif
#ifdef SECCOMP_GET_ACTION_AVAIL
    {"seccomp_get_action_avail", SECCOMP_GET_ACTION_AVAIL},
#endif
#ifdef SECCOMP_GET_NOTIF_SIZES
    {"seccomp_get_notif_sizes", SECCOMP_GET_NOTIF_SIZES},
#endif
#ifdef SECCOMP_MODE_DISABLED
    {"seccomp_mode_disabled", SECCOMP_MODE_DISABLED},
#endif
#ifdef SECCOMP_MODE_FILTER
    {"seccomp_mode_filter", SECCOMP_MODE_FILTER},
#endif
#ifdef SECCOMP_MODE_STRICT
    {"seccomp_mode_strict", SECCOMP_MODE_STRICT},
#endif
#ifdef SECCOMP_RET_ACTION
    {"seccomp_ret_action", SECCOMP_RET_ACTION},
#endif
#ifdef SECCOMP_RET_ACTION_FULL
    {"seccomp_ret_action_full", SECCOMP_RET_ACTION_FULL},
#endif
#ifdef SECCOMP_RET_ALLOW
    {"seccomp_ret_allow", SECCOMP_RET_ALLOW},
#endif
#ifdef SECCOMP_RET_DATA
    {"seccomp_ret_data", SECCOMP_RET_DATA},
#endif
#ifdef SECCOMP_RET_ERRNO
    {"seccomp_ret_errno", SECCOMP_RET_ERRNO},
#endif
#ifdef SECCOMP_RET_KILL
    {"seccomp_ret_kill", SECCOMP_RET_KILL},
#endif
#ifdef SECCOMP_RET_KILL_PROCESS
    {"seccomp_ret_kill_process", SECCOMP_RET_KILL_PROCESS},
#endif
#ifdef SECCOMP_RET_KILL_THREAD
    {"seccomp_ret_kill_thread", SECCOMP_RET_KILL_THREAD},
#endif
#ifdef SECCOMP_RET_LOG
    {"seccomp_ret_log", SECCOMP_RET_LOG},
#endif
#ifdef SECCOMP_RET_TRACE
    {"seccomp_ret_trace", SECCOMP_RET_TRACE},
#endif
#ifdef SECCOMP_RET_TRAP
    {"seccomp_ret_trap", SECCOMP_RET_TRAP},
#endif
#ifdef SECCOMP_RET_USER_NOTIF
    {"seccomp_ret_user_notif", SECCOMP_RET_USER_NOTIF},
#endif
#ifdef SECCOMP_SET_MODE_FILTER
    {"seccomp_set_mode_filter", SECCOMP_SET_MODE_FILTER},
#endif
#ifdef SECCOMP_SET_MODE_STRICT
    {"seccomp_set_mode_strict", SECCOMP_SET_MODE_STRICT},
#endif
#ifdef SECCOMP_USER_NOTIF_FLAG_CONTINUE
    {"seccomp_user_notif_flag_continue", SECCOMP_USER_NOTIF_FLAG_CONTINUE},
#endif
    {NULL, 0}};

#endif
