package io.github.designdoc.benchmarks;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Status;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing one document as Markdown and as JSON, next to the libraries underneath doing
 * their part alone: commonmark-java parsing the same Markdown (configured as our reader configures it),
 * commonmark-java rendering the parsed tree of the same document back to Markdown, and Jackson reading
 * and writing the same JSON text as a plain tree. Every benchmark runs at every {@link InputSize}.
 *
 * <p>The results are average times per operation; {@link Report} turns them into ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmarks {
  /** The size of the document. */
  @Param
  public InputSize size;

  private String markdown;
  private DesignDoc document;
  private String json;
  private JsonNode tree;
  private ReadResult read;
  private DesignDoc edited;
  private Node parsed;

  private MarkdownReader markdownReader;
  private MarkdownWriter markdownWriter;
  private Parser commonmark;
  private Parser commonmarkBlocks;
  private MarkdownRenderer commonmarkRenderer;
  private JsonReader jsonReader;
  private JsonWriter jsonWriter;
  private JsonMapper jackson;
  private ObjectWriter jacksonWriter;

  /** Generates the input and builds the engines, once per run. */
  @Setup(Level.Trial)
  public void setUp() {
    Inputs inputs = Inputs.of(size);
    markdown = inputs.markdown();
    document = inputs.document();
    json = inputs.json();
    markdownReader = Engines.markdownReader();
    markdownWriter = Engines.markdownWriter();
    commonmark = Engines.commonmarkParser();
    commonmarkBlocks = Engines.commonmarkBlockParser();
    jsonReader = Engines.jsonReader();
    jsonWriter = Engines.jsonWriter();
    jackson = Engines.jsonMapper();
    jacksonWriter = Engines.jacksonTreeWriter();
    tree = jackson.readTree(json);
    commonmarkRenderer = Engines.commonmarkRenderer();
    parsed = Engines.commonmarkTreeParser().parse(markdown);
    read = markdownReader.read(markdown);
    edited = editedStatus(document);
  }

  /** The document with a one-line edit: its status changed (to Approved, or to Draft if it is Approved). */
  static DesignDoc editedStatus(DesignDoc document) {
    Status status = document.status().filter(Status.APPROVED::equals).isPresent() ? Status.DRAFT : Status.APPROVED;
    return document.toBuilder().status(status).build();
  }

  /** Our Markdown reader: Markdown text to document and diagnostics. */
  @Benchmark
  public ReadResult markdownRead() {
    return markdownReader.read(markdown);
  }

  /** commonmark-java alone parsing the same text: the floor under {@link #markdownRead()}. */
  @Benchmark
  public Node commonmarkParse() {
    return commonmark.parse(markdown);
  }

  /**
   * commonmark-java parsing the same text as the reader does, blocks only (no inlines): the commonmark
   * share of {@link #markdownRead()}, for reference.
   */
  @Benchmark
  public Node commonmarkBlockParse() {
    return commonmarkBlocks.parse(markdown);
  }

  /** Our Markdown writer: document to Markdown text. */
  @Benchmark
  public String markdownWrite() {
    return markdownWriter.write(document);
  }

  /**
   * commonmark-java alone rendering the parsed tree of the same document back to Markdown: the peer of
   * {@link #markdownWrite()}, doing the same job.
   */
  @Benchmark
  public String commonmarkRender() {
    return commonmarkRenderer.render(parsed);
  }

  /**
   * Our minimal-diff rewrite of a one-line edit (the status changed) of the same document, from its
   * text and read: compared with {@link #markdownWrite()}.
   */
  @Benchmark
  public String markdownRewrite() {
    return markdownWriter.rewrite(markdown, read, edited);
  }

  /** Our JSON reader: JSON text to document. */
  @Benchmark
  public DesignDoc jsonRead() {
    return jsonReader.read(json);
  }

  /** Jackson alone reading the same JSON as a tree: the floor under {@link #jsonRead()}. */
  @Benchmark
  public JsonNode jacksonTreeRead() {
    return jackson.readTree(json);
  }

  /** Our JSON writer: document to JSON text. */
  @Benchmark
  public String jsonWrite() {
    return jsonWriter.write(document);
  }

  /** Jackson alone writing the same JSON text from a tree: the floor under {@link #jsonWrite()}. */
  @Benchmark
  public String jacksonTreeWrite() {
    return jacksonWriter.writeValueAsString(tree);
  }
}
