/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* Unit tests for c_src/term/ decoders and encoders, the constant tables
 * and the errno names. Run: make -C test/c (and make -C test/c asan). */
#include "alcove.h"
#include "alcove_term.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

static int failures;
static int checks;

#define CHECK(c)                                                               \
  do {                                                                         \
    checks++;                                                                  \
    if (!(c)) {                                                                \
      failures++;                                                              \
      (void)fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #c);      \
    }                                                                          \
  } while (0)

typedef int (*decoder_fn)(const char *buf, size_t len, int *index);

static void x_init(ei_x_buff *x);
static void put32(unsigned char *p, uint32_t v);
static int dec_int(const char *buf, size_t len, int *index);
static int dec_uint(const char *buf, size_t len, int *index);
static int dec_longlong(const char *buf, size_t len, int *index);
static int dec_ulonglong(const char *buf, size_t len, int *index);
static int dec_atom(const char *buf, size_t len, int *index);
static int dec_binary(const char *buf, size_t len, int *index);
static int dec_iolist(const char *buf, size_t len, int *index);
static int dec_path(const char *buf, size_t len, int *index);
static int dec_argv(const char *buf, size_t len, int *index);
static int dec_constant(const char *buf, size_t len, int *index);
static int dec_constant_list(const char *buf, size_t len, int *index);
static int dec_type(const char *buf, size_t len, int *index);
static int dec_tuple_header(const char *buf, size_t len, int *index);
static int dec_list_header(const char *buf, size_t len, int *index);
static int dec_check(const char *buf, size_t len, int *index);
static int dec_map_header(const char *buf, size_t len, int *index);
static int dec_atpath(const char *buf, size_t len, int *index);
static int dec_dirfd(const char *buf, size_t len, int *index);
static void test_modern(void);
static void truncations(const char *name, decoder_fn fn, const ei_x_buff *x);
static void test_check(void);
static void test_integers(void);
static void test_atom_binary(void);
static void nest(ei_x_buff *x, int levels);
static void test_iolist(void);
static void test_path(void);
static void test_argv(void);
static void test_constants(void);
static void test_tables(void);
static void test_errno(void);
static void test_encode(void);
static void test_garbage(void);

static const decoder_fn decoders[] = {
    dec_int,          dec_uint,        dec_longlong,      dec_ulonglong,
    dec_atom,         dec_binary,      dec_iolist,        dec_path,
    dec_argv,         dec_constant,    dec_constant_list, dec_type,
    dec_tuple_header, dec_list_header, dec_check,         dec_map_header,
    dec_atpath,       dec_dirfd,
};
#define NDECODERS (sizeof(decoders) / sizeof(decoders[0]))

static void x_init(ei_x_buff *x) {
  if (ei_x_new(x) < 0)
    abort();
}

static void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)(v >> 24);
  p[1] = (unsigned char)(v >> 16);
  p[2] = (unsigned char)(v >> 8);
  p[3] = (unsigned char)v;
}

static int dec_int(const char *buf, size_t len, int *index) {
  int v;
  return alcove_decode_int(buf, len, index, &v);
}

static int dec_uint(const char *buf, size_t len, int *index) {
  unsigned int v;
  return alcove_decode_uint(buf, len, index, &v);
}

static int dec_longlong(const char *buf, size_t len, int *index) {
  long long v;
  return alcove_decode_longlong(buf, len, index, &v);
}

static int dec_ulonglong(const char *buf, size_t len, int *index) {
  unsigned long long v;
  return alcove_decode_ulonglong(buf, len, index, &v);
}

static int dec_atom(const char *buf, size_t len, int *index) {
  char atom[MAXATOMLEN_UTF8];
  return alcove_decode_atom(buf, len, index, atom);
}

static int dec_binary(const char *buf, size_t len, int *index) {
  char out[64];
  size_t outlen = sizeof(out);
  return alcove_decode_binary(buf, len, index, out, &outlen);
}

static int dec_iolist(const char *buf, size_t len, int *index) {
  char *out = NULL;
  size_t outlen;
  int rv = alcove_decode_iolist(buf, len, index, &out, &outlen);
  if (rv == 0)
    free(out);
  return rv;
}

static int dec_path(const char *buf, size_t len, int *index) {
  char path[PATH_MAX];
  return alcove_decode_path(buf, len, index, path);
}

static int dec_argv(const char *buf, size_t len, int *index) {
  char **argv = NULL;
  int rv = alcove_decode_argv(buf, len, index, &argv);
  if (rv == 0)
    alcove_free_argv(argv);
  return rv;
}

static int dec_constant(const char *buf, size_t len, int *index) {
  long long v;
  return alcove_decode_constant(buf, len, index, &v, alcove_file_constants);
}

static int dec_constant_list(const char *buf, size_t len, int *index) {
  long long v;
  return alcove_decode_constant_list(buf, len, index, &v,
                                     alcove_file_constants);
}

static int dec_type(const char *buf, size_t len, int *index) {
  int type;
  int arity;
  return alcove_decode_type(buf, len, index, &type, &arity);
}

static int dec_tuple_header(const char *buf, size_t len, int *index) {
  int arity;
  return alcove_decode_tuple_header(buf, len, index, &arity);
}

static int dec_list_header(const char *buf, size_t len, int *index) {
  int arity;
  return alcove_decode_list_header(buf, len, index, &arity);
}

static int dec_check(const char *buf, size_t len, int *index) {
  return alcove_term_check(buf, len, *index);
}

static int dec_map_header(const char *buf, size_t len, int *index) {
  int arity;
  return alcove_decode_map_header(buf, len, index, &arity);
}

static int dec_atpath(const char *buf, size_t len, int *index) {
  char path[PATH_MAX];
  return alcove_decode_atpath(buf, len, index, path);
}

static int dec_dirfd(const char *buf, size_t len, int *index) {
  int fd;
  return alcove_decode_dirfd(buf, len, index, &fd);
}

/* A decoder that accepts the whole term must refuse every strict prefix
 * of it (copied to a buffer of exactly that size, so ASan sees overreads).
 */
static void truncations(const char *name, decoder_fn fn, const ei_x_buff *x) {
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

static void test_check(void) {
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

static void test_integers(void) {
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

static void test_atom_binary(void) {
  ei_x_buff x;
  int i;
  char atom[MAXATOMLEN_UTF8];
  char out[8];
  size_t outlen;
  unsigned char b[16];
  char longname[300];

  x_init(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  (void)ei_x_encode_binary(&x, "abc", 3);
  i = 0;
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strcmp(atom, "o_rdonly") == 0);
  outlen = 2;
  {
    int j = i;
    CHECK(alcove_decode_binary(x.buff, (size_t)x.index, &i, out, &outlen) < 0 &&
          i == j);
  }
  outlen = sizeof(out);
  CHECK(alcove_decode_binary(x.buff, (size_t)x.index, &i, out, &outlen) == 0 &&
        outlen == 3 && memcmp(out, "abc", 3) == 0 && i == x.index);
  (void)ei_x_free(&x);

  /* latin1 ATOM_EXT 'é' comes out as UTF-8 */
  b[0] = ERL_ATOM_EXT;
  b[1] = 0;
  b[2] = 1;
  b[3] = 0xe9;
  i = 0;
  CHECK(alcove_decode_atom((char *)b, 4, &i, atom) == 0 &&
        strcmp(atom, "\xc3\xa9") == 0 && i == 4);
  /* SMALL_ATOM_UTF8_EXT */
  b[0] = ERL_SMALL_ATOM_UTF8_EXT;
  b[1] = 2;
  b[2] = 'o';
  b[3] = 'k';
  i = 0;
  CHECK(alcove_decode_atom((char *)b, 4, &i, atom) == 0 &&
        strcmp(atom, "ok") == 0);
  CHECK(alcove_decode_atom((char *)b, 3, &i, atom) < 0);
  /* embedded NUL */
  b[3] = 0;
  i = 0;
  CHECK(alcove_decode_atom((char *)b, 4, &i, atom) < 0);
  /* an atom of 255 * 4 bytes is the longest; 600 bytes of ASCII is not an
   * atom Erlang makes (255 characters max) but must not overflow */
  {
    unsigned char big[3 + 600];
    big[0] = ERL_ATOM_UTF8_EXT;
    big[1] = 600 >> 8;
    big[2] = 600 & 0xff;
    (void)memset(big + 3, 'a', 600);
    i = 0;
    (void)alcove_decode_atom((char *)big, sizeof(big), &i, atom);
    CHECK(strlen(atom) < MAXATOMLEN_UTF8);
  }
  (void)memset(longname, 'z', 255);
  longname[255] = '\0';
  x_init(&x);
  (void)ei_x_encode_atom(&x, longname);
  i = 0;
  CHECK(alcove_decode_atom(x.buff, (size_t)x.index, &i, atom) == 0 &&
        strlen(atom) == 255);
  truncations("atom", dec_atom, &x);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_binary(&x, "0123456789", 10);
  truncations("binary", dec_binary, &x);
  (void)ei_x_free(&x);

  /* a string is not a binary */
  x_init(&x);
  (void)ei_x_encode_string(&x, "abc");
  i = 0;
  outlen = sizeof(out);
  CHECK(alcove_decode_binary(x.buff, (size_t)x.index, &i, out, &outlen) < 0);
  (void)ei_x_free(&x);
}

/* levels lists around <<"x">> */
static void nest(ei_x_buff *x, int levels) {
  int k;
  for (k = 0; k < levels; k++)
    (void)ei_x_encode_list_header(x, 1);
  (void)ei_x_encode_binary(x, "x", 1);
  for (k = 0; k < levels; k++)
    (void)ei_x_encode_empty_list(x);
}

static void test_iolist(void) {
  ei_x_buff x;
  int i;
  char *out;
  size_t outlen;

  /* ["ab", <<"cd">>, [$e, [<<"f">>]], $g | <<"h">>] */
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 4);
  (void)ei_x_encode_string(&x, "ab");
  (void)ei_x_encode_binary(&x, "cd", 2);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_long(&x, 'e');
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_binary(&x, "f", 1);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_long(&x, 'g');
  (void)ei_x_encode_binary(&x, "h", 1);
  i = 0;
  out = NULL;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) == 0);
  CHECK(out != NULL && outlen == 8 && strcmp(out, "abcdefgh") == 0 &&
        i == x.index);
  free(out);
  truncations("iolist", dec_iolist, &x);
  (void)ei_x_free(&x);

  /* binary, string, [] */
  x_init(&x);
  (void)ei_x_encode_binary(&x, "bin", 3);
  (void)ei_x_encode_string(&x, "str");
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) == 0 &&
        outlen == 3 && strcmp(out, "bin") == 0);
  free(out);
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) == 0 &&
        outlen == 3 && strcmp(out, "str") == 0);
  free(out);
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) == 0 &&
        outlen == 0 && out[0] == '\0');
  free(out);
  (void)ei_x_free(&x);

  /* a bare integer, 256 in a list, an atom, a bad tail */
  x_init(&x);
  (void)ei_x_encode_long(&x, 1);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) < 0);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_long(&x, 1);
  (void)ei_x_encode_long(&x, 256);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) < 0);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_long(&x, 1);
  (void)ei_x_encode_long(&x, -1);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) < 0);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_atom(&x, "a");
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) < 0);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_long(&x, 1);
  (void)ei_x_encode_atom(&x, "tail");
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) < 0);
  (void)ei_x_free(&x);

  /* 16 levels of lists accepted, 17 refused */
  x_init(&x);
  nest(&x, ALCOVE_IOLIST_DEPTH_MAX);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) == 0 &&
        outlen == 1 && out[0] == 'x' && i == x.index);
  free(out);
  (void)ei_x_free(&x);
  x_init(&x);
  nest(&x, ALCOVE_IOLIST_DEPTH_MAX + 1);
  i = 0;
  CHECK(alcove_decode_iolist(x.buff, (size_t)x.index, &i, &out, &outlen) < 0);
  CHECK(alcove_term_check(x.buff, (size_t)x.index, 0) == 0);
  (void)ei_x_free(&x);
}

static void test_path(void) {
  ei_x_buff x;
  int i;
  char path[PATH_MAX];
  char *big;

  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_string(&x, "/tmp");
  (void)ei_x_encode_binary(&x, "/x", 2);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_path(x.buff, (size_t)x.index, &i, path) == 0 &&
        strcmp(path, "/tmp/x") == 0 && i == x.index);
  truncations("path", dec_path, &x);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_binary(&x, "", 0);
  (void)ei_x_encode_binary(&x, "a\0b", 3);
  i = 0;
  CHECK(alcove_decode_path(x.buff, (size_t)x.index, &i, path) < 0);
  i = 1;
  CHECK(alcove_decode_path(x.buff, (size_t)x.index, &i, path) < 0);
  i = 6;
  CHECK(alcove_decode_path(x.buff, (size_t)x.index, &i, path) < 0);
  (void)ei_x_free(&x);

  big = malloc(PATH_MAX);
  if (big == NULL)
    abort();
  (void)memset(big, 'p', PATH_MAX);
  x_init(&x);
  (void)ei_x_encode_binary(&x, big, PATH_MAX - 1);
  i = 0;
  CHECK(alcove_decode_path(x.buff, (size_t)x.index, &i, path) == 0 &&
        strlen(path) == PATH_MAX - 1);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_binary(&x, big, PATH_MAX);
  i = 0;
  CHECK(alcove_decode_path(x.buff, (size_t)x.index, &i, path) < 0);
  (void)ei_x_free(&x);
  free(big);
}

static void test_argv(void) {
  ei_x_buff x;
  int i;
  char **argv;

  x_init(&x);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  argv = (char **)1;
  CHECK(alcove_decode_argv(x.buff, (size_t)x.index, &i, &argv) == 0 &&
        argv == NULL && i == 1);
  (void)ei_x_free(&x);

  /* ["a", <<"bc">>, ["d", <<"e">>], []] */
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 4);
  (void)ei_x_encode_string(&x, "a");
  (void)ei_x_encode_binary(&x, "bc", 2);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_string(&x, "d");
  (void)ei_x_encode_binary(&x, "e", 1);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_argv(x.buff, (size_t)x.index, &i, &argv) == 0);
  CHECK(argv != NULL && strcmp(argv[0], "a") == 0 &&
        strcmp(argv[1], "bc") == 0 && strcmp(argv[2], "de") == 0 &&
        strcmp(argv[3], "") == 0 && argv[4] == NULL && i == x.index);
  alcove_free_argv(argv);
  truncations("argv", dec_argv, &x);
  (void)ei_x_free(&x);

  /* "abc": a list of integers */
  x_init(&x);
  (void)ei_x_encode_string(&x, "abc");
  i = 0;
  CHECK(alcove_decode_argv(x.buff, (size_t)x.index, &i, &argv) < 0);
  (void)ei_x_free(&x);
  /* [<<"a">>, false] */
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_binary(&x, "a", 1);
  (void)ei_x_encode_atom(&x, "false");
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_argv(x.buff, (size_t)x.index, &i, &argv) < 0);
  (void)ei_x_free(&x);
  /* [<<"a">> | <<"b">>] */
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_binary(&x, "a", 1);
  (void)ei_x_encode_binary(&x, "b", 1);
  i = 0;
  CHECK(alcove_decode_argv(x.buff, (size_t)x.index, &i, &argv) < 0);
  (void)ei_x_free(&x);
  /* a bare binary */
  x_init(&x);
  (void)ei_x_encode_binary(&x, "a", 1);
  i = 0;
  CHECK(alcove_decode_argv(x.buff, (size_t)x.index, &i, &argv) < 0);
  (void)ei_x_free(&x);
}

static void test_constants(void) {
  ei_x_buff x;
  int i;
  long long v;

  x_init(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  (void)ei_x_encode_atom(&x, "O_WRONLY");
  (void)ei_x_encode_atom(&x, "nonexist");
  (void)ei_x_encode_long(&x, 42);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 0 &&
        v == O_RDONLY);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 0 &&
        v == O_WRONLY);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 1);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 0 &&
        v == 42);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == -1);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  truncations("constant", dec_constant, &x);
  (void)ei_x_free(&x);

  /* constant lists */
  x_init(&x);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_long(&x, 5);
  (void)ei_x_encode_list_header(&x, 3);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_atom(&x, "O_EXCL");
  (void)ei_x_encode_long(&x, 1024);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_string(&x, "\x01\x02");
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_atom(&x, "nonexist");
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  i = 0;
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == 0);
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == 5);
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == (O_CREAT | O_EXCL | 1024));
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == 3);
  {
    int j = i;
    int rv = alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                         alcove_file_constants);
    /* the whole term was read: the next one follows */
    CHECK(rv == 1 && i > j && (unsigned char)x.buff[i] != ERL_NIL_EXT);
  }
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == -1);
  (void)ei_x_free(&x);

  /* malformed elements */
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_tuple_header(&x, 0);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == -1);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_atom(&x, "o_excl");
  i = 0;
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == -1);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_long(&x, 100000);
  (void)ei_x_encode_empty_list(&x);
  truncations("constant_list", dec_constant_list, &x);
  (void)ei_x_free(&x);
}

static void test_tables(void) {
  unsigned long long v;
  static const struct {
    const alcove_constant_t *tbl;
    const char *name;
    unsigned long long val;
  } known[] = {
      {alcove_clone_constants, "clone_newns", 131072},
      {alcove_clone_constants, "clone_newuser", 0x10000000},
      {alcove_signal_constants, "sighup", SIGHUP},
      {alcove_signal_constants, "SIGKILL", SIGKILL},
      {alcove_file_constants, "o_rdonly", O_RDONLY},
      {alcove_file_constants, "o_cloexec", O_CLOEXEC},
      {alcove_fcntl_constants, "f_getfd", F_GETFD},
      {alcove_fcntl_constants, "fd_cloexec", FD_CLOEXEC},
      {alcove_rlimit_constants, "rlimit_nofile", RLIMIT_NOFILE},
      {alcove_rlimit_constants, "rlimit_cpu", RLIMIT_CPU},
      {alcove_socket_constants, "af_inet", AF_INET},
      {alcove_socket_constants, "sock_stream", SOCK_STREAM},
      {alcove_socket_constants, "sock_cloexec", SOCK_CLOEXEC},
      {alcove_prio_constants, "prio_process", PRIO_PROCESS},
      {alcove_prio_constants, "prio_user", PRIO_USER},
      {alcove_wait_constants, "wnohang", WNOHANG},
#ifdef __linux__
      {alcove_wait_constants, "p_pid", P_PID},
      {alcove_ptrace_constants, "ptrace_traceme", 0},
      {alcove_ptrace_constants, "ptrace_cont", 7},
      {alcove_ptrace_constants, "ptrace_attach", 16},
      {alcove_ptrace_constants, "ptrace_detach", 17},
      {alcove_ptrace_constants, "ptrace_seize", 0x4206},
      {alcove_ptrace_constants, "ptrace_o_tracesysgood", 1},
      {alcove_ptrace_constants, "ptrace_event_fork", 1},
      {alcove_prctl_constants, "pr_set_name", 15},
      {alcove_prctl_constants, "pr_set_no_new_privs", 38},
      {alcove_prctl_constants, "seccomp_mode_filter", 2},
      {alcove_prctl_constants, "seccomp_ret_allow", 0x7fff0000},
      {alcove_seccomp_constants, "seccomp_set_mode_filter", 1},
      {alcove_seccomp_constants, "seccomp_filter_flag_tsync", 1},
      {alcove_mount_constants, "ms_rdonly", 1},
      {alcove_mount_constants, "rdonly", 1},
      {alcove_mount_constants, "ms_nouser", 0x80000000u},
      {alcove_mount_constants, "mnt_detach", 2},
      {alcove_ioctl_constants, "siocgifaddr", 0x8915},
      {alcove_ioctl_constants, "tiocswinsz", 0x5414},
      {alcove_syscall_constants, "sys_exit", 60},
      {alcove_syscall_constants, "sys_read", 0},
      {alcove_syscall_constants, "audit_arch_x86_64", 3221225534ull},
      {alcove_signal_constants, "sigpoll", 29},
#endif
  };
  size_t k;

  for (k = 0; k < sizeof(known) / sizeof(known[0]); k++) {
    int found = alcove_lookup_constant(known[k].tbl, known[k].name, &v);
#if defined(__linux__) && defined(__x86_64__)
    checks++;
    if (found != 0 || v != known[k].val) {
      failures++;
      (void)fprintf(stderr, "constant %s: %d %llu\n", known[k].name, found, v);
    }
#else
    CHECK(found == 0);
#endif
  }

  CHECK(alcove_lookup_constant(alcove_file_constants, "nonexist", &v) < 0);
  CHECK(alcove_lookup_constant(alcove_file_constants, "", &v) < 0);
  CHECK(alcove_lookup_constant(NULL, "o_rdonly", &v) < 0);

  CHECK(strcmp(alcove_signame(SIGHUP), "sighup") == 0);
  CHECK(strcmp(alcove_signame(SIGABRT), "sigabrt") == 0);
  CHECK(strcmp(alcove_signame(SIGKILL), "sigkill") == 0);
  CHECK(strcmp(alcove_signame(SIGCHLD), "sigchld") == 0);
#ifdef __linux__
  CHECK(strcmp(alcove_signame(6), "sigabrt") == 0);
  CHECK(strcmp(alcove_signame(29), "sigio") == 0);
#endif
  CHECK(strcmp(alcove_signame(0), "unknown") == 0);
  CHECK(strcmp(alcove_signame(-1), "unknown") == 0);
  CHECK(strcmp(alcove_signame(1000), "unknown") == 0);
  CHECK(alcove_constant_name(alcove_signal_constants, 1000) == NULL);
  CHECK(strcmp(alcove_constant_name(alcove_signal_constants, SIGTERM),
               "sigterm") == 0);
}

static void test_errno(void) {
  CHECK(strcmp(alcove_errno_id(1), "eperm") == 0);
  CHECK(strcmp(alcove_errno_id(EPERM), "eperm") == 0);
  CHECK(strcmp(alcove_errno_id(ENOENT), "enoent") == 0);
  CHECK(strcmp(alcove_errno_id(EAGAIN), "eagain") == 0);
  CHECK(strcmp(alcove_errno_id(EWOULDBLOCK), "eagain") == 0);
  CHECK(strcmp(alcove_errno_id(ENOTSUP), "enotsup") == 0);
  CHECK(strcmp(alcove_errno_id(EOPNOTSUPP),
               ENOTSUP == EOPNOTSUPP ? "enotsup" : "eopnotsupp") == 0);
  CHECK(strcmp(alcove_errno_id(EDEADLK), "edeadlk") == 0);
  CHECK(strcmp(alcove_errno_id(EINVAL), "einval") == 0);
  CHECK(strcmp(alcove_errno_id(E2BIG), "e2big") == 0);
  CHECK(strcmp(alcove_errno_id(0), "unknown") == 0);
  CHECK(strcmp(alcove_errno_id(-1), "unknown") == 0);
  CHECK(strcmp(alcove_errno_id(100000), "unknown") == 0);
}

static void test_encode(void) {
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
static void test_garbage(void) {
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
    for (d = 0; d < NDECODERS; d++) {
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

int main(void) {
  test_check();
  test_integers();
  test_atom_binary();
  test_iolist();
  test_path();
  test_argv();
  test_constants();
  test_tables();
  test_errno();
  test_encode();
  test_garbage();
  test_modern();

  (void)printf("term_test: %d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}

/* The decoders of the issue 13 calls: maps, directory descriptors and
 * paths that may be empty. */
static void test_modern(void) {
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
