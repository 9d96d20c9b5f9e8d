package io.github.designdoc.markdown.fuzz;

import java.io.IOException;
import java.io.InputStream;
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
 * The documents mutants start from: the template, the Markdown bad inputs in
 * {@code src/test/resources/bad-input/} when present, and the corpus of {@code -Ddesigndoc.corpus} when
 * set (each {@code *.md} file in it).
 */
final class FuzzSeeds {
  /** The system property naming the corpus folder. */
  static final String CORPUS = "designdoc.corpus";

  record Seed(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Seed> ALL = load();

  private FuzzSeeds() {}

  /** The seeds: the template first (so shrinking goes towards it), then bad inputs, then the corpus. */
  static List<Seed> all() {
    return ALL;
  }

  /** Whether the corpus was given. */
  static boolean hasCorpus() {
    return !System.getProperty(CORPUS, "").isBlank();
  }

  private static List<Seed> load() {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(new Seed("template.md", resource("/template.md")));
    URL badInput = FuzzSeeds.class.getResource("/bad-input");
    if (badInput != null && "file".equals(badInput.getProtocol())) {
      try {
        seeds.addAll(files(Path.of(badInput.toURI()), "bad-input/"));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    if (hasCorpus()) {
      Path corpus = Path.of(System.getProperty(CORPUS));
      if (!Files.isDirectory(corpus)) {
        throw new IllegalStateException(CORPUS + " is not a folder: " + corpus);
      }
      seeds.addAll(files(corpus, "corpus/"));
    }
    System.out.println("[fuzz] " + seeds.size() + " seed documents: the template, "
        + seeds.stream().filter(s -> s.name().startsWith("bad-input/")).count() + " bad inputs, "
        + seeds.stream().filter(s -> s.name().startsWith("corpus/")).count() + " corpus documents"
        + (hasCorpus() ? "" : " (no -D" + CORPUS + ")"));
    return List.copyOf(seeds);
  }

  private static List<Seed> files(Path dir, String prefix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Seed> seeds = new ArrayList<>();
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
        // Bytes decoded as the lenient reader does: a bad input may hold invalid UTF-8 on purpose.
        seeds.add(new Seed(prefix + p.getFileName(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = FuzzSeeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
