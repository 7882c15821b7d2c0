/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* libFuzzer harness: the term layer (c_src/term/ and the argument decoders
 * of the c_src/sys headers).
 *
 * The input is taken as the argument term of a call. Every decoder is run
 * on it at the start, after the version byte, and at each of the first
 * elements of a tuple or list found there, as the call wrappers do. A
 * decoder may fail (-1) but must never read or write out of bounds, leak
 * or hit undefined behaviour: the harness is built with
 * -fsanitize=fuzzer,address,undefined (mk/fuzz.mk). Nothing here makes a
 * system call on behalf of the input.
 *
 * The buffer handed to the decoders is a malloc'd copy of exactly the
 * input size, so that ASan sees any read past its end. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_term.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_decoders(const char *buf, size_t len, int at);
static void fuzz_at(const char *buf, size_t len, int at);

/* Run one decoder from index at; check that a success moved the index
 * forward and not past the end. */
#define FUZZ_CHECK_INDEX(rv, idx, at, len)                                     \
  do {                                                                         \
    if ((rv) == 0 && ((idx) < (at) || (size_t)(idx) > (len)))                  \
      __builtin_trap();                                                        \
  } while (0)

static void fuzz_decoders(const char *buf, size_t len, int at) {
  int idx;
  int rv;

  {
    int type = 0;
    int arity = 0;
    idx = at;
    rv = alcove_decode_type(buf, len, &idx, &type, &arity);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
  }
  {
    int arity = 0;
    idx = at;
    rv = alcove_decode_tuple_header(buf, len, &idx, &arity);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    idx = at;
    rv = alcove_decode_list_header(buf, len, &idx, &arity);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
  }
  {
    int v = 0;
    unsigned int u = 0;
    long long ll = 0;
    unsigned long long ull = 0;
    idx = at;
    rv = alcove_decode_int(buf, len, &idx, &v);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    idx = at;
    rv = alcove_decode_uint(buf, len, &idx, &u);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    idx = at;
    rv = alcove_decode_longlong(buf, len, &idx, &ll);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    idx = at;
    rv = alcove_decode_ulonglong(buf, len, &idx, &ull);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    idx = at;
    rv = alcove_decode_prio(buf, len, &idx, &v);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
  }
  {
    char atom[MAXATOMLEN_UTF8];
    idx = at;
    rv = alcove_decode_atom(buf, len, &idx, atom);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0 && memchr(atom, '\0', sizeof(atom)) == NULL)
      __builtin_trap();
  }
  {
    char out[256];
    size_t outlen = sizeof(out);
    idx = at;
    rv = alcove_decode_binary(buf, len, &idx, out, &outlen);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0 && outlen > sizeof(out))
      __builtin_trap();
  }
  {
    char *out = NULL;
    size_t outlen = 0;
    idx = at;
    rv = alcove_decode_iolist(buf, len, &idx, &out, &outlen);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0 && out != NULL && out[outlen] != '\0')
      __builtin_trap();
    free(out);
  }
  {
    size_t n = 0;
    idx = at;
    rv = alcove_decode_iodata(buf, len, &idx, NULL, &n);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0 && n > 0 && n <= 1024 * 1024) {
      char *out = malloc(n);
      int idx2 = at;
      size_t n2 = 0;
      if (out != NULL) {
        /* measuring and copying agree */
        if (alcove_decode_iodata(buf, len, &idx2, out, &n2) != 0 || n2 != n ||
            idx2 != idx)
          __builtin_trap();
        free(out);
      }
    }
  }
  {
    char *path = malloc(PATH_MAX);
    if (path != NULL) {
      idx = at;
      rv = alcove_decode_path(buf, len, &idx, path);
      FUZZ_CHECK_INDEX(rv, idx, at, len);
      if (rv == 0 && memchr(path, '\0', PATH_MAX) == NULL)
        __builtin_trap();
      free(path);
    }
  }
  {
    char **argv = NULL;
    idx = at;
    rv = alcove_decode_argv(buf, len, &idx, &argv);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0)
      alcove_free_argv(argv);
  }
  {
    char *name = NULL;
    idx = at;
    rv = alcove_decode_envname(buf, len, &idx, &name);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0)
      free(name);
  }
  {
    static const alcove_constant_t *const tbls[] = {
        alcove_signal_constants, alcove_file_constants,
        alcove_clone_constants,  alcove_mount_constants,
        alcove_prctl_constants,  alcove_rlimit_constants,
        alcove_ioctl_constants,  alcove_syscall_constants,
    };
    size_t t;
    for (t = 0; t < sizeof(tbls) / sizeof(tbls[0]); t++) {
      long long val = 0;
      idx = at;
      rv = alcove_decode_constant(buf, len, &idx, &val, tbls[t]);
      FUZZ_CHECK_INDEX(rv, idx, at, len);
      idx = at;
      rv = alcove_decode_constant_list(buf, len, &idx, &val, tbls[t]);
      FUZZ_CHECK_INDEX(rv, idx, at, len);
    }
  }
  {
    alcove_cstruct_t cs;
    memset(&cs, 0, sizeof(cs));
    idx = at;
    rv = alcove_decode_cstruct(buf, len, &idx, 65536, &cs);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    if (rv == 0) {
      ei_x_buff x;
      /* the reply path: encode what was decoded */
      if (ei_x_new_with_version(&x) == 0) {
        (void)alcove_encode_cstruct(&x, &cs);
        ei_x_free(&x);
      }
    }
    alcove_cstruct_free(&cs);
    alcove_cstruct_free(&cs); /* documented safe twice */

    memset(&cs, 0, sizeof(cs));
    idx = at;
    rv = alcove_decode_cstruct_arg(buf, len, &idx, 65536, &cs);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    alcove_cstruct_free(&cs);
  }
  {
    alcove_ptrarg_t pa;
    int flags;
    for (flags = 0; flags <= 7; flags += 7) {
      memset(&pa, 0, sizeof(pa));
      idx = at;
      rv = alcove_decode_ptrarg(buf, len, &idx, flags, alcove_prctl_constants,
                                65536, &pa);
      FUZZ_CHECK_INDEX(rv, idx, at, len);
      if (rv == 0) {
        ei_x_buff x;
        (void)alcove_ptrarg_word(&pa);
        if (ei_x_new_with_version(&x) == 0) {
          (void)alcove_encode_ptrarg(&x, &pa, flags != 0);
          ei_x_free(&x);
        }
      }
      alcove_ptrarg_free(&pa);
    }
  }
  {
    /* fds in the set are checked with fcntl(F_GETFD): harmless */
    fd_set set;
    int nfds = 0;
    int bad = 0;
    struct timeval tv;
    struct timeval *tvp = NULL;
    FD_ZERO(&set);
    idx = at;
    rv = alcove_decode_fdset(buf, len, &idx, &set, &nfds, &bad);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
    idx = at;
    rv = alcove_decode_timeval(buf, len, &idx, &tv, &tvp);
    FUZZ_CHECK_INDEX(rv, idx, at, len);
  }
}

/* The decoders at `at`, then at each element of the container there. */
static void fuzz_at(const char *buf, size_t len, int at) {
  int type = 0;
  int arity = 0;
  int idx = at;
  int i;

  fuzz_decoders(buf, len, at);

  if (alcove_decode_type(buf, len, &idx, &type, &arity) < 0)
    return;

  idx = at;
  if (type == ERL_SMALL_TUPLE_EXT || type == ERL_LARGE_TUPLE_EXT) {
    if (alcove_decode_tuple_header(buf, len, &idx, &arity) < 0)
      return;
  } else if (type == ERL_LIST_EXT) {
    if (alcove_decode_list_header(buf, len, &idx, &arity) < 0)
      return;
  } else {
    return;
  }

  for (i = 0; i < arity && i < 8; i++) {
    int next = idx;
    fuzz_decoders(buf, len, idx);
    if (alcove_decode_skip(buf, len, &next, ALCOVE_TERM_DEPTH_MAX) < 0 ||
        next <= idx)
      return;
    idx = next;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *buf;
  int idx = 0;

  if (size > INT_MAX)
    return 0;

  buf = malloc(size > 0 ? size : 1);
  if (buf == NULL)
    return 0;
  if (size > 0)
    memcpy(buf, data, size);

  /* the call dispatcher's own check */
  if (alcove_term_check(buf, size, 0) == 0) {
    /* a checked term can be skipped to the end or short of it */
    int end = 0;
    if (size > 0 && (unsigned char)buf[0] == 131)
      end = 1;
    if (alcove_decode_skip(buf, size, &end, ALCOVE_TERM_DEPTH_MAX) < 0 ||
        (size_t)end > size)
      __builtin_trap();
  }

  fuzz_at(buf, size, 0);
  if (alcove_decode_version(buf, size, &idx) == 0)
    fuzz_at(buf, size, idx);

  free(buf);
  return 0;
}
