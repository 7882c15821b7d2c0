/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_reply.h"
#include "alcove_term.h"

#include <dirent.h>

/* readdir(3): {ok, [Name]}, every entry with . and .., directory order */
int alcove_sys_readdir(alcove_state_t *ap, const char *arg, size_t len,
                       int *index, ei_x_buff *reply) {
  char path[PATH_MAX];
  DIR *dir;
  struct dirent *de;
  int start = reply->index;
  int err = 0;

  (void)ap;

  /* path */
  if (alcove_decode_path(arg, len, index, path) < 0)
    return -1;

  dir = opendir(path);
  if (dir == NULL)
    return alcove_mk_errno(reply, errno);

  if (alcove_encode_tuple_header(reply, 2) < 0 || alcove_mk_ok(reply) < 0) {
    err = ENOMEM;
    goto out;
  }

  for (;;) {
    errno = 0;
    de = readdir(dir);
    if (de == NULL) {
      err = errno;
      break;
    }
    if (alcove_encode_list_header(reply, 1) < 0 ||
        alcove_mk_binary(reply, de->d_name, strlen(de->d_name)) < 0) {
      err = ENOMEM;
      break;
    }
    if ((size_t)reply->index > ALCOVE_REPLY_MAX) {
      err = EOVERFLOW;
      break;
    }
  }

  if (err == 0 && alcove_encode_empty_list(reply) < 0)
    err = ENOMEM;

out:
  (void)closedir(dir);
  if (err == 0)
    return 0;
  reply->index = start;
  return alcove_mk_errno(reply, err);
}
