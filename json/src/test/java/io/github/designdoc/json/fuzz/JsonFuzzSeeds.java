package io.github.designdoc.json.fuzz;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON documents mutants start from: what {@link JsonWriter} writes (pretty and compact) for the
 * template and for each corpus document ({@code -Ddesigndoc.corpus}, read with the Markdown reader), and the
 * JSON bad inputs in {@code src/test/resources/bad-input/} when present.
 */
final class JsonFuzzSeeds {
  static final String CORPUS = "designdoc.corpus";

  record Seed(String name, String json) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Seed> ALL = load();

  private JsonFuzzSeeds() {}

  static List<Seed> all() {
    return ALL;
  }

  private static List<Seed> load() {
    List<Seed> seeds = new ArrayList<>();
    JsonWriter pretty = JsonWriter.create();
    JsonWriter compact = JsonWriter.builder().pretty(false).build();
    seeds.add(new Seed("template (pretty)", pretty.write(DesignDoc.template())));
    seeds.add(new Seed("template (compact)", compact.write(DesignDoc.template())));
    URL badInput = JsonFuzzSeeds.class.getResource("/bad-input");
    if (badInput != null && "file".equals(badInput.getProtocol())) {
      try {
        for (Path p : list(Path.of(badInput.toURI()), ".json")) {
          seeds.add(new Seed("bad-input/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      } catch (URISyntaxException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    String corpus = System.getProperty(CORPUS, "");
    if (!corpus.isBlank()) {
      MarkdownReader reader = MarkdownReader.create();
      for (Path p : list(Path.of(corpus), ".md")) {
        try {
          DesignDoc doc = reader.read(p).document();
          seeds.add(new Seed("corpus/" + p.getFileName() + " (pretty)", pretty.write(doc)));
          seeds.add(new Seed("corpus/" + p.getFileName() + " (compact)", compact.write(doc)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    System.out.println("[fuzz] " + seeds.size() + " seed documents (pretty and compact JSON of the template and "
        + seeds.stream().filter(s -> s.name().startsWith("corpus/")).count() / 2 + " corpus documents, "
        + seeds.stream().filter(s -> s.name().startsWith("bad-input/")).count() + " bad inputs)");
    return List.copyOf(seeds);
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
