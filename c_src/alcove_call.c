/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* the one file that gets the call table of alcove_calls.h */
#define ALCOVE_CALL_TABLE
#include "alcove_call.h"

#include "alcove.h"
#include "alcove_frame.h"
#include "alcove_io.h"
#include "alcove_term.h"

/* CALL body: |ReqId:32|CallId:16|Args| (doc/PROTOCOL.md). Every outcome is
 * a reply: badarg for a malformed request, undef for a call that is
 * filtered or not built for this OS, {error, enomem} when memory ran out,
 * {error, eoverflow} for a reply too large to travel up. */

_Static_assert(sizeof(alcove_calls) / sizeof(alcove_calls[0]) <=
                   8 * ALCOVE_FILTER_BYTES,
               "every call id needs a bit in the call filters");

/* A reply buffer grown past this by a large reply is given back. */
#define ALCOVE_REPLY_KEEP (64 * 1024)

static int alcove_filtered(const unsigned char *filter, size_t id);
static int alcove_reply_buffer(alcove_state_t *ap);

static int alcove_filtered(const unsigned char *filter, size_t id) {
  if (id / 8 >= ALCOVE_FILTER_BYTES)
    return 0;
  return (filter[id / 8] >> (id % 8)) & 1;
}

/* One buffer serves every reply of this process: no allocation per
 * call. */
static int alcove_reply_buffer(alcove_state_t *ap) {
  if (!ap->reply_init) {
    if (alcove_term_new(&ap->reply) < 0)
      return -1;
    ap->reply_init = 1;
    return 0;
  }
  return alcove_term_reset(&ap->reply);
}

void alcove_call(alcove_state_t *ap, const char *body, size_t len) {
  uint32_t reqid = 0;
  size_t id;
  const char *arg;
  size_t arglen;
  int index = 0;
  int end;
  int arity = 0;
  const alcove_call_t *call;
  ei_x_buff *reply = &ap->reply;
  int rv;

  if (len < ALCOVE_CALLHDR_LEN)
    goto badarg;

  reqid = alcove_get32(body);
  id = alcove_get16(body + 4);
  arg = body + ALCOVE_CALLHDR_LEN;
  arglen = len - ALCOVE_CALLHDR_LEN;

  if (id >= alcove_ncalls)
    goto badarg;

  call = &alcove_calls[id];
  if (call->fn == NULL || alcove_filtered(ap->filter, id))
    goto undef;

  /* exactly one well-formed term, a tuple of the call's arity: bytes
   * after it are malformed too */
  if (arglen > INT_MAX || alcove_decode_version(arg, arglen, &index) < 0)
    goto badarg;
  end = index;
  if (alcove_decode_skip(arg, arglen, &end, ALCOVE_TERM_DEPTH_MAX) < 0 ||
      (size_t)end != arglen)
    goto badarg;
  if (alcove_decode_tuple_header(arg, arglen, &index, &arity) < 0 ||
      arity != call->arity)
    goto badarg;

  if (alcove_reply_buffer(ap) < 0)
    goto enomem;

  errno = 0;
  ap->reqid = reqid;
  ap->replied = 0;
  rv = call->fn(ap, arg, arglen, &index, reply);
  if (ap->spawned)
    return; /* we are the child the call made */
  if (ap->replied)
    goto done; /* the wrapper sent its reply (seccomp_notify) */
  if (rv < 0) {
    if (errno == ENOMEM)
      goto enomem;
    goto badarg;
  }

  if ((size_t)reply->index > ALCOVE_REPLY_MAX) {
    /* too large to travel up the pipeline: an error rather than a reply
     * a relay would drop */
    if (alcove_term_reset(reply) < 0 || alcove_mk_error(reply, "eoverflow") < 0)
      goto enomem;
  }
  if (alcove_frame_reply(ap, reqid, reply->buff, (size_t)reply->index) < 0)
    goto enomem;
  goto done;

badarg:
  (void)alcove_frame_reply_atom(ap, reqid, "badarg");
  goto done;

undef:
  (void)alcove_frame_reply_atom(ap, reqid, "undef");
  goto done;

enomem : {
  /* {error, enomem}, made without allocating */
  static const char t[] = {(char)ALCOVE_VERSION_MAGIC,
                           (char)ERL_SMALL_TUPLE_EXT,
                           2,
                           (char)ERL_SMALL_ATOM_UTF8_EXT,
                           5,
                           'e',
                           'r',
                           'r',
                           'o',
                           'r',
                           (char)ERL_SMALL_ATOM_UTF8_EXT,
                           6,
                           'e',
                           'n',
                           'o',
                           'm',
                           'e',
                           'm'};
  (void)alcove_frame_reply(ap, reqid, t, sizeof(t));
}

done:
  if (ap->reply_init && ap->reply.buffsz > ALCOVE_REPLY_KEEP) {
    alcove_term_free(&ap->reply);
    ap->reply_init = 0;
  }
}
