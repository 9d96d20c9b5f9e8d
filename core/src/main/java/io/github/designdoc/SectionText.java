package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The prose of a known section around its typed content: the heading as its author wrote it, Markdown
 * before the typed content (an introduction) and Markdown after it (notes).
 *
 * <p>For example the template's rollout plan is a list of phases ({@link DesignDoc#rolloutPhases()})
 * followed by the note "Include feature flags, ...", kept here as {@link #notes()}. Content of a known
 * section that does not fit its typed shape is kept in {@link #notes()} in its original order.
 */
@Value.Immutable
public abstract class SectionText {
  SectionText() {}

  /** The heading as written when it differs from the template's ({@code Summary} for the overview). */
  public abstract Optional<String> heading();

  /** Markdown before the section's typed content. */
  public abstract Optional<String> intro();

  /** Markdown after the section's typed content. */
  public abstract Optional<String> notes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Whether no part is set. */
  public boolean isEmpty() {
    return heading().isEmpty() && intro().isEmpty() && notes().isEmpty();
  }

  @Value.Check
  SectionText normalize() {
    Optional<String> heading = Text.optionalLine("heading", heading());
    Optional<String> intro = Text.optionalMarkdown("intro", intro());
    Optional<String> notes = Text.optionalMarkdown("notes", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link SectionText}. */
  public static final class Builder extends ImmutableSectionText.Builder {
    Builder() {}
  }
}
