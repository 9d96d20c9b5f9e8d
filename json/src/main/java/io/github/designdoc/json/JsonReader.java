package io.github.designdoc.json;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.ReadResult;
import io.github.designdoc.json.internal.DocumentCodec;
import io.github.designdoc.json.internal.ErrorCodes;
import io.github.designdoc.json.internal.JacksonErrors;
import io.github.designdoc.json.internal.JsonInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
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
 *       name, a blank title, a string date that is not ISO-8601, an unknown status string or section kind,
 *       a section's items before its kind, or a value Markdown cannot hold (so that what this reader
 *       accepts, the Markdown writer writes): a line starting or ending with whitespace Markdown drops
 *       ({@code U+3000}), a code fence or HTML block left open, a heading that would start a section, a
 *       blank component detail, a line that is one of the Markdown writer's marker comments ({@code
 *       <!-- designdoc:end -->}), a front matter line {@code ---} or {@code ...}, a further metadata entry
 *       or a front matter key naming a template field the document leaves empty;
 *   <li>{@code json-format-version}: a missing, malformed or unsupported {@code formatVersion};
 *   <li>{@code json-trailing-content}: anything after the document;
 *   <li>{@code json-too-many-errors}: reading stopped after 100 errors.
 * </ul>
 *
 * <p>A document in format 1.0 is read too, converted to the current model;
 * {@link #readResult(String)} then adds an info {@code json-format-1} saying so.
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
  /**
   * The deepest nesting of the format itself ({@code /sections/0/items/0/responses/0}), the least limit
   * allowed.
   */
  public static final int FORMAT_NESTING_DEPTH = 7;

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
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
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
    return readText(json, false).document();
  }

  /**
   * Reads a document from a character stream, which is left open.
   *
   * @throws DesignDocFormatException if the text is not a document in the format
   * @throws IOException if reading fails
   */
  public DesignDoc read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return read(context -> factory.createParser(context, in), false, null).document();
  }

  /**
   * Reads a document from a byte stream in UTF-8 (or UTF-16/32, detected), which is left open.
   *
   * @throws DesignDocFormatException if the bytes are not a document in the format
   * @throws IOException if reading fails
   */
  public DesignDoc read(InputStream in) throws IOException {
    return readBytes(in, false).document();
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

  /**
   * Reads a document from JSON text, as strictly as {@link #read(String)}, with its notes (such as the
   * {@code json-format-1} info for a document in format 1.0) and its {@link ReadResult#sourceMap() source
   * map}: the range of every property value and array element, keyed by its JSON pointer in the format
   * {@value JsonFormat#VERSION} ({@code /title}, {@code /sections/2}, {@code /sections/2/items/0/name}),
   * in characters of {@code json}. A document in format 1.0 gets the pointers of its converted sections.
   *
   * @throws DesignDocFormatException if the text is not a document in the format
   */
  public ReadResult readResult(String json) {
    return readText(json, true);
  }

  /**
   * Reads a document from a character stream, which is left open, as {@link #readResult(String)} does;
   * ranges count characters.
   *
   * @throws DesignDocFormatException if the text is not a document in the format
   * @throws IOException if reading fails
   */
  public ReadResult readResult(Reader in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return read(context -> factory.createParser(context, in), true, null);
  }

  /**
   * Reads a document from a byte stream, which is left open, as {@link #readResult(String)} does; ranges
   * count bytes.
   *
   * @throws DesignDocFormatException if the bytes are not a document in the format
   * @throws IOException if reading fails
   */
  public ReadResult readResult(InputStream in) throws IOException {
    return readBytes(in, true);
  }

  /**
   * Reads a document from a file as {@link #readResult(String)} does; ranges count bytes.
   *
   * @throws DesignDocFormatException if the file is not a document in the format
   * @throws IOException if the file cannot be read
   */
  public ReadResult readResult(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return readResult(in);
    }
  }

  private ReadResult readText(String json, boolean sourceMap) {
    Objects.requireNonNull(json, "json must not be null");
    if (json.length() > maxDocumentLength) {
      throw tooLong(json.length());
    }
    try {
      try {
        // Text can be read again: first without the positions of names, which only errors at them need.
        return read(context -> factory.createParser(context, json), sourceMap, null, false);
      } catch (JsonInput.PositionsNeeded e) {
        return read(context -> factory.createParser(context, json), sourceMap, null, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: no I/O
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

  private ReadResult readBytes(InputStream in, boolean sourceMap) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    SourceStream source = new SourceStream(in);
    return read(context -> factory.createParser(context, source), sourceMap, source);
  }

  /**
   * Reads with a parser from {@code open}. For bytes, {@code source} tells the stream's own I/O failures,
   * which stay {@link IOException}s, from bytes that do not decode (truncated UTF-32, an unknown byte
   * order), which are format errors.
   */
  private ReadResult read(Function<ObjectReadContext, JsonParser> open, boolean sourceMap, SourceStream source)
      throws IOException {
    return read(open, sourceMap, source, true);
  }

  /** As {@link #read(Function, boolean, SourceStream)}; without {@code positions}, may throw {@link JsonInput#POSITIONS_NEEDED}. */
  private ReadResult read(Function<ObjectReadContext, JsonParser> open, boolean sourceMap, SourceStream source,
      boolean positions) throws IOException {
    try (JsonParser parser = open.apply(ObjectReadContext.empty())) {
      JsonInput input = new JsonInput(parser, sourceMap, positions);
      DesignDoc doc = DocumentCodec.readDocument(input);
      return ReadResult.of(doc, input.notes(), input.sourceMap());
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      if (source != null && cause != null && !source.threw(cause)) {
        throw new DesignDocFormatException(Diagnostic.error(ErrorCodes.SYNTAX, "the bytes are not JSON text in "
            + "UTF-8, UTF-16 or UTF-32: " + cause.getMessage(), Location.of("", 1, 1)));
      }
      throw cause;
    } catch (JacksonException e) {
      throw new DesignDocFormatException(JacksonErrors.diagnostic(e)); // opening or closing the parser
    }
  }

  private DesignDocFormatException tooLong(long length) {
    return new DesignDocFormatException(Diagnostic.error(ErrorCodes.LIMIT, "Document length (" + length
        + ") exceeds the maximum allowed (" + maxDocumentLength + ", from JsonReader.Builder.maxDocumentLength)",
        Location.of("", 1, 1)));
  }

  /** A byte stream that remembers the failures it passed on, so that they are not taken for bad bytes. */
  private static final class SourceStream extends FilterInputStream {
    private final List<IOException> failures = new ArrayList<>(1);

    SourceStream(InputStream in) {
      super(in);
    }

    boolean threw(IOException e) {
      for (IOException failure : failures) {
        if (failure == e) {
          return true;
        }
      }
      return false;
    }

    private IOException failed(IOException e) {
      failures.add(e);
      return e;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return in.read(buffer, offset, length);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return super.skip(n);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public int available() throws IOException {
      try {
        return super.available();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      // the caller closes what it opened
    }
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
