#!/usr/bin/env escript
%%% Copyright (c) 2026, the alcove authors. See LICENSE.
%%%
%%% `make demo': alcove's main job in one command. A child of the port is
%%% cloned into new pid, mount, uts, ipc and net namespaces; its root
%%% becomes a tmpfs holding only a static busybox; it gets rlimits, a
%%% cgroup pids limit, an unprivileged uid, a Landlock ruleset (it may
%%% not read /etc/secret); then it execs a shell script whose output
%%% shows each of these.
%%%
%%% As root the sandbox is made directly. As another user the port makes
%%% it inside a new user namespace (alcove_rootless), where the cgroup
%%% step is skipped unless the user may create groups.
%%%
%%% Where user namespaces are turned off (user.max_user_namespaces=0,
%%% Ubuntu's AppArmor restriction, a container refusing CLONE_NEWUSER),
%%% or with --fallback, an ordinary user gets the fallback:
%%% alcove_rootless:sandbox/3 applies what needs no privilege
%%% (no_new_privs, Landlock, seccomp, rlimits) and reports the layers it
%%% had to skip; the sandboxed shell shows a denied read and refused
%%% system calls.
%%%
%%% Nothing is left behind: every mount lives in the sandbox's private
%%% mount namespace (gone with it), the cgroup and the control directory
%%% are removed, the sandbox is reaped. Exit status: 0 when every step
%%% worked and the output shows the isolation; 1 when a step failed; 2
%%% when this host cannot run the demo (and why).
%%%
%%% Usage: escript examples/demo.escript [-v] [--fallback]
%%% The alcove ebin directory is taken from $ALCOVE_EBIN, else from
%%% $REBAR_BASE_DIR/default/lib/alcove/ebin, else from _build next to
%%% this script.
-mode(compile).

-define(TIMEOUT, 10000).
-define(HOSTNAME, "alcove-demo").
-define(NOBODY, 65534).
-define(PIDS_MAX, 8).
-define(BUSYBOX, "/bin/busybox").
-define(FLAGS, [clone_newpid, clone_newns, clone_newuts, clone_newipc, clone_newnet]).
-define(APPLETS, [
    "sh", "cat", "cut", "dd", "echo", "grep", "hostname", "id", "ip", "ls",
    "ps", "sleep", "tail", "tr", "wc"
]).

%% What runs in the sandbox. $DEMO_CGROUP is 1 when a pids cgroup holds
%% the sandbox.
-define(SCRIPT, <<
    "echo \"pid:        $$\"\n"
    "echo \"hostname:   $(hostname)\"\n"
    "echo \"id:         $(id)\"\n"
    "echo \"interfaces: $(tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | tr '\\n' ' ')\"\n"
    "echo \"root:       $(ls / | tr '\\n' ' ')\"\n"
    "echo \"processes:\"\n"
    "ps -o pid,user,comm\n"
    "echo \"limits:\"\n"
    "ulimit -a | grep -E 'file size|open files|user processes'\n"
    "echo \"fsize:      writing 2 MiB into a 1 MiB limit:\"\n"
    "dd if=/dev/zero of=/tmp/big bs=65536 count=32 2>/dev/null\n"
    "echo \"            dd exit status $?, $(wc -c < /tmp/big) bytes written\"\n"
    "if [ \"$DEMO_CGROUP\" = 1 ]; then\n"
    "  echo \"cgroup:     $(grep pids /proc/self/cgroup), pids.max 8\"\n"
    "  (n=0; while [ $n -lt 12 ]; do sleep 5 >/dev/null 2>&1 & n=$((n+1)); echo $n >/tmp/n; done) 2>/tmp/err\n"
    "  read n </tmp/n; read err </tmp/err\n"
    "  echo \"            started $n of 12 background sleeps, then: $err\"\n"
    "fi\n"
    "if [ \"$DEMO_LANDLOCK\" = 1 ]; then\n"
    "  echo \"landlock:   cat /etc/secret: $(cat /etc/secret 2>&1)\"\n"
    "fi\n"
    "echo done\n"
>>).

%% The Landlock rules of the sandbox: its programs, the files the script
%% reads and writes, directory listings everywhere; /etc/secret is left
%% out, so reading it is denied.
-define(LANDLOCK, [
    {path, "/", [read_dir]},
    {path, "/bin", ro},
    {path, "/proc", ro},
    {path, "/etc/passwd", ro},
    {path, "/etc/group", ro},
    {path, "/tmp", rw},
    {path, "/dev", rw}
]).

main(Args) ->
    Verbose = lists:member("-v", Args),
    _ = put(verbose, Verbose),
    _ = put(fallback, lists:member("--fallback", Args)),
    ok = add_code_path(),
    Status =
        try
            run()
        catch
            throw:{unsupported, Why} ->
                io:format("~n*** cannot run the demo here: ~s~n", [Why]),
                2;
            throw:{step_failed, What, Reason} ->
                io:format("~n*** step failed: ~s: ~p~n", [What, Reason]),
                1;
            Class:Reason:Stack ->
                io:format("~n*** crashed: ~p:~p~n~p~n", [Class, Reason, Stack]),
                1
        end,
    halt(Status).

%%====================================================================
%% The steps
%%====================================================================

run() ->
    Uid = list_to_integer(string:trim(os:cmd("id -u"))),
    Forced = get(fallback),
    Mode =
        case Uid of
            0 when Forced ->
                io:format("==> --fallback: sandbox without a user namespace (as root: the "
                    "other namespaces are still made)~n"),
                fallback;
            0 ->
                root;
            _ ->
                case code:ensure_loaded(alcove_rootless) of
                    {module, _} -> ok;
                    _ -> throw({unsupported, "alcove_rootless is not built (run make demo)"})
                end,
                case {get(fallback), alcove_rootless:available()} of
                    {true, _} ->
                        io:format("==> --fallback: sandbox without a user namespace~n"),
                        fallback;
                    {false, ok} ->
                        rootless;
                    {false, {error, Why}} ->
                        io:format("==> ~s: falling back to the layers that need no "
                            "privilege~n", [Why]),
                        fallback
                end
        end,
    case filelib:is_regular(?BUSYBOX) of
        true -> ok;
        false -> throw({unsupported, ?BUSYBOX ++ " is missing (apt-get install busybox-static)"})
    end,
    io:format("alcove demo: a sandbox for ~s, running as uid ~B (~s mode)~n", [
        ?BUSYBOX, Uid, Mode
    ]),
    MountsBefore = host_mounts(),
    CtlDir = make_ctldir(),
    State0 = #{mode => Mode, ctldir => CtlDir, drv => undefined, pid => undefined,
        cgroup => undefined, exited => false, work => undefined},
    _ = set_state(State0),
    {Result, State} =
        try
            S =
                case Mode of
                    fallback -> fallback(State0);
                    _ -> sandbox(State0)
                end,
            {ok, S}
        catch
            throw:{step_failed, _, _} = Failed ->
                {Failed, get(state)}
        end,
    ok = cleanup(State),
    ok = check_nothing_left(State, MountsBefore),
    case Result of
        ok ->
            io:format("~nall steps passed~n"),
            0;
        Failed1 ->
            throw(Failed1)
    end.

sandbox(S0) ->
    S1 = start_port(S0),
    S2 = clone_sandbox(S1),
    S3 = cgroup(S2),
    #{drv := Drv, pid := Pid} = S3,
    P = [Pid],
    step("mount --make-rprivate /", fun() ->
        alcove:mount(Drv, P, "none", "/", "", [ms_rec, ms_private], "", "", ?TIMEOUT)
    end),
    step("mount tmpfs on /tmp (the new root, seen only in this namespace)", fun() ->
        alcove:mount(Drv, P, "tmpfs", "/tmp", "tmpfs", [ms_nosuid, ms_nodev],
            <<"size=16m,mode=755", 0>>, "", ?TIMEOUT)
    end),
    step("mkdir /tmp/{bin,dev,etc,proc,tmp,.oldroot}", fun() ->
        each(fun(D) -> alcove:mkdir(Drv, P, "/tmp/" ++ D, 8#755, ?TIMEOUT) end,
            ["bin", "dev", "etc", "proc", "tmp", ".oldroot"])
    end),
    step("chmod 1777 /tmp/tmp", fun() -> alcove:chmod(Drv, P, "/tmp/tmp", 8#1777, ?TIMEOUT) end),
    step("copy " ?BUSYBOX " -> /tmp/bin/busybox", fun() ->
        case copy_file(Drv, P, ?BUSYBOX, "/tmp/bin/busybox", 8#755) of
            {ok, N} -> {ok, io_lib:format("~B bytes", [N])};
            Error -> Error
        end
    end),
    step("symlink applets in /tmp/bin", fun() ->
        case each(fun(A) -> alcove:symlink(Drv, P, "busybox", "/tmp/bin/" ++ A, ?TIMEOUT) end,
            ?APPLETS) of
            ok -> {ok, string:join(?APPLETS, " ")};
            Error -> Error
        end
    end),
    step("write /tmp/etc/passwd, /tmp/etc/group and /tmp/etc/secret", fun() ->
        maybe_all([
            fun() ->
                write_file(Drv, P, "/tmp/etc/passwd",
                    "root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n")
            end,
            fun() ->
                write_file(Drv, P, "/tmp/etc/group", "root:x:0:\nnogroup:x:65534:\n")
            end,
            %% readable by the sandbox's user, but not under Landlock
            fun() -> write_file(Drv, P, "/tmp/etc/secret", "the secret\n") end
        ])
    end),
    step("bind mount /dev/null and /dev/zero into /tmp/dev", fun() ->
        each(
            fun(Dev) ->
                maybe_all([
                    fun() -> write_file(Drv, P, "/tmp" ++ Dev, "") end,
                    fun() ->
                        alcove:mount(Drv, P, Dev, "/tmp" ++ Dev, "", [ms_bind], "", "", ?TIMEOUT)
                    end
                ])
            end,
            ["/dev/null", "/dev/zero"]
        )
    end),
    %% Before the old root goes: in a user namespace the kernel mounts a
    %% new proc only while a fully visible one is in the mount namespace.
    step("mount proc on /tmp/proc (the sandbox's pid namespace)", fun() ->
        alcove:mount(Drv, P, "proc", "/tmp/proc", "proc", [ms_nosuid, ms_nodev, ms_noexec], "",
            "", ?TIMEOUT)
    end),
    step("pivot_root /tmp /tmp/.oldroot, umount and remove the old root", fun() ->
        maybe_all([
            fun() -> alcove:chdir(Drv, P, "/tmp", ?TIMEOUT) end,
            fun() -> alcove:pivot_root(Drv, P, ".", ".oldroot", ?TIMEOUT) end,
            fun() -> alcove:chdir(Drv, P, "/", ?TIMEOUT) end,
            fun() -> alcove:umount2(Drv, P, "/.oldroot", [mnt_detach], ?TIMEOUT) end,
            fun() -> alcove:rmdir(Drv, P, "/.oldroot", ?TIMEOUT) end
        ])
    end),
    step("sethostname " ?HOSTNAME, fun() -> alcove:sethostname(Drv, P, ?HOSTNAME, ?TIMEOUT) end),
    Limits = [
        {rlimit_nofile, 64},
        {rlimit_nproc, 64},
        {rlimit_fsize, 1024 * 1024},
        {rlimit_core, 0}
    ],
    lists:foreach(
        fun({Res, N}) ->
            step(io_lib:format("setrlimit ~s ~B", [Res, N]), fun() ->
                alcove:setrlimit(Drv, P, Res, {alcove_rlimit, N, N}, ?TIMEOUT)
            end)
        end,
        Limits
    ),
    case maps:get(mode, S3) of
        root ->
            step("setgroups []", fun() -> alcove:setgroups(Drv, P, [], ?TIMEOUT) end),
            step("setgid 65534", fun() -> alcove:setgid(Drv, P, ?NOBODY, ?TIMEOUT) end),
            step("setuid 65534", fun() -> alcove:setuid(Drv, P, ?NOBODY, ?TIMEOUT) end);
        rootless ->
            io:format("==> setgroups/setgid/setuid: already uid/gid 65534 in the user "
                "namespace; capabilities go at exec~n")
    end,
    LandlockFlag = landlock(Drv, P),
    CgroupFlag =
        case maps:get(cgroup, S3) of
            undefined -> "0";
            _ -> "1"
        end,
    Env = ["PATH=/bin", "HOME=/", "DEMO_CGROUP=" ++ CgroupFlag, "DEMO_LANDLOCK=" ++ LandlockFlag],
    step("execve /bin/busybox sh -c <script>", fun() ->
        alcove:execve(Drv, P, "/bin/busybox", ["sh", "-c", ?SCRIPT], Env, ?TIMEOUT)
    end),
    case get(verbose) of
        true -> io:format("---- script ----~n~s", [?SCRIPT]);
        _ -> ok
    end,
    io:format("---- sandbox output ----~n"),
    {Out, Event} = relay(Drv, P, <<>>),
    io:format("------------------------~n"),
    S4 = set_state(S3#{exited := true}),
    step("exit event", fun() ->
        case Event of
            {exit_status, 0} -> {ok, "{exit_status, 0}"};
            Other -> {error, Other}
        end
    end),
    step("check the output shows the isolation", fun() -> check_output(S4, Out) end),
    S4.

start_port(#{mode := Mode, ctldir := CtlDir} = S) ->
    step(io_lib:format("alcove_drv:start([{ctldir, ~p}])", [CtlDir]), fun() ->
        case alcove_drv:start([{ctldir, CtlDir}]) of
            {ok, Drv} ->
                _ = set_state(S#{drv := Drv}),
                {ok, io_lib:format("~p, port os pid ~B, uid ~B", [
                    Drv, alcove:getpid(Drv, [], ?TIMEOUT), alcove:getuid(Drv, [], ?TIMEOUT)
                ])};
            {error, Reason} ->
                {error, {Mode, Reason}}
        end
    end),
    get(state).

clone_sandbox(#{mode := root, drv := Drv} = S) ->
    step(io_lib:format("clone ~w", [?FLAGS]), fun() ->
        case alcove:clone(Drv, [], ?FLAGS, ?TIMEOUT) of
            {ok, Pid} ->
                _ = set_state(S#{pid := Pid}),
                {ok, io_lib:format("pid ~B (getpid inside: ~B)", [Pid, alcove:getpid(Drv, [Pid])])};
            Error ->
                Error
        end
    end),
    get(state);
clone_sandbox(#{mode := rootless, drv := Drv} = S) ->
    Opts = [{uid, ?NOBODY}, {gid, ?NOBODY}],
    step(io_lib:format("alcove_rootless:clone ~w (uid/gid 65534 inside = ours outside)",
        [[clone_newuser | ?FLAGS]]), fun() ->
        case alcove_rootless:clone(Drv, [], ?FLAGS, Opts) of
            {ok, Pid} ->
                _ = set_state(S#{pid := Pid}),
                {ok, io_lib:format("pid ~B (getpid inside: ~B, getuid inside: ~B)", [
                    Pid, alcove:getpid(Drv, [Pid]), alcove:getuid(Drv, [Pid])
                ])};
            Error ->
                Error
        end
    end),
    get(state).

%% A pids cgroup for the sandbox, made by the port (v1 "pids" hierarchy,
%% else a cgroup2 hierarchy with the pids controller).
cgroup(#{mode := Mode, drv := Drv, pid := Pid} = S) ->
    case pids_root() of
        false when Mode =:= root ->
            step_fail("cgroup", "no pids controller under /sys/fs/cgroup");
        false ->
            io:format("==> cgroup: skipped (no pids controller under /sys/fs/cgroup)~n"),
            S;
        Root ->
            Dir = Root ++ "/alcove-demo-" ++ integer_to_list(Pid),
            case alcove:mkdir(Drv, [], Dir, 8#755, ?TIMEOUT) of
                ok ->
                    S1 = set_state(S#{cgroup := Dir}),
                    step(io_lib:format("mkdir ~s", [Dir]), fun() -> ok end),
                    step(io_lib:format("echo ~B > ~s/pids.max", [?PIDS_MAX, Dir]), fun() ->
                        write_file(Drv, [], Dir ++ "/pids.max", integer_to_list(?PIDS_MAX))
                    end),
                    step(io_lib:format("echo ~B > ~s/cgroup.procs", [Pid, Dir]), fun() ->
                        write_file(Drv, [], Dir ++ "/cgroup.procs", integer_to_list(Pid))
                    end),
                    S1;
                {error, Errno} when Mode =:= rootless ->
                    io:format("==> cgroup: skipped (mkdir ~s: ~s; the groups are not "
                        "delegated to this user)~n", [Dir, Errno]),
                    S;
                {error, Errno} ->
                    step_fail(io_lib:format("mkdir ~s", [Dir]), Errno)
            end
    end.

pids_root() ->
    V2 = fun(Dir) ->
        case file:read_file(Dir ++ "/cgroup.controllers") of
            {ok, Bin} -> lists:member(<<"pids">>, binary:split(Bin, [<<" ">>, <<"\n">>], [global]));
            _ -> false
        end
    end,
    case
        [
            D
         || {D, Ok} <- [
                {"/sys/fs/cgroup/pids", filelib:is_regular("/sys/fs/cgroup/pids/cgroup.procs")},
                {"/sys/fs/cgroup", V2("/sys/fs/cgroup")},
                {"/sys/fs/cgroup/unified", V2("/sys/fs/cgroup/unified")}
            ],
            Ok
        ]
    of
        [Root | _] -> Root;
        [] -> false
    end.

%% Stream the sandbox's output, line by line, until its exit event.
relay(Drv, P, Acc) ->
    receive
        {alcove_stdout, Drv, P, Data} ->
            relay(Drv, P, print_lines(Acc, Data));
        {alcove_stderr, Drv, P, Data} ->
            relay(Drv, P, print_lines(Acc, Data));
        {alcove_ctl, Drv, P, fdctl_closed} ->
            relay(Drv, P, Acc);
        {alcove_event, Drv, P, Event} ->
            _ = print_lines(<<>>, [<<Acc/binary, "\n">> || Acc =/= <<>>]),
            {get(output), Event}
    after ?TIMEOUT ->
        {get(output), timeout}
    end.

print_lines(Acc, Data) ->
    Buf = iolist_to_binary([Acc, Data]),
    Lines = binary:split(Buf, <<"\n">>, [global]),
    {Full, [Rest]} = lists:split(length(Lines) - 1, Lines),
    lists:foreach(
        fun(L) ->
            io:format("    | ~s~n", [L]),
            _ = put(output, <<(out())/binary, L/binary, "\n">>)
        end,
        Full
    ),
    Rest.

out() ->
    case get(output) of
        undefined -> <<>>;
        B -> B
    end.

%% Landlock confines the sandbox (no privilege needed): "1" when applied,
%% "0" when the kernel lacks it.
landlock(Drv, P) ->
    case alcove_landlock:abi(Drv, P) of
        {ok, ABI} ->
            step(io_lib:format("alcove_landlock:restrict (ABI ~B): ~p", [ABI, ?LANDLOCK]), fun() ->
                case alcove_landlock:restrict(Drv, P, ?LANDLOCK, ?TIMEOUT) of
                    {ok, #{fs := FS}} -> {ok, io_lib:format("~B filesystem rights handled", [length(FS)])};
                    Error -> Error
                end
            end),
            _ = put(landlock, true),
            "1";
        {error, Why} ->
            io:format("==> landlock: skipped (~s)~n", [Why]),
            "0"
    end.

check_output(#{mode := Mode, cgroup := Cgroup}, Out0) ->
    Out = binary_to_list(Out0),
    Checks =
        [
            {"pid 1", "pid:        1\n"},
            {"hostname", "hostname:   " ?HOSTNAME "\n"},
            {"uid 65534", "id:         uid=65534"},
            {"only lo", "interfaces: lo \n"},
            {"nofile 64", "open files                      (-n) 64"},
            {"fsize", "file size (blocks)              (-f) 2048"},
            {"fsize enforced", "1048576 bytes written"},
            {"finished", "done\n"}
        ] ++
            [{"cgroup", "pids:/alcove-demo-"} || Cgroup =/= undefined] ++
            [{"pids.max", "can't fork"} || Cgroup =/= undefined] ++
            [{"landlock denies /etc/secret", "'/etc/secret': Permission denied"} || get(landlock) =:= true],
    Missing = [Name || {Name, Text} <- Checks, string:find(Out, Text) =:= nomatch],
    case Missing of
        [] -> {ok, io_lib:format("~s; ~B checks passed (~s mode)", [
            string:join([N || {N, _} <- Checks], ", "), length(Checks), Mode])};
        _ -> {error, {not_shown, Missing}}
    end.


%%====================================================================
%% The fallback: no user namespace
%%====================================================================

%% What runs in the fallback sandbox: the host's static busybox, confined
%% in place (no new root: that needs a mount namespace).
-define(FALLBACK_SCRIPT, <<
    "B=/bin/busybox\n"
    "echo \"id:         $($B id)\"\n"
    "echo \"pid:        $$\"\n"
    "echo hello >\"$WORK/public/note\"\n"
    "echo \"public:     $($B cat \"$WORK/public/note\")\"\n"
    "echo \"landlock:   cat secret: $($B cat \"$WORK/secret\" 2>&1)\"\n"
    "echo \"landlock:   ls /etc: $($B ls /etc 2>&1)\"\n"
    "echo \"seccomp:    unshare -U: $($B unshare -U true 2>&1)\"\n"
    "echo \"seccomp:    mount: $($B mount -t tmpfs none \"$WORK/public\" 2>&1)\"\n"
    "echo \"limits:\"\n"
    "ulimit -a | $B grep -E 'file size|open files'\n"
    "echo done\n"
>>).

fallback(S0) ->
    S1 = start_port(S0),
    #{drv := Drv, ctldir := CtlDir} = S1,
    Work = CtlDir ++ ".work",
    S2 = set_state(S1#{work := Work}),
    step("mkdir " ++ Work ++ "/public; write " ++ Work ++ "/secret", fun() ->
        maybe_all([
            fun() -> file:make_dir(Work) end,
            fun() -> file:make_dir(Work ++ "/public") end,
            fun() -> file:write_file(Work ++ "/secret", "the secret\n") end,
            %% the user reads it: only Landlock will stop the sandbox
            fun() ->
                case alcove:open(Drv, [], Work ++ "/secret", [o_rdonly, o_cloexec], 0, ?TIMEOUT) of
                    {ok, FD} -> alcove:close(Drv, [], FD, ?TIMEOUT);
                    Error -> Error
                end
            end
        ])
    end),
    Rules =
        [{path, D, ro} || D <- ["/usr", "/bin", "/sbin" | filelib:wildcard("/lib*")],
            filelib:is_dir(D)] ++
            [{path, "/proc", ro}, {path, "/dev", rw}, {path, Work ++ "/public", rw}],
    Opts = [
        {namespaces, ?FLAGS},
        {landlock, Rules},
        {rlimits, [{rlimit_nofile, 64}, {rlimit_fsize, 1024 * 1024}, {rlimit_core, 0}]}
    ] ++ [{userns, false} || get(fallback)],
    step(io_lib:format("alcove_rootless:sandbox(Drv, [], ~p)", [Opts]), fun() ->
        case alcove_rootless:sandbox(Drv, [], Opts) of
            {ok, Pid, Layers} ->
                _ = set_state(S2#{pid := Pid}),
                {ok, io_lib:format("pid ~B~s", [Pid, format_layers(Layers)])};
            Error ->
                Error
        end
    end),
    #{pid := Pid} = S3 = get(state),
    P = [Pid],
    step("mount tmpfs in the sandbox (refused by seccomp)", fun() ->
        refused(alcove:mount(Drv, P, "tmpfs", Work ++ "/public", "tmpfs", [], "", "", ?TIMEOUT))
    end),
    step("ptrace attach to the port (refused by seccomp)", fun() ->
        refused(alcove:ptrace(Drv, P, ptrace_attach, alcove:getpid(Drv, [], ?TIMEOUT), 0, 0,
            ?TIMEOUT))
    end),
    step("open " ++ Work ++ "/secret in the sandbox (denied by Landlock)", fun() ->
        case alcove:open(Drv, P, Work ++ "/secret", [o_rdonly, o_cloexec], 0, ?TIMEOUT) of
            {error, eacces} -> {ok, "denied: eacces"};
            Other -> {error, {not_denied, Other}}
        end
    end),
    Env = ["PATH=/bin:/usr/bin", "HOME=/", "WORK=" ++ Work],
    step("execve /bin/busybox sh -c <script>", fun() ->
        alcove:execve(Drv, P, "/bin/busybox", ["sh", "-c", ?FALLBACK_SCRIPT], Env, ?TIMEOUT)
    end),
    case get(verbose) of
        true -> io:format("---- script ----~n~s", [?FALLBACK_SCRIPT]);
        _ -> ok
    end,
    io:format("---- sandbox output ----~n"),
    {Out, Event} = relay(Drv, P, <<>>),
    io:format("------------------------~n"),
    S4 = set_state(S3#{exited := true}),
    step("exit event", fun() ->
        case Event of
            {exit_status, 0} -> {ok, "{exit_status, 0}"};
            Other -> {error, Other}
        end
    end),
    step("check the output shows the confinement", fun() ->
        Checks = [
            {"uid unchanged", "id:         uid=" ++ string:trim(os:cmd("id -u"))},
            {"public file written", "public:     hello\n"},
            {"secret denied", "cat secret: cat: can't open '" ++ Work ++ "/secret': Permission denied"},
            {"/etc denied", "ls /etc: ls: can't open '/etc': Permission denied"},
            {"unshare refused", "unshare -U: unshare: unshare(0x10000000): Operation not permitted"},
            {"mount refused", "mount: mount: permission denied"},
            {"nofile 64", "open files                      (-n) 64"},
            {"finished", "done\n"}
        ],
        Text = binary_to_list(Out),
        case [Name || {Name, T} <- Checks, string:find(Text, T) =:= nomatch] of
            [] -> {ok, io_lib:format("~B checks passed (fallback mode)", [length(Checks)])};
            Missing -> {error, {not_shown, Missing}}
        end
    end),
    S4.

refused({error, eperm}) -> {ok, "refused: eperm"};
refused(Other) -> {error, {not_refused, Other}}.

format_layers(Layers) ->
    [
        io_lib:format("~n      ~-13s ~s", [Layer, format_layer(maps:get(Layer, Layers))])
     || Layer <- [userns, namespaces, cgroup, rlimits, no_new_privs, landlock, seccomp],
        maps:is_key(Layer, Layers)
    ].

format_layer(ok) -> "applied";
format_layer({ok, Detail}) -> io_lib:format("applied (~w)", [Detail]);
format_layer({skipped, not_requested}) -> "skipped (not requested)";
format_layer({skipped, Why}) -> io_lib:format("SKIPPED (~s: ~s)", [Why, erl_posix_msg:message(Why)]).

%%====================================================================
%% Cleanup
%%====================================================================

cleanup(#{drv := undefined, ctldir := CtlDir}) ->
    _ = file:del_dir(CtlDir),
    ok;
cleanup(#{drv := Drv, pid := Pid, cgroup := Cgroup, exited := Exited, ctldir := CtlDir} = S) ->
    io:format("~n==> cleanup~n"),
    case maps:get(work, S, undefined) of
        undefined ->
            ok;
        Work ->
            RW = file:del_dir_r(Work),
            io:format("    rm -r ~s -> ~p~n", [Work, RW])
    end,
    case {Pid, Exited} of
        {undefined, _} ->
            ok;
        {_, true} ->
            ok;
        {_, false} ->
            _ = catch alcove:kill(Drv, [], Pid, sigkill, ?TIMEOUT),
            Ev = catch alcove:event(Drv, [Pid], ?TIMEOUT),
            io:format("    kill -9 ~B -> ~p~n", [Pid, Ev])
    end,
    case Cgroup of
        undefined ->
            ok;
        _ ->
            R = rmdir_retry(Drv, Cgroup, 50),
            io:format("    rmdir ~s -> ~p~n", [Cgroup, R])
    end,
    ok = alcove_drv:stop(Drv),
    io:format("    alcove_drv:stop -> ok~n"),
    R1 = file:del_dir(CtlDir),
    io:format("    rmdir ~s -> ~p~n", [CtlDir, R1]),
    ok.

%% The group empties when the last task has been reaped: the sandbox's
%% shell may still have children being killed by the pid namespace.
rmdir_retry(Drv, Dir, N) ->
    case catch alcove:rmdir(Drv, [], Dir, ?TIMEOUT) of
        {error, ebusy} when N > 0 ->
            timer:sleep(100),
            rmdir_retry(Drv, Dir, N - 1);
        Other ->
            Other
    end.

check_nothing_left(#{pid := Pid, cgroup := Cgroup, ctldir := CtlDir} = S, MountsBefore) ->
    Alive =
        case Pid of
            undefined -> false;
            _ -> filelib:is_dir("/proc/" ++ integer_to_list(Pid))
        end,
    Left =
        [{process, Pid} || Alive] ++
            [{cgroup, Cgroup} || Cgroup =/= undefined, filelib:is_dir(Cgroup)] ++
            [{ctldir, CtlDir} || filelib:is_dir(CtlDir)] ++
            [{work, W} || W <- [maps:get(work, S, undefined)], W =/= undefined, filelib:is_dir(W)] ++
            [{mount, M} || M <- host_mounts() -- MountsBefore],
    case Left of
        [] ->
            io:format("==> check: no process, cgroup, mount or directory left behind~n"),
            ok;
        _ ->
            io:format("==> check: left behind: ~p~n", [Left]),
            throw({step_failed, "leave nothing behind", Left})
    end.

host_mounts() ->
    case file:read_file("/proc/self/mounts") of
        {ok, Bin} -> binary:split(Bin, <<"\n">>, [global, trim_all]);
        _ -> []
    end.

%%====================================================================
%% Helpers
%%====================================================================

%% Print "==> What -> result"; a failure ends the demo.
step(What, Fun) ->
    io:format("==> ~s", [What]),
    Result =
        try
            Fun()
        catch
            error:Reason -> {error, Reason}
        end,
    case Result of
        ok ->
            io:format("~n");
        {ok, Text} ->
            io:format(" -> ~s~n", [Text]);
        {error, Reason1} ->
            io:format(" -> FAILED~n"),
            step_fail(What, Reason1);
        Other ->
            io:format(" -> FAILED~n"),
            step_fail(What, Other)
    end.

step_fail(What, Reason) ->
    throw({step_failed, lists:flatten(io_lib:format("~s", [What])), Reason}).

set_state(S) ->
    _ = put(state, S),
    S.

each(_Fun, []) ->
    ok;
each(Fun, [X | Xs]) ->
    case Fun(X) of
        ok -> each(Fun, Xs);
        Error -> Error
    end.

maybe_all(Funs) ->
    each(fun(F) -> F() end, Funs).

write_file(Drv, P, Path, Data) ->
    case alcove:open(Drv, P, Path, [o_wronly, o_creat, o_trunc, o_cloexec], 8#644, ?TIMEOUT) of
        {ok, FD} ->
            Size = iolist_size(Data),
            R =
                case Size of
                    0 ->
                        ok;
                    _ ->
                        case alcove:write(Drv, P, FD, Data, ?TIMEOUT) of
                            {ok, Size} -> ok;
                            {ok, N} -> {error, {short_write, N}};
                            Error -> Error
                        end
                end,
            _ = alcove:close(Drv, P, FD, ?TIMEOUT),
            R;
        Error ->
            Error
    end.

%% Copy through the port: the sandbox reads the host file and writes its
%% copy in the tmpfs.
copy_file(Drv, P, From, To, Mode) ->
    case alcove:open(Drv, P, From, [o_rdonly, o_cloexec], 0, ?TIMEOUT) of
        {ok, In} ->
            R =
                case alcove:open(Drv, P, To, [o_wronly, o_creat, o_trunc, o_cloexec], Mode,
                    ?TIMEOUT) of
                    {ok, Out} ->
                        R0 = copy_loop(Drv, P, In, Out, 0),
                        _ = alcove:close(Drv, P, Out, ?TIMEOUT),
                        R0;
                    Error ->
                        Error
                end,
            _ = alcove:close(Drv, P, In, ?TIMEOUT),
            R;
        Error ->
            Error
    end.

copy_loop(Drv, P, In, Out, N) ->
    case alcove:read(Drv, P, In, 65536, ?TIMEOUT) of
        {ok, <<>>} ->
            {ok, N};
        {ok, Data} ->
            case alcove:write(Drv, P, Out, Data, ?TIMEOUT) of
                {ok, W} when W =:= byte_size(Data) -> copy_loop(Drv, P, In, Out, N + W);
                {ok, W} -> {error, {short_write, W}};
                Error -> Error
            end;
        Error ->
            Error
    end.

make_ctldir() ->
    Dir = filename:join(
        "/tmp", "alcove-demo." ++ os:getpid() ++ "." ++ integer_to_list(erlang:unique_integer([positive]))
    ),
    ok = file:make_dir(Dir),
    ok = file:change_mode(Dir, 8#700),
    Dir.

add_code_path() ->
    Here = filename:dirname(filename:absname(escript:script_name())),
    Candidates =
        [E || E <- [os:getenv("ALCOVE_EBIN")], E =/= false, E =/= ""] ++
            [filename:join([B, "default", "lib", "alcove", "ebin"])
             || B <- [os:getenv("REBAR_BASE_DIR")], B =/= false, B =/= ""] ++
            [filename:join([Here, "..", "_build", "default", "lib", "alcove", "ebin"])],
    case [D || D <- Candidates, filelib:is_regular(filename:join(D, "alcove.beam"))] of
        [Ebin | _] ->
            true = code:add_patha(Ebin),
            ok;
        [] ->
            io:format("*** alcove is not built: run make demo (tried ~p)~n", [Candidates]),
            halt(2)
    end.
