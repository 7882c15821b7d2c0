%%% Pipelines: fork/clone nesting, limits, badpid, signaloneof, exec in
%%% the middle of a pipeline, events about children.
-module(alcove_fork_SUITE).

-include("alcove_test.hrl").
-include_lib("kernel/include/file.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    walkthrough/1,
    getpid_depth/1,
    maxforkdepth/1,
    maxforkdepth_option/1,
    maxchild/1,
    badpid_unknown/1,
    badpid_zero_negative/1,
    badpid_exited/1,
    badpid_exec_target/1,
    dead_relay/1,
    exec_mid_pipeline/1,
    exit_status_event/1,
    termsig_event/1,
    signal_event/1,
    signaloneof/1,
    signaloneof_ignores_term/1,
    stdin_closed_notice/1,
    clone_namespaces/1,
    clone_unknown_flag/1,
    cpid_fields/1,
    setcpid_getcpid/1,
    waitpid_siginfo/1,
    kill_child/1,
    undef_unimplemented/1,
    filter_undef/1,
    forkstress/1,
    fexecve_reexec/1,
    reexec_child_depth/1,
    stale_exit_event/1,
    fdctl_planted_file/1,
    fdctl_planted_symlink/1
]).

all() ->
    [
        walkthrough,
        getpid_depth,
        maxforkdepth,
        maxforkdepth_option,
        maxchild,
        badpid_unknown,
        badpid_zero_negative,
        badpid_exited,
        badpid_exec_target,
        dead_relay,
        exec_mid_pipeline,
        exit_status_event,
        termsig_event,
        signal_event,
        signaloneof,
        signaloneof_ignores_term,
        stdin_closed_notice,
        clone_namespaces,
        clone_unknown_flag,
        cpid_fields,
        setcpid_getcpid,
        waitpid_siginfo,
        kill_child,
        undef_unimplemented,
        filter_undef,
        forkstress,
        fexecve_reexec,
        reexec_child_depth,
        stale_exit_event,
        fdctl_planted_file,
        fdctl_planted_symlink
    ].

init_per_testcase(_Case, Config) ->
    [{drv, start_drv()} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%% The overview walkthrough of the README works verbatim.
walkthrough(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child1} = alcove:fork(Drv, []),
    {ok, Child2} = alcove:fork(Drv, [Child1]),
    Child2 = alcove:getpid(Drv, [Child1, Child2]),
    ok = alcove:execvp(Drv, [Child1, Child2], "/bin/cat", ["/bin/cat"]),
    ok = alcove:stdin(Drv, [Child1, Child2], "hello process\n"),
    [<<"hello process\n">>] = alcove:stdout(Drv, [Child1, Child2], 5000).

%% getpid answers at every depth with the pid fork returned.
getpid_depth(Config) ->
    Drv = ?config(drv, Config),
    Port = alcove:getpid(Drv, []),
    true = is_integer(Port) andalso Port > 0,
    Pipeline = lists:foldl(
        fun(_, P) ->
            {ok, C} = alcove:fork(Drv, P),
            C = alcove:getpid(Drv, P ++ [C]),
            P ++ [C]
        end,
        [],
        lists:seq(1, 5)
    ),
    5 = length(Pipeline).

%% The default maxforkdepth is 16: 16 nested forks work, the 17th fails.
maxforkdepth(Config) ->
    Drv = ?config(drv, Config),
    16 = alcove:getopt(Drv, [], maxforkdepth),
    Pipeline = lists:foldl(
        fun(_, P) ->
            {ok, C} = alcove:fork(Drv, P),
            P ++ [C]
        end,
        [],
        lists:seq(1, 16)
    ),
    16 = length(Pipeline),
    {error, eagain} = alcove:fork(Drv, Pipeline),
    %% the deepest process still answers
    <<"1.0.1">> = alcove:version(Drv, Pipeline).

%% maxforkdepth is per process, inherited at fork, clamped to 255.
maxforkdepth_option(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    true = alcove:setopt(Drv, [C], maxforkdepth, 128),
    {ok, G} = alcove:fork(Drv, [C]),
    128 = alcove:getopt(Drv, [C, G], maxforkdepth),
    16 = alcove:getopt(Drv, [], maxforkdepth),
    true = alcove:setopt(Drv, [C, G], maxforkdepth, 1000),
    255 = alcove:getopt(Drv, [C, G], maxforkdepth),
    true = alcove:setopt(Drv, [C], maxforkdepth, 0),
    {error, eagain} = alcove:fork(Drv, [C]),
    false = alcove:getopt(Drv, [], depth),
    false = alcove:setopt(Drv, [], nonexistent, 1),
    {'EXIT', {badarg, _}} = (catch alcove:setopt(Drv, [], termsig, -1)),
    %% as a start option
    {ok, Drv2} = alcove_drv:start([{maxforkdepth, 3}, {maxchild, 4}]),
    3 = alcove:getopt(Drv2, [], maxforkdepth),
    4 = alcove:getopt(Drv2, [], maxchild),
    ok = alcove_drv:stop(Drv2).

%% maxchild bounds the child table; a slot is free again once the child's
%% exit event has been seen.
maxchild(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    true = alcove:setopt(Drv, [C], maxchild, 2),
    2 = alcove:getopt(Drv, [C], maxchild),
    {ok, G1} = alcove:fork(Drv, [C]),
    {ok, _G2} = alcove:fork(Drv, [C]),
    {error, eagain} = alcove:fork(Drv, [C]),
    %% cannot shrink below the number of children
    false = alcove:setopt(Drv, [C], maxchild, 1),
    ok = alcove:exit(Drv, [C, G1], 0),
    {exit_status, 0} = wait_event(Drv, [C, G1]),
    {ok, _G3} = alcove:fork(Drv, [C]),
    {error, eagain} = alcove:fork(Drv, [C]).

%% A call to a pid that is not a child raises badpid promptly.
badpid_unknown(Config) ->
    Drv = ?config(drv, Config),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [999999], 5000)),
    {ok, C} = alcove:fork(Drv, []),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [C, 999999], 5000)),
    %% the relay still works
    C = alcove:getpid(Drv, [C]).

%% pid 0 and negative pids never hang.
badpid_zero_negative(Config) ->
    Drv = ?config(drv, Config),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [0], 5000)),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [-1], 5000)),
    {ok, C} = alcove:fork(Drv, []),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [C, -42], 5000)),
    C = alcove:getpid(Drv, [C]).

%% After an exec'd child exited and its exit was reported, calls to it
%% raise badpid.
badpid_exited(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", "echo > /dev/null"]),
    {exit_status, 0} = wait_event(Drv, [C]),
    {'EXIT', {badpid, _}} = (catch alcove:execvp(Drv, [C], "/bin/true", ["true"], 5000)),
    ok.

%% A call to a process that has exec'd cannot be answered: badpid, not a hang.
badpid_exec_target(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/cat", ["cat"]),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [C], 5000)),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [C, 12345], 5000)),
    ok.

%% A call through a relay that was killed returns an error promptly.
dead_relay(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:kill(Drv, [], C, sigkill),
    {termsig, sigkill} = wait_event(Drv, [C]),
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [C, G], 5000)),
    ok.

%% exec in the middle of a pipeline: the exec'd process streams, the
%% processes below it unwind.
exec_mid_pipeline(Config) ->
    Drv = ?config(drv, Config),
    Pipeline = lists:foldl(
        fun(_, P) ->
            {ok, C} = alcove:fork(Drv, P),
            P ++ [C]
        end,
        [],
        lists:seq(1, 8)
    ),
    {Top, Below} = lists:split(3, Pipeline),
    ok = alcove:execvp(Drv, Top, "/bin/cat", ["cat"]),
    ok = alcove:stdin(Drv, Top, <<"mid\n">>),
    [<<"mid\n">>] = alcove:stdout(Drv, Top, 5000),
    %% the event-loop processes below the exec'd one see EOF and exit
    [true = wait_gone(P, 100) || P <- tl(Below)],
    {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, Pipeline, 2000)),
    ok.

%% A child that exits is reported with its status.
exit_status_event(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:exit(Drv, [C], 7),
    {exit_status, 7} = wait_event(Drv, [C]),
    {ok, C2} = alcove:fork(Drv, []),
    true = alcove:setopt(Drv, [], exit_status, 0),
    0 = alcove:getopt(Drv, [], exit_status),
    ok = alcove:exit(Drv, [C2], 3),
    timeout = receive {alcove_event, Drv, [C2], E} -> E after 500 -> timeout end.

%% A child killed by a signal is reported with the signal's name.
termsig_event(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", "kill -9 $$"]),
    {termsig, sigkill} = wait_event(Drv, [C]).

%% A caught signal becomes {signal, Name, SigInfo} for the catching process.
signal_event(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, sig_info} = alcove:sigaction(Drv, [C], sigusr1, []),
    ok = alcove:kill(Drv, [], C, sigusr1),
    {signal, sigusr1, Info} = wait_event(Drv, [C]),
    true = is_binary(Info) andalso byte_size(Info) >= 128,
    %% ignore, query, default
    {ok, sig_info} = alcove:sigaction(Drv, [C], sigterm, sig_ign),
    {ok, sig_ign} = alcove:sigaction(Drv, [C], sigterm, []),
    ok = alcove:kill(Drv, [], C, sigterm),
    C = alcove:getpid(Drv, [C]),
    {ok, sig_ign} = alcove:sigaction(Drv, [C], sigterm, sig_dfl),
    ok = alcove:kill(Drv, [], C, sigterm),
    {termsig, sigterm} = wait_event(Drv, [C]),
    {error, esrch} = alcove:kill(Drv, [], C, 0),
    %% sigkill cannot be caught: the failure is reported (1.0.1 said ok)
    {error, einval} = alcove:sigaction(Drv, [], sigkill, sig_ign),
    {error, enotsup} = alcove:sigaction(Drv, [], nosuchsignal, sig_ign),
    {'EXIT', {badarg, _}} = (catch alcove:sigaction(Drv, [], sigterm, bogus)),
    ok.

%% Closing a child's stdin makes it exit; exec'd processes below it are
%% signalled and everything is gone.
signaloneof(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    {ok, S1} = alcove:fork(Drv, [C, G]),
    ok = alcove:execvp(Drv, [C, G, S1], "/bin/sleep", ["sleep", "300"]),
    {ok, S2} = alcove:fork(Drv, [C]),
    ok = alcove:execvp(Drv, [C, S2], "/bin/sleep", ["sleep", "300"]),
    ok = alcove:eof(Drv, [C]),
    {exit_status, 0} = wait_event(Drv, [C]),
    [true = wait_gone(P, 100) || P <- [C, G, S1, S2]].

%% A program that ignores SIGTERM is killed after the grace period.
signaloneof_ignores_term(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:execvp(Drv, [C, G], "/bin/sh", ["sh", "-c", "trap '' TERM; while :; do sleep 1; done"]),
    timer:sleep(200),
    ok = alcove:eof(Drv, [C]),
    {exit_status, 0} = wait_event(Drv, [C]),
    true = wait_gone(G, 60).

%% With stdin_closed/stdout_closed/stderr_closed on, the notices come
%% before the exit event.
stdin_closed_notice(Config) ->
    Drv = ?config(drv, Config),
    true = alcove:setopt(Drv, [], stdin_closed, 1),
    true = alcove:setopt(Drv, [], stdout_closed, 1),
    true = alcove:setopt(Drv, [], stderr_closed, 1),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/true", ["true"]),
    {exit_status, 0} = wait_event(Drv, [C]),
    Msgs = [{T, M} || {T, P, M} <- flush_msgs(Drv), P =:= [C]],
    true = lists:member({alcove_ctl, stdout_closed}, Msgs),
    true = lists:member({alcove_ctl, stderr_closed}, Msgs),
    true = lists:member({alcove_ctl, stdin_closed}, Msgs).

%% clone into new namespaces: the child is pid 1 in its pid namespace.
clone_namespaces(Config) ->
    Drv = ?config(drv, Config),
    Flags = [clone_newipc, clone_newnet, clone_newns, clone_newpid, clone_newuts],
    case alcove:clone(Drv, [], Flags) of
        {ok, C} ->
            1 = alcove:getpid(Drv, [C]),
            {ok, G} = alcove:fork(Drv, [C]),
            G = alcove:getpid(Drv, [C, G]),
            true = G > 1;
        {error, eperm} ->
            {skip, "clone(2) with namespaces needs privilege"}
    end.

%% Unknown clone flag names answer enotsup; bad types are badarg.
clone_unknown_flag(Config) ->
    Drv = ?config(drv, Config),
    {error, enotsup} = alcove:clone(Drv, [], [clone_nosuchflag]),
    {'EXIT', {badarg, _}} = (catch alcove:clone(Drv, [], clone_newpid)),
    true = is_integer(alcove:clone_constant(Drv, [], clone_newns)),
    unknown = alcove:clone_constant(Drv, [], nonexist),
    131072 = alcove:clone_constant(Drv, [], 'CLONE_NEWNS'),
    1 = alcove:signal_constant(Drv, [], sighup),
    unknown = alcove:signal_constant(Drv, [], nonexist),
    eperm = alcove:errno_id(Drv, [], 1),
    unknown = alcove:errno_id(Drv, [], 0).

%% cpid lists children with their descriptors; fdctl is -2 after exec.
cpid_fields(Config) ->
    Drv = ?config(drv, Config),
    [] = alcove:cpid(Drv, []),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    [#alcove_pid{pid = G, fdctl = Ctl, stdin = In, stdout = Out, stderr = Err}] = alcove:cpid(Drv, [C]),
    true = lists:all(fun(Fd) -> Fd > 2 end, [Ctl, In, Out, Err]),
    ok = alcove:execvp(Drv, [C, G], "/bin/cat", ["cat"]),
    [#alcove_pid{pid = G, fdctl = -2}] = alcove:cpid(Drv, [C]),
    ok = alcove:eof(Drv, [C, G]),
    {exit_status, 0} = wait_event(Drv, [C, G]).

%% setcpid sets per-child values, getcpid reads them.
setcpid_getcpid(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    -1 = alcove:getcpid(Drv, [], C, flowcontrol),
    15 = alcove:getcpid(Drv, [], C, signaloneof),
    true = alcove:setcpid(Drv, [], C, flowcontrol, 5),
    5 = alcove:getcpid(Drv, [], C, flowcontrol),
    true = alcove:setcpid(Drv, [], C, flowcontrol, -7),
    -1 = alcove:getcpid(Drv, [], C, flowcontrol),
    true = alcove:setcpid(Drv, [], C, signaloneof, 300),
    255 = alcove:getcpid(Drv, [], C, signaloneof),
    false = alcove:setcpid(Drv, [], C, nosuchopt, 1),
    true = alcove:setcpid(Drv, [], 99999, flowcontrol, 1),
    false = alcove:getcpid(Drv, [], 99999, flowcontrol),
    {'EXIT', {badarg, _}} = (catch alcove:setcpid(Drv, [], C, signaloneof, -1)),
    ok.

%% With SIGCHLD in sig_info mode, children are collected with waitpid.
waitpid_siginfo(Config) ->
    Drv = ?config(drv, Config),
    {ok, sig_dfl} = alcove:sigaction(Drv, [], sigchld, sig_info),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:exit(Drv, [C], 5),
    {signal, sigchld, _} = wait_event(Drv, []),
    {ok, C, 1280, [{exit_status, 5}]} = alcove:waitpid(Drv, [], -1, 0),
    {error, echild} = alcove:waitpid(Drv, [], -1, [wnohang]),
    {ok, sig_info} = alcove:sigaction(Drv, [], sigchld, sig_dfl),
    {error, echild} = alcove:waitpid(Drv, [], -1, 0),
    {error, enotsup} = alcove:waitpid(Drv, [], -1, [nosuchflag]).

%% kill: existence checks, delivery, errors.
kill_child(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:kill(Drv, [], C, 0),
    {error, esrch} = alcove:kill(Drv, [], 999999, 0),
    {error, enotsup} = alcove:kill(Drv, [], C, sigbogus),
    {'EXIT', {badarg, _}} = (catch alcove:kill(Drv, [], C, [sigterm])),
    ok = alcove:kill(Drv, [], C, 9),
    {termsig, sigkill} = wait_event(Drv, [C]).

%% Calls not available on Linux raise undef and the process still answers.
undef_unimplemented(Config) ->
    Drv = ?config(drv, Config),
    {'EXIT', {undef, _}} = (catch alcove:jail_remove(Drv, [], 1)),
    {'EXIT', {undef, _}} = (catch alcove:pledge(Drv, [], <<"stdio">>, [])),
    {'EXIT', {undef, _}} = (catch alcove:cap_enter(Drv, [])),
    true = is_integer(alcove:getpid(Drv, [])).

%% A call masked by the filter raises undef; children inherit the filter.
filter_undef(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:filter(Drv, [], alcove:filter([fork])),
    {'EXIT', {undef, _}} = (catch alcove:fork(Drv, [])),
    {ok, _} = alcove:fork(Drv, [C]),
    ok = alcove:filter(Drv, [C], alcove:filter([getpid])),
    {'EXIT', {undef, _}} = (catch alcove:getpid(Drv, [C])),
    true = is_integer(alcove:getpid(Drv, [])).

%% 100 rounds of fork a grandchild, exit it, and call the child.
forkstress(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    lists:foreach(
        fun(_) ->
            {ok, G} = alcove:fork(Drv, [C]),
            ok = alcove:exit(Drv, [C, G], 0),
            {exit_status, 0} = wait_event(Drv, [C, G]),
            <<"1.0.1">> = alcove:version(Drv, [C]),
            <<"1.0.1">> = alcove:version(Drv, [C])
        end,
        lists:seq(1, 100)
    ),
    [] = alcove:cpid(Drv, [C]).

%% The port re-execs its own image with fexecve (-d 0, descriptors 3, 4
%% and 5 kept): the new image answers the call and keeps serving.
fexecve_reexec(Config) ->
    Drv = ?config(drv, Config),
    Prog =
        case os:getenv("ALCOVE_TEST_PROGNAME") of
            false -> alcove_drv:progname();
            "" -> alcove_drv:progname();
            P -> P
        end,
    {ok, FD} = alcove:open(Drv, [], Prog, [o_rdonly, o_cloexec], 0),
    [{ok, 0} = alcove:fcntl(Drv, [], N, f_setfd, 0) || N <- [3, 4, 5]],
    [_ | Argv] = alcove_drv:getopts([{progname, Prog}, {depth, 0}]),
    ok = alcove:fexecve(Drv, [], FD, ["alcove" | Argv], []),
    [] = alcove:cpid(Drv, []),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:execvp(Drv, [C, G], "/bin/cat", ["cat"]),
    ok = alcove:exit(Drv, [C], 0),
    {exit_status, 0} = wait_event(Drv, [C]),
    [] = alcove:cpid(Drv, []).

%% Someone plants a file at the control FIFO's name before the port
%% creates it (an {exec, Script} prefix plants it, then execs the port):
%% start fails with {fdctl, eexist, Path}, and the file is left as it was.
fdctl_planted_file(Config) ->
    Dir = ?config(priv_dir, Config),
    Script = planter(Dir, "plant-file", "printf planted > \"$3\""),
    {error, {fdctl, eexist, Path}} = alcove_drv:start([{exec, Script}, {ctldir, Dir} | test_prog()]),
    {ok, <<"planted">>} = file:read_file(Path),
    {ok, #file_info{type = regular}} = file:read_link_info(Path),
    ok = file:delete(Path).

%% The same with a symlink to a FIFO of ours elsewhere: it is not
%% followed, the port refuses to start and the symlink stays.
fdctl_planted_symlink(Config) ->
    Dir = ?config(priv_dir, Config),
    Target = filename:join(Dir, "elsewhere.fifo"),
    _ = file:delete(Target),
    {0, _} = run_cmd("mkfifo '" ++ Target ++ "'"),
    Script = planter(Dir, "plant-symlink", "ln -s '" ++ Target ++ "' \"$3\""),
    {error, {fdctl, eexist, Path}} = alcove_drv:start([{exec, Script}, {ctldir, Dir} | test_prog()]),
    {ok, #file_info{type = symlink}} = file:read_link_info(Path),
    {ok, Target} = file:read_link(Path),
    ok = file:delete(Path),
    ok = file:delete(Target).

%% A command prefix for the port: runs Cmd (the FIFO's path is $3 of
%% "progname -c Path ..."), then execs the port.
planter(Dir, Name, Cmd) ->
    Script = filename:join(Dir, Name),
    ok = file:write_file(Script, ["#!/bin/sh\n", Cmd, "\nexec \"$@\"\n"]),
    ok = file:change_mode(Script, 8#755),
    Script.

test_prog() ->
    case os:getenv("ALCOVE_TEST_PROGNAME") of
        false -> [];
        "" -> [];
        P -> [{progname, P}]
    end.

run_cmd(Cmd) ->
    Port = open_port({spawn, Cmd}, [exit_status, stderr_to_stdout, binary]),
    run_cmd_loop(Port, []).

run_cmd_loop(Port, Acc) ->
    receive
        {Port, {data, D}} -> run_cmd_loop(Port, [D | Acc]);
        {Port, {exit_status, N}} -> {N, iolist_to_binary(lists:reverse(Acc))}
    end.

%% A child keeps descriptors 3, 4 and 5 and execve's the port executable
%% with the argv of getopts([{progname, P}, {depth, D}]): the new image
%% is an event loop on the child's channel for any D, 0 included (what
%% downstream libraries pass for a child of the port).
reexec_child_depth(Config) ->
    Drv = ?config(drv, Config),
    Prog = prog(),
    lists:foreach(
        fun(D) ->
            {ok, C} = alcove:fork(Drv, []),
            [{ok, 0} = alcove:fcntl(Drv, [C], N, f_setfd, 0) || N <- [3, 4, 5]],
            [_ | Argv] = alcove_drv:getopts([{progname, Prog}, {depth, D}]),
            ok = alcove:execve(Drv, [C], Prog, ["alcove" | Argv], [], 5000),
            C = alcove:getpid(Drv, [C], 5000),
            {ok, G} = alcove:fork(Drv, [C], 5000),
            G = alcove:getpid(Drv, [C, G], 5000),
            ok = alcove:exit(Drv, [C], 0),
            {exit_status, 0} = wait_event(Drv, [C]),
            % nothing of the protocol came as the child's output
            [] = [M || {alcove_stdout, [P], _} = M <- flush_msgs(Drv), P =:= C]
        end,
        [0, 1, 3]
    ).

prog() ->
    case os:getenv("ALCOVE_TEST_PROGNAME") of
        false -> alcove_drv:progname();
        "" -> alcove_drv:progname();
        P -> P
    end.

%% In a pid namespace the pid of a child that exited is given again to
%% the next fork (ns_last_pid is set back): the exit event of the old
%% [C, P], still in the mailbox, does not answer a call to the new one.
stale_exit_event(Config) ->
    Drv = ?config(drv, Config),
    case alcove:clone(Drv, [], [clone_newpid]) of
        {error, eperm} ->
            {skip, "clone(2) with clone_newpid needs privilege"};
        {ok, C} ->
            lists:foreach(
                fun(_) ->
                    {ok, P} = alcove:fork(Drv, [C]),
                    ok = alcove:exit(Drv, [C, P], 0),
                    % once [C] has no child, the exit event is in the mailbox
                    ok = wait_no_child(Drv, [C]),
                    {ok, FD} = alcove:open(Drv, [C], "/proc/sys/kernel/ns_last_pid", [o_wronly], 0),
                    {ok, _} = alcove:write(Drv, [C], FD, integer_to_list(P - 1)),
                    ok = alcove:close(Drv, [C], FD),
                    {ok, P} = alcove:fork(Drv, [C]),
                    P = alcove:getpid(Drv, [C, P], 5000),
                    % the old event is still there, for whoever reads events
                    {exit_status, 0} = alcove:event(Drv, [C, P], 0),
                    ok = alcove:exit(Drv, [C, P], 0),
                    {exit_status, 0} = alcove:event(Drv, [C, P], 5000)
                end,
                lists:seq(1, 4)
            )
    end.

wait_no_child(Drv, Pipeline) ->
    case alcove:cpid(Drv, Pipeline) of
        [] -> ok;
        _ -> wait_no_child(Drv, Pipeline)
    end.
