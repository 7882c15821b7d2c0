/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* Unit tests for c_src/term/ decoders and encoders, the constant tables
 * and the errno names (term_*_test.c). Run: make -C test/c (and make -C
 * test/c asan). */
#include "term_test.h"

int failures;
int checks;

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
