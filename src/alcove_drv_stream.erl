%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @private
%%% @doc Reassembly of the port's byte stream into frames (pure; used by
%%% the `alcove_drv' server).
%%%
%%% Port data arrives in chunks that cut frames anywhere. Chunks are kept
%%% as they come and joined only once the first frame is whole, so a large
%%% frame arriving in many chunks is copied a bounded number of times.
-module(alcove_drv_stream).

-export([new/0, feed/2, take_all/1]).

-export_type([stream/0]).

-record(stream, {
    % nothing is split before `need' bytes (the first frame) are there
    need = 4 :: pos_integer(),
    size = 0 :: non_neg_integer(),
    % newest first
    chunks = [] :: [binary()]
}).

-opaque stream() :: #stream{}.

%% Leftover partial frames shorter than this are copied so that they do
%% not keep a large chunk of port data alive.
-define(COPY_TAIL, 4096).

%% @doc An empty stream.
-spec new() -> stream().
new() ->
    #stream{}.

%% @doc Add port data; returns the frames now complete, in order, and a
%% malformed header (`{malformed, Len}') if one was found: what follows
%% it cannot be split and is dropped.
-spec feed(binary(), stream()) -> {[binary()], ok | {malformed, non_neg_integer()}, stream()}.
feed(<<>>, S) ->
    {[], ok, S};
feed(Data, #stream{need = Need, size = Size, chunks = Chunks} = S) ->
    Size1 = Size + byte_size(Data),
    case Size1 < Need of
        true ->
            {[], ok, S#stream{size = Size1, chunks = [Data | Chunks]}};
        false ->
            Bin =
                case Chunks of
                    [] -> Data;
                    _ -> iolist_to_binary(lists:reverse(Chunks, [Data]))
                end,
            {Frames, Rest} = alcove_codec:stream(Bin),
            {Status, S1} = rest(Rest),
            {Frames, Status, S1}
    end.

%% @doc Everything buffered, undecoded (a partial frame), and an empty
%% stream: the port exec'd and what follows is raw data.
-spec take_all(stream()) -> {binary(), stream()}.
take_all(#stream{chunks = Chunks}) ->
    {iolist_to_binary(lists:reverse(Chunks)), #stream{}}.

rest(<<>>) ->
    {ok, #stream{}};
rest(<<Len:32, _/binary>>) when Len < 2 ->
    {{malformed, Len}, #stream{}};
rest(<<Len:32, _/binary>> = Rest) ->
    case Len > alcove_codec:frame_max() of
        true -> {{malformed, Len}, #stream{}};
        false -> {ok, partial(Rest, 4 + Len)}
    end;
rest(Rest) ->
    {ok, partial(Rest, 4)}.

partial(Rest0, Need) ->
    Rest =
        case byte_size(Rest0) < ?COPY_TAIL of
            true -> binary:copy(Rest0);
            false -> Rest0
        end,
    #stream{need = Need, size = byte_size(Rest), chunks = [Rest]}.
