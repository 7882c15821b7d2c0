%%% Per-process flow control: data never blocks control (doc/GUARANTEES.md).
%%%
%%% Every case stalls a real program (one that does not read its stdin)
%%% with far more stdin than any window holds, and checks that calls,
%%% kills, events, other processes' data and teardown go on, that memory
%%% in the C processes stays bounded, and that nothing is lost or
%%% reordered for a program that reads late. Latencies are logged in the
%%% case comments; speed itself is measured by `make bench', never here.
-module(alcove_flow_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_suite/1, end_per_suite/1, init_per_testcase/2, end_per_testcase/2]).
-export([
    stalled_sibling/1,
    stalled_behind_relays/1,
    late_reader/1,
    late_reader_depth4/1,
    kill_discards/1,
    eof_after_queued/1,
    drain/1,
    stdin_limit/1,
    timeout_while_busy/1,
    flood_up/1,
    owner_death_queued/1,
    windows_property/1,
    stdout_exact/1,
    stdout_exact_depth4/1,
    stdout_exact_filtered_relay/1
]).

-define(MIB, 1048576).
%% A timeout far beyond what any call needs here, but short enough that a
%% call stuck behind a stalled stream fails the case.
-define(LIVE, 3000).

all() ->
    [
        stalled_sibling,
        stalled_behind_relays,
        late_reader,
        late_reader_depth4,
        kill_discards,
        eof_after_queued,
        drain,
        stdin_limit,
        timeout_while_busy,
        flood_up,
        owner_death_queued,
        windows_property,
        stdout_exact,
        stdout_exact_depth4,
        stdout_exact_filtered_relay
    ].

init_per_suite(Config) ->
    Config.

end_per_suite(_Config) ->
    ok.

init_per_testcase(_Case, Config) ->
    Config.

end_per_testcase(_Case, Config) ->
    case proplists:get_value(drv, Config) of
        undefined -> ok;
        Drv -> catch stop_drv(Drv)
    end,
    ok.

%%--------------------------------------------------------------------
%% Cases
%%--------------------------------------------------------------------

%% 256 MiB queued to `sleep 60': a sibling answers, the stalled program is
%% killed at once, memory stays bounded, stop tears everything down.
stalled_sibling(_Config) ->
    Drv = start_drv(),
    {ok, Stalled} = alcove:fork(Drv, []),
    {ok, Sibling} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [Stalled], "sleep", ["sleep", "60"]),
    Unloaded = latencies(Drv, [Sibling], Sibling, 50),
    ok = alcove:stdin(Drv, [Stalled], blob(256 * ?MIB)),
    #{queued := Queued} = alcove_drv:stdin_queued(Drv, [Stalled]),
    true = Queued > 200 * ?MIB,
    Loaded = latencies(Drv, [Sibling], Sibling, 50),
    PortPid = port_os_pid(Drv),
    Rss = rss_kib(PortPid),
    ct:log("port rss ~p KiB with ~p bytes queued", [Rss, Queued]),
    true = Rss < 64 * 1024,
    ok = alcove:kill(Drv, [], Stalled, 9, ?LIVE),
    {termsig, sigkill} = alcove:event(Drv, [Stalled], 1000),
    #{queued := 0, unacked := 0} = alcove_drv:stdin_queued(Drv, [Stalled]),
    comment(Unloaded, Loaded),
    stop_gone(Drv, [PortPid, Sibling]).

%% The same behind two shared relays: [R1, R2, Stalled] beside
%% [R1, R2, Sibling].
stalled_behind_relays(_Config) ->
    Drv = start_drv(),
    [R1, R2] = fork_chain(Drv, 2),
    {ok, Stalled} = alcove:fork(Drv, [R1, R2]),
    {ok, Sibling} = alcove:fork(Drv, [R1, R2]),
    ok = alcove:execvp(Drv, [R1, R2, Stalled], "sleep", ["sleep", "60"]),
    Unloaded = latencies(Drv, [R1, R2, Sibling], Sibling, 50),
    ok = alcove:stdin(Drv, [R1, R2, Stalled], blob(128 * ?MIB)),
    Loaded = latencies(Drv, [R1, R2, Sibling], Sibling, 50),
    %% the sibling's own stdin flows past the stalled one
    ok = alcove:execvp(Drv, [R1, R2, Sibling], "cat", ["cat"]),
    ok = alcove:stdin(Drv, [R1, R2, Sibling], <<"through\n">>),
    <<"through\n">> = alcove_drv:stdout(Drv, [R1, R2, Sibling], ?LIVE),
    Rss = [rss_kib(P) || P <- [port_os_pid(Drv), R1, R2]],
    ct:log("rss of port, R1, R2: ~p KiB", [Rss]),
    true = lists:all(fun(R) -> R < 64 * 1024 end, Rss),
    ok = alcove:kill(Drv, [R1, R2], Stalled, 9, ?LIVE),
    {termsig, sigkill} = alcove:event(Drv, [R1, R2, Stalled], 1000),
    comment(Unloaded, Loaded),
    stop_gone(Drv, [R1, R2, Sibling]).

%% A program that reads only after a pause gets every byte in order, and
%% its sibling answers during the pause.
late_reader(_Config) ->
    late_reader_at(1, 96 * ?MIB).

late_reader_depth4(_Config) ->
    late_reader_at(4, 32 * ?MIB).

late_reader_at(Depth, Size) ->
    Drv = start_drv(),
    Parent = fork_chain(Drv, Depth - 1),
    {ok, Reader} = alcove:fork(Drv, Parent),
    {ok, Sibling} = alcove:fork(Drv, Parent),
    R = Parent ++ [Reader],
    ok = alcove:execvp(Drv, R, "/bin/sh", ["sh", "-c", "sleep 3; exec md5sum"]),
    Data = crypto:strong_rand_bytes(Size),
    ok = alcove:stdin(Drv, R, Data),
    ok = alcove:eof(Drv, R),
    %% the reader is still asleep: the queue is there, the sibling answers
    #{queued := Queued} = alcove_drv:stdin_queued(Drv, R),
    true = Queued > 0,
    During = latencies(Drv, Parent ++ [Sibling], Sibling, 20),
    {Out, _, {exit_status, 0}} = collect(Drv, R),
    Expect = <<(hex(erlang:md5(Data)))/binary, "  -\n">>,
    Expect = Out,
    ct:comment("~p MiB at depth ~p; sibling p50 ~p us during the pause", [
        Size div ?MIB, Depth, p50(During)
    ]),
    stop_drv(Drv).

%% Killing a process with queued stdin discards it and frees it at once;
%% a drain waiter is told.
kill_discards(_Config) ->
    Drv = start_drv(),
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [P], "sleep", ["sleep", "60"]),
    ok = alcove:stdin(Drv, [P], blob(16 * ?MIB)),
    Self = self(),
    Waiter = spawn_link(fun() -> Self ! {drained, alcove_drv:stdin_drain(Drv, [P], 10000)} end),
    wait_waiting(Waiter),
    ok = alcove:kill(Drv, [], P, 9),
    {termsig, sigkill} = alcove:event(Drv, [P], ?LIVE),
    receive
        {drained, {error, closed}} -> ok
    after ?LIVE -> ct:fail(drain_waiter_not_told)
    end,
    #{queued := 0, unacked := 0} = alcove_drv:stdin_queued(Drv, [P]),
    {memory, Mem} = erlang:process_info(Drv, memory),
    ct:log("driver memory after kill: ~p bytes", [Mem]),
    stop_drv(Drv).

%% eof after data still queued in the driver closes only once all of it
%% was written.
eof_after_queued(_Config) ->
    Drv = start_drv(),
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [P], "/bin/sh", ["sh", "-c", "sleep 1; exec wc -c"]),
    ok = alcove:stdin(Drv, [P], blob(8 * ?MIB)),
    ok = alcove:eof(Drv, [P]),
    ok = alcove:stdin(Drv, [P], <<"after eof">>),
    {Out, _, {exit_status, 0}} = collect(Drv, [P]),
    Count = integer_to_binary(8 * ?MIB),
    <<Count:(byte_size(Count))/binary, "\n">> = Out,
    stop_drv(Drv).

%% stdin_drain/3 returns once the program read everything.
drain(_Config) ->
    Drv = start_drv(),
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [P], "/bin/sh", ["sh", "-c", "sleep 1; exec cat >/dev/null"]),
    ok = alcove:stdin(Drv, [P], blob(4 * ?MIB)),
    {error, timeout} = alcove_drv:stdin_drain(Drv, [P], 200),
    ok = alcove_drv:stdin_drain(Drv, [P], 20000),
    #{queued := 0, unacked := 0} = alcove_drv:stdin_queued(Drv, [P]),
    ok = alcove_drv:stdin_drain(Drv, [P], 1000),
    stop_drv(Drv).

%% With {stdin_limit, N}, a writer past the limit waits; it goes on when
%% the queue is discarded (or drained).
stdin_limit(_Config) ->
    Drv = start_drv([{stdin_limit, ?MIB}]),
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [P], "sleep", ["sleep", "60"]),
    ok = alcove:stdin(Drv, [P], blob(?MIB)),
    Self = self(),
    Writer = spawn_link(fun() ->
        ok = alcove:stdin(Drv, [P], blob(?MIB)),
        Self ! {written, self()}
    end),
    wait_waiting(Writer),
    #{queued := Queued} = alcove_drv:stdin_queued(Drv, [P]),
    true = Queued > ?MIB,
    receive
        {written, Writer} -> ct:fail(writer_not_held)
    after 0 -> ok
    end,
    %% other pipelines are not held back
    Self1 = alcove:getpid(Drv, [], ?LIVE),
    true = is_integer(Self1),
    ok = alcove:kill(Drv, [], P, 9),
    receive
        {written, Writer} -> ok
    after ?LIVE -> ct:fail(writer_not_released)
    end,
    stop_drv(Drv).

%% A call that times out returns at its timeout, and its late reply never
%% answers a later call.
timeout_while_busy(_Config) ->
    Drv = start_drv(),
    {ok, P} = alcove:fork(Drv, []),
    {ok, S} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [S], "sleep", ["sleep", "60"]),
    ok = alcove:stdin(Drv, [S], blob(64 * ?MIB)),
    %% P blocks reading its own stdin, which nobody writes yet
    T0 = erlang:monotonic_time(millisecond),
    {'EXIT', {timeout, _}} = (catch alcove:read(Drv, [P], 0, 5, 300)),
    {'EXIT', {timeout, _}} = (catch alcove:getpid(Drv, [P], 300)),
    Took = erlang:monotonic_time(millisecond) - T0,
    %% now the read returns and both late replies are dropped
    ok = alcove:stdin(Drv, [P], <<"abcde">>),
    P = alcove:getpid(Drv, [P], ?LIVE),
    [] = [M || {alcove_call, [Q], _} = M <- flush_msgs(Drv), Q =:= P],
    ct:comment("two 300 ms timeouts took ~p ms", [Took]),
    stop_drv(Drv).

%% Upward: a child writing at full speed does not hold up replies on
%% other pipelines (figures in the comment).
flood_up(_Config) ->
    Drv = start_drv(),
    {ok, F} = alcove:fork(Drv, []),
    {ok, S} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [F], "cat", ["cat", "/dev/zero"]),
    Lat = [
        begin
            Bytes = drop_stdout(Drv, [F], 0),
            T0 = erlang:monotonic_time(microsecond),
            S = alcove:getpid(Drv, [S], ?LIVE),
            {erlang:monotonic_time(microsecond) - T0, Bytes}
        end
     || _ <- lists:seq(1, 200)
    ],
    Us = [U || {U, _} <- Lat],
    Seen = lists:sum([B || {_, B} <- Lat]),
    true = Seen > 0,
    ct:comment("sibling getpid under a stdout flood: p50 ~p us, p99 ~p us (~p MiB relayed)", [
        p50(Us), pct(Us, 99), Seen div ?MIB
    ]),
    ok = alcove:kill(Drv, [], F, 9),
    stop_drv(Drv).

%% The owner dies with stdin queued to a stalled program: the tree is torn
%% down within a few seconds.
owner_death_queued(_Config) ->
    Self = self(),
    Owner = spawn(fun() ->
        Drv = start_drv(),
        unlink(Drv),
        {ok, P} = alcove:fork(Drv, []),
        ok = alcove:execvp(Drv, [P], "sleep", ["sleep", "60"]),
        ok = alcove:stdin(Drv, [P], blob(64 * ?MIB)),
        Self ! {ready, Drv, port_os_pid(Drv), P},
        receive
            stop -> ok
        end
    end),
    receive
        {ready, Drv, PortPid, P} ->
            MRef = erlang:monitor(process, Drv),
            exit(Owner, kill),
            receive
                {'DOWN', MRef, process, Drv, _} -> ok
            after ?LIVE -> ct:fail(driver_not_stopped)
            end,
            true = wait_gone(PortPid, 60),
            true = wait_gone(P, 60)
    after ?TIMEOUT -> ct:fail(owner_not_ready)
    end.

%% PropEr: random bursts of stdin, pauses and calls across three children
%% keep every byte (in order) and every reply.
windows_property(_Config) ->
    case code:which(proper) of
        non_existing ->
            {skip, "PropEr not installed (erlang-proper)"};
        _ ->
            Prop = proper:forall(
                proper_types:list(step()),
                fun(Steps) -> run_steps(Steps) end
            ),
            true = proper:quickcheck(Prop, [{numtests, 25}, {to_file, user}])
    end.

step() ->
    proper_types:oneof([
        {stdin, proper_types:range(1, 3), proper_types:range(0, 1536 * 1024)},
        {call, proper_types:range(1, 3)},
        {pause, proper_types:range(0, 100)}
    ]).

run_steps(Steps) ->
    Drv = start_drv(),
    try
        Kids = [
            begin
                {ok, K} = alcove:fork(Drv, []),
                %% each one pauses before reading, and reads slowly
                Delay = io_lib:format("sleep 0.~B", [N * 2]),
                ok = alcove:execvp(Drv, [K], "/bin/sh", [
                    "sh", "-c", lists:flatten(Delay) ++ "; exec md5sum"
                ]),
                K
            end
         || N <- [1, 2, 3]
        ],
        {ok, Caller} = alcove:fork(Drv, []),
        Sent = lists:foldl(
            fun
                ({stdin, I, Size}, Acc) ->
                    K = lists:nth(I, Kids),
                    Bin = crypto:strong_rand_bytes(Size),
                    ok = alcove:stdin(Drv, [K], Bin),
                    maps:update_with(K, fun(Old) -> [Bin | Old] end, [Bin], Acc);
                ({call, _}, Acc) ->
                    Caller = alcove:getpid(Drv, [Caller], ?LIVE),
                    Acc;
                ({pause, Ms}, Acc) ->
                    timer:sleep(Ms),
                    Acc
            end,
            #{},
            Steps
        ),
        [ok = alcove:eof(Drv, [K]) || K <- Kids],
        lists:all(
            fun(K) ->
                Data = iolist_to_binary(lists:reverse(maps:get(K, Sent, []))),
                {Out, _, Exit} = collect(Drv, [K]),
                Out =:= <<(hex(erlang:md5(Data)))/binary, "  -\n">> andalso Exit =:= {exit_status, 0}
            end,
            Kids
        )
    after
        stop_drv(Drv)
    end.

%% Output moved without a copy (c_src/alcove_splice.c) arrives whole and
%% in order: random bytes on stdout and stderr at once, through one relay
%% and through four.
stdout_exact(Config) ->
    stdout_exact_at(Config, 1, 48 * ?MIB).

stdout_exact_depth4(Config) ->
    stdout_exact_at(Config, 4, 16 * ?MIB).

stdout_exact_at(Config, Depth, Size) ->
    File = random_file(Config, Size),
    Drv = start_drv(),
    P = fork_chain(Drv, Depth),
    ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", "cat \"$0\" & cat \"$0\" >&2; wait", File]),
    {Out, Err, {exit_status, 0}} = collect(Drv, P),
    {ok, Data} = file:read_file(File),
    true = Out =:= Data,
    true = Err =:= Data,
    ct:comment("~p MiB on stdout and stderr at depth ~p", [Size div ?MIB, Depth]),
    stop_drv(Drv).

%% The port splices its children's output only while no seccomp filter
%% applies to it: with splice and ioctl killing it, it relays every byte
%% and lives on.
stdout_exact_filtered_relay(Config) ->
    File = random_file(Config, 16 * ?MIB),
    Drv = start_drv(),
    {ok, Child} = alcove:fork(Drv, []),
    Prog = alcove_rootless:seccomp_filter(Drv, [], {[sys_splice, sys_ioctl], kill}),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [], pr_set_no_new_privs, 1, 0, 0, 0),
    ok = alcove:seccomp(Drv, [], seccomp_set_mode_filter, 0, Prog),
    ok = alcove:execvp(Drv, [Child], "cat", ["cat", File]),
    {Out, <<>>, {exit_status, 0}} = collect(Drv, [Child]),
    {ok, Data} = file:read_file(File),
    true = Out =:= Data,
    true = is_integer(alcove:getpid(Drv, [], ?LIVE)),
    stop_drv(Drv).

%%--------------------------------------------------------------------
%% Helpers
%%--------------------------------------------------------------------

random_file(Config, Size) ->
    File = filename:join(?config(priv_dir, Config), "random.bin"),
    ok = file:write_file(File, crypto:strong_rand_bytes(Size)),
    File.

blob(Size) ->
    binary:copy(<<"x">>, Size).

hex(Bin) ->
    list_to_binary([io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin]).

%% Microseconds per getpid on Pipeline, N times.
latencies(Drv, Pipeline, Expect, N) ->
    [
        begin
            T0 = erlang:monotonic_time(microsecond),
            Expect = alcove:getpid(Drv, Pipeline, ?LIVE),
            erlang:monotonic_time(microsecond) - T0
        end
     || _ <- lists:seq(1, N)
    ].

p50(L) -> pct(L, 50).

pct(L, P) ->
    S = lists:sort(L),
    lists:nth(max(1, (length(S) * P + 99) div 100), S).

comment(Unloaded, Loaded) ->
    ct:comment("sibling getpid p50 ~p us unloaded, ~p us with the stalled stream (p99 ~p us)", [
        p50(Unloaded), p50(Loaded), pct(Loaded, 99)
    ]).

port_os_pid(Drv) ->
    {os_pid, Pid} = erlang:port_info(alcove_drv:port(Drv), os_pid),
    Pid.

rss_kib(Pid) ->
    {ok, Status} = file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/status"),
    [_, Rest] = binary:split(Status, <<"VmRSS:">>),
    [Kib | _] = binary:split(string:trim(Rest, leading), <<" ">>),
    binary_to_integer(Kib).

%% The process is blocked in a gen_server call (the server holds it).
wait_waiting(Pid) ->
    wait_waiting(Pid, 200).

wait_waiting(_Pid, 0) ->
    ct:fail(not_waiting);
wait_waiting(Pid, N) ->
    case erlang:process_info(Pid, [status, current_function]) of
        [{status, waiting}, {current_function, {gen, do_call, 4}}] ->
            ok;
        _ ->
            timer:sleep(10),
            wait_waiting(Pid, N - 1)
    end.

drop_stdout(Drv, Pipeline, Acc) ->
    receive
        {alcove_stdout, Drv, Pipeline, Data} -> drop_stdout(Drv, Pipeline, Acc + byte_size(Data))
    after 0 -> Acc
    end.

stop_gone(Drv, Pids) ->
    T0 = erlang:monotonic_time(millisecond),
    ok = stop_drv(Drv),
    Stop = erlang:monotonic_time(millisecond) - T0,
    ct:log("stop/1 took ~p ms", [Stop]),
    true = lists:all(fun(P) -> wait_gone(P, 60) end, Pids),
    ok.
