package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The components involved, with clear ownership boundaries: the template's {@code ## Components}.
 */
@Value.Immutable
public abstract non-sealed class Components implements ItemSection<Component> {
  Components() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.COMPONENTS;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The components, in order. */
  @Override
  public abstract List<Component> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static Components of(List<Component> items) {
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
  Components normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of components", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of components", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link Components} section. */
  public static final class Builder extends ImmutableComponents.Builder {
    Builder() {}
  }
}
