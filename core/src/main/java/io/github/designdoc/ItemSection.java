package io.github.designdoc;

import java.util.List;
import java.util.Optional;

/**
 * A section made of typed items, such as the {@link Components} or the {@link OpenIssues}, with optional
 * Markdown before the items (an introduction) and after them (notes, which also hold whatever in the
 * section does not fit its items' shape).
 *
 * @param <T> the type of the items
 */
public sealed interface ItemSection<T> extends Section
    permits Components, RequestFlows, ApiContracts, DataModels, SecurityConsiderations, PerformanceConsiderations,
        TestingStrategy, RolloutPlan, OpenIssues, RevisionHistory {
  /** Markdown before the items. */
  Optional<String> intro();

  /** The items, in order. */
  List<T> items();

  /** Markdown after the items. */
  Optional<String> notes();

  /** Whether the section has no items and no prose. */
  default boolean isEmpty() {
    return intro().isEmpty() && items().isEmpty() && notes().isEmpty();
  }
}
