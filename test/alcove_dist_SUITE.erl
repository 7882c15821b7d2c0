%%% alcove across Erlang nodes: a driver started on a peer node on behalf
%%% of an owner on this node, calls and stdio across the link, and the
%%% remote tree torn down when the owner or the link goes away.
-module(alcove_dist_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_suite/1, end_per_suite/1]).
-export([init_per_testcase/2, end_per_testcase/2]).
-export([
    remote_calls/1,
    remote_stdio/1,
    remote_run/1,
    owner_exit/1,
    disconnect/1
]).

all() ->
    [remote_calls, remote_stdio, remote_run, owner_exit, disconnect].

init_per_suite(Config) ->
    case start_dist() of
        {ok, Started} ->
            [{dist_started, Started} | Config];
        {error, Reason} ->
            {skip, lists:flatten(io_lib:format("cannot start distribution: ~p", [Reason]))}
    end.

end_per_suite(Config) ->
    _ =
        case ?config(dist_started, Config) of
            true -> net_kernel:stop();
            _ -> ok
        end,
    ok.

%% A fresh peer node per case. The control connection is the peer's
%% stdio, so that the peer outlives a broken distribution link.
init_per_testcase(_Case, Config) ->
    Paths = [P || P <- code:get_path(), not lists:prefix(code:lib_dir(), P)],
    {ok, Peer, Node} = peer:start_link(#{
        name => peer:random_name(?MODULE),
        connection => standard_io,
        args => lists:append([["-pa", P] || P <- Paths])
    }),
    true = net_kernel:connect_node(Node),
    [{peer, Peer}, {node, Node} | Config].

end_per_testcase(_Case, Config) ->
    _ = catch peer:stop(?config(peer, Config)),
    ok.

start_dist() ->
    case is_alive() of
        true ->
            {ok, false};
        false ->
            _ = os:cmd("epmd -daemon"),
            Name = list_to_atom("ct_alcove_" ++ os:getpid()),
            case net_kernel:start([Name, shortnames]) of
                {ok, _} -> {ok, true};
                {error, _} = Error -> Error
            end
    end.

%% Start a driver on Node owned by this process, as alcove_test does
%% locally (same ALCOVE_TEST_* environment).
remote_drv(Node) ->
    Opts =
        [{exec, E} || E <- [os:getenv("ALCOVE_TEST_EXEC")], E =/= false, E =/= ""] ++
            [{progname, P} || P <- [os:getenv("ALCOVE_TEST_PROGNAME")], P =/= false, P =/= ""],
    {ok, Drv} = erpc:call(Node, alcove_drv, start, [self(), Opts]),
    Node = node(Drv),
    Drv.

%% OS pid of the remote driver's port.
port_os_pid(Node, Drv) ->
    Port = alcove_drv:port(Drv),
    {os_pid, Pid} = erpc:call(Node, erlang, port_info, [Port, os_pid]),
    Pid.

%% Calls made here are executed by a port on the peer node and answered
%% to this process.
remote_calls(Config) ->
    Node = ?config(node, Config),
    Drv = remote_drv(Node),
    PortPid = port_os_pid(Node, Drv),
    PortPid = alcove:getpid(Drv, []),
    {ok, C} = alcove:fork(Drv, []),
    C = alcove:getpid(Drv, [C]),
    {ok, G} = alcove:fork(Drv, [C]),
    G = alcove:getpid(Drv, [C, G]),
    % non-owners are refused on the remote server as on a local one
    Self = self(),
    spawn(fun() -> Self ! {not_owner, alcove:getpid(Drv, [])} end),
    receive
        {not_owner, {error, not_owner}} -> ok
    after ?TIMEOUT -> ct:fail(not_owner)
    end,
    ok = alcove_drv:stop(Drv).

%% fork + exec + stdin/stdout/stderr + exit event across nodes.
remote_stdio(Config) ->
    Node = ?config(node, Config),
    Drv = remote_drv(Node),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", "cat; echo done >&2"]),
    ok = alcove:stdin(Drv, [C], "across nodes\n"),
    [<<"across nodes\n">>] = alcove:stdout(Drv, [C], 5000),
    ok = alcove:eof(Drv, [C]),
    {<<>>, <<"done\n">>, {exit_status, 0}} = collect(Drv, [C]),
    ok = alcove_drv:stop(Drv).

%% alcove_run works with a remote driver.
remote_run(Config) ->
    Node = ?config(node, Config),
    Drv = remote_drv(Node),
    Big = binary:copy(<<"0123456789abcdef">>, 65536),
    {ok, #{status := {exit_status, 0}, stdout := Big}} =
        alcove_run:run(Drv, ["cat"], [{stdin, Big}, {timeout, 10000}]),
    [] = alcove:cpid(Drv, []),
    ok = alcove_drv:stop(Drv).

%% The owner (on this node) exits: the remote driver stops and the port
%% and its whole tree are gone from the machine.
owner_exit(Config) ->
    Node = ?config(node, Config),
    Self = self(),
    Owner = spawn(fun() ->
        Drv = remote_drv(Node),
        {ok, C} = alcove:fork(Drv, []),
        ok = alcove:execvp(Drv, [C], "sleep", ["sleep", "100"]),
        Self ! {started, Drv, port_os_pid(Node, Drv), C},
        receive
            stop -> ok
        end
    end),
    {Drv, PortPid, C} =
        receive
            {started, D, P, Ch} -> {D, P, Ch}
        after ?TIMEOUT -> ct:fail(not_started)
        end,
    true = os_pid_alive(PortPid),
    true = os_pid_alive(C),
    Ref = erlang:monitor(process, Drv),
    Owner ! stop,
    receive
        {'DOWN', Ref, process, Drv, {shutdown, {owner, normal}}} -> ok
    after ?TIMEOUT -> ct:fail(driver_not_stopped)
    end,
    true = wait_gone(PortPid, 200),
    true = wait_gone(C, 200).

%% The link between the nodes breaks: the remote driver sees its owner
%% 'DOWN' with noconnection, stops, and tears its tree down. Checked on
%% the OS (both nodes run on this machine) and, after reconnecting, on
%% the peer node.
disconnect(Config) ->
    Node = ?config(node, Config),
    Drv = remote_drv(Node),
    PortPid = port_os_pid(Node, Drv),
    {ok, C} = alcove:fork(Drv, []),
    M = integer_to_list(erlang:unique_integer([positive]) rem 1000 + 2000) ++ ".5",
    ok = alcove:execvp(Drv, [C], "sh", ["sh", "-c", "sleep " ++ M ++ " & sleep " ++ M]),
    {ok, G} = alcove:fork(Drv, []),
    {ok, GG} = alcove:fork(Drv, [G]),
    true = lists:all(fun(P) -> os_pid_alive(P) end, [PortPid, C, G, GG]),
    true = erlang:disconnect_node(Node),
    true = lists:all(fun(P) -> wait_gone(P, 200) end, [PortPid, C, G, GG]),
    [] = procs_with(M),
    % the owner hears nothing from the dead driver but may get a stray
    % message sent before the link broke
    _ = flush_msgs(Drv),
    true = net_kernel:connect_node(Node),
    false = erpc:call(Node, erlang, is_process_alive, [Drv]),
    [] = [
        F
     || F <- erpc:call(Node, erlang, ports, []),
        erpc:call(Node, erlang, port_info, [F, os_pid]) =:= {os_pid, PortPid}
    ].

