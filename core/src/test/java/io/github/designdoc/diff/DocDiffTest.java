package io.github.designdoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.Components;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SourceMap;
import io.github.designdoc.Status;
import io.github.designdoc.TextRange;
import io.github.designdoc.diff.Change.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocDiffTest {
  private static final DesignDoc BASE = DesignDoc.builder()
      .title("Search")
      .status(Status.DRAFT)
      .author("Ada")
      .overview("Finds documents fast.")
      .component(c -> c.name("Indexer").owner("Java"))
      .component(c -> c.name("Query API").owner("Go"))
      .httpContract(h -> h.method("GET").path("/search").response("200", "OK"))
      .dataModel(m -> m.name("Hit").field("id", "string", "Unique").field("score", "float", "Rank"))
      .openIssue("Which analyzer?")
      .openIssue("Cache results?")
      .section("Alternatives", "Use a hosted search service.")
      .revision("2026-01-02", "Ada", "Initial draft")
      .build();

  private static List<String> summaries(DesignDoc a, DesignDoc b) {
    return DocDiff.between(a, b).stream().map(Change::toString).collect(Collectors.toList());
  }

  @Test
  void aDocumentHasNoChangesAgainstItself() {
    assertEquals(List.of(), DocDiff.between(BASE, BASE));
    assertEquals(List.of(), DocDiff.between(BASE, BASE.toBuilder().build()));
  }

  @Test
  void aCodeContractIsNamedByTheEndpointsItsBlockStates() {
    DesignDoc a = DesignDoc.builder().title("T")
        .codeContract(c -> c.code("", "GET /a\nResponse:\n  200 OK\n\nPOST /b")).build();
    DesignDoc b = DesignDoc.builder().title("T")
        .codeContract(c -> c.code("", "GET /a\nResponse:\n  200 OK\n  404 Not Found\n\nPOST /b")).build();
    List<String> changes = summaries(a, b);
    assertEquals(1, changes.size(), changes.toString());
    assertTrue(changes.get(0).contains("GET /a, POST /b"), changes.get(0));
  }

  @Test
  void aStatusChangeIsOneChange() {
    DesignDoc approved = BASE.toBuilder().status(Status.APPROVED).build();
    assertEquals(List.of("/status: status changed: Draft -> Approved"), summaries(BASE, approved));
  }

  @Test
  void aResolvedIssueIsOneChangeOfThatIssue() {
    DesignDoc edited = BASE.toBuilder().sections(BASE.sections().stream().map(s -> s instanceof OpenIssues o
        ? o.toBuilder().items(List.of(OpenIssue.resolved("Which analyzer?"), OpenIssue.open("Cache results?"))).build()
        : s).collect(Collectors.toList())).build();
    List<Change> changes = DocDiff.between(BASE, edited);
    assertEquals(1, changes.size(), changes.toString());
    Change change = changes.get(0);
    assertEquals(Kind.CHANGED, change.kind());
    assertEquals("open issue", change.part());
    assertEquals("Which analyzer?", change.label());
    assertEquals("/sections/4/items/0", change.pointer());
    assertEquals("open issue 'Which analyzer?' changed: open: Which analyzer? -> resolved: Which analyzer?",
        change.summary());
  }

  @Test
  void reorderedItemsAreMovesNotRemovalsAndAdditions() {
    DesignDoc swapped = BASE.toBuilder().sections(BASE.sections().stream().map(s -> s instanceof Components c
        ? c.toBuilder().items(List.of(c.items().get(1), c.items().get(0))).build() : s)
        .collect(Collectors.toList())).build();
    // two neighbours that swap places both moved: neither stayed where the other list has it
    assertEquals(List.of("/sections/1/items/1: component 'Indexer' moved",
        "/sections/1/items/0: component 'Query API' moved"), summaries(BASE, swapped));
  }

  @Test
  void anEndpointWhoseMethodChangedIsOneChange() {
    DesignDoc edited = BASE.toBuilder().sections(List.of()).build().toBuilder()
        .sections(BASE.sections()).build();
    DesignDoc post = DesignDoc.builder().from(edited).sections(edited.sections().stream()
        .map(s -> s instanceof io.github.designdoc.ApiContracts a ? a.toBuilder().items(List.of(
            io.github.designdoc.HttpContract.builder().method("POST").path("/search").response("200", "OK").build()))
            .build() : s).collect(Collectors.toList())).build();
    assertEquals(List.of("/sections/2/items/0: endpoint changed: GET /search | 200 OK -> POST /search | 200 OK"),
        summaries(BASE, post));
  }

  @Test
  void fieldsOfADataModelAreComparedOneByOne() {
    DesignDoc edited = BASE.toBuilder().sections(BASE.sections().stream()
        .map(s -> s instanceof io.github.designdoc.DataModels d ? d.toBuilder().items(List.of(d.items().get(0)
            .toBuilder().fields(List.of(io.github.designdoc.DataField.of("id", "uuid", "Unique"),
                io.github.designdoc.DataField.of("score", "float", "Rank"),
                io.github.designdoc.DataField.of("snippet", "string", "Highlighted text"))).build())).build() : s)
        .collect(Collectors.toList())).build();
    assertEquals(List.of(
        "/sections/3/items/0/fields/0: field 'Hit.id' changed: id: string - Unique -> id: uuid - Unique",
        "/sections/3/items/0/fields/2: field 'Hit.snippet' added"), summaries(BASE, edited));
  }

  @Test
  void sectionsAddedRemovedAndMovedAndProseChanged() {
    List<io.github.designdoc.Section> sections = new java.util.ArrayList<>(BASE.sections());
    io.github.designdoc.Section alternatives = sections.remove(5); // the custom section
    sections.add(1, alternatives);
    sections.set(0, io.github.designdoc.Overview.of("Finds documents fast and ranks them."));
    sections.add(io.github.designdoc.CustomSection.of("Appendix", "Benchmarks."));
    DesignDoc edited = BASE.toBuilder().sections(sections).build();
    assertEquals(List.of(
        "/sections/0: prose 'Overview' changed: +3 -0 words",
        "/sections/1: section 'Alternatives' moved",
        "/sections/7: section 'Appendix' added"), summaries(BASE, edited));
  }

  @Test
  void theDiffBackwardsMirrorsTheDiffForwards() {
    DesignDoc edited = BASE.toBuilder().status(Status.APPROVED).version("1.0").openIssue("Shard by tenant?")
        .component(c -> c.name("Crawler")).build();
    List<Change> forwards = DocDiff.between(BASE, edited);
    List<Change> backwards = DocDiff.between(edited, BASE);
    assertEquals(4, forwards.size(), forwards.toString());
    assertEquals(new HashSet<>(forwards), backwards.stream().map(Change::mirror).collect(Collectors.toSet()));
  }

  @Test
  void linesComeFromTheSourceMapsOfTheReads() {
    DesignDoc approved = BASE.toBuilder().status(Status.APPROVED).build();
    SourceMap before = SourceMap.builder().put("/title", new TextRange(1, 1, 0, 8))
        .put("/status", new TextRange(4, 3, 40, 16)).build();
    SourceMap after = SourceMap.builder().put("/title", new TextRange(1, 1, 0, 8))
        .put("/status", new TextRange(5, 3, 52, 18)).build();
    Change change = DocDiff.between(ReadResult.of(BASE, List.of(), before), ReadResult.of(approved, List.of(), after))
        .get(0);
    assertEquals(4, change.oldLine());
    assertEquals(5, change.newLine());
  }

  @Test
  void changesNeedThePointersOfTheirSides() {
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Change(Kind.CHANGED, "status", "", java.util.Optional.empty(), java.util.Optional.of("/status"),
            java.util.Optional.empty(), java.util.Optional.empty(), 0, 0)).getMessage().contains("pointer"));
  }
}
