package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.designdoc.DesignDoc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/** read(write(doc)) gives the document back, for every writer, reader entry point and user mapper. */
class RoundTripPropertiesTest {
  private static final JsonReader READER = JsonReader.create();
  private static final JsonWriter PRETTY = JsonWriter.create();
  private static final JsonWriter COMPACT = JsonWriter.builder().pretty(false).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new DesignDocModule()).build();

  @Provide
  Arbitrary<DesignDoc> docs() {
    return GeneratedDocs.docs();
  }

  @Property(tries = 1000)
  void prettyTextRoundTrips(@ForAll("docs") DesignDoc doc) {
    String json = PRETTY.write(doc);
    DesignDoc back = READER.read(json);
    assertEquals(doc, back);
    assertEquals(json, PRETTY.write(back), "writing the document read back gives the same text");
  }

  @Property(tries = 1000)
  void compactStreamsRoundTrip(@ForAll("docs") DesignDoc doc) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    COMPACT.write(doc, bytes);
    assertEquals(doc, READER.read(new ByteArrayInputStream(bytes.toByteArray())));
    String json = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(json.contains("\n"), "compact output is one line");
    assertEquals(COMPACT.write(doc), json);

    StringWriter text = new StringWriter();
    PRETTY.write(doc, text);
    assertEquals(doc, READER.read(new StringReader(text.toString())));
  }

  @Property(tries = 1000)
  void usersMapperRoundTripsTheSameFormat(@ForAll("docs") DesignDoc doc) {
    String json = MAPPER.writeValueAsString(doc);
    assertEquals(COMPACT.write(doc), json, "the module writes exactly what JsonWriter writes");
    assertEquals(doc, MAPPER.readValue(json, DesignDoc.class));
    assertEquals(doc, MAPPER.readValue(PRETTY.write(doc), DesignDoc.class));
  }
}
