/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#include "alcove.h"
#include "alcove_caps.h"
#include "alcove_term.h"

static int decode_set(const char *arg, size_t len, int *index, uint64_t *set);

/* capset(2) for the calling process: ok.
 *
 * The argument is a map with any of effective, permitted and inheritable,
 * each a list of capabilities (cap_* atoms or numbers 0..63). A set not
 * in the map keeps its current value. Another key, or anything but a
 * list, is malformed; an unknown name gives {error, enotsup}. */
int alcove_sys_capset(alcove_state_t *ap, const char *arg, size_t len,
                      int *index, ei_x_buff *reply) {
  char key[MAXATOMLEN_UTF8];
  uint64_t val;
  uint64_t sets[3] = {0, 0, 0};
  int given[3] = {0, 0, 0};
  int unknown = 0;
  int arity;
  int i;
  int rv;

  (void)ap;

  /* sets: map */
  if (alcove_decode_map_header(arg, len, index, &arity) < 0)
    return -1;
  for (i = 0; i < arity; i++) {
    int k;

    if (alcove_decode_atom(arg, len, index, key) < 0)
      return -1;
    if (strcmp(key, "effective") == 0)
      k = 0;
    else if (strcmp(key, "permitted") == 0)
      k = 1;
    else if (strcmp(key, "inheritable") == 0)
      k = 2;
    else
      return -1;
    rv = decode_set(arg, len, index, &val);
    if (rv < 0)
      return -1;
    if (rv == 1)
      unknown = 1;
    sets[k] = val;
    given[k] = 1;
  }
  if (unknown)
    return alcove_mk_error(reply, "enotsup");

#ifdef ALCOVE_HAVE_CAPS
  {
    struct __user_cap_header_struct hdr;
    struct __user_cap_data_struct data[2];

    memset(&hdr, 0, sizeof(hdr));
    memset(data, 0, sizeof(data));
    hdr.version = _LINUX_CAPABILITY_VERSION_3;
    hdr.pid = 0;

    if (syscall(SYS_capget, &hdr, data) < 0)
      return alcove_mk_errno(reply, errno);

    for (i = 0; i < 2; i++) {
      unsigned int shift = i == 0 ? 0 : 32;
      if (given[0])
        data[i].effective = (uint32_t)(sets[0] >> shift);
      if (given[1])
        data[i].permitted = (uint32_t)(sets[1] >> shift);
      if (given[2])
        data[i].inheritable = (uint32_t)(sets[2] >> shift);
    }

    if (syscall(SYS_capset, &hdr, data) < 0)
      return alcove_mk_errno(reply, errno);
    return alcove_mk_ok(reply);
  }
#else
  (void)given;
  (void)sets;
  return alcove_mk_errno(reply, ENOSYS);
#endif
}

/* A list of capability names or numbers: a mask. 1 if a name is unknown
 * (after the whole list is read), -1 if malformed. */
static int decode_set(const char *arg, size_t len, int *index, uint64_t *set) {
  char name[MAXATOMLEN_UTF8];
  unsigned long long v;
  int type;
  int arity;
  int unknown = 0;
  int n;
  int i;

  *set = 0;
  if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
    return -1;
  if (type == ERL_STRING_EXT) {
    /* a list of small integers arrives as a string: its bytes */
    char *bytes = NULL;
    size_t blen = 0;
    size_t k;

    if (alcove_decode_iolist(arg, len, index, &bytes, &blen) < 0)
      return -1;
    for (k = 0; k < blen; k++) {
      if ((unsigned char)bytes[k] > 63) {
        free(bytes);
        return -1;
      }
      *set |= (uint64_t)1 << (unsigned char)bytes[k];
    }
    free(bytes);
    return 0;
  }
  if (alcove_decode_list_header(arg, len, index, &n) < 0)
    return -1;
  for (i = 0; i < n; i++) {
    if (alcove_decode_type(arg, len, index, &type, &arity) < 0)
      return -1;
    if (type == ERL_ATOM_EXT || type == ERL_SMALL_ATOM_EXT ||
        type == ERL_ATOM_UTF8_EXT || type == ERL_SMALL_ATOM_UTF8_EXT) {
      if (alcove_decode_atom(arg, len, index, name) < 0)
        return -1;
      if (alcove_lookup_constant(alcove_cap_constants, name, &v) < 0) {
        unknown = 1;
        continue;
      }
    } else {
      if (alcove_decode_ulonglong(arg, len, index, &v) < 0)
        return -1;
    }
    if (v > 63)
      return -1;
    *set |= (uint64_t)1 << v;
  }
  if (n > 0) {
    /* the tail */
    if (alcove_decode_list_header(arg, len, index, &n) < 0 || n != 0)
      return -1;
  }
  return unknown;
}
