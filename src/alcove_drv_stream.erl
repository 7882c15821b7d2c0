%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @private
%%% @doc Reassembly of the port's byte stream into frames (pure; used by
%%% the `alcove_drv' server).
%%%
%%% Port data arrives in chunks that cut frames anywhere. Chunks are kept
%%% as they come and joined only once the first frame is whole, so a large
%%% frame arriving in many chunks is copied a bounded number of times.
%%%
%%% The port's exec: after its announcement (CTL exec, the last frame
%%% before the exec) nothing is split any more: bytes are held until the
%%% control FIFO tells whether the exec happened (end of file: the held
%%% bytes are the program's output) or not (a resume byte: they are
%%% frames again). A resume or the end of file may come before the
%%% announcement.
-module(alcove_drv_stream).

-export([new/0, feed/2, take_all/1, discard/1]).
-export([announced/2, fdctl_eof/1, fdctl_resume/1]).

-export_type([stream/0]).

-record(stream, {
    % nothing is split before `need' bytes (the first frame) are there
    need = 4 :: pos_integer(),
    size = 0 :: non_neg_integer(),
    % newest first
    chunks = [] :: [binary()],
    % after an exec announcement: the bytes that followed it
    held = undefined :: undefined | iodata(),
    resumes = 0 :: non_neg_integer(),
    eof = false :: boolean()
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
%% malformed header (`{malformed, Len}') if one follows them: it cannot
%% be split, and unless the frames announced an exec (the bytes are then
%% the program's output) the caller drops it with {@link discard/1}.
-spec feed(binary(), stream()) -> {[binary()], ok | {malformed, non_neg_integer()}, stream()}.
feed(<<>>, S) ->
    {[], ok, S};
feed(Data, #stream{held = Held} = S) when Held =/= undefined ->
    {[], ok, S#stream{held = [Held, Data]}};
feed(Data, #stream{chunks = []} = S) ->
    {Frames, Rest} = alcove_codec:stream(Data),
    {Status, S1} = rest(Rest),
    {Frames, Status, keep(S, S1)};
feed(Data, #stream{need = Need, size = Size, chunks = Chunks} = S) ->
    Size1 = Size + byte_size(Data),
    case Size1 < Need of
        true ->
            {[], ok, S#stream{size = Size1, chunks = [Data | Chunks]}};
        false ->
            % Complete the partial frame (or its length) with the head of
            % Data only: the rest of Data is split where it lies, not
            % copied. The VM reads the port 64 KiB at a time, wherever the
            % frames begin, so most frames of a stream of output arrive in
            % two pieces: each byte is copied once here, not twice.
            Head = Need - Size,
            <<H:Head/binary, Tail/binary>> = Data,
            Bin = iolist_to_binary(lists:reverse(Chunks, [H])),
            {Frames0, Rest} = alcove_codec:stream(Bin),
            case rest(Rest) of
                {ok, #stream{chunks = []}} ->
                    % Bin was the frame, whole
                    {Frames1, Status, S1} = feed(Tail, keep(S, #stream{})),
                    {Frames0 ++ Frames1, Status, S1};
                {ok, S1} ->
                    % Bin was the length of a frame still to come
                    feed(Tail, keep(S, S1));
                {Malformed, #stream{size = N, chunks = C} = S1} ->
                    S2 = S1#stream{size = N + byte_size(Tail), chunks = [Tail | C]},
                    {Frames0, Malformed, keep(S, S2)}
            end
    end.

keep(#stream{resumes = R, eof = E}, S1) ->
    S1#stream{resumes = R, eof = E}.

%% @doc Drop what is buffered (a malformed header and what followed it),
%% unless an exec announcement holds it.
-spec discard(stream()) -> stream().
discard(#stream{held = undefined} = S) ->
    S#stream{need = 4, size = 0, chunks = []};
discard(S) ->
    S.

%% @doc Everything buffered, undecoded (a partial frame), and an empty
%% stream: the port exec'd and what follows is raw data.
-spec take_all(stream()) -> {binary(), stream()}.
take_all(#stream{chunks = Chunks, held = Held}) ->
    {iolist_to_binary([lists:reverse(Chunks) | held(Held)]), #stream{}}.

%% @doc The port announced its exec; `After' are the frames that followed
%% the announcement in the same chunk. `continue': a resume came first
%% (the exec failed), go on with them; `hold': they and every later byte
%% are held; `exec': the FIFO's end of file came first, the port exec'd
%% (take_all/1 gives what to deliver raw).
-spec announced([binary()], stream()) -> {continue | hold | exec, stream()}.
announced(_After, #stream{resumes = N} = S) when N > 0 ->
    {continue, S#stream{resumes = N - 1}};
announced(After, #stream{eof = Eof, chunks = Chunks} = S) ->
    S1 = S#stream{held = [After | lists:reverse(Chunks)], chunks = [], size = 0, need = 4},
    case Eof of
        true -> {exec, S1};
        false -> {hold, S1}
    end.

%% @doc End of file on the control FIFO: `exec' if an announcement came
%% (the port exec'd), `wait' otherwise (it is on its way).
-spec fdctl_eof(stream()) -> {exec | wait, stream()}.
fdctl_eof(#stream{held = undefined} = S) ->
    {wait, S#stream{eof = true}};
fdctl_eof(S) ->
    {exec, S}.

%% @doc A resume byte: the announced exec failed, or the new image is
%% alcove. `{refeed, Bytes}': what was held is frames again.
-spec fdctl_resume(stream()) -> {ok | {refeed, binary()}, stream()}.
fdctl_resume(#stream{held = undefined, resumes = N} = S) ->
    {ok, S#stream{resumes = N + 1}};
fdctl_resume(#stream{held = Held} = S) ->
    {{refeed, iolist_to_binary(Held)}, S#stream{held = undefined}}.

held(undefined) -> [];
held(Held) -> [Held].

rest(<<>>) ->
    {ok, #stream{}};
rest(<<Len:32, _/binary>> = Rest) when Len < 2 ->
    {{malformed, Len}, partial(Rest, 4)};
rest(<<Len:32, _/binary>> = Rest) ->
    case Len > alcove_codec:frame_max() of
        true -> {{malformed, Len}, partial(Rest, 4)};
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
