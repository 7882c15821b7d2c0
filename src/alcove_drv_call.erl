%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc The part of the driver that runs in the calling process.
%%%
%%% `alcove_drv' exports these functions (it is the interface); their code
%%% lives here because it runs in the caller, not in the server: a call
%%% sends its request to the server and waits for the reply by selective
%%% receive; the readers take one message from the caller's own mailbox.
%%% Nothing here holds server state.
-module(alcove_drv_call).

-export([call/5]).
-export([stdin/3, stdin_queued/2, stdin_drain/3, stdin_close/4]).
-export([stdout/3, stderr/3, event/3]).
-export([forget/1]).

%%====================================================================
%% API (exported by alcove_drv)
%%====================================================================

%% @doc Call `Call' with `Args' in the process addressed by `Pipeline' and
%% wait up to `Timeout' for the reply.
%%
%% Returns the reply term; `{alcove_error, E}' for a failure that
%% `alcove' raises (`badarg', `undef', `badpid', `timeout',
%% `{exit_status, N}', `{termsig, S}', `{eagain, N}'...); or the result of
%% the `{send, Data}' request when it is not `ok' (`{error, not_owner}').
%% An unknown `Call' fails with `function_clause'.
%%
%% A pipeline element that is not an integer gives `{alcove_error,
%% badarg}'; an integer outside the 32-bit signed range gives
%% `{alcove_error, badpid}' (nothing is sent). A request larger than the
%% port's frame limit (128 MiB) gives `{alcove_error, badarg}'.
%%
%% On timeout the request is cancelled: its reply, if it comes later, is
%% dropped by the server. If the reply was already on its way, it is
%% returned instead of `timeout'. If the server dies while the caller
%% waits, the caller exits with `{Reason, {alcove_drv, call, [Drv,
%% Pipeline, Call]}}', as `gen_server:call/3' would.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> alcove_drv:call(Drv, [], getpid, [], 5000).
%% 15764
%% 3> alcove_drv:call(Drv, [], open, ["/nonexistent", [o_rdonly], 0], 5000).
%% {error,enoent}
%% 4> alcove_drv:call(Drv, [12345], getpid, [], 5000).
%% {alcove_error,badpid}
%% 5> alcove_drv:call(Drv, [foo], getpid, [], 5000).
%% {alcove_error,badarg}
%% '''
-spec call(alcove_drv:ref(), [alcove:pid_t()], alcove_proto:call(), [term()], timeout()) -> term().
call(Drv, Pipeline, Call, Args, Timeout) when
    is_list(Pipeline),
    is_atom(Call),
    is_list(Args),
    (is_integer(Timeout) orelse Timeout =:= infinity)
->
    _ = alcove_proto:call(Call),
    case check_pipeline(Pipeline) of
        ok ->
            ReqId = reqid(),
            Data = alcove_codec:call(Call, Pipeline, Args, ReqId),
            case iolist_size(Data) - 4 > alcove_codec:frame_max() of
                true ->
                    {alcove_error, badarg};
                false ->
                    send_call(Drv, Pipeline, Call, ReqId, Data, Timeout)
            end;
        Error ->
            {alcove_error, Error}
    end.

%% @doc Write `Data' to the stdin of the process addressed by `Pipeline'.
%%
%% Not owner-checked. Any size is accepted, and nothing is lost: each
%% process has a stdin window (256 KiB, doc/PROTOCOL.md) in the process
%% that holds its stdin pipe; what does not fit in the window waits in
%% this server, per pipeline and in order, and is sent as the program
%% reads. So a program that does not read its stdin delays nothing but
%% its own stream: calls, events, kills and other processes' data go on.
%% {@link stdin_queued/2} tells how much waits, {@link stdin_drain/3}
%% waits until it has reached the program.
%%
%% Returns `ok' once the server holds the data; with the `{stdin_limit,
%% Bytes}' start option it returns only once the bytes waiting in the
%% server (for all pipelines) are no more than `Bytes' (the writer is held
%% back, nothing is dropped). Data for a process whose stdin was closed,
%% or that exited, is discarded, as a write to a closed pipe would be.
%% With `[]' the bytes are written unframed to the port (which must have
%% exec'ed). A pipeline element that is not a 32-bit signed integer gives
%% `{alcove_error, badarg}'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15766}
%% 3> alcove:execvp(Drv, [Pid], "cat", ["cat"]).
%% ok
%% 4> alcove_drv:stdin(Drv, [Pid], <<"hello\n">>).
%% ok
%% 5> alcove_drv:stdout(Drv, [Pid], 5000).
%% <<"hello\n">>
%% 6> alcove_drv:stdin(Drv, [foo], <<"x">>).
%% {alcove_error,badarg}
%% '''
-spec stdin(alcove_drv:ref(), [alcove:pid_t()], iodata()) -> ok | {alcove_error, badarg}.
stdin(Drv, [], Data) ->
    gen_server:cast(Drv, {stdin, Data});
stdin(Drv, Pipeline, Data) when is_list(Pipeline) ->
    case check_pipeline(Pipeline) of
        ok ->
            Bin = iolist_to_binary(Data),
            try
                gen_server:call(Drv, {stdin, Pipeline, Bin}, infinity)
            catch
                % a server that is gone takes data like a closed pipe
                exit:_ -> ok
            end;
        _ ->
            {alcove_error, badarg}
    end.

%% @doc How many stdin bytes for `Pipeline' are held: `queued', waiting in
%% this server for window credit, and `unacked', sent to the port but not
%% yet written to the program's stdin pipe. Both are 0 for a pipeline the
%% server knows no window for (the port itself, or a process that exited).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15766}
%% 3> alcove:execvp(Drv, [Pid], "sleep", ["sleep", "60"]).
%% ok
%% 4> alcove:stdin(Drv, [Pid], binary:copy(<<0>>, 1048576)).
%% ok
%% 5> alcove_drv:stdin_queued(Drv, [Pid]).
%% #{queued => 786432,unacked => 262144}
%% '''
-spec stdin_queued(alcove_drv:ref(), [alcove:pid_t()]) ->
    #{queued := non_neg_integer(), unacked := non_neg_integer()}.
stdin_queued(Drv, Pipeline) when is_list(Pipeline) ->
    gen_server:call(Drv, {stdin_queued, Pipeline}, infinity).

%% @doc Wait up to `Timeout' until every stdin byte written so far for
%% `Pipeline' has reached the program's stdin pipe. Returns `ok', `{error,
%% closed}' if the process's stdin was closed or the process exited with
%% data still waiting (that data is discarded), or `{error, timeout}'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15766}
%% 3> alcove:execvp(Drv, [Pid], "sh", ["sh", "-c", "sleep 1; exec cat >/dev/null"]).
%% ok
%% 4> alcove:stdin(Drv, [Pid], binary:copy(<<0>>, 16777216)).
%% ok
%% 5> alcove_drv:stdin_drain(Drv, [Pid], 100).
%% {error,timeout}
%% 6> alcove_drv:stdin_drain(Drv, [Pid], 5000).
%% ok
%% '''
-spec stdin_drain(alcove_drv:ref(), [alcove:pid_t()], timeout()) -> ok | {error, closed | timeout}.
stdin_drain(Drv, Pipeline, Timeout) when is_list(Pipeline) ->
    try
        gen_server:call(Drv, {stdin_drain, Pipeline}, Timeout)
    catch
        exit:{timeout, _} -> {error, timeout}
    end.

%% @doc Close the stdin of the process at `Pipeline' after the data
%% written so far (owner only; used by `alcove:eof/2,3'). `FD' is the
%% descriptor of that stdin in the parent, `Parent'. Returns `queued' if
%% data for the process is still waiting in the server: the close is then
%% sent, and its reply dropped, once that data is on its way (the parent
%% closes the pipe once the data is written). Returns `now' if nothing
%% waits: the caller closes the descriptor itself.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15766}
%% 3> [#alcove_pid{stdin = FD}] = alcove:cpid(Drv, []).
%% 4> alcove_drv:stdin_close(Drv, [Pid], [], FD).
%% now
%% '''
-spec stdin_close(alcove_drv:ref(), [alcove:pid_t(), ...], [alcove:pid_t()], alcove:fd()) ->
    queued | now | {error, not_owner}.
stdin_close(Drv, Pipeline, Parent, FD) ->
    ReqId = reqid(),
    Data = alcove_codec:call(close, Parent, [FD], ReqId),
    gen_server:call(Drv, {stdin_eof, Pipeline, Parent, ReqId, Data}, infinity).

%% @doc Take one stdout message for exactly `Pipeline' from the caller's
%% mailbox, waiting up to `Timeout'. Returns `false' if none arrived.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15766}
%% 3> alcove:execvp(Drv, [Pid], "cat", ["cat"]).
%% ok
%% 4> alcove_drv:stdin(Drv, [Pid], <<"hello\n">>).
%% ok
%% 5> alcove_drv:stdout(Drv, [Pid], 5000).
%% <<"hello\n">>
%% 6> alcove_drv:stdout(Drv, [Pid], 100).
%% false
%% '''
-spec stdout(alcove_drv:ref(), [alcove:pid_t()], timeout()) ->
    binary() | false | {alcove_error, term()}.
stdout(Drv, Pipeline, Timeout) ->
    read(alcove_stdout, Drv, Pipeline, deadline(Timeout)).

%% @doc Take one stderr message for exactly `Pipeline'; see {@link stdout/3}.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15767}
%% 3> alcove:execvp(Drv, [Pid], "sh", ["sh", "-c", "echo oops >&2"]).
%% ok
%% 4> alcove_drv:stderr(Drv, [Pid], 5000).
%% <<"oops\n">>
%% '''
-spec stderr(alcove_drv:ref(), [alcove:pid_t()], timeout()) ->
    binary() | false | {alcove_error, term()}.
stderr(Drv, Pipeline, Timeout) ->
    read(alcove_stderr, Drv, Pipeline, deadline(Timeout)).

%% @doc Take one event message for exactly `Pipeline'; see {@link stdout/3}.
%% The exit of a forked process, for instance, is an event for its
%% pipeline.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,15766}
%% 3> alcove:execvp(Drv, [Pid], "cat", ["cat"]).
%% ok
%% 4> alcove:kill(Drv, [], Pid, sigterm).
%% ok
%% 5> alcove_drv:event(Drv, [Pid], 5000).
%% {termsig,sigterm}
%% 6> alcove_drv:event(Drv, [Pid], 100).
%% false
%% '''
-spec event(alcove_drv:ref(), [alcove:pid_t()], timeout()) ->
    term() | false | {alcove_error, term()}.
event(Drv, Pipeline, Timeout) ->
    read(alcove_event, Drv, Pipeline, deadline(Timeout)).


%%====================================================================
%% Internal
%%====================================================================

check_pipeline([]) ->
    ok;
check_pipeline([Pid | Pids]) when is_integer(Pid), Pid >= -16#80000000, Pid =< 16#7fffffff ->
    check_pipeline(Pids);
check_pipeline([Pid | _]) when is_integer(Pid) ->
    badpid;
check_pipeline(_) ->
    badarg.

reqid() ->
    case erlang:unique_integer([positive]) band 16#ffffffff of
        0 -> reqid();
        N -> N
    end.

deadline(infinity) ->
    infinity;
deadline(Timeout) ->
    erlang:monotonic_time(millisecond) + Timeout.

remaining(infinity) ->
    infinity;
remaining(Deadline) ->
    max(0, Deadline - erlang:monotonic_time(millisecond)).

%% The owner writes the request to the port itself, after telling the
%% server (a cast) where the reply goes: a call costs the VM one message
%% to the server and its reply, not two messages and the server's write,
%% and it reaches the port even while the server is busy with a flood.
%% The server takes the cast before the reply, which the port can only
%% write after the request, and looks for it in its mailbox if the reply
%% came first (alcove_drv). Any other caller (or a registered name) sends
%% the request to the server, which writes it to the port, or answers
%% `{alcove_refused, Drv, ReqId, {error, not_owner}}' to a caller that is
%% not the owner. Waiting for a gen_server reply first would cost one more
%% message (and often a wake-up on another CPU) per call; the monitor
%% catches a server that is gone.
%%
%% The reply is sent to the monitor's alias, so it lands in the caller's
%% mailbox like any message from the server. On timeout the caller
%% deactivates the alias and takes a reply that already arrived: a reply
%% coming later is dropped by the runtime, and the caller never waits for
%% the server, however busy it is.
send_call(Drv, Pipeline, Call, ReqId, Data, Timeout) ->
    MRef = erlang:monitor(process, Drv, [{alias, demonitor}]),
    NoReturn = alcove_proto:noreturn(Call),
    case owner_port(Drv) of
        {ok, Port} ->
            ok = gen_server:cast(Drv, {pend, self(), MRef, Pipeline, ReqId, NoReturn}),
            try
                erlang:port_command(Port, Data)
            catch
                % the port is closed: the server is stopping (the monitor
                % tells)
                error:badarg -> ok
            end;
        false ->
            ok = gen_server:cast(Drv, {call, self(), MRef, Pipeline, ReqId, NoReturn, Data})
    end,
    Reply =
        case reply(NoReturn, ReqId, Drv, Pipeline, MRef, deadline(Timeout)) of
            timeout ->
                true = erlang:demonitor(MRef, [flush]),
                ok = gen_server:cast(Drv, {cancel, self(), Pipeline, ReqId}),
                case reply(NoReturn, ReqId, Drv, Pipeline, MRef, deadline(0)) of
                    timeout -> {alcove_error, timeout};
                    {'DOWN', _} -> {alcove_error, timeout};
                    Late -> Late
                end;
            Reply0 ->
                true = erlang:demonitor(MRef, [flush]),
                Reply0
        end,
    case Reply of
        {'DOWN', Reason} ->
            forget(Drv),
            exit({Reason, {alcove_drv, call, [Drv, Pipeline, Call]}});
        _ ->
            Reply
    end.

%% The port of the server, if this process owns it and both are on this
%% node (asked once per server and kept in the process dictionary until
%% the server is seen to stop). The owner of a server never changes. A
%% server on another node is sent the request.
owner_port(Drv) when is_pid(Drv), node(Drv) =:= node() ->
    case get({?MODULE, Drv}) of
        undefined ->
            Owned =
                try alcove_drv:port(Drv) of
                    Port when is_port(Port), node(Port) =:= node() -> {ok, Port};
                    _ -> false
                catch
                    exit:_ -> false
                end,
            _ = [put({?MODULE, Drv}, Owned) || Owned =/= false],
            Owned;
        Owned ->
            Owned
    end;
owner_port(_Name) ->
    false.

-spec forget(alcove_drv:ref()) -> ok.
forget(Drv) ->
    _ = erase({?MODULE, Drv}),
    ok.

%% Reply matching of alcove 1.0.1 (API.md 5.2), plus the server monitor.
%% A call is ended by the exit, exec or badpid of its target only through
%% the server's `{alcove_end, Drv, ReqId, End}' for this request: an exit
%% event or a notice about an earlier process with the same pipeline,
%% still in the mailbox, is not taken for the answer.
reply(NoReturn, ReqId, Drv, Pipeline, MRef, Deadline) ->
    receive
        {alcove_refused, Drv, ReqId, Error} ->
            Error;
        {alcove_end, Drv, ReqId, End} ->
            ended(NoReturn, Drv, Pipeline, End);
        {alcove_ctl, Drv, Pipeline, Error} when Error =/= fdctl_closed, Error =/= badpid ->
            {alcove_error, Error};
        {alcove_call, Drv, Pipeline, badarg} ->
            {alcove_error, badarg};
        {alcove_call, Drv, Pipeline, undef} ->
            {alcove_error, undef};
        {alcove_call, Drv, Pipeline, Reply} ->
            Reply;
        {'DOWN', MRef, process, _, Reason} ->
            {'DOWN', Reason}
    after remaining(Deadline) ->
        timeout
    end.

%% The call's target (or a process on its way) is gone. The message that
%% ended the call answers it, as in alcove 1.0.1, and is taken from the
%% mailbox (the server sent it before the alcove_end): an exec answers an
%% exec call `ok' and any other call `badpid', and is left in the mailbox
%% then, as a notice.
ended(_NoReturn, _Drv, _Pipeline, below) ->
    {alcove_error, badpid};
ended(true, Drv, Pipeline, {alcove_ctl, fdctl_closed}) ->
    take(alcove_ctl, Drv, Pipeline, fdctl_closed),
    ok;
ended(false, _Drv, _Pipeline, {alcove_ctl, fdctl_closed}) ->
    {alcove_error, badpid};
ended(_NoReturn, Drv, Pipeline, {Tag, Term}) ->
    take(Tag, Drv, Pipeline, Term),
    {alcove_error, Term}.

take(Tag, Drv, Pipeline, Term) ->
    receive
        {Tag, Drv, Pipeline, Term} -> ok
    after 0 -> ok
    end.

%% stdout/stderr/event readers (API.md 5.3).
read(Tag, Drv, Pipeline, Deadline) ->
    receive
        {alcove_ctl, Drv, Pipeline, fdctl_closed} ->
            read(Tag, Drv, Pipeline, Deadline);
        {alcove_ctl, Drv, Pipeline, Error} ->
            {alcove_error, Error};
        {alcove_call, Drv, Pipeline, badarg} ->
            {alcove_error, badarg};
        {alcove_call, Drv, Pipeline, undef} ->
            {alcove_error, undef};
        {Tag, Drv, Pipeline, Term} ->
            Term
    after remaining(Deadline) ->
        false
    end.
