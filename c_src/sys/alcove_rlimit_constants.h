/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_RLIMIT_CONSTANTS_H
#define ALCOVE_RLIMIT_CONSTANTS_H

#include <sys/resource.h>

const alcove_constant_t alcove_rlimit_constants[] = {
#if defined(RLIMIT_CPU)
    {"rlimit_cpu", RLIMIT_CPU},
#endif
#if defined(RLIMIT_FSIZE)
    {"rlimit_fsize", RLIMIT_FSIZE},
#endif
#if defined(RLIMIT_DATA)
    {"rlimit_data", RLIMIT_DATA},
#endif
#if defined(RLIMIT_STACK)
    {"rlimit_stack", RLIMIT_STACK},
#endif
#if defined(RLIMIT_CORE)
    {"rlimit_core", RLIMIT_CORE},
#endif
#if defined(RLIMIT_RSS)
    {"rlimit_rss", RLIMIT_RSS},
#endif
#if defined(RLIMIT_NPROC)
    {"rlimit_nproc", RLIMIT_NPROC},
#endif
#if defined(RLIMIT_NOFILE)
    {"rlimit_nofile", RLIMIT_NOFILE},
#endif
#if defined(RLIMIT_MEMLOCK)
    {"rlimit_memlock", RLIMIT_MEMLOCK},
#endif
#if defined(RLIMIT_AS)
    {"rlimit_as", RLIMIT_AS},
#endif
#if defined(RLIMIT_LOCKS)
    {"rlimit_locks", RLIMIT_LOCKS},
#endif
#if defined(RLIMIT_SIGPENDING)
    {"rlimit_sigpending", RLIMIT_SIGPENDING},
#endif
#if defined(RLIMIT_MSGQUEUE)
    {"rlimit_msgqueue", RLIMIT_MSGQUEUE},
#endif
#if defined(RLIMIT_NICE)
    {"rlimit_nice", RLIMIT_NICE},
#endif
#if defined(RLIMIT_RTPRIO)
    {"rlimit_rtprio", RLIMIT_RTPRIO},
#endif
#if defined(RLIMIT_RTTIME)
    {"rlimit_rttime", RLIMIT_RTTIME},
#endif
#if defined(RLIMIT_NLIMITS)
    {"rlimit_nlimits", RLIMIT_NLIMITS},
#endif
    {NULL, 0}};

#endif
