# alcove: see README.md.
#
#   make          build priv/alcove and the Erlang modules
#   make gen      regenerate the outputs of the call table (commit them)
#   make test     install what is missing, then make check (the README's test command)
#   make check    everything CI checks
#   make ct       the Common Test suites only
#   make demo     run a real container, step by step (as root)
#   make eg       compile the examples
#   make check-elixir  build examples/elixir with mix and run its ExUnit cases
#   make bench    the benchmarks against the machine's limits (doc/PERFORMANCE.md)
#   make clean    remove build products (never generated sources)

REBAR ?= rebar3
# C sources written by hand: generated headers carry clang-format off.
C_SOURCES = $(shell find c_src -name '*.[ch]' -not -path 'c_src/obj*')

all:
	$(REBAR) compile

include mk/demo.mk
include mk/fuzz.mk
include mk/bench.mk

c:
	$(MAKE) -C c_src

gen:
	escript bin/alcove_gen.escript

# The README's test command: install what is missing, run every check,
# and end with one line "N passed, N failed".
test: SHELL := /bin/bash
test:
	bin/install-deps
	@mkdir -p _build; set -o pipefail; $(MAKE) check 2>&1 | tee _build/check.log; \
		status=$$?; bin/test-summary _build/check.log $$status; exit $$status

ct: all
	$(REBAR) ct

check: check-gen check-format check-build check-c eg check-elixir ct check-static \
	check-asan check-valgrind check-fuzz

check-gen:
	escript bin/alcove_gen.escript --check --strict

check-format:
	clang-format --dry-run --Werror $(C_SOURCES)

check-build:
	ALCOVE_WERROR=1 $(REBAR) compile
	escript bin/check_specs.escript
	$(REBAR) xref
	$(REBAR) dialyzer
	$(REBAR) edoc

check-c:
	$(MAKE) -C test/c

# The static binary (musl) runs the overview walkthrough and the pipeline
# suite.
check-static:
	./musl-wrapper $(MAKE) -C c_src TARGET=$(CURDIR)/_build/alcove.static
	file _build/alcove.static | grep -q 'statically linked'
	ALCOVE_TEST_MALLOC=musl ALCOVE_TEST_PROGNAME=$(CURDIR)/_build/alcove.static \
		$(REBAR) ct --suite test/alcove_fork_SUITE

# AddressSanitizer + UBSan build against the whole suite. ALCOVE_TEST_MALLOC
# names an allocator that is not the tuned glibc malloc: the seccomp cases
# that need the loop's bare syscall set skip (doc/SECCOMP.md).
check-asan:
	$(MAKE) -C c_src ALCOVE_SANITIZE=1 TARGET=$(CURDIR)/_build/alcove.asan
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		ALCOVE_TEST_MALLOC=asan ALCOVE_TEST_PROGNAME=$(CURDIR)/_build/alcove.asan $(REBAR) ct

# The Elixir example: mix builds alcove (rebar3 bare compile, so the port
# executable too) and runs the ExUnit cases. Offline: mix is given this
# machine's rebar3 (MIX_REBAR3, otherwise it offers to download one), its
# own MIX_HOME (and HOME if none is set), no hex (the only dependency is
# alcove by path) and no stdin.
MIX ?= mix
MIX_REBAR3 ?= $(shell command -v $(REBAR))
ELIXIR_HOME = $(CURDIR)/_build/elixir-home
ELIXIR_MIX = cd examples/elixir && env HOME="$${HOME:-$(ELIXIR_HOME)}" \
	MIX_HOME=$(ELIXIR_HOME)/mix MIX_REBAR3=$(MIX_REBAR3) HEX_OFFLINE=1 \
	MIX_ENV=test LC_ALL=C.UTF-8 $(MIX)

check-elixir:
	@test -n "$(MIX_REBAR3)" || { echo "check-elixir: $(REBAR) not found" >&2; exit 1; }
	mkdir -p $(ELIXIR_HOME)
	$(ELIXIR_MIX) format --check-formatted </dev/null
	$(ELIXIR_MIX) compile --warnings-as-errors </dev/null
	$(ELIXIR_MIX) test </dev/null

clean:
	$(MAKE) -C c_src clean
	rm -rf _build examples/elixir/_build examples/elixir/tmp


.PHONY: all c gen test ct check check-gen check-format check-build check-c \
	check-static check-asan check-elixir clean
