%%% Copyright (c) 2026, the alcove authors. See LICENSE.
%%%
%%% Pure tests of alcove_codec (no port): framing of requests and stdin,
%%% decoding of replies, stream splitting and malformed input.
-module(alcove_codec_SUITE).

-include_lib("common_test/include/ct.hrl").

-export([all/0, suite/0]).
-export([
    decode/1,
    decode_stdio/1,
    decode_types/1,
    encode_call/1,
    encode_stdin/1,
    request_header/1,
    negative_pid/1,
    bad_pid/1,
    stream_split/1,
    stream_every_position/1,
    stream_large/1,
    malformed/1,
    prop_roundtrip/1,
    decode_frame_once/1,
    drv_stream_chunks/1,
    drv_stream_output/1,
    drv_stream_malformed/1,
    drv_stdin_credit/1,
    drv_stdin_close_and_below/1
]).

-define(PROXY, 3).
-define(CALL, 4).

suite() ->
    [{timetrap, {minutes, 2}}].

all() ->
    [
        decode,
        decode_stdio,
        decode_types,
        encode_call,
        encode_stdin,
        request_header,
        negative_pid,
        bad_pid,
        stream_split,
        stream_every_position,
        stream_large,
        malformed,
        prop_roundtrip,
        decode_frame_once,
        drv_stream_chunks,
        drv_stream_output,
        drv_stream_malformed,
        drv_stdin_credit,
        drv_stdin_close_and_below
    ].

%%====================================================================
%% Cases
%%====================================================================

decode(_Config) ->
    % A reply nested in three PROXY headers decodes to the full pipeline and the term.
    Frame = proxy([295, 551, 807], reply(7, <<"0.2.0">>)),
    {alcove_call, [295, 551, 807], <<"0.2.0">>} = alcove_codec:decode(Frame),
    {ok, [295, 551, 807], 7} = alcove_codec:decode_reqid(Frame),
    {alcove_call, [], ok} = alcove_codec:decode(reply(0, ok)).

decode_stdio(_Config) ->
    % STDOUT and STDERR frames append their own pid and keep the data raw.
    Out = proxy([10, 20], frame(1, <<30:32, "out">>)),
    {alcove_stdout, [10, 20, 30], <<"out">>} = alcove_codec:decode(Out),
    Err = frame(2, <<30:32, "err">>),
    {alcove_stderr, [30], <<"err">>} = alcove_codec:decode(Err),
    {alcove_stdout, [1], <<>>} = alcove_codec:decode(frame(1, <<1:32>>)),
    error = alcove_codec:decode_reqid(Out).

decode_types(_Config) ->
    % EVENT, CTL and PIPE frames decode to their tag with the pipeline of the PROXY headers.
    {alcove_event, [5], {exit_status, 0}} =
        alcove_codec:decode(proxy([5], frame(5, term_to_binary({exit_status, 0})))),
    {alcove_ctl, [5, 6], badpid} =
        alcove_codec:decode(proxy([5, 6], frame(6, term_to_binary(badpid)))),
    {alcove_pipe, [], 12} = alcove_codec:decode(frame(7, term_to_binary(12))).

encode_call(_Config) ->
    % call/3,4 nest one PROXY header per pid around a CALL with the request id and call id.
    Id = alcove_proto:call(getpid),
    Args = term_to_binary({}),
    Call = <<(8 + byte_size(Args)):32, ?CALL:16, 0:32, Id:16, Args/binary>>,
    Call = iolist_to_binary(alcove_codec:call(getpid, [], [])),
    Wrapped = proxy([1, 2], Call),
    Wrapped = iolist_to_binary(alcove_codec:call(getpid, [1, 2], [])),
    Call9 = <<(8 + byte_size(Args)):32, ?CALL:16, 9:32, Id:16, Args/binary>>,
    Call9 = iolist_to_binary(alcove_codec:call(getpid, [], [], 9)),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:call(no_such_call, [], [])),
    % arguments are the external format of the argument tuple
    <<_:10/binary, Id2:16, ArgBin/binary>> =
        iolist_to_binary(alcove_codec:call(chdir, [], [<<"/tmp">>], 1)),
    Id2 = alcove_proto:call(chdir),
    {<<"/tmp">>} = binary_to_term(ArgBin).

encode_stdin(_Config) ->
    % stdin/2 leaves [] data unframed and wraps STDIN for the last pid in PROXY headers.
    <<"raw">> = alcove_codec:stdin([], <<"raw">>),
    "raw" = alcove_codec:stdin([], "raw"),
    <<0, 0, 0, 8, 0, 0, 0, 0, 0, 7, "hi">> = iolist_to_binary(alcove_codec:stdin([7], ["h", $i])),
    Inner = <<0, 0, 0, 8, 0, 0, 0, 0, 0, 2, "hi">>,
    Outer = proxy([1], Inner),
    Outer = iolist_to_binary(alcove_codec:stdin([1, 2], <<"hi">>)),
    error = alcove_codec:request(alcove_codec:stdin([1, 2], <<"hi">>)).

request_header(_Config) ->
    % request/1 reads the pipeline and request id of an encoded call without flattening it.
    {ok, [], 5} = alcove_codec:request(alcove_codec:call(getpid, [], [], 5)),
    {ok, [1, 2, 3], 16#ffffffff} =
        alcove_codec:request(alcove_codec:call(getpid, [1, 2, 3], [], 16#ffffffff)),
    Big = binary:copy(<<"x">>, 1 bsl 20),
    {ok, [4], 6} = alcove_codec:request(alcove_codec:call(iolist_to_bin, [4], [Big], 6)),
    Deep = lists:seq(1, 255),
    {ok, Deep, 1} = alcove_codec:request(alcove_codec:call(getpid, Deep, [], 1)),
    error = alcove_codec:request(<<"garbage">>),
    error = alcove_codec:request([<<0, 0>>, foo]),
    % a wrong outer length is not taken for a request
    <<Len:32, Body/binary>> = iolist_to_binary(alcove_codec:call(getpid, [7], [], 5)),
    error = alcove_codec:request(<<(Len + 1):32, Body/binary, 0>>),
    error = alcove_codec:request(<<Len:32, Body/binary, 0>>).

negative_pid(_Config) ->
    % Pids are signed 32-bit on the wire: [-1] round-trips, so its badpid matches the call.
    {ok, [-1], 3} = alcove_codec:request(alcove_codec:call(getpid, [-1], [], 3)),
    <<_:6/binary, 16#ffffffff:32, _/binary>> =
        iolist_to_binary(alcove_codec:call(getpid, [-1], [])),
    {alcove_ctl, [-1], badpid} =
        alcove_codec:decode(
            frame(?PROXY, <<16#ffffffff:32, (frame(6, term_to_binary(badpid)))/binary>>)
        ),
    {alcove_ctl, [-2147483648], badpid} =
        alcove_codec:decode(proxy([-2147483648], frame(6, term_to_binary(badpid)))).

bad_pid(_Config) ->
    % A pid that is not a 32-bit signed integer is refused (badarg), never truncated.
    {'EXIT', {badarg, _}} = (catch alcove_codec:call(getpid, [1 bsl 32], [])),
    {'EXIT', {badarg, _}} = (catch alcove_codec:call(getpid, [1 bsl 31], [])),
    {'EXIT', {badarg, _}} = (catch alcove_codec:call(getpid, [foo], [])),
    {'EXIT', {badarg, _}} = (catch alcove_codec:stdin([1, 1 bsl 40], <<"x">>)),
    _ = alcove_codec:call(getpid, [16#7fffffff], []),
    ok.

stream_split(_Config) ->
    % stream/1 returns the complete frames, prefix included, and the incomplete tail.
    Hello = reply(0, ok),
    {[Hello], <<0, 0, 0>>} = alcove_codec:stream(<<Hello/binary, 0, 0, 0>>),
    {[Hello, Hello], <<>>} = alcove_codec:stream(<<Hello/binary, Hello/binary>>),
    {[], <<>>} = alcove_codec:stream(<<>>),
    Part = binary:part(Hello, 0, 9),
    {[Hello], Part} = alcove_codec:stream(<<Hello/binary, Part/binary>>),
    % zero-length bodies are split too (decode/1 then rejects them)
    {[<<0, 0, 0, 0>>], <<>>} = alcove_codec:stream(<<0, 0, 0, 0>>).

stream_every_position(_Config) ->
    % Cutting a stream of frames at any byte position and feeding both halves gives the same frames.
    Frames = [
        reply(1, ok),
        proxy([3, 4], frame(1, <<5:32, "data">>)),
        frame(6, term_to_binary(fdctl_closed)),
        proxy([9], reply(2, {ok, <<"abc">>}))
    ],
    Stream = iolist_to_binary(Frames),
    lists:foreach(
        fun(Cut) ->
            <<A:Cut/binary, B/binary>> = Stream,
            {F1, Rest} = alcove_codec:stream(A),
            {F2, <<>>} = alcove_codec:stream(<<Rest/binary, B/binary>>),
            Frames = F1 ++ F2
        end,
        lists:seq(0, byte_size(Stream))
    ).

stream_large(_Config) ->
    % Splitting 64 MiB arriving in 4 KiB chunks, keeping only the tail, is linear (no timeout).
    Payload = binary:copy(<<"y">>, 1000000),
    Frame = proxy([42], frame(1, <<43:32, Payload/binary>>)),
    Stream = binary:copy(Frame, 64 * 1048576 div byte_size(Frame) + 1),
    {N, Bytes} = feed(Stream, 0, 4096, {4, 0, []}, {0, 0}),
    true = N =:= byte_size(Stream) div byte_size(Frame),
    Bytes = byte_size(Stream),
    % one large frame split in one call
    Zeros = binary:copy(<<0>>, 64 bsl 20),
    {[Big], <<>>} = alcove_codec:stream(proxy([1], frame(1, <<2:32, Zeros/binary>>))),
    {alcove_stdout, [1, 2], Data} = alcove_codec:decode(Big),
    true = byte_size(Data) =:= 64 bsl 20.

malformed(_Config) ->
    % decode/1 rejects wrong lengths, unknown or downward types and short headers.
    Hello = reply(0, ok),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(<<Hello/binary, 0>>)),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(binary:part(Hello, 0, 8))),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(<<>>)),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(<<0, 0, 0, 0>>)),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(<<0, 0, 0, 1, 0>>)),
    % unknown type, and STDIN which only travels downwards
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(frame(8, <<131, 106>>))),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(frame(0, <<1:32, "x">>))),
    % a PROXY whose inner frame length disagrees with the outer one
    Bad = frame(?PROXY, <<7:32, Hello/binary, 0>>),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(Bad)),
    error = alcove_codec:decode_reqid(Bad),
    % a truncated PROXY or STDOUT header
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(frame(?PROXY, <<1, 2>>))),
    {'EXIT', {function_clause, _}} = (catch alcove_codec:decode(frame(1, <<1, 2>>))),
    % a body that is not an external term
    {'EXIT', {badarg, _}} = (catch alcove_codec:decode(frame(?CALL, <<0:32, 1, 2, 3>>))),
    ok.

prop_roundtrip(_Config) ->
    % For random pipelines, request ids and terms, what is encoded decodes back unchanged.
    true = proper:quickcheck(roundtrip(), [{numtests, 500}, {to_file, user}]),
    true = proper:quickcheck(stdin_roundtrip(), [{numtests, 300}, {to_file, user}]).

%%====================================================================
%% Properties
%%====================================================================

%% Debian's erlang-proper ships no proper.hrl, so the properties call
%% proper:forall/2 and proper_types directly instead of ?FORALL.

pid32() ->
    proper_types:integer(-16#80000000, 16#7fffffff).

roundtrip() ->
    proper:forall(
        {
            proper_types:list(pid32()),
            proper_types:integer(0, 16#ffffffff),
            proper_types:list(proper_types:any()),
            proper_types:any()
        },
        fun({Pipeline, ReqId, Args, Reply}) ->
            Req = alcove_codec:call(getpid, Pipeline, Args, ReqId),
            {ok, Pipeline, ReqId} = alcove_codec:request(Req),
            % what the port sends back for it
            Frame = proxy(Pipeline, reply(ReqId, Reply)),
            {[Frame], <<>>} = alcove_codec:stream(Frame),
            {ok, Pipeline, ReqId} = alcove_codec:decode_reqid(Frame),
            {alcove_call, Pipeline, Reply} =:= alcove_codec:decode(Frame) andalso
                Args =:= tuple_to_list(binary_to_term(call_args(Req, length(Pipeline))))
        end
    ).

stdin_roundtrip() ->
    proper:forall(
        {proper_types:non_empty(proper_types:list(pid32())), proper_types:binary()},
        fun({Pipeline, Data}) ->
            Bin = iolist_to_binary(alcove_codec:stdin(Pipeline, Data)),
            % the relays' headers are PROXY, the last one STDIN for the last pid
            {Relays, Inner} = unproxy(Bin, []),
            <<Len:32, 0:16, Pid:32/signed, Payload/binary>> = Inner,
            Relays ++ [Pid] =:= Pipeline andalso Payload =:= Data andalso
                Len =:= byte_size(Inner) - 4
        end
    ).

%%====================================================================
%% Helpers
%%====================================================================

frame(Type, Body) ->
    <<(2 + byte_size(Body)):32, Type:16, Body/binary>>.

reply(ReqId, Term) ->
    frame(?CALL, <<ReqId:32, (term_to_binary(Term))/binary>>).

proxy(Pids, Frame) ->
    lists:foldr(fun(Pid, Inner) -> frame(?PROXY, <<Pid:32, Inner/binary>>) end, Frame, Pids).

unproxy(<<Len:32, ?PROXY:16, Pid:32/signed, Inner/binary>>, Pids) when
    byte_size(Inner) =:= Len - 6
->
    unproxy(Inner, [Pid | Pids]);
unproxy(Frame, Pids) ->
    {lists:reverse(Pids), Frame}.

call_args(Req, Depth) ->
    Bin = iolist_to_binary(Req),
    Skip = 10 * Depth + 12,
    <<_:Skip/binary, Args/binary>> = Bin,
    Args.

%% Feed Stream to stream/1 in chunks the way alcove_drv does: chunks are
%% kept in a list and joined only once the first frame is complete.
%% Returns {Frames, Bytes} seen.
feed(Stream, Off, _Chunk, _Buf, Acc) when Off >= byte_size(Stream) ->
    Acc;
feed(Stream, Off, Chunk, {Need, Size, Chunks}, {N, Bytes}) ->
    Len = min(Chunk, byte_size(Stream) - Off),
    Data = binary:part(Stream, Off, Len),
    Size1 = Size + Len,
    case Size1 < Need of
        true ->
            feed(Stream, Off + Len, Chunk, {Need, Size1, [Data | Chunks]}, {N, Bytes});
        false ->
            {Frames, Rest} = alcove_codec:stream(iolist_to_binary(lists:reverse(Chunks, [Data]))),
            Need1 =
                case Rest of
                    <<L:32, _/binary>> -> 4 + L;
                    _ -> 4
                end,
            Acc = {N + length(Frames), Bytes + iolist_size(Frames)},
            case Rest of
                <<>> -> feed(Stream, Off + Len, Chunk, {4, 0, []}, Acc);
                _ -> feed(Stream, Off + Len, Chunk, {Need1, byte_size(Rest), [Rest]}, Acc)
            end
    end.

%% decode_frame/1 is decode/1 plus the request id of a reply.
decode_frame_once(_Config) ->
    F1 = proxy([295, 551], reply(7, {ok, 3})),
    {alcove_call, [295, 551], 7, {ok, 3}} = alcove_codec:decode_frame(F1),
    F2 = reply(9, ok),
    {alcove_call, [], 9, ok} = alcove_codec:decode_frame(F2),
    F3 = proxy([12], frame(6, term_to_binary(badpid))),
    {alcove_ctl, [12], 0, badpid} = alcove_codec:decode_frame(F3),
    F4 = proxy([12], frame(8, <<1, 65536:32>>)),
    {alcove_window, [12], 0, {grant, 65536}} = alcove_codec:decode_frame(F4),
    % the same as decode/1 otherwise
    lists:foreach(
        fun(F) ->
            {T, P, _, X} = alcove_codec:decode_frame(F),
            {T, P, X} = alcove_codec:decode(F)
        end,
        [F1, F2, F3, F4]
    ).

%% alcove_drv_stream gives the same frames whatever the chunking.
drv_stream_chunks(_Config) ->
    Frames = [
        reply(1, ok),
        proxy([3, 4], frame(1, <<5:32, (binary:copy(<<"d">>, 10000))/binary>>)),
        frame(6, term_to_binary(fdctl_closed)),
        proxy([9], reply(2, {ok, <<"abc">>}))
    ],
    Stream = iolist_to_binary(Frames),
    ok = same_frames_chunked(Frames, [1, 2, 3, 5, 7, 100, 4096, byte_size(Stream)]),
    % a partial frame is handed back whole on take_all
    {[], ok, S1} = alcove_drv_stream:feed(binary:part(Stream, 0, 9), alcove_drv_stream:new()),
    {Part, _} = alcove_drv_stream:take_all(S1),
    Part = binary:part(Stream, 0, 9).

%% Fed in chunks of each size, the stream of Frames gives Frames back and
%% leaves nothing buffered.
same_frames_chunked(Frames, Sizes) ->
    Stream = iolist_to_binary(Frames),
    lists:foreach(
        fun(Size) ->
            {Got, S} = chunked(Stream, Size, alcove_drv_stream:new(), []),
            Frames = Got,
            {<<>>, _} = alcove_drv_stream:take_all(S)
        end,
        Sizes
    ).

chunked(<<>>, _Size, S, Acc) ->
    {lists:append(lists:reverse(Acc)), S};
chunked(Bin, Size, S, Acc) ->
    N = min(Size, byte_size(Bin)),
    <<Chunk:N/binary, Rest/binary>> = Bin,
    {Frames, ok, S1} = alcove_drv_stream:feed(Chunk, S),
    chunked(Rest, Size, S1, [Frames | Acc]).

%% A stream of output frames of 64 KiB, read 64 KiB at a time wherever
%% the frames begin (as the VM reads the port), or in other sizes: the
%% same frames, and each one whole.
drv_stream_output(_Config) ->
    Frames = [
        case N rem 3 of
            0 -> frame(1, <<N:32, (binary:copy(<<N>>, 65526))/binary>>);
            1 -> proxy([N, N + 1], frame(1, <<N:32, (binary:copy(<<N>>, 65506))/binary>>));
            2 -> proxy([N], reply(N, ok))
        end
     || N <- lists:seq(1, 30)
    ],
    Stream = iolist_to_binary(Frames),
    ok = same_frames_chunked(Frames, [65536, 65536 - 10, 65536 + 3, 4, 1000, 200000, byte_size(Stream)]),
    % after a frame split over two pieces, the frames after it in the
    % second piece are parts of it, not copies
    [F1, F2] = lists:sublist(Frames, 3, 2),
    Two = <<F1/binary, F2/binary>>,
    Cut = byte_size(F1) - 100,
    <<A:Cut/binary, B0/binary>> = Two,
    B = binary:copy(B0),
    {[], ok, S1} = alcove_drv_stream:feed(A, alcove_drv_stream:new()),
    {[F1, F2], ok, _} = alcove_drv_stream:feed(B, S1),
    {[F1, G2], ok, _} = alcove_drv_stream:feed(B, S1),
    true = binary:referenced_byte_size(G2) =:= byte_size(B).

%% A header that cannot be skipped is reported and the stream restarts.
drv_stream_malformed(_Config) ->
    {[], {malformed, 1}, S0} = alcove_drv_stream:feed(<<1:32>>, alcove_drv_stream:new()),
    % kept until discarded (it may be a program's output after an exec)
    {<<1:32>>, _} = alcove_drv_stream:take_all(S0),
    S = alcove_drv_stream:discard(S0),
    {[], {malformed, _}, _} = alcove_drv_stream:feed(<<16#7fffffff:32>>, S),
    Good = reply(1, ok),
    {[Good], ok, _} = alcove_drv_stream:feed(Good, S),
    % after an exec announcement nothing is split, and discard keeps it all
    {hold, H} = alcove_drv_stream:announced([], S),
    {[], ok, H1} = alcove_drv_stream:feed(<<"hello\n">>, H),
    {<<"hello\n">>, _} = alcove_drv_stream:take_all(alcove_drv_stream:discard(H1)),
    {{refeed, <<"hello\n">>}, _} = alcove_drv_stream:fdctl_resume(H1),
    {exec, _} = alcove_drv_stream:fdctl_eof(H1).

%% Stdin is sent within the credit only; grants release the rest, in order.
drv_stdin_credit(_Config) ->
    P = [100],
    W0 = alcove_drv_stdin:new(),
    % no window: sent as it is
    {[_], W0} = alcove_drv_stdin:queue(P, <<"x">>, W0),
    {[], [], W1} = alcove_drv_stdin:window(P, {open, 100}, W0),
    Data = list_to_binary([I rem 256 || I <- lists:seq(1, 250)]),
    {S1, W2} = alcove_drv_stdin:queue(P, Data, W1),
    100 = sent(P, S1),
    #{queued := 150, unacked := 100} = alcove_drv_stdin:info(P, W2),
    150 = alcove_drv_stdin:total(W2),
    {wait, W3} = alcove_drv_stdin:drain(P, from1, W2),
    {S2, [], W4} = alcove_drv_stdin:window(P, {grant, 60}, W3),
    60 = sent(P, S2),
    {S3, [], W5} = alcove_drv_stdin:window(P, {grant, 100}, W4),
    90 = sent(P, S3),
    Data = iolist_to_binary([payload(F) || F <- S1 ++ S2 ++ S3]),
    #{queued := 0, unacked := 90} = alcove_drv_stdin:info(P, W5),
    % everything acknowledged: the drain waiter is answered
    {[], [{from1, ok}], W6} = alcove_drv_stdin:window(P, {grant, 90}, W5),
    done = alcove_drv_stdin:drain(P, from2, W6),
    % an eof waits behind queued data and goes out after it
    {_, W7} = alcove_drv_stdin:queue(P, binary:copy(<<"z">>, 150), W6),
    {queued, W8} = alcove_drv_stdin:eof(P, close_request, W7),
    {S4, [], _} = alcove_drv_stdin:window(P, {grant, 100}, W8),
    [close_request | _] = lists:reverse(S4),
    now = alcove_drv_stdin:eof([999], close_request, W8).

%% A closed window drops its data and tells the drain waiters; a process
%% gone takes the windows below it along.
drv_stdin_close_and_below(_Config) ->
    {[], [], W0} = alcove_drv_stdin:window([1], {open, 10}, alcove_drv_stdin:new()),
    {[], [], W1} = alcove_drv_stdin:window([1, 2], {open, 10}, W0),
    {[], [], W2} = alcove_drv_stdin:window([1, 2, 3], {open, 10}, W1),
    {_, W3} = alcove_drv_stdin:queue([1, 2, 3], binary:copy(<<"a">>, 50), W2),
    {wait, W4} = alcove_drv_stdin:drain([1, 2, 3], waiter, W3),
    40 = alcove_drv_stdin:total(W4),
    {[], [{waiter, {error, closed}}], W5} = alcove_drv_stdin:window([1, 2], {gone, 0}, W4),
    0 = alcove_drv_stdin:total(W5),
    #{queued := 0, unacked := 0} = alcove_drv_stdin:info([1, 2, 3], W5),
    #{unacked := 0} = alcove_drv_stdin:info([1], W5),
    {[], [], W6} = alcove_drv_stdin:window([1], {closed, 0}, W5),
    {[_], _} = alcove_drv_stdin:queue([1], <<"after close">>, W6).

sent(P, Frames) ->
    lists:sum([byte_size(payload(F)) || F <- Frames, is_stdin(P, F)]).

is_stdin(_P, F) ->
    is_list(F) orelse is_binary(F).

payload(F) ->
    <<_:32, 0:16, _:32, Data/binary>> = iolist_to_binary(F),
    Data.
