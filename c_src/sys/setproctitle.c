/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <sys/prctl.h>
#endif

/* setproctitle(3). Linux has no setproctitle and a wrapper cannot reach
 * argv, so the title is the thread name set with prctl(PR_SET_NAME): the
 * kernel keeps its first 15 bytes (ps -o comm, /proc/<pid>/comm). An empty
 * title restores "alcove". Always ok, as alcove 1.0.1. */
int alcove_sys_setproctitle(alcove_state_t *ap, const char *arg, size_t len,
                            int *index, ei_x_buff *reply) {
  char *title = NULL;
  size_t n = 0;

  (void)ap;

  /* title: iodata */
  if (alcove_decode_iolist(arg, len, index, &title, &n) < 0)
    return -1;

#ifdef __linux__
  (void)prctl(PR_SET_NAME, n > 0 ? title : "alcove", 0, 0, 0);
#else
  if (n > 0)
    setproctitle("%s", title);
  else
    setproctitle(NULL);
#endif

  free(title);
  return alcove_mk_ok(reply);
}
