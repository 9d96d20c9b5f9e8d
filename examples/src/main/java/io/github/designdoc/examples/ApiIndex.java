package io.github.designdoc.examples;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.Operation;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Custom tooling over parsed documents: lists every endpoint and named operation (rpc, call, command,
 * message) across a folder of design documents, sorted by path or name, with the document that states
 * it. Endpoints come from typed HTTP contracts, from the typed view of contracts kept as code blocks
 * (several endpoints in one block, absolute URLs, WebSocket routes) and from prose and tables.
 *
 * <p>Usage: {@code ApiIndex [FOLDER]}, by default {@code examples/samples}.
 */
public final class ApiIndex {
  private ApiIndex() {}

  /** Prints {@code METHOD PATH  (title)} for each endpoint, then {@code KIND NAME  (title)} for each operation. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/samples");
    MarkdownReader reader = MarkdownReader.create();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    List<String[]> endpoints = new ArrayList<>();
    List<String[]> operations = new ArrayList<>();
    for (Path file : files) {
      DesignDoc doc = reader.read(file).document();
      for (HttpContract http : doc.endpoints()) {
        endpoints.add(new String[] {http.method(), http.path(), doc.title()});
      }
      for (Operation operation : doc.operations()) {
        operations.add(new String[] {operation.kind().name().toLowerCase(java.util.Locale.ROOT), operation.name(),
            doc.title()});
      }
    }
    Comparator<String[]> byName = Comparator.comparing(row -> row[1]);
    endpoints.sort(byName);
    operations.sort(byName);
    endpoints.forEach(row -> System.out.println(String.format("%-7s %-20s (%s)", row[0], row[1], row[2])));
    operations.forEach(row -> System.out.println(String.format("%-7s %-20s (%s)", row[0], row[1], row[2])));
    System.out.println(endpoints.size() + " HTTP endpoints, " + operations.size() + " other contracts");
  }
}
