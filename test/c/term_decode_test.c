/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* term_test: the decoders of checked terms and integers. */
#include "term_test.h"

void test_check(void) {
  ei_x_buff x;
  unsigned char b[64];
  int i;

  /* {ok, [1, "ab", <<"c">>, 1.5, -7, 1 bsl 70 | tail], #{a => b}} */
  x_init(&x);
  (void)ei_x_encode_version(&x);
  (void)ei_x_encode_tuple_header(&x, 3);
  (void)ei_x_encode_atom(&x, "ok");
  (void)ei_x_encode_list_header(&x, 5);
  (void)ei_x_encode_long(&x, 1);
  (void)ei_x_encode_string(&x, "ab");
  (void)ei_x_encode_binary(&x, "c", 1);
  (void)ei_x_encode_double(&x, 1.5);
  (void)ei_x_encode_long(&x, -7);
  (void)ei_x_encode_atom(&x, "tail");
  (void)ei_x_encode_map_header(&x, 1);
  (void)ei_x_encode_atom(&x, "a");
  (void)ei_x_encode_atom(&x, "b");
  CHECK(alcove_term_check(x.buff, (size_t)x.index, 0) == 0);
  CHECK(alcove_term_check(x.buff, (size_t)x.index, 1) == 0);
  CHECK(alcove_term_check(x.buff, (size_t)x.index, -1) < 0);
  CHECK(alcove_term_check(x.buff, (size_t)x.index, x.index) < 0);
  CHECK(alcove_term_check(NULL, 10, 0) < 0);
  truncations("check", dec_check, &x);
  (void)ei_x_free(&x);

  /* huge declared sizes in a short buffer */
  b[0] = ERL_LIST_EXT;
  put32(b + 1, 0xffffffffu);
  b[5] = ERL_NIL_EXT;
  CHECK(alcove_term_check((char *)b, 6, 0) < 0);
  b[0] = ERL_LARGE_TUPLE_EXT;
  CHECK(alcove_term_check((char *)b, 6, 0) < 0);
  b[0] = ERL_MAP_EXT;
  CHECK(alcove_term_check((char *)b, 6, 0) < 0);
  put32(b + 1, 0x80000000u); /* pairs * 2 = 2^32 */
  CHECK(alcove_term_check((char *)b, 6, 0) < 0);
  b[0] = ERL_BINARY_EXT;
  put32(b + 1, 0xfffffffeu);
  CHECK(alcove_term_check((char *)b, 6, 0) < 0);
  b[0] = ERL_LARGE_BIG_EXT;
  put32(b + 1, 0xffffffffu);
  b[5] = 0;
  CHECK(alcove_term_check((char *)b, 6, 0) < 0);
  b[0] = ERL_STRING_EXT;
  b[1] = 0xff;
  b[2] = 0xff;
  CHECK(alcove_term_check((char *)b, 3, 0) < 0);
  b[0] = ERL_SMALL_TUPLE_EXT;
  b[1] = 3;
  b[2] = ERL_NIL_EXT;
  b[3] = ERL_NIL_EXT;
  CHECK(alcove_term_check((char *)b, 4, 0) < 0);
  b[4] = ERL_NIL_EXT;
  CHECK(alcove_term_check((char *)b, 5, 0) == 0);

  /* a list of 5 [] with a [] tail, but only 4 elements present */
  b[0] = ERL_LIST_EXT;
  put32(b + 1, 5);
  (void)memset(b + 5, ERL_NIL_EXT, 5);
  CHECK(alcove_term_check((char *)b, 10, 0) < 0);
  b[10] = ERL_NIL_EXT;
  CHECK(alcove_term_check((char *)b, 11, 0) == 0);

  /* bit binary: 1 byte, 3 bits */
  b[0] = ERL_BIT_BINARY_EXT;
  put32(b + 1, 1);
  b[5] = 3;
  b[6] = 0xe0;
  CHECK(alcove_term_check((char *)b, 7, 0) == 0);
  b[5] = 9;
  CHECK(alcove_term_check((char *)b, 7, 0) < 0);

  /* unsupported: pid, reference, fun, port, compressed, cached atom */
  {
    const unsigned char bad[] = {ERL_PID_EXT,
                                 ERL_NEW_PID_EXT,
                                 ERL_REFERENCE_EXT,
                                 ERL_NEWER_REFERENCE_EXT,
                                 ERL_NEW_FUN_EXT,
                                 ERL_EXPORT_EXT,
                                 ERL_PORT_EXT,
                                 'P',
                                 131,
                                 0};
    size_t k;
    for (k = 0; k < sizeof(bad); k++) {
      (void)memset(b, 0, sizeof(b));
      b[0] = bad[k];
      CHECK(alcove_term_check((char *)b, sizeof(b), 0) < 0);
    }
  }

  /* depth: ALCOVE_TERM_DEPTH_MAX nested tuples pass, one more fails */
  for (i = ALCOVE_TERM_DEPTH_MAX; i <= ALCOVE_TERM_DEPTH_MAX + 1; i++) {
    int k;
    x_init(&x);
    for (k = 0; k < i; k++)
      (void)ei_x_encode_tuple_header(&x, 1);
    (void)ei_x_encode_atom(&x, "x");
    CHECK(alcove_term_check(x.buff, (size_t)x.index, 0) ==
          (i <= ALCOVE_TERM_DEPTH_MAX ? 0 : -1));
    (void)ei_x_free(&x);
  }

  /* alcove_decode_type normalises like ei_get_type */
  {
    int type;
    int arity;
    x_init(&x);
    (void)ei_x_encode_atom(&x, "hello");
    i = 0;
    CHECK(alcove_decode_type(x.buff, (size_t)x.index, &i, &type, &arity) == 0);
    CHECK(type == ERL_ATOM_EXT && arity == 5 && i == 0);
    (void)ei_x_free(&x);
    x_init(&x);
    (void)ei_x_encode_binary(&x, "abc", 3);
    CHECK(alcove_decode_type(x.buff, (size_t)x.index, &i, &type, &arity) == 0);
    CHECK(type == ERL_BINARY_EXT && arity == 3);
    CHECK(alcove_decode_type(x.buff, 4, &i, &type, &arity) < 0);
    (void)ei_x_free(&x);
  }

  /* version */
  b[0] = 131;
  i = 0;
  CHECK(alcove_decode_version((char *)b, 1, &i) == 0 && i == 1);
  CHECK(alcove_decode_version((char *)b, 1, &i) < 0);
}

void test_integers(void) {
  ei_x_buff x;
  int i;
  int iv;
  unsigned int uv;
  long long llv;
  unsigned long long ullv;
  unsigned char b[16];

  x_init(&x);
  (void)ei_x_encode_longlong(&x, INT_MAX);
  (void)ei_x_encode_longlong(&x, INT_MIN);
  (void)ei_x_encode_longlong(&x, (long long)INT_MAX + 1);
  (void)ei_x_encode_longlong(&x, 255);
  (void)ei_x_encode_longlong(&x, -1);
  i = 0;
  CHECK(alcove_decode_int(x.buff, (size_t)x.index, &i, &iv) == 0 &&
        iv == INT_MAX);
  CHECK(alcove_decode_int(x.buff, (size_t)x.index, &i, &iv) == 0 &&
        iv == INT_MIN);
  {
    int j = i;
    CHECK(alcove_decode_int(x.buff, (size_t)x.index, &i, &iv) < 0 && i == j);
    CHECK(alcove_decode_uint(x.buff, (size_t)x.index, &i, &uv) == 0 &&
          uv == 2147483648u);
  }
  CHECK(alcove_decode_int(x.buff, (size_t)x.index, &i, &iv) == 0 && iv == 255);
  CHECK(alcove_decode_uint(x.buff, (size_t)x.index, &i, &uv) < 0);
  CHECK(alcove_decode_ulonglong(x.buff, (size_t)x.index, &i, &ullv) < 0);
  CHECK(alcove_decode_int(x.buff, (size_t)x.index, &i, &iv) == 0 && iv == -1);
  CHECK(i == x.index);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_ulonglong(&x, 4294967295ull);
  (void)ei_x_encode_ulonglong(&x, 4294967296ull);
  (void)ei_x_encode_longlong(&x, LLONG_MIN);
  (void)ei_x_encode_longlong(&x, LLONG_MAX);
  (void)ei_x_encode_ulonglong(&x, (unsigned long long)LLONG_MAX + 1);
  (void)ei_x_encode_ulonglong(&x, ULLONG_MAX);
  i = 0;
  CHECK(alcove_decode_uint(x.buff, (size_t)x.index, &i, &uv) == 0 &&
        uv == 4294967295u);
  CHECK(alcove_decode_uint(x.buff, (size_t)x.index, &i, &uv) < 0);
  CHECK(alcove_decode_longlong(x.buff, (size_t)x.index, &i, &llv) == 0 &&
        llv == 4294967296ll);
  CHECK(alcove_decode_ulonglong(x.buff, (size_t)x.index, &i, &ullv) < 0);
  CHECK(alcove_decode_uint(x.buff, (size_t)x.index, &i, &uv) < 0);
  CHECK(alcove_decode_longlong(x.buff, (size_t)x.index, &i, &llv) == 0 &&
        llv == LLONG_MIN);
  CHECK(alcove_decode_longlong(x.buff, (size_t)x.index, &i, &llv) == 0 &&
        llv == LLONG_MAX);
  CHECK(alcove_decode_longlong(x.buff, (size_t)x.index, &i, &llv) < 0);
  CHECK(alcove_decode_ulonglong(x.buff, (size_t)x.index, &i, &ullv) == 0 &&
        ullv == (unsigned long long)LLONG_MAX + 1);
  CHECK(alcove_decode_ulonglong(x.buff, (size_t)x.index, &i, &ullv) == 0 &&
        ullv == ULLONG_MAX);
  CHECK(i == x.index);
  (void)ei_x_free(&x);

  /* 9-byte bignum: 2^64 */
  b[0] = ERL_SMALL_BIG_EXT;
  b[1] = 9;
  b[2] = 0;
  (void)memset(b + 3, 0, 8);
  b[11] = 1;
  i = 0;
  CHECK(alcove_decode_ulonglong((char *)b, 12, &i, &ullv) < 0);
  CHECK(alcove_decode_longlong((char *)b, 12, &i, &llv) < 0);
  CHECK(alcove_term_check((char *)b, 12, 0) == 0);
  /* bignum whose digits run past the buffer */
  b[1] = 8;
  CHECK(alcove_decode_ulonglong((char *)b, 8, &i, &ullv) < 0);
  b[0] = ERL_LARGE_BIG_EXT;
  put32(b + 1, 0xffffffffu);
  b[5] = 0;
  CHECK(alcove_decode_longlong((char *)b, 12, &i, &llv) < 0);
  CHECK(alcove_decode_ulonglong((char *)b, 12, &i, &ullv) < 0);

  /* INTEGER_EXT cut short */
  b[0] = ERL_INTEGER_EXT;
  put32(b + 1, 7);
  CHECK(alcove_decode_int((char *)b, 4, &i, &iv) < 0);
  CHECK(alcove_decode_int((char *)b, 5, &i, &iv) == 0 && iv == 7 && i == 5);

  /* wrong types */
  x_init(&x);
  (void)ei_x_encode_atom(&x, "one");
  (void)ei_x_encode_double(&x, 1.0);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_int(x.buff, (size_t)x.index, &i, &iv) < 0);
  CHECK(alcove_decode_ulonglong(x.buff, (size_t)x.index, &i, &ullv) < 0);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_longlong(&x, -123456789012345ll);
  truncations("longlong", dec_longlong, &x);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_ulonglong(&x, ULLONG_MAX);
  truncations("ulonglong", dec_ulonglong, &x);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_long(&x, 100000);
  truncations("int", dec_int, &x);
  truncations("uint", dec_uint, &x);
  (void)ei_x_free(&x);
}
