/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_REPLY_H
#define ALCOVE_REPLY_H

#include "alcove.h"

/* Size limits of the replies built by the wrappers.
 *
 * A reply frame, wrapped in one PROXY header per relaying ancestor, must
 * stay within ALCOVE_FRAME_MAX, or a relay drops it and the caller waits
 * forever. ALCOVE_REPLY_MAX (alcove_defs.h) leaves 1 MiB for those headers: a
 * wrapper whose reply would be larger (readdir of a huge directory, environ)
 * answers {error, eoverflow} instead.
 *
 * read/2 allocates its Count bytes at once: Count is clamped to
 * ALCOVE_READ_MAX (a read(2) may return less than asked in any case). */
#define ALCOVE_READ_MAX (64u * 1024u * 1024u)

#endif
