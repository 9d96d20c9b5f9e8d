package io.github.designdoc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the ratio table of a JMH run: {@code java -cp benchmarks.jar
 * io.github.designdoc.benchmarks.Report [jmh.json]}, by default {@code benchmarks/target/jmh.json}.
 *
 * <p>The input sizes for the time per byte are measured by generating the inputs again, which the
 * fixed seed makes identical to those benchmarked.
 */
public final class Report {
  private Report() {}

  /**
   * Reads the JMH JSON result and prints the machine and the tables as Markdown.
   *
   * @throws IOException if the result file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh.json");
    String json = Files.readString(path);
    List<BenchmarkResult> results = BenchmarkResult.parse(json);
    Map<InputSize, RatioTable.InputBytes> bytes = new EnumMap<>(InputSize.class);
    results.stream().flatMap(result -> result.size().stream()).distinct().forEach(size -> {
      Inputs inputs = Inputs.of(size);
      bytes.put(size, new RatioTable.InputBytes(inputs.markdownBytes(), inputs.jsonBytes()));
    });
    System.out.println(machine(json));
    System.out.println();
    System.out.println(RatioTable.of(results, bytes).toMarkdown());
  }

  /** The machine and JVM of the run, from the result file and this JVM. */
  static String machine(String jmhJson) {
    JsonNode first = JsonMapper.builder().build().readTree(jmhJson).path(0);
    return "Machine: " + cpuModel().orElse(System.getProperty("os.arch")) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + "; JVM: "
        + first.path("vmName").asString("?") + " " + first.path("jdkVersion").asString("?") + "; JMH "
        + first.path("jmhVersion").asString("?") + ", forks " + first.path("forks").asInt(0) + ", warm-up "
        + first.path("warmupIterations").asInt(0) + " × " + first.path("warmupTime").asString("?")
        + ", measurement " + first.path("measurementIterations").asInt(0) + " × "
        + first.path("measurementTime").asString("?") + ", JVM options "
        + first.path("jvmArgs").toString();
  }

  private static Optional<String> cpuModel() {
    Path cpuInfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuInfo)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(cpuInfo)) {
      return lines.filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).strip());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
