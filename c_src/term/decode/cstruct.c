/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_cstruct.h"
#include "alcove_term.h"

static int cstruct_elem(const char *buf, size_t len, int *index,
                        alcove_cstruct_t *cs, alcove_cstruct_elem_t *e);
static int cstruct_ptr(const char *buf, size_t len, int *index,
                       alcove_cstruct_t *cs, alcove_cstruct_elem_t *e);
static int cstruct_add(alcove_cstruct_t *cs, size_t inline_bytes,
                       size_t pointed_bytes);
static int cstruct_fill(const char *buf, size_t len, alcove_cstruct_t *cs);

/* |list: elem1 ... elemN, []|, N > 0 */
int alcove_decode_cstruct(const char *buf, size_t len, int *index,
                          size_t maxlen, alcove_cstruct_t *cs) {
  int i;
  int n;
  int k;
  int tail;

  if (index == NULL || cs == NULL)
    return -1;

  memset(cs, 0, sizeof(*cs));

  i = *index;
  if (alcove_decode_list_header(buf, len, &i, &n) < 0)
    return -1;

  /* [] is not a cstruct */
  if (n <= 0 || n > ALCOVE_CSTRUCT_ELEM_MAX)
    return -1;

  cs->elem = calloc((size_t)n, sizeof(*cs->elem));
  if (cs->elem == NULL)
    return -1;

  for (k = 0; k < n; k++) {
    cs->nelem++;
    if (cstruct_elem(buf, len, &i, cs, &cs->elem[k]) < 0 || cs->len > maxlen)
      goto err;
  }

  /* a proper list: the tail is [] */
  if (alcove_decode_list_header(buf, len, &i, &tail) < 0 || tail != 0)
    goto err;

  if (cstruct_fill(buf, len, cs) < 0)
    goto err;

  *index = i;
  return 0;

err:
  alcove_cstruct_free(cs);
  return -1;
}

int alcove_decode_cstruct_arg(const char *buf, size_t len, int *index,
                              size_t maxlen, alcove_cstruct_t *cs) {
  int type;
  int arity;
  int i;

  if (index == NULL || cs == NULL)
    return -1;

  if (alcove_decode_type(buf, len, index, &type, &arity) < 0)
    return -1;

  if (type != ERL_BINARY_EXT)
    return alcove_decode_cstruct(buf, len, index, maxlen, cs);

  /* a bare binary: a cstruct of one inline element */
  memset(cs, 0, sizeof(*cs));
  cs->binary = 1;
  cs->elem = calloc(1, sizeof(*cs->elem));
  if (cs->elem == NULL)
    return -1;
  cs->nelem = 1;

  i = *index;
  if (cstruct_elem(buf, len, &i, cs, &cs->elem[0]) < 0 || cs->len > maxlen ||
      cstruct_fill(buf, len, cs) < 0) {
    alcove_cstruct_free(cs);
    return -1;
  }

  *index = i;
  return 0;
}

void alcove_cstruct_free(alcove_cstruct_t *cs) {
  int saved = errno;
  size_t k;

  if (cs == NULL)
    return;

  for (k = 0; k < cs->nelem && cs->elem != NULL; k++)
    free(cs->elem[k].ptr);

  free(cs->elem);
  free(cs->buf);
  memset(cs, 0, sizeof(*cs));
  errno = saved;
}

/* binary() | {ptr, N} | {ptr, binary()} */
static int cstruct_elem(const char *buf, size_t len, int *index,
                        alcove_cstruct_t *cs, alcove_cstruct_elem_t *e) {
  int type;
  int arity;

  if (alcove_decode_type(buf, len, index, &type, &arity) < 0)
    return -1;

  switch (type) {
  case ERL_BINARY_EXT:
    e->kind = ALCOVE_CSTRUCT_BIN;
    e->off = cs->len;
    e->size = (size_t)arity;
    /* copied by cstruct_fill once the inline buffer is allocated */
    e->index = *index;
    if (cstruct_add(cs, e->size, 0) < 0)
      return -1;
    return alcove_decode_skip(buf, len, index, 0);

  case ERL_SMALL_TUPLE_EXT:
    return cstruct_ptr(buf, len, index, cs, e);

  default:
    return -1;
  }
}

/* |tuple: ptr, N or Bin| */
static int cstruct_ptr(const char *buf, size_t len, int *index,
                       alcove_cstruct_t *cs, alcove_cstruct_elem_t *e) {
  char atom[MAXATOMLEN_UTF8];
  int arity;
  int type;
  int size;
  unsigned long long n;

  if (alcove_decode_tuple_header(buf, len, index, &arity) < 0 || arity != 2)
    return -1;

  if (alcove_decode_atom(buf, len, index, atom) < 0 || strcmp(atom, "ptr") != 0)
    return -1;

  e->kind = ALCOVE_CSTRUCT_PTR;
  e->off = cs->len;

  if (alcove_decode_type(buf, len, index, &type, &size) < 0)
    return -1;

  switch (type) {
  case ERL_BINARY_EXT: {
    /* {ptr, Bin}: a pointer to a copy; {ptr, <<>>}: NULL */
    size_t outlen = (size_t)size;

    if (cstruct_add(cs, sizeof(void *), outlen) < 0)
      return -1;

    if (outlen == 0)
      return alcove_decode_skip(buf, len, index, 0);

    e->ptr = malloc(outlen);
    if (e->ptr == NULL)
      return -1;
    e->size = outlen;

    return alcove_decode_binary(buf, len, index, e->ptr, &outlen);
  }

  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    /* {ptr, N}: a pointer to N zeroed bytes; {ptr, 0}: NULL */
    if (alcove_decode_ulonglong(buf, len, index, &n) < 0 ||
        n > ALCOVE_CSTRUCT_SIZE_MAX)
      return -1;

    if (cstruct_add(cs, sizeof(void *), (size_t)n) < 0)
      return -1;

    if (n == 0)
      return 0;

    e->ptr = calloc(1, (size_t)n);
    if (e->ptr == NULL)
      return -1;
    e->size = (size_t)n;
    return 0;

  default:
    return -1;
  }
}

/* Account for an element against the size cap before anything is
 * allocated for it (the caller checks the inline size against maxlen). */
static int cstruct_add(alcove_cstruct_t *cs, size_t inline_bytes,
                       size_t pointed_bytes) {
  if (inline_bytes > ALCOVE_CSTRUCT_SIZE_MAX ||
      pointed_bytes > ALCOVE_CSTRUCT_SIZE_MAX ||
      inline_bytes + pointed_bytes > ALCOVE_CSTRUCT_SIZE_MAX - cs->total)
    return -1;

  cs->len += inline_bytes;
  cs->total += inline_bytes + pointed_bytes;
  return 0;
}

/* Allocate the inline buffer (and its zeroed slack) and lay out the
 * elements: binaries copied, pointers stored as native words. */
static int cstruct_fill(const char *buf, size_t len, alcove_cstruct_t *cs) {
  size_t k;

  cs->buf = calloc(1, cs->len + ALCOVE_CSTRUCT_SLACK);
  if (cs->buf == NULL)
    return -1;

  for (k = 0; k < cs->nelem; k++) {
    alcove_cstruct_elem_t *e = &cs->elem[k];

    if (e->kind == ALCOVE_CSTRUCT_BIN) {
      size_t outlen = e->size;
      int i = e->index;

      if (alcove_decode_binary(buf, len, &i, cs->buf + e->off, &outlen) < 0 ||
          outlen != e->size)
        return -1;
    } else {
      /* a NULL pointer is the word of zeros calloc left there */
      if (e->ptr != NULL)
        memcpy(cs->buf + e->off, &e->ptr, sizeof(e->ptr));
    }
  }

  return 0;
}

int alcove_decode_ptrarg(const char *buf, size_t len, int *index, int flags,
                         const alcove_constant_t *tbl, size_t maxlen,
                         alcove_ptrarg_t *pa) {
  int type;
  int arity;
  long long v;

  if (index == NULL || pa == NULL)
    return -1;

  memset(pa, 0, sizeof(*pa));

  if (alcove_decode_type(buf, len, index, &type, &arity) < 0)
    return -1;

  switch (type) {
  case ERL_SMALL_INTEGER_EXT:
  case ERL_INTEGER_EXT:
  case ERL_SMALL_BIG_EXT:
  case ERL_LARGE_BIG_EXT:
    if ((flags & ALCOVE_PTRARG_UINT64) == 0)
      return -1;
    pa->kind = ALCOVE_PTRARG_VAL;
    return alcove_decode_ulonglong(buf, len, index, &pa->val);

  case ERL_ATOM_EXT:
    if ((flags & ALCOVE_PTRARG_ATOM) == 0 || tbl == NULL)
      return -1;
    pa->kind = ALCOVE_PTRARG_VAL;
    switch (alcove_decode_constant(buf, len, index, &v, tbl)) {
    case 0:
      break;
    case 1:
      return 1;
    default:
      return -1;
    }
    if (v < 0 || v > INT_MAX)
      return -1;
    pa->val = (unsigned long long)v;
    return 0;

  case ERL_NIL_EXT:
    if ((flags & ALCOVE_PTRARG_NIL) == 0)
      return -1;
    pa->kind = ALCOVE_PTRARG_VAL;
    pa->val = 0;
    return alcove_decode_skip(buf, len, index, 0);

  case ERL_BINARY_EXT:
  case ERL_LIST_EXT:
    pa->kind = ALCOVE_PTRARG_PTR;
    return alcove_decode_cstruct_arg(buf, len, index, maxlen, &pa->cs);

  default:
    return -1;
  }
}

unsigned long alcove_ptrarg_word(const alcove_ptrarg_t *pa) {
  if (pa->kind == ALCOVE_PTRARG_PTR)
    return (unsigned long)(uintptr_t)pa->cs.buf;
  return (unsigned long)pa->val;
}

void alcove_ptrarg_free(alcove_ptrarg_t *pa) {
  if (pa == NULL)
    return;
  alcove_cstruct_free(&pa->cs);
  pa->kind = ALCOVE_PTRARG_VAL;
  pa->val = 0;
}
