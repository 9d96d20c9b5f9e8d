package io.github.designdoc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkResultTest {
  static final String JMH_JSON = """
      [
        {
          "jmhVersion" : "1.37",
          "benchmark" : "io.github.designdoc.benchmarks.CodecBenchmarks.markdownRead",
          "mode" : "avgt",
          "threads" : 1,
          "forks" : 1,
          "jdkVersion" : "17.0.15",
          "vmName" : "OpenJDK 64-Bit Server VM",
          "warmupIterations" : 2,
          "warmupTime" : "2 s",
          "measurementIterations" : 3,
          "measurementTime" : "2 s",
          "params" : { "size" : "LARGE" },
          "primaryMetric" : {
            "score" : 12345.5,
            "scoreError" : 100.25,
            "scoreConfidence" : [ 12245.25, 12445.75 ],
            "scoreUnit" : "us/op",
            "rawData" : [ [ 12300.0, 12345.5, 12391.0 ] ]
          },
          "secondaryMetrics" : { }
        },
        {
          "jmhVersion" : "1.37",
          "benchmark" : "io.github.designdoc.benchmarks.ParallelReadBenchmarks.markdownReadParallel",
          "mode" : "thrpt",
          "primaryMetric" : { "score" : 2.5, "scoreError" : "NaN", "scoreUnit" : "ops/ms" },
          "secondaryMetrics" : { }
        }
      ]
      """;

  @Test
  void parsesJmhJsonResults() {
    List<BenchmarkResult> results = BenchmarkResult.parse(JMH_JSON);
    assertEquals(List.of(
        new BenchmarkResult("markdownRead", Optional.of(InputSize.LARGE), 12345.5, 100.25, "us/op"),
        new BenchmarkResult("markdownReadParallel", Optional.empty(), 2.5, Double.NaN, "ops/ms")), results);
  }

  @Test
  void convertsTimesToNanosecondsPerOperation() {
    assertEquals(12345.5e3, result(12345.5, "us/op").nanosPerOperation());
    assertEquals(7, result(7, "ns/op").nanosPerOperation());
    assertEquals(1.5e6, result(1.5, "ms/op").nanosPerOperation());
    assertEquals(2e9, result(2, "s/op").nanosPerOperation());
  }

  @Test
  void convertsThroughputsToOperationsPerSecond() {
    assertEquals(2500, result(2.5, "ops/ms").operationsPerSecond(), 1e-9);
    assertEquals(40, result(40, "ops/s").operationsPerSecond(), 1e-9);
    assertEquals(3e6, result(3, "ops/us").operationsPerSecond(), 1e-6);
  }

  @Test
  void refusesAUnitOfTheOtherKind() {
    IllegalStateException time = assertThrows(IllegalStateException.class,
        () -> result(1, "ops/s").nanosPerOperation());
    assertTrue(time.getMessage().contains("ops/s"), time.getMessage());
    assertThrows(IllegalStateException.class, () -> result(1, "us/op").operationsPerSecond());
    assertThrows(IllegalStateException.class, () -> result(1, "fortnights/op").nanosPerOperation());
  }

  @Test
  void rejectsWhatIsNotAJmhResult() {
    assertThrows(IllegalArgumentException.class, () -> BenchmarkResult.parse("{}"));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkResult.parse("[{\"benchmark\": \"x\"}]"));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkResult.parse("[1,"));
  }

  private static BenchmarkResult result(double score, String unit) {
    return new BenchmarkResult("b", Optional.empty(), score, Double.NaN, unit);
  }
}
