%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @doc Example: blink a LED on a GPIO line through the sysfs interface.
%%%
%%% The process at `Pipeline' (typically a child that dropped every
%%% privilege but access to the GPIO files) exports the line by writing
%%% its number to `/sys/class/gpio/export', sets
%%% `/sys/class/gpio/gpio<N>/direction' to `out', writes `1' and `0' to
%%% `gpio<N>/value' `count' times, and writes the number to `unexport'.
%%%
%%% ```
%%% 1> {ok, Drv} = alcove_drv:start().
%%% {ok,<0.178.0>}
%%% 2> gpioled:blink(Drv, [], 17, [{count, 3}, {interval, 500}]).
%%% ok
%%% '''
%%%
%%% `value' is opened once and each level is one `write(2)' at the
%%% current offset: sysfs takes every write as a new value whatever the
%%% offset, and on a plain file (a test's fake tree) the file keeps the
%%% whole sequence, e.g. `101010'.
-module(gpioled).

%% API
-export([blink/4]).

-export_type([option/0]).

-type option() ::
    {count, non_neg_integer()}
    | {interval, non_neg_integer()}
    | {sysfs, iodata()}
    | {unexport, boolean()}.
%% `count' blinks (default 5), `interval' ms between two level changes
%% (default 250), `sysfs' the gpio class directory (default
%% `"/sys/class/gpio"'), `unexport' when done (default `true').

%%====================================================================
%% API
%%====================================================================

%% @doc Blink GPIO line `Pin' from the process at `Pipeline'.
%%
%% Exporting a line that is already exported (`{error, ebusy}') is not
%% an error. Other failures are returned as `{error, posix()}', e.g.
%% `{error, enoent}' without a GPIO class directory or `{error, eacces}'
%% for a process that may not write it; descriptors opened by the call
%% are closed whatever happens.
-spec blink(alcove_drv:ref(), [alcove:pid_t()], non_neg_integer(), [option()]) ->
    ok | {error, alcove:posix()}.
blink(Drv, Pipeline, Pin, Opts) when is_integer(Pin), Pin >= 0 ->
    Sysfs = iolist_to_binary(proplists:get_value(sysfs, Opts, "/sys/class/gpio")),
    Count = proplists:get_value(count, Opts, 5),
    Interval = proplists:get_value(interval, Opts, 250),
    Line = <<Sysfs/binary, "/gpio", (integer_to_binary(Pin))/binary>>,
    N = integer_to_binary(Pin),
    Result =
        case export(Drv, Pipeline, <<Sysfs/binary, "/export">>, N) of
            ok ->
                case write_file(Drv, Pipeline, <<Line/binary, "/direction">>, <<"out">>) of
                    ok -> toggle(Drv, Pipeline, <<Line/binary, "/value">>, Count, Interval);
                    {error, _} = Error -> Error
                end;
            {error, _} = Error ->
                Error
        end,
    case {Result, proplists:get_value(unexport, Opts, true)} of
        {ok, true} -> write_file(Drv, Pipeline, <<Sysfs/binary, "/unexport">>, N);
        _ -> Result
    end.

%%====================================================================
%% Internal functions
%%====================================================================

export(Drv, Pipeline, Path, N) ->
    case write_file(Drv, Pipeline, Path, N) of
        {error, ebusy} -> ok;
        Other -> Other
    end.

toggle(Drv, Pipeline, Path, Count, Interval) ->
    case alcove:open(Drv, Pipeline, Path, [o_wronly, o_cloexec], 0) of
        {ok, FD} ->
            Result = toggle_loop(Drv, Pipeline, FD, Count, Interval),
            _ = alcove:close(Drv, Pipeline, FD),
            Result;
        {error, _} = Error ->
            posix(Error)
    end.

toggle_loop(_Drv, _Pipeline, _FD, 0, _Interval) ->
    ok;
toggle_loop(Drv, Pipeline, FD, Count, Interval) ->
    case level(Drv, Pipeline, FD, <<"1">>, Interval) of
        ok ->
            case level(Drv, Pipeline, FD, <<"0">>, Interval) of
                ok -> toggle_loop(Drv, Pipeline, FD, Count - 1, Interval);
                {error, _} = Error -> Error
            end;
        {error, _} = Error ->
            Error
    end.

level(Drv, Pipeline, FD, Value, Interval) ->
    case alcove:write(Drv, Pipeline, FD, Value) of
        {ok, 1} ->
            timer:sleep(Interval);
        {ok, _} ->
            {error, eio};
        {error, _} = Error ->
            posix(Error)
    end.

%% One open, one write, one close: how sysfs attributes are meant to be
%% set.
write_file(Drv, Pipeline, Path, Data) ->
    case alcove:open(Drv, Pipeline, Path, [o_wronly, o_cloexec], 0) of
        {ok, FD} ->
            Size = byte_size(Data),
            Result =
                case alcove:write(Drv, Pipeline, FD, Data) of
                    {ok, Size} -> ok;
                    {ok, _} -> {error, eio};
                    {error, _} = Error -> posix(Error)
                end,
            _ = alcove:close(Drv, Pipeline, FD),
            Result;
        {error, _} = Error ->
            posix(Error)
    end.

posix({error, not_owner}) -> {error, eperm};
posix({error, _} = Error) -> Error.
