%%% @doc Example: confine a process with a seccomp filter.
%%%
%%% `allow/4' installs a classic BPF program in the process addressed by
%%% `Pipeline' that permits only the listed system calls; any other call
%%% gets `Action': the process is killed (`kill'), the call fails with
%%% EPERM (`eperm'), or SIGSYS is raised (`trap').
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% 2> {ok, P} = alcove:fork(Drv, []).
%%% 3> ok = seccompex:allow(Drv, [P], seccompex:event_loop_syscalls(), eperm).
%%% 4> alcove:getcwd(Drv, [P]).
%%% {error,eperm}
%%% '''
-module(seccompex).

-include_lib("alcove/include/alcove_seccomp.hrl").

-export([allow/4, filter/3, event_loop_syscalls/0]).

-type action() :: kill | eperm | trap.
-export_type([action/0]).

%% @doc The system calls an alcove event loop needs to keep answering
%% calls once the filter is in place (doc/SECCOMP.md), plus `brk', `mmap'
%% and `munmap' for builds whose allocator calls them (AddressSanitizer,
%% valgrind, musl) and for requests larger than any before.
-spec event_loop_syscalls() -> [atom()].
event_loop_syscalls() ->
    [
        sys_exit,
        sys_exit_group,
        sys_getpid,
        sys_poll,
        sys_ppoll,
        sys_read,
        sys_write,
        sys_writev,
        sys_restart_syscall,
        sys_rt_sigreturn,
        sys_sigreturn,
        sys_brk,
        sys_mmap,
        sys_munmap,
        sys_getrlimit,
        sys_ugetrlimit,
        sys_setrlimit
    ].

%% @doc Install the filter in `Pipeline': set no_new_privs, then load the
%% program with seccomp(2).
-spec allow(alcove_drv:ref(), [alcove:pid_t()], [atom()], action()) -> ok | {error, alcove:posix()}.
allow(Drv, Pipeline, Syscalls, Action) ->
    Prog = filter(Drv, Pipeline, {Syscalls, Action}),
    case alcove:prctl(Drv, Pipeline, pr_set_no_new_privs, 1, 0, 0, 0) of
        {ok, _, _, _, _, _} ->
            alcove:seccomp(Drv, Pipeline, seccomp_set_mode_filter, 0, Prog);
        {error, _} = Error ->
            Error
    end.

%% @doc The `struct sock_fprog' cstruct for `{Syscalls, Action}'. Syscall
%% names this platform lacks are left out.
-spec filter(alcove_drv:ref(), [alcove:pid_t()], {[atom()], action()}) -> alcove:cstruct().
filter(Drv, Pipeline, {Syscalls, Action}) ->
    Arch = alcove:define(Drv, Pipeline, alcove:audit_arch()),
    Allowed = lists:append([
        ?ALLOW_SYSCALL(Nr)
     || Name <- Syscalls,
        Nr <- [alcove:syscall_constant(Drv, Pipeline, Name)],
        is_integer(Nr)
    ]),
    Insns = lists:append([
        ?VALIDATE_ARCHITECTURE(Arch),
        [?EXAMINE_SYSCALL],
        Allowed,
        [?BPF_STMT(?BPF_RET + ?BPF_K, ret(Action))]
    ]),
    Bin = iolist_to_binary(Insns),
    Pad = alcove:wordalign(2) * 8,
    [<<(length(Insns)):16/native>>, <<0:Pad>>, {ptr, Bin}].

ret(kill) -> ?SECCOMP_RET_KILL;
ret(eperm) -> ?SECCOMP_RET_ERRNO bor 1;
ret(trap) -> ?SECCOMP_RET_TRAP.
