/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_FCNTL_CONSTANTS_H
#define ALCOVE_FCNTL_CONSTANTS_H

#include <fcntl.h>

const alcove_constant_t alcove_fcntl_constants[] = {
#if defined(F_DUPFD)
    {"f_dupfd", F_DUPFD},
#endif
#if defined(F_DUPFD_CLOEXEC)
    {"f_dupfd_cloexec", F_DUPFD_CLOEXEC},
#endif
#if defined(F_GETFD)
    {"f_getfd", F_GETFD},
#endif
#if defined(F_SETFD)
    {"f_setfd", F_SETFD},
#endif
#if defined(F_GETFL)
    {"f_getfl", F_GETFL},
#endif
#if defined(F_SETFL)
    {"f_setfl", F_SETFL},
#endif
#if defined(F_GETOWN)
    {"f_getown", F_GETOWN},
#endif
#if defined(F_SETOWN)
    {"f_setown", F_SETOWN},
#endif
#if defined(FD_CLOEXEC)
    {"fd_cloexec", FD_CLOEXEC},
#endif
#if defined(F_SETPIPE_SZ)
    {"f_setpipe_sz", F_SETPIPE_SZ},
#endif
#if defined(F_GETPIPE_SZ)
    {"f_getpipe_sz", F_GETPIPE_SZ},
#endif
#if defined(F_ADD_SEALS)
    {"f_add_seals", F_ADD_SEALS},
#endif
#if defined(F_GET_SEALS)
    {"f_get_seals", F_GET_SEALS},
#endif
#if defined(F_SEAL_SEAL)
    {"f_seal_seal", F_SEAL_SEAL},
#endif
#if defined(F_SEAL_SHRINK)
    {"f_seal_shrink", F_SEAL_SHRINK},
#endif
#if defined(F_SEAL_GROW)
    {"f_seal_grow", F_SEAL_GROW},
#endif
#if defined(F_SEAL_WRITE)
    {"f_seal_write", F_SEAL_WRITE},
#endif
#if defined(F_SEAL_FUTURE_WRITE)
    {"f_seal_future_write", F_SEAL_FUTURE_WRITE},
#endif
#if defined(F_SEAL_EXEC)
    {"f_seal_exec", F_SEAL_EXEC},
#endif
    {NULL, 0}};

#endif
