package io.github.designdoc.markdown;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SectionKind;
import io.github.designdoc.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown design documents into {@link DesignDoc}s.
 *
 * <p>Immutable and thread-safe: build one and use it from any thread.
 *
 * <pre>{@code
 * MarkdownReader reader = MarkdownReader.create();
 * ReadResult result = reader.read(Path.of("design.md"));
 * DesignDoc doc = result.document();
 * result.diagnostics().forEach(System.err::println);
 *
 * MarkdownReader strict = MarkdownReader.builder().strict(true).alias("Motivation", SectionKind.OVERVIEW).build();
 * DesignDoc checked = strict.read(markdown).document(); // throws DesignDocFormatException on errors
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <p>The title is the {@code ## For <title>} heading under {@code # Design Document}, else the first
 * heading (the document's sections are then the headings of the level below an H1 title, or of the
 * title's own level); without any heading the front matter's {@code title}, else {@code Untitled}.
 * Metadata is the list (or the {@code Key: value} lines) right under the title; a {@code ---} rule after
 * it is the writer's decoration. Headings name known sections by their template title or an alias, case
 * and a trailing colon ignored ({@code Summary}, {@code Abstract} and {@code TL;DR} for the overview,
 * {@code Open Questions} for the open issues, {@code Test Plan} for the testing strategy,
 * {@code Changelog} and {@code Implementation History} for the revision history, ...); any other heading
 * starts a custom section. In a known section, Markdown before the typed content is its introduction
 * and everything from the first block that does not fit its typed shape is kept as notes. All untyped
 * content is kept byte for byte as written; nothing is dropped but the {@link MarkdownWriter}'s own
 * decoration: the {@code ---} rules it puts after the metadata and before the revision history, and its
 * marker comments ({@code <!-- designdoc:... -->}), which the reader follows to tell parts apart.
 *
 * <h2>Diagnostics</h2>
 *
 * <p>Every diagnostic has a line and a column. The codes are stable:
 *
 * <ul>
 *   <li>{@code MD001} error: the input is longer than {@link Builder#maxInputLength(int)}; not read.
 *   <li>{@code MD002} error: blocks nested as deep as {@link Builder#maxNestingDepth(int)}; deeper
 *       content is read as text.
 *   <li>{@code MD003} error: invalid UTF-8 (byte entry points), with its byte offset; read with
 *       replacement characters.
 *   <li>{@code MD004} error: tables hold more than {@link Builder#maxTableCells(int)} cells; tables are
 *       read as plain Markdown.
 *   <li>{@code MD005} warning: no title found; {@code Untitled} is used.
 *   <li>{@code MD006} info: content before the title, kept at the start of the preamble.
 *   <li>{@code MD007} info: a heading that names no known section, kept as a custom section.
 *   <li>{@code MD008} info: a second heading for a known section, kept as a custom section.
 *   <li>{@code MD009} info: content of a known section that does not fit its typed shape, kept as notes.
 *   <li>{@code MD010} info: an API contract block that is not a canonical HTTP contract, kept as code.
 *   <li>{@code MD011} info or warning: values taken from, or not taken from, the YAML front matter.
 *   <li>{@code MD012} info: a heading spanning several lines, read as one line.
 *   <li>{@code MD013} error: the parser failed or the document could not be built; the text is kept as
 *       the preamble of an {@code Untitled} document.
 *   <li>{@code MD014} warning: a code fence or HTML block left open at the end of the document; it is
 *       read as closed by one more line (such as the fence), so that it cannot swallow what is written
 *       after it.
 * </ul>
 */
public final class MarkdownReader {
  private final Settings settings;

  private MarkdownReader(Builder builder) {
    this.settings = new Settings(builder);
  }

  /** A lenient reader with the default aliases and limits. */
  public static MarkdownReader create() {
    return builder().build();
  }

  /** A builder for a configured reader. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a document from its Markdown text.
   *
   * @throws DesignDocFormatException in strict mode, if any diagnostic is an error
   */
  public ReadResult read(String markdown) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    Report report = new Report();
    return finish(readText(markdown, report), report);
  }

  /**
   * Reads a document from a character stream, which is read to its end but not closed.
   *
   * @throws IOException if reading fails
   * @throws DesignDocFormatException in strict mode, if any diagnostic is an error
   */
  public ReadResult read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
      if (text.length() > settings.maxInputLength) {
        Report report = new Report();
        return finish(tooLong(report), report);
      }
    }
    return read(text.toString());
  }

  /**
   * Reads a UTF-8 file; a byte-order mark and CRLF line ends are tolerated.
   *
   * @throws IOException if reading fails
   * @throws DesignDocFormatException in strict mode, if any diagnostic is an error (such as invalid UTF-8)
   */
  public ReadResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads UTF-8 bytes from a stream, which is read to its end but not closed. Invalid UTF-8 is an error
   * naming its byte offset; leniently, the text is read with replacement characters.
   *
   * @throws IOException if reading fails
   * @throws DesignDocFormatException in strict mode, if any diagnostic is an error
   */
  public ReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    long max = (long) settings.maxInputLength * 4 + 3;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      bytes.write(buffer, 0, n);
      if (bytes.size() > max) {
        Report report = new Report();
        return finish(tooLong(report), report);
      }
    }
    Report report = new Report();
    String text = decode(bytes.toByteArray(), report);
    return finish(readText(text, report), report);
  }

  private String decode(byte[] bytes, Report report) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return out.flip().toString();
    }
    int offset = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    report.add(Severity.ERROR, Report.INVALID_UTF8, "invalid UTF-8 at byte offset " + offset + " (byte 0x"
        + String.format("%02X", bytes[offset] & 0xFF) + "); read with replacement characters", line, column);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private DesignDoc readText(String text, Report report) {
    if (text.length() > settings.maxInputLength) {
      return tooLong(report);
    }
    return new DocumentReader(settings, report).read(text);
  }

  private DesignDoc tooLong(Report report) {
    report.add(Severity.ERROR, Report.INPUT_TOO_LONG, "input is longer than the limit of "
        + settings.maxInputLength + " characters; not read", 1, 1);
    return DesignDoc.builder().title(DocumentReader.FALLBACK_TITLE).build();
  }

  private ReadResult finish(DesignDoc doc, Report report) {
    ReadResult result = ReadResult.of(doc, report.diagnostics());
    if (settings.strict && result.hasErrors()) {
      throw new DesignDocFormatException(result.diagnostics());
    }
    return result;
  }

  /** The reader's settings and the parsers built from them. */
  static final class Settings {
    private final boolean strict;
    private final int maxInputLength;
    private final int maxNestingDepth;
    private final int maxTableCells;
    private final Headings headings;
    private final Parser parser;
    private final Parser plainParser;

    Settings(Builder b) {
      this.strict = b.strict;
      this.maxInputLength = b.maxInputLength;
      this.maxNestingDepth = b.maxNestingDepth;
      this.maxTableCells = b.maxTableCells;
      this.headings = Headings.withAliases(b.aliases);
      this.parser = Parser.builder().extensions(List.of(TablesExtension.builder().maxCells(maxTableCells).build()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).maxOpenBlockParsers(maxNestingDepth)
          .maxInlineNesting(maxNestingDepth).build();
      this.plainParser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .maxOpenBlockParsers(maxNestingDepth).maxInlineNesting(maxNestingDepth).build();
    }

    int maxInputLength() {
      return maxInputLength;
    }

    int maxNestingDepth() {
      return maxNestingDepth;
    }

    int maxTableCells() {
      return maxTableCells;
    }

    Headings headings() {
      return headings;
    }

    Parser parser() {
      return parser;
    }

    Parser plainParser() {
      return plainParser;
    }
  }

  /** Configures a {@link MarkdownReader}. */
  public static final class Builder {
    /** The default {@link #maxInputLength(int)}: 16 Mi characters. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;
    /** The default {@link #maxNestingDepth(int)}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
    /** The default {@link #maxTableCells(int)}. */
    public static final int DEFAULT_MAX_TABLE_CELLS = 1_000_000;

    private boolean strict;
    private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxTableCells = DEFAULT_MAX_TABLE_CELLS;
    private final Map<String, SectionKind> aliases = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Whether reading throws a {@link DesignDocFormatException} when any diagnostic is an error, instead
     * of returning it in the result. Default: lenient ({@code false}).
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Adds a heading that names a known section, such as {@code alias("Motivation", SectionKind.OVERVIEW)};
     * case and a trailing colon are ignored. It wins over a default alias of the same text.
     *
     * @throws IllegalArgumentException if the heading is blank or the section is {@link SectionKind#METADATA}
     */
    public Builder alias(String heading, SectionKind section) {
      Objects.requireNonNull(heading, "heading must not be null");
      Objects.requireNonNull(section, "section must not be null");
      if (Headings.key(heading).isEmpty()) {
        throw new IllegalArgumentException("alias heading must not be blank");
      }
      if (section == SectionKind.METADATA) {
        throw new IllegalArgumentException("the metadata has no heading: it cannot have an alias");
      }
      aliases.put(heading, section);
      return this;
    }

    /**
     * The longest input read, in characters (for bytes: four times as many bytes); longer input gives
     * the error {@code MD001} without being read. Default {@value #DEFAULT_MAX_INPUT_LENGTH}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxInputLength(int characters) {
      this.maxInputLength = positive(characters, "maxInputLength");
      return this;
    }

    /**
     * The deepest nesting of blocks (lists, block quotes) and of inline elements parsed as such; deeper
     * content is read as text, with the error {@code MD002}. Default {@value #DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * The most table cells in a document; beyond it tables are read as plain Markdown, with the error
     * {@code MD004}. Default {@value #DEFAULT_MAX_TABLE_CELLS}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxTableCells(int cells) {
      this.maxTableCells = positive(cells, "maxTableCells");
      return this;
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    /** The reader. */
    public MarkdownReader build() {
      return new MarkdownReader(this);
    }
  }
}
