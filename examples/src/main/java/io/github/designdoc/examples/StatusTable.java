package io.github.designdoc.examples;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Severity;
import io.github.designdoc.Status;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses a folder of existing Markdown design documents and prints a status table: title, status, authors
 * and open issues, then the reader's warnings and errors.
 *
 * <p>Usage: {@code StatusTable [FOLDER]}, by default {@code examples/samples}.
 */
public final class StatusTable {
  private StatusTable() {}

  /** Prints the table for the folder given, or for the bundled samples. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/samples");
    MarkdownReader reader = MarkdownReader.create(); // one reader for every file: it is thread-safe
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    System.out.printf("%-24s %-12s %-32s %s%n", "TITLE", "STATUS", "AUTHORS", "OPEN ISSUES");
    for (Path file : files) {
      ReadResult result = reader.read(file);
      DesignDoc doc = result.document();
      long open = doc.openIssues().stream().filter(OpenIssue::isOpen).count();
      System.out.printf("%-24s %-12s %-32s %d%n", doc.title(), doc.status().map(Status::text).orElse("-"),
          doc.authors().isEmpty() ? "-" : String.join(", ", doc.authors()), open);
      for (Diagnostic d : result.diagnostics()) {
        if (d.severity() != Severity.INFO) { // info diagnostics only say what was kept as Markdown
          System.out.println("  " + file.getFileName() + ":" + d);
        }
      }
    }
  }
}
