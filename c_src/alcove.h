/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_H
#define ALCOVE_H

/* What a call wrapper (c_src/sys/<name>.c) sees: the layers below the
 * wrappers (doc/ARCHITECTURE.md), and the wrappers' own prototypes.
 * Nothing here reaches the dispatch or the event loop. */

#include "alcove_buf.h"
#include "alcove_child.h"
#include "alcove_constants.h"
#include "alcove_defs.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_proc.h"
#include "alcove_relay.h"
#include "alcove_signal.h"
#include "alcove_state.h"
#include "alcove_term.h"
#include "alcove_window.h"

/* Prototypes of the call wrappers (generated, make gen). */
#include "alcove_calls.h"

#endif
