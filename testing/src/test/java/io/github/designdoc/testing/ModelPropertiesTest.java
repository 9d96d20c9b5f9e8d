package io.github.designdoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.ApiContracts;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.ItemSection;
import io.github.designdoc.Overview;
import io.github.designdoc.Section;
import io.github.designdoc.SectionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Properties of the model over the adversarial generator. They live here because core cannot depend on the generator. */
class ModelPropertiesTest {

  @Provide
  Arbitrary<DesignDoc> docs() {
    return DesignDocArbitraries.designDocs();
  }

  @Property(tries = 300)
  void aCodeBlockOfEndpointsStatesExactlyThoseEndpoints(
      @ForAll("blockEndpoints") List<HttpContract> endpoints, @ForAll("blockLanguages") String language) {
    CodeContract contract = CodeContract.builder()
        .code(CodeBlock.of(language, DesignDocArbitraries.endpointBlock(endpoints))).build();
    assertEquals(endpoints, contract.endpoints());
    assertEquals(List.of(), contract.operations());
    ApiContracts section = ApiContracts.of(List.of(contract));
    assertEquals(endpoints, section.endpoints());
  }

  @Provide
  Arbitrary<List<HttpContract>> blockEndpoints() {
    return DesignDocArbitraries.blockEndpoints().list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> blockLanguages() {
    return net.jqwik.api.Arbitraries.of("", "http", "text");
  }

  @Property(tries = 300)
  void toBuilderRoundTrips(@ForAll("docs") DesignDoc doc) {
    DesignDoc copy = doc.toBuilder().build();
    assertEquals(doc, copy);
    assertEquals(doc.hashCode(), copy.hashCode());
    assertEquals(doc.toString(), copy.toString());
    assertEquals(doc.sections(), copy.sections());
  }

  @Property(tries = 300)
  void normalizationIsIdempotent(@ForAll("docs") DesignDoc doc) {
    List<Section> messy = new ArrayList<>();
    for (Section s : doc.sections()) {
      if (s instanceof Overview o) {
        messy.add(o.toBuilder().heading(" " + o.title() + "\t")
            .text("\r\n  \n" + o.text().replace("\n", "\r\n") + "\n\n  ").build());
      } else if (s instanceof CustomSection c) {
        messy.add(CustomSection.of("\t" + c.title() + " \n", "\n\n" + c.body() + "\n \n"));
      } else {
        messy.add(s);
      }
    }
    DesignDoc renormalized = DesignDoc.builder()
        .from(doc)
        .title(" \t" + doc.title() + "\n")
        .sections(messy)
        .build();
    assertEquals(doc, renormalized);
  }

  @Property(tries = 300)
  void equalityFollowsContent(@ForAll("docs") DesignDoc a, @ForAll("docs") DesignDoc b) {
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    DesignDoc retitled = a.toBuilder().title(a.title() + " v2").build();
    assertNotEquals(a, retitled);
    assertEquals(a, retitled.toBuilder().title(a.title()).build());
  }

  /** Reordering two sections of different content changes the document: order is part of its value. */
  @Property(tries = 300)
  void sectionOrderIsPartOfTheValue(@ForAll("docs") DesignDoc doc) {
    List<Section> sections = new ArrayList<>(doc.sections());
    if (sections.size() < 2 || sections.get(0).equals(sections.get(1))) {
      return;
    }
    Section first = sections.set(0, sections.get(1));
    sections.set(1, first);
    assertNotEquals(doc, doc.toBuilder().sections(sections).build());
  }

  /** The conveniences see the items of every section of their kind, in document order. */
  @Property(tries = 300)
  void conveniencesFlattenEverySectionOfTheirKind(@ForAll("docs") DesignDoc doc) {
    List<Object> components = new ArrayList<>();
    List<Object> issues = new ArrayList<>();
    for (Section s : doc.sections()) {
      if (s.kind() == SectionKind.COMPONENTS) {
        components.addAll(((ItemSection<?>) s).items());
      } else if (s.kind() == SectionKind.OPEN_ISSUES) {
        issues.addAll(((ItemSection<?>) s).items());
      }
    }
    // components() is the items of every Components section first, then what kept text states.
    assertEquals(components, doc.components().subList(0, components.size()));
    assertEquals(issues, doc.openIssues());
    for (SectionKind kind : SectionKind.values()) {
      assertEquals(doc.sections().stream().anyMatch(s -> s.kind() == kind), doc.hasSection(kind));
    }
  }

  /** The generator makes what the property tests need: repeated kinds, customs between known sections. */
  @Property(tries = 300)
  void generatorCoversOrderAndRepeats(@ForAll("docs") DesignDoc doc) {
    Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
    boolean repeated = false;
    boolean outOfOrder = false;
    int lastKnown = -1;
    for (Section s : doc.sections()) {
      repeated |= !seen.add(s.kind()) && s.kind().isTemplatePart();
      if (s.kind().isTemplatePart()) {
        outOfOrder |= s.kind().ordinal() < lastKnown;
        lastKnown = s.kind().ordinal();
      }
    }
    boolean customBetween = false;
    List<Section> sections = doc.sections();
    for (int i = 1; i + 1 < sections.size(); i++) {
      customBetween |= sections.get(i) instanceof CustomSection && sections.get(i - 1).kind().isTemplatePart()
          && sections.get(i + 1).kind().isTemplatePart();
    }
    boolean renamed = sections.stream().anyMatch(s -> s.kind().isTemplatePart() && s.heading().isPresent());
    Statistics.label("repeated kind").collect(repeated);
    Statistics.label("out of template order").collect(outOfOrder);
    Statistics.label("custom between known").collect(customBetween);
    Statistics.label("known section with own heading").collect(renamed);
    Statistics.label("no sections").collect(sections.isEmpty());
    Statistics.label("repeated kind").coverage(c -> c.check(true).percentage(p -> p > 15));
    Statistics.label("out of template order").coverage(c -> c.check(true).percentage(p -> p > 25));
    Statistics.label("custom between known").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("known section with own heading").coverage(c -> c.check(true).percentage(p -> p > 25));
    Statistics.label("no sections").coverage(c -> c.check(true).percentage(p -> p > 1 && p < 25));
    Set<String> customHeadings = new HashSet<>();
    doc.customSections().forEach(c -> customHeadings.add(c.title()));
    for (String heading : customHeadings) {
      assertTrue(SectionKind.find(heading).isEmpty(), () -> "custom heading names a known section: " + heading);
    }
  }
}
