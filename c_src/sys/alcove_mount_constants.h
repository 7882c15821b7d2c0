/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_MOUNT_CONSTANTS_H
#define ALCOVE_MOUNT_CONSTANTS_H

#include <sys/mount.h>
#include <fcntl.h>
#include "alcove_mountapi.h"

const alcove_constant_t alcove_mount_constants[] = {
#if defined(MS_RDONLY)
    {"ms_rdonly", MS_RDONLY},
#endif
#if defined(MS_NOSUID)
    {"ms_nosuid", MS_NOSUID},
#endif
#if defined(MS_NODEV)
    {"ms_nodev", MS_NODEV},
#endif
#if defined(MS_NOEXEC)
    {"ms_noexec", MS_NOEXEC},
#endif
#if defined(MS_SYNCHRONOUS)
    {"ms_synchronous", MS_SYNCHRONOUS},
#endif
#if defined(MS_REMOUNT)
    {"ms_remount", MS_REMOUNT},
#endif
#if defined(MS_MANDLOCK)
    {"ms_mandlock", MS_MANDLOCK},
#endif
#if defined(MS_DIRSYNC)
    {"ms_dirsync", MS_DIRSYNC},
#endif
#if defined(MS_NOATIME)
    {"ms_noatime", MS_NOATIME},
#endif
#if defined(MS_NODIRATIME)
    {"ms_nodiratime", MS_NODIRATIME},
#endif
#if defined(MS_BIND)
    {"ms_bind", MS_BIND},
#endif
#if defined(MS_MOVE)
    {"ms_move", MS_MOVE},
#endif
#if defined(MS_REC)
    {"ms_rec", MS_REC},
#endif
#if defined(MS_SILENT)
    {"ms_silent", MS_SILENT},
#endif
#if defined(MS_POSIXACL)
    {"ms_posixacl", MS_POSIXACL},
#endif
#if defined(MS_UNBINDABLE)
    {"ms_unbindable", MS_UNBINDABLE},
#endif
#if defined(MS_PRIVATE)
    {"ms_private", MS_PRIVATE},
#endif
#if defined(MS_SLAVE)
    {"ms_slave", MS_SLAVE},
#endif
#if defined(MS_SHARED)
    {"ms_shared", MS_SHARED},
#endif
#if defined(MS_RELATIME)
    {"ms_relatime", MS_RELATIME},
#endif
#if defined(MS_KERNMOUNT)
    {"ms_kernmount", MS_KERNMOUNT},
#endif
#if defined(MS_I_VERSION)
    {"ms_i_version", MS_I_VERSION},
#endif
#if defined(MS_STRICTATIME)
    {"ms_strictatime", MS_STRICTATIME},
#endif
#if defined(MS_LAZYTIME)
    {"ms_lazytime", MS_LAZYTIME},
#endif
#if defined(MS_ACTIVE)
    {"ms_active", MS_ACTIVE},
#endif
#if defined(MS_NOUSER)
    {"ms_nouser", (unsigned int)MS_NOUSER},
#endif
#if defined(MS_RMT_MASK)
    {"ms_rmt_mask", MS_RMT_MASK},
#endif
#if defined(MS_MGC_VAL)
    {"ms_mgc_val", MS_MGC_VAL},
#endif
#if defined(MS_MGC_MSK)
    {"ms_mgc_msk", MS_MGC_MSK},
#endif
#if defined(MNT_FORCE)
    {"mnt_force", MNT_FORCE},
#endif
#if defined(MNT_DETACH)
    {"mnt_detach", MNT_DETACH},
#endif
#if defined(MNT_EXPIRE)
    {"mnt_expire", MNT_EXPIRE},
#endif
#if defined(UMOUNT_NOFOLLOW)
    {"umount_nofollow", UMOUNT_NOFOLLOW},
#endif
#if defined(MS_RDONLY)
    {"rdonly", MS_RDONLY},
#endif
#if defined(MS_NOSUID)
    {"nosuid", MS_NOSUID},
#endif
#if defined(MS_NOEXEC)
    {"noexec", MS_NOEXEC},
#endif
#if defined(MS_NOATIME)
    {"noatime", MS_NOATIME},
#endif
/* The mount API (open_tree, move_mount, mount_setattr, fsopen, fsconfig,
 * fsmount); the at_* flags are also in the file table. */
#if defined(OPEN_TREE_CLONE)
    {"open_tree_clone", OPEN_TREE_CLONE},
#endif
#if defined(OPEN_TREE_CLOEXEC)
    {"open_tree_cloexec", OPEN_TREE_CLOEXEC},
#endif
#if defined(MOVE_MOUNT_F_SYMLINKS)
    {"move_mount_f_symlinks", MOVE_MOUNT_F_SYMLINKS},
#endif
#if defined(MOVE_MOUNT_F_AUTOMOUNTS)
    {"move_mount_f_automounts", MOVE_MOUNT_F_AUTOMOUNTS},
#endif
#if defined(MOVE_MOUNT_F_EMPTY_PATH)
    {"move_mount_f_empty_path", MOVE_MOUNT_F_EMPTY_PATH},
#endif
#if defined(MOVE_MOUNT_T_SYMLINKS)
    {"move_mount_t_symlinks", MOVE_MOUNT_T_SYMLINKS},
#endif
#if defined(MOVE_MOUNT_T_AUTOMOUNTS)
    {"move_mount_t_automounts", MOVE_MOUNT_T_AUTOMOUNTS},
#endif
#if defined(MOVE_MOUNT_T_EMPTY_PATH)
    {"move_mount_t_empty_path", MOVE_MOUNT_T_EMPTY_PATH},
#endif
#if defined(MOVE_MOUNT_SET_GROUP)
    {"move_mount_set_group", MOVE_MOUNT_SET_GROUP},
#endif
#if defined(MOVE_MOUNT_BENEATH)
    {"move_mount_beneath", MOVE_MOUNT_BENEATH},
#endif
#if defined(FSOPEN_CLOEXEC)
    {"fsopen_cloexec", FSOPEN_CLOEXEC},
#endif
#if defined(FSMOUNT_CLOEXEC)
    {"fsmount_cloexec", FSMOUNT_CLOEXEC},
#endif
#if defined(FSPICK_CLOEXEC)
    {"fspick_cloexec", FSPICK_CLOEXEC},
#endif
#if defined(MOUNT_ATTR_RDONLY)
    {"mount_attr_rdonly", MOUNT_ATTR_RDONLY},
#endif
#if defined(MOUNT_ATTR_NOSUID)
    {"mount_attr_nosuid", MOUNT_ATTR_NOSUID},
#endif
#if defined(MOUNT_ATTR_NODEV)
    {"mount_attr_nodev", MOUNT_ATTR_NODEV},
#endif
#if defined(MOUNT_ATTR_NOEXEC)
    {"mount_attr_noexec", MOUNT_ATTR_NOEXEC},
#endif
#if defined(MOUNT_ATTR_RELATIME)
    {"mount_attr_relatime", MOUNT_ATTR_RELATIME},
#endif
#if defined(MOUNT_ATTR_NOATIME)
    {"mount_attr_noatime", MOUNT_ATTR_NOATIME},
#endif
#if defined(MOUNT_ATTR_STRICTATIME)
    {"mount_attr_strictatime", MOUNT_ATTR_STRICTATIME},
#endif
#if defined(MOUNT_ATTR_NODIRATIME)
    {"mount_attr_nodiratime", MOUNT_ATTR_NODIRATIME},
#endif
#if defined(MOUNT_ATTR_IDMAP)
    {"mount_attr_idmap", MOUNT_ATTR_IDMAP},
#endif
#if defined(MOUNT_ATTR_NOSYMFOLLOW)
    {"mount_attr_nosymfollow", MOUNT_ATTR_NOSYMFOLLOW},
#endif
#if defined(__linux__)
    {"fsconfig_set_flag", ALCOVE_FSCONFIG_SET_FLAG},
#endif
#if defined(__linux__)
    {"fsconfig_set_string", ALCOVE_FSCONFIG_SET_STRING},
#endif
#if defined(__linux__)
    {"fsconfig_set_binary", ALCOVE_FSCONFIG_SET_BINARY},
#endif
#if defined(__linux__)
    {"fsconfig_set_path", ALCOVE_FSCONFIG_SET_PATH},
#endif
#if defined(__linux__)
    {"fsconfig_set_path_empty", ALCOVE_FSCONFIG_SET_PATH_EMPTY},
#endif
#if defined(__linux__)
    {"fsconfig_set_fd", ALCOVE_FSCONFIG_SET_FD},
#endif
#if defined(__linux__)
    {"fsconfig_cmd_create", ALCOVE_FSCONFIG_CMD_CREATE},
#endif
#if defined(__linux__)
    {"fsconfig_cmd_reconfigure", ALCOVE_FSCONFIG_CMD_RECONFIGURE},
#endif
#if defined(__linux__)
    {"fsconfig_cmd_create_excl", ALCOVE_FSCONFIG_CMD_CREATE_EXCL},
#endif
#if defined(AT_RECURSIVE)
    {"at_recursive", AT_RECURSIVE},
#endif
#if defined(AT_EMPTY_PATH)
    {"at_empty_path", AT_EMPTY_PATH},
#endif
#if defined(AT_SYMLINK_NOFOLLOW)
    {"at_symlink_nofollow", AT_SYMLINK_NOFOLLOW},
#endif
#if defined(AT_NO_AUTOMOUNT)
    {"at_no_automount", AT_NO_AUTOMOUNT},
#endif
    {NULL, 0}};

#endif
