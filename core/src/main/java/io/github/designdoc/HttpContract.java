package io.github.designdoc;

import io.github.designdoc.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An HTTP endpoint: method, path, headers, body and responses.
 *
 * <p>In the template:
 *
 * <pre>
 * METHOD /api/endpoint
 * Headers:
 *   Authorization: Bearer &lt;token&gt;
 * Body:
 *   field: type
 *
 * Response:
 *   200 OK -&gt; { response_schema }
 *   4xx/5xx -&gt; error cases
 * </pre>
 */
@Value.Immutable
public abstract non-sealed class HttpContract implements ApiContract {
  HttpContract() {}

  @Override
  public abstract Optional<String> title();

  @Override
  public abstract Optional<String> description();

  /** The method as written, such as {@code GET}. Single line, not blank. */
  public abstract String method();

  /** The path, such as {@code /api/sessions/{id}}. Single line, not blank. */
  public abstract String path();

  /** The request headers, in order. */
  public abstract List<HttpHeader> headers();

  /** The request body, verbatim (a schema sketch, JSON, ...). */
  public abstract Optional<String> body();

  /** The responses, in order. */
  public abstract List<HttpResponse> responses();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this value. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  HttpContract normalize() {
    Optional<String> title = Text.optionalLine("API contract title", title());
    Optional<String> description = Text.optionalMarkdown("API contract description", description());
    String method = Text.requiredLine("HTTP method", method());
    String path = Text.requiredLine("HTTP path of", method, path());
    Optional<String> body = body().map(CodeBlock::code).filter(b -> !b.isBlank());
    if (title.equals(title()) && description.equals(description()) && method.equals(method())
        && path.equals(path()) && body.equals(body())) {
      return this;
    }
    return builder().from(this).title(title).description(description).method(method).path(path)
        .body(body).build();
  }

  /** Builds an {@link HttpContract}. */
  public static final class Builder extends ImmutableHttpContract.Builder {
    Builder() {}

    /** Adds a request header. */
    public Builder header(String name, String value) {
      return addHeader(HttpHeader.of(name, value));
    }

    /** Adds a response, such as {@code response("200", "OK -> { session }")}. */
    public Builder response(String status, String description) {
      return addResponse(HttpResponse.of(status, description));
    }
  }
}
