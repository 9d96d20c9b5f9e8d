package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The design document template, byte for byte. */
class TemplateTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  static String resource(String name) throws IOException {
    try (InputStream in = TemplateTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheTemplateAsTheModelsTemplate() throws IOException {
    ReadResult result = READER.read(resource("template.md"));
    assertEquals(DesignDoc.template(), result.document());
    // Every part of the template fits its typed shape, the rollout plan's free notes included.
    assertEquals(java.util.List.of(), result.diagnostics());
  }

  @Test
  void writesTheModelsTemplateAsTheTemplate() throws IOException {
    assertEquals(resource("template.md"), WRITER.write(DesignDoc.template()));
  }

  @Test
  void templateRoundTripsByteForByte() throws IOException {
    String template = resource("template.md");
    assertEquals(template, WRITER.write(READER.read(template).document()));
  }
}
