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

%% @private
%% @doc The implementation of `alcove_cgroup': reading the mount table
%% (`/proc/mounts', unescaped, and the v1/v2 hierarchies built from it),
%% selecting and walking the group directories of the hierarchies, and the
%% file I/O (`open', `read', `write', `mkdir', `rmdir', `readdir') made
%% through alcove calls in a process of the tree.
%%
%% Each export has the name, arguments and result of the `alcove_cgroup'
%% function of the same name, which is documented there and calls it.
-module(alcove_cgroup_fs).

-export([
    supported/2,
    mounts/2,
    cgroup/2,
    unified/2,
    version/2,
    create/3,
    clone/4,
    destroy/3,
    set/6,
    get/5,
    procs/4,
    kill/3,
    enable/4,
    controllers/3,
    fold/6,
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
-type path() :: alcove_cgroup:path().
-type mount() :: alcove_cgroup:mount().
-type version() :: alcove_cgroup:version().

-define(MOUNTS_CHUNK, 1024).
-define(READ_CHUNK, 4096).
-define(V2_MARKER, <<"cgroup2">>).

%%====================================================================
%% Functions of alcove_cgroup
%%====================================================================

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

-spec unified(drv(), pipeline()) -> [binary()].
unified(Drv, Pids) ->
    [Dir || {Dir, Opts} <- cgroup(Drv, Pids), lists:member(?V2_MARKER, Opts)].

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
        cgroup(Drv, [])
    ).

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

-spec destroy(drv(), pipeline(), path()) -> ok | {error, posix()}.
destroy(Drv, Pids, Path) ->
    Rel = relpath(Path),
    Results = [
        case alcove:rmdir(Drv, Pids, join(Dir, Rel)) of
            {error, enoent} -> ok;
            Result -> Result
        end
     || {Dir, _} <- cgroup(Drv, [])
    ],
    first_error(Results).

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

-spec get(drv(), pipeline(), iodata(), path(), iodata()) ->
    {ok, binary()} | {error, posix()} | [].
get(Drv, Pids, MntOpt, Path, Key) ->
    lists:foldl(
        fun(Dir, _) -> read_file(Drv, Pids, filename:join(Dir, to_bin(Key))) end,
        [],
        lists:reverse(select(Drv, [], MntOpt, Path))
    ).

-spec procs(drv(), pipeline(), iodata(), path()) ->
    {ok, [alcove:pid_t()]} | {error, posix()}.
procs(Drv, Pids, MntOpt, Path) ->
    case select(Drv, Pids, MntOpt, Path) of
        [] ->
            {error, enoent};
        Dirs ->
            procs_union(Drv, Pids, Dirs, [])
    end.

-spec kill(drv(), pipeline(), path()) -> ok | {error, posix()}.
kill(Drv, Pids, Path) ->
    case relpath(Path) of
        [] ->
            {error, einval};
        Rel ->
            v2_write(Drv, Pids, Rel, <<"cgroup.kill">>, <<"1">>)
    end.

-spec enable(drv(), pipeline(), path(), [iodata()]) -> ok | {error, posix()}.
enable(Drv, Pids, Path, Controllers) ->
    Data = lists:join(<<" ">>, [control_token(to_bin(C)) || C <- Controllers]),
    v2_write(Drv, Pids, relpath(Path), <<"cgroup.subtree_control">>, iolist_to_binary(Data)).

-spec controllers(drv(), pipeline(), path()) -> {ok, [binary()]} | {error, posix()}.
controllers(Drv, Pids, Path) ->
    case unified(Drv, []) of
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

-spec fold(drv(), pipeline(), iodata(), path(), fun((binary(), Acc) -> Acc), Acc) -> Acc.
fold(Drv, Pids, MntOpt, Path, Fun, Acc) ->
    lists:foldl(Fun, Acc, select(Drv, Pids, MntOpt, Path)).

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

-spec is_file(drv(), pipeline(), iodata()) -> boolean().
is_file(Drv, Pids, Path) ->
    case alcove:open(Drv, Pids, Path, [o_rdonly], 0) of
        {ok, FD} ->
            _ = alcove:close(Drv, Pids, FD),
            true;
        {error, _} ->
            false
    end.

-spec join(iodata(), path()) -> binary() | string().
join(Base, Path) ->
    filename:join([Base | relpath(Path)]).

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
        cgroup(Drv, [])
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
    case unified(Drv, []) of
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
