/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_IO_H
#define ALCOVE_IO_H

#include "alcove_defs.h"

/* EINTR-safe I/O and descriptor helpers (alcove_io.c). */
ssize_t alcove_read(int fd, void *buf, size_t len);
ssize_t alcove_write(int fd, const void *buf, size_t len);
struct iovec;
ssize_t alcove_writev(int fd, const struct iovec *iov, int n);
/* Write everything, waiting in poll(2) while the descriptor is full: only
 * for what must be written before exec or exit. 0 / -1. */
int alcove_write_all(int fd, const void *buf, size_t len);
int alcove_set_nonblock(int fd, int on);
int alcove_set_cloexec(int fd, int on);
/* close *fd if open and set it to -1 */
void alcove_fd_close(int *fd);
/* Move descriptor from to number to (dup2, close from), close-on-exec or
 * not. 0 / -1. */
int alcove_fd_moveto(int from, int to, int cloexec);
/* If fd is open, move it to the lowest free number >= min. 0 / -1. */
int alcove_fd_above(int fd, int min);

/* Big-endian integers. */
void alcove_put32(char *p, uint32_t v);
uint32_t alcove_get32(const char *p);
void alcove_put16(char *p, uint16_t v);
uint16_t alcove_get16(const char *p);

#endif
