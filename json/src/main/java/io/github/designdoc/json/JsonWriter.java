package io.github.designdoc.json;

import io.github.designdoc.DesignDoc;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link DesignDoc} in the JSON format {@value JsonFormat#VERSION}: {@code formatVersion} first,
 * then the document's metadata and its sections in document order, each with its {@code kind} first,
 * named as the model's accessors; dates in ISO-8601; absent optional parts and empty lists left out,
 * never {@code null}. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonWriter.create().write(doc);                          // pretty, ends with a line break
 * String compact = JsonWriter.builder().pretty(false).build().write(doc); // one line
 * }</pre>
 *
 * <p>Pretty output indents by two spaces, puts every array element and property on its own line, uses
 * {@code \n} line breaks whatever the platform, and ends with a line break. Output is UTF-8 for streams
 * and files. The same document always gives the same text.
 */
public final class JsonWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new DesignDocModule())
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final JsonWriter PRETTY = new JsonWriter(true);

  private final boolean pretty;
  private final ObjectWriter writer;

  private JsonWriter(boolean pretty) {
    this.pretty = pretty;
    this.writer = pretty ? MAPPER.writer().with(prettyPrinter()) : MAPPER.writer();
  }

  /** A writer of pretty output. */
  public static JsonWriter create() {
    return PRETTY;
  }

  /** A builder to choose pretty or compact output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the output is pretty (indented, one property per line) rather than compact. */
  public boolean isPretty() {
    return pretty;
  }

  /** The document as JSON text. */
  public String write(DesignDoc doc) {
    Objects.requireNonNull(doc, "doc must not be null");
    // As writeValueAsString does, with the final line break written into the same buffer rather than
    // appended to a copy of the whole text.
    BufferRecycler recycler = writer.generatorFactory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      writer.writeValue(out, doc);
      if (pretty) {
        out.append('\n');
      }
      return out.getAndClear();
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes the document to a character stream, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public void write(DesignDoc doc, Writer out) throws IOException {
    Objects.requireNonNull(doc, "doc must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      writer.writeValue(out, doc);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    if (pretty) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes the document to a byte stream in UTF-8; the stream is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public void write(DesignDoc doc, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    write(doc, new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Writes the document to a file in UTF-8, replacing it if it exists.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(DesignDoc doc, Path file) throws IOException {
    Objects.requireNonNull(doc, "doc must not be null");
    Objects.requireNonNull(file, "file must not be null");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(doc, out);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Chooses a {@link JsonWriter}'s output. */
  public static final class Builder {
    private boolean pretty = true;

    private Builder() {}

    /** Pretty output (the default) or, with {@code false}, compact output on one line. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** The writer. */
    public JsonWriter build() {
      return pretty ? PRETTY : new JsonWriter(false);
    }
  }
}
