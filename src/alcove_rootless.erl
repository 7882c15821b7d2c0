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
%%%
%%% == Where user namespaces are off ==
%%%
%%% Many hosts refuse them (`user.max_user_namespaces=0', Ubuntu's
%%% AppArmor restriction, container runtimes filtering `clone'). {@link
%%% sandbox/3} makes a sandbox anyway, with the strongest layers the host
%%% allows: a user namespace when it can, and always what needs no
%%% privilege at all, `no_new_privs', Landlock, a seccomp filter and
%%% rlimits (plus a cgroup v2 group the caller owns). It returns what it
%%% applied and what it skipped, and why; a layer asked for strictly
%%% fails the call instead:
%%%
%%% ```
%%% 1> alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "/usr", ro}]}]).
%%% {ok,8344,
%%%     #{cgroup => {skipped,not_requested},landlock => {ok,7},
%%%       namespaces => {skipped,not_requested},no_new_privs => ok,
%%%       rlimits => {skipped,not_requested},seccomp => ok,
%%%       userns => {skipped,enospc}}}
%%% 2> alcove_rootless:sandbox(Drv, [], [{landlock, [{path, "/usr", ro}, {abi, 99}, {strict, true}]}]).
%%% {error,{landlock,enotsup}}
%%% '''
-module(alcove_rootless).

-include("alcove.hrl").
-include("alcove_seccomp.hrl").

%% API
-export([clone/3, clone/4]).
-export([map_ids/4]).
-export([available/0]).
-export([sandbox/3, default_deny/0, seccomp_filter/3]).

-export_type([idmap/0, option/0]).
-export_type([sandbox_option/0, layer/0, layers/0, seccomp/0, seccomp_action/0]).

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

-type layer() :: userns | namespaces | cgroup | rlimits | no_new_privs | landlock | seccomp.
%% The layers of {@link sandbox/3}, in the order they are applied.

-type layers() :: #{layer() => ok | {ok, term()} | {skipped, Reason :: atom()}}.
%% What {@link sandbox/3} applied: `ok' or `{ok, Detail}' (`{ok, ABI}'
%% for Landlock, `{ok, Flags}' for the namespaces), or `{skipped, Why}':
%% `not_requested', or the error that made the host refuse the layer
%% (`eperm', `enospc', `eacces', `enosys', `eopnotsupp'...).

-type seccomp() :: default | none | {deny, [atom()]} | alcove:cstruct().
%% The seccomp layer: the {@link default_deny/0} list, no filter, a list
%% of `sys_*' names to deny, or a program of your own (the cstruct
%% `alcove:seccomp/5' takes, e.g. built with `alcove_seccomp').

-type seccomp_action() :: {errno, eperm | eacces | einval | enosys | 1..4095} | kill.
%% What a denied system call gets: an error (default `{errno, eperm}')
%% or the process is killed with `SIGSYS'.

-type sandbox_option() ::
    {userns, boolean()}
    | {namespaces, [alcove:constant()]}
    | {uid, alcove:uid_t()}
    | {gid, alcove:gid_t()}
    | {cgroup, iodata()}
    | {rlimits, [{alcove:constant(), non_neg_integer() | #alcove_rlimit{}}]}
    | {landlock, [alcove_landlock:rule()]}
    | {seccomp, seccomp()}
    | {seccomp_action, seccomp_action()}
    | {require, [layer()]}.
%% Options of {@link sandbox/3}.

-define(REAP_TIMEOUT, 5000).

%% The system calls the default filter refuses: they change mounts,
%% namespaces, the kernel, other processes' memory, or reach kernel
%% interfaces with a long record of privilege escalations.
-define(DEFAULT_DENY, [
    sys_mount,
    sys_umount2,
    sys_umount,
    sys_pivot_root,
    sys_chroot,
    sys_fsopen,
    sys_fsconfig,
    sys_fsmount,
    sys_fspick,
    sys_move_mount,
    sys_open_tree,
    sys_mount_setattr,
    sys_unshare,
    sys_setns,
    sys_ptrace,
    sys_process_vm_readv,
    sys_process_vm_writev,
    sys_bpf,
    sys_perf_event_open,
    sys_userfaultfd,
    sys_keyctl,
    sys_add_key,
    sys_request_key,
    sys_kexec_load,
    sys_kexec_file_load,
    sys_init_module,
    sys_finit_module,
    sys_delete_module,
    sys_open_by_handle_at,
    sys_name_to_handle_at,
    sys_swapon,
    sys_swapoff,
    sys_reboot,
    sys_acct,
    sys_quotactl,
    sys_iopl,
    sys_ioperm,
    sys_lookup_dcookie,
    sys_syslog
]).

%% The clone(2) flags that make namespaces: the filter refuses them.
-define(NS_FLAGS, [
    clone_newns,
    clone_newcgroup,
    clone_newuts,
    clone_newipc,
    clone_newuser,
    clone_newpid,
    clone_newnet
]).

%% Offset of the low 32 bits of args[0] in struct seccomp_data.
-define(OFFSET_ARG0_LO, 16).
-define(OFFSET_ARG0_HI, 20).
-define(X32_SYSCALL_BIT, 16#40000000).

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

%% @doc Fork a child of `Pipeline' confined by the strongest layers the
%% host allows without root.
%%
%% The layers, in the order they are applied, and the options that
%% control them:
%%
%% <dl>
%% <dt>`userns'</dt><dd>the child is cloned into a new user namespace
%% (`{userns, true}', the default), its ids mapped as by {@link clone/4}
%% (`{uid, Id}', `{gid, Id}' inside; default the caller's own ids).
%% Where the host refuses user namespaces (`{error, eperm}' or
%% `{error, enospc}', see {@link available/0}) the child is forked
%% instead and the layer is reported `{skipped, Errno}'.</dd>
%% <dt>`namespaces'</dt><dd>`{namespaces, Flags}' (e.g.
%% `[clone_newpid, clone_newnet]'): made with the user namespace; without
%% one they need privilege, and are skipped if refused.</dd>
%% <dt>`cgroup'</dt><dd>`{cgroup, Dir}': the cgroup v2 group (its
%% directory, e.g. under `/sys/fs/cgroup') the child is moved into; the
%% caller must own it (a delegated group), else `{skipped, eacces}'.</dd>
%% <dt>`rlimits'</dt><dd>`{rlimits, [{rlimit_nofile, 64}, ...]}': soft and
%% hard limits (an integer sets both, or an `#alcove_rlimit{}').</dd>
%% <dt>`no_new_privs'</dt><dd>always: set-user-ID programs and file
%% capabilities give nothing.</dd>
%% <dt>`landlock'</dt><dd>`{landlock, Rules}': {@link
%% alcove_landlock:restrict/4}; skipped (`enosys', `eopnotsupp') where
%% the kernel lacks Landlock.</dd>
%% <dt>`seccomp'</dt><dd>`{seccomp, Filter}', default `default': a filter
%% refusing {@link default_deny/0}, `clone(2)' with a namespace flag,
%% `clone3(2)' (with `enosys', so that the C library falls back to
%% `clone') and x32 system calls; calls of another architecture kill the
%% process. `{seccomp_action, kill}' kills on the denied calls instead of
%% `{errno, eperm}'.</dd>
%% </dl>
%%
%% A layer listed in `{require, Layers}' that cannot be applied fails the
%% call instead of being skipped, as does a Landlock ruleset holding
%% `{strict, true}'. Errors in what was asked (a rule naming a missing
%% path, a limit above the hard limit) always fail the call. On error
%% the child is killed and reaped and the result is
%% `{error, {Layer, Reason}}', e.g. `{error, {landlock, enotsup}}' for a
%% strict ruleset needing a Landlock ABI the kernel lacks.
%%
%% Malformed options (and malformed Landlock rules) raise `badarg',
%% leaving no child. Syscall names this architecture lacks are left out
%% of the filter. Inside the sandbox `alcove:clone/3' with namespace
%% flags gives `{error, eperm}' and `alcove:clone3/3' `{error, enosys}';
%% `alcove:fork/2' works.
%%
%% On success the child, `Pipeline ++ [Pid]', runs the event loop
%% confined by every layer applied: exec the program with
%% `alcove:execve/5' (or run it with `alcove_run:run/4' and
%% `{pid, Pid}'). No layer can be undone from inside.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start([{exec, "setpriv --reuid=65534 --regid=65534 --clear-groups"},
%%                                  {ctldir, "/tmp/alcove-ctl"}]).
%% {ok,<0.190.0>}
%% 2> {ok, Pid, Layers} = alcove_rootless:sandbox(Drv, [], [
%%        {namespaces, [clone_newpid, clone_newnet]},
%%        {landlock, [{path, "/usr", ro}, {path, "/tmp", rw}]},
%%        {rlimits, [{rlimit_nofile, 64}]}]).
%% {ok,8344,
%%     #{cgroup => {skipped,not_requested},landlock => {ok,7},
%%       namespaces => {skipped,eperm},no_new_privs => ok,rlimits => ok,
%%       seccomp => ok,userns => {skipped,enospc}}}
%% 3> alcove:open(Drv, [Pid], "/etc/passwd", [o_rdonly], 0).
%% {error,eacces}
%% 4> alcove:unshare(Drv, [Pid], [clone_newuser]).
%% {error,eperm}
%% '''
-spec sandbox(alcove_drv:ref(), [alcove:pid_t()], [sandbox_option()]) ->
    {ok, alcove:pid_t(), layers()} | {error, {layer() | fork, alcove:posix()}}.
sandbox(Drv, Pipeline, Opts) when is_list(Pipeline), is_list(Opts) ->
    case lists:all(fun valid_sandbox_option/1, Opts) of
        true -> ok;
        false -> erlang:error(badarg, [Drv, Pipeline, Opts])
    end,
    Require = lists:append([L || {require, L} <- Opts]),
    case sandbox_child(Drv, Pipeline, Opts, Require) of
        {ok, Pid, Layers0} ->
            Child = Pipeline ++ [Pid],
            Steps = [
                {cgroup, fun() -> layer_cgroup(Drv, Pipeline, Pid, Opts) end},
                {rlimits, fun() -> layer_rlimits(Drv, Child, Opts) end},
                {no_new_privs, fun() -> layer_nnp(Drv, Child) end},
                {landlock, fun() -> layer_landlock(Drv, Child, Opts, Require) end},
                {seccomp, fun() -> layer_seccomp(Drv, Child, Opts) end}
            ],
            Applied =
                try
                    apply_layers(Steps, Require, Layers0)
                catch
                    Class:Reason:Stack ->
                        %% malformed rules raise (badarg): no child left
                        ok = reap(Drv, Pipeline, Pid),
                        erlang:raise(Class, Reason, Stack)
                end,
            case Applied of
                {ok, Layers} ->
                    {ok, Pid, Layers};
                {error, _} = Error ->
                    ok = reap(Drv, Pipeline, Pid),
                    Error
            end;
        {error, _} = Error ->
            Error
    end;
sandbox(Drv, Pipeline, Opts) ->
    erlang:error(badarg, [Drv, Pipeline, Opts]).

%% @doc The system calls refused by the default seccomp filter of
%% {@link sandbox/3} (names this architecture lacks are left out of the
%% filter): the mount and namespace calls, `ptrace' and cross-process
%% memory access, `bpf', `perf_event_open', `userfaultfd', the keyring,
%% kernel modules and `kexec', file handles, swap, `reboot', `acct',
%% `quotactl', `iopl'/`ioperm', `syslog'.
%%
%% ```
%% 1> lists:member(sys_ptrace, alcove_rootless:default_deny()).
%% true
%% '''
-spec default_deny() -> [atom(), ...].
default_deny() ->
    ?DEFAULT_DENY.

%% @doc The seccomp program of {@link sandbox/3}: deny `Syscalls' with
%% `Action', and refuse namespace flags in `clone(2)', `clone3(2)' and
%% x32 calls; other architectures are killed, everything else allowed.
%% Returns the `struct sock_fprog' cstruct for `alcove:seccomp/5'.
%%
%% ```
%% 1> Prog = alcove_rootless:seccomp_filter(Drv, [Pid], {alcove_rootless:default_deny(), {errno, eperm}}).
%% 2> {ok, 0, _, _, _, _} = alcove:prctl(Drv, [Pid], pr_set_no_new_privs, 1, 0, 0, 0).
%% 3> alcove:seccomp(Drv, [Pid], seccomp_set_mode_filter, 0, Prog).
%% ok
%% '''
-spec seccomp_filter(alcove_drv:ref(), [alcove:pid_t()], {[atom()], seccomp_action()}) ->
    alcove:cstruct().
seccomp_filter(Drv, Pipeline, {Syscalls, Action}) when is_list(Syscalls) ->
    Arch = alcove:define(Drv, Pipeline, alcove:audit_arch()),
    Ret = ret(Drv, Pipeline, Action),
    Deny = ?BPF_STMT(?BPF_RET + ?BPF_K, Ret),
    Nrs = lists:usort([
        Nr
     || Name <- Syscalls,
        Nr <- [alcove:syscall_constant(Drv, Pipeline, Name)],
        is_integer(Nr)
    ]),
    Denied = lists:append([[?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, Nr, 0, 1), Deny] || Nr <- Nrs]),
    Clone3 =
        case alcove:syscall_constant(Drv, Pipeline, sys_clone3) of
            N3 when is_integer(N3) ->
                [
                    ?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, N3, 0, 1),
                    ?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ERRNO bor errno(Drv, Pipeline, enosys))
                ];
            _ ->
                []
        end,
    Clone =
        case alcove:syscall_constant(Drv, Pipeline, sys_clone) of
            N when is_integer(N) ->
                Mask = lists:foldl(
                    fun(Flag, Acc) ->
                        case alcove:clone_constant(Drv, Pipeline, Flag) of
                            V when is_integer(V) -> Acc bor V;
                            _ -> Acc
                        end
                    end,
                    0,
                    ?NS_FLAGS
                ),
                [
                    ?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, N, 0, 3),
                    ?BPF_STMT(?BPF_LD + ?BPF_W + ?BPF_ABS, arg0_low()),
                    ?BPF_JUMP(?BPF_JMP + ?BPF_JSET + ?BPF_K, Mask, 0, 1),
                    Deny,
                    ?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW)
                ];
            _ ->
                []
        end,
    Insns = lists:append([
        ?VALIDATE_ARCHITECTURE(Arch),
        [?EXAMINE_SYSCALL],
        [?BPF_JUMP(?BPF_JMP + ?BPF_JGE + ?BPF_K, ?X32_SYSCALL_BIT, 0, 1), Deny],
        Denied,
        Clone3,
        Clone,
        [?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW)]
    ]),
    Pad = alcove:wordalign(2) * 8,
    [<<(length(Insns)):16/native>>, <<0:Pad>>, {ptr, iolist_to_binary(Insns)}].

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

%%--------------------------------------------------------------------
%% sandbox/3
%%--------------------------------------------------------------------

valid_sandbox_option({userns, B}) -> is_boolean(B);
valid_sandbox_option({namespaces, Flags}) -> is_list(Flags);
valid_sandbox_option({uid, Id}) -> is_integer(Id) andalso Id >= 0;
valid_sandbox_option({gid, Id}) -> is_integer(Id) andalso Id >= 0;
valid_sandbox_option({cgroup, Dir}) -> is_iodata(Dir);
valid_sandbox_option({rlimits, L}) -> is_list(L) andalso lists:all(fun valid_rlimit/1, L);
valid_sandbox_option({landlock, Rules}) -> is_list(Rules);
valid_sandbox_option({seccomp, default}) -> true;
valid_sandbox_option({seccomp, none}) -> true;
valid_sandbox_option({seccomp, {deny, L}}) -> is_list(L) andalso lists:all(fun is_atom/1, L);
valid_sandbox_option({seccomp, Prog}) -> is_list(Prog);
valid_sandbox_option({seccomp_action, kill}) -> true;
valid_sandbox_option({seccomp_action, {errno, E}}) -> is_errno(E);
valid_sandbox_option({require, L}) -> is_list(L) andalso lists:all(fun is_layer/1, L);
valid_sandbox_option(_) -> false.

valid_rlimit({Res, N}) when is_integer(N), N >= 0 -> is_atom(Res) orelse is_integer(Res);
valid_rlimit({Res, #alcove_rlimit{}}) -> is_atom(Res) orelse is_integer(Res);
valid_rlimit(_) -> false.

is_errno(E) when is_integer(E) -> E >= 1 andalso E =< 4095;
is_errno(E) -> lists:member(E, [eperm, eacces, einval, enosys]).

is_layer(L) ->
    lists:member(L, [userns, namespaces, cgroup, rlimits, no_new_privs, landlock, seccomp]).

is_iodata(Data) ->
    try iolist_size(Data) > 0 of
        Bool -> Bool
    catch
        error:badarg -> false
    end.

%% The child: in a user namespace when the host allows it, else forked
%% (or cloned into the other namespaces, if that is allowed).
sandbox_child(Drv, Pipeline, Opts, Require) ->
    NS = proplists:get_value(namespaces, Opts, []),
    NSLayer =
        case NS of
            [] -> {skipped, not_requested};
            _ -> {ok, NS}
        end,
    Userns =
        case proplists:get_value(userns, Opts, true) of
            true -> clone(Drv, Pipeline, NS, own_ids(Drv, Pipeline, Opts));
            false -> {error, not_requested}
        end,
    case Userns of
        {ok, Pid} ->
            {ok, Pid, #{userns => ok, namespaces => NSLayer}};
        {error, Why} ->
            case lists:member(userns, Require) of
                true -> {error, {userns, Why}};
                false -> fallback_child(Drv, Pipeline, NS, Require, #{userns => {skipped, Why}})
            end
    end.

%% The ids inside: those asked for, else the caller's own (so that an
%% exec'ed program holds no capability in the namespace).
own_ids(Drv, Pipeline, Opts) ->
    Uid =
        case proplists:get_value(uid, Opts) of
            undefined ->
                {ok, _, EUid, _} = alcove:getresuid(Drv, Pipeline),
                EUid;
            U ->
                U
        end,
    Gid =
        case proplists:get_value(gid, Opts) of
            undefined ->
                {ok, _, EGid, _} = alcove:getresgid(Drv, Pipeline),
                EGid;
            G ->
                G
        end,
    [{uid, Uid}, {gid, Gid}].

fallback_child(Drv, Pipeline, [], _Require, Layers) ->
    forked(Drv, Pipeline, Layers#{namespaces => {skipped, not_requested}});
fallback_child(Drv, Pipeline, NS, Require, Layers) ->
    case alcove:clone(Drv, Pipeline, NS) of
        {ok, Pid} ->
            {ok, Pid, Layers#{namespaces => {ok, NS}}};
        {error, _} = Error ->
            {error, Why} = posix(Error),
            case lists:member(namespaces, Require) of
                true -> {error, {namespaces, Why}};
                false -> forked(Drv, Pipeline, Layers#{namespaces => {skipped, Why}})
            end
    end.

forked(Drv, Pipeline, Layers) ->
    case alcove:fork(Drv, Pipeline) of
        {ok, Pid} -> {ok, Pid, Layers};
        {error, Why} -> {error, {fork, Why}}
    end.

%% Each step answers ok, {ok, Detail}, {skipped, Why} or {error, Why}.
apply_layers([], _Require, Layers) ->
    {ok, Layers};
apply_layers([{Name, Fun} | Rest], Require, Layers) ->
    case Fun() of
        {skipped, not_requested} = Skip ->
            apply_layers(Rest, Require, Layers#{Name => Skip});
        {skipped, Why} = Skip ->
            case lists:member(Name, Require) of
                true -> {error, {Name, Why}};
                false -> apply_layers(Rest, Require, Layers#{Name => Skip})
            end;
        {error, Why} ->
            {error, {Name, Why}};
        Ok ->
            apply_layers(Rest, Require, Layers#{Name => Ok})
    end.

%% Move the child into the group: the caller must be allowed to write
%% the group's cgroup.procs (and the common ancestor's).
layer_cgroup(Drv, Pipeline, Pid, Opts) ->
    case proplists:get_value(cgroup, Opts) of
        undefined ->
            {skipped, not_requested};
        Dir ->
            Procs = filename:join(iolist_to_binary(Dir), <<"cgroup.procs">>),
            case write_file(Drv, Pipeline, Procs, integer_to_binary(Pid)) of
                ok -> ok;
                {error, Why} -> {skipped, Why}
            end
    end.

layer_rlimits(Drv, Child, Opts) ->
    case lists:append([L || {rlimits, L} <- Opts]) of
        [] ->
            {skipped, not_requested};
        Limits ->
            each(
                fun({Res, Lim}) ->
                    R =
                        case Lim of
                            N when is_integer(N) -> #alcove_rlimit{cur = N, max = N};
                            #alcove_rlimit{} -> Lim
                        end,
                    alcove:setrlimit(Drv, Child, Res, R)
                end,
                Limits
            )
    end.

layer_nnp(Drv, Child) ->
    case alcove:prctl(Drv, Child, pr_set_no_new_privs, 1, 0, 0, 0) of
        {ok, _, _, _, _, _} -> ok;
        {error, _} = Error -> Error
    end.

layer_landlock(Drv, Child, Opts, Require) ->
    case lists:keyfind(landlock, 1, Opts) of
        false ->
            {skipped, not_requested};
        {landlock, Rules} ->
            Strict = lists:member({strict, true}, Rules) orelse lists:member(landlock, Require),
            Rules1 =
                case Strict of
                    true -> Rules ++ [{strict, true}];
                    false -> Rules
                end,
            case alcove_landlock:abi(Drv, Child) of
                {ok, _} ->
                    case alcove_landlock:restrict(Drv, Child, Rules1) of
                        {ok, #{abi := ABI}} -> {ok, ABI};
                        {error, _} = Error -> Error
                    end;
                {error, Why} when Strict ->
                    {error, Why};
                {error, Why} ->
                    {skipped, Why}
            end
    end.

layer_seccomp(Drv, Child, Opts) ->
    Action = proplists:get_value(seccomp_action, Opts, {errno, eperm}),
    Prog =
        case proplists:get_value(seccomp, Opts, default) of
            none -> none;
            default -> seccomp_filter(Drv, Child, {?DEFAULT_DENY, Action});
            {deny, Names} -> seccomp_filter(Drv, Child, {Names, Action});
            Own -> Own
        end,
    case Prog of
        none ->
            {skipped, not_requested};
        _ ->
            %% PR_GET_SECCOMP fails with einval where the kernel lacks
            %% seccomp.
            case alcove:prctl(Drv, Child, pr_get_seccomp, 0, 0, 0, 0) of
                {error, Why} ->
                    {skipped, Why};
                {ok, _, _, _, _, _} ->
                    try alcove:seccomp(Drv, Child, seccomp_set_mode_filter, 0, Prog) of
                        ok -> ok;
                        {error, _} = Error -> Error
                    catch
                        error:undef -> {skipped, enosys}
                    end
            end
    end.

each(_Fun, []) ->
    ok;
each(Fun, [X | Xs]) ->
    case Fun(X) of
        ok -> each(Fun, Xs);
        {error, _} = Error -> Error
    end.

ret(_Drv, _Pipeline, kill) ->
    ?SECCOMP_RET_KILL;
ret(Drv, Pipeline, {errno, E}) ->
    ?SECCOMP_RET_ERRNO bor errno(Drv, Pipeline, E).

%% The number of an errno name, checked against the port's own table
%% (enosys is 89 on MIPS).
errno(_Drv, _Pipeline, N) when is_integer(N) ->
    N;
errno(Drv, Pipeline, Name) ->
    Candidates = proplists:get_value(Name, [
        {eperm, [1]}, {eacces, [13]}, {einval, [22]}, {enosys, [38, 89]}
    ]),
    case [N || N <- Candidates, alcove:errno_id(Drv, Pipeline, N) =:= Name] of
        [N | _] -> N;
        [] -> erlang:error(badarg, [Drv, Pipeline, Name])
    end.

arg0_low() ->
    case <<1:16/native>> of
        <<1:16/little>> -> ?OFFSET_ARG0_LO;
        _ -> ?OFFSET_ARG0_HI
    end.
