%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc The gen_server that owns the alcove port.
%%%
%%% `alcove_drv' starts the port executable, writes the requests made by
%%% `alcove_codec' to it and turns the port's byte stream back into
%%% messages for its owner, all of the shape `{Tag, Drv, Pipeline, Term}'
%%% with `Tag' one of `alcove_call', `alcove_stdout', `alcove_stderr',
%%% `alcove_event', `alcove_ctl' and `alcove_pipe'. The owner is the
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
%%% `badpid' (or the exit status of its target), also when it was already
%%% on its way to the process when it exec'ed;</li>
%%% <li>only what happens after a call was sent ends it: the exit event
%%% of an earlier process with the same pipeline (a pid reused in a pid
%%% namespace), still in the mailbox, does not answer it;</li>
%%% <li>negative pids in a pipeline are matched (the port's `badpid'
%%% report for `[-1]' is decoded as `[-1]').</li>
%%% </ul>
%%%
%%% The port holds a control FIFO open close-on-exec; a helper process
%%% reads it and tells the server when the port exec'ed or exited. The
%%% server then sends the owner `{alcove_ctl, Drv, [], fdctl_closed}' and
%%% switches to raw mode, in which port output is delivered undecoded as
%%% `{alcove_stdout, Drv, [], Data}'. The port announces its exec in-band
%%% (its last frame, doc/PROTOCOL.md), so the switch happens exactly where
%%% the program's output starts: none of it is taken for a frame.
-module(alcove_drv).

-behaviour(gen_server).

%% API
-export([start/0, start/1, start/2]).
-export([start_link/0, start_link/1, start_link/2]).
-export([stop/1]).
-export([call/5]).
-export([stdin/3]).
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

-type pending() :: #{{[alcove:pid_t()], alcove_codec:reqid()} => pending | noreturn | cancelled}.

-record(state, {
    owner :: pid(),
    owner_ref :: reference(),
    port :: port(),
    fdctl :: pid() | undefined,
    fdctl_path :: file:filename_all(),
    fdctl_closed = false :: boolean(),
    raw = false :: boolean(),
    % Undecoded bytes: chunks (newest first) holding `size' bytes; nothing
    % is decoded before `need' bytes (the first frame) are there.
    need = 4 :: pos_integer(),
    size = 0 :: non_neg_integer(),
    chunks = [] :: [binary()],
    % Calls sent by the owner with a request id and not yet answered.
    pending = #{} :: pending(),
    % The port's exec: after its announcement (CTL exec, the last frame
    % before the exec), port output is held until the control FIFO says
    % whether the exec happened (end of file: the held bytes are raw) or
    % not (a resume byte: they are frames). `resumes': resume bytes that
    % came before their announcement; `fdctl_eof': end of file came
    % before the announcement.
    held = undefined :: undefined | iodata(),
    resumes = 0 :: non_neg_integer(),
    fdctl_eof = false :: boolean(),
    % Children that announced an exec: their fdctl_closed means the exec
    % happened (not that they died). Cleared by a reply (the exec failed).
    execs = #{} :: #{[alcove:pid_t()] => true}
}).

-type state() :: #state{}.

%% Largest stdin payload put in one frame.
-define(STDIN_CHUNK, 65536).

%% Leftover partial frames shorter than this are copied so that they do
%% not keep a large chunk of port data alive.
-define(COPY_TAIL, 4096).

%% Exit status of a port that found the control FIFO's name taken.
-define(EEXIST, 17).

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
%% creates it exclusively and never opens a name that exists: if one
%% does (a file or a symlink someone planted), start fails with
%% `{error, {fdctl, eexist, Path}}'</li>
%% <li>`{env, [{K, V}]}', `stderr_to_stdout': passed to `open_port/2'</li>
%% <li>`{maxchild, N}': size of the port's child table</li>
%% <li>`{maxforkdepth, N}': the port's maxforkdepth option (default 16)</li>
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
-spec call(ref(), [alcove:pid_t()], alcove_proto:call(), [term()], timeout()) -> term().
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
%% Asynchronous and not owner-checked. Any size is accepted: the data is
%% split into frames of at most 64 KiB. With `[]' the bytes are written
%% unframed to the port (which must have exec'ed). A pipeline element that
%% is not a 32-bit signed integer gives `{alcove_error, badarg}'.
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
-spec stdin(ref(), [alcove:pid_t()], iodata()) -> ok | {alcove_error, badarg}.
stdin(Drv, [], Data) ->
    gen_server:cast(Drv, {stdin, Data});
stdin(Drv, Pipeline, Data) when is_list(Pipeline) ->
    case check_pipeline(Pipeline) of
        ok ->
            Bin = iolist_to_binary(Data),
            Frames = [alcove_codec:stdin(Pipeline, Part) || Part <- split(Bin, 0, [])],
            gen_server:cast(Drv, {stdin, Frames});
        _ ->
            {alcove_error, badarg}
    end.

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
-spec stdout(ref(), [alcove:pid_t()], timeout()) ->
    binary() | false | {alcove_error, term()} | {alcove_pipe, {eagain, non_neg_integer()}}.
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
-spec stderr(ref(), [alcove:pid_t()], timeout()) ->
    binary() | false | {alcove_error, term()} | {alcove_pipe, {eagain, non_neg_integer()}}.
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
-spec event(ref(), [alcove:pid_t()], timeout()) ->
    term() | false | {alcove_error, term()} | {alcove_pipe, {eagain, non_neg_integer()}}.
event(Drv, Pipeline, Timeout) ->
    read(alcove_event, Drv, Pipeline, deadline(Timeout)).

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

%% @doc Build the port command line: `[Executable | Arguments]'.
%%
%% The words of `{exec, Cmd}' (split on spaces) come first, then the
%% alcove executable (`{progname, Path}', default {@link progname/0}),
%% then the switches made, in order, from `{fdctl, Path}' (`-c'),
%% `{depth, N}' (`-d') and `{maxchild, N}' (`-m'). The first word is
%% resolved with `os:find_executable/1'; if it cannot be found the call
%% raises `badarg'.
%%
%% ```
%% 1> alcove_drv:getopts([{exec, "env  -i"}, {progname, <<"/bin/true">>}, {depth, 2}]).
%% ["/usr/bin/env","-i","/bin/true","-d","2"]
%% 2> alcove_drv:getopts([{maxchild, 64}]).
%% ["/tmp/build-doc/default/lib/alcove/priv/alcove","-m","64"]
%% '''
-spec getopts(proplists:proplist()) -> [string(), ...].
getopts(Options0) ->
    Options = options(Options0),
    Exec = proplists:get_value(exec, Options, ""),
    Progname = proplists:get_value(progname, Options, progname()),
    Switches = lists:append([switch(Opt) || Opt <- Options]),
    Words = [
        Word
     || Word <- [to_list(W) || W <- string:lexemes(to_list(Exec), " ")] ++
            [to_list(Progname) | Switches],
        Word =/= ""
    ],
    [Cmd | Args] = Words,
    case os:find_executable(Cmd) of
        false -> erlang:error(badarg, [Cmd]);
        Path -> [Path | Args]
    end.

%% @doc Default path of the alcove executable: `alcove' in the priv
%% directory of the application, or in `../priv' next to the directory
%% holding this module when the application is not known to the code
%% server.
%%
%% ```
%% 1> alcove_drv:progname().
%% "/tmp/build-doc/default/lib/alcove/priv/alcove"
%% '''
-spec progname() -> string().
progname() ->
    case code:priv_dir(alcove) of
        {error, bad_name} ->
            filename:join([filename:dirname(beam_dir()), "priv", "alcove"]);
        Dir ->
            % absolute: a relative code path (ERL_LIBS=_build/default/lib)
            % gives a relative priv directory
            filename:absname(filename:join(Dir, "alcove"))
    end.

%%====================================================================
%% gen_server callbacks
%%====================================================================

%% @private
-spec init([pid() | proplists:proplist()]) -> {ok, state()} | {stop, term()}.
init([Owner, Options0]) when is_pid(Owner) ->
    process_flag(trap_exit, true),
    Options = options(Options0),
    CtlDir = proplists:get_value(ctldir, Options, ctldir()),
    Hash = erlang:phash2([os:getpid(), self()]),
    Path = filename:join(CtlDir, "fdctl." ++ integer_to_list(Hash)),
    [Cmd | Args] = getopts([{fdctl, Path} | Options]),
    Port = erlang:open_port({spawn_executable, Cmd}, port_options(Args, Options)),
    State = #state{
        owner = Owner,
        owner_ref = erlang:monitor(process, Owner),
        port = Port,
        fdctl_path = Path
    },
    Result =
        case init_reply(Port, <<>>, Owner) of
            {ok, ok, Rest} ->
                init_opts(Options, init_fdctl(feed(Rest, State)));
            {ok, Hello, _} ->
                {stop, {error, {hello, Hello}}};
            {error, {exit_status, ?EEXIST}} ->
                % the FIFO's name was taken: refused, and not ours to remove
                {stop, {fdctl, eexist, Path}};
            {error, _} = Error ->
                {stop, Error}
        end,
    case Result of
        {ok, _} ->
            Result;
        {stop, {fdctl, eexist, _}} ->
            _ = catch erlang:port_close(Port),
            Result;
        {stop, _} ->
            % terminate/2 is not called when init/1 fails
            _ = catch erlang:port_close(Port),
            _ = file:delete(Path),
            Result
    end.

%% @private
-spec handle_call(term(), gen_server:from(), state()) ->
    {reply, term(), state()} | {stop, normal, ok, state()}.
handle_call({send, Data}, {Owner, _}, #state{owner = Owner, port = Port} = State) ->
    State1 = track(Data, State),
    ok = send(Port, Data),
    {reply, ok, State1};
handle_call(raw, {Owner, _}, #state{owner = Owner} = State) ->
    {reply, ok, raw_mode(State)};
handle_call(port, {Owner, _}, #state{owner = Owner, port = Port} = State) ->
    {reply, Port, State};
handle_call({cancel, Pipeline, ReqId}, {Owner, _}, #state{owner = Owner} = State) ->
    Pending = State#state.pending,
    Key = {Pipeline, ReqId},
    case maps:is_key(Key, Pending) of
        true -> {reply, pending, State#state{pending = Pending#{Key := cancelled}}};
        false -> {reply, delivered, State}
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
handle_cast({call, Owner, Pipeline, ReqId, Data}, #state{owner = Owner, port = Port} = State) ->
    State1 = pend(Pipeline, ReqId, State),
    ok = send(Port, Data),
    {noreply, State1};
handle_cast({noreturn, Call}, State0) ->
    % a call that does not return on success (exec, exit): its end is
    % the process's exit or exec (unreachable/3)
    {noreply, #state{pending = Pending} = State} = handle_cast(Call, State0),
    {call, _, Pipeline, ReqId, _} = Call,
    case Pending of
        #{{Pipeline, ReqId} := pending} ->
            {noreply, State#state{pending = Pending#{{Pipeline, ReqId} := noreturn}}};
        _ ->
            {noreply, State}
    end;
handle_cast({call, From, _Pipeline, ReqId, _Data}, State) when is_pid(From) ->
    From ! {alcove_refused, self(), ReqId, {error, not_owner}},
    {noreply, State};
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
handle_info({fdctl_closed, Helper}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_closed(State)};
handle_info({fdctl_resume, Helper}, #state{fdctl = Helper} = State) ->
    {noreply, fdctl_resume(State)};
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
%% Internal: start-up
%%====================================================================

options(Options) ->
    [
        case Opt of
            Atom when is_atom(Atom) -> {Atom, true};
            _ -> Opt
        end
     || Opt <- Options, is_atom(Opt) orelse is_tuple(Opt)
    ].

switch({fdctl, Path}) -> ["-c", to_list(Path)];
switch({depth, N}) when is_integer(N) -> ["-d", integer_to_list(N)];
switch({maxchild, N}) when is_integer(N) -> ["-m", integer_to_list(N)];
switch(_) -> [].

to_list(B) when is_binary(B) -> binary_to_list(B);
to_list(L) when is_list(L) -> L.

port_options(Args, Options) ->
    [{args, Args}, stream, binary, exit_status] ++
        [stderr_to_stdout || proplists:get_bool(stderr_to_stdout, Options)] ++
        case lists:keyfind(env, 1, Options) of
            {env, Env} -> [{env, Env}];
            false -> []
        end.

beam_dir() ->
    case code:which(?MODULE) of
        File when is_list(File) -> filename:dirname(filename:absname(File));
        _ -> filename:absname("ebin")
    end.

ctldir() ->
    filename:join(filename:dirname(beam_dir()), "priv").

%% Wait for the next CALL reply from the port itself ([]), forwarding
%% anything else to the owner. Returns the reply and the bytes after it.
init_reply(Port, Buf, Owner) ->
    receive
        {Port, {data, Data}} ->
            {Frames, Rest} = alcove_codec:stream(<<Buf/binary, Data/binary>>),
            case init_take(Frames, Owner) of
                {ok, Term, Left} -> {ok, Term, iolist_to_binary([Left, Rest])};
                none -> init_reply(Port, Rest, Owner)
            end;
        {Port, {exit_status, Status}} ->
            {error, {exit_status, Status}};
        {'EXIT', Port, normal} ->
            {error, port_init_failed};
        {'EXIT', Port, Reason} ->
            {error, Reason}
    end.

init_take([], _Owner) ->
    none;
init_take([Frame | Frames], Owner) ->
    case alcove_codec:decode(Frame) of
        {alcove_call, [], Term} ->
            {ok, Term, Frames};
        {Tag, Pipeline, Term} ->
            Owner ! {Tag, self(), Pipeline, Term},
            init_take(Frames, Owner)
    end.

%% Options without a command line switch are set with setopt once the
%% port is up: `{maxforkdepth, N}'.
init_opts(Options, {ok, #state{port = Port, owner = Owner} = State}) ->
    case proplists:get_value(maxforkdepth, Options) of
        N when is_integer(N), N >= 0 ->
            ok = send(Port, alcove_codec:call(setopt, [], [maxforkdepth, N])),
            case init_reply(Port, <<>>, Owner) of
                {ok, true, Rest} -> {ok, feed(Rest, State)};
                {ok, Reply, _} -> {stop, {error, {maxforkdepth, Reply}}};
                {error, _} = Error -> {stop, Error}
            end;
        _ ->
            {ok, State}
    end;
init_opts(_Options, Stop) ->
    Stop.

%% Open the control FIFO in a helper, then have the port remove its name.
init_fdctl(#state{port = Port, owner = Owner, fdctl_path = Path} = State) ->
    Server = self(),
    Helper = spawn_link(fun() -> fdctl_helper(Server, Path) end),
    receive
        {fdctl_open, Helper} ->
            ok = send(Port, alcove_codec:call(unlink, [], [Path])),
            case init_reply(Port, <<>>, Owner) of
                {ok, ok, Rest} ->
                    {ok, feed(Rest, State#state{fdctl = Helper})};
                {ok, _, Rest} ->
                    % `undef' (or an error) from the port: remove the name
                    % ourselves.
                    _ = file:delete(Path),
                    {ok, feed(Rest, State#state{fdctl = Helper})};
                {error, _} = Error ->
                    true = exit(Helper, kill),
                    {stop, Error}
            end;
        {'EXIT', Helper, Reason} ->
            {stop, {error, Reason}};
        {'EXIT', Port, normal} ->
            true = exit(Helper, kill),
            {stop, {error, port_init_failed}};
        {'EXIT', Port, Reason} ->
            true = exit(Helper, kill),
            {stop, {error, Reason}}
    end.

%% The port is the only writer of the FIFO and holds it close-on-exec:
%% reading it returns end of file when the port exec'ed or exited. The
%% read is done by a small `cat' started as a port, so that no scheduler
%% thread of the VM blocks on the FIFO (a blocking file:read/2 would hold
%% one dirty I/O thread per driver).
fdctl_helper(Server, Path) ->
    Sh =
        case os:find_executable("sh") of
            false -> "/bin/sh";
            Found -> Found
        end,
    % what the port writes to the FIFO (resume bytes) comes out of cat
    Watch = erlang:open_port(
        {spawn_executable, Sh},
        [
            {args, ["-c", "exec 0<\"$1\" && echo open && exec cat", "alcove-fdctl", Path]},
            binary,
            exit_status,
            stream
        ]
    ),
    fdctl_wait(Server, Watch, {opening, <<>>}).

fdctl_wait(Server, Watch, {opening, Buf}) ->
    receive
        {Watch, {data, Data}} ->
            case <<Buf/binary, Data/binary>> of
                <<"open\n", Resumes/binary>> ->
                    Server ! {fdctl_open, self()},
                    fdctl_resumes(Server, Resumes),
                    fdctl_wait(Server, Watch, open);
                Acc ->
                    fdctl_wait(Server, Watch, {opening, Acc})
            end;
        {Watch, {exit_status, Status}} ->
            exit({fdctl, {open_failed, Status}})
    end;
fdctl_wait(Server, Watch, open) ->
    receive
        {Watch, {data, Data}} ->
            fdctl_resumes(Server, Data),
            fdctl_wait(Server, Watch, open);
        {Watch, {exit_status, _}} ->
            Server ! {fdctl_closed, self()},
            ok
    end.

%% One message per resume byte.
fdctl_resumes(Server, Bytes) ->
    _ = [Server ! {fdctl_resume, self()} || <<_>> <= Bytes],
    ok.

%%====================================================================
%% Internal: server
%%====================================================================

send(Port, Data) ->
    try erlang:port_command(Port, Data) of
        true -> ok
    catch
        % the port is gone: its exit message stops the server
        error:badarg -> ok
    end.

%% Remember the request id of a call the owner sent with {send, Data}.
track(_Data, #state{raw = true} = State) ->
    State;
track(Data, State) ->
    case alcove_codec:request(Data) of
        {ok, Pipeline, ReqId} -> pend(Pipeline, ReqId, State);
        error -> State
    end.

%% A call awaits its reply (id 0 means no id; in raw mode nothing replies).
pend(_Pipeline, 0, State) ->
    State;
pend(_Pipeline, _ReqId, #state{raw = true} = State) ->
    State;
pend(Pipeline, ReqId, #state{pending = Pending} = State) ->
    State#state{pending = Pending#{{Pipeline, ReqId} => pending}}.

%% End of file on the control FIFO: the port exec'd (or exited). Output
%% held since its announcement is raw; before the announcement it is
%% frames (the announcement is on its way).
fdctl_closed(#state{fdctl_closed = true} = State) ->
    State;
fdctl_closed(#state{held = undefined} = State) ->
    State#state{fdctl_eof = true};
fdctl_closed(State) ->
    exec_done(State).

%% A resume byte: the announced exec failed, or the new image is alcove.
fdctl_resume(#state{held = undefined, resumes = N} = State) ->
    State#state{resumes = N + 1};
fdctl_resume(#state{held = Held} = State) ->
    feed(iolist_to_binary(Held), State#state{held = undefined}).

%% CTL(exec) from the port: the last frame before it exec'd.
exec_announced(#state{resumes = N} = State) when N > 0 ->
    State#state{resumes = N - 1};
exec_announced(#state{fdctl_eof = true} = State) ->
    exec_done(State#state{held = []});
exec_announced(State) ->
    State#state{held = []}.

%% The port exec'd: the owner gets fdctl_closed, then what is buffered
%% as raw data, and every later byte raw.
exec_done(#state{fdctl_closed = true} = State) ->
    State;
exec_done(#state{owner = Owner, chunks = Chunks, held = Held} = State) ->
    Owner ! {alcove_ctl, self(), [], fdctl_closed},
    _ =
        case iolist_to_binary([lists:reverse(Chunks) | held(Held)]) of
            <<>> -> ok;
            Bin -> Owner ! {alcove_stdout, self(), [], Bin}
        end,
    State1 = State#state{
        raw = true, need = 4, size = 0, chunks = [], held = undefined, fdctl_closed = true
    },
    unreachable([], {alcove_ctl, fdctl_closed}, State1).

held(undefined) -> [];
held(Held) -> Held.

%% Switching to raw mode delivers a partial frame still buffered as raw
%% data (once), then empties the buffer.
raw_mode(#state{raw = true} = State) ->
    State;
raw_mode(#state{chunks = Chunks, owner = Owner} = State) ->
    _ =
        case iolist_to_binary(lists:reverse(Chunks)) of
            <<>> -> ok;
            Bin -> Owner ! {alcove_stdout, self(), [], Bin}
        end,
    State#state{raw = true, need = 4, size = 0, chunks = []}.

%% Append port data to the buffer; decode once the first frame is whole.
%% Chunks are only joined when a frame is complete, so a large frame
%% arriving in many chunks is copied a bounded number of times.
feed(Data, #state{held = Held} = State) when Held =/= undefined ->
    State#state{held = [Held, Data]};
feed(<<>>, State) ->
    State;
feed(Data, #state{need = Need, size = Size, chunks = Chunks} = State) ->
    Size1 = Size + byte_size(Data),
    case Size1 < Need of
        true ->
            State#state{size = Size1, chunks = [Data | Chunks]};
        false ->
            Bin =
                case Chunks of
                    [] -> Data;
                    _ -> iolist_to_binary(lists:reverse(Chunks, [Data]))
                end,
            {Frames, Rest} = alcove_codec:stream(Bin),
            frames(Frames, Rest, State#state{need = 4, size = 0, chunks = []})
    end.

%% Frames up to the port's exec announcement; what follows it is held, or
%% raw if the exec is known already.
frames([], Rest, State) ->
    rest(Rest, State);
frames([Frame | Frames], Rest, State0) ->
    case frame(Frame, State0) of
        #state{raw = true, owner = Owner} = State ->
            _ =
                case iolist_to_binary([Frames, Rest]) of
                    <<>> -> ok;
                    Bin -> Owner ! {alcove_stdout, self(), [], Bin}
                end,
            State;
        #state{held = undefined} = State ->
            frames(Frames, Rest, State);
        State ->
            State#state{held = [Frames, Rest]}
    end.

rest(<<>>, State) ->
    State#state{need = 4, size = 0, chunks = []};
rest(<<Len:32, _/binary>> = Rest, State) when Len < 2; Len > 134217728 ->
    % A malformed header cannot be skipped: drop what is buffered.
    error_logger:error_report([
        {alcove_drv, malformed_frame_header},
        {length, Len},
        {bytes, byte_size(Rest)}
    ]),
    State#state{need = 4, size = 0, chunks = []};
rest(Rest0, State) ->
    Rest =
        case byte_size(Rest0) < ?COPY_TAIL of
            true -> binary:copy(Rest0);
            false -> Rest0
        end,
    Need =
        case Rest of
            <<Len:32, _/binary>> -> 4 + Len;
            _ -> 4
        end,
    State#state{need = Need, size = byte_size(Rest), chunks = [Rest]}.

frame(Frame, State) ->
    try alcove_codec:decode(Frame) of
        {Tag, Pipeline, Term} -> route(Tag, Pipeline, Term, Frame, State)
    catch
        error:Reason ->
            error_logger:error_report([
                {alcove_drv, malformed_frame},
                {reason, Reason},
                {frame, binary:part(Frame, 0, min(64, byte_size(Frame)))}
            ]),
            State
    end.

%% A reply from a process that announced an exec: the exec failed.
route(alcove_call, Pipeline, Term, Frame, #state{execs = Execs} = State) when
    is_map_key(Pipeline, Execs)
->
    route(alcove_call, Pipeline, Term, Frame, State#state{execs = maps:remove(Pipeline, Execs)});
route(alcove_call, Pipeline, Term, Frame, #state{pending = Pending} = State) when
    map_size(Pending) > 0
->
    case alcove_codec:decode_reqid(Frame) of
        {ok, _, ReqId} when ReqId =/= 0 ->
            case maps:take({Pipeline, ReqId}, Pending) of
                {cancelled, Pending1} ->
                    % the caller gave up (timeout): drop the late reply
                    State#state{pending = Pending1};
                {Status, Pending1} when Status =:= pending; Status =:= noreturn ->
                    forward(alcove_call, Pipeline, Term, State#state{pending = Pending1});
                error ->
                    forward(alcove_call, Pipeline, Term, State)
            end;
        _ ->
            forward(alcove_call, Pipeline, Term, State)
    end;
route(alcove_event, Pipeline, {Exit, _} = Term, _Frame, State) when
    Exit =:= exit_status; Exit =:= termsig
->
    unreachable(Pipeline, {alcove_event, Term}, forward(alcove_event, Pipeline, Term, State));
route(alcove_ctl, [], exec, _Frame, State) ->
    exec_announced(State);
route(alcove_ctl, Pipeline, exec, _Frame, #state{execs = Execs} = State) ->
    State#state{execs = Execs#{Pipeline => true}};
route(alcove_ctl, Pipeline, fdctl_closed, _Frame, #state{execs = Execs} = State) ->
    % after an exec announcement the process exec'd: calls to it end now;
    % otherwise it is dying and its exit event ends them
    Why =
        case maps:is_key(Pipeline, Execs) of
            true -> {alcove_ctl, fdctl_closed};
            false -> dying
        end,
    State1 = State#state{execs = maps:remove(Pipeline, Execs)},
    unreachable(Pipeline, Why, forward(alcove_ctl, Pipeline, fdctl_closed, State1));
route(alcove_ctl, Pipeline, badpid, _Frame, State) ->
    unreachable(Pipeline, {alcove_ctl, badpid}, forward(alcove_ctl, Pipeline, badpid, State));
route(Tag, Pipeline, Term, _Frame, State) ->
    forward(Tag, Pipeline, Term, State).

forward(Tag, Pipeline, Term, #state{owner = Owner} = State) ->
    Owner ! {Tag, self(), Pipeline, Term},
    State.

%% The process at Pipeline exited, exec'ed or does not exist: no reply
%% can come from it or through it any more. Every call pending on it or
%% through it is ended by `{alcove_end, Drv, ReqId, End}' to its caller
%% (after the message just forwarded): `End' is `{Tag, Term}', that
%% message, for a call to Pipeline itself, `below' for a call through it.
%% `Why' = `dying' (fdctl_closed without an exec announcement): calls to
%% Pipeline that return on success wait for its exit event; exec and exit
%% calls end with the fdctl_closed.
%% Only calls sent before the message can be ended by it: a message about
%% a process that ended before a call was sent (a stale exit event, for a
%% new process that reuses the pid) never answers that call.
unreachable(_Pipeline, _Why, #state{pending = Pending} = State) when map_size(Pending) =:= 0 ->
    State;
unreachable(Pipeline, Why, #state{pending = Pending, owner = Owner} = State) ->
    Pending1 = maps:filter(
        fun({Pids, ReqId}, Status) ->
            case lists:prefix(Pipeline, Pids) of
                false ->
                    true;
                true when Pids =:= Pipeline, Why =:= dying, Status =:= pending ->
                    true;
                true ->
                    End =
                        case Pids of
                            Pipeline when Why =:= dying -> {alcove_ctl, fdctl_closed};
                            Pipeline -> Why;
                            _ -> below
                        end,
                    _ =
                        case Status of
                            cancelled -> ok;
                            _ -> Owner ! {alcove_end, self(), ReqId, End}
                        end,
                    false
            end
        end,
        Pending
    ),
    State#state{pending = Pending1}.

%%====================================================================
%% Internal: callers
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

split(Bin, Off, Acc) when byte_size(Bin) - Off =< ?STDIN_CHUNK ->
    lists:reverse(Acc, [binary:part(Bin, Off, byte_size(Bin) - Off)]);
split(Bin, Off, Acc) ->
    split(Bin, Off + ?STDIN_CHUNK, [binary:part(Bin, Off, ?STDIN_CHUNK) | Acc]).

deadline(infinity) ->
    infinity;
deadline(Timeout) ->
    erlang:monotonic_time(millisecond) + Timeout.

remaining(infinity) ->
    infinity;
remaining(Deadline) ->
    max(0, Deadline - erlang:monotonic_time(millisecond)).

%% The request goes to the server as a cast: the server writes it to the
%% port, or answers `{alcove_refused, Drv, ReqId, {error, not_owner}}' to
%% a caller that is not the owner. Waiting for a gen_server reply first
%% would cost one more message (and often a wake-up on another CPU) per
%% call; the monitor catches a server that is gone.
send_call(Drv, Pipeline, Call, ReqId, Data, Timeout) ->
    MRef = erlang:monitor(process, Drv),
    Cast =
        case alcove_proto:noreturn(Call) of
            true -> {noreturn, {call, self(), Pipeline, ReqId, Data}};
            false -> {call, self(), Pipeline, ReqId, Data}
        end,
    ok = gen_server:cast(Drv, Cast),
    % reply/5 needs the request id: it travels with the noreturn flag
    Reply = wait(Drv, Pipeline, ReqId, {alcove_proto:noreturn(Call), ReqId}, MRef, Timeout),
    true = erlang:demonitor(MRef, [flush]),
    case Reply of
        {'DOWN', Reason} -> exit({Reason, {?MODULE, call, [Drv, Pipeline, Call]}});
        _ -> Reply
    end.

wait(Drv, Pipeline, ReqId, NoReturn, MRef, Timeout) ->
    case reply(NoReturn, Drv, Pipeline, MRef, deadline(Timeout)) of
        timeout ->
            Cancel =
                try
                    gen_server:call(Drv, {cancel, Pipeline, ReqId}, infinity)
                catch
                    exit:_ -> pending
                end,
            case Cancel of
                delivered ->
                    % The reply (or the message that ends the call) was
                    % sent before the cancel request was handled: it is
                    % in the mailbox now.
                    case reply(NoReturn, Drv, Pipeline, MRef, deadline(0)) of
                        timeout -> {alcove_error, timeout};
                        Reply -> Reply
                    end;
                _ ->
                    {alcove_error, timeout}
            end;
        Reply ->
            Reply
    end.

%% Reply matching of alcove 1.0.1 (API.md 5.2), plus the server monitor.
%% A call is ended by the exit, exec or badpid of its target only through
%% the server's `alcove_end' for this request (unreachable/3): an exit
%% event or a notice about an earlier process with the same pipeline,
%% still in the mailbox, is not taken for the answer.
reply({false, ReqId}, Drv, Pipeline, MRef, Deadline) ->
    receive
        {alcove_refused, Drv, ReqId, Error} ->
            Error;
        {alcove_end, Drv, ReqId, End} ->
            ended(false, Drv, Pipeline, End);
        {alcove_ctl, Drv, Pipeline, Error} when Error =/= fdctl_closed, Error =/= badpid ->
            {alcove_error, Error};
        {alcove_pipe, Drv, Pipeline, N} ->
            {alcove_error, {eagain, N}};
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
    end;
reply({true, ReqId}, Drv, Pipeline, MRef, Deadline) ->
    receive
        {alcove_refused, Drv, ReqId, Error} ->
            Error;
        {alcove_end, Drv, ReqId, End} ->
            ended(true, Drv, Pipeline, End);
        {alcove_ctl, Drv, Pipeline, Error} when Error =/= fdctl_closed, Error =/= badpid ->
            {alcove_error, Error};
        {alcove_pipe, Drv, Pipeline, N} ->
            {alcove_error, {eagain, N}};
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
        {alcove_pipe, Drv, Pipeline, N} ->
            {alcove_pipe, {eagain, N}};
        {Tag, Drv, Pipeline, Term} ->
            Term
    after remaining(Deadline) ->
        false
    end.
