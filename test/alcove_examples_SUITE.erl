%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% The demo (examples/demo.escript), the rootless helper
%%% (alcove_rootless) and the examples of examples/*.erl, each run for
%%% real. The examples are compiled from examples/ into the suite's
%%% priv_dir. Needs root (the port runs as root; the rootless cases drop
%%% to uid 65534 with setpriv).
-module(alcove_examples_SUITE).

-include_lib("common_test/include/ct.hrl").
-include_lib("alcove/include/alcove.hrl").
-include_lib("kernel/include/file.hrl").

-export([
    all/0,
    init_per_suite/1,
    end_per_suite/1,
    init_per_testcase/2,
    end_per_testcase/2
]).
-export([
    rootless_clone/1,
    rootless_errors/1,
    rootless_map_range/1,
    demo/1,
    demo_rootless/1,
    demo_fallback/1,
    chrootex/1,
    nsex/1,
    tcpsh/1,
    gpioled/1
]).

-define(TIMEOUT, 10000).
-define(NOBODY, 65534).
-define(FLAGS, [clone_newuser, clone_newpid, clone_newns, clone_newuts, clone_newipc, clone_newnet]).
-define(SETPRIV, "setpriv --reuid=65534 --regid=65534 --clear-groups").

all() ->
    [
        rootless_clone,
        rootless_errors,
        rootless_map_range,
        demo,
        demo_rootless,
        demo_fallback,
        chrootex,
        nsex,
        tcpsh,
        gpioled
    ].

init_per_suite(Config) ->
    case string:trim(os:cmd("id -u")) of
        "0" ->
            Examples = examples_dir(),
            Out = ?config(priv_dir, Config),
            Incl = filename:join(code:lib_dir(alcove), "include"),
            Mods = [
                begin
                    {ok, M} = compile:file(Src, [
                        {outdir, Out}, {i, Incl}, debug_info, return_errors, report
                    ]),
                    M
                end
             || Src <- filelib:wildcard(filename:join(Examples, "*.erl"))
            ],
            true = code:add_patha(Out),
            [{module, _} = code:load_file(M) || M <- Mods],
            [{examples, Examples} | Config];
        Uid ->
            {skip, "the examples need root (uid is " ++ Uid ++ ")"}
    end.

end_per_suite(Config) ->
    Config.

init_per_testcase(_Case, Config) ->
    Config.

end_per_testcase(_Case, Config) ->
    [alcove_test:stop_drv(Drv) || Drv <- get_drvs()],
    _ = erase(drvs),
    Config.

%% Ports started by a case are stopped after it, pass or fail.
start_drv(Opts) ->
    Drv = alcove_test:start_drv(Opts),
    put(drvs, [Drv | get_drvs()]),
    Drv.

get_drvs() ->
    case get(drvs) of
        undefined -> [];
        L -> L
    end.

%%====================================================================
%% alcove_rootless
%%====================================================================

%% An unprivileged port (uid 65534) gets a sandbox with its own user,
%% pid, mount, uts, ipc and net namespaces, where it is uid 0, pid 1 and
%% may set its hostname and mount a tmpfs.
rootless_clone(Config) ->
    ok = need_userns(),
    Drv = start_unprivileged(Config),
    ?NOBODY = alcove:getuid(Drv, []),
    %% Without a user namespace the same port may not clone namespaces.
    {error, eperm} = alcove:clone(Drv, [], ?FLAGS -- [clone_newuser]),
    {ok, Pid} = alcove_rootless:clone(Drv, [], ?FLAGS),
    P = [Pid],
    0 = alcove:getuid(Drv, P),
    0 = alcove:getgid(Drv, P),
    1 = alcove:getpid(Drv, P),
    ok = alcove:sethostname(Drv, P, "rootless"),
    {ok, <<"rootless">>} = alcove:gethostname(Drv, P),
    ok = alcove:mount(Drv, P, "none", "/", "", [ms_rec, ms_private], "", ""),
    ok = alcove:mount(Drv, P, "tmpfs", "/mnt", "tmpfs", [], <<"size=1m", 0>>, ""),
    %% The sandbox's root is not root outside: its setgroups is denied.
    {error, eperm} = alcove:setgroups(Drv, P, []),
    %% clone_newuser is implied.
    {ok, Pid2} = alcove_rootless:clone(Drv, [], [clone_newuts], [{uid, 1000}, {gid, 1000}]),
    1000 = alcove:getuid(Drv, [Pid2]),
    ok = alcove:sethostname(Drv, [Pid2], "second"),
    ok = alcove:exit(Drv, [Pid2], 0),
    {exit_status, 0} = alcove:event(Drv, [Pid2], ?TIMEOUT),
    ok = alcove:exit(Drv, P, 0),
    {exit_status, 0} = alcove:event(Drv, P, ?TIMEOUT),
    ok.

%% Failures are {error, posix()} and leave no child behind.
rootless_errors(Config) ->
    ok = need_userns(),
    Drv = start_unprivileged(Config),
    %% An unprivileged port may not map root: the child is killed.
    {error, eperm} = alcove_rootless:clone(Drv, [], ?FLAGS, [{uid_map, [{0, 0, 1}]}]),
    [] = alcove:cpid(Drv, []),
    %% A bad flag is the clone's error.
    {error, enotsup} = alcove_rootless:clone(Drv, [], [clone_nonexistent]),
    [] = alcove:cpid(Drv, []),
    {ok, Pid} = alcove_rootless:clone(Drv, [], [clone_newuts]),
    %% A map can be written once.
    {error, eperm} = alcove_rootless:map_ids(Drv, [], Pid, [{uid_map, [{0, ?NOBODY, 1}]}]),
    %% No such process.
    {error, enoent} = alcove_rootless:map_ids(Drv, [], 999999999, [{uid_map, [{0, ?NOBODY, 1}]}]),
    [#alcove_pid{pid = Pid}] = alcove:cpid(Drv, []),
    ok.

%% A root port maps a whole range, so the sandbox may change uid.
rootless_map_range(_Config) ->
    Drv = start_drv([]),
    {ok, Pid} = alcove_rootless:clone(Drv, [], [clone_newuser, clone_newpid], [
        {uid_map, [{0, 100000, 65536}]},
        {gid_map, [{0, 100000, 65536}]},
        {setgroups, allow}
    ]),
    P = [Pid],
    %% The port's own uid (0) is not in the range: the child shows as the
    %% overflow uid until it changes to a mapped one.
    ?NOBODY = alcove:getuid(Drv, P),
    ok = alcove:setresgid(Drv, P, 0, 0, 0),
    ok = alcove:setresuid(Drv, P, 0, 0, 0),
    0 = alcove:getuid(Drv, P),
    ok = alcove:setgroups(Drv, P, [10]),
    ok = alcove:setgid(Drv, P, 1000),
    ok = alcove:setuid(Drv, P, 1000),
    {ok, _, 1000, _} = alcove:getresuid(Drv, P),
    %% Outside, the sandbox runs as 101000.
    {ok, Status} = file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/status"),
    {match, _} = re:run(Status, "Uid:\t101000\t"),
    ok.

%%====================================================================
%% The demo
%%====================================================================

%% make demo's script, as root: a sandbox whose output shows each
%% isolation, exit status 0, nothing left behind.
demo(Config) ->
    {0, Out} = run_demo(Config, ""),
    ct:log("~s", [Out]),
    match(Out, "root mode"),
    match(Out, "==> clone \\[clone_newpid,clone_newns,clone_newuts,clone_newipc,clone_newnet\\] -> pid"),
    match(Out, "pid:        1\n"),
    match(Out, "started \\d+ of 12 background sleeps, then: sh: can't fork"),
    match(Out, "landlock:   cat /etc/secret: cat: can't open '/etc/secret': Permission denied"),
    match(Out, "no process, cgroup, mount or directory left behind"),
    match(Out, "all steps passed"),
    [] = filelib:wildcard("/sys/fs/cgroup/pids/alcove-demo-*"),
    ok.

%% The same run by an unprivileged user takes the rootless path.
demo_rootless(Config) ->
    ok = need_userns(),
    {0, Out} = run_demo(Config, ?SETPRIV ++ " env HOME=/tmp "),
    ct:log("~s", [Out]),
    match(Out, "rootless mode"),
    match(Out, "id:         uid=65534"),
    match(Out, "interfaces: lo \n"),
    match(Out, "'/etc/secret': Permission denied"),
    match(Out, "all steps passed"),
    ok.

%% An ordinary user on a host with user namespaces turned off: the demo
%% runs as uid 65534 in a user namespace whose own user.max_user_namespaces
%% is 0 (the host's sysctl is left alone). It takes the fallback, says
%% which layers it skipped, and still shows a denied read and refused
%% system calls.
demo_fallback(Config) ->
    Root = start_drv([]),
    {ok, H} = alcove:clone(Root, [], [clone_newuser]),
    ok = alcove_rootless:map_ids(Root, [], H, [
        {uid_map, [{0, 0, 65536}]}, {gid_map, [{0, 0, 65536}]}, {setgroups, allow}
    ]),
    {ok, FD} = alcove:open(Root, [H], "/proc/sys/user/max_user_namespaces", [o_wronly], 0),
    {ok, 2} = alcove:write(Root, [H], FD, <<"0\n">>),
    ok = alcove:close(Root, [H], FD),
    Prefix = lists:flatten(io_lib:format(
        "nsenter --user=/proc/~B/ns/user --setuid=~B --setgid=~B env HOME=/tmp ",
        [H, ?NOBODY, ?NOBODY]
    )),
    {0, Out} = run_demo(Config, Prefix),
    ct:log("~s", [Out]),
    match(Out, "user.max_user_namespaces is 0: falling back"),
    match(Out, "fallback mode"),
    match(Out, "userns +SKIPPED \\(enospc"),
    match(Out, "namespaces +SKIPPED \\(eperm"),
    match(Out, "landlock +applied"),
    match(Out, "seccomp +applied"),
    match(Out, "id:         uid=65534"),
    match(Out, "cat secret: cat: can't open '[^']+': Permission denied"),
    match(Out, "unshare -U: unshare: unshare\\(0x10000000\\): Operation not permitted"),
    match(Out, "mount tmpfs in the sandbox \\(refused by seccomp\\) -> refused: eperm"),
    match(Out, "no process, cgroup, mount or directory left behind"),
    match(Out, "all steps passed"),
    ok.

run_demo(Config, Prefix) ->
    Script = filename:join(?config(examples, Config), "demo.escript"),
    Ebin = filename:join(code:lib_dir(alcove), "ebin"),
    Cmd = "cd /tmp && " ++ Prefix ++ "env ALCOVE_EBIN=" ++ Ebin ++ " escript " ++ Script ++ " 2>&1",
    Port = open_port({spawn_executable, "/bin/sh"}, [
        {args, ["-c", Cmd]}, exit_status, binary, stream
    ]),
    port_output(Port, []).

port_output(Port, Acc) ->
    receive
        {Port, {data, Data}} -> port_output(Port, [Data | Acc]);
        {Port, {exit_status, N}} -> {N, binary_to_list(iolist_to_binary(lists:reverse(Acc)))}
    after 60000 ->
        {timeout, binary_to_list(iolist_to_binary(lists:reverse(Acc)))}
    end.

%%====================================================================
%% Examples
%%====================================================================

%% chrootex: a program in a chroot, with rlimits, as uid/gid 65534.
chrootex(Config) ->
    Drv = start_drv([]),
    Root = make_root(Config, "chrootex"),
    {ok, 0, Out} = chrootex:run(Drv, Root, ["/bin/busybox", "sh", "-c", "id -u; id -g; ulimit -n; ls /"], []),
    <<"65534\n65534\n64\nbin\n">> = Out,
    {ok, 0, <<"1000\n128\n">>} = chrootex:run(Drv, Root, ["/bin/busybox", "sh", "-c", "id -u; ulimit -n"], [
        {uid, 1000}, {gid, 1000}, {rlimits, [{rlimit_nofile, 128}]}
    ]),
    %% Bad input: an error, no child left.
    {error, enoent} = chrootex:run(Drv, "/nonexistent", ["/bin/busybox"], []),
    {error, enoent} = chrootex:run(Drv, Root, ["/bin/nonexistent"], []),
    [] = alcove:cpid(Drv, []),
    {error, timeout} = chrootex:run(Drv, Root, ["/bin/busybox", "sleep", "10"], [{timeout, 200}]),
    [] = alcove:cpid(Drv, []),
    ok.

%% nsex: the same in new namespaces with a tmpfs root and a pids cgroup.
nsex(_Config) ->
    Drv = start_drv([]),
    Script =
        "echo $$; hostname; id -u; ls /; grep -c . /proc/net/dev; grep pids: /proc/self/cgroup; "
        "(for i in 1 2 3 4 5 6 7 8 9 10; do sleep 2 >/dev/null & done) 2>/tmp/err; read e </tmp/err; echo $e",
    {ok, 0, Out} = nsex:run(Drv, ["/bin/sh", "-c", Script], [{hostname, "nsbox"}, {pids_max, 6}]),
    ct:log("~s", [Out]),
    ["1", "nsbox", "65534", "bin", "dev", "proc", "tmp", "3", Cgroup, Err] =
        string:lexemes(binary_to_list(Out), "\n"),
    match(Cgroup, ":pids:/nsex-[0-9]+$"),
    match(Err, "can't fork"),
    [] = filelib:wildcard(nsex:pids_cgroup_root() ++ "/nsex-*"),
    %% Bad input: an error, nothing left.
    {error, enoent} = nsex:run(Drv, ["/bin/sh"], [{busybox, "/nonexistent"}]),
    {error, enoent} = nsex:run(Drv, ["/bin/nonexistent"], []),
    [] = alcove:cpid(Drv, []),
    [] = filelib:wildcard(nsex:pids_cgroup_root() ++ "/nsex-*"),
    ok.

%% tcpsh: each connection gets its own sandboxed shell.
tcpsh(_Config) ->
    {ok, Server} = tcpsh:start([]),
    {ok, Port} = tcpsh:port(Server),
    {ok, S1} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false}]),
    {ok, S2} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false}]),
    ok = gen_tcp:send(S1, "echo hello; id -u\n"),
    <<"hello\n65534\n">> = recv(S1, 12, []),
    ok = gen_tcp:send(S2, "echo $$; hostname\n"),
    <<"1\nnsex\n">> = recv(S2, 7, []),
    ok = gen_tcp:close(S1),
    %% The shell exits: the server closes the connection.
    ok = gen_tcp:send(S2, "exit 0\n"),
    {error, closed} = gen_tcp:recv(S2, 0, ?TIMEOUT),
    ok = tcpsh:stop(Server),
    {error, econnrefused} = gen_tcp:connect({127, 0, 0, 1}, Port, []),
    [] = filelib:wildcard(nsex:pids_cgroup_root() ++ "/nsex-*"),
    ok.

recv(_Sock, 0, Acc) ->
    iolist_to_binary(lists:reverse(Acc));
recv(Sock, N, Acc) ->
    {ok, Data} = gen_tcp:recv(Sock, 0, ?TIMEOUT),
    recv(Sock, N - byte_size(Data), [Data | Acc]).

%% gpioled against a fake sysfs tree bind-mounted over /sys/class/gpio
%% in a mount namespace.
gpioled(Config) ->
    Drv = start_drv([]),
    Fake = filename:join(?config(priv_dir, Config), "gpio"),
    ok = filelib:ensure_dir(filename:join([Fake, "gpio17", "x"])),
    [ok = file:write_file(filename:join(Fake, F), <<>>) || F <- ["export", "unexport", "gpio17/direction", "gpio17/value"]],
    HostHasGpio = filelib:is_dir("/sys/class/gpio"),
    {ok, Pid} = alcove:clone(Drv, [], [clone_newns]),
    P = [Pid],
    ok = alcove:mount(Drv, P, "none", "/", "", [ms_rec, ms_private], "", ""),
    ok =
        case HostHasGpio of
            true ->
                ok;
            false ->
                %% No GPIO class here: make room for one, in this namespace.
                ok = alcove:mount(Drv, P, "tmpfs", "/sys/class", "tmpfs", [], <<"size=1m", 0>>, ""),
                alcove:mkdir(Drv, P, "/sys/class/gpio", 8#755)
        end,
    ok = alcove:mount(Drv, P, Fake, "/sys/class/gpio", "", [ms_bind], "", ""),
    ok = gpioled:blink(Drv, P, 17, [{count, 3}, {interval, 1}]),
    {ok, <<"17">>} = file:read_file(filename:join(Fake, "export")),
    {ok, <<"out">>} = file:read_file(filename:join(Fake, "gpio17/direction")),
    {ok, <<"101010">>} = file:read_file(filename:join(Fake, "gpio17/value")),
    {ok, <<"17">>} = file:read_file(filename:join(Fake, "unexport")),
    %% The host does not see the fake tree.
    HostHasGpio = filelib:is_dir("/sys/class/gpio"),
    %% A line that does not exist: an error.
    {error, enoent} = gpioled:blink(Drv, P, 18, [{count, 1}, {interval, 1}]),
    {error, enoent} = gpioled:blink(Drv, [], 17, [{sysfs, "/nonexistent"}]),
    ok = alcove:exit(Drv, P, 0),
    {exit_status, 0} = alcove:event(Drv, P, ?TIMEOUT),
    ok.

%%====================================================================
%% Helpers
%%====================================================================

need_userns() ->
    case alcove_rootless:available() of
        ok -> ok;
        {error, Why} -> throw({skip, Why})
    end.

%% A port running as uid/gid 65534; its control FIFO goes to a
%% directory it may write.
start_unprivileged(Config) ->
    CtlDir = filename:join(?config(priv_dir, Config), "ctl"),
    ok = filelib:ensure_dir(filename:join(CtlDir, "x")),
    ok = file:change_mode(CtlDir, 8#1777),
    %% The path down to it must be searchable by the user.
    ok = searchable(filename:dirname(CtlDir)),
    start_drv([{exec, ?SETPRIV}, {ctldir, CtlDir}]).

searchable("/") ->
    ok;
searchable(Dir) ->
    {ok, #file_info{mode = Mode}} = file:read_file_info(Dir),
    ok = file:change_mode(Dir, Mode bor 8#111),
    searchable(filename:dirname(Dir)).

%% A directory holding only a static busybox and its sh link.
make_root(Config, Name) ->
    Root = filename:join(?config(priv_dir, Config), Name),
    ok = filelib:ensure_dir(filename:join([Root, "bin", "x"])),
    {ok, _} = file:copy("/bin/busybox", filename:join([Root, "bin", "busybox"])),
    ok = file:change_mode(filename:join([Root, "bin", "busybox"]), 8#755),
    ok = file:make_symlink("busybox", filename:join([Root, "bin", "sh"])),
    ok = searchable(Root),
    Root.

match(Out, Re) ->
    case re:run(Out, Re) of
        {match, _} -> ok;
        nomatch -> ct:fail({missing, Re})
    end.

examples_dir() ->
    Candidates =
        [E || E <- [os:getenv("ALCOVE_EXAMPLES")], E =/= false] ++
            [filename:join([code:lib_dir(alcove), "src", "..", "examples"])],
    [Dir | _] = [D || D <- Candidates, filelib:is_regular(filename:join(D, "demo.escript"))],
    Dir.
