%%% Modern Linux calls: pidfds, memfd + execveat (exec from memory),
%%% close_range, capabilities (capget/capset), with malformed arguments
%%% and unknown constants for each.
-module(alcove_modern_SUITE).

-include("alcove_test.hrl").
-include_lib("kernel/include/file.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    pidfd_signal/1,
    pidfd_getfd/1,
    pidfd_badarg/1,
    memfd_exec/1,
    memfd_seals/1,
    memfd_badarg/1,
    execveat_path/1,
    close_range_exact/1,
    close_range_child/1,
    close_range_badarg/1,
    capset_empty/1,
    capset_badarg/1,
    define_constants/1,
    clone3_cgroup/1,
    clone3_flags/1,
    clone3_badarg/1,
    mount_ro_bind/1,
    mount_idmap/1,
    mount_fsopen/1,
    mount_badarg/1
]).

all() ->
    [
        pidfd_signal,
        pidfd_getfd,
        pidfd_badarg,
        memfd_exec,
        memfd_seals,
        memfd_badarg,
        execveat_path,
        close_range_exact,
        close_range_child,
        close_range_badarg,
        capset_empty,
        capset_badarg,
        define_constants,
        clone3_cgroup,
        clone3_flags,
        clone3_badarg,
        mount_ro_bind,
        mount_idmap,
        mount_fsopen,
        mount_badarg
    ].

init_per_testcase(_Case, Config) ->
    [{drv, start_drv()} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%%====================================================================
%% pidfd
%%====================================================================

%% Signal an exec'd sleep through its pidfd: {termsig, sigterm}; once it
%% is reaped the same pidfd gives esrch.
pidfd_signal(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, PidFD} = alcove:pidfd_open(Drv, [], C, []),
    ok = alcove:execvp(Drv, [C], "sleep", ["sleep", "60"]),
    ok = alcove:pidfd_send_signal(Drv, [], PidFD, sigterm, []),
    {termsig, sigterm} = alcove:event(Drv, [C], ?TIMEOUT),
    {error, esrch} = alcove:pidfd_send_signal(Drv, [], PidFD, sigterm, []),
    {error, esrch} = alcove:pidfd_send_signal(Drv, [], PidFD, 0, []),
    ok = alcove:close(Drv, [], PidFD),
    %% a pid that does not exist
    {error, esrch} = alcove:pidfd_open(Drv, [], 2147483647, []),
    %% pidfd_nonblock is accepted
    {ok, C2} = alcove:fork(Drv, []),
    {ok, FD2} = alcove:pidfd_open(Drv, [], C2, [pidfd_nonblock]),
    ok = alcove:pidfd_send_signal(Drv, [], FD2, 0, []).

%% pidfd_getfd: a copy of a descriptor of another process, reading the
%% same open file.
pidfd_getfd(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, FD} = alcove:open(Drv, [C], "/etc/hostname", [o_rdonly], 0),
    {ok, PidFD} = alcove:pidfd_open(Drv, [], C, []),
    {ok, Copy} = alcove:pidfd_getfd(Drv, [], PidFD, FD, []),
    {ok, Data} = alcove:read(Drv, [], Copy, 4096),
    {ok, Data} = file:read_file("/etc/hostname"),
    %% close-on-exec
    {ok, 1} = alcove:fcntl(Drv, [], Copy, f_getfd, 0),
    {error, ebadf} = alcove:pidfd_getfd(Drv, [], PidFD, 12345, []).

pidfd_badarg(Config) ->
    Drv = ?config(drv, Config),
    Bad = [
        fun() -> alcove:pidfd_open(Drv, [], x, []) end,
        fun() -> alcove:pidfd_open(Drv, [], 1, pidfd_nonblock) end,
        fun() -> alcove:pidfd_send_signal(Drv, [], x, sigterm, []) end,
        fun() -> alcove:pidfd_send_signal(Drv, [], 3, "sigterm", []) end,
        fun() -> alcove:pidfd_send_signal(Drv, [], 3, sigterm, [<<>>]) end,
        fun() -> alcove:pidfd_getfd(Drv, [], 3, x, []) end,
        fun() -> alcove:pidfd_getfd(Drv, [], 3, 4, x) end
    ],
    badargs(Bad),
    {error, enotsup} = alcove:pidfd_open(Drv, [], 1, [pidfd_nope]),
    {error, enotsup} = alcove:pidfd_send_signal(Drv, [], 3, signope, []),
    {error, enotsup} = alcove:pidfd_send_signal(Drv, [], 3, sigterm, [nope]),
    {error, enotsup} = alcove:pidfd_getfd(Drv, [], 3, 4, [nope]),
    alive(Drv).

%%====================================================================
%% memfd, execveat
%%====================================================================

%% The bytes of /bin/echo in a memfd, run with execveat(at_empty_path),
%% print their argument.
memfd_exec(Config) ->
    Drv = ?config(drv, Config),
    {ok, Bin} = file:read_file("/bin/echo"),
    {ok, C} = alcove:fork(Drv, []),
    {ok, FD} = alcove:memfd_create(Drv, [C], "echo", [mfd_cloexec]),
    Size = byte_size(Bin),
    {ok, Size} = alcove:write(Drv, [C], FD, Bin),
    ok = alcove:execveat(Drv, [C], FD, "", ["echo", "from memory"], [], [at_empty_path]),
    {<<"from memory\n">>, <<>>, {exit_status, 0}} = collect(Drv, [C]).

%% Seals: f_add_seals with f_seal_write stops writes; f_get_seals shows
%% them.
memfd_seals(Config) ->
    Drv = ?config(drv, Config),
    {ok, FD} = alcove:memfd_create(Drv, [], "sealed", [mfd_cloexec, mfd_allow_sealing]),
    {ok, 3} = alcove:write(Drv, [], FD, <<"abc">>),
    Seals = alcove:define(Drv, [], [f_seal_write, f_seal_grow, f_seal_shrink]),
    {ok, 0} = alcove:fcntl(Drv, [], FD, f_add_seals, Seals),
    {ok, Seals} = alcove:fcntl(Drv, [], FD, f_get_seals, 0),
    {error, eperm} = alcove:write(Drv, [], FD, <<"d">>),
    %% without mfd_allow_sealing the file is sealed against sealing
    {ok, FD2} = alcove:memfd_create(Drv, [], "unsealable", [mfd_cloexec]),
    {error, eperm} = alcove:fcntl(Drv, [], FD2, f_add_seals, Seals).

memfd_badarg(Config) ->
    Drv = ?config(drv, Config),
    badargs([
        fun() -> alcove:memfd_create(Drv, [], "a\0b", []) end,
        fun() -> alcove:memfd_create(Drv, [], x, []) end,
        fun() -> alcove:memfd_create(Drv, [], "x", mfd_cloexec) end,
        fun() -> alcove:execveat(Drv, [], x, "", [], [], []) end,
        fun() -> alcove:execveat(Drv, [], at_nowhere, "", [], [], []) end,
        fun() -> alcove:execveat(Drv, [], 3, "", x, [], []) end,
        fun() -> alcove:execveat(Drv, [], 3, "", [], [], x) end
    ]),
    {error, enotsup} = alcove:memfd_create(Drv, [], "x", [mfd_nope]),
    {error, enotsup} = alcove:execveat(Drv, [], at_fdcwd, "/bin/true", [], [], [at_nope]),
    %% the kernel limits the name
    {error, einval} = alcove:memfd_create(Drv, [], lists:duplicate(300, $a), []),
    alive(Drv).

%% execveat with a directory descriptor and a relative path, and with
%% at_fdcwd; a failure leaves the loop running.
execveat_path(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, Dir} = alcove:open(Drv, [C], "/bin", [o_rdonly, o_directory, o_cloexec], 0),
    {error, enoent} = alcove:execveat(Drv, [C], Dir, "nonexistent", ["x"], [], []),
    {error, enoent} = alcove:execveat(Drv, [C], at_fdcwd, "/nonexistent", ["x"], [], []),
    C = alcove:getpid(Drv, [C]),
    ok = alcove:execveat(Drv, [C], Dir, "sh", ["sh", "-c", "echo $0 $X"], ["X=y"], []),
    {<<"sh y\n">>, <<>>, {exit_status, 0}} = collect(Drv, [C]).

%%====================================================================
%% close_range
%%====================================================================

%% close_range closes exactly the range: the descriptors on either side
%% stay open.
close_range_exact(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    FDs = [
        begin
            {ok, FD} = alcove:open(Drv, [C], "/dev/null", [o_rdonly], 0),
            FD
        end
     || _ <- lists:seq(1, 5)
    ],
    [F1, F2, F3, F4, F5] = lists:sort(FDs),
    ok = alcove:close_range(Drv, [C], F2, F4, []),
    {ok, 0} = alcove:fcntl(Drv, [C], F1, f_getfd, 0),
    [{error, ebadf} = alcove:fcntl(Drv, [C], F, f_getfd, 0) || F <- [F2, F3, F4]],
    {ok, 0} = alcove:fcntl(Drv, [C], F5, f_getfd, 0),
    %% close_range_cloexec marks instead of closing
    ok = alcove:close_range(Drv, [C], F5, F5, [close_range_cloexec]),
    {ok, 1} = alcove:fcntl(Drv, [C], F5, f_getfd, 0),
    %% the rest of the table: everything above F5
    ok = alcove:close_range(Drv, [C], F5, 16#ffffffff, []),
    {error, ebadf} = alcove:fcntl(Drv, [C], F5, f_getfd, 0),
    {error, einval} = alcove:close_range(Drv, [C], 10, 9, []),
    C = alcove:getpid(Drv, [C]).

%% A child's pipe end in the range is released through the child table,
%% as close/3 does: the table no longer names it, so the number can be
%% reused by a new file without confusion.
close_range_child(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [P]),
    FdIn = alcove:getcpid(Drv, [P], G, stdin),
    true = is_integer(FdIn) andalso FdIn > 5,
    ok = alcove:close_range(Drv, [P], FdIn, FdIn, []),
    true = alcove:getcpid(Drv, [P], G, stdin) =/= FdIn,
    {error, ebadf} = alcove:fcntl(Drv, [P], FdIn, f_getfd, 0),
    ok = open_until(Drv, [P], FdIn, 32),
    ok = alcove:close(Drv, [P], FdIn),
    {error, ebadf} = alcove:fcntl(Drv, [P], FdIn, f_getfd, 0),
    P = alcove:getpid(Drv, [P]).

close_range_badarg(Config) ->
    Drv = ?config(drv, Config),
    badargs([
        fun() -> alcove:close_range(Drv, [], -1, 10, []) end,
        fun() -> alcove:close_range(Drv, [], 1, x, []) end,
        fun() -> alcove:close_range(Drv, [], 1, 2, close_range_cloexec) end
    ]),
    {error, enotsup} = alcove:close_range(Drv, [], 100, 101, [close_range_nope]),
    alive(Drv).

%%====================================================================
%% capabilities
%%====================================================================

%% A root child that capsets every set empty cannot chown (eperm), and
%% capget shows empty sets.
capset_empty(Config) ->
    Drv = ?config(drv, Config),
    case alcove:getuid(Drv, []) of
        0 -> ok;
        _ -> throw({skip, "needs a root port"})
    end,
    {ok, C} = alcove:fork(Drv, []),
    {ok, #{effective := Eff, permitted := Perm}} = alcove:capget(Drv, [C]),
    true = lists:member(cap_chown, Eff),
    true = lists:member(cap_chown, Perm),
    Tmp = filename:join(?config(priv_dir, Config), "chown"),
    ok = file:write_file(Tmp, <<>>),
    ok = alcove:chown(Drv, [C], Tmp, 1, 1),
    %% drop one capability from the effective set only
    ok = alcove:capset(Drv, [C], #{effective => Perm -- [cap_chown]}),
    {ok, #{effective := Eff2, permitted := Perm}} = alcove:capget(Drv, [C]),
    false = lists:member(cap_chown, Eff2),
    {error, eperm} = alcove:chown(Drv, [C], Tmp, 2, 2),
    ok = alcove:capset(Drv, [C], #{effective => [cap_chown]}),
    ok = alcove:chown(Drv, [C], Tmp, 2, 2),
    %% every set empty
    ok = alcove:capset(Drv, [C], #{effective => [], permitted => [], inheritable => []}),
    {ok, #{effective := [], permitted := [], inheritable := []}} = alcove:capget(Drv, [C]),
    {error, eperm} = alcove:chown(Drv, [C], Tmp, 3, 3),
    %% and a dropped permitted capability cannot come back
    {error, eperm} = alcove:capset(Drv, [C], #{permitted => [cap_chown]}),
    0 = alcove:getuid(Drv, [C]).

capset_badarg(Config) ->
    Drv = ?config(drv, Config),
    badargs([
        fun() -> alcove:capset(Drv, [], #{other => []}) end,
        fun() -> alcove:capset(Drv, [], [{effective, []}]) end,
        fun() -> alcove:capset(Drv, [], #{effective => cap_chown}) end,
        fun() -> alcove:capset(Drv, [], #{effective => [64]}) end,
        fun() -> alcove:capset(Drv, [], #{effective => [<<"cap_chown">>]}) end
    ]),
    {error, enotsup} = alcove:capset(Drv, [], #{effective => [cap_nonexistent]}),
    %% numbers are capability numbers (a string of small integers too)
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:capset(Drv, [C], #{effective => [0, 5]}),
    {ok, #{effective := [cap_chown, cap_kill]}} = alcove:capget(Drv, [C]),
    alive(Drv).

%% The new constants are reachable through define/3 and their lookups.
define_constants(Config) ->
    Drv = ?config(drv, Config),
    true = alcove:define(Drv, [], mfd_cloexec) > 0,
    true = alcove:define(Drv, [], at_empty_path) > 0,
    true = alcove:define(Drv, [], f_add_seals) > 0,
    true = alcove:define(Drv, [], close_range_cloexec) > 0,
    true = alcove:define(Drv, [], pidfd_nonblock) > 0,
    true = is_integer(alcove:define(Drv, [], cap_sys_admin)),
    {'EXIT', {{unknown, nope_nope}, _}} = (catch alcove:define(Drv, [], nope_nope)),
    ok.

%%====================================================================
%% clone3
%%====================================================================

%% The child's /proc/PID/cgroup shows the requested v2 group from the
%% start: it is read before the child is asked anything. The same through
%% alcove_cgroup:clone/4.
clone3_cgroup(Config) ->
    Drv = ?config(drv, Config),
    Unified =
        case alcove_cgroup:unified(Drv, []) of
            [] -> throw({skip, "no cgroup2 mount"});
            [U | _] -> U
        end,
    Name = "alcove_clone3_" ++ os:getpid(),
    Dir = filename:join(Unified, Name),
    case alcove:mkdir(Drv, [], Dir, 8#755) of
        ok -> ok;
        {error, eexist} -> ok
    end,
    {ok, C} = alcove:clone3(Drv, [], #{cgroup => Dir}),
    Line = <<"0::/", (list_to_binary(Name))/binary>>,
    true = lists:member(Line, proc_cgroup(C)),
    %% the parent is where it was
    false = lists:member(Line, proc_cgroup(alcove:getpid(Drv, []))),
    %% and a child of the child starts there too (it inherits the group)
    {ok, G} = alcove:fork(Drv, [C]),
    true = lists:member(Line, proc_cgroup(G)),
    {ok, [_ | _] = Procs} = alcove_cgroup:procs(Drv, [], <<"cgroup2">>, [Name]),
    true = lists:member(C, Procs),
    %% alcove_cgroup:clone/4 makes the group and the child
    Sub = [Name, "sub"],
    {ok, C2} = alcove_cgroup:clone(Drv, [], Sub, [clone_newns]),
    true = lists:member(<<Line/binary, "/sub">>, proc_cgroup(C2)),
    ok = stop_child(Drv, [C2]),
    ok = stop_child(Drv, [C, G]),
    ok = stop_child(Drv, [C]),
    ok = alcove:rmdir(Drv, [], filename:join(Dir, "sub")),
    ok = alcove:rmdir(Drv, [], Dir).

%% Flags: a new PID namespace makes the child pid 1; a plain clone3 is a
%% fork.
clone3_flags(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:clone3(Drv, [], #{flags => [clone_newpid, clone_newns]}),
    1 = alcove:getpid(Drv, [C]),
    {ok, F} = alcove:clone3(Drv, [], #{}),
    F = alcove:getpid(Drv, [F]),
    %% children are in the child table like any other
    Pids = [P || #alcove_pid{pid = P} <- alcove:cpid(Drv, [])],
    true = lists:member(C, Pids) andalso lists:member(F, Pids).

clone3_badarg(Config) ->
    Drv = ?config(drv, Config),
    badargs([
        fun() -> alcove:clone3(Drv, [], #{other => 1}) end,
        fun() -> alcove:clone3(Drv, [], [{flags, []}]) end,
        fun() -> alcove:clone3(Drv, [], #{flags => clone_newns}) end,
        fun() -> alcove:clone3(Drv, [], #{cgroup => ""}) end,
        fun() -> alcove:clone3(Drv, [], #{cgroup => 1}) end
    ]),
    {error, enotsup} = alcove:clone3(Drv, [], #{flags => [clone_nope]}),
    {error, einval} = alcove:clone3(Drv, [], #{flags => [clone_pidfd]}),
    {error, enoent} = alcove:clone3(Drv, [], #{cgroup => "/nonexistent/group"}),
    %% not a cgroup directory
    {error, _} = alcove:clone3(Drv, [], #{cgroup => "/tmp"}),
    [] = alcove:cpid(Drv, []),
    alive(Drv).

%%====================================================================
%% mount API
%%====================================================================

%% A recursive read-only bind made with open_tree (clone),
%% mount_setattr (mount_attr_rdonly) and move_mount: a write through it
%% fails with erofs while the source stays writable.
mount_ro_bind(Config) ->
    Drv = ?config(drv, Config),
    {Src, Dst} = mount_dirs(Config, "ro"),
    ok = file:write_file(filename:join(Src, "f"), <<"data">>),
    C = mount_child(Drv),
    {ok, FD} = alcove:open_tree(Drv, [C], at_fdcwd, Src, [
        open_tree_clone, open_tree_cloexec, at_recursive
    ]),
    ok = alcove:mount_setattr(Drv, [C], FD, "", [at_empty_path, at_recursive], #{
        attr_set => [mount_attr_rdonly, mount_attr_nosuid], propagation => ms_private
    }),
    ok = alcove:move_mount(Drv, [C], FD, "", at_fdcwd, Dst, [move_mount_f_empty_path]),
    {error, erofs} = alcove:open(Drv, [C], filename:join(Dst, "f"), [o_wronly], 0),
    {error, erofs} = alcove:open(Drv, [C], filename:join(Dst, "new"), [o_wronly, o_creat], 8#644),
    {ok, _} = alcove:open(Drv, [C], filename:join(Src, "f"), [o_wronly], 0),
    %% the child sees the file through the bind; the port's namespace
    %% does not have the mount
    {ok, <<"data">>} = file:read_file(proc_root(C, filename:join(Dst, "f"))),
    {error, enoent} = file:read_file(filename:join(Dst, "f")),
    %% attr_clr takes it back
    {ok, Mnt} = alcove:open(Drv, [C], Dst, [o_path, o_cloexec], 0),
    ok = alcove:mount_setattr(Drv, [C], Mnt, "", [at_empty_path], #{attr_clr => [mount_attr_rdonly]}),
    {ok, _} = alcove:open(Drv, [C], filename:join(Dst, "f"), [o_wronly], 0).

%% An idmapped mount: files owned by root show as owned by the uid and
%% gid that root maps to in the user namespace given as userns_fd.
mount_idmap(Config) ->
    Drv = ?config(drv, Config),
    {Src, Dst} = mount_dirs(Config, "idmap"),
    File = filename:join(Src, "owned"),
    ok = file:write_file(File, <<>>),
    ok = file:change_owner(File, 0, 0),
    {ok, U} = alcove:clone(Drv, [], [clone_newuser]),
    ok = file:write_file(proc(U, "uid_map"), <<"0 4242 1\n">>),
    ok = file:write_file(proc(U, "gid_map"), <<"0 4343 1\n">>),
    C = mount_child(Drv),
    {ok, UserNS} = alcove:open(Drv, [C], proc(U, "ns/user"), [o_rdonly, o_cloexec], 0),
    {ok, FD} = alcove:open_tree(Drv, [C], at_fdcwd, Src, [open_tree_clone, open_tree_cloexec]),
    case
        alcove:mount_setattr(Drv, [C], FD, "", [at_empty_path], #{
            attr_set => [mount_attr_idmap], userns_fd => UserNS
        })
    of
        ok -> ok;
        {error, einval} -> throw({skip, "filesystem of priv_dir has no idmapped mounts"})
    end,
    ok = alcove:move_mount(Drv, [C], FD, "", at_fdcwd, Dst, [move_mount_f_empty_path]),
    {ok, #file_info{uid = 4242, gid = 4343}} =
        file:read_file_info(proc_root(C, filename:join(Dst, "owned"))),
    {ok, #file_info{uid = 0, gid = 0}} = file:read_file_info(File).

%% fsopen + fsconfig + fsmount + move_mount: a new tmpfs with options.
mount_fsopen(Config) ->
    Drv = ?config(drv, Config),
    {_, Dst} = mount_dirs(Config, "fs"),
    C = mount_child(Drv),
    {error, enodev} = alcove:fsopen(Drv, [C], "nosuchfs", [fsopen_cloexec]),
    {ok, FS} = alcove:fsopen(Drv, [C], "tmpfs", [fsopen_cloexec]),
    ok = alcove:fsconfig(Drv, [C], FS, fsconfig_set_string, "size", "1m", 0),
    ok = alcove:fsconfig(Drv, [C], FS, fsconfig_set_string, <<"mode">>, ["07", "00"], 0),
    {error, einval} = alcove:fsconfig(Drv, [C], FS, fsconfig_set_string, "nosuchoption", "1", 0),
    ok = alcove:fsconfig(Drv, [C], FS, fsconfig_cmd_create, [], [], 0),
    {ok, M} = alcove:fsmount(Drv, [C], FS, [fsmount_cloexec], [mount_attr_nodev, mount_attr_noexec]),
    ok = alcove:move_mount(Drv, [C], M, "", at_fdcwd, Dst, [move_mount_f_empty_path]),
    {ok, Info} = file:read_file(proc(C, "mountinfo")),
    [Line] = [L || L <- binary:split(Info, <<"\n">>, [global]), binary:match(L, list_to_binary(Dst)) =/= nomatch],
    {match, _} = re:run(Line, "nodev,noexec.* - tmpfs .*size=1024k"),
    {ok, F} = alcove:open(Drv, [C], filename:join(Dst, "x"), [o_wronly, o_creat], 8#644),
    {ok, 3} = alcove:write(Drv, [C], F, <<"abc">>).

mount_badarg(Config) ->
    Drv = ?config(drv, Config),
    badargs([
        fun() -> alcove:open_tree(Drv, [], at_nowhere, "/", []) end,
        fun() -> alcove:open_tree(Drv, [], at_fdcwd, x, []) end,
        fun() -> alcove:open_tree(Drv, [], at_fdcwd, "/", open_tree_clone) end,
        fun() -> alcove:move_mount(Drv, [], 3, "", x, "/", []) end,
        fun() -> alcove:move_mount(Drv, [], 3, "a\0", at_fdcwd, "/", []) end,
        fun() -> alcove:mount_setattr(Drv, [], 3, "", [], #{other => 1}) end,
        fun() -> alcove:mount_setattr(Drv, [], 3, "", [], #{attr_set => mount_attr_rdonly}) end,
        fun() -> alcove:mount_setattr(Drv, [], 3, "", [], #{userns_fd => x}) end,
        fun() -> alcove:mount_setattr(Drv, [], 3, "", [], [attr_set]) end,
        fun() -> alcove:fsopen(Drv, [], "", []) end,
        fun() -> alcove:fsconfig(Drv, [], 3, fsconfig_set_flag, x, [], 0) end,
        fun() -> alcove:fsconfig(Drv, [], 3, fsconfig_set_string, "a\0b", "v", 0) end,
        fun() -> alcove:fsconfig(Drv, [], 3, fsconfig_set_flag, "ro", [], x) end,
        fun() -> alcove:fsmount(Drv, [], 3, [], mount_attr_rdonly) end
    ]),
    {error, enotsup} = alcove:open_tree(Drv, [], at_fdcwd, "/", [open_tree_nope]),
    {error, enotsup} = alcove:move_mount(Drv, [], 3, "", at_fdcwd, "/", [move_mount_nope]),
    {error, enotsup} = alcove:mount_setattr(Drv, [], 3, "", [], #{attr_set => [mount_attr_nope]}),
    {error, enotsup} = alcove:mount_setattr(Drv, [], 3, "", [], #{propagation => ms_nope}),
    {error, enotsup} = alcove:fsopen(Drv, [], "tmpfs", [fsopen_nope]),
    {error, enotsup} = alcove:fsconfig(Drv, [], 3, fsconfig_nope, [], [], 0),
    {error, enotsup} = alcove:fsmount(Drv, [], 3, [], [mount_attr_nope]),
    true = alcove:define(Drv, [], mount_attr_rdonly) > 0,
    true = alcove:define(Drv, [], open_tree_clone) > 0,
    alive(Drv).

%%====================================================================
%% Helpers
%%====================================================================

%% A child in a new mount namespace whose mounts do not propagate back.
mount_child(Drv) ->
    {ok, C} = alcove:clone(Drv, [], [clone_newns]),
    ok = alcove:mount(Drv, [C], "none", "/", "", [ms_rec, ms_private], "", ""),
    C.

mount_dirs(Config, Name) ->
    Base = filename:join(?config(priv_dir, Config), "mount_" ++ Name),
    Src = filename:join(Base, "src"),
    Dst = filename:join(Base, "dst"),
    ok = filelib:ensure_dir(filename:join(Src, "x")),
    ok = filelib:ensure_dir(filename:join(Dst, "x")),
    {Src, Dst}.

proc(Pid, File) ->
    "/proc/" ++ integer_to_list(Pid) ++ "/" ++ File.

%% A path as the process Pid sees it (its mount namespace).
proc_root(Pid, Path) ->
    proc(Pid, "root") ++ Path.


proc_cgroup(Pid) ->
    {ok, Data} = file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/cgroup"),
    binary:split(Data, <<"\n">>, [global, trim]).

%% Make a child of the pipeline exit and wait for its exit event.
stop_child(Drv, Pipeline) ->
    ok = alcove:exit(Drv, Pipeline, 0),
    %% the event comes once the child is reaped: it has left its group
    receive
        {alcove_event, Drv, Pipeline, {exit_status, 0}} -> ok
    after ?TIMEOUT -> error({no_exit, Pipeline})
    end.

badargs(Funs) ->
    lists:foreach(
        fun(F) ->
            case catch F() of
                {'EXIT', {badarg, _}} -> ok;
                Other -> ct:fail({not_badarg, F, Other})
            end
        end,
        Funs
    ).

%% Open /dev/null until descriptor FD is the one returned.
open_until(_Drv, _Pipeline, _FD, 0) ->
    error(fd_not_reused);
open_until(Drv, Pipeline, FD, N) ->
    case alcove:open(Drv, Pipeline, "/dev/null", [o_rdonly], 0) of
        {ok, FD} -> ok;
        {ok, _} -> open_until(Drv, Pipeline, FD, N - 1)
    end.

%% The loop still answers.
alive(Drv) ->
    Pid = alcove:getpid(Drv, []),
    true = is_integer(Pid) andalso Pid > 0,
    ok.
