package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real design documents survive JSON: for every Markdown document of the corpus folder (the system
 * property {@code designdoc.corpus}), Markdown → model → JSON → model → Markdown gives the same Markdown as
 * Markdown → model → Markdown, and the JSON is valid against the schema.
 */
class CorpusRoundTripTest {
  private static final MarkdownReader MARKDOWN_READER = MarkdownReader.create();
  private static final MarkdownWriter MARKDOWN_WRITER = MarkdownWriter.create();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JsonFormat.schema(), InputFormat.JSON);

  @Test
  void markdownIsTheSameAfterAJsonRoundTrip() throws IOException {
    List<Path> docs = corpus();
    assertAll(docs.stream().map(file -> () -> {
      String name = file.getFileName().toString();
      DesignDoc doc = MARKDOWN_READER.read(Files.readString(file, StandardCharsets.UTF_8)).document();
      String json = JsonWriter.create().write(doc);
      DesignDoc back = JsonReader.create().read(json);
      assertEquals(doc, back, name);
      assertEquals(MARKDOWN_WRITER.write(doc), MARKDOWN_WRITER.write(back), name);
      assertEquals(List.of(), SCHEMA.validate(json, InputFormat.JSON), name);
      assertEquals(doc, JsonReader.create().read(JsonWriter.builder().pretty(false).build().write(doc)), name);
    }));
  }

  /** The corpus's Markdown files; the test is skipped when no corpus is given. */
  static List<Path> corpus() throws IOException {
    String folder = System.getProperty("designdoc.corpus", "");
    assumeTrue(!folder.isBlank() && Files.isDirectory(Path.of(folder)),
        "designdoc.corpus not set: corpus tests skipped");
    List<Path> docs;
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      docs = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    assertFalse(docs.isEmpty(), "no Markdown documents in " + folder);
    return docs;
  }
}
