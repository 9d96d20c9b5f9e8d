package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The revision history: the template's {@code ## Revision History} table.
 */
@Value.Immutable
public abstract non-sealed class RevisionHistory implements ItemSection<Revision> {
  RevisionHistory() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.REVISION_HISTORY;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The revisions, in the order written. */
  @Override
  public abstract List<Revision> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static RevisionHistory of(List<Revision> items) {
    return builder().items(items).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this section. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  RevisionHistory normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of revision history", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of revision history", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link RevisionHistory} section. */
  public static final class Builder extends ImmutableRevisionHistory.Builder {
    Builder() {}
  }
}
