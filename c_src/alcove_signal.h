/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_SIGNAL_H
#define ALCOVE_SIGNAL_H

#include "alcove_state.h"

/* Signals (alcove_signal.c): a handler for every catchable signal writes
 * its siginfo_t to the self-pipe at ALCOVE_SIGWRITE_FILENO. */
int alcove_signal_init(void);
/* The handler, for sigaction(sig_info). */
void alcove_signal_handler(int sig, siginfo_t *info, void *ctx);
/* The records in the self-pipe: SIGCHLD reaps the children (unless the
 * sigchld option reports it), any other signal is an event
 * {signal, Name, Info} for the parent. */
void alcove_signal_read(alcove_state_t *ap);

#endif
