#!/usr/bin/env escript
%%! -pa _build/default/lib/alcove/ebin -pa _build/test/lib/alcove/ebin
%% Writes the seed corpus of the fuzz harnesses (committed under
%% fuzz/corpus/): run from the top after `rebar3 compile`:
%%
%%   escript fuzz/mk_corpus.escript
%%
%% fuzz/corpus/term/   argument tuples of real calls (external term format)
%% fuzz/corpus/frame/  byte streams from alcove_drv: CALL, PROXY and STDIN
%%                     frames, some addressed to the harness's fake child
-mode(compile).

-define(CHILD, 16#3ffffff0).

main(_) ->
    Args = args(),
    ok = filelib:ensure_dir("fuzz/corpus/term/x"),
    ok = filelib:ensure_dir("fuzz/corpus/frame/x"),
    lists:foreach(
        fun({N, {Call, A}}) ->
            write("term", N, Call, term_to_binary(list_to_tuple(A)))
        end,
        lists:zip(lists:seq(1, length(Args)), Args)
    ),
    Frames =
        [{Call, alcove_codec:call(Call, [], A, N)} || {N, {Call, A}} <- number(Args)] ++
            [{Call, alcove_codec:call(Call, [?CHILD], A, N)} || {N, {Call, A}} <- number(lists:sublist(Args, 10))] ++
            [{stdin, alcove_codec:stdin([?CHILD], <<"data\n">>)},
             {stdin2, alcove_codec:stdin([?CHILD, 7], <<"nested">>)},
             {badpid, alcove_codec:call(getpid, [12345], [], 9)},
             {many, iolist_to_binary([alcove_codec:call(version, [], [], N) || N <- lists:seq(1, 20)])},
             {filter, iolist_to_binary([alcove_codec:call(filter, [], [[getpid], []], 1),
                                        alcove_codec:call(getpid, [], [], 2)])}],
    lists:foreach(
        fun({N, {Name, Bin}}) -> write("frame", N, Name, iolist_to_binary(Bin)) end,
        number(Frames)
    ).

number(L) -> lists:zip(lists:seq(1, length(L)), L).

write(Dir, N, Name, Bin) ->
    File = io_lib:format("fuzz/corpus/~s/~3..0B-~s", [Dir, N, Name]),
    ok = file:write_file(File, Bin).

args() ->
    [
        {version, []},
        {getpid, []},
        {iolist_to_bin, [[<<"ab">>, "cd", [$e, [<<"f">>]]]]},
        {iolist_to_bin, [binary:copy(<<"x">>, 300)]},
        {errno_id, [2]},
        {signal_constant, [sigterm]},
        {file_constant, [o_rdonly]},
        {clone_constant, [clone_newns]},
        {rlimit_constant, [rlimit_nofile]},
        {getopt, [maxchild]},
        {setopt, [flowcontrol, 3]},
        {setopt, [maxchild, 4]},
        {setcpid, [?CHILD, flowcontrol, 2]},
        {cpid, []},
        {getenv, ["HOME"]},
        {environ, []},
        {getrlimit, [rlimit_nofile]},
        {getpriority, [prio_process, 0]},
        {filter, [[getpid, fork], []]},
        {alloc, [[<<1, 2, 3>>, {ptr, 16}, {ptr, <<"abc">>}, <<0:64>>]]},
        {open, ["/tmp/x", [o_rdonly, o_cloexec], 8#644]},
        {execvp, ["/bin/cat", ["cat", "-n"]]},
        {execve, ["/usr/bin/env", ["env"], ["A=1", <<"B=2">>]]},
        {kill, [-1, sigkill]},
        {mount, ["none", "/mnt", "tmpfs", [ms_rdonly, ms_nosuid], <<"size=1k">>, <<>>]},
        {ioctl, [0, tiocswinsz, <<0:64>>]},
        {prctl, [pr_set_name, <<"name">>, 0, 0, 0]},
        {ptrace, [ptrace_peekdata, 1, {ptr, 8}, [<<1>>, {ptr, <<2>>}]]},
        {setrlimit, [rlimit_core, {alcove_rlimit, 0, 16#ffffffffffffffff}]},
        {select, [[0, 1], [], [], {alcove_timeval, 1, 0}]},
        {setgroups, [[0, 1, 2]]},
        {clone, [[clone_newpid, clone_newns]]},
        {sigaction, [sigchld, sig_info]},
        {write, [1, [<<"out">>, "put"]]},
        {read, [0, 65536]},
        {lseek, [3, -1, 0]},
        {setpriority, [prio_process, 0, -20]},
        {seccomp, [seccomp_set_mode_filter, 0, [<<1:64>>]]},
        {syscall_constant, [sys_exit]},
        {waitpid, [-1, [wnohang]]},
        {fcntl, [0, f_getfd, 0]},
        {chdir, [[<<"/t">>, "mp"]]},
        {unshare, [[clone_newuts]]},
        {setns, ["/proc/1/ns/uts", 0]},
        {socket, [af_unix, sock_stream, 0]},
        {connect, [3, [<<1, 0>>, <<"/tmp/s">>]]},
        {readdir, ["/"]},
        {setproctitle, ["fuzz"]},
        {getcwd, []}
    ].
