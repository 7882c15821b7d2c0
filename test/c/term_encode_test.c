/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* term_test: encoders, garbage input and the issue 13 decoders. */
#include "term_test.h"

void test_encode(void) {
  ei_x_buff x;
  int i;
  int arity;
  char atom[MAXATOMLEN_UTF8];
  long long v;
  unsigned long long u;
  char out[8];
  size_t outlen;

  x_init(&x);
  CHECK(alcove_mk_errno(&x, EPERM) == 0);
  CHECK(alcove_mk_ok(&x) == 0);
  CHECK(alcove_mk_ok_long(&x, -5) == 0);
  CHECK(alcove_mk_ok_binary(&x, "xyz", 3) == 0);
  CHECK(alcove_mk_ulong(&x, ULLONG_MAX) == 0);
  CHECK(alcove_mk_long(&x, LLONG_MIN) == 0);
  CHECK(alcove_mk_binary(&x, NULL, 0) == 0);
  CHECK(alcove_mk_binary(&x, NULL, 1) < 0);
  CHECK(alcove_mk_error(&x, "badarg") == 0);
  CHECK(alcove_encode_list_header(&x, 1) == 0);
  CHECK(alcove_mk_atom(&x, "a") == 0);
  CHECK(alcove_encode_empty_list(&x) == 0);
  CHECK(alcove_encode_tuple_header(&x, 0) == 0);
  CHECK(alcove_mk_atom(NULL, "a") < 0);

  i = 0;
  CHECK(alcove_decode_tuple_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 2);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strcmp(atom, "error") == 0);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strcmp(atom, "eperm") == 0);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strcmp(atom, "ok") == 0);
  CHECK(alcove_decode_tuple_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 2);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strcmp(atom, "ok") == 0);
  CHECK(alcove_decode_longlong(x.buff, (size_t)x.index, &i, &v) == 0 &&
        v == -5);
  CHECK(alcove_decode_tuple_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 2);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0);
  outlen = sizeof(out);
  CHECK(alcove_decode_binary(x.buff, (size_t)x.index, &i, out, &outlen) == 0 &&
        outlen == 3 && memcmp(out, "xyz", 3) == 0);
  CHECK(alcove_decode_ulonglong(x.buff, (size_t)x.index, &i, &u) == 0 &&
        u == ULLONG_MAX);
  CHECK(alcove_decode_longlong(x.buff, (size_t)x.index, &i, &v) == 0 &&
        v == LLONG_MIN);
  outlen = 0;
  CHECK(alcove_decode_binary(x.buff, (size_t)x.index, &i, NULL, &outlen) == 0 &&
        outlen == 0);
  CHECK(alcove_decode_tuple_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 2);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strcmp(atom, "badarg") == 0);
  CHECK(alcove_decode_list_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 1);
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0);
  CHECK(alcove_decode_list_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 0);
  CHECK(alcove_decode_tuple_header(x.buff, (size_t)x.index, &i, &arity) == 0 &&
        arity == 0);
  CHECK(i == x.index);
  (void)ei_x_free(&x);
}

/* Random and mutated input through every decoder, without a prior
 * alcove_term_check: each one must stay inside the buffer on its own. */
void test_garbage(void) {
  static const unsigned char tags[] = {ERL_SMALL_INTEGER_EXT,
                                       ERL_INTEGER_EXT,
                                       ERL_FLOAT_EXT,
                                       NEW_FLOAT_EXT,
                                       ERL_ATOM_EXT,
                                       ERL_SMALL_ATOM_EXT,
                                       ERL_ATOM_UTF8_EXT,
                                       ERL_SMALL_ATOM_UTF8_EXT,
                                       ERL_SMALL_TUPLE_EXT,
                                       ERL_LARGE_TUPLE_EXT,
                                       ERL_NIL_EXT,
                                       ERL_STRING_EXT,
                                       ERL_LIST_EXT,
                                       ERL_BINARY_EXT,
                                       ERL_BIT_BINARY_EXT,
                                       ERL_SMALL_BIG_EXT,
                                       ERL_LARGE_BIG_EXT,
                                       ERL_MAP_EXT,
                                       131,
                                       0};
  unsigned int seed = 12345;
  int iter;

  for (iter = 0; iter < 200000; iter++) {
    size_t n;
    size_t k;
    unsigned char *b;
    int i;
    size_t d;

    seed = seed * 1103515245u + 12345u;
    n = (seed >> 16) % 24;
    b = malloc(n + 1);
    if (b == NULL)
      abort();
    for (k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      /* mostly tags and small numbers, to get past the first checks */
      switch ((seed >> 16) % 4) {
      case 0:
        b[k] = tags[(seed >> 20) % sizeof(tags)];
        break;
      case 1:
        b[k] = (unsigned char)((seed >> 20) % 4);
        break;
      case 2:
        b[k] = 0xff;
        break;
      default:
        b[k] = (unsigned char)(seed >> 18);
        break;
      }
    }
    for (d = 0; d < ndecoders; d++) {
      i = 0;
      if (decoders[d]((char *)b, n, &i) >= 0) {
        checks++;
        if (i < 0 || (size_t)i > n) {
          failures++;
          (void)fprintf(stderr, "garbage: index %d past %zu\n", i, n);
        }
      }
    }
    free(b);
  }
}

/* The decoders of the issue 13 calls: maps, directory descriptors and
 * paths that may be empty. */
void test_modern(void) {
  ei_x_buff x;
  int i;
  int a;
  int fd;
  char path[PATH_MAX];

  /* #{a => 1, b => 2} */
  x_init(&x);
  (void)ei_x_encode_map_header(&x, 2);
  (void)ei_x_encode_atom(&x, "a");
  (void)ei_x_encode_long(&x, 1);
  (void)ei_x_encode_atom(&x, "b");
  (void)ei_x_encode_long(&x, 2);
  i = 0;
  CHECK(alcove_decode_map_header(x.buff, (size_t)x.index, &i, &a) == 0 &&
        a == 2 && i == 5);
  truncations("map_header", dec_map_header, &x);
  (void)ei_x_free(&x);

  /* a map declaring more pairs than the buffer can hold */
  {
    unsigned char b[6] = {ERL_MAP_EXT, 0, 0, 0, 0, 'x'};
    put32(b + 1, 100);
    i = 0;
    CHECK(alcove_decode_map_header((const char *)b, sizeof(b), &i, &a) < 0);
  }

  /* not a map */
  x_init(&x);
  (void)ei_x_encode_tuple_header(&x, 0);
  i = 0;
  CHECK(alcove_decode_map_header(x.buff, (size_t)x.index, &i, &a) < 0);
  (void)ei_x_free(&x);

  /* dirfd: an int32, at_fdcwd, nothing else */
  x_init(&x);
  (void)ei_x_encode_long(&x, 7);
  i = 0;
  CHECK(alcove_decode_dirfd(x.buff, (size_t)x.index, &i, &fd) == 0 && fd == 7 &&
        i == x.index);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_atom(&x, "at_fdcwd");
  i = 0;
  CHECK(alcove_decode_dirfd(x.buff, (size_t)x.index, &i, &fd) == 0 &&
        fd == AT_FDCWD && i == x.index);
  truncations("dirfd", dec_dirfd, &x);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_atom(&x, "at_fdcwdx");
  i = 0;
  CHECK(alcove_decode_dirfd(x.buff, (size_t)x.index, &i, &fd) < 0 && i == 0);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_longlong(&x, 1LL << 40);
  i = 0;
  CHECK(alcove_decode_dirfd(x.buff, (size_t)x.index, &i, &fd) < 0);
  (void)ei_x_free(&x);

  /* atpath: "" and [] are the empty path; NUL bytes are refused */
  x_init(&x);
  (void)ei_x_encode_binary(&x, "", 0);
  i = 0;
  CHECK(alcove_decode_atpath(x.buff, (size_t)x.index, &i, path) == 0 &&
        path[0] == '\0' && i == x.index);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_atpath(x.buff, (size_t)x.index, &i, path) == 0 &&
        path[0] == '\0');
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_string(&x, "rel/path");
  i = 0;
  CHECK(alcove_decode_atpath(x.buff, (size_t)x.index, &i, path) == 0 &&
        strcmp(path, "rel/path") == 0);
  truncations("atpath", dec_atpath, &x);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_binary(&x, "a\0", 2);
  i = 0;
  CHECK(alcove_decode_atpath(x.buff, (size_t)x.index, &i, path) < 0);
  (void)ei_x_free(&x);
}
