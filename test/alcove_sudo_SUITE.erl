%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% A privileged port for an unprivileged node (doc/PRIVILEGES.md).
%%%
%%% The suite (run as root) creates the user alcovetest, copies alcove's
%%% ebin and priv to a directory the user can read but not write, and
%%% writes /etc/sudoers.d/alcove-test letting exactly that user run
%%% exactly that copy of the alcove binary as root without a password.
%%% It then starts an Erlang node as alcovetest (peer, under runuser)
%%% and, in that node, starts the port with {exec, "sudo -n"}: the port
%%% is root and can clone namespaces and chroot, while the node stays
%%% unprivileged. The user, the sudoers file and the copies are removed
%%% at the end.
-module(alcove_sudo_SUITE).

-include_lib("common_test/include/ct.hrl").

-export([all/0, init_per_suite/1, end_per_suite/1]).
-export([sudo_port/1, no_sudo_port/1, sudo_rule_is_narrow/1]).

%% Run in the peer node.
-export([remote_sudo/2, remote_no_sudo/2]).

-define(USER, "alcovetest").
-define(SUDOERS, "/etc/sudoers.d/alcove-test").
-define(FLAGS, [clone_newpid, clone_newns, clone_newuts, clone_newipc, clone_newnet]).

all() ->
    [sudo_port, no_sudo_port, sudo_rule_is_narrow].

init_per_suite(Config) ->
    Missing = [
        X
     || X <- ["sudo", "runuser", "useradd", "userdel", "visudo"], os:find_executable(X) =:= false
    ],
    case {string:trim(os:cmd("id -u")), Missing} of
        {"0", []} ->
            Conf = [{user_created, false}, {base, undefined} | Config],
            try
                setup(Conf)
            catch
                Class:Reason:Stack ->
                    ok = cleanup(get(sudo_setup)),
                    {fail, {setup, Class, Reason, Stack}}
            end;
        {"0", _} -> {skip, "missing: " ++ lists:join(" ", Missing)};
        {Uid, _} -> {skip, "needs root (uid is " ++ Uid ++ ")"}
    end.

setup(Config) ->
    Created =
        case os:cmd("id -u " ?USER " >/dev/null 2>&1 && echo yes") of
            "yes\n" ->
                false;
            _ ->
                "" = os:cmd("useradd --system --no-create-home --shell /usr/sbin/nologin " ?USER),
                true
        end,
    _ = put(sudo_setup, [{user_created, Created} | Config]),
    %% Copies owned by root, readable and not writable by the user.
    Base = filename:join("/tmp", "alcove-sudo." ++ integer_to_list(erlang:unique_integer([positive]))),
    _ = put(sudo_setup, [{user_created, Created}, {base, Base} | Config]),
    App = filename:join(Base, "alcove"),
    Lib = code:lib_dir(alcove),
    [
        "" = os:cmd(
            lists:flatten(io_lib:format("mkdir -p ~s && cp -rL ~s/~s ~s/ 2>&1", [App, Lib, D, App]))
        )
     || D <- ["ebin", "priv"]
    ],
    "" = os:cmd("chmod -R go-w,a+rX " ++ Base ++ " 2>&1"),
    Prog = filename:join([App, "priv", "alcove"]),
    %% Where the ports create their control FIFO.
    CtlDir = filename:join(Base, "ctl"),
    ok = file:make_dir(CtlDir),
    ok = file:change_mode(CtlDir, 8#1777),
    Rule = io_lib:format(
        "# alcove test suite: ~s may run this alcove binary as root, nothing else.~n"
        "~s ALL=(root) NOPASSWD: ~s~n",
        [?USER, ?USER, Prog]
    ),
    ok = file:write_file(?SUDOERS, Rule),
    ok = file:change_mode(?SUDOERS, 8#440),
    Check = os:cmd("visudo -cf " ?SUDOERS " >/dev/null 2>&1 && echo ok"),
    "ok\n" = Check,
    %% Not linked: the peer outlives init_per_suite's process. It is
    %% started by a process whose group leader is `user': the peer
    %% control process forwards the peer node's output to its group
    %% leader, and init_per_suite's own group leader goes away when
    %% init_per_suite returns (output from the peer after that would
    %% fail and bring the peer node down).
    Parent = self(),
    {Starter, MRef} = spawn_monitor(fun() ->
        true = group_leader(whereis(user), self()),
        Parent !
            {self(),
                peer:start(#{
                    exec => {os:find_executable("runuser"), ["-u", ?USER, "--", os:find_executable("erl")]},
                    connection => standard_io,
                    args => ["-pa", filename:join(App, "ebin")],
                    env => [{"HOME", "/tmp"}]
                })}
    end),
    {ok, Peer, _Node} =
        receive
            {Starter, Started} -> Started;
            {'DOWN', MRef, process, Starter, Reason} -> erlang:error({peer_start, Reason})
        end,
    erlang:demonitor(MRef, [flush]),
    _ = put(sudo_setup, [{peer, Peer}, {user_created, Created}, {base, Base} | Config]),
    %% This suite's code (remote_*) runs in the peer.
    {Mod, Bin, File} = code:get_object_code(?MODULE),
    {module, Mod} = peer:call(Peer, code, load_binary, [Mod, File, Bin]),
    [
        {peer, Peer},
        {base, Base},
        {prog, Prog},
        {ctldir, CtlDir},
        {user_created, Created}
        | Config
    ].

end_per_suite(Config) ->
    ok = cleanup(Config),
    Config.

%% Remove what setup made, whatever it got to.
cleanup(Config) ->
    case ?config(peer, Config) of
        undefined -> ok;
        Peer -> _ = catch peer:stop(Peer)
    end,
    _ = file:delete(?SUDOERS),
    case ?config(base, Config) of
        undefined -> ok;
        Base -> _ = os:cmd("rm -rf " ++ Base)
    end,
    case ?config(user_created, Config) of
        true -> userdel(50);
        _ -> ok
    end,
    ok.

%% The peer's processes take a moment to exit after peer:stop/1.
userdel(N) ->
    case os:cmd("userdel " ?USER " 2>&1") of
        "" -> ok;
        _ when N > 0 ->
            timer:sleep(100),
            userdel(N - 1);
        Error ->
            ct:fail({userdel, Error})
    end.

%% From the unprivileged node, {exec, "sudo -n"} gives a root port that
%% clones namespaces and chroots; the node itself is not root.
sudo_port(Config) ->
    R = peer:call(?config(peer, Config), ?MODULE, remote_sudo, [
        ?config(prog, Config), ?config(ctldir, Config)
    ], 30000),
    ct:log("~p", [R]),
    #{
        node_uid := NodeUid,
        port_uid := 0,
        getpid := 1,
        hostname := {ok, <<"sudo-box">>},
        chroot := ok,
        getcwd := {ok, <<"/">>}
    } = R,
    true = NodeUid =/= "0",
    NodeUid = string:trim(os:cmd("id -u " ?USER)),
    ok.

%% The same node without sudo gets a port of its own uid, which may not
%% clone namespaces.
no_sudo_port(Config) ->
    R = peer:call(?config(peer, Config), ?MODULE, remote_no_sudo, [
        ?config(prog, Config), ?config(ctldir, Config)
    ], 30000),
    ct:log("~p", [R]),
    #{port_uid := Uid, clone := {error, eperm}, chroot := {error, eperm}} = R,
    true = Uid =/= 0,
    ok.

%% The rule allows the alcove binary only: sudo -n of anything else
%% fails for the user.
sudo_rule_is_narrow(_Config) ->
    Out = os:cmd("runuser -u " ?USER " -- sudo -n /bin/id -u 2>&1; echo status=$?"),
    ct:log("~s", [Out]),
    nomatch = string:find(Out, "status=0"),
    nomatch = string:find(Out, "\n0\n"),
    ok.

%%====================================================================
%% In the peer node (uid alcovetest)
%%====================================================================

-spec remote_sudo(string(), string()) -> map().
remote_sudo(Prog, CtlDir) ->
    {ok, Drv} = alcove_drv:start_link([{exec, "sudo -n"}, {progname, Prog}, {ctldir, CtlDir}]),
    {ok, Pid} = alcove:clone(Drv, [], ?FLAGS),
    P = [Pid],
    ok = alcove:sethostname(Drv, P, "sudo-box"),
    R = #{
        node_uid => string:trim(os:cmd("id -u")),
        port_uid => alcove:getuid(Drv, []),
        getpid => alcove:getpid(Drv, P),
        hostname => alcove:gethostname(Drv, P),
        chroot => alcove:chroot(Drv, P, "/tmp"),
        getcwd => (fun() -> ok = alcove:chdir(Drv, P, "/"), alcove:getcwd(Drv, P) end)()
    },
    ok = alcove_drv:stop(Drv),
    R.

-spec remote_no_sudo(string(), string()) -> map().
remote_no_sudo(Prog, CtlDir) ->
    {ok, Drv} = alcove_drv:start_link([{progname, Prog}, {ctldir, CtlDir}]),
    R = #{
        port_uid => alcove:getuid(Drv, []),
        clone => alcove:clone(Drv, [], ?FLAGS),
        chroot => alcove:chroot(Drv, [], "/tmp")
    },
    ok = alcove_drv:stop(Drv),
    R.
