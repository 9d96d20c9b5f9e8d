package io.github.designdoc.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Ratios of pairs of {@link CodecBenchmarks} measured by turns, for a machine that other work keeps
 * busy. JMH runs one benchmark after the other, so a load that comes and goes lands on one side of a
 * ratio; here the two benchmarks of a pair run in alternating batches of about 2 ms each, so both see
 * the same load, and the ratio is taken of the 10th, 25th and 50th percentiles of the batches' times
 * per operation. Not a replacement for {@code run.sh} on an idle machine: absolute times still carry
 * the load.
 *
 * <pre>{@code
 * java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.designdoc.benchmarks.Alternating \
 *     TYPICAL 30 jsonRead jacksonTreeRead jsonWrite jacksonTreeWrite
 * }</pre>
 *
 * <p>Arguments: the {@link InputSize}, the seconds to measure after a 3 s warm-up and a 1 s sizing of
 * each benchmark's batches, then pairs of benchmark names (ours, then its floor).
 */
public final class Alternating {
  private static volatile Object sink;

  private Alternating() {}

  /** Runs the pairs and prints each benchmark's percentiles and each pair's ratios. */
  public static void main(String[] args) {
    if (args.length < 4 || args.length % 2 != 0) {
      throw new IllegalArgumentException("usage: SIZE SECONDS OURS FLOOR [OURS FLOOR ...]");
    }
    CodecBenchmarks benchmarks = new CodecBenchmarks();
    benchmarks.size = InputSize.valueOf(args[0]);
    benchmarks.setUp();
    double seconds = Double.parseDouble(args[1]);
    Map<String, Supplier<Object>> known = operations(benchmarks);
    List<String> names = List.of(args).subList(2, args.length);
    Map<String, Integer> batch = new LinkedHashMap<>();
    for (String name : names) {
      Supplier<Object> operation = known.get(name);
      if (operation == null) {
        throw new IllegalArgumentException("unknown benchmark " + name + "; known: " + known.keySet());
      }
      long start = System.nanoTime();
      while (System.nanoTime() - start < 3_000_000_000L) {
        sink = operation.get();
      }
      // sized after the warm-up, which the first (interpreted, compiling) operations would dominate
      start = System.nanoTime();
      int ops = 0;
      while (System.nanoTime() - start < 1_000_000_000L) {
        sink = operation.get();
        ops++;
      }
      batch.put(name, Math.max(1, ops * 2 / 1000)); // about 2 ms of operations
    }
    Map<String, List<Double>> times = new LinkedHashMap<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      for (String name : names) {
        Supplier<Object> operation = known.get(name);
        int n = batch.get(name);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
          sink = operation.get();
        }
        times.computeIfAbsent(name, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1000.0 / n);
      }
    }
    Map<String, double[]> percentiles = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> e : times.entrySet()) {
      List<Double> sorted = e.getValue();
      Collections.sort(sorted);
      double[] p = {sorted.get(sorted.size() / 10), sorted.get(sorted.size() / 4), sorted.get(sorted.size() / 2)};
      percentiles.put(e.getKey(), p);
      System.out.printf("%-18s p10 %10.1f  p25 %10.1f  p50 %10.1f µs/op  (%d batches of %d)%n", e.getKey(), p[0],
          p[1], p[2], sorted.size(), batch.get(e.getKey()));
    }
    for (int i = 0; i < names.size(); i += 2) {
      double[] ours = percentiles.get(names.get(i));
      double[] floor = percentiles.get(names.get(i + 1));
      System.out.printf("%s / %s at %s: p10 %.2f  p25 %.2f  p50 %.2f%n", names.get(i), names.get(i + 1), args[0],
          ours[0] / floor[0], ours[1] / floor[1], ours[2] / floor[2]);
    }
  }

  private static Map<String, Supplier<Object>> operations(CodecBenchmarks b) {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("markdownRead", b::markdownRead);
    all.put("commonmarkParse", b::commonmarkParse);
    all.put("commonmarkBlockParse", b::commonmarkBlockParse);
    all.put("markdownWrite", b::markdownWrite);
    all.put("commonmarkRender", b::commonmarkRender);
    all.put("markdownRewrite", b::markdownRewrite);
    all.put("jsonRead", b::jsonRead);
    all.put("jacksonTreeRead", b::jacksonTreeRead);
    all.put("jsonWrite", b::jsonWrite);
    all.put("jacksonTreeWrite", b::jacksonTreeWrite);
    return all;
  }
}
