%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Starting the port: its command line, and the handshake the
%%% `alcove_drv' server makes in its `init/1' (the hello, the control
%%% FIFO, the options without a switch). The FIFO is read by a watcher
%%% process of its own (`fdctl_watch'), which tells the server when the
%%% port exec'ed or exited.
-module(alcove_drv_port).

-export([open/2, options/1]).
-export([getopts/1, progname/0]).
-export([send/2]).

-export_type([started/0]).

%% Exit status of a port that found the control FIFO's name taken.
-define(EEXIST, 17).

-type started() :: #{
    port := port(),
    fdctl := pid(),
    fdctl_path := file:filename_all(),
    % bytes after the handshake: the start of the port's stream
    rest := binary()
}.

%%====================================================================
%% API
%%====================================================================

%% @doc Open the port for Owner and make the handshake; in the server's
%% init/1 (the watcher is linked to the caller, which must trap exits).
%% On failure the port is closed and the FIFO name removed.
-spec open(pid(), proplists:proplist()) -> {ok, started()} | {error, term()}.
open(Owner, Options) ->
    CtlDir = proplists:get_value(ctldir, Options, ctldir()),
    Hash = erlang:phash2([os:getpid(), self()]),
    Path = filename:join(CtlDir, "fdctl." ++ integer_to_list(Hash)),
    [Cmd | Args] = getopts([{fdctl, Path} | Options]),
    Port = erlang:open_port({spawn_executable, Cmd}, port_options(Args, Options)),
    case handshake(Port, Owner, Path, Options) of
        {ok, Helper, Rest} ->
            {ok, #{port => Port, fdctl => Helper, fdctl_path => Path, rest => Rest}};
        {error, {exit_status, ?EEXIST}} ->
            % the FIFO's name was taken: refused, and not ours to remove
            _ = catch erlang:port_close(Port),
            {error, {fdctl, eexist, Path}};
        {error, _} = Error ->
            _ = catch erlang:port_close(Port),
            _ = file:delete(Path),
            Error
    end.

%% @doc Write to the port. A port that is gone is not an error here: its
%% exit message stops the server (or fails the start-up).
-spec send(port(), iodata()) -> ok.
send(Port, Data) ->
    try erlang:port_command(Port, Data) of
        true -> ok
    catch
        error:badarg -> ok
    end.

%% @doc Options as a property list: a bare atom means `{Atom, true}',
%% anything else but tuples is ignored.
-spec options(list()) -> proplists:proplist().
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

%% The port is never busy: a full port must not suspend the server (stdin
%% is bounded by the windows, so what the VM queues for the port is too).
port_options(Args, Options) ->
    [{args, Args}, stream, binary, exit_status, {busy_limits_port, disabled}] ++
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

%% @doc Build the port command line (exported by `alcove_drv'): `[Executable | Arguments]'.
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

%% @doc Default path of the alcove executable (exported by `alcove_drv'): `alcove' in the priv
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
%% Internal
%%====================================================================

%% The hello (CALL(0, ok)), then the control FIFO, then the options that
%% have no switch. Returns the watcher and the bytes that followed.
handshake(Port, Owner, Path, Options) ->
    case init_reply(Port, <<>>, Owner) of
        {ok, ok, Rest0} ->
            case fdctl(Port, Owner, Path) of
                {ok, Helper, Rest1} ->
                    case setopts(Port, Owner, Options) of
                        {ok, Rest2} ->
                            {ok, Helper, iolist_to_binary([Rest0, Rest1, Rest2])};
                        {error, _} = Error ->
                            true = exit(Helper, kill),
                            Error
                    end;
                {error, _} = Error ->
                    Error
            end;
        {ok, Hello, _} ->
            {error, {hello, Hello}};
        {error, _} = Error ->
            Error
    end.

%% Options without a command line switch are set with setopt once the
%% port is up: `{maxforkdepth, N}'.
setopts(Port, Owner, Options) ->
    case proplists:get_value(maxforkdepth, Options) of
        N when is_integer(N), N >= 0 ->
            ok = send(Port, alcove_codec:call(setopt, [], [maxforkdepth, N])),
            case init_reply(Port, <<>>, Owner) of
                {ok, true, Rest} -> {ok, Rest};
                {ok, Reply, _} -> {error, {maxforkdepth, Reply}};
                {error, _} = Error -> Error
            end;
        _ ->
            {ok, <<>>}
    end.

%% Open the control FIFO in the watcher, then have the port remove its
%% name.
fdctl(Port, Owner, Path) ->
    Server = self(),
    Helper = spawn_link(fun() -> fdctl_watch(Server, Path) end),
    receive
        {fdctl_open, Helper} ->
            ok = send(Port, alcove_codec:call(unlink, [], [Path])),
            case init_reply(Port, <<>>, Owner) of
                {ok, ok, Rest} ->
                    {ok, Helper, Rest};
                {ok, _, Rest} ->
                    % `undef' (or an error) from the port: remove the name
                    % ourselves.
                    _ = file:delete(Path),
                    {ok, Helper, Rest};
                {error, _} = Error ->
                    true = exit(Helper, kill),
                    Error
            end;
        {'EXIT', Helper, Reason} ->
            {error, Reason};
        {'EXIT', Port, normal} ->
            true = exit(Helper, kill),
            {error, port_init_failed};
        {'EXIT', Port, Reason} ->
            true = exit(Helper, kill),
            {error, Reason}
    end.


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

%% The port is the only writer of the FIFO and holds it close-on-exec:
%% reading it returns end of file when the port exec'ed or exited, and a
%% byte (a resume) when an exec it announced failed or the new image is
%% alcove going on. The read is done by a small `cat' started as a port,
%% so that no scheduler thread of the VM blocks on the FIFO (a blocking
%% file:read/2 would hold one dirty I/O thread per driver). The watcher
%% tells the server `{fdctl_open, W}', then `{fdctl_resume, W}' per
%% resume byte, then `{fdctl_closed, W}'.
fdctl_watch(Server, Path) ->
    Sh =
        case os:find_executable("sh") of
            false -> "/bin/sh";
            Found -> Found
        end,
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

fdctl_resumes(Server, Bytes) ->
    _ = [Server ! {fdctl_resume, self()} || <<_>> <= Bytes],
    ok.
