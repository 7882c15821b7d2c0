%%% exec and stdio: streaming after exec, eof, flow control, output before
%%% exit, untrusted output, the port itself exec'ing, no size limits.
-module(alcove_exec_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    execvp_cat/1,
    execvp_enoent/1,
    execve_env/1,
    execve_badarg/1,
    fexecve_env/1,
    stderr_stream/1,
    stdout_before_exec/1,
    eof_twice/1,
    output_before_exit/1,
    output_before_exit_deep/1,
    grandchild_holds_pipe/1,
    flowcontrol/1,
    flowcontrol_default_inherited/1,
    frames_in_output_are_data/1,
    stdin_large/1,
    stdout_large_deep/1,
    stream_16/1,
    port_exec_raw/1,
    malformed_frames/1,
    trailing_bytes/1,
    portstress/1,
    inflight_exec_badpid/1,
    port_exec_output/1,
    port_exec_failed/1
]).

all() ->
    [
        execvp_cat,
        execvp_enoent,
        execve_env,
        execve_badarg,
        fexecve_env,
        stderr_stream,
        stdout_before_exec,
        eof_twice,
        output_before_exit,
        output_before_exit_deep,
        grandchild_holds_pipe,
        flowcontrol,
        flowcontrol_default_inherited,
        frames_in_output_are_data,
        stdin_large,
        stdout_large_deep,
        stream_16,
        port_exec_raw,
        malformed_frames,
        trailing_bytes,
        portstress,
        inflight_exec_badpid,
        port_exec_output,
        port_exec_failed
    ].

init_per_testcase(_Case, Config) ->
    [{drv, start_drv()} | Config].

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%% cat echoes stdin to stdout; eof ends it with status 0.
execvp_cat(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "cat", ["cat"]),
    ok = alcove:stdin(Drv, [C], "abc\n"),
    [<<"abc\n">>] = alcove:stdout(Drv, [C], 5000),
    ok = alcove:eof(Drv, [C]),
    {exit_status, 0} = alcove:event(Drv, [C], 5000).

%% A failed exec answers the errno and leaves the event loop running.
execvp_enoent(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {error, enoent} = alcove:execvp(Drv, [C], "/nonexistent", ["x"]),
    {error, enoent} = alcove:execve(Drv, [C], "/nonexistent", ["x"], []),
    C = alcove:getpid(Drv, [C]),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", "exit 4"]),
    {exit_status, 4} = wait_event(Drv, [C]).

%% execve passes exactly the given environment.
execve_env(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execve(Drv, [C], "/usr/bin/env", ["env"], ["A=1", <<"B=two">>]),
    {<<"A=1\nB=two\n">>, <<>>, {exit_status, 0}} = collect(Drv, [C]),
    {ok, C2} = alcove:fork(Drv, []),
    ok = alcove:execve(Drv, [C2], "/usr/bin/env", ["env"], []),
    {<<>>, <<>>, {exit_status, 0}} = collect(Drv, [C2]).

%% Non-iodata in argv or env is badarg, and the process still answers.
execve_badarg(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {'EXIT', {badarg, _}} = (catch alcove:execve(Drv, [C], "/usr/bin/env", ["env"], ["A=1", false])),
    {'EXIT', {badarg, _}} = (catch alcove:execvp(Drv, [C], "", ["x"])),
    {'EXIT', {badarg, _}} = (catch alcove:execvp(Drv, [C], "/bin/true", [256])),
    C = alcove:getpid(Drv, [C]).

%% fexecve runs an open descriptor.
fexecve_env(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, FD} = alcove:open(Drv, [C], "/usr/bin/env", [o_rdonly, o_cloexec], 0),
    ok = alcove:fexecve(Drv, [C], FD, ["env"], ["FOO=bar"]),
    {<<"FOO=bar\n">>, <<>>, {exit_status, 0}} = collect(Drv, [C]).

%% stderr of an exec'd program arrives tagged as stderr.
stderr_stream(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh"]),
    ok = alcove:stdin(Drv, [C], "nonexistent_command_xyz\n"),
    <<"sh: ", _/binary>> = iolist_to_binary(alcove:stderr(Drv, [C], 5000)),
    ok = alcove:stdin(Drv, [C], "echo 0123456789\n"),
    [<<"0123456789\n">>] = alcove:stdout(Drv, [C], 5000).

%% stdin sent before exec is kept for the program: the pipe is data only.
stdout_before_exec(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:stdin(Drv, [C], "early\n"),
    C = alcove:getpid(Drv, [C]),
    ok = alcove:execvp(Drv, [C], "/bin/cat", ["cat"]),
    [<<"early\n">>] = alcove:stdout(Drv, [C], 5000).

%% eof on stdout/stderr closes once, then ebadf; stdin likewise.
eof_twice(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:execvp(Drv, [C, G], "/bin/cat", ["cat"]),
    ok = alcove:eof(Drv, [C, G], stderr),
    {error, ebadf} = alcove:eof(Drv, [C, G], stderr),
    ok = alcove:eof(Drv, [C, G], stdout),
    {error, ebadf} = alcove:eof(Drv, [C, G], stdout),
    ok = alcove:eof(Drv, [C, G], stdin),
    case alcove:eof(Drv, [C, G], stdin) of
        {error, esrch} -> ok;
        {error, ebadf} -> ok
    end,
    {error, esrch} = alcove:eof(Drv, []),
    %% the relay is intact
    C = alcove:getpid(Drv, [C]).

output_rounds(Drv, Pipeline0, Sizes) ->
    lists:foreach(
        fun(Size) ->
            {ok, C} = alcove:fork(Drv, Pipeline0),
            P = Pipeline0 ++ [C],
            Cmd = io_lib:format("head -c ~B /dev/zero; head -c ~B /dev/zero >&2; exit 3", [Size, Size div 2]),
            ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", lists:flatten(Cmd)]),
            {Out, Err, Event} = collect(Drv, P),
            Half = Size div 2,
            {Size, Half, {exit_status, 3}} = {byte_size(Out), byte_size(Err), Event}
        end,
        Sizes
    ).

%% All stdout and stderr arrives before the exit event (1.0.1 could send
%% the tail after it).
output_before_exit(Config) ->
    Drv = ?config(drv, Config),
    rand:seed(exsss, {1, 2, 3}),
    Sizes = [0, 1, 65535, 65536, 65537, 1048576 | [rand:uniform(1048576) || _ <- lists:seq(1, 20)]],
    output_rounds(Drv, [], Sizes).

%% The same at depth 4.
output_before_exit_deep(Config) ->
    Drv = ?config(drv, Config),
    P = fork_chain(Drv, 3),
    rand:seed(exsss, {4, 5, 6}),
    output_rounds(Drv, P, [0, 65536, 1048576 | [rand:uniform(1048576) || _ <- lists:seq(1, 10)]]).

%% A background process holding the pipe does not withhold the exit event,
%% and what was written before the exit arrives first.
grandchild_holds_pipe(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/sh", ["sh", "-c", "echo before; (sleep 1; echo after) & exit 0"]),
    {<<"before\n">>, <<>>, {exit_status, 0}} = collect(Drv, [C]),
    [<<"after\n">>] = alcove:stdout(Drv, [C], 3000).

%% flowcontrol 0 stops reading; a grant of 2 gives exactly two messages.
flowcontrol(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    true = alcove:setcpid(Drv, [], C, flowcontrol, 0),
    ok = alcove:execvp(Drv, [C], "/usr/bin/yes", ["yes"]),
    [] = alcove:stdout(Drv, [C], 1000),
    true = alcove:setcpid(Drv, [], C, flowcontrol, 2),
    %% two reads, two messages, then the credit is spent
    [true, true] = [is_binary(alcove_drv:stdout(Drv, [C], 5000)) || _ <- [1, 2]],
    0 = alcove:getcpid(Drv, [], C, flowcontrol),
    [] = alcove:stdout(Drv, [C], 500).

%% The flowcontrol option is the initial credit of new children.
flowcontrol_default_inherited(Config) ->
    Drv = ?config(drv, Config),
    true = alcove:setopt(Drv, [], flowcontrol, 1),
    {ok, C} = alcove:fork(Drv, []),
    1 = alcove:getcpid(Drv, [], C, flowcontrol),
    ok = alcove:execvp(Drv, [C], "/bin/echo", ["echo", "test"]),
    {<<"test\n">>, <<>>, {exit_status, 0}} = collect(Drv, [C]),
    true = alcove:setopt(Drv, [], flowcontrol, -5),
    -1 = alcove:getopt(Drv, [], flowcontrol).

%% Bytes that look like protocol frames are delivered as stdout data.
frames_in_output_are_data(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [C], "/bin/cat", ["cat"]),
    Evil = iolist_to_binary([
        <<0, 0, 0, 12, 0, 4, 0, 0, 0, 0>>, term_to_binary(ok),
        <<0, 0, 0, 2, 0, 6>>,
        <<255, 255, 255, 255>>
    ]),
    ok = alcove:stdin(Drv, [C], Evil),
    Evil = iolist_to_binary(alcove:stdout(Drv, [C], 2000)),
    C2 = alcove:getpid(Drv, []),
    true = is_integer(C2).

%% stdin larger than any frame arrives whole (no 64 KiB cap).
stdin_large(Config) ->
    Drv = ?config(drv, Config),
    P = fork_chain(Drv, 2),
    ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", "sleep 1; wc -c"]),
    Data = binary:copy(<<"0123456789abcdef">>, 1024 * 1024),
    ok = alcove:stdin(Drv, P, Data),
    ok = alcove:eof(Drv, P),
    {Out, <<>>, {exit_status, 0}} = collect(Drv, P),
    16777216 = binary_to_integer(string:trim(Out)).

%% 32 MiB of stdout from depth 4 arrives exactly.
stdout_large_deep(Config) ->
    Drv = ?config(drv, Config),
    P = fork_chain(Drv, 4),
    ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", "head -c 33554432 /dev/zero"]),
    {Out, <<>>, {exit_status, 0}} = collect(Drv, P),
    33554432 = byte_size(Out),
    <<0:8>> = binary:part(Out, byte_size(Out) - 1, 1).

%% 16-deep pipeline streams `yes | head` exactly.
stream_16(Config) ->
    Drv = ?config(drv, Config),
    P = fork_chain(Drv, 16),
    N = 1048576,
    {ok, sig_info} = alcove:sigaction(Drv, P, sigpipe, sig_dfl),
    ok = alcove:execvp(Drv, P, "/bin/sh", ["sh", "-c", "yes | head -" ++ integer_to_list(N)]),
    {Out, <<>>, {exit_status, 0}} = collect(Drv, P),
    true = byte_size(Out) =:= 2 * N.

%% The port itself may exec: the owner gets fdctl_closed and raw stdio.
port_exec_raw(Config) ->
    Drv = ?config(drv, Config),
    %% execvp returns ok once it has seen fdctl_closed for []
    ok = alcove:execvp(Drv, [], "/bin/cat", ["cat"]),
    ok = alcove:stdin(Drv, [], <<"raw bytes">>),
    <<"raw bytes">> = iolist_to_binary(alcove:stdout(Drv, [], 2000)).

%% Malformed frames from the Erlang side get an error and the loop keeps
%% answering.
malformed_frames(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    Deep = iolist_to_binary([binary:copy(<<108, 0, 0, 0, 1>>, 100), <<106>>, binary:copy(<<106>>, 100)]),
    Bad = [
        %% CALL with a short body
        frame(4, <<1>>),
        %% CALL with an unknown call id
        frame(4, <<1:32, 65535:16, 131, 104, 0>>),
        %% CALL whose args are not a term
        frame(4, <<1:32, 36:16, 99>>),
        %% CALL whose args tuple says it has 200 elements
        frame(4, <<1:32, 36:16, 131, 104, 200>>),
        %% CALL with a wrong arity
        frame(4, <<1:32, 36:16, 131, 104, 1, 97, 1>>),
        %% an unknown frame type
        frame(99, <<>>),
        %% deep nesting inside an iolist_to_bin argument
        frame(4, <<1:32, 45:16, 131, 104, 1, Deep/binary>>),
        %% STDIN and PROXY too short to hold a pid
        frame(0, <<1, 2>>),
        frame(3, <<1>>)
    ],
    lists:foreach(
        fun(Frame) ->
            ok = gen_server:call(Drv, {send, Frame}),
            ok = error_reply(Drv, []),
            Pid = alcove:getpid(Drv, []),
            true = is_integer(Pid),
            %% and through a relay
            Wrapped = <<(byte_size(Frame) + 6):32, 3:16, C:32, Frame/binary>>,
            ok = gen_server:call(Drv, {send, Wrapped}),
            ok = error_reply(Drv, [C]),
            C = alcove:getpid(Drv, [C])
        end,
        Bad
    ).

error_reply(Drv, Pipeline) ->
    receive
        {alcove_call, Drv, Pipeline, E} when E =:= badarg; E =:= undef -> ok;
        {alcove_ctl, Drv, Pipeline, badarg} -> ok
    after 5000 -> {no_error_reply, flush_msgs(Drv)}
    end.

frame(Type, Body) ->
    <<(byte_size(Body) + 2):32, Type:16, Body/binary>>.

%% 1000 consecutive calls to a child all succeed.
portstress(Config) ->
    Drv = ?config(drv, Config),
    {ok, C} = alcove:fork(Drv, []),
    [<<"1.0.1">> = alcove:version(Drv, [C]) || _ <- lists:seq(1, 1000)],
    ok.

%% A CALL whose arguments are followed by stray bytes is malformed.
trailing_bytes(Config) ->
    Drv = ?config(drv, Config),
    Args = term_to_binary({}),
    Id = alcove_proto:call(getpid),
    ok = gen_server:call(Drv, {send, frame(4, <<7:32, Id:16, Args/binary, 1, 2, 3>>)}),
    ok = error_reply(Drv, []),
    true = is_integer(alcove:getpid(Drv, [])).

%% An exec whose call timed out still happens; a call sent to the process
%% meanwhile raises badpid instead of waiting for the program to exit,
%% whether it reaches the process before the exec is seen or after.
inflight_exec_badpid(Config) ->
    Drv = ?config(drv, Config),
    lists:foreach(
        fun(_) ->
            {ok, A} = alcove:fork(Drv, []),
            {'EXIT', {timeout, _}} = (catch alcove:execvp(Drv, [A], "/bin/sleep", ["sleep", "1000"], 0)),
            {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [A], 5000)),
            % and so does the next one
            {'EXIT', {badpid, _}} = (catch alcove:getpid(Drv, [A], 5000)),
            ok = alcove:kill(Drv, [], A, sigkill),
            {termsig, sigkill} = alcove:event(Drv, [A], 5000)
        end,
        lists:seq(1, 16)
    ),
    true = is_integer(alcove:getpid(Drv, [])).

%% The port execs a program that writes at once: nothing it writes is
%% taken for a frame, in 16 tries out of 16.
port_exec_output(_Config) ->
    lists:foreach(
        fun(_) ->
            Drv = start_drv(),
            ok = alcove:execvp(Drv, [], "/bin/sh", ["sh", "-c", "printf 'hello\\n'; exec cat"]),
            ok = alcove:stdin(Drv, [], "ping\n"),
            <<"hello\nping\n">> = raw_stdout(Drv, <<"hello\nping\n">>, <<>>),
            stop_drv(Drv)
        end,
        lists:seq(1, 16)
    ).

%% A failed exec of the port is answered and frames go on.
port_exec_failed(Config) ->
    Drv = ?config(drv, Config),
    {error, enoent} = alcove:execvp(Drv, [], "/nonexistent", ["x"]),
    true = is_integer(alcove:getpid(Drv, [])),
    {ok, C} = alcove:fork(Drv, []),
    C = alcove:getpid(Drv, [C]),
    ok = alcove:execvp(Drv, [], "/bin/cat", ["cat"]),
    ok = alcove:stdin(Drv, [], <<"after">>),
    <<"after">> = raw_stdout(Drv, <<"after">>, <<>>).

%% Raw port output until Want (or what came when nothing more does).
raw_stdout(Drv, Want, Acc) when byte_size(Acc) >= byte_size(Want) ->
    Acc;
raw_stdout(Drv, Want, Acc) ->
    receive
        {alcove_stdout, Drv, [], Data} -> raw_stdout(Drv, Want, <<Acc/binary, Data/binary>>)
    after 5000 -> Acc
    end.
