package io.github.designdoc.cli;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Severity;
import io.github.designdoc.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code designdoc lint}: reader diagnostics and lint findings for many documents. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Report reader diagnostics and lint findings of design documents.",
        "A folder is searched for .md and .json files. Lines read path:line:column: severity code message; "
            + "line and column are 0 for findings about the document rather than a place in its text, "
            + "which name the part they concern as a JSON pointer.",
        "Exit 0 when no finding is an error, 1 when any is, 2 when a file cannot be read."})
final class LintCommand implements Callable<Integer> {
  enum OutputFormat { text, json }

  private final Io io;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents or folders of documents; - for standard input.")
  List<String> files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  LintCommand(Io io) {
    this.io = io;
  }

  /** A diagnostic of one file. */
  static final class Finding {
    final String file;
    final Diagnostic diagnostic;

    Finding(String file, Diagnostic diagnostic) {
      this.file = file;
      this.diagnostic = diagnostic;
    }
  }

  @Override
  public Integer call() {
    Linter linter = Linter.create();
    List<String> paths = expand(files);
    List<Finding> findings = new ArrayList<>();
    for (String path : paths) {
      Io.Input input = io.read(path);
      try {
        ReadResult result = DocFormat.of(input).read(input.text);
        result.diagnostics().forEach(d -> findings.add(new Finding(input.name, d)));
        linter.lint(result.document()).forEach(d -> findings.add(new Finding(input.name, d)));
      } catch (DesignDocFormatException e) {
        e.diagnostics().forEach(d -> findings.add(new Finding(input.name, d)));
      }
    }
    long errors = count(findings, Severity.ERROR);
    if (format == OutputFormat.json) {
      io.out.println(json(findings));
    } else {
      for (Finding f : findings) {
        Diagnostic d = f.diagnostic;
        String pointer = d.location().pointer().map(p -> " (" + (p.isEmpty() ? "/" : p) + ")").orElse("");
        io.out.println(f.file + ":" + d.location().line() + ":" + d.location().column() + ": "
            + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.code() + " " + d.message() + pointer);
      }
      io.out.println(paths.size() + (paths.size() == 1 ? " file: " : " files: ") + errors + " errors, "
          + count(findings, Severity.WARNING) + " warnings, " + count(findings, Severity.INFO) + " infos");
    }
    return errors > 0 ? 1 : 0;
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.diagnostic.severity() == severity).count();
  }

  private static String json(List<Finding> findings) {
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode array = mapper.createArrayNode();
    for (Finding f : findings) {
      Diagnostic d = f.diagnostic;
      ObjectNode node = array.addObject();
      node.put("file", f.file);
      node.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      node.put("code", d.code());
      node.put("message", d.message());
      if (d.location().hasLine()) {
        node.put("line", d.location().line());
        node.put("column", d.location().column());
      }
      d.location().pointer().ifPresent(p -> node.put("pointer", p));
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
  }

  /** Files as given; folders replaced by the .md and .json files under them, sorted. */
  static List<String> expand(List<String> arguments) {
    List<String> out = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!argument.equals("-") && Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          out.addAll(walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".json"))
              .map(Path::toString).sorted().collect(Collectors.toList()));
        } catch (IOException e) {
          throw new CliException(Main.USAGE, "cannot list " + argument + ": " + e.getMessage());
        }
      } else {
        out.add(argument);
      }
    }
    return out;
  }
}
