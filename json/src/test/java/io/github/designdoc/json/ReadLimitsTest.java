package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The read limits, through every entry point, and inputs built to hang or blow up a reader. */
class ReadLimitsTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  /** The three ways text reaches the parser. */
  private static final List<Function<String, ReaderCall>> ENTRY_POINTS = List.of(
      json -> reader -> reader.read(json),
      json -> reader -> reader.read(new StringReader(json)),
      json -> reader -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

  interface ReaderCall {
    DesignDoc read(JsonReader reader) throws Exception;
  }

  @Test
  void defaultsAreExplicit() {
    JsonReader reader = JsonReader.create();
    assertEquals(32, reader.maxNestingDepth());
    assertEquals(8 * 1024 * 1024, reader.maxStringLength());
    assertEquals(32L * 1024 * 1024, reader.maxDocumentLength());
    assertSame(reader, JsonReader.create());
  }

  @Test
  void nestingDepthIsLimited() {
    String json = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"x\": " + "[".repeat(40) + "]".repeat(40) + "}";
    for (Function<String, ReaderCall> entry : ENTRY_POINTS) {
      Diagnostic limit = limitError(JsonReader.create(), entry.apply(json));
      assertTrue(limit.message().contains("nesting depth (33) exceeds the maximum allowed (32"), limit::toString);
    }
    assertTrue(limitError(JsonReader.builder().maxNestingDepth(10).build(), r -> r.read(json)).message()
        .contains("(11) exceeds the maximum allowed (10"));
  }

  @Test
  void theFormatsOwnNestingIsTheLeastLimit() {
    DesignDoc deepest = DesignDoc.builder().title("T")
        .httpContract(h -> h.method("GET").path("/").response("200", "OK"))
        .dataModel(m -> m.field("id", "string", "").schema("json", "{}"))
        .build();
    JsonReader reader = JsonReader.builder().maxNestingDepth(JsonReader.FORMAT_NESTING_DEPTH).build();
    assertEquals(deepest, reader.read(JsonWriter.create().write(deepest)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JsonReader.builder().maxNestingDepth(JsonReader.FORMAT_NESTING_DEPTH - 1));
    assertEquals("maxNestingDepth must be at least 7, the format's own nesting, but was 6", e.getMessage());
  }

  @Test
  void stringLengthIsLimited() {
    JsonReader reader = JsonReader.builder().maxStringLength(1000).build();
    String fits = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"preamble\": \"" + "x".repeat(1000) + "\"}";
    String tooLong = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"preamble\": \"" + "x".repeat(1001) + "\"}";
    for (Function<String, ReaderCall> entry : ENTRY_POINTS) {
      assertEquals("x".repeat(1000), assertDoesNotThrow(reader, entry.apply(fits)).preamble().orElseThrow());
      Diagnostic limit = limitError(reader, entry.apply(tooLong));
      assertEquals("/preamble", limit.location().pointer().orElseThrow());
      assertTrue(limit.message().contains("String value length (1001) exceeds the maximum allowed (1000, from "
          + "JsonReader.Builder.maxStringLength)"), limit::toString);
    }
  }

  @Test
  void documentLengthIsLimited() {
    JsonReader reader = JsonReader.builder().maxDocumentLength(10_000).build();
    String json = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [{\"kind\": "
        + "\"securityConsiderations\", \"items\": [" + "\"item\", ".repeat(2000) + "\"last\"]}]}";
    for (Function<String, ReaderCall> entry : ENTRY_POINTS) {
      Diagnostic limit = limitError(reader, entry.apply(json));
      assertTrue(limit.message().contains("exceeds the maximum allowed (10000"), limit::toString);
    }
    assertEquals(2001, assertDoesNotThrow(JsonReader.create(), r -> r.read(json)).securityConsiderations().size());
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> JsonReader.builder().maxStringLength(0));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.builder().maxDocumentLength(-1));
  }

  @Test
  void deepNestingFailsFastWithoutStackOverflow() {
    String json = "[".repeat(1_000_000);
    Diagnostic limit = assertTimeoutPreemptively(GENEROUS, () -> limitError(JsonReader.create(), r -> r.read(json)));
    assertTrue(limit.message().contains("nesting depth"), limit::toString);
    String objects = "{\"a\":".repeat(200_000);
    assertTimeoutPreemptively(GENEROUS, () -> limitError(JsonReader.create(), r -> r.read(objects)));
  }

  @Test
  void hugeInputsStayLinear() {
    String longText = "word ".repeat(1_000_000).strip();
    String json = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [{\"kind\": \"overview\", \"text\": \""
        + longText + "\"}]}";
    DesignDoc doc = assertTimeoutPreemptively(GENEROUS, () -> JsonReader.create().read(json));
    assertEquals(longText.length(), doc.overview().orElseThrow().length());

    String manyErrors = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [{\"kind\": "
        + "\"components\", \"items\": [" + "{\"a\": 1}, ".repeat(500_000) + "{}]}]}";
    DesignDocFormatException e = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(
        DesignDocFormatException.class, () -> JsonReader.create().read(manyErrors)));
    assertEquals(101, e.diagnostics().size());

    String skipped = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"x\": [" + "{\"a\": [1, 2]}, ".repeat(500_000)
        + "{}]}";
    e = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(DesignDocFormatException.class,
        () -> JsonReader.create().read(skipped)));
    assertEquals(1, e.diagnostics().size(), "an unknown property is skipped whole");

    String blanks = " ".repeat(5_000_000) + "{\"formatVersion\": \"2.0\", \"title\": \"T\"}";
    assertTimeoutPreemptively(GENEROUS, () -> JsonReader.create().read(blanks));
  }

  private static DesignDoc assertDoesNotThrow(JsonReader reader, ReaderCall call) {
    try {
      return call.read(reader);
    } catch (Exception e) {
      throw new AssertionError("expected a document, got " + e, e);
    }
  }

  private static Diagnostic limitError(JsonReader reader, ReaderCall call) {
    try {
      call.read(reader);
    } catch (DesignDocFormatException e) {
      Diagnostic last = e.diagnostics().get(e.diagnostics().size() - 1);
      assertEquals("json-limit", last.code(), e.diagnostics()::toString);
      assertTrue(last.location().hasLine(), last::toString);
      return last;
    } catch (Exception e) {
      throw new AssertionError("expected a DesignDocFormatException, got " + e, e);
    }
    throw new AssertionError("expected a DesignDocFormatException, got a document");
  }
}
