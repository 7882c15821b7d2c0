/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_MOUNT_CONSTANTS_H
#define ALCOVE_MOUNT_CONSTANTS_H

#include <sys/mount.h>

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
    {NULL, 0}};

#endif
