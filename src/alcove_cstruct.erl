%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Builders of cstructs (lists of binaries and `{ptr, Bin}'
%%% pointers) for calls that take a C structure.
-module(alcove_cstruct).

-include("alcove.hrl").

%% API
-export([jail/1]).

%%====================================================================
%% API
%%====================================================================

%% @doc The cstruct of a FreeBSD `struct jail' (version 2) for
%% `alcove:jail/3'. IPv4 addresses are 4 bytes each, IPv6 addresses
%% 16 bytes each in network order; with no addresses the pointer is NULL
%% (`{ptr, <<>>}'). Another version fails with `function_clause'.
%%
%% ```
%% 1> alcove_cstruct:jail(#alcove_jail{path = "/rescue", hostname = "h", jailname = "j"}).
%% [<<2,0,0,0>>,<<0,0,0,0>>,{ptr,<<"/rescue",0>>},{ptr,<<"h",0>>},{ptr,<<"j",0>>},
%%  <<0,0,0,0,0,0,0,0>>,{ptr,<<>>},{ptr,<<>>}]
%% '''
-spec jail(#alcove_jail{}) -> [binary() | {ptr, binary()}, ...].
jail(#alcove_jail{
    version = 2,
    path = Path,
    hostname = Hostname,
    jailname = Jailname,
    ip4 = IP4,
    ip6 = IP6
}) ->
    [
        <<2:32/native>>,
        <<0:(alcove:wordalign(4) * 8)>>,
        {ptr, <<(iolist_to_binary(Path))/binary, 0>>},
        {ptr, <<(iolist_to_binary(Hostname))/binary, 0>>},
        {ptr, <<(iolist_to_binary(Jailname))/binary, 0>>},
        <<(length(IP4)):32/native, (length(IP6)):32/native>>,
        {ptr, <<<<A, B, C, D>> || {A, B, C, D} <- IP4>>},
        {ptr, <<<<(ip6(Addr))/binary>> || Addr <- IP6>>}
    ].

%%====================================================================
%% Internal functions
%%====================================================================

ip6({G1, G2, G3, G4, G5, G6, G7, G8}) ->
    <<G1:16, G2:16, G3:16, G4:16, G5:16, G6:16, G7:16, G8:16>>.
