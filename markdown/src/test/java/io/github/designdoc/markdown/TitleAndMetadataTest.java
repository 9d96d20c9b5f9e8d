package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Status;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every title and metadata form the reader knows, each read, written and read back. */
class TitleAndMetadataTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  /** Reads, checks that the written document reads back equal and that format keeps the text. */
  static DesignDoc read(String markdown) {
    ReadResult result = READER.read(markdown);
    DesignDoc doc = result.document();
    assertEquals(doc, READER.read(WRITER.write(doc)).document(), () -> WRITER.write(doc));
    assertEquals(markdown, WRITER.rewrite(markdown, result, doc));
    String formatted = WRITER.format(markdown, result);
    assertEquals(doc, READER.read(formatted).document());
    return doc;
  }

  static List<SectionKind> kinds(DesignDoc doc) {
    return doc.sections().stream().map(Section::kind).collect(Collectors.toList());
  }

  static boolean has(ReadResult result, String code) {
    return result.diagnostics().stream().anyMatch(d -> d.code().equals(code));
  }

  @Test
  void theTemplatesPairNamesTheTitle() {
    DesignDoc doc = read("# Design Document\n\n## For Payment Retries\n\n## Overview\n\nText.\n");
    assertEquals("Payment Retries", doc.title());
    assertEquals(List.of(SectionKind.OVERVIEW), kinds(doc));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Summary", "Abstract", "TL;DR", "Overview", "Goals", "Motivation", "Background",
      "Introduction", "Open Questions", "Test Plan"})
  void aFirstHeadingThatNamesASectionIsASectionAndTheFrontMatterNamesTheTitle(String heading) {
    String text = "---\ntitle: \"Payment Retries\"\n---\n\n## " + heading + "\n\nThe summary text.\n\n## Design\n\nD.\n";
    DesignDoc doc = read(text);
    assertEquals("Payment Retries", doc.title());
    assertEquals(2, doc.sections().size());
    assertEquals(heading, doc.sections().get(0).title());
    assertEquals(Optional.empty(), doc.preamble());
  }

  @Test
  void withoutFrontMatterAFirstSectionHeadingLeavesTheDocumentUntitled() {
    ReadResult result = READER.read("## Summary\n\nShort.\n\n## Design\n\nD.\n");
    assertEquals("Untitled", result.document().title());
    assertTrue(has(result, "MD005"));
    assertEquals(Optional.of("Short."), result.document().overview());
    assertEquals(1, result.sourceMap().range("/title").orElseThrow().line());
  }

  @Test
  void severalH1sThatAllNameSectionsAreSections() {
    DesignDoc doc = read("# Summary\n\nS.\n\n# Motivation\n\nM.\n\n# Detailed design\n\nD.\n");
    assertEquals("Untitled", doc.title());
    assertEquals(List.of(SectionKind.OVERVIEW, SectionKind.CUSTOM, SectionKind.CUSTOM), kinds(doc));
  }

  @Test
  void aSingleH1IsTheTitleWithItsInlineMarkdownAndALinkIsItsText() {
    assertEquals("The *fast* path", read("# The *fast* path\n\n## Overview\n\nO.\n").title());
    assertEquals("Fast Builds", read("# [Fast Builds](https://example.com/rfc)\n\n## Overview\n\nO.\n").title());
    assertEquals("Setext Title", read("Setext Title\n============\n\nOverview\n--------\n\nO.\n").title());
  }

  @Test
  void theBodyTitleWinsOverTheFrontMatter() {
    DesignDoc doc = read("---\ntitle: Other\nstatus: Draft\n---\n# Body Title\n\n- Status: Approved\n");
    assertEquals("Body Title", doc.title());
    assertEquals(Optional.of(Status.APPROVED), doc.status());
    assertEquals(Optional.of("title: Other\nstatus: Draft"), doc.frontMatter());
  }

  @Test
  void metadataBeforeTheFirstHeadingIsRead() {
    DesignDoc doc = read("- Feature Name: Session Login\n- Status: In Progress\n- Start Date: 2017-07-11\n"
        + "- Authors: Matt Tracy\n- RFC PR: #16829\n\n# Summary\n\nS.\n");
    assertEquals("Session Login", doc.title());
    assertEquals(Optional.of(Status.of("In Progress")), doc.status());
    assertEquals("2017-07-11", doc.date().orElseThrow().text());
    assertEquals(List.of("Matt Tracy"), doc.authors());
    assertEquals(List.of(MetadataEntry.of("Feature Name", "Session Login"), MetadataEntry.of("RFC PR", "#16829")),
        doc.otherMetadata());
    assertEquals(List.of(SectionKind.OVERVIEW), kinds(doc));
  }

  @Test
  void keysMatchIgnoringCaseAndValuesLoseTheirBold() {
    DesignDoc doc = read("# T\n\nstatus: **Approved**\nVERSION: 2\nauthor: **Ada**\n");
    assertEquals(Optional.of(Status.APPROVED), doc.status());
    assertEquals(Optional.of("2"), doc.version());
    assertEquals(List.of("Ada"), doc.authors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Author", "Authors", "Author(s)", "Owner", "Owners", "Owner(s)", "authors"})
  void authorKeysSplitOnCommasAndSemicolonsAndAnd(String key) {
    DesignDoc doc = read("# T\n\n- **" + key + ":** Ada Lovelace, Grace Hopper; Alan Turing\n");
    assertEquals(List.of("Ada Lovelace", "Grace Hopper", "Alan Turing"), doc.authors());
    assertEquals(List.of(), doc.otherMetadata());
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), read("# T\n\n" + key + ": Ada Lovelace and Grace Hopper\n")
        .authors());
    // where commas or semicolons separate, "and" is part of a name; an entity's semicolon never separates
    assertEquals(List.of("Simon and Garfunkel", "Tom &amp; Jerry"),
        read("# T\n\n" + key + ": Simon and Garfunkel, Tom &amp; Jerry\n").authors());
  }

  @Test
  void frontMatterIsParsedAsYaml() {
    DesignDoc doc = read("---\ntitle: Retries # the title\nauthors: [Ada, Grace]\nstatus: draft # for now\n"
        + "version: 1.10\ncreation-date: 2021-05-13\n---\n\nText.\n");
    assertEquals("Retries", doc.title());
    assertEquals(List.of("Ada", "Grace"), doc.authors());
    assertEquals(Optional.of(Status.of("draft")), doc.status());
    assertEquals(Optional.of("1.10"), doc.version());
    assertEquals("2021-05-13", doc.date().orElseThrow().text());
    assertEquals(Optional.of("title: Retries # the title\nauthors: [Ada, Grace]\nstatus: draft # for now\n"
        + "version: 1.10\ncreation-date: 2021-05-13"), doc.frontMatter());
    assertEquals("2021-05-13", read("---\ncreated: 2021-05-13\nauthor: Ada and Grace\n---\n# T\n").date()
        .orElseThrow().text());
    assertEquals(List.of("Ada", "Grace"), read("---\nauthor: Ada and Grace\n---\n# T\n").authors());
    assertEquals("2020-01-01", read("---\ndate: 2020-01-01\n---\n# T\n").date().orElseThrow().text());
  }

  @Test
  void frontMatterThatIsNotYamlIsKeptWithAWarning() {
    ReadResult result = READER.read("---\ntitle: [unclosed\n---\n# T\n");
    assertTrue(has(result, "MD015"));
    assertEquals(Optional.of("title: [unclosed"), result.document().frontMatter());
    assertEquals("T", result.document().title());
    read("---\ntitle: [unclosed\n---\n# T\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"None.", "N/A", "No open issues", "None yet", "none"})
  void anItemSayingThereAreNoneIsNotAnIssue(String none) {
    DesignDoc doc = read("# T\n\n## Open Issues\n\n- " + none + "\n");
    assertEquals(List.of(), doc.openIssues());
    assertEquals(Optional.of("- " + none), doc.sections(OpenIssues.class).get(0).intro());
  }

  @Test
  void plainAndNumberedItemsAreOpenIssues() {
    assertEquals(List.of(OpenIssue.open("A"), OpenIssue.open("B")),
        read("# T\n\n## Open Issues\n\n1. A\n2. B\n").openIssues());
    assertEquals(List.of(OpenIssue.open("A"), OpenIssue.resolved("B")),
        read("# T\n\n## Open Issues\n\n* A\n* [x] B\n").openIssues());
  }
}
