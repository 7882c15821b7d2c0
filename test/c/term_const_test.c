/* Copyright (c) 2026, the alcove authors. ISC license: see LICENSE. */
/* term_test: constants, the constant tables and errno names. */
#include "term_test.h"

void test_constants(void) {
  ei_x_buff x;
  int i;
  long long v;

  x_init(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  (void)ei_x_encode_atom(&x, "O_WRONLY");
  (void)ei_x_encode_atom(&x, "nonexist");
  (void)ei_x_encode_long(&x, 42);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 0 &&
        v == O_RDONLY);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 0 &&
        v == O_WRONLY);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 1);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == 0 &&
        v == 42);
  CHECK(alcove_decode_constant(x.buff, (size_t)x.index, &i, &v,
                               alcove_file_constants) == -1);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  truncations("constant", dec_constant, &x);
  (void)ei_x_free(&x);

  /* constant lists */
  x_init(&x);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_long(&x, 5);
  (void)ei_x_encode_list_header(&x, 3);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_atom(&x, "O_EXCL");
  (void)ei_x_encode_long(&x, 1024);
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_string(&x, "\x01\x02");
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_atom(&x, "nonexist");
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_empty_list(&x);
  (void)ei_x_encode_atom(&x, "o_rdonly");
  i = 0;
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == 0);
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == 5);
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == (O_CREAT | O_EXCL | 1024));
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == 0 &&
        v == 3);
  {
    int j = i;
    int rv = alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                         alcove_file_constants);
    /* the whole term was read: the next one follows */
    CHECK(rv == 1 && i > j && (unsigned char)x.buff[i] != ERL_NIL_EXT);
  }
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == -1);
  (void)ei_x_free(&x);

  /* malformed elements */
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_tuple_header(&x, 0);
  (void)ei_x_encode_empty_list(&x);
  i = 0;
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == -1);
  (void)ei_x_free(&x);
  x_init(&x);
  (void)ei_x_encode_list_header(&x, 1);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_atom(&x, "o_excl");
  i = 0;
  CHECK(alcove_decode_constant_list(x.buff, (size_t)x.index, &i, &v,
                                    alcove_file_constants) == -1);
  (void)ei_x_free(&x);

  x_init(&x);
  (void)ei_x_encode_list_header(&x, 2);
  (void)ei_x_encode_atom(&x, "o_creat");
  (void)ei_x_encode_long(&x, 100000);
  (void)ei_x_encode_empty_list(&x);
  truncations("constant_list", dec_constant_list, &x);
  (void)ei_x_free(&x);
}

void test_tables(void) {
  unsigned long long v;
  static const struct {
    const alcove_constant_t *tbl;
    const char *name;
    unsigned long long val;
  } known[] = {
      {alcove_clone_constants, "clone_newns", 131072},
      {alcove_clone_constants, "clone_newuser", 0x10000000},
      {alcove_signal_constants, "sighup", SIGHUP},
      {alcove_signal_constants, "SIGKILL", SIGKILL},
      {alcove_file_constants, "o_rdonly", O_RDONLY},
      {alcove_file_constants, "o_cloexec", O_CLOEXEC},
      {alcove_fcntl_constants, "f_getfd", F_GETFD},
      {alcove_fcntl_constants, "fd_cloexec", FD_CLOEXEC},
      {alcove_rlimit_constants, "rlimit_nofile", RLIMIT_NOFILE},
      {alcove_rlimit_constants, "rlimit_cpu", RLIMIT_CPU},
      {alcove_socket_constants, "af_inet", AF_INET},
      {alcove_socket_constants, "sock_stream", SOCK_STREAM},
      {alcove_socket_constants, "sock_cloexec", SOCK_CLOEXEC},
      {alcove_prio_constants, "prio_process", PRIO_PROCESS},
      {alcove_prio_constants, "prio_user", PRIO_USER},
      {alcove_wait_constants, "wnohang", WNOHANG},
#ifdef __linux__
      {alcove_wait_constants, "p_pid", P_PID},
      {alcove_ptrace_constants, "ptrace_traceme", 0},
      {alcove_ptrace_constants, "ptrace_cont", 7},
      {alcove_ptrace_constants, "ptrace_attach", 16},
      {alcove_ptrace_constants, "ptrace_detach", 17},
      {alcove_ptrace_constants, "ptrace_seize", 0x4206},
      {alcove_ptrace_constants, "ptrace_o_tracesysgood", 1},
      {alcove_ptrace_constants, "ptrace_event_fork", 1},
      {alcove_prctl_constants, "pr_set_name", 15},
      {alcove_prctl_constants, "pr_set_no_new_privs", 38},
      {alcove_prctl_constants, "seccomp_mode_filter", 2},
      {alcove_prctl_constants, "seccomp_ret_allow", 0x7fff0000},
      {alcove_seccomp_constants, "seccomp_set_mode_filter", 1},
      {alcove_seccomp_constants, "seccomp_filter_flag_tsync", 1},
      {alcove_mount_constants, "ms_rdonly", 1},
      {alcove_mount_constants, "rdonly", 1},
      {alcove_mount_constants, "ms_nouser", 0x80000000u},
      {alcove_mount_constants, "mnt_detach", 2},
      {alcove_ioctl_constants, "siocgifaddr", 0x8915},
      {alcove_ioctl_constants, "tiocswinsz", 0x5414},
      {alcove_syscall_constants, "sys_exit", 60},
      {alcove_syscall_constants, "sys_read", 0},
      {alcove_syscall_constants, "audit_arch_x86_64", 3221225534ull},
      {alcove_signal_constants, "sigpoll", 29},
#endif
  };
  size_t k;

  for (k = 0; k < sizeof(known) / sizeof(known[0]); k++) {
    int found = alcove_lookup_constant(known[k].tbl, known[k].name, &v);
#if defined(__linux__) && defined(__x86_64__)
    checks++;
    if (found != 0 || v != known[k].val) {
      failures++;
      (void)fprintf(stderr, "constant %s: %d %llu\n", known[k].name, found, v);
    }
#else
    CHECK(found == 0);
#endif
  }

  CHECK(alcove_lookup_constant(alcove_file_constants, "nonexist", &v) < 0);
  CHECK(alcove_lookup_constant(alcove_file_constants, "", &v) < 0);
  CHECK(alcove_lookup_constant(NULL, "o_rdonly", &v) < 0);

  CHECK(strcmp(alcove_signame(SIGHUP), "sighup") == 0);
  CHECK(strcmp(alcove_signame(SIGABRT), "sigabrt") == 0);
  CHECK(strcmp(alcove_signame(SIGKILL), "sigkill") == 0);
  CHECK(strcmp(alcove_signame(SIGCHLD), "sigchld") == 0);
#ifdef __linux__
  CHECK(strcmp(alcove_signame(6), "sigabrt") == 0);
  CHECK(strcmp(alcove_signame(29), "sigio") == 0);
#endif
  CHECK(strcmp(alcove_signame(0), "unknown") == 0);
  CHECK(strcmp(alcove_signame(-1), "unknown") == 0);
  CHECK(strcmp(alcove_signame(1000), "unknown") == 0);
  CHECK(alcove_constant_name(alcove_signal_constants, 1000) == NULL);
  CHECK(strcmp(alcove_constant_name(alcove_signal_constants, SIGTERM),
               "sigterm") == 0);
}

void test_errno(void) {
  CHECK(strcmp(alcove_errno_id(1), "eperm") == 0);
  CHECK(strcmp(alcove_errno_id(EPERM), "eperm") == 0);
  CHECK(strcmp(alcove_errno_id(ENOENT), "enoent") == 0);
  CHECK(strcmp(alcove_errno_id(EAGAIN), "eagain") == 0);
  CHECK(strcmp(alcove_errno_id(EWOULDBLOCK), "eagain") == 0);
  CHECK(strcmp(alcove_errno_id(ENOTSUP), "enotsup") == 0);
  CHECK(strcmp(alcove_errno_id(EOPNOTSUPP),
               ENOTSUP == EOPNOTSUPP ? "enotsup" : "eopnotsupp") == 0);
  CHECK(strcmp(alcove_errno_id(EDEADLK), "edeadlk") == 0);
  CHECK(strcmp(alcove_errno_id(EINVAL), "einval") == 0);
  CHECK(strcmp(alcove_errno_id(E2BIG), "e2big") == 0);
  CHECK(strcmp(alcove_errno_id(0), "unknown") == 0);
  CHECK(strcmp(alcove_errno_id(-1), "unknown") == 0);
  CHECK(strcmp(alcove_errno_id(100000), "unknown") == 0);
}
