%%% Children on a pseudo-terminal: alcove:forkpty/4 and alcove:ptysize/5.
-module(alcove_pty_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_suite/1, end_per_suite/1, init_per_testcase/2, end_per_testcase/2]).
-export([
    isatty/1,
    eof_is_veof/1,
    winch/1,
    intr/1,
    password/1,
    sandbox/1,
    several/1,
    depth3/1,
    teardown_jobs/1,
    ptysize_errors/1,
    no_leak/1,
    ptysh_example/1
]).

all() ->
    [
        isatty,
        eof_is_veof,
        winch,
        intr,
        password,
        sandbox,
        several,
        depth3,
        teardown_jobs,
        ptysize_errors,
        no_leak,
        ptysh_example
    ].

init_per_suite(Config) ->
    case file:read_file_info("/dev/ptmx") of
        {ok, _} -> Config;
        {error, Reason} -> {skip, {no_dev_ptmx, Reason}}
    end.

end_per_suite(_Config) ->
    ok.

init_per_testcase(_Case, Config) ->
    [{drv, start_drv()} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%% stdin, stdout and stderr are the terminal, of the size asked for; its
%% one output arrives as stdout (there is no stderr).
isatty(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:forkpty(Drv, [], 24, 80),
    %% a session and a process group of its own
    {ok, P} = alcove:getsid(Drv, [P], 0),
    P = alcove:getpgrp(Drv, [P]),
    ok = alcove:execvp(Drv, [P], "/bin/sh", [
        "sh",
        "-c",
        "stty size; tty; test -t 0 && test -t 1 && test -t 2 && echo isatty; echo err >&2"
    ]),
    {Out, <<>>, {exit_status, 0}} = collect(Drv, [P]),
    {match, _} = re:run(Out, "\\A24 80\r\n/dev/pts/[0-9]+\r\nisatty\r\nerr\r\n\\z"),
    ok.

%% eof types the terminal's EOF character after what was queued: cat
%% sees end of file at the start of a line and exits.
eof_is_veof(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:forkpty(Drv, [], 24, 80),
    ok = alcove:execvp(Drv, [P], "cat", ["cat"]),
    ok = alcove:stdin(Drv, [P], "abc\n"),
    ok = alcove:eof(Drv, [P]),
    %% echo by the line discipline, then cat's copy
    {<<"abc\r\nabc\r\n">>, <<>>, {exit_status, 0}} = collect(Drv, [P]),
    {error, esrch} = alcove:eof(Drv, [P]).

%% ptysize/5 sets the size and the program gets SIGWINCH.
winch(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:forkpty(Drv, [], 24, 80),
    ok = alcove:execvp(Drv, [P], "/bin/sh", [
        "sh",
        "-c",
        "trap 'echo winch; stty size' WINCH; echo ready; while :; do sleep 1 & wait $!; done"
    ]),
    expect(Drv, [P], <<"ready\r\n">>),
    ok = alcove:ptysize(Drv, [], P, 50, 132),
    expect(Drv, [P], <<"winch\r\n50 132\r\n">>),
    ok = alcove:kill(Drv, [], P, sigkill),
    {termsig, sigkill} = wait_exit(Drv, [P]).

%% "\x03" on the terminal: the line discipline interrupts the foreground
%% job (sleep) and the interactive shell prompts again.
intr(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:forkpty(Drv, [], 24, 80),
    ok = alcove:execve(Drv, [P], "/bin/sh", ["sh", "-i"], ["PS1=prompt> ", "PATH=/usr/bin:/bin"]),
    expect(Drv, [P], <<"prompt> ">>),
    ok = alcove:stdin(Drv, [P], "sleep 100\n"),
    Sleep = wait_proc_in_session(P, <<"sleep">>),
    ok = alcove:stdin(Drv, [P], "\x03"),
    expect(Drv, [P], <<"prompt> ">>),
    false = os_pid_alive(Sleep),
    ok = alcove:stdin(Drv, [P], "echo status=$?\n"),
    expect(Drv, [P], <<"status=130\r\n">>),
    ok = alcove:stdin(Drv, [P], "exit 7\n"),
    {exit_status, 7} = wait_exit(Drv, [P]).

%% A password-style read: no echo while it reads.
password(Config) ->
    Drv = ?config(drv, Config),
    {ok, P} = alcove:forkpty(Drv, [], 24, 80),
    ok = alcove:execvp(Drv, [P], "/bin/sh", [
        "sh", "-c", "stty -echo; echo ready; read x; stty echo; echo \"got $x\""
    ]),
    expect(Drv, [P], <<"ready\r\n">>),
    ok = alcove:stdin(Drv, [P], "secret\n"),
    %% "secret" appears once: not echoed
    {<<"got secret\r\n">>, <<>>, {exit_status, 0}} = collect(Drv, [P]).

%% A terminal child in new namespaces, chrooted into a directory holding
%% only busybox, as uid 65534.
sandbox(Config) ->
    Drv = ?config(drv, Config),
    case busybox() of
        false ->
            {skip, "no static busybox at /bin/busybox (Debian package busybox-static)"};
        Busybox ->
            Dir = ?config(priv_dir, Config),
            Root = filename:join(Dir, "pty_root"),
            Bin = filename:join(Root, "bin"),
            ok = filelib:ensure_dir(filename:join(Bin, "x")),
            {ok, _} = file:copy(Busybox, filename:join(Bin, "busybox")),
            ok = file:change_mode(filename:join(Bin, "busybox"), 8#755),
            ok = file:make_symlink("busybox", filename:join(Bin, "sh")),
            case
                alcove:clone(Drv, [], [
                    clone_newns, clone_newpid, clone_newuts, clone_newipc, clone_newnet
                ])
            of
                {error, Errno} ->
                    {skip, {clone, Errno}};
                {ok, C} ->
                    ok = alcove:sethostname(Drv, [C], "ptybox"),
                    {ok, P} = alcove:forkpty(Drv, [C], 24, 80),
                    ok = alcove:chroot(Drv, [C, P], Root),
                    ok = alcove:chdir(Drv, [C, P], "/"),
                    ok = alcove:setgroups(Drv, [C, P], []),
                    ok = alcove:setgid(Drv, [C, P], 65534),
                    ok = alcove:setuid(Drv, [C, P], 65534),
                    ok = alcove:execve(
                        Drv,
                        [C, P],
                        "/bin/busybox",
                        [
                            "sh",
                            "-c",
                            "id -u; hostname; echo pid=$$; test -t 0 && test -t 2 && echo isatty; stty size"
                        ],
                        ["PATH=/bin"]
                    ),
                    {<<"65534\r\nptybox\r\npid=2\r\nisatty\r\n24 80\r\n">>, <<>>, {exit_status, 0}} =
                        collect(Drv, [C, P])
            end
    end.

%% Several terminals at once, each with its own input and output.
several(Config) ->
    Drv = ?config(drv, Config),
    N = 6,
    Ps = [
        begin
            {ok, P} = alcove:forkpty(Drv, [], 10 + I, 40 + I),
            ok = alcove:execvp(Drv, [P], "/bin/sh", [
                "sh", "-c", "tty; stty -echo; echo noecho; read x; echo \"$x $(stty size)\""
            ]),
            P
        end
     || I <- lists:seq(1, N)
    ],
    Ttys = [
        begin
            <<"/dev/pts/", _/binary>> = T = expect(Drv, [P], <<"\r\n">>),
            T
        end
     || P <- Ps
    ],
    N = length(lists:usort(Ttys)),
    [<<"noecho\r\n">> = expect(Drv, [P], <<"noecho\r\n">>) || P <- Ps],
    [ok = alcove:stdin(Drv, [P], ["line", integer_to_list(P), "\n"]) || P <- Ps],
    lists:foreach(
        fun({I, P}) ->
            Want = iolist_to_binary([
                "line",
                integer_to_list(P),
                " ",
                integer_to_list(10 + I),
                " ",
                integer_to_list(40 + I),
                "\r\n"
            ]),
            {Want, <<>>, {exit_status, 0}} = collect(Drv, [P])
        end,
        lists:zip(lists:seq(1, N), Ps)
    ).

%% A terminal at depth 3, resized by its parent at depth 2.
depth3(Config) ->
    Drv = ?config(drv, Config),
    Parent = fork_chain(Drv, 2),
    {ok, P} = alcove:forkpty(Drv, Parent, 24, 80),
    Pipeline = Parent ++ [P],
    ok = alcove:ptysize(Drv, Parent, P, 33, 99),
    ok = alcove:execvp(Drv, Pipeline, "/bin/sh", [
        "sh", "-c", "stty size; test -t 0 && echo isatty; read x; echo \"got $x\""
    ]),
    %% (the event loop may report the SIGWINCH it got before the exec as
    %% an event: wait_exit/2 leaves it in the mailbox)
    <<"33 99\r\nisatty\r\n">> = expect(Drv, Pipeline, <<"isatty\r\n">>),
    ok = alcove:stdin(Drv, Pipeline, "deep\n"),
    <<"deep\r\ngot deep\r\n">> = expect(Drv, Pipeline, <<"got deep\r\n">>),
    {exit_status, 0} = wait_exit(Drv, Pipeline).

%% Teardown (the terminal's parent loses its own parent) signals the
%% terminal's session: a background job of an interactive shell goes too.
teardown_jobs(Config) ->
    Drv = ?config(drv, Config),
    {ok, A} = alcove:fork(Drv, []),
    {ok, P} = alcove:forkpty(Drv, [A], 24, 80),
    ok = alcove:execve(Drv, [A, P], "/bin/sh", ["sh", "-i"], ["PS1=prompt> ", "PATH=/usr/bin:/bin"]),
    expect(Drv, [A, P], <<"prompt> ">>),
    ok = alcove:stdin(Drv, [A, P], "sleep 1002 & echo \"b\"\"g=$!\"\n"),
    <<"bg=", Bg0/binary>> = expect_line(Drv, [A, P], <<"bg=">>),
    Bg = binary_to_integer(Bg0),
    true = os_pid_alive(Bg),
    {ok, PSid} = alcove:getsid(Drv, [A], Bg),
    P = PSid,
    %% A's stdin closed: A tears down and exits after reaping everything
    ok = alcove:eof(Drv, [A]),
    {exit_status, _} = wait_exit(Drv, [A]),
    false = os_pid_alive(Bg),
    false = os_pid_alive(P).

%% ptysize/5 errors.
ptysize_errors(Config) ->
    Drv = ?config(drv, Config),
    {ok, F} = alcove:fork(Drv, []),
    {error, enotty} = alcove:ptysize(Drv, [], F, 24, 80),
    {error, esrch} = alcove:ptysize(Drv, [], 1, 24, 80),
    {ok, P} = alcove:forkpty(Drv, [], 24, 80),
    {'EXIT', {badarg, _}} = (catch alcove:ptysize(Drv, [], P, 65536, 80)),
    {'EXIT', {badarg, _}} = (catch alcove:ptysize(Drv, [], P, 24, -1)),
    {'EXIT', {badarg, _}} = (catch alcove:forkpty(Drv, [], 24, 70000)),
    {'EXIT', {badarg, _}} = (catch alcove:forkpty(Drv, [], x, 80)),
    ok = alcove:ptysize(Drv, [], P, 0, 0),
    %% the port is still well
    {ok, _} = alcove:forkpty(Drv, [], 1, 1),
    [_, _, _] = alcove:cpid(Drv, []).

%% No terminal is leaked after many forkpty/exit cycles (without exec,
%% which would only add the cost of loading a program to each cycle).
no_leak(Config) ->
    Drv = ?config(drv, Config),
    Port = alcove:getpid(Drv, []),
    Before = pts_count(),
    Cycles = 1000,
    lists:foreach(
        fun(_) ->
            {ok, P} = alcove:forkpty(Drv, [], 24, 80),
            ok = alcove:exit(Drv, [P], 0),
            {exit_status, 0} = wait_exit(Drv, [P])
        end,
        lists:seq(1, Cycles)
    ),
    [] = alcove:cpid(Drv, []),
    [] = pty_fds(Port),
    Before = pts_count(),
    ok.

%% examples/ptysh.erl: a sandboxed interactive shell on a terminal,
%% driven as a user would from the Erlang shell.
ptysh_example(Config) ->
    case busybox() of
        false ->
            {skip, "no static busybox at /bin/busybox (Debian package busybox-static)"};
        _ ->
            Out = ?config(priv_dir, Config),
            Examples = filename:join([code:lib_dir(alcove), "src", "..", "examples"]),
            Incl = filename:join(code:lib_dir(alcove), "include"),
            [
                {ok, _} = compile:file(filename:join(Examples, M), [
                    {outdir, Out}, {i, Incl}, return_errors, report
                ])
             || M <- ["chrootex.erl", "ptysh.erl"]
            ],
            true = code:add_patha(Out),
            [{module, _} = code:load_file(M) || M <- [chrootex, ptysh]],
            Exec = [{exec, E} || E <- [os:getenv("ALCOVE_TEST_EXEC")], E =/= false, E =/= ""],
            Prog = [{progname, P} || P <- [os:getenv("ALCOVE_TEST_PROGNAME")], P =/= false, P =/= ""],
            {ok, Sh} = ptysh:start([{output, self()}, {rows, 30}, {cols, 100}, {drv, Exec ++ Prog}]),
            sh_expect(Sh, <<"sandbox$ ">>),
            ok = ptysh:send(Sh, "id -u; hostname; echo pid=$$; stty size; ls /\n"),
            <<"65534\r\nptysh\r\npid=2\r\n30 100\r\nbin\r\nsandbox$ ">> =
                sh_expect(Sh, <<"sandbox$ ">>),
            ok = ptysh:resize(Sh, 40, 120),
            ok = ptysh:send(Sh, "stty size\n"),
            <<"40 120\r\nsandbox$ ">> = sh_expect(Sh, <<"sandbox$ ">>),
            ok = ptysh:send(Sh, "sleep 100\n"),
            %% the shell runs sleep in the foreground: ^C interrupts it
            _ = wait_sleeping(Sh),
            ok = ptysh:intr(Sh),
            _ = sh_expect(Sh, <<"sandbox$ ">>),
            ok = ptysh:send(Sh, "exit 3\n"),
            {exit_status, 3} = ptysh:wait(Sh, ?TIMEOUT),
            ok = ptysh:stop(Sh)
    end.

%%--------------------------------------------------------------------
%% helpers
%%--------------------------------------------------------------------

%% ptysh output up to and including Want.
sh_expect(Sh, Want) ->
    sh_expect(Sh, Want, <<>>).

sh_expect(Sh, Want, Buf) ->
    case binary:match(Buf, Want) of
        {Pos, Len} ->
            <<Got:(Pos + Len)/binary, _/binary>> = Buf,
            Got;
        nomatch ->
            receive
                {ptysh, Sh, Data} when is_binary(Data) ->
                    sh_expect(Sh, Want, <<Buf/binary, Data/binary>>)
            after ?TIMEOUT ->
                ct:fail({expect, Want, Buf})
            end
    end.

%% A sleep process running as 65534 in a session led by a busybox sh.
wait_sleeping(Sh) ->
    wait_sleeping(Sh, 200).

wait_sleeping(_Sh, 0) ->
    ct:fail(no_sleep);
wait_sleeping(Sh, N) ->
    Found = [
        Pid
     || Name <- filelib:wildcard("[0-9]*", "/proc"),
        Pid <- [list_to_integer(Name)],
        {ok, Stat} <- [file:read_file("/proc/" ++ Name ++ "/stat")],
        element(1, stat_session(Stat)) =:= <<"sleep">>,
        {ok, Cmd} <- [file:read_file("/proc/" ++ Name ++ "/cmdline")],
        Cmd =:= <<"sleep", 0, "100", 0>>,
        {ok, Status} <- [file:read_file("/proc/" ++ Name ++ "/status")],
        binary:match(Status, <<"Uid:\t65534">>) =/= nomatch
    ],
    case Found of
        [Pid | _] ->
            Pid;
        [] ->
            timer:sleep(50),
            wait_sleeping(Sh, N - 1)
    end.

busybox() ->
    case file:read_file_info("/bin/busybox") of
        {ok, _} -> "/bin/busybox";
        _ -> false
    end.

%% Read stdout of Pipeline until Want appears; returns what followed the
%% data before Want ... up to and including it, from the start of the
%% data read, and keeps the rest for the next call.
expect(Drv, Pipeline, Want) ->
    Key = {pty_buf, Pipeline},
    Buf0 =
        case get(Key) of
            undefined -> <<>>;
            B -> B
        end,
    expect(Drv, Pipeline, Want, Key, Buf0).

expect(Drv, Pipeline, Want, Key, Buf) ->
    case binary:match(Buf, Want) of
        {Pos, Len} ->
            <<Got:(Pos + Len)/binary, Rest/binary>> = Buf,
            put(Key, Rest),
            Got;
        nomatch ->
            receive
                {alcove_stdout, Drv, Pipeline, Data} ->
                    expect(Drv, Pipeline, Want, Key, <<Buf/binary, Data/binary>>)
            after ?TIMEOUT ->
                ct:fail({expect, Want, Buf})
            end
    end.

%% The line starting with Prefix (without its "\r\n").
expect_line(Drv, Pipeline, Prefix) ->
    _ = expect(Drv, Pipeline, Prefix),
    Line = expect(Drv, Pipeline, <<"\r\n">>),
    <<Prefix/binary, (binary:part(Line, 0, byte_size(Line) - 2))/binary>>.

%% The exit event of Pipeline, output discarded.
wait_exit(Drv, Pipeline) ->
    receive
        {alcove_event, Drv, Pipeline, {exit_status, _} = E} -> E;
        {alcove_event, Drv, Pipeline, {termsig, _} = E} -> E;
        {alcove_stdout, Drv, Pipeline, _} -> wait_exit(Drv, Pipeline);
        {alcove_ctl, Drv, Pipeline, _} -> wait_exit(Drv, Pipeline)
    after ?TIMEOUT ->
        ct:fail({no_exit, Pipeline})
    end.

%% A process named Comm in session Sid: the shell has started it.
wait_proc_in_session(Sid, Comm) ->
    wait_proc_in_session(Sid, Comm, 200).

wait_proc_in_session(Sid, Comm, 0) ->
    ct:fail({no_process, Comm, Sid});
wait_proc_in_session(Sid, Comm, N) ->
    Found = [
        Pid
     || Name <- filelib:wildcard("[0-9]*", "/proc"),
        Pid <- [list_to_integer(Name)],
        {ok, Stat} <- [file:read_file("/proc/" ++ Name ++ "/stat")],
        stat_session(Stat) =:= {Comm, Sid}
    ],
    case Found of
        [Pid | _] ->
            Pid;
        [] ->
            timer:sleep(50),
            wait_proc_in_session(Sid, Comm, N - 1)
    end.

stat_session(Stat) ->
    [Head, Rest] = binary:split(Stat, <<") ">>),
    [_, Comm] = binary:split(Head, <<"(">>),
    [_State, _PPid, _Pgrp, Session | _] = binary:split(Rest, <<" ">>, [global]),
    {Comm, binary_to_integer(Session)}.

pts_count() ->
    length(filelib:wildcard("[0-9]*", "/dev/pts")).

%% The port's descriptors on a terminal (a master or a slave).
pty_fds(OsPid) ->
    Dir = "/proc/" ++ integer_to_list(OsPid) ++ "/fd",
    {ok, Fds} = file:list_dir(Dir),
    [
        T
     || Fd <- Fds,
        {ok, T} <- [file:read_link(filename:join(Dir, Fd))],
        lists:prefix("/dev/ptmx", T) orelse lists:prefix("/dev/pts/", T)
    ].
