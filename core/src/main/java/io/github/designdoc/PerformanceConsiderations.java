package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The performance considerations: the template's {@code ## Performance Considerations}.
 */
@Value.Immutable
public abstract non-sealed class PerformanceConsiderations implements ItemSection<String> {
  PerformanceConsiderations() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.PERFORMANCE_CONSIDERATIONS;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The considerations, one Markdown item each. */
  @Override
  public abstract List<String> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static PerformanceConsiderations of(List<String> items) {
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
  PerformanceConsiderations normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of performance considerations", intro());
    List<String> items = Text.markdowns("performance considerations", items());
    Optional<String> notes = Text.optionalMarkdown("notes of performance considerations", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && items.equals(items()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).items(items).notes(notes).build();
  }

  /** Builds a {@link PerformanceConsiderations} section. */
  public static final class Builder extends ImmutablePerformanceConsiderations.Builder {
    Builder() {}
  }
}
