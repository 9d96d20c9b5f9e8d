package io.github.designdoc.cli;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code designdoc convert}: Markdown to JSON and back. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a design document between Markdown and JSON.",
        "The input format follows IN's extension (.json or Markdown); the output format follows --to, "
            + "else OUT's extension, else the other format."})
final class ConvertCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(paramLabel = "IN", description = "The document to convert, or - for standard input.")
  String in;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write; standard output when absent.")
  Path out;

  @Option(names = "--to", paramLabel = "FORMAT", description = "json or markdown.")
  String to;

  ConvertCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Io.Input input = io.read(in);
    DocFormat from = DocFormat.of(input);
    DocFormat target = target(from);
    ReadResult result;
    try {
      result = from.read(input.text);
    } catch (DesignDocFormatException e) {
      throw FmtCommand.invalid(input.name, e);
    }
    if (result.hasErrors()) {
      throw new CliException(Main.USAGE, input.name + ": " + result.diagnostics().stream()
          .filter(d -> d.isError()).findFirst().orElseThrow());
    }
    String text = target.write(result.document());
    if (out == null) {
      io.out.print(text);
    } else {
      FmtCommand.replace(out, text);
    }
    return 0;
  }

  private DocFormat target(DocFormat from) {
    if (to != null) {
      switch (to.toLowerCase(Locale.ROOT)) {
        case "json":
          return DocFormat.JSON;
        case "markdown":
        case "md":
          return DocFormat.MARKDOWN;
        default:
          throw new CliException(Main.USAGE, "--to must be json or markdown, not '" + to + "'");
      }
    }
    if (out != null) {
      return DocFormat.of(out.getFileName().toString());
    }
    return from == DocFormat.JSON ? DocFormat.MARKDOWN : DocFormat.JSON;
  }
}
