package io.github.designdoc.json;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.json.internal.DocumentCodec;
import io.github.designdoc.json.internal.ErrorCodes;
import io.github.designdoc.json.internal.JacksonErrors;
import io.github.designdoc.json.internal.JsonInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a {@link DesignDoc} from the JSON format, strictly. Immutable and thread-safe: build one and
 * share it.
 *
 * <pre>{@code
 * JsonReader reader = JsonReader.create();
 * DesignDoc doc = reader.read(json);
 * }</pre>
 *
 * <p>Any document that breaks the format throws a {@link DesignDocFormatException} whose diagnostics
 * give, for each error found, a stable code, a message saying what was found and what was expected, and
 * the JSON pointer, line and column of the offending value (of the object, for a missing property).
 * Reading goes on past errors where the JSON stays well formed, so one exception lists up to 100 of them.
 * The codes:
 *
 * <ul>
 *   <li>{@code json-syntax}: not well-formed JSON, or input that ends early;
 *   <li>{@code json-limit}: a read limit exceeded (see {@link Builder});
 *   <li>{@code json-unknown-property}, {@code json-duplicate-property}, {@code json-missing-property};
 *   <li>{@code json-wrong-type}: such as a number where a string belongs;
 *   <li>{@code json-invalid-value}: a value the format or the model rejects, such as a line break in a
 *       name, a blank title, a string date that is not ISO-8601 or an unknown status string;
 *   <li>{@code json-format-version}: a missing, malformed or unsupported {@code formatVersion};
 *   <li>{@code json-trailing-content}: anything after the document;
 *   <li>{@code json-too-many-errors}: reading stopped after 100 errors.
 * </ul>
 *
 * <p>I/O failures are not format errors: they stay {@link IOException}s. Columns count characters for
 * text read from a {@code String} or {@link Reader}, and bytes for a stream or file.
 */
public final class JsonReader {
  /** The default {@linkplain Builder#maxNestingDepth(int) nesting depth limit}: {@value}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** The default {@linkplain Builder#maxStringLength(int) string length limit}: {@value} characters (8 MiB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 8 * 1024 * 1024;
  /** The default {@linkplain Builder#maxDocumentLength(long) document length limit}: {@value} (32 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
  /** The deepest nesting of the format itself ({@code /apiContracts/0/responses/0}), the least limit allowed. */
  public static final int FORMAT_NESTING_DEPTH = 5;

  private static final JsonReader DEFAULT = builder().build();

  private final JsonFactory factory;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;

  private JsonReader(Builder builder) {
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxDocumentLength(maxDocumentLength)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /** A reader with the default limits. */
  public static JsonReader create() {
    return DEFAULT;
  }

  /** A builder to set the read limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a document from JSON text.
   *
   * @throws DesignDocFormatException if the text is not a document in the format
   */
  public DesignDoc read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    if (json.length() > maxDocumentLength) {
      throw tooLong(json.length());
    }
    try {
      return read(context -> factory.createParser(context, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: no I/O
    }
  }

  /**
   * Reads a document from a character stream, which is left open.
   *
   * @throws DesignDocFormatException if the text is not a document in the format
   * @throws IOException if reading fails
   */
  public DesignDoc read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return read(context -> factory.createParser(context, in));
  }

  /**
   * Reads a document from a byte stream in UTF-8 (or UTF-16/32, detected), which is left open.
   *
   * @throws DesignDocFormatException if the bytes are not a document in the format
   * @throws IOException if reading fails
   */
  public DesignDoc read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return read(context -> factory.createParser(context, in));
  }

  /**
   * Reads a document from a file.
   *
   * @throws DesignDocFormatException if the file is not a document in the format
   * @throws IOException if the file cannot be read
   */
  public DesignDoc read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** The nesting depth limit. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The string length limit, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The document length limit, in characters or bytes as read. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  private DesignDoc read(Function<ObjectReadContext, JsonParser> open) throws IOException {
    try (JsonParser parser = open.apply(ObjectReadContext.empty())) {
      return DocumentCodec.readDocument(new JsonInput(parser));
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new DesignDocFormatException(JacksonErrors.diagnostic(e)); // opening or closing the parser
    }
  }

  private DesignDocFormatException tooLong(long length) {
    return new DesignDocFormatException(Diagnostic.error(ErrorCodes.LIMIT, "Document length (" + length
        + ") exceeds the maximum allowed (" + maxDocumentLength + ", from JsonReader.Builder.maxDocumentLength)",
        Location.of("", 1, 1)));
  }

  /** Sets a {@link JsonReader}'s limits. Input past a limit fails with the code {@code json-limit}. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /**
     * How deeply objects and arrays may nest, the document's own object counting 1.
     *
     * @throws IllegalArgumentException if below {@link #FORMAT_NESTING_DEPTH}, which valid documents need
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < FORMAT_NESTING_DEPTH) {
        throw new IllegalArgumentException("maxNestingDepth must be at least " + FORMAT_NESTING_DEPTH
            + ", the format's own nesting, but was " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * How long one string value may be, in characters.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxStringLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxStringLength must be positive, but was " + length);
      }
      this.maxStringLength = length;
      return this;
    }

    /**
     * How long the whole input may be: characters for text, bytes for a stream or file.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDocumentLength(long length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive, but was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /** The reader. */
    public JsonReader build() {
      return new JsonReader(this);
    }
  }
}
