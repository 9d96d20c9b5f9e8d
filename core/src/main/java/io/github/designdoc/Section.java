package io.github.designdoc;

import java.util.Optional;

/**
 * One section of a {@link DesignDoc}, in document order: a part of the template (its {@link #kind()})
 * or a {@link CustomSection} the template does not name.
 *
 * <p>The permitted types are {@link Overview}, {@link CustomSection} and the {@link ItemSection}s, each
 * a list of typed items with optional prose before and after: {@link Components}, {@link RequestFlows},
 * {@link ApiContracts}, {@link DataModels}, {@link SecurityConsiderations},
 * {@link PerformanceConsiderations}, {@link TestingStrategy}, {@link RolloutPlan}, {@link OpenIssues}
 * and {@link RevisionHistory}. A kind may appear more than once, in any order. Switch over them with
 * {@code instanceof} patterns or over {@link #kind()}.
 */
public sealed interface Section permits Overview, CustomSection, ItemSection {
  /** What template part this section plays. */
  SectionKind kind();

  /**
   * The heading as its author wrote it, such as {@code Summary} for an overview; empty when it is the
   * template's own ({@link SectionKind#title()}). A {@link CustomSection}'s heading is always present.
   */
  Optional<String> heading();

  /** The heading as shown: {@link #heading()} or else the template's title. */
  default String title() {
    return heading().orElse(kind().title());
  }
}
