package io.github.designdoc.examples;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeContract;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Custom tooling over parsed documents: lists every HTTP endpoint across a folder of design documents,
 * sorted by path, with the document that defines it.
 *
 * <p>Usage: {@code ApiIndex [FOLDER]}, by default {@code examples/samples}.
 */
public final class ApiIndex {
  private ApiIndex() {}

  /** Prints {@code METHOD PATH  (title)} for each endpoint. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/samples");
    MarkdownReader reader = MarkdownReader.create();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    List<String> rows = new java.util.ArrayList<>();
    int other = 0;
    for (Path file : files) {
      DesignDoc doc = reader.read(file).document();
      for (ApiContract contract : doc.apiContracts()) {
        if (contract instanceof HttpContract) {
          HttpContract http = (HttpContract) contract;
          rows.add(String.format("%-7s %-20s (%s)", http.method(), http.path(), doc.title()));
        } else if (contract instanceof CodeContract) {
          other++; // WebSocket messages, inter-service contracts...: kept verbatim as code blocks
        }
      }
    }
    rows.sort(java.util.Comparator.comparing(row -> row.substring(8)));
    rows.forEach(System.out::println);
    System.out.println(rows.size() + " HTTP endpoints, " + other + " other contracts");
  }
}
