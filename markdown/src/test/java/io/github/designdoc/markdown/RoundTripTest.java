package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import io.github.designdoc.testing.DesignDocArbitraries;
import io.github.designdoc.testing.FuzzHook;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Generated documents, with sections in random order, repeated kinds and custom sections anywhere: each
 * reads back equal to what was written, in the same section order, and {@code format} and {@code rewrite}
 * of the written text give it back. The tries are the build's; the {@code write-proofs} profile runs them
 * at 10,000 ({@code -Ddesigndoc.fuzz.tries}; the seed is printed, {@code -Ddesigndoc.fuzz.seed} replays).
 */
@AddLifecycleHook(FuzzHook.class)
class RoundTripTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  static List<SectionKind> kinds(DesignDoc doc) {
    return doc.sections().stream().map(Section::kind).collect(Collectors.toList());
  }

  @Property(tries = 1000)
  void readingWhatWasWrittenGivesTheDocumentBackInItsOrder(@ForAll("docs") DesignDoc doc) {
    String markdown = WRITER.write(doc);
    ReadResult result = READER.read(markdown);
    assertEquals(kinds(doc), kinds(result.document()), () -> "written as:\n" + markdown);
    assertEquals(doc, result.document(), () -> "written as:\n" + markdown);
  }

  @Property(tries = 300)
  void formatAndRewriteOfWhatWasWrittenGiveItBack(@ForAll("docs") DesignDoc doc) {
    String markdown = WRITER.write(doc);
    ReadResult result = READER.read(markdown);
    assertEquals(markdown, WRITER.format(markdown, result));
    assertEquals(markdown, WRITER.rewrite(markdown, result, result.document()));
  }

  @Property(tries = 200)
  void rewriteOfAnotherDocumentReadsBackAsIt(@ForAll("docs") DesignDoc original, @ForAll("docs") DesignDoc edited) {
    String markdown = WRITER.write(original);
    String rewritten = WRITER.rewrite(markdown, READER.read(markdown), edited);
    assertEquals(edited, READER.read(rewritten).document(), () -> "rewritten as:\n" + rewritten);
  }

  @Property(tries = 100)
  void writingIsDeterministic(@ForAll("docs") DesignDoc doc) {
    assertEquals(WRITER.write(doc), WRITER.write(doc));
  }
}
