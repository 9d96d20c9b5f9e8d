package io.github.designdoc;

import io.github.designdoc.internal.Text;
import org.immutables.value.Value;

/**
 * A response of an {@link HttpContract}: a status such as {@code 200}, {@code 4xx} or {@code 4xx/5xx},
 * and what it returns.
 */
@Value.Immutable
public abstract class HttpResponse {
  HttpResponse() {}

  /** The status code or range as written. Single line, not blank. */
  public abstract String status();

  /** What the response carries, such as {@code OK -> { session }}. Single line, may be empty. */
  public abstract String description();

  /** The response {@code status description}. */
  public static HttpResponse of(String status, String description) {
    return new Builder().status(status).description(description).build();
  }

  @Value.Check
  HttpResponse normalize() {
    String status = Text.requiredLine("HTTP response status", status());
    String description = Text.line("description of HTTP response", status, description());
    return status.equals(status()) && description.equals(description()) ? this : of(status, description);
  }

  static final class Builder extends ImmutableHttpResponse.Builder {}
}
