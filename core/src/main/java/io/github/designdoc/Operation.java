package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named operation a {@link CodeContract}'s block states that is not an HTTP endpoint: a gRPC
 * {@code rpc}, a call signature, a command of a command-line interface, or a message identified by its
 * type.
 */
@Value.Immutable
public abstract class Operation {
  Operation() {}

  /** What kind of operation this is. */
  public enum Kind {
    /** A remote procedure call, such as a protobuf {@code rpc} in a {@code service}. */
    RPC,
    /** A call stated by its signature, such as {@code dispatch(id, payload) -> run_id}. */
    CALL,
    /** A command of a command-line interface, such as {@code tool plugin install}. */
    COMMAND,
    /** A message identified by its type, such as a WebSocket message's {@code type}. */
    MESSAGE
  }

  /** The kind of operation. */
  public abstract Kind kind();

  /**
   * The operation's name: the rpc's or call's name ({@code GetUser}), the command without its
   * arguments ({@code tool plugin install}) or the message's type. Single line, not blank.
   */
  public abstract String name();

  /** The rpc's request type, the call's parameters, or the command's arguments, as written. Single line. */
  public abstract Optional<String> request();

  /** The rpc's response type (with {@code stream} when it streams) or the call's result, as written. */
  public abstract Optional<String> response();

  /** An operation with neither request nor response. */
  public static Operation of(Kind kind, String name) {
    return builder().kind(kind).name(name).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Operation normalize() {
    String name = Text.requiredLine("operation name", name());
    Optional<String> request = Text.optionalLine("request of operation", name, request());
    Optional<String> response = Text.optionalLine("response of operation", name, response());
    if (name.equals(name()) && request.equals(request()) && response.equals(response())) {
      return this;
    }
    return builder().from(this).name(name).request(request).response(response).build();
  }

  /** Builds an {@link Operation}. */
  public static final class Builder extends ImmutableOperation.Builder {
    Builder() {}
  }
}
