#!/usr/bin/env escript
%%! -noshell
%%% Copyright (c) 2026, the alcove authors. See LICENSE.
%%%
%%% Fail if an exported function of a module has no -spec.
%%%
%%%   escript bin/check_specs.escript [File.erl ...]
%%%
%%% Without arguments every src/*.erl is checked. Sources are read with
%%% epp (include/ on the include path), so the check needs no build and
%%% sees specs that come from include files. Prints one line per missing
%%% spec, `File:Line: Module:Name/Arity exported without -spec', and
%%% exits with status 1 if there is any.
-mode(compile).

main(Args) ->
    Files =
        case Args of
            [] -> lists:sort(filelib:wildcard("src/*.erl"));
            _ -> Args
        end,
    Missing = lists:append([check(File) || File <- Files]),
    lists:foreach(
        fun({File, Line, Mod, Name, Arity}) ->
            io:format("~ts:~w: ~w:~w/~w exported without -spec~n", [File, Line, Mod, Name, Arity])
        end,
        Missing
    ),
    case Missing of
        [] ->
            io:format("check_specs: ~w modules, every export has a -spec~n", [length(Files)]);
        _ ->
            io:format("check_specs: ~w exports without -spec~n", [length(Missing)]),
            halt(1)
    end.

check(File) ->
    case epp:parse_file(File, [{includes, ["include", filename:dirname(File)]}]) of
        {ok, Forms} ->
            missing(File, Forms);
        {error, Reason} ->
            io:format(standard_error, "~ts: ~p~n", [File, Reason]),
            halt(2)
    end.

missing(File, Forms) ->
    Mod = hd([M || {attribute, _, module, M} <- Forms]),
    case [E || {error, E} <- Forms] of
        [] ->
            ok;
        Errors ->
            io:format(standard_error, "~ts: does not preprocess: ~p~n", [File, Errors]),
            halt(2)
    end,
    Exports = lists:append([Fs || {attribute, _, export, Fs} <- Forms]),
    Specs = [spec_name(Name) || {attribute, _, spec, {Name, _}} <- Forms],
    Lines = maps:from_list([{{N, A}, line(L)} || {function, L, N, A, _} <- Forms]),
    [
        {File, maps:get(FA, Lines, 0), Mod, N, A}
     || {N, A} = FA <- lists:usort(Exports),
        not lists:member(FA, Specs)
    ].

spec_name({_Mod, Name, Arity}) -> {Name, Arity};
spec_name({Name, Arity}) -> {Name, Arity}.

line(Anno) -> erl_anno:line(Anno).
