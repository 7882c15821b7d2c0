/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_notify.h"

#include "alcove_constants.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_relay.h"
#include "alcove_term.h"

#include <poll.h>
#include <time.h>
#ifdef __linux__
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#endif

/* The listener of a child's seccomp filter (doc/SECCOMP.md, "User
 * notification"). The child installs the filter (sys/seccomp_notify.c);
 * this process takes the listener from it with pidfd_getfd
 * (sys/seccomp_notify_listen.c) and polls it as one of the child's
 * descriptors. Each notification is either
 *
 *   - from the child itself while it still runs its event loop: alcove's
 *     own code between the filter and the exec (replies, the next calls,
 *     the exec), let through at once; or
 *   - from the program it exec'd, or any process forked below it: sent
 *     up as {seccomp_notify, Id, Syscall, Args} and remembered with its
 *     deadline, answered by seccomp_notify_respond or, at the deadline,
 *     with {errno, eperm}.
 *
 * Closing the listener (the child released, this process gone) makes the
 * kernel fail every pending call at once. */

#if defined(__linux__) && defined(SECCOMP_IOCTL_NOTIF_RECV)
#define ALCOVE_HAVE_NOTIFY 1
#endif

static long long alcove_notify_now(void);
static int alcove_notify_loop(alcove_state_t *ap, alcove_child_t *c);
static int alcove_notify_remember(alcove_state_t *ap, alcove_child_t *c,
                                  uint64_t id, pid_t pid);
static void alcove_notify_forget(alcove_child_t *c, uint64_t id);

static long long alcove_notify_now(void) {
  struct timespec ts;

  (void)clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Does the child still run the event loop? An exec closes its channel
 * before the new program runs: read what is in the channel until its
 * end of file or until nothing more is there. */
static int alcove_notify_loop(alcove_state_t *ap, alcove_child_t *c) {
  int n;

  for (n = 0; n < 1024 && c->chan >= 0; n++) {
    struct pollfd p = {c->chan, POLLIN, 0};

    if (poll(&p, 1, 0) <= 0 || (p.revents & (POLLIN | POLLHUP)) == 0)
      break;
    alcove_relay_chan(ap, c);
  }
  return c->chan >= 0;
}

static int alcove_notify_remember(alcove_state_t *ap, alcove_child_t *c,
                                  uint64_t id, pid_t pid) {
  if (c->nnotif == c->notifcap) {
    size_t n = c->notifcap == 0 ? 16 : 2 * c->notifcap;
    alcove_notif_t *t = realloc(c->notif, n * sizeof(*t));
    if (t == NULL)
      return -1;
    c->notif = t;
    c->notifcap = n;
  }
  c->notif[c->nnotif].id = id;
  c->notif[c->nnotif].pid = pid;
  c->notif[c->nnotif].deadline = alcove_notify_now() + ap->notify_timeout;
  c->nnotif++;
  return 0;
}

static void alcove_notify_forget(alcove_child_t *c, uint64_t id) {
  size_t i;

  for (i = 0; i < c->nnotif; i++) {
    if (c->notif[i].id == id) {
      c->notif[i] = c->notif[c->nnotif - 1];
      c->nnotif--;
      return;
    }
  }
}

int alcove_notify_send(alcove_child_t *c, uint64_t id, int error, long long val,
                       int cont) {
#ifdef ALCOVE_HAVE_NOTIFY
  struct seccomp_notif_resp resp;
  int rv;

  memset(&resp, 0, sizeof(resp));
  resp.id = id;
  resp.error = error;
  resp.val = val;
  resp.flags = cont ? SECCOMP_USER_NOTIF_FLAG_CONTINUE : 0;

  alcove_notify_forget(c, id);
  if (c->notify_fd < 0) {
    errno = ENOENT;
    return -1;
  }
  do {
    rv = ioctl(c->notify_fd, SECCOMP_IOCTL_NOTIF_SEND, &resp);
  } while (rv < 0 && errno == EINTR);
  return rv < 0 ? -1 : 0;
#else
  (void)c;
  (void)id;
  (void)error;
  (void)val;
  (void)cont;
  errno = ENOSYS;
  return -1;
#endif
}

int alcove_notify_valid(const alcove_child_t *c, uint64_t id, pid_t *pid) {
#ifdef ALCOVE_HAVE_NOTIFY
  size_t i;
  uint64_t v = id;

  if (c->notify_fd < 0 ||
      ioctl(c->notify_fd, SECCOMP_IOCTL_NOTIF_ID_VALID, &v) < 0)
    return 0;
  for (i = 0; i < c->nnotif; i++) {
    if (c->notif[i].id == id) {
      *pid = c->notif[i].pid;
      return 1;
    }
  }
  return 0;
#else
  (void)c;
  (void)id;
  (void)pid;
  return 0;
#endif
}

void alcove_notify_recv(alcove_state_t *ap, alcove_child_t *c) {
#ifdef ALCOVE_HAVE_NOTIFY
  struct seccomp_notif req;
  ei_x_buff x;
  const char *name;
  int i;
  int ok;

  memset(&req, 0, sizeof(req));
  if (c->notify_fd < 0 ||
      ioctl(c->notify_fd, SECCOMP_IOCTL_NOTIF_RECV, &req) < 0)
    return; /* ENOENT: the caller died or was interrupted meanwhile */

  if ((pid_t)req.pid == c->pid && alcove_notify_loop(ap, c)) {
    (void)alcove_notify_send(c, req.id, 0, 0, 1);
    return;
  }

  if (alcove_notify_remember(ap, c, req.id, (pid_t)req.pid) < 0 ||
      alcove_term_new(&x) < 0) {
    /* cannot ask: refuse */
    (void)alcove_notify_send(c, req.id, -ENOMEM, 0, 0);
    return;
  }

  /* {seccomp_notify, Id, Syscall, [A0, ..., A5, Pid, Arch]} */
  name = alcove_constant_name(alcove_syscall_constants,
                              (unsigned long long)req.data.nr);
  ok = alcove_encode_tuple_header(&x, 4) == 0 &&
       alcove_mk_atom(&x, "seccomp_notify") == 0 &&
       alcove_mk_ulong(&x, req.id) == 0 &&
       (name != NULL ? alcove_mk_atom(&x, name)
                     : alcove_mk_long(&x, req.data.nr)) == 0 &&
       alcove_encode_list_header(&x, 8) == 0;
  for (i = 0; ok && i < 6; i++)
    ok = alcove_mk_ulong(&x, req.data.args[i]) == 0;
  ok = ok && alcove_mk_long(&x, req.pid) == 0 &&
       alcove_mk_ulong(&x, req.data.arch) == 0 &&
       alcove_encode_empty_list(&x) == 0;
  if (!ok || alcove_frame_about(ap, c->pid, ALCOVE_MSG_EVENT, x.buff,
                                (size_t)x.index) < 0)
    (void)alcove_notify_send(c, req.id, -ENOMEM, 0, 0);
  alcove_term_free(&x);
#else
  (void)ap;
  (void)c;
#endif
}

void alcove_notify_hup(alcove_child_t *c) {
  alcove_fd_close(&c->notify_fd);
  c->nnotif = 0;
}

int alcove_notify_timeout(const alcove_state_t *ap) {
  long long next = -1;
  long long now;
  size_t seen = 0;
  int i;

  /* every turn: stop after the last child in use */
  for (i = 0; i < ap->maxchild && seen < ap->nchild; i++) {
    const alcove_child_t *c = &ap->child[i];
    size_t j;
    if (c->pid == 0)
      continue;
    seen++;
    for (j = 0; j < c->nnotif; j++) {
      if (next < 0 || c->notif[j].deadline < next)
        next = c->notif[j].deadline;
    }
  }
  if (next < 0)
    return -1;
  now = alcove_notify_now();
  if (next <= now)
    return 0;
  return next - now > INT_MAX ? INT_MAX : (int)(next - now);
}

void alcove_notify_expire(alcove_state_t *ap) {
  long long now = -1;
  size_t seen = 0;
  int i;

  for (i = 0; i < ap->maxchild && seen < ap->nchild; i++) {
    alcove_child_t *c = &ap->child[i];
    size_t j = 0;

    if (c->pid == 0)
      continue;
    seen++;
    while (j < c->nnotif) {
      if (now < 0)
        now = alcove_notify_now();
      if (c->notif[j].deadline > now) {
        j++;
        continue;
      }
      /* forget moves the last entry to j: look at j again */
      (void)alcove_notify_send(c, c->notif[j].id, -EPERM, 0, 0);
    }
  }
}
