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
    clone3 |
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
%% 42
%% '''
-spec call(call()) -> 0..113.
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
call(clone3) -> 17;
call(clone_constant) -> 18;
call(close) -> 19;
call(close_range) -> 20;
call(connect) -> 21;
call(cpid) -> 22;
call(environ) -> 23;
call(errno_id) -> 24;
call(execve) -> 25;
call(execveat) -> 26;
call(execvp) -> 27;
call(exit) -> 28;
call(fcntl) -> 29;
call(fcntl_constant) -> 30;
call(fexecve) -> 31;
call(file_constant) -> 32;
call(filter) -> 33;
call(fork) -> 34;
call(getcwd) -> 35;
call(getenv) -> 36;
call(getgid) -> 37;
call(getgroups) -> 38;
call(gethostname) -> 39;
call(getopt) -> 40;
call(getpgrp) -> 41;
call(getpid) -> 42;
call(getpriority) -> 43;
call(getresgid) -> 44;
call(getresuid) -> 45;
call(getrlimit) -> 46;
call(getsid) -> 47;
call(getuid) -> 48;
call(ioctl) -> 49;
call(ioctl_constant) -> 50;
call(iolist_to_bin) -> 51;
call(jail) -> 52;
call(jail_attach) -> 53;
call(jail_remove) -> 54;
call(kill) -> 55;
call(landlock_add_rule) -> 56;
call(landlock_constant) -> 57;
call(landlock_create_ruleset) -> 58;
call(landlock_restrict_self) -> 59;
call(link) -> 60;
call(lseek) -> 61;
call(memfd_create) -> 62;
call(mkdir) -> 63;
call(mkfifo) -> 64;
call(mount) -> 65;
call(mount_constant) -> 66;
call(open) -> 67;
call(pidfd_getfd) -> 68;
call(pidfd_open) -> 69;
call(pidfd_send_signal) -> 70;
call(pivot_root) -> 71;
call(pledge) -> 72;
call(prctl) -> 73;
call(prctl_constant) -> 74;
call(procctl) -> 75;
call(ptrace) -> 76;
call(ptrace_constant) -> 77;
call(read) -> 78;
call(readdir) -> 79;
call(rlimit_constant) -> 80;
call(rmdir) -> 81;
call(seccomp) -> 82;
call(seccomp_constant) -> 83;
call(select) -> 84;
call(setcpid) -> 85;
call(setenv) -> 86;
call(setgid) -> 87;
call(setgroups) -> 88;
call(sethostname) -> 89;
call(setns) -> 90;
call(setopt) -> 91;
call(setpgid) -> 92;
call(setpriority) -> 93;
call(setproctitle) -> 94;
call(setresgid) -> 95;
call(setresuid) -> 96;
call(setrlimit) -> 97;
call(setsid) -> 98;
call(setuid) -> 99;
call(sigaction) -> 100;
call(signal_constant) -> 101;
call(socket) -> 102;
call(symlink) -> 103;
call(syscall_constant) -> 104;
call(umount) -> 105;
call(umount2) -> 106;
call(unlink) -> 107;
call(unsetenv) -> 108;
call(unshare) -> 109;
call(unveil) -> 110;
call(version) -> 111;
call(waitpid) -> 112;
call(write) -> 113.

%% @doc All call names, in id order.
%%
%% ```
%% 1> length(alcove_proto:calls()).
%% 114
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
        clone3,
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
