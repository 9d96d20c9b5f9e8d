package io.github.designdoc.markdown.fuzz;

import io.github.designdoc.testing.FuzzHook;
import io.github.designdoc.testing.Minimizer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.markdown.fuzz.MarkdownChecks.Failure;
import io.github.designdoc.markdown.fuzz.MarkdownChecks.Family;
import io.github.designdoc.markdown.fuzz.MarkdownMutator.Edit;
import io.github.designdoc.markdown.fuzz.MarkdownMutator.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A fuzzing campaign that does not stop at the first failure: {@code -Ddesigndoc.fuzz.survey=N} runs every
 * family of checks on N mutants (on all cores), counts the failures of each kind, minimizes the smallest
 * mutant of each kind and prints them (also to {@code target/fuzz-survey/}). It fails if any check failed.
 * Not part of the CI run: the properties of {@link MarkdownFuzzTest} are.
 */
@EnabledIfSystemProperty(named = "designdoc.fuzz.survey", matches = "[0-9]+")
class MarkdownFuzzSurveyTest {
  @Test
  void survey() throws IOException {
    int n = Integer.parseInt(System.getProperty("designdoc.fuzz.survey"));
    long seed = Long.parseLong(FuzzHook.RUN_SEED);
    List<FuzzSeeds.Seed> seeds = FuzzSeeds.all();
    System.out.println("[fuzz] survey: " + n + " mutants of " + seeds.size() + " documents, seed " + seed
        + " (replay: -D" + FuzzHook.SEED + "=" + seed + ")");
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    Map<String, Mutant> smallest = new ConcurrentHashMap<>();
    Map<String, Family> families = new ConcurrentHashMap<>();
    Map<String, String> origins = new ConcurrentHashMap<>();
    AtomicInteger failing = new AtomicInteger();
    long start = System.nanoTime();
    IntStream.range(0, n).parallel().forEach(i -> {
      Random random = new Random(seed + i * 0x9E3779B97F4A7C15L);
      int doc = random.nextInt(seeds.size());
      List<Edit> edits = new ArrayList<>();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        edits.add(new Edit(Op.values()[random.nextInt(Op.values().length)], random.nextInt(1 << 20),
            random.nextInt(1 << 16)));
      }
      Mutant m = MarkdownMutator.apply(seeds.get(doc).text(), edits);
      boolean any = false;
      for (Family family : Family.values()) {
        Failure f = MarkdownChecks.run(family, m).orElse(null);
        if (f == null) {
          continue;
        }
        any = true;
        String kind = f.kind();
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        families.putIfAbsent(kind, family);
        smallest.merge(kind, m, (a, b) -> a.text().length() <= b.text().length() ? a : b);
        if (smallest.get(kind) == m) {
          origins.put(kind, "mutant " + i + " of " + seeds.get(doc) + " by " + edits);
        }
      }
      if (any) {
        failing.incrementAndGet();
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("[fuzz] survey: %d of %d mutants (%.2f%%) failed a check, in %.0f s%n", failing.get(), n,
        100.0 * failing.get() / n, seconds);
    Path out = Path.of("target", "fuzz-survey", "markdown");
    Files.createDirectories(out);
    Map<String, AtomicInteger> sorted = new TreeMap<>(counts);
    int k = 0;
    for (Map.Entry<String, AtomicInteger> e : sorted.entrySet()) {
      String kind = e.getKey();
      String report = "[fuzz] " + kind + ": " + e.getValue() + " mutants\n"
          + MarkdownFuzzTest.explain(families.get(kind), smallest.get(kind), origins.get(kind));
      System.out.println(report);
      Files.writeString(out.resolve(String.format("%02d-", k++) + kind.replaceAll("[^A-Za-z0-9_.-]+", "_") + ".txt"),
          report + "\n", StandardCharsets.UTF_8);
    }
    assertTrue(sorted.isEmpty(), "failures of " + sorted.size() + " kinds: " + sorted);
  }
}
