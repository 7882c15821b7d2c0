/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#ifdef __linux__
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

#ifndef SECCOMP_RET_USER_NOTIF
#define SECCOMP_RET_USER_NOTIF 0x7fc00000U
#endif
#ifndef SECCOMP_FILTER_FLAG_NEW_LISTENER
#define SECCOMP_FILTER_FLAG_NEW_LISTENER (1UL << 3)
#endif

#if defined(__x86_64__)
#define ALCOVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define ALCOVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#elif defined(__i386__)
#define ALCOVE_AUDIT_ARCH AUDIT_ARCH_I386
#elif defined(__riscv) && __riscv_xlen == 64
#define ALCOVE_AUDIT_ARCH AUDIT_ARCH_RISCV64
#endif

/* Most system calls one filter sends up (each is one jump of at most
 * 255 instructions). */
#define ALCOVE_NOTIFY_MAX 240

/* seccomp_notify(Syscalls): {ok, FD}; {error, einval} in the port itself
 * (depth 0), which has no alcove parent. Syscalls is `all' or a binary of
 * native 32-bit system call numbers (alcove_seccomp:notify/3 makes it).
 *
 * This process installs a filter (no_new_privs set) whose calls in
 * Syscalls, and any call of another architecture, go to a listener
 * (SECCOMP_FILTER_FLAG_NEW_LISTENER); the rest run. Its parent must take
 * the listener with seccomp_notify_listen(Pid, FD) before anyone answers
 * a call this process makes, and then this process closes its copy
 * (doc/SECCOMP.md, "The hand-over"):
 *
 *   1. FD, the lowest free descriptor, is where the kernel will put the
 *      listener: this process is single-threaded and opens nothing in
 *      between;
 *   2. the reply {ok, FD} is written, with a blocking write, before the
 *      filter exists: after it, this process's next write may be one of
 *      the calls that wait for an answer, and nobody could answer yet;
 *   3. the filter is installed. If that fails, FD is filled with a
 *      duplicate of another descriptor, which the parent's hand-over
 *      rejects (not a listener).
 *
 * Calls this process makes meanwhile wait in the kernel; once the parent
 * holds the listener it lets them through (they are the event loop's). */
int alcove_sys_seccomp_notify(alcove_state_t *ap, const char *arg, size_t len,
                              int *index, ei_x_buff *reply) {
#if defined(__linux__) && defined(SYS_seccomp)
  char nrs[4 * ALCOVE_NOTIFY_MAX];
  size_t nlen = sizeof(nrs);
  size_t n = 0;
  int all = 0;
  int type;
  int arity;
  struct sock_filter prog[ALCOVE_NOTIFY_MAX + 8];
  struct sock_fprog fprog;
  unsigned short k = 0;
  size_t i;
  int fd;
  int got;
  ei_x_buff *x = reply;

  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;
  /* the port: no alcove parent could ever take the listener */
  if (ap->depth == 0)
    return alcove_mk_errno(reply, EINVAL);
  if (type == ERL_ATOM_EXT || type == ERL_SMALL_ATOM_EXT ||
      type == ERL_ATOM_UTF8_EXT || type == ERL_SMALL_ATOM_UTF8_EXT) {
    char atom[MAXATOMLEN_UTF8];
    if (alcove_decode_atom(arg, len, index, atom) < 0 ||
        strcmp(atom, "all") != 0)
      return -1;
    all = 1;
  } else {
    if (arity < 0 || (size_t)arity > sizeof(nrs) || arity % 4 != 0)
      return alcove_mk_errno(reply, E2BIG);
    if (alcove_decode_binary(arg, len, index, nrs, &nlen) < 0 || nlen % 4 != 0)
      return -1;
    n = nlen / 4;
  }

  /* the filter: other architectures and the listed calls go up */
#ifdef ALCOVE_AUDIT_ARCH
  prog[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
                                           offsetof(struct seccomp_data, arch));
  prog[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
                                           ALCOVE_AUDIT_ARCH, 1, 0);
  prog[k++] =
      (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF);
#endif
  if (!all) {
    prog[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
                                             offsetof(struct seccomp_data, nr));
    for (i = 0; i < n; i++) {
      uint32_t nr;
      memcpy(&nr, nrs + 4 * i, 4);
      /* to the last instruction: the ALLOW between */
      prog[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr,
                                               (unsigned char)(n - i), 0);
    }
    prog[k++] =
        (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  }
  prog[k++] =
      (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF);
  fprog.len = k;
  fprog.filter = prog;

  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
    return alcove_mk_errno(reply, errno);

  /* 1. the number the listener will get */
  fd = dup(ALCOVE_SIGREAD_FILENO);
  if (fd < 0)
    return alcove_mk_errno(reply, errno);
  (void)close(fd);

  /* 2. the reply, written out before the filter exists */
  if (alcove_mk_ok_long(x, fd) < 0 ||
      alcove_frame_reply(ap, ap->reqid, x->buff, (size_t)x->index) < 0)
    return -1;
  alcove_frame_flush(ap);
  ap->replied = 1;

  /* 3. the filter */
  got = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                     SECCOMP_FILTER_FLAG_NEW_LISTENER, &fprog);
  if (got < 0) {
    /* lands at fd: rejected by the hand-over */
    if (dup(ALCOVE_SIGREAD_FILENO) < 0)
      return 0; /* fd stays empty: the hand-over times out */
  } else {
    ap->filtered = 1;
    if (got != fd) {
      /* cannot happen (single thread): put it where it was announced */
      (void)dup2(got, fd);
      (void)close(got);
    }
  }
  return 0;
#else
  (void)ap;
  (void)arg;
  (void)len;
  (void)index;
  return alcove_mk_errno(reply, ENOSYS);
#endif
}
