%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Confine a process with Landlock, in one call.
%%%
%%% Landlock (Linux 5.13 and later) lets any process, without privilege
%%% and without a user namespace, give up access to the filesystem, to
%%% TCP ports and to other processes' abstract sockets and signals. The
%%% restriction holds for the process and everything it forks or execs,
%%% and can never be lifted.
%%%
%%% `restrict/3' builds the ruleset from a list of rules, fitted to the
%%% kernel's Landlock ABI, and applies it to the process at `Pipeline':
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% {ok,<0.180.0>}
%%% 2> {ok, Pid} = alcove:fork(Drv, []).
%%% {ok,24013}
%%% 3> alcove_landlock:restrict(Drv, [Pid], [{path, "/usr", ro}, {path, "/lib", ro},
%%% 3>     {path, "/lib64", ro}, {path, "/bin", ro}, {path, "/etc/ld.so.cache", ro},
%%% 3>     {net, 8080, [connect_tcp]}]).
%%% {ok,#{abi => 7,
%%%       fs => [execute,write_file,read_file,read_dir,remove_dir,remove_file,
%%%              make_char,make_dir,make_reg,make_sock,make_fifo,make_block,
%%%              make_sym,refer,truncate,ioctl_dev],
%%%       net => [bind_tcp,connect_tcp],
%%%       scoped => [],
%%%       unsupported => []}}
%%% 4> alcove:open(Drv, [Pid], "/etc/passwd", [o_rdonly], 0).
%%% {error,eacces}
%%% '''
%%%
%%% == Rules ==
%%%
%%% <dl>
%%% <dt>`{path, Path, Rights}'</dt><dd>allow `Rights' under `Path' (a
%%% directory, or a single file). `Rights' is a list of filesystem
%%% rights (see `alcove:landlock_constant/3') or a shorthand: `ro' is
%%% `[execute, read_file, read_dir]', `rw' every filesystem right. On a
%%% file that is not a directory only the rights that apply to files
%%% (`execute', `write_file', `read_file', `truncate', `ioctl_dev') are
%%% granted. `Path' is opened in the target process, so it names that
%%% process' view of the filesystem (its mount namespace, its root).</dd>
%%% <dt>`{net, Port, Rights}'</dt><dd>allow `bind_tcp' and/or
%%% `connect_tcp' on TCP port `Port'.</dd>
%%% <dt>`{scope, Scopes}'</dt><dd>also confine `abstract_unix_socket'
%%% (no connecting to abstract UNIX sockets made outside the sandbox)
%%% and/or `signal' (no signalling processes outside it). Scopes are
%%% restrictions, not grants: none is applied unless asked for.</dd>
%%% <dt>`{strict, true}'</dt><dd>fail with `{error, enotsup}' rather
%%% than leave out what the kernel's ABI lacks.</dd>
%%% <dt>`{abi, N}'</dt><dd>the rules need at least ABI `N' (the
%%% rights it adds, e.g. ABI 4 for TCP ports): with `{strict, true}' a
%%% kernel whose ABI is lower fails the call with `{error, enotsup}';
%%% without it the ruleset is fitted to the kernel's ABI as usual.</dd>
%%% </dl>
%%%
%%% Every filesystem and network right the kernel's ABI knows is
%%% handled, so whatever the rules do not grant is denied: with no `net'
%%% rule the process can neither bind nor connect a TCP socket (ABI 4
%%% and later). A right that the ABI lacks cannot be enforced: it is left
%%% out of the ruleset, of the rules and of the result map; a granted
%%% right the ABI lacks is listed under `unsupported' (with
%%% `{strict, true}' the call fails instead).
%%%
%%% `restrict' sets `no_new_privs' on the process (required without
%%% `cap_sys_admin'; it also stops set-user-ID programs from gaining
%%% privilege), opens each path with `o_path', creates the ruleset, adds
%%% the rules, applies it and closes the descriptors it opened.
%%%
%%% This module is not part of alcove 1.0.1.
-module(alcove_landlock).

-export([abi/2, restrict/3, restrict/4]).
-export([fs_rights/1, net_rights/1, scopes/1]).

-export_type([rule/0, rights/0, result/0]).

-type rights() :: ro | rw | [atom()].
%% Filesystem rights of a `{path, Path, Rights}' rule.

-type rule() ::
    {path, iodata(), rights()}
    | {net, 0..65535, [bind_tcp | connect_tcp]}
    | {scope, [abstract_unix_socket | signal]}
    | {strict, boolean()}
    | {abi, pos_integer()}.

-type result() :: #{
    abi := pos_integer(),
    fs := [atom()],
    net := [atom()],
    scoped := [atom()],
    unsupported := [atom()]
}.
%% The ABI used, what the ruleset handles (denies unless granted) and
%% the granted rights the ABI lacks (left out).

%% Rights and scopes in the order of their bits, with the ABI that
%% brought them.
-define(FS, [
    {execute, 1},
    {write_file, 1},
    {read_file, 1},
    {read_dir, 1},
    {remove_dir, 1},
    {remove_file, 1},
    {make_char, 1},
    {make_dir, 1},
    {make_reg, 1},
    {make_sock, 1},
    {make_fifo, 1},
    {make_block, 1},
    {make_sym, 1},
    {refer, 2},
    {truncate, 3},
    {ioctl_dev, 5}
]).
-define(NET, [{bind_tcp, 4}, {connect_tcp, 4}]).
-define(SCOPE, [{abstract_unix_socket, 6}, {signal, 6}]).
-define(FILE_RIGHTS, [execute, write_file, read_file, truncate, ioctl_dev]).
-define(RO, [execute, read_file, read_dir]).

%%====================================================================
%% API
%%====================================================================

%% @doc The highest Landlock ABI version the kernel supports, as seen by
%% the process `Pipeline'.
%%
%% `{error, eopnotsupp}' when Landlock is built in but disabled at boot,
%% `{error, enosys}' when the kernel lacks it.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.180.0>}
%% 2> alcove_landlock:abi(Drv, []).
%% {ok,7}
%% '''
-spec abi(alcove_drv:ref(), [alcove:pid_t()]) -> {ok, pos_integer()} | {error, alcove:posix()}.
abi(Drv, Pipeline) ->
    abi(Drv, Pipeline, infinity).

abi(Drv, Pipeline, Timeout) ->
    try alcove:landlock_create_ruleset(Drv, Pipeline, #{}, [landlock_create_ruleset_version], Timeout) of
        {ok, N} -> {ok, N};
        {error, _} = Error -> Error
    catch
        error:undef -> {error, enosys}
    end.

%% @doc Confine the process `Pipeline' (and all it will exec) to the
%% rules: `restrict(Drv, Pipeline, Rules, infinity)'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.180.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,24013}
%% 3> {ok, _} = alcove_landlock:restrict(Drv, [Pid], [{path, "/tmp", rw}]).
%% 4> alcove:open(Drv, [Pid], "/tmp/x", [o_wronly, o_creat], 8#644).
%% {ok,6}
%% 5> alcove:open(Drv, [Pid], "/etc/hostname", [o_rdonly], 0).
%% {error,eacces}
%% '''
-spec restrict(alcove_drv:ref(), [alcove:pid_t()], [rule()]) ->
    {ok, result()} | {error, alcove:posix()}.
restrict(Drv, Pipeline, Rules) ->
    restrict(Drv, Pipeline, Rules, infinity).

%% @doc Confine the process `Pipeline' to the rules, each `alcove' call
%% waiting at most `Timeout' (it then raises `timeout').
%%
%% Malformed rules raise `badarg'; an unknown right or scope gives
%% `{error, enotsup}'. If a step fails, its error is returned and the
%% process is left unconfined, apart from `no_new_privs'.
%%
%% ```
%% 1> {ok, Drv} = alcove_drv:start().
%% {ok,<0.180.0>}
%% 2> {ok, Pid} = alcove:fork(Drv, []).
%% {ok,24013}
%% 3> alcove_landlock:restrict(Drv, [Pid], [{net, 53, [connect_tcp]}, {strict, true}], 5000).
%% {ok,#{abi => 7, fs => [execute, ...], net => [bind_tcp,connect_tcp],
%%       scoped => [], unsupported => []}}
%% '''
-spec restrict(alcove_drv:ref(), [alcove:pid_t()], [rule()], timeout()) ->
    {ok, result()} | {error, alcove:posix()}.
restrict(Drv, Pipeline, Rules, Timeout) ->
    case parse(Rules) of
        {ok, Parsed} ->
            case abi(Drv, Pipeline, Timeout) of
                {ok, ABI} -> apply_rules(Drv, Pipeline, ABI, Parsed, Timeout);
                {error, _} = Error -> Error
            end;
        {error, enotsup} ->
            {error, enotsup};
        badarg ->
            erlang:error(badarg, [Drv, Pipeline, Rules, Timeout])
    end.

%% @doc The filesystem rights of a Landlock ABI version.
%%
%% ```
%% 1> alcove_landlock:fs_rights(2).
%% [execute,write_file,read_file,read_dir,remove_dir,remove_file,
%%  make_char,make_dir,make_reg,make_sock,make_fifo,make_block,make_sym,
%%  refer]
%% '''
-spec fs_rights(non_neg_integer()) -> [atom()].
fs_rights(ABI) -> upto(?FS, ABI).

%% @doc The network rights of a Landlock ABI version (ABI 4 and later).
%%
%% ```
%% 1> alcove_landlock:net_rights(4).
%% [bind_tcp,connect_tcp]
%% '''
-spec net_rights(non_neg_integer()) -> [atom()].
net_rights(ABI) -> upto(?NET, ABI).

%% @doc The scopes of a Landlock ABI version (ABI 6 and later).
%%
%% ```
%% 1> alcove_landlock:scopes(5).
%% []
%% '''
-spec scopes(non_neg_integer()) -> [atom()].
scopes(ABI) -> upto(?SCOPE, ABI).

%%====================================================================
%% Internal
%%====================================================================

upto(Table, ABI) when is_integer(ABI) ->
    [Name || {Name, Since} <- Table, Since =< ABI].

names(Table) -> [Name || {Name, _} <- Table].

-record(rules, {
    paths = [] :: [{iodata(), [atom()]}],
    nets = [] :: [{0..65535, [atom()]}],
    scopes = [] :: [atom()],
    strict = false :: boolean(),
    abi = 1 :: pos_integer()
}).

parse(Rules) when is_list(Rules) ->
    try
        {ok, lists:foldl(fun parse_rule/2, #rules{}, Rules)}
    catch
        throw:Reason -> Reason
    end;
parse(_) ->
    badarg.

parse_rule({path, Path, Rights}, #rules{paths = Ps} = R) ->
    is_path(Path) orelse throw(badarg),
    R#rules{paths = [{Path, expand(Rights)} | Ps]};
parse_rule({net, Port, Rights}, #rules{nets = Ns} = R) when
    is_integer(Port), Port >= 0, Port =< 65535
->
    R#rules{nets = [{Port, known(Rights, names(?NET))} | Ns]};
parse_rule({scope, Scopes}, #rules{scopes = Ss} = R) ->
    R#rules{scopes = Ss ++ known(Scopes, names(?SCOPE))};
parse_rule({strict, Bool}, R) when is_boolean(Bool) ->
    R#rules{strict = Bool};
parse_rule({abi, N}, R) when is_integer(N), N >= 1 ->
    R#rules{abi = max(N, R#rules.abi)};
parse_rule(_, _) ->
    throw(badarg).

is_path(Path) ->
    try iolist_size(Path) > 0 of
        Bool -> Bool
    catch
        error:badarg -> false
    end.

expand(ro) -> ?RO;
expand(rw) -> names(?FS);
expand(Rights) -> known(Rights, names(?FS)).

known(List, Names) when is_list(List) ->
    lists:foreach(
        fun
            (A) when is_atom(A) ->
                lists:member(A, Names) orelse throw({error, enotsup});
            (_) ->
                throw(badarg)
        end,
        List
    ),
    List;
known(_, _) ->
    throw(badarg).

apply_rules(Drv, Pipeline, ABI, #rules{} = R, Timeout) ->
    FS = fs_rights(ABI),
    Net = net_rights(ABI),
    Scopes = scopes(ABI),
    Wanted =
        lists:append([Rs || {_, Rs} <- R#rules.paths]) ++
            lists:append([Rs || {_, Rs} <- R#rules.nets]) ++ R#rules.scopes,
    Unsupported = lists:usort([X || X <- Wanted, not lists:member(X, FS ++ Net ++ Scopes)]),
    Scoped = [S || S <- Scopes, lists:member(S, R#rules.scopes)],
    Result = #{abi => ABI, fs => FS, net => Net, scoped => Scoped, unsupported => Unsupported},
    case {R#rules.strict, Unsupported} of
        {true, [_ | _]} ->
            {error, enotsup};
        {true, []} when ABI < R#rules.abi ->
            {error, enotsup};
        _ ->
            Attr = #{handled_access_fs => FS, handled_access_net => Net, scoped => Scoped},
            case confine(Drv, Pipeline, Attr, R, Timeout) of
                ok -> {ok, Result};
                {error, _} = Error -> Error
            end
    end.

confine(Drv, Pipeline, #{handled_access_fs := FS, handled_access_net := Net} = Attr, R, Timeout) ->
    Prctl = alcove:prctl(Drv, Pipeline, pr_set_no_new_privs, 1, 0, 0, 0, Timeout),
    case Prctl of
        {ok, _, _, _, _, _} ->
            case alcove:landlock_create_ruleset(Drv, Pipeline, Attr, [], Timeout) of
                {ok, RS} ->
                    Rv = add_rules(Drv, Pipeline, RS, FS, Net, R, Timeout),
                    _ = alcove:close(Drv, Pipeline, RS, Timeout),
                    Rv;
                {error, _} = Error ->
                    Error
            end;
        {error, _} = Error ->
            Error
    end.

add_rules(Drv, Pipeline, RS, FS, Net, #rules{paths = Paths, nets = Nets}, Timeout) ->
    Steps =
        [fun() -> add_path(Drv, Pipeline, RS, Path, only(Rights, FS), Timeout) end
         || {Path, Rights} <- lists:reverse(Paths)] ++
            [fun() -> add_net(Drv, Pipeline, RS, Port, only(Rights, Net), Timeout) end
             || Net =/= [], {Port, Rights} <- lists:reverse(Nets)] ++
            [fun() -> alcove:landlock_restrict_self(Drv, Pipeline, RS, [], Timeout) end],
    run_steps(Steps).

run_steps([]) ->
    ok;
run_steps([Step | Rest]) ->
    case Step() of
        ok -> run_steps(Rest);
        {error, _} = Error -> Error
    end.

only(Rights, Known) -> [X || X <- Known, lists:member(X, Rights)].

add_path(_Drv, _Pipeline, _RS, _Path, [], _Timeout) ->
    ok;
add_path(Drv, Pipeline, RS, Path, Rights, Timeout) ->
    %% o_directory tells a directory from a file: a file takes only the
    %% rights that apply to files (the kernel refuses the others).
    case alcove:open(Drv, Pipeline, Path, [o_path, o_cloexec, o_directory], 0, Timeout) of
        {ok, FD} ->
            add_fd(Drv, Pipeline, RS, FD, Rights, Timeout);
        {error, enotdir} ->
            case alcove:open(Drv, Pipeline, Path, [o_path, o_cloexec], 0, Timeout) of
                {ok, FD} ->
                    add_fd(Drv, Pipeline, RS, FD, only(?FILE_RIGHTS, Rights), Timeout);
                {error, _} = Error ->
                    Error
            end;
        {error, _} = Error ->
            Error
    end.

add_fd(Drv, Pipeline, RS, FD, Rights, Timeout) ->
    Rv =
        case Rights of
            [] -> ok;
            _ -> alcove:landlock_add_rule(Drv, Pipeline, RS, {path_beneath, FD, Rights}, Timeout)
        end,
    _ = alcove:close(Drv, Pipeline, FD, Timeout),
    Rv.

add_net(_Drv, _Pipeline, _RS, _Port, [], _Timeout) ->
    ok;
add_net(Drv, Pipeline, RS, Port, Rights, Timeout) ->
    alcove:landlock_add_rule(Drv, Pipeline, RS, {net_port, Port, Rights}, Timeout).
