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
%% 45
%% '''
-spec call(call()) -> 0..123.
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
call(fsconfig) -> 35;
call(fsmount) -> 36;
call(fsopen) -> 37;
call(getcwd) -> 38;
call(getenv) -> 39;
call(getgid) -> 40;
call(getgroups) -> 41;
call(gethostname) -> 42;
call(getopt) -> 43;
call(getpgrp) -> 44;
call(getpid) -> 45;
call(getpriority) -> 46;
call(getresgid) -> 47;
call(getresuid) -> 48;
call(getrlimit) -> 49;
call(getsid) -> 50;
call(getuid) -> 51;
call(ioctl) -> 52;
call(ioctl_constant) -> 53;
call(iolist_to_bin) -> 54;
call(jail) -> 55;
call(jail_attach) -> 56;
call(jail_remove) -> 57;
call(kill) -> 58;
call(landlock_add_rule) -> 59;
call(landlock_constant) -> 60;
call(landlock_create_ruleset) -> 61;
call(landlock_restrict_self) -> 62;
call(link) -> 63;
call(lseek) -> 64;
call(memfd_create) -> 65;
call(mkdir) -> 66;
call(mkfifo) -> 67;
call(mount) -> 68;
call(mount_constant) -> 69;
call(mount_setattr) -> 70;
call(move_mount) -> 71;
call(open) -> 72;
call(open_tree) -> 73;
call(pidfd_getfd) -> 74;
call(pidfd_open) -> 75;
call(pidfd_send_signal) -> 76;
call(pivot_root) -> 77;
call(pledge) -> 78;
call(prctl) -> 79;
call(prctl_constant) -> 80;
call(procctl) -> 81;
call(ptrace) -> 82;
call(ptrace_constant) -> 83;
call(read) -> 84;
call(readdir) -> 85;
call(rlimit_constant) -> 86;
call(rmdir) -> 87;
call(seccomp) -> 88;
call(seccomp_constant) -> 89;
call(seccomp_notify) -> 90;
call(seccomp_notify_listen) -> 91;
call(seccomp_notify_read) -> 92;
call(seccomp_notify_respond) -> 93;
call(select) -> 94;
call(setcpid) -> 95;
call(setenv) -> 96;
call(setgid) -> 97;
call(setgroups) -> 98;
call(sethostname) -> 99;
call(setns) -> 100;
call(setopt) -> 101;
call(setpgid) -> 102;
call(setpriority) -> 103;
call(setproctitle) -> 104;
call(setresgid) -> 105;
call(setresuid) -> 106;
call(setrlimit) -> 107;
call(setsid) -> 108;
call(setuid) -> 109;
call(sigaction) -> 110;
call(signal_constant) -> 111;
call(socket) -> 112;
call(symlink) -> 113;
call(syscall_constant) -> 114;
call(umount) -> 115;
call(umount2) -> 116;
call(unlink) -> 117;
call(unsetenv) -> 118;
call(unshare) -> 119;
call(unveil) -> 120;
call(version) -> 121;
call(waitpid) -> 122;
call(write) -> 123.

%% @doc All call names, in id order.
%%
%% ```
%% 1> length(alcove_proto:calls()).
%% 124
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
