/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_signal.h"

#include "alcove_constants.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_relay.h"
#include "alcove_term.h"

static int alcove_signal_catchable(int sig);

#ifdef __linux__
#include <ucontext.h>
#endif

/* Signals become events: the handler only writes the siginfo_t to the
 * self-pipe at a fixed descriptor and keeps errno intact; the event loop
 * reads the records and decides what to do. */

/* A call refused by a seccomp filter with SECCOMP_RET_TRAP was not made,
 * and the kernel leaves its return register holding the call number (or
 * whatever was there): a wrapper would take that for success and go on
 * with garbage. Make the trapped call fail with ENOSYS, as a call the
 * system does not have. Only for SIGSYS raised by seccomp. */
#define ALCOVE_SYS_SECCOMP 1
static void alcove_seccomp_trapped(int sig, const siginfo_t *info, void *ctx) {
  if (sig != SIGSYS || info == NULL || info->si_code != ALCOVE_SYS_SECCOMP ||
      ctx == NULL)
    return;
#if defined(__linux__) && defined(__x86_64__)
  ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RAX] = -ENOSYS;
#elif defined(__linux__) && defined(__i386__)
  ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_EAX] = -ENOSYS;
#elif defined(__linux__) && defined(__aarch64__)
  ((ucontext_t *)ctx)->uc_mcontext.regs[0] = (unsigned long long)-ENOSYS;
#else
  (void)ctx;
#endif
}

void alcove_signal_handler(int sig, siginfo_t *info, void *ctx) {
  int saved = errno;
  siginfo_t si;

  alcove_seccomp_trapped(sig, info, ctx);

  if (info != NULL) {
    si = *info;
  } else {
    memset(&si, 0, sizeof(si));
    si.si_signo = sig;
  }

  /* A full pipe drops the record: the loop reaps all children on any
   * SIGCHLD record, so coalescing loses nothing that matters. */
  if (write(ALCOVE_SIGWRITE_FILENO, &si, sizeof(si)) < 0) {
    /* nothing to do in a handler */
  }
  errno = saved;
}

/* Synchronous fault signals keep their default action: catching them
 * would turn a crash into a loop. */
static int alcove_signal_catchable(int sig) {
  switch (sig) {
  case SIGKILL:
  case SIGSTOP:
  case SIGSEGV:
  case SIGBUS:
  case SIGFPE:
  case SIGILL:
  case SIGABRT:
    return 0;
  default:
    return 1;
  }
}

int alcove_signal_init(void) {
  struct sigaction act;
  int sig;

  memset(&act, 0, sizeof(act));
  act.sa_sigaction = alcove_signal_handler;
  act.sa_flags = SA_SIGINFO | SA_RESTART;
  (void)sigfillset(&act.sa_mask);

  for (sig = 1; sig < NSIG; sig++) {
    if (!alcove_signal_catchable(sig))
      continue;
    /* real-time signals in use by the C library fail with EINVAL */
    (void)sigaction(sig, &act, NULL);
  }

  return 0;
}

void alcove_signal_read(alcove_state_t *ap) {
  int reap = 0;

  for (;;) {
    siginfo_t si;
    ei_x_buff x;
    ssize_t n = alcove_read(ALCOVE_SIGREAD_FILENO, &si, sizeof(si));

    if (n != (ssize_t)sizeof(si))
      break;

    if (si.si_signo == SIGCHLD && !ap->sigchld) {
      reap = 1;
      continue;
    }

    if (alcove_term_new(&x) < 0)
      continue;
    if (alcove_encode_tuple_header(&x, 3) == 0 &&
        alcove_mk_atom(&x, "signal") == 0 &&
        alcove_mk_atom(&x, alcove_signame(si.si_signo)) == 0 &&
        alcove_mk_binary(&x, &si, sizeof(si)) == 0)
      (void)alcove_frame_term(ap, ALCOVE_MSG_EVENT, x.buff, (size_t)x.index);
    alcove_term_free(&x);
  }

  if (reap)
    alcove_relay_reap(ap);
}
