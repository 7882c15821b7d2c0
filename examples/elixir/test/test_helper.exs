# Cases tagged :root chroot and change ids: they need the port to run as
# root. Without root they are excluded, and said so.
{uid, 0} = System.cmd("id", ["-u"])

if String.trim(uid) == "0" do
  ExUnit.start()
else
  IO.puts("alcove_example: not root: excluding the :root cases (chroot, setuid)")
  ExUnit.start(exclude: [:root])
end
