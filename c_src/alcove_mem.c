/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_mem.h"

#include <malloc.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/* A process in the event loop must make no system call but those of
 * doc/SECCOMP.md once it is warmed up, so that seccomp filters written for
 * alcove 1.0.1 keep it alive: malloc must never give memory back (brk
 * shrinking, munmap, madvise) nor map a large block by itself (mmap), and
 * should rarely grow the heap. The heap is grown once at start-up, with
 * room to spare, and every fork starts with that reserve.
 *
 * The one exception is made where it pays and no filter can notice: a
 * fork copies the page table of every page the parent has touched, and
 * on a VM that costs about 60 us per MiB, so a port that once relayed a
 * burst (its freed buffers still resident) forks at half the speed of a
 * fresh one. Before forking, a process that no seccomp filter applies to
 * hands its free pages back. */
#define ALCOVE_HEAP_RESERVE (8 * 1024 * 1024)
/* Handing pages back has a cost too: the pages a process uses again
 * afterwards fault in again (a process that forks in a loop, reusing the
 * same few buffers, would take a hundred more faults per fork). So it is
 * done only once buffers grew by this much since the last time: after a
 * burst, or once every few dozen forks. */
#define ALCOVE_MEM_TRIM (4 * 1024 * 1024)

static size_t alcove_mem_growth;

static void alcove_mem_reserve(void) {
#ifdef __GLIBC__
  /* the block comes from the top of the heap (below the mmap threshold):
   * the heap grows by it and, as nothing is trimmed, stays grown; only
   * the pages of the two chunk headers are touched */
  free(malloc(ALCOVE_HEAP_RESERVE));
#endif
}

void alcove_mem_init(void) {
#ifdef __GLIBC__
  (void)mallopt(M_TRIM_THRESHOLD, -1); /* never trim the heap by itself */
  /* blocks up to the largest threshold come from the heap (32 MiB on
   * 64-bit systems) */
  (void)mallopt(M_MMAP_THRESHOLD, (int)(4 * 1024 * 1024 * sizeof(long)));
  (void)mallopt(M_TOP_PAD, ALCOVE_HEAP_RESERVE); /* grow in large steps */
#endif
  alcove_mem_reserve();
}

void alcove_mem_grew(size_t n) {
  if (alcove_mem_growth < ALCOVE_MEM_TRIM)
    alcove_mem_growth += n;
}

void alcove_mem_before_fork(int filtered) {
#ifdef __GLIBC__
  if (filtered || alcove_mem_growth < ALCOVE_MEM_TRIM)
    return;
  alcove_mem_growth = 0;
  (void)malloc_trim(0);
  alcove_mem_reserve();
#else
  /* other allocators (musl) give memory back by themselves */
  (void)filtered;
#endif
}

int alcove_mem_filtered(void) {
#if defined(__linux__) && defined(PR_GET_SECCOMP)
  return prctl(PR_GET_SECCOMP, 0, 0, 0, 0) != 0;
#else
  return 0;
#endif
}
