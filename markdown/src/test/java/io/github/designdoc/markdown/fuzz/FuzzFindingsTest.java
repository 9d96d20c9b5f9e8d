package io.github.designdoc.markdown.fuzz;

import io.github.designdoc.markdown.fuzz.MarkdownChecks.Family;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The minimized inputs the fuzz suite found, each a regression test of the family of checks it broke. A
 * {@code .md} resource is read as text, a {@code .bin} one as bytes (through the reader's stream entry point).
 */
class FuzzFindingsTest {
  static void assertPasses(Family family, String resource) {
    Mutant m = resource.endsWith(".bin") ? Mutant.ofBytes(bytes(resource), List.of())
        : Mutant.ofText(new String(bytes(resource), java.nio.charset.StandardCharsets.UTF_8), List.of());
    MarkdownChecks.run(family, m).ifPresent(f -> {
      throw f.toError(resource + " " + m.show() + ": ");
    });
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("/fuzz/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource fuzz/" + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theWriteWordsCheckForgivesOnlyTheKeyOfAFilledField() {
    io.github.designdoc.DesignDoc doc = io.github.designdoc.markdown.MarkdownReader.create()
        .read("# T\n\n- Start Date: 2024-09-10\n").document();
    java.util.Map<String, Integer> lost = new java.util.TreeMap<>(java.util.Map.of("Start", 2, "Version", 1,
        "Notes", 1));
    MarkdownChecks.forgiveTemplateForms(doc, List.of("### Flow 2: Pay", "### Flow 7"), lost);
    // One Start is the key of the date; a second one, Version (no version is set) and Notes stay lost.
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("Start", 1, "Version", 1, "Notes", 1), lost);
    java.util.Map<String, Integer> numbers = new java.util.TreeMap<>(java.util.Map.of("2", 2, "3", 1, "7", 1));
    MarkdownChecks.forgiveTemplateForms(doc, List.of("### Flow 2: Pay", "### Flow 7", "## Phase 3"), numbers);
    // One 2 and the 7 are flow numbers; the second 2 and the 3 (not a flow's) stay lost.
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("2", 1, "3", 1), numbers);
  }

  @Test
  void formatOfADocumentOfExactlyTheLengthLimitStaysWithinIt() {
    io.github.designdoc.markdown.MarkdownReader reader = io.github.designdoc.markdown.MarkdownReader.create();
    int limit = io.github.designdoc.markdown.MarkdownReader.Builder.DEFAULT_MAX_INPUT_LENGTH;
    StringBuilder text = new StringBuilder(limit).append("# T\n\n## Revision History\n\n|Date|Author|Changes|\n")
        .append("|-|-|-|\n|2024-01-02|Ada|First draft|\n\n## Overview\n\n");
    String line = "Words of the overview, one line after another, to fill the document up to its limit.\n";
    while (text.length() + line.length() < limit) {
      text.append(line);
    }
    text.append("x".repeat(limit - text.length() - 1)).append('\n');
    String doc = text.toString();
    org.junit.jupiter.api.Assertions.assertEquals(limit, doc.length());
    io.github.designdoc.ReadResult read = reader.read(doc);
    org.junit.jupiter.api.Assertions.assertEquals("T", read.document().title());
    String formatted = io.github.designdoc.markdown.MarkdownWriter.create().format(doc, read);
    // The table would be spaced out past the limit, where the text is no longer read: it is kept as it is.
    org.junit.jupiter.api.Assertions.assertTrue(formatted.length() <= limit, () -> "grew to " + formatted.length());
    org.junit.jupiter.api.Assertions.assertEquals(read.document(), reader.read(formatted).document());
    String shorter = doc.substring(0, limit - 100) + "\n";
    io.github.designdoc.ReadResult shorterRead = reader.read(shorter);
    String spaced = io.github.designdoc.markdown.MarkdownWriter.create().format(shorter, shorterRead);
    org.junit.jupiter.api.Assertions.assertTrue(spaced.contains("| 2024-01-02 | Ada | First draft |"),
        "below the limit the table is still normalized");
    org.junit.jupiter.api.Assertions.assertEquals(shorterRead.document(), reader.read(spaced).document());
  }

  @Test
  void writeWritesATitleReadBehindAPrefixInTheTemplatesForm() {
    assertPasses(Family.WRITE_WORDS, "write-words-title-prefix.md");
  }

  @Test
  void writeWritesTheKeyUpdatedAsDate() {
    assertPasses(Family.WRITE_WORDS, "write-words-updated-key.md");
  }

  @Test
  void writeWritesAnAuthorWithoutTheHandleTheReaderDrops() {
    assertPasses(Family.WRITE_WORDS, "write-words-author-handle.md");
  }

  @Test
  void anUnclosedCommentAfterAByteOrderMarkRendersNoWord() {
    assertPasses(Family.WRITE_WORDS, "write-words-bom-unclosed-comment.bin");
  }

  @Test
  void writeWritesAValueTheFrontMatterGivesOnce() {
    assertPasses(Family.WRITE_WORDS, "write-words-front-matter-status.md");
  }

  @Test
  void writeNumbersFlowsFromOne() {
    assertPasses(Family.WRITE_WORDS, "write-words-flow-number.md");
  }

  @Test
  void writeKeepsTheKeyAuthorsOfOneAuthor() {
    assertPasses(Family.WRITE_WORDS, "write-words-authors-key.md");
  }

  @Test
  void writeKeepsTheKeyStartDate() {
    assertPasses(Family.WRITE_WORDS, "write-words-start-date-key.md");
  }

  @Test
  void writeKeepsTheKeyAuthorParenS() {
    assertPasses(Family.WRITE_WORDS, "write-words-author-s-key.md");
  }

  @Test
  void formatKeepsAFlowHeadingWithoutASpaceAfterTheColon() {
    assertPasses(Family.FORMAT, "format-headings-flow-colon-no-space.md");
  }

  @Test
  void formatDoesNotTurnALazyLineIntoASetextUnderline() {
    assertPasses(Family.FORMAT, "format-headings-lazy-line-becomes-setext-underline.md");
  }

  @Test
  void writeOfAListFiftyLevelsDeepBeforeASetextHeading() {
    assertPasses(Family.WRITE, "write-throws-50-level-list-before-setext-heading.md");
  }

  @Test
  void writeOfASectionWithAListFiftyLevelsDeepBeforeASetextHeading() {
    assertPasses(Family.WRITE, "write-throws-50-level-list-in-section-before-setext-heading.md");
  }

  @Test
  void aTaskItemsBoxRendersNoWord() {
    assertPasses(Family.WRITE_WORDS, "write-words-revision-task-box.md");
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("done", 1, "x", 1),
        Rendered.words("- [x] done\n\n`x`\n"));
  }

  @Test
  void writeWritesANestedOwnerWithoutTheHandleTheReaderDrops() {
    assertPasses(Family.WRITE_WORDS, "write-words-owner-nested-handle.md");
    // Only a contact is forgiven: a word of the nested entry's name is still a loss.
    io.github.designdoc.DesignDoc doc = io.github.designdoc.markdown.MarkdownReader.create()
        .read("* **Owner:**\n  * s (@ss)").document();
    java.util.Map<String, Integer> lost = new java.util.TreeMap<>(java.util.Map.of("ss", 1, "s", 1));
    MarkdownChecks.forgiveAuthorContacts(doc, "* **Owner:**\n  * s (@ss)", lost);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("s", 1), lost);
  }

  @Test
  void writeKeepsAMetaSectionsBodyThatLooksLikeMetadataInTheSection() {
    assertPasses(Family.WRITE, "write-reads-back-meta-section-body-like-metadata.md");
  }

  @Test
  void frontMatterHoldingAFenceDoesNotRenderTheDocumentAsCode() {
    assertPasses(Family.WRITE_WORDS, "write-words-front-matter-holding-a-fence.md");
    // Front matter shows as its text; the Markdown after it renders on its own, as on GitHub.
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("a", 1, "b", 1, "T", 1),
        Rendered.words("---\na: b\n---\n# T\n"));
    org.junit.jupiter.api.Assertions.assertEquals(List.of("## a: b", "# T"), Rendered.headings("---\na: b\n---\n# T\n"));
  }

  @Test
  void aLazyLineThatLooksLikeATableStaysParagraphTextWhenWrittenIndented() {
    assertPasses(Family.WRITE_WORDS, "write-words-lazy-table-line.md");
    assertPasses(Family.WRITE, "write-words-lazy-table-line.md");
    io.github.designdoc.markdown.MarkdownReader reader = io.github.designdoc.markdown.MarkdownReader.create();
    // Lazy, "|-" and "===" are paragraph text; the item's text escapes them so that indented they stay so.
    io.github.designdoc.DesignDoc doc = reader.read("# T\n\n## Open Issues\n\n- a |\n|-\n- b\n===\n").document();
    org.junit.jupiter.api.Assertions.assertEquals(List.of("a |\n\\|-", "b\n\\==="),
        doc.openIssues().stream().map(io.github.designdoc.OpenIssue::text).toList());
    // Indented as the item's content, they are what they look like, and the text says so as written.
    io.github.designdoc.DesignDoc indented = reader.read("# T\n\n## Open Issues\n\n- a |\n  |-\n").document();
    org.junit.jupiter.api.Assertions.assertEquals(List.of("a |\n|-"), indented.openIssues().stream().map(io.github.designdoc.OpenIssue::text).toList());
  }

  @Test
  void aSecondByteOrderMarkIsText() {
    assertPasses(Family.WRITE_WORDS, "write-words-two-byte-order-marks.bin");
  }

  @Test
  void textAfterAnAuthorsContactIsReportedAndOnlyThenForgiven() {
    assertPasses(Family.WRITE_WORDS, "write-words-author-remark.md");
    io.github.designdoc.ReadResult read = io.github.designdoc.markdown.MarkdownReader.create()
        .read("# T\n\n**Authors:** Ada <ada@example.com> based on the work of Cy, Bo\n");
    org.junit.jupiter.api.Assertions.assertEquals(List.of("Ada", "Bo"), read.document().authors());
    List<io.github.designdoc.Diagnostic> remarks = read.diagnostics().stream()
        .filter(d -> d.code().equals("MD017")).toList();
    org.junit.jupiter.api.Assertions.assertEquals(1, remarks.size(), read.diagnostics()::toString);
    org.junit.jupiter.api.Assertions.assertEquals(3, remarks.get(0).location().line());
    org.junit.jupiter.api.Assertions.assertTrue(remarks.get(0).message().contains("based on the work of Cy"),
        remarks.get(0)::message);
    // Without the diagnostic the words are not forgiven.
    java.util.Map<String, Integer> lost = new java.util.TreeMap<>(java.util.Map.of("based", 1, "Cy", 1));
    MarkdownChecks.forgiveAuthorRemarks(io.github.designdoc.ReadResult.of(read.document(), List.of()),
        "**Authors:** Ada <ada@example.com> based on the work of Cy", lost);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("based", 1, "Cy", 1), lost);
    MarkdownChecks.forgiveAuthorRemarks(read, "# T\n\n**Authors:** Ada <ada@example.com> based on the work of Cy",
        lost);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of(), lost);
  }

  @Test
  void frontMatterEndsAtALineThatEndsWithALoneCarriageReturn() {
    assertPasses(Family.WRITE_WORDS, "write-words-front-matter-cr.md");
    org.junit.jupiter.api.Assertions.assertEquals(8, Rendered.frontMatterEnd("---\n---\r<a>\n---"));
    org.junit.jupiter.api.Assertions.assertEquals(10, Rendered.frontMatterEnd("---\r\n---\r\nx"));
    org.junit.jupiter.api.Assertions.assertEquals(-1, Rendered.frontMatterEnd("---\nx\n"));
  }

  @Test
  void writeWritesOwnersOfALooseListWithoutTheirHandles() {
    assertPasses(Family.WRITE_WORDS, "write-words-owner-loose-list.md");
  }

  @Test
  void indentedCodeAfterTheTitleStaysApartFromAListBeforeIt() {
    assertPasses(Family.WRITE_WORDS, "write-words-indented-code-after-title.md");
    assertPasses(Family.WRITE, "write-words-indented-code-after-title.md");
    assertPasses(Family.WRITE_WORDS, "write-words-indented-code-after-marker.md");
    assertPasses(Family.WRITE, "write-words-indented-code-after-marker.md");
    String preamble = io.github.designdoc.markdown.MarkdownReader.create().read("- a\n\n# T\n\n    code\n").document()
        .preamble().orElseThrow();
    org.junit.jupiter.api.Assertions.assertEquals("- a\n\n<!-- -->\n\n    code", preamble);
    String unindented = io.github.designdoc.markdown.MarkdownReader.create().read("- a\n\n# T\n\ntext\n").document()
        .preamble().orElseThrow();
    org.junit.jupiter.api.Assertions.assertEquals("- a\n\ntext", unindented);
  }

  @Test
  void aHeadingOfControlCharactersIsAnUntitledSection() {
    assertPasses(Family.WRITE, "write-control-character-heading.md");
  }

  @Test
  void anOpenPreBlockKeepsItsWords() {
    assertPasses(Family.WRITE_WORDS, "write-words-open-pre.md");
  }
}
