/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_io.h"

#include <sys/uio.h>

#include <fcntl.h>
#include <poll.h>

ssize_t alcove_read(int fd, void *buf, size_t len) {
  ssize_t n;

  do {
    n = read(fd, buf, len);
  } while (n < 0 && errno == EINTR);

  return n;
}

ssize_t alcove_write(int fd, const void *buf, size_t len) {
  ssize_t n;

  do {
    n = write(fd, buf, len);
  } while (n < 0 && errno == EINTR);

  return n;
}

int alcove_write_all(int fd, const void *buf, size_t len) {
  const char *p = buf;

  while (len > 0) {
    ssize_t n = alcove_write(fd, p, len);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        struct pollfd pfd = {.fd = fd, .events = POLLOUT, .revents = 0};
        if (poll(&pfd, 1, -1) < 0 && errno != EINTR)
          return -1;
        continue;
      }
      return -1;
    }
    p += n;
    len -= (size_t)n;
  }

  return 0;
}

int alcove_set_nonblock(int fd, int on) {
  int flags = fcntl(fd, F_GETFL);

  if (flags < 0)
    return -1;

  flags = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
  return fcntl(fd, F_SETFL, flags);
}

int alcove_set_cloexec(int fd, int on) {
  int flags = fcntl(fd, F_GETFD);

  if (flags < 0)
    return -1;

  flags = on ? (flags | FD_CLOEXEC) : (flags & ~FD_CLOEXEC);
  return fcntl(fd, F_SETFD, flags);
}

void alcove_put32(char *p, uint32_t v) {
  unsigned char *u = (unsigned char *)p;
  u[0] = (unsigned char)(v >> 24);
  u[1] = (unsigned char)(v >> 16);
  u[2] = (unsigned char)(v >> 8);
  u[3] = (unsigned char)v;
}

uint32_t alcove_get32(const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return ((uint32_t)u[0] << 24) | ((uint32_t)u[1] << 16) |
         ((uint32_t)u[2] << 8) | (uint32_t)u[3];
}

void alcove_put16(char *p, uint16_t v) {
  unsigned char *u = (unsigned char *)p;
  u[0] = (unsigned char)(v >> 8);
  u[1] = (unsigned char)v;
}

uint16_t alcove_get16(const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return (uint16_t)(((unsigned)u[0] << 8) | (unsigned)u[1]);
}

void alcove_fd_close(int *fd) {
  if (*fd >= 0)
    (void)close(*fd);
  *fd = -1;
}

ssize_t alcove_writev(int fd, const struct iovec *iov, int n) {
  ssize_t rv;

  do {
    rv = writev(fd, iov, n);
  } while (rv < 0 && errno == EINTR);
  return rv;
}

int alcove_fd_moveto(int from, int to, int cloexec) {
  if (from == to)
    return alcove_set_cloexec(to, cloexec);
#ifdef __linux__
  /* one call instead of dup2 and two fcntl */
  if (dup3(from, to, cloexec ? O_CLOEXEC : 0) < 0)
    return -1;
#else
  if (dup2(from, to) < 0 || (cloexec && alcove_set_cloexec(to, 1) < 0))
    return -1;
#endif
  (void)close(from);
  return 0;
}

int alcove_fd_above(int fd, int min) {
  int nfd;

  if (fcntl(fd, F_GETFD) < 0)
    return 0;

  nfd = fcntl(fd, F_DUPFD, min);
  if (nfd < 0)
    return -1;
  return close(fd);
}
