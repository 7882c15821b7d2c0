%%% seccomp filters built with alcove_seccomp and the macros of
%%% alcove_seccomp.hrl (through examples/seccompex.erl): a process that
%%% makes a forbidden call is killed, gets EPERM or SIGSYS, while allowed
%%% calls keep working.
-module(alcove_seccomp_SUITE).

-include("alcove_test.hrl").
-include_lib("alcove/include/alcove_seccomp.hrl").

-export([all/0, init_per_suite/1, end_per_suite/1, init_per_testcase/2, end_per_testcase/2]).
-export([
    insn_roundtrip/1,
    kill_seccomp/1,
    kill_prctl/1,
    eperm/1,
    trap/1,
    allow_all/1,
    bad_program/1,
    strict_kill_seccomp/1,
    strict_kill_prctl/1,
    strict_trap_seccomp/1,
    strict_trap_prctl/1,
    strict_allow_seccomp/1,
    strict_allow_prctl/1,
    strict_fork_trims/1,
    strict_fork_filtered/1
]).

all() ->
    [
        insn_roundtrip,
        kill_seccomp,
        kill_prctl,
        eperm,
        trap,
        allow_all,
        bad_program,
        strict_kill_seccomp,
        strict_kill_prctl,
        strict_trap_seccomp,
        strict_trap_prctl,
        strict_allow_seccomp,
        strict_allow_prctl,
        strict_fork_trims,
        strict_fork_filtered
    ].

init_per_suite(Config) ->
    %% the example lives in examples/: compile it from the source tree
    Src = proplists:get_value(source, ?MODULE:module_info(compile)),
    Root = filename:dirname(filename:dirname(Src)),
    Example = filename:join([Root, "examples", "seccompex.erl"]),
    {ok, seccompex, Bin} = compile:file(Example, [binary, return_errors, {i, filename:join(Root, "include")}]),
    {module, seccompex} = code:load_binary(seccompex, Example, Bin),
    Config.

end_per_suite(_Config) ->
    ok.

init_per_testcase(Case, Config) ->
    case {lists:prefix("strict_", atom_to_list(Case)), other_allocator()} of
        {true, {true, Why}} -> {skip, Why};
        _ -> init_drv(Config)
    end.

init_drv(Config) ->
    Drv = start_drv(),
    case alcove:prctl_constant(Drv, [], seccomp_mode_filter) of
        unknown ->
            stop_drv(Drv),
            {skip, "seccomp_mode_filter is unknown on this platform"};
        _ ->
            {ok, C} = alcove:fork(Drv, []),
            [{drv, Drv}, {child, C} | Config]
    end.

end_per_testcase(_Case, Config) ->
    stop_drv(?config(drv, Config)),
    ok.

%% Instructions encode to struct sock_filter and back.
insn_roundtrip(_Config) ->
    <<6, 0, 0, 0, 0, 0, 255, 127>> = ?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW),
    <<21, 0, 0, 1, 39, 0, 0, 0>> = ?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, 39, 0, 1),
    #alcove_insn{code = 21, jt = 0, jf = 1, k = 39} = alcove_seccomp:insn(<<21, 0, 0, 1, 39, 0, 0, 0>>),
    <<21, 0, 0, 1, 39, 0, 0, 0>> = alcove_seccomp:insn(#alcove_insn{code = 21, jt = 0, jf = 1, k = 39}),
    8 = alcove_seccomp:offset(halfword),
    byte = alcove_seccomp:offset(16),
    ok.

%% KILL: allowed calls work, a forbidden one kills the process with SIGSYS.
kill_seccomp(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    ok = seccompex:allow(Drv, [C], seccompex:event_loop_syscalls(), kill),
    C = alcove:getpid(Drv, [C]),
    {'EXIT', {{termsig, sigsys}, _}} = (catch alcove:getcwd(Drv, [C], 5000)),
    {error, esrch} = alcove:kill(Drv, [], C, 0),
    ok.

%% The same filter installed with prctl(PR_SET_SECCOMP).
kill_prctl(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    Prog = seccompex:filter(Drv, [C], {seccompex:event_loop_syscalls(), kill}),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_seccomp, seccomp_mode_filter, Prog, 0, 0),
    C = alcove:getpid(Drv, [C]),
    {'EXIT', {{termsig, sigsys}, _}} = (catch alcove:getcwd(Drv, [C], 5000)),
    ok.

%% ERRNO: a forbidden call fails with EPERM and the process lives on.
eperm(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    ok = seccompex:allow(Drv, [C], seccompex:event_loop_syscalls(), eperm),
    {error, eperm} = alcove:getcwd(Drv, [C]),
    {error, eperm} = alcove:open(Drv, [C], "/etc/passwd", [o_rdonly], 0),
    C = alcove:getpid(Drv, [C]),
    ok = alcove:kill(Drv, [], C, 0).

%% TRAP: the forbidden call raises SIGSYS, caught as an event.
trap(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    {ok, _} = alcove:sigaction(Drv, [C], sigsys, sig_info),
    ok = seccompex:allow(Drv, [C], seccompex:event_loop_syscalls(), trap),
    case alcove:getcwd(Drv, [C]) of
        {error, _} -> ok;
        {ok, _} -> ok
    end,
    {signal, sigsys, Info} = wait_event(Drv, [C]),
    true = byte_size(Info) >= 128,
    C = alcove:getpid(Drv, [C]).

%% A filter whose default is ALLOW changes nothing visible.
allow_all(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    Arch = alcove:define(Drv, [C], alcove:audit_arch()),
    Insns = ?VALIDATE_ARCHITECTURE(Arch) ++ [?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW)],
    Prog = [<<(length(Insns)):16/native>>, <<0:(alcove:wordalign(2) * 8)>>, {ptr, iolist_to_binary(Insns)}],
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    ok = alcove:seccomp(Drv, [C], seccomp_set_mode_filter, 0, Prog),
    {ok, _} = alcove:getcwd(Drv, [C]).

%% A program the kernel does not verify is refused with einval; the
%% process still answers.
bad_program(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    %% jumps past the end of the program
    Insns = [?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, 0, 10, 10)],
    Prog = [<<(length(Insns)):16/native>>, <<0:(alcove:wordalign(2) * 8)>>, {ptr, iolist_to_binary(Insns)}],
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    {error, einval} = alcove:seccomp(Drv, [C], seccomp_set_mode_filter, 0, Prog),
    {error, enotsup} = alcove:seccomp(Drv, [C], seccomp_set_mode_bogus, 0, Prog),
    {'EXIT', {badarg, _}} = (catch alcove:seccomp(Drv, [C], seccomp_set_mode_filter, 0, not_a_cstruct)),
    C = alcove:getpid(Drv, [C]).

%% The strict cases hold for the port as built (glibc malloc tuned at
%% start-up, doc/SECCOMP.md). Builds whose allocator maps and unmaps on
%% its own (AddressSanitizer, valgrind's replacement malloc, musl) cannot
%% keep to the list: the Makefile runs them with ALCOVE_TEST_MALLOC set.
other_allocator() ->
    Exec = os:getenv("ALCOVE_TEST_EXEC", ""),
    case {os:getenv("ALCOVE_TEST_MALLOC", ""), string:find(Exec, "valgrind")} of
        {"", nomatch} -> false;
        {"glibc", nomatch} -> false;
        {"", _} -> {true, "the port runs under valgrind (its malloc calls mmap/munmap/brk)"};
        {A, _} -> {true, "the port's allocator is " ++ A ++ " (ALCOVE_TEST_MALLOC): it calls mmap/munmap/brk"}
    end.

%% What alcove 1.0.1's event loop needed, as downstream filters allow it
%% (doc/SECCOMP.md): nothing for the heap.
strict_syscalls() ->
    [
        sys_read,
        sys_write,
        sys_writev,
        sys_poll,
        sys_getpid,
        sys_getrlimit,
        sys_setrlimit,
        sys_rt_sigreturn,
        sys_restart_syscall,
        sys_exit,
        sys_exit_group
    ].

%% Install the strict list (plus the installing call) in C.
strict(Drv, C, seccomp, Action) ->
    Prog = seccompex:filter(Drv, [C], {strict_syscalls() ++ [sys_seccomp], Action}),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    ok = alcove:seccomp(Drv, [C], seccomp_set_mode_filter, 0, Prog, 5000);
strict(Drv, C, prctl, Action) ->
    Prog = seccompex:filter(Drv, [C], {strict_syscalls() ++ [sys_prctl], Action}),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_seccomp, seccomp_mode_filter, Prog, 0, 0, 5000),
    ok.

strict_kill(Config, How) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    ok = strict(Drv, C, How, kill),
    C = alcove:getpid(Drv, [C], 5000),
    {'EXIT', {{termsig, sigsys}, _}} = (catch alcove:getcwd(Drv, [C], 5000)),
    {error, esrch} = alcove:kill(Drv, [], C, 0),
    % the port itself is unharmed
    true = is_integer(alcove:getpid(Drv, [])).

strict_trap(Config, How) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    {ok, _} = alcove:sigaction(Drv, [C], sigsys, sig_info),
    ok = strict(Drv, C, How, trap),
    C = alcove:getpid(Drv, [C], 5000),
    {error, enosys} = alcove:getcwd(Drv, [C], 5000),
    {signal, sigsys, Info} = wait_event(Drv, [C]),
    true = byte_size(Info) >= 128,
    % the loop goes on answering, also after more traps
    C = alcove:getpid(Drv, [C], 5000),
    {error, enosys} = alcove:getcwd(Drv, [C], 5000),
    {signal, sigsys, _} = wait_event(Drv, [C]),
    C = alcove:getpid(Drv, [C], 5000),
    ok = alcove:kill(Drv, [], C, 0).

%% Calls on the list keep working: many, with arguments and replies of
%% many sizes (nothing makes the loop grow or trim its heap).
strict_allow(Config, How) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    ok = strict(Drv, C, How, kill),
    lists:foreach(
        fun(N) ->
            C = alcove:getpid(Drv, [C], 5000),
            Bin = binary:copy(<<N:8>>, N * 97),
            Bin = alcove:iolist_to_bin(Drv, [C], [Bin], 5000),
            <<"1.0.1">> = alcove:version(Drv, [C], 5000)
        end,
        lists:seq(1, 255)
    ),
    ok = alcove:kill(Drv, [], C, 0).

%% KILL with 1.0.1's list: getpid answers, getcwd kills with SIGSYS.
strict_kill_seccomp(Config) -> strict_kill(Config, seccomp).
strict_kill_prctl(Config) -> strict_kill(Config, prctl).
%% TRAP with 1.0.1's list: getcwd fails, SIGSYS arrives as an event.
strict_trap_seccomp(Config) -> strict_trap(Config, seccomp).
strict_trap_prctl(Config) -> strict_trap(Config, prctl).
%% The listed calls go on working.
strict_allow_seccomp(Config) -> strict_allow(Config, seccomp).
strict_allow_prctl(Config) -> strict_allow(Config, prctl).

%% A process no filter applies to gives its free heap pages back before it
%% forks (c_src/alcove_mem.c): after a 16 MiB burst, the port's resident
%% anonymous memory falls back once it forks.
strict_fork_trims(Config) ->
    Drv = ?config(drv, Config),
    {os_pid, Port} = erlang:port_info(alcove_drv:port(Drv), os_pid),
    Big = binary:copy(<<7>>, 16 * 1024 * 1024),
    Big = alcove:iolist_to_bin(Drv, [], [Big], 30000),
    Before = anonymous_kib(Port),
    true = Before >= 16 * 1024,
    {ok, C} = alcove:fork(Drv, []),
    After = anonymous_kib(Port),
    ct:comment("port anonymous RSS ~b KiB after the burst, ~b KiB after fork", [Before, After]),
    true = After < 4 * 1024,
    C = alcove:getpid(Drv, [C], 5000).

%% A process with a filter keeps its heap as it is when it forks: with
%% brk, munmap and madvise killing it, it forks (and so does its child,
%% which inherits the filter) after a burst has left free pages behind.
strict_fork_filtered(Config) ->
    Drv = ?config(drv, Config),
    C = ?config(child, Config),
    Big = binary:copy(<<7>>, 4 * 1024 * 1024),
    Big = alcove:iolist_to_bin(Drv, [C], [Big], 30000),
    Prog = alcove_rootless:seccomp_filter(Drv, [C], {[sys_brk, sys_munmap, sys_madvise], kill}),
    {ok, 0, _, _, _, _} = alcove:prctl(Drv, [C], pr_set_no_new_privs, 1, 0, 0, 0),
    ok = alcove:seccomp(Drv, [C], seccomp_set_mode_filter, 0, Prog, 5000),
    {ok, G} = alcove:fork(Drv, [C], 5000),
    G = alcove:getpid(Drv, [C, G], 5000),
    Big = alcove:iolist_to_bin(Drv, [C, G], [Big], 30000),
    {ok, GG} = alcove:fork(Drv, [C, G], 5000),
    GG = alcove:getpid(Drv, [C, G, GG], 5000),
    C = alcove:getpid(Drv, [C], 5000).

anonymous_kib(Pid) ->
    {ok, Bin} = file:read_file("/proc/" ++ integer_to_list(Pid) ++ "/smaps_rollup"),
    {match, [Kib]} = re:run(Bin, "\\nAnonymous: +([0-9]+) kB", [{capture, all_but_first, binary}]),
    binary_to_integer(Kib).
