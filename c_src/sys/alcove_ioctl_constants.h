/* clang-format off */
/* GENERATED at development time by a gcc -dM -E scan of the
 * Linux headers; every entry is guarded so other platforms compile. */
#ifndef ALCOVE_IOCTL_CONSTANTS_H
#define ALCOVE_IOCTL_CONSTANTS_H

/* kernel headers first: libc headers may then redefine the same macros */
#ifdef __linux__
#include <linux/if_tun.h>
#include <linux/sockios.h>
#endif
#include <sys/ioctl.h>

const alcove_constant_t alcove_ioctl_constants[] = {
#ifdef FIOASYNC
    {"fioasync", FIOASYNC},
#endif
#ifdef FIOCLEX
    {"fioclex", FIOCLEX},
#endif
#ifdef FIOGETOWN
    {"fiogetown", FIOGETOWN},
#endif
#ifdef FIONBIO
    {"fionbio", FIONBIO},
#endif
#ifdef FIONCLEX
    {"fionclex", FIONCLEX},
#endif
#ifdef FIONREAD
    {"fionread", FIONREAD},
#endif
#ifdef FIOQSIZE
    {"fioqsize", FIOQSIZE},
#endif
#ifdef FIOSETOWN
    {"fiosetown", FIOSETOWN},
#endif
#ifdef SIOCADDDLCI
    {"siocadddlci", SIOCADDDLCI},
#endif
#ifdef SIOCADDMULTI
    {"siocaddmulti", SIOCADDMULTI},
#endif
#ifdef SIOCADDRT
    {"siocaddrt", SIOCADDRT},
#endif
#ifdef SIOCATMARK
    {"siocatmark", SIOCATMARK},
#endif
#ifdef SIOCBONDCHANGEACTIVE
    {"siocbondchangeactive", SIOCBONDCHANGEACTIVE},
#endif
#ifdef SIOCBONDENSLAVE
    {"siocbondenslave", SIOCBONDENSLAVE},
#endif
#ifdef SIOCBONDINFOQUERY
    {"siocbondinfoquery", SIOCBONDINFOQUERY},
#endif
#ifdef SIOCBONDRELEASE
    {"siocbondrelease", SIOCBONDRELEASE},
#endif
#ifdef SIOCBONDSETHWADDR
    {"siocbondsethwaddr", SIOCBONDSETHWADDR},
#endif
#ifdef SIOCBONDSLAVEINFOQUERY
    {"siocbondslaveinfoquery", SIOCBONDSLAVEINFOQUERY},
#endif
#ifdef SIOCBRADDBR
    {"siocbraddbr", SIOCBRADDBR},
#endif
#ifdef SIOCBRADDIF
    {"siocbraddif", SIOCBRADDIF},
#endif
#ifdef SIOCBRDELBR
    {"siocbrdelbr", SIOCBRDELBR},
#endif
#ifdef SIOCBRDELIF
    {"siocbrdelif", SIOCBRDELIF},
#endif
#ifdef SIOCDARP
    {"siocdarp", SIOCDARP},
#endif
#ifdef SIOCDELDLCI
    {"siocdeldlci", SIOCDELDLCI},
#endif
#ifdef SIOCDELMULTI
    {"siocdelmulti", SIOCDELMULTI},
#endif
#ifdef SIOCDELRT
    {"siocdelrt", SIOCDELRT},
#endif
#ifdef SIOCDEVPRIVATE
    {"siocdevprivate", SIOCDEVPRIVATE},
#endif
#ifdef SIOCDIFADDR
    {"siocdifaddr", SIOCDIFADDR},
#endif
#ifdef SIOCDRARP
    {"siocdrarp", SIOCDRARP},
#endif
#ifdef SIOCETHTOOL
    {"siocethtool", SIOCETHTOOL},
#endif
#ifdef SIOCGARP
    {"siocgarp", SIOCGARP},
#endif
#ifdef SIOCGHWTSTAMP
    {"siocghwtstamp", SIOCGHWTSTAMP},
#endif
#ifdef SIOCGIFADDR
    {"siocgifaddr", SIOCGIFADDR},
#endif
#ifdef SIOCGIFBR
    {"siocgifbr", SIOCGIFBR},
#endif
#ifdef SIOCGIFBRDADDR
    {"siocgifbrdaddr", SIOCGIFBRDADDR},
#endif
#ifdef SIOCGIFCONF
    {"siocgifconf", SIOCGIFCONF},
#endif
#ifdef SIOCGIFCOUNT
    {"siocgifcount", SIOCGIFCOUNT},
#endif
#ifdef SIOCGIFDSTADDR
    {"siocgifdstaddr", SIOCGIFDSTADDR},
#endif
#ifdef SIOCGIFENCAP
    {"siocgifencap", SIOCGIFENCAP},
#endif
#ifdef SIOCGIFFLAGS
    {"siocgifflags", SIOCGIFFLAGS},
#endif
#ifdef SIOCGIFHWADDR
    {"siocgifhwaddr", SIOCGIFHWADDR},
#endif
#ifdef SIOCGIFINDEX
    {"siocgifindex", SIOCGIFINDEX},
#endif
#ifdef SIOCGIFMAP
    {"siocgifmap", SIOCGIFMAP},
#endif
#ifdef SIOCGIFMEM
    {"siocgifmem", SIOCGIFMEM},
#endif
#ifdef SIOCGIFMETRIC
    {"siocgifmetric", SIOCGIFMETRIC},
#endif
#ifdef SIOCGIFMTU
    {"siocgifmtu", SIOCGIFMTU},
#endif
#ifdef SIOCGIFNAME
    {"siocgifname", SIOCGIFNAME},
#endif
#ifdef SIOCGIFNETMASK
    {"siocgifnetmask", SIOCGIFNETMASK},
#endif
#ifdef SIOCGIFPFLAGS
    {"siocgifpflags", SIOCGIFPFLAGS},
#endif
#ifdef SIOCGIFSLAVE
    {"siocgifslave", SIOCGIFSLAVE},
#endif
#ifdef SIOCGIFTXQLEN
    {"siocgiftxqlen", SIOCGIFTXQLEN},
#endif
#ifdef SIOCGIFVLAN
    {"siocgifvlan", SIOCGIFVLAN},
#endif
#ifdef SIOCGMIIPHY
    {"siocgmiiphy", SIOCGMIIPHY},
#endif
#ifdef SIOCGMIIREG
    {"siocgmiireg", SIOCGMIIREG},
#endif
#ifdef SIOCGPGRP
    {"siocgpgrp", SIOCGPGRP},
#endif
#ifdef SIOCGRARP
    {"siocgrarp", SIOCGRARP},
#endif
#ifdef SIOCGSKNS
    {"siocgskns", SIOCGSKNS},
#endif
#ifdef SIOCGSTAMP
    {"siocgstamp", SIOCGSTAMP},
#endif
#ifdef SIOCGSTAMPNS
    {"siocgstampns", SIOCGSTAMPNS},
#endif
#ifdef SIOCGSTAMPNS_NEW
    {"siocgstampns_new", SIOCGSTAMPNS_NEW},
#endif
#ifdef SIOCGSTAMPNS_OLD
    {"siocgstampns_old", SIOCGSTAMPNS_OLD},
#endif
#ifdef SIOCGSTAMP_NEW
    {"siocgstamp_new", SIOCGSTAMP_NEW},
#endif
#ifdef SIOCGSTAMP_OLD
    {"siocgstamp_old", SIOCGSTAMP_OLD},
#endif
#ifdef SIOCINQ
    {"siocinq", SIOCINQ},
#endif
#ifdef SIOCOUTQ
    {"siocoutq", SIOCOUTQ},
#endif
#ifdef SIOCOUTQNSD
    {"siocoutqnsd", SIOCOUTQNSD},
#endif
#ifdef SIOCPROTOPRIVATE
    {"siocprotoprivate", SIOCPROTOPRIVATE},
#endif
#ifdef SIOCRTMSG
    {"siocrtmsg", SIOCRTMSG},
#endif
#ifdef SIOCSARP
    {"siocsarp", SIOCSARP},
#endif
#ifdef SIOCSHWTSTAMP
    {"siocshwtstamp", SIOCSHWTSTAMP},
#endif
#ifdef SIOCSIFADDR
    {"siocsifaddr", SIOCSIFADDR},
#endif
#ifdef SIOCSIFBR
    {"siocsifbr", SIOCSIFBR},
#endif
#ifdef SIOCSIFBRDADDR
    {"siocsifbrdaddr", SIOCSIFBRDADDR},
#endif
#ifdef SIOCSIFDSTADDR
    {"siocsifdstaddr", SIOCSIFDSTADDR},
#endif
#ifdef SIOCSIFENCAP
    {"siocsifencap", SIOCSIFENCAP},
#endif
#ifdef SIOCSIFFLAGS
    {"siocsifflags", SIOCSIFFLAGS},
#endif
#ifdef SIOCSIFHWADDR
    {"siocsifhwaddr", SIOCSIFHWADDR},
#endif
#ifdef SIOCSIFHWBROADCAST
    {"siocsifhwbroadcast", SIOCSIFHWBROADCAST},
#endif
#ifdef SIOCSIFLINK
    {"siocsiflink", SIOCSIFLINK},
#endif
#ifdef SIOCSIFMAP
    {"siocsifmap", SIOCSIFMAP},
#endif
#ifdef SIOCSIFMEM
    {"siocsifmem", SIOCSIFMEM},
#endif
#ifdef SIOCSIFMETRIC
    {"siocsifmetric", SIOCSIFMETRIC},
#endif
#ifdef SIOCSIFMTU
    {"siocsifmtu", SIOCSIFMTU},
#endif
#ifdef SIOCSIFNAME
    {"siocsifname", SIOCSIFNAME},
#endif
#ifdef SIOCSIFNETMASK
    {"siocsifnetmask", SIOCSIFNETMASK},
#endif
#ifdef SIOCSIFPFLAGS
    {"siocsifpflags", SIOCSIFPFLAGS},
#endif
#ifdef SIOCSIFSLAVE
    {"siocsifslave", SIOCSIFSLAVE},
#endif
#ifdef SIOCSIFTXQLEN
    {"siocsiftxqlen", SIOCSIFTXQLEN},
#endif
#ifdef SIOCSIFVLAN
    {"siocsifvlan", SIOCSIFVLAN},
#endif
#ifdef SIOCSMIIREG
    {"siocsmiireg", SIOCSMIIREG},
#endif
#ifdef SIOCSPGRP
    {"siocspgrp", SIOCSPGRP},
#endif
#ifdef SIOCSRARP
    {"siocsrarp", SIOCSRARP},
#endif
#ifdef SIOCWANDEV
    {"siocwandev", SIOCWANDEV},
#endif
#ifdef TCFLSH
    {"tcflsh", TCFLSH},
#endif
#ifdef TCGETA
    {"tcgeta", TCGETA},
#endif
#ifdef TCGETS
    {"tcgets", TCGETS},
#endif
#ifdef TCGETX
    {"tcgetx", TCGETX},
#endif
#ifdef TCSBRK
    {"tcsbrk", TCSBRK},
#endif
#ifdef TCSBRKP
    {"tcsbrkp", TCSBRKP},
#endif
#ifdef TCSETA
    {"tcseta", TCSETA},
#endif
#ifdef TCSETAF
    {"tcsetaf", TCSETAF},
#endif
#ifdef TCSETAW
    {"tcsetaw", TCSETAW},
#endif
#ifdef TCSETS
    {"tcsets", TCSETS},
#endif
#ifdef TCSETSF
    {"tcsetsf", TCSETSF},
#endif
#ifdef TCSETSW
    {"tcsetsw", TCSETSW},
#endif
#ifdef TCSETX
    {"tcsetx", TCSETX},
#endif
#ifdef TCSETXF
    {"tcsetxf", TCSETXF},
#endif
#ifdef TCSETXW
    {"tcsetxw", TCSETXW},
#endif
#ifdef TCXONC
    {"tcxonc", TCXONC},
#endif
#ifdef TIOCCBRK
    {"tioccbrk", TIOCCBRK},
#endif
#ifdef TIOCCONS
    {"tioccons", TIOCCONS},
#endif
#ifdef TIOCEXCL
    {"tiocexcl", TIOCEXCL},
#endif
#ifdef TIOCGDEV
    {"tiocgdev", TIOCGDEV},
#endif
#ifdef TIOCGETD
    {"tiocgetd", TIOCGETD},
#endif
#ifdef TIOCGEXCL
    {"tiocgexcl", TIOCGEXCL},
#endif
#ifdef TIOCGICOUNT
    {"tiocgicount", TIOCGICOUNT},
#endif
#ifdef TIOCGLCKTRMIOS
    {"tiocglcktrmios", TIOCGLCKTRMIOS},
#endif
#ifdef TIOCGPGRP
    {"tiocgpgrp", TIOCGPGRP},
#endif
#ifdef TIOCGPKT
    {"tiocgpkt", TIOCGPKT},
#endif
#ifdef TIOCGPTLCK
    {"tiocgptlck", TIOCGPTLCK},
#endif
#ifdef TIOCGPTN
    {"tiocgptn", TIOCGPTN},
#endif
#ifdef TIOCGPTPEER
    {"tiocgptpeer", TIOCGPTPEER},
#endif
#ifdef TIOCGRS485
    {"tiocgrs485", TIOCGRS485},
#endif
#ifdef TIOCGSERIAL
    {"tiocgserial", TIOCGSERIAL},
#endif
#ifdef TIOCGSID
    {"tiocgsid", TIOCGSID},
#endif
#ifdef TIOCGSOFTCAR
    {"tiocgsoftcar", TIOCGSOFTCAR},
#endif
#ifdef TIOCGWINSZ
    {"tiocgwinsz", TIOCGWINSZ},
#endif
#ifdef TIOCINQ
    {"tiocinq", TIOCINQ},
#endif
#ifdef TIOCLINUX
    {"tioclinux", TIOCLINUX},
#endif
#ifdef TIOCMBIC
    {"tiocmbic", TIOCMBIC},
#endif
#ifdef TIOCMBIS
    {"tiocmbis", TIOCMBIS},
#endif
#ifdef TIOCMGET
    {"tiocmget", TIOCMGET},
#endif
#ifdef TIOCMIWAIT
    {"tiocmiwait", TIOCMIWAIT},
#endif
#ifdef TIOCMSET
    {"tiocmset", TIOCMSET},
#endif
#ifdef TIOCNOTTY
    {"tiocnotty", TIOCNOTTY},
#endif
#ifdef TIOCNXCL
    {"tiocnxcl", TIOCNXCL},
#endif
#ifdef TIOCOUTQ
    {"tiocoutq", TIOCOUTQ},
#endif
#ifdef TIOCPKT
    {"tiocpkt", TIOCPKT},
#endif
#ifdef TIOCSBRK
    {"tiocsbrk", TIOCSBRK},
#endif
#ifdef TIOCSCTTY
    {"tiocsctty", TIOCSCTTY},
#endif
#ifdef TIOCSERCONFIG
    {"tiocserconfig", TIOCSERCONFIG},
#endif
#ifdef TIOCSERGETLSR
    {"tiocsergetlsr", TIOCSERGETLSR},
#endif
#ifdef TIOCSERGETMULTI
    {"tiocsergetmulti", TIOCSERGETMULTI},
#endif
#ifdef TIOCSERGSTRUCT
    {"tiocsergstruct", TIOCSERGSTRUCT},
#endif
#ifdef TIOCSERGWILD
    {"tiocsergwild", TIOCSERGWILD},
#endif
#ifdef TIOCSERSETMULTI
    {"tiocsersetmulti", TIOCSERSETMULTI},
#endif
#ifdef TIOCSERSWILD
    {"tiocserswild", TIOCSERSWILD},
#endif
#ifdef TIOCSETD
    {"tiocsetd", TIOCSETD},
#endif
#ifdef TIOCSIG
    {"tiocsig", TIOCSIG},
#endif
#ifdef TIOCSLCKTRMIOS
    {"tiocslcktrmios", TIOCSLCKTRMIOS},
#endif
#ifdef TIOCSPGRP
    {"tiocspgrp", TIOCSPGRP},
#endif
#ifdef TIOCSPTLCK
    {"tiocsptlck", TIOCSPTLCK},
#endif
#ifdef TIOCSRS485
    {"tiocsrs485", TIOCSRS485},
#endif
#ifdef TIOCSSERIAL
    {"tiocsserial", TIOCSSERIAL},
#endif
#ifdef TIOCSSOFTCAR
    {"tiocssoftcar", TIOCSSOFTCAR},
#endif
#ifdef TIOCSTI
    {"tiocsti", TIOCSTI},
#endif
#ifdef TIOCSWINSZ
    {"tiocswinsz", TIOCSWINSZ},
#endif
#ifdef TIOCVHANGUP
    {"tiocvhangup", TIOCVHANGUP},
#endif
#ifdef TUNATTACHFILTER
    {"tunattachfilter", TUNATTACHFILTER},
#endif
#ifdef TUNDETACHFILTER
    {"tundetachfilter", TUNDETACHFILTER},
#endif
#ifdef TUNGETDEVNETNS
    {"tungetdevnetns", TUNGETDEVNETNS},
#endif
#ifdef TUNGETFEATURES
    {"tungetfeatures", TUNGETFEATURES},
#endif
#ifdef TUNGETFILTER
    {"tungetfilter", TUNGETFILTER},
#endif
#ifdef TUNGETIFF
    {"tungetiff", TUNGETIFF},
#endif
#ifdef TUNGETSNDBUF
    {"tungetsndbuf", TUNGETSNDBUF},
#endif
#ifdef TUNGETVNETBE
    {"tungetvnetbe", TUNGETVNETBE},
#endif
#ifdef TUNGETVNETHDRSZ
    {"tungetvnethdrsz", TUNGETVNETHDRSZ},
#endif
#ifdef TUNGETVNETLE
    {"tungetvnetle", TUNGETVNETLE},
#endif
#ifdef TUNSETCARRIER
    {"tunsetcarrier", TUNSETCARRIER},
#endif
#ifdef TUNSETDEBUG
    {"tunsetdebug", TUNSETDEBUG},
#endif
#ifdef TUNSETFILTEREBPF
    {"tunsetfilterebpf", TUNSETFILTEREBPF},
#endif
#ifdef TUNSETGROUP
    {"tunsetgroup", TUNSETGROUP},
#endif
#ifdef TUNSETIFF
    {"tunsetiff", TUNSETIFF},
#endif
#ifdef TUNSETIFINDEX
    {"tunsetifindex", TUNSETIFINDEX},
#endif
#ifdef TUNSETLINK
    {"tunsetlink", TUNSETLINK},
#endif
#ifdef TUNSETNOCSUM
    {"tunsetnocsum", TUNSETNOCSUM},
#endif
#ifdef TUNSETOFFLOAD
    {"tunsetoffload", TUNSETOFFLOAD},
#endif
#ifdef TUNSETOWNER
    {"tunsetowner", TUNSETOWNER},
#endif
#ifdef TUNSETPERSIST
    {"tunsetpersist", TUNSETPERSIST},
#endif
#ifdef TUNSETQUEUE
    {"tunsetqueue", TUNSETQUEUE},
#endif
#ifdef TUNSETSNDBUF
    {"tunsetsndbuf", TUNSETSNDBUF},
#endif
#ifdef TUNSETSTEERINGEBPF
    {"tunsetsteeringebpf", TUNSETSTEERINGEBPF},
#endif
#ifdef TUNSETTXFILTER
    {"tunsettxfilter", TUNSETTXFILTER},
#endif
#ifdef TUNSETVNETBE
    {"tunsetvnetbe", TUNSETVNETBE},
#endif
#ifdef TUNSETVNETHDRSZ
    {"tunsetvnethdrsz", TUNSETVNETHDRSZ},
#endif
#ifdef TUNSETVNETLE
    {"tunsetvnetle", TUNSETVNETLE},
#endif
    {NULL, 0}};

#endif
