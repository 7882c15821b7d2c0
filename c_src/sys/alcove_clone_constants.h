/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_CLONE_CONSTANTS_H
#define ALCOVE_CLONE_CONSTANTS_H

#include <sched.h>
#ifdef __linux__
#include <linux/sched.h>
#endif

const alcove_constant_t alcove_clone_constants[] = {
#if defined(CLONE_NEWNS)
    {"clone_newns", CLONE_NEWNS},
#endif
#if defined(CLONE_NEWCGROUP)
    {"clone_newcgroup", CLONE_NEWCGROUP},
#endif
#if defined(CLONE_NEWUTS)
    {"clone_newuts", CLONE_NEWUTS},
#endif
#if defined(CLONE_NEWIPC)
    {"clone_newipc", CLONE_NEWIPC},
#endif
#if defined(CLONE_NEWUSER)
    {"clone_newuser", CLONE_NEWUSER},
#endif
#if defined(CLONE_NEWPID)
    {"clone_newpid", CLONE_NEWPID},
#endif
#if defined(CLONE_NEWNET)
    {"clone_newnet", CLONE_NEWNET},
#endif
#if defined(CLONE_NEWTIME)
    {"clone_newtime", CLONE_NEWTIME},
#endif
#if defined(CLONE_INTO_CGROUP)
    {"clone_into_cgroup", CLONE_INTO_CGROUP},
#endif
#if defined(CLONE_CLEAR_SIGHAND)
    {"clone_clear_sighand", CLONE_CLEAR_SIGHAND},
#endif
#if defined(CLONE_PIDFD)
    {"clone_pidfd", CLONE_PIDFD},
#endif
    {NULL, 0}};

#endif
