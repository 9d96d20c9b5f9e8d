package io.github.designdoc.examples;

import io.github.designdoc.index.DocIndex;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A status page of a folder of design documents: one self-contained HTML page with a table that can be
 * sorted and filtered, statuses as coloured badges.
 *
 * <p>Usage: {@code StatusPage [FOLDER [OUT]]}, by default {@code examples/samples} and
 * {@code target/status.html}.
 */
public final class StatusPage {
  private StatusPage() {}

  /** The index of the Markdown documents directly in a folder, sorted by title. */
  static DocIndex index(Path folder) throws IOException {
    MarkdownReader reader = MarkdownReader.create();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    List<DocIndex.Row> rows = new ArrayList<>();
    for (Path file : files) {
      rows.add(DocIndex.Row.of(file.getFileName().toString(), reader.read(file).document()));
    }
    return DocIndex.of(rows).sortedBy(DocIndex.Column.TITLE);
  }

  /** Writes the page and prints where, with the number of documents. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/samples");
    Path out = Path.of(args.length > 1 ? args[1] : "target/status.html");
    DocIndex index = index(folder);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, index.toHtml("Design documents"), StandardCharsets.UTF_8);
    System.out.println(index.rows().size() + " documents: " + out);
  }
}
