package io.github.designdoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Section;
import io.github.designdoc.Status;
import io.github.designdoc.diff.Change;
import io.github.designdoc.diff.DocDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The semantic diff over generated documents: empty exactly for equal documents, mirrored backwards. */
class DiffPropertiesTest {
  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  @Property(tries = 300)
  void aDocumentHasNoChangesAgainstItselfOrACopy(@ForAll("docs") DesignDoc doc) {
    assertEquals(List.of(), DocDiff.between(doc, doc));
    assertEquals(List.of(), DocDiff.between(doc, doc.toBuilder().build()));
  }

  @Property(tries = 300)
  void theDiffIsEmptyExactlyWhenTheDocumentsAreEqualAndMirrorsBackwards(@ForAll("docs") DesignDoc a,
      @ForAll("docs") DesignDoc b) {
    List<Change> forwards = DocDiff.between(a, b);
    assertEquals(a.equals(b), forwards.isEmpty(), forwards::toString);
    List<Change> backwards = DocDiff.between(b, a);
    assertEquals(forwards.size(), backwards.size());
    assertEquals(forwards.stream().map(Change::mirror).collect(Collectors.toSet()), Set.copyOf(backwards));
  }

  @Property(tries = 300)
  void oneStatusChangeIsOneChange(@ForAll("docs") DesignDoc doc) {
    Status other = doc.status().filter(Status.APPROVED::equals).isPresent() ? Status.DRAFT : Status.APPROVED;
    List<Change> changes = DocDiff.between(doc, doc.toBuilder().status(other).build());
    assertEquals(1, changes.size(), changes::toString);
    assertEquals("/status", changes.get(0).pointer());
  }

  @Property(tries = 300)
  void oneRemovedSectionIsOneChange(@ForAll("docs") DesignDoc doc, @ForAll("indexes") int seed) {
    Assume.that(!doc.sections().isEmpty());
    int index = Math.floorMod(seed, doc.sections().size());
    List<Section> sections = new ArrayList<>(doc.sections());
    Section removed = sections.remove(index);
    // an equal section elsewhere may be the one matched as removed; the change is then that one's
    Assume.that(doc.sections().stream().filter(removed::equals).count() == 1);
    List<Change> changes = DocDiff.between(doc, doc.toBuilder().sections(sections).build());
    assertEquals(1, changes.size(), changes::toString);
    assertEquals(Change.Kind.REMOVED, changes.get(0).kind());
    assertEquals("section", changes.get(0).part());
    assertEquals(removed.title(), changes.get(0).label());
  }

  @Property(tries = 300)
  void oneAddedSectionIsOneChange(@ForAll("docs") DesignDoc doc) {
    Assume.that(doc.customSections().stream().noneMatch(s -> s.title().equalsIgnoreCase("Appendix Z")));
    DesignDoc added = doc.toBuilder().section(CustomSection.of("Appendix Z", "More.")).build();
    List<Change> changes = DocDiff.between(doc, added);
    assertEquals(1, changes.size(), changes::toString);
    assertEquals(Change.Kind.ADDED, changes.get(0).kind());
    assertEquals("/sections/" + doc.sections().size(), changes.get(0).pointer());
  }

  @Property(tries = 300)
  void swappingTwoDifferentNeighboursIsTwoMovesAndNothingElse(@ForAll("docs") DesignDoc doc, @ForAll("indexes") int seed) {
    Assume.that(doc.sections().size() >= 2);
    int index = Math.floorMod(seed, doc.sections().size() - 1);
    List<Section> sections = new ArrayList<>(doc.sections());
    Section first = sections.get(index);
    Section second = sections.get(index + 1);
    Assume.that(first.kind() != second.kind() || !first.title().equalsIgnoreCase(second.title()));
    Assume.that(doc.sections().stream().filter(first::equals).count() == 1
        && doc.sections().stream().filter(second::equals).count() == 1);
    sections.set(index, second);
    sections.set(index + 1, first);
    List<Change> changes = DocDiff.between(doc, doc.toBuilder().sections(sections).build());
    assertEquals(2, changes.size(), changes::toString);
    assertTrue(changes.stream().allMatch(c -> c.kind() == Change.Kind.MOVED && c.part().equals("section")),
        changes::toString);
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }
}
