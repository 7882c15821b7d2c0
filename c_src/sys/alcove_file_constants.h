/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_FILE_CONSTANTS_H
#define ALCOVE_FILE_CONSTANTS_H

#include <fcntl.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

const alcove_constant_t alcove_file_constants[] = {
#if defined(O_ACCMODE)
    {"o_accmode", O_ACCMODE},
#endif
#if defined(O_RDONLY)
    {"o_rdonly", O_RDONLY},
#endif
#if defined(O_WRONLY)
    {"o_wronly", O_WRONLY},
#endif
#if defined(O_RDWR)
    {"o_rdwr", O_RDWR},
#endif
#if defined(O_CREAT)
    {"o_creat", O_CREAT},
#endif
#if defined(O_EXCL)
    {"o_excl", O_EXCL},
#endif
#if defined(O_NOCTTY)
    {"o_noctty", O_NOCTTY},
#endif
#if defined(O_TRUNC)
    {"o_trunc", O_TRUNC},
#endif
#if defined(O_APPEND)
    {"o_append", O_APPEND},
#endif
#if defined(O_NONBLOCK)
    {"o_nonblock", O_NONBLOCK},
#endif
#if defined(O_DSYNC)
    {"o_dsync", O_DSYNC},
#endif
#if defined(O_DIRECT)
    {"o_direct", O_DIRECT},
#endif
#if defined(O_LARGEFILE)
    {"o_largefile", O_LARGEFILE},
#endif
#if defined(O_DIRECTORY)
    {"o_directory", O_DIRECTORY},
#endif
#if defined(O_NOFOLLOW)
    {"o_nofollow", O_NOFOLLOW},
#endif
#if defined(O_NOATIME)
    {"o_noatime", O_NOATIME},
#endif
#if defined(O_CLOEXEC)
    {"o_cloexec", O_CLOEXEC},
#endif
#if defined(__O_SYNC)
    {"__o_sync", __O_SYNC},
#endif
#if defined(O_SYNC)
    {"o_sync", O_SYNC},
#endif
#if defined(O_PATH)
    {"o_path", O_PATH},
#endif
#if defined(O_NDELAY)
    {"o_ndelay", O_NDELAY},
#endif
#if defined(O_TMPFILE)
    {"o_tmpfile", O_TMPFILE},
#endif
#if defined(AT_EMPTY_PATH)
    {"at_empty_path", AT_EMPTY_PATH},
#endif
#if defined(AT_SYMLINK_NOFOLLOW)
    {"at_symlink_nofollow", AT_SYMLINK_NOFOLLOW},
#endif
#if defined(AT_RECURSIVE)
    {"at_recursive", AT_RECURSIVE},
#endif
#if defined(AT_NO_AUTOMOUNT)
    {"at_no_automount", AT_NO_AUTOMOUNT},
#endif
#if defined(MFD_CLOEXEC)
    {"mfd_cloexec", MFD_CLOEXEC},
#endif
#if defined(MFD_ALLOW_SEALING)
    {"mfd_allow_sealing", MFD_ALLOW_SEALING},
#endif
#if defined(MFD_HUGETLB)
    {"mfd_hugetlb", MFD_HUGETLB},
#endif
#if defined(MFD_NOEXEC_SEAL)
    {"mfd_noexec_seal", MFD_NOEXEC_SEAL},
#endif
#if defined(MFD_EXEC)
    {"mfd_exec", MFD_EXEC},
#endif
#if defined(__linux__)
    /* linux/close_range.h; C libraries without it still run on kernels
     * with close_range (the values are the kernel's uapi) */
    {"close_range_unshare", 1U << 1},
    {"close_range_cloexec", 1U << 2},
#endif
#if defined(__linux__) && defined(O_NONBLOCK)
    /* PIDFD_NONBLOCK is O_NONBLOCK (linux/pidfd.h) */
    {"pidfd_nonblock", O_NONBLOCK},
#endif
    {NULL, 0}};

#endif
