package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The open issues: the template's {@code ## Open Issues}.
 */
@Value.Immutable
public abstract non-sealed class OpenIssues implements ItemSection<OpenIssue> {
  OpenIssues() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.OPEN_ISSUES;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The issues, open or resolved, in order. */
  @Override
  public abstract List<OpenIssue> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static OpenIssues of(List<OpenIssue> items) {
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
  OpenIssues normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of open issues", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of open issues", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link OpenIssues} section. */
  public static final class Builder extends ImmutableOpenIssues.Builder {
    Builder() {}
  }
}
