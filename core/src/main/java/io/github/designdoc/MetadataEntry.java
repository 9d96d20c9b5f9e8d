package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/**
 * A metadata entry other than version, author, date and status, such as {@code Reviewers} or
 * {@code Ticket}; kept in the order written.
 */
@Value.Immutable
public abstract class MetadataEntry {
  MetadataEntry() {}

  /** The key as written, without its colon, such as {@code Reviewers}. Single line, not blank. */
  public abstract String key();

  /** The value as written. Single line, may be empty. */
  public abstract String value();

  /** The entry {@code key: value}. */
  public static MetadataEntry of(String key, String value) {
    return new Builder().key(key).value(value).build();
  }

  @Value.Check
  MetadataEntry normalize() {
    String key = Text.requiredLine("metadata key", key());
    String value = Text.line("metadata value of", key, value());
    if (key.equals(key()) && value.equals(value())) {
      return this;
    }
    return of(key, value);
  }

  static final class Builder extends ImmutableMetadataEntry.Builder {}
}
