/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef TEST_CHECK_H
#define TEST_CHECK_H

/* What the C unit tests share: the CHECK macro and its counters (defined
 * next to each test program's main). */

#include <stdio.h>

extern int checks;
extern int failures;

#define CHECK(c)                                                               \
  do {                                                                         \
    checks++;                                                                  \
    if (!(c)) {                                                                \
      failures++;                                                              \
      (void)fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #c);      \
    }                                                                          \
  } while (0)

#endif
