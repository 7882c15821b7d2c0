%% GENERATED: DO NOT EDIT (make gen) from c_src/alcove_call.proto
%% and doc/modules/alcove_proto.edoc.
%% @noformat

%% @doc The names and ids of the alcove calls.
%%
%% A call's id is its position in the call table
%% (`c_src/alcove_call.proto'), counting from 0. The id is what
%% `alcove_codec:call/3' puts on the wire and the bit number used by call
%% filters (`alcove:filter/1'); the port's C dispatch table is generated
%% from the same table, so both sides always agree.
%%
%% ```
%% 1> alcove_proto:call(write).
%% 99
%% 2> lists:nth(37, alcove_proto:calls()).
%% getpid
%% '''
-module(alcove_proto).

-export([call/1, calls/0, noreturn/1]).

-export_type([call/0, calls/0]).

-type call() ::
    alloc |
    cap_constant |
    cap_enter |
    cap_fcntls_get |
    cap_fcntls_limit |
    cap_getmode |
    cap_ioctls_limit |
    cap_rights_limit |
    capability_constant |
    capget |
    capset |
    chdir |
    chmod |
    chown |
    chroot |
    clearenv |
    clone |
    clone_constant |
    close |
    close_range |
    connect |
    cpid |
    environ |
    errno_id |
    execve |
    execveat |
    execvp |
    exit |
    fcntl |
    fcntl_constant |
    fexecve |
    file_constant |
    filter |
    fork |
    getcwd |
    getenv |
    getgid |
    getgroups |
    gethostname |
    getopt |
    getpgrp |
    getpid |
    getpriority |
    getresgid |
    getresuid |
    getrlimit |
    getsid |
    getuid |
    ioctl |
    ioctl_constant |
    iolist_to_bin |
    jail |
    jail_attach |
    jail_remove |
    kill |
    landlock_add_rule |
    landlock_constant |
    landlock_create_ruleset |
    landlock_restrict_self |
    link |
    lseek |
    memfd_create |
    mkdir |
    mkfifo |
    mount |
    mount_constant |
    open |
    pidfd_getfd |
    pidfd_open |
    pidfd_send_signal |
    pivot_root |
    pledge |
    prctl |
    prctl_constant |
    procctl |
    ptrace |
    ptrace_constant |
    read |
    readdir |
    rlimit_constant |
    rmdir |
    seccomp |
    seccomp_constant |
    select |
    setcpid |
    setenv |
    setgid |
    setgroups |
    sethostname |
    setns |
    setopt |
    setpgid |
    setpriority |
    setproctitle |
    setresgid |
    setresuid |
    setrlimit |
    setsid |
    setuid |
    sigaction |
    signal_constant |
    socket |
    symlink |
    syscall_constant |
    umount |
    umount2 |
    unlink |
    unsetenv |
    unshare |
    unveil |
    version |
    waitpid |
    write.

-type calls() :: [call()].

%% @doc The id of a call: its position in `calls()', counting from 0.
%%
%% The id is carried on the wire and is the bit number of the call in
%% call filters (`alcove:filter/1'). An unknown name crashes with
%% `function_clause'.
%%
%% ```
%% 1> alcove_proto:call(getpid).
%% 41
%% '''
-spec call(call()) -> 0..112.
call(alloc) -> 0;
call(cap_constant) -> 1;
call(cap_enter) -> 2;
call(cap_fcntls_get) -> 3;
call(cap_fcntls_limit) -> 4;
call(cap_getmode) -> 5;
call(cap_ioctls_limit) -> 6;
call(cap_rights_limit) -> 7;
call(capability_constant) -> 8;
call(capget) -> 9;
call(capset) -> 10;
call(chdir) -> 11;
call(chmod) -> 12;
call(chown) -> 13;
call(chroot) -> 14;
call(clearenv) -> 15;
call(clone) -> 16;
call(clone_constant) -> 17;
call(close) -> 18;
call(close_range) -> 19;
call(connect) -> 20;
call(cpid) -> 21;
call(environ) -> 22;
call(errno_id) -> 23;
call(execve) -> 24;
call(execveat) -> 25;
call(execvp) -> 26;
call(exit) -> 27;
call(fcntl) -> 28;
call(fcntl_constant) -> 29;
call(fexecve) -> 30;
call(file_constant) -> 31;
call(filter) -> 32;
call(fork) -> 33;
call(getcwd) -> 34;
call(getenv) -> 35;
call(getgid) -> 36;
call(getgroups) -> 37;
call(gethostname) -> 38;
call(getopt) -> 39;
call(getpgrp) -> 40;
call(getpid) -> 41;
call(getpriority) -> 42;
call(getresgid) -> 43;
call(getresuid) -> 44;
call(getrlimit) -> 45;
call(getsid) -> 46;
call(getuid) -> 47;
call(ioctl) -> 48;
call(ioctl_constant) -> 49;
call(iolist_to_bin) -> 50;
call(jail) -> 51;
call(jail_attach) -> 52;
call(jail_remove) -> 53;
call(kill) -> 54;
call(landlock_add_rule) -> 55;
call(landlock_constant) -> 56;
call(landlock_create_ruleset) -> 57;
call(landlock_restrict_self) -> 58;
call(link) -> 59;
call(lseek) -> 60;
call(memfd_create) -> 61;
call(mkdir) -> 62;
call(mkfifo) -> 63;
call(mount) -> 64;
call(mount_constant) -> 65;
call(open) -> 66;
call(pidfd_getfd) -> 67;
call(pidfd_open) -> 68;
call(pidfd_send_signal) -> 69;
call(pivot_root) -> 70;
call(pledge) -> 71;
call(prctl) -> 72;
call(prctl_constant) -> 73;
call(procctl) -> 74;
call(ptrace) -> 75;
call(ptrace_constant) -> 76;
call(read) -> 77;
call(readdir) -> 78;
call(rlimit_constant) -> 79;
call(rmdir) -> 80;
call(seccomp) -> 81;
call(seccomp_constant) -> 82;
call(select) -> 83;
call(setcpid) -> 84;
call(setenv) -> 85;
call(setgid) -> 86;
call(setgroups) -> 87;
call(sethostname) -> 88;
call(setns) -> 89;
call(setopt) -> 90;
call(setpgid) -> 91;
call(setpriority) -> 92;
call(setproctitle) -> 93;
call(setresgid) -> 94;
call(setresuid) -> 95;
call(setrlimit) -> 96;
call(setsid) -> 97;
call(setuid) -> 98;
call(sigaction) -> 99;
call(signal_constant) -> 100;
call(socket) -> 101;
call(symlink) -> 102;
call(syscall_constant) -> 103;
call(umount) -> 104;
call(umount2) -> 105;
call(unlink) -> 106;
call(unsetenv) -> 107;
call(unshare) -> 108;
call(unveil) -> 109;
call(version) -> 110;
call(waitpid) -> 111;
call(write) -> 112.

%% @doc All call names, in id order.
%%
%% ```
%% 1> length(alcove_proto:calls()).
%% 113
%% '''
-spec calls() -> [call(), ...].
calls() ->
    [
        alloc,
        cap_constant,
        cap_enter,
        cap_fcntls_get,
        cap_fcntls_limit,
        cap_getmode,
        cap_ioctls_limit,
        cap_rights_limit,
        capability_constant,
        capget,
        capset,
        chdir,
        chmod,
        chown,
        chroot,
        clearenv,
        clone,
        clone_constant,
        close,
        close_range,
        connect,
        cpid,
        environ,
        errno_id,
        execve,
        execveat,
        execvp,
        exit,
        fcntl,
        fcntl_constant,
        fexecve,
        file_constant,
        filter,
        fork,
        getcwd,
        getenv,
        getgid,
        getgroups,
        gethostname,
        getopt,
        getpgrp,
        getpid,
        getpriority,
        getresgid,
        getresuid,
        getrlimit,
        getsid,
        getuid,
        ioctl,
        ioctl_constant,
        iolist_to_bin,
        jail,
        jail_attach,
        jail_remove,
        kill,
        landlock_add_rule,
        landlock_constant,
        landlock_create_ruleset,
        landlock_restrict_self,
        link,
        lseek,
        memfd_create,
        mkdir,
        mkfifo,
        mount,
        mount_constant,
        open,
        pidfd_getfd,
        pidfd_open,
        pidfd_send_signal,
        pivot_root,
        pledge,
        prctl,
        prctl_constant,
        procctl,
        ptrace,
        ptrace_constant,
        read,
        readdir,
        rlimit_constant,
        rmdir,
        seccomp,
        seccomp_constant,
        select,
        setcpid,
        setenv,
        setgid,
        setgroups,
        sethostname,
        setns,
        setopt,
        setpgid,
        setpriority,
        setproctitle,
        setresgid,
        setresuid,
        setrlimit,
        setsid,
        setuid,
        sigaction,
        signal_constant,
        socket,
        symlink,
        syscall_constant,
        umount,
        umount2,
        unlink,
        unsetenv,
        unshare,
        unveil,
        version,
        waitpid,
        write
    ].

%% @doc `true' for the calls that succeed without a reply: the process
%% exec's or exits, and its parent reports `fdctl_closed'. `false' for
%% any other atom.
%%
%% ```
%% 1> alcove_proto:noreturn(execve).
%% true
%% 2> alcove_proto:noreturn(fork).
%% false
%% '''
-spec noreturn(atom()) -> boolean().
noreturn(execve) -> true;
noreturn(execveat) -> true;
noreturn(execvp) -> true;
noreturn(exit) -> true;
noreturn(fexecve) -> true;
noreturn(_) -> false.
