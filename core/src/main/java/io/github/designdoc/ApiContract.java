package io.github.designdoc;

import java.util.Optional;

/**
 * An API contract: an {@link HttpContract} where the text is a regular HTTP endpoint, or a
 * {@link CodeContract} for anything else (WebSocket messages, inter-service calls, several endpoints in
 * one block, XML bodies), kept verbatim with the endpoints and operations it states.
 */
public sealed interface ApiContract permits HttpContract, CodeContract {
  /** The contract's title, such as a heading above its block. */
  Optional<String> title();

  /** Markdown between the title and the block. */
  Optional<String> description();
}
