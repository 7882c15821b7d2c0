%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Example: a container made of namespaces, a tmpfs root, a cgroup
%%% and an unprivileged uid.
%%%
%%% {@link sandbox/2} clones a child of the port into new pid, mount,
%%% uts, ipc and net namespaces; the port puts it in a pids cgroup; the
%%% child makes its mounts private, mounts a tmpfs (on `/tmp', seen only
%%% in its namespace), copies a static busybox there, mounts `proc',
%%% pivots its root into the tmpfs, sets its hostname and its rlimits
%%% and drops to uid/gid 65534 (`chrootex:drop_privileges/4'). It is
%%% then ready to exec.
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% {ok,<0.178.0>}
%%% 2> nsex:run(Drv, ["/bin/sh", "-c", "echo $$; hostname; id -u"], [{hostname, "box"}]).
%%% {ok,0,<<"1\nbox\n65534\n">>}
%%% '''
%%%
%%% Every mount lives in the child's mount namespace and disappears with
%%% it; {@link destroy/2} kills the child if needed and removes the
%%% cgroup. The port must run as root.
-module(nsex).

%% API
-export([sandbox/2, exec/4, run/3, destroy/2, pids_cgroup_root/0]).

-export_type([sandbox/0, option/0, cgroup_dir/0]).

-type cgroup_dir() :: [1..255, ...].
%% An absolute path under /sys/fs/cgroup.

-type sandbox() :: #{pid := alcove:pid_t(), cgroup := cgroup_dir() | undefined}.
%% The child's pid (in the port's pid namespace) and its cgroup.

-type option() ::
    {hostname, iodata()}
    | {pids_max, pos_integer() | none}
    | {busybox, file:filename()}
    | {flags, [atom()]}
    | chrootex:option().
%% `hostname' defaults to `"nsex"'; `pids_max' to 16 (`none': no
%% cgroup); `busybox' to `"/bin/busybox"' (a static binary); `flags' to
%% the five namespaces. The `chrootex' options set the uid, gid, rlimits,
%% environment and timeout.

-define(TIMEOUT, 10000).
-define(FLAGS, [clone_newpid, clone_newns, clone_newuts, clone_newipc, clone_newnet]).
-define(APPLETS, ["sh", "cat", "echo", "hostname", "id", "ls", "ps", "sleep", "grep"]).

%%====================================================================
%% API
%%====================================================================

%% @doc Make a sandbox ready to exec (see the module doc).
%%
%% On failure everything made so far is undone and `{error, posix()}'
%% returned (e.g. `{error, eperm}' without root, `{error, enoent}'
%% without busybox).
-spec sandbox(alcove_drv:ref(), [option()]) -> {ok, sandbox()} | {error, alcove:posix()}.
sandbox(Drv, Opts) ->
    case alcove:clone(Drv, [], proplists:get_value(flags, Opts, ?FLAGS)) of
        {ok, Pid} ->
            Box0 = #{pid => Pid, cgroup => undefined},
            case cgroup(Drv, Pid, proplists:get_value(pids_max, Opts, 16)) of
                {ok, Cgroup} ->
                    Box = Box0#{cgroup := Cgroup},
                    case setup(Drv, [Pid], Opts) of
                        ok ->
                            {ok, Box};
                        {error, _} = Error ->
                            ok = destroy(Drv, Box),
                            Error
                    end;
                {error, _} = Error ->
                    ok = destroy(Drv, Box0),
                    Error
            end;
        {error, _} = Error ->
            posix(Error)
    end.

%% @doc Exec `Argv' (first element: the path in the sandbox) in the
%% sandbox; its output arrives as `alcove_stdout' and `alcove_stderr'
%% messages for `[Pid]'.
-spec exec(alcove_drv:ref(), sandbox(), [iodata(), ...], [option()]) ->
    ok | {error, alcove:posix()}.
exec(Drv, #{pid := Pid}, [Path | _] = Argv, Opts) ->
    Env = proplists:get_value(env, Opts, ["PATH=/bin", "HOME=/"]),
    posix(alcove:execve(Drv, [Pid], Path, Argv, Env)).

%% @doc Run `Argv' in a new sandbox, return its exit status and output,
%% and destroy the sandbox.
-spec run(alcove_drv:ref(), [iodata(), ...], [option()]) ->
    {ok, non_neg_integer() | {termsig, atom()}, binary()}
    | {error, alcove:posix() | timeout}.
run(Drv, Argv, Opts) ->
    case sandbox(Drv, Opts) of
        {ok, #{pid := Pid} = Box} ->
            Result =
                case exec(Drv, Box, Argv, Opts) of
                    ok -> chrootex:collect(Drv, [Pid], proplists:get_value(timeout, Opts, ?TIMEOUT));
                    {error, _} = Error -> Error
                end,
            ok = destroy(Drv, Box),
            Result;
        {error, _} = Error ->
            Error
    end.

%% @doc Kill the sandbox's process if it still runs, wait for its exit
%% and remove its cgroup.
-spec destroy(alcove_drv:ref(), sandbox()) -> ok.
destroy(Drv, #{pid := Pid, cgroup := Cgroup}) ->
    case alcove:kill(Drv, [], Pid, 0) of
        ok ->
            _ = alcove:kill(Drv, [], Pid, sigkill),
            _ = alcove:event(Drv, [Pid], ?TIMEOUT),
            ok;
        {error, _} ->
            ok
    end,
    case Cgroup of
        undefined -> ok;
        _ -> rmdir_retry(Drv, Cgroup, 50)
    end.

%% @doc The root of a hierarchy with the pids controller: the cgroup v1
%% `pids' hierarchy, else a cgroup2 hierarchy listing `pids' in its
%% `cgroup.controllers'; `false' if there is none.
-spec pids_cgroup_root() -> cgroup_dir() | false.
pids_cgroup_root() ->
    V2 = fun(Dir) ->
        case file:read_file(Dir ++ "/cgroup.controllers") of
            {ok, Bin} ->
                lists:member(<<"pids">>, string:lexemes(Bin, " \n"));
            {error, _} ->
                false
        end
    end,
    V1 = filelib:is_regular("/sys/fs/cgroup/pids/cgroup.procs"),
    if
        V1 -> "/sys/fs/cgroup/pids";
        true ->
            case [D || D <- ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"], V2(D)] of
                [D | _] -> D;
                [] -> false
            end
    end.

%%====================================================================
%% Internal functions
%%====================================================================

cgroup(_Drv, _Pid, none) ->
    {ok, undefined};
cgroup(Drv, Pid, Max) ->
    case pids_cgroup_root() of
        false ->
            {error, enoent};
        Root ->
            Dir = Root ++ "/nsex-" ++ integer_to_list(Pid),
            case alcove:mkdir(Drv, [], Dir, 8#755) of
                ok ->
                    R = steps([
                        fun() -> write_file(Drv, [], Dir ++ "/pids.max", integer_to_list(Max)) end,
                        fun() -> write_file(Drv, [], Dir ++ "/cgroup.procs", integer_to_list(Pid)) end
                    ]),
                    case R of
                        ok ->
                            {ok, Dir};
                        {error, _} = Error ->
                            _ = alcove:rmdir(Drv, [], Dir),
                            Error
                    end;
                {error, _} = Error ->
                    posix(Error)
            end
    end.

setup(Drv, P, Opts) ->
    Busybox = proplists:get_value(busybox, Opts, "/bin/busybox"),
    Hostname = proplists:get_value(hostname, Opts, "nsex"),
    Dirs = ["bin", "dev", "proc", "tmp", ".oldroot"],
    steps(
        [
            fun() -> alcove:mount(Drv, P, "none", "/", "", [ms_rec, ms_private], "", "") end,
            fun() ->
                alcove:mount(Drv, P, "tmpfs", "/tmp", "tmpfs", [ms_nosuid, ms_nodev],
                    <<"size=16m,mode=755", 0>>, "")
            end
        ] ++
            [fun() -> alcove:mkdir(Drv, P, "/tmp/" ++ D, 8#755) end || D <- Dirs] ++
            [
                fun() -> alcove:chmod(Drv, P, "/tmp/tmp", 8#1777) end,
                fun() -> copy_file(Drv, P, Busybox, "/tmp/bin/busybox") end
            ] ++
            [fun() -> alcove:symlink(Drv, P, "busybox", "/tmp/bin/" ++ A) end || A <- ?APPLETS] ++
            [
                fun() -> write_file(Drv, P, "/tmp/dev/null", "") end,
                fun() -> alcove:mount(Drv, P, "/dev/null", "/tmp/dev/null", "", [ms_bind], "", "") end,
                fun() ->
                    alcove:mount(Drv, P, "proc", "/tmp/proc", "proc",
                        [ms_nosuid, ms_nodev, ms_noexec], "", "")
                end,
                fun() -> alcove:chdir(Drv, P, "/tmp") end,
                fun() -> alcove:pivot_root(Drv, P, ".", ".oldroot") end,
                fun() -> alcove:chdir(Drv, P, "/") end,
                fun() -> alcove:umount2(Drv, P, "/.oldroot", [mnt_detach]) end,
                fun() -> alcove:rmdir(Drv, P, "/.oldroot") end,
                fun() -> alcove:sethostname(Drv, P, Hostname) end,
                fun() ->
                    chrootex:drop_privileges(Drv, P, Opts,
                        proplists:get_value(rlimits, Opts, [
                            {rlimit_nofile, 64}, {rlimit_nproc, 64}, {rlimit_core, 0}
                        ]))
                end
            ]
    ).

rmdir_retry(Drv, Dir, N) ->
    case alcove:rmdir(Drv, [], Dir) of
        {error, ebusy} when N > 0 ->
            timer:sleep(50),
            rmdir_retry(Drv, Dir, N - 1);
        _ ->
            ok
    end.

write_file(Drv, P, Path, Data) ->
    case alcove:open(Drv, P, Path, [o_wronly, o_creat, o_trunc, o_cloexec], 8#644) of
        {ok, FD} ->
            Size = iolist_size(Data),
            R =
                case Size of
                    0 ->
                        ok;
                    _ ->
                        case alcove:write(Drv, P, FD, Data) of
                            {ok, Size} -> ok;
                            {ok, _} -> {error, eio};
                            {error, _} = Error -> Error
                        end
                end,
            _ = alcove:close(Drv, P, FD),
            R;
        {error, _} = Error ->
            Error
    end.

copy_file(Drv, P, From, To) ->
    case alcove:open(Drv, P, From, [o_rdonly, o_cloexec], 0) of
        {ok, In} ->
            R =
                case alcove:open(Drv, P, To, [o_wronly, o_creat, o_trunc, o_cloexec], 8#755) of
                    {ok, Out} ->
                        R0 = copy_loop(Drv, P, In, Out),
                        _ = alcove:close(Drv, P, Out),
                        R0;
                    {error, _} = Error ->
                        Error
                end,
            _ = alcove:close(Drv, P, In),
            R;
        {error, _} = Error ->
            Error
    end.

copy_loop(Drv, P, In, Out) ->
    case alcove:read(Drv, P, In, 65536) of
        {ok, <<>>} ->
            ok;
        {ok, Data} ->
            Size = byte_size(Data),
            case alcove:write(Drv, P, Out, Data) of
                {ok, Size} -> copy_loop(Drv, P, In, Out);
                {ok, _} -> {error, eio};
                {error, _} = Error -> Error
            end;
        {error, _} = Error ->
            Error
    end.

steps([]) ->
    ok;
steps([F | Fs]) ->
    case F() of
        ok -> steps(Fs);
        {error, _} = Error -> posix(Error)
    end.

posix(ok) -> ok;
posix({error, not_owner}) -> {error, eperm};
posix({error, _} = Error) -> Error.
