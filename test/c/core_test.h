/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef TEST_CORE_TEST_H
#define TEST_CORE_TEST_H

/* The pieces of core_test (core_*_test.c) and their helpers
 * (core_test.c). The core files are linked as they are; descriptors are
 * real pipes and socketpairs. */

#include "alcove_buf.h"
#include "alcove_child.h"
#include "alcove_defs.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_relay.h"
#include "alcove_route.h"
#include "alcove_state.h"
#include "alcove_window.h"
#include "check.h"

/* A byte string the tests build expected output in. */
typedef struct {
  char b[4096];
  size_t n;
} bytes_t;

/* Append to e: raw bytes, a 16 or 32 bit big-endian integer. */
void put_raw(bytes_t *e, const void *p, size_t n);
void put_u16(bytes_t *e, uint16_t v);
void put_u32(bytes_t *e, uint32_t v);
/* |131, SMALL_ATOM_UTF8_EXT, N, Atom| written by hand */
void put_atom_term(bytes_t *e, const char *atom);
/* |Len|Type|Body| */
void put_frame(bytes_t *e, uint16_t type, const void *body, size_t n);
/* |Len|PROXY|Pid| |Len|Type|Body|: a frame about a child */
void put_about(bytes_t *e, pid_t pid, uint16_t type, const void *body,
               size_t n);
/* |Len|Type|Pid|Data|: STDOUT and STDERR are not wrapped in PROXY */
void put_output(bytes_t *e, uint16_t type, pid_t pid, const void *data,
                size_t n);
/* PROXY(pid, CTL(atom)) */
void put_about_ctl(bytes_t *e, pid_t pid, const char *atom);
/* PROXY(pid, WINDOW(op, n)) */
void put_about_window(bytes_t *e, pid_t pid, uint8_t op, uint32_t n);

/* A process whose channel to its parent is a non-blocking socketpair:
 * *parent is the parent's end. Two child slots. */
alcove_state_t *mkstate(int *parent);
void rmstate(alcove_state_t *ap, int parent);
/* Put child pid in a free slot with its channel a non-blocking
 * socketpair: *peer is the child's end. */
alcove_child_t *mkchild(alcove_state_t *ap, pid_t pid, int *peer);
/* A pipe whose read end p[0] is non-blocking. */
void nbpipe(int p[2]);
/* Read everything fd holds now (non-blocking) and append it to b. */
void drain(int fd, alcove_buf_t *b);
/* Does the queue hold exactly the bytes of e? */
int buf_is(const alcove_buf_t *b, const bytes_t *e);
/* Everything the process sent its parent: what reached the channel
 * (drained into *seen) and then what is still queued on ap->outq. */
int sent_is(alcove_state_t *ap, int parent, alcove_buf_t *seen,
            const bytes_t *e);

void test_buf(void);
void test_frame(void);
void test_relay(void);
void test_relay_large(void);
void test_window(void);
void test_route(void);
void test_reap(void);
void test_splice(void);

#endif
