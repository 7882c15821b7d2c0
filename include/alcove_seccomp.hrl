%%% Classic BPF and seccomp constants, records and filter-building macros
%%% (values as in the Linux/BSD bpf.h and seccomp.h headers). See
%%% alcove_seccomp.

-ifndef(ALCOVE_SECCOMP_HRL).
-define(ALCOVE_SECCOMP_HRL, true).

%% Instruction classes
-define(BPF_CLASS(Code), (Code band 16#07)).
-define(BPF_LD, 16#00).
-define(BPF_LDX, 16#01).
-define(BPF_ST, 16#02).
-define(BPF_STX, 16#03).
-define(BPF_ALU, 16#04).
-define(BPF_JMP, 16#05).
-define(BPF_RET, 16#06).
-define(BPF_MISC, 16#07).

%% ld/ldx fields
-define(BPF_SIZE(Code), (Code band 16#18)).
-define(BPF_W, 16#00).
-define(BPF_H, 16#08).
-define(BPF_B, 16#10).
-define(BPF_MODE(Code), (Code band 16#e0)).
-define(BPF_IMM, 16#00).
-define(BPF_ABS, 16#20).
-define(BPF_IND, 16#40).
-define(BPF_MEM, 16#60).
-define(BPF_LEN, 16#80).
-define(BPF_MSH, 16#a0).

%% alu/jmp fields
-define(BPF_OP(Code), (Code band 16#f0)).
-define(BPF_ADD, 16#00).
-define(BPF_SUB, 16#10).
-define(BPF_MUL, 16#20).
-define(BPF_DIV, 16#30).
-define(BPF_OR, 16#40).
-define(BPF_AND, 16#50).
-define(BPF_LSH, 16#60).
-define(BPF_RSH, 16#70).
-define(BPF_NEG, 16#80).
-define(BPF_JA, 16#00).
-define(BPF_JEQ, 16#10).
-define(BPF_JGT, 16#20).
-define(BPF_JGE, 16#30).
-define(BPF_JSET, 16#40).
-define(BPF_SRC(Code), (Code band 16#08)).
-define(BPF_K, 16#00).
-define(BPF_X, 16#08).

%% ret - BPF_K and BPF_X also apply
-define(BPF_RVAL(Code), (Code band 16#18)).
-define(BPF_A, 16#10).

%% misc
-define(BPF_MISCOP(Code), (Code band 16#f8)).
-define(BPF_TAX, 16#00).
-define(BPF_TXA, 16#80).

-define(BPF_STMT(Code, K), alcove_seccomp:stmt(Code, K)).
-define(BPF_JUMP(Code, K, JT, JF), alcove_seccomp:jump(Code, K, JT, JF)).

%% seccomp modes
-define(SECCOMP_MODE_DISABLED, 0).
-define(SECCOMP_MODE_STRICT, 1).
-define(SECCOMP_MODE_FILTER, 2).

%% seccomp filter return values
-define(SECCOMP_RET_KILL, 16#00000000).
-define(SECCOMP_RET_TRAP, 16#00030000).
-define(SECCOMP_RET_ERRNO, 16#00050000).
-define(SECCOMP_RET_TRACE, 16#7ff00000).
-define(SECCOMP_RET_ALLOW, 16#7fff0000).

-define(SECCOMP_RET_ACTION, 16#7fff0000).
-define(SECCOMP_RET_DATA, 16#0000ffff).

%% Offsets into struct seccomp_data
-define(OFFSET_SYSCALL_NR, 0).
-define(OFFSET_ARCH_NR, 4).

%% Kill the process unless the audit architecture is Arch.
-define(VALIDATE_ARCHITECTURE(Arch), [
    ?BPF_STMT(?BPF_LD + ?BPF_W + ?BPF_ABS, ?OFFSET_ARCH_NR),
    ?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, (Arch), 1, 0),
    ?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_KILL)
]).

%% Load the syscall number into the accumulator.
-define(EXAMINE_SYSCALL, ?BPF_STMT(?BPF_LD + ?BPF_W + ?BPF_ABS, ?OFFSET_SYSCALL_NR)).

%% Allow the syscall Nr, else fall through to the next instruction.
-define(ALLOW_SYSCALL(Nr), [
    ?BPF_JUMP(?BPF_JMP + ?BPF_JEQ + ?BPF_K, (Nr), 0, 1),
    ?BPF_STMT(?BPF_RET + ?BPF_K, ?SECCOMP_RET_ALLOW)
]).

-record(alcove_insn, {
    code = 0 :: 0..65535,
    jt = 0 :: 0..255,
    jf = 0 :: 0..255,
    k = 0 :: non_neg_integer()
}).

%% Documentation only: the layout of struct seccomp_data.
-record(alcove_seccomp_data, {
    nr = 0 :: integer(),
    arch = 0 :: non_neg_integer(),
    instruction_pointer = 0 :: non_neg_integer(),
    args = [0, 0, 0, 0, 0, 0] :: [non_neg_integer()]
}).

-endif.
