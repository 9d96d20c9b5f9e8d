package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary and damaged input never gives anything but a document or the documented
 * {@link DesignDocFormatException}, whose diagnostics are errors with a location.
 */
class BadInputPropertiesTest {
  private static final JsonReader READER = JsonReader.create();
  private static final JsonWriter COMPACT = JsonWriter.builder().pretty(false).build();

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\"formatVersion\"",
        "\"1.0\"", "\"2.0\"", "\"3.0\"", "\"title\"", "\"T\"", "\"sections\"", "\"kind\"", "\"items\"",
        "\"components\"", "\"name\"", "\"apiContracts\"", "\"type\"", "\"http\"", "\"code\"", "\"date\"",
        "\"status\"", "{\"verbatim\":", "{\"custom\":", "\"sectionTexts\"", "\"customSections\"", "\"after\"",
        "\"overview\"", "\"custom\"", "\"heading\"", "\"body\"", "\"state\"", "\"plain\"", "null", "true", "1", "-0.5e9", "1e999999", "\"\\ud800\"", "\"\\u0000\"", " ", "\n", "\uFEFF",
        "/*", "'", "NaN", "\"\\n\"");
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200),
        tokens.list().ofMaxSize(60).map(list -> String.join("", list)));
  }

  @Property(tries = 1000)
  void arbitraryTextGivesADocumentOrTheDocumentedException(@ForAll("jsonish") String text) {
    try {
      DesignDoc doc = READER.read(text);
      assertFalse(doc.title().isBlank(), "a document read has a title");
    } catch (DesignDocFormatException e) {
      assertWellFormed(e);
    }
  }

  @Provide
  Arbitrary<String> truncated() {
    return Combinators.combine(GeneratedDocs.docs(), Arbitraries.doubles().between(0, 1))
        .as((doc, cut) -> {
          String json = COMPACT.write(doc);
          return json.substring(0, (int) Math.floor(cut * (json.length() - 1)));
        });
  }

  @Property(tries = 1000)
  void truncatedDocumentsGiveTheDocumentedException(@ForAll("truncated") String json) {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json));
    assertWellFormed(e);
  }

  @Provide
  Arbitrary<byte[]> truncatedBytes() {
    return Combinators.combine(GeneratedDocs.docs(), Arbitraries.doubles().between(0, 1))
        .as((doc, cut) -> {
          byte[] bytes = JsonWriter.create().write(doc).strip().getBytes(StandardCharsets.UTF_8);
          return Arrays.copyOf(bytes, (int) Math.floor(cut * (bytes.length - 1)));
        });
  }

  @Property(tries = 1000)
  void truncatedBytesGiveTheDocumentedException(@ForAll("truncatedBytes") byte[] bytes) {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> READER.read(new ByteArrayInputStream(bytes)));
    assertWellFormed(e);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Combinators.combine(GeneratedDocs.docs(), Arbitraries.doubles().between(0, 1),
            Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "0", "null", "\\", "\n", "\"x\":1,", "\\ud83d"))
        .as((doc, where, insert) -> {
          String json = JsonWriter.create().write(doc);
          int at = (int) Math.floor(where * (json.length() - 1));
          return json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + 1));
        });
  }

  @Property(tries = 1000)
  void damagedDocumentsGiveADocumentOrTheDocumentedException(@ForAll("mutated") String json) {
    try {
      DesignDoc doc = READER.read(json);
      assertFalse(doc.title().isBlank());
    } catch (DesignDocFormatException e) {
      assertWellFormed(e);
    }
  }

  private static void assertWellFormed(DesignDocFormatException e) {
    assertFalse(e.diagnostics().isEmpty());
    for (Diagnostic d : e.diagnostics()) {
      assertTrue(d.isError(), d::toString);
      assertTrue(d.code().startsWith("json-"), d::toString);
      assertTrue(d.location().pointer().isPresent(), d::toString);
      assertTrue(d.location().hasLine(), d::toString);
    }
    assertFalse(e.getMessage().isBlank());
  }
}
