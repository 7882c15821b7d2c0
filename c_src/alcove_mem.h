/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_MEM_H
#define ALCOVE_MEM_H

#include "alcove_defs.h"

/* The heap of a process in the event loop (alcove_mem.c). */

/* At start-up: tune malloc so that the loop makes no memory system call
 * in steady state, and grow the heap once, with room to spare. */
void alcove_mem_init(void);

/* A buffer grew by n bytes (alcove_buf.c). */
void alcove_mem_grew(size_t n);

/* Before a fork: if no seccomp filter applies to this process
 * (filtered == 0) and buffers grew by 4 MiB (ALCOVE_MEM_TRIM) or more
 * since the last time, give the heap's free pages back to the system, so
 * that the fork copies only the pages in use, then grow the reserve
 * again, so that the child starts with one. A filtered process keeps its
 * heap as it is (doc/SECCOMP.md). */
void alcove_mem_before_fork(int filtered);

/* 1 if a seccomp filter applies to this process, or if that cannot be
 * told; 0 if none does. For start-up only. */
int alcove_mem_filtered(void);

#endif
