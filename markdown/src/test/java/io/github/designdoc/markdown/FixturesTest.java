package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Revision;
import io.github.designdoc.SectionKind;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.DataModels;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import io.github.designdoc.TestingEntry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Small documents in {@code docs/}, one per tricky feature, with the parts they must give. */
class FixturesTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  static DesignDoc read(String name) throws IOException {
    ReadResult result = READER.read(TemplateTest.resource("docs/" + name));
    assertFalse(result.hasErrors(), () -> name + ": " + result.diagnostics());
    return result.document();
  }

  static String heading(DesignDoc doc, SectionKind kind) {
    return doc.section(kind).flatMap(Section::heading).orElse(kind.title());
  }

  @ParameterizedTest
  @ValueSource(strings = {"aliases.md", "setext.md", "front-matter.md", "plain-metadata.md", "tables.md",
      "lists.md", "html-comments.md", "references.md", "whitespace.md", "no-h1.md", "several-h1.md",
      "out-of-order.md", "api.md", "skipped-levels.md"})
  void writesAFixedPointWithoutLosingWords(String name) throws IOException {
    String source = TemplateTest.resource("docs/" + name);
    DesignDoc doc = read(name);
    String written = WRITER.write(doc);
    assertEquals(doc, READER.read(written).document(), written);
    assertEquals(written, WRITER.write(READER.read(written).document()));
    String formatted = WRITER.format(source, READER.read(source));
    assertEquals(doc, READER.read(formatted).document(), formatted);
    assertEquals(formatted, WRITER.format(formatted, READER.read(formatted)));
    assertEquals(Map.of(), Words.lost(source, formatted), formatted);
    assertEquals(source, WRITER.rewrite(source, READER.read(source), doc));
  }

  @Test
  void headingAliasesNameKnownSections() throws IOException {
    DesignDoc doc = read("aliases.md");
    assertEquals("Alias Headings", doc.title());
    assertEquals(Optional.of("2.0"), doc.version());
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), doc.authors());
    assertEquals(Optional.of("Short summary."), doc.overview());
    assertEquals("Summary", heading(doc, SectionKind.OVERVIEW));
    assertEquals(List.of(CustomSection.of("Motivation", "Why we build it.")), doc.customSections());
    assertEquals(List.of(SectionKind.OVERVIEW, SectionKind.CUSTOM, SectionKind.TESTING_STRATEGY,
        SectionKind.OPEN_ISSUES, SectionKind.REVISION_HISTORY), kinds(doc));
    assertEquals(List.of(TestingEntry.of("Unit tests", "parser edge cases")), doc.testingStrategy());
    assertEquals("Test Plan", heading(doc, SectionKind.TESTING_STRATEGY));
    assertEquals(List.of(OpenIssue.open("Which cache?"), OpenIssue.resolved("Which database?")), doc.openIssues());
    assertEquals("Open Questions:", heading(doc, SectionKind.OPEN_ISSUES));
    assertEquals(List.of(Revision.builder().date("2024-01-02").author("Ada").changes("First draft").build()),
        doc.revisions());
    assertEquals("Implementation History", heading(doc, SectionKind.REVISION_HISTORY));
  }

  @Test
  void configuredAliasesWin() {
    MarkdownReader reader = MarkdownReader.builder().alias("motivation:", SectionKind.OVERVIEW).build();
    DesignDoc doc = reader.read("# T\n\n## Motivation\n\nWhy.\n").document();
    assertEquals(Optional.of("Why."), doc.overview());
    assertEquals("Motivation", heading(doc, SectionKind.OVERVIEW));
    assertTrue(READER.read("# T\n\n## Motivation\n\nWhy.\n").document().overview().isEmpty());
  }

  @Test
  void setextHeadingsAndPlainKeyValueLines() throws IOException {
    DesignDoc doc = read("setext.md");
    assertEquals("Setext Title", doc.title());
    assertEquals(List.of("Jane Doe"), doc.authors());
    assertEquals(Optional.of(Status.IN_REVIEW), doc.status());
    assertEquals(Optional.of("Setext overview text."), doc.overview());
    assertEquals(List.of(), doc.openIssues());
    assertEquals(Optional.of("- None."), doc.sections(OpenIssues.class).get(0).intro());
  }

  @Test
  void frontMatterIsKeptAndFillsWhatTheBodyLeavesEmpty() throws IOException {
    DesignDoc doc = read("front-matter.md");
    assertEquals(Optional.of("title: Argo CD Extensions\nauthors:\n  - \"@alice\"\n  - \"@bob\"\n"
        + "status: implementable\ncreation-date: 2021-05-13"), doc.frontMatter());
    assertEquals("Argo CD Extensions", doc.title());
    assertEquals(List.of("alice", "bob"), doc.authors()); // a handle names the person
    assertEquals(Optional.of(Status.of("implementable")), doc.status());
    assertEquals(Optional.of("Extensions for the UI."), doc.overview());
  }

  @Test
  void frontMatterTitleWhenNoHeading() {
    ReadResult result = READER.read("---\ntitle: Only Front Matter\n---\nSome text.\n");
    assertEquals("Only Front Matter", result.document().title());
    assertEquals(Optional.of("Some text."), result.document().preamble());
  }

  @Test
  void plainKeyValueBulletsKeepUnknownKeys() throws IOException {
    DesignDoc doc = read("plain-metadata.md");
    // the handle in parentheses is the same person; State is the status
    assertEquals(List.of("Samantha Coyle"), doc.authors());
    assertEquals(Optional.of(Status.of("Ready for Implementation")), doc.status());
    assertEquals(List.of(), doc.otherMetadata());
    assertEquals(Optional.of("1.2"), doc.version());
  }

  @Test
  void tablesWithEscapedPipesBreaksEmojiAndEmptyHeaders() throws IOException {
    DesignDoc doc = read("tables.md");
    assertEquals(1, doc.dataModels().size());
    assertEquals(Optional.of("Session"), doc.dataModels().get(0).name());
    assertEquals(List.of(DataField.of("id", "string | null", "Unique<br>identifier 🔑"), DataField.of("", "", "")),
        doc.dataModels().get(0).fields());
    // Markdown after a model's table, under its heading, is the model's notes
    assertEquals(Optional.of("| | |\n|---|---|\n| a | b |"), doc.dataModels().get(0).notes());
    assertEquals(Optional.empty(), doc.sections(DataModels.class).get(0).notes());
    assertEquals(List.of(Revision.builder().date("2024-02-30").author("Ada | Grace")
        .changes("Split `a|b`<br>and more").build()), doc.revisions());
    assertFalse(doc.revisions().get(0).date().get().isParsed());
  }

  @Test
  void plusBulletsRepeatedNumbersNestedFencesAndHtmlInItems() throws IOException {
    DesignDoc doc = read("lists.md");
    assertEquals(List.of("Input validation", "Rate limits\nwith a second line"), doc.securityConsiderations());
    assertEquals(List.of("Internal", "Beta", "GA"), doc.rolloutPhases());
    assertEquals(Optional.of("Notes after phases."), doc.sections(RolloutPlan.class).get(0).notes());
    assertEquals("Login", doc.requestFlows().get(0).name());
    assertEquals(List.of("User submits:\n\n```json\n{\"user\": \"ada\"}\n```",
        "Server answers\n\n<div>\nHTML in a step\n</div>"), doc.requestFlows().get(0).steps());
    assertEquals(List.of(OpenIssue.open("Loose item one"), OpenIssue.open("Loose item two")), doc.openIssues());
  }

  @Test
  void htmlCommentsAndTocMarkersAreKept() throws IOException {
    DesignDoc doc = read("html-comments.md");
    assertEquals(Optional.of("<!-- toc -->\n- [Overview](#overview)\n- [Open Issues](#open-issues)\n<!-- /toc -->"),
        doc.preamble());
    assertEquals(Optional.of("<!-- a comment the author left -->\nOverview text."), doc.overview());
  }

  @Test
  void referenceLinksDefinitionsAndFootnotesStayTogether() throws IOException {
    DesignDoc doc = read("references.md");
    assertEquals(Optional.of("See the [spec][spec] and the footnote[^1].\n\n"
        + "[spec]: https://example.com/spec \"Spec\"\n[^1]: The footnote text."), doc.overview());
  }

  @Test
  void hardBreaksTabsTrailingSpacesAndNoFinalNewline() throws IOException {
    String source = TemplateTest.resource("docs/whitespace.md");
    assertFalse(source.endsWith("\n"));
    DesignDoc doc = read("whitespace.md");
    assertEquals(Optional.of("Line one  \nLine two\\\nLine three\twith a tab"), doc.overview());
    assertEquals(List.of("Tabbed bullet", "Last item"), doc.performanceConsiderations());
  }

  @Test
  void withoutAnH1TheFirstHeadingIsTheTitle() throws IOException {
    DesignDoc doc = read("no-h1.md");
    assertEquals("Proposal: Faster Builds", doc.title());
    assertEquals(Optional.of("Intro paragraph."), doc.preamble());
    assertEquals(List.of(CustomSection.of("Goals", "- Fast")), doc.customSections());
    assertEquals(List.of(OpenIssue.open("How fast?")), doc.openIssues());
  }

  @Test
  void headingLevelsThatSkipStillStartSections() throws IOException {
    DesignDoc doc = read("skipped-levels.md");
    assertEquals("Skipping Levels", doc.title());
    assertEquals(Optional.of("Preamble text."), doc.preamble());
    assertEquals(Optional.of("Text under a level-three heading.\n\n##### Detail\n\nDeeper heading inside the overview."),
        doc.overview());
    assertEquals(List.of(OpenIssue.open("Question?")), doc.openIssues());
  }

  @Test
  void furtherH1sStartSections() throws IOException {
    DesignDoc doc = read("several-h1.md");
    assertEquals("First Title", doc.title());
    assertEquals(Optional.of("Intro."), doc.preamble());
    assertEquals(Optional.of("Overview under an H1."), doc.overview());
    assertEquals(List.of(CustomSection.of("Appendix", "More.")), doc.customSections());
  }

  @Test
  void sectionsOutOfOrderAreReadAndWrittenInTheirOrder() throws IOException {
    DesignDoc doc = read("out-of-order.md");
    assertEquals(List.of(OpenIssue.open("First")), doc.openIssues());
    assertEquals(Optional.of("Later overview."), doc.overview());
    assertEquals(List.of(SectionKind.OPEN_ISSUES, SectionKind.OVERVIEW, SectionKind.CUSTOM), kinds(doc));
    String written = WRITER.write(doc);
    assertTrue(written.indexOf("## Open Issues") < written.indexOf("## Overview")
        && written.indexOf("## Overview") < written.indexOf("## Notes"), written);
    String source = TemplateTest.resource("docs/out-of-order.md");
    assertEquals(source, WRITER.format(source, READER.read(source)));
  }

  @Test
  void aRepeatedKnownSectionIsTypedEachTime() {
    DesignDoc doc = READER.read("# T\n\n## Open Issues\n\n- [ ] A\n\n## Notes\n\nN.\n\n## Open Questions\n\n- [x] B\n")
        .document();
    assertEquals(List.of(SectionKind.OPEN_ISSUES, SectionKind.CUSTOM, SectionKind.OPEN_ISSUES), kinds(doc));
    assertEquals(List.of(OpenIssue.open("A"), OpenIssue.resolved("B")), doc.openIssues());
    assertEquals(doc, READER.read(WRITER.write(doc)).document());
  }

  static List<SectionKind> kinds(DesignDoc doc) {
    return doc.sections().stream().map(Section::kind).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void httpContractsAndNestedFences() throws IOException {
    DesignDoc doc = read("api.md");
    assertEquals(Optional.of("Intro text."), doc.sections(ApiContracts.class).get(0).intro());
    assertEquals(List.of(
        HttpContract.builder().title("Create session").description("Creates a session.").method("POST")
            .path("/api/sessions").addHeader(HttpHeader.of("Authorization", "Bearer <token>"))
            .addResponse(HttpResponse.of("201", "Created")).build(),
        CodeContract.builder().code(CodeBlock.of("markdown", "```\nnested fence\n```")).build()),
        doc.apiContracts());
  }
}
