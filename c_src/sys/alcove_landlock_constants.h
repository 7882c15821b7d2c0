/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_LANDLOCK_CONSTANTS_H
#define ALCOVE_LANDLOCK_CONSTANTS_H

#include "alcove_landlock.h"

/* Filesystem rights (handled_access_fs, path_beneath rules) */
const alcove_constant_t alcove_landlock_fs_constants[] = {
#if defined(ALCOVE_HAVE_LANDLOCK)
    {"execute", LANDLOCK_ACCESS_FS_EXECUTE},
    {"write_file", LANDLOCK_ACCESS_FS_WRITE_FILE},
    {"read_file", LANDLOCK_ACCESS_FS_READ_FILE},
    {"read_dir", LANDLOCK_ACCESS_FS_READ_DIR},
    {"remove_dir", LANDLOCK_ACCESS_FS_REMOVE_DIR},
    {"remove_file", LANDLOCK_ACCESS_FS_REMOVE_FILE},
    {"make_char", LANDLOCK_ACCESS_FS_MAKE_CHAR},
    {"make_dir", LANDLOCK_ACCESS_FS_MAKE_DIR},
    {"make_reg", LANDLOCK_ACCESS_FS_MAKE_REG},
    {"make_sock", LANDLOCK_ACCESS_FS_MAKE_SOCK},
    {"make_fifo", LANDLOCK_ACCESS_FS_MAKE_FIFO},
    {"make_block", LANDLOCK_ACCESS_FS_MAKE_BLOCK},
    {"make_sym", LANDLOCK_ACCESS_FS_MAKE_SYM},
    {"refer", LANDLOCK_ACCESS_FS_REFER},
    {"truncate", LANDLOCK_ACCESS_FS_TRUNCATE},
    {"ioctl_dev", LANDLOCK_ACCESS_FS_IOCTL_DEV},
#endif
    {NULL, 0}};

/* Network rights (handled_access_net, net_port rules) */
const alcove_constant_t alcove_landlock_net_constants[] = {
#if defined(ALCOVE_HAVE_LANDLOCK)
    {"bind_tcp", LANDLOCK_ACCESS_NET_BIND_TCP},
    {"connect_tcp", LANDLOCK_ACCESS_NET_CONNECT_TCP},
#endif
    {NULL, 0}};

/* Scopes (scoped) */
const alcove_constant_t alcove_landlock_scope_constants[] = {
#if defined(ALCOVE_HAVE_LANDLOCK)
    {"abstract_unix_socket", LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET},
    {"signal", LANDLOCK_SCOPE_SIGNAL},
#endif
    {NULL, 0}};

/* Flags of landlock_create_ruleset and landlock_restrict_self */
const alcove_constant_t alcove_landlock_flag_constants[] = {
#if defined(ALCOVE_HAVE_LANDLOCK)
    {"landlock_create_ruleset_version", LANDLOCK_CREATE_RULESET_VERSION},
    {"landlock_restrict_self_log_same_exec_off", LANDLOCK_RESTRICT_SELF_LOG_SAME_EXEC_OFF},
    {"landlock_restrict_self_log_new_exec_on", LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON},
    {"landlock_restrict_self_log_subdomains_off", LANDLOCK_RESTRICT_SELF_LOG_SUBDOMAINS_OFF},
    {"landlock_rule_path_beneath", ALCOVE_LANDLOCK_RULE_PATH_BENEATH},
    {"landlock_rule_net_port", ALCOVE_LANDLOCK_RULE_NET_PORT},
#endif
    {NULL, 0}};

#endif
