#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%%
%% alcove_gen: generate the call dispatch code from c_src/alcove_call.proto.
%%
%% Usage (from anywhere; paths are relative to the repository root, the
%% parent of this script's directory):
%%
%%   escript bin/alcove_gen.escript [--strict] [--check]
%%
%%   --strict  fail when a call available on Linux has no
%%             c_src/sys/<name>.c (default: give it a NULL entry, so
%%             the port answers undef, and warn)
%%   --check   write nothing; exit 1 if a generated file is out of date
%%
%% Reads:  c_src/alcove_call.proto (grammar in its header)
%%         include/alcove_static.hrl, doc/modules/alcove.edoc,
%%         doc/modules/alcove_proto.edoc, doc/calls/<name>.edoc,
%%         the list of c_src/sys/*.c
%% Writes: c_src/alcove_calls.h, src/alcove.erl, src/alcove_proto.erl
%%
%% The output depends only on those inputs (no dates, stable order).
%% Fails (exit 1) on a malformed table, a missing or orphan doc, or an
%% orphan c_src/sys/<name>.c.

-mode(compile).

-define(TABLE, "c_src/alcove_call.proto").
-define(STATIC, "include/alcove_static.hrl").
-define(DOC_CALLS, "doc/calls").
-define(DOC_ALCOVE, "doc/modules/alcove.edoc").
-define(DOC_PROTO, "doc/modules/alcove_proto.edoc").
-define(SYS, "c_src/sys").
-define(OUT_H, "c_src/alcove_calls.h").
-define(OUT_ALCOVE, "src/alcove.erl").
-define(OUT_PROTO, "src/alcove_proto.erl").

-define(HEADER, "GENERATED: DO NOT EDIT (make gen) from " ?TABLE).

%% OS names usable in the table's os column and their C macros.
-define(OSES, [
    {"linux", "__linux__"},
    {"freebsd", "__FreeBSD__"},
    {"openbsd", "__OpenBSD__"},
    {"netbsd", "__NetBSD__"},
    {"dragonfly", "__DragonFly__"},
    {"macos", "__APPLE__"},
    {"solaris", "__sun"}
]).

-define(RESERVED_VARS, ['Drv', 'Pipeline', 'Timeout', 'Error', 'Reply']).

-record(call, {
    id :: non_neg_integer(),
    name :: string(),
    arity :: non_neg_integer(),
    line :: pos_integer(),
    %% {all, Excluded} | {only, Included}
    os :: {all | only, [string()]},
    noreturn :: boolean(),
    %% [{VarName, TypeAst}]
    args :: [{atom(), erl_parse:abstract_type()}],
    ret :: erl_parse:abstract_type(),
    doc = "" :: string(),
    %% c_src/sys/<name>.c exists
    wrapper = false :: boolean()
}).

main(Args) ->
    try
        Opts = options(Args, #{strict => false, check => false}),
        Root = root(),
        ok = file:set_cwd(Root),
        run(Opts)
    catch
        throw:{fail, Fmt, FmtArgs} ->
            io:format(standard_error, "alcove_gen: error: " ++ Fmt ++ "~n", FmtArgs),
            halt(1)
    end.

options([], Opts) -> Opts;
options(["--strict" | Rest], Opts) -> options(Rest, Opts#{strict := true});
options(["--check" | Rest], Opts) -> options(Rest, Opts#{check := true});
options(["--help" | _], _) ->
    io:format("usage: escript bin/alcove_gen.escript [--strict] [--check]~n"),
    halt(0);
options([Arg | _], _) ->
    fail("unknown argument: ~s (try --help)", [Arg]).

root() ->
    Script = filename:absname(escript:script_name()),
    filename:dirname(filename:dirname(Script)).

fail(Fmt, Args) ->
    throw({fail, Fmt, Args}).

warn(Fmt, Args) ->
    io:format(standard_error, "alcove_gen: warning: " ++ Fmt ++ "~n", Args).

run(#{strict := Strict, check := Check}) ->
    Calls0 = parse_table(read(?TABLE)),
    Calls1 = attach_docs(Calls0),
    Calls = attach_wrappers(Calls1, Strict),
    Outputs = [
        {?OUT_H, c_header(Calls)},
        {?OUT_ALCOVE, alcove_erl(Calls)},
        {?OUT_PROTO, alcove_proto_erl(Calls)}
    ],
    case Check of
        true -> check(Outputs);
        false -> lists:foreach(fun write/1, Outputs)
    end.

read(Path) ->
    case file:read_file(Path) of
        {ok, Bin} -> unicode:characters_to_list(Bin);
        {error, Reason} -> fail("~s: ~s", [Path, file:format_error(Reason)])
    end.

write({Path, Data}) ->
    Bin = unicode:characters_to_binary(Data),
    case file:read_file(Path) of
        {ok, Bin} ->
            ok;
        _ ->
            case file:write_file(Path, Bin) of
                ok -> io:format("alcove_gen: wrote ~s~n", [Path]);
                {error, Reason} -> fail("~s: ~s", [Path, file:format_error(Reason)])
            end
    end.

check(Outputs) ->
    Stale = [Path || {Path, Data} <- Outputs,
                     file:read_file(Path) =/= {ok, unicode:characters_to_binary(Data)}],
    case Stale of
        [] -> ok;
        _ -> fail("out of date (run make gen): ~s", [lists:join(" ", Stale)])
    end.

%%--------------------------------------------------------------------
%% The table
%%--------------------------------------------------------------------

parse_table(Text) ->
    Lines0 = string:split(Text, "\n", all),
    Lines = lists:zip(lists:seq(1, length(Lines0)), Lines0),
    Entries = join_continuations(Lines, []),
    Calls = [parse_entry(Line, Entry) || {Line, Entry} <- Entries],
    case Calls of
        [] -> fail("~s: no entries", [?TABLE]);
        _ -> ok
    end,
    Numbered = lists:zipwith(fun(Id, C) -> C#call{id = Id} end,
                             lists:seq(0, length(Calls) - 1), Calls),
    check_order(Numbered),
    Numbered.

join_continuations([], Acc) ->
    lists:reverse(Acc);
join_continuations([{_, ""} | Rest], Acc) ->
    join_continuations(Rest, Acc);
join_continuations([{_, "#" ++ _} | Rest], Acc) ->
    join_continuations(Rest, Acc);
join_continuations([{N, [C | _] = Text} | Rest], Acc) when C =:= $\s; C =:= $\t ->
    case {string:trim(Text), Acc} of
        {"", _} -> join_continuations(Rest, Acc);
        {_, []} -> fail("~s:~b: continuation line without an entry", [?TABLE, N]);
        {More, [{Line, Entry} | Acc1]} ->
            join_continuations(Rest, [{Line, Entry ++ " " ++ More} | Acc1])
    end;
join_continuations([{N, Text} | Rest], Acc) ->
    join_continuations(Rest, [{N, string:trim(Text, trailing)} | Acc]).

parse_entry(Line, Entry) ->
    Re = "^([a-z][a-z0-9_]*)/([0-9]+)\\s+(\\S+)\\s+(\\S+)\\s+(\\(.*)$",
    case re:run(Entry, Re, [{capture, all_but_first, list}, dotall]) of
        {match, [Name, Arity, Os, Flags, Spec]} ->
            {Args, Ret} = parse_spec(Line, Name, Spec),
            A = list_to_integer(Arity),
            length(Args) =:= A orelse
                fail("~s:~b: ~s/~b: the spec has ~b arguments",
                     [?TABLE, Line, Name, A, length(Args)]),
            #call{
                name = Name,
                arity = A,
                line = Line,
                os = parse_os(Line, Os),
                noreturn = parse_flags(Line, Flags),
                args = Args,
                ret = Ret
            };
        nomatch ->
            fail("~s:~b: malformed entry: ~s", [?TABLE, Line, Entry])
    end.

parse_os(Line, "all" ++ Rest) ->
    Excluded = [os_name(Line, O) || O <- string:split(Rest, "!", all), O =/= ""],
    case Rest of
        "" -> ok;
        "!" ++ _ -> ok;
        _ -> fail("~s:~b: malformed os column: all~s", [?TABLE, Line, Rest])
    end,
    {all, lists:usort(Excluded)};
parse_os(Line, Os) ->
    Included = [os_name(Line, O) || O <- string:split(Os, "+", all)],
    {only, lists:usort(Included)}.

os_name(Line, Name) ->
    case lists:keymember(Name, 1, ?OSES) of
        true -> Name;
        false -> fail("~s:~b: unknown os name: ~s", [?TABLE, Line, Name])
    end.

parse_flags(_Line, "-") ->
    false;
parse_flags(Line, Flags) ->
    lists:foldl(
        fun
            ("noreturn", _) -> true;
            (Flag, _) -> fail("~s:~b: unknown flag: ~s", [?TABLE, Line, Flag])
        end,
        false,
        string:split(Flags, ",", all)
    ).

%% The spec column is an Erlang function type: let erl_parse check it.
parse_spec(Line, Name, Spec) ->
    Text = "-spec " ++ Name ++ Spec ++ ".",
    Form =
        case erl_scan:string(Text, Line) of
            {ok, Tokens, _} ->
                case erl_parse:parse_form(Tokens) of
                    {ok, F} -> F;
                    {error, {_, M, E}} -> fail("~s:~b: ~s: ~s", [?TABLE, Line, Name, M:format_error(E)])
                end;
            {error, {_, M, E}, _} ->
                fail("~s:~b: ~s: ~s", [?TABLE, Line, Name, M:format_error(E)])
        end,
    case Form of
        {attribute, _, spec, {_, [{type, _, 'fun', [{type, _, product, Args}, Ret]}]}} ->
            {[spec_arg(Line, Name, A) || A <- Args], Ret};
        _ ->
            fail("~s:~b: ~s: the spec must be one function type", [?TABLE, Line, Name])
    end.

spec_arg(Line, Name, {ann_type, _, [{var, _, Var}, Type]}) ->
    lists:member(Var, ?RESERVED_VARS) andalso
        fail("~s:~b: ~s: argument name ~s is reserved", [?TABLE, Line, Name, Var]),
    {Var, Type};
spec_arg(Line, Name, _) ->
    fail("~s:~b: ~s: every argument needs a name (Var :: Type)", [?TABLE, Line, Name]).

check_order(Calls) ->
    Names = [C#call.name || C <- Calls],
    case lists:usort(Names) =:= Names of
        true ->
            ok;
        false ->
            Dups = Names -- lists:usort(Names),
            fail("~s: entries must be unique and in alphabetical order~s",
                 [?TABLE, [[" (duplicate: ", lists:join(", ", Dups), ")"] || Dups =/= []]])
    end.

available_on(Os, #call{os = {all, Excluded}}) -> not lists:member(Os, Excluded);
available_on(Os, #call{os = {only, Included}}) -> lists:member(Os, Included).

%%--------------------------------------------------------------------
%% Hand-written inputs
%%--------------------------------------------------------------------

attach_docs(Calls) ->
    Files = lists:sort(filelib:wildcard("*", ?DOC_CALLS)),
    Wanted = [C#call.name ++ ".edoc" || C <- Calls],
    case Files -- Wanted of
        [] -> ok;
        Orphans -> fail("~s: no table entry for: ~s", [?DOC_CALLS, lists:join(" ", Orphans)])
    end,
    case Wanted -- Files of
        [] -> ok;
        Missing -> fail("~s: missing doc: ~s", [?DOC_CALLS, lists:join(" ", Missing)])
    end,
    [C#call{doc = read_doc(filename:join(?DOC_CALLS, C#call.name ++ ".edoc"))} || C <- Calls].

read_doc(Path) ->
    Doc = string:trim(read(Path)),
    Doc =:= "" andalso fail("~s: empty", [Path]),
    string:find(Doc, "1> ") =:= nomatch andalso fail("~s: no example shell session", [Path]),
    Doc.

attach_wrappers(Calls, Strict) ->
    Files = [filename:rootname(F) || F <- filelib:wildcard("*.c", ?SYS),
                                     not lists:prefix("alcove_", F)],
    Names = [C#call.name || C <- Calls],
    case lists:sort(Files -- Names) of
        [] -> ok;
        Orphans -> fail("~s: no table entry for: ~s", [?SYS, lists:join(" ", [O ++ ".c" || O <- Orphans])])
    end,
    Missing = [C || C <- Calls, not lists:member(C#call.name, Files)],
    OnLinux = [C#call.name || C <- Missing, available_on("linux", C)],
    Other = [C#call.name || C <- Missing, not available_on("linux", C)],
    case {OnLinux, Strict} of
        {[], _} -> ok;
        {_, true} -> fail("missing wrappers (--strict): ~s", [lists:join(" ", [?SYS "/" ++ N ++ ".c" || N <- OnLinux])]);
        {_, false} -> warn("~b Linux calls have no ~s/<name>.c and answer undef: ~s",
                           [length(OnLinux), ?SYS, lists:join(" ", OnLinux)])
    end,
    Other =:= [] orelse
        warn("~b calls for other OSes have no ~s/<name>.c and answer undef everywhere: ~s",
             [length(Other), ?SYS, lists:join(" ", Other)]),
    [C#call{wrapper = lists:member(C#call.name, Files)} || C <- Calls].

%%--------------------------------------------------------------------
%% c_src/alcove_calls.h
%%--------------------------------------------------------------------

c_header(Calls) ->
    [
        "/* " ?HEADER " */\n"
        "/* clang-format off */\n"
        "/* The prototypes of the call wrappers (alcove.h includes them for\n"
        " * c_src/sys/); the one file that defines ALCOVE_CALL_TABLE\n"
        " * (c_src/alcove_call.c, after alcove_call.h) gets the table. */\n"
        "#ifndef ALCOVE_CALLS_H\n"
        "#define ALCOVE_CALLS_H\n"
        "\n"
        "#include \"alcove_state.h\"\n"
        "\n",
        [c_proto(C) || C <- Calls, C#call.wrapper],
        "\n"
        "#ifdef ALCOVE_CALL_TABLE\n"
        "const alcove_call_t alcove_calls[] = {\n",
        [c_entry(C) || C <- Calls],
        "};\n"
        "\n",
        io_lib:format("const size_t alcove_ncalls = ~b;~n", [length(Calls)]),
        "#endif\n"
        "\n"
        "#endif\n"
    ].

c_proto(#call{name = Name} = C) ->
    Proto = ["int alcove_sys_", Name, "(alcove_state_t *ap, const char *arg, size_t len, int *index, ei_x_buff *reply);\n"],
    case c_guard(C) of
        always -> Proto;
        Guard -> ["#if ", Guard, "\n", Proto, "#endif\n"]
    end.

c_entry(#call{name = Name, arity = Arity, id = Id, wrapper = false}) ->
    io_lib:format("  /* ~b */ {\"~s\", ~b, NULL}, /* no " ?SYS "/~s.c */~n", [Id, Name, Arity, Name]);
c_entry(#call{name = Name, arity = Arity, id = Id} = C) ->
    case c_guard(C) of
        always ->
            io_lib:format("  /* ~b */ {\"~s\", ~b, alcove_sys_~s},~n", [Id, Name, Arity, Name]);
        Guard ->
            io_lib:format(
                "  /* ~b */ {\"~s\", ~b,~n"
                "#if ~s~n"
                "    alcove_sys_~s~n"
                "#else~n"
                "    NULL~n"
                "#endif~n"
                "  },~n",
                [Id, Name, Arity, Guard, Name]
            )
    end.

c_guard(#call{os = {all, []}}) ->
    always;
c_guard(#call{os = {all, Excluded}}) ->
    lists:join(" && ", ["!defined(" ++ os_macro(O) ++ ")" || O <- Excluded]);
c_guard(#call{os = {only, Included}}) ->
    lists:join(" || ", ["defined(" ++ os_macro(O) ++ ")" || O <- Included]).

os_macro(Os) ->
    {_, Macro} = lists:keyfind(Os, 1, ?OSES),
    Macro.

%%--------------------------------------------------------------------
%% src/alcove.erl
%%--------------------------------------------------------------------

alcove_erl(Calls) ->
    [
        "%% " ?HEADER "\n"
        "%% and " ?STATIC ", " ?DOC_ALCOVE ", " ?DOC_CALLS "/*.edoc.\n"
        "%% @noformat\n"
        "\n",
        edoc_comment("@doc ", string:trim(read(?DOC_ALCOVE))),
        "-module(alcove).\n"
        "\n"
        "-include(\"alcove.hrl\").\n"
        "\n"
        "%% Calls (" ?TABLE ").\n",
        [erl_export(C) || C <- Calls],
        "\n"
        "%%% Begin " ?STATIC "\n"
        "\n",
        string:trim(read(?STATIC), trailing),
        "\n"
        "\n"
        "%%% End " ?STATIC "\n"
        "\n"
        "%%====================================================================\n"
        "%% Calls\n"
        "%%====================================================================\n",
        [erl_call(C) || C <- Calls]
    ].

erl_export(#call{name = Name, arity = Arity}) ->
    io_lib:format("-export([~s/~b, ~s/~b]).~n", [Name, Arity + 2, Name, Arity + 3]).

erl_call(#call{name = Name, arity = Arity, args = Args, ret = Ret, doc = Doc}) ->
    Vars = [atom_to_list(V) || {V, _} <- Args],
    Ann = erl_anno:new(1),
    Base = [
        {ann_type, Ann, [{var, Ann, 'Drv'}, {remote_type, Ann, [{atom, Ann, alcove_drv}, {atom, Ann, ref}, []]}]},
        {ann_type, Ann, [{var, Ann, 'Pipeline'}, {type, Ann, list, [{user_type, Ann, pid_t, []}]}]}
        | [{ann_type, Ann, [{var, Ann, V}, T]} || {V, T} <- Args]
    ],
    WithTimeout = Base ++ [{ann_type, Ann, [{var, Ann, 'Timeout'}, {type, Ann, timeout, []}]}],
    Ret1 = add_not_owner(Ret),
    Spec = fun(ArgTypes) ->
        erl_pp:form({attribute, Ann, spec, {{list_to_atom(Name), length(ArgTypes)},
                                          [{type, Ann, 'fun', [{type, Ann, product, ArgTypes}, Ret1]}]}})
    end,
    Params = ["Drv", "Pipeline" | Vars],
    [
        "\n",
        edoc_comment("@doc ", Doc),
        Spec(Base),
        erl_body(Name, Params, Vars, "infinity"),
        "\n",
        edoc_comment("@doc ", io_lib:format(
            "Same as `~s/~b', with a timeout in milliseconds: raises\n"
            "`timeout' if no reply arrives within `Timeout'.\n"
            "\n"
            "A reply that comes later is dropped: it never reaches the mailbox\n"
            "and is never taken for the reply of a later call.", [Name, Arity + 2])),
        Spec(WithTimeout),
        erl_body(Name, Params ++ ["Timeout"], Vars, "Timeout")
    ].

erl_body(Name, Params, Vars, Timeout) ->
    ParamList = lists:join(", ", Params),
    io_lib:format(
        "~s(~s) ->~n"
        "    case alcove_drv:call(Drv, Pipeline, ~s, [~s], ~s) of~n"
        "        {alcove_error, Error} -> erlang:error(Error, [~s]);~n"
        "        Reply -> Reply~n"
        "    end.~n",
        [Name, ParamList, Name, lists:join(", ", Vars), Timeout, ParamList]
    ).

add_not_owner(Ret) ->
    Ann = erl_anno:new(1),
    NotOwner = {type, Ann, tuple, [{atom, Ann, error}, {atom, Ann, not_owner}]},
    case Ret of
        {type, A, union, Types} -> {type, A, union, Types ++ [NotOwner]};
        _ -> {type, Ann, union, [Ret, NotOwner]}
    end.

edoc_comment(Tag, Text) ->
    [Line1 | Lines] = string:split(Text, "\n", all),
    [
        ["%% ", Tag, Line1, "\n"],
        [comment_line(L) || L <- Lines]
    ].

comment_line(L) ->
    case string:trim(L, trailing) of
        "" -> "%%\n";
        T -> ["%% ", T, "\n"]
    end.

%%--------------------------------------------------------------------
%% src/alcove_proto.erl
%%--------------------------------------------------------------------

alcove_proto_erl(Calls) ->
    Last = length(Calls) - 1,
    Names = [C#call.name || C <- Calls],
    Noreturn = [C#call.name || C <- Calls, C#call.noreturn],
    [
        "%% " ?HEADER "\n"
        "%% and " ?DOC_PROTO ".\n"
        "%% @noformat\n"
        "\n",
        edoc_comment("@doc ", string:trim(read(?DOC_PROTO))),
        "-module(alcove_proto).\n"
        "\n"
        "-export([call/1, calls/0, noreturn/1]).\n"
        "\n"
        "-export_type([call/0, calls/0]).\n"
        "\n"
        "-type call() ::\n",
        lists:join(" |\n", ["    " ++ N || N <- Names]),
        ".\n"
        "\n"
        "-type calls() :: [call()].\n"
        "\n"
        "%% @doc The id of a call: its position in `calls()', counting from 0.\n"
        "%%\n"
        "%% The id is carried on the wire and is the bit number of the call in\n"
        "%% call filters (`alcove:filter/1'). An unknown name crashes with\n"
        "%% `function_clause'.\n"
        "%%\n"
        "%% ```\n"
        "%% 1> alcove_proto:call(getpid).\n",
        io_lib:format("%% ~b~n", [index_of("getpid", Names)]),
        "%% '''\n",
        io_lib:format("-spec call(call()) -> 0..~b.~n", [Last]),
        lists:join(";\n", [io_lib:format("call(~s) -> ~b", [N, I])
                           || {I, N} <- lists:zip(lists:seq(0, Last), Names)]),
        ".\n"
        "\n"
        "%% @doc All call names, in id order.\n"
        "%%\n"
        "%% ```\n"
        "%% 1> length(alcove_proto:calls()).\n",
        io_lib:format("%% ~b~n", [length(Names)]),
        "%% '''\n"
        "-spec calls() -> [call(), ...].\n"
        "calls() ->\n"
        "    [\n",
        lists:join(",\n", ["        " ++ N || N <- Names]),
        "\n"
        "    ].\n"
        "\n"
        "%% @doc `true' for the calls that succeed without a reply: the process\n"
        "%% exec's or exits, and its parent reports `fdctl_closed'. `false' for\n"
        "%% any other atom.\n"
        "%%\n"
        "%% ```\n"
        "%% 1> alcove_proto:noreturn(execve).\n"
        "%% true\n"
        "%% 2> alcove_proto:noreturn(fork).\n"
        "%% false\n"
        "%% '''\n"
        "-spec noreturn(atom()) -> boolean().\n",
        [io_lib:format("noreturn(~s) -> true;~n", [N]) || N <- Noreturn],
        "noreturn(_) -> false.\n"
    ].

index_of(Name, Names) ->
    length(lists:takewhile(fun(N) -> N =/= Name end, Names)).
