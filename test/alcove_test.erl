%%% Helpers for the suites that drive a real port (see alcove_test.hrl).
-module(alcove_test).

-include_lib("common_test/include/ct.hrl").
-include_lib("alcove/include/alcove.hrl").

-export([
    start_drv/0,
    start_drv/1,
    stop_drv/1,
    flush_msgs/1,
    wait_event/2,
    collect/2,
    os_pid_alive/1,
    wait_gone/2,
    fork_chain/2,
    fork_chain/3,
    procs_with/1
]).

-define(TIMEOUT, 10000).

start_drv() ->
    start_drv([]).

start_drv(Opts) ->
    Exec =
        case os:getenv("ALCOVE_TEST_EXEC") of
            false -> [];
            "" -> [];
            E -> [{exec, E}]
        end,
    Prog =
        case os:getenv("ALCOVE_TEST_PROGNAME") of
            false -> [];
            "" -> [];
            P -> [{progname, P}]
        end,
    {ok, Drv} = alcove_drv:start_link(Opts ++ Exec ++ Prog),
    Drv.

stop_drv(Drv) ->
    unlink(Drv),
    alcove_drv:stop(Drv).

%% All messages about Drv currently in the mailbox, in order.
flush_msgs(Drv) ->
    receive
        {Tag, Drv, Pids, Term} when is_atom(Tag) -> [{Tag, Pids, Term} | flush_msgs(Drv)]
    after 0 -> []
    end.

%% Wait for an event for Pipeline, skipping stdout/stderr.
wait_event(Drv, Pipeline) ->
    receive
        {alcove_event, Drv, Pipeline, Event} -> Event
    after ?TIMEOUT -> timeout
    end.

%% Collect all stdout for Pipeline until its exit event; returns
%% {Stdout, Stderr, Event} so tests can check the order.
collect(Drv, Pipeline) ->
    collect(Drv, Pipeline, [], []).

collect(Drv, Pipeline, Out, Err) ->
    receive
        {alcove_stdout, Drv, Pipeline, Data} ->
            collect(Drv, Pipeline, [Data | Out], Err);
        {alcove_stderr, Drv, Pipeline, Data} ->
            collect(Drv, Pipeline, Out, [Data | Err]);
        {alcove_event, Drv, Pipeline, Event} ->
            {iolist_to_binary(lists:reverse(Out)), iolist_to_binary(lists:reverse(Err)), Event};
        {alcove_ctl, Drv, Pipeline, fdctl_closed} ->
            collect(Drv, Pipeline, Out, Err)
    after ?TIMEOUT ->
        {iolist_to_binary(lists:reverse(Out)), iolist_to_binary(lists:reverse(Err)), timeout}
    end.

%% Is the OS process alive (neither gone nor a zombie)?
os_pid_alive(Pid) ->
    case file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/stat") of
        {ok, Stat} ->
            [_, Rest] = binary:split(Stat, <<") ">>),
            not lists:member(binary:first(Rest), [$Z, $X]);
        {error, _} ->
            false
    end.

wait_gone(Pid, 0) ->
    not os_pid_alive(Pid);
wait_gone(Pid, N) ->
    case os_pid_alive(Pid) of
        false -> true;
        true ->
            timer:sleep(50),
            wait_gone(Pid, N - 1)
    end.

%% A pipeline of N nested forks below P0.
fork_chain(Drv, N) ->
    fork_chain(Drv, [], N).

fork_chain(Drv, P0, N) ->
    lists:foldl(
        fun(_, P) ->
            {ok, C} = alcove:fork(Drv, P),
            P ++ [C]
        end,
        P0,
        lists:seq(1, N)
    ).

%% OS pids of the live processes whose argv contains Word.
procs_with(Word) ->
    W = list_to_binary(Word),
    [
        list_to_integer(Name)
     || Name <- filelib:wildcard("[0-9]*", "/proc"),
        {ok, Cmd} <- [file:read_file("/proc/" ++ Name ++ "/cmdline")],
        lists:member(W, binary:split(Cmd, <<0>>, [global])),
        os_pid_alive(list_to_integer(Name))
    ].
