package io.github.designdoc.cli;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.index.DocIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code designdoc index}: one row per document of a set of folders. */
final class IndexCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("index",
          "Index design documents: one row per document with its title, status, authors, date, open "
              + "issues (open/total), last revision and path, as a GitHub Markdown table, JSON, CSV or one "
              + "self-contained HTML page that can be sorted and filtered.",
          "Folders are searched as lint searches them (--include/--exclude). A file that cannot be read is "
              + "reported on standard error and left out; the exit status is then 2.")
      .unsorted()
      .positional("PATH", 1, Integer.MAX_VALUE).files().help("Documents or folders of documents.")
      .option("FORMAT", "--format").completes("markdown", "json", "csv", "html")
      .help("markdown (the default), json, csv or html.")
      .option("FILE", "-o", "--output").files()
      .help("The file to write (atomically; only a regular file is replaced); standard output when absent.")
      .option("COLUMN", "--sort").completes("title", "status", "authors", "date", "open-issues", "last-revision", "path")
      .help("title, status, authors, date, open-issues, last-revision or path (the default).")
      .option("STATUS", "--status").help("Only documents with this status.")
      .option("NAME", "--author").help("Only documents with an author whose name holds NAME.")
      .flag("--open-issues").help("Only documents with unresolved open issues.")
      .option("GLOB", "--include").repeatable().help("In folders, take only files matching GLOB.")
      .option("GLOB", "--exclude").repeatable().help("In folders, skip files matching GLOB.")
      .factory(IndexCommand::new);

  private final Io io;
  private final List<String> paths;
  private final String format;
  private final Path out;
  private final String sort;
  private final String status;
  private final String author;
  private final boolean openIssues;
  private final List<String> includes;
  private final List<String> excludes;

  IndexCommand(Io io, Arguments args) {
    this.io = io;
    paths = args.positionals();
    format = args.value("--format", "markdown");
    out = args.path("--output");
    sort = args.value("--sort", "path");
    status = args.value("--status");
    author = args.value("--author");
    openIssues = args.flag("--open-issues");
    includes = args.values("--include");
    excludes = args.values("--exclude");
  }

  @Override
  public Integer call() {
    String mode = format.toLowerCase(Locale.ROOT);
    if (!List.of("markdown", "json", "csv", "html").contains(mode)) {
      throw new CliException(Main.INPUT, "unknown --format '" + format + "': expected markdown, json, csv or html");
    }
    DocIndex.Column column = DocIndex.Column.find(sort).orElseThrow(() -> new CliException(Main.INPUT,
        "unknown --sort column '" + sort + "': expected title, status, authors, date, open-issues, last-revision or path"));
    List<String> problems = new ArrayList<>();
    List<String> files = new Inputs(includes == null ? List.of() : includes, excludes == null ? List.of() : excludes)
        .expand(paths, problems::add);
    List<DocIndex.Row> rows = new ArrayList<>();
    for (String file : files) {
      try {
        Io.Input input = io.read(file);
        ReadResult read = DocFormat.of(input).read(input.text);
        rows.add(DocIndex.Row.of(input.name, read.document()));
      } catch (CliException e) {
        problems.add(e.getMessage());
      } catch (DesignDocFormatException e) {
        problems.add(Io.display(file) + ": " + FmtCommand.firstError(e.diagnostics()));
      }
    }
    problems.forEach(p -> io.err.println("designdoc: " + p));
    if (rows.isEmpty() && problems.isEmpty()) {
      throw CliException.input("no design documents found in " + String.join(", ", paths));
    }
    DocIndex index = DocIndex.of(rows).sortedBy(column);
    if (status != null) {
      index = index.withStatus(status);
    }
    if (author != null) {
      index = index.withAuthor(author);
    }
    if (openIssues) {
      index = index.withOpenIssues();
    }
    String text;
    switch (mode) {
      case "json":
        text = index.toJson();
        break;
      case "csv":
        text = index.toCsv();
        break;
      case "html":
        text = index.toHtml("Design documents");
        break;
      default:
        text = index.toMarkdown();
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (out == null) {
      io.out.writeBytes(bytes);
      io.out.flush();
      if (io.out.checkError()) {
        throw CliException.input("cannot write to standard output");
      }
    } else {
      SafeWrite.DEFAULT.replace(out, Io.display(out.toString()), bytes, null);
    }
    return problems.isEmpty() ? 0 : Main.INPUT;
  }
}
