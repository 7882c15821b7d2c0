/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_cstruct.h"
#include "alcove_term.h"

/* The cstruct as it is after the call, in the shape it was given:
 * Bin | [Bin | {ptr, Contents} | NullWord, ...] */
int alcove_encode_cstruct(ei_x_buff *x, const alcove_cstruct_t *cs) {
  size_t k;

  if (x == NULL || cs == NULL || cs->buf == NULL)
    return -1;

  if (cs->binary)
    return alcove_mk_binary(x, cs->buf, cs->len);

  if (cs->nelem > INT_MAX || alcove_encode_list_header(x, (int)cs->nelem) < 0)
    return -1;

  for (k = 0; k < cs->nelem; k++) {
    const alcove_cstruct_elem_t *e = &cs->elem[k];

    if (e->kind == ALCOVE_CSTRUCT_BIN) {
      if (alcove_mk_binary(x, cs->buf + e->off, e->size) < 0)
        return -1;
    } else if (e->ptr == NULL) {
      /* the NULL pointer: the word at its offset (zeros unless the call
       * stored something there) */
      if (alcove_mk_binary(x, cs->buf + e->off, sizeof(void *)) < 0)
        return -1;
    } else {
      if (alcove_encode_tuple_header(x, 2) < 0 ||
          alcove_mk_atom(x, "ptr") < 0 ||
          alcove_mk_binary(x, e->ptr, e->size) < 0)
        return -1;
    }
  }

  return alcove_encode_empty_list(x);
}

int alcove_encode_ptrarg(ei_x_buff *x, const alcove_ptrarg_t *pa,
                         int val_as_empty) {
  if (x == NULL || pa == NULL)
    return -1;

  if (pa->kind == ALCOVE_PTRARG_PTR)
    return alcove_encode_cstruct(x, &pa->cs);

  if (val_as_empty)
    return alcove_mk_binary(x, NULL, 0);

  return alcove_mk_ulong(x, pa->val);
}
