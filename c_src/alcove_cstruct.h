/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_CSTRUCT_H
#define ALCOVE_CSTRUCT_H

#include "alcove_term.h"

/* cstruct: a C structure described as an Erlang list (spec/API.md 9.3).
 *
 *   Element            In the inline buffer          Returned as
 *   binary()           the bytes                     the bytes at that offset
 *   {ptr, N} (N > 0)   pointer to N zeroed bytes     {ptr, Contents}
 *   {ptr, Bin}         pointer to a copy of Bin      {ptr, Contents}
 *   {ptr, 0}           NULL (a word of zero bytes)   the word at that offset
 *   {ptr, <<>>}        NULL                          the word at that offset
 *
 * Elements are laid out without padding; the caller adds padding
 * binaries. alcove 1.0.1 used fixed 64 KiB buffers; ours are allocated
 * to size, within the sanity caps below (past them: badarg). */

/* Most elements in one cstruct. */
#define ALCOVE_CSTRUCT_ELEM_MAX 65536
/* Most bytes in one cstruct: inline bytes plus every pointed-to buffer. */
#define ALCOVE_CSTRUCT_SIZE_MAX (64u * 1024u * 1024u)
/* Zeroed bytes allocated after the inline buffer. A call told about a
 * short buffer may still write a whole structure (ioctl(2) with a 4-byte
 * binary for a 40-byte struct ifreq): that lands here instead of in the
 * heap, as it landed in upstream's 64 KiB stack buffer. Never returned. */
#define ALCOVE_CSTRUCT_SLACK 65536

enum {
  ALCOVE_CSTRUCT_BIN = 0,
  ALCOVE_CSTRUCT_PTR = 1,
};

typedef struct {
  int kind;    /* ALCOVE_CSTRUCT_BIN or ALCOVE_CSTRUCT_PTR */
  size_t off;  /* offset in the inline buffer */
  size_t size; /* BIN: inline bytes; PTR: bytes pointed to (0: NULL) */
  char *ptr;   /* PTR: the pointed-to allocation, NULL for NULL */
  int index;   /* BIN: where its payload is in the argument term */
} alcove_cstruct_elem_t;

typedef struct {
  int binary;   /* decoded from a bare binary: encoded back as one */
  char *buf;    /* len inline bytes, then ALCOVE_CSTRUCT_SLACK zero bytes */
  size_t len;   /* inline bytes */
  size_t total; /* inline bytes plus pointed-to bytes */
  size_t nelem;
  alcove_cstruct_elem_t *elem;
} alcove_cstruct_t;

/* Decode a cstruct (a non-empty list) at *index into cs. The inline size
 * must be at most maxlen. Returns 0, or -1 (malformed, over a cap, or out
 * of memory) with cs left empty. Free with alcove_cstruct_free. */
int alcove_decode_cstruct(const char *buf, size_t len, int *index,
                          size_t maxlen, alcove_cstruct_t *cs);

/* A pointer argument: a binary (one inline element, encoded back as a
 * binary) or a cstruct list. */
int alcove_decode_cstruct_arg(const char *buf, size_t len, int *index,
                              size_t maxlen, alcove_cstruct_t *cs);

/* Encode cs as it is now, in the shape it was given (binary or list). */
int alcove_encode_cstruct(ei_x_buff *x, const alcove_cstruct_t *cs);

/* Free every allocation of cs and empty it. Safe on an empty cs and
 * twice. Preserves errno. */
void alcove_cstruct_free(alcove_cstruct_t *cs);

/* A pointer-or-value argument (ioctl, prctl, ptrace): an integer passed
 * by value, or a binary or cstruct passed by pointer. */
enum {
  ALCOVE_PTRARG_VAL = 0,
  ALCOVE_PTRARG_PTR = 1,
};

typedef struct {
  int kind;               /* ALCOVE_PTRARG_VAL or ALCOVE_PTRARG_PTR */
  unsigned long long val; /* VAL: the value */
  alcove_cstruct_t cs;    /* PTR: the buffer */
} alcove_ptrarg_t;

/* Accepted besides binaries and cstructs (ALCOVE_PTRARG_* flags). */
#define ALCOVE_PTRARG_UINT64 0x1 /* 0..2^64-1 */
#define ALCOVE_PTRARG_ATOM 0x2   /* looked up in tbl, 0..INT_MAX */
#define ALCOVE_PTRARG_NIL 0x4    /* [] is the value 0 */

/* 0 decoded, 1 unknown atom (enotsup), -1 malformed. The inline size of
 * a binary or cstruct is at most maxlen. Free with alcove_ptrarg_free. */
int alcove_decode_ptrarg(const char *buf, size_t len, int *index, int flags,
                         const alcove_constant_t *tbl, size_t maxlen,
                         alcove_ptrarg_t *pa);

/* The machine word to pass to the call: the value or the pointer. */
unsigned long alcove_ptrarg_word(const alcove_ptrarg_t *pa);

/* Encode pa after the call: a pointer as the binary or cstruct it points
 * to now, a value as the integer (or as <<>> if val_as_empty). */
int alcove_encode_ptrarg(ei_x_buff *x, const alcove_ptrarg_t *pa,
                         int val_as_empty);

void alcove_ptrarg_free(alcove_ptrarg_t *pa);

#endif
