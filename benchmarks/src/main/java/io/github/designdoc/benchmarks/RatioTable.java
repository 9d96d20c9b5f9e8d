package io.github.designdoc.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The ratios the benchmarks are judged by, computed from JMH results and the input sizes, and printed as
 * Markdown tables.
 *
 * <p>A ratio compares two benchmarks at one size ({@code markdownRead / commonmarkParse}); the per-byte
 * growth compares one benchmark's time per byte at the largest and the smallest size; the speed-up
 * compares parallel and sequential throughput.
 */
public final class RatioTable {
  /** A ratio of two benchmarks' times and the most it may be. */
  public enum Target {
    /** Our Markdown read against commonmark-java parsing the same text. */
    MARKDOWN_READ("Markdown read / commonmark parse", "markdownRead", "commonmarkParse", 1.2),
    /** Our Markdown write against our Markdown read. */
    MARKDOWN_WRITE("Markdown write / Markdown read", "markdownWrite", "markdownRead", 0.5),
    /** Our Markdown write against commonmark-java rendering the parsed tree of the same document. */
    MARKDOWN_WRITE_PEER("Markdown write / commonmark render", "markdownWrite", "commonmarkRender", 1.0),
    /** Our minimal-diff rewrite of a one-line edit against a full write of the same document. */
    MARKDOWN_REWRITE("Markdown rewrite / Markdown write", "markdownRewrite", "markdownWrite", 0.2),
    /** Our JSON read against Jackson reading the same JSON as a tree. */
    JSON_READ("JSON read / Jackson tree read", "jsonRead", "jacksonTreeRead", 1.5),
    /** Our JSON write against Jackson writing the same JSON from a tree. */
    JSON_WRITE("JSON write / Jackson tree write", "jsonWrite", "jacksonTreeWrite", 1.3);

    private final String label;
    private final String numerator;
    private final String denominator;
    private final double most;

    Target(String label, String numerator, String denominator, double most) {
      this.label = label;
      this.numerator = numerator;
      this.denominator = denominator;
      this.most = most;
    }

    /** What is compared, such as {@code Markdown read / commonmark parse}. */
    public String label() {
      return label;
    }

    /** The most the ratio may be. */
    public double most() {
      return most;
    }
  }

  /**
   * How much slower per byte the largest input may always be than the smallest: 20%. A benchmark with a
   * floor may also grow as much as its floor grows, when that is more.
   */
  public static final double PER_BYTE_GROWTH_MOST = 1.2;

  /** The size benchmarks, in the order they are printed. */
  static final List<String> SIZED_BENCHMARKS = List.of("markdownRead", "commonmarkParse", "commonmarkBlockParse",
      "markdownWrite", "commonmarkRender", "markdownRewrite", "jsonRead", "jacksonTreeRead", "jsonWrite",
      "jacksonTreeWrite");

  /** Each of our benchmarks and the library's benchmark doing the same job, whose growth per byte bounds it. */
  static final Map<String, String> FLOORS = Map.of("markdownRead", "commonmarkParse",
      "markdownWrite", "commonmarkRender", "jsonRead", "jacksonTreeRead", "jsonWrite", "jacksonTreeWrite");

  private final Map<String, Map<InputSize, BenchmarkResult>> sized = new LinkedHashMap<>();
  private final Map<String, BenchmarkResult> unsized = new LinkedHashMap<>();
  private final Map<InputSize, InputBytes> bytes;

  /**
   * The bytes of one input in each format.
   *
   * @param markdown the Markdown's length in UTF-8 bytes
   * @param json the JSON's length in UTF-8 bytes
   */
  public record InputBytes(long markdown, long json) {
    /** Checks that both are positive. */
    public InputBytes {
      if (markdown <= 0 || json <= 0) {
        throw new IllegalArgumentException("sizes must be positive, were " + markdown + " and " + json);
      }
    }

    /** The input's length in bytes in the format that the benchmark reads or writes. */
    long of(String benchmark) {
      return benchmark.startsWith("json") || benchmark.startsWith("jackson") ? json : markdown;
    }
  }

  private RatioTable(List<BenchmarkResult> results, Map<InputSize, InputBytes> bytes) {
    for (BenchmarkResult result : results) {
      if (result.size().isPresent()) {
        sized.computeIfAbsent(result.benchmark(), name -> new EnumMap<>(InputSize.class))
            .put(result.size().get(), result);
      } else {
        unsized.put(result.benchmark(), result);
      }
    }
    this.bytes = new EnumMap<>(InputSize.class);
    this.bytes.putAll(bytes);
  }

  /**
   * A table of these results; {@code bytes} gives the input sizes for the time per byte.
   *
   * @throws NullPointerException if an argument is null
   */
  public static RatioTable of(List<BenchmarkResult> results, Map<InputSize, InputBytes> bytes) {
    Objects.requireNonNull(results, "results must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
    return new RatioTable(results, bytes);
  }

  /** The target's ratio at this size, empty when either result is missing. */
  public OptionalDouble ratio(Target target, InputSize size) {
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(size, "size must not be null");
    BenchmarkResult numerator = result(target.numerator, size);
    BenchmarkResult denominator = result(target.denominator, size);
    if (numerator == null || denominator == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(numerator.nanosPerOperation() / denominator.nanosPerOperation());
  }

  /** The benchmark's time per input byte at this size in nanoseconds, empty when unknown. */
  public OptionalDouble nanosPerByte(String benchmark, InputSize size) {
    BenchmarkResult result = result(Objects.requireNonNull(benchmark, "benchmark must not be null"), size);
    InputBytes input = bytes.get(size);
    if (result == null || input == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(result.nanosPerOperation() / input.of(benchmark));
  }

  /** The benchmark's time per byte at the huge size over that at the typical size, empty when unknown. */
  public OptionalDouble perByteGrowth(String benchmark) {
    OptionalDouble huge = nanosPerByte(benchmark, InputSize.HUGE);
    OptionalDouble typical = nanosPerByte(benchmark, InputSize.TYPICAL);
    if (huge.isEmpty() || typical.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(huge.getAsDouble() / typical.getAsDouble());
  }

  /**
   * The most the benchmark's per-byte growth may be: {@link #PER_BYTE_GROWTH_MOST}, or its floor's growth
   * when it has a floor that grows more.
   */
  public double perByteGrowthMost(String benchmark) {
    String floor = FLOORS.get(Objects.requireNonNull(benchmark, "benchmark must not be null"));
    OptionalDouble floorGrowth = floor == null ? OptionalDouble.empty() : perByteGrowth(floor);
    return Math.max(PER_BYTE_GROWTH_MOST, floorGrowth.orElse(PER_BYTE_GROWTH_MOST));
  }

  /** The parallel benchmark's throughput over the sequential one's, empty when either is missing. */
  public OptionalDouble speedUp(String sequential, String parallel) {
    BenchmarkResult one = unsized.get(Objects.requireNonNull(sequential, "sequential must not be null"));
    BenchmarkResult many = unsized.get(Objects.requireNonNull(parallel, "parallel must not be null"));
    if (one == null || many == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(many.operationsPerSecond() / one.operationsPerSecond());
  }

  /** The times, ratios, time per byte and parallel speed-ups as Markdown tables. */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    List<InputSize> sizes = List.of(InputSize.values());
    out.append("Time per operation (mean ± 99.9% error)\n\n| Benchmark |");
    sizes.forEach(size -> out.append(' ').append(size).append(sizeNote(size)).append(" |"));
    out.append('\n').append(rule(sizes.size() + 1));
    for (String benchmark : SIZED_BENCHMARKS) {
      out.append("| ").append(benchmark).append(" |");
      for (InputSize size : sizes) {
        BenchmarkResult result = result(benchmark, size);
        out.append(' ').append(result == null ? "n/a" : time(result)).append(" |");
      }
      out.append('\n');
    }
    out.append("\nRatios of mean times (target: at most)\n\n| Ratio | Target |");
    sizes.forEach(size -> out.append(' ').append(size).append(" |"));
    out.append(" Verdict |\n").append(rule(sizes.size() + 3));
    for (Target target : Target.values()) {
      out.append("| ").append(target.label).append(" | ≤ ").append(number(target.most)).append(" |");
      List<String> misses = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (InputSize size : sizes) {
        OptionalDouble ratio = ratio(target, size);
        out.append(' ').append(ratio.isPresent() ? number(ratio.getAsDouble()) : "n/a").append(" |");
        if (ratio.isEmpty()) {
          missing.add(size.name());
        } else if (!within(ratio.getAsDouble(), target.most)) {
          misses.add(size.name());
        }
      }
      out.append(' ').append(verdict(misses, missing)).append(" |\n");
    }
    out.append("\nTime per byte in ns (Markdown bytes for Markdown, JSON bytes for JSON; target: HUGE / TYPICAL at most ")
        .append(number(PER_BYTE_GROWTH_MOST)).append(", or at most the floor's when that is more)\n\n| Benchmark |");
    sizes.forEach(size -> out.append(' ').append(size).append(" |"));
    out.append(" HUGE / TYPICAL | Target | Verdict |\n").append(rule(sizes.size() + 4));
    for (String benchmark : SIZED_BENCHMARKS) {
      out.append("| ").append(benchmark).append(" |");
      for (InputSize size : sizes) {
        OptionalDouble perByte = nanosPerByte(benchmark, size);
        out.append(' ').append(perByte.isPresent() ? number(perByte.getAsDouble()) : "n/a").append(" |");
      }
      OptionalDouble growth = perByteGrowth(benchmark);
      double most = perByteGrowthMost(benchmark);
      String verdict = growth.isEmpty() ? "no result" : within(growth.getAsDouble(), most) ? "met" : "missed";
      String floor = FLOORS.get(benchmark);
      out.append(' ').append(growth.isPresent() ? number(growth.getAsDouble()) : "n/a").append(" | ≤ ")
          .append(number(most)).append(floor == null || most == PER_BYTE_GROWTH_MOST ? "" : " (" + floor + ")")
          .append(" | ").append(verdict).append(" |\n");
    }
    out.append("\nParallel reads of ").append(ParallelReadBenchmarks.DOCUMENTS)
        .append(" typical documents, one shared reader\n\n| Reader | One thread (docs/s) | Parallel stream (docs/s) | Speed-up |\n")
        .append(rule(4));
    parallelRow(out, "Markdown", "markdownReadSequential", "markdownReadParallel");
    parallelRow(out, "JSON", "jsonReadSequential", "jsonReadParallel");
    return out.toString();
  }

  private void parallelRow(StringBuilder out, String reader, String sequential, String parallel) {
    BenchmarkResult one = unsized.get(sequential);
    BenchmarkResult many = unsized.get(parallel);
    OptionalDouble speedUp = speedUp(sequential, parallel);
    out.append("| ").append(reader).append(" | ")
        .append(one == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", one.operationsPerSecond())).append(" | ")
        .append(many == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", many.operationsPerSecond())).append(" | ")
        .append(speedUp.isPresent() ? number(speedUp.getAsDouble()) + "×" : "n/a").append(" |\n");
  }

  private BenchmarkResult result(String benchmark, InputSize size) {
    Map<InputSize, BenchmarkResult> bySize = sized.get(benchmark);
    return bySize == null ? null : bySize.get(size);
  }

  private String sizeNote(InputSize size) {
    InputBytes input = bytes.get(size);
    return input == null ? "" : " (" + kilobytes(input.markdown()) + " MD, " + kilobytes(input.json()) + " JSON)";
  }

  /** Whether the value, to the two decimals printed, is at most the target. */
  static boolean within(double value, double most) {
    return Math.round(value * 100) <= Math.round(most * 100);
  }

  private static String verdict(List<String> misses, List<String> missing) {
    List<String> parts = new ArrayList<>();
    if (!misses.isEmpty()) {
      parts.add("missed at " + String.join(", ", misses));
    }
    if (!missing.isEmpty()) {
      parts.add("no result at " + String.join(", ", missing));
    }
    return parts.isEmpty() ? "met" : String.join("; ", parts);
  }

  private static String rule(int columns) {
    return "|---".repeat(columns) + "|\n";
  }

  static String number(double value) {
    String format = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : value >= 0.1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, format, value);
  }

  static String kilobytes(long bytes) {
    return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
  }

  static String time(BenchmarkResult result) {
    double nanos = result.nanosPerOperation();
    double error = Double.isNaN(result.error()) ? Double.NaN : result.error() * nanos / result.score();
    double scale = nanos >= 1e6 ? 1e6 : nanos >= 1e3 ? 1e3 : 1;
    String unit = scale == 1e6 ? "ms" : scale == 1e3 ? "µs" : "ns";
    return number(nanos / scale) + (Double.isNaN(error) ? "" : " ± " + number(error / scale)) + " " + unit;
  }
}
