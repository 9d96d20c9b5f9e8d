package io.github.designdoc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.benchmarks.RatioTable.InputBytes;
import io.github.designdoc.benchmarks.RatioTable.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RatioTableTest {
  private static final Map<InputSize, InputBytes> BYTES = Map.of(
      InputSize.TYPICAL, new InputBytes(10_000, 20_000),
      InputSize.LARGE, new InputBytes(1_000_000, 2_000_000),
      InputSize.HUGE, new InputBytes(10_000_000, 20_000_000));

  @Test
  void ratiosDivideMeanTimesAcrossUnits() {
    RatioTable table = RatioTable.of(List.of(
        timed("markdownRead", InputSize.LARGE, 11, "ms/op"),
        timed("commonmarkParse", InputSize.LARGE, 10_000, "us/op"),
        timed("markdownWrite", InputSize.LARGE, 4_400_000, "ns/op")), BYTES);
    assertEquals(1.1, table.ratio(Target.MARKDOWN_READ, InputSize.LARGE).getAsDouble(), 1e-12);
    assertEquals(0.4, table.ratio(Target.MARKDOWN_WRITE, InputSize.LARGE).getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), table.ratio(Target.MARKDOWN_READ, InputSize.HUGE));
    assertEquals(OptionalDouble.empty(), table.ratio(Target.JSON_READ, InputSize.LARGE));
  }

  @Test
  void timePerByteUsesTheBytesOfTheBenchmarksFormat() {
    RatioTable table = RatioTable.of(List.of(
        timed("markdownRead", InputSize.TYPICAL, 50, "us/op"),
        timed("jsonRead", InputSize.TYPICAL, 50, "us/op"),
        timed("jacksonTreeWrite", InputSize.TYPICAL, 10, "us/op")), BYTES);
    assertEquals(5.0, table.nanosPerByte("markdownRead", InputSize.TYPICAL).getAsDouble(), 1e-12);
    assertEquals(2.5, table.nanosPerByte("jsonRead", InputSize.TYPICAL).getAsDouble(), 1e-12);
    assertEquals(0.5, table.nanosPerByte("jacksonTreeWrite", InputSize.TYPICAL).getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), table.nanosPerByte("markdownRead", InputSize.LARGE));
  }

  @Test
  void perByteGrowthComparesHugeWithTypical() {
    RatioTable table = RatioTable.of(List.of(
        timed("markdownRead", InputSize.TYPICAL, 50, "us/op"),
        timed("markdownRead", InputSize.HUGE, 60, "ms/op"),
        timed("jsonWrite", InputSize.TYPICAL, 100, "us/op")), BYTES);
    // 5 ns/B at 10 KB, 6 ns/B at 10 MB.
    assertEquals(1.2, table.perByteGrowth("markdownRead").getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), table.perByteGrowth("jsonWrite"));
  }

  @Test
  void theWriteIsComparedWithCommonmarksRenderAndTheRewriteWithTheWrite() {
    RatioTable table = RatioTable.of(List.of(
        timed("markdownWrite", InputSize.TYPICAL, 90, "us/op"),
        timed("commonmarkRender", InputSize.TYPICAL, 100, "us/op"),
        timed("markdownRewrite", InputSize.TYPICAL, 27, "us/op")), BYTES);
    assertEquals(0.9, table.ratio(Target.MARKDOWN_WRITE_PEER, InputSize.TYPICAL).getAsDouble(), 1e-12);
    assertEquals(0.3, table.ratio(Target.MARKDOWN_REWRITE, InputSize.TYPICAL).getAsDouble(), 1e-12);
    String markdown = table.toMarkdown();
    assertTrue(markdown.contains("| Markdown write / commonmark render | ≤ 1.00 | 0.90 | n/a | n/a | no result at LARGE, HUGE |"),
        markdown);
    assertTrue(markdown.contains("| Markdown rewrite / Markdown write | ≤ 0.20 | 0.30 | n/a | n/a | missed at TYPICAL; no result at LARGE, HUGE |"),
        markdown);
  }

  @Test
  void aBenchmarkMayGrowPerByteAsMuchAsItsFloor() {
    RatioTable table = RatioTable.of(List.of(
        // commonmark: 2 ns/B at 10 KB, 4 ns/B at 10 MB (growth 2.0); ours 3 -> 5.7 (1.9), JSON 1 -> 1.5 (1.5).
        timed("commonmarkParse", InputSize.TYPICAL, 20, "us/op"),
        timed("commonmarkParse", InputSize.HUGE, 40, "ms/op"),
        timed("markdownRead", InputSize.TYPICAL, 30, "us/op"),
        timed("markdownRead", InputSize.HUGE, 57, "ms/op"),
        timed("jsonRead", InputSize.TYPICAL, 20, "us/op"),
        timed("jsonRead", InputSize.HUGE, 30, "ms/op")), BYTES);
    assertEquals(2.0, table.perByteGrowthMost("markdownRead"), 1e-12);
    assertEquals(RatioTable.PER_BYTE_GROWTH_MOST, table.perByteGrowthMost("jsonRead"), 1e-12);
    assertEquals(RatioTable.PER_BYTE_GROWTH_MOST, table.perByteGrowthMost("commonmarkParse"), 1e-12);
    String markdown = table.toMarkdown();
    assertTrue(markdown.contains("| markdownRead | 3.00 | n/a | 5.70 | 1.90 | ≤ 2.00 (commonmarkParse) | met |"), markdown);
    assertTrue(markdown.contains("| commonmarkParse | 2.00 | n/a | 4.00 | 2.00 | ≤ 1.20 | missed |"), markdown);
    assertTrue(markdown.contains("| jsonRead | 1.00 | n/a | 1.50 | 1.50 | ≤ 1.20 | missed |"), markdown);
  }

  @Test
  void speedUpDividesThroughputs() {
    RatioTable table = RatioTable.of(List.of(
        throughput("markdownReadSequential", 1_000, "ops/s"),
        throughput("markdownReadParallel", 1.8, "ops/ms")), BYTES);
    assertEquals(1.8, table.speedUp("markdownReadSequential", "markdownReadParallel").getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), table.speedUp("jsonReadSequential", "jsonReadParallel"));
  }

  @Test
  void theTablesGiveAVerdictPerTarget() {
    List<BenchmarkResult> results = new ArrayList<>();
    for (InputSize size : InputSize.values()) {
      double scale = size.targetBytes() / 10_000.0;
      results.add(timed("markdownRead", size, 11 * scale, "us/op"));
      results.add(timed("commonmarkParse", size, 10 * scale, "us/op"));
      results.add(timed("markdownWrite", size, size == InputSize.HUGE ? 6 * scale : 3 * scale, "us/op"));
    }
    results.add(throughput("jsonReadSequential", 100, "ops/s"));
    results.add(throughput("jsonReadParallel", 150, "ops/s"));
    String markdown = RatioTable.of(results, BYTES).toMarkdown();
    assertTrue(markdown.contains("| Markdown read / commonmark parse | ≤ 1.20 | 1.10 | 1.10 | 1.10 | met |"), markdown);
    assertTrue(markdown.contains("| Markdown write / Markdown read | ≤ 0.50 | 0.27 | 0.27 | 0.55 | missed at HUGE |"),
        markdown);
    assertTrue(markdown.contains("| JSON read / Jackson tree read | ≤ 1.50 | n/a | n/a | n/a | no result at TYPICAL, LARGE, HUGE |"),
        markdown);
    assertTrue(markdown.contains("| markdownRead | 1.10 | 1.10 | 1.10 | 1.00 | ≤ 1.20 | met |"), markdown);
    assertTrue(markdown.contains("| markdownWrite | 0.30 | 0.30 | 0.60 | 2.00 | ≤ 1.20 | missed |"), markdown);
    assertTrue(markdown.contains("| jsonRead | n/a | n/a | n/a | n/a | ≤ 1.20 | no result |"), markdown);
    assertTrue(markdown.contains("| Markdown write / commonmark render | ≤ 1.00 | n/a | n/a | n/a | no result at TYPICAL, LARGE, HUGE |"),
        markdown);
    assertTrue(markdown.contains("| Markdown rewrite / Markdown write | ≤ 0.20 | n/a |"), markdown);
    assertTrue(markdown.contains("| markdownRead | 11.0 ± 0.11 µs | 1.10 ± 0.011 ms | 11.0 ± 0.11 ms |"), markdown);
    assertTrue(markdown.contains("| JSON | 100 | 150 | 1.50× |"), markdown);
    assertTrue(markdown.contains("| Markdown | n/a | n/a | n/a |"), markdown);
  }

  @Test
  void targetsAreJudgedOnTheTwoDecimalsPrinted() {
    assertTrue(RatioTable.within(1.2049, 1.2));
    assertTrue(RatioTable.within(0.5, 0.5));
    assertFalse(RatioTable.within(1.205, 1.2));
    assertFalse(RatioTable.within(0.51, 0.5));
  }

  @Test
  void inputBytesMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new InputBytes(0, 10));
  }

  private static BenchmarkResult timed(String benchmark, InputSize size, double score, String unit) {
    return new BenchmarkResult(benchmark, Optional.of(size), score, score / 100, unit);
  }

  private static BenchmarkResult throughput(String benchmark, double score, String unit) {
    return new BenchmarkResult(benchmark, Optional.empty(), score, Double.NaN, unit);
  }
}
