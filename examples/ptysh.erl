%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Example: an interactive shell in a sandbox, on a terminal,
%%% from the Erlang shell.
%%%
%%% `start/1' starts a port owned by a relay process, clones a child in
%%% new namespaces (pid, mount, uts, ipc, net), makes it a terminal with
%%% `alcove:forkpty/4', chroots it into a directory holding only a
%%% static busybox, drops to uid 65534 and execs an interactive
%%% `/bin/sh -i'. What the terminal prints goes to the caller's group
%%% leader (or to a process given as `{output, Pid}'); `interact/1' reads
%%% lines from the Erlang shell and types them on the terminal until the
%%% shell exits or the user types `eof' (the terminal's ^D). The shell
%%% sees a real terminal: `tty', `stty', prompts, job control, "\x03".
%%%
%%% ```
%%% 1> {ok, Sh} = ptysh:start([]).
%%% {ok,<0.190.0>}
%%% sandbox$
%%% 2> ptysh:interact(Sh).
%%% id -u; hostname; tty; stty size
%%% 65534
%%% ptysh
%%% /dev/pts/3
%%% 24 80
%%% sandbox$ exit
%%% {exit_status,0}
%%% '''
%%%
%%% The port must run as root (the default `alcove_drv' options, or
%%% `{drv, [{exec, "sudo -n"}]}').
-module(ptysh).

-export([start/1, send/2, intr/1, resize/3, eof/1, wait/2, interact/1, stop/1]).

-export_type([option/0]).

-type option() ::
    {rows, 1..65535}
    | {cols, 1..65535}
    | {busybox, file:filename()}
    | {root, file:filename()}
    | {echo, boolean()}
    | {output, pid()}
    | {drv, list()}
    | chrootex:option().
%% `rows' and `cols' (default 24 by 80): the terminal's size; `busybox'
%% (default `"/bin/busybox"'): a static busybox; `root': the directory to
%% chroot into (default: a new one under /tmp, removed by `stop/1');
%% `echo' (default `false'): keep the terminal's echo (the Erlang shell
%% already shows what is typed); `output': a process that gets
%% `{ptysh, Sh, Bin}' for the terminal's output and `{ptysh, Sh, Exit}' at
%% the end, instead of printing; `drv': options for
%% `alcove_drv:start_link/1'; the `chrootex' options set the uid, gid and
%% rlimits.

-define(TIMEOUT, 10000).
-define(FLAGS, [clone_newpid, clone_newns, clone_newuts, clone_newipc, clone_newnet]).
-define(APPLETS, ["sh", "cat", "echo", "hostname", "id", "ls", "sleep", "stty", "tty"]).

%%====================================================================
%% API
%%====================================================================

%% @doc Start a sandboxed shell on a terminal (see the module doc).
-spec start([option()]) -> {ok, pid()} | {error, term()}.
start(Opts) ->
    Caller = self(),
    Ref = make_ref(),
    Out =
        case proplists:get_value(output, Opts) of
            undefined -> {io, group_leader()};
            Pid0 -> {msg, Pid0}
        end,
    Pid = spawn(fun() -> init(Caller, Ref, Out, Opts) end),
    MRef = monitor(process, Pid),
    receive
        {Ref, ok} ->
            demonitor(MRef, [flush]),
            {ok, Pid};
        {Ref, {error, _} = Error} ->
            demonitor(MRef, [flush]),
            Error;
        {'DOWN', MRef, process, Pid, Reason} ->
            {error, Reason}
    end.

%% @doc Type `Data' on the terminal.
-spec send(pid(), iodata()) -> ok.
send(Sh, Data) ->
    call(Sh, {send, Data}).

%% @doc Type ^C: the terminal interrupts its foreground job.
-spec intr(pid()) -> ok.
intr(Sh) ->
    send(Sh, <<3>>).

%% @doc Resize the terminal: the shell gets SIGWINCH.
-spec resize(pid(), 1..65535, 1..65535) -> ok | {error, alcove:posix()}.
resize(Sh, Rows, Cols) ->
    call(Sh, {resize, Rows, Cols}).

%% @doc Type the terminal's end-of-file character (^D) and no more.
-spec eof(pid()) -> ok | {error, alcove:posix()}.
eof(Sh) ->
    call(Sh, eof).

%% @doc Wait for the shell to exit.
-spec wait(pid(), timeout()) -> {exit_status, integer()} | {termsig, atom()} | timeout.
wait(Sh, Timeout) ->
    call(Sh, wait, Timeout).

%% @doc Type lines read from the Erlang shell until the shell exits (or
%% `eof' is typed); returns how it exited.
-spec interact(pid()) -> {exit_status, integer()} | {termsig, atom()} | timeout.
interact(Sh) ->
    case call(Sh, exited) of
        {true, Exit} ->
            Exit;
        false ->
            case io:get_line('') of
                eof ->
                    _ = eof(Sh),
                    wait(Sh, ?TIMEOUT);
                {error, _} ->
                    _ = eof(Sh),
                    wait(Sh, ?TIMEOUT);
                "eof\n" ->
                    _ = eof(Sh),
                    wait(Sh, ?TIMEOUT);
                Line ->
                    ok = send(Sh, Line),
                    interact(Sh)
            end
    end.

%% @doc Kill the sandbox and its port, remove the root made by start/1.
-spec stop(pid()) -> ok.
stop(Sh) ->
    MRef = monitor(process, Sh),
    Sh ! stop,
    receive
        {'DOWN', MRef, process, Sh, _} -> ok
    end.

%%====================================================================
%% The relay: owner of the port
%%====================================================================

init(Caller, Ref, Out, Opts) ->
    {ok, Drv} = alcove_drv:start_link(proplists:get_value(drv, Opts, [])),
    {Root, Made} =
        case proplists:get_value(root, Opts) of
            undefined -> {make_root(Opts), true};
            R -> {R, false}
        end,
    case sandbox(Drv, Root, Opts) of
        {ok, Pipeline} ->
            Caller ! {Ref, ok},
            loop(#{
                drv => Drv,
                pipeline => Pipeline,
                out => Out,
                exit => undefined,
                waiting => [],
                root => {Root, Made}
            });
        {error, _} = Error ->
            cleanup(Root, Made),
            Caller ! {Ref, Error}
    end.

sandbox(Drv, Root, Opts) ->
    Rows = proplists:get_value(rows, Opts, 24),
    Cols = proplists:get_value(cols, Opts, 80),
    Echo = proplists:get_value(echo, Opts, false),
    Env = ["PATH=/bin", "HOME=/", "TERM=vt100", "PS1=sandbox$ "],
    steps([
        fun(_) -> alcove:clone(Drv, [], ?FLAGS) end,
        fun([S] = P) -> ok_pid(P, alcove:sethostname(Drv, [S], "ptysh")) end,
        fun([S]) -> alcove:forkpty(Drv, [S], Rows, Cols) end,
        fun(P) -> ok_pid(P, alcove:chroot(Drv, P, Root)) end,
        fun(P) -> ok_pid(P, alcove:chdir(Drv, P, "/")) end,
        fun(P) ->
            ok_pid(P, chrootex:drop_privileges(Drv, P, Opts, [{rlimit_nproc, 64}, {rlimit_core, 0}]))
        end,
        fun(P) ->
            Cmd =
                case Echo of
                    true -> "exec sh -i";
                    false -> "stty -echo; exec sh -i"
                end,
            ok_pid(P, alcove:execve(Drv, P, "/bin/sh", ["sh", "-c", Cmd], Env))
        end
    ]).

%% Each step gets the pipeline so far: {ok, Pid} extends it,
%% {ok, pipeline, P} keeps it, an error stops.
steps(Steps) ->
    steps(Steps, []).

steps([], P) ->
    {ok, P};
steps([Step | Rest], P) ->
    case Step(P) of
        {ok, Pid} when is_integer(Pid) -> steps(Rest, P ++ [Pid]);
        {ok, pipeline, P} -> steps(Rest, P);
        {error, _} = Error -> Error
    end.

ok_pid(P, ok) -> {ok, pipeline, P};
ok_pid(_P, {error, _} = Error) -> Error.

loop(#{drv := Drv, pipeline := P, out := Out} = State) ->
    receive
        {alcove_stdout, Drv, P, Data} ->
            output(Out, Data),
            loop(State);
        {alcove_event, Drv, P, {Tag, _} = Exit} when Tag =:= exit_status; Tag =:= termsig ->
            notify(Out, Exit),
            [From ! {self(), Exit} || From <- maps:get(waiting, State)],
            loop(State#{exit := Exit, waiting := []});
        {call, From, {send, Data}} ->
            From ! {self(), alcove:stdin(Drv, P, Data)},
            loop(State);
        {call, From, {resize, Rows, Cols}} ->
            [S, Pty] = P,
            From ! {self(), alcove:ptysize(Drv, [S], Pty, Rows, Cols)},
            loop(State);
        {call, From, eof} ->
            From ! {self(), alcove:eof(Drv, P)},
            loop(State);
        {call, From, exited} ->
            From !
                {self(),
                    case maps:get(exit, State) of
                        undefined -> false;
                        Exit -> {true, Exit}
                    end},
            loop(State);
        {call, From, wait} ->
            case maps:get(exit, State) of
                undefined -> loop(State#{waiting := [From | maps:get(waiting, State)]});
                Exit -> From ! {self(), Exit}, loop(State)
            end;
        stop ->
            [S | _] = P,
            _ = alcove:kill(Drv, [], S, sigkill),
            {Root, Made} = maps:get(root, State),
            unlink(Drv),
            ok = alcove_drv:stop(Drv),
            cleanup(Root, Made);
        _Other ->
            loop(State)
    end.

output({io, GL}, Data) -> io:put_chars(GL, Data);
output({msg, Pid}, Data) -> Pid ! {ptysh, self(), Data}.

notify({io, GL}, Exit) -> io:format(GL, "~n~p~n", [Exit]);
notify({msg, Pid}, Exit) -> Pid ! {ptysh, self(), Exit}.

call(Sh, Msg) ->
    call(Sh, Msg, ?TIMEOUT).

call(Sh, Msg, Timeout) ->
    MRef = monitor(process, Sh),
    Sh ! {call, self(), Msg},
    receive
        {Sh, Reply} ->
            demonitor(MRef, [flush]),
            Reply;
        {'DOWN', MRef, process, Sh, Reason} ->
            exit({ptysh, Reason})
    after Timeout ->
        demonitor(MRef, [flush]),
        timeout
    end.

%% A directory holding only busybox and its applets.
make_root(Opts) ->
    Busybox = proplists:get_value(busybox, Opts, "/bin/busybox"),
    Root = filename:join("/tmp", "ptysh-" ++ os:getpid() ++ "-" ++ integer_to_list(erlang:unique_integer([positive]))),
    Bin = filename:join(Root, "bin"),
    ok = filelib:ensure_dir(filename:join(Bin, "x")),
    ok = file:change_mode(Root, 8#755),
    ok = file:change_mode(Bin, 8#755),
    {ok, _} = file:copy(Busybox, filename:join(Bin, "busybox")),
    ok = file:change_mode(filename:join(Bin, "busybox"), 8#755),
    [ok = file:make_symlink("busybox", filename:join(Bin, A)) || A <- ?APPLETS],
    Root.

cleanup(Root, true) ->
    _ = file:del_dir_r(Root),
    ok;
cleanup(_Root, false) ->
    ok.
