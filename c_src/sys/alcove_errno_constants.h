/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* The errno table of alcove_errno.c, which includes this file once. */
/* clang-format off */
static const alcove_errno_t alcove_errnos[] = {
#ifdef E2BIG
    {E2BIG, "e2big"},
#endif
#ifdef EACCES
    {EACCES, "eacces"},
#endif
#ifdef EADDRINUSE
    {EADDRINUSE, "eaddrinuse"},
#endif
#ifdef EADDRNOTAVAIL
    {EADDRNOTAVAIL, "eaddrnotavail"},
#endif
#ifdef EADV
    {EADV, "eadv"},
#endif
#ifdef EAFNOSUPPORT
    {EAFNOSUPPORT, "eafnosupport"},
#endif
#ifdef EAGAIN
    {EAGAIN, "eagain"},
#endif
#ifdef EALREADY
    {EALREADY, "ealready"},
#endif
#ifdef EAUTH
    {EAUTH, "eauth"},
#endif
#ifdef EBADARCH
    {EBADARCH, "ebadarch"},
#endif
#ifdef EBADE
    {EBADE, "ebade"},
#endif
#ifdef EBADEXEC
    {EBADEXEC, "ebadexec"},
#endif
#ifdef EBADF
    {EBADF, "ebadf"},
#endif
#ifdef EBADFD
    {EBADFD, "ebadfd"},
#endif
#ifdef EBADMACHO
    {EBADMACHO, "ebadmacho"},
#endif
#ifdef EBADMSG
    {EBADMSG, "ebadmsg"},
#endif
#ifdef EBADR
    {EBADR, "ebadr"},
#endif
#ifdef EBADRPC
    {EBADRPC, "ebadrpc"},
#endif
#ifdef EBADRQC
    {EBADRQC, "ebadrqc"},
#endif
#ifdef EBADSLT
    {EBADSLT, "ebadslt"},
#endif
#ifdef EBFONT
    {EBFONT, "ebfont"},
#endif
#ifdef EBUSY
    {EBUSY, "ebusy"},
#endif
#ifdef ECANCELED
    {ECANCELED, "ecanceled"},
#endif
#ifdef ECAPMODE
    {ECAPMODE, "ecapmode"},
#endif
#ifdef ECASECLASH
    {ECASECLASH, "ecaseclash"},
#endif
#ifdef ECHILD
    {ECHILD, "echild"},
#endif
#ifdef ECHRNG
    {ECHRNG, "echrng"},
#endif
#ifdef ECOMM
    {ECOMM, "ecomm"},
#endif
#ifdef ECONNABORTED
    {ECONNABORTED, "econnaborted"},
#endif
#ifdef ECONNREFUSED
    {ECONNREFUSED, "econnrefused"},
#endif
#ifdef ECONNRESET
    {ECONNRESET, "econnreset"},
#endif
#ifdef EDEADLK
    {EDEADLK, "edeadlk"},
#endif
#ifdef EDESTADDRREQ
    {EDESTADDRREQ, "edestaddrreq"},
#endif
#ifdef EDEVERR
    {EDEVERR, "edeverr"},
#endif
#ifdef EDIRTY
    {EDIRTY, "edirty"},
#endif
#ifdef EDOM
    {EDOM, "edom"},
#endif
#ifdef EDOOFUS
    {EDOOFUS, "edoofus"},
#endif
#ifdef EDOTDOT
    {EDOTDOT, "edotdot"},
#endif
#ifdef EDQUOT
    {EDQUOT, "edquot"},
#endif
#ifdef EEXIST
    {EEXIST, "eexist"},
#endif
#ifdef EFAULT
    {EFAULT, "efault"},
#endif
#ifdef EFBIG
    {EFBIG, "efbig"},
#endif
#ifdef EFTYPE
    {EFTYPE, "eftype"},
#endif
#ifdef EHOSTDOWN
    {EHOSTDOWN, "ehostdown"},
#endif
#ifdef EHOSTUNREACH
    {EHOSTUNREACH, "ehostunreach"},
#endif
#ifdef EHWPOISON
    {EHWPOISON, "ehwpoison"},
#endif
#ifdef EIDRM
    {EIDRM, "eidrm"},
#endif
#ifdef EILSEQ
    {EILSEQ, "eilseq"},
#endif
#ifdef EINPROGRESS
    {EINPROGRESS, "einprogress"},
#endif
#ifdef EINTEGRITY
    {EINTEGRITY, "eintegrity"},
#endif
#ifdef EINTR
    {EINTR, "eintr"},
#endif
#ifdef EINVAL
    {EINVAL, "einval"},
#endif
#ifdef EIO
    {EIO, "eio"},
#endif
#ifdef EIPSEC
    {EIPSEC, "eipsec"},
#endif
#ifdef EISCONN
    {EISCONN, "eisconn"},
#endif
#ifdef EISDIR
    {EISDIR, "eisdir"},
#endif
#ifdef EISNAM
    {EISNAM, "eisnam"},
#endif
#ifdef EKEYEXPIRED
    {EKEYEXPIRED, "ekeyexpired"},
#endif
#ifdef EKEYREJECTED
    {EKEYREJECTED, "ekeyrejected"},
#endif
#ifdef EKEYREVOKED
    {EKEYREVOKED, "ekeyrevoked"},
#endif
#ifdef EL2HLT
    {EL2HLT, "el2hlt"},
#endif
#ifdef EL2NSYNC
    {EL2NSYNC, "el2nsync"},
#endif
#ifdef EL3HLT
    {EL3HLT, "el3hlt"},
#endif
#ifdef EL3RST
    {EL3RST, "el3rst"},
#endif
#ifdef ELIBACC
    {ELIBACC, "elibacc"},
#endif
#ifdef ELIBBAD
    {ELIBBAD, "elibbad"},
#endif
#ifdef ELIBEXEC
    {ELIBEXEC, "elibexec"},
#endif
#ifdef ELIBMAX
    {ELIBMAX, "elibmax"},
#endif
#ifdef ELIBSCN
    {ELIBSCN, "elibscn"},
#endif
#ifdef ELNRNG
    {ELNRNG, "elnrng"},
#endif
#ifdef ELOCKUNMAPPED
    {ELOCKUNMAPPED, "elockunmapped"},
#endif
#ifdef ELOOP
    {ELOOP, "eloop"},
#endif
#ifdef EMEDIUMTYPE
    {EMEDIUMTYPE, "emediumtype"},
#endif
#ifdef EMFILE
    {EMFILE, "emfile"},
#endif
#ifdef EMLINK
    {EMLINK, "emlink"},
#endif
#ifdef EMSGSIZE
    {EMSGSIZE, "emsgsize"},
#endif
#ifdef EMULTIHOP
    {EMULTIHOP, "emultihop"},
#endif
#ifdef ENAMETOOLONG
    {ENAMETOOLONG, "enametoolong"},
#endif
#ifdef ENAVAIL
    {ENAVAIL, "enavail"},
#endif
#ifdef ENEEDAUTH
    {ENEEDAUTH, "eneedauth"},
#endif
#ifdef ENETDOWN
    {ENETDOWN, "enetdown"},
#endif
#ifdef ENETRESET
    {ENETRESET, "enetreset"},
#endif
#ifdef ENETUNREACH
    {ENETUNREACH, "enetunreach"},
#endif
#ifdef ENFILE
    {ENFILE, "enfile"},
#endif
#ifdef ENOANO
    {ENOANO, "enoano"},
#endif
#ifdef ENOATTR
    {ENOATTR, "enoattr"},
#endif
#ifdef ENOBUFS
    {ENOBUFS, "enobufs"},
#endif
#ifdef ENOCSI
    {ENOCSI, "enocsi"},
#endif
#ifdef ENODATA
    {ENODATA, "enodata"},
#endif
#ifdef ENODEV
    {ENODEV, "enodev"},
#endif
#ifdef ENOENT
    {ENOENT, "enoent"},
#endif
#ifdef ENOEXEC
    {ENOEXEC, "enoexec"},
#endif
#ifdef ENOKEY
    {ENOKEY, "enokey"},
#endif
#ifdef ENOLCK
    {ENOLCK, "enolck"},
#endif
#ifdef ENOLINK
    {ENOLINK, "enolink"},
#endif
#ifdef ENOMEDIUM
    {ENOMEDIUM, "enomedium"},
#endif
#ifdef ENOMEM
    {ENOMEM, "enomem"},
#endif
#ifdef ENOMSG
    {ENOMSG, "enomsg"},
#endif
#ifdef ENONET
    {ENONET, "enonet"},
#endif
#ifdef ENOPKG
    {ENOPKG, "enopkg"},
#endif
#ifdef ENOPOLICY
    {ENOPOLICY, "enopolicy"},
#endif
#ifdef ENOPROTOOPT
    {ENOPROTOOPT, "enoprotoopt"},
#endif
#ifdef ENOSHARE
    {ENOSHARE, "enoshare"},
#endif
#ifdef ENOSPC
    {ENOSPC, "enospc"},
#endif
#ifdef ENOSR
    {ENOSR, "enosr"},
#endif
#ifdef ENOSTR
    {ENOSTR, "enostr"},
#endif
#ifdef ENOSYS
    {ENOSYS, "enosys"},
#endif
#ifdef ENOTACTIVE
    {ENOTACTIVE, "enotactive"},
#endif
#ifdef ENOTBLK
    {ENOTBLK, "enotblk"},
#endif
#ifdef ENOTCAPABLE
    {ENOTCAPABLE, "enotcapable"},
#endif
#ifdef ENOTCONN
    {ENOTCONN, "enotconn"},
#endif
#ifdef ENOTDIR
    {ENOTDIR, "enotdir"},
#endif
#ifdef ENOTEMPTY
    {ENOTEMPTY, "enotempty"},
#endif
#ifdef ENOTNAM
    {ENOTNAM, "enotnam"},
#endif
#ifdef ENOTRECOVERABLE
    {ENOTRECOVERABLE, "enotrecoverable"},
#endif
#ifdef ENOTSOCK
    {ENOTSOCK, "enotsock"},
#endif
#ifdef ENOTSTART
    {ENOTSTART, "enotstart"},
#endif
#ifdef ENOTSUP
    {ENOTSUP, "enotsup"},
#endif
#ifdef ENOTTY
    {ENOTTY, "enotty"},
#endif
#ifdef ENOTUNIQ
    {ENOTUNIQ, "enotuniq"},
#endif
#ifdef ENXIO
    {ENXIO, "enxio"},
#endif
#ifdef EOVERFLOW
    {EOVERFLOW, "eoverflow"},
#endif
#ifdef EOWNERDEAD
    {EOWNERDEAD, "eownerdead"},
#endif
#ifdef EPERM
    {EPERM, "eperm"},
#endif
#ifdef EPFNOSUPPORT
    {EPFNOSUPPORT, "epfnosupport"},
#endif
#ifdef EPIPE
    {EPIPE, "epipe"},
#endif
#ifdef EPROCLIM
    {EPROCLIM, "eproclim"},
#endif
#ifdef EPROCUNAVAIL
    {EPROCUNAVAIL, "eprocunavail"},
#endif
#ifdef EPROGMISMATCH
    {EPROGMISMATCH, "eprogmismatch"},
#endif
#ifdef EPROGUNAVAIL
    {EPROGUNAVAIL, "eprogunavail"},
#endif
#ifdef EPROTO
    {EPROTO, "eproto"},
#endif
#ifdef EPROTONOSUPPORT
    {EPROTONOSUPPORT, "eprotonosupport"},
#endif
#ifdef EPROTOTYPE
    {EPROTOTYPE, "eprototype"},
#endif
#ifdef EPWROFF
    {EPWROFF, "epwroff"},
#endif
#ifdef EQFULL
    {EQFULL, "eqfull"},
#endif
#ifdef ERANGE
    {ERANGE, "erange"},
#endif
#ifdef EREMCHG
    {EREMCHG, "eremchg"},
#endif
#ifdef EREMOTE
    {EREMOTE, "eremote"},
#endif
#ifdef EREMOTEIO
    {EREMOTEIO, "eremoteio"},
#endif
#ifdef ERESTART
    {ERESTART, "erestart"},
#endif
#ifdef ERFKILL
    {ERFKILL, "erfkill"},
#endif
#ifdef EROFS
    {EROFS, "erofs"},
#endif
#ifdef ERPCMISMATCH
    {ERPCMISMATCH, "erpcmismatch"},
#endif
#ifdef ESHLIBVERS
    {ESHLIBVERS, "eshlibvers"},
#endif
#ifdef ESHUTDOWN
    {ESHUTDOWN, "eshutdown"},
#endif
#ifdef ESOCKTNOSUPPORT
    {ESOCKTNOSUPPORT, "esocktnosupport"},
#endif
#ifdef ESOFT
    {ESOFT, "esoft"},
#endif
#ifdef ESPIPE
    {ESPIPE, "espipe"},
#endif
#ifdef ESRCH
    {ESRCH, "esrch"},
#endif
#ifdef ESRMNT
    {ESRMNT, "esrmnt"},
#endif
#ifdef ESTALE
    {ESTALE, "estale"},
#endif
#ifdef ESTRPIPE
    {ESTRPIPE, "estrpipe"},
#endif
#ifdef ETIME
    {ETIME, "etime"},
#endif
#ifdef ETIMEDOUT
    {ETIMEDOUT, "etimedout"},
#endif
#ifdef ETOOMANYREFS
    {ETOOMANYREFS, "etoomanyrefs"},
#endif
#ifdef ETXTBSY
    {ETXTBSY, "etxtbsy"},
#endif
#ifdef EUCLEAN
    {EUCLEAN, "euclean"},
#endif
#ifdef EUNATCH
    {EUNATCH, "eunatch"},
#endif
#ifdef EUSERS
    {EUSERS, "eusers"},
#endif
#ifdef EXDEV
    {EXDEV, "exdev"},
#endif
#ifdef EXFULL
    {EXFULL, "exfull"},
#endif
#ifdef EWOULDBLOCK
    {EWOULDBLOCK, "ewouldblock"},
#endif
#ifdef EOPNOTSUPP
    {EOPNOTSUPP, "eopnotsupp"},
#endif
#ifdef EDEADLOCK
    {EDEADLOCK, "edeadlock"},
#endif
    {0, NULL}};
/* clang-format on */
