package io.github.designdoc.markdown;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ReadResult;
import io.github.designdoc.SectionKind;
import io.github.designdoc.markdown.internal.DocumentWriter;
import io.github.designdoc.markdown.internal.Formatter;
import io.github.designdoc.markdown.internal.Parsed;
import io.github.designdoc.markdown.internal.Settings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@link DesignDoc}s as Markdown, three ways:
 *
 * <ul>
 *   <li>{@link #write(DesignDoc)}: the template's look, for documents built in code: {@code # Design
 *       Document}, {@code ## For <title>}, bold metadata bullets and a {@code ---} rule, the sections in
 *       the document's order, {@code ### Flow N: Name} request flows, fenced API blocks, pipe tables,
 *       {@code - [ ]} open issues and the revision table after a rule. Sections are H2s, or H1s when a
 *       body holds H2s of its own; their headings are setext ones ({@code ---} or {@code ===} underlined)
 *       only where an ATX heading would not be read, after blocks nested to the reader's depth limit.
 *   <li>{@link #format(String, ReadResult)}: what {@code fmt} prints for a document read from a text:
 *       the text itself, with only the typed part of each known section (list markers, table spacing)
 *       in the template's shape, and only where that shape reads back to the same section and keeps
 *       every word and number; headings, title form, metadata, front matter, preamble and custom
 *       sections are kept byte for byte, as are line ends, a byte-order mark and a missing final line
 *       break. Formatting its own output gives it back.
 *   <li>{@link #rewrite(String, ReadResult, DesignDoc)}: an edited document written with the smallest
 *       change to the text it was read from. Sections equal to one of the original's (matched in
 *       order) are copied byte for byte, as is the header (title, metadata, preamble) when unchanged; a
 *       changed metadata value replaces only the value on its line and an added field is one more line
 *       in the style of the last; every other section or header is written in the template's look.
 *       When the result would not read back equal, the whole document is written instead.
 * </ul>
 *
 * <p>Immutable and thread-safe. What it writes reads back equal with a {@link MarkdownReader} of the
 * same aliases: text is escaped where its raw form would change meaning (pipes in table cells, {@code
 * *} in bold labels, commas in a list of authors, a trailing {@code #} in a heading), and where two
 * parts would run into each other (an introduction ending with a list before a typed list, notes after a
 * request flow, a heading that alone would name another section) the writer adds HTML comments such as
 * {@code <!-- designdoc:end -->} that render as nothing. Whatever a lenient {@link MarkdownReader}
 * returns can be written. A document built in code can hold values that no Markdown reads back to (a
 * list item starting with {@code [ ]}, an open issue saying {@code None.}, a further metadata entry
 * named {@code Status} while the status is empty, front matter that sets a field the document leaves
 * empty); for those {@link #write(DesignDoc)} throws an {@link IllegalArgumentException} naming the part,
 * and never writes something that reads back differently.
 */
public final class MarkdownWriter {
  private static final MarkdownWriter DEFAULT = builder().build();

  private final DocumentWriter writer;
  private final Formatter formatter;

  private MarkdownWriter(Builder builder) {
    Settings settings = new Settings(MarkdownReader.Builder.DEFAULT_MAX_INPUT_LENGTH,
        MarkdownReader.Builder.DEFAULT_MAX_NESTING_DEPTH, MarkdownReader.Builder.DEFAULT_MAX_TABLE_CELLS,
        builder.aliases);
    this.writer = new DocumentWriter(settings);
    this.formatter = new Formatter(settings);
  }

  /** The writer for documents read with the default aliases. */
  public static MarkdownWriter create() {
    return DEFAULT;
  }

  /** A builder, for documents read with further aliases. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The document in the template's look, ending with a line break.
   *
   * @throws IllegalArgumentException if a value cannot be written so that it reads back equal
   */
  public String write(DesignDoc doc) {
    return writer.write(Objects.requireNonNull(doc, "doc must not be null"));
  }

  /**
   * What {@code fmt} prints for a document read from {@code original}: the original, with the typed parts
   * of known sections normalized where that keeps the document, its words and its numbers.
   *
   * @param read the read of {@code original} (its document is what the result reads back to)
   */
  public String format(String original, ReadResult read) {
    Objects.requireNonNull(original, "original must not be null");
    Objects.requireNonNull(read, "read must not be null");
    return formatter.format(original);
  }

  /**
   * The edited document, written as a minimal change of the text it was read from; the original itself
   * when nothing was edited. The result reads back equal to {@code edited}.
   *
   * @param read the read of {@code original}, by a reader with this writer's settings: the places of the
   *     original's parts are taken from its source map, so the original is not read again (a read without
   *     a source map is read again)
   * @throws IllegalArgumentException if the edited document cannot be written so that it reads back equal
   */
  public String rewrite(String original, ReadResult read, DesignDoc edited) {
    Objects.requireNonNull(original, "original must not be null");
    Objects.requireNonNull(read, "read must not be null");
    return formatter.rewrite(original, Parsed.of(original, read),
        Objects.requireNonNull(edited, "edited must not be null"));
  }

  /**
   * Writes the document to a character stream, which is not closed.
   *
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a value cannot be written so that it reads back equal
   */
  public void write(DesignDoc doc, Writer out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    out.write(write(doc));
    out.flush();
  }

  /**
   * Writes the document to a file as UTF-8, replacing it.
   *
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a value cannot be written so that it reads back equal
   */
  public void write(DesignDoc doc, Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Files.writeString(file, write(doc), StandardCharsets.UTF_8);
  }

  /** Configures a {@link MarkdownWriter}. */
  public static final class Builder {
    private final Map<String, SectionKind> aliases = new LinkedHashMap<>();

    private Builder() {}

    /** Writes for a reader with this alias; see {@link MarkdownReader.Builder#alias(String, SectionKind)}. */
    public Builder alias(String heading, SectionKind section) {
      MarkdownReader.builder().alias(heading, section); // the same checks
      aliases.put(heading, section);
      return this;
    }

    /** Writes for documents read with this reader: takes its aliases. */
    public Builder reader(MarkdownReader reader) {
      aliases.putAll(Objects.requireNonNull(reader, "reader must not be null").aliases());
      return this;
    }

    /** The writer. */
    public MarkdownWriter build() {
      return new MarkdownWriter(this);
    }
  }
}
