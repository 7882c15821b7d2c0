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

%% @doc Linux control groups (cgroup v1 and the unified cgroup v2
%% hierarchy), managed through a process of an alcove tree.
%%
%% Every file-system operation (`open', `read', `write', `mkdir',
%% `rmdir', `readdir') is an alcove call made in a process of the tree, so
%% it runs with that process's privileges, root directory and mount
%% namespace. Where a function takes `Pids', the files are touched in that
%% pipeline; the list of mounts is always read in the port (`[]'), as in
%% alcove 1.0.1.
%%
%% <h3>Mounts</h3>
%%
%% A cgroup mount is represented as `{Dir, Options}':
%%
%% <ul>
%% <li>cgroup v1: a `/proc/mounts' line whose device and type are both
%% `cgroup'; `Options' are the mount options split on commas, e.g.
%% `[<<"rw">>, <<"relatime">>, <<"pids">>]'.</li>
%% <li>cgroup v2: a line whose type is `cgroup2'. `Options' are the mount
%% options, then the marker `<<"cgroup2">>', then the controllers listed
%% in the mount's root `cgroup.controllers', e.g.
%% `[<<"rw">>, <<"relatime">>, <<"cgroup2">>, <<"memory">>, <<"pids">>]'.
%% So selecting mounts by option (`MntOpt') works the same way on both
%% versions: `<<"pids">>' picks the v1 `pids' hierarchy and/or the unified
%% hierarchy if `pids' is available there, `<<"cgroup2">>' picks only the
%% unified hierarchy, `<<>>' picks every mount.</li>
%% </ul>
%%
%% v1 mounts come first, in `/proc/mounts' order, then v2 mounts. On a
%% system without cgroup2 the results are those of alcove 1.0.1, except
%% for the fixes listed below.
%%
%% On a hybrid system a controller is bound either to a v1 hierarchy or
%% to the unified one, never both: a controller mounted as v1 is absent
%% from the v2 `cgroup.controllers' (so `<<"memory">>' then selects only
%% the v1 mount).
%%
%% <h3>Paths</h3>
%%
%% A cgroup `Path' is a list of components (binaries or strings), relative
%% to the mount directory; a component may itself contain `/'
%% (see `relpath/1'). `[]' is the root group of a hierarchy.
%%
%% <h3>What each function does on v1 and v2</h3>
%%
%% <table border="1">
%% <tr><th>Function</th><th>cgroup v1</th><th>cgroup v2</th></tr>
%% <tr><td>`mounts/1,2'</td><td colspan="2">raw `/proc/mounts'
%%   lines</td></tr>
%% <tr><td>`cgroup/1,2'</td><td>`{Dir, MountOpts}'</td>
%%   <td>`{Dir, MountOpts ++ [<<"cgroup2">> | Controllers]}'</td></tr>
%% <tr><td>`unified/1,2'</td><td>not listed</td><td>mount dirs</td></tr>
%% <tr><td>`version/2'</td><td colspan="2">`none', `v1', `v2' or
%%   `hybrid'</td></tr>
%% <tr><td>`supported/2'</td><td colspan="2">Linux, a cgroup mount
%%   exists, all mount dirs are directories, and `/proc/cgroups' can be
%%   opened (required only when v1 mounts exist)</td></tr>
%% <tr><td>`create/2,3'</td><td colspan="2">`mkdir' of every prefix of
%%   the path in every mount</td></tr>
%% <tr><td>`destroy/2,3'</td><td colspan="2">`rmdir' of the path in every
%%   mount</td></tr>
%% <tr><td>`set/6', `get/5'</td><td colspan="2">write/read
%%   `<mount>/<Path>/<Key>' of the selected mounts (`memory.limit_in_bytes'
%%   on v1, `memory.max' on v2, `pids.max' on both, ...)</td></tr>
%% <tr><td>`add/4,5'</td><td colspan="2">write the pid to
%%   `cgroup.procs'; v2 refuses (`ebusy') a group that has controllers
%%   enabled in its `cgroup.subtree_control' ("no internal
%%   processes")</td></tr>
%% <tr><td>`procs/3,4'</td><td colspan="2">pids listed in
%%   `cgroup.procs' (processes, not threads)</td></tr>
%% <tr><td>`kill/3'</td><td>`{error, enotsup}'</td><td>writes `1' to
%%   `cgroup.kill' (Linux 5.14 and later)</td></tr>
%% <tr><td>`enable/4'</td><td>`{error, enotsup}'</td><td>writes
%%   `+ctl ...' to `cgroup.subtree_control'</td></tr>
%% <tr><td>`controllers/3'</td><td>`{error, enotsup}'</td><td>reads
%%   `cgroup.controllers'</td></tr>
%% <tr><td>`fold/5,6', `fold_files/6,7', `is_dir/3', `is_file/3'</td>
%%   <td colspan="2">as in alcove 1.0.1, over the selected mounts</td></tr>
%% <tr><td>`join/2', `relpath/1', `expand/1'</td><td colspan="2">pure
%%   path helpers</td></tr>
%% </table>
%%
%% <h3>Differences from alcove 1.0.1</h3>
%%
%% <ul>
%% <li>cgroup2 mounts are recognised (1.0.1 ignores them).</li>
%% <li>`destroy/2,3' returns `ok' or the first error (1.0.1 returns the
%% last mount's result, `[]' without mounts).</li>
%% <li>`set/6' writes the whole value, looping on short writes, and
%% returns `ok' or the first error (1.0.1 crashes with `case_clause' on
%% a short write and returns the last result).</li>
%% <li>`create/3' expands `relpath(Path)', so a component such as
%% `<<"a/b">>' creates `a' then `a/b'.</li>
%% </ul>
%%
%% <h3>Example</h3>
%%
%% A process limited to 5 tasks:
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.177.0>}
%% 2> alcove_cgroup:create(Drv, [], [<<"alcove">>]).
%% ok
%% 3> alcove_cgroup:set(Drv, [], <<"pids">>, [<<"alcove">>], <<"pids.max">>, <<"5">>).
%% ok
%% 4> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,75174}
%% 5> alcove_cgroup:add(Drv, [], <<"pids">>, [<<"alcove">>], Pid).
%% ok
%% 6> alcove_cgroup:procs(Drv, [], <<"pids">>, [<<"alcove">>]).
%% {ok,[75174]}
%% '''
%%
%% In the examples of the functions below, `Drv' is a server started
%% with `alcove_drv:start()', running as root on a hybrid system: v1
%% hierarchies mounted under `/sys/fs/cgroup/<controller>' and cgroup2
%% at `/sys/fs/cgroup/unified', where only `hugetlb' is available.
-module(alcove_cgroup).

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

-define(MOUNTS_CHUNK, 1024).
-define(READ_CHUNK, 4096).
-define(V2_MARKER, <<"cgroup2">>).

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
    case os:type() of
        {unix, linux} ->
            Mounts = cgroup(Drv, Pids),
            V1 = [M || {_, Opts} = M <- Mounts, not lists:member(?V2_MARKER, Opts)],
            ProcOk = V1 =:= [] orelse is_file(Drv, Pids, <<"/proc/cgroups">>),
            Mounts =/= [] andalso ProcOk andalso
                lists:all(fun({Dir, _}) -> is_dir(Drv, Pids, Dir) end, Mounts);
        _ ->
            false
    end.

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
    case alcove:open(Drv, Pids, <<"/proc/mounts">>, [o_rdonly], 0) of
        {ok, FD} ->
            Result = read_fd(Drv, Pids, FD, ?MOUNTS_CHUNK, []),
            _ = alcove:close(Drv, Pids, FD),
            case Result of
                {ok, Data} ->
                    Lines = binary:split(Data, <<"\n">>, [global, trim_all]),
                    {ok, [list_to_tuple(binary:split(L, <<" ">>, [global])) || L <- Lines]};
                {error, _} = Error ->
                    Error
            end;
        {error, _} ->
            {ok, []}
    end.

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
    Lines =
        case mounts(Drv, Pids) of
            {ok, L} -> L;
            {error, _} -> []
        end,
    V1 = [
        {unescape(Dir), split_opts(Opts)}
     || {<<"cgroup">>, Dir, <<"cgroup">>, Opts, _, _} <- Lines
    ],
    V2 = [
        v2_mount(Drv, Pids, unescape(Dir), Opts)
     || {_, Dir, <<"cgroup2">>, Opts, _, _} <- Lines
    ],
    V1 ++ V2.

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
    [Dir || {Dir, Opts} <- cgroup(Drv, Pids), lists:member(?V2_MARKER, Opts)].

%% @doc Which cgroup versions are mounted in `Pids': `none', `v1' (legacy),
%% `v2' (unified only) or `hybrid' (both).
%%
%% ```
%% 1> alcove_cgroup:version(Drv, []).
%% hybrid
%% '''
-spec version(drv(), pipeline()) -> version().
version(Drv, Pids) ->
    Mounts = cgroup(Drv, Pids),
    {V2, V1} = lists:partition(fun({_, Opts}) -> lists:member(?V2_MARKER, Opts) end, Mounts),
    case {V1, V2} of
        {[], []} -> none;
        {_, []} -> v1;
        {[], _} -> v2;
        {_, _} -> hybrid
    end.

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
    Prefixes = expand(relpath(Path)),
    lists:foreach(
        fun({Dir, _}) ->
            lists:foreach(
                fun(Prefix) -> _ = alcove:mkdir(Drv, Pids, join(Dir, Prefix), 8#755) end,
                Prefixes
            )
        end,
        cgroup(Drv)
    ).

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
    case unified(Drv, Pids) of
        [] ->
            {error, enotsup};
        [Dir | _] ->
            lists:foreach(
                fun(Prefix) -> _ = alcove:mkdir(Drv, Pids, join(Dir, Prefix), 8#755) end,
                expand(relpath(Path))
            ),
            alcove:clone3(Drv, Pids, #{flags => Flags, cgroup => join(Dir, Path)})
    end.

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
    Rel = relpath(Path),
    Results = [
        case alcove:rmdir(Drv, Pids, join(Dir, Rel)) of
            {error, enoent} -> ok;
            Result -> Result
        end
     || {Dir, _} <- cgroup(Drv)
    ],
    first_error(Results).

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
    Data = value(Value),
    case select(Drv, [], MntOpt, Path) of
        [] ->
            {error, enoent};
        Dirs ->
            first_error([
                write_file(Drv, Pids, filename:join(Dir, to_bin(Key)), Data)
             || Dir <- lists:reverse(Dirs)
            ])
    end.

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
    lists:foldl(
        fun(Dir, _) -> read_file(Drv, Pids, filename:join(Dir, to_bin(Key))) end,
        [],
        lists:reverse(select(Drv, [], MntOpt, Path))
    ).

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
    case select(Drv, Pids, MntOpt, Path) of
        [] ->
            {error, enoent};
        Dirs ->
            procs_union(Drv, Pids, Dirs, [])
    end.

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
    case relpath(Path) of
        [] ->
            {error, einval};
        Rel ->
            v2_write(Drv, Pids, Rel, <<"cgroup.kill">>, <<"1">>)
    end.

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
    Data = lists:join(<<" ">>, [control_token(to_bin(C)) || C <- Controllers]),
    v2_write(Drv, Pids, relpath(Path), <<"cgroup.subtree_control">>, iolist_to_binary(Data)).

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
    case unified(Drv) of
        [] ->
            {error, enotsup};
        Mounts ->
            Rel = relpath(Path),
            case [D || D <- [to_bin(join(M, Rel)) || M <- Mounts], is_dir(Drv, Pids, D)] of
                [] ->
                    {error, enoent};
                [Dir | _] ->
                    case read_file(Drv, Pids, filename:join(Dir, <<"cgroup.controllers">>)) of
                        {ok, Data} -> {ok, words(Data)};
                        {error, _} = Error -> Error
                    end
            end
    end.

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
    lists:foldl(Fun, Acc, select(Drv, Pids, MntOpt, Path)).

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
    {ok, MP} = re:compile(RegExp),
    fold(
        Drv,
        Pids,
        MntOpt,
        Path,
        fun(Dir, Acc1) ->
            {ok, Names} = alcove:readdir(Drv, Pids, Dir),
            lists:foldl(
                fun(Name, Acc2) ->
                    case re:run(Name, MP, [{capture, none}]) of
                        match -> Fun(Name, Acc2);
                        nomatch -> Acc2
                    end
                end,
                Acc1,
                Names
            )
        end,
        Acc
    ).

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
    case alcove:open(Drv, Pids, Path, [o_wronly], 0) of
        {error, eisdir} ->
            true;
        {error, _} ->
            false;
        {ok, FD} ->
            _ = alcove:close(Drv, Pids, FD),
            false
    end.

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
    case alcove:open(Drv, Pids, Path, [o_rdonly], 0) of
        {ok, FD} ->
            _ = alcove:close(Drv, Pids, FD),
            true;
        {error, _} ->
            false
    end.

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
    lists:flatmap(
        fun(Element) ->
            case filename:split(to_bin(Element)) of
                [<<"/">> | Rest] -> Rest;
                Parts -> Parts
            end
        end,
        Path
    ).

%% @doc All non-empty prefixes of a list, shortest first.
%%
%% ```
%% 1> alcove_cgroup:expand([a, b, c]).
%% [[a],[a,b],[a,b,c]]
%% '''
-spec expand([T]) -> [[T, ...]].
expand(List) ->
    [lists:sublist(List, N) || N <- lists:seq(1, length(List))].

%%====================================================================
%% Internal functions
%%====================================================================

%% Selected `<mount>/<Path>' directories in the reverse of mount order
%% (the order of fold/6); the mount list is read in the port, the
%% directory test is made in Pids.
-spec select(drv(), pipeline(), iodata(), path()) -> [binary()].
select(Drv, Pids, MntOpt, Path) ->
    Opt = to_bin(MntOpt),
    Rel = relpath(Path),
    lists:foldl(
        fun({Dir, Opts}, Acc) ->
            Full = to_bin(join(Dir, Rel)),
            case (Opt =:= <<>> orelse lists:member(Opt, Opts)) andalso is_dir(Drv, Pids, Full) of
                true -> [Full | Acc];
                false -> Acc
            end
        end,
        [],
        cgroup(Drv)
    ).

-spec v2_mount(drv(), pipeline(), binary(), binary()) -> {binary(), [binary(), ...]}.
v2_mount(Drv, Pids, Dir, Opts) ->
    Controllers =
        case read_file(Drv, Pids, filename:join(Dir, <<"cgroup.controllers">>)) of
            {ok, Data} -> words(Data);
            {error, _} -> []
        end,
    {Dir, split_opts(Opts) ++ [?V2_MARKER | Controllers]}.

%% Write Data to File in the v2 group Rel of every unified mount having
%% the group; a missing File means the kernel lacks the feature.
-spec v2_write(drv(), pipeline(), [binary()], binary(), binary()) -> ok | {error, posix()}.
v2_write(Drv, Pids, Rel, File, Data) ->
    case unified(Drv) of
        [] ->
            {error, enotsup};
        Mounts ->
            case [D || D <- [to_bin(join(M, Rel)) || M <- Mounts], is_dir(Drv, Pids, D)] of
                [] ->
                    {error, enoent};
                Dirs ->
                    first_error([
                        case write_file(Drv, Pids, filename:join(Dir, File), Data) of
                            {error, enoent} when File =:= <<"cgroup.kill">> -> {error, enotsup};
                            Result -> Result
                        end
                     || Dir <- Dirs
                    ])
            end
    end.

-spec procs_union(drv(), pipeline(), [binary()], [alcove:pid_t()]) ->
    {ok, [alcove:pid_t()]} | {error, posix()}.
procs_union(_Drv, _Pids, [], Acc) ->
    {ok, lists:usort(Acc)};
procs_union(Drv, Pids, [Dir | Dirs], Acc) ->
    case read_file(Drv, Pids, filename:join(Dir, <<"cgroup.procs">>)) of
        {ok, Data} ->
            procs_union(Drv, Pids, Dirs, [binary_to_integer(W) || W <- words(Data)] ++ Acc);
        {error, _} = Error ->
            Error
    end.

-spec write_file(drv(), pipeline(), binary(), binary()) -> ok | {error, posix()}.
write_file(Drv, Pids, File, Data) ->
    case alcove:open(Drv, Pids, File, [o_wronly], 0) of
        {ok, FD} ->
            Result = write_all(Drv, Pids, FD, Data),
            case alcove:close(Drv, Pids, FD) of
                {error, _} = Error when Result =:= ok -> Error;
                _ -> Result
            end;
        {error, _} = Error ->
            Error
    end.

%% Loop on short writes; a write that makes no progress is an I/O error.
-spec write_all(drv(), pipeline(), alcove:fd(), binary()) -> ok | {error, posix()}.
write_all(Drv, Pids, FD, Data) ->
    case alcove:write(Drv, Pids, FD, Data) of
        {ok, N} when N =:= byte_size(Data) ->
            ok;
        {ok, N} when N > 0, N < byte_size(Data) ->
            write_all(Drv, Pids, FD, binary:part(Data, N, byte_size(Data) - N));
        {ok, _} ->
            {error, eio};
        {error, _} = Error ->
            Error
    end.

-spec read_file(drv(), pipeline(), binary()) -> {ok, binary()} | {error, posix()}.
read_file(Drv, Pids, File) ->
    case alcove:open(Drv, Pids, File, [o_rdonly], 0) of
        {ok, FD} ->
            Result = read_fd(Drv, Pids, FD, ?READ_CHUNK, []),
            _ = alcove:close(Drv, Pids, FD),
            Result;
        {error, _} = Error ->
            Error
    end.

-spec read_fd(drv(), pipeline(), alcove:fd(), ?MOUNTS_CHUNK | ?READ_CHUNK, [binary()]) ->
    {ok, binary()} | {error, posix()}.
read_fd(Drv, Pids, FD, Chunk, Acc) ->
    case alcove:read(Drv, Pids, FD, Chunk) of
        {ok, <<>>} ->
            {ok, iolist_to_binary(lists:reverse(Acc))};
        {ok, Data} ->
            read_fd(Drv, Pids, FD, Chunk, [Data | Acc]);
        {error, _} = Error ->
            Error
    end.

-spec first_error([ok | {error, posix()}]) -> ok | {error, posix()}.
first_error(Results) ->
    case [E || {error, _} = E <- Results] of
        [] -> ok;
        [Error | _] -> Error
    end.

-spec control_token(binary()) -> <<_:8, _:_*8>>.
control_token(<<$+, _/binary>> = Name) -> Name;
control_token(<<$-, _/binary>> = Name) -> Name;
control_token(Name) -> <<$+, Name/binary>>.

-spec value(iodata() | integer()) -> binary().
value(Value) when is_integer(Value) -> integer_to_binary(Value);
value(Value) -> iolist_to_binary(Value).

-spec to_bin(iodata() | string()) -> binary().
to_bin(Bin) when is_binary(Bin) -> Bin;
to_bin(List) -> unicode:characters_to_binary(List).

-spec split_opts(binary()) -> [binary()].
split_opts(Opts) ->
    binary:split(Opts, <<",">>, [global]).

-spec words(binary()) -> [binary()].
words(Data) ->
    binary:split(Data, [<<" ">>, <<"\n">>, <<"\t">>], [global, trim_all]).

%% /proc/mounts escapes space, tab, newline and backslash as \ooo.
-spec unescape(binary()) -> binary().
unescape(Bin) ->
    unescape(Bin, <<>>).

-spec unescape(binary(), binary()) -> binary().
unescape(<<$\\, A, B, C, Rest/binary>>, Acc) when
    A >= $0, A =< $3, B >= $0, B =< $7, C >= $0, C =< $7
->
    unescape(Rest, <<Acc/binary, ((A - $0) * 64 + (B - $0) * 8 + (C - $0))>>);
unescape(<<Ch, Rest/binary>>, Acc) ->
    unescape(Rest, <<Acc/binary, Ch>>);
unescape(<<>>, Acc) ->
    Acc.
