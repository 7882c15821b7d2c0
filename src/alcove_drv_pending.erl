%%% Copyright (c) 2026, the alcove authors. See LICENSE.

%%% @private
%%% @doc The calls awaiting a reply (pure; used by the `alcove_drv'
%%% server), keyed by pipeline and request id.
%%%
%%% A call's entry says where its reply goes: the caller's alias, or the
%%% owner for requests sent raw with {send, Data}; tagged `noreturn' for a
%%% call whose success is an exec or an exit; or `cancelled' when the
%%% caller gave up and a late reply is dropped.
-module(alcove_drv_pending).

-export([new/0, add/4, cancel/3, take/3, ended/3]).

-export_type([pending/0, to/0, notice/0]).

-type to() :: pid() | reference().
-type entry() :: to() | {noreturn, to()} | cancelled.
-opaque pending() :: #{{[alcove:pid_t()], alcove_codec:reqid()} => entry()}.
%% `{Alias, ReqId, End}': tell the caller behind Alias its call ended.
-type notice() :: {reference(), alcove_codec:reqid(), term()}.

%% @doc No call pending.
-spec new() -> pending().
new() ->
    #{}.

%% @doc A call awaits its reply (request id 0 means none is expected).
-spec add([alcove:pid_t()], alcove_codec:reqid(), entry(), pending()) -> pending().
add(_Pipeline, 0, _Entry, P) ->
    P;
add(Pipeline, ReqId, Entry, P) ->
    P#{{Pipeline, ReqId} => Entry}.

%% @doc The caller gave up: the reply, if it comes, is dropped.
-spec cancel([alcove:pid_t()], alcove_codec:reqid(), pending()) -> pending().
cancel(Pipeline, ReqId, P) ->
    Key = {Pipeline, ReqId},
    case P of
        #{Key := _} -> P#{Key := cancelled};
        _ -> P
    end.

%% @doc A reply came: where it goes (`cancelled': nowhere), or `error' if
%% no call awaits it (it goes to the owner).
-spec take([alcove:pid_t()], alcove_codec:reqid(), pending()) ->
    {to() | cancelled, pending()} | error.
take(_Pipeline, 0, _P) ->
    error;
take(Pipeline, ReqId, P) ->
    case maps:take({Pipeline, ReqId}, P) of
        {{noreturn, To}, P1} -> {To, P1};
        {Entry, P1} -> {Entry, P1};
        error -> error
    end.

%% @doc The process at Pipeline exited, exec'ed or does not exist: every
%% call pending on it or through it ends. `End' is `Why' (the message that
%% ended it, `{Tag, Term}') for a call to Pipeline itself, `below' for a
%% call through it. `Why' = `dying' (fdctl_closed without an exec
%% announcement): calls to Pipeline that return on success stay, for its
%% exit event to end; exec and exit calls end now. Only calls made with
%% an alias are told (requests sent raw wait by themselves).
-spec ended([alcove:pid_t()], dying | {atom(), term()}, pending()) -> {[notice()], pending()}.
ended(_Pipeline, _Why, P) when map_size(P) =:= 0 ->
    {[], P};
ended(Pipeline, Why, P) ->
    maps:fold(
        fun({Pids, ReqId} = Key, Entry, {Notices, Acc}) ->
            case lists:prefix(Pipeline, Pids) of
                false ->
                    {Notices, Acc};
                true when Pids =:= Pipeline, Why =:= dying, not is_tuple(Entry) ->
                    {Notices, Acc};
                true ->
                    End =
                        case Pids of
                            Pipeline when Why =:= dying -> {alcove_ctl, fdctl_closed};
                            Pipeline -> Why;
                            _ -> below
                        end,
                    {notice(Entry, ReqId, End) ++ Notices, maps:remove(Key, Acc)}
            end
        end,
        {[], P},
        P
    ).

notice({noreturn, To}, ReqId, End) -> notice(To, ReqId, End);
notice(Alias, ReqId, End) when is_reference(Alias) -> [{Alias, ReqId, End}];
notice(_, _ReqId, _End) -> [].
