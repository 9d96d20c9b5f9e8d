package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section the template does not name, such as {@code Goals}, {@code Alternatives} or
 * {@code Local Development}: its heading and its Markdown body, kept as written.
 */
@Value.Immutable
public abstract non-sealed class CustomSection implements Section {
  CustomSection() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.CUSTOM;
  }

  /** The heading as written. Single line, not blank. */
  @Override
  public final Optional<String> heading() {
    return Optional.of(title());
  }

  /** The heading as written. Single line, not blank. */
  @Override
  public abstract String title();

  /** The body, as Markdown (deeper headings included); may be empty. */
  public abstract String body();

  /** A section with this heading and body. */
  public static CustomSection of(String heading, String body) {
    return new Builder().title(heading).body(body).build();
  }

  @Value.Check
  CustomSection normalize() {
    String title = Text.requiredLine("section heading", title());
    String body = Text.markdown("body of section", title, body());
    if (title.equals(title()) && body.equals(body())) {
      return this;
    }
    return of(title, body);
  }

  static final class Builder extends ImmutableCustomSection.Builder {}
}
