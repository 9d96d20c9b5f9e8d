package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data structure, database schema change or message format: its fields from a table
 * ({@code | Field | Type | Description |}) and/or schema blocks such as JSON.
 */
@Value.Immutable
public abstract class DataModel {
  DataModel() {}

  /** The model's name, such as a heading above its table; empty when the document names none. */
  public abstract Optional<String> name();

  /** Markdown before the fields and schemas. */
  public abstract Optional<String> description();

  /** The fields, from the model's table. */
  public abstract List<DataField> fields();

  /** Schema blocks after the fields, such as a JSON example. */
  public abstract List<CodeBlock> schemas();

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
    if (name.equals(name()) && description.equals(description())) {
      return this;
    }
    return builder().from(this).name(name).description(description).build();
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
