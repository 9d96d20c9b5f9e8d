package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pathological input: never a bare runtime exception, stack overflow or hang; each completes in time
 * linear in its size or stops at a documented limit with a diagnostic. The timeouts are generous and
 * only catch hangs and quadratic blowups.
 */
class BadInputTest {
  /** Several inputs here are past the default input limit, to probe the other limits: this reader admits them. */
  private static final MarkdownReader READER = MarkdownReader.builder().maxInputLength(16 * 1024 * 1024).build();
  private static final MarkdownReader STRICT = MarkdownReader.builder().strict(true).build();
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private static ReadResult read(String text) {
    return assertTimeoutPreemptively(LIMIT, () -> READER.read(text));
  }

  private static Optional<Diagnostic> find(ReadResult result, String code) {
    return result.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  private static void assertAllLocated(ReadResult result) {
    for (Diagnostic d : result.diagnostics()) {
      assertTrue(d.location().line() > 0 && d.location().column() > 0, d::toString);
    }
  }

  @Test
  void emptyInputGivesAnUntitledDocumentAndAWarning() {
    ReadResult result = read("");
    assertEquals(DesignDoc.builder().title("Untitled").build(), result.document());
    assertEquals(Severity.WARNING, find(result, "MD005").orElseThrow().severity());
    assertAllLocated(result);
  }

  @Test
  void binaryGarbageIsAnErrorNamingTheFirstBadByte() throws Exception {
    byte[] garbage = new byte[100_000];
    new Random(42).nextBytes(garbage);
    ReadResult result = assertTimeoutPreemptively(LIMIT, () -> READER.read(new ByteArrayInputStream(garbage)));
    Diagnostic error = find(result, "MD003").orElseThrow();
    assertTrue(error.isError() && error.message().contains("byte offset"), error::toString);
    assertAllLocated(result);
    assertThrows(DesignDocFormatException.class, () -> STRICT.read(new ByteArrayInputStream(garbage)));
  }

  @Test
  void invalidUtf8NamesItsByteOffsetLineAndColumn() throws Exception {
    byte[] bytes = {'#', ' ', 'T', '\n', '\n', 'a', 'b', (byte) 0xC3, (byte) 0x28, 'c', '\n'};
    ReadResult result = READER.read(new ByteArrayInputStream(bytes));
    Diagnostic error = find(result, "MD003").orElseThrow();
    assertTrue(error.message().contains("byte offset 7"), error::toString);
    assertEquals(3, error.location().line());
    assertEquals(3, error.location().column());
    assertEquals("T", result.document().title());
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> STRICT.read(new ByteArrayInputStream(bytes)));
    assertTrue(e.getMessage().contains("byte offset 7"), e::getMessage);
    assertEquals(result.diagnostics(), e.diagnostics());
  }

  @Test
  void fiftyThousandNestedListItemsStopAtTheNestingLimit() {
    String text = "# T\n\n" + "- ".repeat(50_000) + "x\n";
    ReadResult result = read(text);
    assertTrue(find(result, "MD002").orElseThrow().isError());
    assertTrue(result.document().preamble().orElseThrow().endsWith("- x"));
    assertAllLocated(result);
  }

  @Test
  void fiftyThousandNestedBlockQuotesStopAtTheNestingLimit() {
    String text = "# T\n\n" + "> ".repeat(50_000) + "x\n";
    ReadResult result = read(text);
    assertTrue(find(result, "MD002").orElseThrow().isError());
    assertEquals(Optional.of(("> ".repeat(50_000) + "x").strip()), result.document().preamble());
  }

  @Test
  void fiftyThousandNestedItemsOnTheirOwnLinesStopAtTheNestingLimit() {
    StringBuilder text = new StringBuilder("# T\n\n");
    for (int i = 0; i < 50_000; i++) {
      text.append(" ".repeat(2 * (i % 200))).append("- x\n");
    }
    ReadResult result = read(text.toString());
    assertTrue(find(result, "MD002").orElseThrow().isError());
  }

  @Test
  void aTenMegabyteLineIsReadWhole() {
    String line = "word ".repeat(2_000_000);
    ReadResult result = read("# T\n\n" + line);
    assertEquals(Optional.of(line.strip()), result.document().preamble());
    assertEquals(0, result.diagnostics().size());
  }

  @Test
  void aHundredThousandHeadingsAreAHundredThousandSections() {
    StringBuilder text = new StringBuilder("# T\n\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("## Heading ").append(i).append('\n');
    }
    ReadResult result = read(text.toString());
    assertEquals(100_000, result.document().customSections().size());
    assertEquals("Heading 99999", result.document().customSections().get(99_999).title());
  }

  @Test
  void aMillionRowTableStopsAtTheCellLimitAndIsKeptAsText() {
    StringBuilder text = new StringBuilder("# T\n\n## Revision History\n\n| Date | Author | Changes |\n|---|---|---|\n");
    for (int i = 0; i < 1_000_000; i++) {
      text.append("| ").append(i % 10).append(" | a | b |\n");
    }
    ReadResult result = read(text.toString());
    assertTrue(find(result, "MD004").orElseThrow().isError());
    assertTrue(result.document().sections(io.github.designdoc.RevisionHistory.class).get(0)
        .intro().orElseThrow().endsWith("| 9 | a | b |"));
  }

  @Test
  void aLargeTableUnderTheLimitIsTyped() {
    StringBuilder text = new StringBuilder("# T\n\n## Revision History\n\n| Date | Author | Changes |\n|---|---|---|\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("| 2024-01-01 | a | change ").append(i).append(" |\n");
    }
    assertEquals(100_000, read(text.toString()).document().revisions().size());
  }

  @Test
  void bytesOverTheLengthLimitAreRefusedBeforeDecoding() {
    MarkdownReader small = MarkdownReader.builder().maxInputLength(100).build();
    byte[] bytes = "é".repeat(60).getBytes(java.nio.charset.StandardCharsets.UTF_8); // 60 characters, 120 bytes
    ReadResult result = assertTimeoutPreemptively(LIMIT, () -> small.read(new ByteArrayInputStream(bytes)));
    assertTrue(find(result, "MD001").orElseThrow().isError());
    assertEquals(DesignDoc.builder().title("Untitled").build(), result.document());
  }

  @Test
  void inputOverTheLengthLimitFailsFast() {
    MarkdownReader small = MarkdownReader.builder().maxInputLength(100).build();
    ReadResult result = small.read("x".repeat(101));
    assertTrue(find(result, "MD001").orElseThrow().isError());
    assertTrue(find(assertTimeoutPreemptively(LIMIT, () -> small.read(new StringReader("y".repeat(10_000_000)))),
        "MD001").isPresent());
    assertThrows(DesignDocFormatException.class,
        () -> MarkdownReader.builder().maxInputLength(100).strict(true).build().read("x".repeat(101)));
  }

  @Test
  void pathologicalInlinesStayLinear() {
    read("# T\n\n" + "[".repeat(200_000) + "a" + "]".repeat(200_000));
    read("# T\n\n" + "*a **a ".repeat(200_000));
    read("# T\n\n" + "<!-- ".repeat(200_000));
    read("# T\n\n" + "`".repeat(100_000) + "a");
  }

  @Test
  void unclosedFencesAndHtmlAreKeptAndClosedAtTheEnd() {
    ReadResult result = read("# T\n\n## Overview\n\n```\ncode\n## Not a section\n");
    assertEquals(Optional.of("```\ncode\n## Not a section\n```"), result.document().overview());
    Diagnostic warning = find(result, "MD014").orElseThrow();
    assertEquals(Location.at(5, 1), warning.location());
    ReadResult html = read("# T\n\n## Overview\n\n<!-- open\n## Not a section");
    assertEquals(Optional.of("<!-- open\n## Not a section\n-->"), html.document().overview());
    DesignDoc doc = html.document().toBuilder().openIssue(io.github.designdoc.OpenIssue.open("Q")).build();
    assertEquals(doc, READER.read(MarkdownWriter.create().write(doc)).document());
  }
}
