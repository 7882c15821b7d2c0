/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_SIGNAL_CONSTANTS_H
#define ALCOVE_SIGNAL_CONSTANTS_H

#include <signal.h>

const alcove_constant_t alcove_signal_constants[] = {
#if defined(SIGHUP)
    {"sighup", SIGHUP},
#endif
#if defined(SIGINT)
    {"sigint", SIGINT},
#endif
#if defined(SIGQUIT)
    {"sigquit", SIGQUIT},
#endif
#if defined(SIGILL)
    {"sigill", SIGILL},
#endif
#if defined(SIGTRAP)
    {"sigtrap", SIGTRAP},
#endif
#if defined(SIGABRT)
    {"sigabrt", SIGABRT},
#endif
#if defined(SIGIOT)
    {"sigiot", SIGIOT},
#endif
#if defined(SIGBUS)
    {"sigbus", SIGBUS},
#endif
#if defined(SIGFPE)
    {"sigfpe", SIGFPE},
#endif
#if defined(SIGKILL)
    {"sigkill", SIGKILL},
#endif
#if defined(SIGUSR1)
    {"sigusr1", SIGUSR1},
#endif
#if defined(SIGSEGV)
    {"sigsegv", SIGSEGV},
#endif
#if defined(SIGUSR2)
    {"sigusr2", SIGUSR2},
#endif
#if defined(SIGPIPE)
    {"sigpipe", SIGPIPE},
#endif
#if defined(SIGALRM)
    {"sigalrm", SIGALRM},
#endif
#if defined(SIGTERM)
    {"sigterm", SIGTERM},
#endif
#if defined(SIGSTKFLT)
    {"sigstkflt", SIGSTKFLT},
#endif
#if defined(SIGCHLD)
    {"sigchld", SIGCHLD},
#endif
#if defined(SIGCONT)
    {"sigcont", SIGCONT},
#endif
#if defined(SIGSTOP)
    {"sigstop", SIGSTOP},
#endif
#if defined(SIGTSTP)
    {"sigtstp", SIGTSTP},
#endif
#if defined(SIGTTIN)
    {"sigttin", SIGTTIN},
#endif
#if defined(SIGTTOU)
    {"sigttou", SIGTTOU},
#endif
#if defined(SIGURG)
    {"sigurg", SIGURG},
#endif
#if defined(SIGXCPU)
    {"sigxcpu", SIGXCPU},
#endif
#if defined(SIGXFSZ)
    {"sigxfsz", SIGXFSZ},
#endif
#if defined(SIGVTALRM)
    {"sigvtalrm", SIGVTALRM},
#endif
#if defined(SIGPROF)
    {"sigprof", SIGPROF},
#endif
#if defined(SIGWINCH)
    {"sigwinch", SIGWINCH},
#endif
#if defined(SIGIO)
    {"sigio", SIGIO},
#endif
#if defined(SIGPOLL)
    {"sigpoll", SIGPOLL},
#endif
#if defined(SIGLOST)
    {"siglost", SIGLOST},
#endif
#if defined(SIGPWR)
    {"sigpwr", SIGPWR},
#endif
#if defined(SIGSYS)
    {"sigsys", SIGSYS},
#endif
    {NULL, 0}};

#endif
