package io.github.designdoc.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code designdoc fmt}: prints, checks or rewrites documents in their formatted form. */
final class FmtCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("fmt",
          "Print design documents formatted: Markdown keeps its headings, their order, the title's form, "
              + "line endings and byte-order mark, and only the typed parts take the template's look; "
              + "DesignDoc JSON is printed in its canonical form.",
          "Folders are searched for documents (*.md, *.markdown, DesignDoc *.json). Files are worked on in parallel.",
          "Exit 1 with --check when a file is not formatted; 2 when a file cannot be read or written.")
      .positional("FILE", 1, Integer.MAX_VALUE).files()
      .help("Documents or folders of documents; - for standard input.")
      .flag("--check").help("Do not print; list the files that are not formatted and exit 1.")
      .flag("--write").help("Rewrite each file that is not formatted in place, atomically, "
          + "keeping its permissions; refused when reading found errors or the file changed meanwhile.")
      .exclusive("--check", "--write")
      .flag("--diff").help("With --check (implied): print a unified diff of each change instead.")
      .option("GLOB", "--include").repeatable().help("In folders, take only files matching GLOB.")
      .option("GLOB", "--exclude").repeatable().help("In folders, skip files matching GLOB.")
      .factory(FmtCommand::new);

  private final Io io;
  private final List<String> files;
  private final boolean check;
  private final boolean write;
  private final boolean diff;
  private final List<String> includes;
  private final List<String> excludes;

  FmtCommand(Io io, Arguments args) {
    this.io = io;
    files = args.positionals();
    check = args.flag("--check");
    write = args.flag("--write");
    diff = args.flag("--diff");
    includes = args.list("--include");
    excludes = args.list("--exclude");
  }

  /** What one file gave: text for standard output, a line for standard error, an exit code. */
  private static final class Outcome {
    final String out;
    final String err;
    final int code;

    Outcome(String out, String err, int code) {
      this.out = out;
      this.err = err;
      this.code = code;
    }
  }

  @Override
  public Integer call() {
    if (diff && write) {
      throw CliException.input("--diff goes with --check, not with --write");
    }
    boolean check = this.check || diff;
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<String> paths = new Inputs(includes, excludes).expand(files, problems::add);
    problems.forEach(p -> io.err.println("designdoc: " + p));
    if (paths.isEmpty()) {
      throw CliException.input("no documents found in " + String.join(", ", files));
    }
    if (write && paths.contains("-")) {
      throw CliException.input("--write needs files, not standard input");
    }
    List<Outcome> outcomes = Parallel.map(paths, path -> process(io, path, check));
    int code = problems.isEmpty() ? 0 : Main.INPUT;
    for (Outcome outcome : outcomes) {
      if (outcome.out != null) {
        io.out.writeBytes(outcome.out.getBytes(StandardCharsets.UTF_8));
      }
      if (outcome.err != null) {
        io.err.println("designdoc: " + outcome.err);
      }
      code = Math.max(code, outcome.code);
    }
    return code;
  }

  private Outcome process(Io io, String path, boolean check) {
    String name = Io.display(path);
    try {
      Io.Input input = io.read(path);
      name = input.name;
      DocFormat format = DocFormat.of(input);
      ReadResult read;
      try {
        read = format.read(input.text);
      } catch (DesignDocFormatException e) {
        return new Outcome(null, input.name + ": " + firstError(e.diagnostics()), Main.INPUT);
      }
      String formatted = format.format(input.text, read);
      boolean same = formatted.equals(input.text);
      if (check) {
        if (same) {
          return new Outcome(null, null, 0);
        }
        String report = diff ? unifiedDiff(input.name, input.text, formatted)
            : input.name + ": not canonical (run designdoc fmt --write " + input.name + ")\n";
        return new Outcome(report, null, Main.FAILED);
      }
      if (write) {
        if (read.hasErrors()) {
          return new Outcome(null, input.name + ": not rewritten, reading found errors: "
              + firstError(read.diagnostics()), Main.INPUT);
        }
        if (!same) {
          SafeWrite.DEFAULT.replace(input.path, input.name, formatted.getBytes(StandardCharsets.UTF_8), input.bytes);
        }
        return new Outcome(null, null, 0);
      }
      return new Outcome(formatted, null, 0);
    } catch (CliException e) {
      return new Outcome(null, e.getMessage(), e.exitCode());
    } catch (RuntimeException e) {
      return new Outcome(null, "internal error on " + name + ": " + e.getClass().getSimpleName() + ": "
          + e.getMessage(), Main.INTERNAL);
    }
  }

  static String firstError(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).findFirst()
        .or(() -> diagnostics.stream().findFirst()).map(Diagnostic::toString).orElse("invalid document");
  }

  /** A unified diff from {@code original} to {@code formatted}, with three lines of context. */
  static String unifiedDiff(String name, String original, String formatted) {
    List<String> from = lines(original);
    List<String> to = lines(formatted);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, from, patch, 3);
    return String.join("\n", diff) + "\n";
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n") || text.isEmpty()) {
      lines.remove(lines.size() - 1);
    } else {
      lines.add("\\ No newline at end of file");
    }
    return lines;
  }
}
