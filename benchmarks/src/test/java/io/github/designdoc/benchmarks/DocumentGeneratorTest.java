package io.github.designdoc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CodeContract;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.HttpContract;
import io.github.designdoc.ReadResult;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentGeneratorTest {
  private static final long SEED = DocumentGenerator.DEFAULT_SEED;

  @Test
  void typicalDocumentsAreAboutTenKilobytesForEverySeed() {
    for (long seed = 1; seed <= 300; seed++) {
      long bytes = DocumentGenerator.utf8Length(DocumentGenerator.markdown(InputSize.TYPICAL, seed));
      long current = seed;
      assertTrue(bytes >= 8_000 && bytes <= 15_000, () -> "seed " + current + " gave " + bytes + " bytes");
    }
  }

  @ParameterizedTest
  @EnumSource(value = InputSize.class, names = {"LARGE", "HUGE"})
  void largeDocumentsAreWithinFivePercentOfTheirTarget(InputSize size) {
    long bytes = DocumentGenerator.utf8Length(DocumentGenerator.markdown(size, SEED));
    assertTrue(Math.abs(bytes - size.targetBytes()) <= size.targetBytes() / 20,
        () -> size + " gave " + bytes + " bytes, target " + size.targetBytes());
  }

  @Test
  void theSameSeedGivesTheSameTextAndAnotherSeedAnotherText() {
    String first = DocumentGenerator.markdown(InputSize.TYPICAL, 42);
    assertEquals(first, DocumentGenerator.markdown(InputSize.TYPICAL, 42));
    assertNotEquals(first, DocumentGenerator.markdown(InputSize.TYPICAL, 43));
    assertEquals(DocumentGenerator.markdown(InputSize.LARGE, SEED), DocumentGenerator.markdown(InputSize.LARGE, SEED));
  }

  @ParameterizedTest
  @EnumSource(InputSize.class)
  void theBenchmarkInputsAreTheOnesMeasured(InputSize size) {
    // java.util.Random's sequence is fixed by its specification, so these values hold on every JVM. A
    // change to the generator changes the benchmark inputs: update them, and rerun BENCHMARKS.md's table.
    long[][] expected = {{11_517, 491_662_063}, {1_001_027, 1_117_636_788}, {10_016_514, -1_595_098_708}};
    String markdown = DocumentGenerator.markdown(size, SEED);
    assertEquals(expected[size.ordinal()][0], DocumentGenerator.utf8Length(markdown), "bytes");
    assertEquals(expected[size.ordinal()][1], markdown.hashCode(), "hash code");
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> DocumentGenerator.markdown(0, SEED));
    assertEquals("scale must be at least 1, was 0", zero.getMessage());
    NullPointerException noSize = assertThrows(NullPointerException.class,
        () -> DocumentGenerator.markdown(null, SEED));
    assertEquals("size must not be null", noSize.getMessage());
  }

  @Test
  void typicalDocumentsReadWithoutErrors() {
    for (long seed = 1; seed <= 100; seed++) {
      ReadResult result = Engines.markdownReader().read(DocumentGenerator.markdown(InputSize.TYPICAL, seed));
      long current = seed;
      assertTrue(!result.hasErrors(), () -> "seed " + current + ": " + errors(result));
    }
  }

  @ParameterizedTest
  @EnumSource(InputSize.class)
  void everySizeReadsWithoutErrors(InputSize size) {
    ReadResult result = Engines.markdownReader().read(DocumentGenerator.markdown(size, SEED));
    assertTrue(!result.hasErrors(), () -> errors(result));
  }

  @Test
  void aScaleOneDocumentFillsEveryTypedPart() {
    DesignDoc doc = Engines.markdownReader().read(DocumentGenerator.markdown(1, SEED)).orThrow();
    assertTypedParts(doc, 1);
  }

  @Test
  void aScaledDocumentHasThatManyTimesTheParts() {
    DesignDoc doc = Engines.markdownReader().read(DocumentGenerator.markdown(7, SEED)).orThrow();
    assertTypedParts(doc, 7);
  }

  /** The typed items of the data-model sections, without the models the rest of the document states. */
  private static java.util.List<io.github.designdoc.DataModel> dataModelItems(DesignDoc doc) {
    return doc.sections(io.github.designdoc.DataModels.class).stream().flatMap(s -> s.items().stream()).toList();
  }

  private static void assertTypedParts(DesignDoc doc, int scale) {
    assertAll(
        () -> assertTrue(doc.version().isPresent(), "version"),
        () -> assertEquals(1, doc.authors().size(), "authors"),
        () -> assertTrue(doc.date().isPresent(), "date"),
        () -> assertTrue(doc.status().isPresent(), "status"),
        () -> assertEquals(1, doc.otherMetadata().size(), "other metadata"),
        () -> assertTrue(doc.overview().isPresent(), "overview"),
        () -> assertEquals(4 * scale, doc.components().size(), "components"),
        () -> assertTrue(doc.components().stream().allMatch(c -> c.owner().isPresent() && c.details().size() >= 2),
            "component owners and details"),
        () -> assertEquals(2 * scale, doc.requestFlows().size(), "request flows"),
        () -> assertTrue(doc.requestFlows().stream().allMatch(f -> f.steps().size() >= 3), "flow steps"),
        () -> assertEquals(2 * scale, count(doc.apiContracts(), HttpContract.class), "HTTP contracts"),
        () -> assertEquals(scale, count(doc.apiContracts(), CodeContract.class), "code contracts"),
        () -> assertEquals(2 * scale, dataModelItems(doc).size(), "data models"),
        () -> assertTrue(dataModelItems(doc).stream().allMatch(m -> m.fields().size() >= 4), "data model fields"),
        () -> assertEquals(4 * scale, doc.securityConsiderations().size(), "security"),
        () -> assertEquals(3 * scale, doc.performanceConsiderations().size(), "performance"),
        () -> assertEquals(4 * scale, doc.testingStrategy().size(), "testing strategy"),
        () -> assertEquals(3 * scale, doc.rolloutPhases().size(), "rollout phases"),
        () -> assertTrue(doc.sections(RolloutPlan.class).get(0).notes().isPresent(), "rollout notes"),
        () -> assertEquals(3 * scale, doc.openIssues().size(), "open issues"),
        () -> assertEquals(2 * scale, doc.customSections().size(), "custom sections"),
        () -> assertEquals(scale, customSectionsRightAfter(doc, SectionKind.OVERVIEW), "custom sections after the overview"),
        () -> assertEquals(2 * scale, doc.revisions().size(), "revisions"));
  }

  /** The custom sections that follow a section of the kind with only custom sections in between. */
  private static long customSectionsRightAfter(DesignDoc doc, SectionKind kind) {
    long count = 0;
    boolean after = false;
    for (Section section : doc.sections()) {
      if (section.kind() == SectionKind.CUSTOM) {
        count += after ? 1 : 0;
      } else {
        after = section.kind() == kind;
      }
    }
    return count;
  }

  private static long count(List<?> values, Class<?> type) {
    return values.stream().filter(type::isInstance).count();
  }

  private static String errors(ReadResult result) {
    return result.diagnostics().stream().filter(Diagnostic::isError).limit(5).map(Diagnostic::toString)
        .collect(Collectors.joining("\n"));
  }
}
