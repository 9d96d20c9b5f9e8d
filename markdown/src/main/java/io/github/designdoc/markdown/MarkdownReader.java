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
import java.util.Map;
import java.util.Objects;
import io.github.designdoc.markdown.internal.DocumentReader;
import io.github.designdoc.markdown.internal.Parsed;
import io.github.designdoc.markdown.internal.Report;
import io.github.designdoc.markdown.internal.Settings;

/**
 * Reads Markdown design documents into {@link DesignDoc}s, with diagnostics and a {@link
 * io.github.designdoc.SourceMap} of where each part was read from.
 *
 * <p>Immutable and thread-safe: build one and use it from any thread.
 *
 * <pre>{@code
 * MarkdownReader reader = MarkdownReader.create();
 * ReadResult result = reader.read(Path.of("design.md"));
 * DesignDoc doc = result.document();
 * result.diagnostics().forEach(System.err::println);
 * result.sourceMap().range("/sections/0/heading"); // where the first section's heading is
 *
 * MarkdownReader strict = MarkdownReader.builder().strict(true).alias("Motivation", SectionKind.OVERVIEW).build();
 * DesignDoc checked = strict.read(markdown).document(); // throws DesignDocFormatException on errors
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <p>The <b>title</b> is the {@code ## For <title>} heading under {@code # Design Document}; else the
 * first heading, unless it names a known or common section ({@code Summary}, {@code Abstract},
 * {@code TL;DR}, {@code Overview}, {@code Goals}, {@code Motivation}, {@code Background},
 * {@code Introduction} and every alias), which makes it the first section; else the front matter's
 * {@code title}; else {@code Untitled}. Inline Markdown in a title heading is kept, but a title that is
 * one link is the link's text.
 *
 * <p>The <b>sections</b> are the headings at the document's section level and every shallower one, in
 * document order. The level is H2 under the template's pair (H1 when the first heading after it is an
 * H1); under a title H1, or from a first heading that names a section, it is H1 when that first heading
 * is an H1, else H2 when there is one, else the shallowest; under a deeper title heading it is the
 * title's level. A title may also come from a {@code Title} or {@code Feature Name} metadata entry when
 * neither a heading nor the front matter names one. A known kind may appear more than once and each
 * occurrence is typed.
 * Headings name known sections by their template title or an alias, case and a trailing colon ignored
 * ({@code Summary}, {@code Abstract} and {@code TL;DR} for the overview, {@code Open Questions} for the
 * open issues, {@code Test Plan} for the testing strategy, {@code Implementation Plan}, {@code Graduation
 * Criteria} and {@code Timeline} for the rollout plan, {@code Changelog} and {@code Implementation
 * History} for the revision history, ...); any other heading starts a custom section. In a known
 * section, Markdown before the typed content is its introduction and everything from the first block
 * that does not fit its typed shape is kept as notes. Request flows, API contracts and data models are
 * records under headings one level below the sections'.
 *
 * <p>The <b>metadata</b> is a list (or {@code Key: value} lines) under the title, or before the first
 * heading (as Rust, Cockroach and Vue RFCs write {@code - Status: In Progress}). Keys are matched
 * ignoring case; {@code Author}, {@code Authors}, {@code Author(s)}, {@code Owner(s)} give the authors,
 * split on commas, semicolons and {@code and}; {@code Date}, {@code Created}, {@code Start Date} the
 * date; values of these fields are stripped of bold ({@code **Approved**}). Every other entry is kept
 * as written. A YAML <b>front matter</b> block is kept verbatim and parsed (snakeyaml-engine): its
 * {@code title}, {@code version}, {@code authors} or {@code author} (text or list), {@code status} and
 * {@code date}, {@code creation-date} or {@code created} fill what the body leaves unset; they never
 * override the body.
 *
 * <p>Open issues are task items ({@code - [ ]} open, {@code - [x]} resolved), plain or numbered items
 * (open); a list that says there are none ({@code None.}, {@code N/A}, {@code No open issues}) is prose.
 * A table with a header and no rows is prose too. All untyped content is kept byte for byte as
 * written; nothing is dropped but the {@link MarkdownWriter}'s own decoration: the {@code ---} rules it
 * puts after the metadata and before the revision history, and its marker comments ({@code <!--
 * designdoc:... -->}), which the reader follows to tell parts apart.
 *
 * <h2>Diagnostics</h2>
 *
 * <p>Every diagnostic has a line and a column. The codes are stable:
 *
 * <ul>
 *   <li>{@code MD001} error: the input is longer than {@link Builder#maxInputLength(int)} (bytes are
 *       counted before decoding); not read.
 *   <li>{@code MD002} error: blocks nested as deep as {@link Builder#maxNestingDepth(int)}; deeper
 *       content is read as text.
 *   <li>{@code MD003} error: invalid UTF-8 (byte entry points), with its byte offset; read with
 *       replacement characters.
 *   <li>{@code MD004} error: tables hold more than {@link Builder#maxTableCells(int)} cells; tables are
 *       read as plain Markdown.
 *   <li>{@code MD005} warning: no title found; {@code Untitled} is used.
 *   <li>{@code MD006} info: content before the title, kept at the start of the preamble.
 *   <li>{@code MD007} info: a heading that names no known section, kept as a custom section.
 *   <li>{@code MD008} info: one more section of a kind the document has already; read as another
 *       section of that kind.
 *   <li>{@code MD009} info: content of a known section that does not fit its typed shape, kept as notes.
 *   <li>{@code MD010} info: an API contract block kept as code that states no endpoint, rpc or command.
 *   <li>{@code MD011} info: values taken from the YAML front matter.
 *   <li>{@code MD012} info: a heading spanning several lines, read as one line.
 *   <li>{@code MD013} error: the parser failed or the document could not be built; the text is kept as
 *       the preamble of an {@code Untitled} document.
 *   <li>{@code MD014} warning: a code fence or HTML block left open at the end of the document; it is
 *       read as closed by one more line (such as the fence), so that it cannot swallow what is written
 *       after it.
 *   <li>{@code MD015} warning: the front matter is not valid YAML; it is kept verbatim and no value is
 *       read from it.
 *   <li>{@code MD016} warning: a known section holds a value the model rejects; it is kept verbatim as
 *       a custom section.
 *   <li>{@code MD017} info: an author entry has text after the contact ({@code Ada <ada@example.com>
 *       based on the work of ...}); the author is the person before the contact, and the rest is kept
 *       only in the text as written ({@code format} and {@code rewrite} keep it, {@code write} does not).
 * </ul>
 */
public final class MarkdownReader {
  private final Settings settings;
  private final boolean strict;
  private final Map<String, SectionKind> aliases;

  private MarkdownReader(Builder builder) {
    this.strict = builder.strict;
    this.aliases = Map.copyOf(builder.aliases);
    this.settings = new Settings(builder.maxInputLength, builder.maxNestingDepth, builder.maxTableCells,
        builder.aliases);
  }

  /** A lenient reader with the default aliases and limits. */
  public static MarkdownReader create() {
    return builder().build();
  }

  /** A builder for a configured reader. */
  public static Builder builder() {
    return new Builder();
  }

  Settings settings() {
    return settings;
  }

  /** The aliases added to this reader, by heading. */
  Map<String, SectionKind> aliases() {
    return aliases;
  }

  /**
   * Reads a document from its Markdown text. Source-map offsets count the text's characters as given
   * (a byte-order mark and the {@code \r} of CRLF line ends included).
   *
   * @throws DesignDocFormatException in strict mode, if any diagnostic is an error
   */
  public ReadResult read(String markdown) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    Report report = new Report();
    return finish(readText(markdown, report), report);
  }

  /**
   * Reads a document from a character stream, which is read to its end but not closed; reading stops
   * once the input is longer than {@link Builder#maxInputLength(int)}.
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
      if (text.length() > settings.maxInputLength()) {
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
   * Reads UTF-8 bytes from a stream, which is read to its end but not closed. More bytes than {@link
   * Builder#maxInputLength(int)} (and a byte-order mark) are refused before decoding, with {@code MD001}.
   * Invalid UTF-8 is an error naming its byte offset; leniently, the text is read with replacement
   * characters.
   *
   * @throws IOException if reading fails
   * @throws DesignDocFormatException in strict mode, if any diagnostic is an error
   */
  public ReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    long max = (long) settings.maxInputLength() + 3;
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

  private Parsed readText(String text, Report report) {
    if (text.length() > settings.maxInputLength()) {
      return tooLong(report);
    }
    return new DocumentReader(settings, report).read(text);
  }

  private Parsed tooLong(Report report) {
    report.add(Severity.ERROR, Report.INPUT_TOO_LONG, "input is longer than the limit of "
        + settings.maxInputLength() + " characters; not read", 1, 1);
    return DocumentReader.empty(report);
  }

  private ReadResult finish(Parsed parsed, Report report) {
    ReadResult result = ReadResult.of(parsed.document(), report.diagnostics(), parsed.sourceMap());
    if (strict && result.hasErrors()) {
      throw new DesignDocFormatException(result.diagnostics());
    }
    return result;
  }

  /** Configures a {@link MarkdownReader}. */
  public static final class Builder {
    /**
     * The default {@link #maxInputLength(int)}: 4 Mi characters, far above any real design document and
     * low enough that every input within it reads in a 256 MB heap.
     */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 4 * 1024 * 1024;
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
     * @throws IllegalArgumentException if the heading is blank or the section is {@link SectionKind#CUSTOM}
     */
    public Builder alias(String heading, SectionKind section) {
      Objects.requireNonNull(heading, "heading must not be null");
      Objects.requireNonNull(section, "section must not be null");
      if (io.github.designdoc.markdown.internal.Headings.key(heading).isEmpty()) {
        throw new IllegalArgumentException("alias heading must not be blank");
      }
      if (section == SectionKind.CUSTOM) {
        throw new IllegalArgumentException("an alias names a template part, not CUSTOM");
      }
      aliases.put(heading, section);
      return this;
    }

    /**
     * The longest input read, in characters (for bytes: as many bytes, besides a byte-order mark);
     * longer input gives the error {@code MD001} without being read or decoded. Default {@value #DEFAULT_MAX_INPUT_LENGTH}.
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
