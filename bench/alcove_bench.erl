%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Benchmark of alcove against limits measured in the same run.
%%%
%%% Run by `make bench' (mk/bench.mk):
%%%
%%%   erl -noshell -pa EBIN -pa BENCH_EBIN -run alcove_bench main LIMITS OUT [REPS]
%%%
%%% Every repetition runs every alcove measurement next to the limit it
%%% is compared with, so that the noise of the machine hits both; the
%%% table reports medians over the repetitions and the ratio of the
%%% medians. See doc/PERFORMANCE.md.
-module(alcove_bench).

-export([main/1]).

-define(TICK, 0.25).
-define(CAT_BYTES, 268435456).
-define(STDIN_BYTES, 67108864).
-define(SPAWN_SECS, 0.3).

main([Limits, Out]) ->
    main([Limits, Out, "8"]);
main([Limits, Out, Reps0]) ->
    Reps = list_to_integer(Reps0),
    process_flag(trap_exit, true),
    T0 = erlang:monotonic_time(millisecond),
    put(loadavg_start, loadavg()),
    try
        run(Limits, Out, Reps)
    catch
        C:E:St ->
            io:format(standard_error, "bench failed: ~p:~p~n~p~n", [C, E, St]),
            halt(1)
    end,
    io:format("total ~.1f s~n", [(erlang:monotonic_time(millisecond) - T0) / 1000]),
    halt(0).

run(Limits, Out, Reps) ->
    Dir = tmpdir(),
    File = filename:join(Dir, "cat.bin"),
    ok = make_file(File, ?CAT_BYTES),
    {ok, Drv} = alcove_drv:start_link([]),
    Port = alcove_drv:port(Drv),
    {os_pid, PortPid} = erlang:port_info(Port, os_pid),
    % a chain of 15 event loops under the port: [P1, ..., P15]
    Chain = chain(Drv, [], 15),
    Env = #{
        drv => Drv,
        port_pid => PortPid,
        chain => Chain,
        limits => Limits,
        file => File
    },
    Tests = only(tests()),
    Samples = lists:foldl(
        fun(Rep, Acc) ->
            io:format("repetition ~b/~b~n", [Rep, Reps]),
            lists:foldl(
                fun({Key, Fun}, Acc1) ->
                    Vals = Fun(Env),
                    lists:foldl(
                        fun({K, V}, A) -> maps:update_with({Key, K}, fun(L) -> [V | L] end, [V], A) end,
                        Acc1,
                        Vals
                    )
                end,
                Acc,
                Tests
            )
        end,
        #{},
        lists:seq(1, Reps)
    ),
    Mem = memory(Drv, PortPid),
    Sizes = sizes(),
    Rows = rows(Samples, Mem, Sizes),
    Text = table(Rows, Reps),
    io:format("~s", [Text]),
    ok = file:write_file(Out, Text),
    _ = file:delete(File),
    ok = alcove_drv:stop(Drv),
    ok.

tmpdir() ->
    Dir = filename:join("/tmp", "alcove-bench." ++ os:getpid()),
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    Dir.

make_file(File, Size) ->
    Block = binary:copy(<<"alcove benchmark data 0123456789\n">>, 2048),
    {ok, Fd} = file:open(File, [write, raw, binary]),
    N = Size div byte_size(Block),
    ok = lists:foreach(fun(_) -> ok = file:write(Fd, Block) end, lists:seq(1, N)),
    ok = file:write(Fd, binary:part(Block, 0, Size - N * byte_size(Block))),
    file:close(Fd).

chain(_Drv, Pipeline, 0) ->
    Pipeline;
chain(Drv, Pipeline, N) ->
    {ok, Pid} = alcove:fork(Drv, Pipeline),
    chain(Drv, Pipeline ++ [Pid], N - 1).

depth(#{chain := Chain}, D) -> lists:sublist(Chain, D).

%%--------------------------------------------------------------------
%% The measurements, in the order they run inside a repetition. Each
%% returns [{Name, Value}].
%%--------------------------------------------------------------------
tests() ->
    [
        {echo, fun raw_echo/1},
        {proxyecho, fun proxy_echo/1},
        {getpid0, fun(E) -> getpid(E, 0) end},
        {pingpong, fun c_pingpong/1},
        {pingpong1cpu, fun c_pingpong_pinned/1},
        {getpid1, fun(E) -> getpid(E, 1) end},
        {getpid4, fun(E) -> getpid(E, 4) end},
        {getpid15, fun(E) -> getpid(E, 15) end},
        {ack32k, fun raw_ack32k/1},
        {write0, fun(E) -> write32k(E, 0) end},
        {write1, fun(E) -> write32k(E, 1) end},
        {rawcat, fun raw_cat/1},
        {cat1, fun(E) -> cat(E, 1) end},
        {cpipe0, fun(E) -> c_pipe(E, 0) end},
        {cpipe1, fun(E) -> c_pipe(E, 1) end},
        {cat4, fun(E) -> cat(E, 4) end},
        {cpipe4, fun(E) -> c_pipe(E, 4) end},
        {crelay4, fun(E) -> c_relay_vm(E, 4) end},
        {cat15, fun(E) -> cat(E, 15) end},
        {cpipe15, fun(E) -> c_pipe(E, 15) end},
        {rawsink, fun raw_sink/1},
        {stdin1, fun(E) -> stdin(E, 1) end},
        {stdin4, fun(E) -> stdin(E, 4) end},
        {stall1, fun(E) -> stalled(E, 1) end},
        {cspawn1, fun(E) -> c_spawn(E, 1) end},
        {spawn1, fun(E) -> spawn_true(E, 1) end},
        {rawspawn, fun raw_spawn/1},
        {cproto1, fun(E) -> c_proto(E, 1) end},
        {vmproto1, fun(E) -> vm_proto(E, 1) end},
        {cspawn8, fun(E) -> c_spawn(E, 8) end},
        {spawn8, fun(E) -> spawn_true(E, 8) end},
        {cproto8, fun(E) -> c_proto(E, 8) end},
        {vmproto8, fun(E) -> vm_proto(E, 8) end}
    ].

%% ALCOVE_BENCH_ONLY=echo,getpid0 runs only those measurements (and the
%% rows that have all their samples): for working on one row.
only(Tests) ->
    case os:getenv("ALCOVE_BENCH_ONLY") of
        false ->
            Tests;
        Keys ->
            Only = [list_to_atom(K) || K <- string:lexemes(Keys, ", ")],
            [T || {K, _} = T <- Tests, lists:member(K, Only)]
    end.

now_ns() -> erlang:monotonic_time(nanosecond).

%% Run Op until ?TICK seconds have passed; returns rate and p50 latency.
timed(Op) ->
    Op(),
    T0 = now_ns(),
    End = T0 + round(?TICK * 1.0e9),
    timed(Op, End, T0, []).

timed(Op, End, T0, Acc) ->
    A = now_ns(),
    Op(),
    B = now_ns(),
    Acc1 = [B - A | Acc],
    case B >= End of
        true ->
            N = length(Acc1),
            [{rate, N / ((B - T0) / 1.0e9)}, {p50_us, median(Acc1) / 1000}];
        false ->
            timed(Op, End, T0, Acc1)
    end.

raw_echo(_Env) ->
    Port = open_port({spawn_executable, "/bin/cat"}, [binary, stream]),
    Msg = <<"12345678">>,
    R = timed(fun() ->
        true = port_command(Port, Msg),
        recv_n(Port, 8)
    end),
    port_close(Port),
    R.

%% The same echo with the port owned by another process, which writes
%% each request and sends each reply back: the shape of any driver whose
%% port is owned by a server (alcove_drv), with nothing else to do. The
%% bound for `getpid d0' that no work in alcove's code can beat.
proxy_echo(_Env) ->
    Self = self(),
    Msg = <<"12345678">>,
    Proxy = spawn_link(fun() ->
        Port = open_port({spawn_executable, "/bin/cat"}, [binary, stream]),
        Self ! {proxy, self()},
        proxy_loop(Port)
    end),
    receive
        {proxy, Proxy} -> ok
    end,
    R = timed(fun() ->
        Proxy ! {echo, Self, Msg},
        receive
            {Proxy, echoed} -> ok
        end
    end),
    unlink(Proxy),
    exit(Proxy, kill),
    R.

proxy_loop(Port) ->
    receive
        {echo, From, Msg} ->
            true = port_command(Port, Msg),
            recv_n(Port, byte_size(Msg)),
            From ! {self(), echoed},
            proxy_loop(Port)
    end.

recv_n(_Port, N) when N =< 0 ->
    ok;
recv_n(Port, N) ->
    receive
        {Port, {data, D}} -> recv_n(Port, N - byte_size(D))
    end.

getpid(#{drv := Drv} = E, D) ->
    P = depth(E, D),
    timed(fun() -> alcove:getpid(Drv, P) end).

raw_ack32k(#{limits := Limits}) ->
    Port = open_port({spawn_executable, Limits}, [binary, stream, {args, ["ack", "32768"]}]),
    Bin = binary:copy(<<"x">>, 32768),
    R = timed(fun() ->
        true = port_command(Port, Bin),
        recv_n(Port, 8)
    end),
    port_close(Port),
    R.

write32k(#{drv := Drv} = E, D) ->
    P = depth(E, D),
    Bin = binary:copy(<<"x">>, 32768),
    {ok, FD} = alcove:open(Drv, P, "/dev/null", [o_wronly], 0),
    R = timed(fun() -> {ok, 32768} = alcove:write(Drv, P, FD, Bin) end),
    ok = alcove:close(Drv, P, FD),
    R.

%% Limits from the C program.
limit(#{limits := Limits}, Args) ->
    Out = os:cmd(lists:join(" ", [Limits | Args]) ++ " 2>&1"),
    [
        begin
            [K, V] = string:split(W, "="),
            {list_to_atom(K), list_to_float_any(V)}
        end
     || W <- string:lexemes(Out, " \n")
    ].

list_to_float_any(S) ->
    try
        list_to_float(S)
    catch
        error:badarg -> float(list_to_integer(S))
    end.

c_pingpong(E) -> limit(E, ["pingpong", "0.25"]).
%% Both ends on one CPU: the cost of a wake-up without a cross-CPU
%% interrupt (diagnostic: on this VM a cross-CPU wake-up costs far more).
c_pingpong_pinned(#{limits := Limits} = E) ->
    case os:find_executable("taskset") of
        false -> [{rtt_ns, 0.0}];
        Taskset -> limit(E#{limits := Taskset ++ " -c 0 " ++ Limits}, ["pingpong", "0.25"])
    end.
c_pipe(E, Relays) -> limit(E, ["pipe", integer_to_list(?CAT_BYTES), integer_to_list(Relays)]).
c_spawn(E, N) -> limit(E, ["spawn", float_to_list(?SPAWN_SECS), integer_to_list(N)]).

%% The bound of the 1.0.1 spawn shape (fork, exec, exit event: three
%% round trips to a server that forks), with a C server that does
%% nothing else (`limits spawnserve'): driven by a C client ...
c_proto(E, N) -> limit(E, ["spawnproto", float_to_list(?SPAWN_SECS), integer_to_list(N)]).

%% CPU ticks (utime + stime) of a process.
ticks(Pid) ->
    case file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/stat") of
        {ok, Bin} ->
            [_, After] = string:split(Bin, ")", trailing),
            Fields = string:lexemes(After, " "),
            % After ")": state(3) ppid(4) ... utime(14) stime(15)
            binary_to_integer(lists:nth(12, Fields)) + binary_to_integer(lists:nth(13, Fields));
        {error, _} ->
            0
    end.

ticks_of(Pids) -> lists:sum([ticks(P) || P <- Pids]).

clk_tck() ->
    case os:cmd("getconf CLK_TCK") of
        "" -> 100;
        S -> list_to_integer(string:trim(S))
    end.

beam_pid() -> list_to_integer(os:getpid()).

raw_cat(#{file := File}) ->
    Beam0 = ticks(beam_pid()),
    T0 = now_ns(),
    Port = open_port({spawn_executable, "/bin/cat"}, [binary, stream, exit_status, {args, [File]}]),
    N = raw_cat_loop(Port, 0),
    T1 = now_ns(),
    N = ?CAT_BYTES,
    Beam = (ticks(beam_pid()) - Beam0) / clk_tck(),
    [{mibs, N / 1048576 / ((T1 - T0) / 1.0e9)}, {beam_s_gib, Beam / (N / 1073741824)}].

%% The file through RELAYS C relay processes (read 64 KiB, write all)
%% into the VM: the shape of `cat' at depth RELAYS, with the VM as the
%% reader, as it is for alcove.
c_relay_vm(#{file := File, limits := Limits}, Relays) ->
    T0 = now_ns(),
    Port = open_port(
        {spawn_executable, Limits},
        [binary, stream, exit_status, {args, ["relayout", File, integer_to_list(Relays)]}]
    ),
    N = raw_cat_loop(Port, 0),
    T1 = now_ns(),
    N = ?CAT_BYTES,
    [{mibs, N / 1048576 / ((T1 - T0) / 1.0e9)}].

raw_cat_loop(Port, N) ->
    receive
        {Port, {data, D}} -> raw_cat_loop(Port, N + byte_size(D));
        {Port, {exit_status, 0}} -> N
    end.

%% `cat File' at depth D: relays are the port and P1 .. P(D-1).
cat(#{drv := Drv, port_pid := PortPid, file := File} = E, D) ->
    Parent = depth(E, D - 1),
    {ok, Pid} = alcove:fork(Drv, Parent),
    P = Parent ++ [Pid],
    Relays = [PortPid | Parent],
    Tck = clk_tck(),
    C0 = ticks_of(Relays),
    Beam0 = ticks(beam_pid()),
    T0 = now_ns(),
    ok = alcove:execvp(Drv, P, "cat", ["cat", File]),
    N = cat_loop(Drv, P, 0),
    T1 = now_ns(),
    C1 = ticks_of(Relays),
    Beam1 = ticks(beam_pid()),
    case N of
        ?CAT_BYTES -> ok;
        _ -> erlang:error({cat_bytes, D, N})
    end,
    GiB = N / 1073741824,
    [
        {mibs, N / 1048576 / ((T1 - T0) / 1.0e9)},
        {cpu_s_gib, (C1 - C0) / Tck / GiB},
        {beam_s_gib, (Beam1 - Beam0) / Tck / GiB}
    ].

cat_loop(Drv, P, N) ->
    receive
        {alcove_stdout, Drv, P, Data} -> cat_loop(Drv, P, N + byte_size(Data));
        {alcove_event, Drv, P, {exit_status, 0}} -> N;
        {alcove_event, Drv, P, Other} -> erlang:error({cat_exit, Other})
    end.

%% A raw port sink: port_command the same bytes into head -c N >/dev/null.
raw_sink(_Env) ->
    Bin = binary:copy(<<"z">>, ?STDIN_BYTES),
    Sh = "head -c " ++ integer_to_list(?STDIN_BYTES) ++ " >/dev/null",
    Port = open_port({spawn_executable, "/bin/sh"}, [binary, stream, exit_status, {args, ["-c", Sh]}]),
    T0 = now_ns(),
    true = port_command(Port, Bin),
    receive
        {Port, {exit_status, 0}} -> ok
    end,
    T1 = now_ns(),
    [{mibs, ?STDIN_BYTES / 1048576 / ((T1 - T0) / 1.0e9)}].

%% 64 MiB in one alcove:stdin/3 into `wc -c' at depth D.
stdin(#{drv := Drv} = E, D) ->
    Parent = depth(E, D - 1),
    Bin = binary:copy(<<"z">>, ?STDIN_BYTES),
    {ok, Pid} = alcove:fork(Drv, Parent),
    P = Parent ++ [Pid],
    ok = alcove:execvp(Drv, P, "wc", ["wc", "-c"]),
    T0 = now_ns(),
    ok = alcove:stdin(Drv, P, Bin),
    ok = alcove:eof(Drv, P),
    Out = stdin_loop(Drv, P, <<>>),
    T1 = now_ns(),
    case string:trim(Out) of
        <<"67108864">> -> ok;
        Got -> erlang:error({stdin_lost, D, Got})
    end,
    [{mibs, ?STDIN_BYTES / 1048576 / ((T1 - T0) / 1.0e9)}].

stdin_loop(Drv, P, Acc) ->
    receive
        {alcove_stdout, Drv, P, Data} -> stdin_loop(Drv, P, <<Acc/binary, Data/binary>>);
        {alcove_event, Drv, P, {exit_status, 0}} -> Acc;
        {alcove_event, Drv, P, Other} -> erlang:error({wc_exit, Other})
    end.

%% getpid at depth D while a sibling of the target (`sleep', which never
%% reads) has 64 MiB of stdin queued: p50 and p99 of the calls.
stalled(#{drv := Drv} = E, D) ->
    P = depth(E, D),
    Parent = lists:droplast(P),
    {ok, Stalled} = alcove:fork(Drv, Parent),
    S = Parent ++ [Stalled],
    ok = alcove:execvp(Drv, S, "sleep", ["sleep", "600"]),
    ok = alcove:stdin(Drv, S, binary:copy(<<"z">>, ?STDIN_BYTES)),
    _ = alcove:getpid(Drv, P),
    End = now_ns() + round(?TICK * 1.0e9),
    Lat = stalled_loop(Drv, P, End, []),
    ok = alcove:kill(Drv, Parent, Stalled, 9),
    receive
        {alcove_event, Drv, S, {termsig, sigkill}} -> ok
    end,
    Sorted = lists:sort(Lat),
    P99 = lists:nth(max(1, (length(Sorted) * 99) div 100), Sorted),
    [{p50_us, median(Lat) / 1000}, {p99_us, P99 / 1000}].

stalled_loop(Drv, P, End, Acc) ->
    A = now_ns(),
    _ = alcove:getpid(Drv, P),
    B = now_ns(),
    case B >= End of
        true -> [B - A | Acc];
        false -> stalled_loop(Drv, P, End, [B - A | Acc])
    end.

%% Spawns per second of Loop(End), which spawns until End (ns) and
%% returns how many it finished: the spawn rows.
spawn_rate(Loop) ->
    T0 = now_ns(),
    Done = Loop(T0 + round(?SPAWN_SECS * 1.0e9)),
    T1 = now_ns(),
    [{rate, Done / ((T1 - T0) / 1.0e9)}].

%% fork + execvp /bin/true + {exit_status, 0}, N in flight.
spawn_true(#{drv := Drv}, Inflight) ->
    spawn_rate(fun(End) -> spawn_loop(Drv, Inflight, End, 0, 0) end).

spawn_loop(Drv, Inflight, End, Running, Done) ->
    Now = now_ns(),
    if
        Now < End, Running < Inflight ->
            {ok, Pid} = alcove:fork(Drv, []),
            ok = alcove:execvp(Drv, [Pid], "/bin/true", ["/bin/true"]),
            spawn_loop(Drv, Inflight, End, Running + 1, Done);
        Running =:= 0 ->
            Done;
        true ->
            receive
                {alcove_event, Drv, [_], {exit_status, 0}} ->
                    spawn_loop(Drv, Inflight, End, Running - 1, Done + 1)
            end
    end.

%% ... and by the VM, the loop of spawn_true/2 over a port.
vm_proto(#{limits := Limits}, Inflight) ->
    Port = open_port({spawn_executable, Limits}, [binary, {packet, 1}, {args, ["spawnserve"]}]),
    Rate = spawn_rate(fun(End) -> vm_proto_loop(Port, Inflight, End, 0, 0) end),
    port_close(Port),
    Rate.

vm_proto_loop(Port, Inflight, End, Running, Done) ->
    Now = now_ns(),
    if
        Now < End, Running < Inflight ->
            true = port_command(Port, <<"F">>),
            {Pid, Running1, Done1} = vm_proto_wait(Port, $P, any, Running, Done),
            true = port_command(Port, <<"E", Pid:32>>),
            {Pid, Running2, Done2} = vm_proto_wait(Port, $X, Pid, Running1, Done1),
            vm_proto_loop(Port, Inflight, End, Running2 + 1, Done2);
        Running =:= 0 ->
            Done;
        true ->
            {_, Running1, Done1} = vm_proto_wait(Port, $Z, any, Running, Done),
            vm_proto_loop(Port, Inflight, End, Running1, Done1)
    end.

%% The next message tagged Tag (for Want, or any pid), counting the exits
%% ("Z") on the way: the C client's proto_wait(). A server that stops
%% answering fails the row instead of hanging the run.
vm_proto_wait(Port, Tag, Want, Running, Done) ->
    receive
        {Port, {data, <<T, Pid:32, Rest/binary>>}} ->
            {Running1, Done1} =
                case {T, Rest} of
                    {$Z, <<0>>} -> {Running - 1, Done + 1};
                    {$Z, _} -> error({spawnserve_status, Rest});
                    _ -> {Running, Done}
                end,
            case T =:= Tag andalso (Want =:= any orelse Want =:= Pid) of
                true -> {Pid, Running1, Done1};
                false -> vm_proto_wait(Port, Tag, Want, Running1, Done1)
            end
    after 10000 ->
        error(spawnserve_timeout)
    end.

raw_spawn(_Env) ->
    spawn_rate(fun(End) -> raw_spawn_loop(End, 0) end).

raw_spawn_loop(End, Done) ->
    case now_ns() < End of
        false ->
            Done;
        true ->
            Port = open_port({spawn_executable, "/bin/true"}, [exit_status]),
            receive
                {Port, {exit_status, 0}} -> ok
            end,
            raw_spawn_loop(End, Done + 1)
    end.

%%--------------------------------------------------------------------
%% Memory and size
%%--------------------------------------------------------------------
memory(Drv, PortPid) ->
    {ok, Child} = alcove:fork(Drv, []),
    _ = alcove:getpid(Drv, [Child]),
    M = #{port => smaps(PortPid), child => smaps(Child)},
    _ = alcove:exit(Drv, [Child], 0),
    M.

smaps(Pid) ->
    {ok, Bin} = file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/smaps_rollup"),
    Lines = string:lexemes(binary_to_list(Bin), "\n"),
    KB = fun(Key) ->
        lists:sum([
            list_to_integer(hd(string:lexemes(Rest, " kB")))
         || L <- Lines,
            [K, Rest] <- [string:split(L, ":")],
            K =:= Key
        ])
    end,
    #{
        rss => KB("Rss"),
        private => KB("Private_Clean") + KB("Private_Dirty"),
        private_dirty => KB("Private_Dirty")
    }.

sizes() ->
    Dyn = filelib:file_size(alcove_drv:progname()),
    Static =
        case os:getenv("ALCOVE_BENCH_STATIC") of
            false -> 0;
            Path -> filelib:file_size(Path)
        end,
    #{dynamic => Dyn, static => Static}.

%%--------------------------------------------------------------------
%% Table
%%--------------------------------------------------------------------
median(L) ->
    S = lists:sort(L),
    N = length(S),
    case N rem 2 of
        1 -> lists:nth(N div 2 + 1, S);
        0 -> (lists:nth(N div 2, S) + lists:nth(N div 2 + 1, S)) / 2
    end.

%% Row: {Metric, AlcoveKey, LimitKey, Target}. A key names a sample list
%% (one value per repetition, in repetition order) or is {const, V}.
%% alcove and limit are medians; the ratio is the median of the
%% per-repetition ratios (each alcove value against the limit measured
%% next to it), which is steadier than the ratio of the medians on a
%% noisy machine. Target ">= X" or "<= X" applies to the ratio.
rows(S0, Mem, Sizes) ->
    Get = fun(K) -> maps:get(K, S0, []) end,
    Hop =
        case {Get({getpid15, p50_us}), Get({getpid0, p50_us})} of
            {D15s, D0s} when length(D15s) =:= length(D0s) ->
                lists:zipwith(fun(D15, D0) -> (D15 - D0) / 15 end, D15s, D0s);
            _ ->
                []
        end,
    S1 = S0#{
        {hop, us} => Hop,
        {pingpong, rtt_us} => [V / 1000 || V <- Get({pingpong, rtt_ns})],
        {pingpong1cpu, rtt_us} => [V / 1000 || V <- Get({pingpong1cpu, rtt_ns})]
    },
    S = maps:filter(fun(_, V) -> V =/= [] end, S1),
    C = fun(V) -> {const, V} end,
    Port = maps:get(port, Mem),
    Child = maps:get(child, Mem),
    Specs = [
        {"getpid d0 (calls/s) / raw echo", {getpid0, rate}, {echo, rate}, ">= 0.95"},
        {"proxy echo (calls/s) / raw echo", {proxyecho, rate}, {echo, rate}, info},
        {"getpid d0 / proxy echo", {getpid0, rate}, {proxyecho, rate}, info},
        {"getpid d1 (calls/s) / raw echo", {getpid1, rate}, {echo, rate}, info},
        {"getpid d4 (calls/s) / raw echo", {getpid4, rate}, {echo, rate}, info},
        {"getpid d15 (calls/s) / raw echo", {getpid15, rate}, {echo, rate}, info},
        {"getpid p50 d0 (us) / raw echo p50", {getpid0, p50_us}, {echo, p50_us}, info},
        {"getpid p50 d1 (us) / raw echo p50", {getpid1, p50_us}, {echo, p50_us}, info},
        {"getpid p50 d4 (us) / raw echo p50", {getpid4, p50_us}, {echo, p50_us}, info},
        {"getpid p50 d15 (us) / raw echo p50", {getpid15, p50_us}, {echo, p50_us}, info},
        {"per-hop p50 (us) / C pipe RTT (us)", {hop, us}, {pingpong, rtt_us}, "<= 1.00"},
        {"C pipe RTT (us) / same as one CPU", {pingpong, rtt_us}, {pingpong1cpu, rtt_us}, info},
        {"write 32K d0 (/s) / raw 32K ack", {write0, rate}, {ack32k, rate}, info},
        {"write 32K d1 (/s) / raw 32K ack", {write1, rate}, {ack32k, rate}, info},
        {"stdout cat d1 (MiB/s) / raw cat", {cat1, mibs}, {rawcat, mibs}, ">= 1.00"},
        {"stdout cat d1 / C pipe 1 relay", {cat1, mibs}, {cpipe1, mibs}, info},
        {"stdout cat d4 / C pipe 4 relays", {cat4, mibs}, {cpipe4, mibs}, ">= 0.90"},
        {"stdout cat d4 / C 4 relays into the VM", {cat4, mibs}, {crelay4, mibs}, info},
        {"stdout cat d15 / C pipe 15 relays", {cat15, mibs}, {cpipe15, mibs}, info},
        {"C pipe direct (MiB/s)", {cpipe0, mibs}, none, info},
        {"cat d1 alcove CPU (s/GiB)", {cat1, cpu_s_gib}, none, info},
        {"cat d4 alcove CPU (s/GiB)", {cat4, cpu_s_gib}, none, info},
        {"cat d15 alcove CPU (s/GiB)", {cat15, cpu_s_gib}, none, info},
        {"cat d1 beam CPU (s/GiB) / raw cat", {cat1, beam_s_gib}, {rawcat, beam_s_gib}, info},
        {"cat d4 beam CPU (s/GiB) / raw cat", {cat4, beam_s_gib}, {rawcat, beam_s_gib}, info},
        {"stdin d1 (MiB/s) / raw sink", {stdin1, mibs}, {rawsink, mibs}, ">= 1.00"},
        {"stdin d4 (MiB/s) / raw sink", {stdin4, mibs}, {rawsink, mibs}, info},
        {"getpid p50 d1, sibling stalled / idle", {stall1, p50_us}, {getpid1, p50_us}, "<= 1.50"},
        {"getpid p99 d1, sibling stalled (us)", {stall1, p99_us}, none, info},
        {"spawn seq (/s) / C fork+exec+wait", {spawn1, rate}, {cspawn1, rate}, ">= 0.80"},
        {"spawn 8 in flight (/s) / C", {spawn8, rate}, {cspawn8, rate}, ">= 0.70"},
        {"raw open_port spawn (/s) / C", {rawspawn, rate}, {cspawn1, rate}, info},
        {"1.0.1 shape, C server+client / C seq", {cproto1, rate}, {cspawn1, rate}, info},
        {"1.0.1 shape, C server, VM / C seq", {vmproto1, rate}, {cspawn1, rate}, info},
        {"spawn seq / 1.0.1 shape, C server, VM", {spawn1, rate}, {vmproto1, rate}, info},
        {"1.0.1 shape, C server+client / C 8", {cproto8, rate}, {cspawn8, rate}, info},
        {"1.0.1 shape, C server, VM / C 8", {vmproto8, rate}, {cspawn8, rate}, info},
        {"spawn 8 / 1.0.1 shape, C server, VM", {spawn8, rate}, {vmproto8, rate}, info},
        {"idle port RSS (KiB)", C(maps:get(rss, Port)), none, info},
        {"idle port private (KiB)", C(maps:get(private, Port)), none, info},
        {"child loop RSS (KiB)", C(maps:get(rss, Child)), none, info},
        {"child loop private (KiB) / 256", C(maps:get(private, Child)), C(256), "<= 1.00"},
        {"priv/alcove dynamic (KiB)", C(maps:get(dynamic, Sizes) / 1024), none, info},
        {"static stripped (KiB) / 1024", C(maps:get(static, Sizes) / 1024), C(1024), "<= 1.00"}
    ],
    [row(Spec, S) || {_, AKey, LKey, _} = Spec <- Specs, has(AKey, S), has(LKey, S)].

has({const, _}, _S) -> true;
has(none, _S) -> true;
has(Key, S) -> maps:is_key(Key, S).

vals({const, V}, _S) -> [V];
vals(none, _S) -> none;
vals(Key, S) -> maps:get(Key, S).

row({Name, AKey, LKey, Target}, S) ->
    A = vals(AKey, S),
    case vals(LKey, S) of
        none ->
            {Name, median(A), none, none, Target};
        L when length(A) =:= length(L) ->
            {Name, median(A), median(L), median(lists:zipwith(fun(X, Y) -> X / Y end, A, L)), Target};
        L ->
            {Name, median(A), median(L), median(A) / median(L), Target}
    end.

loadavg() ->
    case file:read_file("/proc/loadavg") of
        {ok, B} -> string:trim(binary_to_list(B));
        _ -> "?"
    end.

table(Rows, Reps) ->
    Header = io_lib:format("~-38s ~12s ~12s ~7s ~8s ~s~n", ["metric", "alcove", "limit", "ratio", "target", "ok"]),
    Lines = [line(R) || R <- Rows],
    [
        io_lib:format("# alcove bench: medians of ~b interleaved repetitions; ratio = median of per-repetition ratios~n", [Reps]),
        io_lib:format("# ~s, ~b CPUs, OTP ~s; loadavg at start ~s, at end ~s~n", [machine(), erlang:system_info(logical_processors_available), erlang:system_info(otp_release), get(loadavg_start), loadavg()]),
        Header,
        Lines
    ].

line({Name, A, none, _, _}) ->
    io_lib:format("~-38s ~12s ~12s ~7s ~8s ~s~n", [Name, num(A), "-", "-", "-", ""]);
line({Name, A, L, Ratio, Target}) ->
    {T, Ok} =
        case Target of
            info -> {"-", ""};
            ">= " ++ V -> {Target, yes_no(Ratio >= list_to_float(V))};
            "<= " ++ V -> {Target, yes_no(Ratio =< list_to_float(V))}
        end,
    io_lib:format("~-38s ~12s ~12s ~7s ~8s ~s~n", [Name, num(A), num(L), io_lib:format("~.2f", [Ratio]), T, Ok]).

machine() ->
    case file:read_file("/proc/cpuinfo") of
        {ok, B} ->
            case re:run(B, "model name\\s*: ([^\\n]*)", [{capture, all_but_first, list}]) of
                {match, [M]} -> M;
                _ -> "?"
            end;
        _ ->
            "?"
    end.

yes_no(true) -> "yes";
yes_no(false) -> "NO".

num(X) when is_integer(X) -> integer_to_list(X);
num(X) when X >= 100 -> integer_to_list(round(X));
num(X) -> io_lib:format("~.2f", [X]).
