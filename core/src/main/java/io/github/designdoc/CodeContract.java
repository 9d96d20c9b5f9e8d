package io.github.designdoc;

import io.github.designdoc.internal.ContractText;
import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An API contract kept as a titled code block: WebSocket messages, inter-service contracts, several
 * endpoints in one block, XML bodies, or any block that is not a regular {@link HttpContract}.
 *
 * <p>The block is always kept verbatim; {@link #endpoints()} and {@link #operations()} are a typed view
 * derived from the block (and, for commands, from the title and description that present it), so the
 * view can never disagree with the text and needs no storing: every format keeps the block, and the
 * view of a contract read back is the same.
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

  /**
   * The HTTP and WebSocket endpoints the block states, in order: lines such as {@code POST /v1/things},
   * {@code GET https://host/path?query} or {@code WS /path} (with the method in capitals and the path
   * as written), each with the headers, body and responses the lines under it state in the template's
   * {@code Headers:} / {@code Body:} / {@code Response:} form. Each has neither title nor description.
   * Blocks in a data or programming language (JSON, YAML, protobuf, Go, ...) state no endpoints. When
   * the block states none and the title is an endpoint ({@code POST /v1/things}, in code marks or not),
   * that endpoint, with only its method and path.
   */
  @Value.Lazy
  public List<HttpContract> endpoints() {
    List<HttpContract> endpoints = ContractText.endpoints(code());
    return endpoints.isEmpty() ? ContractText.titleEndpoint(title()) : endpoints;
  }

  /**
   * The named operations the block states, in order: each {@code rpc Name(Request) returns (Response)}
   * of a protobuf {@code service}; a block of call signatures such as {@code name(args) -> result};
   * when the title or the paragraph above presents the block as commands (a {@code CLI} or
   * {@code command} that is not an example), each command line of one program; and the {@code type}s of
   * the messages of a block that states a WebSocket route, or of a JSON block presented as WebSocket
   * messages.
   */
  @Value.Lazy
  public List<Operation> operations() {
    return ContractText.operations(title(), description(), code());
  }

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
