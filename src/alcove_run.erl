%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Run a program to completion and collect its output.
%%%
%%% `alcove_run' does the everyday job on top of `alcove': make a new
%%% child below a pipeline, prepare it (session, limits, credentials,
%%% working directory), exec a program, feed it its stdin, collect every
%%% byte it writes to stdout and stderr, and return how it ended:
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% {ok,<0.180.0>}
%%% 2> alcove_run:run(Drv, ["echo", "hello"]).
%%% {ok,#{status => {exit_status,0},stderr => <<>>,stdout => <<"hello\n">>}}
%%% 3> alcove_run:run(Drv, ["tr", "a-z", "A-Z"], [{stdin, "abc\n"}]).
%%% {ok,#{status => {exit_status,0},stderr => <<>>,stdout => <<"ABC\n">>}}
%%% 4> alcove_run:run(Drv, ["sleep", "60"], [{timeout, 100}]).
%%% {error,timeout}
%%% '''
%%%
%%% This module is not part of alcove 1.0.1; it only uses the public
%%% `alcove' API, so it works for any pipeline, and with a driver that
%%% runs on another node.
%%%
%%% == How the program is run ==
%%%
%%% <ol>
%%% <li>A child is forked below `Pipeline' (cloned with the flags of
%%% `{namespaces, Flags}', or made by `alcove_rootless:sandbox/3' with
%%% `{sandbox, Opts}'; or the child `{pid, P}' is used). Its flow
%%% control is set to unlimited.</li>
%%% <li>In the child: `setsid' (the program leads a new session and
%%% process group, so that the whole group can be signalled), the
%%% `rlimits', `setgroups([])' + `setgid' + `setuid' when `gid' / `uid'
%%% are given, `chdir' to `cwd', the Landlock rules of `landlock'
%% (`alcove_landlock:restrict/4'), then `execve' (with `env') or `execvp'
%%% (inheriting the child's environment and searching its `PATH').</li>
%%% <li>The `stdin' data (default: none) is written, then stdin is
%%% closed, so a program reading stdin always sees end of file.</li>
%%% <li>Output is collected until the program's exit event. When learning,
%%% each notification is answered `continue' and its call remembered: the
%%% result has `syscalls', the sorted set of calls the program (and what
%%% it forked) made, to be given to `alcove_seccomp:allow/2':
%%% ```
%%% 1> {ok, #{syscalls := Used}} = alcove_run:run(Drv, ["/bin/ls", "/"], [{syscalls, learn}]).
%%% 2> alcove_run:run(Drv, ["/bin/ls", "/"], [{seccomp, alcove_seccomp:allow(Used, kill)}]).
%%% {ok,#{status => {exit_status,0}, ...}}
%%% '''
%%% </li>
%%% <li>Clean-up: every process still in the program's process group is
%%% killed with `SIGKILL' (background jobs a shell left behind), and
%%% `run' waits until the parent has released the child's slot, that is
%%% until its stdout and stderr pipes are closed, so that all output
%%% written before that is returned and no slot is left in the parent.</li>
%%% </ol>
%%%
%%% On timeout the process group of the program is killed (and the
%%% program itself, should it not lead its group), the exit event is
%%% consumed and the same clean-up runs; `run' then returns
%%% `{error, timeout}' and the output collected so far is discarded.
%%% A program that moves itself into another session or process group
%%% escapes the group kill; run it with
%%% `{namespaces, [clone_newpid]}': it is then pid 1 of its own PID
%%% namespace and the kernel kills every process of the namespace when it
%%% dies.
%%%
%%% == The caller ==
%%%
%%% Only the owner of `Drv' receives the messages of its tree, so `run'
%%% must be called by the owner (as any `alcove' call). Messages about
%%% the child are consumed; other messages in the mailbox are left alone.
-module(alcove_run).

-include("alcove.hrl").

%% API
-export([run/2, run/3, run/4]).

-export_type([error/0, option/0, result/0, status/0, step/0]).

-type status() :: {exit_status, non_neg_integer()} | {termsig, atom()}.
%% How the program ended.

-type result() :: #{
    status := status(),
    stdout := binary(),
    stderr := binary(),
    layers => alcove_rootless:layers(),
    syscalls => [atom() | non_neg_integer()]
}.
%% Exit status or signal, and everything written to stdout and stderr;
%% with `{sandbox, Opts}', the layers the sandbox applied; with
%% `{syscalls, learn}', the system calls the program made.

-type option() ::
    {env, [iodata()]}
    | {cwd, iodata()}
    | {stdin, iodata()}
    | {timeout, timeout()}
    | {uid, alcove:uid_t()}
    | {gid, alcove:gid_t()}
    | {rlimits, [{alcove:constant(), #alcove_rlimit{}}]}
    | {namespaces, [alcove:constant()]}
    | {pid, alcove:pid_t()}
    | {landlock, [alcove_landlock:rule()]}
    | {sandbox, [alcove_rootless:sandbox_option()]}
    | {seccomp, alcove_seccomp:filter()}
    | {syscalls, learn}.
%% Options of {@link run/4}.

-type error() :: timeout | {step(), Reason :: term()}.
%% Why a program could not be run: `timeout', or the `alcove' call that
%% failed in preparing the child (`fork', `clone', `sandbox', `setsid',
%% `setrlimit', `setgroups', `setgid', `setuid', `chdir', `landlock',
%% `execve', `execvp') with its error, e.g. `{execvp, enoent}' or
%% `{sandbox, {landlock, enotsup}}'.

-type step() ::
    fork
    | clone
    | sandbox
    | setsid
    | setrlimit
    | setgroups
    | setgid
    | setuid
    | chdir
    | landlock
    | seccomp
    | execve
    | execvp.
%% The `alcove' calls made to prepare the child.

%% Time to wait for the exit event of a program killed on timeout, and for
%% its pipes to close once its process group is gone.
-define(REAP_WAIT, 5000).

%% Process dictionary key of the calls learned by {syscalls, learn}.
-define(LEARNED, {?MODULE, learned}).

%% Pause between two looks at the parent's child table.
-define(POLL_INTERVAL, 10).

%%====================================================================
%% API
%%====================================================================

%% @doc Run `Argv' in a new child of the port (pipeline `[]'), without
%% options: `run(Drv, [], Argv, [])'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.180.0>}
%% 2> alcove_run:run(Drv, ["sh", "-c", "echo out; echo err >&2; exit 3"]).
%% {ok,#{status => {exit_status,3},stderr => <<"err\n">>,stdout => <<"out\n">>}}
%% '''
-spec run(alcove_drv:ref(), [iodata(), ...]) -> {ok, result()} | {error, error()}.
run(Drv, Argv) ->
    run(Drv, [], Argv, []).

%% @doc Run `Argv' with options in a new child of the port (pipeline
%% `[]'): `run(Drv, [], Argv, Options)'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.180.0>}
%% 2> alcove_run:run(Drv, ["pwd"], [{cwd, "/tmp"}]).
%% {ok,#{status => {exit_status,0},stderr => <<>>,stdout => <<"/tmp\n">>}}
%% '''
-spec run(alcove_drv:ref(), [iodata(), ...], [option()]) -> {ok, result()} | {error, error()}.
run(Drv, Argv, Options) ->
    run(Drv, [], Argv, Options).

%% @doc Run a program in a new child below `Pipeline' and collect its
%% output.
%%
%% `Argv' is the argument vector; its first element is also the program
%% (searched in `PATH' unless `{env, Env}' is given, in which case it must
%% be a path). Options:
%%
%% <dl>
%% <dt>`{env, Env}'</dt><dd>the environment (`"NAME=value"' strings):
%% `execve' is used; without it `execvp', with the child's
%% environment.</dd>
%% <dt>`{cwd, Dir}'</dt><dd>`chdir' to `Dir' (after the credentials are
%% changed, so the new user must be allowed in).</dd>
%% <dt>`{stdin, Data}'</dt><dd>written to the program's stdin, which is
%% then closed. Default: stdin is closed at once.</dd>
%% <dt>`{timeout, Ms}'</dt><dd>for the whole run, default `infinity'.
%% On timeout the program's process group is killed and the result is
%% `{error, timeout}'.</dd>
%% <dt>`{uid, Uid}', `{gid, Gid}'</dt><dd>`setgroups([])', `setgid(Gid)',
%% `setuid(Uid)' in the child (in that order, for those given).</dd>
%% <dt>`{rlimits, [{Resource, #alcove_rlimit{}}]}'</dt><dd>`setrlimit'
%% for each, before the credentials change.</dd>
%% <dt>`{namespaces, Flags}'</dt><dd>create the child with
%% `clone(Flags)' (e.g. `[clone_newpid, clone_newns]') instead of
%% `fork'.</dd>
%% <dt>`{landlock, Rules}'</dt><dd>confine the child with
%% `alcove_landlock:restrict/4' just before the exec (after `cwd'): the
%% program then runs with the filesystem and network access the rules
%% grant, and nothing else; for example
%% `{landlock, [{path, "/usr", ro}, {path, "/lib", ro}, {path, "/bin", ro}]}'.
%% Needs no privilege.</dd>
%% <dt>`{sandbox, Opts}'</dt><dd>make the child with
%% `alcove_rootless:sandbox/3' (user namespace where the host allows
%% it, `no_new_privs', Landlock, seccomp, rlimits, cgroup; see there
%% for `Opts') instead of `fork'; the result map then holds
%% `layers', what the sandbox applied and what it skipped. Not with
%% `{namespaces, _}' or `{pid, _}' (give the namespaces in `Opts').</dd>
%% <dt>`{pid, Pid}'</dt><dd>use the existing child `Pid' of `Pipeline'
%% (one that has not exec'ed) instead of making one. If preparing it
%% fails, it is left running for the caller; a child made by `run' is
%% always made to exit.</dd>
%% </dl>
%%
%% Returns `{ok, #{status => Status, stdout => Out, stderr => Err}}' where
%% `Status' is `{exit_status, N}' or `{termsig, Signal}', or
%% `{error, timeout}', or `{error, {Step, Reason}}' naming the `alcove'
%% call that failed while preparing the child. When `run' returns, the
%% child and every process of its process group are gone, their exit has
%% been reaped and their messages consumed. Unknown or malformed options
%% raise `badarg'. If the driver dies, the caller exits with
%% `{Reason, {alcove_run, run, [Drv, Pipeline, Argv, Options]}}'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.180.0>}
%% 2> {ok, Child} = alcove:fork(Drv, []).
%% {ok,24013}
%% 3> alcove_run:run(Drv, [Child], ["sh", "-c", "echo $$"],
%% 3>     [{namespaces, [clone_newpid]}, {uid, 65534}, {gid, 65534},
%% 3>      {env, ["PATH=/bin"]}, {timeout, 5000}]).
%% {error,{execve,enoent}}
%% 4> alcove_run:run(Drv, [Child], ["/bin/sh", "-c", "echo $$; id -u"],
%% 4>     [{namespaces, [clone_newpid]}, {uid, 65534}, {gid, 65534},
%% 4>      {env, ["PATH=/bin:/usr/bin"]}, {timeout, 5000}]).
%% {ok,#{status => {exit_status,0},stderr => <<>>,stdout => <<"1\n65534\n">>}}
%% '''
-spec run(alcove_drv:ref(), [alcove:pid_t()], [iodata(), ...], [option()]) ->
    {ok, result()} | {error, error()}.
run(Drv, Pipeline, Argv, Options) ->
    case valid(Pipeline, Argv, Options) of
        true -> ok;
        false -> erlang:error(badarg, [Drv, Pipeline, Argv, Options])
    end,
    Deadline = deadline(proplists:get_value(timeout, Options, infinity)),
    Ref = erlang:monitor(process, Drv),
    Learn = lists:member({syscalls, learn}, Options),
    _ = erase(?LEARNED),
    try run(Drv, Pipeline, Argv, Options, Deadline, Ref) of
        {ok, Result} when Learn ->
            {ok, Result#{syscalls => lists:usort(get_learned())}};
        Result ->
            Result
    catch
        exit:{drv_down, Reason} ->
            exit({Reason, {?MODULE, run, [Drv, Pipeline, Argv, Options]}})
    after
        _ = erase(?LEARNED),
        erlang:demonitor(Ref, [flush])
    end.

%% The calls learned so far, in the process dictionary while run/4 runs
%% (collect/6 adds each one it answers).
learned(Syscall) ->
    put(?LEARNED, [Syscall | get_learned()]).

get_learned() ->
    case get(?LEARNED) of
        undefined -> [];
        List -> List
    end.

%%====================================================================
%% Internal: the steps
%%====================================================================

run(Drv, Pipeline, Argv, Options, Deadline, Ref) ->
    case child(Drv, Pipeline, Options, Deadline) of
        {ok, Pid, Owned, Layers} ->
            Child = Pipeline ++ [Pid],
            case prepare(Drv, Child, Argv, Options, Deadline) of
                ok ->
                    _ = feed(Drv, Child, proplists:get_value(stdin, Options, [])),
                    Collected = collect(Drv, Child, Deadline, Ref, [], []),
                    Extra = cleanup(Drv, Pipeline, Pid, Ref),
                    with_layers(result(Collected, Extra), Layers);
                {error, _} = Error ->
                    _ = abandon(Drv, Pipeline, Pid, Owned, Ref),
                    Error
            end;
        {error, _} = Error ->
            Error
    end.

%% The child that will exec: made by fork or clone, or given.
child(Drv, Pipeline, Options, Deadline) ->
    case lists:keyfind(pid, 1, Options) of
        {pid, Pid} ->
            {ok, Pid, false, undefined};
        false ->
            Made =
                case {proplists:get_value(namespaces, Options), lists:keyfind(sandbox, 1, Options)} of
                    {undefined, {sandbox, Opts}} ->
                        step(sandbox, Deadline, fun(_) -> sandbox(Drv, Pipeline, Opts) end);
                    {undefined, false} ->
                        step(fork, Deadline, fun(T) -> alcove:fork(Drv, Pipeline, T) end);
                    {Flags, false} ->
                        step(clone, Deadline, fun(T) -> alcove:clone(Drv, Pipeline, Flags, T) end)
                end,
            {Made1, Layers} =
                case Made of
                    {ok, {P, L}} -> {{ok, P}, L};
                    _ -> {Made, undefined}
                end,
            case Made1 of
                {ok, Pid} ->
                    % The parent's flowcontrol option may stop reading
                    % the child's output: give it unlimited credit.
                    _ = alcove:setcpid(Drv, Pipeline, Pid, flowcontrol, -1),
                    {ok, Pid, true, Layers};
                {error, _} = Error ->
                    Error
            end
    end.

%% Everything done in the child, ending with the exec.
prepare(Drv, Child, [Prog | _] = Argv, Options, Deadline) ->
    Steps =
        [{setsid, fun(T) -> session(alcove:setsid(Drv, Child, T)) end}] ++
            [
                {setrlimit, fun(T) -> alcove:setrlimit(Drv, Child, Res, Lim, T) end}
             || {Res, Lim} <- proplists:get_value(rlimits, Options, [])
            ] ++
            credentials(Drv, Child, Options) ++
            [{chdir, fun(T) -> alcove:chdir(Drv, Child, Dir, T) end} || {cwd, Dir} <- Options] ++
            [
                {landlock, fun(T) -> done(alcove_landlock:restrict(Drv, Child, Rules, T)) end}
             || {landlock, Rules} <- Options
            ] ++
            [{seccomp, fun(_) -> seccomp(Drv, Child, Filter) end} || {seccomp, Filter} <- Options] ++
            [
                {seccomp, fun(_) -> alcove_seccomp:notify(Drv, Child, all) end}
             || {syscalls, learn} <- Options
            ] ++
            [exec(Drv, Child, Prog, Argv, lists:keyfind(env, 1, Options))],
    steps(Steps, Deadline).

credentials(Drv, Child, Options) ->
    Gid = [
        {setgid, fun(T) -> alcove:setgid(Drv, Child, G, T) end}
     || {gid, G} <- Options
    ],
    Uid = [
        {setuid, fun(T) -> alcove:setuid(Drv, Child, U, T) end}
     || {uid, U} <- Options
    ],
    case Gid ++ Uid of
        [] -> [];
        Steps -> [{setgroups, fun(T) -> alcove:setgroups(Drv, Child, [], T) end} | Steps]
    end.

exec(Drv, Child, Prog, Argv, {env, Env}) ->
    {execve, fun(T) -> alcove:execve(Drv, Child, Prog, Argv, Env, T) end};
exec(Drv, Child, Prog, Argv, false) ->
    {execvp, fun(T) -> alcove:execvp(Drv, Child, Prog, Argv, T) end}.

%% The sandbox's layers go with the pid, for the result.
sandbox(Drv, Pipeline, Opts) ->
    case alcove_rootless:sandbox(Drv, Pipeline, Opts) of
        {ok, Pid, Layers} -> {ok, {Pid, Layers}};
        {error, _} = Error -> Error
    end.

seccomp(Drv, Child, Filter) ->
    Prog = alcove_seccomp:program(Drv, Child, Filter),
    case alcove:prctl(Drv, Child, pr_set_no_new_privs, 1, 0, 0, 0) of
        {ok, _, _, _, _, _} -> alcove:seccomp(Drv, Child, seccomp_set_mode_filter, 0, Prog);
        {error, _} = Error -> Error
    end.

%% A process group leader cannot make a new session; it already leads
%% its group, which is all we need.
session({ok, _}) -> ok;
session({error, eperm}) -> ok;
session(Error) -> Error.

done({ok, _}) -> ok;
done(Error) -> Error.

steps([], _Deadline) ->
    ok;
steps([{Name, Fun} | Rest], Deadline) ->
    case step(Name, Deadline, Fun) of
        ok -> steps(Rest, Deadline);
        {error, _} = Error -> Error
    end.

%% One alcove call with the time that is left: `ok', `{ok, _}' or
%% `{error, timeout | {Name, Reason}}'.
step(Name, Deadline, Fun) ->
    case remaining(Deadline) of
        0 ->
            {error, timeout};
        Timeout ->
            try Fun(Timeout) of
                ok -> ok;
                {ok, _} = Ok -> Ok;
                {error, Reason} -> {error, {Name, Reason}}
            catch
                error:timeout -> {error, timeout};
                error:Reason -> {error, {Name, Reason}}
            end
    end.

%% Write stdin, then close it (the data is written before the pipe is
%% closed).
feed(Drv, Child, Data) ->
    _ =
        case iolist_size(Data) of
            0 -> ok;
            _ -> alcove:stdin(Drv, Child, Data)
        end,
    catch alcove:eof(Drv, Child, stdin).

%% Output until the exit event, or the deadline.
collect(Drv, Child, Deadline, Ref, Out, Err) ->
    receive
        {alcove_stdout, Drv, Child, Data} ->
            collect(Drv, Child, Deadline, Ref, [Data | Out], Err);
        {alcove_stderr, Drv, Child, Data} ->
            collect(Drv, Child, Deadline, Ref, Out, [Data | Err]);
        {alcove_event, Drv, Child, {exit_status, _} = Status} ->
            {Status, Out, Err};
        {alcove_event, Drv, Child, {termsig, _} = Status} ->
            {Status, Out, Err};
        {alcove_event, Drv, Child, {seccomp_notify, Id, Syscall, _}} ->
            learned(Syscall),
            _ = alcove_seccomp:respond(Drv, Child, Id, continue),
            collect(Drv, Child, Deadline, Ref, Out, Err);
        {alcove_ctl, Drv, Child, _} ->
            collect(Drv, Child, Deadline, Ref, Out, Err);
        {'DOWN', Ref, process, _, Reason} ->
            exit({drv_down, Reason})
    after remaining(Deadline) ->
        {Parent, [Pid]} = lists:split(length(Child) - 1, Child),
        _ = kill(Drv, Parent, Pid),
        case collect(Drv, Child, deadline(?REAP_WAIT), Ref, Out, Err) of
            {timeout, _, _} = Timeout -> Timeout;
            {_Status, Out1, Err1} -> {timeout, Out1, Err1}
        end
    end.

%% The program has exited (or could not be made to): kill what is left
%% of its process group, wait until the parent released its slot and
%% take the output that came meanwhile.
cleanup(Drv, Parent, Pid, Ref) ->
    _ = catch alcove:kill(Drv, Parent, -Pid, sigkill, ?REAP_WAIT),
    Released =
        released(Drv, Parent, Pid, deadline(?REAP_WAIT)) orelse
            begin
                % Something outside the group holds the pipes: close our
                % ends of them.
                _ = catch alcove:eof(Drv, Parent ++ [Pid], stdout),
                _ = catch alcove:eof(Drv, Parent ++ [Pid], stderr),
                released(Drv, Parent, Pid, deadline(?REAP_WAIT))
            end,
    _ = Released,
    drain(Drv, Parent ++ [Pid], Ref, [], []).

%% A child we made, that did not exec: make it exit and consume its exit.
abandon(_Drv, _Parent, _Pid, false, _Ref) ->
    ok;
abandon(Drv, Parent, Pid, true, Ref) ->
    Child = Parent ++ [Pid],
    _ =
        try alcove:exit(Drv, Child, 0, ?REAP_WAIT) of
            ok -> ok;
            _ -> kill(Drv, Parent, Pid)
        catch
            error:_ -> kill(Drv, Parent, Pid)
        end,
    _ = collect(Drv, Child, deadline(?REAP_WAIT), Ref, [], []),
    cleanup(Drv, Parent, Pid, Ref).

kill(Drv, Parent, Pid) ->
    _ = catch alcove:kill(Drv, Parent, -Pid, sigkill, ?REAP_WAIT),
    catch alcove:kill(Drv, Parent, Pid, sigkill, ?REAP_WAIT).

%% Poll the parent's child table until `Pid' has left it. The reply to
%% `cpid' travels behind all output the parent forwarded for the child.
released(Drv, Parent, Pid, Deadline) ->
    Children =
        try alcove:cpid(Drv, Parent, ?REAP_WAIT) of
            List when is_list(List) -> List;
            _ -> []
        catch
            error:_ -> []
        end,
    case lists:keymember(Pid, #alcove_pid.pid, Children) of
        false ->
            true;
        true ->
            case remaining(Deadline) of
                0 ->
                    false;
                _ ->
                    timer:sleep(?POLL_INTERVAL),
                    released(Drv, Parent, Pid, Deadline)
            end
    end.

%% Messages about the child still in the mailbox.
drain(Drv, Child, Ref, Out, Err) ->
    receive
        {alcove_stdout, Drv, Child, Data} ->
            drain(Drv, Child, Ref, [Data | Out], Err);
        {alcove_stderr, Drv, Child, Data} ->
            drain(Drv, Child, Ref, Out, [Data | Err]);
        {alcove_event, Drv, Child, _} ->
            drain(Drv, Child, Ref, Out, Err);
        {alcove_ctl, Drv, Child, _} ->
            drain(Drv, Child, Ref, Out, Err);
        {'DOWN', Ref, process, _, Reason} ->
            exit({drv_down, Reason})
    after 0 ->
        {Out, Err}
    end.

with_layers({ok, Result}, Layers) when is_map(Layers) -> {ok, Result#{layers => Layers}};
with_layers(Other, _) -> Other.

result({timeout, _, _}, _Extra) ->
    {error, timeout};
result({Status, Out, Err}, {Out1, Err1}) ->
    {ok, #{
        status => Status,
        stdout => iolist_to_binary(lists:reverse(Out1 ++ Out)),
        stderr => iolist_to_binary(lists:reverse(Err1 ++ Err))
    }}.

%%====================================================================
%% Internal: arguments and time
%%====================================================================

valid(Pipeline, Argv, Options) ->
    is_list(Pipeline) andalso
        lists:all(fun erlang:is_integer/1, Pipeline) andalso
        is_list(Argv) andalso
        Argv =/= [] andalso
        lists:all(fun is_iodata/1, Argv) andalso
        is_list(Options) andalso
        lists:all(fun valid_option/1, Options) andalso
        not (lists:keymember(sandbox, 1, Options) andalso
            (lists:keymember(namespaces, 1, Options) orelse lists:keymember(pid, 1, Options))).

valid_option({env, Env}) -> is_list(Env) andalso lists:all(fun is_iodata/1, Env);
valid_option({cwd, Dir}) -> is_iodata(Dir);
valid_option({stdin, Data}) -> is_iodata(Data);
valid_option({timeout, infinity}) -> true;
valid_option({timeout, Ms}) -> is_integer(Ms) andalso Ms >= 0;
valid_option({uid, Uid}) -> is_integer(Uid) andalso Uid >= 0;
valid_option({gid, Gid}) -> is_integer(Gid) andalso Gid >= 0;
valid_option({rlimits, Limits}) -> is_list(Limits) andalso lists:all(fun valid_rlimit/1, Limits);
valid_option({namespaces, Flags}) -> is_list(Flags) orelse is_integer(Flags);
valid_option({pid, Pid}) -> is_integer(Pid) andalso Pid > 0;
valid_option({landlock, Rules}) -> is_list(Rules);
valid_option({sandbox, Opts}) -> is_list(Opts);
valid_option({seccomp, {seccomp_allow, _, _}}) -> true;
valid_option({syscalls, learn}) -> true;
valid_option(_) -> false.

valid_rlimit({Resource, #alcove_rlimit{}}) -> is_atom(Resource) orelse is_integer(Resource);
valid_rlimit(_) -> false.

is_iodata(Data) ->
    try iolist_size(Data) of
        _ -> true
    catch
        error:badarg -> false
    end.

deadline(infinity) ->
    infinity;
deadline(Ms) ->
    erlang:monotonic_time(millisecond) + Ms.

remaining(infinity) ->
    infinity;
remaining(Deadline) ->
    max(0, Deadline - erlang:monotonic_time(millisecond)).
