/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

int alcove_mk_ok(ei_x_buff *x) { return alcove_mk_atom(x, "ok"); }
