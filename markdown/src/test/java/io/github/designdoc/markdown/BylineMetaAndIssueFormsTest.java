package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metadata written outside a metadata block (a byline under the title, a {@code ## Meta} section, a list of
 * key items), and open issues written as subsections or paragraphs: what the reader takes, what it leaves,
 * and that an edit of each changes one line.
 */
class BylineMetaAndIssueFormsTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  private static final String BYLINE = "# Proposal: Faster Builds\n\nAda Lovelace \\\nGrace Hopper \\\nMarch 2024\n\n"
      + "Discussion at https://example.org/issue/1.\n\n## Overview\n\nBuilds get faster.\n";

  @Test
  void aWriterMarkerAfterAKeyListIsNoPartOfThePreambleSoTheDocumentCanBeWritten() {
    String text = "#### alpha\n* State: x\n* alpha\n<!-- designdoc:begin -->";
    DesignDoc doc = READER.read(text).document();
    assertEquals(java.util.Optional.of("* alpha"), doc.preamble());
    assertEquals(doc, READER.read(WRITER.write(doc)).document());
    assertEquals(text, WRITER.format(text, READER.read(text)), "format keeps the marker where it was");
  }

  @Test
  void aBylineUnderTheTitleNamesTheAuthorsAndTheDate() {
    DesignDoc doc = READER.read(BYLINE).document();
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), doc.authors());
    assertEquals("March 2024", doc.date().orElseThrow().text());
    assertEquals("Builds get faster.", doc.overview().orElseThrow());
    assertEquals(BYLINE, WRITER.rewrite(BYLINE, READER.read(BYLINE), doc), "an unedited rewrite gives the bytes back");
  }

  @Test
  void prosePartsUnderTheTitleAreNoByline() {
    String text = "# Faster Builds\n\nThis proposal is by the build team.\nIt lands in March 2024\n\n## Overview\n\nX.\n";
    DesignDoc doc = READER.read(text).document();
    assertEquals(List.of(), doc.authors());
    assertTrue(doc.date().isEmpty());
  }

  @Test
  void aStatusAddedUnderABylineOnlyAddsLines() {
    ReadResult read = READER.read(BYLINE);
    DesignDoc edited = read.document().toBuilder().status(Status.APPROVED).build();
    String out = WRITER.rewrite(BYLINE, read, edited);
    assertEquals(edited, READER.read(out).document());
    assertLinesOnlyAdded(BYLINE, out);
  }

  private static final String META = "# Packet Tracing\n\n## Meta\n**Team:** Datapath  \n"
      + "**Authors:** Ada Lovelace <ada@example.org>, Grace Hopper <grace@example.org>  \n"
      + "**Status:** Implementable\n\n## Summary\n\nTrace packets.\n";

  @Test
  void aMetaSectionGivesTheMetadataAndStaysASectionOfItsOwn() {
    DesignDoc doc = READER.read(META).document();
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), doc.authors());
    assertEquals("Implementable", doc.status().orElseThrow().text());
    assertEquals(List.of("Meta"), doc.customSections().stream().map(s -> s.title()).toList());
    assertEquals("Trace packets.", doc.overview().orElseThrow());
    assertEquals(META, WRITER.rewrite(META, READER.read(META), doc));
  }

  @Test
  void aStatusChangedInAMetaSectionChangesItsLine() {
    ReadResult read = READER.read(META);
    DesignDoc edited = read.document().toBuilder().status(Status.APPROVED).build();
    String out = WRITER.rewrite(META, read, edited);
    assertEquals(edited, READER.read(out).document());
    assertEquals(1, changedLines(META, out), out);
    assertTrue(out.contains("**Status:** Approved"), out);
  }

  @Test
  void aSectionNamedMetaThatOpensWithProseIsNoMetadata() {
    String text = "# Packet Tracing\n\n## Meta\n\nThe status of this work is experimental.\n\n## Summary\n\nX.\n";
    DesignDoc doc = READER.read(text).document();
    assertTrue(doc.status().isEmpty());
    assertEquals(List.of(), doc.authors());
  }

  @Test
  void aListOfKeyItemsUnderTheTitleIsMetadataUpToItsFirstOtherItem() {
    String text = "# Remote Secrets\n\n* **Owners:**\n  * Ada Lovelace (@ada)\n\n* **Implementation Status:** Not implemented\n\n"
        + "* See the tracking issue\n\n## Overview\n\nX.\n";
    DesignDoc doc = READER.read(text).document();
    assertEquals(List.of("Ada Lovelace"), doc.authors());
    assertEquals("Not implemented", doc.status().orElseThrow().text());
    assertTrue(doc.preamble().orElseThrow().contains("See the tracking issue"), "the rest of the list is kept");
    assertEquals(text, WRITER.rewrite(text, READER.read(text), doc));
  }

  private static final String SUBSECTIONS = "# Quotas\n\n## Open Questions\n\n### Should retries be capped?\n\n"
      + "We could cap them at three.\n\n### ~~Which region goes first?~~\n\nDecided: eu-west.\n\n"
      + "### [x] Who owns the alerts?\n\nSRE.\n\n## Revision History\n\n| Date | Author | Changes |\n"
      + "|------|--------|---------|\n| 2024-03-01 | Ada | Draft |\n";

  @Test
  void subsectionsUnderOpenQuestionsAreIssuesAndStruckOrCheckedOnesAreResolved() {
    DesignDoc doc = READER.read(SUBSECTIONS).document();
    List<OpenIssue> issues = doc.openIssues();
    assertEquals(3, issues.size(), issues.toString());
    assertTrue(issues.get(0).text().startsWith("Should retries be capped?"), issues.get(0).text());
    assertTrue(issues.get(0).text().contains("three"), "the body belongs to the issue");
    assertEquals(List.of(true, false, false), issues.stream().map(OpenIssue::isOpen).toList());
    assertEquals(SUBSECTIONS, WRITER.format(SUBSECTIONS, READER.read(SUBSECTIONS)), "format keeps the subsections");
  }

  @Test
  void resolvingASubsectionIssueChangesItsHeadingLine() {
    ReadResult read = READER.read(SUBSECTIONS);
    DesignDoc edited = withIssues(read.document(), issues -> issues.set(0, issues.get(0).withState(OpenIssue.State.RESOLVED)));
    String out = WRITER.rewrite(SUBSECTIONS, read, edited);
    assertEquals(edited, READER.read(out).document());
    assertEquals(1, changedLines(SUBSECTIONS, out), out);
  }

  @Test
  void anIssueAddedAmongSubsectionsIsASubsectionAndOnlyAddsLines() {
    ReadResult read = READER.read(SUBSECTIONS);
    DesignDoc edited = withIssues(read.document(), issues -> issues.add(OpenIssue.open("Do quotas reset monthly?")));
    String out = WRITER.rewrite(SUBSECTIONS, read, edited);
    assertEquals(edited, READER.read(out).document());
    assertTrue(out.contains("### Do quotas reset monthly?"), out);
    assertLinesOnlyAdded(SUBSECTIONS, out);
  }

  @Test
  void aSubsectionSayingNoneIsNoIssue() {
    DesignDoc doc = READER.read("# Q\n\n## Open Issues\n\n### None\n\nNothing is open.\n").document();
    assertEquals(List.of(), doc.openIssues());
  }

  @Test
  void paragraphsUnderOpenIssuesAreIssuesButPlaceholdersAndLeadInsAreNot() {
    DesignDoc doc = READER.read("# Q\n\n## Open Issues\n\nHow are quotas enforced?\n\nWhat happens on failover?\n")
        .document();
    assertEquals(List.of("How are quotas enforced?", "What happens on failover?"),
        doc.openIssues().stream().map(OpenIssue::text).toList());
    assertEquals(List.of(), READER.read("# Q\n\n## Open Issues\n\nTBD\n").document().openIssues());
    assertEquals(List.of(), READER.read("# Q\n\n## Open Issues\n\nThe following are open:\n").document().openIssues());
  }

  @Test
  void aChecklistInTheTestingSectionIsNoOpenIssue() {
    DesignDoc doc = READER.read("# Q\n\n## Testing Strategy\n\n- [ ] Unit tests\n- [x] Load test\n").document();
    assertEquals(List.of(), doc.openIssues());
    assertFalse(doc.hasSection(io.github.designdoc.SectionKind.OPEN_ISSUES));
  }

  private interface IssueEdit {
    void apply(List<OpenIssue> issues);
  }

  private static DesignDoc withIssues(DesignDoc doc, IssueEdit edit) {
    List<Section> sections = new ArrayList<>();
    for (Section s : doc.sections()) {
      if (s instanceof OpenIssues open) {
        List<OpenIssue> items = new ArrayList<>(open.items());
        edit.apply(items);
        sections.add(open.toBuilder().items(items).build());
      } else {
        sections.add(s);
      }
    }
    return doc.toBuilder().sections(sections).build();
  }

  /** The number of lines of {@code before} that {@code after} replaces, when it has as many lines. */
  private static int changedLines(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    assertEquals(a.length, b.length, "same number of lines:\n" + after);
    int changed = 0;
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        changed++;
      }
    }
    return changed;
  }

  /** Every line of {@code before} is in {@code after}, in order, and {@code after} has more. */
  private static void assertLinesOnlyAdded(String before, String after) {
    List<String> a = Arrays.asList(before.split("\n", -1));
    List<String> b = Arrays.asList(after.split("\n", -1));
    int j = 0;
    for (String line : a) {
      while (j < b.size() && !b.get(j).equals(line)) {
        j++;
      }
      assertTrue(j < b.size(), "line kept: " + line + "\n" + after);
      j++;
    }
    assertTrue(b.size() > a.size(), "lines added:\n" + after);
  }
}
