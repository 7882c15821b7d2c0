/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_term.h"

#include <fcntl.h>

/* Argument decoders of select/4. */

static void alcove_fdset_add(fd_set *set, int fd, int *nfds, int *bad);

static void alcove_fdset_add(fd_set *set, int fd, int *nfds, int *bad) {
  /* not open, or not representable in an fd_set: ebadf */
  if (fd < 0 || fd >= FD_SETSIZE || fcntl(fd, F_GETFD) < 0) {
    *bad = 1;
    return;
  }
  FD_SET(fd, set);
  if (fd + 1 > *nfds)
    *nfds = fd + 1;
}

/* [] | [fd :: int32] (small fds arrive as a string). A bad fd sets *bad
 * but the term is still read to the end: -1 only when malformed. */
int alcove_decode_fdset(const char *arg, size_t len, int *index, fd_set *set,
                        int *nfds, int *bad) {
  int type = 0;
  int n = 0;
  int i;
  int fd;

  FD_ZERO(set);

  if (alcove_decode_type(arg, len, index, &type, &n) < 0)
    return -1;

  if (type == ERL_STRING_EXT) {
    char *bytes = NULL;
    size_t nbytes = 0;

    if (alcove_decode_iolist(arg, len, index, &bytes, &nbytes) < 0)
      return -1;
    for (i = 0; (size_t)i < nbytes; i++)
      alcove_fdset_add(set, (unsigned char)bytes[i], nfds, bad);
    free(bytes);
    return 0;
  }

  if (alcove_decode_list_header(arg, len, index, &n) < 0)
    return -1;
  if (n == 0)
    return 0;

  for (i = 0; i < n; i++) {
    if (alcove_decode_int(arg, len, index, &fd) < 0)
      return -1;
    alcove_fdset_add(set, fd, nfds, bad);
  }

  /* the [] tail */
  if (alcove_decode_list_header(arg, len, index, &n) < 0 || n != 0)
    return -1;

  return 0;
}

/* [] (block) | {alcove_timeval, Sec, Usec}: *tvp is NULL or tv */
int alcove_decode_timeval(const char *arg, size_t len, int *index,
                          struct timeval *tv, struct timeval **tvp) {
  int type = 0;
  int n = 0;
  char tag[MAXATOMLEN_UTF8];
  unsigned long long sec = 0;
  unsigned long long usec = 0;

  if (alcove_decode_type(arg, len, index, &type, &n) < 0)
    return -1;

  if (type == ERL_NIL_EXT) {
    *index += 1;
    *tvp = NULL;
    return 0;
  }

  if (alcove_decode_tuple_header(arg, len, index, &n) < 0 || n != 3)
    return -1;
  if (alcove_decode_atom(arg, len, index, tag) < 0 ||
      strcmp(tag, "alcove_timeval") != 0)
    return -1;
  /* sec, usec: non-negative, within time_t and suseconds_t */
  if (alcove_decode_ulonglong(arg, len, index, &sec) < 0 || sec > INT32_MAX)
    return -1;
  if (alcove_decode_ulonglong(arg, len, index, &usec) < 0 || usec > INT32_MAX)
    return -1;

  tv->tv_sec = (time_t)sec;
  tv->tv_usec = (suseconds_t)usec;
  *tvp = tv;
  return 0;
}
