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
    forkpty |
    fsconfig |
    fsmount |
    fsopen |
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
    mount_setattr |
    move_mount |
    open |
    open_tree |
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
    ptysize |
    read |
    readdir |
    rlimit_constant |
    rmdir |
    seccomp |
    seccomp_constant |
    seccomp_notify |
    seccomp_notify_listen |
    seccomp_notify_read |
    seccomp_notify_respond |
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
%% 46
%% '''
-spec call(call()) -> 0..125.
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
call(forkpty) -> 35;
call(fsconfig) -> 36;
call(fsmount) -> 37;
call(fsopen) -> 38;
call(getcwd) -> 39;
call(getenv) -> 40;
call(getgid) -> 41;
call(getgroups) -> 42;
call(gethostname) -> 43;
call(getopt) -> 44;
call(getpgrp) -> 45;
call(getpid) -> 46;
call(getpriority) -> 47;
call(getresgid) -> 48;
call(getresuid) -> 49;
call(getrlimit) -> 50;
call(getsid) -> 51;
call(getuid) -> 52;
call(ioctl) -> 53;
call(ioctl_constant) -> 54;
call(iolist_to_bin) -> 55;
call(jail) -> 56;
call(jail_attach) -> 57;
call(jail_remove) -> 58;
call(kill) -> 59;
call(landlock_add_rule) -> 60;
call(landlock_constant) -> 61;
call(landlock_create_ruleset) -> 62;
call(landlock_restrict_self) -> 63;
call(link) -> 64;
call(lseek) -> 65;
call(memfd_create) -> 66;
call(mkdir) -> 67;
call(mkfifo) -> 68;
call(mount) -> 69;
call(mount_constant) -> 70;
call(mount_setattr) -> 71;
call(move_mount) -> 72;
call(open) -> 73;
call(open_tree) -> 74;
call(pidfd_getfd) -> 75;
call(pidfd_open) -> 76;
call(pidfd_send_signal) -> 77;
call(pivot_root) -> 78;
call(pledge) -> 79;
call(prctl) -> 80;
call(prctl_constant) -> 81;
call(procctl) -> 82;
call(ptrace) -> 83;
call(ptrace_constant) -> 84;
call(ptysize) -> 85;
call(read) -> 86;
call(readdir) -> 87;
call(rlimit_constant) -> 88;
call(rmdir) -> 89;
call(seccomp) -> 90;
call(seccomp_constant) -> 91;
call(seccomp_notify) -> 92;
call(seccomp_notify_listen) -> 93;
call(seccomp_notify_read) -> 94;
call(seccomp_notify_respond) -> 95;
call(select) -> 96;
call(setcpid) -> 97;
call(setenv) -> 98;
call(setgid) -> 99;
call(setgroups) -> 100;
call(sethostname) -> 101;
call(setns) -> 102;
call(setopt) -> 103;
call(setpgid) -> 104;
call(setpriority) -> 105;
call(setproctitle) -> 106;
call(setresgid) -> 107;
call(setresuid) -> 108;
call(setrlimit) -> 109;
call(setsid) -> 110;
call(setuid) -> 111;
call(sigaction) -> 112;
call(signal_constant) -> 113;
call(socket) -> 114;
call(symlink) -> 115;
call(syscall_constant) -> 116;
call(umount) -> 117;
call(umount2) -> 118;
call(unlink) -> 119;
call(unsetenv) -> 120;
call(unshare) -> 121;
call(unveil) -> 122;
call(version) -> 123;
call(waitpid) -> 124;
call(write) -> 125.

%% @doc All call names, in id order.
%%
%% ```
%% 1> length(alcove_proto:calls()).
%% 126
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
        forkpty,
        fsconfig,
        fsmount,
        fsopen,
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
        mount_setattr,
        move_mount,
        open,
        open_tree,
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
        ptysize,
        read,
        readdir,
        rlimit_constant,
        rmdir,
        seccomp,
        seccomp_constant,
        seccomp_notify,
        seccomp_notify_listen,
        seccomp_notify_read,
        seccomp_notify_respond,
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
