/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* Helpers of term_test: decoder adapters and the truncation check. */
#include "term_test.h"

const decoder_fn decoders[] = {
    dec_int,          dec_uint,        dec_longlong,      dec_ulonglong,
    dec_atom,         dec_binary,      dec_iolist,        dec_path,
    dec_argv,         dec_constant,    dec_constant_list, dec_type,
    dec_tuple_header, dec_list_header, dec_check,         dec_map_header,
    dec_atpath,       dec_dirfd,
};
const size_t ndecoders = sizeof(decoders) / sizeof(decoders[0]);

void x_init(ei_x_buff *x) {
  if (ei_x_new(x) < 0)
    abort();
}

void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)(v >> 24);
  p[1] = (unsigned char)(v >> 16);
  p[2] = (unsigned char)(v >> 8);
  p[3] = (unsigned char)v;
}

int dec_int(const char *buf, size_t len, int *index) {
  int v;
  return alcove_decode_int(buf, len, index, &v);
}

int dec_uint(const char *buf, size_t len, int *index) {
  unsigned int v;
  return alcove_decode_uint(buf, len, index, &v);
}

int dec_longlong(const char *buf, size_t len, int *index) {
  long long v;
  return alcove_decode_longlong(buf, len, index, &v);
}

int dec_ulonglong(const char *buf, size_t len, int *index) {
  unsigned long long v;
  return alcove_decode_ulonglong(buf, len, index, &v);
}

int dec_atom(const char *buf, size_t len, int *index) {
  char atom[MAXATOMLEN_UTF8];
  return alcove_decode_atom(buf, len, index, atom);
}

int dec_binary(const char *buf, size_t len, int *index) {
  char out[64];
  size_t outlen = sizeof(out);
  return alcove_decode_binary(buf, len, index, out, &outlen);
}

int dec_iolist(const char *buf, size_t len, int *index) {
  char *out = NULL;
  size_t outlen;
  int rv = alcove_decode_iolist(buf, len, index, &out, &outlen);
  if (rv == 0)
    free(out);
  return rv;
}

int dec_path(const char *buf, size_t len, int *index) {
  char path[PATH_MAX];
  return alcove_decode_path(buf, len, index, path);
}

int dec_argv(const char *buf, size_t len, int *index) {
  char **argv = NULL;
  int rv = alcove_decode_argv(buf, len, index, &argv);
  if (rv == 0)
    alcove_free_argv(argv);
  return rv;
}

int dec_constant(const char *buf, size_t len, int *index) {
  long long v;
  return alcove_decode_constant(buf, len, index, &v, alcove_file_constants);
}

int dec_constant_list(const char *buf, size_t len, int *index) {
  long long v;
  return alcove_decode_constant_list(buf, len, index, &v,
                                     alcove_file_constants);
}

int dec_type(const char *buf, size_t len, int *index) {
  int type;
  int arity;
  return alcove_decode_type(buf, len, index, &type, &arity);
}

int dec_tuple_header(const char *buf, size_t len, int *index) {
  int arity;
  return alcove_decode_tuple_header(buf, len, index, &arity);
}

int dec_list_header(const char *buf, size_t len, int *index) {
  int arity;
  return alcove_decode_list_header(buf, len, index, &arity);
}

int dec_check(const char *buf, size_t len, int *index) {
  return alcove_term_check(buf, len, *index);
}

int dec_map_header(const char *buf, size_t len, int *index) {
  int arity;
  return alcove_decode_map_header(buf, len, index, &arity);
}

int dec_atpath(const char *buf, size_t len, int *index) {
  char path[PATH_MAX];
  return alcove_decode_atpath(buf, len, index, path);
}

int dec_dirfd(const char *buf, size_t len, int *index) {
  int fd;
  return alcove_decode_dirfd(buf, len, index, &fd);
}

/* A decoder that accepts the whole term must refuse every strict prefix
 * of it (copied to a buffer of exactly that size, so ASan sees overreads).
 */
void truncations(const char *name, decoder_fn fn, const ei_x_buff *x) {
  int i = 0;
  size_t n;

  if (fn(x->buff, (size_t)x->index, &i) != 0) {
    (void)fprintf(stderr, "%s: full term refused\n", name);
    failures++;
    return;
  }
  CHECK(i == x->index || fn == dec_check || fn == dec_type ||
        fn == dec_tuple_header || fn == dec_list_header ||
        fn == dec_map_header);

  for (n = 0; n < (size_t)x->index; n++) {
    char *b = malloc(n + 1);
    int rv;
    i = 0;
    if (b == NULL)
      abort();
    if (n > 0)
      (void)memcpy(b, x->buff, n);
    rv = fn(n > 0 ? b : b, n, &i);
    /* headers only read their own bytes: a prefix may still hold them */
    if (fn != dec_tuple_header && fn != dec_list_header && fn != dec_type &&
        fn != dec_map_header) {
      checks++;
      if (rv == 0) {
        failures++;
        (void)fprintf(stderr, "%s: accepted a %zu/%d byte prefix\n", name, n,
                      x->index);
      }
    }
    free(b);
  }
}
