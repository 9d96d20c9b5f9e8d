package io.github.designdoc.benchmarks;

import io.github.designdoc.json.JsonReader;
import io.github.designdoc.markdown.MarkdownReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a few hundred different typical documents with one shared reader, on one thread and as a
 * parallel stream: the readers are shared across threads, and the parallel throughput shows how they
 * scale. Scores are documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParallelReadBenchmarks {
  /** How many documents one invocation reads. */
  public static final int DOCUMENTS = 300;

  private List<String> markdowns;
  private List<String> jsons;
  private MarkdownReader markdownReader;
  private JsonReader jsonReader;

  /** Generates the documents, each from its own seed, and builds one reader of each kind. */
  @Setup(Level.Trial)
  public void setUp() {
    List<Inputs> inputs = IntStream.rangeClosed(1, DOCUMENTS)
        .mapToObj(seed -> Inputs.of(InputSize.TYPICAL, seed))
        .toList();
    markdowns = inputs.stream().map(Inputs::markdown).toList();
    jsons = inputs.stream().map(Inputs::json).toList();
    markdownReader = Engines.markdownReader();
    jsonReader = Engines.jsonReader();
  }

  /** Reads every Markdown document on the calling thread. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public int markdownReadSequential() {
    return markdowns.stream().mapToInt(text -> markdownReader.read(text).document().components().size()).sum();
  }

  /** Reads every Markdown document in a parallel stream. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public int markdownReadParallel() {
    return markdowns.parallelStream()
        .mapToInt(text -> markdownReader.read(text).document().components().size()).sum();
  }

  /** Reads every JSON document on the calling thread. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public int jsonReadSequential() {
    return jsons.stream().mapToInt(text -> jsonReader.read(text).components().size()).sum();
  }

  /** Reads every JSON document in a parallel stream. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public int jsonReadParallel() {
    return jsons.parallelStream().mapToInt(text -> jsonReader.read(text).components().size()).sum();
  }
}
