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
    chdir |
    chmod |
    chown |
    chroot |
    clearenv |
    clone |
    clone_constant |
    close |
    connect |
    cpid |
    environ |
    errno_id |
    execve |
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
    link |
    lseek |
    mkdir |
    mkfifo |
    mount |
    mount_constant |
    open |
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
%% 36
%% '''
-spec call(call()) -> 0..99.
call(alloc) -> 0;
call(cap_constant) -> 1;
call(cap_enter) -> 2;
call(cap_fcntls_get) -> 3;
call(cap_fcntls_limit) -> 4;
call(cap_getmode) -> 5;
call(cap_ioctls_limit) -> 6;
call(cap_rights_limit) -> 7;
call(chdir) -> 8;
call(chmod) -> 9;
call(chown) -> 10;
call(chroot) -> 11;
call(clearenv) -> 12;
call(clone) -> 13;
call(clone_constant) -> 14;
call(close) -> 15;
call(connect) -> 16;
call(cpid) -> 17;
call(environ) -> 18;
call(errno_id) -> 19;
call(execve) -> 20;
call(execvp) -> 21;
call(exit) -> 22;
call(fcntl) -> 23;
call(fcntl_constant) -> 24;
call(fexecve) -> 25;
call(file_constant) -> 26;
call(filter) -> 27;
call(fork) -> 28;
call(getcwd) -> 29;
call(getenv) -> 30;
call(getgid) -> 31;
call(getgroups) -> 32;
call(gethostname) -> 33;
call(getopt) -> 34;
call(getpgrp) -> 35;
call(getpid) -> 36;
call(getpriority) -> 37;
call(getresgid) -> 38;
call(getresuid) -> 39;
call(getrlimit) -> 40;
call(getsid) -> 41;
call(getuid) -> 42;
call(ioctl) -> 43;
call(ioctl_constant) -> 44;
call(iolist_to_bin) -> 45;
call(jail) -> 46;
call(jail_attach) -> 47;
call(jail_remove) -> 48;
call(kill) -> 49;
call(link) -> 50;
call(lseek) -> 51;
call(mkdir) -> 52;
call(mkfifo) -> 53;
call(mount) -> 54;
call(mount_constant) -> 55;
call(open) -> 56;
call(pivot_root) -> 57;
call(pledge) -> 58;
call(prctl) -> 59;
call(prctl_constant) -> 60;
call(procctl) -> 61;
call(ptrace) -> 62;
call(ptrace_constant) -> 63;
call(read) -> 64;
call(readdir) -> 65;
call(rlimit_constant) -> 66;
call(rmdir) -> 67;
call(seccomp) -> 68;
call(seccomp_constant) -> 69;
call(select) -> 70;
call(setcpid) -> 71;
call(setenv) -> 72;
call(setgid) -> 73;
call(setgroups) -> 74;
call(sethostname) -> 75;
call(setns) -> 76;
call(setopt) -> 77;
call(setpgid) -> 78;
call(setpriority) -> 79;
call(setproctitle) -> 80;
call(setresgid) -> 81;
call(setresuid) -> 82;
call(setrlimit) -> 83;
call(setsid) -> 84;
call(setuid) -> 85;
call(sigaction) -> 86;
call(signal_constant) -> 87;
call(socket) -> 88;
call(symlink) -> 89;
call(syscall_constant) -> 90;
call(umount) -> 91;
call(umount2) -> 92;
call(unlink) -> 93;
call(unsetenv) -> 94;
call(unshare) -> 95;
call(unveil) -> 96;
call(version) -> 97;
call(waitpid) -> 98;
call(write) -> 99.

%% @doc All call names, in id order.
%%
%% ```
%% 1> length(alcove_proto:calls()).
%% 100
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
        chdir,
        chmod,
        chown,
        chroot,
        clearenv,
        clone,
        clone_constant,
        close,
        connect,
        cpid,
        environ,
        errno_id,
        execve,
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
        link,
        lseek,
        mkdir,
        mkfifo,
        mount,
        mount_constant,
        open,
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
noreturn(execvp) -> true;
noreturn(exit) -> true;
noreturn(fexecve) -> true;
noreturn(_) -> false.
