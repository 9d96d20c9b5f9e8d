package io.github.designdoc.cli;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code designdoc fmt}: prints, checks or rewrites a document's canonical Markdown. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = {"Print the canonical Markdown of a design document.",
        "Exit 1 with --check when the file is not canonical; 2 when it cannot be read."})
final class FmtCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(paramLabel = "FILE", description = "The Markdown document, or - for standard input.")
  String file;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--check", description = "Do not print; exit 1 if FILE is not canonical.")
    boolean check;

    @Option(names = "--write", description = "Rewrite FILE in place (atomically); refused when reading found errors.")
    boolean write;
  }

  FmtCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Io.Input input = io.read(file);
    if (DocFormat.of(input) == DocFormat.JSON) {
      throw new CliException(Main.USAGE, input.name + " is JSON; fmt formats Markdown (use convert --to markdown)");
    }
    ReadResult result = DocFormat.MARKDOWN.read(input.text);
    String canonical = DocFormat.MARKDOWN.write(result.document());
    if (mode.check) {
      if (canonical.equals(input.text)) {
        return 0;
      }
      io.out.println(input.name + ": not canonical (run designdoc fmt --write " + input.name + ")");
      return 1;
    }
    if (mode.write) {
      if (input.isStdin()) {
        throw new CliException(Main.USAGE, "--write needs a file, not standard input");
      }
      if (result.hasErrors()) {
        Diagnostic first = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        throw new CliException(Main.USAGE, input.name + ": not rewritten, reading found errors: " + first);
      }
      if (!canonical.equals(input.text)) {
        replace(input.path, canonical);
      }
      return 0;
    }
    io.out.print(canonical);
    return 0;
  }

  /** Writes a temporary file beside the target, then moves it over the target. */
  static void replace(Path target, String text) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliException(Main.USAGE, "cannot write " + target + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the move succeeded or the write failed and was reported; a leftover temp file is harmless
        }
      }
    }
  }

  static CliException invalid(String name, DesignDocFormatException e) {
    return new CliException(Main.USAGE, name + ": " + e.getMessage());
  }
}
