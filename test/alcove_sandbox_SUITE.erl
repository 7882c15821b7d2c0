%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% alcove_rootless:sandbox/3 and alcove_run's {sandbox, Opts}, from a port
%%% running as uid 65534:
%%%
%%% - no_userns: the port runs in a user namespace (made by a root port,
%%%   ids 0..65535 mapped to themselves) whose own user.max_user_namespaces
%%%   is 0, entered with nsenter as uid/gid 65534: it is an ordinary user
%%%   that cannot create user namespaces, as on a host that turns them off.
%%%   The host's sysctl is never touched.
%%% - userns: the port runs as uid 65534 on the host, where user
%%%   namespaces are allowed.
-module(alcove_sandbox_SUITE).

-include("alcove_test.hrl").
-include_lib("kernel/include/file.hrl").

-export([all/0, groups/0, init_per_suite/1, end_per_suite/1]).
-export([init_per_group/2, end_per_group/2, init_per_testcase/2, end_per_testcase/2]).
-export([
    fallback_layers/1,
    deny_read/1,
    no_ptrace_no_mount/1,
    cannot_undo/1,
    kill_action/1,
    strict_abi/1,
    require_userns/1,
    run_option/1,
    cgroup_owned/1,
    badarg/1,
    userns_layers/1
]).

-define(NOBODY, 65534).
-define(SETPRIV, "setpriv --reuid=65534 --regid=65534 --clear-groups").
-define(BUSYBOX, "/bin/busybox").

all() ->
    [{group, no_userns}, {group, userns}].

groups() ->
    Common = [
        deny_read, no_ptrace_no_mount, cannot_undo, kill_action, strict_abi, run_option, cgroup_owned
    ],
    [
        {no_userns, [], [fallback_layers, require_userns, badarg | Common]},
        {userns, [], [userns_layers | Common]}
    ].

init_per_suite(Config) ->
    Checks = [
        {string:trim(os:cmd("id -u")) =:= "0", "needs root (to make the test's user namespace)"},
        {os:find_executable("setpriv") =/= false, "setpriv not found (util-linux)"},
        {os:find_executable("nsenter") =/= false, "nsenter not found (util-linux)"},
        {filelib:is_regular(?BUSYBOX), ?BUSYBOX ++ " not found (busybox-static)"}
    ],
    case [Why || {false, Why} <- Checks] of
        [Why | _] ->
            {skip, Why};
        [] ->
            Drv = alcove_test:start_drv(),
            try alcove_landlock:abi(Drv, []) of
                {ok, ABI} ->
                    CtlDir = filename:join(?config(priv_dir, Config), "ctl"),
                    ok = filelib:ensure_dir(filename:join(CtlDir, "x")),
                    ok = file:change_mode(CtlDir, 8#1777),
                    ok = searchable(filename:dirname(CtlDir)),
                    [{abi, ABI}, {ctldir, CtlDir} | Config];
                {error, Why} ->
                    {skip, io_lib:format("Landlock not available: ~p", [Why])}
            after
                alcove_test:stop_drv(Drv)
            end
    end.

end_per_suite(_Config) ->
    ok.

init_per_group(userns, Config) ->
    case alcove_rootless:available() of
        ok -> [{mode, userns} | Config];
        {error, Why} -> {skip, Why}
    end;
init_per_group(no_userns, Config) ->
    [{mode, no_userns} | Config].

end_per_group(_Group, _Config) ->
    ok.

init_per_testcase(_Case, Config) ->
    CtlDir = ?config(ctldir, Config),
    case ?config(mode, Config) of
        userns ->
            Drv = start_drv([{exec, ?SETPRIV}, {ctldir, CtlDir}]),
            ?NOBODY = alcove:getuid(Drv, []),
            [{drv, Drv}, {holder, undefined} | Config];
        no_userns ->
            %% A root port holds the namespace: it clones a child into a
            %% new user namespace, maps ids 0..65535 to themselves and,
            %% as root of that namespace, sets its max_user_namespaces
            %% to 0. The test's port enters it as uid/gid 65534.
            Root = start_drv(),
            {ok, H} = alcove:clone(Root, [], [clone_newuser]),
            ok = alcove_rootless:map_ids(Root, [], H, [
                {uid_map, [{0, 0, 65536}]}, {gid_map, [{0, 0, 65536}]}, {setgroups, allow}
            ]),
            {ok, FD} = alcove:open(Root, [H], "/proc/sys/user/max_user_namespaces", [o_wronly], 0),
            {ok, 2} = alcove:write(Root, [H], FD, <<"0\n">>),
            ok = alcove:close(Root, [H], FD),
            Exec = io_lib:format("nsenter --user=/proc/~B/ns/user --setuid=~B --setgid=~B", [
                H, ?NOBODY, ?NOBODY
            ]),
            Drv = start_drv([{exec, lists:flatten(Exec)}, {ctldir, CtlDir}]),
            ?NOBODY = alcove:getuid(Drv, []),
            {ok, []} = alcove:getgroups(Drv, []),
            %% really no user namespace for this port
            {error, enospc} = alcove:clone(Drv, [], [clone_newuser]),
            [{drv, Drv}, {holder, Root} | Config]
    end.

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    case ?config(holder, Config) of
        undefined -> ok;
        Root -> stop_drv(Root)
    end,
    ok.

%%====================================================================
%% Cases
%%====================================================================

%% No user namespace: the sandbox is still made; the report says userns
%% and the other namespaces were skipped, and what was applied.
fallback_layers(Config) ->
    Drv = ?config(drv, Config),
    ABI = ?config(abi, Config),
    {ok, Pid, Layers} = alcove_rootless:sandbox(Drv, [], [
        {namespaces, [clone_newpid, clone_newnet]},
        {landlock, system_ro()},
        {rlimits, [{rlimit_nofile, 64}]}
    ]),
    ct:log("~p", [Layers]),
    #{
        userns := {skipped, enospc},
        namespaces := {skipped, eperm},
        cgroup := {skipped, not_requested},
        rlimits := ok,
        no_new_privs := ok,
        landlock := {ok, ABI},
        seccomp := ok
    } = Layers,
    %% the child runs as the caller, in the caller's namespaces
    ?NOBODY = alcove:getuid(Drv, [Pid]),
    true = alcove:getpid(Drv, [Pid]) =/= 1,
    {ok, #alcove_rlimit{cur = 64, max = 64}} = alcove:getrlimit(Drv, [Pid], rlimit_nofile),
    %% asking for no user namespace gives the same report
    {ok, _, #{userns := {skipped, not_requested}}} =
        alcove_rootless:sandbox(Drv, [], [{userns, false}]).

%% The sandboxed program cannot read outside its paths.
deny_read(Config) ->
    Drv = ?config(drv, Config),
    {ok, Pid, #{landlock := {ok, _}}} =
        alcove_rootless:sandbox(Drv, [], [{landlock, system_ro()}]),
    P = [Pid],
    {error, eacces} = alcove:open(Drv, P, "/etc/passwd", [o_rdonly], 0),
    {ok, _} = alcove:open(Drv, P, "/usr/bin/env", [o_rdonly], 0),
    ok = alcove:execve(Drv, P, ?BUSYBOX, ["cat", "/etc/passwd"], []),
    {<<>>, Err, {exit_status, 1}} = collect(Drv, P),
    {match, _} = re:run(Err, "Permission denied"),
    %% the port itself is not confined
    {ok, _} = alcove:open(Drv, [], "/etc/passwd", [o_rdonly, o_cloexec], 0).

%% ptrace, mount and making namespaces are refused, from the event loop
%% and from an exec'ed program.
no_ptrace_no_mount(Config) ->
    Drv = ?config(drv, Config),
    {ok, Sibling} = alcove:fork(Drv, []),
    {ok, Pid, #{seccomp := ok}} = alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "/", ro}]}]),
    P = [Pid],
    {error, eperm} = alcove:ptrace(Drv, P, ptrace_attach, Sibling, 0, 0),
    {error, eperm} = alcove:ptrace(Drv, P, ptrace_traceme, 0, 0, 0),
    {error, eperm} = alcove:mount(Drv, P, "none", "/tmp", "tmpfs", [], "", ""),
    {error, eperm} = alcove:umount2(Drv, P, "/proc", [mnt_detach]),
    {error, eperm} = alcove:unshare(Drv, P, [clone_newuser]),
    {error, eperm} = alcove:clone(Drv, P, [clone_newuser]),
    {error, eperm} = alcove:clone(Drv, P, [clone_newns]),
    {error, eperm} = alcove:chroot(Drv, P, "/"),
    %% clone3 cannot be inspected: enosys, so that C libraries use clone
    {error, enosys} = alcove:clone3(Drv, P, #{flags => [clone_newuser]}),
    %% a plain fork works
    {ok, G} = alcove:fork(Drv, P),
    G = alcove:getpid(Drv, P ++ [G]),
    ok = alcove:execve(Drv, P, ?BUSYBOX, ["unshare", "-U", "true"], []),
    {_, Err, {exit_status, N}} = collect(Drv, P),
    true = N =/= 0,
    {match, _} = re:run(Err, "Operation not permitted").

%% No layer can be undone from inside.
cannot_undo(Config) ->
    Drv = ?config(drv, Config),
    {ok, Pid, Layers} = alcove_rootless:sandbox(Drv, [], [
        {landlock, system_ro() ++ [{path, "/proc", ro}]},
        {rlimits, [{rlimit_nofile, 64}]}
    ]),
    #{no_new_privs := ok, landlock := {ok, _}, seccomp := ok, rlimits := ok} = Layers,
    P = [Pid],
    %% no_new_privs stays
    {error, einval} = alcove:prctl(Drv, P, pr_set_no_new_privs, 0, 0, 0, 0),
    {ok, 1, _, _, _, _} = alcove:prctl(Drv, P, pr_get_no_new_privs, 0, 0, 0, 0),
    %% a second Landlock ruleset granting everything only stacks
    {ok, _} = alcove_landlock:restrict(Drv, P, [{path, "/", rw}]),
    {error, eacces} = alcove:open(Drv, P, "/etc/passwd", [o_rdonly], 0),
    %% an allow-everything seccomp filter only stacks
    Allow = [alcove_seccomp:stmt(16#06, 16#7fff0000)],
    Pad = alcove:wordalign(2) * 8,
    Prog = [<<1:16/native>>, <<0:Pad>>, {ptr, iolist_to_binary(Allow)}],
    ok = alcove:seccomp(Drv, P, seccomp_set_mode_filter, 0, Prog),
    {error, eperm} = alcove:mount(Drv, P, "none", "/tmp", "tmpfs", [], "", ""),
    {error, eperm} = alcove:unshare(Drv, P, [clone_newuser]),
    %% the hard limit cannot be raised
    {error, eperm} = alcove:setrlimit(Drv, P, rlimit_nofile, #alcove_rlimit{cur = 64, max = 4096}),
    %% a set-user-ID program would gain nothing: the kernel reports
    %% both filters and no_new_privs
    {ok, FD} = alcove:open(Drv, P, "/proc/self/status", [o_rdonly], 0),
    {ok, Status} = alcove:read(Drv, P, FD, 65536),
    {match, _} = re:run(Status, "NoNewPrivs:\\s+1"),
    {match, _} = re:run(Status, "Seccomp:\\s+2"),
    {match, _} = re:run(Status, "Seccomp_filters:\\s+2").

%% {seccomp_action, kill}: a denied call kills the program with SIGSYS.
kill_action(Config) ->
    Drv = ?config(drv, Config),
    {ok, Pid, #{seccomp := ok}} = alcove_rootless:sandbox(Drv, [], [
        {landlock, system_ro()}, {seccomp_action, kill}
    ]),
    P = [Pid],
    ok = alcove:execve(Drv, P, ?BUSYBOX, ["unshare", "-U", "true"], []),
    {_, _, {termsig, sigsys}} = collect(Drv, P),
    %% {deny, Names}: only those; the others are allowed
    {ok, Pid2, #{seccomp := ok}} = alcove_rootless:sandbox(Drv, [], [
        {seccomp, {deny, [sys_getppid]}}, {seccomp_action, {errno, eacces}}
    ]),
    ok = alcove:execve(Drv, [Pid2], ?BUSYBOX, ["sh", "-c", "echo $PPID; ls / >/dev/null; echo ok"], []),
    {Out, _, {exit_status, 0}} = collect(Drv, [Pid2]),
    {match, _} = re:run(Out, "ok\n").

%% A Landlock ABI above the kernel's, asked strictly: a clear error, no
%% weaker sandbox, no child left.
strict_abi(Config) ->
    Drv = ?config(drv, Config),
    ABI = ?config(abi, Config),
    Rules = [{path, "/usr", ro}, {abi, ABI + 1}, {strict, true}],
    {error, {landlock, enotsup}} = alcove_rootless:sandbox(Drv, [], [{landlock, Rules}]),
    [] = alcove:cpid(Drv, []),
    %% not strict: fitted to the kernel's ABI
    {ok, _, #{landlock := {ok, ABI}}} =
        alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "/usr", ro}, {abi, ABI + 1}]}]),
    %% required through {require, [landlock]} as well
    {error, {landlock, enotsup}} = alcove_rootless:sandbox(Drv, [], [
        {landlock, [{path, "/usr", ro}, {abi, ABI + 1}]}, {require, [landlock]}
    ]),
    %% a rule naming a missing path is an error, not a skip
    {error, {landlock, enoent}} =
        alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "/nonexistent", ro}]}]),
    %% a limit above the hard one
    {ok, #alcove_rlimit{max = Max}} = alcove:getrlimit(Drv, [], rlimit_nofile),
    {error, {rlimits, eperm}} = alcove_rootless:sandbox(Drv, [], [
        {rlimits, [{rlimit_nofile, #alcove_rlimit{cur = 64, max = Max + 1}}]}
    ]),
    1 = length(alcove:cpid(Drv, [])).

%% {require, [userns]} on a host without user namespaces fails.
require_userns(Config) ->
    Drv = ?config(drv, Config),
    {error, {userns, enospc}} = alcove_rootless:sandbox(Drv, [], [{require, [userns]}]),
    {error, {namespaces, eperm}} = alcove_rootless:sandbox(Drv, [], [
        {namespaces, [clone_newnet]}, {require, [namespaces]}
    ]),
    %% a group the caller does not own
    {ok, _, #{cgroup := {skipped, _}}} =
        alcove_rootless:sandbox(Drv, [], [{cgroup, "/sys/fs/cgroup/unified"}]),
    {error, {cgroup, _}} = alcove_rootless:sandbox(Drv, [], [
        {cgroup, "/sys/fs/cgroup/unified"}, {require, [cgroup]}
    ]),
    1 = length(alcove:cpid(Drv, [])).

%% alcove_run: {sandbox, Opts} runs the program in the sandbox and
%% reports the layers.
run_option(Config) ->
    Drv = ?config(drv, Config),
    Opts = [{landlock, system_ro()}],
    {ok, #{status := {exit_status, 1}, stderr := Err, layers := Layers}} =
        alcove_run:run(Drv, [?BUSYBOX, "cat", "/etc/passwd"], [{sandbox, Opts}]),
    {match, _} = re:run(Err, "Permission denied"),
    #{landlock := {ok, _}, seccomp := ok, no_new_privs := ok, userns := Userns} = Layers,
    case ?config(mode, Config) of
        userns -> ok = Userns;
        no_userns -> {skipped, enospc} = Userns
    end,
    {ok, #{status := {exit_status, 0}, stdout := <<"hello\n">>}} =
        alcove_run:run(Drv, [?BUSYBOX, "echo", "hello"], [{sandbox, Opts}]),
    {error, {sandbox, {landlock, enoent}}} =
        alcove_run:run(Drv, [?BUSYBOX, "true"], [{sandbox, [{landlock, [{path, "/nope", ro}]}]}]),
    {'EXIT', {badarg, _}} = (catch alcove_run:run(Drv, ["true"], [{sandbox, nolist}])),
    {'EXIT', {badarg, _}} =
        (catch alcove_run:run(Drv, ["true"], [{sandbox, []}, {namespaces, [clone_newpid]}])),
    [] = alcove:cpid(Drv, []).

%% A cgroup v2 group the caller owns: root delegates a group to uid
%% 65534 and puts the port in it; the sandbox lands in its subgroup.
cgroup_owned(Config) ->
    Drv = ?config(drv, Config),
    Unified =
        case [M || {_, M, "cgroup2"} <- mounts()] of
            [U | _] -> U;
            [] -> throw({skip, "no cgroup2 mount"})
        end,
    Name = "alcove-sandbox-" ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(Unified, Name),
    Box = filename:join(Dir, "box"),
    ok = file:make_dir(Dir),
    Port = alcove:getpid(Drv, []),
    ct:log("port ~B, group ~s", [Port, Dir]),
    try
        ok = file:make_dir(Box),
        %% the delegation: the directories and their cgroup.procs
        [
            ok = file:change_owner(F, ?NOBODY, ?NOBODY)
         || D <- [Dir, Box], F <- [D, filename:join(D, "cgroup.procs")]
        ],
        ok = file:write_file(filename:join(Dir, "cgroup.procs"), integer_to_list(Port)),
        {ok, Pid, #{cgroup := ok}} = alcove_rootless:sandbox(Drv, [], [{cgroup, Box}]),
        {ok, Procs} = file:read_file(filename:join(Box, "cgroup.procs")),
        [Pid] = [binary_to_integer(X) || X <- binary:split(Procs, <<"\n">>, [global, trim_all])],
        %% with Landlock, the sandbox cannot reach the group's files to
        %% move itself out
        {ok, Pid2, #{cgroup := ok, landlock := {ok, _}}} =
            alcove_rootless:sandbox(Drv, [], [{cgroup, Box}, {landlock, system_ro()}]),
        {error, eacces} =
            alcove:open(Drv, [Pid2], filename:join(Dir, "cgroup.procs"), [o_wronly], 0),
        %% a group the caller does not own is skipped
        {ok, _, #{cgroup := {skipped, eacces}}} =
            alcove_rootless:sandbox(Drv, [], [{cgroup, Unified}])
    after
        %% every process back to the root group, then the groups are empty
        [
            ok = file:write_file(filename:join(Unified, "cgroup.procs"), P)
         || D <- [Box, Dir],
            {ok, Bin} <- [file:read_file(filename:join(D, "cgroup.procs"))],
            P <- binary:split(Bin, <<"\n">>, [global, trim_all])
        ],
        _ = file:del_dir(Box),
        ok = file:del_dir(Dir)
    end.

%% Malformed options raise badarg and make no child.
badarg(Config) ->
    Drv = ?config(drv, Config),
    Bad = [
        [{userns, maybe}],
        [{seccomp, {deny, ["sys_mount"]}}],
        [{seccomp_action, {errno, enoent}}],
        [{rlimits, [{rlimit_nofile, -1}]}],
        [{require, [everything]}],
        [{cgroup, ""}],
        [bogus],
        notalist
    ],
    lists:foreach(
        fun(Opts) -> {'EXIT', {badarg, _}} = (catch alcove_rootless:sandbox(Drv, [], Opts)) end,
        Bad
    ),
    %% malformed Landlock rules are found once the child exists: it is
    %% reaped before the error is raised
    {'EXIT', {badarg, _}} = (catch alcove_rootless:sandbox(Drv, [], [{landlock, [bogus]}])),
    {'EXIT', {badarg, _}} =
        (catch alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "", ro}]}])),
    %% unknown rights: enotsup, as from alcove_landlock
    {error, {landlock, enotsup}} =
        alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "/usr", [read_all]}]}]),
    [] = alcove:cpid(Drv, []).

%% With user namespaces allowed the same call uses them and says so.
userns_layers(Config) ->
    Drv = ?config(drv, Config),
    ABI = ?config(abi, Config),
    {ok, Pid, Layers} = alcove_rootless:sandbox(Drv, [], [
        {namespaces, [clone_newpid, clone_newnet, clone_newuts]},
        {landlock, system_ro()}
    ]),
    ct:log("~p", [Layers]),
    #{
        userns := ok,
        namespaces := {ok, [clone_newpid, clone_newnet, clone_newuts]},
        no_new_privs := ok,
        landlock := {ok, ABI},
        seccomp := ok
    } = Layers,
    P = [Pid],
    1 = alcove:getpid(Drv, P),
    %% the caller's own ids by default
    ?NOBODY = alcove:getuid(Drv, P),
    %% the namespace's capabilities do not reach mount
    {error, eperm} = alcove:mount(Drv, P, "none", "/tmp", "tmpfs", [], "", ""),
    %% root inside, with every capability over its own mount namespace:
    %% seccomp is what refuses the mount (without it, the mount works)
    NS = [{uid, 0}, {gid, 0}, {namespaces, [clone_newns]}],
    {ok, Pid2, #{userns := ok, seccomp := ok}} = alcove_rootless:sandbox(Drv, [], NS),
    0 = alcove:getuid(Drv, [Pid2]),
    {error, eperm} = alcove:mount(Drv, [Pid2], "none", "/tmp", "tmpfs", [], "", ""),
    {ok, Pid3, #{userns := ok, seccomp := {skipped, not_requested}}} =
        alcove_rootless:sandbox(Drv, [], [{seccomp, none} | NS]),
    ok = alcove:mount(Drv, [Pid3], "none", "/", "", [ms_rec, ms_private], "", ""),
    ok = alcove:mount(Drv, [Pid3], "none", "/tmp", "tmpfs", [], "", "").

%%====================================================================
%% Helpers
%%====================================================================

mounts() ->
    {ok, Bin} = file:read_file("/proc/self/mounts"),
    [
        {Src, Dir, Type}
     || Line <- string:lexemes(binary_to_list(Bin), "\n"),
        [Src, Dir, Type | _] <- [string:lexemes(Line, " ")]
    ].

%% /usr, /lib*, /bin read-only, for those that exist.
system_ro() ->
    Dirs = ["/usr", "/bin"] ++ filelib:wildcard("/lib*"),
    [{path, Dir, ro} || Dir <- Dirs].

searchable("/") ->
    ok;
searchable(Dir) ->
    {ok, #file_info{mode = Mode}} = file:read_file_info(Dir),
    ok = file:change_mode(Dir, Mode bor 8#111),
    searchable(filename:dirname(Dir)).
