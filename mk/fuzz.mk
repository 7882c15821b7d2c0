# Fuzzing, valgrind and the long guarantee runs. Included by the top
# Makefile (`include mk/fuzz.mk`); every path is relative to the top.
#
#   make fuzz [FUZZ_SECONDS=600]   run both libFuzzer harnesses (half the
#                                  time each) on a copy of the seed corpus
#   make check-fuzz                the CI run: 30 s per harness (~60 s),
#                                  fails on any crash, leak or UB report
#   make fuzz-build                only build fuzz/build/fuzz_{term,frame}
#   make check-valgrind            alcove_fork_SUITE and alcove_exec_SUITE
#                                  with the port under valgrind; fails on
#                                  any invalid access or definite leak
#   make check-long                the full-size guarantee runs (the `long`
#                                  groups of alcove_guarantee_SUITE and
#                                  alcove_stress_SUITE)
#
# Needs clang and libclang-rt-14-dev (libFuzzer, ASan, UBSan) and valgrind:
#   apt-get install -y clang libclang-rt-14-dev valgrind

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 600
FUZZ_CI_SECONDS ?= 30
FUZZ_DIR := fuzz
FUZZ_BUILD := $(FUZZ_DIR)/build
# Asked of erl at most once, and only by a rule that needs it: on a fresh
# machine (no erl yet) `make demo' and `make test' must not run it.
ifeq ($(origin FUZZ_EI_DIR),undefined)
FUZZ_EI_DIR = $(eval FUZZ_EI_DIR := $(shell erl -noshell -eval 'io:format("~s", [code:lib_dir(erl_interface)]), halt().'))$(FUZZ_EI_DIR)
endif
FUZZ_SAN := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c11 -g -O1 $(FUZZ_SAN) -Ic_src -Ic_src/sys \
	-I$(FUZZ_EI_DIR)/include
FUZZ_LIBS = $(FUZZ_EI_DIR)/lib/libei.a -lpthread
# Leaks are errors; a single input may not take more than 10 s or 2 GB.
# -print_funcs=0: symbolizing NEW_FUNC lines runs llvm-symbolizer as a
# child process, and fuzz_frame must have none: on end-of-file the event
# loop (alcove_terminate) kills and reaps every child of the process, as
# the port must.
FUZZ_OPTS := -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	-print_funcs=0
FUZZ_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

FUZZ_TERM_SRCS := $(wildcard c_src/term/*/*.c) c_src/alcove_constants.c c_src/alcove_io.c \
	c_src/alcove_errno.c
# Everything of the port but main() and the call wrappers.
FUZZ_CORE_SRCS := $(sort $(filter-out c_src/alcove.c,$(wildcard c_src/*.c)) \
	$(FUZZ_TERM_SRCS))
# Wrappers that only compute or read process state: linked as they are.
# Every other wrapper becomes a stub that decodes its arguments and makes
# no system call (fuzz/fuzz_frame.c).
FUZZ_SAFE_CALLS := alloc clone_constant cpid environ errno_id fcntl_constant \
	file_constant filter getcwd getenv getgid getgroups gethostname getopt \
	getpgrp getpid getpriority getresgid getresuid getrlimit getsid getuid \
	ioctl_constant iolist_to_bin mount_constant prctl_constant \
	ptrace_constant rlimit_constant seccomp_constant setcpid setopt \
	signal_constant syscall_constant version
FUZZ_SAFE_SRCS := $(wildcard $(patsubst %,c_src/sys/%.c,$(FUZZ_SAFE_CALLS)))
FUZZ_HDRS := $(wildcard c_src/*.h c_src/sys/*.h)

fuzz-build: $(FUZZ_BUILD)/fuzz_term $(FUZZ_BUILD)/fuzz_frame

$(FUZZ_BUILD)/fuzz_term: $(FUZZ_DIR)/fuzz_term.c $(FUZZ_TERM_SRCS) $(FUZZ_HDRS)
	@mkdir -p $(FUZZ_BUILD)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_DIR)/fuzz_term.c $(FUZZ_TERM_SRCS) $(FUZZ_LIBS)

# One stub per wrapper of c_src/alcove_calls.h that is not in FUZZ_SAFE_CALLS.
$(FUZZ_BUILD)/stubs.c: c_src/alcove_calls.h mk/fuzz.mk
	@mkdir -p $(FUZZ_BUILD)
	{ echo '#include "alcove.h"'; \
	  echo 'int fuzz_stub_call(alcove_state_t *, const char *, size_t, int *, ei_x_buff *);'; \
	  sed -n 's/^int alcove_sys_\([a-z0-9_]*\)(.*/\1/p' c_src/alcove_calls.h | \
	  grep -vxF $(patsubst %,-e %,$(FUZZ_SAFE_CALLS)) | \
	  sed 's/.*/int alcove_sys_&(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply) { return fuzz_stub_call(ap, arg, len, index, reply); }/'; \
	} > $@.tmp && mv $@.tmp $@

$(FUZZ_BUILD)/fuzz_frame: $(FUZZ_DIR)/fuzz_frame.c $(FUZZ_BUILD)/stubs.c $(FUZZ_CORE_SRCS) $(FUZZ_SAFE_SRCS) $(FUZZ_HDRS)
	@mkdir -p $(FUZZ_BUILD)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_DIR)/fuzz_frame.c $(FUZZ_BUILD)/stubs.c \
		$(FUZZ_CORE_SRCS) $(FUZZ_SAFE_SRCS) $(FUZZ_LIBS)

# The seed corpus is committed; new inputs found by a run go to
# fuzz/build/corpus-* (merge the interesting ones by hand with -merge=1).
fuzz-run-%: SHELL := /bin/bash
fuzz-run-%: $(FUZZ_BUILD)/fuzz_%
	rm -rf $(FUZZ_BUILD)/corpus-$* && mkdir -p $(FUZZ_BUILD)/corpus-$* $(FUZZ_BUILD)/artifacts
	cp $(FUZZ_DIR)/corpus/$*/* $(FUZZ_BUILD)/corpus-$*/
	cd $(FUZZ_BUILD) && $(FUZZ_ENV) ./fuzz_$* $(FUZZ_OPTS) \
		-max_total_time=$(FUZZ_RUN_SECONDS) -artifact_prefix=artifacts/ \
		corpus-$* 2>&1 | tee fuzz_$*.log | grep -E '^(#[0-9]+.*(DONE|pulse)|stat::|==[0-9]+==|SUMMARY)'; \
		test $${PIPESTATUS[0]} -eq 0

fuzz: SHELL := /bin/bash
fuzz:
	$(MAKE) -f $(firstword $(MAKEFILE_LIST)) fuzz-run-term FUZZ_RUN_SECONDS=$$(( $(FUZZ_SECONDS) / 2 ))
	$(MAKE) -f $(firstword $(MAKEFILE_LIST)) fuzz-run-frame FUZZ_RUN_SECONDS=$$(( $(FUZZ_SECONDS) / 2 ))

check-fuzz: SHELL := /bin/bash
check-fuzz:
	$(MAKE) -f $(firstword $(MAKEFILE_LIST)) fuzz-run-term FUZZ_RUN_SECONDS=$(FUZZ_CI_SECONDS)
	$(MAKE) -f $(firstword $(MAKEFILE_LIST)) fuzz-run-frame FUZZ_RUN_SECONDS=$(FUZZ_CI_SECONDS)

# Valgrind on the port (not on the BEAM): every alcove process of the tree
# (children are forks of the port, so they run under valgrind too) writes
# to its port's log, /tmp/alcove-vg/vg.PORTPID (fuzz/valgrind-port).
# --trace-children=no: exec'd programs (cat, sh) run natively.
VG_DIR ?= /tmp/alcove-vg
VG_SUITES ?= test/alcove_fork_SUITE,test/alcove_exec_SUITE
check-valgrind:
	rm -rf $(VG_DIR) && mkdir -p $(VG_DIR)
	ALCOVE_VG_DIR=$(VG_DIR) ALCOVE_TEST_MALLOC=valgrind ALCOVE_TEST_EXEC="$(CURDIR)/fuzz/valgrind-port" \
		$(or $(REBAR),rebar3) ct --suite $(VG_SUITES)
	@bad=$$(grep -lE 'Invalid (read|write|free)|uninitialised|definitely lost in|Mismatched free|overlap' $(VG_DIR)/vg.* 2>/dev/null); \
	if [ -n "$$bad" ]; then echo "valgrind errors in:"; for f in $$bad; do echo "== $$f"; cat $$f; done; exit 1; fi; \
	echo "valgrind: $$(ls $(VG_DIR) | wc -l) logs, no invalid access, no definite leak"

check-long:
	ALCOVE_LONG=1 $(or $(REBAR),rebar3) ct --suite test/alcove_guarantee_SUITE,test/alcove_stress_SUITE --group long

.PHONY: fuzz fuzz-build check-fuzz check-valgrind check-long
