%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Example: a shell served over TCP, one sandbox per connection.
%%%
%%% The server listens on 127.0.0.1. For each connection a handler
%%% process starts its own port (it becomes the owner of its messages),
%%% makes a sandbox with `nsex:sandbox/2' (new namespaces, tmpfs root
%%% with busybox, pids cgroup, uid 65534), execs `/bin/sh' in it and
%%% relays: bytes from the socket go to the shell's stdin, the shell's
%%% stdout and stderr go to the socket. When the client closes the
%%% connection the sandbox is destroyed; when the shell exits the
%%% connection is closed.
%%%
%%% ```
%%% 1> {ok, Server} = tcpsh:start([]).
%%% {ok,<0.190.0>}
%%% 2> {ok, Port} = tcpsh:port(Server).
%%% {ok,40315}
%%% $ nc 127.0.0.1 40315
%%% echo hello; id -u
%%% hello
%%% 65534
%%% '''
%%%
%%% The port must run as root (the default `alcove_drv' options, or
%%% `{drv, [{exec, "sudo -n"}]}').
-module(tcpsh).

%% API
-export([start/1, port/1, stop/1]).

-export_type([option/0]).

-type option() ::
    {ip, inet:ip_address()}
    | {port, inet:port_number()}
    | {drv, list()}
    | nsex:option().
%% `ip' (default `{127,0,0,1}') and `port' (default 0: any free port)
%% of the listening socket; `drv': options for `alcove_drv:start_link/1'
%% (default `[]'); the other options are passed to `nsex:sandbox/2'.

-define(TIMEOUT, 10000).

%%====================================================================
%% API
%%====================================================================

%% @doc Start a server listening on `ip' and `port'.
-spec start([option()]) -> {ok, pid()} | {error, inet:posix()}.
start(Opts) ->
    Parent = self(),
    Ref = make_ref(),
    Server = spawn(fun() -> server_init(Parent, Ref, Opts) end),
    MRef = monitor(process, Server),
    receive
        {Ref, ok} ->
            demonitor(MRef, [flush]),
            {ok, Server};
        {Ref, {error, _} = Error} ->
            demonitor(MRef, [flush]),
            Error;
        {'DOWN', MRef, process, Server, _} ->
            {error, einval}
    end.

%% @doc The TCP port the server listens on.
-spec port(pid()) -> {ok, inet:port_number()} | {error, inet:posix()}.
port(Server) ->
    request(Server, port).

%% @doc Stop the server: close the listening socket, then every
%% connection and its sandbox.
-spec stop(pid()) -> ok.
stop(Server) ->
    case request(Server, stop) of
        ok -> ok;
        {error, _} -> ok
    end.

%%====================================================================
%% Server
%%====================================================================

request(Server, Req) ->
    MRef = monitor(process, Server),
    Server ! {Req, self(), MRef},
    receive
        {MRef, Reply} ->
            demonitor(MRef, [flush]),
            Reply;
        {'DOWN', MRef, process, Server, _} ->
            {error, esrch}
    end.

server_init(Parent, Ref, Opts) ->
    process_flag(trap_exit, true),
    Ip = proplists:get_value(ip, Opts, {127, 0, 0, 1}),
    ListenOpts = [binary, {ip, Ip}, {active, false}, {reuseaddr, true}],
    case gen_tcp:listen(proplists:get_value(port, Opts, 0), ListenOpts) of
        {ok, LSock} ->
            Server = self(),
            Acceptor = spawn_link(fun() -> accept_loop(Server, LSock) end),
            Parent ! {Ref, ok},
            server_loop(LSock, Acceptor, Opts, []);
        {error, _} = Error ->
            Parent ! {Ref, Error}
    end.

server_loop(LSock, Acceptor, Opts, Handlers) ->
    receive
        {accepted, Sock, Acceptor} ->
            Handler = spawn_link(fun() -> handler_init(Opts) end),
            _ =
                case gen_tcp:controlling_process(Sock, Handler) of
                    ok -> Handler ! {go, Sock};
                    {error, _} -> exit(Handler, kill)
                end,
            Acceptor ! continue,
            server_loop(LSock, Acceptor, Opts, [Handler | Handlers]);
        {port, From, MRef} ->
            From ! {MRef, inet:port(LSock)},
            server_loop(LSock, Acceptor, Opts, Handlers);
        {stop, From, MRef} ->
            unlink(Acceptor),
            exit(Acceptor, kill),
            ok = gen_tcp:close(LSock),
            ok = stop_handlers(Handlers),
            From ! {MRef, ok};
        {'EXIT', Acceptor, Reason} ->
            ok = gen_tcp:close(LSock),
            ok = stop_handlers(Handlers),
            exit(Reason);
        {'EXIT', Pid, _} ->
            server_loop(LSock, Acceptor, Opts, lists:delete(Pid, Handlers))
    end.

%% Ask each handler to clean up, and wait until it has.
stop_handlers(Handlers) ->
    MRefs = [{monitor(process, H), H} || H <- Handlers],
    lists:foreach(fun(H) -> H ! stop end, Handlers),
    lists:foreach(
        fun({MRef, H}) ->
            receive
                {'DOWN', MRef, process, H, _} -> ok
            after ?TIMEOUT ->
                exit(H, kill)
            end
        end,
        MRefs
    ).

accept_loop(Server, LSock) ->
    case gen_tcp:accept(LSock) of
        {ok, Sock} ->
            ok = gen_tcp:controlling_process(Sock, Server),
            Server ! {accepted, Sock, self()},
            receive
                continue -> accept_loop(Server, LSock)
            end;
        {error, Reason} ->
            exit(Reason)
    end.

%%====================================================================
%% One connection
%%====================================================================

handler_init(Opts) ->
    receive
        {go, Sock} ->
            handler_start(Sock, Opts);
        stop ->
            ok
    end.

handler_start(Sock, Opts) ->
    case alcove_drv:start_link(proplists:get_value(drv, Opts, [])) of
        {ok, Drv} ->
            case nsex:sandbox(Drv, Opts) of
                {ok, Box} ->
                    case nsex:exec(Drv, Box, ["/bin/sh"], Opts) of
                        ok ->
                            ok = inet:setopts(Sock, [{active, once}]),
                            relay(Sock, Drv, Box);
                        {error, Errno} ->
                            refuse(Sock, Drv, Errno)
                    end,
                    ok = nsex:destroy(Drv, Box);
                {error, Errno} ->
                    refuse(Sock, Drv, Errno)
            end,
            ok = alcove_drv:stop(Drv);
        {error, Reason} ->
            _ = gen_tcp:send(Sock, io_lib:format("tcpsh: no port: ~p~n", [Reason])),
            ok
    end,
    _ = gen_tcp:close(Sock),
    ok.

refuse(Sock, _Drv, Errno) ->
    _ = gen_tcp:send(Sock, io_lib:format("tcpsh: no sandbox: ~s~n", [Errno])),
    ok.

relay(Sock, Drv, #{pid := Pid} = Box) ->
    P = [Pid],
    receive
        {tcp, Sock, Data} ->
            ok = alcove:stdin(Drv, P, Data),
            ok = inet:setopts(Sock, [{active, once}]),
            relay(Sock, Drv, Box);
        {tcp_closed, Sock} ->
            ok;
        {tcp_error, Sock, _} ->
            ok;
        {alcove_stdout, Drv, P, Data} ->
            _ = gen_tcp:send(Sock, Data),
            relay(Sock, Drv, Box);
        {alcove_stderr, Drv, P, Data} ->
            _ = gen_tcp:send(Sock, Data),
            relay(Sock, Drv, Box);
        {alcove_event, Drv, P, _Exit} ->
            ok;
        {alcove_ctl, Drv, P, _} ->
            relay(Sock, Drv, Box);
        stop ->
            ok
    end.
