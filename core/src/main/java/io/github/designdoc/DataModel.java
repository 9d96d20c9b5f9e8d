package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data structure, database schema change or message format: its fields from a table
 * ({@code | Field | Type | Description |}) and/or schema blocks such as JSON. A reader may take the
 * fields from the schema block when there is no table (the keys of a JSON object, the columns of a SQL
 * table, the fields of a protobuf message, Go struct or TypeScript interface).
 */
@Value.Immutable
public abstract class DataModel {
  DataModel() {}

  /** The model's name, such as a heading above its table; empty when the document names none. */
  public abstract Optional<String> name();

  /** Markdown before the fields and schemas. */
  public abstract Optional<String> description();

  /** The fields, from the model's table (or, when it has none, as its schema block states them). */
  public abstract List<DataField> fields();

  /** Schema blocks after the fields, such as a JSON example. */
  public abstract List<CodeBlock> schemas();

  /** Markdown after the fields and schemas, such as remarks on the model. */
  public abstract Optional<String> notes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  DataModel normalize() {
    Optional<String> name = Text.optionalLine("data model name", name());
    Optional<String> description = Text.optionalMarkdown("data model description", description());
    Optional<String> notes = Text.optionalMarkdown("data model notes", notes());
    if (name.equals(name()) && description.equals(description()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).name(name).description(description).notes(notes).build();
  }

  /** Builds a {@link DataModel}. */
  public static final class Builder extends ImmutableDataModel.Builder {
    Builder() {}

    /** Adds a field. */
    public Builder field(String name, String type, String description) {
      return addField(DataField.of(name, type, description));
    }

    /** Adds a schema block in the given language, such as {@code json}. */
    public Builder schema(String language, String content) {
      return addSchema(CodeBlock.of(language, content));
    }
  }
}
