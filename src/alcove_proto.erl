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
    landlock_add_rule |
    landlock_constant |
    landlock_create_ruleset |
    landlock_restrict_self |
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
%% 37
%% '''
-spec call(call()) -> 0..104.
call(alloc) -> 0;
call(cap_constant) -> 1;
call(cap_enter) -> 2;
call(cap_fcntls_get) -> 3;
call(cap_fcntls_limit) -> 4;
call(cap_getmode) -> 5;
call(cap_ioctls_limit) -> 6;
call(cap_rights_limit) -> 7;
call(capability_constant) -> 8;
call(chdir) -> 9;
call(chmod) -> 10;
call(chown) -> 11;
call(chroot) -> 12;
call(clearenv) -> 13;
call(clone) -> 14;
call(clone_constant) -> 15;
call(close) -> 16;
call(connect) -> 17;
call(cpid) -> 18;
call(environ) -> 19;
call(errno_id) -> 20;
call(execve) -> 21;
call(execvp) -> 22;
call(exit) -> 23;
call(fcntl) -> 24;
call(fcntl_constant) -> 25;
call(fexecve) -> 26;
call(file_constant) -> 27;
call(filter) -> 28;
call(fork) -> 29;
call(getcwd) -> 30;
call(getenv) -> 31;
call(getgid) -> 32;
call(getgroups) -> 33;
call(gethostname) -> 34;
call(getopt) -> 35;
call(getpgrp) -> 36;
call(getpid) -> 37;
call(getpriority) -> 38;
call(getresgid) -> 39;
call(getresuid) -> 40;
call(getrlimit) -> 41;
call(getsid) -> 42;
call(getuid) -> 43;
call(ioctl) -> 44;
call(ioctl_constant) -> 45;
call(iolist_to_bin) -> 46;
call(jail) -> 47;
call(jail_attach) -> 48;
call(jail_remove) -> 49;
call(kill) -> 50;
call(landlock_add_rule) -> 51;
call(landlock_constant) -> 52;
call(landlock_create_ruleset) -> 53;
call(landlock_restrict_self) -> 54;
call(link) -> 55;
call(lseek) -> 56;
call(mkdir) -> 57;
call(mkfifo) -> 58;
call(mount) -> 59;
call(mount_constant) -> 60;
call(open) -> 61;
call(pivot_root) -> 62;
call(pledge) -> 63;
call(prctl) -> 64;
call(prctl_constant) -> 65;
call(procctl) -> 66;
call(ptrace) -> 67;
call(ptrace_constant) -> 68;
call(read) -> 69;
call(readdir) -> 70;
call(rlimit_constant) -> 71;
call(rmdir) -> 72;
call(seccomp) -> 73;
call(seccomp_constant) -> 74;
call(select) -> 75;
call(setcpid) -> 76;
call(setenv) -> 77;
call(setgid) -> 78;
call(setgroups) -> 79;
call(sethostname) -> 80;
call(setns) -> 81;
call(setopt) -> 82;
call(setpgid) -> 83;
call(setpriority) -> 84;
call(setproctitle) -> 85;
call(setresgid) -> 86;
call(setresuid) -> 87;
call(setrlimit) -> 88;
call(setsid) -> 89;
call(setuid) -> 90;
call(sigaction) -> 91;
call(signal_constant) -> 92;
call(socket) -> 93;
call(symlink) -> 94;
call(syscall_constant) -> 95;
call(umount) -> 96;
call(umount2) -> 97;
call(unlink) -> 98;
call(unsetenv) -> 99;
call(unshare) -> 100;
call(unveil) -> 101;
call(version) -> 102;
call(waitpid) -> 103;
call(write) -> 104.

%% @doc All call names, in id order.
%%
%% ```
%% 1> length(alcove_proto:calls()).
%% 105
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
        landlock_add_rule,
        landlock_constant,
        landlock_create_ruleset,
        landlock_restrict_self,
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
