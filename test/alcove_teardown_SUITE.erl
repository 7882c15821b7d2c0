%%% No orphans, no zombies, no leaks: whatever ends the driver, every
%%% process of the tree is gone and reaped within 3 seconds.
-module(alcove_teardown_SUITE).

-include("alcove_test.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    stop_kills_tree/1,
    owner_death_kills_tree/1,
    port_killed_kills_tree/1,
    orphans_are_reaped/1,
    no_zombies_no_fd_leak/1,
    pidfd_per_child/1
]).

all() ->
    [
        stop_kills_tree,
        owner_death_kills_tree,
        port_killed_kills_tree,
        orphans_are_reaped,
        no_zombies_no_fd_leak,
        pidfd_per_child
    ].

init_per_testcase(_Case, Config) ->
    Config.

end_per_testcase(_Case, _Config) ->
    ok.

%% A tree: two levels of event loops, exec'd programs at each level, one of
%% which ignores SIGTERM. Returns all the OS pids.
build_tree(Drv) ->
    Port = alcove:getpid(Drv, []),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    {ok, S1} = alcove:fork(Drv, [C, G]),
    ok = alcove:execvp(Drv, [C, G, S1], "/bin/sleep", ["sleep", "300"]),
    {ok, S2} = alcove:fork(Drv, [C]),
    ok = alcove:execvp(Drv, [C, S2], "/bin/sh", ["sh", "-c", "trap '' TERM; while :; do sleep 1; done"]),
    {ok, S3} = alcove:fork(Drv, []),
    ok = alcove:execvp(Drv, [S3], "/bin/sh", ["sh", "-c", "trap '' TERM; while :; do sleep 1; done"]),
    timer:sleep(200),
    Pids = [Port, C, G, S1, S2, S3],
    [true = os_pid_alive(P) || P <- Pids],
    Pids.

%% Each pid must disappear from /proc (not even a zombie) within 3 s.
all_gone(Pids) ->
    Deadline = erlang:monotonic_time(millisecond) + 3000,
    all_gone(Pids, Deadline).

all_gone(Pids, Deadline) ->
    case [P || P <- Pids, filelib:is_dir("/proc/" ++ integer_to_list(P))] of
        [] ->
            ok;
        Left ->
            case erlang:monotonic_time(millisecond) > Deadline of
                true -> {still_there, [{P, proc_state(P)} || P <- Left]};
                false ->
                    timer:sleep(50),
                    all_gone(Left, Deadline)
            end
    end.

proc_state(Pid) ->
    case file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/stat") of
        {ok, Stat} -> Stat;
        Error -> Error
    end.

%% alcove_drv:stop/1 tears the whole tree down.
stop_kills_tree(_Config) ->
    Drv = start_drv(),
    Pids = build_tree(Drv),
    unlink(Drv),
    ok = alcove_drv:stop(Drv),
    ok = all_gone(Pids).

%% When the owner dies, the driver stops and the tree goes with it.
owner_death_kills_tree(_Config) ->
    Self = self(),
    Owner = spawn(fun() ->
        {ok, Drv} = alcove_drv:start([]),
        Self ! {pids, build_tree(Drv)},
        receive stop -> ok end
    end),
    Pids = receive {pids, P} -> P after 10000 -> ct:fail(no_tree) end,
    exit(Owner, kill),
    ok = all_gone(Pids).

%% A port killed with SIGKILL cannot signal anyone: the children notice and
%% clean up by themselves.
port_killed_kills_tree(_Config) ->
    Drv = start_drv(),
    [Port | _] = Pids = build_tree(Drv),
    unlink(Drv),
    _ = os:cmd("kill -9 " ++ integer_to_list(Port)),
    ok = all_gone(Pids),
    false = is_process_alive(Drv) andalso wait_dead(Drv).

wait_dead(Pid) ->
    Ref = erlang:monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, _} -> false after 5000 -> true end.

%% A daemon that escaped its parent (double fork) is found and reaped too.
orphans_are_reaped(_Config) ->
    Drv = start_drv(),
    {ok, C} = alcove:fork(Drv, []),
    {ok, G} = alcove:fork(Drv, [C]),
    ok = alcove:execvp(Drv, [C, G], "/bin/sh", ["sh", "-c", "(trap '' TERM; exec sleep 300) & echo $!; exit 0"]),
    {Out, <<>>, {exit_status, 0}} = collect(Drv, [C, G]),
    Orphan = binary_to_integer(string:trim(Out)),
    true = os_pid_alive(Orphan),
    unlink(Drv),
    ok = alcove_drv:stop(Drv),
    ok = all_gone([C, G, Orphan]).

%% 10 000 fork/exec/exit cycles leave no zombie and no new descriptor in
%% the port or the relay.
no_zombies_no_fd_leak(_Config) ->
    Drv = start_drv(),
    Port = alcove:getpid(Drv, []),
    {ok, C} = alcove:fork(Drv, []),
    %% C answers: it has finished setting up its descriptors
    C = alcove:getpid(Drv, [C]),
    Before = {count_fds(Port), count_fds(C)},
    cycles(Drv, [C], 10000, 8),
    %% children of C: none left, no zombies anywhere below the port
    [] = alcove:cpid(Drv, [C]),
    [] = zombies_of(C),
    [] = zombies_of(Port),
    Before = {count_fds(Port), count_fds(C)},
    stop_drv(Drv).

%% Run N fork+exec(true)+exit cycles with up to InFlight at a time.
cycles(_Drv, _P, 0, _) ->
    ok;
cycles(Drv, P, N, InFlight) ->
    K = min(N, InFlight),
    Kids = [begin
        {ok, K1} = alcove:fork(Drv, P),
        ok = alcove:execvp(Drv, P ++ [K1], "/bin/true", ["true"]),
        K1
    end || _ <- lists:seq(1, K)],
    [{exit_status, 0} = wait_event(Drv, P ++ [K1]) || K1 <- Kids],
    cycles(Drv, P, N - K, InFlight).

count_fds(Pid) ->
    {ok, Fds} = file:list_dir("/proc/" ++ integer_to_list(Pid) ++ "/fd"),
    length(Fds).

zombies_of(Parent) ->
    {ok, Names} = file:list_dir("/proc"),
    PPid = integer_to_binary(Parent),
    [N || N <- Names, lists:all(fun(Ch) -> Ch >= $0 andalso Ch =< $9 end, N),
        case file:read_file("/proc/" ++ N ++ "/stat") of
            {ok, Stat} ->
                [_, Rest] = binary:split(Stat, <<") ">>),
                case binary:split(Rest, <<" ">>, [global]) of
                    [<<"Z">>, PPid | _] -> true;
                    _ -> false
                end;
            _ -> false
        end].

%% The port holds a pidfd for each child (teardown signals through it, so
%% a reused pid is never hit), and lets it go with the child.
pidfd_per_child(_Config) ->
    case os:version() >= {5, 3, 0} of
        false ->
            {skip, "pidfd_open(2) needs Linux 5.3"};
        true ->
            Drv = start_drv(),
            {os_pid, Port} = erlang:port_info(alcove_drv:port(Drv), os_pid),
            [] = pidfds(Port),
            {ok, C1} = alcove:fork(Drv, []),
            {ok, C2} = alcove:fork(Drv, []),
            Both = lists:sort([C1, C2]),
            Both = pidfds(Port),
            ok = alcove:kill(Drv, [], C1, 9),
            {termsig, sigkill} = wait_event(Drv, [C1]),
            [C2] = pidfds(Port),
            stop_drv(Drv)
    end.

%% The pids behind the pidfds a process holds, sorted.
pidfds(OsPid) ->
    Dir = "/proc/" ++ integer_to_list(OsPid),
    {ok, Fds} = file:list_dir(Dir ++ "/fd"),
    lists:sort([
        Pid
     || Fd <- Fds,
        {ok, "anon_inode:[pidfd]"} <- [file:read_link(Dir ++ "/fd/" ++ Fd)],
        {ok, Info} <- [file:read_file(Dir ++ "/fdinfo/" ++ Fd)],
        Pid <- fdinfo_pid(Info)
    ]).

fdinfo_pid(Info) ->
    case re:run(Info, "^Pid:\\s+(-?[0-9]+)", [multiline, {capture, all_but_first, list}]) of
        {match, [P]} -> [list_to_integer(P)];
        nomatch -> []
    end.
