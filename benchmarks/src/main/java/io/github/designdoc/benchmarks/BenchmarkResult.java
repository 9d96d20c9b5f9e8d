package io.github.designdoc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One result of a JMH run as written by {@code -rf json}: the benchmark method, its size parameter if
 * any, and the primary score with its error and unit.
 *
 * @param benchmark the benchmark method's simple name, such as {@code markdownRead}
 * @param size the {@code size} parameter, empty for benchmarks without one
 * @param score the primary score
 * @param error the score's error (99.9% confidence half-width); {@code NaN} when JMH gave none
 * @param unit the score's unit, such as {@code us/op} or {@code ops/s}
 */
public record BenchmarkResult(String benchmark, Optional<InputSize> size, double score, double error, String unit) {
  /** Checks that no part is null. */
  public BenchmarkResult {
    Objects.requireNonNull(benchmark, "benchmark must not be null");
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
  }

  /**
   * Parses the results of a JMH JSON result file.
   *
   * @throws IllegalArgumentException if the text is not a JMH JSON result
   */
  public static List<BenchmarkResult> parse(String jmhJson) {
    Objects.requireNonNull(jmhJson, "jmhJson must not be null");
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(jmhJson);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (!root.isArray()) {
      throw new IllegalArgumentException("a JMH JSON result is an array, found " + root.getNodeType());
    }
    List<BenchmarkResult> results = new ArrayList<>();
    for (JsonNode entry : root) {
      String name = entry.path("benchmark").asString("");
      JsonNode metric = entry.path("primaryMetric");
      if (name.isEmpty() || !metric.path("score").isNumber() || !metric.path("scoreUnit").isString()) {
        throw new IllegalArgumentException("a JMH result needs benchmark, primaryMetric.score and scoreUnit: " + entry);
      }
      JsonNode size = entry.path("params").path("size");
      JsonNode error = metric.path("scoreError");
      results.add(new BenchmarkResult(
          name.substring(name.lastIndexOf('.') + 1),
          size.isString() ? Optional.of(InputSize.valueOf(size.asString())) : Optional.empty(),
          metric.path("score").asDouble(),
          error.isNumber() ? error.asDouble() : Double.NaN,
          metric.path("scoreUnit").asString()));
    }
    return results;
  }

  /**
   * The average time per operation in nanoseconds.
   *
   * @throws IllegalStateException if the unit is not a time per operation
   */
  public double nanosPerOperation() {
    return score * nanosPer(timeUnit("/op", true));
  }

  /**
   * The throughput in operations per second.
   *
   * @throws IllegalStateException if the unit is not operations per time
   */
  public double operationsPerSecond() {
    return score * 1e9 / nanosPer(timeUnit("ops/", false));
  }

  private String timeUnit(String part, boolean suffix) {
    if (suffix ? !unit.endsWith(part) : !unit.startsWith(part)) {
      throw new IllegalStateException(benchmark + " has score unit " + unit + ", expected one with " + part);
    }
    return suffix ? unit.substring(0, unit.length() - part.length()) : unit.substring(part.length());
  }

  private double nanosPer(String timeUnit) {
    switch (timeUnit) {
      case "ns":
        return 1;
      case "us":
        return 1e3;
      case "ms":
        return 1e6;
      case "s":
        return 1e9;
      case "min":
        return 60e9;
      default:
        throw new IllegalStateException(benchmark + " has an unknown time unit: " + unit);
    }
  }
}
