package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/** A row of the revision history: date, author and changes. The template's first row leaves date and author empty. */
@Value.Immutable
public abstract class Revision {
  Revision() {}

  /** When the revision was made. */
  public abstract Optional<DocDate> date();

  /** Who made it. */
  public abstract Optional<String> author();

  /** What changed. Single line, may be empty. */
  public abstract String changes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  Revision normalize() {
    Optional<String> author = Text.optionalLine("revision author", author());
    String changes = Text.line("revision changes", changes());
    if (author.equals(author()) && changes.equals(changes())) {
      return this;
    }
    return builder().from(this).author(author).changes(changes).build();
  }

  /** Builds a {@link Revision}. */
  public static final class Builder extends ImmutableRevision.Builder {
    Builder() {}

    /** Sets the date from an ISO-8601 date or any other text, kept verbatim. */
    public Builder date(String date) {
      return date(DocDate.of(date));
    }
  }
}
