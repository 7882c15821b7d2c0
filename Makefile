# alcove: see README.md.
#
#   make          build priv/alcove and the Erlang modules
#   make gen      regenerate the call table outputs (commit the result)
#   make test     the whole test suite (what CI runs)
#   make demo     run a real container (as root)
#   make clean    remove build products (never generated sources)

REBAR ?= rebar3

all:
	$(REBAR) compile

c:
	$(MAKE) -C c_src

gen:
	escript bin/alcove_gen.escript

test: all
	$(REBAR) ct

clean:
	$(MAKE) -C c_src clean
	rm -rf _build

.PHONY: all c gen test clean
