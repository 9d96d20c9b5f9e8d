package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The data structures, schema changes and message formats: the template's {@code ## Data Models / Schemas}.
 */
@Value.Immutable
public abstract non-sealed class DataModels implements ItemSection<DataModel> {
  DataModels() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.DATA_MODELS;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The data models, in order. */
  @Override
  public abstract List<DataModel> items();

  @Override
  public abstract Optional<String> notes();

  /** A section of these items under the template's heading. */
  public static DataModels of(List<DataModel> items) {
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
  DataModels normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of data models", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of data models", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link DataModels} section. */
  public static final class Builder extends ImmutableDataModels.Builder {
    Builder() {}
  }
}
