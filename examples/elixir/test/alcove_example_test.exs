defmodule AlcoveExampleTest do
  # Every case starts its own port (the test process owns it: the driver
  # tears the process tree down when the test ends) and runs real programs.
  use ExUnit.Case, async: true

  require AlcoveExample
  import AlcoveExample, only: [alcove_rlimit: 1, alcove_pid: 1, alcove_pid: 2]

  @moduletag timeout: 60_000
  @wait 5_000

  setup do
    {:ok, drv} = :alcove_drv.start()
    on_exit(fn -> :alcove_drv.stop(drv) end)
    %{drv: drv}
  end

  # Output and exit status of the exec'ed process at `pipeline`: alcove
  # delivers all of its output before its exit event.
  defp wait_exit(drv, pipeline, out \\ "") do
    receive do
      {:alcove_stdout, ^drv, ^pipeline, data} -> wait_exit(drv, pipeline, out <> data)
      {:alcove_ctl, ^drv, ^pipeline, _ctl} -> wait_exit(drv, pipeline, out)
      {:alcove_event, ^drv, ^pipeline, {:exit_status, n}} -> {n, out}
      {:alcove_event, ^drv, ^pipeline, {:termsig, sig}} -> {{:termsig, sig}, out}
    after
      @wait -> flunk("no exit event from #{inspect(pipeline)}; output so far #{inspect(out)}")
    end
  end

  test "the README overview walkthrough: fork, fork, getpid, exec cat, stdin, stdout", %{drv: drv} do
    {:ok, child1} = :alcove.fork(drv, [])
    {:ok, child2} = :alcove.fork(drv, [child1])
    assert is_integer(child1) and is_integer(child2) and child1 != child2
    assert :alcove.getpid(drv, [child1, child2]) == child2
    assert :alcove.execvp(drv, [child1, child2], "/bin/cat", ["/bin/cat"]) == :ok
    assert :alcove.stdin(drv, [child1, child2], "hello process\n") == :ok
    # cat echoes; closing its stdin makes it exit.
    assert :alcove.eof(drv, [child1, child2]) == :ok
    assert wait_exit(drv, [child1, child2]) == {0, "hello process\n"}
  end

  test "a child runs the event loop until exec: calls answer, then echo's output and status",
       %{drv: drv} do
    {:ok, pid} = :alcove.fork(drv, [])
    assert :alcove.getpid(drv, [pid]) == pid
    assert :alcove.chdir(drv, [pid], "/tmp") == :ok
    assert :alcove.getcwd(drv, [pid]) == {:ok, "/tmp"}

    assert :alcove.execve(drv, [pid], "/bin/sh", ["sh", "-c", "echo $GREETING; pwd; exit 7"], [
             "GREETING=hello from elixir"
           ]) == :ok

    assert wait_exit(drv, [pid]) == {7, "hello from elixir\n/tmp\n"}
  end

  test "a failed call is {:error, posix}; bad arguments raise; a program that is not there",
       %{drv: drv} do
    {:ok, pid} = :alcove.fork(drv, [])
    assert :alcove.chdir(drv, [pid], "/nonexistent") == {:error, :enoent}
    assert_raise ArgumentError, fn -> :alcove.setuid(drv, [pid], :not_a_uid) end
    assert :alcove.execvp(drv, [pid], "/nonexistent/program", ["program"]) == {:error, :enoent}
    # The child is still there and answers.
    assert :alcove.getpid(drv, [pid]) == pid
  end

  test "records from alcove.hrl: alcove_rlimit in setrlimit/getrlimit, alcove_pid from cpid",
       %{drv: drv} do
    assert alcove_rlimit(cur: 64, max: 128) == {:alcove_rlimit, 64, 128}
    {:ok, pid} = :alcove.fork(drv, [])

    assert :alcove.setrlimit(drv, [pid], :rlimit_nofile, alcove_rlimit(cur: 64, max: 128)) ==
             :ok

    assert {:ok, alcove_rlimit(cur: 64, max: 128)} = :alcove.getrlimit(drv, [pid], :rlimit_nofile)

    children = :alcove.cpid(drv, [])

    assert [alcove_pid(pid: ^pid, stdin: stdin)] =
             Enum.filter(children, &(alcove_pid(&1, :pid) == pid))

    assert is_integer(stdin) and stdin >= 0
  end

  test "alcove_run: one call runs a program to completion", %{drv: drv} do
    assert {:ok, %{status: {:exit_status, 0}, stdout: "hello\n", stderr: ""}} =
             :alcove_run.run(drv, ["/bin/echo", "hello"], timeout: @wait)

    assert {:ok, %{status: {:exit_status, 0}, stdout: "ABC\n"}} =
             :alcove_run.run(drv, ["tr", "a-z", "A-Z"], stdin: "abc\n", timeout: @wait)

    assert {:ok, %{status: {:exit_status, 3}, stdout: "out\n", stderr: "err\n"}} =
             :alcove_run.run(drv, ["sh", "-c", "echo out; echo err >&2; exit 3"], timeout: @wait)

    assert :alcove_run.run(drv, ["/nonexistent/program"], env: [], timeout: @wait) ==
             {:error, {:execve, :enoent}}
  end

  describe "as root" do
    @describetag :root
    @describetag :tmp_dir

    test "chroot sandbox: limits, no privileges, only the jail visible", %{drv: drv, tmp_dir: tmp} do
      root = AlcoveExample.jail!(Path.join(tmp, "jail"))
      script = "id -u; id -g; ulimit -n; pwd; ls /; ls /bin"

      assert AlcoveExample.run(drv, root, ["/bin/busybox", "sh", "-c", script]) ==
               {:ok, 0, "65534\n65534\n64\n/\nbin\nbusybox\n"}

      assert AlcoveExample.run(drv, root, ["/bin/busybox", "sh", "-c", "exit 5"],
               uid: 1000,
               gid: 1000
             ) ==
               {:ok, 5, ""}

      # RLIMIT_FSIZE: as root in the jail, writing 4096 bytes into a 1024-byte
      # limit; head (exec'ed by the shell) is killed by SIGXFSZ.
      write = "exec /bin/busybox head -c 4096 /bin/busybox > /big"

      assert AlcoveExample.run(drv, root, ["/bin/busybox", "sh", "-c", write],
               uid: 0,
               gid: 0,
               rlimits: [rlimit_fsize: 1024]
             ) == {:ok, {:termsig, :sigxfsz}, ""}

      assert File.stat!(Path.join(root, "big")).size == 1024

      assert AlcoveExample.sandbox(drv, Path.join(tmp, "missing")) == {:error, :enoent}
    end

    test "alcove_run in the sandbox: a chrooted child given as {pid, P}", %{
      drv: drv,
      tmp_dir: tmp
    } do
      root = AlcoveExample.jail!(Path.join(tmp, "jail"))
      {:ok, child} = :alcove.fork(drv, [])
      :ok = :alcove.chroot(drv, [child], root)
      :ok = :alcove.chdir(drv, [child], "/")

      assert {:ok, %{status: {:exit_status, 0}, stdout: "65534\n/\n"}} =
               :alcove_run.run(drv, [], ["/bin/busybox", "sh", "-c", "id -u; pwd"],
                 pid: child,
                 uid: 65534,
                 gid: 65534,
                 env: ["PATH=/bin"],
                 timeout: @wait
               )
    end

    # The README's "From Elixir" section, evaluated as iex does: one
    # top-level expression at a time, bindings and imports carried over.
    test "the README's From Elixir section evaluates", %{drv: _} do
      on_exit(fn -> File.rm_rf!(Path.join(System.tmp_dir!(), "alcove-jail-#{System.pid()}")) end)
      blocks = readme_blocks()
      assert length(blocks) >= 5

      {binding, _env} =
        Enum.reduce(blocks, {[], Code.env_for_eval([])}, fn block, {binding, env} ->
          block
          |> Code.string_to_quoted!()
          |> unblock()
          |> Enum.reduce({binding, env}, fn expr, {binding, env} ->
            {_value, binding, env} = Code.eval_quoted_with_env(expr, binding, env)
            {binding, env}
          end)
        end)

      assert is_pid(binding[:drv])
    end
  end

  defp unblock({:__block__, _, exprs}), do: exprs
  defp unblock(expr), do: [expr]

  defp readme_blocks do
    readme = File.read!(Path.expand("../../../README.md", __DIR__))
    [_, section] = String.split(readme, "\n## From Elixir\n", parts: 2)
    [section | _] = String.split(section, "\n## ", parts: 2)

    Regex.scan(~r/^```elixir\n(.*?)^```$/ms, section, capture: :all_but_first)
    |> Enum.map(&hd/1)
  end
end
