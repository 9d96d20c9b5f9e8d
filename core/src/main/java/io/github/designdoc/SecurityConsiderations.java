package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The security considerations: the template's {@code ## Security Considerations}.
 */
@Value.Immutable
public abstract non-sealed class SecurityConsiderations implements ItemSection<String> {
  SecurityConsiderations() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.SECURITY_CONSIDERATIONS;
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
  public static SecurityConsiderations of(List<String> items) {
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
  SecurityConsiderations normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of security considerations", intro());
    List<String> items = Text.markdowns("security considerations", items());
    Optional<String> notes = Text.optionalMarkdown("notes of security considerations", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && items.equals(items()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).items(items).notes(notes).build();
  }

  /** Builds a {@link SecurityConsiderations} section. */
  public static final class Builder extends ImmutableSecurityConsiderations.Builder {
    Builder() {}
  }
}
