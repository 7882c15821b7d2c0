/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
#ifndef ALCOVE_H
#define ALCOVE_H

#ifdef __linux__
#define _GNU_SOURCE
#endif

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "ei.h"

#define ALCOVE_VERSION "1.0.1"

/* Frame types: see doc/PROTOCOL.md */
enum {
  ALCOVE_MSG_STDIN = 0,
  ALCOVE_MSG_STDOUT = 1,
  ALCOVE_MSG_STDERR = 2,
  ALCOVE_MSG_PROXY = 3,
  ALCOVE_MSG_CALL = 4,
  ALCOVE_MSG_EVENT = 5,
  ALCOVE_MSG_CTL = 6,
  ALCOVE_MSG_PIPE = 7,
};

/* |Len:32|Type:16| */
#define ALCOVE_HDR_LEN 6
/* |Len:32|Type:16|Pid:32| */
#define ALCOVE_PIDHDR_LEN 10
/* |ReqId:32|CallId:16| */
#define ALCOVE_CALLHDR_LEN 6
/* Largest frame (value of Len) accepted or produced. */
#define ALCOVE_FRAME_MAX (128u * 1024u * 1024u)
/* Largest reply term: leaves room for one PROXY header per relaying
 * ancestor. A larger reply is answered {error, eoverflow}. */
#define ALCOVE_REPLY_MAX (ALCOVE_FRAME_MAX - 1024u * 1024u)

/* Fixed descriptors. */
#define ALCOVE_SIGREAD_FILENO 3
#define ALCOVE_SIGWRITE_FILENO 4
#define ALCOVE_FDCTL_FILENO 5

#define ALCOVE_MAXCHILD_DEFAULT 64
#define ALCOVE_MAXFORKDEPTH 16
#define ALCOVE_NCALLS_MAX 128
#define ALCOVE_FILTER_BYTES 16
/* Deepest list nesting accepted in an argument term. */
#define ALCOVE_TERM_DEPTH_MAX 64
/* Deepest iodata nesting accepted (as alcove 1.0.1). */
#define ALCOVE_IOLIST_DEPTH_MAX 16

/* Growable byte queue. Data lives in buf[off, len). */
typedef struct {
  char *buf;
  size_t off;
  size_t len;
  size_t cap;
} alcove_buf_t;

typedef struct {
  pid_t pid;
  int flowcontrol;
  int signaloneof;
  int fdctl;   /* protocol channel; -1 closed, -2 exec'd */
  int fdin;    /* write end of the child's stdin; -1 closed */
  int fdout;   /* read end of the child's stdout; -1 closed */
  int fderr;   /* read end of the child's stderr; -1 closed */
  int exited;  /* reaped: waitpid returned its status */
  int inclose; /* close fdin once inq is written out (eof) */
  int status;
  alcove_buf_t ctlq; /* frames waiting to be written to fdctl */
  alcove_buf_t inq;  /* data waiting to be written to fdin */
  alcove_buf_t ctlr; /* partial frames read from fdctl */
} alcove_child_t;

typedef struct alcove_state {
  int depth;
  /* options (spec/API.md section 7) */
  int maxchild;
  int maxforkdepth;
  int exit_status;
  int termsig;
  int flowcontrol;
  int signaloneof;
  int stdin_closed;
  int stdout_closed;
  int stderr_closed;
  /* 1: SIGCHLD reported as an event, children reaped by waitpid */
  int sigchld;
  int fdin;  /* protocol channel: read */
  int fdout; /* protocol channel: write */
  unsigned char filter[ALCOVE_FILTER_BYTES];
  unsigned char subfilter[ALCOVE_FILTER_BYTES];
  size_t nchild; /* slots in use */
  alcove_child_t *child;
  alcove_buf_t outq; /* frames waiting to be written to fdout */
  alcove_buf_t inr;  /* partial frames read from fdin */
  ei_x_buff reply;   /* reused for every reply (alcove_call.c) */
  int reply_init;
  size_t stack_size; /* for clone */
  int done;          /* leave the event loop */
} alcove_state_t;

/* A call wrapper: decode the arguments that follow *index in arg[0, len),
 * make the call and encode the reply term into reply. Returns 0, or -1
 * when the arguments are malformed (the caller answers badarg).
 * The argument tuple header has already been checked against the arity. */
typedef int (*alcove_call_fn)(alcove_state_t *ap, const char *arg, size_t len,
                              int *index, ei_x_buff *reply);

typedef struct {
  const char *name;
  int arity;
  alcove_call_fn fn; /* NULL: not available on this OS (undef) */
} alcove_call_t;

/* Named constants. */
typedef struct {
  const char *name;
  unsigned long long val;
} alcove_constant_t;

/* ------------------------------------------------------------------ */
/* alcove_buf.c: byte queues */
int alcove_buf_reserve(alcove_buf_t *b, size_t n);
int alcove_buf_append(alcove_buf_t *b, const void *data, size_t n);
void alcove_buf_consume(alcove_buf_t *b, size_t n);
void alcove_buf_free(alcove_buf_t *b);
#define ALCOVE_BUF_DATA(b) ((b)->buf + (b)->off)
#define ALCOVE_BUF_SIZE(b) ((b)->len - (b)->off)

/* alcove_io.c: EINTR-safe helpers */
ssize_t alcove_read(int fd, void *buf, size_t len);
ssize_t alcove_write(int fd, const void *buf, size_t len);
int alcove_write_all(int fd, const void *buf, size_t len);
int alcove_set_nonblock(int fd, int on);
int alcove_set_cloexec(int fd, int on);
/* close *fd if open and set it to -1 */
void alcove_fd_close(int *fd);
void alcove_put32(char *p, uint32_t v);
uint32_t alcove_get32(const char *p);
void alcove_put16(char *p, uint16_t v);
uint16_t alcove_get16(const char *p);

/* alcove_msg.c: frames to the parent */
/* Queue |Len|Type|Pid?|term| where the term is in reply (with version). */
int alcove_send_term(alcove_state_t *ap, uint16_t type, const char *term,
                     size_t len);
/* Queue a CALL reply. */
int alcove_send_reply(alcove_state_t *ap, uint32_t reqid, const char *term,
                      size_t len);
/* Queue PROXY(pid, type(term)) for a message about child pid. */
int alcove_send_about(alcove_state_t *ap, pid_t pid, uint16_t type,
                      const char *term, size_t len);
/* Convenience: term is an atom. */
int alcove_send_about_atom(alcove_state_t *ap, pid_t pid, uint16_t type,
                           const char *atom);
/* Flush outq with blocking writes (before exec or exit). */
void alcove_flush(alcove_state_t *ap);

/* alcove_call.c: dispatch a CALL frame body |ReqId|CallId|Args| */
void alcove_call(alcove_state_t *ap, const char *body, size_t len);
int alcove_call_index(const char *name); /* -1 if unknown */
extern const alcove_call_t alcove_calls[];
extern const size_t alcove_ncalls;

/* alcove_child.c: child table */
alcove_child_t *alcove_child_get(alcove_state_t *ap, pid_t pid);
alcove_child_t *alcove_child_alloc(alcove_state_t *ap);
/* A table of n empty slots (calloc'd, descriptors -1), or NULL. */
alcove_child_t *alcove_child_table(int n);
void alcove_child_release(alcove_state_t *ap, alcove_child_t *c);
int alcove_child_close(alcove_state_t *ap, int fd);
/* fork or clone (flags != 0: clone) a child running the event loop.
 * Returns the pid in the parent, does not return in the child. */
pid_t alcove_child_spawn(alcove_state_t *ap, int flags);

/* alcove_event_loop.c */
int alcove_event_loop(alcove_state_t *ap);
/* Prepare the calling process to exec: flush, restore stdio blocking mode
 * and signal dispositions. */
void alcove_pre_exec(alcove_state_t *ap);
void alcove_exec_announce(alcove_state_t *ap);
void alcove_fdctl_resume(void);
/* Undo alcove_pre_exec after a failed exec. */
void alcove_post_exec_failed(alcove_state_t *ap);
/* Reap exited children (unless in sigchld sig_info mode). */
void alcove_reap(alcove_state_t *ap);
/* Release the state of a process leaving its event loop. */
void alcove_state_free(alcove_state_t *ap);

/* alcove_signal.c */
int alcove_signal_init(void);
void alcove_signal_handler(int sig, siginfo_t *info, void *ctx);

/* ------------------------------------------------------------------ */
/* Term decoding (c_src/term/decode). Every decoder takes the buffer
 * bounds and fails with -1 rather than read past len. */

/* Check that buf[*index, len) starts with one complete, well-formed term
 * (nesting at most ALCOVE_TERM_DEPTH_MAX). Does not move *index. */
int alcove_term_check(const char *buf, size_t len, int index);
int alcove_decode_type(const char *buf, size_t len, int *index, int *type,
                       int *arity);
int alcove_decode_tuple_header(const char *buf, size_t len, int *index,
                               int *arity);
int alcove_decode_list_header(const char *buf, size_t len, int *index,
                              int *arity);
int alcove_decode_int(const char *buf, size_t len, int *index, int *val);
int alcove_decode_uint(const char *buf, size_t len, int *index,
                       unsigned int *val);
int alcove_decode_longlong(const char *buf, size_t len, int *index,
                           long long *val);
int alcove_decode_ulonglong(const char *buf, size_t len, int *index,
                            unsigned long long *val);
/* atom: buffer of MAXATOMLEN_UTF8 bytes */
int alcove_decode_atom(const char *buf, size_t len, int *index, char *atom);
/* Binary only; out must hold *outlen bytes; *outlen set to size. */
int alcove_decode_binary(const char *buf, size_t len, int *index, char *out,
                         size_t *outlen);
/* iodata flattened into a malloc'd buffer (NUL-terminated, not counted in
 * *outlen). Nesting at most ALCOVE_IOLIST_DEPTH_MAX. */
int alcove_decode_iolist(const char *buf, size_t len, int *index, char **out,
                         size_t *outlen);
/* Non-empty iodata without NUL bytes, < PATH_MAX, into path[PATH_MAX]. */
int alcove_decode_path(const char *buf, size_t len, int *index, char *path);
/* List of iodata into a NULL-terminated, malloc'd argv; [] gives NULL.
 * Free with alcove_free_argv. */
int alcove_decode_argv(const char *buf, size_t len, int *index, char ***argv);
void alcove_free_argv(char **argv);
/* Constants: 0 found, 1 unknown name (enotsup), -1 malformed. */
int alcove_decode_constant(const char *buf, size_t len, int *index,
                           long long *val, const alcove_constant_t *tbl);
int alcove_decode_constant_list(const char *buf, size_t len, int *index,
                                long long *val, const alcove_constant_t *tbl);

/* Term encoding (c_src/term/encode, c_src/term/mk). All return 0 / -1. */
int alcove_mk_atom(ei_x_buff *x, const char *atom);
int alcove_mk_ok(ei_x_buff *x);
int alcove_mk_error(ei_x_buff *x, const char *reason);
int alcove_mk_errno(ei_x_buff *x, int errnum);
int alcove_mk_long(ei_x_buff *x, long long n);
int alcove_mk_ulong(ei_x_buff *x, unsigned long long n);
int alcove_mk_binary(ei_x_buff *x, const void *data, size_t n);
int alcove_mk_ok_long(ei_x_buff *x, long long n); /* {ok, N} */
int alcove_mk_ok_binary(ei_x_buff *x, const void *data, size_t n);
/* errno -> posix() atom ("unknown" if unmapped) */
const char *alcove_errno_id(int errnum);

/* Constant tables (alcove_constants.c), each ends with {NULL, 0}. */
extern const alcove_constant_t alcove_clone_constants[];
extern const alcove_constant_t alcove_signal_constants[];
extern const alcove_constant_t alcove_file_constants[];
extern const alcove_constant_t alcove_fcntl_constants[];
extern const alcove_constant_t alcove_ioctl_constants[];
extern const alcove_constant_t alcove_mount_constants[];
extern const alcove_constant_t alcove_prctl_constants[];
extern const alcove_constant_t alcove_ptrace_constants[];
extern const alcove_constant_t alcove_rlimit_constants[];
extern const alcove_constant_t alcove_seccomp_constants[];
extern const alcove_constant_t alcove_socket_constants[];
extern const alcove_constant_t alcove_syscall_constants[];
extern const alcove_constant_t alcove_prio_constants[];
extern const alcove_constant_t alcove_wait_constants[];
/* Case-insensitive. 0 found, -1 not found. */
int alcove_lookup_constant(const alcove_constant_t *tbl, const char *name,
                           unsigned long long *val);
/* First name with that value, or NULL. */
const char *alcove_constant_name(const alcove_constant_t *tbl,
                                 unsigned long long val);
/* Signal name for events ("unknown" if none). */
const char *alcove_signame(int sig);

/* Prototypes of the call wrappers (generated, make gen). */
#include "alcove_calls.h"

#endif
