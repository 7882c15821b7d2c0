/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"

#include <sys/mount.h>

/* mount(2): ok */
int alcove_sys_mount(alcove_state_t *ap, const char *arg, size_t len,
                     int *index, ei_x_buff *reply) {
  char *source = NULL;
  size_t sourcelen = 0;
  char target[PATH_MAX];
  char *fstype = NULL;
  size_t fstypelen = 0;
  long long flags = 0;
  char *data = NULL;
  size_t datalen = 0;
  char *options = NULL;
  size_t optionslen = 0;
  int ret = -1;

  (void)ap;

  /* source: iodata, empty is NULL */
  if (alcove_decode_iolist(arg, len, index, &source, &sourcelen) < 0)
    goto done;

  /* target: path */
  if (alcove_decode_path(arg, len, index, target) < 0)
    goto done;

  /* fstype: iodata, empty is NULL */
  if (alcove_decode_iolist(arg, len, index, &fstype, &fstypelen) < 0)
    goto done;

  /* flags: constant list (mount table), >= 0 */
  switch (alcove_decode_constant_list(arg, len, index, &flags,
                                      alcove_mount_constants)) {
  case 0:
    break;
  case 1:
    ret = alcove_mk_error(reply, "enotsup");
    goto done;
  default:
    goto done;
  }

  if (flags < 0 || (unsigned long long)flags > ULONG_MAX)
    goto done;

  /* data: iodata (filesystem specific, e.g. <<"size=16M",0>>), empty is
   * NULL */
  if (alcove_decode_iolist(arg, len, index, &data, &datalen) < 0)
    goto done;

  /* options: iodata; Solaris only, ignored here */
  if (alcove_decode_iolist(arg, len, index, &options, &optionslen) < 0)
    goto done;

  if (mount(sourcelen == 0 ? NULL : source, target,
            fstypelen == 0 ? NULL : fstype, (unsigned long)flags,
            datalen == 0 ? NULL : data) < 0) {
    ret = alcove_mk_errno(reply, errno);
    goto done;
  }

  ret = alcove_mk_ok(reply);

done:
  free(options);
  free(data);
  free(fstype);
  free(source);
  return ret;
}
