%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%% @docfile "doc/modules/alcove_drv.edoc"
-module(alcove_drv).

%% The module documentation is doc/modules/alcove_drv.edoc (read by
%% @docfile; run edoc from the top of the tree, as rebar3 edoc does).

-behaviour(gen_server).

%% API
-export([start/0, start/1, start/2]).
-export([start_link/0, start_link/1, start_link/2]).
-export([stop/1]).
-export([call/5]).
-export([stdin/3]).
-export([stdin_queued/2, stdin_drain/3, stdin_close/4]).
-export([stdout/3, stderr/3, event/3]).
-export([raw/1, port/1]).
-export([getopts/1, progname/0]).

%% gen_server callbacks
-export([
    init/1,
    handle_call/3,
    handle_cast/2,
    handle_info/2,
    terminate/2,
    code_change/3
]).

-export_type([ref/0]).

-type ref() :: pid().
%% An `alcove_drv' server.


-record(state, {
    owner :: pid(),
    owner_ref :: reference(),
    port :: port(),
    fdctl :: pid() | undefined,
    fdctl_path :: file:filename_all(),
    fdctl_closed = false :: boolean(),
    raw = false :: boolean(),
    stream = alcove_drv_stream:new() :: alcove_drv_stream:stream(),
    % Calls sent by the owner with a request id and not yet answered.
    pending = alcove_drv_pending:new() :: alcove_drv_pending:pending(),
    % Stdin windows, the stdin_limit option and the writers waiting for
    % the bytes queued in all windows to go under it.
    windows = alcove_drv_stdin:new() :: alcove_drv_stdin:windows(),
    stdin_limit = infinity :: non_neg_integer() | infinity,
    blocked = [] :: [gen_server:from()],
    % Children that announced an exec: their fdctl_closed means exec'd.
    execs = #{} :: #{[alcove:pid_t()] => true}
}).

-type state() :: #state{}.

%% Frame type of CTL (doc/PROTOCOL.md).
-define(CTL, 6).

%%====================================================================
%% API
%%====================================================================

%% @doc Start a server owned by the caller, with default options. Not
%% linked.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> alcove:getpid(Drv, []).
%% 16170
%% '''
-spec start() -> gen_server:start_ret().
start() ->
    start(self(), []).

%% @doc Start a server owned by the caller.
%%
%% Options (bare atoms mean `{Atom, true}'; others are ignored):
%% <ul>
%% <li>`{exec, Cmd}': a command prefix for the port, e.g. `"sudo -n"'</li>
%% <li>`{progname, Path}': the alcove executable ({@link progname/0})</li>
%% <li>`{ctldir, Dir}': where the control FIFO is created. The port
%% creates it exclusively and never opens a name that exists (a file or
%% a symlink someone planted): start fails with
%% `{error, {fdctl, eexist, Path}}'</li>
%% <li>`{env, [{K, V}]}', `stderr_to_stdout': passed to `open_port/2'</li>
%% <li>`{maxchild, N}': size of the port's child table</li>
%% <li>`{maxforkdepth, N}': the port's maxforkdepth option (default 16)</li>
%% <li>`{stdin_limit, Bytes}': the most stdin data the server holds for
%% processes whose windows are full, in all; past it {@link stdin/3}
%% waits until the programs have read enough (default: no limit)</li>
%% </ul>
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start([{maxchild, 8}, {maxforkdepth, 4}]).
%% {ok,<0.90.0>}
%% 2> alcove:getopt(Drv, [], maxforkdepth).
%% 4
%% '''
-spec start(proplists:proplist()) -> gen_server:start_ret().
start(Options) ->
    start(self(), Options).

%% @doc Start a server owned by `Owner', with `Options' as in
%% {@link start/1}. Not linked. The owner receives every message from the
%% port and is the only process allowed to make calls.
%%
%% ```
%% 1> Self = self().
%% <0.81.0>
%% 2> {ok, Drv} = alcove_drv:start(Self, [{maxchild, 8}]).
%% {ok,<0.91.0>}
%% 3> alcove:getopt(Drv, [], maxchild).
%% 8
%% '''
-spec start(pid(), proplists:proplist()) -> gen_server:start_ret().
start(Owner, Options) when is_pid(Owner), is_list(Options) ->
    gen_server:start(?MODULE, [Owner, Options], []).

%% @doc As {@link start/0}, linked to the caller.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start_link().
%% {ok,<0.110.0>}
%% 2> alcove:getpid(Drv, []).
%% 15768
%% 3> alcove_drv:stop(Drv).
%% ok
%% '''
-spec start_link() -> gen_server:start_ret().
start_link() ->
    start_link(self(), []).

%% @doc As {@link start/1}, linked to the caller.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start_link([{maxchild, 8}]).
%% {ok,<0.115.0>}
%% 2> alcove:getopt(Drv, [], maxchild).
%% 8
%% '''
-spec start_link(proplists:proplist()) -> gen_server:start_ret().
start_link(Options) ->
    start_link(self(), Options).

%% @doc As {@link start/2}, linked to the caller.
%%
%% ```
%% 1> Self = self().
%% <0.81.0>
%% 2> {ok, Drv} = alcove_drv:start_link(Self, []).
%% {ok,<0.121.0>}
%% 3> alcove_drv:stop(Drv).
%% ok
%% '''
-spec start_link(pid(), proplists:proplist()) -> gen_server:start_ret().
start_link(Owner, Options) when is_pid(Owner), is_list(Options) ->
    gen_server:start_link(?MODULE, [Owner, Options], []).

%% @doc Stop the server (any process may). Returns `ok', also when the
%% server is already gone.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> alcove_drv:stop(Drv).
%% ok
%% 3> alcove_drv:stop(Drv).
%% ok
%% 4> is_process_alive(Drv).
%% false
%% '''
-spec stop(ref()) -> ok.
stop(Drv) ->
    ok = alcove_drv_call:forget(Drv),
    try gen_server:call(Drv, stop, infinity) of
        _ -> ok
    catch
        exit:_ -> ok
    end.


%% @equiv alcove_drv_call:call(Drv, Pipeline, Call, Args, Timeout)
-spec call(ref(), [alcove:pid_t()], alcove_proto:call(), [term()], timeout()) -> term().
call(Drv, Pipeline, Call, Args, Timeout) ->
    alcove_drv_call:call(Drv, Pipeline, Call, Args, Timeout).

%% @equiv alcove_drv_call:stdin(Drv, Pipeline, Data)
-spec stdin(ref(), [alcove:pid_t()], iodata()) -> ok | {alcove_error, badarg}.
stdin(Drv, Pipeline, Data) ->
    alcove_drv_call:stdin(Drv, Pipeline, Data).

%% @equiv alcove_drv_call:stdin_queued(Drv, Pipeline)
-spec stdin_queued(ref(), [alcove:pid_t()]) ->
    #{queued := non_neg_integer(), unacked := non_neg_integer()}.
stdin_queued(Drv, Pipeline) ->
    alcove_drv_call:stdin_queued(Drv, Pipeline).

%% @equiv alcove_drv_call:stdin_drain(Drv, Pipeline, Timeout)
-spec stdin_drain(ref(), [alcove:pid_t()], timeout()) -> ok | {error, closed | timeout}.
stdin_drain(Drv, Pipeline, Timeout) ->
    alcove_drv_call:stdin_drain(Drv, Pipeline, Timeout).

%% @equiv alcove_drv_call:stdin_close(Drv, Pipeline, Parent, FD)
-spec stdin_close(ref(), [alcove:pid_t(), ...], [alcove:pid_t()], alcove:fd()) ->
    queued | now | {error, not_owner}.
stdin_close(Drv, Pipeline, Parent, FD) ->
    alcove_drv_call:stdin_close(Drv, Pipeline, Parent, FD).

%% @equiv alcove_drv_call:stdout(Drv, Pipeline, Timeout)
-spec stdout(ref(), [alcove:pid_t()], timeout()) ->
    binary() | false | {alcove_error, term()}.
stdout(Drv, Pipeline, Timeout) ->
    alcove_drv_call:stdout(Drv, Pipeline, Timeout).

%% @equiv alcove_drv_call:stderr(Drv, Pipeline, Timeout)
-spec stderr(ref(), [alcove:pid_t()], timeout()) ->
    binary() | false | {alcove_error, term()}.
stderr(Drv, Pipeline, Timeout) ->
    alcove_drv_call:stderr(Drv, Pipeline, Timeout).

%% @equiv alcove_drv_call:event(Drv, Pipeline, Timeout)
-spec event(ref(), [alcove:pid_t()], timeout()) ->
    term() | false | {alcove_error, term()}.
event(Drv, Pipeline, Timeout) ->
    alcove_drv_call:event(Drv, Pipeline, Timeout).

%% @equiv alcove_drv_port:getopts(Options)
-spec getopts(proplists:proplist()) -> [string(), ...].
getopts(Options) ->
    alcove_drv_port:getopts(Options).

%% @equiv alcove_drv_port:progname()
-spec progname() -> string().
progname() ->
    alcove_drv_port:progname().

%% @doc Switch the server to raw mode (owner only): from now on port
%% output is sent undecoded as `{alcove_stdout, Drv, [], Data}'.
%%
%% Calls made afterwards get no decoded reply: the reply frame arrives as
%% raw bytes.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> alcove_drv:raw(Drv).
%% ok
%% 3> alcove_drv:call(Drv, [], getpid, [], 1000).
%% {alcove_error,timeout}
%% 4> flush().
%% Shell got {alcove_stdout,<0.83.0>,[],
%%                          <<0,0,0,12,0,4,0,0,0,2,131,98,0,0,61,200>>}
%% ok
%% '''
-spec raw(ref()) -> ok | {error, not_owner}.
raw(Drv) ->
    gen_server:call(Drv, raw, infinity).

%% @doc The Erlang port (owner only).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.83.0>}
%% 2> alcove_drv:port(Drv).
%% #Port<0.6>
%% 3> spawn(fun() -> io:format("~p~n", [alcove_drv:port(Drv)]) end).
%% {error,not_owner}
%% <0.91.0>
%% '''
-spec port(ref()) -> port() | {error, not_owner}.
port(Drv) ->
    gen_server:call(Drv, port, infinity).


%%====================================================================
%% gen_server callbacks
%%====================================================================

%% @private
-spec init([pid() | proplists:proplist()]) -> {ok, state()} | {stop, term()}.
init([Owner, Options0]) when is_pid(Owner) ->
    process_flag(trap_exit, true),
    Options = alcove_drv_port:options(Options0),
    case alcove_drv_port:open(Owner, Options) of
        {ok, #{port := Port, fdctl := Helper, fdctl_path := Path, rest := Rest}} ->
            State = #state{
                owner = Owner,
                owner_ref = erlang:monitor(process, Owner),
                port = Port,
                fdctl = Helper,
                fdctl_path = Path,
                stdin_limit =
                    case proplists:get_value(stdin_limit, Options) of
                        Limit when is_integer(Limit), Limit >= 0 -> Limit;
                        _ -> infinity
                    end
            },
            {ok, feed(Rest, State)};
        {error, {fdctl, eexist, _} = Taken} ->
            {stop, Taken};
        {error, _} = Error ->
            {stop, Error}
    end.

%% @private
-spec handle_call(term(), gen_server:from(), state()) ->
    {reply, term(), state()} | {noreply, state()} | {stop, normal, ok, state()}.
handle_call({send, Data}, {Owner, _}, #state{owner = Owner, port = Port} = State) ->
    State1 = track(Data, State),
    ok = alcove_drv_port:send(Port, Data),
    {reply, ok, State1};
handle_call(raw, {Owner, _}, #state{owner = Owner} = State) ->
    {reply, ok, raw_mode(State)};
handle_call(port, {Owner, _}, #state{owner = Owner, port = Port} = State) ->
    {reply, Port, State};
handle_call({stdin, Pipeline, Bin}, From, #state{windows = Ws} = State) ->
    {Sends, Ws1} = alcove_drv_stdin:queue(Pipeline, Bin, Ws),
    State1 = sends(Sends, State#state{windows = Ws1}),
    case alcove_drv_stdin:total(Ws1) > State1#state.stdin_limit of
        true -> {noreply, State1#state{blocked = [From | State1#state.blocked]}};
        false -> {reply, ok, State1}
    end;
handle_call({stdin_queued, Pipeline}, _From, #state{windows = Ws} = State) ->
    {reply, alcove_drv_stdin:info(Pipeline, Ws), State};
handle_call({stdin_drain, Pipeline}, From, #state{windows = Ws} = State) ->
    case alcove_drv_stdin:drain(Pipeline, From, Ws) of
        done -> {reply, ok, State};
        {wait, Ws1} -> {noreply, State#state{windows = Ws1}}
    end;
handle_call({stdin_eof, Pipeline, Parent, ReqId, Data}, {Owner, _}, #state{owner = Owner} = State) ->
    case alcove_drv_stdin:eof(Pipeline, Data, State#state.windows) of
        {queued, Ws1} ->
            % the close goes out once what was written before it did: its
            % reply goes nowhere
            Pending = alcove_drv_pending:add(Parent, ReqId, cancelled, State#state.pending),
            {reply, queued, State#state{windows = Ws1, pending = Pending}};
        now ->
            {reply, now, State}
    end;
handle_call(stop, _From, State) ->
    {stop, normal, ok, State};
handle_call(_Request, {Owner, _}, #state{owner = Owner} = State) ->
    {reply, {error, enotsup}, State};
handle_call(_Request, _From, State) ->
    {reply, {error, not_owner}, State}.

%% @private
-spec handle_cast(term(), state()) -> {noreply, state()}.
handle_cast({stdin, Data}, #state{port = Port} = State) ->
    ok = alcove_drv_port:send(Port, Data),
    {noreply, State};
handle_cast({call, Owner, Alias, Pipeline, ReqId, NoReturn, Data}, #state{owner = Owner, port = Port} = State) ->
    State1 = pend_call(Pipeline, ReqId, Alias, NoReturn, State),
    ok = alcove_drv_port:send(Port, Data),
    {noreply, State1};
handle_cast({pend, Owner, Alias, Pipeline, ReqId, NoReturn}, #state{owner = Owner} = State) ->
    % the owner wrote the request to the port itself (alcove_drv_call)
    {noreply, pend_call(Pipeline, ReqId, Alias, NoReturn, State)};
handle_cast({call, From, Alias, _Pipeline, ReqId, _NoReturn, _Data}, State) when is_pid(From) ->
    Alias ! {alcove_refused, self(), ReqId, {error, not_owner}},
    {noreply, State};
handle_cast({cancel, Owner, Pipeline, ReqId}, #state{owner = Owner, pending = Pending} = State) ->
    {noreply, State#state{pending = alcove_drv_pending:cancel(Pipeline, ReqId, Pending)}};
handle_cast(Msg, State) ->
    error_logger:error_report([{alcove_drv, unexpected_cast}, {message, Msg}]),
    {noreply, State}.

%% @private
-spec handle_info(term(), state()) -> {noreply, state()} | {stop, term(), state()}.
handle_info({Port, {data, Data}}, #state{port = Port, raw = true, owner = Owner} = State) ->
    Owner ! {alcove_stdout, self(), [], Data},
    {noreply, State};
handle_info({Port, {data, Data}}, #state{port = Port} = State) ->
    {noreply, feed(Data, State)};
handle_info({Port, {exit_status, _}}, #state{port = Port} = State) ->
    % the port's 'EXIT' follows
    {noreply, State};
handle_info({fdctl_resume, Helper}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_resume(State)};
handle_info({fdctl_closed, Helper}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_closed(State)};
handle_info({'EXIT', Helper, _Reason}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_closed(State#state{fdctl = undefined})};
handle_info({'EXIT', Port, Reason}, #state{port = Port} = State) ->
    {stop, {shutdown, Reason}, exec_done(State)};
handle_info({'DOWN', Ref, process, _, Reason}, #state{owner_ref = Ref} = State) ->
    {stop, {shutdown, {owner, Reason}}, State};
handle_info(Info, State) ->
    error_logger:error_report([{alcove_drv, unexpected_message}, {message, Info}]),
    {noreply, State}.

%% @private
-spec terminate(term(), state()) -> ok.
terminate(_Reason, #state{port = Port, fdctl = Helper, fdctl_path = Path}) ->
    _ = catch erlang:port_close(Port),
    _ =
        case Helper of
            undefined -> ok;
            _ -> exit(Helper, kill)
        end,
    % The port normally removed the FIFO at start-up (unlink call).
    _ = file:delete(Path),
    ok.

%% @private
-spec code_change(term(), state(), term()) -> {ok, state()}.
code_change(_OldVsn, State, _Extra) ->
    {ok, State}.

%%====================================================================
%% Internal
%%====================================================================

sends(Frames, #state{port = Port} = State) ->
    _ = [ok = alcove_drv_port:send(Port, Frame) || Frame <- Frames],
    State.

%% Remember the request id of a call the owner sent with {send, Data}.
track(_Data, #state{raw = true} = State) ->
    State;
track(Data, #state{owner = Owner} = State) ->
    case alcove_codec:request(Data) of
        {ok, Pipeline, ReqId} -> pend(Pipeline, ReqId, Owner, State);
        error -> State
    end.

pend_call(Pipeline, ReqId, Alias, true, State) ->
    pend(Pipeline, ReqId, {noreturn, Alias}, State);
pend_call(Pipeline, ReqId, Alias, false, State) ->
    pend(Pipeline, ReqId, Alias, State).

%% A call awaits its reply, to be sent to To (id 0 means no id; in raw
%% mode nothing replies).
pend(_Pipeline, _ReqId, _To, #state{raw = true} = State) ->
    State;
pend(Pipeline, ReqId, To, #state{pending = Pending} = State) ->
    State#state{pending = alcove_drv_pending:add(Pipeline, ReqId, To, Pending)}.

%% The control FIFO: end of file (the port exec'd or exited, once its
%% announcement is in) or a resume byte (an announced exec failed).
fdctl_closed(#state{stream = Stream} = State) ->
    case alcove_drv_stream:fdctl_eof(Stream) of
        {exec, Stream1} -> exec_done(State#state{stream = Stream1});
        {wait, Stream1} -> State#state{stream = Stream1}
    end.

fdctl_resume(#state{stream = Stream} = State) ->
    case alcove_drv_stream:fdctl_resume(Stream) of
        {ok, Stream1} -> State#state{stream = Stream1};
        {{refeed, Bin}, Stream1} -> feed(Bin, State#state{stream = Stream1})
    end.

%% The port exec'd: the owner gets fdctl_closed, then what is buffered as
%% raw data, and every later byte raw.
exec_done(#state{fdctl_closed = true} = State) ->
    State;
exec_done(#state{owner = Owner} = State) ->
    Owner ! {alcove_ctl, self(), [], fdctl_closed},
    unreachable([], {alcove_ctl, fdctl_closed}, raw_mode(State#state{fdctl_closed = true})).

%% Switching to raw mode delivers what is buffered as raw data (once).
raw_mode(#state{raw = true} = State) ->
    State;
raw_mode(#state{stream = Stream, owner = Owner} = State) ->
    {Bin, Stream1} = alcove_drv_stream:take_all(Stream),
    _ = [Owner ! {alcove_stdout, self(), [], Bin} || Bin =/= <<>>],
    State#state{raw = true, stream = Stream1}.

feed(Data, #state{stream = Stream} = State) ->
    {Frames, Status, Stream1} = alcove_drv_stream:feed(Data, Stream),
    case {frames(Frames, State#state{stream = Stream1}), Status} of
        {#state{raw = false, stream = S} = State1, {malformed, Len}} ->
            % a header that cannot be skipped: what followed is lost
            error_logger:error_report([{alcove_drv, malformed_frame_header}, {length, Len}]),
            State1#state{stream = alcove_drv_stream:discard(S)};
        {State1, _} ->
            State1
    end.

%% Frames up to the port's exec announcement (CTL exec): what follows it
%% is held by the stream, or raw if the exec is known already.
frames([], State) ->
    State;
frames([Frame | Frames], #state{stream = Stream} = State) ->
    case is_exec_announcement(Frame) of
        true ->
            case alcove_drv_stream:announced(Frames, Stream) of
                {continue, Stream1} -> frames(Frames, State#state{stream = Stream1});
                {hold, Stream1} -> State#state{stream = Stream1};
                {exec, Stream1} -> exec_done(State#state{stream = Stream1})
            end;
        false ->
            frames(Frames, frame(Frame, State))
    end.

%% CTL(exec) from the port itself (not PROXY-wrapped: a child's goes to
%% route/5).
is_exec_announcement(<<_:32, ?CTL:16, _/binary>> = Frame) ->
    try alcove_codec:decode(Frame) of
        {alcove_ctl, [], exec} -> true;
        _ -> false
    catch
        error:_ -> false
    end;
is_exec_announcement(_) ->
    false.

frame(Frame, State) ->
    try alcove_codec:decode_frame(Frame) of
        {Tag, Pipeline, ReqId, Term} -> route(Tag, Pipeline, ReqId, Term, State)
    catch
        error:Reason ->
            error_logger:error_report([
                {alcove_drv, malformed_frame},
                {reason, Reason},
                {frame, binary:part(Frame, 0, min(64, byte_size(Frame)))}
            ]),
            State
    end.

route(alcove_call, Pipeline, ReqId, Term, #state{execs = Execs} = State) when
    is_map_key(Pipeline, Execs)
->
    % a reply from a process that announced an exec: the exec failed
    route(alcove_call, Pipeline, ReqId, Term, State#state{execs = maps:remove(Pipeline, Execs)});
route(alcove_call, Pipeline, ReqId, Term, #state{pending = Pending, owner = Owner} = State) ->
    case alcove_drv_pending:take(Pipeline, ReqId, Pending) of
        {cancelled, Pending1} ->
            % the caller gave up (timeout): drop the late reply
            State#state{pending = Pending1};
        {To, Pending1} ->
            To ! {alcove_call, self(), Pipeline, Term},
            State#state{pending = Pending1};
        error ->
            % the owner's note of a request it wrote itself may come after
            % the reply (messages from two senders): it is in the mailbox
            % already, since the owner sent it before writing the request
            receive
                {'$gen_cast', {pend, Owner, Alias, Pipeline, ReqId, _}} ->
                    Alias ! {alcove_call, self(), Pipeline, Term},
                    State
            after 0 ->
                forward(alcove_call, Pipeline, Term, State)
            end
    end;
route(alcove_event, Pipeline, _, {Exit, _} = Term, State) when
    Exit =:= exit_status; Exit =:= termsig
->
    unreachable(Pipeline, {alcove_event, Term}, forward(alcove_event, Pipeline, Term, State));
route(alcove_ctl, Pipeline, _, exec, #state{execs = Execs} = State) ->
    State#state{execs = Execs#{Pipeline => true}};
route(alcove_ctl, Pipeline, _, badpid, State) ->
    State1 = windows(alcove_drv_stdin:forget(Pipeline, State#state.windows), State),
    unreachable(Pipeline, {alcove_ctl, badpid}, forward(alcove_ctl, Pipeline, badpid, State1));
route(alcove_ctl, Pipeline, _, fdctl_closed, #state{execs = Execs} = State) ->
    % after an exec announcement the process exec'd: calls to it end now;
    % otherwise it is dying and its exit event ends them
    Why =
        case maps:is_key(Pipeline, Execs) of
            true -> {alcove_ctl, fdctl_closed};
            false -> dying
        end,
    State1 = State#state{execs = maps:remove(Pipeline, Execs)},
    unreachable(Pipeline, Why, forward(alcove_ctl, Pipeline, fdctl_closed, State1));
route(alcove_window, Pipeline, _, Op, #state{windows = Ws} = State) ->
    {Sends, Replies, Ws1} = alcove_drv_stdin:window(Pipeline, Op, Ws),
    windows({Replies, Ws1}, sends(Sends, State));
route(Tag, Pipeline, _, Term, State) ->
    forward(Tag, Pipeline, Term, State).

forward(Tag, Pipeline, Term, #state{owner = Owner} = State) ->
    Owner ! {Tag, self(), Pipeline, Term},
    State.

%% New windows, the drain waiters they answered, and the writers held
%% back by stdin_limit that may go on.
windows({Replies, Ws}, #state{stdin_limit = Limit, blocked = Blocked} = State) ->
    _ = [gen_server:reply(From, Reply) || {From, Reply} <- Replies],
    case Blocked =/= [] andalso alcove_drv_stdin:total(Ws) =< Limit of
        true ->
            _ = [gen_server:reply(From, ok) || From <- lists:reverse(Blocked)],
            State#state{windows = Ws, blocked = []};
        false ->
            State#state{windows = Ws}
    end.

%% The process at Pipeline exited, exec'ed or does not exist: no reply
%% can come from it or through it, and no stdin can reach the processes
%% below it (alcove_drv_pending:ended/3 says which calls end, and how).
unreachable(Pipeline, Why, State0) ->
    State = windows(alcove_drv_stdin:below(Pipeline, State0#state.windows), State0),
    {Notices, Pending} = alcove_drv_pending:ended(Pipeline, Why, State#state.pending),
    _ = [Alias ! {alcove_end, self(), ReqId, End} || {Alias, ReqId, End} <- Notices],
    State#state{pending = Pending}.
