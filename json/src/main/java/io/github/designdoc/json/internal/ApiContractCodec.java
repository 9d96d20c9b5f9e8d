package io.github.designdoc.json.internal;

import static io.github.designdoc.json.internal.Property.list;
import static io.github.designdoc.json.internal.Property.one;
import static io.github.designdoc.json.internal.Property.optional;
import static io.github.designdoc.json.internal.Scalars.LINE;
import static io.github.designdoc.json.internal.Scalars.REQUIRED_LINE;
import static io.github.designdoc.json.internal.Scalars.TEXT;

import io.github.designdoc.ApiContract;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.HttpContract;
import io.github.designdoc.Location;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * API contracts: {@code {"type": "http", ...}} or {@code {"type": "code", ...}}. The explicit
 * {@code type} property is written first and may stand anywhere when read; no Jackson type handling is
 * involved.
 */
final class ApiContractCodec implements Codec<ApiContract> {
  private static final String HTTP = "http";
  private static final String CODE = "code";

  static final ObjectCodec<HttpContract> HTTP_CONTRACT = new ObjectCodec<>(HttpContract.class, "an http API contract",
      f -> HttpContract.builder().title(f.<String>optional("title")).description(f.<String>optional("description"))
          .method(f.<String>one("method")).path(f.<String>one("path")).headers(f.list("headers"))
          .body(f.<String>optional("body")).responses(f.list("responses")).build(),
      one("type", TEXT, c -> HTTP),
      optional("title", LINE, HttpContract::title),
      optional("description", Scalars.MARKDOWN, HttpContract::description),
      one("method", REQUIRED_LINE, HttpContract::method),
      one("path", REQUIRED_LINE, HttpContract::path),
      list("headers", PartCodecs.HTTP_HEADER, HttpContract::headers),
      optional("body", Scalars.FENCED, HttpContract::body),
      list("responses", PartCodecs.HTTP_RESPONSE, HttpContract::responses));

  static final ObjectCodec<CodeContract> CODE_CONTRACT = new ObjectCodec<>(CodeContract.class, "a code API contract",
      f -> CodeContract.builder().title(f.<String>optional("title")).description(f.<String>optional("description"))
          .code(f.<CodeBlock>one("code")).build(),
      one("type", TEXT, c -> CODE),
      optional("title", LINE, CodeContract::title),
      optional("description", Scalars.MARKDOWN, CodeContract::description),
      one("code", PartCodecs.CODE_BLOCK, CodeContract::code));

  /** The codec of both kinds of contract. */
  static final ApiContractCodec INSTANCE = new ApiContractCodec();

  private final Set<String> names = new LinkedHashSet<>();

  private ApiContractCodec() {
    names.addAll(HTTP_CONTRACT.names());
    names.addAll(CODE_CONTRACT.names());
  }

  @Override
  public void write(JsonGenerator out, ApiContract contract) {
    if (contract instanceof HttpContract) {
      HTTP_CONTRACT.write(out, (HttpContract) contract);
    } else {
      CODE_CONTRACT.write(out, (CodeContract) contract);
    }
  }

  @Override
  public ApiContract read(JsonInput in) {
    Fields fields = ObjectCodec.readFields(in, ApiContract.class, "an API contract", (input, name, f) -> {
      Property<?> p = HTTP_CONTRACT.property(name);
      return p != null ? p : CODE_CONTRACT.property(name);
    }, names);
    if (fields == null) {
      return null;
    }
    if (!fields.has("type")) {
      in.error(ErrorCodes.MISSING_PROPERTY,
          "an API contract must have the property \"type\": \"http\" or \"code\"", fields.location());
      return null;
    }
    String type = fields.<String>optional("type").orElse(null);
    if (type == null) {
      return null; // not a string: reported
    }
    ObjectCodec<? extends ApiContract> codec =
        HTTP.equals(type) ? HTTP_CONTRACT : CODE.equals(type) ? CODE_CONTRACT : null;
    if (codec == null) {
      in.error(ErrorCodes.INVALID_VALUE, "unknown API contract type " + JsonInput.quote(type)
          + "; expected \"http\" or \"code\"", fields.nameLocation("type"));
      return null;
    }
    for (String name : fields.names()) {
      if (names.contains(name) && codec.property(name) == null) {
        in.error(ErrorCodes.UNKNOWN_PROPERTY, "property " + JsonInput.quote(name) + " is not allowed in "
            + codec.noun() + "; expected one of " + String.join(", ", codec.names()), fields.nameLocation(name));
      }
    }
    return codec.construct(in, fields);
  }

  /** The codec of one kind of contract, written and read with its {@code type}. */
  <T extends ApiContract> Codec<T> of(Class<T> kind) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T contract) {
        ApiContractCodec.this.write(out, contract);
      }

      @Override
      public T read(JsonInput in) {
        return ApiContractCodec.this.read(in, kind);
      }
    };
  }

  /** Reads a contract that must be of the given kind, as when a user's mapper asks for one. */
  private <T extends ApiContract> T read(JsonInput in, Class<T> kind) {
    Location at = in.location();
    ApiContract contract = read(in);
    if (contract == null) {
      return null;
    }
    if (!kind.isInstance(contract)) {
      in.error(ErrorCodes.INVALID_VALUE, "expected an API contract of type "
          + (kind == HttpContract.class ? "\"http\"" : "\"code\""), at);
      return null;
    }
    return kind.cast(contract);
  }
}
