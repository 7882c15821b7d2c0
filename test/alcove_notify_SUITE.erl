%%% Seccomp user notification (alcove_seccomp:notify/3): an Erlang process
%%% decides the system calls of a sandbox. Real filters, real programs:
%%% a shell's mkdir refused or made, an unlink faked, a path read from
%%% the caller's memory, deadlines, teardown with calls pending, learning
%%% a program's calls and running it under the learned allow-list.
-module(alcove_notify_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    mkdir_refused/1,
    mkdir_made/1,
    unlink_value/1,
    read_string/1,
    enoent_after_kill/1,
    deadline_default/1,
    stop_pending/1,
    learn_ls/1,
    learned_allow_list/1,
    depth3_namespaces/1,
    thousand/1,
    bad_requests/1
]).

all() ->
    [
        mkdir_refused,
        mkdir_made,
        unlink_value,
        read_string,
        enoent_after_kill,
        deadline_default,
        stop_pending,
        learn_ls,
        learned_allow_list,
        depth3_namespaces,
        thousand,
        bad_requests
    ].

init_per_testcase(_Case, Config) ->
    Drv = start_drv(),
    {ok, P} = alcove:fork(Drv, []),
    case alcove_seccomp:notify(Drv, [P], [sys_mkdir]) of
        ok ->
            ok = alcove:exit(Drv, [P], 0),
            _ = wait_event(Drv, [P]),
            Dir = filename:join(?config(priv_dir, Config), "d"),
            ok = filelib:ensure_dir(filename:join(Dir, "x")),
            [{drv, Drv}, {dir, Dir} | Config];
        {error, Reason} ->
            stop_drv(Drv),
            {skip, io_lib:format("seccomp user notification unavailable: ~p", [Reason])}
    end.

end_per_testcase(_Case, Config) ->
    case ?config(drv, Config) of
        undefined -> ok;
        Drv -> catch stop_drv(Drv)
    end,
    ok.

%%--------------------------------------------------------------------
%% helpers
%%--------------------------------------------------------------------

%% A child of the port under notify(Syscalls), running Shell.
sandbox(Drv, Syscalls, Shell) ->
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove_seccomp:notify(Drv, [P], Syscalls),
    ok = alcove:execvp(Drv, [P], "/bin/sh", ["/bin/sh", "-c", Shell]),
    P.

notification(Drv, Pipeline) ->
    receive
        {alcove_event, Drv, Pipeline, {seccomp_notify, Id, Syscall, Args}} ->
            8 = length(Args),
            {Id, Syscall, Args}
    after ?TIMEOUT -> ct:fail({no_notification, Pipeline})
    end.

%% The path argument of a mkdir-like call.
path_arg(sys_mkdir, [Addr | _]) -> Addr;
path_arg(sys_mkdirat, [_, Addr | _]) -> Addr;
path_arg(sys_unlink, [Addr | _]) -> Addr;
path_arg(sys_unlinkat, [_, Addr | _]) -> Addr.

answer_mkdir(Drv, Pipeline, Response) ->
    {Id, Syscall, _} = notification(Drv, Pipeline),
    true = lists:member(Syscall, [sys_mkdir, sys_mkdirat]),
    ok = alcove_seccomp:respond(Drv, Pipeline, Id, Response).

%%--------------------------------------------------------------------
%% cases
%%--------------------------------------------------------------------

%% Answered {errno, eperm}, mkdir fails: the shell says so and no
%% directory exists.
mkdir_refused(Config) ->
    Drv = ?config(drv, Config),
    X = filename:join(?config(dir, Config), "refused"),
    P = sandbox(Drv, [sys_mkdir, sys_mkdirat], "mkdir " ++ X ++ " && echo made || echo refused"),
    answer_mkdir(Drv, [P], {errno, eperm}),
    {<<"refused\n">>, _, {exit_status, 0}} = collect(Drv, [P]),
    false = filelib:is_dir(X).

%% Answered continue, mkdir runs.
mkdir_made(Config) ->
    Drv = ?config(drv, Config),
    X = filename:join(?config(dir, Config), "made"),
    P = sandbox(Drv, [sys_mkdir, sys_mkdirat], "mkdir " ++ X ++ " && echo made || echo refused"),
    answer_mkdir(Drv, [P], continue),
    {<<"made\n">>, _, {exit_status, 0}} = collect(Drv, [P]),
    true = filelib:is_dir(X).

%% {value, 0} for unlink: rm reports success, the file stays.
unlink_value(Config) ->
    Drv = ?config(drv, Config),
    F = filename:join(?config(dir, Config), "stays"),
    ok = file:write_file(F, <<"x">>),
    P = sandbox(Drv, [sys_unlink, sys_unlinkat], "rm -f " ++ F ++ " && echo removed"),
    {Id, Syscall, _} = notification(Drv, [P]),
    true = lists:member(Syscall, [sys_unlink, sys_unlinkat]),
    ok = alcove_seccomp:respond(Drv, [P], Id, {value, 0}),
    {<<"removed\n">>, _, {exit_status, 0}} = collect(Drv, [P]),
    true = filelib:is_regular(F).

%% read_string gives the path being created.
read_string(Config) ->
    Drv = ?config(drv, Config),
    X = filename:join(?config(dir, Config), "named"),
    P = sandbox(Drv, [sys_mkdir, sys_mkdirat], "mkdir " ++ X ++ " || echo refused"),
    {Id, Syscall, Args} = notification(Drv, [P]),
    Want = list_to_binary(X),
    {ok, Want} = alcove_seccomp:read_string(Drv, [P], Id, path_arg(Syscall, Args), 4096),
    %% a shorter limit cuts the string
    {ok, <<"/">>} = alcove_seccomp:read_string(Drv, [P], Id, path_arg(Syscall, Args), 1),
    ok = alcove_seccomp:respond(Drv, [P], Id, {errno, eacces}),
    {<<"refused\n">>, _, {exit_status, 0}} = collect(Drv, [P]),
    false = filelib:is_dir(X).

%% The target killed: its notification is no longer valid.
enoent_after_kill(Config) ->
    Drv = ?config(drv, Config),
    X = filename:join(?config(dir, Config), "killed"),
    %% exec, so the caller of mkdir is the process itself
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove_seccomp:notify(Drv, [P], [sys_mkdir, sys_mkdirat]),
    ok = alcove:execvp(Drv, [P], "mkdir", ["mkdir", X]),
    {Id, _, Args} = notification(Drv, [P]),
    P = lists:nth(7, Args),
    ok = alcove:kill(Drv, [], P, sigkill),
    {termsig, sigkill} = wait_event(Drv, [P]),
    {error, enoent} = alcove_seccomp:respond(Drv, [P], Id, continue),
    {error, enoent} = alcove_seccomp:read_string(Drv, [P], Id, 0, 16),
    false = filelib:is_dir(X).

%% Nobody answers: the parent's deadline answers {errno, eperm}.
deadline_default(Config) ->
    Drv = ?config(drv, Config),
    5000 = alcove:getopt(Drv, [], notify_timeout),
    true = alcove:setopt(Drv, [], notify_timeout, 100),
    100 = alcove:getopt(Drv, [], notify_timeout),
    X = filename:join(?config(dir, Config), "late"),
    P = sandbox(Drv, [sys_mkdir, sys_mkdirat], "mkdir " ++ X ++ " 2>&1; echo rc=$?"),
    {Id, _, _} = notification(Drv, [P]),
    {Out, _, {exit_status, 0}} = collect(Drv, [P]),
    match = re:run(Out, "Operation not permitted", [{capture, none}]),
    match = re:run(Out, "rc=1", [{capture, none}]),
    {error, enoent} = alcove_seccomp:respond(Drv, [P], Id, continue),
    false = filelib:is_dir(X).

%% Stopping the driver with 10 calls pending: every blocked call returns
%% and no process is left.
stop_pending(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    Shell = lists:flatten([
        ["mkdir ", Dir, "/p", integer_to_list(N), " & "]
     || N <- lists:seq(1, 10)
    ]) ++ "wait",
    P = sandbox(Drv, [sys_mkdir, sys_mkdirat], Shell),
    Callers = [lists:nth(7, Args) || {_, _, Args} <- [notification(Drv, [P]) || _ <- lists:seq(1, 10)]],
    10 = length(lists:usort(Callers)),
    true = lists:all(fun alcove_test:os_pid_alive/1, [P | Callers]),
    stop_drv(Drv),
    true = lists:all(fun(Pid) -> alcove_test:wait_gone(Pid, 200) end, [P | Callers]),
    [] = [N || N <- lists:seq(1, 10), filelib:is_dir(filename:join(Dir, "p" ++ integer_to_list(N)))].

%% Learning /bin/ls /.
learn_ls(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{status := {exit_status, 0}, stdout := Out, syscalls := Used}} =
        alcove_run:run(Drv, ["/bin/ls", "/"], [{syscalls, learn}]),
    match = re:run(Out, "^proc$", [multiline, {capture, none}]),
    true = lists:member(sys_getdents64, Used),
    true = lists:member(sys_write, Used),
    ct:comment("~b calls learned", [length(Used)]).

%% Under the learned allow-list (default kill) ls exits 0; without
%% getdents64 it is killed with SIGSYS.
learned_allow_list(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{syscalls := Used}} = alcove_run:run(Drv, ["/bin/ls", "/"], [{syscalls, learn}]),
    {ok, #{status := {exit_status, 0}, stdout := Out}} =
        alcove_run:run(Drv, ["/bin/ls", "/"], [{seccomp, alcove_seccomp:allow(Used, kill)}]),
    match = re:run(Out, "^proc$", [multiline, {capture, none}]),
    Without = alcove_seccomp:allow(Used -- [sys_getdents64], kill),
    {ok, #{status := {termsig, sigsys}}} = alcove_run:run(Drv, ["/bin/ls", "/"], [{seccomp, Without}]).

%% A notified child at depth 3, in new namespaces.
depth3_namespaces(Config) ->
    Drv = ?config(drv, Config),
    {ok, A} = alcove:fork(Drv, []),
    {ok, B} = alcove:fork(Drv, [A]),
    case alcove:clone(Drv, [A, B], [clone_newpid, clone_newns, clone_newuts, clone_newipc]) of
        {ok, C} ->
            Child = [A, B, C],
            ok = alcove_seccomp:notify(Drv, Child, [sys_mkdir, sys_mkdirat]),
            X = filename:join(?config(dir, Config), "deep"),
            ok = alcove:execvp(Drv, Child, "/bin/sh", ["/bin/sh", "-c", "mkdir " ++ X ++ " || echo refused; echo $$"]),
            {Id, Syscall, Args} = notification(Drv, Child),
            %% the caller's pid as the parent B sees it, not 1
            true = lists:nth(7, Args) > 1,
            Want = list_to_binary(X),
            {ok, Want} = alcove_seccomp:read_string(Drv, Child, Id, path_arg(Syscall, Args), 4096),
            ok = alcove_seccomp:respond(Drv, Child, Id, {errno, eperm}),
            {<<"refused\n1\n">>, _, {exit_status, 0}} = collect(Drv, Child),
            false = filelib:is_dir(X);
        {error, Reason} ->
            {skip, io_lib:format("clone of new namespaces: ~p", [Reason])}
    end.

%% 1000 notifications answered in a row, each reply checked: the shell's
%% umask builtin reads the mask with umask(2), and the answer is the
%% value it prints.
thousand(Config) ->
    Drv = ?config(drv, Config),
    N = 500,
    Shell = "i=0; while [ $i -lt " ++ integer_to_list(N) ++ " ]; do umask; i=$((i+1)); done",
    {ok, P} = alcove:fork(Drv, []),
    ok = alcove_seccomp:notify(Drv, [P], [sys_umask]),
    ok = alcove:execvp(Drv, [P], "/bin/sh", ["/bin/sh", "-c", Shell]),
    T0 = erlang:monotonic_time(microsecond),
    Given = answer_umask(Drv, [P], 2 * N, 0, []),
    T1 = erlang:monotonic_time(microsecond),
    {Out, _, {exit_status, 0}} = collect(Drv, [P]),
    Printed = [list_to_integer(binary_to_list(L), 8) || L <- binary:split(Out, <<"\n">>, [global, trim])],
    Printed = Given,
    Rate = 2 * N * 1000000 div max(1, T1 - T0),
    ct:comment("~b notifications answered, ~b round trips/s", [2 * N, Rate]).

%% dash's umask: mask = umask(0) (answered with the value to print), then
%% umask(mask) to restore it (answered continue).
answer_umask(_Drv, _Pipeline, 0, _K, Acc) ->
    lists:reverse(Acc);
answer_umask(Drv, Pipeline, Left, K, Acc) ->
    {Id, sys_umask, [Arg | _]} = notification(Drv, Pipeline),
    case Arg of
        0 when Left rem 2 =:= 0 ->
            V = K rem 8#777,
            ok = alcove_seccomp:respond(Drv, Pipeline, Id, {value, V}),
            answer_umask(Drv, Pipeline, Left - 1, K + 1, [V | Acc]);
        _ ->
            ok = alcove_seccomp:respond(Drv, Pipeline, Id, continue),
            answer_umask(Drv, Pipeline, Left - 1, K, Acc)
    end.

%% Requests that cannot be honoured get clear errors, and the loop keeps
%% answering.
bad_requests(Config) ->
    Drv = ?config(drv, Config),
    %% the port itself has no alcove parent to hold a listener
    {error, einval} = alcove:seccomp_notify(Drv, [], all),
    {'EXIT', {function_clause, _}} = (catch alcove_seccomp:notify(Drv, [], all)),
    {ok, P} = alcove:fork(Drv, []),
    %% no listener for P yet: nothing to answer
    {error, enoent} = alcove_seccomp:respond(Drv, [P], 1, continue),
    {error, enoent} = alcove_seccomp:read_string(Drv, [P], 1, 0, 16),
    {error, enotsup} = alcove_seccomp:respond(Drv, [P], 1, {errno, no_such_errno}),
    {'EXIT', {badarg, _}} = (catch alcove_seccomp:respond(Drv, [P], 1, maybe)),
    {error, esrch} = alcove:seccomp_notify_listen(Drv, [], 1, 3),
    %% a descriptor that is not a listener is refused
    {error, einval} = alcove:seccomp_notify_listen(Drv, [], P, 0),
    ok = alcove_seccomp:notify(Drv, [P], [sys_mkdir]),
    %% one listener per child
    {error, ebusy} = alcove:seccomp_notify_listen(Drv, [], P, 0),
    %% the kernel allows one listener per chain of filters
    {error, ebusy} = alcove_seccomp:notify(Drv, [P], [sys_rmdir]),
    {ok, _} = {ok, alcove:getpid(Drv, [P])},
    true = is_integer(alcove:getpid(Drv, [])).
