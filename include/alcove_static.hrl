%%% Hand-written part of module alcove.
%%%
%%% Not an include file for users: bin/alcove_gen.escript splices this
%%% file verbatim into the generated src/alcove.erl, after -module and
%%% -include("alcove.hrl"). It holds the exported types and the helper
%%% functions; the call functions come from c_src/alcove_call.proto.

%% Helpers (not protocol calls).
-export([audit_arch/0]).
-export([define/3]).
-export([eof/2, eof/3]).
-export([event/2, event/3]).
-export([filter/1, filter/3]).
-export([getcpid/4]).
-export([stderr/2, stderr/3]).
-export([stdin/3]).
-export([stdout/2, stdout/3]).
-export([wordalign/1, wordalign/2]).

-type uint8_t() :: 0..16#ff.
-type uint16_t() :: 0..16#ffff.
-type uint32_t() :: 0..16#ffffffff.
-type uint64_t() :: 0..16#ffffffffffffffff.

-type int8_t() :: -16#7f..16#7f.
-type int16_t() :: -16#7fff..16#7fff.
-type int32_t() :: -16#7fffffff..16#7fffffff.
-type int64_t() :: -16#7fffffffffffffff..16#7fffffffffffffff.

-type mode_t() :: uint32_t().
-type uid_t() :: uint32_t().
-type gid_t() :: uint32_t().
-type off_t() :: uint64_t().
-type size_t() :: uint64_t().
-type ssize_t() :: int64_t().
-type pid_t() :: int32_t().

-type fd() :: int32_t().
-type fd_set() :: [fd()].

-type constant() :: atom() | integer().

-type posix() ::
    e2big
    | eacces
    | eaddrinuse
    | eaddrnotavail
    | eadv
    | eafnosupport
    | eagain
    | ealign
    | ealready
    | eauth
    | ebade
    | ebadf
    | ebadfd
    | ebadmsg
    | ebadr
    | ebadrpc
    | ebadrqc
    | ebadslt
    | ebfont
    | ebusy
    | ecanceled
    | ecapmode
    | echild
    | echrng
    | ecomm
    | econnaborted
    | econnrefused
    | econnreset
    | edeadlk
    | edeadlock
    | edestaddrreq
    | edirty
    | edom
    | edotdot
    | edquot
    | eduppkg
    | eexist
    | efault
    | efbig
    | eftype
    | ehostdown
    | ehostunreach
    | eidrm
    | eilseq
    | einit
    | einprogress
    | eintegrity
    | eintr
    | einval
    | eio
    | eisconn
    | eisdir
    | eisnam
    | el2hlt
    | el2nsync
    | el3hlt
    | el3rst
    | elbin
    | elibacc
    | elibbad
    | elibexec
    | elibmax
    | elibscn
    | elnrng
    | eloop
    | emfile
    | emlink
    | emsgsize
    | emultihop
    | enametoolong
    | enavail
    | eneedauth
    | enet
    | enetdown
    | enetreset
    | enetunreach
    | enfile
    | enoano
    | enoattr
    | enobufs
    | enocsi
    | enodata
    | enodev
    | enoent
    | enoexec
    | enolck
    | enolink
    | enomem
    | enomsg
    | enonet
    | enopkg
    | enoprotoopt
    | enospc
    | enosr
    | enostr
    | enosym
    | enosys
    | enotblk
    | enotcapable
    | enotconn
    | enotdir
    | enotempty
    | enotnam
    | enotrecoverable
    | enotsock
    | enotsup
    | enotty
    | enotuniq
    | enxio
    | eopnotsupp
    | eoverflow
    | eownerdead
    | eperm
    | epfnosupport
    | epipe
    | eproclim
    | eprocunavail
    | eprogmismatch
    | eprogunavail
    | eproto
    | eprotonosupport
    | eprototype
    | erange
    | erefused
    | eremchg
    | eremdev
    | eremote
    | eremoteio
    | eremoterelease
    | erofs
    | erpcmismatch
    | erremote
    | eshutdown
    | esocktnosupport
    | espipe
    | esrch
    | esrmnt
    | esuccess
    | estale
    | estrpipe
    | etime
    | etimedout
    | etoomanyrefs
    | etxtbsy
    | euclean
    | eunatch
    | eusers
    | eversion
    | ewouldblock
    | exdev
    | exfull.

-type filter() ::
    alcove_proto:calls()
    | []
    | {deny, alcove_proto:calls() | []}
    | {allow, alcove_proto:calls() | []}.

-type alcove_pid_field() ::
    pid
    | flowcontrol
    | signaloneof
    | fdctl
    | stdin
    | stdout
    | stderr.

-type alcove_pid() :: #alcove_pid{}.
-type alcove_rlimit() :: #alcove_rlimit{}.
-type alcove_timeval() :: #alcove_timeval{}.

%% A C structure as a list (spec/API.md 9.3): binaries are copied inline,
%% {ptr, N} and {ptr, Binary} become pointers to allocated memory.
-type cstruct() :: nonempty_list(binary() | {ptr, binary() | non_neg_integer()}).

-type ptr_arg() :: binary() | constant() | cstruct().
-type ptr_val() :: binary() | integer() | cstruct().

-type waitstatus() ::
    {exit_status, int32_t()}
    | {termsig, atom()}
    | {stopsig, atom()}
    | continued.

%% A directory descriptor of the *at calls.
-type dirfd() :: fd() | at_fdcwd.

%% landlock_create_ruleset/4: the access a ruleset handles (denies unless
%% a rule allows it).
-type landlock_ruleset_attr() :: #{
    handled_access_fs => [constant()],
    handled_access_net => [constant()],
    scoped => [constant()]
}.

%% landlock_add_rule/4
-type landlock_rule() ::
    {path_beneath, fd(), [constant()]}
    | {net_port, uint16_t(), [constant()]}.

%% clone3/3: flags (clone_*) and, with clone_into_cgroup implied, the
%% cgroup v2 directory the child starts in.
-type clone3_args() :: #{flags => [constant()], cgroup => iodata()}.

%% mount_setattr/6
-type mount_attr() :: #{
    attr_set => [constant()],
    attr_clr => [constant()],
    propagation => constant(),
    userns_fd => fd()
}.

%% capget/2, capset/3: capability names (cap_*) in each set.
-type cap_sets() :: #{
    effective => [atom()],
    permitted => [atom()],
    inheritable => [atom()]
}.

-export_type([
    dirfd/0,
    landlock_ruleset_attr/0,
    landlock_rule/0,
    clone3_args/0,
    mount_attr/0,
    cap_sets/0,
    uint8_t/0,
    uint16_t/0,
    uint32_t/0,
    uint64_t/0,
    int8_t/0,
    int16_t/0,
    int32_t/0,
    int64_t/0,
    mode_t/0,
    uid_t/0,
    gid_t/0,
    off_t/0,
    size_t/0,
    ssize_t/0,
    pid_t/0,
    fd/0,
    fd_set/0,
    constant/0,
    posix/0,
    filter/0,
    alcove_pid_field/0,
    alcove_pid/0,
    alcove_rlimit/0,
    alcove_timeval/0,
    cstruct/0,
    ptr_arg/0,
    ptr_val/0,
    waitstatus/0
]).

%%====================================================================
%% Helpers
%%====================================================================

%% @doc Seccomp audit architecture of the machine running this VM.
%%
%% Derived from `erlang:system_info(system_architecture)' and the
%% external word size. Returns `enotsup' on an architecture for which
%% no value is known. The atom is a name for `syscall_constant/3,4' and
%% `define/3':
%%
%% ```
%% 1> alcove:audit_arch().
%% audit_arch_x86_64
%% 2> alcove:define(Drv, [], alcove:audit_arch()).
%% 3221225534
%% '''
-spec audit_arch() ->
    audit_arch_arm | audit_arch_i386 | audit_arch_aarch64 | audit_arch_x86_64 | enotsup.
audit_arch() ->
    Tokens = string:tokens(erlang:system_info(system_architecture), "-"),
    audit_arch(Tokens, erlang:system_info({wordsize, external})).

audit_arch([Cpu | Rest], WordSize) ->
    case {lists:any(fun is_linux/1, Rest), Cpu, WordSize} of
        {true, "armv6l", 4} -> audit_arch_arm;
        {true, "armv7l", 4} -> audit_arch_arm;
        {true, "i386", 4} -> audit_arch_i386;
        {true, "aarch64", 8} -> audit_arch_aarch64;
        {true, "x86_64", 8} -> audit_arch_x86_64;
        _ -> enotsup
    end;
audit_arch([], _WordSize) ->
    enotsup.

is_linux(Token) ->
    string:prefix(Token, "linux") =/= nomatch.

%% @doc Convert constant names to an integer, as seen by the process
%% `Pipeline'.
%%
%% Each atom is looked up with the clone, fcntl, file, ioctl, mount,
%% prctl, rlimit, signal, syscall, landlock and capability lookup calls,
%% in that order (a
%% lookup not available on this OS is skipped); integers are used as
%% they are. The values are combined with bitwise OR. An unknown name
%% raises `{unknown, Name}'.
%%
%% alcove 1.0.1 combined the values with XOR, so that a name given twice
%% cancelled itself out; here `[ms_rdonly, ms_rdonly]' is the same as
%% `ms_rdonly'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:define(Drv, [], clone_newns).
%% 131072
%% 3> alcove:define(Drv, [], [ms_bind, ms_rdonly, ms_rdonly]).
%% 4097
%% '''
-spec define(alcove_drv:ref(), [pid_t()], constant() | [constant()]) -> integer().
define(Drv, Pipeline, Constant) when is_atom(Constant); is_integer(Constant) ->
    define(Drv, Pipeline, [Constant]);
define(Drv, Pipeline, Constants) when is_list(Constants) ->
    case define_fold(Drv, Pipeline, Constants, 0) of
        {raise, Error} -> erlang:error(Error, [Drv, Pipeline, Constants]);
        Value -> Value
    end.

define_fold(_Drv, _Pipeline, [], Acc) ->
    Acc;
define_fold(Drv, Pipeline, [N | Rest], Acc) when is_integer(N) ->
    define_fold(Drv, Pipeline, Rest, N bor Acc);
define_fold(Drv, Pipeline, [Name | Rest], Acc) when is_atom(Name) ->
    case define_lookup(Drv, Pipeline, Name, define_tables()) of
        N when is_integer(N) -> define_fold(Drv, Pipeline, Rest, N bor Acc);
        Error -> {raise, Error}
    end.

define_tables() ->
    [
        fun clone_constant/3,
        fun fcntl_constant/3,
        fun file_constant/3,
        fun ioctl_constant/3,
        fun mount_constant/3,
        fun prctl_constant/3,
        fun rlimit_constant/3,
        fun signal_constant/3,
        fun syscall_constant/3,
        fun landlock_constant/3,
        fun capability_constant/3
    ].

define_lookup(_Drv, _Pipeline, Name, []) ->
    {unknown, Name};
define_lookup(Drv, Pipeline, Name, [Lookup | Lookups]) ->
    try Lookup(Drv, Pipeline, Name) of
        unknown -> define_lookup(Drv, Pipeline, Name, Lookups);
        Value -> Value
    catch
        error:undef -> define_lookup(Drv, Pipeline, Name, Lookups)
    end.

%% @doc Close the standard input of the process `Pipeline'.
%%
%% Same as `eof(Drv, Pipeline, stdin)'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "/bin/cat", ["cat"]).
%% ok
%% 4> alcove:eof(Drv, [Pid]).
%% ok
%% 5> alcove:event(Drv, [Pid], 1000).
%% {exit_status,0}
%% '''
-spec eof(alcove_drv:ref(), [pid_t()]) -> ok | {error, posix() | not_owner}.
eof(Drv, Pipeline) ->
    eof(Drv, Pipeline, stdin).

%% @doc Close one standard descriptor of the process `Pipeline'.
%%
%% The parent of the process closes its own end of the child's stdin,
%% stdout or stderr pipe (a `close/3' call in the parent). Closing stdin
%% makes an exec'ed program read end of file; a process still running
%% the event loop exits on it. Returns `{error, esrch}' for the port
%% itself (`[]') or when the parent does not know the process, and
%% `{error, ebadf}' when that descriptor is already closed.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:eof(Drv, [Pid], stderr).
%% ok
%% 4> alcove:eof(Drv, [Pid], stderr).
%% {error,ebadf}
%% '''
-spec eof(alcove_drv:ref(), [pid_t()], stdin | stdout | stderr) ->
    ok | {error, posix() | not_owner}.
eof(_Drv, [], Stdio) when Stdio =:= stdin; Stdio =:= stdout; Stdio =:= stderr ->
    {error, esrch};
eof(Drv, Pipeline, Stdio) when Stdio =:= stdin; Stdio =:= stdout; Stdio =:= stderr ->
    [Pid | Rest] = lists:reverse(Pipeline),
    Parent = lists:reverse(Rest),
    case cpid(Drv, Parent) of
        Children when is_list(Children) ->
            case lists:keyfind(Pid, #alcove_pid.pid, Children) of
                false ->
                    {error, esrch};
                Child ->
                    eof_close(Drv, Pipeline, Parent, Stdio, eof_fd(Stdio, Child))
            end;
        Error ->
            Error
    end.

eof_fd(stdin, #alcove_pid{stdin = FD}) -> FD;
eof_fd(stdout, #alcove_pid{stdout = FD}) -> FD;
eof_fd(stderr, #alcove_pid{stderr = FD}) -> FD.

eof_close(_Drv, _Pipeline, _Parent, _Stdio, FD) when FD < 0 ->
    {error, ebadf};
eof_close(Drv, Pipeline, Parent, stdin, FD) ->
    % stdin still waiting in alcove_drv for the window goes first
    case alcove_drv:stdin_close(Drv, Pipeline, Parent, FD) of
        queued -> ok;
        now -> close(Drv, Parent, FD);
        Error -> Error
    end;
eof_close(Drv, _Pipeline, Parent, _Stdio, FD) ->
    close(Drv, Parent, FD).

%% @doc Take one event for the process `Pipeline' from the mailbox,
%% without waiting.
%%
%% Same as `event(Drv, Pipeline, 0)'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:event(Drv, []).
%% false
%% '''
-spec event(alcove_drv:ref(), [pid_t()]) -> term().
event(Drv, Pipeline) ->
    event(Drv, Pipeline, 0).

%% @doc Wait up to `Timeout' for one event about the process `Pipeline'.
%%
%% Returns the event term (for example `{exit_status, 0}',
%% `{termsig, sigkill}' or `{signal, sigchld, Info}'), or `false' when
%% none arrived in time. Never raises: a protocol error is returned as
%% `{alcove_error, Error}' (alcove 1.0.1 also returned `{alcove_pipe,
%% {eagain, Written}}' for a full stdin pipe; nothing is dropped here, so
%% that never comes).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:exit(Drv, [Pid], 3).
%% ok
%% 4> alcove:event(Drv, [Pid], 5000).
%% {exit_status,3}
%% '''
-spec event(alcove_drv:ref(), [pid_t()], timeout()) -> term().
event(Drv, Pipeline, Timeout) ->
    alcove_drv:event(Drv, Pipeline, Timeout).

%% @doc Build a call filter for `filter/3,4,5'.
%%
%% `Calls' and `{deny, Calls}' deny the calls listed; `{allow, Calls}'
%% denies every call that is not listed. The result has bit N set for
%% each denied call of id N (`alcove_proto:call/1'), as a little-endian
%% binary without trailing zero bytes. An unknown call name crashes
%% with `function_clause'.
%%
%% ```
%% 1> alcove:filter([fork, clone, getpid]).
%% <<0,32,0,16,16>>
%% 2> alcove:filter({deny, []}).
%% <<>>
%% '''
-spec filter(filter()) -> binary().
filter({allow, Calls}) when is_list(Calls) ->
    filter({deny, alcove_proto:calls() -- Calls});
filter({deny, Calls}) when is_list(Calls) ->
    case lists:foldl(fun(Call, Acc) -> Acc bor (1 bsl alcove_proto:call(Call)) end, 0, Calls) of
        0 -> <<>>;
        Bits -> binary:encode_unsigned(Bits, little)
    end;
filter(Calls) when is_list(Calls) ->
    filter({deny, Calls}).

%% @doc Deny calls in the process `Pipeline' and in the children it
%% creates from now on.
%%
%% Same as `filter(Drv, Pipeline, Calls, Calls)'. A denied call raises
%% `undef'; denied calls can never be allowed again.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:filter(Drv, [Pid], alcove:filter({allow, [getcwd, filter]})).
%% ok
%% 4> alcove:getpid(Drv, [Pid]).
%% ** exception error: undefined function alcove:getpid/2
%% 5> alcove:getcwd(Drv, [Pid]).
%% {ok,<<"/">>}
%% '''
-spec filter(alcove_drv:ref(), [pid_t()], binary()) -> ok | {error, not_owner}.
filter(Drv, Pipeline, Calls) ->
    filter(Drv, Pipeline, Calls, Calls).

%% @doc Read one field of the child table entry of `ChildPid' in the
%% process `Pipeline'.
%%
%% Returns `false' if `ChildPid' is not a child of that process. The
%% fields are those of `#alcove_pid{}' (see `cpid/2,3').
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setcpid(Drv, [], Pid, flowcontrol, 0).
%% true
%% 4> alcove:getcpid(Drv, [], Pid, flowcontrol).
%% 0
%% 5> alcove:getcpid(Drv, [], 1, flowcontrol).
%% false
%% '''
-spec getcpid(alcove_drv:ref(), [pid_t()], pid_t(), alcove_pid_field()) ->
    integer() | false.
getcpid(Drv, Pipeline, ChildPid, Field) ->
    Children =
        case cpid(Drv, Pipeline) of
            L when is_list(L) -> L;
            _ -> []
        end,
    case lists:keyfind(ChildPid, #alcove_pid.pid, Children) of
        false ->
            false;
        Child ->
            case Field of
                pid -> Child#alcove_pid.pid;
                flowcontrol -> Child#alcove_pid.flowcontrol;
                signaloneof -> Child#alcove_pid.signaloneof;
                fdctl -> Child#alcove_pid.fdctl;
                stdin -> Child#alcove_pid.stdin;
                stdout -> Child#alcove_pid.stdout;
                stderr -> Child#alcove_pid.stderr
            end
    end.

%% @doc Send data to the standard input of the process `Pipeline'.
%%
%% Asynchronous: returns `ok' at once. An exec'ed program reads the
%% bytes as they are. Raises `badarg' if the driver refuses the data.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "/bin/cat", ["cat"]).
%% ok
%% 4> alcove:stdin(Drv, [Pid], "hello\n").
%% ok
%% 5> alcove:stdout(Drv, [Pid], 1000).
%% [<<"hello\n">>]
%% '''
-spec stdin(alcove_drv:ref(), [pid_t()], iodata()) -> ok.
stdin(Drv, Pipeline, Data) ->
    case alcove_drv:stdin(Drv, Pipeline, Data) of
        ok -> ok;
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Data])
    end.

%% @doc Take the standard output of the process `Pipeline' already in
%% the mailbox.
%%
%% Same as `stdout(Drv, Pipeline, 0)'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "/bin/echo", ["echo", "hi"]).
%% ok
%% 4> timer:sleep(100), alcove:stdout(Drv, [Pid]).
%% [<<"hi\n">>]
%% '''
-spec stdout(alcove_drv:ref(), [pid_t()]) -> [binary()].
stdout(Drv, Pipeline) ->
    stdout(Drv, Pipeline, 0).

%% @doc Collect the standard output of the process `Pipeline'.
%%
%% Takes `alcove_stdout' messages for exactly `Pipeline', waiting up to
%% `Timeout' for each, until none arrives; returns the data in order
%% (possibly `[]'). Raises `{eagain, Written}' if a stdin write to that
%% process found its pipe full, and the error of a protocol failure.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "/bin/sh", ["sh"]).
%% ok
%% 4> alcove:stdin(Drv, [Pid], "echo 0123456789\n").
%% ok
%% 5> alcove:stdout(Drv, [Pid], 1000).
%% [<<"0123456789\n">>]
%% '''
-spec stdout(alcove_drv:ref(), [pid_t()], timeout()) -> [binary()].
stdout(Drv, Pipeline, Timeout) ->
    case stdio(fun alcove_drv:stdout/3, Drv, Pipeline, Timeout, []) of
        {raise, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Data -> Data
    end.

%% @doc Take the standard error of the process `Pipeline' already in
%% the mailbox.
%%
%% Same as `stderr(Drv, Pipeline, 0)'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:write(Drv, [Pid], 2, "err").
%% {ok,3}
%% 4> alcove:stderr(Drv, [Pid]).
%% [<<"err">>]
%% '''
-spec stderr(alcove_drv:ref(), [pid_t()]) -> [binary()].
stderr(Drv, Pipeline) ->
    stderr(Drv, Pipeline, 0).

%% @doc Collect the standard error of the process `Pipeline'.
%%
%% As `stdout/3', for `alcove_stderr' messages. The standard error of a
%% child is captured whether or not it has exec'ed.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "/bin/sh", ["sh"]).
%% ok
%% 4> alcove:stdin(Drv, [Pid], "nonexistent-command\n").
%% ok
%% 5> alcove:stderr(Drv, [Pid], 1000).
%% [<<"sh: 1: nonexistent-command: not found\n">>]
%% '''
-spec stderr(alcove_drv:ref(), [pid_t()], timeout()) -> [binary()].
stderr(Drv, Pipeline, Timeout) ->
    case stdio(fun alcove_drv:stderr/3, Drv, Pipeline, Timeout, []) of
        {raise, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Data -> Data
    end.

stdio(Read, Drv, Pipeline, Timeout, Acc) ->
    case Read(Drv, Pipeline, Timeout) of
        false -> lists:reverse(Acc);
        {alcove_error, Error} -> {raise, Error};
        Data -> stdio(Read, Drv, Pipeline, Timeout, [Data | Acc])
    end.

%% @private
%% @doc Bytes of padding needed after `Offset' to reach a multiple of
%% the external word size. Used to lay out cstructs.
%%
%% ```
%% 1> alcove:wordalign(3).
%% 5
%% '''
-spec wordalign(non_neg_integer()) -> non_neg_integer().
wordalign(Offset) ->
    wordalign(Offset, erlang:system_info({wordsize, external})).

%% @private
%% @doc Bytes of padding needed after `Offset' to reach a multiple of
%% `Align'.
%%
%% ```
%% 1> alcove:wordalign(6, 4).
%% 2
%% '''
-spec wordalign(non_neg_integer(), pos_integer()) -> non_neg_integer().
wordalign(Offset, Align) ->
    (Align - (Offset rem Align)) rem Align.
