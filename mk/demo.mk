# The demo and the examples. Included from the top Makefile:
#
#   include mk/demo.mk
#
#   make demo   build what is missing, then run a sandbox (examples/demo.escript);
#               DEMO_ARGS=--fallback shows the sandbox without a user namespace
#   make eg     compile examples/*.erl into $(EG_DIR)
#
# Both honour REBAR_BASE_DIR (rebar3's build directory, default _build).

REBAR ?= rebar3
ERLC ?= erlc
ALCOVE_BUILD_DIR = $(if $(REBAR_BASE_DIR),$(REBAR_BASE_DIR),$(CURDIR)/_build)
ALCOVE_EBIN ?= $(ALCOVE_BUILD_DIR)/default/lib/alcove/ebin
EG_DIR ?= $(ALCOVE_BUILD_DIR)/eg
EG_SOURCES = $(wildcard examples/*.erl)
EG_ERLC_OPTS = +debug_info +warn_missing_spec +warn_untyped_record \
	+warnings_as_errors -I include -pa $(ALCOVE_EBIN)

# On a fresh machine the toolchain itself may be missing: install it first
# (as root; otherwise bin/install-deps says what to install).
demo:
	@bin/install-deps demo
	$(REBAR) compile
	ALCOVE_EBIN=$(ALCOVE_EBIN) escript examples/demo.escript $(DEMO_ARGS)

eg:
	$(REBAR) compile
	mkdir -p $(EG_DIR)
	$(ERLC) $(EG_ERLC_OPTS) -o $(EG_DIR) $(EG_SOURCES)

.PHONY: demo eg
