/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <strings.h>

/* Constant tables (alcove_constants.h) by name and by value. */

int alcove_lookup_constant(const alcove_constant_t *tbl, const char *name,
                           unsigned long long *val) {
  const alcove_constant_t *c;

  if (tbl == NULL || name == NULL)
    return -1;

  for (c = tbl; c->name != NULL; c++) {
    if (strcasecmp(c->name, name) == 0) {
      if (val != NULL)
        *val = c->val;
      return 0;
    }
  }

  return -1;
}

const char *alcove_constant_name(const alcove_constant_t *tbl,
                                 unsigned long long val) {
  const alcove_constant_t *c;

  if (tbl == NULL)
    return NULL;

  /* Tables list the canonical name first (sigabrt before sigiot). */
  for (c = tbl; c->name != NULL; c++) {
    if (c->val == val)
      return c->name;
  }

  return NULL;
}
