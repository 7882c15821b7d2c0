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
    bad_program/1
]).

all() ->
    [insn_roundtrip, kill_seccomp, kill_prctl, eperm, trap, allow_all, bad_program].

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

init_per_testcase(_Case, Config) ->
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
