%%% alcove_run: run a program to completion, every byte collected, nothing
%%% left behind (no process, no child slot, no message).
-module(alcove_run_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    echo/1,
    exit_status/1,
    termsig/1,
    large_output/1,
    timeout_kills_tree/1,
    leftovers_killed/1,
    env/1,
    path_search/1,
    cwd/1,
    stdin/1,
    stdin_large/1,
    stdin_closed_by_default/1,
    uid_gid/1,
    rlimits/1,
    namespaces/1,
    existing_pid/1,
    existing_pid_error/1,
    below_child/1,
    exec_error/1,
    prepare_error/1,
    badarg/1
]).

all() ->
    [
        echo,
        exit_status,
        termsig,
        large_output,
        timeout_kills_tree,
        leftovers_killed,
        env,
        path_search,
        cwd,
        stdin,
        stdin_large,
        stdin_closed_by_default,
        uid_gid,
        rlimits,
        namespaces,
        existing_pid,
        existing_pid_error,
        below_child,
        exec_error,
        prepare_error,
        badarg
    ].

init_per_testcase(_Case, Config) ->
    [{drv, start_drv()} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%% Nothing of a run remains: no child of the port, no message.
nothing_left(Drv) ->
    [] = alcove:cpid(Drv, []),
    [] = flush_msgs(Drv),
    ok.


%% A word no other test uses, to find our processes in /proc.
marker() ->
    integer_to_list(erlang:unique_integer([positive]) rem 1000 + 1000) ++ ".5".

%% The simplest run: output and exit status, nothing left behind.
echo(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{status := {exit_status, 0}, stdout := <<"hello\n">>, stderr := <<>>}} =
        alcove_run:run(Drv, ["echo", "hello"]),
    nothing_left(Drv).

%% A non-zero status is a result, with stdout and stderr kept apart.
exit_status(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{status := {exit_status, 3}, stdout := <<"out\n">>, stderr := <<"err\n">>}} =
        alcove_run:run(Drv, ["sh", "-c", "echo out; echo err >&2; exit 3"]),
    nothing_left(Drv).

%% A program killed by a signal reports the signal.
termsig(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{status := {termsig, sigkill}, stdout := <<"x">>}} =
        alcove_run:run(Drv, ["sh", "-c", "printf x; kill -9 $$"]),
    nothing_left(Drv).

%% 8 MiB of stdout and 1 MiB of stderr written just before exiting all
%% arrive, byte for byte.
large_output(Config) ->
    Drv = ?config(drv, Config),
    Script = "yes abcdefg | head -c 8388608; head -c 1048576 /dev/zero >&2",
    {ok, #{status := {exit_status, 0}, stdout := Out, stderr := Err}} =
        alcove_run:run(Drv, ["sh", "-c", Script], [{timeout, 30000}]),
    8388608 = byte_size(Out),
    true = Out =:= binary:copy(<<"abcdefg\n">>, 1048576),
    true = Err =:= <<0:(1048576 * 8)>>,
    nothing_left(Drv).

%% On timeout the program and its children are killed: none remains in
%% /proc, and the run returns quickly with {error, timeout}.
timeout_kills_tree(Config) ->
    Drv = ?config(drv, Config),
    M = marker(),
    T0 = erlang:monotonic_time(millisecond),
    {error, timeout} =
        alcove_run:run(Drv, ["sh", "-c", "sleep " ++ M ++ " & sleep " ++ M ++ "; true"], [
            {timeout, 500}
        ]),
    true = erlang:monotonic_time(millisecond) - T0 < 5000,
    [] = procs_with(M),
    nothing_left(Drv).

%% Background jobs left by a program that exited are killed too.
leftovers_killed(Config) ->
    Drv = ?config(drv, Config),
    M = marker(),
    {ok, #{status := {exit_status, 0}, stdout := <<"started\n">>}} =
        alcove_run:run(Drv, ["sh", "-c", "sleep " ++ M ++ " & echo started"], [{timeout, 5000}]),
    [] = procs_with(M),
    nothing_left(Drv).

%% {env, Env} is the whole environment (execve).
env(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{stdout := <<"A=1\nB=two\n">>}} =
        alcove_run:run(Drv, ["/usr/bin/env"], [{env, ["A=1", <<"B=two">>]}]),
    nothing_left(Drv).

%% Without env, the program is found in PATH and inherits the environment.
path_search(Config) ->
    Drv = ?config(drv, Config),
    ok = alcove:setenv(Drv, [], "ALCOVE_RUN_TEST", "inherited", 1),
    {ok, #{stdout := <<"inherited\n">>}} =
        alcove_run:run(Drv, ["printenv", "ALCOVE_RUN_TEST"]),
    nothing_left(Drv).

%% {cwd, Dir} is the program's working directory.
cwd(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{stdout := <<"/tmp\n">>}} = alcove_run:run(Drv, ["pwd"], [{cwd, "/tmp"}]),
    {ok, #{stdout := <<"/\n">>}} = alcove_run:run(Drv, ["pwd"], [{cwd, <<"/">>}]),
    nothing_left(Drv).

%% {stdin, Data} is the program's input, followed by end of file.
stdin(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{stdout := <<"ABC\nDEF">>}} =
        alcove_run:run(Drv, ["tr", "a-z", "A-Z"], [{stdin, ["abc\n", <<"def">>]}]),
    nothing_left(Drv).

%% 4 MiB of stdin goes through and comes back whole.
stdin_large(Config) ->
    Drv = ?config(drv, Config),
    Data = crypto:strong_rand_bytes(4 * 1024 * 1024),
    {ok, #{status := {exit_status, 0}, stdout := Data}} =
        alcove_run:run(Drv, ["cat"], [{stdin, Data}, {timeout, 30000}]),
    nothing_left(Drv).

%% Without {stdin, _}, a program reading stdin sees end of file at once.
stdin_closed_by_default(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{status := {exit_status, 0}, stdout := <<>>}} =
        alcove_run:run(Drv, ["cat"], [{timeout, 5000}]),
    nothing_left(Drv).

%% uid and gid are set, and supplementary groups dropped.
uid_gid(Config) ->
    Drv = ?config(drv, Config),
    case alcove:getuid(Drv, []) of
        0 ->
            {ok, #{stdout := <<"65534\n65534\n65534\n">>}} =
                alcove_run:run(Drv, ["sh", "-c", "id -u; id -g; id -G"], [
                    {uid, 65534}, {gid, 65534}
                ]),
            ok;
        _ ->
            {skip, "setuid(2) needs root"}
    end.

%% rlimits are set before exec.
rlimits(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{stdout := <<"64\n">>}} =
        alcove_run:run(Drv, ["sh", "-c", "ulimit -n"], [
            {rlimits, [{rlimit_nofile, #alcove_rlimit{cur = 64, max = 64}}]}
        ]),
    nothing_left(Drv).

%% With {namespaces, [clone_newpid]} the program is pid 1 of its own PID
%% namespace, and a timeout still leaves nothing.
namespaces(Config) ->
    Drv = ?config(drv, Config),
    case alcove:clone(Drv, [], [clone_newpid]) of
        {ok, Probe} ->
            ok = alcove:exit(Drv, [Probe], 0),
            {exit_status, 0} = wait_event(Drv, [Probe]),
            timer:sleep(50),
            _ = flush_msgs(Drv),
            {ok, #{stdout := <<"1\n">>}} =
                alcove_run:run(Drv, ["sh", "-c", "echo $$"], [{namespaces, [clone_newpid]}]),
            M = marker(),
            {error, timeout} =
                alcove_run:run(Drv, ["sh", "-c", "setsid sleep " ++ M ++ " & sleep " ++ M], [
                    {namespaces, [clone_newpid]}, {timeout, 500}
                ]),
            [] = procs_with(M),
            nothing_left(Drv);
        {error, Errno} ->
            {skip, lists:flatten(io_lib:format("clone(CLONE_NEWPID): ~p", [Errno]))}
    end.

%% {pid, P} runs the program in an existing child instead of a new one.
existing_pid(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:fork(Drv, []),
    Expect = iolist_to_binary([integer_to_list(P), "\n"]),
    {ok, #{stdout := Expect}} = alcove_run:run(Drv, [], ["sh", "-c", "echo $$"], [{pid, P}]),
    nothing_left(Drv).

%% A given child whose preparation fails is left to its owner, alive.
existing_pid_error(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:fork(Drv, []),
    {error, {chdir, enoent}} =
        alcove_run:run(Drv, [], ["true"], [{pid, P}, {cwd, "/nonexistent"}]),
    P = alcove:getpid(Drv, [P]),
    ok = alcove:exit(Drv, [P], 0),
    {exit_status, 0} = wait_event(Drv, [P]).

%% A run below a child leaves that child serving calls, with no slot left.
below_child(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, #{stdout := <<"deep\n">>}} = alcove_run:run(Drv, [C], ["echo", "deep"], []),
    [] = alcove:cpid(Drv, [C]),
    C = alcove:getpid(Drv, [C]),
    [] = flush_msgs(Drv).

%% A program that cannot be exec'd is an error, and the child is gone.
exec_error(Config) ->
    Drv = ?config(drv, Config),
    {error, {execvp, enoent}} = alcove_run:run(Drv, ["/nonexistent/program"]),
    {error, {execve, enoent}} = alcove_run:run(Drv, ["true"], [{env, []}]),
    nothing_left(Drv).

%% A failing preparation step is named, and the child is gone.
prepare_error(Config) ->
    Drv = ?config(drv, Config),
    {error, {chdir, enoent}} = alcove_run:run(Drv, ["true"], [{cwd, "/nonexistent"}]),
    nothing_left(Drv).

%% Malformed arguments raise badarg before anything is run.
badarg(Config) ->
    Drv = ?config(drv, Config),
    {'EXIT', {badarg, _}} = (catch alcove_run:run(Drv, [])),
    {'EXIT', {badarg, _}} = (catch alcove_run:run(Drv, ["true"], [{timeout, -1}])),
    {'EXIT', {badarg, _}} = (catch alcove_run:run(Drv, ["true"], [bogus])),
    {'EXIT', {badarg, _}} = (catch alcove_run:run(Drv, [x], ["true"], [])),
    nothing_left(Drv).
