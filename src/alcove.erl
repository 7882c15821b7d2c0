%% GENERATED: DO NOT EDIT (make gen) from c_src/alcove_call.proto
%% and include/alcove_static.hrl, doc/modules/alcove.edoc, doc/calls/*.edoc.
%% @noformat

%% @doc System calls run in a tree of Unix processes.
%%
%% An `alcove_drv' server owns an Erlang port running the alcove
%% executable. That executable, and every process it creates with
%% `fork/2' or `clone/3', runs an event loop that executes calls sent to it
%% and relays calls to its own children. A process is addressed by its
%% pipeline: the list of OS pids from the port down to it, `[]' being the
%% port itself.
%%
%% Every function `Name(Drv, Pipeline, Args...)' of this module sends one
%% call to the process `Pipeline' and waits for its reply;
%% `Name(Drv, Pipeline, Args..., Timeout)' waits at most `Timeout'
%% milliseconds. Only the owner of the driver (the process that started
%% it) may make calls; others get `{error, not_owner}'.
%%
%% <h3>Messages</h3>
%%
%% Everything the tree sends arrives in the owner's mailbox as
%% `{Tag, Drv, Pipeline, Term}':
%%
%% <ul>
%% <li>`alcove_call': the reply to a call; the functions of this module
%%     take it with a selective receive.</li>
%% <li>`alcove_stdout', `alcove_stderr': output of a process (after exec
%%     for stdout; stderr always); read it with `stdout/2,3' and
%%     `stderr/2,3'.</li>
%% <li>`alcove_event': `{exit_status, N}', `{termsig, Signal}' or
%%     `{signal, Signal, Info}'; read it with `event/2,3'.</li>
%% <li>`alcove_ctl': `fdctl_closed' when a process exec'ed or exited,
%%     `badpid' for a pipeline that names no child.</li>
%% <li>`alcove_pipe': never sent by this implementation (in alcove 1.0.1, a write to a process's stdin found the pipe full and was cut short; here stdin waits for the program instead, see `alcove_drv:stdin/3').</li>
%% </ul>
%%
%% <h3>Results and errors</h3>
%%
%% A failed system call returns `{error, posix()}'; an unknown constant
%% name returns `{error, enotsup}'. Misuse is raised with
%% `erlang:error/2': `badarg' (malformed argument), `undef' (call not
%% available on this OS, or denied by `filter/3,4,5'), `badpid',
%% `timeout', `{exit_status, N}' and `{termsig, Signal}' (the process died
%% during the call).
%%
%% <h3>Example</h3>
%%
%% Run `cat' in a child, talk to it, and watch it exit:
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:getpid(Drv, [Pid]).
%% 75174
%% 4> alcove:execvp(Drv, [Pid], "/bin/cat", ["cat"]).
%% ok
%% 5> alcove:stdin(Drv, [Pid], "abc\n").
%% ok
%% 6> alcove:stdout(Drv, [Pid], 1000).
%% [<<"abc\n">>]
%% 7> alcove:eof(Drv, [Pid]).
%% ok
%% 8> alcove:event(Drv, [Pid], 1000).
%% {exit_status,0}
%% '''
-module(alcove).

-include("alcove.hrl").

%% Calls (c_src/alcove_call.proto).
-export([alloc/3, alloc/4]).
-export([cap_constant/3, cap_constant/4]).
-export([cap_enter/2, cap_enter/3]).
-export([cap_fcntls_get/3, cap_fcntls_get/4]).
-export([cap_fcntls_limit/4, cap_fcntls_limit/5]).
-export([cap_getmode/2, cap_getmode/3]).
-export([cap_ioctls_limit/4, cap_ioctls_limit/5]).
-export([cap_rights_limit/4, cap_rights_limit/5]).
-export([capability_constant/3, capability_constant/4]).
-export([capget/2, capget/3]).
-export([capset/3, capset/4]).
-export([chdir/3, chdir/4]).
-export([chmod/4, chmod/5]).
-export([chown/5, chown/6]).
-export([chroot/3, chroot/4]).
-export([clearenv/2, clearenv/3]).
-export([clone/3, clone/4]).
-export([clone3/3, clone3/4]).
-export([clone_constant/3, clone_constant/4]).
-export([close/3, close/4]).
-export([close_range/5, close_range/6]).
-export([connect/4, connect/5]).
-export([cpid/2, cpid/3]).
-export([environ/2, environ/3]).
-export([errno_id/3, errno_id/4]).
-export([execve/5, execve/6]).
-export([execveat/7, execveat/8]).
-export([execvp/4, execvp/5]).
-export([exit/3, exit/4]).
-export([fcntl/5, fcntl/6]).
-export([fcntl_constant/3, fcntl_constant/4]).
-export([fexecve/5, fexecve/6]).
-export([file_constant/3, file_constant/4]).
-export([filter/4, filter/5]).
-export([fork/2, fork/3]).
-export([forkpty/4, forkpty/5]).
-export([fsconfig/7, fsconfig/8]).
-export([fsmount/5, fsmount/6]).
-export([fsopen/4, fsopen/5]).
-export([getcwd/2, getcwd/3]).
-export([getenv/3, getenv/4]).
-export([getgid/2, getgid/3]).
-export([getgroups/2, getgroups/3]).
-export([gethostname/2, gethostname/3]).
-export([getopt/3, getopt/4]).
-export([getpgrp/2, getpgrp/3]).
-export([getpid/2, getpid/3]).
-export([getpriority/4, getpriority/5]).
-export([getresgid/2, getresgid/3]).
-export([getresuid/2, getresuid/3]).
-export([getrlimit/3, getrlimit/4]).
-export([getsid/3, getsid/4]).
-export([getuid/2, getuid/3]).
-export([ioctl/5, ioctl/6]).
-export([ioctl_constant/3, ioctl_constant/4]).
-export([iolist_to_bin/3, iolist_to_bin/4]).
-export([jail/3, jail/4]).
-export([jail_attach/3, jail_attach/4]).
-export([jail_remove/3, jail_remove/4]).
-export([kill/4, kill/5]).
-export([landlock_add_rule/4, landlock_add_rule/5]).
-export([landlock_constant/3, landlock_constant/4]).
-export([landlock_create_ruleset/4, landlock_create_ruleset/5]).
-export([landlock_restrict_self/4, landlock_restrict_self/5]).
-export([link/4, link/5]).
-export([lseek/5, lseek/6]).
-export([memfd_create/4, memfd_create/5]).
-export([mkdir/4, mkdir/5]).
-export([mkfifo/4, mkfifo/5]).
-export([mount/8, mount/9]).
-export([mount_constant/3, mount_constant/4]).
-export([mount_setattr/6, mount_setattr/7]).
-export([move_mount/7, move_mount/8]).
-export([open/5, open/6]).
-export([open_tree/5, open_tree/6]).
-export([pidfd_getfd/5, pidfd_getfd/6]).
-export([pidfd_open/4, pidfd_open/5]).
-export([pidfd_send_signal/5, pidfd_send_signal/6]).
-export([pivot_root/4, pivot_root/5]).
-export([pledge/4, pledge/5]).
-export([prctl/7, prctl/8]).
-export([prctl_constant/3, prctl_constant/4]).
-export([procctl/6, procctl/7]).
-export([ptrace/6, ptrace/7]).
-export([ptrace_constant/3, ptrace_constant/4]).
-export([ptysize/5, ptysize/6]).
-export([read/4, read/5]).
-export([readdir/3, readdir/4]).
-export([rlimit_constant/3, rlimit_constant/4]).
-export([rmdir/3, rmdir/4]).
-export([seccomp/5, seccomp/6]).
-export([seccomp_constant/3, seccomp_constant/4]).
-export([seccomp_notify/3, seccomp_notify/4]).
-export([seccomp_notify_listen/4, seccomp_notify_listen/5]).
-export([seccomp_notify_read/6, seccomp_notify_read/7]).
-export([seccomp_notify_respond/5, seccomp_notify_respond/6]).
-export([select/6, select/7]).
-export([setcpid/5, setcpid/6]).
-export([setenv/5, setenv/6]).
-export([setgid/3, setgid/4]).
-export([setgroups/3, setgroups/4]).
-export([sethostname/3, sethostname/4]).
-export([setns/4, setns/5]).
-export([setopt/4, setopt/5]).
-export([setpgid/4, setpgid/5]).
-export([setpriority/5, setpriority/6]).
-export([setproctitle/3, setproctitle/4]).
-export([setresgid/5, setresgid/6]).
-export([setresuid/5, setresuid/6]).
-export([setrlimit/4, setrlimit/5]).
-export([setsid/2, setsid/3]).
-export([setuid/3, setuid/4]).
-export([sigaction/4, sigaction/5]).
-export([signal_constant/3, signal_constant/4]).
-export([socket/5, socket/6]).
-export([symlink/4, symlink/5]).
-export([syscall_constant/3, syscall_constant/4]).
-export([umount/3, umount/4]).
-export([umount2/4, umount2/5]).
-export([unlink/3, unlink/4]).
-export([unsetenv/3, unsetenv/4]).
-export([unshare/3, unshare/4]).
-export([unveil/4, unveil/5]).
-export([version/2, version/3]).
-export([waitpid/4, waitpid/5]).
-export([write/4, write/5]).

%%% Begin include/alcove_static.hrl

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

%%% End include/alcove_static.hrl

%%====================================================================
%% Calls
%%====================================================================

%% @doc Build a C structure in the process and return it (a testing aid for
%% cstructs).
%%
%% `Cstruct' is laid out as for `ioctl/5' and `prctl/7': binaries are
%% copied inline, `{ptr, N}' and `{ptr, Binary}' become pointers to
%% allocated memory. The result holds the inline buffer (pointers as
%% native machine words) and the structure read back after the call.
%% `[]' raises `badarg'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:alloc(Drv, [], [<<1,2>>, {ptr, 4}, {ptr, <<"ab">>}]).
%% {ok,<<1,2,32,151,1,2,0,0,0,0,96,151,1,2,0,0,0,0>>,
%%  [<<1,2>>,{ptr,<<0,0,0,0>>},{ptr,<<"ab">>}]}
%% '''
-spec alloc(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Cstruct :: cstruct()) ->
               {ok, binary(), cstruct()} | {error, not_owner}.
alloc(Drv, Pipeline, Cstruct) ->
    case alcove_drv:call(Drv, Pipeline, alloc, [Cstruct], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Cstruct]);
        Reply -> Reply
    end.

%% @doc Same as `alloc/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec alloc(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Cstruct :: cstruct(),
            Timeout :: timeout()) ->
               {ok, binary(), cstruct()} | {error, not_owner}.
alloc(Drv, Pipeline, Cstruct, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, alloc, [Cstruct], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Cstruct, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a Capsicum right or fcntl right (`cap_read', `cap_fcntl_setfl',
%% ...), or `unknown'.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:cap_constant(Drv, [], cap_read).
%% 1
%% '''
-spec cap_constant(Drv :: alcove_drv:ref(),
                   Pipeline :: [pid_t()],
                   Name :: atom()) ->
                      integer() | unknown | {error, not_owner}.
cap_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, cap_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `cap_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_constant(Drv :: alcove_drv:ref(),
                   Pipeline :: [pid_t()],
                   Name :: atom(),
                   Timeout :: timeout()) ->
                      integer() | unknown | {error, not_owner}.
cap_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Enter capability mode (cap_enter(2)): the process loses access to
%% global name spaces, so `open/5' fails with `ecapmode' afterwards.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:cap_enter(Drv, [Pid]).
%% ok
%% 4> alcove:cap_getmode(Drv, [Pid]).
%% {ok,1}
%% '''
-spec cap_enter(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                   ok | {error, posix()} | {error, not_owner}.
cap_enter(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, cap_enter, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `cap_enter/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_enter(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Timeout :: timeout()) ->
                   ok | {error, posix()} | {error, not_owner}.
cap_enter(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_enter, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Return the fcntl rights mask of a descriptor (cap_fcntls_get(2)).
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/etc/passwd", [o_rdonly], 0).
%% {ok,8}
%% 3> alcove:cap_fcntls_get(Drv, [], FD).
%% {ok,120}
%% '''
-spec cap_fcntls_get(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     FD :: fd()) ->
                        {ok, integer()} |
                        {error, posix()} |
                        {error, not_owner}.
cap_fcntls_get(Drv, Pipeline, FD) ->
    case alcove_drv:call(Drv, Pipeline, cap_fcntls_get, [FD], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD]);
        Reply -> Reply
    end.

%% @doc Same as `cap_fcntls_get/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_fcntls_get(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     FD :: fd(),
                     Timeout :: timeout()) ->
                        {ok, integer()} |
                        {error, posix()} |
                        {error, not_owner}.
cap_fcntls_get(Drv, Pipeline, FD, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_fcntls_get, [FD], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Timeout]);
        Reply -> Reply
    end.

%% @doc Restrict the fcntl commands allowed on a descriptor
%% (cap_fcntls_limit(2)). `Rights' is a list of `cap_fcntl_*' names or
%% an integer mask; a command outside the mask then fails with
%% `enotcapable'.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/etc/passwd", [o_rdonly], 0).
%% {ok,8}
%% 3> alcove:cap_fcntls_limit(Drv, [], FD, [cap_fcntl_setfl]).
%% ok
%% 4> alcove:fcntl(Drv, [], FD, f_getfl, 0).
%% {error,enotcapable}
%% '''
-spec cap_fcntls_limit(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       FD :: fd(),
                       Rights :: integer() | [constant()]) ->
                          ok | {error, posix()} | {error, not_owner}.
cap_fcntls_limit(Drv, Pipeline, FD, Rights) ->
    case alcove_drv:call(Drv, Pipeline, cap_fcntls_limit, [FD, Rights], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Rights]);
        Reply -> Reply
    end.

%% @doc Same as `cap_fcntls_limit/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_fcntls_limit(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       FD :: fd(),
                       Rights :: integer() | [constant()],
                       Timeout :: timeout()) ->
                          ok | {error, posix()} | {error, not_owner}.
cap_fcntls_limit(Drv, Pipeline, FD, Rights, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_fcntls_limit, [FD, Rights], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Rights, Timeout]);
        Reply -> Reply
    end.

%% @doc Tell whether the process is in capability mode (cap_getmode(2)):
%% `{ok, 1}' inside, `{ok, 0}' outside.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:cap_getmode(Drv, []).
%% {ok,0}
%% '''
-spec cap_getmode(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                     {ok, 0 | 1} | {error, posix()} | {error, not_owner}.
cap_getmode(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, cap_getmode, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `cap_getmode/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_getmode(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Timeout :: timeout()) ->
                     {ok, 0 | 1} | {error, posix()} | {error, not_owner}.
cap_getmode(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_getmode, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Restrict the ioctl requests allowed on a descriptor
%% (cap_ioctls_limit(2)). `Ioctls' is a list of ioctl names or numbers;
%% other requests then fail with `enotcapable'.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/dev/pts/1", [o_rdwr, o_nonblock], 0).
%% {ok,8}
%% 3> alcove:cap_ioctls_limit(Drv, [], FD, [tiocmget, tiocgwinsz]).
%% ok
%% 4> alcove:ioctl(Drv, [], FD, tiocmset, <<0:32>>).
%% {error,enotcapable}
%% '''
-spec cap_ioctls_limit(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       FD :: fd(),
                       Ioctls :: integer() | [constant()]) ->
                          ok | {error, posix()} | {error, not_owner}.
cap_ioctls_limit(Drv, Pipeline, FD, Ioctls) ->
    case alcove_drv:call(Drv, Pipeline, cap_ioctls_limit, [FD, Ioctls], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Ioctls]);
        Reply -> Reply
    end.

%% @doc Same as `cap_ioctls_limit/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_ioctls_limit(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       FD :: fd(),
                       Ioctls :: integer() | [constant()],
                       Timeout :: timeout()) ->
                          ok | {error, posix()} | {error, not_owner}.
cap_ioctls_limit(Drv, Pipeline, FD, Ioctls, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_ioctls_limit, [FD, Ioctls], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Ioctls, Timeout]);
        Reply -> Reply
    end.

%% @doc Restrict the operations allowed on a descriptor
%% (cap_rights_limit(2)). `Rights' lists `cap_*' rights (`[]' allows
%% nothing); other operations fail with `enotcapable'.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/etc/passwd", [o_rdonly], 0).
%% {ok,8}
%% 3> alcove:cap_rights_limit(Drv, [], FD, [cap_read]).
%% ok
%% 4> alcove:lseek(Drv, [], FD, 0, 0).
%% {error,enotcapable}
%% '''
-spec cap_rights_limit(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       FD :: fd(),
                       Rights :: integer() | [constant()]) ->
                          ok | {error, posix()} | {error, not_owner}.
cap_rights_limit(Drv, Pipeline, FD, Rights) ->
    case alcove_drv:call(Drv, Pipeline, cap_rights_limit, [FD, Rights], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Rights]);
        Reply -> Reply
    end.

%% @doc Same as `cap_rights_limit/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cap_rights_limit(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       FD :: fd(),
                       Rights :: integer() | [constant()],
                       Timeout :: timeout()) ->
                          ok | {error, posix()} | {error, not_owner}.
cap_rights_limit(Drv, Pipeline, FD, Rights, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cap_rights_limit, [FD, Rights], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Rights, Timeout]);
        Reply -> Reply
    end.

%% @doc Number of a Linux capability (`cap_chown', `cap_sys_admin', ...) as
%% defined on this system, or `unknown'. These are the names `capget/2'
%% returns and `capset/3' takes.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:capability_constant(Drv, [], cap_chown).
%% 0
%% 3> alcove:capability_constant(Drv, [], cap_sys_admin).
%% 21
%% '''
-spec capability_constant(Drv :: alcove_drv:ref(),
                          Pipeline :: [pid_t()],
                          Name :: atom()) ->
                             integer() | unknown | {error, not_owner}.
capability_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, capability_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `capability_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec capability_constant(Drv :: alcove_drv:ref(),
                          Pipeline :: [pid_t()],
                          Name :: atom(),
                          Timeout :: timeout()) ->
                             integer() | unknown | {error, not_owner}.
capability_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, capability_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc The capability sets of the process (capget(2)): a map of `effective',
%% `permitted' and `inheritable', each a list of capability names
%% (`cap_chown', `cap_sys_admin', ...; see `capability_constant/3'). A
%% capability this build has no name for appears as its number.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> ok = alcove:setuid(Drv, [Pid], 65534).
%% 4> alcove:capget(Drv, [Pid]).
%% {ok,#{effective => [],inheritable => [],permitted => []}}
%% '''
-spec capget(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                {ok,
                 #{effective := [atom() | 0..63],
                   permitted := [atom() | 0..63],
                   inheritable := [atom() | 0..63]}} |
                {error, posix()} |
                {error, not_owner}.
capget(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, capget, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `capget/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec capget(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Timeout :: timeout()) ->
                {ok,
                 #{effective := [atom() | 0..63],
                   permitted := [atom() | 0..63],
                   inheritable := [atom() | 0..63]}} |
                {error, posix()} |
                {error, not_owner}.
capget(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, capget, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the capability sets of the process (capset(2)).
%%
%% `Sets' is a map with any of `effective', `permitted' and `inheritable',
%% each a list of capability names or numbers; a set left out of the map
%% keeps its value. The kernel's rules apply: a permitted capability given
%% up cannot be taken back (`{error, eperm}'), and the effective set must
%% be a subset of the permitted one. A key other than those three, or a
%% set that is not a list, is malformed (`badarg'); an unknown name gives
%% `{error, enotsup}'.
%%
%% Emptying the sets of a root process leaves it root by uid only: it can
%% no longer `chown', `mount' or bypass file permissions.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:capset(Drv, [Pid], #{effective => [], permitted => [], inheritable => []}).
%% ok
%% 4> alcove:chown(Drv, [Pid], "/tmp", 1, 1).
%% {error,eperm}
%% 5> alcove:capget(Drv, [Pid]).
%% {ok,#{effective => [],inheritable => [],permitted => []}}
%% '''
-spec capset(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Sets :: cap_sets()) ->
                ok | {error, posix()} | {error, not_owner}.
capset(Drv, Pipeline, Sets) ->
    case alcove_drv:call(Drv, Pipeline, capset, [Sets], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Sets]);
        Reply -> Reply
    end.

%% @doc Same as `capset/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec capset(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Sets :: cap_sets(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
capset(Drv, Pipeline, Sets, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, capset, [Sets], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Sets, Timeout]);
        Reply -> Reply
    end.

%% @doc Change the working directory of the process (chdir(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:chdir(Drv, [Pid], "/").
%% ok
%% 4> alcove:getcwd(Drv, [Pid]).
%% {ok,<<"/">>}
%% '''
-spec chdir(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata()) ->
               ok | {error, posix()} | {error, not_owner}.
chdir(Drv, Pipeline, Path) ->
    case alcove_drv:call(Drv, Pipeline, chdir, [Path], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path]);
        Reply -> Reply
    end.

%% @doc Same as `chdir/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec chdir(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
chdir(Drv, Pipeline, Path, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, chdir, [Path], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Timeout]);
        Reply -> Reply
    end.

%% @doc Change the permission bits of a file (chmod(2)). `Mode' is an
%% integer, usually written in octal.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:chmod(Drv, [], "/tmp/alcove.txt", 8#600).
%% ok
%% '''
-spec chmod(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Mode :: mode_t()) ->
               ok | {error, posix()} | {error, not_owner}.
chmod(Drv, Pipeline, Path, Mode) ->
    case alcove_drv:call(Drv, Pipeline, chmod, [Path, Mode], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Mode]);
        Reply -> Reply
    end.

%% @doc Same as `chmod/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec chmod(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Mode :: mode_t(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
chmod(Drv, Pipeline, Path, Mode, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, chmod, [Path, Mode], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Mode, Timeout]);
        Reply -> Reply
    end.

%% @doc Change the owner and group of a file (chown(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:chown(Drv, [], "/tmp/alcove.txt", 65534, 65534).
%% ok
%% '''
-spec chown(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Owner :: uid_t(),
            Group :: gid_t()) ->
               ok | {error, posix()} | {error, not_owner}.
chown(Drv, Pipeline, Path, Owner, Group) ->
    case alcove_drv:call(Drv, Pipeline, chown, [Path, Owner, Group], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Owner, Group]);
        Reply -> Reply
    end.

%% @doc Same as `chown/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec chown(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Owner :: uid_t(),
            Group :: gid_t(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
chown(Drv, Pipeline, Path, Owner, Group, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, chown, [Path, Owner, Group], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Owner, Group, Timeout]);
        Reply -> Reply
    end.

%% @doc Change the root directory of the process (chroot(2)); usually followed
%% by `chdir(Drv, Pipeline, "/")'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:chroot(Drv, [Pid], "/srv/jail").
%% ok
%% 4> alcove:chdir(Drv, [Pid], "/").
%% ok
%% '''
-spec chroot(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata()) ->
                ok | {error, posix()} | {error, not_owner}.
chroot(Drv, Pipeline, Path) ->
    case alcove_drv:call(Drv, Pipeline, chroot, [Path], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path]);
        Reply -> Reply
    end.

%% @doc Same as `chroot/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec chroot(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
chroot(Drv, Pipeline, Path, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, chroot, [Path], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Timeout]);
        Reply -> Reply
    end.

%% @doc Remove every variable from the environment of the process
%% (clearenv(3)). Programs it exec's with `execvp/4' see an empty
%% environment.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:clearenv(Drv, [Pid]).
%% ok
%% 4> alcove:environ(Drv, [Pid]).
%% []
%% '''
-spec clearenv(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                  ok | {error, posix()} | {error, not_owner}.
clearenv(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, clearenv, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `clearenv/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec clearenv(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               Timeout :: timeout()) ->
                  ok | {error, posix()} | {error, not_owner}.
clearenv(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, clearenv, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a child process with clone(2), for example in new namespaces.
%%
%% `Flags' is a list of `clone_*' names or an integer; the child runs
%% the event loop like a child made by `fork/2' and is addressed by
%% appending its pid (as seen by the caller) to the pipeline. Returns
%% `{error, eagain}' when the process may not have more children.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newpid, clone_newuts]).
%% {ok,75174}
%% 3> alcove:getpid(Drv, [Pid]).
%% 1
%% '''
-spec clone(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Flags :: integer() | [constant()]) ->
               {ok, pid_t()} | {error, posix()} | {error, not_owner}.
clone(Drv, Pipeline, Flags) ->
    case alcove_drv:call(Drv, Pipeline, clone, [Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `clone/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec clone(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Flags :: integer() | [constant()],
            Timeout :: timeout()) ->
               {ok, pid_t()} | {error, posix()} | {error, not_owner}.
clone(Drv, Pipeline, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, clone, [Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a child running the event loop with clone3(2), as `clone/3'
%% does with clone(2).
%%
%% `Args' is a map: `flags', a list of `clone_*' flags (namespaces:
%% `clone_newns', `clone_newpid', ...; `clone_clear_sighand'), and
%% `cgroup', the path of a cgroup v2 directory the child is created in
%% (`CLONE_INTO_CGROUP', Linux 5.7): the child never runs outside that
%% group, not even for the instructions between a fork and a write to
%% `cgroup.procs'. Both keys are optional; `#{}' is a plain fork.
%%
%% `clone_pidfd' is refused with `{error, einval}' (use `pidfd_open/4');
%% `clone_into_cgroup' is implied by `cgroup' and ignored in `flags'. A key
%% other than those two is malformed (`badarg'); an unknown flag gives
%% `{error, enotsup}'. A `cgroup' that is not a v2 group fails with the
%% kernel's errno (`ebadf', `eopnotsupp', `ebusy' for a group with
%% controllers enabled in its subtree ...).
%%
%% Linux only (5.3; the cgroup needs 5.7): elsewhere the call raises
%% `undef'. `alcove_cgroup:clone/4' creates a v2 group and a child in it.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> ok = file:make_dir("/sys/fs/cgroup/unified/alcove").
%% 3> {ok, Pid} = alcove:clone3(Drv, [], #{flags => [clone_newns],
%% 3>     cgroup => "/sys/fs/cgroup/unified/alcove"}).
%% {ok,75174}
%% 4> file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/cgroup").
%% {ok,<<"...0::/alcove\n">>}
%% '''
-spec clone3(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Args :: clone3_args()) ->
                {ok, pid_t()} | {error, posix()} | {error, not_owner}.
clone3(Drv, Pipeline, Args) ->
    case alcove_drv:call(Drv, Pipeline, clone3, [Args], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Args]);
        Reply -> Reply
    end.

%% @doc Same as `clone3/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec clone3(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Args :: clone3_args(),
             Timeout :: timeout()) ->
                {ok, pid_t()} | {error, posix()} | {error, not_owner}.
clone3(Drv, Pipeline, Args, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, clone3, [Args], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Args, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a `clone_*' flag as defined on this system, or `unknown'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:clone_constant(Drv, [], clone_newns).
%% 131072
%% 3> alcove:clone_constant(Drv, [], nonexist).
%% unknown
%% '''
-spec clone_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom()) ->
                        integer() | unknown | {error, not_owner}.
clone_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, clone_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `clone_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec clone_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom(),
                     Timeout :: timeout()) ->
                        integer() | unknown | {error, not_owner}.
clone_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, clone_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Close a descriptor of the process (close(2)). Closing one of the
%% process's own protocol descriptors breaks the process; see `eof/2,3'
%% for closing a child's standard descriptors.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/dev/null", [o_rdonly], 0).
%% {ok,8}
%% 3> alcove:close(Drv, [], FD).
%% ok
%% 4> alcove:close(Drv, [], FD).
%% {error,ebadf}
%% '''
-spec close(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()], FD :: fd()) ->
               ok | {error, posix()} | {error, not_owner}.
close(Drv, Pipeline, FD) ->
    case alcove_drv:call(Drv, Pipeline, close, [FD], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD]);
        Reply -> Reply
    end.

%% @doc Same as `close/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec close(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
close(Drv, Pipeline, FD, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, close, [FD], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Timeout]);
        Reply -> Reply
    end.

%% @doc Close every descriptor from `First' to `Last' inclusive
%% (close_range(2)).
%%
%% `Last' may be `16#ffffffff' (all above `First'). `Flags' is `[]',
%% `[close_range_cloexec]' (mark them close-on-exec instead of closing) or
%% `[close_range_unshare]'. The port's ends of its children's pipes in the
%% range are released as `close/3' does; closing the port's own protocol
%% descriptors (3, 4, 5) ends it, as with `close/3'.
%%
%% Linux only (5.9 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, 6} = alcove:open(Drv, [Pid], "/dev/null", [o_rdonly], 0).
%% 4> {ok, 7} = alcove:open(Drv, [Pid], "/dev/null", [o_rdonly], 0).
%% 5> alcove:close_range(Drv, [Pid], 6, 7, []).
%% ok
%% 6> alcove:close(Drv, [Pid], 6).
%% {error,ebadf}
%% '''
-spec close_range(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  First :: uint32_t(),
                  Last :: uint32_t(),
                  Flags :: [constant()]) ->
                     ok | {error, posix()} | {error, not_owner}.
close_range(Drv, Pipeline, First, Last, Flags) ->
    case alcove_drv:call(Drv, Pipeline, close_range, [First, Last, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, First, Last, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `close_range/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec close_range(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  First :: uint32_t(),
                  Last :: uint32_t(),
                  Flags :: [constant()],
                  Timeout :: timeout()) ->
                     ok | {error, posix()} | {error, not_owner}.
close_range(Drv, Pipeline, First, Last, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, close_range, [First, Last, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, First, Last, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Connect a socket to an address (connect(2)). `Sockaddr' is the socket
%% address as a cstruct (for example a `struct sockaddr_un' built as a
%% binary); `[]' passes a NULL address.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, S} = alcove:socket(Drv, [], af_unix, sock_stream, 0).
%% {ok,8}
%% 3> Path = <<"/tmp/alcove.sock">>.
%% <<"/tmp/alcove.sock">>
%% 4> alcove:connect(Drv, [], S, [<<1:16/native, Path/binary, 0:((108 - byte_size(Path)) * 8)>>]).
%% ok
%% '''
-spec connect(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              FD :: fd(),
              Sockaddr :: [] | cstruct()) ->
                 ok | {error, posix()} | {error, not_owner}.
connect(Drv, Pipeline, FD, Sockaddr) ->
    case alcove_drv:call(Drv, Pipeline, connect, [FD, Sockaddr], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Sockaddr]);
        Reply -> Reply
    end.

%% @doc Same as `connect/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec connect(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              FD :: fd(),
              Sockaddr :: [] | cstruct(),
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
connect(Drv, Pipeline, FD, Sockaddr, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, connect, [FD, Sockaddr], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Sockaddr, Timeout]);
        Reply -> Reply
    end.

%% @doc List the children of the process, one `#alcove_pid{}' each, in slot
%% order.
%%
%% The record holds the child's pid, its flow control counter and
%% signal-on-EOF, and the parent's ends of the child's descriptors:
%% `fdctl' (-2 once the child exec'ed) and `stdin', `stdout', `stderr'
%% (-1 when closed).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:cpid(Drv, []).
%% [{alcove_pid,75174,-1,15,15,7,9,10}]
%% '''
-spec cpid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
              [alcove_pid()] | {error, not_owner}.
cpid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, cpid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `cpid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec cpid(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Timeout :: timeout()) ->
              [alcove_pid()] | {error, not_owner}.
cpid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, cpid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc The environment of the process, as a list of `NAME=value' binaries
%% (environ(7)).
%%
%% The reply has no 64 KiB limit; only a reply over about 127 MiB (the
%% frame limit less room for the pipeline's headers) is answered
%% `{error, eoverflow}'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:clearenv(Drv, [Pid]).
%% ok
%% 4> alcove:setenv(Drv, [Pid], "LANG", "C", 0).
%% ok
%% 5> alcove:environ(Drv, [Pid]).
%% [<<"LANG=C">>]
%% '''
-spec environ(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                 [binary()] | {error, not_owner}.
environ(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, environ, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `environ/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec environ(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Timeout :: timeout()) ->
                 [binary()] | {error, not_owner}.
environ(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, environ, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Name of an errno value on the system running the process, or
%% `unknown' (including for 0).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:errno_id(Drv, [], 1).
%% eperm
%% 3> alcove:errno_id(Drv, [], 0).
%% unknown
%% '''
-spec errno_id(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               Errno :: int32_t()) ->
                  posix() | unknown | {error, not_owner}.
errno_id(Drv, Pipeline, Errno) ->
    case alcove_drv:call(Drv, Pipeline, errno_id, [Errno], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Errno]);
        Reply -> Reply
    end.

%% @doc Same as `errno_id/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec errno_id(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               Errno :: int32_t(),
               Timeout :: timeout()) ->
                  posix() | unknown | {error, not_owner}.
errno_id(Drv, Pipeline, Errno, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, errno_id, [Errno], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Errno, Timeout]);
        Reply -> Reply
    end.

%% @doc Replace the process image with a program (execve(2)).
%%
%% `Argv' is the argument vector (`argv[0]' included) and `Env' the whole
%% environment, both lists of iodata. On success the call returns `ok'
%% once the parent sees the process's control descriptor close; from
%% then on the process's standard input and output are those of the
%% program (`stdin/3', `stdout/2,3'). On failure the process keeps
%% running the event loop and the call returns the error.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execve(Drv, [Pid], "/usr/bin/env", ["env"], ["FOO=bar"]).
%% ok
%% 4> alcove:stdout(Drv, [Pid], 1000).
%% [<<"FOO=bar\n">>]
%% '''
-spec execve(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Argv :: [iodata()],
             Env :: [iodata()]) ->
                ok | {error, posix()} | {error, not_owner}.
execve(Drv, Pipeline, Path, Argv, Env) ->
    case alcove_drv:call(Drv, Pipeline, execve, [Path, Argv, Env], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Argv, Env]);
        Reply -> Reply
    end.

%% @doc Same as `execve/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec execve(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Argv :: [iodata()],
             Env :: [iodata()],
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
execve(Drv, Pipeline, Path, Argv, Env, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, execve, [Path, Argv, Env], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Argv, Env, Timeout]);
        Reply -> Reply
    end.

%% @doc Replace the process image with a program named relative to a directory
%% descriptor (execveat(2)).
%%
%% `DirFD' is a descriptor or `at_fdcwd'; `Path' is resolved against it.
%% With `Flags' `[at_empty_path]' and `Path' `""', the file open at
%% `DirFD' itself is run: a program written into a `memfd_create/4' file
%% runs without ever being on disk. `Argv' and `Env' are as for
%% `execve/5'. On success the call returns `ok' and the process is the
%% program; on failure the errno, and the event loop goes on.
%%
%% Linux only (3.19 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, Bin} = file:read_file("/bin/echo").
%% 4> {ok, FD} = alcove:memfd_create(Drv, [Pid], "echo", [mfd_cloexec]).
%% {ok,6}
%% 5> {ok, _} = alcove:write(Drv, [Pid], FD, Bin).
%% 6> alcove:execveat(Drv, [Pid], FD, "", ["echo", "from memory"], [], [at_empty_path]).
%% ok
%% 7> alcove:stdout(Drv, [Pid], 1000).
%% [<<"from memory\n">>]
%% '''
-spec execveat(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               DirFD :: dirfd(),
               Path :: iodata(),
               Argv :: [iodata()],
               Env :: [iodata()],
               Flags :: [constant()]) ->
                  ok | {error, posix()} | {error, not_owner}.
execveat(Drv, Pipeline, DirFD, Path, Argv, Env, Flags) ->
    case alcove_drv:call(Drv, Pipeline, execveat, [DirFD, Path, Argv, Env, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, DirFD, Path, Argv, Env, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `execveat/7', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec execveat(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               DirFD :: dirfd(),
               Path :: iodata(),
               Argv :: [iodata()],
               Env :: [iodata()],
               Flags :: [constant()],
               Timeout :: timeout()) ->
                  ok | {error, posix()} | {error, not_owner}.
execveat(Drv, Pipeline, DirFD, Path, Argv, Env, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, execveat, [DirFD, Path, Argv, Env, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, DirFD, Path, Argv, Env, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Replace the process image with a program found in the process's
%% `PATH' (execvp(3)). The program inherits the process's environment.
%%
%% As `execve/5': `ok' once the program runs, an error if the exec failed
%% (the process then keeps running the event loop).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "cat", ["cat"]).
%% ok
%% 4> alcove:stdin(Drv, [Pid], "hello\n").
%% ok
%% 5> alcove:stdout(Drv, [Pid], 1000).
%% [<<"hello\n">>]
%% '''
-spec execvp(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             File :: iodata(),
             Argv :: [iodata()]) ->
                ok | {error, posix()} | {error, not_owner}.
execvp(Drv, Pipeline, File, Argv) ->
    case alcove_drv:call(Drv, Pipeline, execvp, [File, Argv], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, File, Argv]);
        Reply -> Reply
    end.

%% @doc Same as `execvp/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec execvp(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             File :: iodata(),
             Argv :: [iodata()],
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
execvp(Drv, Pipeline, File, Argv, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, execvp, [File, Argv], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, File, Argv, Timeout]);
        Reply -> Reply
    end.

%% @doc Make the process exit with `Status' (exit(3)). The call returns `ok'
%% when the process is gone; its parent then reports
%% `{exit_status, Status}'. Exiting the port (`[]') stops the driver.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:exit(Drv, [Pid], 3).
%% ok
%% 4> alcove:event(Drv, [Pid], 1000).
%% {exit_status,3}
%% '''
-spec exit(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Status :: int32_t()) ->
              ok | {error, not_owner}.
exit(Drv, Pipeline, Status) ->
    case alcove_drv:call(Drv, Pipeline, exit, [Status], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Status]);
        Reply -> Reply
    end.

%% @doc Same as `exit/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec exit(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Status :: int32_t(),
           Timeout :: timeout()) ->
              ok | {error, not_owner}.
exit(Drv, Pipeline, Status, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, exit, [Status], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Status, Timeout]);
        Reply -> Reply
    end.

%% @doc Manipulate a descriptor (fcntl(2)). `Cmd' is an `f_*' name or number;
%% `Arg' must be an integer. Returns the result of fcntl, for example the
%% descriptor flags for `f_getfd'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/dev/null", [o_rdonly, o_cloexec], 0).
%% {ok,8}
%% 3> alcove:fcntl(Drv, [], FD, f_getfd, 0).
%% {ok,1}
%% 4> alcove:fcntl(Drv, [], FD, f_setfd, 0).
%% {ok,0}
%% '''
-spec fcntl(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Cmd :: constant(),
            Arg :: int32_t()) ->
               {ok, integer()} | {error, posix()} | {error, not_owner}.
fcntl(Drv, Pipeline, FD, Cmd, Arg) ->
    case alcove_drv:call(Drv, Pipeline, fcntl, [FD, Cmd, Arg], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Cmd, Arg]);
        Reply -> Reply
    end.

%% @doc Same as `fcntl/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fcntl(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Cmd :: constant(),
            Arg :: int32_t(),
            Timeout :: timeout()) ->
               {ok, integer()} | {error, posix()} | {error, not_owner}.
fcntl(Drv, Pipeline, FD, Cmd, Arg, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fcntl, [FD, Cmd, Arg], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Cmd, Arg, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of an fcntl command or flag (`f_getfd', `fd_cloexec', ...) on
%% this system, or `unknown'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:fcntl_constant(Drv, [], fd_cloexec).
%% 1
%% '''
-spec fcntl_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom()) ->
                        integer() | unknown | {error, not_owner}.
fcntl_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, fcntl_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `fcntl_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fcntl_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom(),
                     Timeout :: timeout()) ->
                        integer() | unknown | {error, not_owner}.
fcntl_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fcntl_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Replace the process image with the program open at descriptor `FD'
%% (fexecve(3)). `Argv' and `Env' are as for `execve/5'. Open the program
%% with `o_cloexec' so that the descriptor does not leak into it.
%%
%% Only where fexecve(3) exists (Linux, FreeBSD): elsewhere the call
%% raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, FD} = alcove:open(Drv, [Pid], "/usr/bin/env", [o_rdonly, o_cloexec], 0).
%% {ok,6}
%% 4> alcove:fexecve(Drv, [Pid], FD, ["env"], ["FOO=bar"]).
%% ok
%% 5> alcove:stdout(Drv, [Pid], 1000).
%% [<<"FOO=bar\n">>]
%% '''
-spec fexecve(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              FD :: fd(),
              Argv :: [iodata()],
              Env :: [iodata()]) ->
                 ok | {error, posix()} | {error, not_owner}.
fexecve(Drv, Pipeline, FD, Argv, Env) ->
    case alcove_drv:call(Drv, Pipeline, fexecve, [FD, Argv, Env], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Argv, Env]);
        Reply -> Reply
    end.

%% @doc Same as `fexecve/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fexecve(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              FD :: fd(),
              Argv :: [iodata()],
              Env :: [iodata()],
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
fexecve(Drv, Pipeline, FD, Argv, Env, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fexecve, [FD, Argv, Env], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Argv, Env, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of an `open/5' flag (`o_rdonly', `o_creat', ...) on this system,
%% or `unknown'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:file_constant(Drv, [], o_creat).
%% 64
%% '''
-spec file_constant(Drv :: alcove_drv:ref(),
                    Pipeline :: [pid_t()],
                    Name :: atom()) ->
                       non_neg_integer() | unknown | {error, not_owner}.
file_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, file_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `file_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec file_constant(Drv :: alcove_drv:ref(),
                    Pipeline :: [pid_t()],
                    Name :: atom(),
                    Timeout :: timeout()) ->
                       non_neg_integer() | unknown | {error, not_owner}.
file_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, file_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Deny calls in the process (`Calls') and in the children it creates
%% afterwards (`SubprocessCalls').
%%
%% Both are bitmaps made by `filter/1'. A denied call raises `undef';
%% bits are only ever added, never removed, and `<<>>' adds nothing. A
%% new child starts with its parent's subprocess filter as its own filter.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:filter(Drv, [Pid], alcove:filter([getpid]), <<>>).
%% ok
%% 4> alcove:getpid(Drv, [Pid]).
%% ** exception error: undefined function alcove:getpid/2
%% '''
-spec filter(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Calls :: binary(),
             SubprocessCalls :: binary()) ->
                ok | {error, not_owner}.
filter(Drv, Pipeline, Calls, SubprocessCalls) ->
    case alcove_drv:call(Drv, Pipeline, filter, [Calls, SubprocessCalls], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Calls, SubprocessCalls]);
        Reply -> Reply
    end.

%% @doc Same as `filter/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec filter(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Calls :: binary(),
             SubprocessCalls :: binary(),
             Timeout :: timeout()) ->
                ok | {error, not_owner}.
filter(Drv, Pipeline, Calls, SubprocessCalls, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, filter, [Calls, SubprocessCalls], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Calls, SubprocessCalls, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a child process running the event loop (fork(2)).
%%
%% The child is addressed by appending its pid to the pipeline. It
%% inherits the options, filters, signal handling and environment of its
%% parent. Returns `{error, eagain}' when the process is at its maximum
%% depth (`maxforkdepth') or has no free child slot (`maxchild').
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, Child} = alcove:fork(Drv, [Pid]).
%% {ok,75175}
%% 4> alcove:getpid(Drv, [Pid, Child]).
%% 75175
%% '''
-spec fork(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
              {ok, pid_t()} | {error, posix()} | {error, not_owner}.
fork(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, fork, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `fork/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fork(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Timeout :: timeout()) ->
              {ok, pid_t()} | {error, posix()} | {error, not_owner}.
fork(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fork, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a child process running the event loop on a new pseudo-terminal
%% of `Rows' by `Cols' (fork(2), posix_openpt(3)).
%%
%% Like `fork/2', but the child's stdin, stdout and stderr are the slave
%% side of the terminal, which is its controlling terminal in a session of
%% its own (the child is the session leader and its process group leader).
%% The child can chroot, change its uid, set limits and fork or clone
%% further before it execs; the terminal was opened by its parent, so it
%% needs no `/dev/pts' of its own.
%%
%% The parent holds the master side in place of the three pipes:
%% `alcove:stdin/3' writes to the master (the terminal's line discipline
%% echoes and edits it, `"\x03"' sends SIGINT to the foreground process
%% group), and everything the master yields, the program's stdout and
%% stderr together with the echo, arrives as
%% `{alcove_stdout, Drv, Pipeline, Bin}'. There is no stderr: a terminal
%% has one output. The terminal translates "\n" to "\r\n" on output unless
%% the program changes its settings.
%%
%% `alcove:eof/2' on a terminal types its end-of-file character (VEOF,
%% normally ^D) after the input still queued, and accepts no more input:
%% a program reading lines sees end of file (if at the start of a line),
%% a program in raw mode gets the byte. The terminal stays open and its
%% output keeps arriving until the program exits. Exit events, flow
%% control and teardown are those of any child; teardown signals the
%% child's process group, the terminal's foreground process group and
%% every other process of its session (a shell's background jobs).
%% Use `ptysize/5' to change the window size.
%%
%% Returns `{error, eagain}' as `fork/2' does, or the error of
%% posix_openpt(3) (`{error, enoent}' without `/dev/ptmx', `{error,
%% enospc}' when the kernel's limit on terminals is reached).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:forkpty(Drv, [], 24, 80).
%% {ok,75174}
%% 3> alcove:execvp(Drv, [Pid], "/bin/sh", ["sh", "-c", "stty size; tty"]).
%% ok
%% 4> alcove:stdout(Drv, [Pid], 1000).
%% [<<"24 80\r\n/dev/pts/3\r\n">>]
%% 5> alcove:event(Drv, [Pid], 1000).
%% {exit_status,0}
%% '''
-spec forkpty(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Rows :: uint16_t(),
              Cols :: uint16_t()) ->
                 {ok, pid_t()} | {error, posix()} | {error, not_owner}.
forkpty(Drv, Pipeline, Rows, Cols) ->
    case alcove_drv:call(Drv, Pipeline, forkpty, [Rows, Cols], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Rows, Cols]);
        Reply -> Reply
    end.

%% @doc Same as `forkpty/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec forkpty(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Rows :: uint16_t(),
              Cols :: uint16_t(),
              Timeout :: timeout()) ->
                 {ok, pid_t()} | {error, posix()} | {error, not_owner}.
forkpty(Drv, Pipeline, Rows, Cols, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, forkpty, [Rows, Cols], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Rows, Cols, Timeout]);
        Reply -> Reply
    end.

%% @doc Configure a filesystem context from `fsopen/4' (fsconfig(2)).
%%
%% `Cmd' is one of `fsconfig_set_flag' (`Key' only), `fsconfig_set_string'
%% (`Key' and the string `Value'), `fsconfig_set_binary' (`Value' a blob,
%% `Aux' its size), `fsconfig_set_path', `fsconfig_set_path_empty',
%% `fsconfig_set_fd' (`Aux' the descriptor), `fsconfig_cmd_create' (create
%% the superblock: no `Key' nor `Value') and `fsconfig_cmd_reconfigure'.
%% `Key' and `Value' are iodata, or `[]' for none. `Aux' is `0' unless
%% the command uses it.
%%
%% Linux only (5.2 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FS} = alcove:fsopen(Drv, [], "tmpfs", [fsopen_cloexec]).
%% {ok,6}
%% 3> alcove:fsconfig(Drv, [], FS, fsconfig_set_string, "size", "1m", 0).
%% ok
%% 4> alcove:fsconfig(Drv, [], FS, fsconfig_set_string, "nosuchoption", "1", 0).
%% {error,einval}
%% 5> alcove:fsconfig(Drv, [], FS, fsconfig_cmd_create, [], [], 0).
%% ok
%% '''
-spec fsconfig(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               FD :: fd(),
               Cmd :: constant(),
               Key :: iodata() | [],
               Value :: iodata() | [],
               Aux :: int32_t()) ->
                  ok | {error, posix()} | {error, not_owner}.
fsconfig(Drv, Pipeline, FD, Cmd, Key, Value, Aux) ->
    case alcove_drv:call(Drv, Pipeline, fsconfig, [FD, Cmd, Key, Value, Aux], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Cmd, Key, Value, Aux]);
        Reply -> Reply
    end.

%% @doc Same as `fsconfig/7', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fsconfig(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               FD :: fd(),
               Cmd :: constant(),
               Key :: iodata() | [],
               Value :: iodata() | [],
               Aux :: int32_t(),
               Timeout :: timeout()) ->
                  ok | {error, posix()} | {error, not_owner}.
fsconfig(Drv, Pipeline, FD, Cmd, Key, Value, Aux, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fsconfig, [FD, Cmd, Key, Value, Aux], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Cmd, Key, Value, Aux, Timeout]);
        Reply -> Reply
    end.

%% @doc Make a detached mount of a created filesystem context (fsmount(2)).
%%
%% `FD' is a context from `fsopen/4' after `fsconfig_cmd_create'.
%% `Flags' is `[]' or `[fsmount_cloexec]'; `AttrFlags' a list of
%% `mount_attr_*' for the new mount (`mount_attr_rdonly',
%% `mount_attr_nodev' ...). The mount is attached with `move_mount/7'.
%%
%% Linux only (5.2 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> {ok, FS} = alcove:fsopen(Drv, [Pid], "tmpfs", [fsopen_cloexec]).
%% {ok,6}
%% 4> ok = alcove:fsconfig(Drv, [Pid], FS, fsconfig_cmd_create, [], [], 0).
%% 5> alcove:fsmount(Drv, [Pid], FS, [fsmount_cloexec], [mount_attr_nodev, mount_attr_nosuid]).
%% {ok,7}
%% '''
-spec fsmount(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              FD :: fd(),
              Flags :: [constant()],
              AttrFlags :: [constant()]) ->
                 {ok, fd()} | {error, posix()} | {error, not_owner}.
fsmount(Drv, Pipeline, FD, Flags, AttrFlags) ->
    case alcove_drv:call(Drv, Pipeline, fsmount, [FD, Flags, AttrFlags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Flags, AttrFlags]);
        Reply -> Reply
    end.

%% @doc Same as `fsmount/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fsmount(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              FD :: fd(),
              Flags :: [constant()],
              AttrFlags :: [constant()],
              Timeout :: timeout()) ->
                 {ok, fd()} | {error, posix()} | {error, not_owner}.
fsmount(Drv, Pipeline, FD, Flags, AttrFlags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fsmount, [FD, Flags, AttrFlags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Flags, AttrFlags, Timeout]);
        Reply -> Reply
    end.

%% @doc Open a filesystem context for the filesystem type `FsName' (`"tmpfs"',
%% `"proc"', `"ext4"' ...; fsopen(2)).
%%
%% The context is configured with `fsconfig/7' (source, options, then
%% `fsconfig_cmd_create') and mounted with `fsmount/5' and `move_mount/7'.
%% `Flags' is `[]' or `[fsopen_cloexec]'. Needs `cap_sys_admin' (in the
%% user namespace owning the mount namespace).
%%
%% Linux only (5.2 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:fsopen(Drv, [], "tmpfs", [fsopen_cloexec]).
%% {ok,6}
%% 3> alcove:fsopen(Drv, [], "nofs", [fsopen_cloexec]).
%% {error,enodev}
%% '''
-spec fsopen(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             FsName :: iodata(),
             Flags :: [constant()]) ->
                {ok, fd()} | {error, posix()} | {error, not_owner}.
fsopen(Drv, Pipeline, FsName, Flags) ->
    case alcove_drv:call(Drv, Pipeline, fsopen, [FsName, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FsName, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `fsopen/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec fsopen(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             FsName :: iodata(),
             Flags :: [constant()],
             Timeout :: timeout()) ->
                {ok, fd()} | {error, posix()} | {error, not_owner}.
fsopen(Drv, Pipeline, FsName, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, fsopen, [FsName, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FsName, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc The working directory of the process (getcwd(3)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getcwd(Drv, []).
%% {ok,<<"/home/alcove">>}
%% '''
-spec getcwd(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                {ok, binary()} | {error, posix()} | {error, not_owner}.
getcwd(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getcwd, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getcwd/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getcwd(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Timeout :: timeout()) ->
                {ok, binary()} | {error, posix()} | {error, not_owner}.
getcwd(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getcwd, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of an environment variable of the process, or `false' if it is
%% not set (getenv(3)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getenv(Drv, [], "HOME").
%% <<"/home/alcove">>
%% 3> alcove:getenv(Drv, [], "NONEXIST").
%% false
%% '''
-spec getenv(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Name :: iodata()) ->
                binary() | false | {error, not_owner}.
getenv(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, getenv, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `getenv/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getenv(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Name :: iodata(),
             Timeout :: timeout()) ->
                binary() | false | {error, not_owner}.
getenv(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getenv, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc The real group id of the process (getgid(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getgid(Drv, []).
%% 1000
%% '''
-spec getgid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                gid_t() | {error, not_owner}.
getgid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getgid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getgid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getgid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Timeout :: timeout()) ->
                gid_t() | {error, not_owner}.
getgid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getgid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc The supplementary groups of the process (getgroups(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getgroups(Drv, []).
%% {ok,[27,1000]}
%% '''
-spec getgroups(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                   {ok, [gid_t()]} |
                   {error, posix()} |
                   {error, not_owner}.
getgroups(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getgroups, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getgroups/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getgroups(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Timeout :: timeout()) ->
                   {ok, [gid_t()]} |
                   {error, posix()} |
                   {error, not_owner}.
getgroups(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getgroups, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc The host name seen by the process (gethostname(2)); a process in its
%% own UTS namespace may see another name than the port.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:gethostname(Drv, []).
%% {ok,<<"host1">>}
%% '''
-spec gethostname(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                     {ok, binary()} |
                     {error, posix()} |
                     {error, not_owner}.
gethostname(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, gethostname, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `gethostname/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec gethostname(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Timeout :: timeout()) ->
                     {ok, binary()} |
                     {error, posix()} |
                     {error, not_owner}.
gethostname(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, gethostname, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of an option of the process (`maxchild', `maxforkdepth',
%% `exit_status', `termsig', `flowcontrol', `signaloneof',
%% `stdin_closed', `stdout_closed', `stderr_closed', `notify_timeout'),
%% or `false' for an unknown option. See `setopt/4'.
%%
%% `notify_timeout' (not in alcove 1.0.1): milliseconds a seccomp
%% notification of one of the process's children waits for an answer before
%% the process answers it `{errno, eperm}' (default 5000; see
%% `alcove_seccomp:notify/3').
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getopt(Drv, [], maxforkdepth).
%% 16
%% 3> alcove:getopt(Drv, [], nonexist).
%% false
%% '''
-spec getopt(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Opt :: atom()) ->
                integer() | false | {error, not_owner}.
getopt(Drv, Pipeline, Opt) ->
    case alcove_drv:call(Drv, Pipeline, getopt, [Opt], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Opt]);
        Reply -> Reply
    end.

%% @doc Same as `getopt/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getopt(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Opt :: atom(),
             Timeout :: timeout()) ->
                integer() | false | {error, not_owner}.
getopt(Drv, Pipeline, Opt, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getopt, [Opt], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Opt, Timeout]);
        Reply -> Reply
    end.

%% @doc The process group of the process (getpgrp(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setpgid(Drv, [Pid], 0, 0).
%% ok
%% 4> alcove:getpgrp(Drv, [Pid]).
%% 75174
%% '''
-spec getpgrp(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                 pid_t() | {error, not_owner}.
getpgrp(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getpgrp, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getpgrp/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getpgrp(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Timeout :: timeout()) ->
                 pid_t() | {error, not_owner}.
getpgrp(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getpgrp, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc The OS process id of the process (getpid(2)). In a new PID namespace
%% the process sees itself as 1.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:getpid(Drv, [Pid]).
%% 75174
%% '''
-spec getpid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                pid_t() | {error, not_owner}.
getpid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getpid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getpid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getpid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Timeout :: timeout()) ->
                pid_t() | {error, not_owner}.
getpid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getpid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Scheduling priority of a process, process group or user
%% (getpriority(2)). `Which' is `prio_process', `prio_pgrp' or
%% `prio_user'; `Who' is the id (0: the calling process, group or user).
%% A negative value is a priority, not an error.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getpriority(Drv, [], prio_process, 0).
%% {ok,0}
%% '''
-spec getpriority(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Which :: constant(),
                  Who :: constant()) ->
                     {ok, integer()} |
                     {error, posix()} |
                     {error, not_owner}.
getpriority(Drv, Pipeline, Which, Who) ->
    case alcove_drv:call(Drv, Pipeline, getpriority, [Which, Who], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Which, Who]);
        Reply -> Reply
    end.

%% @doc Same as `getpriority/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getpriority(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Which :: constant(),
                  Who :: constant(),
                  Timeout :: timeout()) ->
                     {ok, integer()} |
                     {error, posix()} |
                     {error, not_owner}.
getpriority(Drv, Pipeline, Which, Who, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getpriority, [Which, Who], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Which, Who, Timeout]);
        Reply -> Reply
    end.

%% @doc The real, effective and saved group ids of the process
%% (getresgid(2)).
%%
%% Not available on macOS and Solaris (raises `undef' there).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getresgid(Drv, []).
%% {ok,1000,1000,1000}
%% '''
-spec getresgid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                   {ok, gid_t(), gid_t(), gid_t()} |
                   {error, posix()} |
                   {error, not_owner}.
getresgid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getresgid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getresgid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getresgid(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Timeout :: timeout()) ->
                   {ok, gid_t(), gid_t(), gid_t()} |
                   {error, posix()} |
                   {error, not_owner}.
getresgid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getresgid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc The real, effective and saved user ids of the process (getresuid(2)).
%%
%% Not available on macOS and Solaris (raises `undef' there).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getresuid(Drv, []).
%% {ok,1000,1000,1000}
%% '''
-spec getresuid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                   {ok, uid_t(), uid_t(), uid_t()} |
                   {error, posix()} |
                   {error, not_owner}.
getresuid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getresuid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getresuid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getresuid(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Timeout :: timeout()) ->
                   {ok, uid_t(), uid_t(), uid_t()} |
                   {error, posix()} |
                   {error, not_owner}.
getresuid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getresuid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Soft and hard limits of a resource (getrlimit(2)), as an
%% `#alcove_rlimit{cur, max}' record; an unlimited value is
%% `16#ffffffffffffffff'. `Resource' is an `rlimit_*' name or number.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getrlimit(Drv, [], rlimit_nofile).
%% {ok,{alcove_rlimit,1024,1048576}}
%% '''
-spec getrlimit(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Resource :: constant()) ->
                   {ok, alcove_rlimit()} |
                   {error, posix()} |
                   {error, not_owner}.
getrlimit(Drv, Pipeline, Resource) ->
    case alcove_drv:call(Drv, Pipeline, getrlimit, [Resource], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Resource]);
        Reply -> Reply
    end.

%% @doc Same as `getrlimit/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getrlimit(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Resource :: constant(),
                Timeout :: timeout()) ->
                   {ok, alcove_rlimit()} |
                   {error, posix()} |
                   {error, not_owner}.
getrlimit(Drv, Pipeline, Resource, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getrlimit, [Resource], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Resource, Timeout]);
        Reply -> Reply
    end.

%% @doc Session id of a process (getsid(2)); `0' means the calling process.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getsid(Drv, [], 0).
%% {ok,74301}
%% '''
-spec getsid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             OSPid :: pid_t()) ->
                {ok, pid_t()} | {error, posix()} | {error, not_owner}.
getsid(Drv, Pipeline, OSPid) ->
    case alcove_drv:call(Drv, Pipeline, getsid, [OSPid], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid]);
        Reply -> Reply
    end.

%% @doc Same as `getsid/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getsid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             OSPid :: pid_t(),
             Timeout :: timeout()) ->
                {ok, pid_t()} | {error, posix()} | {error, not_owner}.
getsid(Drv, Pipeline, OSPid, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getsid, [OSPid], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Timeout]);
        Reply -> Reply
    end.

%% @doc The real user id of the process (getuid(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:getuid(Drv, []).
%% 1000
%% '''
-spec getuid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                uid_t() | {error, not_owner}.
getuid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, getuid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `getuid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec getuid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Timeout :: timeout()) ->
                uid_t() | {error, not_owner}.
getuid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, getuid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Control a device (ioctl(2)).
%%
%% `Request' is an ioctl name or number. `Arg' is passed by value if it
%% is an integer, or by pointer to a copy if it is a binary or a cstruct;
%% the result holds the ioctl return value and the argument read back
%% after the call (`<<>>' for an integer).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, FD} = alcove:open(Drv, [Pid], "/dev/net/tun", [o_rdwr], 0).
%% {ok,6}
%% 4> alcove:ioctl(Drv, [Pid], FD, tunsetiff, <<0:(16*8), 16#0002:16/native, 0:(22*8)>>).
%% {ok,0,<<116,97,112,48,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0>>}
%% '''
-spec ioctl(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Request :: constant(),
            Arg :: int32_t() | binary() | cstruct()) ->
               {ok, integer(), binary() | cstruct()} |
               {error, posix()} |
               {error, not_owner}.
ioctl(Drv, Pipeline, FD, Request, Arg) ->
    case alcove_drv:call(Drv, Pipeline, ioctl, [FD, Request, Arg], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Request, Arg]);
        Reply -> Reply
    end.

%% @doc Same as `ioctl/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec ioctl(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Request :: constant(),
            Arg :: int32_t() | binary() | cstruct(),
            Timeout :: timeout()) ->
               {ok, integer(), binary() | cstruct()} |
               {error, posix()} |
               {error, not_owner}.
ioctl(Drv, Pipeline, FD, Request, Arg, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, ioctl, [FD, Request, Arg], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Request, Arg, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of an ioctl request name (`siocgifaddr', `tiocgwinsz', ...) on
%% this system, or `unknown'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:ioctl_constant(Drv, [], siocgifaddr).
%% 35093
%% '''
-spec ioctl_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom()) ->
                        integer() | unknown | {error, not_owner}.
ioctl_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, ioctl_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `ioctl_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec ioctl_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom(),
                     Timeout :: timeout()) ->
                        integer() | unknown | {error, not_owner}.
ioctl_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, ioctl_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Decode iodata in the process and send it back as a binary (a testing
%% aid for the iodata argument rules: bare integers, bytes above 255 and
%% deep nesting raise `badarg').
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:iolist_to_bin(Drv, [], ["ab", [<<"c">>, $d]]).
%% <<"abcd">>
%% '''
-spec iolist_to_bin(Drv :: alcove_drv:ref(),
                    Pipeline :: [pid_t()],
                    Data :: iodata()) ->
                       binary() | {error, not_owner}.
iolist_to_bin(Drv, Pipeline, Data) ->
    case alcove_drv:call(Drv, Pipeline, iolist_to_bin, [Data], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Data]);
        Reply -> Reply
    end.

%% @doc Same as `iolist_to_bin/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec iolist_to_bin(Drv :: alcove_drv:ref(),
                    Pipeline :: [pid_t()],
                    Data :: iodata(),
                    Timeout :: timeout()) ->
                       binary() | {error, not_owner}.
iolist_to_bin(Drv, Pipeline, Data, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, iolist_to_bin, [Data], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Data, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a jail and move the process into it (jail(2)). `Jail' is built
%% with `alcove_cstruct:jail/1' from an `#alcove_jail{}' record. Returns
%% the jail id.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> Jail = alcove_cstruct:jail(#alcove_jail{path = "/rescue", hostname = "j1", jailname = "j1"}).
%% [<<2,0,0,0>>,<<0,0,0,0>>|...]
%% 4> alcove:jail(Drv, [Pid], Jail).
%% {ok,21}
%% '''
-spec jail(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Jail :: cstruct()) ->
              {ok, integer()} | {error, posix()} | {error, not_owner}.
jail(Drv, Pipeline, Jail) ->
    case alcove_drv:call(Drv, Pipeline, jail, [Jail], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Jail]);
        Reply -> Reply
    end.

%% @doc Same as `jail/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec jail(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Jail :: cstruct(),
           Timeout :: timeout()) ->
              {ok, integer()} | {error, posix()} | {error, not_owner}.
jail(Drv, Pipeline, Jail, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, jail, [Jail], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Jail, Timeout]);
        Reply -> Reply
    end.

%% @doc Move the process into an existing jail (jail_attach(2)).
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:jail_attach(Drv, [Pid], 21).
%% ok
%% '''
-spec jail_attach(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  JID :: int32_t()) ->
                     ok | {error, posix()} | {error, not_owner}.
jail_attach(Drv, Pipeline, JID) ->
    case alcove_drv:call(Drv, Pipeline, jail_attach, [JID], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, JID]);
        Reply -> Reply
    end.

%% @doc Same as `jail_attach/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec jail_attach(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  JID :: int32_t(),
                  Timeout :: timeout()) ->
                     ok | {error, posix()} | {error, not_owner}.
jail_attach(Drv, Pipeline, JID, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, jail_attach, [JID], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, JID, Timeout]);
        Reply -> Reply
    end.

%% @doc Remove a jail and kill the processes in it (jail_remove(2)).
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:jail_remove(Drv, [], 21).
%% ok
%% '''
-spec jail_remove(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  JID :: int32_t()) ->
                     ok | {error, posix()} | {error, not_owner}.
jail_remove(Drv, Pipeline, JID) ->
    case alcove_drv:call(Drv, Pipeline, jail_remove, [JID], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, JID]);
        Reply -> Reply
    end.

%% @doc Same as `jail_remove/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec jail_remove(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  JID :: int32_t(),
                  Timeout :: timeout()) ->
                     ok | {error, posix()} | {error, not_owner}.
jail_remove(Drv, Pipeline, JID, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, jail_remove, [JID], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, JID, Timeout]);
        Reply -> Reply
    end.

%% @doc Send a signal to a process or process group (kill(2)). `Signal' is a
%% signal name or number; 0 only checks that the process exists.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:kill(Drv, [], Pid, sigkill).
%% ok
%% 4> alcove:event(Drv, [Pid], 1000).
%% {termsig,sigkill}
%% 5> alcove:kill(Drv, [], Pid, 0).
%% {error,esrch}
%% '''
-spec kill(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           OSPid :: pid_t(),
           Signal :: constant()) ->
              ok | {error, posix()} | {error, not_owner}.
kill(Drv, Pipeline, OSPid, Signal) ->
    case alcove_drv:call(Drv, Pipeline, kill, [OSPid, Signal], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Signal]);
        Reply -> Reply
    end.

%% @doc Same as `kill/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec kill(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           OSPid :: pid_t(),
           Signal :: constant(),
           Timeout :: timeout()) ->
              ok | {error, posix()} | {error, not_owner}.
kill(Drv, Pipeline, OSPid, Signal, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, kill, [OSPid, Signal], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Signal, Timeout]);
        Reply -> Reply
    end.

%% @doc Add a rule to a Landlock ruleset (landlock_add_rule(2)).
%%
%% `Rule' is one of:
%%
%% <ul>
%% <li>`{path_beneath, ParentFD, Rights}': allow the filesystem `Rights'
%% under the file or directory open at `ParentFD' (open it with `o_path');</li>
%% <li>`{net_port, Port, Rights}': allow the network `Rights'
%% (`bind_tcp', `connect_tcp') on TCP port `Port'.</li>
%% </ul>
%%
%% Each right must be handled by the ruleset (`{error, einval}'
%% otherwise). A rule of another shape is malformed (`badarg'); an unknown
%% right gives `{error, enotsup}'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, RS} = alcove:landlock_create_ruleset(Drv, [], #{handled_access_fs => [read_file, read_dir]}, []).
%% {ok,6}
%% 3> {ok, Usr} = alcove:open(Drv, [], "/usr", [o_path, o_cloexec], 0).
%% {ok,7}
%% 4> alcove:landlock_add_rule(Drv, [], RS, {path_beneath, Usr, [read_file, read_dir]}).
%% ok
%% '''
-spec landlock_add_rule(Drv :: alcove_drv:ref(),
                        Pipeline :: [pid_t()],
                        RulesetFD :: fd(),
                        Rule :: landlock_rule()) ->
                           ok | {error, posix()} | {error, not_owner}.
landlock_add_rule(Drv, Pipeline, RulesetFD, Rule) ->
    case alcove_drv:call(Drv, Pipeline, landlock_add_rule, [RulesetFD, Rule], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, RulesetFD, Rule]);
        Reply -> Reply
    end.

%% @doc Same as `landlock_add_rule/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec landlock_add_rule(Drv :: alcove_drv:ref(),
                        Pipeline :: [pid_t()],
                        RulesetFD :: fd(),
                        Rule :: landlock_rule(),
                        Timeout :: timeout()) ->
                           ok | {error, posix()} | {error, not_owner}.
landlock_add_rule(Drv, Pipeline, RulesetFD, Rule, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, landlock_add_rule, [RulesetFD, Rule], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, RulesetFD, Rule, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a Landlock right, scope or flag, or `unknown'.
%%
%% Filesystem rights are named after `LANDLOCK_ACCESS_FS_*' without the
%% prefix (`execute', `write_file', `read_file', `read_dir', `remove_dir',
%% `remove_file', `make_char', `make_dir', `make_reg', `make_sock',
%% `make_fifo', `make_block', `make_sym', `refer', `truncate',
%% `ioctl_dev'), network rights after `LANDLOCK_ACCESS_NET_*' (`bind_tcp',
%% `connect_tcp'), scopes after `LANDLOCK_SCOPE_*' (`abstract_unix_socket',
%% `signal'); flags keep their prefix (`landlock_create_ruleset_version',
%% `landlock_restrict_self_log_same_exec_off', ...). A filesystem and a
%% network right may have the same value: each is looked up in its own
%% table by the calls that take it.
%%
%% Values are those of the kernel's interface, whatever headers the port
%% was built with; which of them the running kernel knows is told by its
%% ABI version (`alcove_landlock:abi/2').
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:landlock_constant(Drv, [], read_file).
%% 4
%% 3> alcove:landlock_constant(Drv, [], connect_tcp).
%% 2
%% '''
-spec landlock_constant(Drv :: alcove_drv:ref(),
                        Pipeline :: [pid_t()],
                        Name :: atom()) ->
                           integer() | unknown | {error, not_owner}.
landlock_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, landlock_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `landlock_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec landlock_constant(Drv :: alcove_drv:ref(),
                        Pipeline :: [pid_t()],
                        Name :: atom(),
                        Timeout :: timeout()) ->
                           integer() | unknown | {error, not_owner}.
landlock_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, landlock_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a Landlock ruleset (landlock_create_ruleset(2)) and return its
%% descriptor.
%%
%% `Attr' names the access the ruleset handles: a map with any of the keys
%% `handled_access_fs' (filesystem rights), `handled_access_net' (network
%% rights) and `scoped' (scopes), each a list of names (see
%% `landlock_constant/3') or integers. Once the ruleset is applied
%% (`landlock_restrict_self/4'), handled access is denied unless a rule
%% (`landlock_add_rule/4') allows it.
%%
%% With `Flags' `[landlock_create_ruleset_version]' no ruleset is created:
%% the call returns `{ok, ABI}', the highest Landlock ABI version the
%% kernel supports, and `Attr' is ignored.
%%
%% A key other than those three is malformed (`badarg'); an unknown right
%% or flag gives `{error, enotsup}'. A right the running kernel does not
%% know gives `{error, einval}'. `alcove_landlock' builds rulesets that
%% fit the kernel.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:landlock_create_ruleset(Drv, [], #{}, [landlock_create_ruleset_version]).
%% {ok,7}
%% 3> alcove:landlock_create_ruleset(Drv, [], #{handled_access_fs => [read_file, write_file]}, []).
%% {ok,6}
%% '''
-spec landlock_create_ruleset(Drv :: alcove_drv:ref(),
                              Pipeline :: [pid_t()],
                              Attr :: landlock_ruleset_attr(),
                              Flags :: [constant()]) ->
                                 {ok, fd() | pos_integer()} |
                                 {error, posix()} |
                                 {error, not_owner}.
landlock_create_ruleset(Drv, Pipeline, Attr, Flags) ->
    case alcove_drv:call(Drv, Pipeline, landlock_create_ruleset, [Attr, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Attr, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `landlock_create_ruleset/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec landlock_create_ruleset(Drv :: alcove_drv:ref(),
                              Pipeline :: [pid_t()],
                              Attr :: landlock_ruleset_attr(),
                              Flags :: [constant()],
                              Timeout :: timeout()) ->
                                 {ok, fd() | pos_integer()} |
                                 {error, posix()} |
                                 {error, not_owner}.
landlock_create_ruleset(Drv, Pipeline, Attr, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, landlock_create_ruleset, [Attr, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Attr, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Apply a Landlock ruleset to the process (landlock_restrict_self(2)).
%%
%% From then on the process and everything it forks or execs is denied the
%% access the ruleset handles, except what its rules allow. A process can
%% only add restrictions, never remove them. The process must have set
%% `no_new_privs' (`prctl(Drv, Pipeline, pr_set_no_new_privs, 1, 0, 0, 0)')
%% unless it has `cap_sys_admin'. `Flags' is `[]' or a list of
%% `landlock_restrict_self_log_*' flags (ABI 7).
%%
%% `alcove_landlock:restrict/3' does all of it in one call.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, RS} = alcove:landlock_create_ruleset(Drv, [Pid], #{handled_access_fs => [read_file]}, []).
%% {ok,6}
%% 4> {ok, 0, _, _, _, _} = alcove:prctl(Drv, [Pid], pr_set_no_new_privs, 1, 0, 0, 0).
%% 5> alcove:landlock_restrict_self(Drv, [Pid], RS, []).
%% ok
%% 6> alcove:open(Drv, [Pid], "/etc/passwd", [o_rdonly], 0).
%% {error,eacces}
%% '''
-spec landlock_restrict_self(Drv :: alcove_drv:ref(),
                             Pipeline :: [pid_t()],
                             RulesetFD :: fd(),
                             Flags :: [constant()]) ->
                                ok |
                                {error, posix()} |
                                {error, not_owner}.
landlock_restrict_self(Drv, Pipeline, RulesetFD, Flags) ->
    case alcove_drv:call(Drv, Pipeline, landlock_restrict_self, [RulesetFD, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, RulesetFD, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `landlock_restrict_self/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec landlock_restrict_self(Drv :: alcove_drv:ref(),
                             Pipeline :: [pid_t()],
                             RulesetFD :: fd(),
                             Flags :: [constant()],
                             Timeout :: timeout()) ->
                                ok |
                                {error, posix()} |
                                {error, not_owner}.
landlock_restrict_self(Drv, Pipeline, RulesetFD, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, landlock_restrict_self, [RulesetFD, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, RulesetFD, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Make a new hard link to a file (link(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:link(Drv, [], "/tmp/alcove.txt", "/tmp/alcove.lnk").
%% ok
%% '''
-spec link(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           OldPath :: iodata(),
           NewPath :: iodata()) ->
              ok | {error, posix()} | {error, not_owner}.
link(Drv, Pipeline, OldPath, NewPath) ->
    case alcove_drv:call(Drv, Pipeline, link, [OldPath, NewPath], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OldPath, NewPath]);
        Reply -> Reply
    end.

%% @doc Same as `link/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec link(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           OldPath :: iodata(),
           NewPath :: iodata(),
           Timeout :: timeout()) ->
              ok | {error, posix()} | {error, not_owner}.
link(Drv, Pipeline, OldPath, NewPath, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, link, [OldPath, NewPath], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OldPath, NewPath, Timeout]);
        Reply -> Reply
    end.

%% @doc Move the offset of a descriptor (lseek(2)). `Whence' is 0 (from the
%% start), 1 (from the current offset) or 2 (from the end). Only `ok' is
%% returned, not the new offset.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/etc/passwd", [o_rdonly], 0).
%% {ok,8}
%% 3> alcove:lseek(Drv, [], FD, 5, 0).
%% ok
%% '''
-spec lseek(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Offset :: int64_t(),
            Whence :: int32_t()) ->
               ok | {error, posix()} | {error, not_owner}.
lseek(Drv, Pipeline, FD, Offset, Whence) ->
    case alcove_drv:call(Drv, Pipeline, lseek, [FD, Offset, Whence], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Offset, Whence]);
        Reply -> Reply
    end.

%% @doc Same as `lseek/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec lseek(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Offset :: int64_t(),
            Whence :: int32_t(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
lseek(Drv, Pipeline, FD, Offset, Whence, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, lseek, [FD, Offset, Whence], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Offset, Whence, Timeout]);
        Reply -> Reply
    end.

%% @doc Create an anonymous file that lives in memory (memfd_create(2)).
%%
%% `Name' shows in `/proc/self/fd' (as `memfd:Name'); `Flags' is a list
%% of `mfd_cloexec', `mfd_allow_sealing', `mfd_hugetlb' ... With
%% `mfd_allow_sealing' the file can be sealed with `fcntl/5' and
%% `f_add_seals' (`f_seal_write', `f_seal_grow', `f_seal_shrink',
%% `f_seal_seal', combined with `define/3'). A memfd holding a program can
%% be run with `execveat/7' and `at_empty_path'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:memfd_create(Drv, [], "data", [mfd_cloexec, mfd_allow_sealing]).
%% {ok,6}
%% 3> alcove:write(Drv, [], FD, <<"abc">>).
%% {ok,3}
%% 4> alcove:fcntl(Drv, [], FD, f_add_seals, alcove:define(Drv, [], [f_seal_write, f_seal_grow])).
%% {ok,0}
%% 5> alcove:write(Drv, [], FD, <<"d">>).
%% {error,eperm}
%% '''
-spec memfd_create(Drv :: alcove_drv:ref(),
                   Pipeline :: [pid_t()],
                   Name :: iodata(),
                   Flags :: [constant()]) ->
                      {ok, fd()} | {error, posix()} | {error, not_owner}.
memfd_create(Drv, Pipeline, Name, Flags) ->
    case alcove_drv:call(Drv, Pipeline, memfd_create, [Name, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `memfd_create/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec memfd_create(Drv :: alcove_drv:ref(),
                   Pipeline :: [pid_t()],
                   Name :: iodata(),
                   Flags :: [constant()],
                   Timeout :: timeout()) ->
                      {ok, fd()} | {error, posix()} | {error, not_owner}.
memfd_create(Drv, Pipeline, Name, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, memfd_create, [Name, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a directory (mkdir(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:mkdir(Drv, [], "/tmp/alcove.d", 8#755).
%% ok
%% 3> alcove:mkdir(Drv, [], "/tmp/alcove.d", 8#755).
%% {error,eexist}
%% '''
-spec mkdir(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Mode :: mode_t()) ->
               ok | {error, posix()} | {error, not_owner}.
mkdir(Drv, Pipeline, Path, Mode) ->
    case alcove_drv:call(Drv, Pipeline, mkdir, [Path, Mode], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Mode]);
        Reply -> Reply
    end.

%% @doc Same as `mkdir/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec mkdir(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Mode :: mode_t(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
mkdir(Drv, Pipeline, Path, Mode, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, mkdir, [Path, Mode], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Mode, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a named pipe (mkfifo(3)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:mkfifo(Drv, [], "/tmp/alcove.fifo", 8#600).
%% ok
%% '''
-spec mkfifo(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Mode :: mode_t()) ->
                ok | {error, posix()} | {error, not_owner}.
mkfifo(Drv, Pipeline, Path, Mode) ->
    case alcove_drv:call(Drv, Pipeline, mkfifo, [Path, Mode], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Mode]);
        Reply -> Reply
    end.

%% @doc Same as `mkfifo/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec mkfifo(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Mode :: mode_t(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
mkfifo(Drv, Pipeline, Path, Mode, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, mkfifo, [Path, Mode], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Mode, Timeout]);
        Reply -> Reply
    end.

%% @doc Mount a file system (mount(2)).
%%
%% On Linux `Source', `FSType' and `Data' are passed to mount(2), an
%% empty one as NULL, and `Options' is ignored; BSDs pass `FSType',
%% `Target', `Flags' and `Data'; Solaris uses `Options' as its option
%% buffer. `Flags' is a list of `ms_*'/`mnt_*' names or an integer.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> alcove:mount(Drv, [Pid], "/tmp", "/mnt", "", [ms_bind, ms_rdonly, ms_noexec], "", "").
%% ok
%% '''
-spec mount(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Source :: iodata(),
            Target :: iodata(),
            FSType :: iodata(),
            Flags :: integer() | [constant()],
            Data :: iodata(),
            Options :: iodata()) ->
               ok | {error, posix()} | {error, not_owner}.
mount(Drv, Pipeline, Source, Target, FSType, Flags, Data, Options) ->
    case alcove_drv:call(Drv, Pipeline, mount, [Source, Target, FSType, Flags, Data, Options], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Source, Target, FSType, Flags, Data, Options]);
        Reply -> Reply
    end.

%% @doc Same as `mount/8', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec mount(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Source :: iodata(),
            Target :: iodata(),
            FSType :: iodata(),
            Flags :: integer() | [constant()],
            Data :: iodata(),
            Options :: iodata(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
mount(Drv, Pipeline, Source, Target, FSType, Flags, Data, Options, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, mount, [Source, Target, FSType, Flags, Data, Options], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Source, Target, FSType, Flags, Data, Options, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a mount flag (`ms_rdonly', `mnt_detach', or the portable
%% `rdonly', `nosuid', `noexec', `noatime') on this system, or `unknown'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:mount_constant(Drv, [], ms_bind).
%% 4096
%% '''
-spec mount_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom()) ->
                        integer() | unknown | {error, not_owner}.
mount_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, mount_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `mount_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec mount_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom(),
                     Timeout :: timeout()) ->
                        integer() | unknown | {error, not_owner}.
mount_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, mount_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Change the properties of a mount or a mount tree (mount_setattr(2)).
%%
%% `DirFD'/`Path' name the mount (`at_empty_path' with `""' takes
%% `DirFD' itself, such as a detached mount from `open_tree/5'; with
%% `at_recursive' every mount below changes too). `Attr' is a map:
%%
%% <ul>
%% <li>`attr_set', `attr_clr': lists of `mount_attr_*' to set and to clear
%% (`mount_attr_rdonly', `mount_attr_nosuid', `mount_attr_nodev',
%% `mount_attr_noexec', `mount_attr_noatime', `mount_attr_nosymfollow',
%% `mount_attr_idmap' ...);</li>
%% <li>`propagation': `ms_private', `ms_shared', `ms_slave' or
%% `ms_unbindable';</li>
%% <li>`userns_fd': with `mount_attr_idmap', a descriptor of a user
%% namespace (`/proc/PID/ns/user'): files then show the owners mapped
%% through that namespace's uid and gid maps (an idmapped mount; only on
%% a detached mount, on filesystems that support it).</li>
%% </ul>
%%
%% A key other than those is malformed (`badarg'); an unknown constant
%% gives `{error, enotsup}'.
%%
%% Linux only (5.12 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> {ok, FD} = alcove:open_tree(Drv, [Pid], at_fdcwd, "/srv",
%% 3>     [open_tree_clone, open_tree_cloexec, at_recursive]).
%% {ok,6}
%% 4> alcove:mount_setattr(Drv, [Pid], FD, "", [at_empty_path, at_recursive],
%% 4>     #{attr_set => [mount_attr_rdonly, mount_attr_nosuid], propagation => ms_private}).
%% ok
%% '''
-spec mount_setattr(Drv :: alcove_drv:ref(),
                    Pipeline :: [pid_t()],
                    DirFD :: dirfd(),
                    Path :: iodata(),
                    Flags :: [constant()],
                    Attr :: mount_attr()) ->
                       ok | {error, posix()} | {error, not_owner}.
mount_setattr(Drv, Pipeline, DirFD, Path, Flags, Attr) ->
    case alcove_drv:call(Drv, Pipeline, mount_setattr, [DirFD, Path, Flags, Attr], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, DirFD, Path, Flags, Attr]);
        Reply -> Reply
    end.

%% @doc Same as `mount_setattr/6', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec mount_setattr(Drv :: alcove_drv:ref(),
                    Pipeline :: [pid_t()],
                    DirFD :: dirfd(),
                    Path :: iodata(),
                    Flags :: [constant()],
                    Attr :: mount_attr(),
                    Timeout :: timeout()) ->
                       ok | {error, posix()} | {error, not_owner}.
mount_setattr(Drv, Pipeline, DirFD, Path, Flags, Attr, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, mount_setattr, [DirFD, Path, Flags, Attr], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, DirFD, Path, Flags, Attr, Timeout]);
        Reply -> Reply
    end.

%% @doc Attach or move a mount (move_mount(2)).
%%
%% The mount at `FromFD'/`FromPath' is moved to `ToFD'/`ToPath' (each
%% descriptor may be `at_fdcwd'). With `move_mount_f_empty_path' and an
%% empty `FromPath', `FromFD' itself is the mount: a detached one from
%% `open_tree/5' (`open_tree_clone') or `fsmount/5' is attached this way.
%% Other flags: `move_mount_t_empty_path', `move_mount_f_symlinks',
%% `move_mount_t_symlinks', `move_mount_set_group' ...
%%
%% Linux only (5.2 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> {ok, FS} = alcove:fsopen(Drv, [Pid], "tmpfs", [fsopen_cloexec]).
%% {ok,6}
%% 4> ok = alcove:fsconfig(Drv, [Pid], FS, fsconfig_cmd_create, [], [], 0).
%% 5> {ok, M} = alcove:fsmount(Drv, [Pid], FS, [fsmount_cloexec], []).
%% {ok,7}
%% 6> alcove:move_mount(Drv, [Pid], M, "", at_fdcwd, "/mnt", [move_mount_f_empty_path]).
%% ok
%% '''
-spec move_mount(Drv :: alcove_drv:ref(),
                 Pipeline :: [pid_t()],
                 FromFD :: dirfd(),
                 FromPath :: iodata(),
                 ToFD :: dirfd(),
                 ToPath :: iodata(),
                 Flags :: [constant()]) ->
                    ok | {error, posix()} | {error, not_owner}.
move_mount(Drv, Pipeline, FromFD, FromPath, ToFD, ToPath, Flags) ->
    case alcove_drv:call(Drv, Pipeline, move_mount, [FromFD, FromPath, ToFD, ToPath, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FromFD, FromPath, ToFD, ToPath, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `move_mount/7', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec move_mount(Drv :: alcove_drv:ref(),
                 Pipeline :: [pid_t()],
                 FromFD :: dirfd(),
                 FromPath :: iodata(),
                 ToFD :: dirfd(),
                 ToPath :: iodata(),
                 Flags :: [constant()],
                 Timeout :: timeout()) ->
                    ok | {error, posix()} | {error, not_owner}.
move_mount(Drv, Pipeline, FromFD, FromPath, ToFD, ToPath, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, move_mount, [FromFD, FromPath, ToFD, ToPath, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FromFD, FromPath, ToFD, ToPath, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Open a file (open(2)) and return the new descriptor of the process.
%%
%% `Flags' is a list of `o_*' names (a bare atom raises `badarg') or an
%% integer; `Mode' applies to files created with `o_creat'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:open(Drv, [], "/tmp/alcove.txt", [o_wronly, o_creat, o_trunc], 8#644).
%% {ok,8}
%% 3> alcove:open(Drv, [], "/nonexist", [o_rdonly], 0).
%% {error,enoent}
%% '''
-spec open(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Path :: iodata(),
           Flags :: integer() | [constant()],
           Mode :: mode_t()) ->
              {ok, fd()} | {error, posix()} | {error, not_owner}.
open(Drv, Pipeline, Path, Flags, Mode) ->
    case alcove_drv:call(Drv, Pipeline, open, [Path, Flags, Mode], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Flags, Mode]);
        Reply -> Reply
    end.

%% @doc Same as `open/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec open(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           Path :: iodata(),
           Flags :: integer() | [constant()],
           Mode :: mode_t(),
           Timeout :: timeout()) ->
              {ok, fd()} | {error, posix()} | {error, not_owner}.
open(Drv, Pipeline, Path, Flags, Mode, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, open, [Path, Flags, Mode], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Flags, Mode, Timeout]);
        Reply -> Reply
    end.

%% @doc Open a mount, or a detached copy of it (open_tree(2)).
%%
%% `DirFD' (a descriptor or `at_fdcwd') and `Path' name the mount. With
%% `Flags' `[open_tree_clone]' the result is a new, detached bind mount
%% of it (with `at_recursive', of the whole tree below it), invisible
%% until `move_mount/7' attaches it; `mount_setattr/6' can change it first.
%% Other flags: `open_tree_cloexec', `at_empty_path', `at_symlink_nofollow',
%% `at_no_automount'.
%%
%% Linux only (5.2 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> {ok, FD} = alcove:open_tree(Drv, [Pid], at_fdcwd, "/usr",
%% 3>     [open_tree_clone, open_tree_cloexec, at_recursive]).
%% {ok,6}
%% 4> ok = alcove:mount_setattr(Drv, [Pid], FD, "", [at_empty_path, at_recursive],
%% 4>     #{attr_set => [mount_attr_rdonly]}).
%% 5> alcove:move_mount(Drv, [Pid], FD, "", at_fdcwd, "/mnt", [move_mount_f_empty_path]).
%% ok
%% '''
-spec open_tree(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                DirFD :: dirfd(),
                Path :: iodata(),
                Flags :: [constant()]) ->
                   {ok, fd()} | {error, posix()} | {error, not_owner}.
open_tree(Drv, Pipeline, DirFD, Path, Flags) ->
    case alcove_drv:call(Drv, Pipeline, open_tree, [DirFD, Path, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, DirFD, Path, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `open_tree/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec open_tree(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                DirFD :: dirfd(),
                Path :: iodata(),
                Flags :: [constant()],
                Timeout :: timeout()) ->
                   {ok, fd()} | {error, posix()} | {error, not_owner}.
open_tree(Drv, Pipeline, DirFD, Path, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, open_tree, [DirFD, Path, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, DirFD, Path, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Duplicate descriptor `TargetFD' of the process behind a pidfd into the
%% calling process (pidfd_getfd(2)); the copy is close-on-exec.
%%
%% The caller needs ptrace access to the target (the same user, or
%% `cap_sys_ptrace'). `Flags' is `[]'.
%%
%% Linux only (5.6 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, FD} = alcove:open(Drv, [Pid], "/etc/hostname", [o_rdonly], 0).
%% {ok,6}
%% 4> {ok, PidFD} = alcove:pidfd_open(Drv, [], Pid, []).
%% {ok,9}
%% 5> {ok, Copy} = alcove:pidfd_getfd(Drv, [], PidFD, FD, []).
%% {ok,10}
%% 6> alcove:read(Drv, [], Copy, 64).
%% {ok,<<"host\n">>}
%% '''
-spec pidfd_getfd(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  PidFD :: fd(),
                  TargetFD :: fd(),
                  Flags :: [constant()]) ->
                     {ok, fd()} | {error, posix()} | {error, not_owner}.
pidfd_getfd(Drv, Pipeline, PidFD, TargetFD, Flags) ->
    case alcove_drv:call(Drv, Pipeline, pidfd_getfd, [PidFD, TargetFD, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, PidFD, TargetFD, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `pidfd_getfd/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec pidfd_getfd(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  PidFD :: fd(),
                  TargetFD :: fd(),
                  Flags :: [constant()],
                  Timeout :: timeout()) ->
                     {ok, fd()} | {error, posix()} | {error, not_owner}.
pidfd_getfd(Drv, Pipeline, PidFD, TargetFD, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, pidfd_getfd, [PidFD, TargetFD, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, PidFD, TargetFD, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Open a descriptor referring to the process `OSPid' (pidfd_open(2)).
%%
%% A pidfd names one process for as long as the descriptor is open: once
%% the process is gone and reaped, `pidfd_send_signal/5' on it fails with
%% `{error, esrch}' instead of signalling whatever process reused the pid.
%% `Flags' is `[]' or `[pidfd_nonblock]'. The descriptor is close-on-exec.
%%
%% Linux only (5.3 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, PidFD} = alcove:pidfd_open(Drv, [], Pid, []).
%% {ok,9}
%% 4> alcove:pidfd_send_signal(Drv, [], PidFD, sigterm, []).
%% ok
%% '''
-spec pidfd_open(Drv :: alcove_drv:ref(),
                 Pipeline :: [pid_t()],
                 OSPid :: pid_t(),
                 Flags :: [constant()]) ->
                    {ok, fd()} | {error, posix()} | {error, not_owner}.
pidfd_open(Drv, Pipeline, OSPid, Flags) ->
    case alcove_drv:call(Drv, Pipeline, pidfd_open, [OSPid, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `pidfd_open/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec pidfd_open(Drv :: alcove_drv:ref(),
                 Pipeline :: [pid_t()],
                 OSPid :: pid_t(),
                 Flags :: [constant()],
                 Timeout :: timeout()) ->
                    {ok, fd()} | {error, posix()} | {error, not_owner}.
pidfd_open(Drv, Pipeline, OSPid, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, pidfd_open, [OSPid, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Send `Signal' to the process behind a pidfd (pidfd_send_signal(2)).
%%
%% `Signal' is a signal name (`sigterm') or number; `Flags' is `[]'. No
%% siginfo is passed: the receiver sees the same as for `kill/4'. After the
%% process has exited and been reaped the call fails with
%% `{error, esrch}'; it never reaches another process.
%%
%% Linux only (5.1 and later): elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> {ok, PidFD} = alcove:pidfd_open(Drv, [], Pid, []).
%% {ok,9}
%% 4> ok = alcove:execvp(Drv, [Pid], "sleep", ["sleep", "60"]).
%% ok
%% 5> alcove:pidfd_send_signal(Drv, [], PidFD, sigterm, []).
%% ok
%% 6> alcove:event(Drv, [Pid], 5000).
%% {termsig,sigterm}
%% 7> alcove:pidfd_send_signal(Drv, [], PidFD, sigterm, []).
%% {error,esrch}
%% '''
-spec pidfd_send_signal(Drv :: alcove_drv:ref(),
                        Pipeline :: [pid_t()],
                        PidFD :: fd(),
                        Signal :: constant(),
                        Flags :: [constant()]) ->
                           ok | {error, posix()} | {error, not_owner}.
pidfd_send_signal(Drv, Pipeline, PidFD, Signal, Flags) ->
    case alcove_drv:call(Drv, Pipeline, pidfd_send_signal, [PidFD, Signal, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, PidFD, Signal, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `pidfd_send_signal/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec pidfd_send_signal(Drv :: alcove_drv:ref(),
                        Pipeline :: [pid_t()],
                        PidFD :: fd(),
                        Signal :: constant(),
                        Flags :: [constant()],
                        Timeout :: timeout()) ->
                           ok | {error, posix()} | {error, not_owner}.
pidfd_send_signal(Drv, Pipeline, PidFD, Signal, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, pidfd_send_signal, [PidFD, Signal, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, PidFD, Signal, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Change the root mount of the process's mount namespace (pivot_root(2)).
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> alcove:mount(Drv, [Pid], "none", "/", [], [ms_rec, ms_private], [], []).
%% ok
%% 4> alcove:mount(Drv, [Pid], "/srv/root", "/srv/root", [], [ms_bind], [], []).
%% ok
%% 5> alcove:chdir(Drv, [Pid], "/srv/root").
%% ok
%% 6> alcove:pivot_root(Drv, [Pid], ".", ".").
%% ok
%% '''
-spec pivot_root(Drv :: alcove_drv:ref(),
                 Pipeline :: [pid_t()],
                 NewRoot :: iodata(),
                 PutOld :: iodata()) ->
                    ok | {error, posix()} | {error, not_owner}.
pivot_root(Drv, Pipeline, NewRoot, PutOld) ->
    case alcove_drv:call(Drv, Pipeline, pivot_root, [NewRoot, PutOld], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, NewRoot, PutOld]);
        Reply -> Reply
    end.

%% @doc Same as `pivot_root/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec pivot_root(Drv :: alcove_drv:ref(),
                 Pipeline :: [pid_t()],
                 NewRoot :: iodata(),
                 PutOld :: iodata(),
                 Timeout :: timeout()) ->
                    ok | {error, posix()} | {error, not_owner}.
pivot_root(Drv, Pipeline, NewRoot, PutOld, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, pivot_root, [NewRoot, PutOld], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, NewRoot, PutOld, Timeout]);
        Reply -> Reply
    end.

%% @doc Restrict the system calls of the process (pledge(2)). `Promises'
%% applies now and `ExecPromises' to programs it exec's; `[]' leaves a
%% set unchanged (NULL) while `<<>>' is the empty set.
%%
%% OpenBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:pledge(Drv, [Pid], <<"stdio proc exec">>, []).
%% ok
%% '''
-spec pledge(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Promises :: iodata(),
             ExecPromises :: iodata()) ->
                ok | {error, posix()} | {error, not_owner}.
pledge(Drv, Pipeline, Promises, ExecPromises) ->
    case alcove_drv:call(Drv, Pipeline, pledge, [Promises, ExecPromises], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Promises, ExecPromises]);
        Reply -> Reply
    end.

%% @doc Same as `pledge/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec pledge(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Promises :: iodata(),
             ExecPromises :: iodata(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
pledge(Drv, Pipeline, Promises, ExecPromises, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, pledge, [Promises, ExecPromises], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Promises, ExecPromises, Timeout]);
        Reply -> Reply
    end.

%% @doc Operations on the process (prctl(2)).
%%
%% `Option' is a `pr_*' name or number. Each of the other arguments is
%% an integer or name (passed by value), `[]' (0), a binary or a cstruct
%% (passed by pointer to a copy). The result holds prctl's return value
%% and each argument read back after the call.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:prctl(Drv, [Pid], pr_set_name, <<"test", 0>>, 0, 0, 0).
%% {ok,0,<<116,101,115,116,0>>,0,0,0}
%% 4> alcove:prctl(Drv, [Pid], pr_get_name, <<0:(17*8)>>, 0, 0, 0).
%% {ok,0,<<116,101,115,116,0,0,0,0,0,0,0,0,0,0,0,0,0>>,0,0,0}
%% '''
-spec prctl(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Option :: constant(),
            Arg2 :: ptr_arg() | [],
            Arg3 :: ptr_arg() | [],
            Arg4 :: ptr_arg() | [],
            Arg5 :: ptr_arg() | []) ->
               {ok,
                integer(),
                ptr_val(),
                ptr_val(),
                ptr_val(),
                ptr_val()} |
               {error, posix()} |
               {error, not_owner}.
prctl(Drv, Pipeline, Option, Arg2, Arg3, Arg4, Arg5) ->
    case alcove_drv:call(Drv, Pipeline, prctl, [Option, Arg2, Arg3, Arg4, Arg5], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Option, Arg2, Arg3, Arg4, Arg5]);
        Reply -> Reply
    end.

%% @doc Same as `prctl/7', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec prctl(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Option :: constant(),
            Arg2 :: ptr_arg() | [],
            Arg3 :: ptr_arg() | [],
            Arg4 :: ptr_arg() | [],
            Arg5 :: ptr_arg() | [],
            Timeout :: timeout()) ->
               {ok,
                integer(),
                ptr_val(),
                ptr_val(),
                ptr_val(),
                ptr_val()} |
               {error, posix()} |
               {error, not_owner}.
prctl(Drv, Pipeline, Option, Arg2, Arg3, Arg4, Arg5, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, prctl, [Option, Arg2, Arg3, Arg4, Arg5], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Option, Arg2, Arg3, Arg4, Arg5, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a prctl option or argument (`pr_set_name',
%% `seccomp_mode_filter', ...) on this system, or `unknown'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:prctl_constant(Drv, [], pr_set_name).
%% 15
%% '''
-spec prctl_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom()) ->
                        integer() | unknown | {error, not_owner}.
prctl_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, prctl_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `prctl_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec prctl_constant(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Name :: atom(),
                     Timeout :: timeout()) ->
                        integer() | unknown | {error, not_owner}.
prctl_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, prctl_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Control a process or process group (procctl(2)). `IdType' is `p_pid'
%% or `p_pgid', `Cmd' a `proc_*' name; `Data' is `[]' (NULL) or a
%% cstruct, returned with the raw buffer after the call.
%%
%% FreeBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:procctl(Drv, [], p_pid, 0, proc_reap_acquire, []).
%% {ok,<<>>,[]}
%% '''
-spec procctl(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              IdType :: constant(),
              Id :: pid_t(),
              Cmd :: constant(),
              Data :: [] | cstruct()) ->
                 {ok, binary(), [] | cstruct()} |
                 {error, posix()} |
                 {error, not_owner}.
procctl(Drv, Pipeline, IdType, Id, Cmd, Data) ->
    case alcove_drv:call(Drv, Pipeline, procctl, [IdType, Id, Cmd, Data], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, IdType, Id, Cmd, Data]);
        Reply -> Reply
    end.

%% @doc Same as `procctl/6', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec procctl(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              IdType :: constant(),
              Id :: pid_t(),
              Cmd :: constant(),
              Data :: [] | cstruct(),
              Timeout :: timeout()) ->
                 {ok, binary(), [] | cstruct()} |
                 {error, posix()} |
                 {error, not_owner}.
procctl(Drv, Pipeline, IdType, Id, Cmd, Data, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, procctl, [IdType, Id, Cmd, Data], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, IdType, Id, Cmd, Data, Timeout]);
        Reply -> Reply
    end.

%% @doc Trace a process (ptrace(2)).
%%
%% `Request' is a `ptrace_*' name or number. `Addr' and `Data' are
%% integers (passed by value, returned as `<<>>'), binaries or cstructs
%% (passed by pointer, returned after the call). Errors are detected
%% with errno, so a peeked value of -1 is a value.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:ptrace(Drv, [Pid], ptrace_traceme, 0, 0, 0).
%% {ok,0,<<>>,<<>>}
%% '''
-spec ptrace(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Request :: constant(),
             OSPid :: pid_t(),
             Addr :: uint64_t() | binary() | cstruct(),
             Data :: uint64_t() | binary() | cstruct()) ->
                {ok, integer(), ptr_val(), ptr_val()} |
                {error, posix()} |
                {error, not_owner}.
ptrace(Drv, Pipeline, Request, OSPid, Addr, Data) ->
    case alcove_drv:call(Drv, Pipeline, ptrace, [Request, OSPid, Addr, Data], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Request, OSPid, Addr, Data]);
        Reply -> Reply
    end.

%% @doc Same as `ptrace/6', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec ptrace(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Request :: constant(),
             OSPid :: pid_t(),
             Addr :: uint64_t() | binary() | cstruct(),
             Data :: uint64_t() | binary() | cstruct(),
             Timeout :: timeout()) ->
                {ok, integer(), ptr_val(), ptr_val()} |
                {error, posix()} |
                {error, not_owner}.
ptrace(Drv, Pipeline, Request, OSPid, Addr, Data, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, ptrace, [Request, OSPid, Addr, Data], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Request, OSPid, Addr, Data, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a ptrace request or option (`ptrace_traceme',
%% `ptrace_o_tracefork', ...) on this system, or `unknown'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:ptrace_constant(Drv, [], ptrace_traceme).
%% 0
%% '''
-spec ptrace_constant(Drv :: alcove_drv:ref(),
                      Pipeline :: [pid_t()],
                      Name :: atom()) ->
                         integer() | unknown | {error, not_owner}.
ptrace_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, ptrace_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `ptrace_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec ptrace_constant(Drv :: alcove_drv:ref(),
                      Pipeline :: [pid_t()],
                      Name :: atom(),
                      Timeout :: timeout()) ->
                         integer() | unknown | {error, not_owner}.
ptrace_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, ptrace_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the window size of the terminal of child `OSPid', made by
%% `forkpty/4' (ioctl TIOCSWINSZ on its master). The kernel sends SIGWINCH
%% to the terminal's foreground process group (a child still running the
%% event loop reports it as a `{signal, sigwinch, _}' event).
%%
%% Sent to the child's parent: `Pipeline' is the parent's pipeline.
%% Returns `{error, esrch}' if the parent has no child `OSPid',
%% `{error, enotty}' if the child is not on a terminal, and
%% `{error, ebadf}' once the parent closed its ends of the terminal.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:forkpty(Drv, [], 24, 80).
%% {ok,75174}
%% 3> alcove:ptysize(Drv, [], Pid, 50, 132).
%% ok
%% 4> alcove:execvp(Drv, [Pid], "/bin/sh", ["sh", "-c", "stty size"]).
%% ok
%% 5> alcove:stdout(Drv, [Pid], 1000).
%% [<<"50 132\r\n">>]
%% '''
-spec ptysize(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              OSPid :: pid_t(),
              Rows :: uint16_t(),
              Cols :: uint16_t()) ->
                 ok | {error, posix()} | {error, not_owner}.
ptysize(Drv, Pipeline, OSPid, Rows, Cols) ->
    case alcove_drv:call(Drv, Pipeline, ptysize, [OSPid, Rows, Cols], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Rows, Cols]);
        Reply -> Reply
    end.

%% @doc Same as `ptysize/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec ptysize(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              OSPid :: pid_t(),
              Rows :: uint16_t(),
              Cols :: uint16_t(),
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
ptysize(Drv, Pipeline, OSPid, Rows, Cols, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, ptysize, [OSPid, Rows, Cols], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Rows, Cols, Timeout]);
        Reply -> Reply
    end.

%% @doc Read at most `Count' bytes from a descriptor, once (read(2));
%% `{ok, <<>>}' at end of file.
%%
%% There is no 64 KiB limit: `Count' may be up to 64 MiB (larger counts
%% are reduced to that), and the reply comes back whole at any depth.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/etc/hostname", [o_rdonly], 0).
%% {ok,8}
%% 3> alcove:read(Drv, [], FD, 64).
%% {ok,<<"host1\n">>}
%% 4> alcove:read(Drv, [], FD, 64).
%% {ok,<<>>}
%% '''
-spec read(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           FD :: fd(),
           Count :: size_t()) ->
              {ok, binary()} | {error, posix()} | {error, not_owner}.
read(Drv, Pipeline, FD, Count) ->
    case alcove_drv:call(Drv, Pipeline, read, [FD, Count], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Count]);
        Reply -> Reply
    end.

%% @doc Same as `read/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec read(Drv :: alcove_drv:ref(),
           Pipeline :: [pid_t()],
           FD :: fd(),
           Count :: size_t(),
           Timeout :: timeout()) ->
              {ok, binary()} | {error, posix()} | {error, not_owner}.
read(Drv, Pipeline, FD, Count, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, read, [FD, Count], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Count, Timeout]);
        Reply -> Reply
    end.

%% @doc List a directory (readdir(3)), `.' and `..' included, in directory
%% order.
%%
%% The reply has no 64 KiB limit; only a reply over about 127 MiB (the
%% frame limit less room for the pipeline's headers) is answered
%% `{error, eoverflow}'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:readdir(Drv, [], "/tmp/alcove.d").
%% {ok,[<<".">>,<<"..">>,<<"a">>]}
%% '''
-spec readdir(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Path :: iodata()) ->
                 {ok, [binary()]} |
                 {error, posix()} |
                 {error, not_owner}.
readdir(Drv, Pipeline, Path) ->
    case alcove_drv:call(Drv, Pipeline, readdir, [Path], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path]);
        Reply -> Reply
    end.

%% @doc Same as `readdir/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec readdir(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Path :: iodata(),
              Timeout :: timeout()) ->
                 {ok, [binary()]} |
                 {error, posix()} |
                 {error, not_owner}.
readdir(Drv, Pipeline, Path, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, readdir, [Path], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a resource name (`rlimit_nofile', ...) on this system, or
%% `unknown'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:rlimit_constant(Drv, [], rlimit_nofile).
%% 7
%% '''
-spec rlimit_constant(Drv :: alcove_drv:ref(),
                      Pipeline :: [pid_t()],
                      Name :: atom()) ->
                         integer() | unknown | {error, not_owner}.
rlimit_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, rlimit_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `rlimit_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec rlimit_constant(Drv :: alcove_drv:ref(),
                      Pipeline :: [pid_t()],
                      Name :: atom(),
                      Timeout :: timeout()) ->
                         integer() | unknown | {error, not_owner}.
rlimit_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, rlimit_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Remove an empty directory (rmdir(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:rmdir(Drv, [], "/tmp/alcove.d").
%% ok
%% '''
-spec rmdir(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata()) ->
               ok | {error, posix()} | {error, not_owner}.
rmdir(Drv, Pipeline, Path) ->
    case alcove_drv:call(Drv, Pipeline, rmdir, [Path], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path]);
        Reply -> Reply
    end.

%% @doc Same as `rmdir/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec rmdir(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            Path :: iodata(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
rmdir(Drv, Pipeline, Path, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, rmdir, [Path], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the seccomp mode of the process (seccomp(2)). `Operation' and
%% `Flags' are `seccomp_*' names or numbers; `Prog' is the filter program
%% as a `struct sock_fprog' cstruct, or `[]' (NULL, for
%% `seccomp_set_mode_strict').
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:prctl(Drv, [Pid], pr_set_no_new_privs, 1, 0, 0, 0).
%% {ok,0,1,0,0,0}
%% 4> Insns = [alcove_seccomp:stmt(16#06, 16#7fff0000)].
%% [<<6,0,0,0,0,0,255,127>>]
%% 5> Prog = [<<1:16/native>>, <<0:48>>, {ptr, iolist_to_binary(Insns)}].
%% [<<1,0>>,<<0,0,0,0,0,0>>,{ptr,<<6,0,0,0,0,0,255,127>>}]
%% 6> alcove:seccomp(Drv, [Pid], seccomp_set_mode_filter, 0, Prog).
%% ok
%% '''
-spec seccomp(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Operation :: constant(),
              Flags :: constant(),
              Prog :: [] | cstruct()) ->
                 ok | {error, posix()} | {error, not_owner}.
seccomp(Drv, Pipeline, Operation, Flags, Prog) ->
    case alcove_drv:call(Drv, Pipeline, seccomp, [Operation, Flags, Prog], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Operation, Flags, Prog]);
        Reply -> Reply
    end.

%% @doc Same as `seccomp/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec seccomp(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Operation :: constant(),
              Flags :: constant(),
              Prog :: [] | cstruct(),
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
seccomp(Drv, Pipeline, Operation, Flags, Prog, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, seccomp, [Operation, Flags, Prog], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Operation, Flags, Prog, Timeout]);
        Reply -> Reply
    end.

%% @doc Value of a seccomp operation or flag (`seccomp_set_mode_filter', ...)
%% on this system, or `unknown'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:seccomp_constant(Drv, [], seccomp_set_mode_filter).
%% 1
%% '''
-spec seccomp_constant(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       Name :: atom()) ->
                          integer() | unknown | {error, not_owner}.
seccomp_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `seccomp_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec seccomp_constant(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       Name :: atom(),
                       Timeout :: timeout()) ->
                          integer() | unknown | {error, not_owner}.
seccomp_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Install a seccomp filter in this process whose system calls in
%% `Syscalls' (`all', or a binary of native 32-bit call numbers) wait for an
%% answer from a listener, and announce the listener's descriptor.
%%
%% The low-level half of `alcove_seccomp:notify/3', which is what to call:
%% the reply is written before the filter exists, and the parent must take
%% the listener with `seccomp_notify_listen/4' before anything can answer
%% this process's calls (see doc/SECCOMP.md, "The hand-over").
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75641}
%% 3> alcove:seccomp_notify(Drv, [Pid], <<83:32/native>>).
%% {ok,6}
%% 4> alcove:seccomp_notify_listen(Drv, [], Pid, 6).
%% ok
%% '''
-spec seccomp_notify(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Syscalls :: all | binary()) ->
                        {ok, fd()} |
                        {error, posix()} |
                        {error, not_owner}.
seccomp_notify(Drv, Pipeline, Syscalls) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify, [Syscalls], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Syscalls]);
        Reply -> Reply
    end.

%% @doc Same as `seccomp_notify/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec seccomp_notify(Drv :: alcove_drv:ref(),
                     Pipeline :: [pid_t()],
                     Syscalls :: all | binary(),
                     Timeout :: timeout()) ->
                        {ok, fd()} |
                        {error, posix()} |
                        {error, not_owner}.
seccomp_notify(Drv, Pipeline, Syscalls, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify, [Syscalls], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Syscalls, Timeout]);
        Reply -> Reply
    end.

%% @doc Take the seccomp listener `FD' of child `Pid' (announced by its
%% `seccomp_notify/3') with `pidfd_getfd(2)' and watch it: the child's
%% notifications then arrive as `{seccomp_notify, Id, Syscall, Args}' events
%% about it. Used by `alcove_seccomp:notify/3'.
%%
%% `{error, einval}': `FD' is not a listener (the child's filter could not
%% be installed); `{error, ebusy}': this process holds a listener for the
%% child already; `{error, esrch}': no such child.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75641}
%% 3> {ok, FD} = alcove:seccomp_notify(Drv, [Pid], <<83:32/native>>).
%% {ok,6}
%% 4> alcove:seccomp_notify_listen(Drv, [], Pid, FD).
%% ok
%% '''
-spec seccomp_notify_listen(Drv :: alcove_drv:ref(),
                            Pipeline :: [pid_t()],
                            Pid :: pid_t(),
                            FD :: fd()) ->
                               ok |
                               {error, posix()} |
                               {error, not_owner}.
seccomp_notify_listen(Drv, Pipeline, Pid, FD) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify_listen, [Pid, FD], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Pid, FD]);
        Reply -> Reply
    end.

%% @doc Same as `seccomp_notify_listen/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec seccomp_notify_listen(Drv :: alcove_drv:ref(),
                            Pipeline :: [pid_t()],
                            Pid :: pid_t(),
                            FD :: fd(),
                            Timeout :: timeout()) ->
                               ok |
                               {error, posix()} |
                               {error, not_owner}.
seccomp_notify_listen(Drv, Pipeline, Pid, FD, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify_listen, [Pid, FD], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Pid, FD, Timeout]);
        Reply -> Reply
    end.

%% @doc Read a NUL-terminated string of at most `MaxLen' bytes at `Addr' in the
%% memory of the caller of notification `Id' of child `Pid''s listener, then
%% check that the notification is still valid. Used by
%% `alcove_seccomp:read_string/5'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> alcove:seccomp_notify_read(Drv, [], Pid, Id, Addr, 4096).
%% {ok,<<"/tmp/x">>}
%% '''
-spec seccomp_notify_read(Drv :: alcove_drv:ref(),
                          Pipeline :: [pid_t()],
                          Pid :: pid_t(),
                          Id :: non_neg_integer(),
                          Addr :: non_neg_integer(),
                          MaxLen :: non_neg_integer()) ->
                             {ok, binary()} |
                             {error, posix()} |
                             {error, not_owner}.
seccomp_notify_read(Drv, Pipeline, Pid, Id, Addr, MaxLen) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify_read, [Pid, Id, Addr, MaxLen], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Pid, Id, Addr, MaxLen]);
        Reply -> Reply
    end.

%% @doc Same as `seccomp_notify_read/6', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec seccomp_notify_read(Drv :: alcove_drv:ref(),
                          Pipeline :: [pid_t()],
                          Pid :: pid_t(),
                          Id :: non_neg_integer(),
                          Addr :: non_neg_integer(),
                          MaxLen :: non_neg_integer(),
                          Timeout :: timeout()) ->
                             {ok, binary()} |
                             {error, posix()} |
                             {error, not_owner}.
seccomp_notify_read(Drv, Pipeline, Pid, Id, Addr, MaxLen, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify_read, [Pid, Id, Addr, MaxLen], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Pid, Id, Addr, MaxLen, Timeout]);
        Reply -> Reply
    end.

%% @doc Answer notification `Id' of child `Pid''s seccomp listener: `continue'
%% runs the system call, `{errno, E}' fails it with `E', `{value, N}' makes
%% it return `N' without running. `{error, enoent}' when the notification is
%% no longer valid. Used by `alcove_seccomp:respond/4'.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> alcove:seccomp_notify_respond(Drv, [], Pid, Id, {errno, eperm}).
%% ok
%% '''
-spec seccomp_notify_respond(Drv :: alcove_drv:ref(),
                             Pipeline :: [pid_t()],
                             Pid :: pid_t(),
                             Id :: non_neg_integer(),
                             Response ::
                                 continue |
                                 {errno, posix() | pos_integer()} |
                                 {value, integer()}) ->
                                ok |
                                {error, posix()} |
                                {error, not_owner}.
seccomp_notify_respond(Drv, Pipeline, Pid, Id, Response) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify_respond, [Pid, Id, Response], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Pid, Id, Response]);
        Reply -> Reply
    end.

%% @doc Same as `seccomp_notify_respond/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec seccomp_notify_respond(Drv :: alcove_drv:ref(),
                             Pipeline :: [pid_t()],
                             Pid :: pid_t(),
                             Id :: non_neg_integer(),
                             Response ::
                                 continue |
                                 {errno, posix() | pos_integer()} |
                                 {value, integer()},
                             Timeout :: timeout()) ->
                                ok |
                                {error, posix()} |
                                {error, not_owner}.
seccomp_notify_respond(Drv, Pipeline, Pid, Id, Response, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, seccomp_notify_respond, [Pid, Id, Response], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Pid, Id, Response, Timeout]);
        Reply -> Reply
    end.

%% @doc Wait until descriptors are ready (select(2)).
%%
%% Each set is a list of descriptors open in the process. `Timeval' is
%% an `#alcove_timeval{}' record, or `[]' to wait without limit (which
%% also stops the process from relaying for its children meanwhile).
%% Returns the ready descriptors of each set.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, FD} = alcove:open(Drv, [], "/dev/null", [o_rdwr], 0).
%% {ok,8}
%% 3> alcove:select(Drv, [], [FD], [FD], [], #alcove_timeval{sec = 1}).
%% {ok,[8],[8],[]}
%% '''
-spec select(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Readfds :: fd_set(),
             Writefds :: fd_set(),
             Exceptfds :: fd_set(),
             Timeval :: [] | alcove_timeval()) ->
                {ok, fd_set(), fd_set(), fd_set()} |
                {error, posix()} |
                {error, not_owner}.
select(Drv, Pipeline, Readfds, Writefds, Exceptfds, Timeval) ->
    case alcove_drv:call(Drv, Pipeline, select, [Readfds, Writefds, Exceptfds, Timeval], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Readfds, Writefds, Exceptfds, Timeval]);
        Reply -> Reply
    end.

%% @doc Same as `select/6', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec select(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Readfds :: fd_set(),
             Writefds :: fd_set(),
             Exceptfds :: fd_set(),
             Timeval :: [] | alcove_timeval(),
             Timeout :: timeout()) ->
                {ok, fd_set(), fd_set(), fd_set()} |
                {error, posix()} |
                {error, not_owner}.
select(Drv, Pipeline, Readfds, Writefds, Exceptfds, Timeval, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, select, [Readfds, Writefds, Exceptfds, Timeval], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Readfds, Writefds, Exceptfds, Timeval, Timeout]);
        Reply -> Reply
    end.

%% @doc Set an option of one child of the process: `flowcontrol' (how many
%% more reads of its output to relay; -1 unlimited, 0 none; this sets
%% the counter, it does not add) or `signaloneof' (signal sent to it when
%% the process reads end of file). Returns `false' for other options.
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
%% '''
-spec setcpid(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              ChildPid :: pid_t(),
              Opt :: atom(),
              Val :: int32_t()) ->
                 boolean() | {error, not_owner}.
setcpid(Drv, Pipeline, ChildPid, Opt, Val) ->
    case alcove_drv:call(Drv, Pipeline, setcpid, [ChildPid, Opt, Val], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, ChildPid, Opt, Val]);
        Reply -> Reply
    end.

%% @doc Same as `setcpid/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setcpid(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              ChildPid :: pid_t(),
              Opt :: atom(),
              Val :: int32_t(),
              Timeout :: timeout()) ->
                 boolean() | {error, not_owner}.
setcpid(Drv, Pipeline, ChildPid, Opt, Val, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setcpid, [ChildPid, Opt, Val], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, ChildPid, Opt, Val, Timeout]);
        Reply -> Reply
    end.

%% @doc Set an environment variable of the process (setenv(3)); an existing
%% value is replaced only if `Overwrite' is not 0.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:setenv(Drv, [], "FOO", "bar", 1).
%% ok
%% 3> alcove:getenv(Drv, [], "FOO").
%% <<"bar">>
%% '''
-spec setenv(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Name :: iodata(),
             Value :: iodata(),
             Overwrite :: int32_t()) ->
                ok | {error, posix()} | {error, not_owner}.
setenv(Drv, Pipeline, Name, Value, Overwrite) ->
    case alcove_drv:call(Drv, Pipeline, setenv, [Name, Value, Overwrite], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Value, Overwrite]);
        Reply -> Reply
    end.

%% @doc Same as `setenv/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setenv(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Name :: iodata(),
             Value :: iodata(),
             Overwrite :: int32_t(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
setenv(Drv, Pipeline, Name, Value, Overwrite, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setenv, [Name, Value, Overwrite], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Value, Overwrite, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the group id of the process (setgid(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setgid(Drv, [Pid], 65534).
%% ok
%% 4> alcove:getgid(Drv, [Pid]).
%% 65534
%% '''
-spec setgid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Gid :: gid_t()) ->
                ok | {error, posix()} | {error, not_owner}.
setgid(Drv, Pipeline, Gid) ->
    case alcove_drv:call(Drv, Pipeline, setgid, [Gid], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Gid]);
        Reply -> Reply
    end.

%% @doc Same as `setgid/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setgid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Gid :: gid_t(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
setgid(Drv, Pipeline, Gid, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setgid, [Gid], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Gid, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the supplementary groups of the process (setgroups(2)); `[]'
%% clears them.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setgroups(Drv, [Pid], [10000, 10001]).
%% ok
%% 4> alcove:getgroups(Drv, [Pid]).
%% {ok,[10001,10000]}
%% '''
-spec setgroups(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Groups :: [gid_t()]) ->
                   ok | {error, posix()} | {error, not_owner}.
setgroups(Drv, Pipeline, Groups) ->
    case alcove_drv:call(Drv, Pipeline, setgroups, [Groups], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Groups]);
        Reply -> Reply
    end.

%% @doc Same as `setgroups/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setgroups(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Groups :: [gid_t()],
                Timeout :: timeout()) ->
                   ok | {error, posix()} | {error, not_owner}.
setgroups(Drv, Pipeline, Groups, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setgroups, [Groups], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Groups, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the host name (sethostname(2)); in a new UTS namespace this only
%% changes the name seen in that namespace.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newuts]).
%% {ok,75174}
%% 3> alcove:sethostname(Drv, [Pid], "alcove").
%% ok
%% 4> alcove:gethostname(Drv, [Pid]).
%% {ok,<<"alcove">>}
%% '''
-spec sethostname(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Name :: iodata()) ->
                     ok | {error, posix()} | {error, not_owner}.
sethostname(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, sethostname, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `sethostname/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec sethostname(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Name :: iodata(),
                  Timeout :: timeout()) ->
                     ok | {error, posix()} | {error, not_owner}.
sethostname(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, sethostname, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Move the process into the namespace open at `FD' (setns(2)).
%% `NSType' is a `clone_new*' name restricting the namespace type, or 0
%% for any.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, P1} = alcove:clone(Drv, [], [clone_newuts]).
%% {ok,75174}
%% 3> {ok, P2} = alcove:fork(Drv, []).
%% {ok,75175}
%% 4> {ok, FD} = alcove:open(Drv, [P2], ["/proc/", integer_to_list(P1), "/ns/uts"], [o_rdonly], 0).
%% {ok,6}
%% 5> alcove:setns(Drv, [P2], FD, 0).
%% ok
%% '''
-spec setns(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            NSType :: constant()) ->
               ok | {error, posix()} | {error, not_owner}.
setns(Drv, Pipeline, FD, NSType) ->
    case alcove_drv:call(Drv, Pipeline, setns, [FD, NSType], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, NSType]);
        Reply -> Reply
    end.

%% @doc Same as `setns/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setns(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            NSType :: constant(),
            Timeout :: timeout()) ->
               ok | {error, posix()} | {error, not_owner}.
setns(Drv, Pipeline, FD, NSType, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setns, [FD, NSType], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, NSType, Timeout]);
        Reply -> Reply
    end.

%% @doc Set an option of the process (see `getopt/3'). Returns `true' when
%% the option was set, `false' for an unknown option or a refused
%% `maxchild' value. Children take their options from their parent when
%% they are created.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setopt(Drv, [Pid], maxforkdepth, 2).
%% true
%% 4> alcove:getopt(Drv, [Pid], maxforkdepth).
%% 2
%% '''
-spec setopt(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Opt :: atom(),
             Val :: int32_t()) ->
                boolean() | {error, not_owner}.
setopt(Drv, Pipeline, Opt, Val) ->
    case alcove_drv:call(Drv, Pipeline, setopt, [Opt, Val], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Opt, Val]);
        Reply -> Reply
    end.

%% @doc Same as `setopt/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setopt(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Opt :: atom(),
             Val :: int32_t(),
             Timeout :: timeout()) ->
                boolean() | {error, not_owner}.
setopt(Drv, Pipeline, Opt, Val, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setopt, [Opt, Val], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Opt, Val, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the process group of a process (setpgid(2)); `0, 0' makes the
%% calling process a group leader.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setpgid(Drv, [Pid], 0, 0).
%% ok
%% '''
-spec setpgid(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              OSPid :: pid_t(),
              Pgid :: pid_t()) ->
                 ok | {error, posix()} | {error, not_owner}.
setpgid(Drv, Pipeline, OSPid, Pgid) ->
    case alcove_drv:call(Drv, Pipeline, setpgid, [OSPid, Pgid], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Pgid]);
        Reply -> Reply
    end.

%% @doc Same as `setpgid/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setpgid(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              OSPid :: pid_t(),
              Pgid :: pid_t(),
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
setpgid(Drv, Pipeline, OSPid, Pgid, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setpgid, [OSPid, Pgid], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Pgid, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the scheduling priority of a process, process group or user
%% (setpriority(2)); arguments as for `getpriority/4'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setpriority(Drv, [Pid], prio_process, 0, 10).
%% ok
%% 4> alcove:getpriority(Drv, [Pid], prio_process, 0).
%% {ok,10}
%% '''
-spec setpriority(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Which :: constant(),
                  Who :: constant(),
                  Prio :: int32_t()) ->
                     ok | {error, posix()} | {error, not_owner}.
setpriority(Drv, Pipeline, Which, Who, Prio) ->
    case alcove_drv:call(Drv, Pipeline, setpriority, [Which, Who, Prio], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Which, Who, Prio]);
        Reply -> Reply
    end.

%% @doc Same as `setpriority/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setpriority(Drv :: alcove_drv:ref(),
                  Pipeline :: [pid_t()],
                  Which :: constant(),
                  Who :: constant(),
                  Prio :: int32_t(),
                  Timeout :: timeout()) ->
                     ok | {error, posix()} | {error, not_owner}.
setpriority(Drv, Pipeline, Which, Who, Prio, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setpriority, [Which, Who, Prio], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Which, Who, Prio, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the title shown by ps(1) for the process (setproctitle(3)); `[]'
%% or `<<>>' resets it. On Linux the title is the process name set with
%% `prctl(PR_SET_NAME)': the kernel keeps its first 15 bytes.
%%
%% Not available on Solaris (raises `undef' there).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setproctitle(Drv, [Pid], "worker").
%% ok
%% '''
-spec setproctitle(Drv :: alcove_drv:ref(),
                   Pipeline :: [pid_t()],
                   Title :: iodata()) ->
                      ok | {error, not_owner}.
setproctitle(Drv, Pipeline, Title) ->
    case alcove_drv:call(Drv, Pipeline, setproctitle, [Title], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Title]);
        Reply -> Reply
    end.

%% @doc Same as `setproctitle/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setproctitle(Drv :: alcove_drv:ref(),
                   Pipeline :: [pid_t()],
                   Title :: iodata(),
                   Timeout :: timeout()) ->
                      ok | {error, not_owner}.
setproctitle(Drv, Pipeline, Title, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setproctitle, [Title], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Title, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the real, effective and saved group ids of the process
%% (setresgid(2)); pass `16#ffffffff' to leave one unchanged.
%%
%% Not available on macOS and Solaris (raises `undef' there).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setresgid(Drv, [Pid], 65534, 65534, 65534).
%% ok
%% '''
-spec setresgid(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Real :: gid_t(),
                Effective :: gid_t(),
                Saved :: gid_t()) ->
                   ok | {error, posix()} | {error, not_owner}.
setresgid(Drv, Pipeline, Real, Effective, Saved) ->
    case alcove_drv:call(Drv, Pipeline, setresgid, [Real, Effective, Saved], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Real, Effective, Saved]);
        Reply -> Reply
    end.

%% @doc Same as `setresgid/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setresgid(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Real :: gid_t(),
                Effective :: gid_t(),
                Saved :: gid_t(),
                Timeout :: timeout()) ->
                   ok | {error, posix()} | {error, not_owner}.
setresgid(Drv, Pipeline, Real, Effective, Saved, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setresgid, [Real, Effective, Saved], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Real, Effective, Saved, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the real, effective and saved user ids of the process
%% (setresuid(2)); pass `16#ffffffff' to leave one unchanged.
%%
%% Not available on macOS and Solaris (raises `undef' there).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setresuid(Drv, [Pid], 65534, 65534, 65534).
%% ok
%% '''
-spec setresuid(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Real :: uid_t(),
                Effective :: uid_t(),
                Saved :: uid_t()) ->
                   ok | {error, posix()} | {error, not_owner}.
setresuid(Drv, Pipeline, Real, Effective, Saved) ->
    case alcove_drv:call(Drv, Pipeline, setresuid, [Real, Effective, Saved], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Real, Effective, Saved]);
        Reply -> Reply
    end.

%% @doc Same as `setresuid/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setresuid(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Real :: uid_t(),
                Effective :: uid_t(),
                Saved :: uid_t(),
                Timeout :: timeout()) ->
                   ok | {error, posix()} | {error, not_owner}.
setresuid(Drv, Pipeline, Real, Effective, Saved, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setresuid, [Real, Effective, Saved], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Real, Effective, Saved, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the soft and hard limits of a resource (setrlimit(2)) from an
%% `#alcove_rlimit{}' record. For `rlimit_nofile' the soft limit must
%% leave room for the descriptors of the process's children, else
%% `{error, einval}'; `maxchild' is lowered to fit.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setrlimit(Drv, [Pid], rlimit_nofile, #alcove_rlimit{cur = 64, max = 64}).
%% ok
%% 4> alcove:getrlimit(Drv, [Pid], rlimit_nofile).
%% {ok,{alcove_rlimit,64,64}}
%% '''
-spec setrlimit(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Resource :: constant(),
                Limit :: alcove_rlimit()) ->
                   ok | {error, posix()} | {error, not_owner}.
setrlimit(Drv, Pipeline, Resource, Limit) ->
    case alcove_drv:call(Drv, Pipeline, setrlimit, [Resource, Limit], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Resource, Limit]);
        Reply -> Reply
    end.

%% @doc Same as `setrlimit/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setrlimit(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Resource :: constant(),
                Limit :: alcove_rlimit(),
                Timeout :: timeout()) ->
                   ok | {error, posix()} | {error, not_owner}.
setrlimit(Drv, Pipeline, Resource, Limit, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setrlimit, [Resource, Limit], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Resource, Limit, Timeout]);
        Reply -> Reply
    end.

%% @doc Make the process the leader of a new session (setsid(2)); returns the
%% session id. A process group leader gets `{error, eperm}'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setsid(Drv, [Pid]).
%% {ok,75174}
%% '''
-spec setsid(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                {ok, pid_t()} | {error, posix()} | {error, not_owner}.
setsid(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, setsid, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `setsid/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setsid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Timeout :: timeout()) ->
                {ok, pid_t()} | {error, posix()} | {error, not_owner}.
setsid(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setsid, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Set the user id of the process (setuid(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:setuid(Drv, [Pid], 65534).
%% ok
%% 4> alcove:getuid(Drv, [Pid]).
%% 65534
%% '''
-spec setuid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Uid :: uid_t()) ->
                ok | {error, posix()} | {error, not_owner}.
setuid(Drv, Pipeline, Uid) ->
    case alcove_drv:call(Drv, Pipeline, setuid, [Uid], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Uid]);
        Reply -> Reply
    end.

%% @doc Same as `setuid/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec setuid(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Uid :: uid_t(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
setuid(Drv, Pipeline, Uid, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, setuid, [Uid], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Uid, Timeout]);
        Reply -> Reply
    end.

%% @doc Set how the process handles a signal (sigaction(2)) and return the
%% previous setting.
%%
%% `Handler' is `sig_info' (report the signal as a
%% `{signal, Signal, Info}' event), `sig_dfl', `sig_ign', or `[]' to only
%% read the setting. For `sigchld', `sig_info' makes the process stop
%% reaping its children, which are then collected with `waitpid/4'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:sigaction(Drv, [Pid], sigterm, sig_ign).
%% {ok,sig_info}
%% 4> alcove:sigaction(Drv, [Pid], sigterm, []).
%% {ok,sig_ign}
%% '''
-spec sigaction(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Signum :: constant(),
                Handler :: sig_dfl | sig_ign | sig_info | [] | <<>>) ->
                   {ok, sig_dfl | sig_ign | sig_info} |
                   {error, posix()} |
                   {error, not_owner}.
sigaction(Drv, Pipeline, Signum, Handler) ->
    case alcove_drv:call(Drv, Pipeline, sigaction, [Signum, Handler], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Signum, Handler]);
        Reply -> Reply
    end.

%% @doc Same as `sigaction/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec sigaction(Drv :: alcove_drv:ref(),
                Pipeline :: [pid_t()],
                Signum :: constant(),
                Handler :: sig_dfl | sig_ign | sig_info | [] | <<>>,
                Timeout :: timeout()) ->
                   {ok, sig_dfl | sig_ign | sig_info} |
                   {error, posix()} |
                   {error, not_owner}.
sigaction(Drv, Pipeline, Signum, Handler, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, sigaction, [Signum, Handler], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Signum, Handler, Timeout]);
        Reply -> Reply
    end.

%% @doc Number of a signal name (`sighup', ...) on this system, or `unknown'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:signal_constant(Drv, [], sigterm).
%% 15
%% '''
-spec signal_constant(Drv :: alcove_drv:ref(),
                      Pipeline :: [pid_t()],
                      Name :: atom()) ->
                         integer() | unknown | {error, not_owner}.
signal_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, signal_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `signal_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec signal_constant(Drv :: alcove_drv:ref(),
                      Pipeline :: [pid_t()],
                      Name :: atom(),
                      Timeout :: timeout()) ->
                         integer() | unknown | {error, not_owner}.
signal_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, signal_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Create a socket (socket(2)). `Domain' is an `af_*'/`pf_*' name and
%% `Type' a `sock_*' name (for `sock_cloexec' or `sock_nonblock' add
%% them in an integer); `Protocol' is a number.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, S} = alcove:socket(Drv, [], af_inet, sock_stream, 0).
%% {ok,8}
%% 3> alcove:close(Drv, [], S).
%% ok
%% '''
-spec socket(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Domain :: constant(),
             Type :: constant(),
             Protocol :: int32_t()) ->
                {ok, fd()} | {error, posix()} | {error, not_owner}.
socket(Drv, Pipeline, Domain, Type, Protocol) ->
    case alcove_drv:call(Drv, Pipeline, socket, [Domain, Type, Protocol], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Domain, Type, Protocol]);
        Reply -> Reply
    end.

%% @doc Same as `socket/5', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec socket(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Domain :: constant(),
             Type :: constant(),
             Protocol :: int32_t(),
             Timeout :: timeout()) ->
                {ok, fd()} | {error, posix()} | {error, not_owner}.
socket(Drv, Pipeline, Domain, Type, Protocol, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, socket, [Domain, Type, Protocol], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Domain, Type, Protocol, Timeout]);
        Reply -> Reply
    end.

%% @doc Make a symbolic link `LinkPath' pointing to `Target' (symlink(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:symlink(Drv, [], "/tmp/alcove.txt", "/tmp/alcove.sym").
%% ok
%% '''
-spec symlink(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Target :: iodata(),
              LinkPath :: iodata()) ->
                 ok | {error, posix()} | {error, not_owner}.
symlink(Drv, Pipeline, Target, LinkPath) ->
    case alcove_drv:call(Drv, Pipeline, symlink, [Target, LinkPath], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Target, LinkPath]);
        Reply -> Reply
    end.

%% @doc Same as `symlink/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec symlink(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Target :: iodata(),
              LinkPath :: iodata(),
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
symlink(Drv, Pipeline, Target, LinkPath, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, symlink, [Target, LinkPath], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Target, LinkPath, Timeout]);
        Reply -> Reply
    end.

%% @doc Number of a system call (`sys_getpid', ...) or value of an audit
%% architecture (`audit_arch_x86_64', ...) on this system, or `unknown'.
%% Used to build seccomp filters.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:syscall_constant(Drv, [], sys_getpid).
%% 39
%% '''
-spec syscall_constant(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       Name :: atom()) ->
                          integer() | unknown | {error, not_owner}.
syscall_constant(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, syscall_constant, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `syscall_constant/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec syscall_constant(Drv :: alcove_drv:ref(),
                       Pipeline :: [pid_t()],
                       Name :: atom(),
                       Timeout :: timeout()) ->
                          integer() | unknown | {error, not_owner}.
syscall_constant(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, syscall_constant, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Unmount a file system (umount(2); unmount(2) with no flags on BSD).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> alcove:mount(Drv, [Pid], "/tmp", "/mnt", "", [ms_bind], "", "").
%% ok
%% 4> alcove:umount(Drv, [Pid], "/mnt").
%% ok
%% '''
-spec umount(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata()) ->
                ok | {error, posix()} | {error, not_owner}.
umount(Drv, Pipeline, Path) ->
    case alcove_drv:call(Drv, Pipeline, umount, [Path], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path]);
        Reply -> Reply
    end.

%% @doc Same as `umount/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec umount(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
umount(Drv, Pipeline, Path, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, umount, [Path], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Timeout]);
        Reply -> Reply
    end.

%% @doc Unmount a file system with flags such as `mnt_detach' (umount2(2);
%% unmount(2) on BSD).
%%
%% Not available on Solaris (raises `undef' there).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:clone(Drv, [], [clone_newns]).
%% {ok,75174}
%% 3> alcove:mount(Drv, [Pid], "/tmp", "/mnt", "", [ms_bind], "", "").
%% ok
%% 4> alcove:umount2(Drv, [Pid], "/mnt", [mnt_detach]).
%% ok
%% '''
-spec umount2(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Path :: iodata(),
              Flags :: integer() | [constant()]) ->
                 ok | {error, posix()} | {error, not_owner}.
umount2(Drv, Pipeline, Path, Flags) ->
    case alcove_drv:call(Drv, Pipeline, umount2, [Path, Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `umount2/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec umount2(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Path :: iodata(),
              Flags :: integer() | [constant()],
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
umount2(Drv, Pipeline, Path, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, umount2, [Path, Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Remove a name from the file system (unlink(2)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:unlink(Drv, [], "/tmp/alcove.txt").
%% ok
%% 3> alcove:unlink(Drv, [], "/tmp/alcove.txt").
%% {error,enoent}
%% '''
-spec unlink(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata()) ->
                ok | {error, posix()} | {error, not_owner}.
unlink(Drv, Pipeline, Path) ->
    case alcove_drv:call(Drv, Pipeline, unlink, [Path], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path]);
        Reply -> Reply
    end.

%% @doc Same as `unlink/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec unlink(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
unlink(Drv, Pipeline, Path, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, unlink, [Path], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Timeout]);
        Reply -> Reply
    end.

%% @doc Remove a variable from the environment of the process (unsetenv(3)).
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:unsetenv(Drv, [], "FOO").
%% ok
%% 3> alcove:getenv(Drv, [], "FOO").
%% false
%% '''
-spec unsetenv(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               Name :: iodata()) ->
                  ok | {error, posix()} | {error, not_owner}.
unsetenv(Drv, Pipeline, Name) ->
    case alcove_drv:call(Drv, Pipeline, unsetenv, [Name], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name]);
        Reply -> Reply
    end.

%% @doc Same as `unsetenv/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec unsetenv(Drv :: alcove_drv:ref(),
               Pipeline :: [pid_t()],
               Name :: iodata(),
               Timeout :: timeout()) ->
                  ok | {error, posix()} | {error, not_owner}.
unsetenv(Drv, Pipeline, Name, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, unsetenv, [Name], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Name, Timeout]);
        Reply -> Reply
    end.

%% @doc Move the process into new namespaces (unshare(2)). `Flags' is a list
%% of `clone_new*' names or an integer.
%%
%% Linux only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:unshare(Drv, [Pid], [clone_newuts]).
%% ok
%% 4> alcove:sethostname(Drv, [Pid], "alcove").
%% ok
%% '''
-spec unshare(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Flags :: integer() | [constant()]) ->
                 ok | {error, posix()} | {error, not_owner}.
unshare(Drv, Pipeline, Flags) ->
    case alcove_drv:call(Drv, Pipeline, unshare, [Flags], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Flags]);
        Reply -> Reply
    end.

%% @doc Same as `unshare/3', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec unshare(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Flags :: integer() | [constant()],
              Timeout :: timeout()) ->
                 ok | {error, posix()} | {error, not_owner}.
unshare(Drv, Pipeline, Flags, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, unshare, [Flags], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Flags, Timeout]);
        Reply -> Reply
    end.

%% @doc Restrict the file system view of the process (unveil(2)): `Path' is
%% made visible with `Permissions' (`r', `w', `x', `c'); `[]' for both
%% locks the list.
%%
%% OpenBSD only: elsewhere the call raises `undef'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 3> alcove:unveil(Drv, [Pid], <<"/etc">>, <<"r">>).
%% ok
%% 4> alcove:unveil(Drv, [Pid], [], []).
%% ok
%% '''
-spec unveil(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Permissions :: iodata()) ->
                ok | {error, posix()} | {error, not_owner}.
unveil(Drv, Pipeline, Path, Permissions) ->
    case alcove_drv:call(Drv, Pipeline, unveil, [Path, Permissions], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Permissions]);
        Reply -> Reply
    end.

%% @doc Same as `unveil/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec unveil(Drv :: alcove_drv:ref(),
             Pipeline :: [pid_t()],
             Path :: iodata(),
             Permissions :: iodata(),
             Timeout :: timeout()) ->
                ok | {error, posix()} | {error, not_owner}.
unveil(Drv, Pipeline, Path, Permissions, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, unveil, [Path, Permissions], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Path, Permissions, Timeout]);
        Reply -> Reply
    end.

%% @doc Version of the alcove executable running the process.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:version(Drv, []).
%% <<"1.0.1">>
%% '''
-spec version(Drv :: alcove_drv:ref(), Pipeline :: [pid_t()]) ->
                 binary() | {error, not_owner}.
version(Drv, Pipeline) ->
    case alcove_drv:call(Drv, Pipeline, version, [], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline]);
        Reply -> Reply
    end.

%% @doc Same as `version/2', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec version(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              Timeout :: timeout()) ->
                 binary() | {error, not_owner}.
version(Drv, Pipeline, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, version, [], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, Timeout]);
        Reply -> Reply
    end.

%% @doc Wait for a child to change state (waitpid(2)).
%%
%% Returns the pid, the raw status and the status decoded as a list of
%% `{exit_status, N}', `{termsig, Signal}', `{stopsig, Signal}' or
%% `continued' (empty when nothing was reported). The process reaps its
%% children itself unless `sigaction(Drv, Pipeline, sigchld, sig_info)'
%% was set first, so without it `{error, echild}' is the usual answer.
%% `Options' is a list of `wnohang', `wuntraced', `wcontinued' or an
%% integer.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove:sigaction(Drv, [], sigchld, sig_info).
%% {ok,sig_dfl}
%% 3> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 4> alcove:exit(Drv, [Pid], 5).
%% ok
%% 5> alcove:waitpid(Drv, [], -1, 0).
%% {ok,75174,1280,[{exit_status,5}]}
%% '''
-spec waitpid(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              OSPid :: pid_t(),
              Options :: integer() | [constant()]) ->
                 {ok, pid_t(), integer(), [waitstatus()]} |
                 {error, posix()} |
                 {error, not_owner}.
waitpid(Drv, Pipeline, OSPid, Options) ->
    case alcove_drv:call(Drv, Pipeline, waitpid, [OSPid, Options], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Options]);
        Reply -> Reply
    end.

%% @doc Same as `waitpid/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec waitpid(Drv :: alcove_drv:ref(),
              Pipeline :: [pid_t()],
              OSPid :: pid_t(),
              Options :: integer() | [constant()],
              Timeout :: timeout()) ->
                 {ok, pid_t(), integer(), [waitstatus()]} |
                 {error, posix()} |
                 {error, not_owner}.
waitpid(Drv, Pipeline, OSPid, Options, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, waitpid, [OSPid, Options], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, OSPid, Options, Timeout]);
        Reply -> Reply
    end.

%% @doc Write to a descriptor, once (write(2)); returns the number of bytes
%% written, which may be less than the size of `Buf'.
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
-spec write(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Buf :: iodata()) ->
               {ok, ssize_t()} | {error, posix()} | {error, not_owner}.
write(Drv, Pipeline, FD, Buf) ->
    case alcove_drv:call(Drv, Pipeline, write, [FD, Buf], infinity) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Buf]);
        Reply -> Reply
    end.

%% @doc Same as `write/4', with a timeout in milliseconds: raises
%% `timeout' if no reply arrives within `Timeout'.
%%
%% A reply that comes later is dropped: it never reaches the mailbox
%% and is never taken for the reply of a later call.
-spec write(Drv :: alcove_drv:ref(),
            Pipeline :: [pid_t()],
            FD :: fd(),
            Buf :: iodata(),
            Timeout :: timeout()) ->
               {ok, ssize_t()} | {error, posix()} | {error, not_owner}.
write(Drv, Pipeline, FD, Buf, Timeout) ->
    case alcove_drv:call(Drv, Pipeline, write, [FD, Buf], Timeout) of
        {alcove_error, Error} -> erlang:error(Error, [Drv, Pipeline, FD, Buf, Timeout]);
        Reply -> Reply
    end.
