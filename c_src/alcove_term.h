/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_TERM_H
#define ALCOVE_TERM_H

#include "alcove_constants.h"
#include "alcove_defs.h"
#include "ei.h"

#include <sys/select.h>
#include <sys/time.h>

/* The term layer (c_src/term/): the only code that calls ei. Decoders
 * take the buffer bounds and fail with -1 rather than read past len;
 * encoders return 0 / -1. */

/* Term decoding (c_src/term/decode). Every decoder takes the buffer
 * bounds and fails with -1 rather than read past len. */

/* Check that buf[*index, len) starts with one complete, well-formed term
 * (nesting at most ALCOVE_TERM_DEPTH_MAX). Does not move *index. */
int alcove_term_check(const char *buf, size_t len, int index);
int alcove_decode_type(const char *buf, size_t len, int *index, int *type,
                       int *arity);
int alcove_decode_tuple_header(const char *buf, size_t len, int *index,
                               int *arity);
int alcove_decode_list_header(const char *buf, size_t len, int *index,
                              int *arity);
int alcove_decode_int(const char *buf, size_t len, int *index, int *val);
int alcove_decode_uint(const char *buf, size_t len, int *index,
                       unsigned int *val);
int alcove_decode_longlong(const char *buf, size_t len, int *index,
                           long long *val);
int alcove_decode_ulonglong(const char *buf, size_t len, int *index,
                            unsigned long long *val);
/* atom: buffer of MAXATOMLEN_UTF8 bytes */
int alcove_decode_atom(const char *buf, size_t len, int *index, char *atom);
/* Binary only; out must hold *outlen bytes; *outlen set to size. */
int alcove_decode_binary(const char *buf, size_t len, int *index, char *out,
                         size_t *outlen);
/* iodata flattened into a malloc'd buffer (NUL-terminated, not counted in
 * *outlen). Nesting at most ALCOVE_IOLIST_DEPTH_MAX. */
int alcove_decode_iolist(const char *buf, size_t len, int *index, char **out,
                         size_t *outlen);
/* Non-empty iodata without NUL bytes, < PATH_MAX, into path[PATH_MAX]. */
int alcove_decode_path(const char *buf, size_t len, int *index, char *path);
/* List of iodata into a NULL-terminated, malloc'd argv; [] gives NULL.
 * Free with alcove_free_argv. */
int alcove_decode_argv(const char *buf, size_t len, int *index, char ***argv);
void alcove_free_argv(char **argv);
/* A map header: *arity key/value pairs follow. */
int alcove_decode_map_header(const char *buf, size_t len, int *index,
                             int *arity);
/* Like alcove_decode_path, but the empty path is allowed. */
int alcove_decode_atpath(const char *buf, size_t len, int *index, char *path);
/* A directory descriptor: int32 or the atom at_fdcwd. */
int alcove_decode_dirfd(const char *buf, size_t len, int *index, int *fd);
/* Constants: 0 found, 1 unknown name (enotsup), -1 malformed. */
int alcove_decode_constant(const char *buf, size_t len, int *index,
                           long long *val, const alcove_constant_t *tbl);
int alcove_decode_constant_list(const char *buf, size_t len, int *index,
                                long long *val, const alcove_constant_t *tbl);

/* Term encoding (c_src/term/encode, c_src/term/mk). All return 0 / -1. */
int alcove_mk_atom(ei_x_buff *x, const char *atom);
int alcove_mk_ok(ei_x_buff *x);
int alcove_mk_error(ei_x_buff *x, const char *reason);
int alcove_mk_errno(ei_x_buff *x, int errnum);
int alcove_mk_long(ei_x_buff *x, long long n);
int alcove_mk_ulong(ei_x_buff *x, unsigned long long n);
int alcove_mk_binary(ei_x_buff *x, const void *data, size_t n);
int alcove_mk_ok_long(ei_x_buff *x, long long n); /* {ok, N} */
int alcove_mk_ok_binary(ei_x_buff *x, const void *data, size_t n);
/* errno -> posix() atom ("unknown" if unmapped) */
const char *alcove_errno_id(int errnum);
/* The errno of an errno atom (eperm -> EPERM), 0 if unknown. */
int alcove_errno_num(const char *name);

/* Argument decoders and reply builders of particular calls. */
/* An environment variable name for getenv/setenv/unsetenv: non-empty
 * iodata without NUL bytes, in a malloc'd string (free it). A name with
 * '=' is left to the call (einval or false). */
int alcove_decode_envname(const char *arg, size_t len, int *index, char **name);
/* which and who of getpriority/setpriority: both through the prio table
 * (an atom for who is accepted, as alcove 1.0.1 does). 0 found, 1 unknown
 * atom, -1 malformed or out of the int range. */
int alcove_decode_prio(const char *arg, size_t len, int *index, int *val);
/* select/4: [] | [fd :: int32] (small fds arrive as a string). A bad fd
 * (not open, or past FD_SETSIZE) sets *bad but the term is still read to
 * the end: -1 only when malformed. */
int alcove_decode_fdset(const char *arg, size_t len, int *index, fd_set *set,
                        int *nfds, int *bad);
/* [] (block) | {alcove_timeval, Sec, Usec}: *tvp is NULL or tv */
int alcove_decode_timeval(const char *arg, size_t len, int *index,
                          struct timeval *tv, struct timeval **tvp);
/* The ready descriptors of set, ascending. */
int alcove_mk_fdset(ei_x_buff *reply, const fd_set *set, int nfds);
/* The *_constant calls: an atom gives its value or 'unknown'; anything
 * else is malformed. */
int alcove_constant_reply(const alcove_constant_t *tbl, const char *arg,
                          size_t len, int *index, ei_x_buff *reply);

/* A new encoding buffer starting with the version byte; free it with
 * alcove_term_free. 0 / -1. */
int alcove_term_new(ei_x_buff *x);
/* Empty x and put the version byte back. 0 / -1. */
int alcove_term_reset(ei_x_buff *x);
void alcove_term_free(ei_x_buff *x);
/* The external term of one atom, version byte included, into out (at
 * least ALCOVE_ATOM_TERM_MAX bytes). Returns its length. */
#define ALCOVE_ATOM_TERM_MAX (3 + 255)
size_t alcove_term_atom(char *out, const char *atom);

/* Read the tag and length fields of the term at buf[index, len).
 * *tag: the raw tag byte; *hdr: bytes taken by the tag and its length
 * fields (for SMALL_BIG/LARGE_BIG the sign byte too, for BIT_BINARY the
 * bits byte); *n: payload bytes for a leaf term (it then occupies
 * *hdr + *n bytes, checked to fit in len), or the element count of a
 * tuple or a list (not counting the tail) or the pair count of a map
 * (checked against the bytes left, since every element takes at least
 * one). Unsupported tags (pids, refs, funs, ports...) give -1. */
int alcove_term_header(const char *buf, size_t len, int index, int *tag,
                       size_t *hdr, uint64_t *n);

/* Skip one complete term, nested at most depth_max containers deep.
 * Leaves *index after the term; -1 if it is malformed or truncated. */
int alcove_decode_skip(const char *buf, size_t len, int *index, int depth_max);

/* Skip the version byte (131). */
int alcove_decode_version(const char *buf, size_t len, int *index);

/* Walk iodata (spec/API.md 9.1) at *index: with out == NULL only measure
 * it; else copy it to out, which must hold the measured size. *size is
 * the byte count. Nesting at most ALCOVE_IOLIST_DEPTH_MAX lists, size at
 * most ALCOVE_FRAME_MAX. *index is moved past the term on success. */
int alcove_decode_iodata(const char *buf, size_t len, int *index, char *out,
                         size_t *size);

/* Encoders for composite replies (c_src/term/encode). 0 / -1. */
int alcove_encode_tuple_header(ei_x_buff *x, int arity);
int alcove_encode_list_header(ei_x_buff *x, int arity);
int alcove_encode_empty_list(ei_x_buff *x);
int alcove_encode_map_header(ei_x_buff *x, int arity);

#endif
