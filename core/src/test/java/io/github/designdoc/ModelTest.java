package io.github.designdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static DesignDoc.Builder minimal() {
    return DesignDoc.builder().title("Feature");
  }

  private static List<SectionKind> kinds(DesignDoc doc) {
    return doc.sections().stream().map(Section::kind).collect(Collectors.toList());
  }

  private static Component component(String name) {
    return Component.builder().name(name).build();
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
        .requestFlow(f -> f.name("Login").step("Submit").step("Set cookie"))
        .httpContract(h -> h.method("POST").path("/api/login").header("Content-Type", "application/json")
            .response("200", "OK"))
        .codeContract(c -> c.title("Event").code("json", "{\"type\": \"login\"}"))
        .dataModel(m -> m.name("Session").field("id", "string", "Unique identifier"))
        .securityConsideration("Passwords hashed with Argon2")
        .performanceConsideration("Login under 200 ms")
        .testingEntry("Unit tests", "Hashing")
        .rolloutPhase("Phase 1: flag-gated")
        .openIssue("Rate limits?")
        .openIssue(OpenIssue.resolved("Cookie name"))
        .revision("2026-03-01", "Ada Lovelace", "Initial draft")
        .section("Alternatives", "OAuth only.")
        .build();

    assertEquals("Session Login", doc.title());
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), doc.authors());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), doc.date().flatMap(DocDate::value));
    assertEquals(MetadataEntry.of("Reviewers", "Alan Turing"), doc.otherMetadata().get(0));
    assertEquals(Optional.of("Adds password login."), doc.overview());
    assertEquals("Go/Identity", doc.components().get(0).owner().orElseThrow());
    assertEquals(List.of("Submit", "Set cookie"), doc.requestFlows().get(0).steps());
    HttpContract http = (HttpContract) doc.apiContracts().get(0);
    assertEquals("POST", http.method());
    assertEquals(HttpHeader.of("Content-Type", "application/json"), http.headers().get(0));
    CodeContract code = (CodeContract) doc.apiContracts().get(1);
    assertEquals(Optional.of("json"), code.code().language());
    assertEquals(DataField.of("id", "string", "Unique identifier"), doc.dataModels().get(0).fields().get(0));
    assertEquals(List.of("Passwords hashed with Argon2"), doc.securityConsiderations());
    assertEquals(List.of("Login under 200 ms"), doc.performanceConsiderations());
    assertEquals(List.of(TestingEntry.of("Unit tests", "Hashing")), doc.testingStrategy());
    assertEquals(List.of("Phase 1: flag-gated"), doc.rolloutPhases());
    assertEquals(List.of(OpenIssue.open("Rate limits?"), OpenIssue.resolved("Cookie name")), doc.openIssues());
    assertEquals("2026-03-01", doc.revisions().get(0).date().orElseThrow().text());
    assertEquals(List.of(CustomSection.of("Alternatives", "OAuth only.")), doc.customSections());
    // One section per kind, in the template's order, the custom section where it was added.
    assertEquals(List.of(SectionKind.values()), kinds(doc));
    assertTrue(doc.sections().stream().allMatch(s -> s.heading().isEmpty() || s instanceof CustomSection));
  }

  @Test
  void verbsCalledOutOfOrderStillBuildTheTemplateOrder() {
    DesignDoc doc = minimal()
        .revision("2026-01-01", "Ada", "Initial")
        .openIssue("Which cache?")
        .component(c -> c.name("Gateway"))
        .overview("Why.")
        .rolloutPhase("Phase 1")
        .requestFlow(f -> f.name("Login").step("Submit"))
        .component(c -> c.name("Store"))
        .build();
    assertEquals(List.of(SectionKind.OVERVIEW, SectionKind.COMPONENTS, SectionKind.REQUEST_FLOWS,
        SectionKind.ROLLOUT_PLAN, SectionKind.OPEN_ISSUES, SectionKind.REVISION_HISTORY), kinds(doc));
    assertEquals(List.of(component("Gateway"), component("Store")), doc.components());
    assertEquals(1, doc.sections(Components.class).size());
  }

  @Test
  void aVerbCreatesItsSectionAtItsTemplatePosition() {
    // After an overview and a custom section: nothing later in the template, so at the end.
    DesignDoc goals = minimal().overview("Why.").section("Goals", "Fast.").component(c -> c.name("A")).build();
    assertEquals(List.of(SectionKind.OVERVIEW, SectionKind.CUSTOM, SectionKind.COMPONENTS), kinds(goals));
    assertEquals("Goals", goals.sections().get(1).title());

    // On a document with a revision history, the open issues go before it.
    DesignDoc withHistory = minimal().overview("Why.").section("Appendix", "More.")
        .revision("2026-01-01", "Ada", "Initial").build();
    DesignDoc edited = withHistory.toBuilder().openIssue("Open?").build();
    assertEquals(List.of(SectionKind.OVERVIEW, SectionKind.CUSTOM, SectionKind.OPEN_ISSUES,
        SectionKind.REVISION_HISTORY), kinds(edited));
    assertEquals(List.of(OpenIssue.open("Open?")), edited.openIssues());

    // The overview is created before the first later template part, not at the end.
    DesignDoc late = minimal().section("Preface", "x").component(c -> c.name("A")).overview("Why.").build();
    assertEquals(List.of(SectionKind.CUSTOM, SectionKind.OVERVIEW, SectionKind.COMPONENTS), kinds(late));
  }

  @Test
  void toBuilderEditsKeepTheSectionOrder() {
    List<Section> authorsOrder = List.of(
        RevisionHistory.of(List.of(Revision.builder().changes("Initial").build())),
        CustomSection.of("Goals", "Be fast."),
        Components.builder().heading("Moving Parts").addItem(component("Gateway")).build(),
        Overview.builder().heading("Summary").text("Old.").build(),
        ApiContracts.builder().notes("See the proto files.").build());
    DesignDoc read = minimal().sections(authorsOrder).build();
    assertEquals(authorsOrder, read.sections());
    assertEquals(read, read.toBuilder().build());

    DesignDoc edited = read.toBuilder()
        .status(Status.APPROVED)
        .component(c -> c.name("Store"))
        .overview("New.")
        .httpContract(h -> h.method("GET").path("/x"))
        .securityConsideration("TLS only")
        .build();
    // Edits land in the existing sections; a new one goes before the first section later in the
    // template's order, here the revision history that the author put first.
    assertEquals(List.of(SectionKind.SECURITY_CONSIDERATIONS, SectionKind.REVISION_HISTORY, SectionKind.CUSTOM,
        SectionKind.COMPONENTS, SectionKind.OVERVIEW, SectionKind.API_CONTRACTS), kinds(edited));
    edited = edited.toBuilder().sections(edited.sections().subList(1, edited.sections().size())).build();
    Components components = (Components) edited.sections().get(2);
    assertEquals(Optional.of("Moving Parts"), components.heading());
    assertEquals(List.of(component("Gateway"), component("Store")), components.items());
    Overview overview = (Overview) edited.sections().get(3);
    assertEquals(Optional.of("Summary"), overview.heading());
    assertEquals("New.", overview.text());
    ApiContracts contracts = (ApiContracts) edited.sections().get(4);
    assertEquals(Optional.of("See the proto files."), contracts.notes());
    assertEquals(1, contracts.items().size());
    assertEquals(read.sections().get(0), edited.sections().get(0));
  }

  @Test
  void sectionOrderIsPartOfTheValue() {
    Section a = CustomSection.of("A", "");
    Section b = Overview.of("Why.");
    DesignDoc ab = minimal().section(a).section(b).build();
    DesignDoc ba = minimal().section(b).section(a).build();
    assertNotEquals(ab, ba);
    assertEquals(ab, minimal().sections(List.of(a, b)).build());
    assertEquals(ab.hashCode(), minimal().sections(List.of(a, b)).build().hashCode());
  }

  @Test
  void repeatedKindsAreAllSeenByTheConveniences() {
    Components first = Components.of(List.of(component("A"), component("B")));
    Components second = Components.builder().heading("More Components").addItem(component("C")).build();
    OpenIssues issues1 = OpenIssues.of(List.of(OpenIssue.resolved("done")));
    OpenIssues issues2 = OpenIssues.builder().heading("Open Questions").addItem(OpenIssue.open("why?")).build();
    DesignDoc doc = minimal().sections(List.of(first, issues1, CustomSection.of("Goals", "x"), second,
        Overview.builder().heading("TL;DR").text("").build(), Overview.of("Second overview."), issues2)).build();

    assertEquals(List.of(component("A"), component("B"), component("C")), doc.components());
    assertEquals(List.of(OpenIssue.resolved("done"), OpenIssue.open("why?")), doc.openIssues());
    assertEquals(List.of(first, second), doc.sections(Components.class));
    assertEquals(Optional.of(first), doc.section(SectionKind.COMPONENTS));
    // The first overview is empty: overview() gives the first text there is.
    assertEquals(Optional.of("Second overview."), doc.overview());
    assertThrows(UnsupportedOperationException.class, () -> doc.components().add(component("D")));
    assertThrows(UnsupportedOperationException.class, () -> doc.sections().clear());

    // A verb adds to the first section of its kind.
    DesignDoc edited = doc.toBuilder().component(component("A2")).openIssue("new").build();
    assertEquals(List.of(component("A"), component("B"), component("A2")),
        edited.sections(Components.class).get(0).items());
    assertEquals(second, edited.sections(Components.class).get(1));
    assertEquals(List.of(OpenIssue.resolved("done"), OpenIssue.open("new")),
        edited.sections(OpenIssues.class).get(0).items());
    assertEquals(kinds(doc), kinds(edited));
  }

  @Test
  void hasSectionCountsEmptySectionsAndCustomOnes() {
    DesignDoc doc = minimal().section(OpenIssues.builder().intro("None yet.").build())
        .section(Components.builder().build()).build();
    assertTrue(doc.hasSection(SectionKind.OPEN_ISSUES));
    assertTrue(doc.hasSection(SectionKind.COMPONENTS));
    assertTrue(((ItemSection<?>) doc.section(SectionKind.COMPONENTS).orElseThrow()).isEmpty());
    assertFalse(doc.hasSection(SectionKind.OVERVIEW));
    assertFalse(doc.hasSection(SectionKind.CUSTOM));
    assertEquals(List.of(), doc.openIssues());
    assertTrue(minimal().section("Goals", "").build().hasSection(SectionKind.CUSTOM));
    assertFalse(minimal().build().hasSection(SectionKind.OVERVIEW));
    assertThrows(NullPointerException.class, () -> doc.hasSection(null));
  }

  @Test
  void aHeadingEqualToTheTemplateTitleIsEmpty() {
    assertEquals(Optional.empty(), Components.builder().heading("Components").build().heading());
    assertEquals(Optional.empty(), Components.builder().heading("  Components \t").build().heading());
    assertEquals(Optional.empty(), Overview.builder().heading("Overview").text("x").build().heading());
    assertEquals(Optional.empty(), DataModels.builder().heading("Data Models / Schemas").build().heading());
    assertEquals(Optional.empty(), RolloutPlan.builder().heading(" ").build().heading());
    assertEquals(Optional.of("components"), Components.builder().heading("components").build().heading());
    assertEquals(Optional.of("Summary"), Overview.builder().heading("Summary").text("").build().heading());
    assertEquals("Components", Components.builder().heading("Components").build().title());
    assertEquals("Summary", Overview.builder().heading(" Summary ").text("").build().title());
    assertEquals(Components.of(List.of()), Components.builder().heading("Components").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OpenIssues.builder().heading("Open\nIssues").build());
    assertTrue(e.getMessage().startsWith("section heading must be a single line"), e.getMessage());
    // A custom section's heading is its title, always present.
    assertEquals(Optional.of("Components"), CustomSection.of("Components", "").heading());
  }

  @Test
  void sectionKindFindTakesIdConstantOrTitle() {
    for (SectionKind kind : SectionKind.values()) {
      assertEquals(Optional.of(kind), SectionKind.find(kind.id()), kind.id());
      assertEquals(Optional.of(kind), SectionKind.find(kind.name()), kind.name());
      assertEquals(Optional.of(kind), SectionKind.find(kind.title()), kind.title());
      assertEquals(Optional.of(kind), SectionKind.find(" " + kind.title().toUpperCase() + " "), kind.title());
      assertEquals(kind.name().toLowerCase(), kind.toString());
    }
    assertEquals(Optional.of(SectionKind.REQUEST_FLOWS), SectionKind.find("requestflows"));
    assertEquals(Optional.of(SectionKind.REQUEST_FLOWS), SectionKind.find("request-flows"));
    assertEquals(Optional.of(SectionKind.DATA_MODELS), SectionKind.find("data models / schemas"));
    assertEquals(Optional.empty(), SectionKind.find("Goals"));
    assertEquals(Optional.empty(), SectionKind.find(""));
    assertEquals(Optional.empty(), SectionKind.find("security"));
    NullPointerException e = assertThrows(NullPointerException.class, () -> SectionKind.find(null));
    assertEquals("name must not be null", e.getMessage());
    assertFalse(SectionKind.CUSTOM.isTemplatePart());
    assertTrue(SectionKind.OVERVIEW.isTemplatePart());
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
  void unicodeLineAndParagraphSeparatorsAreLineBreaks() {
    for (String value : List.of("Two\u2028lines", "Two\u2029paragraphs")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DesignDoc.builder().title(value).build());
      assertTrue(e.getMessage().startsWith("title must be a single line, but has a line break at index 3"),
          e.getMessage());
      assertFalse(e.getMessage().contains("\u2028") || e.getMessage().contains("\u2029"), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CustomSection.of("Goals\u2028and more", "x"));
    assertTrue(e.getMessage().startsWith("section heading must be a single line"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Components.builder().heading("A\u2029B").build());
    assertTrue(e.getMessage().startsWith("section heading must be a single line"), e.getMessage());
    // Markdown keeps them: they are no line break there.
    assertEquals("a\u2028b", Overview.of("a\u2028b").text());
  }

  @Test
  void valuesOfOnlyUnicodeWhitespaceOrControlsAreBlank() {
    for (String blank : List.of("\u3000", "\u2028", "\u2029", "\u000b", "\u0085", "\u00a0", "\u2003", "\u0000",
        " \u000b\u3000\t", "\u001f\u007f", "\u200a\u205f")) {
      String shown = blank.chars().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DesignDoc.builder().title(blank).build(), shown);
      assertEquals("title must not be blank", e.getMessage(), shown);
      e = assertThrows(IllegalArgumentException.class, () -> CustomSection.of(blank, "text"), shown);
      assertEquals("section heading must not be blank", e.getMessage(), shown);
      e = assertThrows(IllegalArgumentException.class, () -> minimal().component(c -> c.name(blank)).build(), shown);
      assertEquals("component name must not be blank", e.getMessage(), shown);
      // Optional single lines and headings become empty.
      assertEquals(Optional.empty(), Overview.builder().heading(blank).text("x").build().heading(), shown);
      assertEquals(Optional.empty(), minimal().version(blank).build().version(), shown);
      assertEquals(Optional.empty(), Component.builder().name("A").owner(blank).build().owner(), shown);
    }
    // Text with something visible is kept as written, Unicode blanks inside or around it included.
    assertEquals("\u3000Feature\u3000", DesignDoc.builder().title("\u3000Feature\u3000").build().title());
    assertEquals("a\u000bb", CustomSection.of("a\u000bb", "").title());
    assertEquals("\u200b", DesignDoc.builder().title("\u200b").build().title());
  }

  @Test
  void blankRequiredFieldsAreRejectedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DesignDoc.builder().title(" \t ").build());
    assertEquals("title must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> minimal().requestFlow(f -> f.name("")).build());
    assertEquals("request flow name must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CustomSection.of(" ", "body"));
    assertEquals("section heading must not be blank", e.getMessage());
  }

  @Test
  void blankOptionalFieldsBecomeEmpty() {
    DesignDoc doc = minimal().version("  ").overview("\n \n").build();
    assertEquals(Optional.empty(), doc.version());
    assertEquals(Optional.empty(), doc.overview());
    assertTrue(doc.hasSection(SectionKind.OVERVIEW));
    assertEquals("", ((Overview) doc.sections().get(0)).text());
    Component c = Component.builder().name("A").owner(" ").build();
    assertEquals(Optional.empty(), c.owner());
    Components s = Components.builder().intro(" \n ").notes("\n").build();
    assertEquals(Optional.empty(), s.intro());
    assertEquals(Optional.empty(), s.notes());
    assertTrue(s.isEmpty());
  }

  @Test
  void markdownIsNormalized() {
    DesignDoc doc = minimal().overview("\r\n  \n  indented first\r\nsecond  \r\rthird\n\n\t ").build();
    assertEquals("  indented first\nsecond  \n\nthird", doc.overview().orElseThrow());
    assertEquals(Optional.of("a\nb"), Components.builder().intro("\n\na\r\nb\n").build().intro());
    assertEquals("x\n\ny", CustomSection.of("H", "\r\nx\r\n\r\ny \n").body());
  }

  @Test
  void codeKeepsLeadingBlanksAndDropsTrailingLineBreaks() {
    assertEquals("\n  a\n b", CodeBlock.of("\r\n  a\r\n b\n\n").content());
    assertEquals("x  ", CodeBlock.of("x  \n").content());
    assertEquals(Optional.of("a: 1\n  b: 2"), minimal().frontMatter("a: 1\r\n  b: 2\n\n").build().frontMatter());
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DesignDoc.builder().title(null));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().author(null));
    assertTrue(e.getMessage().contains("author"), e.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> DesignDoc.builder().build());
    assertTrue(missing.getMessage().contains("title"), missing.getMessage());
    e = assertThrows(NullPointerException.class, () -> DocDate.of((LocalDate) null));
    assertEquals("date must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().component((Component) null));
    assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().section((Section) null));
    assertEquals("section must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().sections(null));
    assertEquals("sections must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> minimal().build().sections(null));
    assertEquals("type must not be null", e.getMessage());
  }

  @Test
  void collectionsAreImmutable() {
    DesignDoc doc = minimal().author("A").openIssue("x").build();
    assertThrows(UnsupportedOperationException.class, () -> doc.authors().add("B"));
    assertThrows(UnsupportedOperationException.class, () -> doc.openIssues().clear());
    assertThrows(UnsupportedOperationException.class, () -> doc.sections().add(Overview.of("")));
    assertThrows(UnsupportedOperationException.class, () -> doc.sections(OpenIssues.class).clear());
  }

  @Test
  void openIssuesAreOpenOrResolved() {
    assertEquals(List.of(OpenIssue.State.OPEN, OpenIssue.State.RESOLVED), List.of(OpenIssue.State.values()));
    assertTrue(OpenIssue.open("x").isOpen());
    assertFalse(OpenIssue.resolved("x").isOpen());
    assertEquals(OpenIssue.resolved("x"), OpenIssue.open("x").withState(OpenIssue.State.RESOLVED));
    assertEquals(List.of(OpenIssue.open("Q")), minimal().openIssue("Q").build().openIssues());
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
  void templateHoldsEveryPartOfTheTemplateInOrder() {
    DesignDoc t = DesignDoc.template();
    assertEquals("<Feature Name>", t.title());
    assertEquals("Draft | In Review | Approved", t.status().orElseThrow().text());
    assertEquals("<date>", t.date().orElseThrow().text());
    List<SectionKind> templateParts = List.of(SectionKind.values()).subList(0, SectionKind.values().length - 1);
    assertEquals(templateParts, kinds(t));
    assertTrue(t.sections().stream().allMatch(s -> s.heading().isEmpty()));
    assertEquals(2, t.components().size());
    assertEquals(List.of("User/system initiates action", "Component A processes request",
        "Component B responds", "Result returned to user"), t.requestFlows().get(0).steps());
    HttpContract http = (HttpContract) t.apiContracts().get(0);
    assertEquals("METHOD", http.method());
    assertEquals(Optional.of("field: type"), http.body());
    assertTrue(t.sections(Components.class).get(0).intro().orElseThrow().startsWith("List the major components"));
    assertEquals(Optional.of("Include feature flags, migration steps, or backwards compatibility notes."),
        t.sections(RolloutPlan.class).get(0).notes());
    assertEquals(3, t.openIssues().size());
    assertTrue(t.openIssues().stream().allMatch(OpenIssue::isOpen));
    assertEquals("Initial draft", t.revisions().get(0).changes());
    assertEquals(Optional.empty(), t.revisions().get(0).date());
    assertSame(t, DesignDoc.template());
  }

  @Test
  void itemSectionsOfItems() {
    assertEquals(List.of("a", "b"), SecurityConsiderations.of(List.of("a", "b")).items());
    assertEquals(SectionKind.ROLLOUT_PLAN, RolloutPlan.of(List.of()).kind());
    assertEquals("Rollout Plan", RolloutPlan.of(List.of()).title());
    assertTrue(RevisionHistory.of(List.of()).isEmpty());
    assertFalse(RevisionHistory.builder().notes("n").build().isEmpty());
    Components c = Components.of(List.of(component("A")));
    assertEquals(c, c.toBuilder().build());
    assertEquals(Components.of(List.of(component("A"), component("B"))), c.toBuilder().addItem(component("B")).build());
  }

  @Test
  void sourceMapRangesAndNearestEnclosingPart() {
    TextRange title = new TextRange(3, 1, 20, 15);
    TextRange section = new TextRange(10, 1, 200, 80);
    TextRange item = new TextRange(12, 3, 230, 20);
    SourceMap map = SourceMap.builder().put("/title", title).put("/sections/1", section)
        .put("/sections/1/items/0", item).build();
    assertEquals(Optional.of(item), map.range("/sections/1/items/0"));
    assertEquals(Optional.empty(), map.range("/sections/1/items/0/name"));
    assertEquals(Optional.of(item), map.nearest("/sections/1/items/0/name"));
    assertEquals(Optional.of(item), map.nearest("/sections/1/items/0/fields/2/type"));
    assertEquals(Optional.of(section), map.nearest("/sections/1/items/5/name"));
    assertEquals(Optional.of(section), map.nearest("/sections/1"));
    assertEquals(Optional.of(title), map.nearest(""));
    assertEquals(Optional.of(title), map.nearest("/sections/7/items/0"));
    assertEquals(Optional.of(title), map.nearest("/version"));
    assertEquals(Location.of("/sections/1/items/0/name", 12, 3), map.locate("/sections/1/items/0/name"));
    assertEquals(Location.of("", 3, 1), map.locate(""));
    assertEquals(List.of("/title", "/sections/1", "/sections/1/items/0"), List.copyOf(map.ranges().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> map.ranges().put("/x", title));
    assertThrows(NullPointerException.class, () -> map.nearest(null));

    // Without a title range, a part with no enclosing range has no location but its pointer.
    SourceMap noTitle = SourceMap.builder().put("/sections/0", section).build();
    assertEquals(Optional.empty(), noTitle.nearest(""));
    assertEquals(Optional.empty(), noTitle.nearest("/sections/1/items/0"));
    assertEquals(Location.pointer("/sections/1"), noTitle.locate("/sections/1"));
    assertFalse(noTitle.locate("/sections/1").hasLine());
    // A pointer that is not one still gets an answer, not an exception.
    assertEquals(Optional.empty(), noTitle.nearest("title"));
    assertEquals(Optional.of(title), map.nearest("title"));

    assertTrue(SourceMap.empty().isEmpty());
    assertTrue(SourceMap.builder().build().isEmpty());
    assertEquals(Location.pointer("/title"), SourceMap.empty().locate("/title"));
    SourceMap replaced = SourceMap.builder().put("/title", title).put("/title", item).build();
    assertEquals(Optional.of(item), replaced.range("/title"));
    assertEquals(map, SourceMap.builder().put("/title", title).put("/sections/1", section)
        .put("/sections/1/items/0", item).build());
    assertNotEquals(map, replaced);
  }

  @Test
  void textRangesAreValidated() {
    TextRange r = new TextRange(2, 5, 14, 7);
    assertEquals(21, r.end());
    assertEquals("2:5+7", r.toString());
    assertEquals(0, new TextRange(1, 1, 0, 0).length());
    for (int[] bad : new int[][] {{0, 1, 0, 0}, {1, 0, 0, 0}, {1, 1, -1, 0}, {1, 1, 0, -1}, {-3, 1, 0, 0}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new TextRange(bad[0], bad[1], bad[2], bad[3]));
      assertTrue(e.getMessage().startsWith("invalid text range: line " + bad[0]), e.getMessage());
    }
  }

  @Test
  void readResultsCarryTheirSourceMap() {
    DesignDoc doc = minimal().build();
    SourceMap map = SourceMap.builder().put("/title", new TextRange(1, 3, 2, 7)).build();
    ReadResult read = ReadResult.of(doc, List.of(), map);
    assertEquals(map, read.sourceMap());
    assertEquals(SourceMap.empty(), ReadResult.of(doc, List.of()).sourceMap());
    assertNotEquals(read, ReadResult.of(doc, List.of()));
    assertThrows(NullPointerException.class, () -> ReadResult.of(doc, List.of(), null));
  }

  @Test
  void diagnosticsSayWhere() {
    Diagnostic d = Diagnostic.error("MD012", "table row has 4 cells, header has 3", Location.at(14, 3));
    assertEquals("line 14, column 3: error MD012 table row has 4 cells, header has 3", d.toString());
    assertEquals("/sections/0/items/0: warning x y",
        Diagnostic.warning("x", "y", Location.pointer("/sections/0/items/0")).toString());
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
