package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read without the positions of property names asks for them when an error needs one, and the read
 * again with them reports what a read with them from the start reports.
 */
class PositionsTest {
  private static final String HEAD = "{\"formatVersion\": \"2.0\", \"title\": \"T\", \"sections\": [";
  /** Errors at names read before (or at the name being read), in objects below the document's own. */
  private static final List<String> NEEDING = List.of(
      HEAD + "{\"kind\": \"components\", \"items\": [{\"name\": \"a\", \"owner\": \"o\", \"name\": \"b\"}]}]}",
      HEAD + "{\"kind\": \"components\", \"items\": [{\"name\": \"a\", \"colour\": \"red\"}]}]}",
      HEAD + "{\"items\": [], \"kind\": \"components\"}]}",
      HEAD + "{\"kind\": \"overview\", \"text\": \"x\", \"intro\": \"y\"}]}",
      HEAD + "{\"kind\": \"apiContracts\", \"items\": [{\"type\": \"code\", \"method\": \"GET\","
          + " \"code\": {\"content\": \"c\"}}]}]}",
      HEAD + "{\"kind\": \"overview\", \"text\": \"x\", \"text\": \"y\"}, {\"kind\": \"custom\"}]}");

  @Test
  void errorsAtNamesReadAgainReportAsAReadWithPositions() throws IOException {
    JsonReader reader = JsonReader.create();
    for (String json : NEEDING) {
      assertThrows(JsonInput.PositionsNeeded.class, () -> read(json, false), json);
      List<Diagnostic> fromText = errors(() -> reader.read(json));
      List<Diagnostic> withPositions = errors(() -> read(json, true));
      List<Diagnostic> fromReader = errors(() -> reader.read(new StringReader(json)));
      assertFalse(fromText.isEmpty(), json);
      assertEquals(withPositions, fromText, json);
      assertEquals(fromReader, fromText, json);
      assertTrue(fromText.stream().allMatch(d -> d.location().hasLine() && d.location().pointer().isPresent()),
          fromText::toString);
    }
  }

  @Test
  void aDocumentWithoutErrorsAtNamesNeedsNoPositions() {
    String json = HEAD + "{\"kind\": \"components\", \"items\": [{\"name\": \"a\", \"details\": [\"d\"]}]},"
        + " {\"kind\": \"overview\", \"text\": 3}]}";
    List<Diagnostic> without = errors(() -> read(json, false));
    assertEquals(List.of("/sections/1/text"), without.stream().map(d -> d.location().pointer().orElseThrow()).toList());
    assertEquals(errors(() -> read(json, true)), without);
    assertSame(JsonInput.POSITIONS_NEEDED, assertThrows(JsonInput.PositionsNeeded.class, () -> read(NEEDING.get(0),
        false)));
  }

  private static DesignDoc read(String json, boolean positions) {
    try (JsonParser parser = JsonMapper.builder().build().createParser(json)) {
      return DocumentCodec.readDocument(new JsonInput(parser, false, positions));
    }
  }

  private interface Read {
    Object run() throws IOException;
  }

  private static List<Diagnostic> errors(Read read) {
    try {
      read.run();
      return List.of();
    } catch (DesignDocFormatException e) {
      return e.diagnostics();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
