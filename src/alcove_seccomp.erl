%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Helpers to build classic BPF instructions for seccomp filters.
%%%
%%% An instruction (`struct sock_filter') is an 8-byte binary in native
%%% endianness: 16-bit code, 8-bit jump-if-true and jump-if-false offsets
%%% and a 32-bit constant. A program is passed to `alcove:seccomp/5' or
%%% `alcove:prctl/7' as the cstruct
%%% `[<<Count:16/native>>, <<0:((WordSize - 2) * 8)>>, {ptr, iolist_to_binary(Instructions)}]'.
%%% The macros of `alcove_seccomp.hrl' (`?BPF_STMT', `?BPF_JUMP',
%%% `?VALIDATE_ARCHITECTURE', `?ALLOW_SYSCALL'...) call this module.
%%%
%%% == User notification: an Erlang process decides system calls ==
%%%
%%% `notify(Drv, Pipeline, Syscalls)' has the process at `Pipeline'
%%% install a filter (with `no_new_privs') that sends each call in
%%% `Syscalls' to a listener and lets every other call run. The listener
%%% is held by the event loop of the process's parent, never by the
%%% process or what it execs. From then on each such call made by the
%%% program it execs, or by any process forked below it, blocks in the
%%% kernel and arrives at the owner of `Drv' as
%%%
%%% ```
%%% {alcove_event, Drv, Pipeline, {seccomp_notify, Id, Syscall, Args}}
%%% '''
%%%
%%% with `Id' the notification's integer cookie, `Syscall' the call's
%%% name (`sys_mkdir', or its number when alcove has no name for it, e.g.
%%% a call of another architecture) and `Args' a list of eight integers:
%%% the six raw arguments, then the pid of the calling process (in the
%%% PID namespace of the parent holding the listener), then its audit
%%% architecture (the `AUDIT_ARCH_*' value: compare with
%%% `alcove:define(Drv, [], alcove:audit_arch())'). Calls of another
%%% architecture are always notified.
%%%
%%% Answer with `respond(Drv, Pipeline, Id, Response)': `continue' runs
%%% the call, `{errno, E}' fails it with `E', `{value, N}' makes it return
%%% `N' without running it. A notification not answered within the
%%% parent's `notify_timeout' option (milliseconds, default 5000, set
%%% with `alcove:setopt/4' on the parent; forked children inherit it) is
%%% answered `{errno, eperm}'. When the listener is closed (the process
%%% exits, the parent exits, the driver stops) every pending call fails
%%% at once (`ENOSYS'), and so do later calls in `Syscalls'.
%%%
%%% While the process still runs alcove's event loop, its own calls are
%%% let through by the parent without asking (they are alcove's code
%%% acting on the calls you make to it); what it execs, and everything
%%% forked below it, is asked.
%%%
%%% <b>Pointer arguments race.</b> `read_string/5' reads a path argument
%%% from the caller's memory and checks afterwards that the notification
%%% is still valid, but another thread of the caller (or a process sharing
%%% its memory) can change that memory between the read and the moment
%%% the kernel runs the call after `continue': the kernel's own
%%% time-of-check/time-of-use caveat for user notification. Use
%%% `continue' only for decisions that do not depend on pointed-to data,
%%% and deny with `{errno, E}'.
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% 2> {ok, Pid} = alcove:fork(Drv, []).
%%% 3> ok = alcove_seccomp:notify(Drv, [Pid], [sys_mkdir, sys_mkdirat]).
%%% 4> ok = alcove:execvp(Drv, [Pid], "mkdir", ["mkdir", "/tmp/x"]).
%%% 5> receive {alcove_event, Drv, [Pid], {seccomp_notify, Id, _, [_, Addr | _]}} ->
%%% 5>     {ok, <<"/tmp/x">>} = alcove_seccomp:read_string(Drv, [Pid], Id, Addr, 4096),
%%% 5>     alcove_seccomp:respond(Drv, [Pid], Id, {errno, eperm})
%%% 5> end.
%%% ok
%%% '''
%%% (`mkdirat' has the path in its second argument, `mkdir' in its first.)
%%%
%%% == Allow-lists ==
%%%
%%% `allow(Syscalls, Default)' describes the classic BPF program that
%%% allows `Syscalls', plus what alcove's event loop needs between the
%%% filter and the exec ({@link loop_syscalls/0}), and does `Default'
%%% for every other call; {@link program/3} builds it for a process
%%% (system call numbers and architecture are the target's).
%%% `alcove_run:run/3' takes it as `{seccomp, Filter}', and learns a
%%% program's set with `{syscalls, learn}'.
-module(alcove_seccomp).

-include("alcove_seccomp.hrl").

%% API
-export([insn/1, stmt/2, jump/4, offset/1]).
-export([notify/3, respond/4, read_string/5]).
-export([allow/2, program/3, loop_syscalls/0]).

-export_type([response/0, default/0, filter/0]).

-type response() :: continue | {errno, alcove:posix() | pos_integer()} | {value, integer()}.
%% The answer to a notification.

-type default() :: kill | {errno, alcove:posix() | pos_integer()} | trap | log.
%% What an allow-list does with the calls not on it: `kill' (the
%% process, with `SIGSYS'), `{errno, E}', `trap' (`SIGSYS' delivered),
%% `log' (allowed and logged).

-type filter() :: {seccomp_allow, [atom() | non_neg_integer()], default()}.
%% An allow-list made by {@link allow/2}.

-define(SECCOMP_RET_KILL_PROCESS, 16#80000000).
-define(SECCOMP_RET_LOG, 16#7ffc0000).

%%====================================================================
%% API
%%====================================================================

%% @doc Convert between an `#alcove_insn{}' record and its 8-byte
%% binary form.
%%
%% ```
%% 1> rr(alcove_seccomp).
%% [alcove_insn]
%% 2> alcove_seccomp:insn(#alcove_insn{code = 6, k = 16#7fff0000}).
%% <<6,0,0,0,0,0,255,127>>
%% 3> alcove_seccomp:insn(<<6,0,0,0,0,0,255,127>>).
%% #alcove_insn{code = 6,jt = 0,jf = 0,k = 2147418112}
%% '''
%% (bytes shown for a little-endian machine)
-spec insn(#alcove_insn{}) -> <<_:64>>;
    (<<_:64>>) -> #alcove_insn{}.
insn(#alcove_insn{code = Code, jt = JT, jf = JF, k = K}) ->
    <<Code:16/native, JT:8, JF:8, K:32/native>>;
insn(<<Code:16/native, JT:8, JF:8, K:32/native>>) ->
    #alcove_insn{code = Code, jt = JT, jf = JF, k = K}.

%% @doc A statement: instruction `Code' with constant `K' and no jumps.
%%
%% ```
%% 1> alcove_seccomp:stmt(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW).
%% <<6,0,0,0,0,0,255,127>>
%% '''
-spec stmt(0..65535, non_neg_integer()) -> <<_:64>>.
stmt(Code, K) when is_integer(Code), is_integer(K) ->
    insn(#alcove_insn{code = Code, k = K}).

%% @doc A jump: if the test passes skip `JT' instructions, else `JF'.
%%
%% ```
%% 1> alcove_seccomp:jump(?BPF_JMP + ?BPF_JEQ + ?BPF_K, 39, 0, 1).
%% <<21,0,0,1,39,0,0,0>>
%% '''
-spec jump(0..65535, non_neg_integer(), 0..255, 0..255) -> <<_:64>>.
jump(Code, K, JT, JF) when is_integer(Code), is_integer(K), is_integer(JT), is_integer(JF) ->
    insn(#alcove_insn{code = Code, jt = JT, jf = JF, k = K}).

%% @doc Convert between a load size name and its `BPF_W', `BPF_H',
%% `BPF_B' value.
%%
%% ```
%% 1> alcove_seccomp:offset(halfword).
%% 8
%% 2> alcove_seccomp:offset(0).
%% word
%% '''
-spec offset(word | halfword | byte) -> 0 | 8 | 16;
    (0 | 8 | 16) -> word | halfword | byte.
offset(word) -> ?BPF_W;
offset(halfword) -> ?BPF_H;
offset(byte) -> ?BPF_B;
offset(?BPF_W) -> word;
offset(?BPF_H) -> halfword;
offset(?BPF_B) -> byte.

%%====================================================================
%% User notification
%%====================================================================

%% @doc The process at `Pipeline' (running the event loop, not the port
%% itself) sends its calls in `Syscalls' (names as in `alcove:define/3',
%% or numbers; names this platform lacks are left out), or every call
%% with `all', to its parent, which passes them up as events (see the
%% module documentation).
%%
%% The hand-over is race-free: the process announces the descriptor the
%% kernel will give the listener (the lowest free one: the process is
%% single-threaded) in its reply, written before the filter exists; then
%% installs the filter; the parent takes the descriptor with
%% `pidfd_getfd(2)' through its pidfd of the child (waiting the few
%% microseconds the install takes) and checks that it is a listener; then
%% the process closes its copy. Calls the process makes in between wait
%% in the kernel, and the parent lets them through once it holds the
%% listener. `{error, ebusy}' when the filter could not be installed, e.g.
%% the process is under a listener already (the kernel allows one per
%% chain of filters).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% 3> alcove_seccomp:notify(Drv, [Pid], [sys_mkdir, sys_mkdirat]).
%% ok
%% '''
-spec notify(alcove_drv:ref(), [alcove:pid_t(), ...], all | [atom() | non_neg_integer()]) ->
    ok | {error, alcove:posix()}.
notify(Drv, [_ | _] = Pipeline, Syscalls) when Syscalls =:= all; is_list(Syscalls) ->
    {Parent, [Pid]} = lists:split(length(Pipeline) - 1, Pipeline),
    Arg =
        case Syscalls of
            all -> all;
            _ -> <<<<Nr:32/native>> || Nr <- numbers(Drv, Pipeline, Syscalls)>>
        end,
    case alcove:seccomp_notify(Drv, Pipeline, Arg) of
        {ok, FD} ->
            Taken = alcove:seccomp_notify_listen(Drv, Parent, Pid, FD),
            _ = alcove:close(Drv, Pipeline, FD),
            case Taken of
                ok -> ok;
                {error, einval} -> {error, ebusy};
                {error, _} = Error -> Error
            end;
        {error, _} = Error ->
            Error
    end.

%% @doc Answer notification `Id' of the process at `Pipeline'.
%% `{error, enoent}' when it is no longer valid: the caller died or was
%% interrupted by a signal, it was answered already (or at its
%% deadline), or the process is gone.
%%
%% ```
%% 1> receive {alcove_event, Drv, [Pid], {seccomp_notify, Id, _, _}} ->
%% 1>     alcove_seccomp:respond(Drv, [Pid], Id, {value, 0})
%% 1> end.
%% ok
%% '''
-spec respond(alcove_drv:ref(), [alcove:pid_t(), ...], non_neg_integer(), response()) ->
    ok | {error, alcove:posix()}.
respond(Drv, [_ | _] = Pipeline, Id, Response) ->
    {Parent, [Pid]} = lists:split(length(Pipeline) - 1, Pipeline),
    alcove:seccomp_notify_respond(Drv, Parent, Pid, Id, Response).

%% @doc Read the NUL-terminated string (at most `MaxLen' bytes, and at
%% most 64 KiB) at `Addr' in the memory of the caller of notification
%% `Id', then check that the notification is still valid
%% (`{error, enoent}' if not). Read the module documentation on pointer
%% arguments first.
%%
%% ```
%% 1> receive {alcove_event, Drv, [Pid], {seccomp_notify, Id, sys_mkdir, [Addr | _]}} ->
%% 1>     alcove_seccomp:read_string(Drv, [Pid], Id, Addr, 4096)
%% 1> end.
%% {ok,<<"/tmp/x">>}
%% '''
-spec read_string(
    alcove_drv:ref(), [alcove:pid_t(), ...], non_neg_integer(), non_neg_integer(), non_neg_integer()
) -> {ok, binary()} | {error, alcove:posix()}.
read_string(Drv, [_ | _] = Pipeline, Id, Addr, MaxLen) ->
    {Parent, [Pid]} = lists:split(length(Pipeline) - 1, Pipeline),
    alcove:seccomp_notify_read(Drv, Parent, Pid, Id, Addr, MaxLen).

%%====================================================================
%% Allow-lists
%%====================================================================

%% @doc The calls alcove's event loop makes between installing a filter
%% (the `{seccomp, Filter}' step of `alcove_run') and the exec, added to
%% every allow-list: the reply, waiting for and reading the next call,
%% the preparation of the exec and the exec itself.
%%
%% ```
%% 1> lists:member(sys_execve, alcove_seccomp:loop_syscalls()).
%% true
%% '''
-spec loop_syscalls() -> [atom(), ...].
loop_syscalls() ->
    [
        sys_read,
        sys_write,
        sys_writev,
        sys_poll,
        sys_ppoll,
        sys_getpid,
        sys_getrlimit,
        sys_setrlimit,
        sys_prlimit64,
        sys_rt_sigreturn,
        sys_rt_sigprocmask,
        sys_rt_sigaction,
        sys_restart_syscall,
        sys_fcntl,
        sys_prctl,
        sys_close,
        sys_exit,
        sys_exit_group,
        sys_execve,
        sys_execveat
    ].

%% @doc An allow-list: `Syscalls' (names or numbers) and
%% {@link loop_syscalls/0} are allowed; any other call, and any call of
%% another architecture, gets `Default'. Make it a program for a process
%% with {@link program/3}, or give it to `alcove_run:run/3' as
%% `{seccomp, Filter}'.
%%
%% ```
%% 1> F = alcove_seccomp:allow([sys_getdents64, sys_openat], kill).
%% 2> alcove_run:run(Drv, ["/bin/true"], [{seccomp, F}]).
%% '''
-spec allow([atom() | non_neg_integer()], default()) -> filter().
allow(Syscalls, Default) when is_list(Syscalls) ->
    _ = ret(Default),
    {seccomp_allow, lists:usort(Syscalls ++ loop_syscalls()), Default}.

%% @doc The `struct sock_fprog' cstruct of an allow-list for the process
%% at `Pipeline', for `alcove:seccomp/5' (after `no_new_privs'). Names
%% the platform lacks are left out.
%%
%% ```
%% 1> Prog = alcove_seccomp:program(Drv, [Pid], alcove_seccomp:allow([], kill)).
%% 2> {ok, _, _, _, _, _} = alcove:prctl(Drv, [Pid], pr_set_no_new_privs, 1, 0, 0, 0).
%% 3> alcove:seccomp(Drv, [Pid], seccomp_set_mode_filter, 0, Prog).
%% ok
%% '''
-spec program(alcove_drv:ref(), [alcove:pid_t()], filter()) -> alcove:cstruct().
program(Drv, Pipeline, {seccomp_allow, Syscalls, Default}) ->
    Arch = alcove:define(Drv, Pipeline, alcove:audit_arch()),
    Ret = ret(Default),
    Allowed = lists:append([?ALLOW_SYSCALL(Nr) || Nr <- numbers(Drv, Pipeline, Syscalls)]),
    Insns = lists:append([
        [
            ?BPF_STMT(?BPF_LD + ?BPF_W + ?BPF_ABS, ?OFFSET_ARCH_NR),
            ?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, Arch, 1, 0),
            ?BPF_STMT(?BPF_RET + ?BPF_K, Ret)
        ],
        [?EXAMINE_SYSCALL],
        Allowed,
        [?BPF_STMT(?BPF_RET + ?BPF_K, Ret)]
    ]),
    Pad = alcove:wordalign(2) * 8,
    [<<(length(Insns)):16/native>>, <<0:Pad>>, {ptr, iolist_to_binary(Insns)}].

ret(kill) -> ?SECCOMP_RET_KILL_PROCESS;
ret(trap) -> ?SECCOMP_RET_TRAP;
ret(log) -> ?SECCOMP_RET_LOG;
ret({errno, E}) when is_integer(E), E > 0, E < 16#10000 -> ?SECCOMP_RET_ERRNO bor E;
ret({errno, E} = Default) when is_atom(E) ->
    case errno(E) of
        undefined -> erlang:error(badarg, [Default]);
        N -> ?SECCOMP_RET_ERRNO bor N
    end;
ret(Default) ->
    erlang:error(badarg, [Default]).

%% Common errnos by name (Linux numbers): the filter is built without
%% asking the driver.
errno(eperm) -> 1;
errno(enoent) -> 2;
errno(eintr) -> 4;
errno(eio) -> 5;
errno(eacces) -> 13;
errno(ebusy) -> 16;
errno(einval) -> 22;
errno(enosys) -> 38;
errno(_) -> undefined.

numbers(Drv, Pipeline, Syscalls) ->
    lists:usort([
        Nr
     || S <- Syscalls,
        Nr <- [number(Drv, Pipeline, S)],
        is_integer(Nr)
    ]).

number(_Drv, _Pipeline, Nr) when is_integer(Nr), Nr >= 0 -> Nr;
number(Drv, Pipeline, Name) when is_atom(Name) -> alcove:syscall_constant(Drv, Pipeline, Name).
