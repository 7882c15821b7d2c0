%%% alcove_cgroup on the real hierarchies of this machine (cgroup v1
%%% controllers and the unified cgroup2 hierarchy). Needs root.
%%%
%%% Every case works in its own group alcove_ct_<ospid>_<N>;
%%% end_per_testcase kills what is left in it, removes it from every
%%% hierarchy (bypassing alcove, with the file module) and fails the case
%%% if a directory is left behind.
%%%
%%% On hybrid systems controllers bound to v1 (pids, memory, ...) are not
%%% available in the unified hierarchy, so the limit cases use v1 and the
%%% v2 cases use what v2 offers: groups, cgroup.procs, cgroup.kill,
%%% cgroup.subtree_control (with hugetlb when it is available there).
-module(alcove_cgroup_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    join_examples/1,
    relpath_examples/1,
    expand_examples/1,
    mounts_v1_v2/1,
    supported_version/1,
    v1_create_set_get_destroy/1,
    v1_fold/1,
    v2_create_add_procs_destroy/1,
    v2_kill/1,
    v2_no_internal_processes/1,
    v1_pids_max_fork_bomb/1,
    v1_memory_hog/1,
    bad_input/1,
    set_long_value/1
]).

-define(CGROUP_ROOT, "/sys/fs/cgroup").

all() ->
    [
        join_examples,
        relpath_examples,
        expand_examples,
        mounts_v1_v2,
        supported_version,
        v1_create_set_get_destroy,
        v1_fold,
        v2_create_add_procs_destroy,
        v2_kill,
        v2_no_internal_processes,
        v1_pids_max_fork_bomb,
        v1_memory_hog,
        bad_input,
        set_long_value
    ].

init_per_testcase(Case, Config) ->
    Root =
        case {Case, proc_mounts()} of
            {v2_no_internal_processes, {_, [{Unified, _} | _]}} ->
                [{root_subtree, {Unified, root_subtree(Unified)}}];
            _ ->
                []
        end,
    Name = iolist_to_binary([
        "alcove_ct_", os:getpid(), "_", integer_to_list(erlang:unique_integer([positive]))
    ]),
    [{drv, start_drv()}, {name, Name}] ++ Root ++ Config.

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    Name = ?config(name, Config),
    Left = cleanup(Name),
    _ = restore_root_subtree(Config),
    case Left of
        [] -> ok;
        _ -> {fail, {cgroups_left_behind, Left}}
    end.

%%====================================================================
%% Pure functions
%%====================================================================

%% join/2 gives the spec's examples (components with slashes, strings).
join_examples(_Config) ->
    <<"/sys/fs/cgroup/cpu/a/b/c">> =
        alcove_cgroup:join(<<"/sys/fs/cgroup/cpu">>, [<<"/a/b">>, "c"]),
    <<"/sys/fs/cgroup/cpu">> = alcove_cgroup:join(<<"/sys/fs/cgroup/cpu">>, []),
    %% strings become binaries, so the result is a binary
    <<"/x/y">> = alcove_cgroup:join("/x", ["y"]).

%% relpath/1 splits components, converts strings, drops leading slashes.
relpath_examples(_Config) ->
    [<<"a">>, <<"b">>, <<"c">>] = alcove_cgroup:relpath([<<"/a/b">>, "c"]),
    [] = alcove_cgroup:relpath([]),
    [<<"x">>, <<"y">>] = alcove_cgroup:relpath(["/x/", <<"y">>]).

%% expand/1 gives every non-empty prefix, shortest first.
expand_examples(_Config) ->
    [[a], [a, b], [a, b, c]] = alcove_cgroup:expand([a, b, c]),
    [] = alcove_cgroup:expand([]).

%%====================================================================
%% Mounts
%%====================================================================

%% mounts/1 returns /proc/mounts as tuples; cgroup/1 lists v1 and v2
%% mounts, v2 with the cgroup2 marker and its available controllers.
mounts_v1_v2(Config) ->
    Drv = ?config(drv, Config),
    {ok, Lines} = alcove_cgroup:mounts(Drv),
    {V1Want, V2Want} = proc_mounts(),
    case {V1Want, V2Want} of
        {[], _} -> ct:fail("no cgroup v1 mount");
        {_, []} -> ct:fail("no cgroup2 mount");
        _ -> ok
    end,
    true = lists:all(fun(T) -> tuple_size(T) =:= 6 end, Lines),
    [{<<"cgroup">>, _, <<"cgroup">>, _, _, _} | _] = [
        T
     || {<<"cgroup">>, _, <<"cgroup">>, _, _, _} = T <- Lines
    ],
    [_ | _] = [T || {_, _, <<"cgroup2">>, _, _, _} = T <- Lines],
    Mounts = alcove_cgroup:cgroup(Drv),
    Mounts = alcove_cgroup:cgroup(Drv, []),
    {V1, V2} = lists:split(length(V1Want), Mounts),
    V1Want = V1,
    V2Dirs = [D || {D, _} <- V2Want],
    V2Dirs = [D || {D, _} <- V2],
    V2Dirs = alcove_cgroup:unified(Drv),
    lists:foreach(
        fun({{Dir, Opts}, {Dir, MOpts}}) ->
            Controllers = controllers_of(Dir),
            Opts = MOpts ++ [<<"cgroup2">> | Controllers]
        end,
        lists:zip(V2, V2Want)
    ),
    {_, [<<"rw">>, _, <<"pids">>]} = lists:keyfind(
        <<?CGROUP_ROOT "/pids">>, 1, Mounts
    ),
    ok.

%% supported/2 is true and version/2 reports the mix seen in /proc/mounts.
supported_version(Config) ->
    Drv = ?config(drv, Config),
    true = alcove_cgroup:supported(Drv, []),
    Want =
        case proc_mounts() of
            {[], []} -> none;
            {_, []} -> v1;
            {[], _} -> v2;
            _ -> hybrid
        end,
    Want = alcove_cgroup:version(Drv, []),
    {ok, Child} = alcove:fork(Drv, []),
    Want = alcove_cgroup:version(Drv, [Child]),
    true = alcove_cgroup:supported(Drv, [Child]).

%%====================================================================
%% cgroup v1
%%====================================================================

%% create/3 makes the group (and its parents) in every hierarchy; set/6
%% and get/5 write and read v1 files; destroy/3 removes it, returns ok,
%% and is ok again once it is gone.
v1_create_set_get_destroy(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    need_v1(<<"pids">>),
    need_v1(<<"memory">>),
    ok = alcove_cgroup:create(Drv, [], [Name, <<"sub">>]),
    Mounts = alcove_cgroup:cgroup(Drv),
    lists:foreach(
        fun({Dir, _}) ->
            true = alcove_cgroup:is_dir(Drv, [], alcove_cgroup:join(Dir, [Name])),
            true = alcove_cgroup:is_dir(Drv, [], alcove_cgroup:join(Dir, [Name, "sub"]))
        end,
        Mounts
    ),
    ok = alcove_cgroup:set(Drv, [], <<"pids">>, [Name, "sub"], <<"pids.max">>, <<"7">>),
    {ok, <<"7\n">>} = alcove_cgroup:get(Drv, [], <<"pids">>, [Name, "sub"], <<"pids.max">>),
    {ok, <<"7\n">>} = file:read_file(cg_file("pids", Name, "sub/pids.max")),
    ok = alcove_cgroup:set(Drv, [], "pids", [Name], "pids.max", 42),
    {ok, <<"42\n">>} = alcove_cgroup:get(Drv, [], "pids", [Name], "pids.max"),
    ok = alcove_cgroup:set(
        Drv, [], <<"memory">>, [Name], <<"memory.limit_in_bytes">>, <<"33554432">>
    ),
    {ok, <<"33554432\n">>} =
        alcove_cgroup:get(Drv, [], <<"memory">>, [Name], <<"memory.limit_in_bytes">>),
    %% the group still has a child: the kernel refuses, the error comes back
    {error, ebusy} = alcove_cgroup:destroy(Drv, [], [Name]),
    ok = alcove_cgroup:destroy(Drv, [], [Name, <<"sub">>]),
    ok = alcove_cgroup:destroy(Drv, [], [Name]),
    false = filelib:is_dir(cg_file("pids", Name, "")),
    false = alcove_cgroup:is_dir(Drv, [], cg_file("pids", Name, "")),
    ok = alcove_cgroup:destroy(Drv, [], [Name]).

%% fold/5,6 visit the selected group dirs (in a child process too);
%% fold_files/6,7 list the files matching a regexp.
v1_fold(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    need_v1(<<"pids">>),
    ok = alcove_cgroup:create(Drv, [], [Name]),
    PidsDir = cg_file("pids", Name, ""),
    [PidsDir] = alcove_cgroup:fold(Drv, <<"pids">>, [Name], fun(D, A) -> [D | A] end, []),
    {ok, Child} = alcove:fork(Drv, []),
    [PidsDir] = alcove_cgroup:fold(
        Drv, [Child], <<"pids">>, [Name], fun(D, A) -> [D | A] end, []
    ),
    All = alcove_cgroup:fold(Drv, <<>>, [Name], fun(D, A) -> [D | A] end, []),
    true = length(All) =:= length(alcove_cgroup:cgroup(Drv)),
    Files = lists:sort(
        alcove_cgroup:fold_files(
            Drv, <<"pids">>, [Name], "^pids\\.(max|current)$", fun(F, A) -> [F | A] end, []
        )
    ),
    [<<"pids.current">>, <<"pids.max">>] = Files,
    Files = lists:sort(
        alcove_cgroup:fold_files(
            Drv,
            [Child],
            <<"pids">>,
            [Name],
            "^pids\\.(max|current)$",
            fun(F, A) -> [F | A] end,
            []
        )
    ),
    true = alcove_cgroup:is_file(Drv, [], filename:join(PidsDir, "pids.max")),
    false = alcove_cgroup:is_dir(Drv, [], filename:join(PidsDir, "pids.max")),
    ok = alcove_cgroup:destroy(Drv, [], [Name]).

%%====================================================================
%% cgroup v2
%%====================================================================

%% On v2, add/5 moves a process into a group, procs/4 lists it, the
%% kernel refuses to remove a populated group, and destroy works once the
%% process has moved back to the root.
v2_create_add_procs_destroy(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    [Unified | _] = need_v2(),
    ok = alcove_cgroup:create(Drv, [], [Name]),
    true = filelib:is_dir(filename:join(Unified, Name)),
    {ok, Child} = alcove:fork(Drv, []),
    ok = alcove_cgroup:add(Drv, [], <<"cgroup2">>, [Name], Child),
    {ok, [Child]} = alcove_cgroup:procs(Drv, [], <<"cgroup2">>, [Name]),
    {ok, [Child]} = alcove_cgroup:procs(Drv, [Child], <<"cgroup2">>, [Name]),
    %% the same group in v1 hierarchies is still empty
    {ok, []} = alcove_cgroup:procs(Drv, [], <<"pids">>, [Name]),
    %% procs/3 is the union over every hierarchy
    {ok, [Child]} = alcove_cgroup:procs(Drv, [], [Name]),
    Line = iolist_to_binary(["0::/", Name]),
    {ok, Cg} = file:read_file("/proc/" ++ integer_to_list(Child) ++ "/cgroup"),
    [Line] = [L || L <- binary:split(Cg, <<"\n">>, [global]), L =:= Line],
    {ok, <<"populated 1\n", _/binary>>} =
        alcove_cgroup:get(Drv, [], <<"cgroup2">>, [Name], <<"cgroup.events">>),
    {error, ebusy} = alcove_cgroup:destroy(Drv, [], [Name]),
    ok = alcove_cgroup:add(Drv, [], <<"cgroup2">>, [], Child),
    {ok, []} = alcove_cgroup:procs(Drv, [], <<"cgroup2">>, [Name]),
    ok = alcove_cgroup:destroy(Drv, [], [Name]),
    false = filelib:is_dir(filename:join(Unified, Name)),
    %% the child is still alive and answering
    Child = alcove:getpid(Drv, [Child]).

%% kill/3 writes cgroup.kill: every process of the group (three exec'ed
%% `sleep 100') dies at once with SIGKILL and the group is empty.
v2_kill(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    _ = need_v2(),
    ok = alcove_cgroup:create(Drv, [], [Name]),
    Children = [
        begin
            {ok, C} = alcove:fork(Drv, []),
            ok = alcove_cgroup:add(Drv, [], <<"cgroup2">>, [Name], C),
            ok = alcove:execvp(Drv, [C], "/bin/sleep", ["sleep", "100"]),
            C
        end
     || _ <- [1, 2, 3]
    ],
    Sorted = lists:sort(Children),
    {ok, Sorted} = alcove_cgroup:procs(Drv, [], <<"cgroup2">>, [Name]),
    case alcove_cgroup:kill(Drv, [], [Name]) of
        ok ->
            [{termsig, sigkill} = wait_event(Drv, [C]) || C <- Children],
            [true = wait_gone(C, 100) || C <- Children],
            {ok, []} = alcove_cgroup:procs(Drv, [], <<"cgroup2">>, [Name]),
            ok = alcove_cgroup:destroy(Drv, [], [Name]);
        {error, enotsup} ->
            {skip, "cgroup.kill not supported by this kernel (Linux < 5.14)"}
    end.

%% v2 "no internal processes": after enable/4 turns a controller on in a
%% group's subtree_control, the group refuses processes (ebusy) while its
%% leaf child accepts them, and a populated group cannot enable
%% controllers. Uses hugetlb, the controller left to v2 on this machine.
v2_no_internal_processes(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    [Unified | _] = need_v2(),
    Ctl =
        case controllers_of(Unified) of
            [] -> throw({skip, "no controller is available in the unified hierarchy"});
            [C0 | _] -> C0
        end,
    RootSubtree = root_subtree(Unified),
    case lists:member(Ctl, RootSubtree) of
        true ->
            ok;
        false ->
            %% end_per_testcase puts the root back as it found it
            ok = alcove_cgroup:enable(Drv, [], [], [Ctl])
    end,
    ok = alcove_cgroup:create(Drv, [], [Name, <<"leaf">>]),
    {ok, Ctls} = alcove_cgroup:controllers(Drv, [], [Name]),
    true = lists:member(Ctl, Ctls),
    {ok, []} = alcove_cgroup:controllers(Drv, [], [Name, <<"leaf">>]),
    ok = alcove_cgroup:enable(Drv, [], [Name], [Ctl]),
    {ok, [Ctl]} = alcove_cgroup:controllers(Drv, [], [Name, <<"leaf">>]),
    {ok, Child} = alcove:fork(Drv, []),
    {error, ebusy} = alcove_cgroup:add(Drv, [], <<"cgroup2">>, [Name], Child),
    ok = alcove_cgroup:add(Drv, [], <<"cgroup2">>, [Name, <<"leaf">>], Child),
    {error, ebusy} = alcove_cgroup:enable(Drv, [], [Name, <<"leaf">>], [Ctl]),
    %% "-ctl" disables
    ok = alcove_cgroup:enable(Drv, [], [Name, <<"leaf">>], [<<"-", Ctl/binary>>]),
    ok = alcove_cgroup:add(Drv, [], <<"cgroup2">>, [], Child),
    ok = alcove_cgroup:destroy(Drv, [], [Name, <<"leaf">>]),
    ok = alcove_cgroup:destroy(Drv, [], [Name]).

%%====================================================================
%% Limits that hold
%%====================================================================

%% pids.max = 5 stops a fork bomb: the child in the group can fork 4
%% times, the 5th fork fails with eagain, pids.events counts the refusal.
v1_pids_max_fork_bomb(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    need_v1(<<"pids">>),
    ok = alcove_cgroup:create(Drv, [], [Name]),
    ok = alcove_cgroup:set(Drv, [], <<"pids">>, [Name], <<"pids.max">>, <<"5">>),
    {ok, Child} = alcove:fork(Drv, []),
    ok = alcove_cgroup:add(Drv, [], <<"pids">>, [Name], Child),
    Forked = fork_until_error(Drv, [Child], 0, 20),
    {4, {error, eagain}} = Forked,
    {ok, Procs} = alcove_cgroup:procs(Drv, [], <<"pids">>, [Name]),
    5 = length(Procs),
    true = lists:member(Child, Procs),
    {ok, <<"5\n">>} = alcove_cgroup:get(Drv, [], <<"pids">>, [Name], <<"pids.current">>),
    {ok, <<"max ", N/binary>>} =
        alcove_cgroup:get(Drv, [], <<"pids">>, [Name], <<"pids.events">>),
    true = binary_to_integer(string:trim(N)) >= 1,
    %% raising the limit lets the next fork through
    ok = alcove_cgroup:set(Drv, [], <<"pids">>, [Name], <<"pids.max">>, <<"max">>),
    {ok, _} = alcove:fork(Drv, [Child]).

%% memory.limit_in_bytes = 16 MiB (and memsw, when present) makes the
%% kernel kill a shell that tries to hold 100 MB: {termsig, sigkill}.
v1_memory_hog(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    need_v1(<<"memory">>),
    Limit = <<"16777216">>,
    ok = alcove_cgroup:create(Drv, [], [Name]),
    ok = alcove_cgroup:set(Drv, [], <<"memory">>, [Name], <<"memory.limit_in_bytes">>, Limit),
    case
        alcove_cgroup:set(Drv, [], <<"memory">>, [Name], <<"memory.memsw.limit_in_bytes">>, Limit)
    of
        ok -> ok;
        % no swap accounting: nothing to limit
        {error, enoent} -> ok
    end,
    {ok, Child} = alcove:fork(Drv, []),
    ok = alcove_cgroup:add(Drv, [], <<"memory">>, [Name], Child),
    ok = alcove:execvp(Drv, [Child], "/bin/sh", [
        "sh", "-c", "x=$(head -c 100000000 /dev/zero | tr '\\0' a); echo ${#x}"
    ]),
    {Out, _Err, Event} = collect(Drv, [Child]),
    {<<>>, {termsig, sigkill}} = {Out, Event},
    {ok, Oom} = alcove_cgroup:get(Drv, [], <<"memory">>, [Name], <<"memory.oom_control">>),
    [<<"oom_kill ", K/binary>>] = [
        L
     || L <- binary:split(Oom, <<"\n">>, [global]), binary:match(L, <<"oom_kill ">>) =/= nomatch
    ],
    true = binary_to_integer(K) >= 1.

%%====================================================================
%% Bad input
%%====================================================================

%% Missing groups, unmounted controllers and values the kernel rejects
%% come back as {error, posix()} (get/5 keeps 1.0.1's [] for "nothing
%% selected"), and the port keeps answering.
bad_input(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    need_v1(<<"pids">>),
    Missing = [Name, <<"does_not_exist">>],
    %% a group that does not exist
    {error, enoent} = alcove_cgroup:set(Drv, [], <<"pids">>, Missing, <<"pids.max">>, <<"5">>),
    [] = alcove_cgroup:get(Drv, [], <<"pids">>, Missing, <<"pids.max">>),
    {error, enoent} = alcove_cgroup:procs(Drv, [], Missing),
    {error, enoent} = alcove_cgroup:add(Drv, [], Missing, alcove:getpid(Drv, [])),
    {error, enoent} = alcove_cgroup:controllers(Drv, [], Missing),
    [] = alcove_cgroup:fold(Drv, <<>>, Missing, fun(D, A) -> [D | A] end, []),
    ok = alcove_cgroup:destroy(Drv, [], Missing),
    %% a controller that is not mounted
    {error, enoent} = alcove_cgroup:set(Drv, [], <<"nosuchctl">>, [], <<"x">>, <<"1">>),
    [] = alcove_cgroup:get(Drv, [], <<"nosuchctl">>, [], <<"x">>),
    {error, enoent} = alcove_cgroup:procs(Drv, [], <<"nosuchctl">>, []),
    ok = alcove_cgroup:create(Drv, [], [Name]),
    %% a file the group does not have
    {error, enoent} = alcove_cgroup:set(Drv, [], <<"pids">>, [Name], <<"nosuch.file">>, <<"1">>),
    {error, enoent} = alcove_cgroup:get(Drv, [], <<"pids">>, [Name], <<"nosuch.file">>),
    %% values the kernel rejects
    {error, einval} = alcove_cgroup:set(Drv, [], <<"pids">>, [Name], <<"pids.max">>, <<"abc">>),
    {error, einval} = alcove_cgroup:set(Drv, [], <<"pids">>, [Name], <<"pids.max">>, -1),
    {error, esrch} = alcove_cgroup:add(Drv, [], <<"pids">>, [Name], 99999999),
    {ok, <<"max\n">>} = alcove_cgroup:get(Drv, [], <<"pids">>, [Name], <<"pids.max">>),
    case alcove_cgroup:unified(Drv) of
        [] ->
            ok;
        [Unified | _] ->
            %% v2: root cannot be killed, unknown or v1-bound controllers
            {error, einval} = alcove_cgroup:kill(Drv, [], []),
            {error, enoent} = alcove_cgroup:kill(Drv, [], Missing),
            {error, einval} = alcove_cgroup:enable(Drv, [], [Name], [<<"nosuchctl">>]),
            {error, enoent} = alcove_cgroup:enable(Drv, [], Missing, [<<"pids">>]),
            case lists:member(<<"cpu">>, controllers_of(Unified)) of
                true -> ok;
                false -> {error, enoent} = alcove_cgroup:enable(Drv, [], [Name], [<<"cpu">>])
            end
    end,
    %% the port still answers, the group is intact and removable
    {ok, []} = alcove_cgroup:procs(Drv, [], <<"pids">>, [Name]),
    ok = alcove_cgroup:destroy(Drv, [], [Name]).

%% set/6 writes a value longer than one small write and returns ok; the
%% kernel's answer for a multi-line write into cgroup.procs is an error
%% term, never a crash.
set_long_value(Config) ->
    Drv = ?config(drv, Config),
    Name = ?config(name, Config),
    need_v1(<<"pids">>),
    ok = alcove_cgroup:create(Drv, [], [Name]),
    Value = iolist_to_binary([lists:duplicate(4000, $ ), "123\n"]),
    ok = alcove_cgroup:set(Drv, [], <<"pids">>, [Name], <<"pids.max">>, Value),
    {ok, <<"123\n">>} = alcove_cgroup:get(Drv, [], <<"pids">>, [Name], <<"pids.max">>),
    {error, _} = alcove_cgroup:set(
        Drv, [], <<"pids">>, [Name], <<"pids.max">>, binary:copy(<<"9">>, 5000)
    ),
    ok = alcove_cgroup:destroy(Drv, [], [Name]).

%%====================================================================
%% Helpers
%%====================================================================

fork_until_error(_Drv, _Pipeline, N, 0) ->
    {N, too_many};
fork_until_error(Drv, Pipeline, N, Max) ->
    case alcove:fork(Drv, Pipeline) of
        {ok, _} -> fork_until_error(Drv, Pipeline, N + 1, Max - 1);
        {error, _} = Error -> {N, Error}
    end.

%% cgroup mounts read directly: {V1, V2} as {Dir, Options}.
proc_mounts() ->
    {ok, Data} = file:read_file("/proc/mounts"),
    Lines = [
        list_to_tuple(binary:split(L, <<" ">>, [global]))
     || L <- binary:split(Data, <<"\n">>, [global, trim_all])
    ],
    V1 = [
        {D, binary:split(O, <<",">>, [global])}
     || {<<"cgroup">>, D, <<"cgroup">>, O, _, _} <- Lines
    ],
    V2 = [{D, binary:split(O, <<",">>, [global])} || {_, D, <<"cgroup2">>, O, _, _} <- Lines],
    {V1, V2}.

controllers_of(Dir) ->
    words(read(filename:join(Dir, "cgroup.controllers"))).

read(File) ->
    {ok, Data} = file:read_file(File),
    Data.

words(Data) ->
    binary:split(Data, [<<" ">>, <<"\n">>], [global, trim_all]).

cg_file(Controller, Name, Rest) ->
    filename:join([?CGROUP_ROOT, Controller, Name, Rest]).

need_v1(Controller) ->
    {V1, _} = proc_mounts(),
    case [D || {D, Opts} <- V1, lists:member(Controller, Opts)] of
        [] -> throw({skip, "cgroup v1 controller not mounted: " ++ binary_to_list(Controller)});
        _ -> ok
    end.

need_v2() ->
    case proc_mounts() of
        {_, []} -> throw({skip, "no cgroup2 (unified) hierarchy mounted"});
        {_, V2} -> [D || {D, _} <- V2]
    end.

root_subtree(Unified) ->
    words(read(filename:join(Unified, "cgroup.subtree_control"))).

%% Disable in the unified root what a case enabled there.
restore_root_subtree(Config) ->
    case ?config(root_subtree, Config) of
        {Unified, Before} ->
            [
                ok = file:write_file(
                    filename:join(Unified, "cgroup.subtree_control"), <<"-", Ctl/binary>>
                )
             || Ctl <- root_subtree(Unified) -- Before
            ],
            Before = root_subtree(Unified),
            ok;
        undefined ->
            ok
    end.

%% Remove Name from every cgroup hierarchy, killing what is left in it;
%% returns the directories that could not be removed.
cleanup(Name) ->
    {V1, V2} = proc_mounts(),
    Dirs = [filename:join(D, Name) || {D, _} <- V1 ++ V2],
    Left = [D || D <- Dirs, remove_tree(D, 100) =/= ok],
    [D || D <- Left, filelib:is_dir(D)].

remove_tree(Dir, Tries) ->
    case filelib:is_dir(Dir) of
        false ->
            ok;
        true ->
            {ok, Entries} = file:list_dir(Dir),
            Subs = [filename:join(Dir, E) || E <- Entries],
            _ = [remove_tree(S, Tries) || S <- Subs, filelib:is_dir(S)],
            kill_procs(Dir),
            case file:del_dir(Dir) of
                ok ->
                    ok;
                {error, enoent} ->
                    ok;
                {error, ebusy} when Tries > 0 ->
                    timer:sleep(50),
                    remove_tree(Dir, Tries - 1);
                {error, _} = Error ->
                    Error
            end
    end.

kill_procs(Dir) ->
    case file:read_file(filename:join(Dir, "cgroup.procs")) of
        {ok, Data} ->
            [
                os:cmd("kill -9 " ++ binary_to_list(P))
             || P <- words(Data)
            ],
            ok;
        {error, _} ->
            ok
    end.
