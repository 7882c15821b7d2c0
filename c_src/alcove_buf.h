/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_BUF_H
#define ALCOVE_BUF_H

#include "alcove_defs.h"

/* Growable byte queue (alcove_buf.c). Data lives in buf[off, len); only
 * alcove_buf.c touches the fields. A zeroed struct is an empty queue. */
typedef struct {
  char *buf;
  size_t off;
  size_t len;
  size_t cap;
} alcove_buf_t;

#define ALCOVE_BUF_DATA(b) ((b)->buf + (b)->off)
#define ALCOVE_BUF_SIZE(b) ((b)->len - (b)->off)

/* Room for n more bytes at the tail. 0 / -1 (ENOMEM). */
int alcove_buf_reserve(alcove_buf_t *b, size_t n);
/* The tail: where n bytes may be written (reserving them), or NULL. */
char *alcove_buf_tail(alcove_buf_t *b, size_t n);
/* Free bytes at the tail (after alcove_buf_reserve). */
size_t alcove_buf_room(const alcove_buf_t *b);
/* n bytes written at the tail are now part of the queue. */
void alcove_buf_commit(alcove_buf_t *b, size_t n);
int alcove_buf_append(alcove_buf_t *b, const void *data, size_t n);
/* Drop n bytes from the head. */
void alcove_buf_consume(alcove_buf_t *b, size_t n);
/* Drop everything, keeping the memory. */
void alcove_buf_clear(alcove_buf_t *b);
void alcove_buf_free(alcove_buf_t *b);

#endif
