package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The minimized inputs of {@code bad-input/} (found by mutation fuzzing of real docs, mishandled by
 * wave 1): each writes and reads back equal, and {@code format} keeps what it used to lose.
 */
class BadInputFilesTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  static String input(String name) throws IOException {
    return TemplateTest.resource("bad-input/" + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"md-50-nested-lists-unwritable.md", "md-authors-key-renamed.md",
      "md-flow-and-step-numbers-renumbered.md", "md-h1-sections-h3-under-flows-unwritable.md",
      "md-header-only-data-model-table.md", "md-header-only-revision-table.md", "md-rollout-start-number.md"})
  void writesReadsBackEqualAndFormatsWithoutLoss(String name) throws IOException {
    String source = input(name);
    ReadResult read = READER.read(source);
    DesignDoc doc = read.document();
    String written = WRITER.write(doc);
    assertEquals(doc, READER.read(written).document(), written);
    assertEquals(written, WRITER.write(READER.read(written).document()));
    String formatted = WRITER.format(source, read);
    assertEquals(doc, READER.read(formatted).document());
    assertEquals(formatted, WRITER.format(formatted, READER.read(formatted)));
    assertEquals(Map.of(), Words.lost(source, formatted), formatted);
    assertEquals(source, WRITER.rewrite(source, read, doc));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "md-header-only-data-model-table.md; | Field | Type | Description |",
      "md-header-only-revision-table.md; | Date | Author | Changes |",
      "md-flow-and-step-numbers-renumbered.md; ### Flow 2: Checkout",
      "md-flow-and-step-numbers-renumbered.md; 3. Cart is locked",
      "md-rollout-start-number.md; 2. Phase two",
      "md-authors-key-renamed.md; Authors: Ada Lovelace"})
  void formatKeepsWhatWave1Lost(String name, String line) throws IOException {
    String source = input(name);
    assertTrue(source.contains(line));
    String formatted = WRITER.format(source, READER.read(source));
    assertTrue(formatted.contains(line), formatted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"md-header-only-data-model-table.md", "md-header-only-revision-table.md"})
  void aTableWithoutRowsIsKeptAsProseAndWritten(String name) throws IOException {
    String source = input(name);
    DesignDoc doc = READER.read(source).document();
    String header = source.lines().filter(l -> l.startsWith("| ")).findFirst().orElseThrow();
    assertTrue(WRITER.write(doc).contains(header), WRITER.write(doc));
    assertEquals(List.of(), doc.dataModels());
    assertEquals(List.of(), doc.revisions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"md-h1-sections-h3-under-flows-unwritable.md"})
  void h1SectionsWithALevelThreeHeadingUnderRequestFlowsKeepItInTheIntro(String name) throws IOException {
    DesignDoc doc = READER.read(input(name)).document();
    assertEquals("Login", doc.title());
    assertEquals(List.of(), doc.requestFlows());
    assertEquals(java.util.Optional.of("### Sub-flow details\n\ntext"),
        doc.sections(io.github.designdoc.RequestFlows.class).get(0).intro());
  }
}
