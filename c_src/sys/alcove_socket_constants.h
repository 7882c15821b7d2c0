/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_SOCKET_CONSTANTS_H
#define ALCOVE_SOCKET_CONSTANTS_H

#include <sys/socket.h>

const alcove_constant_t alcove_socket_constants[] = {
#if defined(AF_APPLETALK)
    {"af_appletalk", AF_APPLETALK},
#endif
#if defined(AF_ATMPVC)
    {"af_atmpvc", AF_ATMPVC},
#endif
#if defined(AF_AX25)
    {"af_ax25", AF_AX25},
#endif
#if defined(AF_INET)
    {"af_inet", AF_INET},
#endif
#if defined(AF_INET6)
    {"af_inet6", AF_INET6},
#endif
#if defined(AF_IPX)
    {"af_ipx", AF_IPX},
#endif
#if defined(AF_LOCAL)
    {"af_local", AF_LOCAL},
#endif
#if defined(AF_NETLINK)
    {"af_netlink", AF_NETLINK},
#endif
#if defined(AF_PACKET)
    {"af_packet", AF_PACKET},
#endif
#if defined(AF_UNIX)
    {"af_unix", AF_UNIX},
#endif
#if defined(AF_X25)
    {"af_x25", AF_X25},
#endif
#if defined(PF_APPLETALK)
    {"pf_appletalk", PF_APPLETALK},
#endif
#if defined(PF_ATMPVC)
    {"pf_atmpvc", PF_ATMPVC},
#endif
#if defined(PF_AX25)
    {"pf_ax25", PF_AX25},
#endif
#if defined(PF_INET)
    {"pf_inet", PF_INET},
#endif
#if defined(PF_INET6)
    {"pf_inet6", PF_INET6},
#endif
#if defined(PF_IPX)
    {"pf_ipx", PF_IPX},
#endif
#if defined(PF_LOCAL)
    {"pf_local", PF_LOCAL},
#endif
#if defined(PF_NETLINK)
    {"pf_netlink", PF_NETLINK},
#endif
#if defined(PF_PACKET)
    {"pf_packet", PF_PACKET},
#endif
#if defined(PF_UNIX)
    {"pf_unix", PF_UNIX},
#endif
#if defined(PF_X25)
    {"pf_x25", PF_X25},
#endif
#if defined(SOCK_STREAM)
    {"sock_stream", SOCK_STREAM},
#endif
#if defined(SOCK_DGRAM)
    {"sock_dgram", SOCK_DGRAM},
#endif
#if defined(SOCK_RAW)
    {"sock_raw", SOCK_RAW},
#endif
#if defined(SOCK_RDM)
    {"sock_rdm", SOCK_RDM},
#endif
#if defined(SOCK_SEQPACKET)
    {"sock_seqpacket", SOCK_SEQPACKET},
#endif
#if defined(SOCK_PACKET)
    {"sock_packet", SOCK_PACKET},
#endif
#if defined(SOCK_CLOEXEC)
    {"sock_cloexec", SOCK_CLOEXEC},
#endif
#if defined(SOCK_NONBLOCK)
    {"sock_nonblock", SOCK_NONBLOCK},
#endif
    {NULL, 0}};

#endif
