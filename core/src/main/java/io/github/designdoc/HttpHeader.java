package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/** A request header of an {@link HttpContract}, such as {@code Authorization: Bearer <token>}. */
@Value.Immutable
public abstract class HttpHeader {
  HttpHeader() {}

  /** The header's name. Single line, not blank. */
  public abstract String name();

  /** The header's value. Single line, may be empty. */
  public abstract String value();

  /** The header {@code name: value}. */
  public static HttpHeader of(String name, String value) {
    return new Builder().name(name).value(value).build();
  }

  @Value.Check
  HttpHeader normalize() {
    String name = Text.requiredLine("HTTP header name", name());
    String value = Text.line("value of HTTP header", name, value());
    return name.equals(name()) && value.equals(value()) ? this : of(name, value);
  }

  static final class Builder extends ImmutableHttpHeader.Builder {}
}
