package io.github.designdoc.cli;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code designdoc convert}: Markdown to JSON and back. */
final class ConvertCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("convert",
          "Convert a design document between Markdown and JSON.",
          "The input format follows IN's extension (.json or Markdown); the output format follows --to, "
              + "else OUT's extension (.json, .md or .markdown), else the other format. Markdown is written "
              + "in the template's look.")
      .positional("IN", 1, 1).files().help("The document to convert, or - for standard input.")
      .option("OUT", "-o", "--output").files()
      .help("The file to write (atomically, keeping an existing file's permissions; only a regular file "
          + "is replaced); standard output when absent.")
      .option("FORMAT", "--to").completes("json", "markdown").help("json or markdown.")
      .factory(ConvertCommand::new);

  private final Io io;
  private final String in;
  private final Path out;
  private final String to;

  ConvertCommand(Io io, Arguments args) {
    this.io = io;
    in = args.positionals().get(0);
    out = args.path("--output");
    to = args.value("--to");
  }

  @Override
  public Integer call() {
    DocFormat target = target();
    Io.Input input = io.read(in);
    DocFormat from = DocFormat.of(input);
    ReadResult result;
    try {
      result = from.read(input.text);
    } catch (DesignDocFormatException e) {
      throw CliException.input(input.name + ": " + FmtCommand.firstError(e.diagnostics()));
    }
    if (result.hasErrors()) {
      throw CliException.input(input.name + ": " + FmtCommand.firstError(result.diagnostics()));
    }
    String text = (target == null ? (from == DocFormat.JSON ? DocFormat.MARKDOWN : DocFormat.JSON) : target)
        .write(result.document());
    if (out == null) {
      io.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    } else {
      SafeWrite.DEFAULT.replace(out, Io.display(out.toString()), text.getBytes(StandardCharsets.UTF_8), null);
    }
    return 0;
  }

  /** The output format asked for, or null for "the other format". */
  private DocFormat target() {
    if (to != null) {
      switch (to.toLowerCase(Locale.ROOT)) {
        case "json":
          return DocFormat.JSON;
        case "markdown":
        case "md":
          return DocFormat.MARKDOWN;
        default:
          throw CliException.input("--to must be json or markdown, not '" + to + "'");
      }
    }
    if (out != null) {
      String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return DocFormat.JSON;
      }
      if (name.endsWith(".md") || name.endsWith(".markdown")) {
        return DocFormat.MARKDOWN;
      }
      throw CliException.input("cannot tell the format of " + Io.display(out.toString())
          + " from its extension: name it .json or .md, or give --to");
    }
    return null;
  }
}
