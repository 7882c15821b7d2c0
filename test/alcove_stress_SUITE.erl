%%% Stress: many children streaming at once, many owners calling at once,
%%% a 15-deep pipeline under load. Every result is checked exactly.
%%% Figures (MiB/s, wall time) go to the case comment; nothing is timed.
-module(alcove_stress_SUITE).

-include("alcove_test.hrl").

-export([all/0, groups/0, suite/0, init_per_testcase/2, end_per_testcase/2]).
-export([init_per_group/2, end_per_group/2]).
-export([
    stream_64_children/1,
    concurrent_owners/1,
    deep_15_under_load/1
]).

-define(MIB, 1048576).

suite() ->
    [{timetrap, {minutes, 20}}].

all() ->
    [{group, default}].

groups() ->
    Cases = [stream_64_children, concurrent_owners, deep_15_under_load],
    [{default, [], Cases}, {long, [], Cases}].

%% long: 4x the data and the calls
init_per_group(long, Config) -> [{scale, 4} | Config];
init_per_group(_, Config) -> [{scale, 1} | Config].

end_per_group(_, _) -> ok.

init_per_testcase(_Case, Config) ->
    Config.

end_per_testcase(_Case, _Config) ->
    ok.

%% The command writes Size random bytes to stdout and their sha256 (hex)
%% to stderr.
stream_cmd(Size) ->
    lists:flatten(
        io_lib:format(
            "exec 3>&1; head -c ~B /dev/urandom | tee /dev/fd/3 | sha256sum | cut -c1-64 >&2",
            [Size]
        )
    ).

%% 64 children of one port each stream 16 MiB at once: every byte count
%% and every hash is exact.
stream_64_children(Config) ->
    Size = 16 * ?MIB * ?config(scale, Config),
    Drv = start_drv([{maxchild, 128}]),
    try
        Children = [begin {ok, C} = alcove:fork(Drv, []), C end || _ <- lists:seq(1, 64)],
        T0 = erlang:monotonic_time(millisecond),
        [ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", stream_cmd(Size)]) || C <- Children],
        St0 = maps:from_list([{C, {crypto:hash_init(sha256), 0, <<>>}} || C <- Children]),
        Done = streams(Drv, 1, St0, #{}),
        Ms = max(1, erlang:monotonic_time(millisecond) - T0),
        64 = map_size(Done),
        [{C, Size, {exit_status, 0}, true} = {C, N, E, Ok} || {C, {N, E, Ok}} <- maps:to_list(Done)],
        MiB = 64 * Size / ?MIB,
        {comment, io_lib:format("~B MiB in ~B ms: ~.1f MiB/s", [round(MiB), Ms, MiB / (Ms / 1000)])}
    after
        stop_drv(Drv)
    end.

%% Collect stdout (hashed as it comes) and stderr of pipelines of length
%% N until each has its exit event.
streams(_Drv, _N, Live, Done) when map_size(Live) =:= 0 ->
    Done;
streams(Drv, N, Live, Done) ->
    receive
        {Tag, Drv, P, Term} when length(P) =:= N ->
            C = lists:last(P),
            case {Tag, maps:find(C, Live)} of
                {alcove_ctl, _} ->
                    streams(Drv, N, Live, Done);
                {alcove_stdout, {ok, {Ctx, Got, Err}}} ->
                    streams(Drv, N, Live#{C := {crypto:hash_update(Ctx, Term), Got + byte_size(Term), Err}}, Done);
                {alcove_stderr, {ok, {Ctx, Got, Err}}} ->
                    streams(Drv, N, Live#{C := {Ctx, Got, <<Err/binary, Term/binary>>}}, Done);
                {alcove_event, {ok, {Ctx, Got, Err}}} ->
                    Hex = hex(crypto:hash_final(Ctx)),
                    Ok = string:trim(Err) =:= Hex,
                    streams(Drv, N, maps:remove(C, Live), Done#{C => {Got, Term, Ok}});
                _ ->
                    ct:fail({unexpected, Tag, P, Term})
            end
    after 120000 ->
        ct:fail({stalled, maps:keys(Live)})
    end.

hex(Bin) ->
    list_to_binary([io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin]).

%% 20 drivers, each with its own owner process, each owner making 50
%% calls (scaled in `long') to 5 different children at once: 1000
%% concurrent calls, every reply exact.
concurrent_owners(Config) ->
    Calls = 50 * ?config(scale, Config),
    Self = self(),
    T0 = erlang:monotonic_time(millisecond),
    Owners = [spawn_link(fun() -> Self ! {self(), owner(Calls, I)} end) || I <- lists:seq(1, 20)],
    Results = [receive {O, R} -> R after 300000 -> ct:fail({owner_stalled, O}) end || O <- Owners],
    Ms = max(1, erlang:monotonic_time(millisecond) - T0),
    [{ok, Calls} = R || R <- Results],
    {comment, io_lib:format("~B calls from 20 owners in ~B ms", [20 * Calls, Ms])}.

owner(Calls, I) ->
    Drv = start_drv(),
    try
        _ = rand:seed(exsss, {I, I, I}),
        Kids = list_to_tuple(
            [begin {ok, C} = alcove:fork(Drv, []), [C] end || _ <- lists:seq(1, 3)] ++
                [fork_chain(Drv, [], 2), fork_chain(Drv, [], 3)]
        ),
        lists:foreach(
            fun(_) ->
                P = element(rand:uniform(5), Kids),
                Pid = lists:last(P),
                Bin = crypto:strong_rand_bytes(rand:uniform(4096)),
                case rand:uniform(4) of
                    1 -> Pid = alcove:getpid(Drv, P, 30000);
                    2 -> Bin = alcove:iolist_to_bin(Drv, P, [Bin], 30000);
                    3 -> <<"1.0.1">> = alcove:version(Drv, P, 30000);
                    4 -> {ok, _} = alcove:getcwd(Drv, P, 30000)
                end
            end,
            lists:seq(1, Calls)
        ),
        {ok, Calls}
    after
        stop_drv(Drv)
    end.

%% A 15-deep pipeline: while programs at depths 5, 10 and 16 stream
%% 32 MiB each, calls go to every level; every reply and every byte count
%% is exact, and all output precedes each exit event.
deep_15_under_load(Config) ->
    Size = 32 * ?MIB * ?config(scale, Config),
    Drv = start_drv(),
    try
        P = fork_chain(Drv, [], 15),
        Levels = [lists:sublist(P, N) || N <- [4, 9, 15]],
        Streamers = [
            begin
                {ok, S} = alcove:fork(Drv, L),
                ok = alcove:execvp(Drv, L ++ [S], "/bin/sh", ["sh", "-c", stream_cmd(Size)]),
                L ++ [S]
            end
         || L <- Levels
        ],
        T0 = erlang:monotonic_time(millisecond),
        %% calls to every level while the streams run (their messages wait
        %% in the mailbox)
        Rounds = 20 * ?config(scale, Config),
        [
            begin
                Pl = lists:sublist(P, N),
                Pid = lists:last(Pl),
                Pid = alcove:getpid(Drv, Pl, 60000),
                Bin = crypto:strong_rand_bytes(rand:uniform(100000)),
                Bin = alcove:iolist_to_bin(Drv, Pl, [Bin], 60000)
            end
         || _ <- lists:seq(1, Rounds), N <- lists:seq(1, 15)
        ],
        Done = deep_streams(Drv, Streamers, #{}),
        Ms = max(1, erlang:monotonic_time(millisecond) - T0),
        [{S, Size, {exit_status, 0}, true} = {S, N, E, Ok} || {S, {N, E, Ok}} <- maps:to_list(Done)],
        {comment,
            io_lib:format("~B calls and 3 x ~B MiB in ~B ms", [Rounds * 15 * 2, Size div ?MIB, Ms])}
    after
        stop_drv(Drv)
    end.

deep_streams(_Drv, [], Done) ->
    Done;
deep_streams(Drv, [S | Rest], Done) ->
    C = lists:last(S),
    Out = streams_one(Drv, S, crypto:hash_init(sha256), 0, <<>>),
    deep_streams(Drv, Rest, Done#{C => Out}).

streams_one(Drv, P, Ctx, Got, Err) ->
    receive
        {alcove_stdout, Drv, P, D} -> streams_one(Drv, P, crypto:hash_update(Ctx, D), Got + byte_size(D), Err);
        {alcove_stderr, Drv, P, D} -> streams_one(Drv, P, Ctx, Got, <<Err/binary, D/binary>>);
        {alcove_ctl, Drv, P, _} -> streams_one(Drv, P, Ctx, Got, Err);
        {alcove_event, Drv, P, E} -> {Got, E, string:trim(Err) =:= hex(crypto:hash_final(Ctx))}
    after 120000 -> ct:fail({stalled, P, Got})
    end.
