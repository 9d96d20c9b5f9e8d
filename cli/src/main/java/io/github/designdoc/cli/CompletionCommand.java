package io.github.designdoc.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code designdoc completion}: prints a shell completion script ({@link CompletionScript}). */
final class CompletionCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("completion",
          "Print a completion script for bash or zsh.",
          "bash: source <(designdoc completion bash)   zsh: source <(designdoc completion zsh)")
      .positional("SHELL", 1, 1).choices("bash", "zsh").help("bash or zsh.");

  private final Io io;
  private final String shell;
  private final String script;

  /** The command for {@code script}, the bash script of every command, which {@link Main} makes. */
  CompletionCommand(Io io, Arguments args, String script) {
    this.io = io;
    this.shell = args.positionals().get(0);
    this.script = script;
  }

  @Override
  public Integer call() {
    // The bash script runs in zsh through bashcompinit, which it loads itself when ZSH_VERSION is set.
    String text = shell.equals("zsh") ? "#compdef designdoc\n" + script : script;
    io.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return 0;
  }
}
