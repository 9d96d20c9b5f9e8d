package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The API endpoints, messages and inter-service contracts: the template's {@code ## API Contracts}.
 */
@Value.Immutable
public abstract non-sealed class ApiContracts implements ItemSection<ApiContract> {
  ApiContracts() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.API_CONTRACTS;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The contracts, in order: {@link HttpContract}s and contracts kept as code ({@link CodeContract}). */
  @Override
  public abstract List<ApiContract> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static ApiContracts of(List<ApiContract> items) {
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
  ApiContracts normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of api contracts", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of api contracts", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link ApiContracts} section. */
  public static final class Builder extends ImmutableApiContracts.Builder {
    Builder() {}
  }
}
