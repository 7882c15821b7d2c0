defmodule AlcoveExample.MixProject do
  use Mix.Project

  # alcove is a rebar3 project: mix builds it with `rebar3 bare compile`,
  # whose pre-compile hook (`make -C c_src`) builds the port executable
  # into alcove's priv directory. Point mix at a rebar3 of your own with
  # MIX_REBAR3=/usr/bin/rebar3 (or `mix local.rebar rebar3 /usr/bin/rebar3`)
  # and nothing is downloaded.
  def project do
    [
      app: :alcove_example,
      version: "0.1.0",
      elixir: "~> 1.14",
      start_permanent: Mix.env() == :prod,
      deps: deps()
    ]
  end

  def application do
    [extra_applications: [:logger]]
  end

  # Users: {:alcove, git: "https://github.com/msantos/alcove.git", manager: :rebar3}
  # or a hex version; this example uses the checkout it lives in.
  defp deps do
    [{:alcove, path: "../..", manager: :rebar3}]
  end
end
