%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Example: run a program in a chroot, with rlimits, as an
%%% unprivileged user.
%%%
%%% The port (running as root) forks a child; the child changes its
%%% root to a directory, lowers its resource limits, drops its groups,
%%% gid and uid, and then execs the program. Its output comes back as
%%% `alcove_stdout' messages until the `{exit_status, N}' event.
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% {ok,<0.178.0>}
%%% 2> chrootex:run(Drv, "/srv/jail", ["/bin/busybox", "sh", "-c", "id -u; ulimit -n"], []).
%%% {ok,0,<<"65534\n64\n">>}
%%% '''
%%%
%%% The directory must hold the program and what it needs (a static
%%% busybox is enough). A chroot alone does not isolate much: the child
%%% still shares the host's pids, network and mounts; see `nsex' for the
%%% same with namespaces.
-module(chrootex).

-include("alcove.hrl").

%% API
-export([sandbox/3, run/4, drop_privileges/4, collect/3]).

-export_type([option/0]).

-type option() ::
    {uid, alcove:uid_t()}
    | {gid, alcove:gid_t()}
    | {rlimits, [{atom(), non_neg_integer()}]}
    | {env, [iodata()]}
    | {timeout, timeout()}.
%% `uid' and `gid' default to 65534; `rlimits' to `default_rlimits()'
%% below (64 descriptors, 64 processes, 16 MiB files, no core); `env' to
%% `["PATH=/bin:/usr/bin"]'; `timeout' (of the whole run) to 10000 ms.

-define(NOBODY, 65534).
-define(TIMEOUT, 10000).

%%====================================================================
%% API
%%====================================================================

%% @doc Fork a child of the port, chroot it into `Root' and drop its
%% privileges (see {@link drop_privileges/4}); the child still runs the
%% event loop and is addressed as `[Pid]'.
%%
%% On failure the child is killed and reaped and the error is returned,
%% for example `{error, enoent}' for a missing `Root' or
%% `{error, eperm}' when the port is not root.
-spec sandbox(alcove_drv:ref(), iodata(), [option()]) ->
    {ok, alcove:pid_t()} | {error, alcove:posix()}.
sandbox(Drv, Root, Opts) ->
    case alcove:fork(Drv, []) of
        {ok, Pid} ->
            P = [Pid],
            Steps = [
                fun() -> alcove:chroot(Drv, P, Root) end,
                fun() -> alcove:chdir(Drv, P, "/") end,
                fun() -> drop_privileges(Drv, P, Opts, rlimits(Opts)) end
            ],
            case steps(Steps) of
                ok ->
                    {ok, Pid};
                {error, _} = Error ->
                    ok = kill(Drv, Pid),
                    Error
            end;
        {error, _} = Error ->
            posix(Error)
    end.

%% @doc Run `Argv' (its first element is the path inside `Root') in a
%% fresh sandbox and return its exit status and its stdout and stderr,
%% concatenated in arrival order.
%%
%% Returns `{error, timeout}' (and kills the sandbox) if the program
%% does not exit within the `timeout' option.
-spec run(alcove_drv:ref(), iodata(), [iodata(), ...], [option()]) ->
    {ok, Status :: non_neg_integer() | {termsig, atom()}, Output :: binary()}
    | {error, alcove:posix() | timeout}.
run(Drv, Root, [Path | _] = Argv, Opts) ->
    case sandbox(Drv, Root, Opts) of
        {ok, Pid} ->
            Env = proplists:get_value(env, Opts, ["PATH=/bin:/usr/bin"]),
            case alcove:execve(Drv, [Pid], Path, Argv, Env) of
                ok ->
                    collect(Drv, [Pid], proplists:get_value(timeout, Opts, ?TIMEOUT));
                {error, _} = Error ->
                    ok = kill(Drv, Pid),
                    posix(Error)
            end;
        {error, _} = Error ->
            Error
    end.

%% @doc Lower the resource limits of the process at `Pipeline', then
%% drop its supplementary groups, gid and uid (in this order: after
%% `setuid' the others would be refused).
%%
%% `Rlimits' is a list of `{Resource, Value}' setting both the soft and
%% the hard limit.
-spec drop_privileges(alcove_drv:ref(), [alcove:pid_t()], [option()], [{atom(), non_neg_integer()}]) ->
    ok | {error, alcove:posix()}.
drop_privileges(Drv, Pipeline, Opts, Rlimits) ->
    Limits = [
        fun() -> alcove:setrlimit(Drv, Pipeline, Res, #alcove_rlimit{cur = N, max = N}) end
     || {Res, N} <- Rlimits
    ],
    Drop = [
        fun() -> alcove:setgroups(Drv, Pipeline, []) end,
        fun() -> alcove:setgid(Drv, Pipeline, proplists:get_value(gid, Opts, ?NOBODY)) end,
        fun() -> alcove:setuid(Drv, Pipeline, proplists:get_value(uid, Opts, ?NOBODY)) end
    ],
    steps(Limits ++ Drop).

%% @doc Gather the stdout and stderr of the exec'ed process at
%% `Pipeline' until its exit event; on timeout kill it (its parent must
%% be the port) and return `{error, timeout}'.
-spec collect(alcove_drv:ref(), [alcove:pid_t(), ...], timeout()) ->
    {ok, non_neg_integer() | {termsig, atom()}, binary()} | {error, timeout}.
collect(Drv, Pipeline, Timeout) ->
    Deadline =
        case Timeout of
            infinity -> infinity;
            _ -> erlang:monotonic_time(millisecond) + Timeout
        end,
    collect(Drv, Pipeline, Deadline, []).

%%====================================================================
%% Internal functions
%%====================================================================

collect(Drv, Pipeline, Deadline, Acc) ->
    Left =
        case Deadline of
            infinity -> infinity;
            _ -> max(0, Deadline - erlang:monotonic_time(millisecond))
        end,
    receive
        {alcove_stdout, Drv, Pipeline, Data} ->
            collect(Drv, Pipeline, Deadline, [Data | Acc]);
        {alcove_stderr, Drv, Pipeline, Data} ->
            collect(Drv, Pipeline, Deadline, [Data | Acc]);
        {alcove_ctl, Drv, Pipeline, _} ->
            collect(Drv, Pipeline, Deadline, Acc);
        {alcove_event, Drv, Pipeline, {exit_status, N}} ->
            {ok, N, iolist_to_binary(lists:reverse(Acc))};
        {alcove_event, Drv, Pipeline, {termsig, _} = Sig} ->
            {ok, Sig, iolist_to_binary(lists:reverse(Acc))}
    after Left ->
        {Parent, [Pid]} = lists:split(length(Pipeline) - 1, Pipeline),
        _ = alcove:kill(Drv, Parent, Pid, sigkill),
        _ = alcove:event(Drv, Pipeline, ?TIMEOUT),
        {error, timeout}
    end.

rlimits(Opts) ->
    proplists:get_value(rlimits, Opts, default_rlimits()).

default_rlimits() ->
    [
        {rlimit_nofile, 64},
        {rlimit_nproc, 64},
        {rlimit_fsize, 16 * 1024 * 1024},
        {rlimit_core, 0}
    ].

steps([]) ->
    ok;
steps([F | Fs]) ->
    case F() of
        ok -> steps(Fs);
        {error, _} = Error -> posix(Error)
    end.

posix({error, not_owner}) -> {error, eperm};
posix({error, _} = Error) -> Error.

kill(Drv, Pid) ->
    _ = alcove:kill(Drv, [], Pid, sigkill),
    _ = alcove:event(Drv, [Pid], ?TIMEOUT),
    ok.
