%%% Files, descriptors, environment, credentials, limits, priorities,
%%% sessions and sockets: every call has a success case, an errno case
%%% (where the call can fail at all) and a malformed-argument case after
%%% which the process still answers. Runs as root.
-module(alcove_fs_SUITE).

-include("alcove_test.hrl").
-include_lib("kernel/include/file.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    open/1,
    read/1,
    write/1,
    lseek/1,
    fcntl/1,
    fcntl_cloexec_fd5/1,
    constants/1,
    select/1,
    readdir/1,
    mkdir_rmdir/1,
    link_symlink_unlink/1,
    mkfifo/1,
    chmod_chown/1,
    chmod_chown_as_nobody/1,
    chdir_getcwd/1,
    getcwd_removed/1,
    iolist_to_bin/1,
    env/1,
    clearenv/1,
    hostname/1,
    sethostname_uts/1,
    uid_gid/1,
    setresuid_setresgid/1,
    groups/1,
    getrlimit/1,
    setrlimit/1,
    setrlimit_nofile_maxchild/1,
    priority/1,
    priority_pgrp/1,
    pgrp_sid/1,
    setproctitle/1,
    socket/1,
    zero_arity_badarg/1,
    read_4mib_depth3/1,
    readdir_20000/1,
    environ_1mib/1
]).

-define(BADARG(Expr), {'EXIT', {badarg, _}} = (catch Expr)).

all() ->
    [
        open,
        read,
        write,
        lseek,
        fcntl,
        fcntl_cloexec_fd5,
        constants,
        select,
        readdir,
        mkdir_rmdir,
        link_symlink_unlink,
        mkfifo,
        chmod_chown,
        chmod_chown_as_nobody,
        chdir_getcwd,
        getcwd_removed,
        iolist_to_bin,
        env,
        clearenv,
        hostname,
        sethostname_uts,
        uid_gid,
        setresuid_setresgid,
        groups,
        getrlimit,
        setrlimit,
        setrlimit_nofile_maxchild,
        priority,
        priority_pgrp,
        pgrp_sid,
        setproctitle,
        socket,
        zero_arity_badarg,
        read_4mib_depth3,
        readdir_20000,
        environ_1mib
    ].

init_per_testcase(Case, Config) ->
    Dir = filename:join(
        "/tmp",
        lists:flatten(
            io_lib:format("alcove_fs_SUITE.~s.~s", [Case, os:getpid()])
        )
    ),
    _ = file:del_dir_r(Dir),
    ok = file:make_dir(Dir),
    Drv = start_drv(),
    %% sticky and world-writable, like /tmp: uid 65534 may work in it
    %% (file:change_mode/2 drops the sticky bit)
    ok = alcove:chmod(Drv, [], Dir, 8#1777),
    [{drv, Drv}, {dir, Dir} | Config].

%% No process may have died of an oversized reply (status 111).
end_per_testcase(_Case, Config) ->
    Drv = ?config(drv, Config),
    Msgs = flush_msgs(Drv),
    stop_drv(Drv),
    _ = file:del_dir_r(?config(dir, Config)),
    case [M || {alcove_event, _, {exit_status, 111}} = M <- Msgs] of
        [] -> ok;
        Bad -> {fail, {exit_status_111, Bad}}
    end.

%%
%% Helpers
%%

%% The process still answers calls.
alive(Drv, Pipeline) ->
    true = is_integer(alcove:getpid(Drv, Pipeline)).

child(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {Drv, [C]}.

path(Config, Name) ->
    filename:join(?config(dir, Config), Name).

toolong() ->
    lists:duplicate(4096, $a).

%%
%% Descriptors
%%

%% open returns a new fd; a missing file is enoent whatever the flag
%% syntax; a bare atom, bad path or mode is badarg; an unknown flag is enotsup.
open(Config) ->
    {Drv, P} = child(Config),
    File = path(Config, "open"),
    {ok, FD} = alcove:open(Drv, P, File, [o_wronly, o_creat, o_excl], 8#644),
    true = is_integer(FD) andalso FD > 2,
    {error, eexist} = alcove:open(Drv, P, File, [o_wronly, o_creat, o_excl], 8#644),
    Missing = path(Config, "missing"),
    {error, enoent} = alcove:open(Drv, P, Missing, 0, 0),
    {error, enoent} = alcove:open(Drv, P, Missing, [0], 0),
    {error, enoent} = alcove:open(Drv, P, Missing, [o_rdonly, o_cloexec], 0),
    {error, enotsup} = alcove:open(Drv, P, File, [o_nonexistent], 0),
    ?BADARG(alcove:open(Drv, P, File, o_rdonly, 0)),
    ?BADARG(alcove:open(Drv, P, "", [o_rdonly], 0)),
    ?BADARG(alcove:open(Drv, P, toolong(), [o_rdonly], 0)),
    ?BADARG(alcove:open(Drv, P, File, [o_rdonly], -1)),
    ?BADARG(alcove:open(Drv, P, [<<"/tmp">>, 0], [o_rdonly], 0)),
    alive(Drv, P).

%% read returns what one read(2) gave (<<>> at EOF); ebadf on a closed fd;
%% a negative count or an out-of-range fd is badarg.
read(Config) ->
    {Drv, P} = child(Config),
    File = path(Config, "read"),
    ok = file:write_file(File, <<"0123456789">>),
    {ok, FD} = alcove:open(Drv, P, File, [o_rdonly], 0),
    {ok, <<"0123">>} = alcove:read(Drv, P, FD, 4),
    {ok, <<"456789">>} = alcove:read(Drv, P, FD, 100),
    {ok, <<>>} = alcove:read(Drv, P, FD, 100),
    {ok, <<>>} = alcove:read(Drv, P, FD, 0),
    ok = alcove:close(Drv, P, FD),
    {error, ebadf} = alcove:read(Drv, P, FD, 10),
    ?BADARG(alcove:read(Drv, P, FD, -1)),
    ?BADARG(alcove:read(Drv, P, 1 bsl 31, 1)),
    ?BADARG(alcove:read(Drv, P, FD, 1 bsl 64)),
    ?BADARG(alcove:read(Drv, P, FD, foo)),
    alive(Drv, P).

%% write reports the count written; ebadf on a read-only fd; data that is
%% not iodata is badarg.
write(Config) ->
    {Drv, P} = child(Config),
    File = path(Config, "write"),
    {ok, FD} = alcove:open(Drv, P, File, [o_wronly, o_creat, o_trunc], 8#644),
    {ok, 5} = alcove:write(Drv, P, FD, [<<"he">>, "l", [$l, [<<"o">>]]]),
    {ok, 0} = alcove:write(Drv, P, FD, <<>>),
    {ok, <<"hello">>} = file:read_file(File),
    {ok, RO} = alcove:open(Drv, P, File, [o_rdonly], 0),
    {error, ebadf} = alcove:write(Drv, P, RO, <<"x">>),
    {error, ebadf} = alcove:write(Drv, P, 1000, <<"x">>),
    ?BADARG(alcove:write(Drv, P, FD, 256)),
    ?BADARG(alcove:write(Drv, P, FD, [256])),
    ?BADARG(alcove:write(Drv, P, FD, [foo])),
    alive(Drv, P).

%% lseek returns ok and moves the offset; espipe on a pipe; an offset
%% outside int64 is badarg.
lseek(Config) ->
    {Drv, P} = child(Config),
    File = path(Config, "lseek"),
    ok = file:write_file(File, <<"abcdef">>),
    {ok, FD} = alcove:open(Drv, P, File, [o_rdonly], 0),
    ok = alcove:lseek(Drv, P, FD, 3, 0),
    {ok, <<"def">>} = alcove:read(Drv, P, FD, 10),
    ok = alcove:lseek(Drv, P, FD, -2, 2),
    {ok, <<"ef">>} = alcove:read(Drv, P, FD, 10),
    %% the child's stdin is a pipe
    {error, espipe} = alcove:lseek(Drv, P, 0, 0, 0),
    {error, einval} = alcove:lseek(Drv, P, FD, 0, 12345),
    ?BADARG(alcove:lseek(Drv, P, FD, 1 bsl 63, 0)),
    ?BADARG(alcove:lseek(Drv, P, FD, 0, seek_set)),
    alive(Drv, P).

%% fcntl returns the raw result; ebadf for a closed fd; an unknown command
%% atom is enotsup, a non-integer argument or a list command is badarg.
fcntl(Config) ->
    {Drv, P} = child(Config),
    {ok, FD} = alcove:open(Drv, P, "/dev/null", [o_rdwr, o_nonblock], 0),
    {ok, Fl} = alcove:fcntl(Drv, P, FD, f_getfl, 0),
    NB = alcove:file_constant(Drv, P, o_nonblock),
    NB = Fl band NB,
    {ok, 0} = alcove:fcntl(Drv, P, FD, f_setfl, 0),
    {ok, Fl2} = alcove:fcntl(Drv, P, FD, f_getfl, 0),
    0 = Fl2 band NB,
    {error, ebadf} = alcove:fcntl(Drv, P, 1000, f_getfd, 0),
    {error, enotsup} = alcove:fcntl(Drv, P, FD, f_nonexistent, 0),
    ?BADARG(alcove:fcntl(Drv, P, FD, f_getfd, foo)),
    ?BADARG(alcove:fcntl(Drv, P, FD, [f_getfd], 0)),
    ?BADARG(alcove:fcntl(Drv, P, FD, f_setfd, 1 bsl 32)),
    alive(Drv, P).

%% FD_CLOEXEC on a child's fd 5 can be cleared and restored (upstream fcntl).
fcntl_cloexec_fd5(Config) ->
    {Drv, P} = child(Config),
    Cloexec = alcove:fcntl_constant(Drv, P, fd_cloexec),
    {ok, Cloexec} = alcove:fcntl(Drv, P, 5, f_getfd, 0),
    {ok, 0} = alcove:fcntl(Drv, P, 5, f_setfd, 0),
    {ok, 0} = alcove:fcntl(Drv, P, 5, f_getfd, 0),
    {ok, 0} = alcove:fcntl(Drv, P, 5, f_setfd, Cloexec),
    {ok, Cloexec} = alcove:fcntl(Drv, P, 5, f_getfd, 0).

%% fcntl_constant, file_constant and rlimit_constant give the same value in
%% the port and a child, 'unknown' for a missing name (they have no errno
%% case) and badarg for a non-atom.
constants(Config) ->
    {Drv, P} = child(Config),
    lists:foreach(
        fun({F, Name}) ->
            V = alcove:F(Drv, [], Name),
            true = is_integer(V),
            V = alcove:F(Drv, P, Name),
            V = alcove:F(Drv, P, list_to_atom(string:uppercase(atom_to_list(Name)))),
            unknown = alcove:F(Drv, P, nonexist),
            ?BADARG(alcove:F(Drv, P, "o_rdonly")),
            ?BADARG(alcove:F(Drv, P, 1))
        end,
        [
            {fcntl_constant, fd_cloexec},
            {file_constant, o_rdonly},
            {rlimit_constant, rlimit_nofile}
        ]
    ),
    1 = alcove:fcntl_constant(Drv, P, fd_cloexec),
    alive(Drv, P).

%% select reports /dev/null readable and writable with [] and with a
%% timeval (upstream select); a closed fd or one >= FD_SETSIZE is ebadf; a
%% malformed fd list or timeout is badarg.
select(Config) ->
    {Drv, P} = child(Config),
    {ok, FD} = alcove:open(Drv, P, "/dev/null", [o_rdwr], 0),
    {ok, [FD], [FD], []} = alcove:select(Drv, P, [FD], [FD], [], []),
    {ok, [FD], [FD], []} = alcove:select(
        Drv, P, [FD], [FD], [FD], #alcove_timeval{sec = 1, usec = 0}
    ),
    %% ascending, duplicates once
    {ok, FD2} = alcove:open(Drv, P, "/dev/null", [o_rdwr], 0),
    {ok, [FD, FD2], [], []} = alcove:select(Drv, P, [FD2, FD, FD2], [], [], []),
    %% a timeout with nothing ready
    {ok, [], [], []} = alcove:select(Drv, P, [], [], [], #alcove_timeval{usec = 1000}),
    {error, ebadf} = alcove:select(Drv, P, [FD, 1000], [], [], []),
    {error, ebadf} = alcove:select(Drv, P, [], [FD, 1024], [], []),
    {error, ebadf} = alcove:select(Drv, P, [-1], [], [], []),
    ?BADARG(alcove:select(Drv, P, [foo], [], [], [])),
    ?BADARG(alcove:select(Drv, P, [], [], [], {alcove_timeval, -1, 0})),
    ?BADARG(alcove:select(Drv, P, [], [], [], {timeval, 0, 0})),
    ?BADARG(alcove:select(Drv, P, [], [], [], 0)),
    alive(Drv, P).

%% readdir lists every entry with . and ..; enoent/enotdir fail; an empty
%% or too long path is badarg.
readdir(Config) ->
    {Drv, P} = child(Config),
    Dir = path(Config, "rd"),
    ok = file:make_dir(Dir),
    ok = file:write_file(filename:join(Dir, "a"), <<>>),
    ok = file:make_dir(filename:join(Dir, "b")),
    {ok, Names} = alcove:readdir(Drv, P, Dir),
    [<<".">>, <<"..">>, <<"a">>, <<"b">>] = lists:sort(Names),
    {error, enoent} = alcove:readdir(Drv, P, path(Config, "missing")),
    {error, enotdir} = alcove:readdir(Drv, P, filename:join(Dir, "a")),
    ?BADARG(alcove:readdir(Drv, P, "")),
    ?BADARG(alcove:readdir(Drv, P, toolong())),
    alive(Drv, P).

%% mkdir and rmdir: eexist, enotempty and enoent; a bad mode or path is badarg.
mkdir_rmdir(Config) ->
    {Drv, P} = child(Config),
    Dir = path(Config, "d"),
    ok = alcove:mkdir(Drv, P, Dir, 8#750),
    {ok, #file_info{type = directory, mode = Mode}} = file:read_file_info(Dir),
    8#750 = Mode band 8#777,
    {error, eexist} = alcove:mkdir(Drv, P, Dir, 8#755),
    {error, enoent} = alcove:mkdir(Drv, P, path(Config, "no/such"), 8#755),
    ok = file:write_file(filename:join(Dir, "f"), <<>>),
    {error, enotempty} = alcove:rmdir(Drv, P, Dir),
    ok = file:delete(filename:join(Dir, "f")),
    ok = alcove:rmdir(Drv, P, Dir),
    {error, enoent} = alcove:rmdir(Drv, P, Dir),
    ?BADARG(alcove:mkdir(Drv, P, Dir, foo)),
    ?BADARG(alcove:mkdir(Drv, P, Dir, 1 bsl 32)),
    ?BADARG(alcove:mkdir(Drv, P, "", 8#755)),
    ?BADARG(alcove:rmdir(Drv, P, "")),
    ?BADARG(alcove:rmdir(Drv, P, toolong())),
    alive(Drv, P).

%% symlink to the executable and a hard link, then unlink both (upstream
%% symlink); existing names are eexist; bad paths are badarg.
link_symlink_unlink(Config) ->
    {Drv, P} = child(Config),
    Exe = alcove_drv:progname(),
    Sym = path(Config, "sym"),
    ok = alcove:symlink(Drv, P, Exe, Sym),
    {ok, Target} = file:read_link(Sym),
    Exe = Target,
    {error, eexist} = alcove:symlink(Drv, P, Exe, Sym),
    File = path(Config, "file"),
    ok = file:write_file(File, <<"x">>),
    Hard = path(Config, "hard"),
    ok = alcove:link(Drv, P, File, Hard),
    {ok, <<"x">>} = file:read_file(Hard),
    {error, eexist} = alcove:link(Drv, P, File, Hard),
    {error, enoent} = alcove:link(Drv, P, path(Config, "missing"), path(Config, "h2")),
    ok = alcove:unlink(Drv, P, Sym),
    ok = alcove:unlink(Drv, P, Hard),
    {error, enoent} = alcove:unlink(Drv, P, Hard),
    ?BADARG(alcove:symlink(Drv, P, "", Sym)),
    ?BADARG(alcove:symlink(Drv, P, Exe, toolong())),
    ?BADARG(alcove:link(Drv, P, File, "")),
    ?BADARG(alcove:link(Drv, P, toolong(), Hard)),
    alive(Drv, P).

%% A FIFO made in a child carries data written by the port (upstream
%% mkfifo); eexist on an existing name; a bad mode is badarg.
mkfifo(Config) ->
    {Drv, P} = child(Config),
    Fifo = path(Config, "fifo"),
    ok = alcove:mkfifo(Drv, P, Fifo, 8#700),
    {ok, #file_info{type = other}} = file:read_file_info(Fifo),
    {error, eexist} = alcove:mkfifo(Drv, P, Fifo, 8#700),
    {ok, R} = alcove:open(Drv, P, Fifo, [o_rdonly, o_nonblock], 0),
    {ok, W} = alcove:open(Drv, [], Fifo, [o_wronly], 0),
    {ok, 4} = alcove:write(Drv, [], W, <<"test">>),
    {ok, <<"test">>} = alcove:read(Drv, P, R, 4),
    ok = alcove:close(Drv, [], W),
    ok = alcove:unlink(Drv, P, Fifo),
    ?BADARG(alcove:mkfifo(Drv, P, Fifo, -1)),
    ?BADARG(alcove:mkfifo(Drv, P, "", 8#700)),
    alive(Drv, P).

%% chmod and chown change the inode; enoent for a missing path; a mode or
%% id out of uint32 is badarg.
chmod_chown(Config) ->
    {Drv, P} = child(Config),
    File = path(Config, "f"),
    ok = file:write_file(File, <<>>),
    ok = alcove:chmod(Drv, P, File, 8#604),
    ok = alcove:chown(Drv, P, File, 65534, 65533),
    {ok, #file_info{mode = Mode, uid = 65534, gid = 65533}} = file:read_file_info(File),
    8#604 = Mode band 8#7777,
    {error, enoent} = alcove:chmod(Drv, P, path(Config, "missing"), 8#600),
    {error, enoent} = alcove:chown(Drv, P, path(Config, "missing"), 0, 0),
    ?BADARG(alcove:chmod(Drv, P, File, -1)),
    ?BADARG(alcove:chmod(Drv, P, File, 1 bsl 32)),
    ?BADARG(alcove:chown(Drv, P, File, -1, 0)),
    ?BADARG(alcove:chown(Drv, P, File, 0, 1 bsl 32)),
    ?BADARG(alcove:chown(Drv, P, "", 0, 0)),
    alive(Drv, P).

%% As uid 65534: chmod 000 makes readdir fail with eacces; chown to root
%% is eperm; a root-owned directory in a sticky directory cannot be removed
%% (eperm) until it is chowned back (upstream chmod).
chmod_chown_as_nobody(Config) ->
    {Drv, P} = child(Config),
    ok = alcove:setgid(Drv, P, 65534),
    ok = alcove:setuid(Drv, P, 65534),
    Dir = path(Config, "nobody"),
    ok = alcove:mkdir(Drv, P, Dir, 8#700),
    {ok, _} = alcove:readdir(Drv, P, Dir),
    ok = alcove:chmod(Drv, P, Dir, 8#000),
    {error, eacces} = alcove:readdir(Drv, P, Dir),
    {error, eperm} = alcove:chown(Drv, P, Dir, 0, 0),
    ok = alcove:chown(Drv, [], Dir, 0, 0),
    {error, eperm} = alcove:rmdir(Drv, P, Dir),
    {error, eperm} = alcove:chmod(Drv, P, Dir, 8#700),
    ok = alcove:chown(Drv, [], Dir, 65534, 65534),
    ok = alcove:rmdir(Drv, P, Dir).

%% chdir then getcwd (upstream chdir); enoent/enotdir; bad path is badarg.
chdir_getcwd(Config) ->
    {Drv, P} = child(Config),
    ok = alcove:chdir(Drv, P, "/"),
    {ok, <<"/">>} = alcove:getcwd(Drv, P),
    Dir = ?config(dir, Config),
    ok = alcove:chdir(Drv, P, Dir),
    {ok, Cwd} = alcove:getcwd(Drv, P),
    Dir = binary_to_list(Cwd),
    %% relative to the new cwd
    ok = alcove:mkdir(Drv, P, "rel", 8#755),
    true = filelib:is_dir(filename:join(Dir, "rel")),
    {error, enoent} = alcove:chdir(Drv, P, "/nonexistent/dir"),
    {error, enotdir} = alcove:chdir(Drv, P, "/dev/null"),
    ?BADARG(alcove:chdir(Drv, P, "")),
    ?BADARG(alcove:chdir(Drv, P, toolong())),
    ?BADARG(alcove:chdir(Drv, P, [<<"/">> | foo])),
    alive(Drv, P).

%% getcwd fails with enoent once the working directory is removed.
getcwd_removed(Config) ->
    {Drv, P} = child(Config),
    Dir = path(Config, "gone"),
    ok = file:make_dir(Dir),
    ok = alcove:chdir(Drv, P, Dir),
    ok = file:del_dir(Dir),
    {error, enoent} = alcove:getcwd(Drv, P),
    alive(Drv, P).

%% iolist_to_bin matches iolist_to_binary/1; 16 list levels are accepted,
%% 17 are badarg, as are a bare integer and an integer > 255 (upstream
%% iodata).
iolist_to_bin(Config) ->
    {Drv, P} = child(Config),
    Mixed = [
        <<"foo">>,
        "bar",
        [$1, [$2, <<"3">>], [[[]]], <<>>],
        [[<<"x">> | <<"tail">>]],
        255,
        0
    ],
    Bin = iolist_to_binary(Mixed),
    Bin = alcove:iolist_to_bin(Drv, P, Mixed),
    Bin = alcove:iolist_to_bin(Drv, [], Mixed),
    <<"abc">> = alcove:iolist_to_bin(Drv, P, <<"abc">>),
    <<"abc">> = alcove:iolist_to_bin(Drv, P, "abc"),
    <<>> = alcove:iolist_to_bin(Drv, P, []),
    Nest = fun(N) -> lists:foldl(fun(_, A) -> [A] end, <<"x">>, lists:seq(1, N)) end,
    <<"x">> = alcove:iolist_to_bin(Drv, P, Nest(16)),
    ?BADARG(alcove:iolist_to_bin(Drv, P, Nest(17))),
    ?BADARG(alcove:iolist_to_bin(Drv, P, 10)),
    ?BADARG(alcove:iolist_to_bin(Drv, P, [256])),
    ?BADARG(alcove:iolist_to_bin(Drv, P, [-1])),
    ?BADARG(alcove:iolist_to_bin(Drv, P, [foo])),
    alive(Drv, P).

%% getenv/setenv/unsetenv/environ on one process (upstream env): unset is
%% false, overwrite 0 keeps the value; a name with '=' is einval; an empty
%% name or a non-integer overwrite is badarg.
env(Config) ->
    {Drv, P} = child(Config),
    false = alcove:getenv(Drv, P, "ALCOVE_FS_TEST"),
    ok = alcove:setenv(Drv, P, "ALCOVE_FS_TEST", "one", 0),
    <<"one">> = alcove:getenv(Drv, P, "ALCOVE_FS_TEST"),
    ok = alcove:setenv(Drv, P, "ALCOVE_FS_TEST", "two", 0),
    <<"one">> = alcove:getenv(Drv, P, [<<"ALCOVE_">>, "FS_TEST"]),
    ok = alcove:setenv(Drv, P, "ALCOVE_FS_TEST", "two", 1),
    <<"two">> = alcove:getenv(Drv, P, "ALCOVE_FS_TEST"),
    Env = alcove:environ(Drv, P),
    true = lists:member(<<"ALCOVE_FS_TEST=two">>, Env),
    true = lists:all(fun erlang:is_binary/1, Env),
    %% the port's environment is its own
    false = alcove:getenv(Drv, [], "ALCOVE_FS_TEST"),
    ok = alcove:unsetenv(Drv, P, "ALCOVE_FS_TEST"),
    false = alcove:getenv(Drv, P, "ALCOVE_FS_TEST"),
    ok = alcove:unsetenv(Drv, P, "ALCOVE_FS_TEST"),
    {error, einval} = alcove:setenv(Drv, P, "A=B", "x", 1),
    {error, einval} = alcove:unsetenv(Drv, P, "A=B"),
    false = alcove:getenv(Drv, P, "A=B"),
    ?BADARG(alcove:getenv(Drv, P, "")),
    ?BADARG(alcove:getenv(Drv, P, foo)),
    ?BADARG(alcove:setenv(Drv, P, "", "x", 1)),
    ?BADARG(alcove:setenv(Drv, P, "X", "x", true)),
    ?BADARG(alcove:setenv(Drv, P, "X", 1, 1)),
    ?BADARG(alcove:unsetenv(Drv, P, [])),
    alive(Drv, P).

%% clearenv empties environ (upstream env); it cannot fail, and a child
%% forked afterwards inherits the empty environment.
clearenv(Config) ->
    {Drv, P} = child(Config),
    [_ | _] = alcove:environ(Drv, P),
    ok = alcove:clearenv(Drv, P),
    [] = alcove:environ(Drv, P),
    ok = alcove:clearenv(Drv, P),
    {ok, G} = alcove:fork(Drv, P),
    [] = alcove:environ(Drv, P ++ [G]),
    [_ | _] = alcove:environ(Drv, []).

%% gethostname returns a binary; sethostname as uid 65534 is eperm; names
%% of HOST_NAME_MAX (64) bytes or empty are badarg.
hostname(Config) ->
    {Drv, P} = child(Config),
    {ok, Name} = alcove:gethostname(Drv, P),
    true = is_binary(Name) andalso byte_size(Name) > 0,
    {ok, Name} = alcove:gethostname(Drv, []),
    ?BADARG(alcove:sethostname(Drv, P, lists:duplicate(64, $a))),
    ?BADARG(alcove:sethostname(Drv, P, "")),
    ?BADARG(alcove:sethostname(Drv, P, 7)),
    ok = alcove:setuid(Drv, P, 65534),
    {error, eperm} = alcove:sethostname(Drv, P, "nobody"),
    alive(Drv, P).

%% In a new UTS namespace sethostname changes only the child's name
%% (upstream sethostname); 63 bytes is the longest name.
sethostname_uts(Config) ->
    Drv = ?config(drv, Config),
    {ok, Host} = alcove:gethostname(Drv, []),
    {ok, C} = alcove:clone(Drv, [], [clone_newuts]),
    ok = alcove:sethostname(Drv, [C], "alcove-fs"),
    {ok, <<"alcove-fs">>} = alcove:gethostname(Drv, [C]),
    Long = list_to_binary(lists:duplicate(63, $h)),
    ok = alcove:sethostname(Drv, [C], Long),
    {ok, Long} = alcove:gethostname(Drv, [C]),
    {ok, Host} = alcove:gethostname(Drv, []).

%% setgid/setuid 65534 are read back by getgid/getuid (upstream
%% setgid/setuid); regaining root is eperm; -1 is badarg.
uid_gid(Config) ->
    {Drv, P} = child(Config),
    0 = alcove:getuid(Drv, P),
    0 = alcove:getgid(Drv, P),
    ?BADARG(alcove:setuid(Drv, P, -1)),
    ?BADARG(alcove:setgid(Drv, P, -1)),
    ?BADARG(alcove:setuid(Drv, P, 1 bsl 32)),
    ?BADARG(alcove:setgid(Drv, P, nobody)),
    ok = alcove:setgid(Drv, P, 65534),
    65534 = alcove:getgid(Drv, P),
    ok = alcove:setuid(Drv, P, 65534),
    65534 = alcove:getuid(Drv, P),
    {error, eperm} = alcove:setuid(Drv, P, 0),
    {error, eperm} = alcove:setgid(Drv, P, 0),
    0 = alcove:getuid(Drv, []),
    alive(Drv, P).

%% setresuid/setresgid set the three ids read back by getresuid/getresgid;
%% 16#ffffffff leaves one unchanged; regaining root is eperm; -1 is badarg.
setresuid_setresgid(Config) ->
    {Drv, P} = child(Config),
    {ok, 0, 0, 0} = alcove:getresuid(Drv, P),
    {ok, 0, 0, 0} = alcove:getresgid(Drv, P),
    ?BADARG(alcove:setresuid(Drv, P, -1, 0, 0)),
    ?BADARG(alcove:setresgid(Drv, P, 0, 0, 1 bsl 32)),
    ok = alcove:setresgid(Drv, P, 65534, 65533, 16#ffffffff),
    {ok, 65534, 65533, 0} = alcove:getresgid(Drv, P),
    ok = alcove:setresgid(Drv, P, 16#ffffffff, 16#ffffffff, 65532),
    {ok, 65534, 65533, 65532} = alcove:getresgid(Drv, P),
    ok = alcove:setresuid(Drv, P, 65534, 65533, 65532),
    {ok, 65534, 65533, 65532} = alcove:getresuid(Drv, P),
    {error, eperm} = alcove:setresuid(Drv, P, 0, 0, 0),
    {error, eperm} = alcove:setresgid(Drv, P, 0, 0, 0),
    %% an unprivileged process may swap among its own ids
    ok = alcove:setresuid(Drv, P, 65532, 65534, 65533),
    {ok, 65532, 65534, 65533} = alcove:getresuid(Drv, P),
    alive(Drv, P).

%% setgroups/getgroups round trip, in reverse kernel order; [] empties;
%% as uid 65534 setgroups is eperm; a negative or non-integer gid is badarg.
groups(Config) ->
    {Drv, P} = child(Config),
    ok = alcove:setgroups(Drv, P, [10000, 10001, 10002]),
    {ok, G1} = alcove:getgroups(Drv, P),
    [10000, 10001, 10002] = lists:sort(G1),
    ok = alcove:setgroups(Drv, P, [3, 1, 2]),
    {ok, [3, 2, 1]} = alcove:getgroups(Drv, P),
    ok = alcove:setgroups(Drv, P, []),
    {ok, []} = alcove:getgroups(Drv, P),
    ?BADARG(alcove:setgroups(Drv, P, [-1])),
    ?BADARG(alcove:setgroups(Drv, P, [foo])),
    ?BADARG(alcove:setgroups(Drv, P, 1)),
    ?BADARG(alcove:setgroups(Drv, P, [1 bsl 32])),
    ok = alcove:setuid(Drv, P, 65534),
    {error, eperm} = alcove:setgroups(Drv, P, [1]),
    alive(Drv, P).

%% getrlimit returns #alcove_rlimit{}, with 2^64-1 for infinity; an
%% invalid resource number is einval; an unknown atom is enotsup, a list
%% badarg.
getrlimit(Config) ->
    {Drv, P} = child(Config),
    {ok, #alcove_rlimit{cur = Cur, max = Max}} = alcove:getrlimit(Drv, P, rlimit_nofile),
    true = Cur > 0 andalso Cur =< Max,
    ok = alcove:setrlimit(Drv, P, rlimit_core, #alcove_rlimit{cur = 0, max = 16#ffffffffffffffff}),
    {ok, #alcove_rlimit{cur = 0, max = 16#ffffffffffffffff}} =
        alcove:getrlimit(Drv, P, rlimit_core),
    {error, einval} = alcove:getrlimit(Drv, P, 1000),
    {error, enotsup} = alcove:getrlimit(Drv, P, rlimit_nonexistent),
    ?BADARG(alcove:getrlimit(Drv, P, [rlimit_nofile])),
    ?BADARG(alcove:getrlimit(Drv, P, 1 bsl 32)),
    alive(Drv, P).

%% setrlimit nofile 64/64 is read back (upstream setrlimit); cur > max is
%% einval; anything but {alcove_rlimit, uint64, uint64} is badarg; an
%% unknown resource atom is enotsup.
setrlimit(Config) ->
    {Drv, P} = child(Config),
    ok = alcove:setrlimit(Drv, P, rlimit_nofile, #alcove_rlimit{cur = 64, max = 64}),
    {ok, #alcove_rlimit{cur = 64, max = 64}} = alcove:getrlimit(Drv, P, rlimit_nofile),
    {error, einval} = alcove:setrlimit(Drv, P, rlimit_core, #alcove_rlimit{cur = 2, max = 1}),
    %% raising the hard limit as uid 65534
    {Drv, P2} = child(Config),
    ok = alcove:setrlimit(Drv, P2, rlimit_core, #alcove_rlimit{cur = 0, max = 0}),
    ok = alcove:setuid(Drv, P2, 65534),
    {error, eperm} = alcove:setrlimit(Drv, P2, rlimit_core, #alcove_rlimit{cur = 0, max = 1}),
    {error, enotsup} = alcove:setrlimit(Drv, P, rlimit_nonexistent, #alcove_rlimit{}),
    ?BADARG(alcove:setrlimit(Drv, P, rlimit_core, {alcove_rlimit, -1, 0})),
    ?BADARG(alcove:setrlimit(Drv, P, rlimit_core, {alcove_rlimit, 0, 1 bsl 64})),
    ?BADARG(alcove:setrlimit(Drv, P, rlimit_core, {alcove_rlimit, 0})),
    ?BADARG(alcove:setrlimit(Drv, P, rlimit_core, {rlimit, 0, 0})),
    ?BADARG(alcove:setrlimit(Drv, P, rlimit_core, {alcove_rlimit, 0, 0, 0})),
    ?BADARG(alcove:setrlimit(Drv, P, [rlimit_core], #alcove_rlimit{})),
    alive(Drv, P).

%% Lowering RLIMIT_NOFILE lowers maxchild to (cur - 6) div 6 when it was
%% larger (8 with cur 64 stays 8, cur 32 gives 4), forks then stop at the
%% new limit; a limit below 6 * children + 6 is einval and changes nothing
%% (upstream fork, API.md 6.4).
setrlimit_nofile_maxchild(Config) ->
    {Drv, P} = child(Config),
    true = alcove:setopt(Drv, P, maxchild, 8),
    8 = alcove:getopt(Drv, P, maxchild),
    {ok, G1} = alcove:fork(Drv, P),
    ok = alcove:setrlimit(Drv, P, rlimit_nofile, #alcove_rlimit{cur = 64, max = 64}),
    8 = alcove:getopt(Drv, P, maxchild),
    ok = alcove:setrlimit(Drv, P, rlimit_nofile, #alcove_rlimit{cur = 32, max = 64}),
    4 = alcove:getopt(Drv, P, maxchild),
    %% the child survived the table being compacted
    G1 = alcove:getpid(Drv, P ++ [G1]),
    Gs = [begin {ok, G} = alcove:fork(Drv, P), G end || _ <- lists:seq(1, 3)],
    {error, eagain} = alcove:fork(Drv, P),
    [G = alcove:getpid(Drv, P ++ [G]) || G <- [G1 | Gs]],
    %% 4 children need 6 * 4 + 6 = 30 descriptors
    {error, einval} = alcove:setrlimit(Drv, P, rlimit_nofile, #alcove_rlimit{cur = 29, max = 64}),
    {ok, #alcove_rlimit{cur = 32, max = 64}} = alcove:getrlimit(Drv, P, rlimit_nofile),
    4 = alcove:getopt(Drv, P, maxchild),
    ok = alcove:setrlimit(Drv, P, rlimit_nofile, #alcove_rlimit{cur = 30, max = 64}),
    4 = alcove:getopt(Drv, P, maxchild),
    alive(Drv, P).

%% getpriority/setpriority on a process (upstream priority): the value set
%% is read back; after setuid(65534) raising it is eacces; a missing pid is
%% esrch; an unknown atom is enotsup, a non-integer prio badarg.
priority(Config) ->
    {Drv, P} = child(Config),
    {ok, N0} = alcove:getpriority(Drv, P, prio_process, 0),
    true = is_integer(N0),
    ok = alcove:setpriority(Drv, P, prio_process, 0, 10),
    {ok, 10} = alcove:getpriority(Drv, P, prio_process, 0),
    [Pid] = P,
    {ok, 10} = alcove:getpriority(Drv, [], prio_process, Pid),
    {error, esrch} = alcove:getpriority(Drv, P, prio_process, 999999999),
    {error, esrch} = alcove:setpriority(Drv, P, prio_process, 999999999, 1),
    {error, einval} = alcove:getpriority(Drv, P, 12345, 0),
    {error, enotsup} = alcove:getpriority(Drv, P, prio_nonexistent, 0),
    {error, enotsup} = alcove:setpriority(Drv, P, prio_process, nonexistent, 0),
    ?BADARG(alcove:setpriority(Drv, P, prio_process, 0, high)),
    ?BADARG(alcove:getpriority(Drv, P, prio_process, 1 bsl 40)),
    ?BADARG(alcove:getpriority(Drv, P, [prio_process], 0)),
    ok = alcove:setuid(Drv, P, 65534),
    {error, eacces} = alcove:setpriority(Drv, P, prio_process, 0, 1),
    ok = alcove:setpriority(Drv, P, prio_process, 0, 15),
    {ok, 15} = alcove:getpriority(Drv, P, prio_process, 0),
    alive(Drv, P).

%% After setsid the process group's priority can be set and read.
priority_pgrp(Config) ->
    {Drv, P} = child(Config),
    [Pid] = P,
    {ok, Pid} = alcove:setsid(Drv, P),
    ok = alcove:setpriority(Drv, P, prio_pgrp, 0, 10),
    {ok, 10} = alcove:getpriority(Drv, P, prio_pgrp, 0),
    {ok, 10} = alcove:getpriority(Drv, [], prio_pgrp, Pid).

%% setpgid(0, 0) changes getpgrp (upstream setpgid); setsid makes a new
%% session that getsid reports, a second setsid is eperm; unknown pids are
%% esrch; non-integers badarg.
pgrp_sid(Config) ->
    {Drv, P} = child(Config),
    [Pid] = P,
    Port = alcove:getpgrp(Drv, []),
    Port = alcove:getpgrp(Drv, P),
    ok = alcove:setpgid(Drv, P, 0, 0),
    Pid = alcove:getpgrp(Drv, P),
    {error, esrch} = alcove:setpgid(Drv, P, 999999999, 0),
    {error, esrch} = alcove:getsid(Drv, P, 999999999),
    {ok, Sid0} = alcove:getsid(Drv, P, 0),
    {ok, Sid0} = alcove:getsid(Drv, [], 0),
    %% a group leader cannot start a session
    {error, eperm} = alcove:setsid(Drv, P),
    {Drv, P2} = child(Config),
    [Pid2] = P2,
    {ok, Pid2} = alcove:setsid(Drv, P2),
    {ok, Pid2} = alcove:getsid(Drv, P2, 0),
    {ok, Pid2} = alcove:getsid(Drv, [], Pid2),
    Pid2 = alcove:getpgrp(Drv, P2),
    {error, eperm} = alcove:setsid(Drv, P2),
    ?BADARG(alcove:setpgid(Drv, P, foo, 0)),
    ?BADARG(alcove:setpgid(Drv, P, 0, 1 bsl 31)),
    ?BADARG(alcove:getsid(Drv, P, "0")),
    alive(Drv, P),
    alive(Drv, P2).

%% setproctitle sets the Linux thread name (prctl PR_SET_NAME, 15 bytes);
%% an empty title restores "alcove"; it cannot fail; non-iodata is badarg.
setproctitle(Config) ->
    {Drv, P} = child(Config),
    [Pid] = P,
    Comm = "/proc/" ++ integer_to_list(Pid) ++ "/comm",
    ok = alcove:setproctitle(Drv, P, "fs-title"),
    {ok, <<"fs-title\n">>} = file:read_file(Comm),
    ok = alcove:setproctitle(Drv, P, [<<"0123456789">>, "abcdefghij"]),
    {ok, <<"0123456789abcde\n">>} = file:read_file(Comm),
    ok = alcove:setproctitle(Drv, P, <<>>),
    {ok, <<"alcove\n">>} = file:read_file(Comm),
    ?BADARG(alcove:setproctitle(Drv, P, 256)),
    ?BADARG(alcove:setproctitle(Drv, P, [foo])),
    alive(Drv, P).

%% socket(af_inet, sock_stream, 0) gives an fd that closes (upstream
%% socket); a bad protocol/family fails with errno; unknown atoms are
%% enotsup, lists badarg.
socket(Config) ->
    {Drv, P} = child(Config),
    {ok, S} = alcove:socket(Drv, P, af_inet, sock_stream, 0),
    ok = alcove:close(Drv, P, S),
    {ok, U} = alcove:socket(Drv, P, af_unix, sock_dgram, 0),
    ok = alcove:close(Drv, P, U),
    {error, eprotonosupport} = alcove:socket(Drv, P, af_inet, sock_stream, 250),
    {error, eafnosupport} = alcove:socket(Drv, P, 4000, sock_stream, 0),
    {error, enotsup} = alcove:socket(Drv, P, af_nonexistent, sock_stream, 0),
    {error, enotsup} = alcove:socket(Drv, P, af_inet, sock_nonexistent, 0),
    ?BADARG(alcove:socket(Drv, P, [af_inet], sock_stream, 0)),
    ?BADARG(alcove:socket(Drv, P, af_inet, sock_stream, tcp)),
    alive(Drv, P).

%% Calls without arguments cannot be sent malformed through alcove:*; sent
%% with a spurious argument through alcove_drv:call they are badarg, and
%% the process still answers.
zero_arity_badarg(Config) ->
    {Drv, P} = child(Config),
    lists:foreach(
        fun(Call) ->
            {alcove_error, badarg} = alcove_drv:call(Drv, P, Call, [x], ?TIMEOUT)
        end,
        [
            getcwd,
            environ,
            clearenv,
            gethostname,
            getuid,
            getgid,
            getresuid,
            getresgid,
            getgroups,
            getpgrp,
            setsid
        ]
    ),
    {alcove_error, badarg} = alcove_drv:call(Drv, P, read, [0], ?TIMEOUT),
    {alcove_error, badarg} = alcove_drv:call(Drv, P, open, ["/", [], 0, 0], ?TIMEOUT),
    alive(Drv, P).

%%
%% No size cliffs
%%

%% read of 4 MiB from /dev/zero at depth 3 returns all 4194304 bytes.
read_4mib_depth3(Config) ->
    Drv = ?config(drv, Config),
    P = lists:foldl(
        fun(_, Acc) ->
            {ok, C} = alcove:fork(Drv, Acc),
            Acc ++ [C]
        end,
        [],
        lists:seq(1, 3)
    ),
    {ok, FD} = alcove:open(Drv, P, "/dev/zero", [o_rdonly], 0),
    {ok, Bin} = alcove:read(Drv, P, FD, 4194304),
    4194304 = byte_size(Bin),
    Bin = <<0:(4194304 * 8)>>,
    alive(Drv, P).

%% readdir of a directory of 20 000 entries returns 20 002 names in one reply.
readdir_20000(Config) ->
    {Drv, P} = child(Config),
    Dir = path(Config, "many"),
    ok = file:make_dir(Dir),
    Names = [integer_to_list(N) || N <- lists:seq(1, 20000)],
    lists:foreach(
        fun(N) -> ok = file:write_file(filename:join(Dir, N), <<>>, [raw]) end,
        Names
    ),
    {ok, Entries} = alcove:readdir(Drv, P, Dir),
    20002 = length(Entries),
    Expect = lists:sort([<<".">>, <<"..">> | [list_to_binary(N) || N <- Names]]),
    Expect = lists:sort(Entries),
    alive(Drv, P).

%% environ with more than 1 MiB of variables comes back whole.
environ_1mib(Config) ->
    {Drv, P} = child(Config),
    Value = lists:duplicate(1024, $v),
    Vars = [lists:flatten(io_lib:format("ALCOVE_FS_~4..0B", [N])) || N <- lists:seq(1, 1100)],
    lists:foreach(fun(V) -> ok = alcove:setenv(Drv, P, V, Value, 1) end, Vars),
    Env = alcove:environ(Drv, P),
    true = iolist_size(Env) > 1024 * 1024,
    Want = [list_to_binary(V ++ "=" ++ Value) || V <- Vars],
    [] = Want -- Env,
    alive(Drv, P).
