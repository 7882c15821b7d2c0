/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_SECCOMP_CONSTANTS_H
#define ALCOVE_SECCOMP_CONSTANTS_H

#ifdef __linux__
#include <linux/seccomp.h>
#endif

const alcove_constant_t alcove_seccomp_constants[] = {
#if defined(SECCOMP_SET_MODE_STRICT)
    {"seccomp_set_mode_strict", SECCOMP_SET_MODE_STRICT},
#endif
#if defined(SECCOMP_SET_MODE_FILTER)
    {"seccomp_set_mode_filter", SECCOMP_SET_MODE_FILTER},
#endif
#if defined(SECCOMP_GET_ACTION_AVAIL)
    {"seccomp_get_action_avail", SECCOMP_GET_ACTION_AVAIL},
#endif
#if defined(SECCOMP_GET_NOTIF_SIZES)
    {"seccomp_get_notif_sizes", SECCOMP_GET_NOTIF_SIZES},
#endif
#if defined(SECCOMP_FILTER_FLAG_TSYNC)
    {"seccomp_filter_flag_tsync", SECCOMP_FILTER_FLAG_TSYNC},
#endif
#if defined(SECCOMP_FILTER_FLAG_LOG)
    {"seccomp_filter_flag_log", SECCOMP_FILTER_FLAG_LOG},
#endif
#if defined(SECCOMP_FILTER_FLAG_SPEC_ALLOW)
    {"seccomp_filter_flag_spec_allow", SECCOMP_FILTER_FLAG_SPEC_ALLOW},
#endif
#if defined(SECCOMP_FILTER_FLAG_NEW_LISTENER)
    {"seccomp_filter_flag_new_listener", SECCOMP_FILTER_FLAG_NEW_LISTENER},
#endif
#if defined(SECCOMP_FILTER_FLAG_TSYNC_ESRCH)
    {"seccomp_filter_flag_tsync_esrch", SECCOMP_FILTER_FLAG_TSYNC_ESRCH},
#endif
#if defined(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV)
    {"seccomp_filter_flag_wait_killable_recv", SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV},
#endif
    {NULL, 0}};

#endif
