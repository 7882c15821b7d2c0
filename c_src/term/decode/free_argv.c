/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

/* alcove_decode_argv allocates the vector and the strings as one block */
void alcove_free_argv(char **argv) { free(argv); }
