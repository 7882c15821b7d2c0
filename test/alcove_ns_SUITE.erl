%%% Linux namespaces, mounts, roots, prctl, ptrace, seccomp, ioctl,
%%% connect and the cstruct machinery (spec/API.md 9.3), each with a
%%% success case, an errno case and a malformed-argument case after which
%%% the process still answers.
-module(alcove_ns_SUITE).

-include("alcove_test.hrl").
-include_lib("alcove/include/alcove_seccomp.hrl").
-include_lib("kernel/include/file.hrl").

-export([all/0, init_per_testcase/2, end_per_testcase/2]).
-export([
    alloc/1,
    alloc_large/1,
    alloc_malformed/1,
    constants/1,
    ioctl_tun/1,
    ioctl_errno/1,
    ioctl_malformed/1,
    prctl/1,
    prctl_errno/1,
    prctl_malformed/1,
    ptrace_traceme/1,
    ptrace_attach/1,
    ptrace_errno/1,
    ptrace_malformed/1,
    seccomp_kill_prctl/1,
    seccomp_kill_seccomp/1,
    seccomp_errno/1,
    seccomp_malformed/1,
    mount_bind/1,
    mount_tmpfs/1,
    mount_errno/1,
    mount_malformed/1,
    chroot/1,
    chroot_errno/1,
    chroot_malformed/1,
    pivot_root/1,
    pivot_root_errno/1,
    pivot_root_malformed/1,
    unshare/1,
    unshare_errno/1,
    unshare_malformed/1,
    setns/1,
    setns_errno/1,
    setns_malformed/1,
    connect/1,
    connect_errno/1,
    connect_malformed/1
]).

-define(NS_FLAGS, [clone_newns, clone_newpid, clone_newuts, clone_newipc, clone_newnet]).
%% struct ifreq: name[IFNAMSIZ], flags, padding to 40 bytes
-define(IFF_TAP, 16#0002).
-define(IFF_NO_PI, 16#1000).
%% sanity caps of c_src/alcove_cstruct.h
-define(CSTRUCT_SIZE_MAX, (64 * 1024 * 1024)).
-define(CSTRUCT_ELEM_MAX, 65536).
-define(SOCKADDR_STORAGE, 128).

all() ->
    [
        alloc,
        alloc_large,
        alloc_malformed,
        constants,
        ioctl_tun,
        ioctl_errno,
        ioctl_malformed,
        prctl,
        prctl_errno,
        prctl_malformed,
        ptrace_traceme,
        ptrace_attach,
        ptrace_errno,
        ptrace_malformed,
        seccomp_kill_prctl,
        seccomp_kill_seccomp,
        seccomp_errno,
        seccomp_malformed,
        mount_bind,
        mount_tmpfs,
        mount_errno,
        mount_malformed,
        chroot,
        chroot_errno,
        chroot_malformed,
        pivot_root,
        pivot_root_errno,
        pivot_root_malformed,
        unshare,
        unshare_errno,
        unshare_malformed,
        setns,
        setns_errno,
        setns_malformed,
        connect,
        connect_errno,
        connect_malformed
    ].

init_per_testcase(_Case, Config) ->
    Drv = start_drv(),
    Dir = filename:join(
        "/tmp", "alcove_ns_SUITE." ++ integer_to_list(erlang:unique_integer([positive]))
    ),
    ok = file:make_dir(Dir),
    [{drv, Drv}, {dir, Dir} | Config].

end_per_testcase(_Case, Config) ->
    % stopping the port ends every child and with them their mount
    % namespaces: nothing mounted below Dir is left behind
    stop_drv(?config(drv, Config)),
    Dir = ?config(dir, Config),
    case string:prefix(Dir, "/tmp/alcove_ns_SUITE.") of
        nomatch -> ok;
        _ -> os:cmd("rm -rf '" ++ Dir ++ "'")
    end,
    ok.

%%--------------------------------------------------------------------
%% alloc
%%--------------------------------------------------------------------

%% alloc lays out binaries inline and pointers as words, and returns the
%% cstruct in the shape it was given (API.md 11.1 alloc).
alloc(Config) ->
    Drv = ?config(drv, Config),
    W = erlang:system_info({wordsize, external}),
    Null = <<0:(W * 8)>>,
    {ok, Buf, Cstruct} = alcove:alloc(Drv, [], [
        <<1, 2, 3, 4>>, {ptr, 11}, <<5, 6, 7, 8>>, {ptr, <<"abc">>}, <<>>, {ptr, 0}, {ptr, <<>>}
    ]),
    Size = 4 + W + 4 + W + W + W,
    Size = byte_size(Buf),
    <<1, 2, 3, 4, P1:W/binary, 5, 6, 7, 8, P2:W/binary, Null:W/binary, Null:W/binary>> = Buf,
    true = P1 =/= Null andalso P2 =/= Null andalso P1 =/= P2,
    [<<1, 2, 3, 4>>, {ptr, <<0:88>>}, <<5, 6, 7, 8>>, {ptr, <<"abc">>}, <<>>, Null, Null] = Cstruct,
    {ok, <<>>, [<<>>]} = alcove:alloc(Drv, [], [<<>>]),
    {ok, <<"ab">>, [<<"ab">>]} = alcove:alloc(Drv, [], [<<"ab">>]).

%% No 64 KiB limit: a 1 MiB inline binary and a 1 MiB pointer round-trip,
%% and the element cap itself is accepted.
alloc_large(Config) ->
    Drv = ?config(drv, Config),
    W = erlang:system_info({wordsize, external}),
    Big = binary:copy(<<"0123456789abcdef">>, 65536),
    {ok, Buf, [Big, {ptr, Zeros}]} = alcove:alloc(Drv, [], [Big, {ptr, 1 bsl 20}]),
    true = byte_size(Buf) =:= byte_size(Big) + W,
    true = Zeros =:= <<0:(8 * (1 bsl 20))>>,
    Many = lists:duplicate(?CSTRUCT_ELEM_MAX, <<1>>),
    {ok, Ones, Many} = alcove:alloc(Drv, [], Many),
    true = Ones =:= binary:copy(<<1>>, ?CSTRUCT_ELEM_MAX).

%% Anything that is not a cstruct, or is over a sanity cap, raises badarg
%% and the process still answers.
alloc_malformed(Config) ->
    Drv = ?config(drv, Config),
    Bad = [
        [],
        <<"bin">>,
        "abc",
        [foo],
        [1],
        [{ptr, -1}],
        [{ptr, foo}],
        [{ptr, 1, 2}],
        [{pointer, 1}],
        [<<1>> | <<2>>],
        [{ptr, ?CSTRUCT_SIZE_MAX + 1}],
        [{ptr, ?CSTRUCT_SIZE_MAX}, <<1>>],
        lists:duplicate(?CSTRUCT_ELEM_MAX + 1, <<>>)
    ],
    [{'EXIT', {badarg, _}} = (catch alcove:alloc(Drv, [], B)) || B <- Bad],
    alive(Drv, []).

%%--------------------------------------------------------------------
%% *_constant
%%--------------------------------------------------------------------

%% The lookups give the same integers in the port and in a namespaced
%% child, unknown for an unknown name, and badarg for a non-atom.
constants(Config) ->
    Drv = ?config(drv, Config),
    Child = ns_child(Drv),
    Lookups = [
        {ioctl_constant, tunsetiff},
        {ioctl_constant, siocgifaddr},
        {prctl_constant, pr_set_name},
        {prctl_constant, seccomp_mode_filter},
        {ptrace_constant, ptrace_traceme},
        {seccomp_constant, seccomp_set_mode_filter},
        {syscall_constant, sys_exit},
        {syscall_constant, alcove:audit_arch()},
        {mount_constant, ms_bind},
        {mount_constant, mnt_detach}
    ],
    lists:foreach(
        fun({F, Name}) ->
            N = alcove:F(Drv, [], Name),
            true = is_integer(N),
            N = alcove:F(Drv, [Child], Name),
            unknown = alcove:F(Drv, [Child], nonexist),
            {'EXIT', {badarg, _}} = (catch alcove:F(Drv, [Child], "tunsetiff")),
            {'EXIT', {badarg, _}} = (catch alcove:F(Drv, [Child], 1)),
            alive(Drv, [Child])
        end,
        Lookups
    ),
    % case-insensitive, as every lookup (API.md 8.1)
    N = alcove:mount_constant(Drv, [], ms_rdonly),
    N = alcove:mount_constant(Drv, [], 'MS_RDONLY'),
    true = is_integer(alcove:define(Drv, [], [rdonly, nosuid, noexec, noatime])).

%%--------------------------------------------------------------------
%% ioctl
%%--------------------------------------------------------------------

%% tunsetiff on /dev/net/tun in a new network namespace names a tap
%% device, with the argument as a binary and as a cstruct; an integer
%% argument is passed by value and comes back as <<>>.
ioctl_tun(Config) ->
    Drv = ?config(drv, Config),
    case is_chardev("/dev/net/tun") of
        false ->
            {skip, "/dev/net/tun: no TUN/TAP support in this kernel"};
        true ->
            Child = ns_child(Drv),
            Flags = ?IFF_TAP bor ?IFF_NO_PI,
            {ok, FD1} = alcove:open(Drv, [Child], "/dev/net/tun", [o_rdwr], 0),
            {ok, 0, <<"tap", _/binary>> = Ifr} =
                alcove:ioctl(Drv, [Child], FD1, tunsetiff, <<0:(16 * 8), Flags:16/native, 0:(22 * 8)>>),
            40 = byte_size(Ifr),
            {ok, FD2} = alcove:open(Drv, [Child], "/dev/net/tun", [o_rdwr], 0),
            {ok, 0, [<<"tap", _/binary>> = Name, <<Flags:16/native>>, <<0:(22 * 8)>>]} =
                alcove:ioctl(Drv, [Child], FD2, tunsetiff, [<<0:(16 * 8)>>, <<Flags:16/native>>, <<0:(22 * 8)>>]),
            16 = byte_size(Name),
            true = Name =/= binary:part(Ifr, 0, 16),
            {ok, 0, <<>>} = alcove:ioctl(Drv, [Child], FD2, tunsetpersist, 0),
            ok
    end.

%% Failures come back as errno: a closed descriptor, an ioctl the device
%% does not know, and a struct too short to hold valid flags (the kernel
%% reads a whole struct ifreq: the zeroed slack makes that harmless).
ioctl_errno(Config) ->
    Drv = ?config(drv, Config),
    {error, ebadf} = alcove:ioctl(Drv, [], 1023, tunsetiff, 0),
    {ok, Null} = alcove:open(Drv, [], "/dev/null", [o_rdonly], 0),
    {error, enotty} = alcove:ioctl(Drv, [], Null, tiocgwinsz, <<0:64>>),
    case is_chardev("/dev/net/tun") of
        true ->
            {ok, Tun} = alcove:open(Drv, [], "/dev/net/tun", [o_rdwr], 0),
            {error, einval} = alcove:ioctl(Drv, [], Tun, tunsetiff, <<0:32>>);
        false ->
            ok
    end,
    alive(Drv, []).

%% Wrong types raise badarg, an unknown request is {error, enotsup}, and
%% the process still answers.
ioctl_malformed(Config) ->
    Drv = ?config(drv, Config),
    {ok, Null} = alcove:open(Drv, [], "/dev/null", [o_rdonly], 0),
    {error, enotsup} = alcove:ioctl(Drv, [], Null, nonexist, 0),
    Bad = [
        {Null, tiocgwinsz, foo},
        {Null, tiocgwinsz, 1 bsl 31},
        {Null, tiocgwinsz, []},
        {Null, tiocgwinsz, [{ptr, ?CSTRUCT_SIZE_MAX + 1}]},
        {Null, [tiocgwinsz], 0},
        {foo, tiocgwinsz, 0}
    ],
    [{'EXIT', {badarg, _}} = (catch alcove:ioctl(Drv, [], F, R, A)) || {F, R, A} <- Bad],
    alive(Drv, []).

%%--------------------------------------------------------------------
%% prctl
%%--------------------------------------------------------------------

%% The prctl cases of API.md 11.1: integers, binaries and cstructs are
%% returned in their positions.
prctl(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, 1, 0, 0, 0, 0} = alcove:prctl(Drv, [Child], pr_capbset_read, 0, 0, 0, 0),
    {ok, 0, <<"test", 0>>, 0, 0, 0} = alcove:prctl(Drv, [Child], pr_set_name, <<"test", 0>>, 0, 0, 0),
    {ok, 0, <<"test", 0:(12 * 8)>>, 0, 0, 0} =
        alcove:prctl(Drv, [Child], pr_get_name, <<0:(16 * 8)>>, 0, 0, 0),
    {ok, 0, <<"test", 0:(13 * 8)>>, 0, 0, 0} =
        alcove:prctl(Drv, [Child], pr_get_name, <<0:(17 * 8)>>, 0, 0, 0),
    {ok, 0, [<<"te">>, <<"st", 0:(12 * 8)>>], 0, 0, 0} =
        alcove:prctl(Drv, [Child], pr_get_name, [<<0:16>>, <<0:(14 * 8)>>], [], [], []),
    {ok, 0, 9, 0, 0, 0} = alcove:prctl(Drv, [Child], pr_set_pdeathsig, 9, 0, 0, 0),
    {ok, 0, <<9, 0, 0, 0>>, 0, 0, 0} = alcove:prctl(Drv, [Child], pr_get_pdeathsig, <<0:32>>, 0, 0, 0),
    % an atom argument is looked up in the prctl table
    Filter = alcove:prctl_constant(Drv, [Child], seccomp_mode_filter),
    {ok, _, Filter, 0, 0, 0} = alcove:prctl(Drv, [Child], pr_capbset_read, seccomp_mode_filter, 0, 0, 0),
    {ok, <<"test", _/binary>>} = file:read_file("/proc/" ++ integer_to_list(Child) ++ "/comm").

%% prctl failures come back as errno.
prctl_errno(Config) ->
    Drv = ?config(drv, Config),
    {error, einval} = alcove:prctl(Drv, [], pr_set_pdeathsig, 1000, 0, 0, 0),
    {error, einval} = alcove:prctl(Drv, [], 16#7fff0000, 0, 0, 0, 0),
    % a bad pointer passed as an integer (not pr_set_name: the sanitizer
    % build intercepts that one and reads the string itself)
    {error, efault} = alcove:prctl(Drv, [], pr_get_pdeathsig, 1, 0, 0, 0),
    alive(Drv, []).

%% Unknown option or argument atoms are {error, enotsup}; wrong types and
%% oversize cstructs raise badarg; the process still answers.
prctl_malformed(Config) ->
    Drv = ?config(drv, Config),
    {error, enotsup} = alcove:prctl(Drv, [], nonexist, 0, 0, 0, 0),
    {error, enotsup} = alcove:prctl(Drv, [], pr_set_name, 0, 0, 0, nonexist),
    Bad = [
        {pr_set_name, -1, 0, 0, 0},
        {pr_set_name, "abc", 0, 0, 0},
        {pr_set_name, 1.0, 0, 0, 0},
        {pr_set_name, 0, 0, 0, {ptr, 1}},
        {pr_set_name, 1 bsl 64, 0, 0, 0},
        {pr_set_name, [{ptr, ?CSTRUCT_SIZE_MAX + 1}], 0, 0, 0},
        {[pr_set_name], 0, 0, 0, 0},
        {1 bsl 32, 0, 0, 0, 0}
    ],
    [
        {'EXIT', {badarg, _}} = (catch alcove:prctl(Drv, [], O, A2, A3, A4, A5))
     || {O, A2, A3, A4, A5} <- Bad
    ],
    alive(Drv, []).

%%--------------------------------------------------------------------
%% ptrace
%%--------------------------------------------------------------------

%% A grandchild that calls ptrace_traceme stops at exec with SIGTRAP,
%% reported to its tracer (sigchld in sig_info mode), and runs again after
%% ptrace_cont (API.md 11.1 ptrace).
ptrace_traceme(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, _} = alcove:sigaction(Drv, [Child], sigchld, sig_info),
    {ok, Grandchild} = alcove:fork(Drv, [Child]),
    {ok, 0, <<>>, <<>>} = alcove:ptrace(Drv, [Child, Grandchild], ptrace_traceme, 0, 0, 0),
    ok = alcove:execvp(Drv, [Child, Grandchild], "/bin/cat", ["/bin/cat"]),
    {signal, sigchld, _} = wait_signal(Drv, [Child], sigchld),
    {ok, Grandchild, _, [{stopsig, sigtrap}]} = alcove:waitpid(Drv, [Child], -1, [wnohang]),
    {ok, 0, 0, []} = alcove:waitpid(Drv, [Child], -1, [wnohang]),
    {ok, 0, <<>>, <<>>} = alcove:ptrace(Drv, [Child], ptrace_cont, Grandchild, 0, 0),
    ok = alcove:stdin(Drv, [Child, Grandchild], <<"traced\n">>),
    <<"traced\n">> = read_stdout(Drv, [Child, Grandchild], <<>>, 7),
    % the tracer sees each signal first and decides what is delivered:
    % SIGTERM is swapped for SIGWINCH (ignored by cat), then a SIGWINCH
    % is swapped for SIGTERM, which kills it
    ok = alcove:kill(Drv, [Child], Grandchild, sigterm),
    {signal, sigchld, _} = wait_signal(Drv, [Child], sigchld),
    {ok, Grandchild, _, [{stopsig, sigterm}]} = alcove:waitpid(Drv, [Child], Grandchild, []),
    Winch = alcove:signal_constant(Drv, [Child], sigwinch),
    {ok, 0, <<>>, <<>>} = alcove:ptrace(Drv, [Child], ptrace_cont, Grandchild, 0, Winch),
    ok = alcove:stdin(Drv, [Child, Grandchild], <<"alive\n">>),
    <<"alive\n">> = read_stdout(Drv, [Child, Grandchild], <<>>, 6),
    ok = alcove:kill(Drv, [Child], Grandchild, sigwinch),
    {signal, sigchld, _} = wait_signal(Drv, [Child], sigchld),
    {ok, Grandchild, _, [{stopsig, sigwinch}]} = alcove:waitpid(Drv, [Child], Grandchild, []),
    Term = alcove:signal_constant(Drv, [Child], sigterm),
    {ok, 0, <<>>, <<>>} = alcove:ptrace(Drv, [Child], ptrace_cont, Grandchild, 0, Term),
    {signal, sigchld, _} = wait_signal(Drv, [Child], sigchld),
    {ok, Grandchild, _, [{termsig, sigterm}]} = alcove:waitpid(Drv, [Child], Grandchild, []).

%% ptrace_attach and ptrace_detach of a running program; Addr and Data
%% are two cstructs with separate allocations (spec/API.md 12.16), and a
%% cstruct holding a struct iovec reads the registers (PTRACE_GETREGSET).
ptrace_attach(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, _} = alcove:sigaction(Drv, [Child], sigchld, sig_info),
    {ok, Sleeper} = alcove:fork(Drv, [Child]),
    ok = alcove:execvp(Drv, [Child, Sleeper], "/bin/sleep", ["sleep", "60"]),
    Addr = [<<1, 2>>, {ptr, <<"a">>}],
    Data = [{ptr, <<"bb">>}, <<3>>],
    {ok, 0, Addr, Data} = alcove:ptrace(Drv, [Child], ptrace_attach, Sleeper, Addr, Data),
    {ok, Sleeper, _, [{stopsig, sigstop}]} = alcove:waitpid(Drv, [Child], Sleeper, []),
    NT_PRSTATUS = 1,
    Size = 4096,
    {ok, 0, <<>>, [{ptr, Regs}, <<Len:64/native>>]} =
        alcove:ptrace(Drv, [Child], ptrace_getregset, Sleeper, NT_PRSTATUS, [{ptr, Size}, <<Size:64/native>>]),
    true = Len > 0 andalso Len < Size,
    Size = byte_size(Regs),
    true = binary:part(Regs, 0, Len) =/= <<0:(Len * 8)>>,
    {ok, 0, <<>>, <<>>} = alcove:ptrace(Drv, [Child], ptrace_detach, Sleeper, 0, 0),
    ok = alcove:kill(Drv, [Child], Sleeper, 0),
    {error, esrch} = alcove:ptrace(Drv, [Child], ptrace_detach, Sleeper, 0, 0),
    ok = alcove:kill(Drv, [Child], Sleeper, sigkill).

%% ptrace failures come back as errno.
ptrace_errno(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {error, esrch} = alcove:ptrace(Drv, [], ptrace_cont, Child, 0, 0),
    {error, esrch} = alcove:ptrace(Drv, [], ptrace_attach, 16#3fffffff, 0, 0),
    {error, esrch} = alcove:ptrace(Drv, [], ptrace_peekdata, Child, 0, 0),
    alive(Drv, []).

%% An unknown request is {error, enotsup}; atoms, [], oversize cstructs
%% and out-of-range integers raise badarg; the process still answers.
ptrace_malformed(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {error, enotsup} = alcove:ptrace(Drv, [], nonexist, Child, 0, 0),
    Bad = [
        {ptrace_cont, Child, foo, 0},
        {ptrace_cont, Child, 0, []},
        {ptrace_cont, Child, -1, 0},
        {ptrace_cont, Child, 0, [{ptr, ?CSTRUCT_SIZE_MAX + 1}]},
        {ptrace_cont, Child, 0, "abc"},
        {ptrace_cont, foo, 0, 0},
        {[ptrace_cont], Child, 0, 0}
    ],
    [{'EXIT', {badarg, _}} = (catch alcove:ptrace(Drv, [], R, P, A, D)) || {R, P, A, D} <- Bad],
    alive(Drv, []).

%%--------------------------------------------------------------------
%% seccomp
%%--------------------------------------------------------------------

%% A filter installed with prctl(pr_set_seccomp, ...) kills the process
%% on a syscall outside the whitelist (API.md 11.3 kill_prctl).
seccomp_kill_prctl(Config) ->
    seccomp_kill(?config(drv, Config), prctl).

%% The same filter installed with seccomp(seccomp_set_mode_filter, ...).
seccomp_kill_seccomp(Config) ->
    seccomp_kill(?config(drv, Config), seccomp).

seccomp_kill(Drv, How) ->
    {ok, Child} = alcove:fork(Drv, []),
    case alcove:prctl_constant(Drv, [Child], seccomp_mode_filter) of
        unknown ->
            {skip, "seccomp filters not supported by this kernel"};
        _ ->
            {ok, 0, 1, 0, 0, 0} = alcove:prctl(Drv, [Child], pr_set_no_new_privs, 1, 0, 0, 0),
            Prog = filter(Drv, [Child], ?SECCOMP_RET_KILL),
            ok =
                case How of
                    prctl ->
                        Mode = alcove:prctl_constant(Drv, [], seccomp_mode_filter),
                        {ok, 0, Mode, Prog, 0, 0} =
                            alcove:prctl(Drv, [Child], pr_set_seccomp, seccomp_mode_filter, Prog, 0, 0),
                        ok;
                    seccomp ->
                        alcove:seccomp(Drv, [Child], seccomp_set_mode_filter, 0, Prog)
                end,
            Child = alcove:getpid(Drv, [Child]),
            {'EXIT', {{termsig, sigsys}, _}} = (catch alcove:getcwd(Drv, [Child])),
            true = wait_gone(Child, 100),
            {error, esrch} = kill_reaped(Drv, Child, 100),
            alive(Drv, [])
    end.

%% seccomp failures come back as errno: no program (efault), an unknown
%% operation and an empty program (einval). (Strict mode is not tried: it
%% would kill the event loop on its next poll.)
seccomp_errno(Config) ->
    Drv = ?config(drv, Config),
    {error, efault} = alcove:seccomp(Drv, [], seccomp_set_mode_filter, 0, []),
    {error, einval} = alcove:seccomp(Drv, [], 16#ff, 0, []),
    % a program with no instructions is invalid
    W = erlang:system_info({wordsize, external}),
    {error, einval} =
        alcove:seccomp(Drv, [], seccomp_set_mode_filter, 0, [<<0:16/native>>, <<0:((W - 2) * 8)>>, {ptr, 0}]),
    alive(Drv, []).

%% Unknown constants are {error, enotsup}; a program that is not a
%% cstruct (or over the cap) raises badarg; the process still answers.
seccomp_malformed(Config) ->
    Drv = ?config(drv, Config),
    {error, enotsup} = alcove:seccomp(Drv, [], nonexist, 0, []),
    {error, enotsup} = alcove:seccomp(Drv, [], seccomp_set_mode_filter, nonexist, []),
    Bad = [
        {seccomp_set_mode_filter, 0, <<0:64>>},
        {seccomp_set_mode_filter, 0, foo},
        {seccomp_set_mode_filter, 0, [{ptr, ?CSTRUCT_SIZE_MAX + 1}]},
        {seccomp_set_mode_filter, -1, []},
        {[seccomp_set_mode_filter], 0, []}
    ],
    [{'EXIT', {badarg, _}} = (catch alcove:seccomp(Drv, [], O, F, P)) || {O, F, P} <- Bad],
    alive(Drv, []).

%% Validate the architecture, allow what the event loop needs, end with
%% Action.
filter(Drv, Pipeline, Action) ->
    Arch = alcove:define(Drv, Pipeline, alcove:audit_arch()),
    Allow = [
        sys_brk,
        sys_clock_gettime,
        sys_close,
        sys_exit,
        sys_exit_group,
        sys_fcntl,
        sys_getpid,
        sys_getrlimit,
        sys_madvise,
        sys_mmap,
        sys_munmap,
        sys_poll,
        sys_ppoll,
        sys_read,
        sys_restart_syscall,
        sys_rt_sigprocmask,
        sys_rt_sigreturn,
        sys_setrlimit,
        sys_sigreturn,
        sys_ugetrlimit,
        sys_wait4,
        sys_write,
        sys_writev
    ],
    Nrs = lists:filtermap(
        fun(Name) ->
            case alcove:syscall_constant(Drv, Pipeline, Name) of
                unknown -> false;
                N -> {true, N}
            end
        end,
        Allow
    ),
    Insns = iolist_to_binary([
        ?VALIDATE_ARCHITECTURE(Arch),
        ?EXAMINE_SYSCALL,
        [?ALLOW_SYSCALL(N) || N <- Nrs],
        ?BPF_STMT(?BPF_RET + ?BPF_K, Action)
    ]),
    W = erlang:system_info({wordsize, external}),
    [<<(byte_size(Insns) div 8):16/native>>, <<0:((W - 2) * 8)>>, {ptr, Insns}].

%%--------------------------------------------------------------------
%% mount, umount, umount2
%%--------------------------------------------------------------------

%% A read-only, noexec bind mount inside a mount namespace: writes fail
%% with erofs; umount, then again with umount2([mnt_detach])
%% (API.md 11.1 mount).
mount_bind(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    Src = filename:join(Dir, "src"),
    Dst = filename:join(Dir, "dst"),
    ok = file:make_dir(Src),
    ok = file:make_dir(Dst),
    ok = file:write_file(filename:join(Src, "file"), <<"x">>),
    Child = ns_child(Drv),
    ok = alcove:mount(Drv, [Child], "none", "/", [], [ms_rec, ms_private], [], []),
    ok = alcove:mount(Drv, [Child], Src, Dst, [], [ms_bind, ms_rdonly, ms_noexec], [], []),
    ok = alcove:mount(Drv, [Child], Src, Dst, [], [ms_remount, ms_bind, ms_rdonly, ms_noexec], [], []),
    {ok, Names} = alcove:readdir(Drv, [Child], Dst),
    true = lists:member(<<"file">>, Names),
    {error, erofs} = alcove:open(Drv, [Child], filename:join(Dst, "new"), [o_wronly, o_creat], 8#644),
    ok = alcove:umount(Drv, [Child], Dst),
    {ok, [<<".">>, <<"..">>]} = sorted(alcove:readdir(Drv, [Child], Dst)),
    ok = alcove:mount(Drv, [Child], Src, Dst, [], [ms_bind], [], []),
    ok = alcove:umount2(Drv, [Child], Dst, [mnt_detach]),
    {ok, [<<".">>, <<"..">>]} = sorted(alcove:readdir(Drv, [Child], Dst)),
    % nothing leaked into our namespace
    {ok, []} = file:list_dir(Dst).

%% A tmpfs with size=16M: a file created in it is seen only inside the
%% namespace and is gone after umount (API.md 11.1 tmpfs).
mount_tmpfs(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    Child = ns_child(Drv),
    ok = alcove:mount(Drv, [Child], "none", "/", [], [ms_rec, ms_private], [], []),
    ok = alcove:mount(Drv, [Child], "tmpfs", Dir, "tmpfs", [ms_noexec], <<"size=16M", 0>>, []),
    {ok, FD} = alcove:open(Drv, [Child], filename:join(Dir, "in-tmpfs"), [o_wronly, o_creat], 8#644),
    ok = alcove:close(Drv, [Child], FD),
    {ok, Names} = alcove:readdir(Drv, [Child], Dir),
    true = lists:member(<<"in-tmpfs">>, Names),
    {ok, []} = file:list_dir(Dir),
    ok = alcove:umount(Drv, [Child], Dir),
    {ok, [<<".">>, <<"..">>]} = sorted(alcove:readdir(Drv, [Child], Dir)),
    % a bad size is refused by tmpfs itself
    {error, einval} = alcove:mount(Drv, [Child], "tmpfs", Dir, "tmpfs", [], <<"size=nonsense", 0>>, []).

%% mount, umount and umount2 failures come back as errno.
mount_errno(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    Child = ns_child(Drv),
    ok = alcove:mount(Drv, [Child], "none", "/", [], [ms_rec, ms_private], [], []),
    {error, enoent} = alcove:mount(Drv, [Child], Dir, "/nonexistent/dir", [], [ms_bind], [], []),
    {error, enodev} = alcove:mount(Drv, [Child], "none", Dir, "nonexistentfs", [], [], []),
    {error, einval} = alcove:umount(Drv, [Child], Dir),
    {error, enoent} = alcove:umount(Drv, [Child], "/nonexistent/dir"),
    {error, einval} = alcove:umount2(Drv, [Child], Dir, [mnt_detach]),
    {error, enoent} = alcove:umount2(Drv, [Child], "/nonexistent/dir", []),
    % not privileged
    {ok, User} = alcove:fork(Drv, []),
    ok = alcove:setuid(Drv, [User], 65534),
    {error, eperm} = alcove:mount(Drv, [User], "tmpfs", Dir, "tmpfs", [], [], []),
    {error, eperm} = alcove:umount(Drv, [User], "/"),
    alive(Drv, [Child]).

%% Unknown flags are {error, enotsup}; bad paths, negative or bare-atom
%% flags and non-iodata raise badarg; the process still answers.
mount_malformed(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    Child = ns_child(Drv),
    {error, enotsup} = alcove:mount(Drv, [Child], "tmpfs", Dir, "tmpfs", [nonexist], [], []),
    {error, enotsup} = alcove:umount2(Drv, [Child], Dir, [nonexist]),
    BadMount = [
        {"tmpfs", <<>>, "tmpfs", [], [], []},
        {"tmpfs", [Dir, 0], "tmpfs", [], [], []},
        {"tmpfs", Dir, "tmpfs", -1, [], []},
        {"tmpfs", Dir, "tmpfs", ms_rdonly, [], []},
        {"tmpfs", Dir, "tmpfs", [], 1234, []},
        {"tmpfs", Dir, 'tmpfs', [], [], []},
        {[256], Dir, "tmpfs", [], [], []},
        {"tmpfs", Dir, "tmpfs", [], [], foo}
    ],
    [
        {'EXIT', {badarg, _}} = (catch alcove:mount(Drv, [Child], S, T, F, Fl, D, O))
     || {S, T, F, Fl, D, O} <- BadMount
    ],
    {'EXIT', {badarg, _}} = (catch alcove:umount(Drv, [Child], <<>>)),
    {'EXIT', {badarg, _}} = (catch alcove:umount(Drv, [Child], 42)),
    {'EXIT', {badarg, _}} = (catch alcove:umount2(Drv, [Child], Dir, mnt_detach)),
    {'EXIT', {badarg, _}} = (catch alcove:umount2(Drv, [Child], Dir, -1)),
    {'EXIT', {badarg, _}} = (catch alcove:umount2(Drv, [Child], <<>>, [])),
    alive(Drv, [Child]).

%%--------------------------------------------------------------------
%% chroot
%%--------------------------------------------------------------------

%% chroot into a directory holding only a static busybox: /bin/sh runs
%% there and sees the new root.
chroot(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    case busybox() of
        false ->
            {skip, "no static busybox (Debian package busybox-static)"};
        Busybox ->
            Bin = filename:join(Dir, "bin"),
            ok = file:make_dir(Bin),
            {ok, _} = file:copy(Busybox, filename:join(Bin, "busybox")),
            ok = file:change_mode(filename:join(Bin, "busybox"), 8#755),
            ok = file:make_symlink("busybox", filename:join(Bin, "sh")),
            ok = file:write_file(filename:join(Dir, "marker"), <<"inside\n">>),
            {ok, Child} = alcove:fork(Drv, []),
            ok = alcove:chroot(Drv, [Child], Dir),
            ok = alcove:chdir(Drv, [Child], "/"),
            {ok, <<"/">>} = alcove:getcwd(Drv, [Child]),
            {ok, Names} = alcove:readdir(Drv, [Child], "/"),
            [<<".">>, <<"..">>, <<"bin">>, <<"marker">>] = lists:sort(Names),
            ok = alcove:execve(
                Drv,
                [Child],
                "/bin/sh",
                ["sh", "-c", "echo root=$(pwd); /bin/busybox cat /marker; ls /bin"],
                ["PATH=/bin"]
            ),
            {<<"root=/\ninside\nbusybox\nsh\n">>, <<>>, {exit_status, 0}} = collect(Drv, [Child])
    end.

%% chroot failures come back as errno.
chroot_errno(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    File = filename:join(Dir, "file"),
    ok = file:write_file(File, <<>>),
    {ok, Child} = alcove:fork(Drv, []),
    {error, enoent} = alcove:chroot(Drv, [Child], "/nonexistent/dir"),
    {error, enotdir} = alcove:chroot(Drv, [Child], File),
    ok = alcove:setuid(Drv, [Child], 65534),
    {error, eperm} = alcove:chroot(Drv, [Child], Dir),
    alive(Drv, [Child]).

%% Bad paths raise badarg; the process still answers.
chroot_malformed(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    [
        {'EXIT', {badarg, _}} = (catch alcove:chroot(Drv, [Child], P))
     || P <- [<<>>, [], 42, foo, <<"/tmp", 0, "x">>, [[[[[[[[[[[[[[[[["/"]]]]]]]]]]]]]]]]]]
    ],
    alive(Drv, [Child]).

%%--------------------------------------------------------------------
%% pivot_root
%%--------------------------------------------------------------------

%% pivot_root(".", ".") onto a bind-mounted directory inside a mount
%% namespace, then detach the old root: "/" is that directory
%% (API.md 11.1 pivot_root).
pivot_root(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    ok = file:write_file(filename:join(Dir, "marker"), <<>>),
    Child = ns_child(Drv),
    ok = alcove:mount(Drv, [Child], "none", "/", [], [ms_rec, ms_private], [], []),
    ok = alcove:mount(Drv, [Child], Dir, Dir, [], [ms_bind], [], []),
    ok = alcove:chdir(Drv, [Child], Dir),
    ok = alcove:pivot_root(Drv, [Child], ".", "."),
    ok = alcove:umount2(Drv, [Child], ".", [mnt_detach]),
    ok = alcove:chdir(Drv, [Child], "/"),
    {ok, [<<".">>, <<"..">>, <<"marker">>]} = sorted(alcove:readdir(Drv, [Child], "/")),
    {error, enoent} = alcove:readdir(Drv, [Child], "/tmp").

%% pivot_root failures come back as errno.
pivot_root_errno(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    Child = ns_child(Drv),
    ok = alcove:mount(Drv, [Child], "none", "/", [], [ms_rec, ms_private], [], []),
    {error, enoent} = alcove:pivot_root(Drv, [Child], "/nonexistent/dir", "/nonexistent/dir"),
    % new_root on the same mount as the current root
    {error, ebusy} = alcove:pivot_root(Drv, [Child], Dir, Dir),
    % new_root and put_old mount points, put_old not underneath new_root
    New = filename:join(Dir, "new"),
    Old = filename:join(Dir, "old"),
    ok = file:make_dir(New),
    ok = file:make_dir(Old),
    ok = alcove:mount(Drv, [Child], New, New, [], [ms_bind], [], []),
    ok = alcove:mount(Drv, [Child], Old, Old, [], [ms_bind], [], []),
    {error, einval} = alcove:pivot_root(Drv, [Child], New, Old),
    alive(Drv, [Child]).

%% Bad paths raise badarg; the process still answers.
pivot_root_malformed(Config) ->
    Drv = ?config(drv, Config),
    Child = ns_child(Drv),
    Bad = [{<<>>, "."}, {".", <<>>}, {".", 1}, {foo, "."}, {<<".", 0>>, "."}],
    [{'EXIT', {badarg, _}} = (catch alcove:pivot_root(Drv, [Child], N, O)) || {N, O} <- Bad],
    alive(Drv, [Child]).

%%--------------------------------------------------------------------
%% unshare
%%--------------------------------------------------------------------

%% unshare([clone_newuts]) then sethostname changes only that child's
%% hostname (API.md 11.1 unshare).
unshare(Config) ->
    Drv = ?config(drv, Config),
    {ok, Host} = alcove:gethostname(Drv, []),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, Other} = alcove:fork(Drv, []),
    ok = alcove:unshare(Drv, [Child], [clone_newuts]),
    ok = alcove:sethostname(Drv, [Child], "alcove-unshare"),
    {ok, <<"alcove-unshare">>} = alcove:gethostname(Drv, [Child]),
    {ok, Host} = alcove:gethostname(Drv, []),
    {ok, Host} = alcove:gethostname(Drv, [Other]),
    % an integer and [] are constant lists too
    ok = alcove:unshare(Drv, [Child], alcove:clone_constant(Drv, [], clone_newipc)),
    ok = alcove:unshare(Drv, [Child], []).

%% unshare failures come back as errno.
unshare_errno(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    ok = alcove:setuid(Drv, [Child], 65534),
    {error, eperm} = alcove:unshare(Drv, [Child], [clone_newuts]),
    % a flag unshare does not take (CLONE_PTRACE)
    {error, einval} = alcove:unshare(Drv, [], 16#2000),
    alive(Drv, [Child]).

%% Unknown flags are {error, enotsup}; a bare atom or a negative integer
%% raises badarg; the process still answers.
unshare_malformed(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {error, enotsup} = alcove:unshare(Drv, [Child], [clone_newuts, nonexist]),
    [
        {'EXIT', {badarg, _}} = (catch alcove:unshare(Drv, [Child], F))
     || F <- [clone_newuts, -1, <<"x">>, [foo | bar], 1 bsl 32]
    ],
    alive(Drv, [Child]).

%%--------------------------------------------------------------------
%% setns
%%--------------------------------------------------------------------

%% A child that joins another child's UTS namespace (through
%% /proc/<pid>/ns/uts) sees its hostname (API.md 11.1 setns).
setns(Config) ->
    Drv = ?config(drv, Config),
    A = ns_child(Drv),
    B = ns_child(Drv),
    ok = alcove:sethostname(Drv, [A], "alcove-setns-a"),
    ok = alcove:sethostname(Drv, [B], "alcove-setns-b"),
    {ok, FD} = alcove:open(Drv, [B], ns_path(A, "uts"), [o_rdonly], 0),
    ok = alcove:setns(Drv, [B], FD, 0),
    {ok, <<"alcove-setns-a">>} = alcove:gethostname(Drv, [B]),
    {ok, FD2} = alcove:open(Drv, [B], ns_path(A, "uts"), [o_rdonly], 0),
    ok = alcove:setns(Drv, [B], FD2, clone_newuts),
    {ok, <<"alcove-setns-a">>} = alcove:gethostname(Drv, [A]).

%% setns failures come back as errno.
setns_errno(Config) ->
    Drv = ?config(drv, Config),
    A = ns_child(Drv),
    B = ns_child(Drv),
    {ok, FD} = alcove:open(Drv, [B], ns_path(A, "uts"), [o_rdonly], 0),
    {error, einval} = alcove:setns(Drv, [B], FD, clone_newnet),
    {error, ebadf} = alcove:setns(Drv, [B], 1023, 0),
    {ok, Null} = alcove:open(Drv, [B], "/dev/null", [o_rdonly], 0),
    {error, einval} = alcove:setns(Drv, [B], Null, 0),
    alive(Drv, [B]).

%% An unknown nstype is {error, enotsup}; a list or a bad descriptor type
%% raises badarg; the process still answers.
setns_malformed(Config) ->
    Drv = ?config(drv, Config),
    A = ns_child(Drv),
    B = ns_child(Drv),
    {ok, FD} = alcove:open(Drv, [B], ns_path(A, "uts"), [o_rdonly], 0),
    {error, enotsup} = alcove:setns(Drv, [B], FD, nonexist),
    {'EXIT', {badarg, _}} = (catch alcove:setns(Drv, [B], FD, [clone_newuts])),
    {'EXIT', {badarg, _}} = (catch alcove:setns(Drv, [B], foo, 0)),
    {'EXIT', {badarg, _}} = (catch alcove:setns(Drv, [B], 1 bsl 32, 0)),
    alive(Drv, [B]).

%%--------------------------------------------------------------------
%% connect
%%--------------------------------------------------------------------

%% A child connects a TCP socket to a gen_tcp listener with a sockaddr_in
%% cstruct; data written in the child arrives on the accepted socket.
connect(Config) ->
    Drv = ?config(drv, Config),
    {ok, L} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}, {active, false}]),
    {ok, Port} = inet:port(L),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, S} = alcove:socket(Drv, [Child], af_inet, sock_stream, 0),
    ok = alcove:connect(Drv, [Child], S, [sockaddr_in(Port)]),
    {ok, A} = gen_tcp:accept(L, ?TIMEOUT),
    {ok, 6} = alcove:write(Drv, [Child], S, <<"hello\n">>),
    {ok, <<"hello\n">>} = gen_tcp:recv(A, 6, ?TIMEOUT),
    ok = gen_tcp:send(A, <<"back">>),
    {ok, <<"back">>} = alcove:read(Drv, [Child], S, 4),
    % the address split over several elements is laid out the same
    {ok, S2} = alcove:socket(Drv, [Child], af_inet, sock_stream, 0),
    ok = alcove:connect(Drv, [Child], S2, [<<2:16/native>>, <<Port:16/big>>, <<127, 0, 0, 1>>, <<0:64>>]),
    {ok, _} = gen_tcp:accept(L, ?TIMEOUT),
    ok = gen_tcp:close(L),
    % a unix socket: the listener is the VM's, the address a sockaddr_un
    Path = iolist_to_binary(["/tmp/alcove-ct-", integer_to_list(erlang:unique_integer([positive])), ".sock"]),
    {ok, UL} = gen_tcp:listen(0, [binary, {ifaddr, {local, Path}}, {active, false}]),
    {ok, U} = alcove:socket(Drv, [Child], af_unix, sock_stream, 0),
    ok = alcove:connect(Drv, [Child], U, [sockaddr_un(Path)]),
    {ok, UA} = gen_tcp:accept(UL, ?TIMEOUT),
    {ok, 4} = alcove:write(Drv, [Child], U, <<"unix">>),
    {ok, <<"unix">>} = gen_tcp:recv(UA, 4, ?TIMEOUT),
    ok = gen_tcp:send(UA, <<"back">>),
    {ok, [U], [], []} = alcove:select(Drv, [Child], [U], [], [], #alcove_timeval{sec = 5}),
    {ok, <<"back">>} = alcove:read(Drv, [Child], U, 4),
    ok = gen_tcp:close(UL),
    ok = file:delete(Path).

%% connect failures come back as errno: nobody listening (econnrefused),
%% a missing unix socket (enoent), a NULL address (einval), a bad fd.
connect_errno(Config) ->
    Drv = ?config(drv, Config),
    Dir = ?config(dir, Config),
    {ok, L} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}]),
    {ok, Port} = inet:port(L),
    ok = gen_tcp:close(L),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, S} = alcove:socket(Drv, [Child], af_inet, sock_stream, 0),
    {error, econnrefused} = alcove:connect(Drv, [Child], S, [sockaddr_in(Port)]),
    {ok, U} = alcove:socket(Drv, [Child], af_unix, sock_stream, 0),
    Path = iolist_to_binary(filename:join(Dir, "nonexistent.sock")),
    {error, enoent} = alcove:connect(Drv, [Child], U, [sockaddr_un(Path)]),
    {error, einval} = alcove:connect(Drv, [Child], U, []),
    {error, ebadf} = alcove:connect(Drv, [Child], 1023, [sockaddr_un(Path)]),
    alive(Drv, [Child]).

%% A sockaddr over sizeof(struct sockaddr_storage), or not a cstruct,
%% raises badarg (one that just fits is passed); the process still answers.
connect_malformed(Config) ->
    Drv = ?config(drv, Config),
    {ok, Child} = alcove:fork(Drv, []),
    {ok, S} = alcove:socket(Drv, [Child], af_unix, sock_stream, 0),
    {error, _} = alcove:connect(Drv, [Child], S, [<<1:16/native, 0:((?SOCKADDR_STORAGE - 2) * 8)>>]),
    Bad = [
        [<<1:16/native, 0:((?SOCKADDR_STORAGE - 1) * 8)>>],
        [<<1:16/native>>, <<0:((?SOCKADDR_STORAGE - 2) * 8)>>, <<0>>],
        foo,
        "abc",
        [{ptr, ?CSTRUCT_SIZE_MAX + 1}]
    ],
    [{'EXIT', {badarg, _}} = (catch alcove:connect(Drv, [Child], S, A)) || A <- Bad],
    {'EXIT', {badarg, _}} = (catch alcove:connect(Drv, [Child], foo, [])),
    alive(Drv, [Child]).

sockaddr_in(Port) ->
    <<2:16/native, Port:16/big, 127, 0, 0, 1, 0:64>>.

sockaddr_un(Path) ->
    <<1:16/native, Path/binary, 0:((108 - byte_size(Path)) * 8)>>.

%%--------------------------------------------------------------------
%% helpers
%%--------------------------------------------------------------------

%% A child of the port in new mount, pid, UTS, IPC and network namespaces.
ns_child(Drv) ->
    {ok, Child} = alcove:clone(Drv, [], ?NS_FLAGS),
    Child.

ns_path(Pid, NS) ->
    "/proc/" ++ integer_to_list(Pid) ++ "/ns/" ++ NS.

%% The process at Pipeline still answers calls.
alive(Drv, Pipeline) ->
    <<"1.0.1">> = alcove:version(Drv, Pipeline),
    true = is_integer(alcove:getpid(Drv, Pipeline)),
    ok.

is_chardev(Path) ->
    case file:read_file_info(Path) of
        {ok, #file_info{type = device}} -> true;
        _ -> false
    end.

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Error) -> Error.

busybox() ->
    % must be static: nothing else exists inside the new root
    Out = os:cmd("ldd /bin/busybox 2>&1"),
    case filelib:is_regular("/bin/busybox") andalso string:find(Out, "not a dynamic executable") =/= nomatch of
        true -> "/bin/busybox";
        false -> false
    end.

wait_signal(Drv, Pipeline, Signal) ->
    receive
        {alcove_event, Drv, Pipeline, {signal, Signal, _} = Event} -> Event
    after ?TIMEOUT -> timeout
    end.

read_stdout(_Drv, _Pipeline, Acc, N) when byte_size(Acc) >= N ->
    Acc;
read_stdout(Drv, Pipeline, Acc, N) ->
    receive
        {alcove_stdout, Drv, Pipeline, Data} ->
            read_stdout(Drv, Pipeline, <<Acc/binary, Data/binary>>, N)
    after ?TIMEOUT -> {timeout, Acc}
    end.

%% kill(Pid, 0) once the port has reaped Pid.
kill_reaped(Drv, Pid, 0) ->
    alcove:kill(Drv, [], Pid, 0);
kill_reaped(Drv, Pid, N) ->
    case alcove:kill(Drv, [], Pid, 0) of
        ok ->
            timer:sleep(50),
            kill_reaped(Drv, Pid, N - 1);
        Other ->
            Other
    end.
