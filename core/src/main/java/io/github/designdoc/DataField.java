package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/** A row of a data model's table: field name, type and description. Each is a single line, may be empty. */
@Value.Immutable
public abstract class DataField {
  DataField() {}

  /** The field's name. */
  public abstract String name();

  /** The field's type. */
  public abstract String type();

  /** What the field holds. */
  public abstract String description();

  /** The field {@code name | type | description}. */
  public static DataField of(String name, String type, String description) {
    return new Builder().name(name).type(type).description(description).build();
  }

  @Value.Check
  DataField normalize() {
    String name = Text.line("data field name", name());
    String type = Text.line("type of data field", name, type());
    String description = Text.line("description of data field", name, description());
    if (name.equals(name()) && type.equals(type()) && description.equals(description())) {
      return this;
    }
    return of(name, type, description);
  }

  static final class Builder extends ImmutableDataField.Builder {}
}
