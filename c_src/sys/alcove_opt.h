/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_OPT_H
#define ALCOVE_OPT_H

#include "alcove.h"

/* The per-process options of getopt/setopt (spec API.md 7). maxchild is
 * not here: changing it resizes the child table. */
typedef struct {
  const char *name;
  size_t offset;
  int min;
  int max;
} alcove_opt_t;

static const alcove_opt_t alcove_opts[] = {
    {"maxforkdepth", offsetof(alcove_state_t, maxforkdepth), 0, 255},
    {"exit_status", offsetof(alcove_state_t, exit_status), 0, 1},
    {"termsig", offsetof(alcove_state_t, termsig), 0, 1},
    {"flowcontrol", offsetof(alcove_state_t, flowcontrol), -1, INT_MAX},
    {"signaloneof", offsetof(alcove_state_t, signaloneof), 0, 255},
    {"stdin_closed", offsetof(alcove_state_t, stdin_closed), 0, 1},
    {"stdout_closed", offsetof(alcove_state_t, stdout_closed), 0, 1},
    {"stderr_closed", offsetof(alcove_state_t, stderr_closed), 0, 1},
    {NULL, 0, 0, 0},
};

static inline int *alcove_opt_field(alcove_state_t *ap, const char *name) {
  const alcove_opt_t *o;

  for (o = alcove_opts; o->name != NULL; o++) {
    if (strcmp(o->name, name) == 0)
      return (int *)(void *)((char *)ap + o->offset);
  }
  return NULL;
}

/* Clamp as setopt does: booleans are 0 or 1, flowcontrol < 0 is -1. */
static inline int alcove_opt_clamp(const char *name, int val) {
  const alcove_opt_t *o;

  for (o = alcove_opts; o->name != NULL; o++) {
    if (strcmp(o->name, name) != 0)
      continue;
    if (o->max == 1)
      return val != 0;
    if (val < o->min)
      return o->min;
    if (val > o->max)
      return o->max;
    return val;
  }
  return val;
}

#endif
