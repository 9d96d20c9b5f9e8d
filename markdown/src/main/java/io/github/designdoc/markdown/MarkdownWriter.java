package io.github.designdoc.markdown;

import io.github.designdoc.DesignDoc;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@link DesignDoc}s as Markdown that looks like the design document template: {@code # Design
 * Document}, {@code ## For <title>}, bold metadata bullets and a {@code ---} rule, the known sections in
 * the template's order with each custom section after the known section it follows, {@code ### Flow N:
 * Name} request flows, fenced API blocks, pipe tables, {@code - [ ]} open issues and the revision table
 * after a rule.
 *
 * <p>Immutable and thread-safe. What it writes reads back equal with {@link MarkdownReader}: text is
 * escaped where its raw form would change meaning (pipes in table cells, {@code *} in bold labels,
 * commas in a list of authors, a trailing {@code #} in a heading), and where two parts would run into
 * each other (an introduction ending with a list before a typed list, notes after a request flow, a
 * heading that alone would name another section) the writer adds HTML comments such as {@code <!--
 * designdoc:end -->} that render as nothing. Each known section is read back as it is written to choose
 * the plain form or this one.
 *
 * <p>Some values cannot be written so that they read back equal; for them {@link #write(DesignDoc)} throws
 * an {@link IllegalArgumentException} naming the part, and never writes something that reads back
 * differently:
 *
 * <ul>
 *   <li>Markdown holding a heading of level 1 or 2, a setext heading or an unclosed code fence or HTML
 *       block (it would end its section), a list item starting with {@code [ ]} or {@code [x]} (it would
 *       read as a task), or, in a list item, text whose first line starts with blanks;
 *   <li>a further metadata entry named {@code Version}, {@code Author}, {@code Authors}, {@code Date} or
 *       {@code Status} while the document leaves that field empty;
 *   <li>front matter holding a {@code ---} line, or setting a field the document leaves empty;
 *   <li>section texts for {@link io.github.designdoc.SectionKind#METADATA}, which has no heading.
 * </ul>
 */
public final class MarkdownWriter {
  private static final MarkdownWriter DEFAULT = new MarkdownWriter();

  private final DocumentWriter writer;

  private MarkdownWriter() {
    this.writer = new DocumentWriter(new MarkdownReader.Settings(MarkdownReader.builder()));
  }

  /** The writer. */
  public static MarkdownWriter create() {
    return DEFAULT;
  }

  /**
   * The document as Markdown, ending with a line break.
   *
   * @throws IllegalArgumentException if a value cannot be written so that it reads back equal
   */
  public String write(DesignDoc doc) {
    return writer.write(Objects.requireNonNull(doc, "doc must not be null"));
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
}
