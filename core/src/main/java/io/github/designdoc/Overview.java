package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the feature does, why it is built and its key goals: the template's {@code ## Overview}, often
 * written as {@code Summary}, {@code Abstract} or {@code TL;DR}.
 */
@Value.Immutable
public abstract non-sealed class Overview implements Section {
  Overview() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.OVERVIEW;
  }

  @Override
  public abstract Optional<String> heading();

  /** The overview, as Markdown; may be empty. */
  public abstract String text();

  /** An overview under the template's heading. */
  public static Overview of(String text) {
    return builder().text(text).build();
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
  Overview normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    String text = Text.markdown("overview", text());
    if (heading.equals(heading()) && text.equals(text())) {
      return this;
    }
    return builder().heading(heading).text(text).build();
  }

  /** Builds an {@link Overview}. */
  public static final class Builder extends ImmutableOverview.Builder {
    Builder() {}
  }
}
