/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_state.h"

#include "alcove_child.h"
#include "alcove_term.h"

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
    {"notify_timeout", offsetof(alcove_state_t, notify_timeout), 0, INT_MAX},
    {NULL, 0, 0, 0},
};

int *alcove_state_opt(alcove_state_t *ap, const char *name) {
  const alcove_opt_t *o;

  for (o = alcove_opts; o->name != NULL; o++) {
    if (strcmp(o->name, name) == 0)
      return (int *)(void *)((char *)ap + o->offset);
  }
  return NULL;
}

/* Clamp as setopt does: booleans are 0 or 1, flowcontrol < 0 is -1. */
int alcove_state_opt_clamp(const char *name, int val) {
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

/* Defaults of the options are alcove 1.0.1's (spec/API.md section 7). */
alcove_state_t *alcove_state_new(int maxchild) {
  alcove_state_t *ap = calloc(1, sizeof(*ap));

  if (ap == NULL)
    return NULL;

  ap->maxchild = maxchild;
  ap->maxforkdepth = ALCOVE_MAXFORKDEPTH;
  ap->exit_status = 1;
  ap->termsig = 1;
  ap->flowcontrol = -1;
  ap->signaloneof = SIGTERM;
  ap->notify_timeout = ALCOVE_NOTIFY_TIMEOUT;
  ap->chanin = STDIN_FILENO;
  ap->chanout = STDOUT_FILENO;

  ap->child = alcove_child_table(maxchild);
  if (ap->child == NULL) {
    free(ap);
    return NULL;
  }
  return ap;
}

void alcove_state_free(alcove_state_t *ap) {
  int i;

  for (i = 0; i < ap->maxchild; i++) {
    alcove_buf_free(&ap->child[i].chanq);
    alcove_buf_free(&ap->child[i].chanr);
    alcove_buf_free(&ap->child[i].inq);
    free(ap->child[i].notif);
  }
  free(ap->child);
  if (ap->reply_init)
    alcove_term_free(&ap->reply);
  alcove_buf_free(&ap->outq);
  alcove_buf_free(&ap->inr);
  free(ap);
}
