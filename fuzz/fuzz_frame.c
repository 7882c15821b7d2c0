/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* libFuzzer harness: the frame parser of the event loop and the call
 * dispatcher, unmodified (c_src/alcove_loop.c, alcove_route.c,
 * alcove_call.c, alcove_frame.c, alcove_buf.c, alcove_child.c ...).
 *
 * The input is the byte stream a port reads from Erlang on fd 0. It is put
 * in a memfd that becomes the protocol channel (ap->chanin) of a fresh
 * alcove_state_t, and alcove_loop() runs until it reads end-of-file,
 * exactly as the port does. Replies go to /dev/null.
 *
 * The state has one fake child (pid FUZZ_CHILD, a pid no process can
 * have: above the kernel's PID_MAX_LIMIT) whose channel and stdin are
 * pipes nobody reads, so PROXY and STDIN frames addressed to it are
 * queued as for a real child; any other pid gets badpid.
 *
 * Call wrappers: the ones that only compute (constants, iolist_to_bin,
 * version, get*, options, filter ...) are the real c_src/sys/ files; every
 * other wrapper is replaced by a generated stub (mk/fuzz.mk:
 * fuzz/build/stubs.c) that runs fuzz_stub_call() below: it walks the
 * remaining arguments with the real decoders and replies {error, enotsup}
 * without making the system call. */
#include "alcove.h"
#include "alcove_cstruct.h"
#include "alcove_loop.h"
#include "alcove_term.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>

#define FUZZ_CHILD 0x3ffffff0

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int fuzz_stub_call(alcove_state_t *ap, const char *arg, size_t len, int *index,
                   ei_x_buff *reply);

static int devnull = -1;

/* The port catches SIGPIPE (alcove_signal_init) and sees EPIPE; here a
 * write to a pipe without a reader would be a harness bug (the harness
 * keeps the read ends open), so make it a crash with a stack trace. */
static void fuzz_sigpipe(int sig) {
  (void)sig;
  __builtin_trap();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  int sig[2];

  (void)argc;
  (void)argv;

  /* the signal self-pipe lives at fixed descriptors 3 and 4 */
  if (pipe(sig) < 0)
    abort();
  if (sig[0] != ALCOVE_SIGREAD_FILENO &&
      dup2(sig[0], ALCOVE_SIGREAD_FILENO) < 0)
    abort();
  if (sig[1] != ALCOVE_SIGWRITE_FILENO &&
      dup2(sig[1], ALCOVE_SIGWRITE_FILENO) < 0)
    abort();
  if (sig[0] != ALCOVE_SIGREAD_FILENO && sig[0] != ALCOVE_SIGWRITE_FILENO)
    (void)close(sig[0]);
  if (sig[1] != ALCOVE_SIGREAD_FILENO && sig[1] != ALCOVE_SIGWRITE_FILENO)
    (void)close(sig[1]);
  (void)alcove_set_nonblock(ALCOVE_SIGREAD_FILENO, 1);
  (void)alcove_set_nonblock(ALCOVE_SIGWRITE_FILENO, 1);

  if (signal(SIGPIPE, fuzz_sigpipe) == SIG_ERR)
    abort();

  devnull = open("/dev/null", O_WRONLY | O_CLOEXEC | O_NONBLOCK);
  if (devnull < 0)
    abort();
  return 0;
}

/* Each remaining argument through the decoders, then skipped. */
int fuzz_stub_call(alcove_state_t *ap, const char *arg, size_t len, int *index,
                   ei_x_buff *reply) {
  (void)ap;

  while ((size_t)*index < len) {
    int idx;
    int v = 0;
    char *out = NULL;
    size_t outlen = 0;
    char **argv = NULL;
    alcove_cstruct_t cs;

    idx = *index;
    (void)alcove_decode_int(arg, len, &idx, &v);
    idx = *index;
    if (alcove_decode_iolist(arg, len, &idx, &out, &outlen) == 0)
      free(out);
    idx = *index;
    if (alcove_decode_argv(arg, len, &idx, &argv) == 0)
      alcove_free_argv(argv);
    memset(&cs, 0, sizeof(cs));
    idx = *index;
    (void)alcove_decode_cstruct(arg, len, &idx, 65536, &cs);
    alcove_cstruct_free(&cs);

    if (alcove_decode_skip(arg, len, index, ALCOVE_TERM_DEPTH_MAX) < 0)
      return -1;
  }
  return alcove_mk_error(reply, "enotsup");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  alcove_state_t *ap;
  int in;
  int ctl[2];
  int stdin_pipe[2];
  int i;

  in = memfd_create("fuzz", MFD_CLOEXEC);
  if (in < 0)
    return 0;
  if (size > 0 && alcove_write_all(in, data, size) < 0) {
    (void)close(in);
    return 0;
  }
  (void)lseek(in, 0, SEEK_SET);

  if (pipe(ctl) < 0) {
    (void)close(in);
    return 0;
  }
  if (pipe(stdin_pipe) < 0) {
    (void)close(in);
    (void)close(ctl[0]);
    (void)close(ctl[1]);
    return 0;
  }
  (void)alcove_set_nonblock(ctl[1], 1);
  (void)alcove_set_nonblock(stdin_pipe[1], 1);

  ap = alcove_state_new(2);
  if (ap == NULL)
    abort();
  ap->signaloneof = 0; /* never signal anything on the way out */
  ap->chanin = in;
  ap->chanout = devnull;
  /* the fake child: channel = write end of a pipe nobody reads (it never
   * answers), stdin = likewise; no stdout/stderr */
  ap->child[0].pid = FUZZ_CHILD;
  ap->child[0].flowcontrol = -1;
  ap->child[0].chan = ctl[1];
  ap->child[0].stdin_fd = stdin_pipe[1];
  ap->nchild = 1;

  (void)alcove_loop(ap);

  /* alcove_teardown closed the child's descriptors (and ours in ap) */
  for (i = 0; i < ap->maxchild; i++) {
    if (ap->child[i].chan >= 0)
      alcove_fd_close(&ap->child[i].chan);
    alcove_fd_close(&ap->child[i].stdin_fd);
  }
  /* what the port does when it leaves its loop */
  alcove_state_free(ap);
  (void)close(in);
  (void)close(ctl[0]);
  (void)close(stdin_pipe[0]);
  return 0;
}
