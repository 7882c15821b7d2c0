%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc The gen_server that owns the alcove port.
%%%
%%% `alcove_drv' starts the port executable, writes the requests made by
%%% `alcove_codec' to it and turns the port's byte stream back into
%%% messages for its owner, all of the shape `{Tag, Drv, Pipeline, Term}'
%%% with `Tag' one of `alcove_call', `alcove_stdout', `alcove_stderr',
%%% `alcove_event' and `alcove_ctl' (alcove 1.0.1's `alcove_pipe' is never
%%% sent: nothing is dropped). The owner is the
%%% process that started the server (or the pid given to
%%% {@link start/2}); only the owner may send requests, and every message
%%% goes to the owner's mailbox.
%%%
%%% {@link call/5} is the synchronous call used by the generated `alcove'
%%% module: it sends a request and waits, by selective receive, for the
%%% reply addressed to its pipeline. It keeps alcove 1.0.1's message
%%% shapes and adds:
%%%
%%% <ul>
%%% <li>request ids: a call that timed out is cancelled, so its late reply
%%% is dropped by the server instead of being taken for the reply of the
%%% next call on the same pipeline;</li>
%%% <li>a monitor on the server: if it (or the port) dies during a call,
%%% the caller exits like a `gen_server:call/3' would, instead of waiting
%%% forever;</li>
%%% <li>a call that can never be answered because a process on its
%%% pipeline exited, exec'ed or was reported as a bad pid raises
%%% `badpid';</li>
%%% <li>negative pids in a pipeline are matched (the port's `badpid'
%%% report for `[-1]' is decoded as `[-1]').</li>
%%% </ul>
%%%
%%% This module is the server (port I/O, pending calls, routing, stdin
%%% windows). Code that runs in the caller is {@link alcove_drv_call},
%%% start-up and the FIFO watcher {@link alcove_drv_port}; both are
%%% exported from here too. `alcove_drv_stream' (stream reassembly) and
%%% `alcove_drv_stdin' (the windows' bookkeeping) are pure.
%%%
%%% The port holds a control FIFO open close-on-exec; a helper process
%%% reads it and tells the server when the port exec'ed or exited. The
%%% server then sends the owner `{alcove_ctl, Drv, [], fdctl_closed}' and
%%% switches to raw mode, in which port output is delivered undecoded as
%%% `{alcove_stdout, Drv, [], Data}'.
-module(alcove_drv).

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

%% A call awaiting its reply: where the reply goes (the caller's alias, or
%% the owner for requests sent with {send, Data}), or `cancelled' (the
%% caller gave up: the reply is dropped).
-type pending() :: #{
    {[alcove:pid_t()], alcove_codec:reqid()} => pid() | reference() | cancelled
}.

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
    pending = #{} :: pending(),
    % Stdin windows, the stdin_limit option and the writers waiting for
    % the bytes queued in all windows to go under it.
    windows = alcove_drv_stdin:new() :: alcove_drv_stdin:windows(),
    stdin_limit = infinity :: non_neg_integer() | infinity,
    blocked = [] :: [gen_server:from()]
}).

-type state() :: #state{}.

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
%% <li>`{ctldir, Dir}': where the control FIFO is created</li>
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
        {error, _} = Error ->
            {stop, Error}
    end.

%% @private
-spec handle_call(term(), gen_server:from(), state()) ->
    {reply, term(), state()} | {noreply, state()} | {stop, normal, ok, state()}.
handle_call({send, Data}, {Owner, _}, #state{owner = Owner, port = Port} = State) ->
    State1 = track(Data, State),
    ok = send(Port, Data),
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
            Pending = State#state.pending,
            {reply, queued, State#state{
                windows = Ws1,
                pending = Pending#{{Parent, ReqId} => cancelled}
            }};
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
    ok = send(Port, Data),
    {noreply, State};
handle_cast({call, Owner, Alias, Pipeline, ReqId, Data}, #state{owner = Owner, port = Port} = State) ->
    State1 = pend(Pipeline, ReqId, Alias, State),
    ok = send(Port, Data),
    {noreply, State1};
handle_cast({call, From, Alias, _Pipeline, ReqId, _Data}, State) when is_pid(From) ->
    Alias ! {alcove_refused, self(), ReqId, {error, not_owner}},
    {noreply, State};
handle_cast({cancel, Owner, Pipeline, ReqId}, #state{owner = Owner, pending = Pending} = State) ->
    Key = {Pipeline, ReqId},
    case Pending of
        #{Key := _} -> {noreply, State#state{pending = Pending#{Key := cancelled}}};
        _ -> {noreply, State}
    end;
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
handle_info({fdctl_closed, Helper}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_closed(State)};
handle_info({'EXIT', Helper, _Reason}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_closed(State#state{fdctl = undefined})};
handle_info({'EXIT', Port, Reason}, #state{port = Port} = State) ->
    {stop, {shutdown, Reason}, fdctl_closed(State)};
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

send(Port, Data) ->
    try erlang:port_command(Port, Data) of
        true -> ok
    catch
        % the port is gone: its exit message stops the server
        error:badarg -> ok
    end.

sends(Frames, #state{port = Port} = State) ->
    _ = [ok = send(Port, Frame) || Frame <- Frames],
    State.

%% Remember the request id of a call the owner sent with {send, Data}.
track(_Data, #state{raw = true} = State) ->
    State;
track(Data, #state{owner = Owner} = State) ->
    case alcove_codec:request(Data) of
        {ok, Pipeline, ReqId} -> pend(Pipeline, ReqId, Owner, State);
        error -> State
    end.

%% A call awaits its reply, to be sent to To (id 0 means no id; in raw
%% mode nothing replies).
pend(_Pipeline, 0, _To, State) ->
    State;
pend(_Pipeline, _ReqId, _To, #state{raw = true} = State) ->
    State;
pend(Pipeline, ReqId, To, #state{pending = Pending} = State) ->
    State#state{pending = Pending#{{Pipeline, ReqId} => To}}.

fdctl_closed(#state{fdctl_closed = true} = State) ->
    State;
fdctl_closed(#state{owner = Owner} = State) ->
    State1 = raw_mode(State),
    Owner ! {alcove_ctl, self(), [], fdctl_closed},
    unreachable([], State1#state{fdctl_closed = true}).

%% Switching to raw mode delivers a partial frame still buffered as raw
%% data (once), then empties the buffer.
raw_mode(#state{raw = true} = State) ->
    State;
raw_mode(#state{stream = Stream, owner = Owner} = State) ->
    {Bin, Stream1} = alcove_drv_stream:take_all(Stream),
    _ =
        case Bin of
            <<>> -> ok;
            _ -> Owner ! {alcove_stdout, self(), [], Bin}
        end,
    State#state{raw = true, stream = Stream1}.

feed(Data, #state{stream = Stream} = State) ->
    {Frames, Status, Stream1} = alcove_drv_stream:feed(Data, Stream),
    _ =
        case Status of
            ok ->
                ok;
            {malformed, Len} ->
                % a malformed header cannot be skipped: what followed is lost
                error_logger:error_report([{alcove_drv, malformed_frame_header}, {length, Len}])
        end,
    lists:foldl(fun frame/2, State#state{stream = Stream1}, Frames).

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

route(alcove_call, Pipeline, ReqId, Term, #state{pending = Pending} = State) when
    ReqId =/= 0, map_size(Pending) > 0
->
    case maps:take({Pipeline, ReqId}, Pending) of
        {cancelled, Pending1} ->
            % the caller gave up (timeout): drop the late reply
            State#state{pending = Pending1};
        {To, Pending1} ->
            To ! {alcove_call, self(), Pipeline, Term},
            State#state{pending = Pending1};
        error ->
            forward(alcove_call, Pipeline, Term, State)
    end;
route(alcove_event, Pipeline, _, {Exit, _} = Term, State) when
    Exit =:= exit_status; Exit =:= termsig
->
    unreachable(Pipeline, forward(alcove_event, Pipeline, Term, State));
route(alcove_ctl, Pipeline, _, badpid, State) ->
    State1 = windows(alcove_drv_stdin:forget(Pipeline, State#state.windows), State),
    unreachable(Pipeline, forward(alcove_ctl, Pipeline, badpid, State1));
route(alcove_ctl, Pipeline, _, fdctl_closed, State) ->
    unreachable(Pipeline, forward(alcove_ctl, Pipeline, fdctl_closed, State));
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
%% can come from it or through it any more, and nothing can be written
%% to the stdin of processes below it. Calls pending on it are forgotten
%% (their caller gets the message just forwarded); calls pending on
%% pipelines through it get `badpid'.
unreachable(Pipeline, State0) ->
    State = windows(alcove_drv_stdin:below(Pipeline, State0#state.windows), State0),
    unreachable_calls(Pipeline, State).

unreachable_calls(_Pipeline, #state{pending = Pending} = State) when map_size(Pending) =:= 0 ->
    State;
unreachable_calls(Pipeline, #state{pending = Pending} = State) ->
    Pending1 = maps:filter(
        fun({Pids, _}, Status) ->
            case lists:prefix(Pipeline, Pids) of
                false ->
                    true;
                true when Pids =:= Pipeline ->
                    false;
                true ->
                    _ =
                        case Status of
                            cancelled -> ok;
                            To -> To ! {alcove_ctl, self(), Pids, badpid}
                        end,
                    false
            end
        end,
        Pending
    ),
    State#state{pending = Pending1}.
