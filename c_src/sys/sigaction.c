/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

/* sigaction(2): handlers are sig_dfl, sig_ign or sig_info (the signal is
 * reported as an event). [] or <<>> queries. SIGCHLD only switches how
 * children are reaped (spec API.md 10.5). */

static const char *alcove_handler_name(const struct sigaction *act);

static const char *alcove_handler_name(const struct sigaction *act) {
  if ((act->sa_flags & SA_SIGINFO) &&
      act->sa_sigaction == alcove_signal_handler)
    return "sig_info";
  if (!(act->sa_flags & SA_SIGINFO) && act->sa_handler == SIG_IGN)
    return "sig_ign";
  return "sig_dfl";
}

int alcove_sys_sigaction(alcove_state_t *ap, const char *arg, size_t len,
                         int *index, ei_x_buff *reply) {
  long long signum = 0;
  char handler[MAXATOMLEN_UTF8] = {0};
  int type = 0;
  int arity = 0;
  struct sigaction act;
  struct sigaction oact;
  int query = 0;
  int rv;

  /* signal: constant */
  rv =
      alcove_decode_constant(arg, len, index, &signum, alcove_signal_constants);
  if (rv < 0)
    return -1;

  /* handler: sig_dfl | sig_ign | sig_info | [] | <<>> */
  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;

  switch (type) {
  case ERL_NIL_EXT:
    if (alcove_decode_list_header(arg, len, index, &arity) < 0)
      return -1;
    query = 1;
    break;
  case ERL_BINARY_EXT: {
    char none[1];
    size_t n = sizeof(none);
    if (arity != 0 || alcove_decode_binary(arg, len, index, none, &n) < 0)
      return -1;
    query = 1;
  } break;
  default:
    if (alcove_decode_atom(arg, len, index, handler) < 0)
      return -1;
    if (strcmp(handler, "sig_dfl") != 0 && strcmp(handler, "sig_ign") != 0 &&
        strcmp(handler, "sig_info") != 0)
      return -1;
    break;
  }

  if (rv == 1)
    return alcove_mk_error(reply, "enotsup");

  if (signum <= 0 || signum >= NSIG)
    return alcove_mk_error(reply, "einval");

  if (signum == SIGCHLD) {
    const char *old = ap->sigchld ? "sig_info" : "sig_dfl";
    if (!query) {
      ap->sigchld = strcmp(handler, "sig_info") == 0;
      if (!ap->sigchld)
        alcove_relay_reap(ap);
    }
    return ei_x_encode_tuple_header(reply, 2) < 0 ||
                   alcove_mk_atom(reply, "ok") < 0 ||
                   alcove_mk_atom(reply, old) < 0
               ? -1
               : 0;
  }

  if (query) {
    if (sigaction((int)signum, NULL, &oact) < 0)
      return alcove_mk_errno(reply, errno);
  } else {
    memset(&act, 0, sizeof(act));
    (void)sigfillset(&act.sa_mask);
    if (strcmp(handler, "sig_info") == 0) {
      act.sa_sigaction = alcove_signal_handler;
      act.sa_flags = SA_SIGINFO | SA_RESTART;
    } else {
      act.sa_handler = strcmp(handler, "sig_ign") == 0 ? SIG_IGN : SIG_DFL;
    }
    if (sigaction((int)signum, &act, &oact) < 0)
      return alcove_mk_errno(reply, errno);
  }

  if (ei_x_encode_tuple_header(reply, 2) < 0 ||
      alcove_mk_atom(reply, "ok") < 0 ||
      alcove_mk_atom(reply, alcove_handler_name(&oact)) < 0)
    return -1;
  return 0;
}
