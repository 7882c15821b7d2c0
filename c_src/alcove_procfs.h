/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_PROCFS_H
#define ALCOVE_PROCFS_H

#include "alcove_defs.h"

/* Finding processes in /proc (alcove_procfs.c; Linux, elsewhere none). */

/* The field of /proc/PID/stat to match. */
typedef enum {
  ALCOVE_PROCFS_PPID,    /* parent pid */
  ALCOVE_PROCFS_SESSION, /* session id */
} alcove_procfs_field_t;

/* Send sig to every process whose field is value. Returns how many were
 * found. */
int alcove_procfs_kill(alcove_procfs_field_t field, long value, int sig);

#endif
