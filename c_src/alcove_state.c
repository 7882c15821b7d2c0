/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_state.h"

#include "alcove_child.h"
#include "alcove_term.h"

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
  }
  free(ap->child);
  if (ap->reply_init)
    alcove_term_free(&ap->reply);
  alcove_buf_free(&ap->outq);
  alcove_buf_free(&ap->inr);
  free(ap);
}
