/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_WAIT_CONSTANTS_H
#define ALCOVE_WAIT_CONSTANTS_H

#include <sys/wait.h>

const alcove_constant_t alcove_wait_constants[] = {
#if defined(WNOHANG)
    {"wnohang", WNOHANG},
#endif
#if defined(WUNTRACED)
    {"wuntraced", WUNTRACED},
#endif
#if defined(WCONTINUED)
    {"wcontinued", WCONTINUED},
#endif
#if defined(P_PID) || defined(__linux__)
    {"p_pid", P_PID},
#endif
#if defined(P_PGID) || defined(__linux__)
    {"p_pgid", P_PGID},
#endif
    {NULL, 0}};

#endif
