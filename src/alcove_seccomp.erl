%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Helpers to build classic BPF instructions for seccomp filters.
%%%
%%% An instruction (`struct sock_filter') is an 8-byte binary in native
%%% endianness: 16-bit code, 8-bit jump-if-true and jump-if-false offsets
%%% and a 32-bit constant. A program is passed to `alcove:seccomp/5' or
%%% `alcove:prctl/7' as the cstruct
%%% `[<<Count:16/native>>, <<0:((WordSize - 2) * 8)>>, {ptr, iolist_to_binary(Instructions)}]'.
%%% The macros of `alcove_seccomp.hrl' (`?BPF_STMT', `?BPF_JUMP',
%%% `?VALIDATE_ARCHITECTURE', `?ALLOW_SYSCALL'...) call this module.
-module(alcove_seccomp).

-include("alcove_seccomp.hrl").

%% API
-export([insn/1, stmt/2, jump/4, offset/1]).

%%====================================================================
%% API
%%====================================================================

%% @doc Convert between an `#alcove_insn{}' record and its 8-byte
%% binary form.
%%
%% ```
%% 1> rr(alcove_seccomp).
%% [alcove_insn]
%% 2> alcove_seccomp:insn(#alcove_insn{code = 6, k = 16#7fff0000}).
%% <<6,0,0,0,0,0,255,127>>
%% 3> alcove_seccomp:insn(<<6,0,0,0,0,0,255,127>>).
%% #alcove_insn{code = 6,jt = 0,jf = 0,k = 2147418112}
%% '''
%% (bytes shown for a little-endian machine)
-spec insn(#alcove_insn{}) -> <<_:64>>;
    (<<_:64>>) -> #alcove_insn{}.
insn(#alcove_insn{code = Code, jt = JT, jf = JF, k = K}) ->
    <<Code:16/native, JT:8, JF:8, K:32/native>>;
insn(<<Code:16/native, JT:8, JF:8, K:32/native>>) ->
    #alcove_insn{code = Code, jt = JT, jf = JF, k = K}.

%% @doc A statement: instruction `Code' with constant `K' and no jumps.
%%
%% ```
%% 1> alcove_seccomp:stmt(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW).
%% <<6,0,0,0,0,0,255,127>>
%% '''
-spec stmt(0..65535, non_neg_integer()) -> <<_:64>>.
stmt(Code, K) when is_integer(Code), is_integer(K) ->
    insn(#alcove_insn{code = Code, k = K}).

%% @doc A jump: if the test passes skip `JT' instructions, else `JF'.
%%
%% ```
%% 1> alcove_seccomp:jump(?BPF_JMP + ?BPF_JEQ + ?BPF_K, 39, 0, 1).
%% <<21,0,0,1,39,0,0,0>>
%% '''
-spec jump(0..65535, non_neg_integer(), 0..255, 0..255) -> <<_:64>>.
jump(Code, K, JT, JF) when is_integer(Code), is_integer(K), is_integer(JT), is_integer(JF) ->
    insn(#alcove_insn{code = Code, jt = JT, jf = JF, k = K}).

%% @doc Convert between a load size name and its `BPF_W', `BPF_H',
%% `BPF_B' value.
%%
%% ```
%% 1> alcove_seccomp:offset(halfword).
%% 8
%% 2> alcove_seccomp:offset(0).
%% word
%% '''
-spec offset(word | halfword | byte) -> 0 | 8 | 16;
    (0 | 8 | 16) -> word | halfword | byte.
offset(word) -> ?BPF_W;
offset(halfword) -> ?BPF_H;
offset(byte) -> ?BPF_B;
offset(?BPF_W) -> word;
offset(?BPF_H) -> halfword;
offset(?BPF_B) -> byte.
