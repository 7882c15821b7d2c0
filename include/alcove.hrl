%%% Records and macros shared by alcove users.
%%%
%%% On the wire these records are plain tuples (see alcove_codec); the
%%% types of their fields are exported by module alcove.

-ifndef(ALCOVE_HRL).
-define(ALCOVE_HRL, true).

-record(alcove_rlimit, {
    cur = 0 :: alcove:uint64_t(),
    max = 0 :: alcove:uint64_t()
}).

-record(alcove_pid, {
    pid = 0 :: alcove:pid_t(),
    flowcontrol = -1 :: alcove:int32_t(),
    signaloneof = 15 :: alcove:int32_t(),
    fdctl = -1 :: alcove:fd(),
    stdin = -1 :: alcove:fd(),
    stdout = -1 :: alcove:fd(),
    stderr = -1 :: alcove:fd()
}).

-record(alcove_timeval, {
    sec = 0 :: non_neg_integer(),
    usec = 0 :: non_neg_integer()
}).

-record(alcove_jail, {
    version = 2 :: alcove:uint32_t(),
    path = <<>> :: iodata(),
    hostname = <<>> :: iodata(),
    jailname = <<>> :: iodata(),
    ip4 = [] :: [inet:ip4_address()],
    ip6 = [] :: [inet:ip6_address()]
}).

%% Binary segments: N as a 2-byte or 4-byte unsigned big-endian integer.
-define(UINT16(N), N:2/unsigned-integer-unit:8).
-define(UINT32(N), N:4/unsigned-integer-unit:8).

%% Frame types (doc/PROTOCOL.md).
-define(ALCOVE_MSG_STDIN, 0).
-define(ALCOVE_MSG_STDOUT, 1).
-define(ALCOVE_MSG_STDERR, 2).
-define(ALCOVE_MSG_PROXY, 3).
-define(ALCOVE_MSG_CALL, 4).
-define(ALCOVE_MSG_EVENT, 5).
-define(ALCOVE_MSG_CTL, 6).
-define(ALCOVE_MSG_PIPE, 7).
-define(ALCOVE_MSG_WINDOW, 8).

-endif.
