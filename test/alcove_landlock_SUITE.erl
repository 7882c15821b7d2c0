%%% Landlock: the raw calls (landlock_create_ruleset/4, landlock_add_rule/4,
%%% landlock_restrict_self/4), the alcove_landlock helper and the
%%% {landlock, Rules} option of alcove_run, as root and from a port running
%%% as uid 65534 (Landlock needs no privilege).
-module(alcove_landlock_SUITE).

-include("alcove_test.hrl").
-include_lib("kernel/include/file.hrl").

-export([all/0, groups/0, init_per_suite/1, end_per_suite/1]).
-export([init_per_group/2, end_per_group/2, init_per_testcase/2, end_per_testcase/2]).
-export([
    abi/1,
    constants/1,
    raw_calls/1,
    raw_badarg/1,
    deny_read/1,
    exec_denied/1,
    run_option/1,
    net_connect/1,
    scope_signal/1,
    file_rule/1,
    helper_badarg/1
]).

-define(SETPRIV, "setpriv --reuid=65534 --regid=65534 --clear-groups").

all() ->
    [{group, root}, {group, unprivileged}].

groups() ->
    Cases = [
        abi,
        constants,
        raw_calls,
        raw_badarg,
        deny_read,
        exec_denied,
        run_option,
        net_connect,
        scope_signal,
        file_rule,
        helper_badarg
    ],
    [{root, [], Cases}, {unprivileged, [], Cases}].

init_per_suite(Config) ->
    Drv = start_drv(),
    try alcove_landlock:abi(Drv, []) of
        {ok, ABI} -> [{abi, ABI} | Config];
        {error, Why} -> {skip, io_lib:format("Landlock not available: ~p", [Why])}
    after
        stop_drv(Drv)
    end.

end_per_suite(_Config) ->
    ok.

init_per_group(unprivileged, Config) ->
    case os:find_executable("setpriv") of
        false ->
            {skip, "setpriv not found (util-linux)"};
        _ ->
            CtlDir = filename:join(?config(priv_dir, Config), "ctl"),
            ok = filelib:ensure_dir(filename:join(CtlDir, "x")),
            ok = file:change_mode(CtlDir, 8#1777),
            ok = searchable(filename:dirname(CtlDir)),
            [{drv_opts, [{exec, ?SETPRIV}, {ctldir, CtlDir}]} | Config]
    end;
init_per_group(root, Config) ->
    [{drv_opts, []} | Config].

end_per_group(_Group, _Config) ->
    ok.

init_per_testcase(_Case, Config) ->
    Drv = start_drv(?config(drv_opts, Config)),
    %% the unprivileged group really runs as nobody
    case ?config(drv_opts, Config) of
        [] -> ok;
        _ -> 65534 = alcove:getuid(Drv, [])
    end,
    [{drv, Drv} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%%====================================================================
%% Cases
%%====================================================================

%% The version query answers the kernel's ABI, the same as the helper.
abi(Config) ->
    Drv = ?config(drv, Config),
    {ok, ABI} = alcove:landlock_create_ruleset(Drv, [], #{}, [landlock_create_ruleset_version]),
    true = is_integer(ABI) andalso ABI >= 1,
    {ok, ABI} = alcove_landlock:abi(Drv, []),
    ABI = ?config(abi, Config).

%% Rights and flags are constants, reachable through define/3.
constants(Config) ->
    Drv = ?config(drv, Config),
    4 = alcove:landlock_constant(Drv, [], read_file),
    2 = alcove:landlock_constant(Drv, [], connect_tcp),
    2 = alcove:landlock_constant(Drv, [], signal),
    1 = alcove:landlock_constant(Drv, [], landlock_create_ruleset_version),
    unknown = alcove:landlock_constant(Drv, [], read_everything),
    5 = alcove:define(Drv, [], [execute, read_file]),
    0 = alcove:capability_constant(Drv, [], cap_chown),
    21 = alcove:capability_constant(Drv, [], cap_sys_admin),
    unknown = alcove:capability_constant(Drv, [], cap_nonexistent),
    {'EXIT', {badarg, _}} = (catch alcove:landlock_constant(Drv, [], "read_file")),
    {'EXIT', {badarg, _}} = (catch alcove:capability_constant(Drv, [], 0)),
    ok.

%% The raw calls, step by step: a child may read under /usr only.
raw_calls(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, RS} = alcove:landlock_create_ruleset(
        Drv, [C], #{handled_access_fs => [read_file, read_dir]}, []
    ),
    {ok, Usr} = alcove:open(Drv, [C], "/usr", [o_path, o_cloexec], 0),
    ok = alcove:landlock_add_rule(Drv, [C], RS, {path_beneath, Usr, [read_file, read_dir]}),
    %% a right the ruleset does not handle cannot be granted
    {error, einval} = alcove:landlock_add_rule(Drv, [C], RS, {path_beneath, Usr, [write_file]}),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    ok = alcove:landlock_restrict_self(Drv, [C], RS, []),
    {error, eacces} = alcove:open(Drv, [C], "/etc/passwd", [o_rdonly], 0),
    {ok, FD} = alcove:open(Drv, [C], "/usr/bin/env", [o_rdonly], 0),
    true = is_integer(FD),
    %% the parent is not confined
    {ok, _} = alcove:open(Drv, [], "/etc/passwd", [o_rdonly, o_cloexec], 0),
    C = alcove:getpid(Drv, [C]).

%% Malformed arguments answer badarg, unknown names enotsup, and the
%% loop keeps answering.
raw_badarg(Config) ->
    Drv = ?config(drv, Config),
    Bad = [
        fun() -> alcove:landlock_create_ruleset(Drv, [], #{other => []}, []) end,
        fun() -> alcove:landlock_create_ruleset(Drv, [], [], []) end,
        fun() -> alcove:landlock_create_ruleset(Drv, [], #{scoped => signal}, []) end,
        fun() -> alcove:landlock_create_ruleset(Drv, [], #{handled_access_fs => [<<"x">>]}, []) end,
        fun() -> alcove:landlock_create_ruleset(Drv, [], #{}, landlock_create_ruleset_version) end,
        fun() -> alcove:landlock_add_rule(Drv, [], 3, {path_beneath, 0}) end,
        fun() -> alcove:landlock_add_rule(Drv, [], 3, {net_port, 70000, [connect_tcp]}) end,
        fun() -> alcove:landlock_add_rule(Drv, [], 3, {other, 0, []}) end,
        fun() -> alcove:landlock_add_rule(Drv, [], x, {path_beneath, 0, []}) end,
        fun() -> alcove:landlock_restrict_self(Drv, [], x, []) end,
        fun() -> alcove:landlock_restrict_self(Drv, [], 3, x) end
    ],
    lists:foreach(fun(F) -> {'EXIT', {badarg, _}} = catch F() end, Bad),
    {error, enotsup} = alcove:landlock_create_ruleset(Drv, [], #{handled_access_fs => [nope]}, []),
    {error, enotsup} = alcove:landlock_create_ruleset(Drv, [], #{}, [nope]),
    {error, enotsup} = alcove:landlock_add_rule(Drv, [], 3, {path_beneath, 0, [nope]}),
    {error, enotsup} = alcove:landlock_add_rule(Drv, [], 3, {net_port, 80, [read_file]}),
    {error, enotsup} = alcove:landlock_restrict_self(Drv, [], 3, [nope]),
    %% not a ruleset: ebadf, or eperm first when unprivileged without
    %% no_new_privs
    {error, E} = alcove:landlock_restrict_self(Drv, [], 12345, []),
    true = lists:member(E, [ebadf, eperm]),
    true = is_integer(alcove:getpid(Drv, [])).

%% A child allowed only /usr, /lib*, /bin read-only cannot open
%% /etc/passwd.
deny_read(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, #{abi := ABI, fs := FS}} = alcove_landlock:restrict(Drv, [C], system_ro()),
    ABI = ?config(abi, Config),
    true = lists:member(read_file, FS),
    {error, eacces} = alcove:open(Drv, [C], "/etc/passwd", [o_rdonly], 0),
    {error, eacces} = alcove:readdir(Drv, [C], "/etc"),
    {ok, _} = alcove:readdir(Drv, [C], "/usr"),
    %% read-only: no writing under /usr either (ro has no write right)
    {error, Write} = alcove:open(Drv, [C], "/usr/landlock-test", [o_wronly, o_creat], 8#644),
    true = lists:member(Write, [eacces, erofs]),
    {ok, _} = alcove:open(Drv, [C], "/usr/bin/env", [o_rdonly], 0).

%% The confinement holds for what the child execs: cat /etc/hostname
%% fails.
exec_denied(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, _} = alcove_landlock:restrict(Drv, [C], system_ro()),
    ok = alcove:execve(Drv, [C], "/bin/cat", ["cat", "/etc/hostname"], []),
    {Out, Err, Status} = collect(Drv, [C]),
    <<>> = Out,
    {match, _} = re:run(Err, "Permission denied"),
    {exit_status, 1} = Status.

%% alcove_run: {landlock, Rules} confines the program.
run_option(Config) ->
    Drv = ?config(drv, Config),
    {ok, #{status := {exit_status, 0}, stdout := <<"hello\n">>}} =
        alcove_run:run(Drv, ["/bin/echo", "hello"], [{landlock, system_ro()}]),
    {ok, #{status := {exit_status, 1}, stderr := Err}} =
        alcove_run:run(Drv, ["/bin/cat", "/etc/passwd"], [{landlock, system_ro()}]),
    {match, _} = re:run(Err, "Permission denied"),
    %% without the option the same program reads the file
    {ok, #{status := {exit_status, 0}}} = alcove_run:run(Drv, ["/bin/cat", "/etc/passwd"], []),
    {'EXIT', {badarg, _}} = catch alcove_run:run(Drv, ["/bin/true"], [{landlock, nolist}]),
    ok.

%% {net, Port, [connect_tcp]}: that loopback port can be reached, another
%% gives eacces.
net_connect(Config) ->
    Drv = ?config(drv, Config),
    need_abi(Config, 4),
    {ok, L1} = gen_tcp:listen(0, [{ip, {127, 0, 0, 1}}]),
    {ok, L2} = gen_tcp:listen(0, [{ip, {127, 0, 0, 1}}]),
    {ok, P1} = inet:port(L1),
    {ok, P2} = inet:port(L2),
    try
        {ok, C} = alcove:fork(Drv, []),
        {ok, #{net := [bind_tcp, connect_tcp]}} =
            alcove_landlock:restrict(Drv, [C], [{net, P1, [connect_tcp]}]),
        {ok, S1} = alcove:socket(Drv, [C], af_inet, sock_stream, 0),
        ok = alcove:connect(Drv, [C], S1, [sockaddr(P1)]),
        {ok, S2} = alcove:socket(Drv, [C], af_inet, sock_stream, 0),
        {error, eacces} = alcove:connect(Drv, [C], S2, [sockaddr(P2)]),
        %% an unconfined sibling reaches both
        {ok, D} = alcove:fork(Drv, []),
        {ok, S3} = alcove:socket(Drv, [D], af_inet, sock_stream, 0),
        ok = alcove:connect(Drv, [D], S3, [sockaddr(P2)])
    after
        ok = gen_tcp:close(L1),
        ok = gen_tcp:close(L2)
    end.

%% {scope, [signal]}: the child can no longer signal a process outside
%% its Landlock domain.
scope_signal(Config) ->
    Drv = ?config(drv, Config),
    need_abi(Config, 6),
    {ok, Sibling} = alcove:fork(Drv, []),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:kill(Drv, [C], Sibling, 0),
    {ok, #{scoped := [signal]}} = alcove_landlock:restrict(Drv, [C], [
        {path, "/", rw}, {scope, [signal]}
    ]),
    {error, eperm} = alcove:kill(Drv, [C], Sibling, 0),
    %% its own children are inside the domain
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:kill(Drv, [C], G, 0).

%% A rule on a regular file grants only the file rights (rw on a file
%% would be refused by the kernel otherwise).
file_rule(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, _} = alcove_landlock:restrict(Drv, [C], [{path, "/etc/hostname", rw}]),
    {ok, _} = alcove:open(Drv, [C], "/etc/hostname", [o_rdonly], 0),
    {error, eacces} = alcove:open(Drv, [C], "/etc/passwd", [o_rdonly], 0).

%% The helper: malformed rules raise badarg, unknown rights give enotsup,
%% a missing path its errno.
helper_badarg(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {'EXIT', {badarg, _}} = catch alcove_landlock:restrict(Drv, [C], [{path, "", ro}]),
    {'EXIT', {badarg, _}} = catch alcove_landlock:restrict(Drv, [C], [{net, -1, [connect_tcp]}]),
    {'EXIT', {badarg, _}} = catch alcove_landlock:restrict(Drv, [C], [bogus]),
    {'EXIT', {badarg, _}} = catch alcove_landlock:restrict(Drv, [C], notalist),
    {error, enotsup} = alcove_landlock:restrict(Drv, [C], [{path, "/usr", [read_all]}]),
    {error, enotsup} = alcove_landlock:restrict(Drv, [C], [{net, 80, [read_file]}]),
    {error, enotsup} = alcove_landlock:restrict(Drv, [C], [{scope, [everything]}]),
    {error, enoent} = alcove_landlock:restrict(Drv, [C], [{path, "/nonexistent", ro}]),
    {'EXIT', {badarg, _}} = catch alcove_landlock:restrict(Drv, [C], [{abi, 0}]),
    %% {abi, N} above the kernel's, strictly: enotsup
    ABI = ?config(abi, Config),
    {error, enotsup} =
        alcove_landlock:restrict(Drv, [C], [{path, "/", [read_file]}, {abi, ABI + 1}, {strict, true}]),
    %% nothing was applied: the child still reads anything
    {ok, _} = alcove:open(Drv, [C], "/etc/passwd", [o_rdonly], 0),
    %% strict: every right is known at this ABI, so it succeeds
    {ok, #{unsupported := []}} =
        alcove_landlock:restrict(Drv, [C], [{path, "/", [read_file]}, {strict, true}]).

%%====================================================================
%% Helpers
%%====================================================================

%% /usr, /lib*, /bin read-only, for those that exist.
system_ro() ->
    Dirs = ["/usr", "/bin"] ++ filelib:wildcard("/lib*"),
    [{path, Dir, ro} || Dir <- Dirs].

sockaddr(Port) ->
    <<2:16/native, Port:16/big, 127, 0, 0, 1, 0:64>>.

need_abi(Config, N) ->
    case ?config(abi, Config) of
        ABI when ABI >= N -> ok;
        ABI -> throw({skip, io_lib:format("needs Landlock ABI ~B, kernel has ~B", [N, ABI])})
    end.

searchable("/") ->
    ok;
searchable(Dir) ->
    {ok, #file_info{mode = Mode}} = file:read_file_info(Dir),
    ok = file:change_mode(Dir, Mode bor 8#111),
    searchable(filename:dirname(Dir)).
