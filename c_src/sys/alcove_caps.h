/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_CAPS_H
#define ALCOVE_CAPS_H

/* capget(2)/capset(2) through syscall(2): glibc has no wrapper. The
 * three sets are 64-bit masks (version 3 of the interface: two 32-bit
 * words per set). */

#ifdef __linux__
#include <linux/capability.h>
#include <sys/syscall.h>

#if defined(SYS_capget) && defined(SYS_capset) &&                              \
    defined(_LINUX_CAPABILITY_VERSION_3)
#define ALCOVE_HAVE_CAPS 1
#endif
#endif

typedef struct {
  uint64_t effective;
  uint64_t permitted;
  uint64_t inheritable;
} alcove_caps_t;

#endif
