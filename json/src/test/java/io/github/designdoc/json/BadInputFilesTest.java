package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Overview;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON files of the shared bad-input set ({@code src/test/resources/bad-input}, with its README), each
 * as given (format 1.0) and as its format 2.0 counterpart: the reader rejects it with the value's pointer,
 * and the schema agrees wherever a schema can see the problem.
 */
class BadInputFilesTest {
  private static final JsonReader READER = JsonReader.create();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JsonFormat.schema(), InputFormat.JSON);

  @Test
  void aTitleOfOneIdeographicSpaceIsBlank() throws IOException {
    assertRejected(file("json-title-ideographic-space.json"), "/title", "json-invalid-value");
    String v2 = "{\"formatVersion\": \"2.0\", \"title\": \"\\u3000\"}";
    assertRejected(v2, "/title", "json-invalid-value");
    assertFalse(SCHEMA.validate(v2, InputFormat.JSON).isEmpty(), "the schema rejects it too");
  }

  @Test
  void aCustomHeadingOfOneLineSeparatorIsBlank() throws IOException {
    assertRejected(file("json-custom-heading-line-separator.json"), "/customSections/0/heading", "json-invalid-value");
    String v2 = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [{\"kind\": \"custom\", \"heading\": "
        + "\"\\u2028\", \"body\": \"text\"}]}";
    assertRejected(v2, "/sections/0/heading", "json-invalid-value");
    assertFalse(SCHEMA.validate(v2, InputFormat.JSON).isEmpty(), "the schema rejects it too");
  }

  @Test
  void aKnownSectionsHeadingOfOneVerticalTabIsRejectedOrTheTemplates() throws IOException {
    String v1 = file("json-section-heading-vertical-tab.json");
    String v2 = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [{\"kind\": \"overview\", \"heading\": "
        + "\"\\u000b\", \"text\": \"x\"}]}";
    for (String json : List.of(v1, v2)) {
      DesignDoc doc;
      try {
        doc = READER.read(json);
      } catch (DesignDocFormatException e) {
        Diagnostic first = e.diagnostics().get(0);
        assertTrue(first.location().pointer().orElseThrow().endsWith("heading"), first::toString);
        assertFalse(SCHEMA.validate(v2, InputFormat.JSON).isEmpty(), "the schema rejects it too");
        continue;
      }
      Overview overview = doc.sections(Overview.class).get(0);
      assertEquals("x", overview.text());
      assertTrue(overview.heading().isEmpty(), () -> "a blank heading is the template's, not "
          + overview.heading().map(h -> JsonInputQuote.of(h)));
      assertEquals(List.of(), SCHEMA.validate(v2, InputFormat.JSON), "the schema accepts it too");
      assertReadsBackFromMarkdown(doc);
    }
  }

  @Test
  void aVerbatimIsoDateIsRejectedByReaderAndSchema() throws IOException {
    assertRejected(file("json-verbatim-iso-date.json"), "/date/verbatim", "json-invalid-value");
    String v2 = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"date\": {\"verbatim\": \"2024-02-29\"}}";
    assertRejected(v2, "/date/verbatim", "json-invalid-value");
    assertFalse(SCHEMA.validate(v2, InputFormat.JSON).isEmpty());
  }

  @Test
  void aCustomStatusThatIsAKnownOneOnceStrippedIsRejectedByReaderAndSchema() throws IOException {
    assertRejected(file("json-custom-status-padded.json"), "/status/custom", "json-invalid-value");
    String v2 = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"status\": {\"custom\": \" Draft\"}}";
    assertRejected(v2, "/status/custom", "json-invalid-value");
    assertFalse(SCHEMA.validate(v2, InputFormat.JSON).isEmpty());
  }

  @Test
  void aDuplicateKeyIsRejectedAndTheSchemaSaysItCannotSeeIt() throws IOException {
    assertRejected(file("json-duplicate-key.json"), "/title", "json-duplicate-property");
    String v2 = "{\"formatVersion\": \"2.0\", \"title\": \"A\", \"title\": \"B\"}";
    assertRejected(v2, "/title", "json-duplicate-property");
    assertTrue(JsonFormat.schema().contains("a property given twice in one object is an error"));
  }

  @Test
  void emptyInputIsReportedAtLineOneColumnOne() throws IOException {
    String empty = file("json-empty.json");
    assertTrue(empty.isBlank(), "the file is empty or blank");
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(empty));
    Diagnostic only = e.diagnostics().get(0);
    assertEquals("json-syntax", only.code());
    assertEquals(1, e.diagnostics().size());
    assertTrue(only.location().line() >= 1 && only.location().column() >= 1, only::toString);
    assertEquals(1, assertThrows(DesignDocFormatException.class, () -> READER.read("")).diagnostics().get(0)
        .location().column());
  }

  private static void assertRejected(String json, String pointer, String code) {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json),
        () -> "accepted " + json);
    Diagnostic first = e.diagnostics().get(0);
    assertEquals(code, first.code(), first::toString);
    assertEquals(pointer, first.location().pointer().orElseThrow(), first::toString);
    assertTrue(first.location().line() >= 1 && first.location().column() >= 1, first::toString);
  }

  /** What the JSON reader accepts, the Markdown writer writes, and the text reads back to the same document. */
  private static void assertReadsBackFromMarkdown(DesignDoc doc) {
    String markdown = MarkdownWriter.create().write(doc);
    assertEquals(doc, MarkdownReader.create().read(markdown).document(), markdown);
  }

  /** Shows a text with its invisible characters. */
  private static final class JsonInputQuote {
    static String of(String text) {
      StringBuilder out = new StringBuilder("\"");
      text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
      return out.append('"').toString();
    }
  }

  private static String file(String name) throws IOException {
    try (InputStream in = BadInputFilesTest.class.getResourceAsStream("/bad-input/" + name)) {
      if (in == null) {
        throw new IOException("no test resource bad-input/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
