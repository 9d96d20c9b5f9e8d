package io.github.designdoc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.designdoc.Component;
import io.github.designdoc.Components;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.DocDate;
import io.github.designdoc.HttpContract;
import io.github.designdoc.Location;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.Overview;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Revision;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.SourceMap;
import io.github.designdoc.Status;
import io.github.designdoc.TextRange;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
  /** Only the rules under test: no required sections. */
  private static final Linter LINTER = Linter.builder().requiredSections(EnumSet.noneOf(SectionKind.class))
      .clock(TODAY).build();

  private static DesignDoc.Builder doc() {
    return DesignDoc.builder().title("Feature").author("Ada").date("2026-01-01").status(Status.DRAFT);
  }

  private static List<String> codes(List<Diagnostic> findings) {
    return findings.stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static List<String> pointers(List<Diagnostic> findings) {
    return findings.stream().map(d -> d.location().pointer().orElse("?")).collect(Collectors.toList());
  }

  @Test
  void cleanDocHasNoFindings() {
    assertEquals(List.of(), LINTER.lint(doc().build()));
  }

  @Test
  void templatePlaceholders() {
    List<Diagnostic> findings = LINTER.lint(DesignDoc.template());
    List<Diagnostic> placeholders = findings.stream().filter(d -> d.code().equals("placeholder"))
        .collect(Collectors.toList());
    assertEquals(List.of("/title", "/authors/0", "/date", "/status", "/sections/2/items/0/name",
        "/sections/2/items/1/name"), pointers(placeholders));
    assertEquals("title still holds the template placeholder '<Feature Name>'", placeholders.get(0).message());
    assertEquals("status is the template's 'Draft | In Review | Approved'; pick one of them",
        placeholders.get(3).message());
    assertEquals(Severity.WARNING, placeholders.get(0).severity());
  }

  @Test
  void placeholdersInMetadataOwnersAndRevisions() {
    DesignDoc doc = doc().version("<version>").metadata("Reviewers", "<reviewer>")
        .component(c -> c.name("Gateway").owner("<team>"))
        .revision("<date>", "<author>", "Initial").build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("/version", "/otherMetadata/0/value", "/sections/0/items/0/owner",
        "/sections/1/items/0/author", "/sections/1/items/0/date"), pointers(findings));
    assertEquals("Reviewers still holds the template placeholder '<reviewer>'", findings.get(1).message());
  }

  @Test
  void htmlTagsAreNotPlaceholders() {
    assertEquals(List.of(), LINTER.lint(doc().title("Line<br>break <b>bold</b>").build()));
  }

  @Test
  void approvedWithUnresolvedOpenIssues() {
    DesignDoc approved = doc().status(Status.APPROVED).openIssue(OpenIssue.resolved("done"))
        .openIssue("Pending question").build();
    List<Diagnostic> findings = LINTER.lint(approved);
    assertEquals(List.of("approved-with-open-issues"), codes(findings));
    assertEquals(List.of("/sections/0/items/1"), pointers(findings));
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals("status is Approved but this open issue is unresolved: Pending question",
        findings.get(0).message());
    assertEquals(List.of(), LINTER.lint(doc().status("approved").openIssue(OpenIssue.resolved("done")).build()));
    assertEquals(List.of(), LINTER.lint(doc().status(Status.DRAFT).openIssue("Pending").build()));
  }

  @Test
  void approvedWithAnOpenIssueInTheSecondOpenIssuesSection() {
    DesignDoc doc = doc().status(Status.APPROVED).sections(List.of(
        Overview.of("Why."),
        OpenIssues.of(List.of(OpenIssue.resolved("Settled"), OpenIssue.resolved("Also settled"))),
        CustomSection.of("Goals", "Fast."),
        OpenIssues.builder().heading("Open Questions").intro("Raised in review:")
            .addItem(OpenIssue.resolved("Naming")).addItem(OpenIssue.open("Which region first?")).build()))
        .build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("approved-with-open-issues"), codes(findings));
    assertEquals(List.of("/sections/3/items/1"), pointers(findings));
    assertTrue(findings.get(0).message().endsWith("Which region first?"), findings.get(0).message());
    assertEquals(OpenIssue.open("Which region first?"), resolve(doc, "/sections/3/items/1"));
  }

  @Test
  void revisionsOutOfDateOrder() {
    DesignDoc doc = doc().revision("2026-01-02", "A", "one").revision("TBD", "A", "verbatim is skipped")
        .revision("2026-01-01", "B", "two").revision("2026-01-03", "C", "three").build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("revision-order"), codes(findings));
    assertEquals(List.of("/sections/0/items/2/date"), pointers(findings));
  }

  @Test
  void revisionOrderRunsAcrossRevisionHistorySections() {
    DesignDoc doc = doc().sections(List.of(
        RevisionHistory.of(List.of(Revision.builder().date("2026-01-05").changes("one").build())),
        CustomSection.of("Appendix", "x"),
        RevisionHistory.of(List.of(Revision.builder().date("2026-01-04").changes("two").build())))).build();
    assertEquals(List.of("/sections/2/items/0/date"), pointers(LINTER.lint(doc)));
  }

  @Test
  void datesInTheFuture() {
    DesignDoc doc = doc().date("2026-06-02").revision("2026-06-01", "A", "today is fine")
        .revision("2027-01-01", "A", "future").build();
    assertEquals(List.of("/date", "/sections/0/items/1/date"), pointers(LINTER.lint(doc)));
    assertEquals(List.of("future-date", "future-date"), codes(LINTER.lint(doc)));
  }

  @Test
  void duplicateNames() {
    DesignDoc doc = doc().component(c -> c.name("Gateway")).component(c -> c.name("Store"))
        .component(c -> c.name("gateway")).dataModel(m -> m.name("Session")).dataModel(m -> m.description("unnamed"))
        .dataModel(m -> m.description("unnamed too")).dataModel(m -> m.name("Session")).build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("duplicate-component", "duplicate-data-model"), codes(findings));
    assertEquals(List.of("/sections/0/items/2/name", "/sections/1/items/3/name"), pointers(findings));
    assertEquals("component 'gateway' has the same name as component 1", findings.get(0).message());
    assertEquals("data model 'Session' has the same name as data model 1", findings.get(1).message());
  }

  @Test
  void duplicateNamesAcrossRepeatedSections() {
    DesignDoc doc = doc().sections(List.of(
        Components.of(List.of(Component.builder().name("Gateway").build())),
        DataModels.of(List.of(DataModel.builder().name("Order").build())),
        Components.builder().heading("More Components").addItem(Component.builder().name("Store").build())
            .addItem(Component.builder().name("GATEWAY").build()).build(),
        DataModels.of(List.of(DataModel.builder().name("order").build())))).build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("/sections/2/items/1/name", "/sections/3/items/0/name"), pointers(findings));
    assertEquals("component 'GATEWAY' has the same name as component 1", findings.get(0).message());
  }

  @Test
  void httpMethodsAndStatuses() {
    DesignDoc doc = doc()
        .httpContract(h -> h.method("GET").path("/a").response("200", "OK").response("4xx/5xx", "errors")
            .response("5XX", "server"))
        .httpContract(h -> h.method("FETCH").path("/b").response("OK", "fine").response("600", "no")
            .response("2xx", "ok"))
        .codeContract(c -> c.code("text", "anything goes"))
        .build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("http-method", "http-status", "http-status"), codes(findings));
    assertEquals(List.of("/sections/0/items/1/method", "/sections/0/items/1/responses/0/status",
        "/sections/0/items/1/responses/1/status"), pointers(findings));
  }

  @Test
  void statusRanges() {
    assertTrue(Rules.isStatus("404"));
    assertTrue(Rules.isStatus("4xx"));
    assertTrue(Rules.isStatus("4XX"));
    assertTrue(Rules.isStatus("4xx/5xx"));
    assertFalse(Rules.isStatus("4xx/"));
    assertFalse(Rules.isStatus("99"));
    assertFalse(Rules.isStatus("2000"));
  }

  @Test
  void missingSectionsFollowTheConfiguredSet() {
    List<Diagnostic> all = Linter.builder().clock(TODAY).build().lint(DesignDoc.builder().title("Bare").build());
    assertEquals(Linter.TEMPLATE_SECTIONS.size(), all.size());
    assertEquals(SectionKind.values().length - 1, Linter.TEMPLATE_SECTIONS.size());
    assertFalse(Linter.TEMPLATE_SECTIONS.contains(SectionKind.CUSTOM));
    assertEquals("required section 'Overview' is missing", all.get(0).message());
    assertEquals("required section 'Revision History' is missing", all.get(all.size() - 1).message());
    assertTrue(all.stream().allMatch(d -> d.location().pointer().orElseThrow().isEmpty()));

    Linter some = Linter.builder().clock(TODAY).requiredSections(EnumSet.of(SectionKind.OVERVIEW,
        SectionKind.OPEN_ISSUES)).build();
    List<Diagnostic> findings = some.lint(doc().overview("Why.").build());
    assertEquals(List.of("missing-section"), codes(findings));
    assertEquals("required section 'Open Issues' is missing", findings.get(0).message());
    // An empty section is there.
    assertEquals(List.of(), some.lint(doc().overview("").section(OpenIssues.builder().build()).build()));
    assertEquals(List.of(), Linter.builder().clock(TODAY).build().lint(DesignDoc.template()).stream()
        .filter(d -> d.code().equals("missing-section")).collect(Collectors.toList()));
    assertThrows(IllegalArgumentException.class,
        () -> Linter.builder().requiredSections(EnumSet.of(SectionKind.CUSTOM)));
  }

  @Test
  void rulesCanBeDisabledOrReweighted() {
    DesignDoc doc = doc().date("2030-01-01").build();
    assertEquals(List.of(), Linter.builder().requiredSections(EnumSet.noneOf(SectionKind.class)).clock(TODAY)
        .disable(LintRule.FUTURE_DATE).build().lint(doc));
    List<Diagnostic> findings = Linter.builder().requiredSections(EnumSet.noneOf(SectionKind.class)).clock(TODAY)
        .severity(LintRule.FUTURE_DATE, Severity.ERROR).build().lint(doc);
    assertEquals(Severity.ERROR, findings.get(0).severity());
    Linter linter = Linter.builder().disable(LintRule.PLACEHOLDER).build();
    assertFalse(linter.severities().containsKey(LintRule.PLACEHOLDER));
    assertEquals(Severity.ERROR, linter.severities().get(LintRule.APPROVED_WITH_OPEN_ISSUES));
    assertEquals(LintRule.values().length, Linter.create().severities().size());
  }

  @Test
  void templateLintsWithExpectedFindingsOnly() {
    List<String> codes = codes(Linter.builder().clock(TODAY).build().lint(DesignDoc.template()));
    // Placeholders, and the template's METHOD, which is no HTTP method.
    assertEquals(List.of("placeholder", "placeholder", "placeholder", "placeholder", "placeholder", "placeholder",
        "http-method"), codes);
  }

  @Test
  void lintOfAReadLocatesFindingsFromItsSourceMap() {
    DesignDoc doc = DesignDoc.builder().title("Feature").author("Ada").status(Status.DRAFT).sections(List.of(
        Overview.of("Why."),
        Components.of(List.of(Component.builder().name("<Component A>").build(),
            Component.builder().name("Store").owner("<team>").build())))).build();
    SourceMap map = SourceMap.builder()
        .put("/title", new TextRange(1, 4, 3, 11))
        .put("/sections/0", new TextRange(5, 1, 40, 20))
        .put("/sections/1", new TextRange(9, 1, 70, 90))
        .put("/sections/1/items/0", new TextRange(11, 1, 90, 20))
        .build();
    Diagnostic readerNote = Diagnostic.info("MD007", "kept as a custom section", Location.at(20, 1));
    Linter linter = Linter.builder().clock(TODAY).requiredSections(EnumSet.of(SectionKind.OPEN_ISSUES)).build();

    List<Diagnostic> located = linter.lint(ReadResult.of(doc, List.of(readerNote), map));
    assertEquals(List.of("MD007", "placeholder", "placeholder", "missing-section"), codes(located));
    assertSame(readerNote, located.get(0));
    // The item has a range, its name does not: the item's line.
    assertEquals(Location.of("/sections/1/items/0/name", 11, 1), located.get(1).location());
    // Only the section has a range: the section's line.
    assertEquals(Location.of("/sections/1/items/1/owner", 9, 1), located.get(2).location());
    // A missing section is about the whole document: the title's line.
    assertEquals(Location.of("", 1, 4), located.get(3).location());
    assertTrue(located.stream().allMatch(d -> d.location().line() >= 1));
    // The same findings as linting the document alone, only located.
    List<Diagnostic> plain = linter.lint(doc);
    assertEquals(plain.size(), located.size() - 1);
    for (int i = 0; i < plain.size(); i++) {
      assertEquals(plain.get(i).code(), located.get(i + 1).code());
      assertEquals(plain.get(i).message(), located.get(i + 1).message());
      assertEquals(plain.get(i).severity(), located.get(i + 1).severity());
      assertEquals(plain.get(i).location().pointer(), located.get(i + 1).location().pointer());
      assertEquals(0, plain.get(i).location().line());
    }
    // Without a source map, findings keep their pointers and have no line.
    List<Diagnostic> unlocated = linter.lint(ReadResult.of(doc, List.of()));
    assertEquals(plain, unlocated);
    assertThrows(NullPointerException.class, () -> linter.lint((ReadResult) null));
  }

  /** A document that sets off every rule, with repeated kinds and custom sections between them. */
  private static DesignDoc everyRule() {
    return DesignDoc.builder().title("<Feature Name>").author("<author>").date("2027-01-01")
        .status(Status.APPROVED).metadata("Ticket", "<ticket>")
        .sections(List.of(
            CustomSection.of("Goals", "x"),
            Components.of(List.of(Component.builder().name("Gateway").owner("<team>").build())),
            RevisionHistory.of(List.of(Revision.builder().date("2026-02-01").author("<author>").changes("a").build())),
            OpenIssues.of(List.of(OpenIssue.resolved("done"), OpenIssue.open("Which region?")))))
        .component(c -> c.name("gateway"))
        .requestFlow(f -> f.name("<Flow Name>").step("x"))
        .httpContract(h -> h.method("FETCH").path("/x").response("200", "OK").response("9000", "no"))
        .dataModel(m -> m.name("Order"))
        .dataModel(m -> m.name("ORDER"))
        .section(CustomSection.of("Appendix", "y"))
        .section(RevisionHistory.of(List.of(Revision.builder().date("2026-01-01").changes("older").build(),
            Revision.builder().date("2027-02-01").changes("future").build())))
        .build();
  }

  @Test
  void everyRulesPointerResolvesToThePartItNames() {
    DesignDoc doc = everyRule();
    Linter linter = Linter.builder().clock(TODAY).build();
    List<Diagnostic> findings = linter.lint(doc);
    Set<String> fired = new HashSet<>(codes(findings));
    for (LintRule rule : LintRule.values()) {
      assertTrue(fired.contains(rule.id()), "no finding for " + rule.id() + ": " + findings);
    }
    for (Diagnostic finding : findings) {
      String pointer = finding.location().pointer().orElseThrow();
      Object part = resolve(doc, pointer);
      String what = finding + " -> " + part;
      switch (finding.code()) {
        case "placeholder":
          String text = part instanceof DocDate d ? d.text() : (String) part;
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("<[^<>]+>").matcher(text);
          assertTrue(m.find(), what);
          assertTrue(finding.message().endsWith("'" + m.group() + "'"), what);
          break;
        case "approved-with-open-issues":
          assertInstanceOf(OpenIssue.class, part, what);
          assertTrue(((OpenIssue) part).isOpen(), what);
          assertTrue(finding.message().endsWith(((OpenIssue) part).text()), what);
          break;
        case "revision-order":
          assertEquals(LocalDate.of(2026, 1, 1), ((DocDate) part).value().orElseThrow(), what);
          break;
        case "future-date":
          assertTrue(((DocDate) part).value().orElseThrow().isAfter(LocalDate.now(TODAY)), what);
          assertTrue(finding.message().contains(((DocDate) part).text() + " is in the future"), what);
          break;
        case "duplicate-component":
        case "duplicate-data-model":
          assertTrue(finding.message().contains("'" + part + "'"), what);
          assertEquals(finding.code().equals("duplicate-component") ? "gateway" : "order",
              ((String) part).toLowerCase(Locale.ROOT), what);
          break;
        case "http-method":
          assertEquals("FETCH", part, what);
          break;
        case "http-status":
          assertEquals("9000", part, what);
          break;
        case "missing-section":
          assertSame(doc, part, what);
          break;
        default:
          fail("unexpected finding " + finding);
      }
    }
    // Located through a map of the sections only, every finding gets a line.
    SourceMap.Builder map = SourceMap.builder().put("/title", new TextRange(1, 1, 0, 10));
    for (int i = 0; i < doc.sections().size(); i++) {
      map.put("/sections/" + i, new TextRange(10 + i, 1, 100 + i, 1));
    }
    for (Diagnostic d : linter.lint(ReadResult.of(doc, List.of(), map.build()))) {
      String pointer = d.location().pointer().orElseThrow();
      int expected = pointer.startsWith("/sections/") ? 10 + Integer.parseInt(pointer.split("/")[2]) : 1;
      assertEquals(expected, d.location().line(), d.toString());
    }
  }

  @Test
  void theResolverRejectsPointersToNothing() {
    DesignDoc doc = everyRule();
    assertEquals("<Feature Name>", resolve(doc, "/title"));
    assertEquals("Goals", resolve(doc, "/sections/0/title"));
    assertThrows(AssertionError.class, () -> resolve(doc, "/sections/99"));
    assertThrows(AssertionError.class, () -> resolve(doc, "/sections/0/items/0"));
    assertThrows(AssertionError.class, () -> resolve(doc, "/nothing"));
    assertNotEquals(resolve(doc, "/sections/1/items/0/name"), resolve(doc, "/sections/1/items/1/name"));
  }

  /**
   * The part of a document a JSON pointer names, by the model's accessors: {@code /sections/3/items/0/name}
   * is {@code doc.sections().get(3)...items().get(0).name()}; an empty optional names nothing.
   */
  static Object resolve(DesignDoc doc, String pointer) {
    Object at = doc;
    if (pointer.isEmpty()) {
      return at;
    }
    assertTrue(pointer.startsWith("/"), pointer);
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (at instanceof List<?> list) {
        int i = Integer.parseInt(segment);
        assertTrue(i >= 0 && i < list.size(), () -> pointer + ": no element " + segment);
        at = list.get(i);
      } else {
        at = accessor(at, segment, pointer);
      }
      if (at instanceof Optional<?> optional) {
        assertTrue(optional.isPresent(), () -> pointer + ": " + segment + " is empty");
        at = optional.get();
      }
    }
    return at;
  }

  private static Object accessor(Object target, String name, String pointer) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      try {
        Method method = type.getMethod(name);
        return method.invoke(target);
      } catch (NoSuchMethodException e) {
        break;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(pointer + ": " + e, e);
      }
    }
    throw new AssertionError(pointer + ": " + target.getClass().getSimpleName() + " has no part " + name);
  }
}
