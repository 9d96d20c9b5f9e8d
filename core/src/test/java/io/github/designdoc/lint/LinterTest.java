package io.github.designdoc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.Diagnostic;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import io.github.designdoc.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
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
    assertEquals(List.of("/title", "/authors/0", "/date", "/status", "/requestFlows/0/name", "/requestFlows/1/name"),
        pointers(placeholders));
    assertEquals("title still holds the template placeholder '<Feature Name>'", placeholders.get(0).message());
    assertEquals(Severity.WARNING, placeholders.get(0).severity());
  }

  @Test
  void htmlTagsAreNotPlaceholders() {
    assertEquals(List.of(), LINTER.lint(doc().title("Line<br>break <b>bold</b>").build()));
  }

  @Test
  void approvedWithUnresolvedOpenIssues() {
    DesignDoc approved = doc().status(Status.APPROVED).resolvedIssue("done").openIssue("Pending question").build();
    List<Diagnostic> findings = LINTER.lint(approved);
    assertEquals(List.of("approved-with-open-issues"), codes(findings));
    assertEquals(List.of("/openIssues/1"), pointers(findings));
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("Pending question"));
    assertEquals(List.of(), LINTER.lint(doc().status("approved").resolvedIssue("done").build()));
    assertEquals(List.of(), LINTER.lint(doc().status(Status.DRAFT).openIssue("Pending").build()));
  }

  @Test
  void revisionsOutOfDateOrder() {
    DesignDoc doc = doc().revision("2026-01-02", "A", "one").revision("TBD", "A", "verbatim is skipped")
        .revision("2026-01-01", "B", "two").revision("2026-01-03", "C", "three").build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("revision-order"), codes(findings));
    assertEquals(List.of("/revisions/2/date"), pointers(findings));
  }

  @Test
  void datesInTheFuture() {
    DesignDoc doc = doc().date("2026-06-02").revision("2026-06-01", "A", "today is fine")
        .revision("2027-01-01", "A", "future").build();
    assertEquals(List.of("/date", "/revisions/1/date"), pointers(LINTER.lint(doc)));
    assertEquals(List.of("future-date", "future-date"), codes(LINTER.lint(doc)));
  }

  @Test
  void duplicateNames() {
    DesignDoc doc = doc().component(c -> c.name("Gateway")).component(c -> c.name("Store"))
        .component(c -> c.name("gateway")).dataModel(m -> m.name("Session")).dataModel(m -> m.description("unnamed"))
        .dataModel(m -> m.description("unnamed too")).dataModel(m -> m.name("Session")).build();
    List<Diagnostic> findings = LINTER.lint(doc);
    assertEquals(List.of("duplicate-component", "duplicate-data-model"), codes(findings));
    assertEquals(List.of("/components/2/name", "/dataModels/3/name"), pointers(findings));
    assertEquals("component 'gateway' has the same name as component 1", findings.get(0).message());
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
    assertEquals(List.of("/apiContracts/1/method", "/apiContracts/1/responses/0/status",
        "/apiContracts/1/responses/1/status"), pointers(findings));
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
    assertEquals(SectionKind.values().length, all.size());
    assertEquals("required section 'Metadata' is missing", all.get(0).message());
    assertEquals("", all.get(0).location().pointer().orElseThrow());
    assertEquals("/overview", all.get(1).location().pointer().orElseThrow());

    Linter some = Linter.builder().clock(TODAY).requiredSections(EnumSet.of(SectionKind.OVERVIEW,
        SectionKind.OPEN_ISSUES)).build();
    List<Diagnostic> findings = some.lint(doc().overview("Why.").build());
    assertEquals(List.of("/openIssues"), pointers(findings));
    assertEquals(List.of(), Linter.builder().clock(TODAY).build().lint(DesignDoc.template()).stream()
        .filter(d -> d.code().equals("missing-section")).collect(Collectors.toList()));
  }

  @Test
  void rulesCanBeDisabledOrReweighted() {
    DesignDoc doc = doc().date("2030-01-01").build();
    assertEquals(List.of(), Linter.builder().requiredSections(EnumSet.noneOf(SectionKind.class)).clock(TODAY)
        .disable(LintRule.FUTURE_DATE).build().lint(doc));
    List<Diagnostic> findings = Linter.builder().requiredSections(EnumSet.noneOf(SectionKind.class)).clock(TODAY)
        .severity(LintRule.FUTURE_DATE, Severity.ERROR).build().lint(doc);
    assertEquals(Severity.ERROR, findings.get(0).severity());
  }

  @Test
  void templateLintsWithExpectedFindingsOnly() {
    List<String> codes = codes(Linter.builder().clock(TODAY).build().lint(DesignDoc.template()));
    // Placeholders, and the template's METHOD, which is no HTTP method.
    assertEquals(List.of("placeholder", "placeholder", "placeholder", "placeholder", "placeholder", "placeholder",
        "http-method"), codes);
  }
}
