package io.github.designdoc.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code designdoc completion}: prints a shell completion script (picocli's generator). */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a completion script for bash or zsh.",
        "bash: source <(designdoc completion bash)   zsh: source <(designdoc completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  enum Shell { bash, zsh }

  @Override
  public Integer call() {
    String script = AutoComplete.bash("designdoc", spec.root().commandLine());
    if (shell == Shell.zsh) {
      // picocli's script runs in zsh through bashcompinit, which it loads itself when ZSH_VERSION is set.
      script = "#compdef designdoc\n" + script;
    }
    main.io.out.writeBytes(script.getBytes(StandardCharsets.UTF_8));
    return 0;
  }
}
