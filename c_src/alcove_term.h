/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_TERM_H
#define ALCOVE_TERM_H

/* Internal helpers of c_src/term/. Include after alcove.h. */

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
