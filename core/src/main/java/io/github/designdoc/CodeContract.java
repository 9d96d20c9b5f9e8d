package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An API contract kept as a titled code block: WebSocket messages, inter-service contracts, several
 * endpoints in one block, XML bodies, or any block that is not a regular {@link HttpContract}.
 */
@Value.Immutable
public abstract non-sealed class CodeContract implements ApiContract {
  CodeContract() {}

  @Override
  public abstract Optional<String> title();

  @Override
  public abstract Optional<String> description();

  /** The contract's code block, verbatim. */
  public abstract CodeBlock code();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  CodeContract normalize() {
    Optional<String> title = Text.optionalLine("API contract title", title());
    Optional<String> description = Text.optionalMarkdown("API contract description", description());
    if (title.equals(title()) && description.equals(description())) {
      return this;
    }
    return builder().from(this).title(title).description(description).build();
  }

  /** Builds a {@link CodeContract}. */
  public static final class Builder extends ImmutableCodeContract.Builder {
    Builder() {}

    /** Sets the code block from its language and content. */
    public Builder code(String language, String content) {
      return code(CodeBlock.of(language, content));
    }
  }
}
