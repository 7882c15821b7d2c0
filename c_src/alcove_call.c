/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#define ALCOVE_CALL_TABLE
#include "alcove.h"
#include "alcove_term.h"

/* CALL body: |ReqId:32|CallId:16|Args| (doc/PROTOCOL.md). Every outcome is
 * a reply: badarg for a malformed request, undef for a call that is
 * filtered or not built for this OS. */

static int alcove_filtered(const unsigned char *filter, size_t id);
static void alcove_reply_atom(alcove_state_t *ap, uint32_t reqid,
                              const char *atom);

int alcove_call_index(const char *name) {
  size_t i;

  for (i = 0; i < alcove_ncalls; i++) {
    if (strcmp(alcove_calls[i].name, name) == 0)
      return (int)i;
  }
  return -1;
}

static int alcove_filtered(const unsigned char *filter, size_t id) {
  if (id / 8 >= ALCOVE_FILTER_BYTES)
    return 0;
  return (filter[id / 8] >> (id % 8)) & 1;
}

static void alcove_reply_atom(alcove_state_t *ap, uint32_t reqid,
                              const char *atom) {
  ei_x_buff x;

  if (ei_x_new_with_version(&x) < 0)
    return;
  if (alcove_mk_atom(&x, atom) == 0)
    (void)alcove_send_reply(ap, reqid, x.buff, (size_t)x.index);
  ei_x_free(&x);
}

void alcove_call(alcove_state_t *ap, const char *body, size_t len) {
  uint32_t reqid;
  size_t id;
  const char *arg;
  size_t arglen;
  int index = 0;
  int version = 0;
  int arity = 0;
  ei_x_buff *reply;
  const alcove_call_t *call;

  if (len < ALCOVE_CALLHDR_LEN) {
    alcove_reply_atom(ap, 0, "badarg");
    return;
  }

  reqid = alcove_get32(body);
  id = alcove_get16(body + 4);
  arg = body + ALCOVE_CALLHDR_LEN;
  arglen = len - ALCOVE_CALLHDR_LEN;

  if (id >= alcove_ncalls) {
    alcove_reply_atom(ap, reqid, "badarg");
    return;
  }

  call = &alcove_calls[id];

  if (call->fn == NULL || alcove_filtered(ap->filter, id)) {
    alcove_reply_atom(ap, reqid, "undef");
    return;
  }

  if (arglen > INT_MAX || alcove_term_check(arg, arglen, 0) < 0 ||
      ei_decode_version(arg, &index, &version) < 0) {
    alcove_reply_atom(ap, reqid, "badarg");
    return;
  }

  /* exactly one term: bytes after the argument tuple are malformed too */
  {
    int end = index;
    if (alcove_decode_skip(arg, arglen, &end, ALCOVE_TERM_DEPTH_MAX) < 0 ||
        (size_t)end != arglen) {
      alcove_reply_atom(ap, reqid, "badarg");
      return;
    }
  }

  if (alcove_decode_tuple_header(arg, arglen, &index, &arity) < 0 ||
      arity != call->arity) {
    alcove_reply_atom(ap, reqid, "badarg");
    return;
  }

  /* One buffer serves every reply of this process: no allocation per
   * call. A buffer grown by a large reply is given back afterwards. */
  if (!ap->reply_init) {
    if (ei_x_new(&ap->reply) < 0) {
      alcove_reply_atom(ap, reqid, "badarg");
      return;
    }
    ap->reply_init = 1;
  }
  reply = &ap->reply;
  reply->index = 0;

  /* Requests that do not return on success (exec, exit) flush replies
   * themselves; a request id is only needed for what comes back. */
  if (ei_x_encode_version(reply) < 0 ||
      call->fn(ap, arg, arglen, &index, reply) < 0) {
    alcove_reply_atom(ap, reqid, "badarg");
  } else if ((size_t)reply->index > ALCOVE_REPLY_MAX) {
    /* A reply too large to travel up the pipeline is answered with an
     * error rather than dropped by a relay. */
    reply->index = 0;
    if (ei_x_encode_version(reply) < 0 ||
        alcove_mk_error(reply, "eoverflow") < 0 ||
        alcove_send_reply(ap, reqid, reply->buff, (size_t)reply->index) < 0)
      alcove_reply_atom(ap, reqid, "badarg");
  } else if (alcove_send_reply(ap, reqid, reply->buff, (size_t)reply->index) <
             0) {
    alcove_reply_atom(ap, reqid, "badarg");
  }

  if (ap->reply_init && ap->reply.buffsz > 64 * 1024) {
    ei_x_free(&ap->reply);
    ap->reply_init = 0;
  }
}
