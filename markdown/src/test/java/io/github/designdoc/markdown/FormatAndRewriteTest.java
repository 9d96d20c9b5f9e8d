package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Revision;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import io.github.designdoc.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code format} is faithful; {@code rewrite} changes only what was edited; the source map points right. */
class FormatAndRewriteTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  static final String DOC = "Payment Retries\n===============\n\nAuthors: Ada Lovelace\nStatus: Draft\n\n"
      + "Summary\n-------\n\nRetries failed payments.\n\n# Security Considerations\n\n* Input validation\n"
      + "* Rate limits\n\n# Open Issues\n\n- [ ] Which backoff?\n- [ ] Which queue?\n\n# Revision History\n\n"
      + "|Date|Author|Changes|\n|-|-|-|\n|2024-01-02|Ada|First draft|\n";

  static String format(String text) {
    return WRITER.format(text, READER.read(text));
  }

  /** The lines of {@code a} not in {@code b} and those of {@code b} not in {@code a}, by a line LCS. */
  static List<List<String>> diff(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int[][] len = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        len[i][j] = x[i].equals(y[j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        i++;
        j++;
      } else if (j == y.length || (i < x.length && len[i + 1][j] >= len[i][j + 1])) {
        removed.add(x[i++]);
      } else {
        added.add(y[j++]);
      }
    }
    return List.of(removed, added);
  }

  @Test
  void formatKeepsHeadingsTitleFormAndMetadataAndNormalizesTypedParts() {
    String formatted = format(DOC);
    assertEquals(List.of(List.of("* Input validation", "* Rate limits", "|Date|Author|Changes|", "|-|-|-|",
        "|2024-01-02|Ada|First draft|"), List.of("- Input validation", "- Rate limits", "| Date | Author | Changes |",
        "|------|--------|---------|", "| 2024-01-02 | Ada | First draft |")), diff(DOC, formatted));
    assertEquals(formatted, format(formatted));
    assertEquals(READER.read(DOC).document(), READER.read(formatted).document());
  }

  @Test
  void formatKeepsLineEndsAByteOrderMarkAndAMissingFinalLineBreak() {
    String crlf = "\uFEFF" + DOC.replace("\n", "\r\n");
    String formatted = format(crlf);
    assertTrue(formatted.startsWith("\uFEFF"));
    assertEquals(formatted.replace("\r\n", "").indexOf('\n'), -1, "a bare line feed in CRLF output");
    assertEquals(format(DOC).replace("\n", "\r\n"), formatted.substring(1));
    String open = DOC.substring(0, DOC.length() - 1);
    assertTrue(!format(open).endsWith("\n"));
    assertEquals(format(DOC).substring(0, format(DOC).length() - 1), format(open));
  }

  @ParameterizedTest
  @ValueSource(strings = {"# Only A Title\n\nText.\n", "---\ntitle: Front Matter Only\n---\n\nText.\n",
      "# Design Document\n\n## For X\n\n## Goals\n\nG.\n", "No heading at all.\n",
      "# T\n\n## Rollout Plan\n\n3. Three\n4. Four\n", "# T\n\n## Request Flows\n\n### Flow 7: Pay\n\n1. a\n",
      "# T\n\n## Open Issues\n\n* plain one\n* plain two\n",
      "# T\n\n## Revision History\n\n| Date | Author | Changes |\n|------|--------|---------|\n",
      "# T\n\n## Data Model\n\n### User\n\n| Field | Type | Description |\n|-------|------|-------------|\n",
      "# T\n\n## Request Flows\n\n### Flow 2: Pay\n\n3. a\n4. b\n", "# T\n\n## Request Flow\n\n### Flow 1:n\n",
      "# T\n\n- Start Date: 2024-09-10\n- Author(s): S\n\n## Overview\n\nx\n",
      "# T\n\nAuthors: A\nOwner: B\n\n## Overview\n\nx\n"})
  void formatKeepsWhatWouldChangeWordsNumbersOrTasks(String text) {
    assertEquals(text, format(text));
  }

  @Test
  void rewriteOfAnUneditedReadGivesTheOriginalBytes() {
    for (String text : List.of(DOC, DOC.replace("\n", "\r\n"), "\uFEFF" + DOC, DOC.strip())) {
      ReadResult read = READER.read(text);
      assertEquals(text, WRITER.rewrite(text, read, read.document()));
    }
  }

  static String rewrite(String text, java.util.function.UnaryOperator<DesignDoc> edit) {
    ReadResult read = READER.read(text);
    DesignDoc edited = edit.apply(read.document());
    String out = WRITER.rewrite(text, read, edited);
    assertEquals(edited, READER.read(out).document(), out);
    return out;
  }

  @Test
  void aStatusChangeChangesOnlyTheStatusValue() {
    String out = rewrite(DOC, d -> d.toBuilder().status(Status.APPROVED).build());
    assertEquals(List.of(List.of("Status: Draft"), List.of("Status: Approved")), diff(DOC, out));
    String bold = "# T\n\n- **Status:** **Draft**\n";
    assertEquals("# T\n\n- **Status:** **Approved**\n", rewrite(bold, d -> d.toBuilder().status("Approved").build()));
  }

  @Test
  void aNewFieldIsOneLineInTheStyleOfTheLast() {
    String out = rewrite(DOC, d -> d.toBuilder().version("2").metadata("Reviewers", "Grace").build());
    assertEquals(List.of(List.of(), List.of("Version: 2", "Reviewers: Grace")), diff(DOC, out));
    String bullets = "# T\n\n- **Author:** Ada\n\n## Overview\n\nO.\n";
    assertEquals("# T\n\n- **Author:** Ada\n- **Status:** Approved\n\n## Overview\n\nO.\n",
        rewrite(bullets, d -> d.toBuilder().status("Approved").build()));
  }

  @Test
  void anAddedOpenIssueIsOneLineAndATickedOneChangesOneLine() {
    String added = rewrite(DOC, d -> d.toBuilder().openIssue("Which region?").build());
    assertEquals(List.of(List.of(), List.of("- [ ] Which region?")), diff(DOC, added));
    String ticked = rewrite(DOC, d -> replace(d, OpenIssues.builder().addItem(OpenIssue.resolved("Which backoff?"))
        .addItem(OpenIssue.open("Which queue?")).build()));
    assertEquals(List.of(List.of("- [ ] Which backoff?"), List.of("- [x] Which backoff?")), diff(DOC, ticked));
  }

  @Test
  void anAddedRevisionIsOneRowAndARemovedPhaseTakesItsLine() {
    String out = rewrite(DOC, d -> d.toBuilder().revision("2024-02-01", "Grace", "Approved").build());
    assertEquals(List.of(List.of(), List.of("| 2024-02-01 | Grace | Approved |")), diff(DOC, out));
    String plan = "# T\n\n## Rollout Plan\n\n1. One\n2. Two\n3. Three\n\nNotes.\n";
    String removed = rewrite(plan, d -> replace(d, io.github.designdoc.RolloutPlan.builder().addItem("One")
        .addItem("Three").notes("Notes.").build()));
    assertEquals(List.of(List.of("2. Two"), List.of()), diff(plan, removed));
    String more = rewrite(plan, d -> replace(d, io.github.designdoc.RolloutPlan.builder().addItem("One")
        .addItem("Two").addItem("Three").addItem("Four").notes("Notes.").build()));
    assertEquals(List.of(List.of(), List.of("4. Four")), diff(plan, more));
  }

  @Test
  void aNewSectionIsAddedAndOtherSectionsKeepTheirBytes() {
    String out = rewrite(DOC, d -> d.toBuilder().section("Alternatives", "None considered.").build());
    List<List<String>> diff = diff(DOC, out);
    assertEquals(List.of(), diff.get(0));
    // the document's sections are H2s (its first, Summary, is a setext H2), so the new one is too
    assertEquals(List.of("## Alternatives", "", "None considered.", ""), diff.get(1), out);
    String removed = rewrite(DOC, d -> d.toBuilder().sections(d.sections().subList(0, 2)).build());
    assertTrue(DOC.startsWith(removed.strip()), removed);
  }

  static DesignDoc replace(DesignDoc doc, Section section) {
    List<Section> sections = new ArrayList<>(doc.sections());
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).kind() == section.kind()) {
        sections.set(i, section);
        return doc.toBuilder().sections(sections).build();
      }
    }
    throw new AssertionError(section.kind());
  }

  @Test
  void sourceMapRangesPointIntoTheTextAsGivenWithCrlfAndAByteOrderMark() {
    for (String text : List.of(DOC, "\uFEFF" + DOC.replace("\n", "\r\n"))) {
      ReadResult read = READER.read(text);
      TextRange title = read.sourceMap().range("/title").orElseThrow();
      assertEquals(1, title.line());
      assertTrue(text.substring(title.offset(), title.end()).startsWith("Payment Retries"));
      TextRange status = read.sourceMap().range("/status").orElseThrow();
      assertEquals(5, status.line());
      assertEquals("Status: Draft", text.substring(status.offset(), status.end()));
      TextRange issue = read.sourceMap().range("/sections/2/items/1").orElseThrow();
      assertEquals(20, issue.line());
      assertEquals(1, issue.column());
      assertEquals("- [ ] Which queue?", text.substring(issue.offset(), issue.end()));
      TextRange heading = read.sourceMap().range("/sections/1/heading").orElseThrow();
      assertEquals("# Security Considerations", text.substring(heading.offset(), heading.end()));
      TextRange row = read.sourceMap().range("/sections/3/items/0").orElseThrow();
      assertEquals("|2024-01-02|Ada|First draft|", text.substring(row.offset(), row.end()));
      assertEquals(List.of(Revision.builder().date("2024-01-02").author("Ada").changes("First draft").build()),
          read.document().sections(RevisionHistory.class).get(0).items());
    }
  }
}
