/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_MOUNTAPI_H
#define ALCOVE_MOUNTAPI_H

/* The new mount API (Linux 5.2; mount_setattr 5.12) through syscall(2),
 * with the constants and struct mount_attr of <sys/mount.h> (glibc 2.36).
 * Without them each call answers {error, enosys}. */

#ifdef __linux__
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/syscall.h>

#if defined(SYS_open_tree) && defined(SYS_move_mount) &&                       \
    defined(SYS_fsopen) && defined(SYS_fsconfig) && defined(SYS_fsmount) &&    \
    defined(OPEN_TREE_CLONE) && defined(FSOPEN_CLOEXEC)
#define ALCOVE_HAVE_MOUNT_API 1
#endif
#if defined(SYS_mount_setattr) && defined(MOUNT_ATTR_SIZE_VER0)
#define ALCOVE_HAVE_MOUNT_SETATTR 1
#endif
#endif

#endif
