package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The testing strategy: the template's {@code ## Testing Strategy}, entries such as {@code - **Unit tests**: ...}.
 */
@Value.Immutable
public abstract non-sealed class TestingStrategy implements ItemSection<TestingEntry> {
  TestingStrategy() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.TESTING_STRATEGY;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The entries, in order. */
  @Override
  public abstract List<TestingEntry> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static TestingStrategy of(List<TestingEntry> items) {
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
  TestingStrategy normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of testing strategy", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of testing strategy", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link TestingStrategy} section. */
  public static final class Builder extends ImmutableTestingStrategy.Builder {
    Builder() {}
  }
}
