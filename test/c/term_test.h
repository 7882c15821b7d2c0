/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef TEST_TERM_TEST_H
#define TEST_TERM_TEST_H

/* The pieces of term_test (term_*_test.c) and their helpers
 * (term_util.c). */

#include "alcove.h"
#include "alcove_term.h"
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

typedef int (*decoder_fn)(const char *buf, size_t len, int *index);

void x_init(ei_x_buff *x);
void put32(unsigned char *p, uint32_t v);
int dec_int(const char *buf, size_t len, int *index);
int dec_uint(const char *buf, size_t len, int *index);
int dec_longlong(const char *buf, size_t len, int *index);
int dec_ulonglong(const char *buf, size_t len, int *index);
int dec_atom(const char *buf, size_t len, int *index);
int dec_binary(const char *buf, size_t len, int *index);
int dec_iolist(const char *buf, size_t len, int *index);
int dec_path(const char *buf, size_t len, int *index);
int dec_argv(const char *buf, size_t len, int *index);
int dec_constant(const char *buf, size_t len, int *index);
int dec_constant_list(const char *buf, size_t len, int *index);
int dec_type(const char *buf, size_t len, int *index);
int dec_tuple_header(const char *buf, size_t len, int *index);
int dec_list_header(const char *buf, size_t len, int *index);
int dec_check(const char *buf, size_t len, int *index);
int dec_map_header(const char *buf, size_t len, int *index);
int dec_atpath(const char *buf, size_t len, int *index);
int dec_dirfd(const char *buf, size_t len, int *index);
/* Every decoder above, for the garbage test. */
extern const decoder_fn decoders[];
extern const size_t ndecoders;
/* A decoder that accepts the whole term must refuse every strict prefix
 * of it. */
void truncations(const char *name, decoder_fn fn, const ei_x_buff *x);
/* levels lists around <<"x">> */
void nest(ei_x_buff *x, int levels);

void test_modern(void);
void test_check(void);
void test_integers(void);
void test_atom_binary(void);
void test_iolist(void);
void test_path(void);
void test_argv(void);
void test_constants(void);
void test_tables(void);
void test_errno(void);
void test_encode(void);
void test_garbage(void);

#endif
