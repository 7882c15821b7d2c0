defmodule AlcoveExample do
  @moduledoc """
  alcove from Elixir: a program run in a chroot, with resource limits, as
  an unprivileged user (the Elixir counterpart of `examples/chrootex.erl`).

  The port (running as root) forks a child; the child changes its root to
  a directory, lowers its limits, drops its groups, gid and uid, and execs
  the program. Its output arrives as `{:alcove_stdout, drv, [pid], data}`
  and `{:alcove_stderr, drv, [pid], data}` messages, and its end as
  `{:alcove_event, drv, [pid], {:exit_status, n}}` (or `{:termsig, sig}`).

      iex> {:ok, drv} = :alcove_drv.start()
      iex> AlcoveExample.jail!("/tmp/jail")
      iex> AlcoveExample.run(drv, "/tmp/jail", ["/bin/busybox", "sh", "-c", "id -u; ulimit -n"])
      {:ok, 0, "65534\\n64\\n"}

  The records of `alcove.hrl` are plain tuples on the Erlang side;
  `Record.extract/2` reads their fields from the header of the alcove
  dependency, and `Record.defrecord/2` makes them usable by name:

      iex> require AlcoveExample
      iex> AlcoveExample.alcove_rlimit(cur: 64, max: 64)
      {:alcove_rlimit, 64, 64}
  """

  require Record

  @hrl "alcove/include/alcove.hrl"
  Record.defrecord(:alcove_rlimit, Record.extract(:alcove_rlimit, from_lib: @hrl))
  Record.defrecord(:alcove_pid, Record.extract(:alcove_pid, from_lib: @hrl))

  @nobody 65534
  @timeout 10_000

  @type drv :: pid()
  @type pipeline :: [non_neg_integer()]
  @type status :: non_neg_integer() | {:termsig, atom()}
  @type option ::
          {:uid, non_neg_integer()}
          | {:gid, non_neg_integer()}
          | {:rlimits, [{atom(), non_neg_integer()}]}
          | {:env, [String.t()]}
          | {:timeout, timeout()}

  @doc """
  Limits applied by `sandbox/3` unless the `:rlimits` option is given:
  64 descriptors, 64 processes, 16 MiB files, no core.
  """
  @spec default_rlimits() :: [{atom(), non_neg_integer()}]
  def default_rlimits do
    [rlimit_nofile: 64, rlimit_nproc: 64, rlimit_fsize: 16 * 1024 * 1024, rlimit_core: 0]
  end

  @doc """
  Make `root` a minimal root directory: `root/bin/busybox`, a copy of the
  static busybox (Debian: `busybox-static`). Directories and the program
  are made readable and executable by everyone, whatever the umask, so
  that the unprivileged user can run it.
  """
  @spec jail!(Path.t(), Path.t()) :: Path.t()
  def jail!(root, busybox \\ "/bin/busybox") do
    bin = Path.join(root, "bin")
    File.mkdir_p!(bin)
    File.cp!(busybox, Path.join(bin, "busybox"))
    for path <- [root, bin, Path.join(bin, "busybox")], do: File.chmod!(path, 0o755)
    root
  end

  @doc """
  Fork a child of the port, chroot it into `root` and drop its privileges
  (see `drop_privileges/3`). The child still runs the alcove event loop and
  is addressed as `[pid]`.

  On failure the child is killed and reaped and the error returned, e.g.
  `{:error, :enoent}` for a missing `root`, `{:error, :eperm}` when the port
  is not root.
  """
  @spec sandbox(drv(), Path.t(), [option()]) :: {:ok, non_neg_integer()} | {:error, atom()}
  def sandbox(drv, root, opts \\ []) do
    with {:ok, pid} <- :alcove.fork(drv, []) do
      steps = [
        fn -> :alcove.chroot(drv, [pid], root) end,
        fn -> :alcove.chdir(drv, [pid], "/") end,
        fn -> drop_privileges(drv, [pid], opts) end
      ]

      case steps(steps) do
        :ok ->
          {:ok, pid}

        {:error, _} = error ->
          kill(drv, pid)
          error
      end
    end
  end

  @doc """
  Lower the resource limits of the process at `pipeline` (both soft and
  hard limits, as `alcove_rlimit` records), then drop its supplementary
  groups, gid and uid, in this order: after `setuid` the others would be
  refused.
  """
  @spec drop_privileges(drv(), pipeline(), [option()]) :: :ok | {:error, atom()}
  def drop_privileges(drv, pipeline, opts \\ []) do
    limits =
      for {resource, n} <- Keyword.get(opts, :rlimits, default_rlimits()) do
        fn -> :alcove.setrlimit(drv, pipeline, resource, alcove_rlimit(cur: n, max: n)) end
      end

    drop = [
      fn -> :alcove.setgroups(drv, pipeline, []) end,
      fn -> :alcove.setgid(drv, pipeline, Keyword.get(opts, :gid, @nobody)) end,
      fn -> :alcove.setuid(drv, pipeline, Keyword.get(opts, :uid, @nobody)) end
    ]

    steps(limits ++ drop)
  end

  @doc """
  Run `argv` (its first element is the path inside `root`) in a new
  sandbox; return its exit status and its stdout and stderr, concatenated
  in arrival order. `{:error, :timeout}` (the sandbox is killed) when it
  runs longer than the `:timeout` option (10 s).
  """
  @spec run(drv(), Path.t(), [String.t(), ...], [option()]) ::
          {:ok, status(), binary()} | {:error, atom()}
  def run(drv, root, [path | _] = argv, opts \\ []) do
    env = Keyword.get(opts, :env, ["PATH=/bin:/usr/bin"])

    with {:ok, pid} <- sandbox(drv, root, opts) do
      case :alcove.execve(drv, [pid], path, argv, env) do
        :ok ->
          collect(drv, [pid], Keyword.get(opts, :timeout, @timeout))

        {:error, _} = error ->
          kill(drv, pid)
          error
      end
    end
  end

  @doc """
  Gather the stdout and stderr of the exec'ed process at `pipeline` until
  its exit event. On timeout kill it (its parent must be the port) and
  return `{:error, :timeout}`.
  """
  @spec collect(drv(), pipeline(), timeout()) :: {:ok, status(), binary()} | {:error, :timeout}
  def collect(drv, pipeline, timeout) do
    deadline = if timeout == :infinity, do: :infinity, else: now() + timeout
    collect(drv, pipeline, deadline, [])
  end

  defp collect(drv, pipeline, deadline, acc) do
    left = if deadline == :infinity, do: :infinity, else: max(0, deadline - now())

    receive do
      {:alcove_stdout, ^drv, ^pipeline, data} ->
        collect(drv, pipeline, deadline, [acc | data])

      {:alcove_stderr, ^drv, ^pipeline, data} ->
        collect(drv, pipeline, deadline, [acc | data])

      {:alcove_ctl, ^drv, ^pipeline, _ctl} ->
        collect(drv, pipeline, deadline, acc)

      {:alcove_event, ^drv, ^pipeline, {:exit_status, n}} ->
        {:ok, n, IO.iodata_to_binary(acc)}

      {:alcove_event, ^drv, ^pipeline, {:termsig, _} = sig} ->
        {:ok, sig, IO.iodata_to_binary(acc)}
    after
      left ->
        {parent, [pid]} = Enum.split(pipeline, -1)
        _ = :alcove.kill(drv, parent, pid, :sigkill)
        _ = :alcove.event(drv, pipeline, @timeout)
        {:error, :timeout}
    end
  end

  defp steps([]), do: :ok

  defp steps([step | rest]) do
    case step.() do
      :ok -> steps(rest)
      {:error, :not_owner} -> {:error, :eperm}
      {:error, _} = error -> error
    end
  end

  defp kill(drv, pid) do
    _ = :alcove.kill(drv, [], pid, :sigkill)
    _ = :alcove.event(drv, [pid], @timeout)
    :ok
  end

  defp now, do: System.monotonic_time(:millisecond)
end
