/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove_procfs.h"

#include "alcove_io.h"

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>

/* ppid, pgrp and session of the process called name in /proc, or -1. */
static int alcove_procfs_stat(const char *name, long *ppid, long *session);

static int alcove_procfs_stat(const char *name, long *ppid, long *session) {
  char path[64];
  char stat[512];
  ssize_t n;
  int fd;
  char *p;
  long pgrp;

  (void)snprintf(path, sizeof(path), "/proc/%s/stat", name);
  fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  n = alcove_read(fd, stat, sizeof(stat) - 1);
  (void)close(fd);
  if (n <= 0)
    return -1;
  stat[n] = '\0';
  /* pid (comm) state ppid pgrp session ...: comm may hold spaces and ')' */
  p = strrchr(stat, ')');
  if (p == NULL || p[1] == '\0' || p[2] == '\0')
    return -1;
  return sscanf(p + 4, "%ld %ld %ld", ppid, &pgrp, session) == 3 ? 0 : -1;
}

int alcove_procfs_kill(alcove_procfs_field_t field, long value, int sig) {
  DIR *dir = opendir("/proc");
  struct dirent *de;
  int found = 0;

  if (dir == NULL)
    return 0;

  while ((de = readdir(dir)) != NULL) {
    long ppid;
    long session;

    if (de->d_name[0] < '1' || de->d_name[0] > '9')
      continue;
    if (alcove_procfs_stat(de->d_name, &ppid, &session) < 0)
      continue;
    if ((field == ALCOVE_PROCFS_PPID ? ppid : session) != value)
      continue;
    (void)kill((pid_t)strtol(de->d_name, NULL, 10), sig);
    found++;
  }
  (void)closedir(dir);
  return found;
}
#else
int alcove_procfs_kill(alcove_procfs_field_t field, long value, int sig) {
  (void)field;
  (void)value;
  (void)sig;
  return 0;
}
#endif
