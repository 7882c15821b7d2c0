%%% alcove as a rebar3 dependency: a throwaway project that depends on a
%%% copy of this repository builds the port executable and finds it in
%%% the dependency's priv directory at run time.
-module(alcove_dep_SUITE).

-include_lib("common_test/include/ct.hrl").

-export([all/0, suite/0, init_per_suite/1, end_per_suite/1]).
-export([compile_and_run/1, relative_code_path/1, make_without_erl/1, late_reply_doc/1]).

%% What of the repository a build needs.
-define(COPY, ["rebar.config", "src", "include", "c_src", "bin"]).

all() ->
    [compile_and_run, relative_code_path, make_without_erl, late_reply_doc].

suite() ->
    [{timetrap, {minutes, 3}}].

init_per_suite(Config) ->
    case os:find_executable("rebar3") of
        false -> {skip, "rebar3 not found in PATH"};
        Rebar3 -> [{rebar3, Rebar3} | Config]
    end.

end_per_suite(_Config) ->
    ok.

%% `rebar3 compile' of a project with {deps, [alcove]} (alcove in
%% _checkouts) builds priv/alcove; alcove_drv:start/0 then works from the
%% project's code paths and alcove:getpid/2 answers.
compile_and_run(Config) ->
    Dir = filename:join(?config(priv_dir, Config), "depproj"),
    Checkout = filename:join([Dir, "_checkouts", "alcove"]),
    ok = filelib:ensure_dir(filename:join(Checkout, "x")),
    ok = file:write_file(filename:join(Dir, "rebar.config"), "{deps, [alcove]}.\n"),
    ok = filelib:ensure_dir(filename:join([Dir, "src", "x"])),
    ok = file:write_file(
        filename:join([Dir, "src", "depproj.app.src"]),
        "{application, depproj, [{description, \"alcove as a dependency\"},"
        " {vsn, \"0.1.0\"}, {applications, [kernel, stdlib, alcove]}]}.\n"
    ),
    Root = repo_root(),
    ok = lists:foreach(
        fun(Name) -> copy(filename:join(Root, Name), filename:join(Checkout, Name)) end,
        ?COPY
    ),
    ok = file:make_dir(filename:join(Checkout, "priv")),
    Base = filename:join(Dir, "_build"),
    {0, Log} = run(?config(rebar3, Config), ["compile"], Dir, [{"REBAR_BASE_DIR", Base}]),
    ct:log("rebar3 compile:~n~s", [Log]),
    Ebins = filelib:wildcard(filename:join([Base, "default", "*", "*", "ebin"])),
    true = lists:any(fun(E) -> filelib:is_regular(filename:join(E, "alcove_drv.beam")) end, Ebins),
    Erl = os:find_executable("erl"),
    Eval =
        "{ok, Drv} = alcove_drv:start(),"
        " Pid = alcove:getpid(Drv, []),"
        " true = is_integer(Pid) andalso Pid > 0,"
        " io:format(\"progname=~s~n\", [alcove_drv:progname()]),"
        " halt(0).",
    Args = ["-noshell", "-pa" | Ebins] ++ ["-eval", Eval],
    {0, Out} = run(Erl, Args, Dir, [{"REBAR_BASE_DIR", false}]),
    ct:log("erl:~n~s", [Out]),
    {match, [Progname]} = re:run(Out, "progname=(.*)\n", [{capture, all_but_first, list}]),
    % the executable is the one the dependency's build made
    true = lists:prefix(Dir, resolve(Progname)),
    true = filelib:is_regular(Progname),
    % the copy and its build are large: keep them only when a check failed
    ok = file:del_dir_r(Dir).

%% With a relative code path (ERL_LIBS=lib, run from the build directory)
%% alcove_drv:start/0 works and progname/0 is absolute.
relative_code_path(_Config) ->
    % .../lib/alcove/ebin -> .../lib -> its parent
    Lib = filename:dirname(filename:dirname(code:which(alcove_drv))),
    Libs = filename:dirname(filename:absname(Lib)),
    Cwd = filename:dirname(Libs),
    Rel = filename:basename(Libs),
    Erl = os:find_executable("erl"),
    Eval =
        "{ok, Drv} = alcove_drv:start(),"
        " Pid = alcove:getpid(Drv, []),"
        " true = is_integer(Pid) andalso Pid > 0,"
        " io:format(\"progname=~s~n\", [alcove_drv:progname()]),"
        " halt(0).",
    {Status, Out} = run(Erl, ["-noshell", "-eval", Eval], Cwd, [{"ERL_LIBS", Rel}]),
    ct:log("ERL_LIBS=~s in ~s:~n~s", [Rel, Cwd, Out]),
    0 = Status,
    {match, [Progname]} = re:run(Out, "progname=(.*)\n", [{capture, all_but_first, list}]),
    absolute = filename:pathtype(Progname),
    true = filelib:is_regular(Progname).

%% On a machine without erl, `make -n demo' and `make -n eg' do not try to
%% run it (only the rules that build C against erl_interface need it).
make_without_erl(Config) ->
    case os:find_executable("make") of
        false ->
            {skip, "make not found in PATH"};
        Make ->
            Bin = filename:join(?config(priv_dir, Config), "noerl"),
            ok = filelib:ensure_dir(filename:join(Bin, "x")),
            _ = file:delete(filename:join(Bin, "make")),
            ok = file:make_symlink(Make, filename:join(Bin, "make")),
            lists:foreach(
                fun(Goal) ->
                    {_, Out} = run(Make, ["-n", Goal], repo_root(), [{"PATH", Bin}]),
                    ct:log("make -n ~s:~n~s", [Goal, Out]),
                    nomatch = binary:match(Out, <<"erl: ">>),
                    % the recipe was printed: make parsed the Makefile
                    {_, _} = binary:match(Out, <<"rebar3 compile">>)
                end,
                ["demo", "eg"]
            )
    end.

%% The generated docs say what happens to a late reply (it is dropped),
%% and it is so: a call that timed out leaves nothing in the mailbox.
late_reply_doc(_Config) ->
    {ok, Src} = file:read_file(filename:join([repo_root(), "src", "alcove.erl"])),
    nomatch = binary:match(Src, <<"stays in the mailbox">>),
    {_, _} = binary:match(Src, <<"A reply that comes later is dropped">>),
    {ok, Drv} = alcove_drv:start(),
    {ok, C} = alcove:fork(Drv, []),
    ok = alcove:kill(Drv, [], C, sigstop),
    {'EXIT', {timeout, _}} = (catch alcove:getpid(Drv, [C], 200)),
    ok = alcove:kill(Drv, [], C, sigcont),
    % the next call is answered by its own reply
    <<"1.0.1">> = alcove:version(Drv, [C]),
    [] = [M || {alcove_call, D, _, _} = M <- element(2, process_info(self(), messages)), D =:= Drv],
    ok = alcove_drv:stop(Drv).

%% The repository this suite was built from (rebar3 links src into the
%% build directory).
repo_root() ->
    Src = filename:join(code:lib_dir(alcove), "src"),
    filename:dirname(resolve(Src)).

resolve(Path) ->
    case file:read_link_all(Path) of
        {ok, Target} -> resolve(filename:absname(Target, filename:dirname(Path)));
        {error, _} -> filename:absname(Path)
    end.

%% Copy a file or a tree; object directories of earlier builds are left
%% out.
copy(From0, To) ->
    From = resolve(From0),
    case filelib:is_dir(From) of
        true ->
            case lists:prefix("obj", filename:basename(From)) of
                true ->
                    ok;
                false ->
                    ok = file:make_dir(To),
                    {ok, Names} = file:list_dir(From),
                    lists:foreach(
                        fun(N) -> copy(filename:join(From, N), filename:join(To, N)) end,
                        Names
                    )
            end;
        false ->
            {ok, _} = file:copy(From, To),
            {ok, Info} = file:read_file_info(From),
            ok = file:write_file_info(To, Info)
    end.

%% Run an executable in Dir; returns {ExitStatus, Output}.
run(Exe, Args, Dir, Env) ->
    Port = open_port({spawn_executable, Exe}, [
        {args, Args},
        {cd, Dir},
        {env, Env},
        exit_status,
        stderr_to_stdout,
        binary
    ]),
    run_loop(Port, []).

run_loop(Port, Acc) ->
    receive
        {Port, {data, Data}} -> run_loop(Port, [Data | Acc]);
        {Port, {exit_status, N}} -> {N, iolist_to_binary(lists:reverse(Acc))}
    after 150000 ->
        ct:fail({timeout, iolist_to_binary(lists:reverse(Acc))})
    end.
