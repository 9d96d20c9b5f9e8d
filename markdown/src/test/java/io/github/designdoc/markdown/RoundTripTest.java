package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.testing.DesignDocArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated document reads back equal to what was written. */
class RoundTripTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  @Property(tries = 1000)
  void readingWhatWasWrittenGivesTheDocumentBack(@ForAll("docs") DesignDoc doc) {
    String markdown = WRITER.write(doc);
    ReadResult result = READER.read(markdown);
    assertEquals(doc, result.document(), () -> "written as:\n" + markdown);
  }

  @Property(tries = 1000)
  void writingIsDeterministic(@ForAll("docs") DesignDoc doc) {
    assertEquals(WRITER.write(doc), WRITER.write(doc));
  }
}
