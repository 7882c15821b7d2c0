%% Shared by the port-driving suites: start a fresh port per case, with the
%% prefix and binary given by the environment so that the same suites run
%% against the sanitizer, valgrind and static builds:
%%
%%   ALCOVE_TEST_EXEC      command prefix, e.g. "valgrind -q" or "sudo -n"
%%   ALCOVE_TEST_PROGNAME  path of the alcove executable
%%   ALCOVE_TEST_MALLOC    the port's allocator when it is not glibc's
%%                         malloc (asan, valgrind, musl): cases that need
%%                         the event loop's bare syscall set skip
-include_lib("common_test/include/ct.hrl").
-include_lib("alcove/include/alcove.hrl").

-define(TIMEOUT, 10000).

-compile([nowarn_unused_import]).
-import(alcove_test, [
    start_drv/0,
    start_drv/1,
    stop_drv/1,
    flush_msgs/1,
    wait_event/2,
    collect/2,
    os_pid_alive/1,
    wait_gone/2,
    fork_chain/2,
    fork_chain/3,
    procs_with/1
]).

