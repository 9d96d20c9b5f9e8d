package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContracts;
import io.github.designdoc.Components;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict reading, as spec examples: each bad document beside the error it gives, with the error's code,
 * JSON pointer, and the line and column of the offending value (the property name for unknown and
 * duplicate properties, the object for a missing one).
 */
class JsonReaderErrorsTest {
  private static final JsonReader READER = JsonReader.create();
  private static final String HEAD = "{\"formatVersion\": \"2.0\", \"title\": \"T\",\n";
  private static final String HEAD_1 = "{\"formatVersion\": \"1.0\", \"title\": \"T\",\n";

  /** A document with one section of this kind and these items. */
  private static String items(String kind, String items) {
    return HEAD + "\"sections\": [{\"kind\": \"" + kind + "\", \"items\": [" + items + "]}]}";
  }

  /** A document with these sections. */
  private static String sections(String sections) {
    return HEAD + "\"sections\": [" + sections + "]}";
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // unknown properties
        error(HEAD + "\"colour\": \"red\"}", "json-unknown-property", "/colour", "\"colour\""),
        error(items("components", "{\"name\": \"A\", \"team\": \"x\"}"), "json-unknown-property",
            "/sections/0/items/0/team", "\"team\""),
        error(items("apiContracts", "{\"@class\": \"io.github.designdoc.HttpContract\", \"method\": \"GET\","
            + " \"path\": \"/\"}"), "json-unknown-property", "/sections/0/items/0/@class", "\"@class\""),
        error(sections("{\"kind\": \"overview\", \"text\": \"\", \"summary\": \"x\"}"), "json-unknown-property",
            "/sections/0/summary", "\"summary\""),
        error(sections("{\"kind\": \"overview\", \"text\": \"\", \"items\": []}"), "json-unknown-property",
            "/sections/0/items", "\"items\""),
        error(sections("{\"kind\": \"custom\", \"heading\": \"Goals\", \"body\": \"\", \"intro\": \"x\"}"),
            "json-unknown-property", "/sections/0/intro", "\"intro\""),
        error(sections("{\"kind\": \"components\", \"text\": \"x\"}"), "json-unknown-property", "/sections/0/text",
            "\"text\""),
        error(items("apiContracts", "{\"type\": \"http\", \"method\": \"GET\", \"path\": \"/\","
            + " \"code\": {\"content\": \"\"}}"), "json-unknown-property", "/sections/0/items/0/code", "\"code\""),
        error(HEAD + "\"components\": []}", "json-unknown-property", "/components", "\"components\""),
        error(HEAD + "\"sectionTexts\": {}}", "json-unknown-property", "/sectionTexts", "\"sectionTexts\""),
        error(HEAD_1 + "\"sections\": []}", "json-unknown-property", "/sections", "\"sections\""),
        error(HEAD_1 + "\"components\": [{\"name\": \"A\", \"team\": \"x\"}]}", "json-unknown-property",
            "/components/0/team", "\"team\""),
        error(HEAD_1 + "\"sectionTexts\": {\"overview\": {\"summary\": \"x\"}}}", "json-unknown-property",
            "/sectionTexts/overview/summary", "\"summary\""),
        // wrong types
        error("{\"formatVersion\": \"2.0\", \"title\": 42}", "json-wrong-type", "/title", "42"),
        error(HEAD + "\"authors\": \"Ada\"}", "json-wrong-type", "/authors", "\"Ada\""),
        error(HEAD + "\"authors\": [\"Ada\", 7]}", "json-wrong-type", "/authors/1", "7"),
        error(HEAD + "\"version\": null}", "json-wrong-type", "/version", "null"),
        error(HEAD + "\"sections\": {}}", "json-wrong-type", "/sections", "{}"),
        error(sections("\"overview\""), "json-wrong-type", "/sections/0", "\"overview\""),
        error(sections("{\"kind\": 1}"), "json-wrong-type", "/sections/0/kind", "1}"),
        error(items("components", "\"Gateway\""), "json-wrong-type", "/sections/0/items/0", "\"Gateway\""),
        error(sections("{\"kind\": \"components\", \"items\": {}}"), "json-wrong-type", "/sections/0/items", "{}"),
        error(items("dataModels", "{\"fields\": [{\"name\": \"id\", \"type\": [], \"description\": \"\"}]}"),
            "json-wrong-type", "/sections/0/items/0/fields/0/type", "[]"),
        error(items("securityConsiderations", "{}"), "json-wrong-type", "/sections/0/items/0", "{}"),
        error(HEAD + "\"status\": true}", "json-wrong-type", "/status", "true"),
        error(HEAD_1 + "\"sectionTexts\": []}", "json-wrong-type", "/sectionTexts", "[]"),
        error("[]", "json-wrong-type", "", "[]"),
        // missing required properties
        error("{\"formatVersion\": \"2.0\"}", "json-missing-property", "", "{"),
        error(sections("{\"heading\": \"Goals\"}"), "json-missing-property", "/sections/0", "{\"heading\""),
        error(sections("{\"kind\": \"overview\"}"), "json-missing-property", "/sections/0", "{\"kind\""),
        error(sections("{\"kind\": \"custom\", \"body\": \"\"}"), "json-missing-property", "/sections/0",
            "{\"kind\""),
        error(items("components", "{\"owner\": \"x\"}"), "json-missing-property", "/sections/0/items/0",
            "{\"owner\""),
        error(items("openIssues", "{\"text\": \"x\"}"), "json-missing-property", "/sections/0/items/0", "{\"text\""),
        error(items("apiContracts", "{\"method\": \"GET\", \"path\": \"/\"}"), "json-missing-property",
            "/sections/0/items/0", "{\"method\""),
        error(items("apiContracts", "{\"type\": \"code\", \"title\": \"x\"}"), "json-missing-property",
            "/sections/0/items/0", "{\"type\""),
        error(HEAD + "\"status\": {}}", "json-missing-property", "/status", "{}"),
        // duplicate properties
        error(HEAD + "\"title\": \"U\"}", "json-duplicate-property", "/title", "\"title\": \"U\""),
        error(sections("{\"kind\": \"overview\", \"kind\": \"custom\"}"), "json-duplicate-property",
            "/sections/0/kind", "\"kind\": \"custom\""),
        error(HEAD_1 + "\"sectionTexts\": {\"overview\": {}, \"overview\": {}}}", "json-duplicate-property",
            "/sectionTexts/overview", "\"overview\": {}}"),
        // dates and statuses in the wrong shape
        error(HEAD + "\"date\": \"March 2024\"}", "json-invalid-value", "/date", "\"March 2024\""),
        error(HEAD + "\"date\": \"2024-02-30\"}", "json-invalid-value", "/date", "\"2024-02-30\""),
        error(HEAD + "\"date\": \" 2024-02-28\"}", "json-invalid-value", "/date", "\" 2024-02-28\""),
        error(HEAD + "\"date\": {\"verbatim\": \"2025-01-02\"}}", "json-invalid-value", "/date/verbatim",
            "\"2025-01-02\""),
        error(HEAD + "\"date\": {\"verbatim\": \"2024-02-29 \"}}", "json-invalid-value", "/date/verbatim",
            "\"2024-02-29 \""),
        error(items("revisionHistory", "{\"date\": \"yesterday\", \"changes\": \"\"}"), "json-invalid-value",
            "/sections/0/items/0/date", "\"yesterday\""),
        error(HEAD + "\"status\": \"Superseded\"}", "json-invalid-value", "/status", "\"Superseded\""),
        error(HEAD + "\"status\": \"draft\"}", "json-invalid-value", "/status", "\"draft\""),
        error(HEAD + "\"status\": {\"custom\": \"Approved\"}}", "json-invalid-value", "/status/custom", "\"Approved\""),
        error(HEAD + "\"status\": {\"custom\": \" Draft\"}}", "json-invalid-value", "/status/custom", "\" Draft\""),
        error(HEAD + "\"status\": {\"custom\": 1}}", "json-wrong-type", "/status/custom", "1}}"),
        // values the model rejects
        error("{\"formatVersion\": \"2.0\", \"title\": \"  \"}", "json-invalid-value", "/title", "\"  \""),
        error(items("components", "{\"name\": \"Auth\\nService\"}"), "json-invalid-value",
            "/sections/0/items/0/name", "\"Auth"),
        error(HEAD + "\"authors\": [\"\"]}", "json-invalid-value", "/authors/0", "\"\""),
        error(items("apiContracts", "{\"type\": \"http\", \"method\": \"GET\", \"path\": \"/a\\r\\n/b\"}"),
            "json-invalid-value", "/sections/0/items/0/path", "\"/a"),
        error(items("openIssues", "{\"text\": \"x\", \"state\": \"closed\"}"), "json-invalid-value",
            "/sections/0/items/0/state", "\"closed\""),
        error(items("openIssues", "{\"text\": \"x\", \"state\": \"plain\"}"), "json-invalid-value",
            "/sections/0/items/0/state", "\"plain\""),
        error(sections("{\"kind\": \"goals\"}"), "json-invalid-value", "/sections/0/kind", "\"goals\""),
        error(sections("{\"kind\": \"Components\"}"), "json-invalid-value", "/sections/0/kind", "\"Components\""),
        error(sections("{\"items\": [], \"kind\": \"components\"}"), "json-invalid-value", "/sections/0/items",
            "\"items\""),
        error(sections("{\"kind\": \"custom\", \"heading\": \" \", \"body\": \"\"}"), "json-invalid-value",
            "/sections/0/heading", "\" \""),
        error(sections("{\"kind\": \"overview\", \"heading\": \"Sum\\nmary\", \"text\": \"\"}"), "json-invalid-value",
            "/sections/0/heading", "\"Sum"),
        error(HEAD_1 + "\"customSections\": [{\"heading\": \"Goals\", \"body\": \"\", \"after\": \"Overview\"}]}",
            "json-invalid-value", "/customSections/0/after", "\"Overview\""),
        error(HEAD_1 + "\"sectionTexts\": {\"goals\": {}}}", "json-invalid-value", "/sectionTexts/goals",
            "\"goals\""),
        error(items("apiContracts", "{\"type\": \"grpc\"}"), "json-invalid-value", "/sections/0/items/0/type",
            "\"type\""),
        // format versions
        error("{\"formatVersion\": \"3.0\", \"title\": \"T\"}", "json-format-version", "/formatVersion", "\"3.0\""),
        error("{\"formatVersion\": \"0.9\", \"title\": \"T\"}", "json-format-version", "/formatVersion", "\"0.9\""),
        error("{\"formatVersion\": \"2\", \"title\": \"T\"}", "json-format-version", "/formatVersion", "\"2\""),
        error("{\"formatVersion\": 2.0, \"title\": \"T\"}", "json-wrong-type", "/formatVersion", "2.0"),
        error("{\"title\": \"T\"}", "json-missing-property", "", "{"),
        // syntax
        error(HEAD + "\"version\": \"1\",}", "json-syntax", "/version", "}"),
        error(HEAD + "\"preamble\": \"unterminated}", "json-syntax", "/preamble", null),
        error(HEAD + "\"version\": '1'}", "json-syntax", "/version", "'1'"),
        error(HEAD + "\"version\": \"1\"} {}", "json-trailing-content", "", "{}"),
        error("", "json-syntax", "", null),
        error("   \n", "json-syntax", "", null));
  }

  @ParameterizedTest(name = "[{index}] {1} at {2}")
  @MethodSource("errors")
  void reportsTheErrorWithPointerLineAndColumn(String json, String code, String pointer, Location expected) {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json));
    Diagnostic first = e.diagnostics().get(0);
    assertEquals(code, first.code(), first::toString);
    assertTrue(first.isError());
    assertEquals(pointer, first.location().pointer().orElseThrow(), first::toString);
    if (expected != null) {
      assertEquals(expected.line(), first.location().line(), first::toString);
      assertEquals(expected.column(), first.location().column(), first::toString);
    } else {
      assertTrue(first.location().hasLine(), first::toString);
    }
    assertTrue(e.getMessage().startsWith(first.location().toString()), e.getMessage());
  }

  @Test
  void emptyInputIsASyntaxErrorAtLineOneColumnOne() throws Exception {
    for (String empty : List.of("", "   ", "\n\n")) {
      DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> JsonReader.create().read(empty));
      Diagnostic d = e.errors().get(0);
      assertEquals("json-syntax", d.code(), d.toString());
      assertTrue(d.message().contains("the input is empty"), d.toString());
      assertTrue(d.location().line() >= 1 && d.location().column() >= 1, "located from 1: " + d);
    }
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> JsonReader.create().read(new java.io.ByteArrayInputStream(new byte[0])));
    assertEquals(1, e.errors().get(0).location().line());
    assertEquals(1, e.errors().get(0).location().column());
  }

  @Test
  void aNewerMajorVersionIsRefusedAloneWithAClearMessage() {
    String json = "{\"title\": \"T\", \"sections\": [], \"formatVersion\": \"3.1\", \"blocks\": {}}";
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json));
    assertEquals(1, e.diagnostics().size(), e.diagnostics()::toString);
    assertEquals(locate(json, "\"3.1\"") + " (/formatVersion): error json-format-version format version 3.1 is newer than "
        + "this reader supports (2.0); read it with a newer designdoc-json", e.getMessage());
  }

  @Test
  void aNewerMinorVersionIsReadAndItsNewPropertiesAreNamed() {
    assertEquals(DesignDoc.builder().title("T").build(),
        READER.read("{\"formatVersion\": \"2.7\", \"title\": \"T\"}"));
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> READER.read("{\"formatVersion\": \"2.7\", \"title\": \"T\", \"risks\": []}"));
    assertTrue(e.getMessage().contains("unknown property \"risks\" in a design document")
        && e.getMessage().contains("the document's format version 2.7 is newer than this reader's 2.0"), e.getMessage());
    e = assertThrows(DesignDocFormatException.class,
        () -> READER.read("{\"formatVersion\": \"1.3\", \"title\": \"T\", \"risks\": []}"));
    assertTrue(e.getMessage().contains("the document's format version 1.3 is newer than this reader's 1.0"),
        e.getMessage());
  }

  @Test
  void formatVersionAndContractTypeMayStandAnywhereAndKindBeforeItems() {
    DesignDoc expected = DesignDoc.builder().title("T")
        .section(ApiContracts.builder().heading("Endpoints").build())
        .httpContract(h -> h.method("GET").path("/")).build();
    assertEquals(expected, READER.read("{\"title\": \"T\", \"sections\": [{\"heading\": \"Endpoints\", \"kind\": "
        + "\"apiContracts\", \"items\": [{\"method\": \"GET\", \"path\": \"/\", \"type\": \"http\"}]}], "
        + "\"formatVersion\": \"2.0\"}"));
    assertEquals(DesignDoc.builder().title("T").httpContract(h -> h.method("GET").path("/")).build(),
        READER.read("{\"title\": \"T\", \"apiContracts\": [{\"method\": \"GET\", \"path\": \"/\", \"type\": \"http\"}],"
        + " \"formatVersion\": \"1.0\"}"));
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(
        "{\"title\": \"T\", \"sections\": [], \"components\": [], \"formatVersion\": \"2.0\"}"));
    assertEquals(List.of("/components json-unknown-property"), e.diagnostics().stream()
        .map(d -> d.location().pointer().orElseThrow() + " " + d.code()).collect(Collectors.toList()));
  }

  @Test
  void everyErrorIsReportedInOneException() {
    String json = "{\"formatVersion\": \"2.0\", \"title\": 1, \"authors\": [2],\n"
        + "\"status\": \"Done\", \"extra\": {}, \"sections\": [{\"kind\": \"components\", \"items\": [{}]}, {}]}";
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json));
    assertEquals(List.of("/title json-wrong-type", "/authors/0 json-wrong-type", "/status json-invalid-value",
        "/extra json-unknown-property", "/sections/0/items/0 json-missing-property", "/sections/1 json-missing-property"),
        e.diagnostics().stream().map(d -> d.location().pointer().orElseThrow() + " " + d.code())
            .collect(Collectors.toList()));
    assertTrue(e.getMessage().endsWith("(and 5 more)"), e.getMessage());
  }

  @Test
  void readingStopsAfterAHundredErrors() {
    String json = "{\"formatVersion\": \"2.0\", \"title\": \"T\", "
        + IntStream.range(0, 500).mapToObj(i -> "\"p" + i + "\": " + i).collect(Collectors.joining(", ")) + "}";
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class, () -> READER.read(json));
    assertEquals(101, e.diagnostics().size());
    assertEquals("json-too-many-errors", e.diagnostics().get(100).code());
  }

  @Test
  void readingNormalizesTextAsTheModelDoes() {
    DesignDoc doc = READER.read("{\"formatVersion\": \"2.0\", \"title\": \"  Login \\t\", \"version\": \"\","
        + " \"authors\": [], \"sections\": [{\"kind\": \"overview\", \"heading\": \" Overview \","
        + " \"text\": \"\\r\\n\\nLine one\\r\\nLine two  \\n\\n\"}, {\"kind\": \"components\", \"heading\": \"\","
        + " \"items\": []}]}");
    assertEquals(DesignDoc.builder().title("Login").overview("Line one\nLine two")
        .section(Components.builder().build()).build(), doc);
  }

  @Test
  void theMessageSaysWhatWasFoundAndWhatWasExpected() {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> READER.read(HEAD + "\"status\": \"Superseded\"}"));
    assertEquals("line 2, column 11 (/status): error json-invalid-value the status \"Superseded\" is not one of "
        + "\"Draft\", \"In Review\", \"Approved\"; write any other status as {\"custom\": \"Superseded\"}",
        e.getMessage());
    e = assertThrows(DesignDocFormatException.class, () -> READER.read(HEAD + "\"date\": \"March 2024\"}"));
    assertEquals("line 2, column 9 (/date): error json-invalid-value the date \"March 2024\" is not an ISO-8601 "
        + "date (yyyy-MM-dd); write any other date as {\"verbatim\": \"March 2024\"}", e.getMessage());
    e = assertThrows(DesignDocFormatException.class, () -> READER.read(HEAD + "\"status\": {\"custom\": \" Draft\"}}"));
    assertEquals("line 2, column 22 (/status/custom): error json-invalid-value custom holds the status \"Draft\", "
        + "which is written as a string, not as {\"custom\": ...}", e.getMessage());
    e = assertThrows(DesignDocFormatException.class, () -> READER.read("{\"formatVersion\": \"2.0\", \"title\": \" \"}"));
    assertTrue(e.getMessage().endsWith("(/title): error json-invalid-value title must not be blank"), e.getMessage());
    e = assertThrows(DesignDocFormatException.class, () -> READER.read(items("components", "{\"name\": \"A\\nB\"}")));
    assertTrue(e.getMessage().contains("(/sections/0/items/0/name): error json-invalid-value name must be a single "
        + "line"), e.getMessage());
    e = assertThrows(DesignDocFormatException.class, () -> READER.read(HEAD + "\"authors\": [\"A\", \" \"]}"));
    assertTrue(e.getMessage().endsWith("(/authors/1): error json-invalid-value authors[1] must not be blank"),
        e.getMessage());
  }

  private static Arguments error(String json, String code, String pointer, String marker) {
    Location at = marker == null ? null : locate(json, marker);
    return Arguments.of(json, code, pointer, at);
  }

  /** The 1-based line and column of the first occurrence of the marker. */
  static Location locate(String text, String marker) {
    int index = text.indexOf(marker);
    if (index < 0) {
      throw new IllegalArgumentException("marker " + marker + " not in " + text);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return Location.at(line, index - lineStart + 1);
  }
}
