%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Encoding of requests and decoding of the port's byte stream.
%%%
%%% This module is pure: it turns terms into iodata and binaries into
%%% terms, and never talks to a process. The byte layout is described in
%%% `doc/PROTOCOL.md'; callers treat the bytes made by {@link call/3} and
%%% {@link stdin/2} as opaque and hand them to `alcove_drv'.
%%%
%%% Every frame is `<<Len:32, Type:16, Body/binary>>' where `Len' counts
%%% the bytes after the length field. A request for the pipeline
%%% `[P1, ..., Pn]' is nested PROXY frames, outermost for `P1', around a
%%% CALL frame `<<ReqId:32, CallId:16, Args/binary>>'. Replies come back
%%% wrapped the same way, so {@link decode/1} rebuilds the pipeline from
%%% the PROXY headers.
%%%
%%% Pids in headers are 32 bits on the wire and are decoded as signed
%%% integers, so that a reply about pid `-1' (which the port reports as
%%% `badpid') carries the pipeline `[-1]' the caller used.
-module(alcove_codec).

-include("alcove.hrl").

%% API
-export([call/3, call/4]).
-export([stdin/2]).
-export([stream/1]).
-export([decode/1]).
-export([decode_reqid/1]).
-export([decode_frame/1]).
-export([request/1]).
-export([frame_max/0]).

-export_type([type/0, reqid/0, frame/0]).

-type type() ::
    alcove_call
    | alcove_stdout
    | alcove_stderr
    | alcove_event
    | alcove_ctl
    | alcove_pipe
    | alcove_window.
%% Tag of a decoded port message (upstream's type omits `alcove_ctl').

-type frame() :: <<_:48, _:_*8>>.
%% A complete frame: `<<Len:32, Type:16, Body/binary>>'.

-type reqid() :: 0..16#ffffffff.
%% Request id carried by CALL frames; `0' means "no id".

%% Largest value of a frame's Len field (ALCOVE_FRAME_MAX in c_src/alcove.h).
-define(FRAME_MAX, 134217728).

%% Enough leading bytes of a request to read every header of a pipeline
%% far deeper than the port allows (maxforkdepth is at most 255).
-define(REQUEST_PEEK, 8192).

-define(IS_PID32(P), (is_integer(P) andalso P >= -16#80000000 andalso P =< 16#7fffffff)).

%%====================================================================
%% API
%%====================================================================

%% @doc Encode a call request for the process addressed by `Pipeline',
%% with request id 0 ("no id").
%%
%% `Call' must be a known call name, else `alcove_proto:call/1' fails with
%% `function_clause'. `Args' is sent as `list_to_tuple(Args)' in the
%% external term format. A pipeline element that is not a 32-bit signed
%% integer raises `badarg'.
%%
%% ```
%% 1> iolist_to_binary(alcove_codec:call(getpid, [], [])). % 36: getpid's call id
%% <<0,0,0,11,0,4,0,0,0,0,0,36,131,104,0>>
%% '''
-spec call(alcove_proto:call(), [alcove:pid_t()], [term()]) -> [binary() | iolist(), ...].
call(Call, Pipeline, Args) ->
    call(Call, Pipeline, Args, 0).

%% @doc Encode a call request carrying the request id `ReqId'. The port
%% echoes the id in its reply (see {@link decode_reqid/1}).
%%
%% ```
%% 1> iolist_to_binary(alcove_codec:call(getpid, [1234], [], 7)).
%% <<0,0,0,21,0,3,0,0,4,210,0,0,0,11,0,4,0,0,0,7,0,36,131,104,0>>
%% '''
-spec call(alcove_proto:call(), [alcove:pid_t()], [term()], reqid()) ->
    [binary() | iolist(), ...].
call(Call, Pipeline, Args, ReqId) when
    is_list(Pipeline),
    is_list(Args),
    is_integer(ReqId),
    ReqId >= 0,
    ReqId =< 16#ffffffff
->
    CallId = alcove_proto:call(Call),
    ArgBin = term_to_binary(list_to_tuple(Args)),
    Len = 2 + 4 + 2 + byte_size(ArgBin),
    Frame = [<<Len:32, ?ALCOVE_MSG_CALL:16, ReqId:32, CallId:16>>, ArgBin],
    proxy(lists:reverse(Pipeline), Frame, 4 + Len).

%% @doc Encode `Data' as stdin for the last process of `Pipeline'.
%%
%% `stdin([], Data)' returns `Data' unchanged: the port has exec'ed and
%% reads raw bytes. Otherwise `Data' is wrapped in a STDIN header for the
%% last pid and a PROXY header for each relay before it. The caller is
%% responsible for keeping each frame below {@link frame_max/0}
%% (`alcove_drv:stdin/3' splits large data).
%%
%% ```
%% 1> iolist_to_binary(alcove_codec:stdin([1234], <<"hi">>)).
%% <<0,0,0,8,0,0,0,0,4,210,104,105>>
%% '''
-spec stdin([alcove:pid_t()], iodata()) -> iodata().
stdin([], Data) ->
    Data;
stdin(Pipeline, Data) when is_list(Pipeline) ->
    [Pid | Relays] = lists:reverse(Pipeline),
    ok = check_pid(Pid),
    Len = 2 + 4 + iolist_size(Data),
    Frame = [<<Len:32, ?ALCOVE_MSG_STDIN:16, Pid:32>>, Data],
    proxy(Relays, Frame, 4 + Len).

%% @doc Split a byte stream into complete frames and the incomplete tail.
%%
%% Each frame includes its 4-byte length prefix. Frames are sub-binaries
%% of `Bin' (nothing is copied), and only the headers are read, so the
%% cost is proportional to the number of frames. The tail is either
%% shorter than a length prefix or shorter than the frame its prefix
%% announces; callers that receive data in chunks should keep the tail and
%% call `stream/1' again only once enough bytes have arrived
%% (`alcove_drv' does).
%%
%% ```
%% 1> alcove_codec:stream(<<0,0,0,11,0,4,0,0,0,0,131,119,2,111,107,0,0,0>>).
%% {[<<0,0,0,11,0,4,0,0,0,0,131,119,2,111,107>>],<<0,0,0>>}
%% '''
-spec stream(binary()) -> {[binary()], binary()}.
stream(Bin) when is_binary(Bin) ->
    stream(Bin, 0, []).

%% @doc Decode one complete frame read from the port.
%%
%% PROXY headers are stripped, their pids collected outermost first:
%%
%% <ul>
%% <li>STDOUT/STDERR from pid P: `{alcove_stdout | alcove_stderr, Pids ++ [P], Data}'</li>
%% <li>CALL: `{alcove_call, Pids, Term}' (the request id is dropped)</li>
%% <li>EVENT, CTL, PIPE: `{alcove_event | alcove_ctl | alcove_pipe, Pids, Term}'</li>
%% <li>WINDOW: `{alcove_window, Pids, {open | grant | closed | gone, N}}', the
%% stdin credit window of the process at `Pids' (doc/PROTOCOL.md); only
%% `alcove_drv' sees these</li>
%% </ul>
%%
%% Every header's length must be exact. A malformed frame fails with
%% `function_clause' (`badarg' if the term itself is not valid external
%% format).
%%
%% ```
%% 1> alcove_codec:decode(<<0,0,0,11,0,4,0,0,0,0,131,119,2,111,107>>).
%% {alcove_call,[],ok}
%% 2> alcove_codec:decode(<<0,0,0,18,0,3,0,0,4,210,0,0,0,8,0,1,0,0,22,46,"hi">>).
%% {alcove_stdout,[1234,5678],<<"hi">>}
%% '''
-spec decode(frame()) -> {type(), [alcove:pid_t()], term()}.
decode(Frame) ->
    decode(Frame, []).

%% @doc {@link decode/1} and, for a CALL reply, its request id (0 for any
%% other frame), in one pass over the headers.
%%
%% ```
%% 1> alcove_codec:decode_frame(<<0,0,0,11,0,4,0,0,0,7,131,119,2,111,107>>).
%% {alcove_call,[],7,ok}
%% '''
-spec decode_frame(frame()) -> {type(), [alcove:pid_t()], reqid(), term()}.
decode_frame(Frame) ->
    frame(Frame, []).

%% @doc Return the pipeline and request id of a CALL reply frame, or
%% `error' for any other frame. Only the headers are read.
%%
%% ```
%% 1> alcove_codec:decode_reqid(<<0,0,0,11,0,4,0,0,0,7,131,119,2,111,107>>).
%% {ok,[],7}
%% '''
-spec decode_reqid(binary()) -> {ok, [alcove:pid_t()], reqid()} | error.
decode_reqid(Frame) ->
    reqid(Frame, []).

%% @doc Return the pipeline and request id of an encoded call request
%% (the output of {@link call/4}), or `error' if `Data' is not one (for
%% example stdin data). Only the leading headers are flattened.
%%
%% ```
%% 1> alcove_codec:request(alcove_codec:call(getpid, [1234], [], 7)).
%% {ok,[1234],7}
%% 2> alcove_codec:request(<<"data">>).
%% error
%% '''
-spec request(iodata()) -> {ok, [alcove:pid_t()], reqid()} | error.
request(Data) ->
    try
        Size = iolist_size(Data),
        {Prefix, _} = take(Data, ?REQUEST_PEEK, []),
        request(iolist_to_binary(Prefix), Size, [])
    catch
        error:badarg -> error
    end.

%% @doc Largest value of a frame's length field accepted by the port
%% (128 MiB), counting every nested header.
%%
%% ```
%% 1> alcove_codec:frame_max().
%% 134217728
%% '''
-spec frame_max() -> ?FRAME_MAX.
frame_max() ->
    ?FRAME_MAX.

%%====================================================================
%% Internal functions
%%====================================================================

%% Wrap Frame (Size bytes, prefix included) in one PROXY header per pid of
%% the reversed pipeline: the last relay is wrapped first.
proxy([], Frame, _Size) ->
    Frame;
proxy([Pid | Rest], Frame, Size) ->
    ok = check_pid(Pid),
    Len = 2 + 4 + Size,
    proxy(Rest, [<<Len:32, ?ALCOVE_MSG_PROXY:16, Pid:32>> | Frame], 4 + Len).

check_pid(Pid) when ?IS_PID32(Pid) ->
    ok;
check_pid(Pid) ->
    erlang:error(badarg, [Pid]).

stream(Bin, Off, Acc) ->
    case Bin of
        <<_:Off/binary, Len:32, _/binary>> when byte_size(Bin) - Off - 4 >= Len ->
            Frame = binary:part(Bin, Off, 4 + Len),
            stream(Bin, Off + 4 + Len, [Frame | Acc]);
        _ ->
            {lists:reverse(Acc), binary:part(Bin, Off, byte_size(Bin) - Off)}
    end.

decode(<<Len:32, Type:16, Body/binary>>, Pids) when byte_size(Body) =:= Len - 2 ->
    decode_body(Type, Body, Pids).

decode_body(?ALCOVE_MSG_PROXY, <<Pid:32/signed, Inner/binary>>, Pids) ->
    decode(Inner, [Pid | Pids]);
decode_body(?ALCOVE_MSG_STDOUT, <<Pid:32/signed, Data/binary>>, Pids) ->
    {alcove_stdout, lists:reverse(Pids, [Pid]), Data};
decode_body(?ALCOVE_MSG_STDERR, <<Pid:32/signed, Data/binary>>, Pids) ->
    {alcove_stderr, lists:reverse(Pids, [Pid]), Data};
decode_body(?ALCOVE_MSG_CALL, <<_ReqId:32, Term/binary>>, Pids) ->
    {alcove_call, lists:reverse(Pids), binary_to_term(Term)};
decode_body(?ALCOVE_MSG_EVENT, Term, Pids) ->
    {alcove_event, lists:reverse(Pids), binary_to_term(Term)};
decode_body(?ALCOVE_MSG_CTL, Term, Pids) ->
    {alcove_ctl, lists:reverse(Pids), binary_to_term(Term)};
decode_body(?ALCOVE_MSG_PIPE, Term, Pids) ->
    {alcove_pipe, lists:reverse(Pids), binary_to_term(Term)};
decode_body(?ALCOVE_MSG_WINDOW, <<Op:8, N:32>>, Pids) ->
    {alcove_window, lists:reverse(Pids), {window_op(Op), N}}.

window_op(0) -> open;
window_op(1) -> grant;
window_op(2) -> closed;
window_op(3) -> gone.

frame(<<Len:32, ?ALCOVE_MSG_PROXY:16, Pid:32/signed, Inner/binary>>, Pids) when
    byte_size(Inner) =:= Len - 6
->
    frame(Inner, [Pid | Pids]);
frame(<<Len:32, ?ALCOVE_MSG_CALL:16, ReqId:32, Term/binary>>, Pids) when
    byte_size(Term) =:= Len - 6
->
    {alcove_call, lists:reverse(Pids), ReqId, binary_to_term(Term)};
frame(Frame, Pids) ->
    {Tag, Pipeline, Term} = decode(Frame, Pids),
    {Tag, Pipeline, 0, Term}.

reqid(<<Len:32, ?ALCOVE_MSG_PROXY:16, Pid:32/signed, Inner/binary>>, Pids) when
    byte_size(Inner) =:= Len - 6
->
    reqid(Inner, [Pid | Pids]);
reqid(<<Len:32, ?ALCOVE_MSG_CALL:16, ReqId:32, Term/binary>>, Pids) when
    byte_size(Term) =:= Len - 6
->
    {ok, lists:reverse(Pids), ReqId};
reqid(_, _) ->
    error.

%% Walk the headers of an outgoing request. Size is the number of bytes
%% of the whole frame that starts at Bin (which may be truncated to the
%% peeked prefix).
request(<<Len:32, ?ALCOVE_MSG_PROXY:16, Pid:32/signed, Inner/binary>>, Size, Pids) when
    Size =:= 4 + Len
->
    request(Inner, Len - 6, [Pid | Pids]);
request(<<Len:32, ?ALCOVE_MSG_CALL:16, ReqId:32, _CallId:16, _/binary>>, Size, Pids) when
    Size =:= 4 + Len, Len >= 8
->
    {ok, lists:reverse(Pids), ReqId};
request(_, _, _) ->
    error.

%% Take up to N bytes from the front of an iolist without flattening the
%% rest. Returns {Prefix, Remaining}.
take(_, 0, Acc) ->
    {lists:reverse(Acc), 0};
take([], N, Acc) ->
    {lists:reverse(Acc), N};
take(B, N, Acc) when is_binary(B) ->
    case byte_size(B) of
        S when S =< N -> {lists:reverse(Acc, [B]), N - S};
        _ -> {lists:reverse(Acc, [binary:part(B, 0, N)]), 0}
    end;
take(C, N, Acc) when is_integer(C), C >= 0, C =< 255 ->
    {lists:reverse(Acc, [C]), N - 1};
take([H | T], N, Acc) ->
    {Prefix, N1} = take(H, N, []),
    take(T, N1, lists:reverse(Prefix, Acc));
take(_, _, _) ->
    erlang:error(badarg).
