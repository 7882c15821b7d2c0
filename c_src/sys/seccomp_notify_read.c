/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_notify.h"

#ifdef __linux__
#include <sys/uio.h>
#endif

/* Longest string read_string reads. */
#define ALCOVE_NOTIFY_READ_MAX (64 * 1024)

/* seccomp_notify_read(Pid, Id, Addr, MaxLen): {ok, Bytes}. Read a
 * NUL-terminated string of at most MaxLen bytes at Addr in the memory of
 * the caller of notification Id (child Pid's listener), a page at a
 * time with process_vm_readv(2), then check the notification is still
 * valid: the caller may have died and its pid been reused. Bytes stops
 * before the NUL. {error, enoent}: the notification is no longer valid;
 * {error, efault}: nothing readable at Addr. */
int alcove_sys_seccomp_notify_read(alcove_state_t *ap, const char *arg,
                                   size_t len, int *index, ei_x_buff *reply) {
  pid_t pid = 0;
  pid_t caller = 0;
  unsigned long long id = 0;
  unsigned long long addr = 0;
  int maxlen = 0;
  alcove_child_t *c;
  char *buf;
  size_t got = 0;
  long page = sysconf(_SC_PAGESIZE);
  int rv;
  int fault = 0;

  (void)ap;

  if (alcove_decode_int(arg, len, index, &pid) < 0 ||
      alcove_decode_ulonglong(arg, len, index, &id) < 0 ||
      alcove_decode_ulonglong(arg, len, index, &addr) < 0 ||
      alcove_decode_int(arg, len, index, &maxlen) < 0 || maxlen < 0)
    return -1;
  if (maxlen > ALCOVE_NOTIFY_READ_MAX)
    maxlen = ALCOVE_NOTIFY_READ_MAX;
  if (page <= 0)
    page = 4096;

  c = alcove_child_get(ap, pid);
  if (c == NULL || !alcove_notify_valid(c, id, &caller))
    return alcove_mk_errno(reply, ENOENT);

  buf = malloc((size_t)maxlen + 1);
  if (buf == NULL)
    return -1;

#ifdef __linux__
  while (got < (size_t)maxlen) {
    unsigned long long at = addr + got;
    size_t chunk = (size_t)page - (size_t)(at % (unsigned long long)page);
    struct iovec local;
    struct iovec remote;
    ssize_t n;

    if (chunk > (size_t)maxlen - got)
      chunk = (size_t)maxlen - got;
    local.iov_base = buf + got;
    local.iov_len = chunk;
    remote.iov_base = (void *)(uintptr_t)at;
    remote.iov_len = chunk;
    n = process_vm_readv(caller, &local, 1, &remote, 1, 0);
    if (n <= 0) {
      fault = got == 0;
      break;
    }
    if (memchr(buf + got, 0, (size_t)n) != NULL) {
      got += strnlen(buf + got, (size_t)n);
      break;
    }
    got += (size_t)n;
  }
#endif

  if (!alcove_notify_valid(c, id, &caller))
    rv = alcove_mk_errno(reply, ENOENT);
  else if (fault)
    rv = alcove_mk_errno(reply, EFAULT);
  else
    rv = alcove_mk_ok_binary(reply, buf, got);
  free(buf);
  return rv;
}
