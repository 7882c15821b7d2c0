%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @private
%%% @doc Stdin credit windows (pure; used by the `alcove_drv' server).
%%%
%%% The port announces a window for every process it creates and grants
%%% credit back as bytes reach the process's stdin pipe (WINDOW frames,
%%% doc/PROTOCOL.md). Stdin is sent only within the credit of its
%%% pipeline; the rest waits here, per pipeline and in order. The
%%% functions return the frames to write to the port and the replies owed
%%% to callers waiting for a pipeline to drain; the server does the I/O.
-module(alcove_drv_stdin).

-export([new/0, queue/3, window/3, eof/3, forget/2, below/2]).
-export([info/2, drain/3, total/1]).

-export_type([windows/0, reply/0]).

%% The window of one pipeline: the credit the port granted, the data
%% waiting for more, and who waits for it to drain. `close' markers are
%% eof requests made while data was queued: they are sent when everything
%% queued before them was.
-record(window, {
    size :: non_neg_integer(),
    credit :: non_neg_integer(),
    queued = 0 :: non_neg_integer(),
    queue = queue:new() :: queue:queue(binary() | {close, iodata()}),
    drain = [] :: [gen_server:from()]
}).

-record(windows, {
    by = #{} :: #{[alcove:pid_t()] => #window{}},
    % bytes waiting in all windows
    total = 0 :: non_neg_integer()
}).

-opaque windows() :: #windows{}.
-type reply() :: {gen_server:from(), ok | {error, closed}}.

%% Largest stdin payload put in one frame.
-define(STDIN_CHUNK, 65536).

%% Everything written for a pipeline reached the program's pipe.
-define(DRAINED(W), (W#window.queued =:= 0 andalso W#window.credit =:= W#window.size)).

%% @doc No windows.
-spec new() -> windows().
new() ->
    #windows{}.

%% @doc Stdin for Pipeline: queued and sent as its window allows. Without
%% a window (the port answers badpid for a process that is not there, or
%% discards data for a closed stdin) the data is sent as it is.
-spec queue([alcove:pid_t()], binary(), windows()) -> {[iodata()], windows()}.
queue(_Pipeline, <<>>, Ws) ->
    {[], Ws};
queue(Pipeline, Bin, #windows{by = By, total = Total} = Ws) ->
    case By of
        #{Pipeline := #window{queued = Queued, queue = Q} = W} ->
            W1 = W#window{queued = Queued + byte_size(Bin), queue = queue:in(Bin, Q)},
            {Sends, [], Ws1} = flush(Pipeline, W1, Ws#windows{total = Total + byte_size(Bin)}, []),
            {Sends, Ws1};
        _ ->
            {[alcove_codec:stdin(Pipeline, Part) || Part <- split(Bin, 0, [])], Ws}
    end.

%% @doc A WINDOW frame from the port about Pipeline.
-spec window([alcove:pid_t()], {open | grant | closed | gone, non_neg_integer()}, windows()) ->
    {[iodata()], [reply()], windows()}.
window(Pipeline, {open, N}, Ws) ->
    {Replies, #windows{by = By} = Ws1} = forget(Pipeline, Ws),
    {[], Replies, Ws1#windows{by = By#{Pipeline => #window{size = N, credit = N}}}};
window(Pipeline, {grant, N}, #windows{by = By} = Ws) ->
    case By of
        #{Pipeline := #window{credit = Credit} = W} ->
            flush(Pipeline, W#window{credit = Credit + N}, Ws, []);
        _ ->
            {[], [], Ws}
    end;
window(Pipeline, {closed, _}, Ws) ->
    {Replies, Ws1} = forget(Pipeline, Ws),
    {[], Replies, Ws1};
window(Pipeline, {gone, _}, Ws) ->
    {Replies1, Ws1} = forget(Pipeline, Ws),
    {Replies2, Ws2} = below(Pipeline, Ws1),
    {[], Replies1 ++ Replies2, Ws2}.

%% @doc An eof for Pipeline: `{queued, Windows}' if data still waits (the
%% close request Data goes out once it is sent), `now' otherwise.
-spec eof([alcove:pid_t()], iodata(), windows()) -> {queued, windows()} | now.
eof(Pipeline, Data, #windows{by = By} = Ws) ->
    case By of
        #{Pipeline := #window{queued = Queued, queue = Q} = W} when Queued > 0 ->
            {queued, Ws#windows{by = By#{Pipeline := W#window{queue = queue:in({close, Data}, Q)}}}};
        _ ->
            now
    end.

%% @doc The window of Pipeline is closed: what it holds is discarded.
-spec forget([alcove:pid_t()], windows()) -> {[reply()], windows()}.
forget(Pipeline, #windows{by = By} = Ws) ->
    case maps:take(Pipeline, By) of
        {W, By1} -> drop(W, Ws#windows{by = By1});
        error -> {[], Ws}
    end.

%% @doc The process at Pipeline can no longer relay: the windows below it
%% are closed.
-spec below([alcove:pid_t()], windows()) -> {[reply()], windows()}.
below(_Pipeline, #windows{by = By} = Ws) when map_size(By) =:= 0 ->
    {[], Ws};
below(Pipeline, #windows{by = By} = Ws) ->
    Gone = [P || P <- maps:keys(By), P =/= Pipeline, lists:prefix(Pipeline, P)],
    lists:foldl(
        fun(P, {Acc, WsAcc}) ->
            {Replies, WsAcc1} = forget(P, WsAcc),
            {Replies ++ Acc, WsAcc1}
        end,
        {[], Ws},
        Gone
    ).

%% @doc Bytes waiting for credit and bytes sent but not yet written to the
%% pipe, for Pipeline.
-spec info([alcove:pid_t()], windows()) ->
    #{queued := non_neg_integer(), unacked := non_neg_integer()}.
info(Pipeline, #windows{by = By}) ->
    case By of
        #{Pipeline := #window{size = Size, credit = Credit, queued = Queued}} ->
            #{queued => Queued, unacked => Size - Credit};
        _ ->
            #{queued => 0, unacked => 0}
    end.

%% @doc From waits for Pipeline to drain: `done' if it has, or the windows
%% with From to be answered when it does (or is closed).
-spec drain([alcove:pid_t()], gen_server:from(), windows()) -> done | {wait, windows()}.
drain(Pipeline, From, #windows{by = By} = Ws) ->
    case By of
        #{Pipeline := #window{drain = Drain} = W} when not ?DRAINED(W) ->
            {wait, Ws#windows{by = By#{Pipeline := W#window{drain = [From | Drain]}}}};
        _ ->
            done
    end.

%% @doc Bytes waiting for credit in all windows.
-spec total(windows()) -> non_neg_integer().
total(#windows{total = Total}) ->
    Total.

%%--------------------------------------------------------------------

%% Send queued data while there is credit, and close markers as they come.
flush(Pipeline, #window{credit = Credit, queue = Q, queued = Queued} = W, Ws, Sends) ->
    case queue:out(Q) of
        {{value, {close, Data}}, Q1} ->
            flush(Pipeline, W#window{queue = Q1}, Ws, [Data | Sends]);
        {{value, Bin}, Q1} when Credit > 0 ->
            N = min(min(Credit, ?STDIN_CHUNK), byte_size(Bin)),
            Frame = alcove_codec:stdin(Pipeline, binary:part(Bin, 0, N)),
            Q2 =
                case byte_size(Bin) of
                    N -> Q1;
                    Size -> queue:in_r(binary:part(Bin, N, Size - N), Q1)
                end,
            flush(
                Pipeline,
                W#window{credit = Credit - N, queue = Q2, queued = Queued - N},
                Ws#windows{total = Ws#windows.total - N},
                [Frame | Sends]
            );
        _ ->
            {W1, Replies} =
                case ?DRAINED(W) of
                    true -> {W#window{drain = []}, [{From, ok} || From <- W#window.drain]};
                    false -> {W, []}
                end,
            {lists:reverse(Sends), Replies, Ws#windows{by = (Ws#windows.by)#{Pipeline => W1}}}
    end.

drop(#window{queued = Queued, drain = Drain} = W, #windows{total = Total} = Ws) ->
    Reply =
        case ?DRAINED(W) of
            true -> ok;
            false -> {error, closed}
        end,
    {[{From, Reply} || From <- Drain], Ws#windows{total = Total - Queued}}.

split(Bin, Off, Acc) when byte_size(Bin) - Off =< ?STDIN_CHUNK ->
    lists:reverse(Acc, [binary:part(Bin, Off, byte_size(Bin) - Off)]);
split(Bin, Off, Acc) ->
    split(Bin, Off + ?STDIN_CHUNK, [binary:part(Bin, Off, ?STDIN_CHUNK) | Acc]).
