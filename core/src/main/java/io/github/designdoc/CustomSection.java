package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/**
 * A section the template does not name, such as {@code Goals}, {@code Alternatives} or
 * {@code Local Development}: its heading and Markdown body, placed after a known section.
 *
 * <p>Custom sections placed after the same known section keep their order.
 */
@Value.Immutable
public abstract class CustomSection {
  CustomSection() {}

  /** The heading as written. Single line, not blank. */
  public abstract String heading();

  /** The body, as Markdown (deeper headings included); may be empty. */
  public abstract String body();

  /**
   * The known section this one follows, whether or not that section is present; {@link
   * SectionKind#METADATA} places it before the overview. Defaults to {@link SectionKind#OPEN_ISSUES}:
   * after the template's sections, before the revision history.
   */
  @Value.Default
  public SectionKind after() {
    return SectionKind.OPEN_ISSUES;
  }

  /** A section with this heading and body, after the open issues. */
  public static CustomSection of(String heading, String body) {
    return builder().heading(heading).body(body).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  CustomSection normalize() {
    String heading = Text.requiredLine("section heading", heading());
    String body = Text.markdown("body of section " + heading, body());
    if (heading.equals(heading()) && body.equals(body())) {
      return this;
    }
    return builder().from(this).heading(heading).body(body).build();
  }

  /** Builds a {@link CustomSection}. */
  public static final class Builder extends ImmutableCustomSection.Builder {
    Builder() {}
  }
}
