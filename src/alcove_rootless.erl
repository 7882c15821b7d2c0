%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Sandboxes for an unprivileged port: user namespaces.
%%%
%%% An unprivileged process may create a user namespace and, inside it,
%%% new pid, mount, uts, ipc and net namespaces: the child of
%%% `clone(2)' with `CLONE_NEWUSER' holds every capability in the new
%%% namespace. Until its parent writes the child's identity maps
%%% (`/proc/<pid>/uid_map' and `gid_map'), the child runs as the overflow
%%% ids (65534) and cannot call `setgroups(2)'. An unprivileged parent
%%% may map exactly one id: its own effective uid (and gid), to any id
%%% inside; before it writes `gid_map' it must write `deny' to
%%% `/proc/<pid>/setgroups'. A parent holding `CAP_SETUID' and
%%% `CAP_SETGID' (root) may map whole ranges.
%%%
%%% This module does that with plain alcove calls (`clone', `open',
%%% `write', `close') made in the parent process, so it works whatever
%%% user the port runs as:
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start([{exec, "setpriv --reuid=65534 --regid=65534 --clear-groups"},
%%%                                  {ctldir, "/tmp/alcove-ctl"}]).
%%% {ok,<0.190.0>}
%%% 2> alcove:getuid(Drv, []).
%%% 65534
%%% 3> {ok, Pid} = alcove_rootless:clone(Drv, [], [clone_newpid, clone_newns,
%%%                                               clone_newuts, clone_newipc, clone_newnet]).
%%% {ok,7804}
%%% 4> {alcove:getuid(Drv, [Pid]), alcove:getpid(Drv, [Pid])}.
%%% {0,1}
%%% 5> alcove:sethostname(Drv, [Pid], "sandbox").
%%% ok
%%% '''
%%%
%%% Capabilities held in the user namespace only act on objects it owns
%%% (its mount, uts, net... namespaces, a tmpfs mounted in them): the
%%% sandbox's root is the caller's uid outside. Capabilities are lost as
%%% usual on `execve(2)' unless the process runs as uid 0 inside; mapping
%%% the caller to a non-zero id (`{uid, 65534}') gives a sandbox whose
%%% exec'ed programs hold no capability at all.
%%%
%%% On failure every function returns `{error, posix()}' and leaves no
%%% process behind: a child whose ids could not be mapped is killed and
%%% reaped.
-module(alcove_rootless).

%% API
-export([clone/3, clone/4]).
-export([map_ids/4]).
-export([available/0]).

-export_type([idmap/0, option/0]).

-type idmap() :: {
    Inside :: alcove:uint32_t(),
    Outside :: alcove:uint32_t(),
    Count :: pos_integer()
}.
%% One line of `uid_map' or `gid_map': ids `Inside..Inside+Count-1' in
%% the new namespace are ids `Outside..Outside+Count-1' in the parent's.

-type option() ::
    {uid, alcove:uid_t()}
    | {gid, alcove:gid_t()}
    | {uid_map, [idmap()]}
    | {gid_map, [idmap()]}
    | {setgroups, allow | deny}.
%% Options of {@link clone/4} and {@link map_ids/4}:
%% <ul>
%% <li>`{uid, Id}', `{gid, Id}' (clone/4 only): the id, inside, of the
%% caller's effective uid (gid); default 0;</li>
%% <li>`{uid_map, Maps}', `{gid_map, Maps}': explicit maps (override
%% `uid' and `gid'); an unprivileged caller may give only
%% `[{Inside, itself, 1}]';</li>
%% <li>`{setgroups, deny | allow}': what to write to `setgroups' before
%% `gid_map' (default `deny', which an unprivileged caller needs; with
%% `allow' nothing is written).</li>
%% </ul>

-define(REAP_TIMEOUT, 5000).

%%====================================================================
%% API
%%====================================================================

%% @doc Same as `clone(Drv, Pipeline, Flags, [])': the caller's uid and
%% gid become 0 in the sandbox.
-spec clone(alcove_drv:ref(), [alcove:pid_t()], [alcove:constant()] | integer()) ->
    {ok, alcove:pid_t()} | {error, alcove:posix()}.
clone(Drv, Pipeline, Flags) ->
    clone(Drv, Pipeline, Flags, []).

%% @doc Clone a child of `Pipeline' in a new user namespace (plus the
%% namespaces in `Flags') and map its ids.
%%
%% `clone_newuser' is added to `Flags' if missing. The process at
%% `Pipeline' writes the child's `setgroups', `uid_map' and `gid_map';
%% by default the caller's effective uid and gid are mapped to 0. On
%% success the child runs the event loop, addressed as
%% `Pipeline ++ [Pid]', with all capabilities in its namespaces.
%%
%% ```
%% 1> {ok, Pid} = alcove_rootless:clone(Drv, [], [clone_newuts], [{uid, 1000}, {gid, 1000}]).
%% {ok,8120}
%% 2> alcove:getuid(Drv, [Pid]).
%% 1000
%% '''
%%
%% Errors: those of `alcove:clone/3' (e.g. `{error, eperm}' or
%% `{error, enospc}' when user namespaces are disabled or exhausted,
%% `{error, einval}' for a bad flag combination) and of the map writes
%% (`{error, eperm}' for a map the caller may not write); the child is
%% then killed and reaped.
-spec clone(alcove_drv:ref(), [alcove:pid_t()], [alcove:constant()] | integer(), [option()]) ->
    {ok, alcove:pid_t()} | {error, alcove:posix()}.
clone(Drv, Pipeline, Flags, Options) when is_list(Pipeline), is_list(Options) ->
    case with_newuser(Drv, Pipeline, Flags) of
        {ok, Flags1} ->
            case alcove:clone(Drv, Pipeline, Flags1) of
                {ok, Pid} ->
                    Maps = default_maps(Drv, Pipeline, Options),
                    case map_ids(Drv, Pipeline, Pid, Maps) of
                        ok ->
                            {ok, Pid};
                        {error, _} = Error ->
                            ok = reap(Drv, Pipeline, Pid),
                            Error
                    end;
                {error, _} = Error ->
                    posix(Error)
            end;
        {error, _} = Error ->
            Error
    end.

%% @doc Write the identity maps of process `Pid', a process in a user
%% namespace whose parent namespace is the one of `Pipeline'.
%%
%% `Pid' is the pid as seen by the process at `Pipeline' (the value
%% returned by `alcove:clone/3'); that process must see its own pid
%% namespace in `/proc'. The files are written in the order the kernel
%% needs: `setgroups', `uid_map', `gid_map'. Each map can be written
%% once per namespace: a second write fails with `{error, eperm}'.
%%
%% ```
%% 1> {ok, Pid} = alcove:clone(Drv, [], [clone_newuser]).
%% {ok,8199}
%% 2> alcove_rootless:map_ids(Drv, [], Pid, [{uid_map, [{0, 1000, 1}]},
%%                                           {gid_map, [{0, 1000, 1}]}]).
%% ok
%% '''
-spec map_ids(alcove_drv:ref(), [alcove:pid_t()], alcove:pid_t(), [option()]) ->
    ok | {error, alcove:posix()}.
map_ids(Drv, Pipeline, Pid, Options) when is_list(Pipeline), is_integer(Pid), is_list(Options) ->
    Proc = "/proc/" ++ integer_to_list(Pid) ++ "/",
    UidMap = proplists:get_value(uid_map, Options, []),
    GidMap = proplists:get_value(gid_map, Options, []),
    Setgroups =
        case {GidMap, proplists:get_value(setgroups, Options, deny)} of
            {[], _} -> [];
            {_, deny} -> [{Proc ++ "setgroups", <<"deny">>}];
            {_, allow} -> []
        end,
    Writes =
        Setgroups ++
            [{Proc ++ "uid_map", format_map(UidMap)} || UidMap =/= []] ++
            [{Proc ++ "gid_map", format_map(GidMap)} || GidMap =/= []],
    write_all(Drv, Pipeline, Writes).

%% @doc Can an unprivileged user create user namespaces on this host?
%%
%% Reads, on the local node, the sysctls that turn them off:
%% `kernel.unprivileged_userns_clone' (Debian, Ubuntu), `user.max_user_namespaces'
%% and `kernel.apparmor_restrict_unprivileged_userns' (Ubuntu). Returns
%% `{error, Reason}' with a sentence naming the sysctl when one of them
%% forbids it. A root port does not need them.
%%
%% ```
%% 1> alcove_rootless:available().
%% ok
%% '''
-spec available() -> ok | {error, string()}.
available() ->
    Checks = [
        {"/proc/sys/kernel/unprivileged_userns_clone", "0",
            "kernel.unprivileged_userns_clone is 0"},
        {"/proc/sys/user/max_user_namespaces", "0", "user.max_user_namespaces is 0"},
        {"/proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1",
            "kernel.apparmor_restrict_unprivileged_userns is 1"}
    ],
    check_sysctls(Checks).

%%====================================================================
%% Internal functions
%%====================================================================

with_newuser(_Drv, _Pipeline, Flags) when is_list(Flags) ->
    case lists:member(clone_newuser, Flags) of
        true -> {ok, Flags};
        false -> {ok, [clone_newuser | Flags]}
    end;
with_newuser(Drv, Pipeline, Flags) when is_integer(Flags) ->
    case alcove:clone_constant(Drv, Pipeline, clone_newuser) of
        N when is_integer(N) -> {ok, Flags bor N};
        unknown -> {error, enotsup}
    end.

%% The caller's effective ids: the kernel lets an unprivileged writer
%% map exactly these.
default_maps(Drv, Pipeline, Options) ->
    UidMap =
        case proplists:get_value(uid_map, Options) of
            undefined ->
                {ok, _, EUid, _} = alcove:getresuid(Drv, Pipeline),
                [{proplists:get_value(uid, Options, 0), EUid, 1}];
            U ->
                U
        end,
    GidMap =
        case proplists:get_value(gid_map, Options) of
            undefined ->
                {ok, _, EGid, _} = alcove:getresgid(Drv, Pipeline),
                [{proplists:get_value(gid, Options, 0), EGid, 1}];
            G ->
                G
        end,
    [
        {uid_map, UidMap},
        {gid_map, GidMap},
        {setgroups, proplists:get_value(setgroups, Options, deny)}
    ].

format_map(Maps) ->
    iolist_to_binary([
        io_lib:format("~B ~B ~B~n", [In, Out, Count])
     || {In, Out, Count} <- Maps
    ]).

write_all(_Drv, _Pipeline, []) ->
    ok;
write_all(Drv, Pipeline, [{Path, Data} | Rest]) ->
    case write_file(Drv, Pipeline, Path, Data) of
        ok -> write_all(Drv, Pipeline, Rest);
        {error, _} = Error -> Error
    end.

%% The kernel takes a map in one write(2): a short write is an error.
write_file(Drv, Pipeline, Path, Data) ->
    case alcove:open(Drv, Pipeline, Path, [o_wronly, o_cloexec], 0) of
        {ok, FD} ->
            Size = byte_size(Data),
            Result =
                case alcove:write(Drv, Pipeline, FD, Data) of
                    {ok, Size} -> ok;
                    {ok, _} -> {error, eio};
                    {error, _} = Error -> Error
                end,
            _ = alcove:close(Drv, Pipeline, FD),
            Result;
        {error, _} = Error ->
            posix(Error)
    end.

%% `{error, not_owner}' is not a posix error: make it one.
posix({error, not_owner}) -> {error, eperm};
posix({error, _} = Error) -> Error.

%% Kill the child and wait for its exit so nothing is left behind.
reap(Drv, Pipeline, Pid) ->
    _ = alcove:kill(Drv, Pipeline, Pid, sigkill),
    _ = alcove:event(Drv, Pipeline ++ [Pid], ?REAP_TIMEOUT),
    ok.

check_sysctls([]) ->
    ok;
check_sysctls([{File, Bad, Why} | Rest]) ->
    case file:read_file(File) of
        {ok, Bin} ->
            case string:trim(binary_to_list(Bin)) of
                Bad -> {error, "unprivileged user namespaces are disabled: " ++ Why};
                _ -> check_sysctls(Rest)
            end;
        {error, _} ->
            check_sysctls(Rest)
    end.
