%%% Property: any arity-correct list of random terms given to any call
%%% returns a value or raises an error of the spec (badarg, undef,
%%% {exit_status, _}, {termsig, _}, badpid ...), never timeout, and the
%%% process still answers getpid afterwards.
%%%
%%% The calls run in a forked child (re-created when a call ends it), in a
%%% scratch directory; calls that would harm the test host or the driver
%%% are left out (excluded/0). PropEr is called through its modules
%%% (Debian's erlang-proper ships no proper.hrl).
-module(alcove_prop_SUITE).

-include("alcove_test.hrl").

-export([all/0, suite/0, init_per_testcase/2, end_per_testcase/2]).
-export([random_args_every_call/1]).

-define(NUMTESTS, 10000).

suite() ->
    [{timetrap, {minutes, 10}}].

all() ->
    case code:which(proper) of
        non_existing -> {skip, "PropEr not installed (erlang-proper)"};
        _ -> [random_args_every_call]
    end.

init_per_testcase(_Case, Config) ->
    Dir = filename:join(?config(priv_dir, Config), "scratch"),
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    [{drv, start_drv()}, {scratch, Dir} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%% Calls that could harm the host or the driver even from a child, or
%% that legitimately end or wedge the child (exec, exit, blocking reads).
excluded() ->
    [
        exit, execve, execvp, fexecve, kill, fork, clone, setuid, setgid, setresuid,
        setresgid, setgroups, chroot, pivot_root, mount, umount, umount2, unshare, setns,
        seccomp, prctl, ptrace, setrlimit, setpriority, sethostname, clearenv, close,
        filter, sigaction, chdir, select, read, write, ioctl, fcntl, chmod, chown,
        waitpid, setsid, setpgid, setproctitle, cap_enter, pledge, unveil, jail, procctl,
        %% issue 13: exec, child creation, signals, descriptors, privileges, mounts
        execveat, clone3, pidfd_send_signal, pidfd_getfd, close_range, capset,
        landlock_restrict_self, open_tree, move_mount, mount_setattr, fsopen, fsconfig, fsmount,
        %% issue 14: child creation (on a new terminal)
        forkpty,
        %% issue 15: a notify filter without its hand-over blocks the
        %% process's next call in the set; the hand-over may wait 2 s
        seccomp_notify, seccomp_notify_listen
    ].

%% {Name, Arity} of every call of alcove_proto:calls() we may run.
calls() ->
    Exports = alcove:module_info(exports),
    [
        {Name, lists:min([A || {N, A} <- Exports, N =:= Name]) - 2}
     || Name <- alcove_proto:calls(), not lists:member(Name, excluded())
    ].

%%--------------------------------------------------------------------
%% Generators (proper_types, no macros)
%%--------------------------------------------------------------------

leaf() ->
    proper_types:oneof([
        proper_types:integer(),
        proper_types:elements([0, -1, 1, 255, 256, 65535, 16#7fffffff, -16#80000000,
                               16#ffffffff, 16#ffffffffffffffff, 1 bsl 64, -(1 bsl 70), 1 bsl 200]),
        proper_types:largeint(),
        proper_types:atom(),
        proper_types:elements([
            true, false, undefined, ok, sigterm, sigkill, o_rdonly, o_creat, clone_newns,
            rlimit_nofile, maxchild, flowcontrol, pr_set_name, ptr, af_unix, prio_process
        ]),
        proper_types:binary(),
        %% paths: absolute ones that exist (a call can only fail on
        %% them), and a missing one relative to the child's scratch
        %% directory: mkdir, symlink or mkfifo on an absolute missing
        %% path would create it on the host (a /nonexistent made here
        %% once turned later enoent cases into eacces)
        proper_types:elements([<<>>, <<0>>, <<"/">>, <<"/tmp">>, <<"a=b">>, <<"nonexistent">>]),
        proper_types:string(),
        proper_types:float()
    ]).

term(0) ->
    leaf();
term(D) ->
    Sub = term(D - 1),
    proper_types:frequency([
        {4, leaf()},
        {2, proper_types:list(Sub)},
        {1, proper_types:tuple([Sub])},
        {1, proper_types:tuple([Sub, Sub])},
        {1, proper_types:tuple([proper_types:atom(), Sub, Sub])},
        {1, proper_types:tuple([proper_types:exactly(ptr), Sub])},
        {1, proper_types:tuple([proper_types:exactly(alcove_rlimit), Sub, Sub])},
        {1, proper_types:tuple([proper_types:exactly(alcove_timeval), Sub, Sub])},
        {1, proper_types:list(proper_types:oneof([proper_types:binary(), proper_types:byte(), Sub]))}
    ]).

call_gen(Calls) ->
    proper_types:bind(
        proper_types:elements(Calls),
        fun({Name, Arity}) ->
            proper_types:tuple([proper_types:exactly(Name), proper_types:vector(Arity, term(3))])
        end,
        false
    ).

%%--------------------------------------------------------------------
%% The property
%%--------------------------------------------------------------------

%% Random terms as the arguments of every call: a value or an error of
%% the spec, never a timeout, and the child answers getpid afterwards.
random_args_every_call(Config) ->
    Drv = ?config(drv, Config),
    Scratch = ?config(scratch, Config),
    Calls = calls(),
    ct:log("~B calls: ~p", [length(Calls), Calls]),
    put(child, new_child(Drv, Scratch)),
    put(stats, #{}),
    Prop = proper:forall(call_gen(Calls), fun({Name, Args}) -> check(Drv, Scratch, Name, Args) end),
    true = proper:quickcheck(Prop, [{numtests, ?NUMTESTS}, {to_file, user}, noshrink]),
    Stats = get(stats),
    ct:log("outcomes: ~p", [lists:sort(maps:to_list(Stats))]),
    Total = lists:sum(maps:values(Stats)),
    {comment, io_lib:format("~B calls, ~B children re-created", [Total, maps:get(respawn, Stats, 0)])}.

new_child(Drv, Scratch) ->
    {ok, C} = alcove:fork(Drv, [], 10000),
    ok = alcove:chdir(Drv, [C], Scratch),
    C.

check(Drv, Scratch, Name, Args) ->
    C = get(child),
    Outcome =
        try apply(alcove, Name, [Drv, [C] | Args] ++ [10000]) of
            _ -> value
        catch
            error:badarg -> badarg;
            error:undef -> undef;
            error:{exit_status, _} -> died;
            error:{termsig, _} -> died;
            error:badpid -> died;
            error:timeout -> timeout;
            Class:Reason -> {Class, Reason}
        end,
    count(Outcome),
    case Outcome of
        died ->
            respawn(Drv, Scratch),
            ct:log("~p(~p) ended the child", [Name, Args]),
            true;
        Ok when Ok =:= value; Ok =:= badarg; Ok =:= undef ->
            %% still answers
            case catch alcove:getpid(Drv, [C], 10000) of
                C ->
                    true;
                Other ->
                    ct:log("~p(~p) -> ~p, then getpid: ~p", [Name, Args, Outcome, Other]),
                    respawn(Drv, Scratch),
                    false
            end;
        Bad ->
            ct:log("~p(~p) -> ~p", [Name, Args, Bad]),
            respawn(Drv, Scratch),
            false
    end.

respawn(Drv, Scratch) ->
    count(respawn),
    _ = (catch alcove:kill(Drv, [], get(child), sigkill, 5000)),
    _ = flush_msgs(Drv),
    put(child, new_child(Drv, Scratch)).

count(Key) ->
    S = get(stats),
    put(stats, S#{Key => maps:get(Key, S, 0) + 1}).
