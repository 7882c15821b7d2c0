/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* term_test: atoms, binaries, iodata, paths and argv. */
#include "term_test.h"

void test_atom_binary(void) {
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
void nest(ei_x_buff *x, int levels) {
  int k;
  for (k = 0; k < levels; k++)
    (void)ei_x_encode_list_header(x, 1);
  (void)ei_x_encode_binary(x, "x", 1);
  for (k = 0; k < levels; k++)
    (void)ei_x_encode_empty_list(x);
}

void test_iolist(void) {
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

void test_path(void) {
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

void test_argv(void) {
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
