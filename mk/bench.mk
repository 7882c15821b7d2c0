# make bench: alcove against machine limits measured in the same run
# (bench/alcove_bench.erl, bench/limits.c; results in bench/results.txt
# and bench/results-1cpu.txt, discussed in doc/PERFORMANCE.md). Included
# by the top Makefile after its first rule (so that `all' stays the
# default goal):
#
#   include mk/bench.mk
#
# Needs erl, rebar3, cc, musl-gcc (musl-tools) and taskset (util-linux).
# BENCH_REPS: interleaved repetitions (medians are reported), default 10.

REBAR ?= rebar3
BENCH_REPS ?= 10
BENCH_BASE := $(if $(REBAR_BASE_DIR),$(REBAR_BASE_DIR),$(CURDIR)/_build)
BENCH_OUT := $(BENCH_BASE)/bench
BENCH_EBIN := $(BENCH_BASE)/default/lib/alcove/ebin
BENCH_CC ?= cc

# Two passes of about a minute each: as the kernel schedules (results.txt)
# and with the VM and every process it starts confined to one CPU
# (results-1cpu.txt): on a VM a wake-up across CPUs costs tens of
# microseconds and, depending on placement, hides the software costs;
# the one-CPU pass shows them. See doc/PERFORMANCE.md.
BENCH_ERL = env ALCOVE_BENCH_STATIC=$(BENCH_OUT)/alcove.static \
	erl -noshell +A 1 -pa $(BENCH_EBIN) -pa $(BENCH_OUT) -run alcove_bench main $(BENCH_OUT)/limits

bench: bench-build
	$(BENCH_ERL) $(CURDIR)/bench/results.txt $(BENCH_REPS)
	taskset -c 0 $(BENCH_ERL) $(CURDIR)/bench/results-1cpu.txt $(BENCH_REPS)

bench-build:
	@mkdir -p $(BENCH_OUT)
	$(REBAR) compile
	$(BENCH_CC) -O2 -Wall -Wextra -o $(BENCH_OUT)/limits bench/limits.c
	erlc -o $(BENCH_OUT) bench/alcove_bench.erl
	./musl-wrapper $(MAKE) -C c_src TARGET=$(BENCH_OUT)/alcove.static OBJDIR=obj-static

.PHONY: bench bench-build
