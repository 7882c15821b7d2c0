%%% The guarantees of DESIGN.md under load, faults and hostile input (see
%%% doc/GUARANTEES.md): output before exit, nothing lost, no call hangs,
%%% untrusted output stays data, malformed frames get an error.
%%%
%%% The output-before-exit rounds run in group `short' (1000 rounds per
%%% configuration, the default run: ~15 s for the four) and `long' (10000
%%% rounds per configuration: `make check-long').
-module(alcove_guarantee_SUITE).

-include("alcove_test.hrl").

-export([all/0, groups/0, init_per_group/2, end_per_group/2]).
-export([init_per_testcase/2, end_per_testcase/2, suite/0]).
-export([
    output_d1_noflow/1,
    output_d1_flow/1,
    output_d4_noflow/1,
    output_d4_flow/1,
    grandchild_holds_pipes/1,
    stdin_64mib_one_call/1,
    cat_64mib_both_ways_depth4/1,
    stdin_full_pipe/1,
    call_dead_relay/1,
    call_never_existed/1,
    call_negative_pid/1,
    call_stdin_closed/1,
    late_reply_not_taken/1,
    reply_before_note/1,
    owner_writes_while_busy/1,
    random_output_byte_exact/1,
    malformed_frames_random/1,
    oversize_and_truncated_frames/1
]).

-define(ROUNDS_SHORT, 1000).
-define(ROUNDS_LONG, 10000).
%% children streaming at once in the output rounds
-define(INFLIGHT, 6).
-define(MIB, 1048576).

suite() ->
    [{timetrap, {minutes, 30}}].

all() ->
    [
        {group, short},
        grandchild_holds_pipes,
        stdin_64mib_one_call,
        cat_64mib_both_ways_depth4,
        stdin_full_pipe,
        call_dead_relay,
        call_never_existed,
        call_negative_pid,
        call_stdin_closed,
        late_reply_not_taken,
        reply_before_note,
        owner_writes_while_busy,
        random_output_byte_exact,
        malformed_frames_random,
        oversize_and_truncated_frames
    ].

groups() ->
    Rounds = [output_d1_noflow, output_d1_flow, output_d4_noflow, output_d4_flow],
    [{short, [], Rounds}, {long, [], Rounds}].

init_per_group(short, Config) -> [{rounds, ?ROUNDS_SHORT} | Config];
init_per_group(long, Config) -> [{rounds, ?ROUNDS_LONG} | Config].

end_per_group(_, _Config) -> ok.

init_per_testcase(_Case, Config) ->
    [{drv, start_drv()} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%%--------------------------------------------------------------------
%% 1. Output before exit
%%--------------------------------------------------------------------

%% Every byte of stdout and stderr arrives before the exit event: depth 1,
%% no flow control.
output_d1_noflow(Config) -> output_rounds(Config, 1, false).
%% ... depth 1, flow control (small credit granted as messages arrive).
output_d1_flow(Config) -> output_rounds(Config, 1, true).
%% ... depth 4, no flow control.
output_d4_noflow(Config) -> output_rounds(Config, 4, false).
%% ... depth 4, flow control.
output_d4_flow(Config) -> output_rounds(Config, 4, true).

%% Sizes: exponential with mean 256 KiB, capped at 1 MiB; 0 and the
%% boundaries of a read come up on their own (and are forced in the first
%% rounds).
rand_size() ->
    min(?MIB, round(-262144 * math:log(1.0 - rand:uniform()))).

output_rounds(Config, Depth, Flow) ->
    Drv = ?config(drv, Config),
    Rounds = ?config(rounds, Config),
    Seed = {Depth, erlang:phash2(Flow), erlang:unique_integer([positive])},
    _ = rand:seed(exsss, Seed),
    P0 = fork_chain(Drv, Depth - 1),
    Forced = [{0, 0}, {1, 0}, {0, 1}, {65536, 65535}, {65537, ?MIB}, {?MIB, ?MIB}],
    Sizes = lists:sublist(Forced, Rounds) ++
        [{rand_size(), rand_size()} || _ <- lists:seq(1, Rounds - min(Rounds, length(Forced)))],
    T0 = erlang:monotonic_time(millisecond),
    {Bytes, Stalls} = run_rounds(Drv, P0, Flow, Sizes, #{}, 0, 0),
    Ms = max(1, erlang:monotonic_time(millisecond) - T0),
    Comment = io_lib:format(
        "~B rounds, depth ~B, flow ~p: ~.1f MiB in ~B ms (~.1f MiB/s), ~B grants, seed ~p",
        [Rounds, Depth, Flow, Bytes / ?MIB, Ms, Bytes / ?MIB / (Ms / 1000), Stalls, Seed]
    ),
    ct:log("~s", [Comment]),
    {comment, lists:flatten(Comment)}.

%% Keep ?INFLIGHT children streaming; each is checked when its exit event
%% arrives. Returns {total bytes, flow-control grants}.
run_rounds(_Drv, _P0, _Flow, [], Live, Bytes, Grants) when map_size(Live) =:= 0 ->
    {Bytes, Grants};
run_rounds(Drv, P0, Flow, [{Out, Err} | Sizes], Live, Bytes, Grants) when
    map_size(Live) < ?INFLIGHT
->
    {ok, C} = alcove:fork(Drv, P0),
    Credit = rand:uniform(4),
    _ =
        case Flow of
            true -> true = alcove:setcpid(Drv, P0, C, flowcontrol, Credit);
            false -> ok
        end,
    Status = rand:uniform(200),
    Cmd = lists:flatten(
        io_lib:format(
            "head -c ~B /dev/zero; head -c ~B /dev/zero >&2; exit ~B",
            [Out, Err, Status]
        )
    ),
    ok = alcove:execvp(Drv, P0 ++ [C], "/bin/sh", ["sh", "-c", Cmd]),
    St = #{want => {Out, Err, Status}, out => 0, err => 0, credit => Credit, used => 0},
    run_rounds(Drv, P0, Flow, Sizes, Live#{C => St}, Bytes, Grants);
run_rounds(Drv, P0, Flow, Sizes, Live, Bytes, Grants) ->
    N = length(P0) + 1,
    receive
        {Tag, Drv, P, Term} when length(P) =:= N ->
            C = lists:last(P),
            case {Tag, Term, maps:find(C, Live)} of
                {alcove_ctl, fdctl_closed, _} ->
                    run_rounds(Drv, P0, Flow, Sizes, Live, Bytes, Grants);
                {_, _, {ok, St0}} when Tag =:= alcove_stdout; Tag =:= alcove_stderr ->
                    Key =
                        case Tag of
                            alcove_stdout -> out;
                            alcove_stderr -> err
                        end,
                    St1 = St0#{
                        Key := maps:get(Key, St0) + byte_size(Term),
                        used := maps:get(used, St0) + 1
                    },
                    {St, G} = grant(Drv, P0, C, Flow, St1),
                    run_rounds(Drv, P0, Flow, Sizes, Live#{C := St}, Bytes, Grants + G);
                {alcove_event, Event, {ok, St0}} ->
                    #{want := {Out, Err, Status}, out := GotOut, err := GotErr} = St0,
                    {{Out, Err, {exit_status, Status}}, C} = {{GotOut, GotErr, Event}, C},
                    run_rounds(
                        Drv, P0, Flow, Sizes, maps:remove(C, Live), Bytes + Out + Err, Grants
                    );
                _ ->
                    %% e.g. output after the exit event of its child
                    ct:fail({unexpected, Tag, P, Term})
            end;
        {Tag, Drv, P, Term} when P =/= [], length(P) =/= length(P0) ->
            ct:fail({unexpected, Tag, P, Term})
    after 30000 ->
        ct:fail({stalled, [{C, St, getcpid(Drv, P0, C)} || {C, St} <- maps:to_list(Live)]})
    end.

getcpid(Drv, P0, C) ->
    catch alcove:getcpid(Drv, P0, C, flowcontrol, 5000).

%% The credit is a count of reads: when every granted read has produced
%% its message, grant again (setcpid sets the counter).
grant(_Drv, _P0, _C, false, St) ->
    {St, 0};
grant(Drv, P0, C, true, #{credit := Credit, used := Used} = St) when Used >= Credit ->
    New = rand:uniform(4),
    %% the child may have exited meanwhile: then the grant is moot
    _ = (catch alcove:setcpid(Drv, P0, C, flowcontrol, New, 10000)),
    {St#{credit := New, used := 0}, 1};
grant(_Drv, _P0, _C, true, St) ->
    {St, 0}.

%% Background processes holding stdout and stderr: what was written before
%% the exit (1 MiB each) arrives before the exit event, the event is not
%% withheld until they finish, and what they write later still arrives.
grandchild_holds_pipes(Config) ->
    Drv = ?config(drv, Config),
    P0 = fork_chain(Drv, 2),
    {ok, C} = alcove:fork(Drv, P0),
    P = P0 ++ [C],
    Cmd =
        "head -c 1048576 /dev/zero; head -c 1048575 /dev/zero >&2; "
        "(sleep 2; echo after-out; echo after-err >&2) & "
        "(sleep 3; echo late) & exit 7",
    ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", Cmd]),
    {Out, Err, {exit_status, 7}} = collect(Drv, P),
    {1048576, 1048575} = {byte_size(Out), byte_size(Err)},
    %% the event came while the background processes were still sleeping:
    %% nothing they wrote was seen before it
    After = drain(Drv, P, 6000, <<>>, <<>>),
    {<<"after-out\nlate\n">>, <<"after-err\n">>} = After.

drain(Drv, P, Timeout, Out, Err) ->
    receive
        {alcove_stdout, Drv, P, D} -> drain(Drv, P, Timeout, <<Out/binary, D/binary>>, Err);
        {alcove_stderr, Drv, P, D} -> drain(Drv, P, Timeout, Out, <<Err/binary, D/binary>>);
        {alcove_ctl, Drv, P, _} -> drain(Drv, P, Timeout, Out, Err)
    after Timeout -> {Out, Err}
    end.

%%--------------------------------------------------------------------
%% 2. Nothing lost
%%--------------------------------------------------------------------

%% 64 MiB in one alcove:stdin/3 call reaches the program exactly (its
%% sha256 computed by sha256sum in the child).
stdin_64mib_one_call(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", "sha256sum | cut -c1-64"]),
    Data = crypto:strong_rand_bytes(64 * ?MIB),
    T0 = erlang:monotonic_time(millisecond),
    ok = alcove:stdin(Drv, [C], Data),
    ok = alcove:eof(Drv, [C]),
    {Out, <<>>, {exit_status, 0}} = collect_long(Drv, [C]),
    Ms = max(1, erlang:monotonic_time(millisecond) - T0),
    Hex = hex(crypto:hash(sha256, Data)),
    {Hex, _} = {string:trim(Out), Out},
    {comment, lists:flatten(io_lib:format("64 MiB in ~B ms (~.1f MiB/s)", [Ms, 64 / (Ms / 1000)]))}.

%% 64 MiB through `cat' at depth 4 in both directions at once: stdin is
%% sent while stdout is collected; the hashes match.
cat_64mib_both_ways_depth4(Config) ->
    Drv = ?config(drv, Config),
    P = fork_chain(Drv, 4),
    ok = alcove:execvp(Drv, P, "/bin/cat", ["cat"]),
    Data = crypto:strong_rand_bytes(64 * ?MIB),
    T0 = erlang:monotonic_time(millisecond),
    ok = alcove:stdin(Drv, P, Data),
    ok = alcove:eof(Drv, P),
    {Hash, Size, {exit_status, 0}} = hash_stdout(Drv, P, crypto:hash_init(sha256), 0),
    Ms = max(1, erlang:monotonic_time(millisecond) - T0),
    {Size, Hash} = {byte_size(Data), crypto:hash(sha256, Data)},
    {comment, lists:flatten(io_lib:format("64 MiB each way in ~B ms (~.1f MiB/s)", [Ms, 64 / (Ms / 1000)]))}.

hash_stdout(Drv, P, Ctx, Size) ->
    receive
        {alcove_stdout, Drv, P, D} -> hash_stdout(Drv, P, crypto:hash_update(Ctx, D), Size + byte_size(D));
        {alcove_stderr, Drv, P, D} -> ct:fail({stderr, D});
        {alcove_ctl, Drv, P, fdctl_closed} -> hash_stdout(Drv, P, Ctx, Size);
        {alcove_event, Drv, P, Event} -> {crypto:hash_final(Ctx), Size, Event}
    after 60000 -> ct:fail({stalled, Size})
    end.

%% A child that does not read for 2 s (its stdin pipe is full long
%% before): every byte is written later, none dropped.
stdin_full_pipe(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    P = [C, G],
    ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", "sleep 2; exec cat"]),
    Data = crypto:strong_rand_bytes(4 * ?MIB + 17),
    %% many small writes and one big one
    Parts = split_random(Data, []),
    [ok = alcove:stdin(Drv, P, Part) || Part <- Parts],
    ok = alcove:eof(Drv, P),
    {Hash, Size, {exit_status, 0}} = hash_stdout(Drv, P, crypto:hash_init(sha256), 0),
    {Size, Hash} = {byte_size(Data), crypto:hash(sha256, Data)},
    %% no alcove_pipe notice, no error
    [] = [M || {alcove_pipe, _, _} = M <- flush_msgs(Drv)].

split_random(<<>>, Acc) ->
    lists:reverse(Acc);
split_random(Bin, Acc) ->
    N = min(byte_size(Bin), rand:uniform(200000)),
    <<Part:N/binary, Rest/binary>> = Bin,
    split_random(Rest, [Part | Acc]).

collect_long(Drv, P) ->
    collect_long(Drv, P, [], []).

collect_long(Drv, P, Out, Err) ->
    receive
        {alcove_stdout, Drv, P, D} -> collect_long(Drv, P, [D | Out], Err);
        {alcove_stderr, Drv, P, D} -> collect_long(Drv, P, Out, [D | Err]);
        {alcove_ctl, Drv, P, fdctl_closed} -> collect_long(Drv, P, Out, Err);
        {alcove_event, Drv, P, Event} ->
            {iolist_to_binary(lists:reverse(Out)), iolist_to_binary(lists:reverse(Err)), Event}
    after 60000 -> ct:fail(stalled)
    end.

hex(Bin) ->
    list_to_binary([io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin]).

%%--------------------------------------------------------------------
%% 3. No call hangs
%%--------------------------------------------------------------------

%% The call raises an error (not timeout) or returns an error value.
prompt_error(Fun) ->
    T0 = erlang:monotonic_time(millisecond),
    R =
        try Fun() of
            V -> {value, V}
        catch
            error:E -> {error, E}
        end,
    Ms = erlang:monotonic_time(millisecond) - T0,
    case R of
        {error, timeout} -> ct:fail({timeout, Ms});
        {error, _} -> {R, Ms};
        {value, {error, _}} -> {R, Ms};
        {value, V2} -> ct:fail({unexpected_success, V2})
    end.

%% A call through a relay that was killed gets an error.
call_dead_relay(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    {ok, GG} = alcove:fork(Drv, [C, G]),
    ok = alcove:kill(Drv, [], C, sigkill),
    %% immediately, before the exit is seen, and again after
    R1 = prompt_error(fun() -> alcove:getpid(Drv, [C, G], 5000) end),
    R2 = prompt_error(fun() -> alcove:getpid(Drv, [C, G, GG], 5000) end),
    {termsig, sigkill} = wait_event(Drv, [C]),
    R3 = prompt_error(fun() -> alcove:getpid(Drv, [C, G], 5000) end),
    R4 = prompt_error(fun() -> alcove:version(Drv, [C], 5000) end),
    ct:log("~p", [[R1, R2, R3, R4]]),
    %% PROTOCOL.md: nothing relays for a dead process, and it is no child
    [{{error, badpid}, _}, {{error, badpid}, _}, {{error, badpid}, _}, {{error, badpid}, _}] =
        [R1, R2, R3, R4],
    %% the port is fine
    true = is_integer(alcove:getpid(Drv, [])).

%% A pid that never existed, at depth 1 and through a relay.
call_never_existed(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {{error, badpid}, _} = prompt_error(fun() -> alcove:getpid(Drv, [16#7ffffff0], 5000) end),
    {{error, badpid}, _} = prompt_error(fun() -> alcove:getpid(Drv, [C, 16#7ffffff0], 5000) end),
    {{error, badpid}, _} = prompt_error(fun() -> alcove:getpid(Drv, [C, 16#7ffffff0, 1], 5000) end),
    C = alcove:getpid(Drv, [C]).

%% Negative pids (1.0.1 echoed them unsigned and hung).
call_negative_pid(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    Rs = [
        prompt_error(fun() -> alcove:getpid(Drv, P, 5000) end)
     || P <- [[-1], [-16#80000000], [C, -1], [C, -5, 3], [0], [C, 0]]
    ],
    ct:log("~p", [Rs]),
    [] = [R || R <- Rs, element(1, R) =/= {error, badpid}],
    C = alcove:getpid(Drv, [C]).

%% A child whose stdin was closed (eof) exits; calls to it get an error.
call_stdin_closed(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:eof(Drv, [C]),
    %% its loop sees the hang-up and exits; from then on it is no child
    {exit_status, _} = wait_event(Drv, [C]),
    R1 = prompt_error(fun() -> alcove:getpid(Drv, [C], 5000) end),
    R2 = prompt_error(fun() -> alcove:getpid(Drv, [C, G], 5000) end),
    R3 = prompt_error(fun() -> alcove:getpid(Drv, [C], 5000) end),
    ct:log("~p", [[R1, R2, R3]]),
    [{{error, badpid}, _}, {{error, badpid}, _}, {{error, badpid}, _}] = [R1, R2, R3],
    true = is_integer(alcove:getpid(Drv, [])).

%% A reply that arrives after its call timed out is never taken as the
%% reply of the next call on the same pipeline.
late_reply_not_taken(Config) ->
    Drv = ?config(drv, Config),
    P = fork_chain(Drv, 2),
    C = lists:last(P),
    Results = [
        begin
            R =
                try alcove:select(Drv, P, [], [], [], #alcove_timeval{sec = 1, usec = 0}, 100) of
                    V -> {returned, V}
                catch
                    error:timeout -> timeout
                end,
            %% the select reply lands while these run: never taken
            C = alcove:getpid(Drv, P, 5000),
            <<"1.0.1">> = alcove:version(Drv, P, 5000),
            [] = [M || {alcove_call, Pl, _} = M <- flush_msgs(Drv), Pl =:= P],
            R
        end
     || _ <- lists:seq(1, 5)
    ],
    %% and with no wait in between: a chain of timed out calls
    [
        catch alcove:select(Drv, P, [], [], [], #alcove_timeval{sec = 0, usec = 300000}, 10)
     || _ <- lists:seq(1, 3)
    ],
    C = alcove:getpid(Drv, P, 5000),
    timer:sleep(1200),
    [] = [M || {alcove_call, Pl, _} = M <- flush_msgs(Drv), Pl =:= P],
    ct:log("~p", [Results]).

%% The owner writes its requests to the port itself and tells the server
%% where the reply goes (alcove_drv_call). Messages from two senders have
%% no order: a reply the server takes before the owner's note is still
%% answered to the caller, not forwarded as a stray message.
reply_before_note(Config) ->
    Drv = ?config(drv, Config),
    Port = alcove_drv:port(Drv),
    {os_pid, Pid} = erlang:port_info(Port, os_pid),
    ReqId = 16#7ffffff0,
    Me = self(),
    %% the reply goes to an alias of another process: a reply forwarded
    %% to the owner instead would land here
    Waiter = spawn_link(fun() ->
        Alias = erlang:alias(),
        Me ! {alias, Alias},
        receive
            {alcove_call, Drv, [], Reply} -> Me ! {waiter, Reply}
        after 5000 -> Me ! {waiter, none}
        end
    end),
    Alias = receive {alias, A} -> A end,
    ok = sys:suspend(Drv),
    true = erlang:port_command(Port, alcove_codec:call(getpid, [], [], ReqId)),
    %% the reply is in the server's mailbox before the note
    ok = wait_queue(Drv, 1, 200),
    ok = gen_server:cast(Drv, {pend, self(), Alias, [], ReqId, false}),
    ok = sys:resume(Drv),
    receive
        {waiter, Got} -> Pid = Got
    end,
    unlink(Waiter),
    [] = [M || {alcove_call, _, _} = M <- flush_msgs(Drv)].

%% A call from the owner reaches the port while the server is held up:
%% the port's reply is in the server's mailbox, next to the owner's note,
%% before the server runs again. Another caller's request waits for the
%% server, which refuses it.
owner_writes_while_busy(Config) ->
    Drv = ?config(drv, Config),
    {os_pid, Pid} = erlang:port_info(alcove_drv:port(Drv), os_pid),
    Pid = alcove:getpid(Drv, []),
    ok = sys:suspend(Drv),
    Me = self(),
    spawn_link(fun() ->
        R = wait_queue(Drv, 2, 200),
        ok = sys:resume(Drv),
        Me ! {queued, R}
    end),
    Pid = alcove:getpid(Drv, [], 5000),
    receive
        {queued, ok} -> ok;
        {queued, Error} -> ct:fail({request_not_written, Error})
    end,
    spawn_link(fun() -> Me ! {other, catch alcove:getpid(Drv, [], 5000)} end),
    receive
        {other, {error, not_owner}} -> ok;
        {other, Other} -> ct:fail({not_refused, Other})
    after 5000 -> ct:fail(no_answer)
    end.

wait_queue(_Pid, _N, 0) ->
    {error, timeout};
wait_queue(Pid, N, Tries) ->
    case erlang:process_info(Pid, message_queue_len) of
        {message_queue_len, L} when L >= N -> ok;
        _ -> timer:sleep(10), wait_queue(Pid, N, Tries - 1)
    end.

%%--------------------------------------------------------------------
%% 4. Hostile input
%%--------------------------------------------------------------------

%% Random binaries of random sizes, many shaped like frames, echoed by
%% cat on stdout and by `cat >&2' on stderr, arrive byte-exact.
random_output_byte_exact(Config) ->
    Drv = ?config(drv, Config),
    {ok, R} = alcove:fork(Drv, []),
    {ok, C1} = alcove:fork(Drv, [R]),
    {ok, C2} = alcove:fork(Drv, [R]),
    ok = alcove:execvp(Drv, [R, C1], "/bin/cat", ["cat"]),
    ok = alcove:execvp(Drv, [R, C2], "/bin/sh", ["sh", "-c", "exec cat >&2"]),
    Chunks = [hostile_chunk() || _ <- lists:seq(1, 300)],
    Data = iolist_to_binary(Chunks),
    [ok = alcove:stdin(Drv, [R, C], Chunk) || Chunk <- Chunks, C <- [C1, C2]],
    ok = alcove:eof(Drv, [R, C1]),
    ok = alcove:eof(Drv, [R, C2]),
    {Data, <<>>, {exit_status, 0}} = collect_long(Drv, [R, C1]),
    {<<>>, Data, {exit_status, 0}} = collect_long(Drv, [R, C2]),
    %% nothing else was produced: no call reply, event or ctl from the
    %% bytes
    Other = [M || {Tag, _, _} = M <- flush_msgs(Drv), Tag =/= alcove_ctl],
    [] = Other,
    R = alcove:getpid(Drv, [R]),
    {comment, io_lib:format("~B bytes each way", [byte_size(Data)])}.

hostile_chunk() ->
    case rand:uniform(6) of
        1 -> crypto:strong_rand_bytes(rand:uniform(70000));
        2 -> crypto:strong_rand_bytes(rand:uniform(64));
        3 ->
            %% a valid CALL reply frame, as a port would write it
            T = term_to_binary({ok, rand:uniform(1000)}),
            <<(byte_size(T) + 6):32, 4:16, 0:32, T/binary>>;
        4 ->
            %% PROXY(pid, EVENT(exit_status))
            T = term_to_binary({exit_status, 0}),
            <<(byte_size(T) + 2 + 6):32, 3:16, 1:32, (byte_size(T) + 2):32, 5:16, T/binary>>;
        5 ->
            %% a header announcing much more than follows
            <<16#7fffffff:32, 4:16, (crypto:strong_rand_bytes(10))/binary>>;
        6 ->
            alcove_codec:call(getpid, [rand:uniform(100000)], [], rand:uniform(1000))
    end.

frame(Type, Body) ->
    <<(byte_size(Body) + 2):32, Type:16, Body/binary>>.

proxy(C, Frame) ->
    frame(3, <<C:32, Frame/binary>>).

error_reply(Drv, Pipeline) ->
    receive
        {alcove_call, Drv, Pipeline, E} when E =:= badarg; E =:= undef -> {ok, E};
        {alcove_call, Drv, Pipeline, Other} -> {ok, {reply, Other}};
        {alcove_ctl, Drv, Pipeline, badarg} -> {ok, ctl_badarg}
    after 10000 -> {no_error_reply, flush_msgs(Drv)}
    end.

%% Well-formed CALL frames carrying garbage: random bytes after a valid
%% call id (every call), a valid version byte and tuple header followed by
%% garbage, wrong types, deep nesting and huge arities. Each gets an error
%% reply (badarg, undef, or for a call that accepts the garbage as
%% arguments, its reply) at [] and through a relay, and the loops keep
%% answering.
malformed_frames_random(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    Calls = alcove_proto:calls(),
    N = length(Calls),
    Deep = fun(D, Leaf) -> iolist_to_binary([binary:copy(<<108, 0, 0, 0, 1>>, D), Leaf, binary:copy(<<106>>, D)]) end,
    Fixed = [
        %% deep nesting: lists and tuples
        <<131, 104, 1, (Deep(200, <<106>>))/binary>>,
        <<131, 104, 1, (binary:copy(<<104, 1>>, 300))/binary, 106>>,
        %% huge arities that the bytes cannot hold
        <<131, 105, 255, 255, 255, 255>>,
        <<131, 104, 1, 108, 255, 255, 255, 255, 106>>,
        <<131, 104, 1, 116, 255, 255, 255, 255>>,
        %% a binary longer than the frame
        <<131, 104, 1, 109, 127, 255, 255, 255, 1, 2, 3>>,
        %% unsupported term types: pid, ref, fun, float
        <<131, 104, 1, (term_to_binary(self()))/binary>>,
        <<131, 104, 1, 70, 0, 0, 0, 0, 0, 0, 0, 0>>,
        %% a big integer of 255 bytes
        <<131, 104, 1, 110, 255, 0, (binary:copy(<<255>>, 255))/binary>>
    ],
    Cases =
        [{Id, Args} || Id <- lists:seq(0, N - 1), Args <- [crypto:strong_rand_bytes(rand:uniform(40) - 1)]] ++
            [{Id, <<131, 104, (rand:uniform(4) - 1), (crypto:strong_rand_bytes(rand:uniform(30)))/binary>>}
             || Id <- lists:seq(0, N - 1)] ++
            [{rand:uniform(N) - 1, Args} || Args <- Fixed] ++
            [{rand:uniform(65536) - 1, crypto:strong_rand_bytes(rand:uniform(20))} || _ <- lists:seq(1, 50)],
    Harmful = [alcove_proto:call(Name) || Name <- harmful_ids()],
    Replies = lists:foldl(
        fun({Id, Args}, Acc) ->
            Body = <<7:32, Id:16, Args/binary>>,
            Frame = frame(4, Body),
            Acc1 =
                case lists:member(Id, Harmful) of
                    true ->
                        Acc;
                    false ->
                        ok = gen_server:call(Drv, {send, Frame}),
                        {ok, E1} = error_reply(Drv, []),
                        true = is_integer(alcove:getpid(Drv, [], 5000)),
                        [E1 | Acc]
                end,
            ok = gen_server:call(Drv, {send, proxy(C, Frame)}),
            Child = error_reply(Drv, [C]),
            {ok, E2} = {element(1, Child), Child},
            C = alcove:getpid(Drv, [C], 5000),
            [E2 | Acc1]
        end,
        [],
        Cases
    ),
    Count = fun(Pred) -> length([R || R <- Replies, Pred(R)]) end,
    {comment,
        lists:flatten(
            io_lib:format("~B frames: ~B badarg, ~B undef, ~B other replies", [
                length(Replies),
                Count(fun(R) -> R =:= badarg end),
                Count(fun(R) -> R =:= undef end),
                Count(fun(R) -> R =/= badarg andalso R =/= undef end)
            ])
        )}.

%% Garbage that happens to decode must not run a call that would end the
%% port (the test sends those to the child only).
harmful_ids() ->
    [
        exit, execve, execvp, fexecve, kill, fork, clone, setuid, setgid, setresuid, setresgid,
        chroot, pivot_root, mount, umount, umount2, unshare, setns, seccomp, prctl, ptrace,
        setrlimit, setpriority, sethostname, clearenv, close, filter, sigaction, chdir, select,
        read, write, ioctl, fcntl, setgroups, setsid, setpgid, setopt, setcpid, waitpid,
        setproctitle, unlink, rmdir, mkdir, mkfifo, link, symlink, chmod, chown, open, setenv,
        unsetenv
    ].

%% Frames whose header cannot be trusted: a length over 128 MiB and a
%% truncated frame followed by end-of-channel. The process reading them
%% cannot resynchronise (doc/PROTOCOL.md): a child given one through its
%% relay unwinds and is reported; the port and its other children keep
%% answering.
oversize_and_truncated_frames(Config) ->
    Drv = ?config(drv, Config),
    {ok, Keep} = alcove:fork(Drv, []),
    %% oversize: Len = 128 MiB + 1
    {ok, C1} = alcove:fork(Drv, []),
    ok = gen_server:call(Drv, {send, proxy(C1, <<(128 * ?MIB + 1):32, 4:16, 0:32>>)}),
    E1 = wait_event(Drv, [C1]),
    %% Len = 1 (< 2)
    {ok, C2} = alcove:fork(Drv, []),
    ok = gen_server:call(Drv, {send, proxy(C2, <<1:32, 4:16>>)}),
    E2 = wait_event(Drv, [C2]),
    %% truncated: a frame announcing 1000 bytes, 10 sent, then the child's
    %% channel stays open: it must keep waiting, and a later complete frame
    %% is read as the continuation (so the call is answered with badarg or
    %% the child unwinds; it must not hang the port)
    {ok, C3} = alcove:fork(Drv, []),
    ok = gen_server:call(Drv, {send, proxy(C3, <<1000:32, 4:16, 0:32, 36:16, 131, 104>>)}),
    true = is_integer(alcove:getpid(Drv, [], 5000)),
    Keep = alcove:getpid(Drv, [Keep], 5000),
    ok = gen_server:call(Drv, {send, proxy(C3, binary:copy(<<0>>, 990))}),
    R3 = error_reply(Drv, [C3]),
    C3 = alcove:getpid(Drv, [C3], 5000),
    ct:log("oversize: ~p, short: ~p, truncated then completed: ~p", [E1, E2, R3]),
    {exit_status, _} = E1,
    {exit_status, _} = E2,
    Keep = alcove:getpid(Drv, [Keep], 5000),
    true = is_integer(alcove:getpid(Drv, [], 5000)).
