package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Location;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SourceMap;
import io.github.designdoc.TextRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JsonReader#readResult(String)}: the document, its notes and where every value stands. Each range
 * covers exactly the JSON text of its value, and every value of the document has one.
 */
class SourceMapTest {
  private static final JsonReader READER = JsonReader.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void everyValueOfTheTemplateHasTheRangeOfItsText() {
    String json = JsonWriter.create().write(DesignDoc.template());
    ReadResult result = READER.readResult(json);
    assertEquals(DesignDoc.template(), result.document());
    assertEquals(List.of(), result.diagnostics());
    assertRangesCoverTheirValues(json, result.sourceMap());
    assertEquals(new TextRange(3, 12, json.indexOf("\"<Feature Name>\""), "\"<Feature Name>\"".length()),
        result.sourceMap().range("/title").orElseThrow());
    assertEquals("\"Component A\"", text(json, result.sourceMap(), "/sections/1/items/0/name"));
    int at = json.indexOf("\"Component A\"");
    assertEquals(Location.of("/sections/1/items/0/name", line(json, "\"Component A\""), at - json.lastIndexOf('\n', at)),
        result.sourceMap().locate("/sections/1/items/0/name"));
    assertEquals(result.sourceMap().range("/title"), result.sourceMap().nearest(""), "the document points at its title");
  }

  @Provide
  Arbitrary<DesignDoc> docs() {
    return GeneratedDocs.docs();
  }

  @Property(tries = 300)
  void everyValueOfAGeneratedDocumentHasTheRangeOfItsText(@ForAll("docs") DesignDoc doc) throws IOException {
    for (String json : List.of(JsonWriter.create().write(doc), JsonWriter.builder().pretty(false).build().write(doc))) {
      ReadResult result = READER.readResult(json);
      assertEquals(doc, result.document());
      assertRangesCoverTheirValues(json, result.sourceMap());
      assertEquals(result.sourceMap(), READER.readResult(new StringReader(json)).sourceMap(), "a Reader counts chars");
    }
  }

  @Test
  void crlfIsCountedAsGiven() {
    String json = "{\r\n\"formatVersion\": \"2.0\",\r\n\"title\": \"T\",\r\n\"sections\": [{\"kind\": \"custom\","
        + " \"heading\": \"Goals\", \"body\": \"x\"}]}";
    SourceMap map = READER.readResult(json).sourceMap();
    assertEquals("\"T\"", text(json, map, "/title"));
    assertEquals(3, map.range("/title").orElseThrow().line());
    assertEquals(10, map.range("/title").orElseThrow().column());
    assertEquals("\"Goals\"", text(json, map, "/sections/0/heading"));
    assertEquals(4, map.range("/sections/0").orElseThrow().line());
    assertRangesCoverTheirValues(json, map);
  }

  @Test
  void aByteOrderMarkIsSkippedInBytesAndCounted() throws IOException {
    byte[] bytes = ("\uFEFF{\"formatVersion\": \"2.0\", \"title\": \"T\"}").getBytes(StandardCharsets.UTF_8);
    TextRange title = READER.readResult(new ByteArrayInputStream(bytes)).sourceMap().range("/title").orElseThrow();
    assertEquals("\"T\"", new String(bytes, title.offset(), title.length(), StandardCharsets.UTF_8));
  }

  @Test
  void streamsAndFilesCountBytes(@TempDir Path dir) throws IOException {
    String json = JsonWriter.create().write(DesignDoc.builder().title("Ünïcödé 😀").author("Grâce").build());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    SourceMap map = READER.readResult(new ByteArrayInputStream(bytes)).sourceMap();
    TextRange author = map.range("/authors/0").orElseThrow();
    assertEquals("\"Grâce\"", new String(bytes, author.offset(), author.length(), StandardCharsets.UTF_8));
    Path file = dir.resolve("doc.json");
    Files.write(file, bytes);
    assertEquals(map, READER.readResult(file).sourceMap());
  }

  @Test
  void readResultIsAsStrictAsRead() {
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> READER.readResult("{\"formatVersion\": \"2.0\", \"title\": \"\"}"));
    assertEquals("/title", e.diagnostics().get(0).location().pointer().orElseThrow());
    assertThrows(NullPointerException.class, () -> READER.readResult((String) null));
    assertTrue(READER.readResult("{\"formatVersion\": \"2.0\", \"title\": \"T\"}").diagnostics().isEmpty());
  }

  /** Each range's text is the JSON of the value at its pointer, and every value has a range. */
  private static void assertRangesCoverTheirValues(String json, SourceMap map) {
    JsonNode tree = MAPPER.readTree(json);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, TextRange> entry : map.ranges().entrySet()) {
      JsonNode expected = tree.at(entry.getKey());
      TextRange range = entry.getValue();
      String text = json.substring(range.offset(), range.end());
      JsonNode actual;
      try {
        actual = MAPPER.readTree(text);
      } catch (RuntimeException e) {
        actual = null;
      }
      if (expected.isMissingNode() || !expected.equals(actual)) {
        wrong.add(entry.getKey() + " -> " + text);
      }
      if (line(json, range) != range.line()) {
        wrong.add(entry.getKey() + " at line " + range.line() + ", not " + line(json, range));
      }
    }
    assertEquals(List.of(), wrong);
    List<String> pointers = new ArrayList<>();
    collect(tree, "", pointers);
    assertEquals(new TreeSet<>(pointers), new TreeSet<>(map.ranges().keySet()));
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    if (!pointer.isEmpty()) {
      out.add(pointer);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> p : node.properties()) {
        collect(p.getValue(), pointer + "/" + p.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static int line(String text, TextRange range) {
    int line = 1;
    for (int i = 0; i < range.offset(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  private static int line(String text, String marker) {
    return line(text, new TextRange(1, 1, text.indexOf(marker), 0));
  }

  private static String text(String json, SourceMap map, String pointer) {
    TextRange range = map.range(pointer).orElseThrow(() -> new AssertionError("no range for " + pointer));
    return json.substring(range.offset(), range.end());
  }
}
