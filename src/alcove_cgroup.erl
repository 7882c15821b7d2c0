%%% Copyright (c) 2024, alcove contributors
%%%
%%% Permission to use, copy, modify, and/or distribute this software for any
%%% purpose with or without fee is hereby granted, provided that the above
%%% copyright notice and this permission notice appear in all copies.
%%%
%%% THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
%%% WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
%%% MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
%%% ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
%%% WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
%%% ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
%%% OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

%% @docfile "doc/modules/alcove_cgroup.edoc"
-module(alcove_cgroup).

%% The module documentation is doc/modules/alcove_cgroup.edoc (read by
%% @docfile); the functions are implemented in alcove_cgroup_fs.

%% API
-export([
    supported/2,
    mounts/1,
    mounts/2,
    cgroup/1,
    cgroup/2,
    unified/1,
    unified/2,
    version/2,
    create/2,
    create/3,
    clone/3,
    clone/4,
    destroy/2,
    destroy/3,
    set/6,
    get/5,
    add/4,
    add/5,
    procs/3,
    procs/4,
    kill/3,
    enable/4,
    controllers/3,
    fold/5,
    fold/6,
    fold_files/6,
    fold_files/7,
    is_dir/3,
    is_file/3,
    join/2,
    relpath/1,
    expand/1
]).

-type drv() :: alcove_drv:ref().
-type pipeline() :: [alcove:pid_t()].
-type posix() :: alcove:posix().
-type component() :: binary() | string().
-type path() :: [component()].
-type mount() :: {Dir :: binary(), Options :: [binary()]}.
-type version() :: none | v1 | v2 | hybrid.

-export_type([component/0, path/0, mount/0, version/0]).

%%====================================================================
%% API
%%====================================================================

%% @doc Whether cgroups can be managed from the process `Pids'.
%%
%% `true' iff the VM runs on Linux, there is at least one cgroup mount
%% (v1 or v2), every cgroup mount directory is a directory, and, when v1
%% mounts exist, `/proc/cgroups' can be opened in `Pids'.
%%
%% ```
%% 1> alcove_cgroup:supported(Drv, []).
%% true
%% '''
-spec supported(drv(), pipeline()) -> boolean().
supported(Drv, Pids) ->
    alcove_cgroup_fs:supported(Drv, Pids).

%% @doc The lines of `/proc/mounts' read in the port.
%%
%% ```
%% 1> {ok, Lines} = alcove_cgroup:mounts(Drv).
%% {ok,[{<<"proc">>,<<"/proc">>,<<"proc">>,<<"rw,relatime">>,
%%       <<"0">>,<<"0">>},
%%      ...]}
%% 2> lists:keyfind(<<"cgroup2">>, 3, Lines).
%% {<<"cgroup2">>,<<"/sys/fs/cgroup/unified">>,<<"cgroup2">>,
%%  <<"rw,relatime">>,<<"0">>,<<"0">>}
%% '''
%%
%% @see mounts/2
-spec mounts(drv()) -> {ok, [tuple()]} | {error, posix()}.
mounts(Drv) ->
    mounts(Drv, []).

%% @doc The lines of `/proc/mounts' read in `Pids', one tuple per line,
%% fields split on single spaces (normally 6 binaries).
%%
%% `{ok, []}' if the file cannot be opened; a read error is returned.
%%
%% ```
%% 1> {ok, Lines} = alcove_cgroup:mounts(Drv, []).
%% {ok,[{<<"proc">>,<<"/proc">>,<<"proc">>,<<"rw,relatime">>,
%%       <<"0">>,<<"0">>},
%%      ...]}
%% 2> lists:keyfind(<<"/sys/fs/cgroup/pids">>, 2, Lines).
%% {<<"cgroup">>,<<"/sys/fs/cgroup/pids">>,<<"cgroup">>,
%%  <<"rw,relatime,pids">>,<<"0">>,<<"0">>}
%% '''
-spec mounts(drv(), pipeline()) -> {ok, [tuple()]} | {error, posix()}.
mounts(Drv, Pids) ->
    alcove_cgroup_fs:mounts(Drv, Pids).

%% @doc The cgroup mounts (v1 then v2) seen by the port.
%%
%% ```
%% 1> alcove_cgroup:cgroup(Drv).
%% [{<<"/sys/fs/cgroup/cpu">>,
%%   [<<"rw">>,<<"relatime">>,<<"cpu">>]},
%%  {<<"/sys/fs/cgroup/cpuacct">>,
%%   [<<"rw">>,<<"relatime">>,<<"cpuacct">>]},
%%  {<<"/sys/fs/cgroup/cpuset">>,
%%   [<<"rw">>,<<"relatime">>,<<"cpuset">>]},
%%  {<<"/sys/fs/cgroup/memory">>,
%%   [<<"rw">>,<<"relatime">>,<<"memory">>]},
%%  {<<"/sys/fs/cgroup/devices">>,
%%   [<<"rw">>,<<"relatime">>,<<"devices">>]},
%%  {<<"/sys/fs/cgroup/freezer">>,
%%   [<<"rw">>,<<"relatime">>,<<"freezer">>]},
%%  {<<"/sys/fs/cgroup/blkio">>,
%%   [<<"rw">>,<<"relatime">>,<<"blkio">>]},
%%  {<<"/sys/fs/cgroup/pids">>,
%%   [<<"rw">>,<<"relatime">>,<<"pids">>]},
%%  {<<"/sys/fs/cgroup/systemd">>,
%%   [<<"rw">>,<<"relatime">>,<<"name=systemd">>]},
%%  {<<"/sys/fs/cgroup/unified">>,
%%   [<<"rw">>,<<"relatime">>,<<"cgroup2">>,<<"hugetlb">>]}]
%% '''
%%
%% @see cgroup/2
-spec cgroup(drv()) -> [mount()].
cgroup(Drv) ->
    cgroup(Drv, []).

%% @doc The cgroup mounts seen by `Pids': v1 mounts, then v2 mounts whose
%% options end with `<<"cgroup2">>' and the controllers available in the
%% hierarchy.
%%
%% ```
%% 1> lists:keyfind(<<"/sys/fs/cgroup/unified">>, 1, alcove_cgroup:cgroup(Drv, [])).
%% {<<"/sys/fs/cgroup/unified">>,
%%  [<<"rw">>,<<"relatime">>,<<"cgroup2">>,<<"hugetlb">>]}
%% '''
-spec cgroup(drv(), pipeline()) -> [mount()].
cgroup(Drv, Pids) ->
    alcove_cgroup_fs:cgroup(Drv, Pids).

%% @doc The directories of the unified (cgroup2) mounts seen by the port.
%%
%% ```
%% 1> alcove_cgroup:unified(Drv).
%% [<<"/sys/fs/cgroup/unified">>]
%% '''
-spec unified(drv()) -> [binary()].
unified(Drv) ->
    unified(Drv, []).

%% @doc The directories of the unified (cgroup2) mounts seen by `Pids'.
%%
%% ```
%% 1> alcove_cgroup:unified(Drv, []).
%% [<<"/sys/fs/cgroup/unified">>]
%% '''
-spec unified(drv(), pipeline()) -> [binary()].
unified(Drv, Pids) ->
    alcove_cgroup_fs:unified(Drv, Pids).

%% @doc Which cgroup versions are mounted in `Pids': `none', `v1' (legacy),
%% `v2' (unified only) or `hybrid' (both).
%%
%% ```
%% 1> alcove_cgroup:version(Drv, []).
%% hybrid
%% '''
-spec version(drv(), pipeline()) -> version().
version(Drv, Pids) ->
    alcove_cgroup_fs:version(Drv, Pids).

%% @doc Same as `create(Drv, Pids, [<<"alcove">>])'.
%%
%% ```
%% 1> alcove_cgroup:create(Drv, []).
%% ok
%% 2> alcove_cgroup:is_dir(Drv, [], <<"/sys/fs/cgroup/pids/alcove">>).
%% true
%% '''
-spec create(drv(), pipeline()) -> ok.
create(Drv, Pids) ->
    create(Drv, Pids, [<<"alcove">>]).

%% @doc Create the group `Path' in every cgroup mount (v1 and v2).
%%
%% For every prefix of `relpath(Path)' and every mount (listed in the
%% port), `mkdir(<mount>/<prefix>, 8#755)' is called in `Pids'. Errors
%% (`eexist' included) are ignored: the result is always `ok', as in
%% alcove 1.0.1; check with `is_dir/3' if needed.
%%
%% On v2 a new group has no controllers until its parent enables them
%% (`enable/4').
%%
%% ```
%% 1> alcove_cgroup:create(Drv, [], [<<"alcove">>, <<"job1">>]).
%% ok
%% '''
-spec create(drv(), pipeline(), path()) -> ok.
create(Drv, Pids, Path) ->
    alcove_cgroup_fs:create(Drv, Pids, Path).

%% @doc Same as `clone(Drv, Pids, Path, [])'.
%%
%% ```
%% 1> alcove_cgroup:clone(Drv, [], [<<"alcove">>, <<"job1">>]).
%% {ok,75174}
%% '''
-spec clone(drv(), pipeline(), path()) -> {ok, alcove:pid_t()} | {error, posix()}.
clone(Drv, Pids, Path) ->
    clone(Drv, Pids, Path, []).

%% @doc Create a child of `Pids' that starts inside the cgroup v2 group
%% `Path', with `alcove:clone3/3' (`CLONE_INTO_CGROUP'): unlike `add/4'
%% after a fork, the child never runs outside the group, so its limits
%% hold from its first instruction. `Flags' are the `clone_*' flags of
%% the child (namespaces).
%%
%% The group is made (`mkdir' of each missing prefix) under the first
%% unified mount seen by `Pids'. With no cgroup2 mount the result is
%% `{error, enotsup}'; otherwise the result of `clone3' (`{error, ebusy}'
%% for a group whose subtree enables controllers). `undef' is raised
%% where the OS lacks clone3.
%%
%% ```
%% 1> {ok, Pid} = alcove_cgroup:clone(Drv, [], [<<"alcove">>], [clone_newns]).
%% {ok,75174}
%% 2> alcove_cgroup:procs(Drv, [], <<"cgroup2">>, [<<"alcove">>]).
%% {ok,[75174]}
%% '''
-spec clone(drv(), pipeline(), path(), [alcove:constant()]) ->
    {ok, alcove:pid_t()} | {error, posix()}.
clone(Drv, Pids, Path, Flags) ->
    alcove_cgroup_fs:clone(Drv, Pids, Path, Flags).

%% @doc Same as `destroy(Drv, Pids, [<<"alcove">>])'.
%%
%% ```
%% 1> alcove_cgroup:destroy(Drv, []).
%% ok
%% 2> alcove_cgroup:is_dir(Drv, [], <<"/sys/fs/cgroup/pids/alcove">>).
%% false
%% '''
-spec destroy(drv(), pipeline()) -> ok | {error, posix()}.
destroy(Drv, Pids) ->
    destroy(Drv, Pids, [<<"alcove">>]).

%% @doc Remove the group `Path' from every cgroup mount (v1 and v2).
%%
%% `rmdir(<mount>/<Path>)' is called in `Pids' for every mount (listed in
%% the port); a group that does not exist counts as removed. Returns `ok',
%% or the first error (e.g. `{error, ebusy}' while the group still holds
%% processes or child groups). Only the last component is removed, not
%% its parents.
%%
%% ```
%% 1> alcove_cgroup:create(Drv, [], [<<"alcove">>, <<"job1">>]).
%% ok
%% 2> alcove_cgroup:destroy(Drv, [], [<<"alcove">>]).
%% {error,ebusy}
%% 3> alcove_cgroup:destroy(Drv, [], [<<"alcove">>, <<"job1">>]).
%% ok
%% 4> alcove_cgroup:destroy(Drv, [], [<<"alcove">>]).
%% ok
%% '''
-spec destroy(drv(), pipeline(), path()) -> ok | {error, posix()}.
destroy(Drv, Pids, Path) ->
    alcove_cgroup_fs:destroy(Drv, Pids, Path).

%% @doc Write `Value' to the file `Key' of the group `Path' in every mount
%% selected by `MntOpt'.
%%
%% The mounts carrying the option `MntOpt' (`<<>>': all mounts) whose
%% `<mount>/<Path>' is a directory are selected in the port; the file is
%% opened write-only in `Pids' and the whole value is written (short
%% writes are continued). Returns `ok', the first error, or
%% `{error, enoent}' if no mount was selected. The kernel reports a
%% rejected value as an error of the write, e.g. `{error, einval}'.
%%
%% ```
%% 1> alcove_cgroup:set(Drv, [], <<"memory">>, [<<"alcove">>],
%%        <<"memory.limit_in_bytes">>, <<"16777216">>).
%% ok
%% 2> alcove_cgroup:set(Drv, [], <<"pids">>, [<<"alcove">>], <<"pids.max">>, <<"abc">>).
%% {error,einval}
%% '''
-spec set(drv(), pipeline(), iodata(), path(), iodata(), iodata() | integer()) ->
    ok | {error, posix()}.
set(Drv, Pids, MntOpt, Path, Key, Value) ->
    alcove_cgroup_fs:set(Drv, Pids, MntOpt, Path, Key, Value).

%% @doc Read the file `Key' of the group `Path' in the mounts selected by
%% `MntOpt' (selection as in `set/6', made in the port).
%%
%% The whole file is read in `Pids'. As in alcove 1.0.1 the result is the
%% one of the last selected mount (for a selection that names one
%% hierarchy: that one), and `[]' when no mount was selected (for instance
%% the group does not exist).
%%
%% ```
%% 1> alcove_cgroup:get(Drv, [], <<"pids">>, [<<"alcove">>], <<"pids.max">>).
%% {ok,<<"5\n">>}
%% 2> alcove_cgroup:get(Drv, [], <<"memory">>, [<<"alcove">>],
%%        <<"memory.limit_in_bytes">>).
%% {ok,<<"16777216\n">>}
%% 3> alcove_cgroup:get(Drv, [], <<"pids">>, [<<"nonexistent">>], <<"pids.max">>).
%% []
%% '''
-spec get(drv(), pipeline(), iodata(), path(), iodata()) ->
    {ok, binary()} | {error, posix()} | [].
get(Drv, Pids, MntOpt, Path, Key) ->
    alcove_cgroup_fs:get(Drv, Pids, MntOpt, Path, Key).

%% @doc Same as `add(Drv, Pids, <<>>, Path, OSPid)': move a process into
%% the group `Path' of every hierarchy where the group exists.
%%
%% The result is the first error, even if other hierarchies accepted the
%% process. For instance a new v1 `cpuset' group has empty `cpuset.cpus'
%% and `cpuset.mems', and the kernel refuses processes there with
%% `enospc' until they are set:
%%
%% ```
%% 1> alcove_cgroup:create(Drv, []).
%% ok
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,16118}
%% 3> alcove_cgroup:add(Drv, [], [<<"alcove">>], Pid).
%% {error,enospc}
%% 4> alcove_cgroup:set(Drv, [], <<"cpuset">>, [<<"alcove">>], <<"cpuset.cpus">>, <<"0">>).
%% ok
%% 5> alcove_cgroup:set(Drv, [], <<"cpuset">>, [<<"alcove">>], <<"cpuset.mems">>, <<"0">>).
%% ok
%% 6> alcove_cgroup:add(Drv, [], [<<"alcove">>], Pid).
%% ok
%% '''
-spec add(drv(), pipeline(), path(), alcove:pid_t()) -> ok | {error, posix()}.
add(Drv, Pids, Path, OSPid) ->
    add(Drv, Pids, <<>>, Path, OSPid).

%% @doc Move the process `OSPid' (all its threads) into the group `Path'
%% of the mounts selected by `MntOpt', by writing its pid to
%% `cgroup.procs' (see `set/6' for selection and results).
%%
%% On v2 a non-root group whose `cgroup.subtree_control' enables
%% controllers cannot hold processes: the kernel answers `{error, ebusy}'.
%% A pid that does not exist gives `{error, esrch}'.
%%
%% ```
%% 1> alcove_cgroup:add(Drv, [], <<"cgroup2">>, [<<"alcove">>], Pid).
%% ok
%% '''
-spec add(drv(), pipeline(), iodata(), path(), alcove:pid_t()) -> ok | {error, posix()}.
add(Drv, Pids, MntOpt, Path, OSPid) when is_integer(OSPid) ->
    set(Drv, Pids, MntOpt, Path, <<"cgroup.procs">>, integer_to_binary(OSPid)).

%% @doc Same as `procs(Drv, Pids, <<>>, Path)'.
%%
%% ```
%% 1> alcove_cgroup:procs(Drv, [], [<<"alcove">>]).
%% {ok,[16000,16003]}
%% '''
-spec procs(drv(), pipeline(), path()) -> {ok, [alcove:pid_t()]} | {error, posix()}.
procs(Drv, Pids, Path) ->
    procs(Drv, Pids, <<>>, Path).

%% @doc The processes in the group `Path' of the mounts selected by
%% `MntOpt': the sorted union of the `cgroup.procs' files (v1 and v2), read
%% in `Pids'. The selection (directory test) is made in `Pids' too.
%%
%% `{error, enoent}' if no selected mount has the group.
%%
%% ```
%% 1> alcove_cgroup:procs(Drv, [], <<"cpuset">>, [<<"alcove">>]).
%% {ok,[16118]}
%% 2> alcove_cgroup:procs(Drv, [], <<"pids">>, [<<"nonexistent">>]).
%% {error,enoent}
%% '''
-spec procs(drv(), pipeline(), iodata(), path()) ->
    {ok, [alcove:pid_t()]} | {error, posix()}.
procs(Drv, Pids, MntOpt, Path) ->
    alcove_cgroup_fs:procs(Drv, Pids, MntOpt, Path).

%% @doc Kill every process of the v2 group `Path' (and of its
%% descendants) with SIGKILL, by writing `1' to its `cgroup.kill'.
%%
%% The file is written in `Pids' in every unified mount where the group
%% exists. Returns `ok'; `{error, enotsup}' if there is no unified mount
%% or the kernel has no `cgroup.kill' (before Linux 5.14);
%% `{error, enoent}' if the group does not exist; `{error, einval}' for the
%% root group (`Path' is `[]'), which cannot be killed. v1 has no
%% equivalent: kill the pids listed by `procs/3' instead.
%%
%% ```
%% 1> alcove_cgroup:kill(Drv, [], [<<"alcove">>]).
%% ok
%% '''
-spec kill(drv(), pipeline(), path()) -> ok | {error, posix()}.
kill(Drv, Pids, Path) ->
    alcove_cgroup_fs:kill(Drv, Pids, Path).

%% @doc Enable controllers for the children of the v2 group `Path'
%% (`[]' is the root) by writing them to its `cgroup.subtree_control'.
%%
%% Each controller name is written as `+Name'; a name that already starts
%% with `+' or `-' is written as is (so `<<"-pids">>' disables). A
%% controller can only be enabled if the group has it (`controllers/3');
%% the kernel answers `{error, enoent}' otherwise (for instance when the
%% controller is bound to a v1 hierarchy), `{error, einval}' for an
%% unknown name, and `{error, ebusy}' if the group (other than the root)
%% holds processes: v2 allows processes only in leaf groups ("no internal
%% processes"), so create the group, enable its controllers, then create
%% children and put processes there. `{error, enotsup}' without a
%% unified mount.
%%
%% ```
%% 1> alcove_cgroup:enable(Drv, [], [<<"alcove">>], [<<"pids">>]).
%% {error,enoent}
%% 2> alcove_cgroup:enable(Drv, [], [], [<<"hugetlb">>]).
%% ok
%% 3> alcove_cgroup:controllers(Drv, [], [<<"alcove">>]).
%% {ok,[<<"hugetlb">>]}
%% 4> alcove_cgroup:enable(Drv, [], [<<"alcove">>], [<<"hugetlb">>]).
%% ok
%% 5> alcove_cgroup:enable(Drv, [], [<<"alcove">>], [<<"-hugetlb">>]).
%% ok
%% 6> alcove_cgroup:enable(Drv, [], [], [<<"-hugetlb">>]).
%% ok
%% '''
-spec enable(drv(), pipeline(), path(), [iodata()]) -> ok | {error, posix()}.
enable(Drv, Pids, Path, Controllers) ->
    alcove_cgroup_fs:enable(Drv, Pids, Path, Controllers).

%% @doc The controllers available in the v2 group `Path' (its
%% `cgroup.controllers', read in `Pids' in the first unified mount that has
%% the group). `{error, enotsup}' without a unified mount,
%% `{error, enoent}' if the group does not exist.
%%
%% ```
%% 1> alcove_cgroup:controllers(Drv, [], []).
%% {ok,[<<"hugetlb">>]}
%% '''
-spec controllers(drv(), pipeline(), path()) -> {ok, [binary()]} | {error, posix()}.
controllers(Drv, Pids, Path) ->
    alcove_cgroup_fs:controllers(Drv, Pids, Path).

%% @doc Same as `fold(Drv, [], MntOpt, Path, Fun, Acc)'.
%%
%% ```
%% 1> alcove_cgroup:fold(Drv, <<"cgroup2">>, [<<"alcove">>],
%%        fun(Dir, Acc) -> [Dir | Acc] end, []).
%% [<<"/sys/fs/cgroup/unified/alcove">>]
%% '''
-spec fold(drv(), iodata(), path(), fun((binary(), Acc) -> Acc), Acc) -> Acc.
fold(Drv, MntOpt, Path, Fun, Acc) ->
    fold(Drv, [], MntOpt, Path, Fun, Acc).

%% @doc Fold `Fun(Dir, Acc)' over the directories `<mount>/<Path>' of the
%% mounts selected by `MntOpt' (`<<>>': all), tested with `is_dir/3' in
%% `Pids'; the order is the reverse of the mount order.
%%
%% ```
%% 1> alcove_cgroup:fold(Drv, [], <<"pids">>, [<<"alcove">>],
%%        fun(Dir, Acc) -> [Dir | Acc] end, []).
%% [<<"/sys/fs/cgroup/pids/alcove">>]
%% '''
-spec fold(drv(), pipeline(), iodata(), path(), fun((binary(), Acc) -> Acc), Acc) -> Acc.
fold(Drv, Pids, MntOpt, Path, Fun, Acc) ->
    alcove_cgroup_fs:fold(Drv, Pids, MntOpt, Path, Fun, Acc).

%% @doc Same as `fold_files(Drv, [], MntOpt, Path, RegExp, Fun, Acc)'.
%%
%% ```
%% 1> alcove_cgroup:fold_files(Drv, <<"memory">>, [<<"alcove">>],
%%        "^memory\\.limit", fun(F, Acc) -> [F | Acc] end, []).
%% [<<"memory.limit_in_bytes">>]
%% '''
-spec fold_files(
    drv(), iodata(), path(), iodata(), fun((binary(), Acc) -> Acc), Acc
) -> Acc.
fold_files(Drv, MntOpt, Path, RegExp, Fun, Acc) ->
    fold_files(Drv, [], MntOpt, Path, RegExp, Fun, Acc).

%% @doc Fold `Fun(FileName, Acc)' over the entries of the selected
%% directories (as in `fold/6') whose name matches `RegExp' (`re'
%% syntax). Raises `{badmatch, {error, _}}' if a directory cannot be read.
%%
%% ```
%% 1> alcove_cgroup:fold_files(Drv, [], <<"pids">>, [<<"alcove">>],
%%        "^pids\\.", fun(F, Acc) -> [F | Acc] end, []).
%% [<<"pids.peak">>,<<"pids.max">>,<<"pids.events">>,
%%  <<"pids.current">>]
%% '''
-spec fold_files(
    drv(), pipeline(), iodata(), path(), iodata(), fun((binary(), Acc) -> Acc), Acc
) -> Acc.
fold_files(Drv, Pids, MntOpt, Path, RegExp, Fun, Acc) ->
    alcove_cgroup_fs:fold_files(Drv, Pids, MntOpt, Path, RegExp, Fun, Acc).

%% @doc Whether `Path' is a directory for `Pids': it is opened write-only
%% and `{error, eisdir}' means yes (any other outcome means no).
%%
%% ```
%% 1> alcove_cgroup:is_dir(Drv, [], "/sys/fs/cgroup/unified").
%% true
%% 2> alcove_cgroup:is_dir(Drv, [], "/proc/cgroups").
%% false
%% '''
-spec is_dir(drv(), pipeline(), iodata()) -> boolean().
is_dir(Drv, Pids, Path) ->
    alcove_cgroup_fs:is_dir(Drv, Pids, Path).

%% @doc Whether `Path' can be opened read-only by `Pids' (a directory
%% counts).
%%
%% ```
%% 1> alcove_cgroup:is_file(Drv, [], "/proc/cgroups").
%% true
%% 2> alcove_cgroup:is_file(Drv, [], "/sys/fs/cgroup/unified").
%% true
%% 3> alcove_cgroup:is_file(Drv, [], "/nonexistent").
%% false
%% '''
-spec is_file(drv(), pipeline(), iodata()) -> boolean().
is_file(Drv, Pids, Path) ->
    alcove_cgroup_fs:is_file(Drv, Pids, Path).

%% @doc `filename:join([Base | relpath(Path)])'.
%%
%% ```
%% 1> alcove_cgroup:join(<<"/sys/fs/cgroup/cpu">>, [<<"/a/b">>, "c"]).
%% <<"/sys/fs/cgroup/cpu/a/b/c">>
%% '''
-spec join(iodata(), path()) -> binary() | string().
join(Base, Path) ->
    filename:join([Base | relpath(Path)]).

%% @doc The components of a cgroup path: every element is split with
%% `filename:split/1' (strings become binaries) and a leading `/' is
%% dropped.
%%
%% ```
%% 1> alcove_cgroup:relpath([<<"/a/b">>, "c"]).
%% [<<"a">>,<<"b">>,<<"c">>]
%% '''
-spec relpath(path()) -> [binary()].
relpath(Path) ->
    alcove_cgroup_fs:relpath(Path).

%% @doc All non-empty prefixes of a list, shortest first.
%%
%% ```
%% 1> alcove_cgroup:expand([a, b, c]).
%% [[a],[a,b],[a,b,c]]
%% '''
-spec expand([T]) -> [[T, ...]].
expand(List) ->
    alcove_cgroup_fs:expand(List).
