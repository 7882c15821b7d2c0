/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_MOUNTAPI_H
#define ALCOVE_MOUNTAPI_H

/* The new mount API (Linux 5.2; mount_setattr 5.12) through syscall(2).
 *
 * glibc 2.36 <sys/mount.h> has its constants (it includes
 * <linux/mount.h>); musl's has none, and <linux/mount.h> cannot be
 * included next to it (both define the MS_* flags, differently spelt).
 * The values are the kernel's uapi, which never changes a published
 * value, so where the C library lacks them they are defined here; a
 * kernel without the calls answers ENOSYS. Without the system call
 * numbers each call answers {error, enosys}. */

#ifdef __linux__
#include <fcntl.h>
#include <stdint.h>
#include <sys/mount.h>
#include <sys/syscall.h>

#if defined(SYS_open_tree) && defined(SYS_move_mount) &&                       \
    defined(SYS_fsopen) && defined(SYS_fsconfig) && defined(SYS_fsmount)
#define ALCOVE_HAVE_MOUNT_API 1
#endif
#if defined(SYS_mount_setattr)
#define ALCOVE_HAVE_MOUNT_SETATTR 1
#endif

#ifndef OPEN_TREE_CLONE
#define OPEN_TREE_CLONE 1
#define OPEN_TREE_CLOEXEC O_CLOEXEC
#endif
#ifndef MOVE_MOUNT_F_SYMLINKS
#define MOVE_MOUNT_F_SYMLINKS 0x00000001
#define MOVE_MOUNT_F_AUTOMOUNTS 0x00000002
#define MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#define MOVE_MOUNT_T_SYMLINKS 0x00000010
#define MOVE_MOUNT_T_AUTOMOUNTS 0x00000020
#define MOVE_MOUNT_T_EMPTY_PATH 0x00000040
#endif
#ifndef FSOPEN_CLOEXEC
#define FSOPEN_CLOEXEC 0x00000001
#endif
#ifndef FSMOUNT_CLOEXEC
#define FSMOUNT_CLOEXEC 0x00000001
#endif
#ifndef MOUNT_ATTR_RDONLY
#define MOUNT_ATTR_RDONLY 0x00000001
#define MOUNT_ATTR_NOSUID 0x00000002
#define MOUNT_ATTR_NODEV 0x00000004
#define MOUNT_ATTR_NOEXEC 0x00000008
#define MOUNT_ATTR_RELATIME 0x00000000
#define MOUNT_ATTR_NOATIME 0x00000010
#define MOUNT_ATTR_STRICTATIME 0x00000020
#define MOUNT_ATTR_NODIRATIME 0x00000080
#endif
#ifndef MOUNT_ATTR_IDMAP
#define MOUNT_ATTR_IDMAP 0x00100000
#endif
#ifndef MOUNT_ATTR_NOSYMFOLLOW
#define MOUNT_ATTR_NOSYMFOLLOW 0x00200000
#endif
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif

/* enum fsconfig_command: an enum in the headers, so not testable with
 * #ifdef; the values are fixed */
#define ALCOVE_FSCONFIG_SET_FLAG 0
#define ALCOVE_FSCONFIG_SET_STRING 1
#define ALCOVE_FSCONFIG_SET_BINARY 2
#define ALCOVE_FSCONFIG_SET_PATH 3
#define ALCOVE_FSCONFIG_SET_PATH_EMPTY 4
#define ALCOVE_FSCONFIG_SET_FD 5
#define ALCOVE_FSCONFIG_CMD_CREATE 6
#define ALCOVE_FSCONFIG_CMD_RECONFIGURE 7
#define ALCOVE_FSCONFIG_CMD_CREATE_EXCL 8

/* struct mount_attr, first published version (MOUNT_ATTR_SIZE_VER0) */
struct alcove_mount_attr {
  uint64_t attr_set;
  uint64_t attr_clr;
  uint64_t propagation;
  uint64_t userns_fd;
};
#endif

#endif
