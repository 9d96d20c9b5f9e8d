package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.Section;
import io.github.designdoc.testing.DesignDocArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
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

  @Provide
  Arbitrary<DesignDoc> shuffled() {
    return Combinators.combine(GeneratedDocs.docs(), DesignDocArbitraries.sections()).flatAs((doc, extra) -> {
      List<Section> sections = new ArrayList<>(doc.sections());
      sections.add(extra);
      sections.add(extra);
      return Arbitraries.shuffle(sections).map(order -> doc.toBuilder().sections(order).build());
    });
  }

  @Property(tries = 1000)
  void sectionsInAnyOrderWithRepeatedKindsRoundTripInTheirOrder(@ForAll("shuffled") DesignDoc doc) {
    DesignDoc back = READER.read(COMPACT.write(doc));
    assertEquals(doc, back);
    assertEquals(doc.sections(), back.sections());
    assertEquals(doc.sections().stream().map(Section::kind).collect(Collectors.toList()),
        back.sections().stream().map(Section::kind).collect(Collectors.toList()));
    assertTrue(back.sections().stream().map(Section::kind).distinct().count() < back.sections().size(),
        "some kind repeats");
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
