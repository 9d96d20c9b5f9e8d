package io.github.designdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static DesignDoc.Builder minimal() {
    return DesignDoc.builder().title("Feature");
  }

  @Test
  void builderReadsLikeTheDocument() {
    DesignDoc doc = DesignDoc.builder()
        .title("Session Login")
        .version("0.1")
        .author("Ada Lovelace")
        .author("Grace Hopper")
        .date(LocalDate.of(2026, 3, 1))
        .status(Status.DRAFT)
        .metadata("Reviewers", "Alan Turing")
        .overview("Adds password login.")
        .component(c -> c.name("Auth Service").owner("Go/Identity").detail("Issues cookies"))
        .flow(f -> f.name("Login").step("Submit").step("Set cookie"))
        .httpContract(h -> h.method("POST").path("/api/login").header("Content-Type", "application/json")
            .response("200", "OK"))
        .codeContract(c -> c.title("Event").code("json", "{\"type\": \"login\"}"))
        .dataModel(m -> m.name("Session").field("id", "string", "Unique identifier"))
        .security("Passwords hashed with Argon2")
        .performance("Login under 200 ms")
        .testing("Unit tests", "Hashing")
        .phase("Phase 1: flag-gated")
        .openIssue("Rate limits?")
        .resolvedIssue("Cookie name")
        .revision("2026-03-01", "Ada Lovelace", "Initial draft")
        .section("Alternatives", "OAuth only.")
        .sectionText(SectionKind.ROLLOUT_PLAN, t -> t.notes("Behind `login.v2`."))
        .build();

    assertEquals("Session Login", doc.title());
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), doc.authors());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), doc.date().flatMap(DocDate::value));
    assertEquals(MetadataEntry.of("Reviewers", "Alan Turing"), doc.otherMetadata().get(0));
    assertEquals("Go/Identity", doc.components().get(0).owner().orElseThrow());
    assertEquals(List.of("Submit", "Set cookie"), doc.requestFlows().get(0).steps());
    HttpContract http = (HttpContract) doc.apiContracts().get(0);
    assertEquals("POST", http.method());
    assertEquals(HttpHeader.of("Content-Type", "application/json"), http.headers().get(0));
    CodeContract code = (CodeContract) doc.apiContracts().get(1);
    assertEquals(Optional.of("json"), code.code().language());
    assertEquals(DataField.of("id", "string", "Unique identifier"), doc.dataModels().get(0).fields().get(0));
    assertEquals(List.of(OpenIssue.open("Rate limits?"), OpenIssue.resolved("Cookie name")), doc.openIssues());
    assertEquals(Optional.of("Behind `login.v2`."), doc.rolloutNotes());
    assertEquals(SectionKind.OPEN_ISSUES, doc.customSections().get(0).after());
    assertEquals("2026-03-01", doc.revisions().get(0).date().orElseThrow().text());
  }

  @Test
  void toBuilderEdits() {
    DesignDoc draft = minimal().status(Status.DRAFT).openIssue("A").build();
    DesignDoc approved = draft.toBuilder().status(Status.APPROVED).build();
    assertEquals(Optional.of(Status.APPROVED), approved.status());
    assertEquals(draft.openIssues(), approved.openIssues());
    assertEquals(draft, approved.toBuilder().status(Status.DRAFT).build());
  }

  @Test
  void singleLineFieldsAreStrippedAndRejectLineBreaks() {
    assertEquals("Feature", DesignDoc.builder().title("  Feature \t\n").build().title());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DesignDoc.builder().title("Two\nlines").build());
    assertTrue(e.getMessage().startsWith("title must be a single line"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> minimal().component(c -> c.name("A\r\nB")).build());
    assertTrue(e.getMessage().contains("component name"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> minimal().author("x\ry").build());
    assertTrue(e.getMessage().contains("authors[0]"), e.getMessage());
  }

  @Test
  void blankRequiredFieldsAreRejectedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DesignDoc.builder().title(" \t ").build());
    assertEquals("title must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> minimal().flow(f -> f.name("")).build());
    assertEquals("request flow name must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CustomSection.of(" ", "body"));
    assertEquals("section heading must not be blank", e.getMessage());
  }

  @Test
  void blankOptionalFieldsBecomeEmpty() {
    DesignDoc doc = minimal().version("  ").overview("\n \n").build();
    assertEquals(Optional.empty(), doc.version());
    assertEquals(Optional.empty(), doc.overview());
    Component c = Component.builder().name("A").owner(" ").build();
    assertEquals(Optional.empty(), c.owner());
  }

  @Test
  void markdownIsNormalized() {
    DesignDoc doc = minimal().overview("\r\n  \n  indented first\r\nsecond  \r\rthird\n\n\t ").build();
    assertEquals("  indented first\nsecond  \n\nthird", doc.overview().orElseThrow());
  }

  @Test
  void codeKeepsLeadingBlanksAndDropsTrailingLineBreaks() {
    assertEquals("\n  a\n b", CodeBlock.of("\r\n  a\r\n b\n\n").content());
    assertEquals("x  ", CodeBlock.of("x  \n").content());
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DesignDoc.builder().title(null));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().author(null));
    assertTrue(e.getMessage().contains("author"), e.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> DesignDoc.builder().build());
    assertTrue(missing.getMessage().contains("[title]"), missing.getMessage());
    e = assertThrows(NullPointerException.class, () -> DocDate.of((LocalDate) null));
    assertEquals("date must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().component(null));
    assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
  }

  @Test
  void collectionsAreImmutable() {
    DesignDoc doc = minimal().author("A").openIssue("x").build();
    assertThrows(UnsupportedOperationException.class, () -> doc.authors().add("B"));
    assertThrows(UnsupportedOperationException.class, () -> doc.openIssues().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> doc.sectionTexts().put(SectionKind.OVERVIEW, SectionText.builder().build()));
  }

  @Test
  void statusKeepsCustomTextVerbatim() {
    assertEquals(Status.DRAFT, Status.of("Draft"));
    assertEquals(Status.Kind.IN_REVIEW, Status.of("in review").kind());
    assertFalse(Status.of("in review").equals(Status.IN_REVIEW));
    Status custom = Status.of("Draft | In Review | Approved");
    assertEquals(Status.Kind.OTHER, custom.kind());
    assertEquals("Draft | In Review | Approved", custom.text());
    assertEquals(Optional.empty(), Status.of("Superseded").knownKind());
    assertThrows(IllegalArgumentException.class, () -> Status.of(""));
  }

  @Test
  void datesKeepVerbatimText() {
    assertEquals(Optional.of(LocalDate.of(2025, 12, 28)), DocDate.of("2025-12-28").value());
    assertEquals(DocDate.of(LocalDate.of(2025, 12, 28)), DocDate.of("2025-12-28"));
    for (String verbatim : List.of("<date>", "March 2024", "2024-02-30", "2024-1-5")) {
      DocDate date = DocDate.of(verbatim);
      assertEquals(verbatim, date.text());
      assertEquals(Optional.empty(), date.value(), verbatim);
    }
    assertTrue(DocDate.of("2024-01-01").compareTo(DocDate.of("2025-01-01")) < 0);
    assertTrue(DocDate.of("2024-01-01").compareTo(DocDate.of("TBD")) < 0);
  }

  @Test
  void sectionPresence() {
    DesignDoc doc = minimal().sectionText(SectionKind.OPEN_ISSUES, t -> t.intro("None yet.")).build();
    assertTrue(doc.hasSection(SectionKind.OPEN_ISSUES));
    assertFalse(doc.hasSection(SectionKind.COMPONENTS));
    assertFalse(doc.hasSection(SectionKind.METADATA));
    assertTrue(minimal().status("Draft").build().hasSection(SectionKind.METADATA));
  }

  @Test
  void templateHoldsEveryPartOfTheTemplate() {
    DesignDoc t = DesignDoc.template();
    assertEquals("<Feature Name>", t.title());
    assertEquals("Draft | In Review | Approved", t.status().orElseThrow().text());
    assertEquals("<date>", t.date().orElseThrow().text());
    for (SectionKind kind : SectionKind.values()) {
      assertTrue(t.hasSection(kind), kind.name());
    }
    assertEquals(2, t.components().size());
    assertEquals(List.of("User/system initiates action", "Component A processes request",
        "Component B responds", "Result returned to user"), t.requestFlows().get(0).steps());
    HttpContract http = (HttpContract) t.apiContracts().get(0);
    assertEquals("METHOD", http.method());
    assertEquals(Optional.of("field: type"), http.body());
    assertEquals(3, t.openIssues().size());
    assertEquals("Initial draft", t.revisions().get(0).changes());
    assertEquals(Optional.empty(), t.revisions().get(0).date());
  }

  @Test
  void diagnosticsSayWhere() {
    Diagnostic d = Diagnostic.error("MD012", "table row has 4 cells, header has 3", Location.at(14, 3));
    assertEquals("line 14, column 3: error MD012 table row has 4 cells, header has 3", d.toString());
    assertEquals("/components/0: warning x y",
        Diagnostic.warning("x", "y", Location.pointer("/components/0")).toString());
    assertEquals("line 2, column 5 (/title)", Location.of("/title", 2, 5).toString());
    assertThrows(IllegalArgumentException.class, () -> Location.at(-1, 0));
  }

  @Test
  void readResultThrowsOnErrors() {
    DesignDoc doc = minimal().build();
    Diagnostic info = Diagnostic.info("MD100", "kept as Markdown", Location.at(3, 1));
    assertEquals(doc, ReadResult.of(doc, List.of(info)).orThrow());
    Diagnostic error = Diagnostic.error("MD001", "bad", Location.at(1, 1));
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> ReadResult.of(doc, List.of(info, error)).orThrow());
    assertEquals(List.of(info, error), e.diagnostics());
    assertEquals(List.of(error), e.errors());
    assertEquals("line 1, column 1: error MD001 bad", e.getMessage());
  }
}
