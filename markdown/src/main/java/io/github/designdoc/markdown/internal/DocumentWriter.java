package io.github.designdoc.markdown.internal;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.MetadataEntry;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a whole document in the template's layout: front matter, {@code # Design Document} and
 * {@code ## For <title>}, the metadata bullets and a rule, the preamble, then the sections in order, the
 * revision history after a rule. Sections are H2s, or H1s when a body holds an H2 of its own.
 */
public final class DocumentWriter {
  private final Settings settings;
  private final SectionWriter sections;

  public DocumentWriter(Settings settings) {
    this.settings = settings;
    this.sections = new SectionWriter(settings);
  }

  public SectionWriter sections() {
    return sections;
  }

  /**
   * The document as Markdown that reads back equal.
   *
   * @throws IllegalArgumentException if there is none
   */
  public String write(DesignDoc doc) {
    // Most documents read back from their plain form, proven part by part where that needs no parse of the
    // whole: the header alone, and only the sections whose values could change the blocks around them.
    Optional<String> proven = provenPlain(doc);
    if (proven.isPresent()) {
      return proven.get();
    }
    // Else the plain form checked once as a whole.
    try {
      String plain = render(doc, 2, false, false);
      if (new DocumentReader(settings, new Report()).read(plain).document().equals(doc)) {
        return plain;
      }
    } catch (IllegalArgumentException e) {
      // checked part by part below
    }
    String problem = null;
    // Setext section headings last: after blocks nested to the reader's depth limit no block starts on the
    // next line, so an ATX heading there would be read as text, while a setext underline on the line after
    // still is one (the form the reader found such a heading in).
    for (boolean setext : new boolean[] {false, true}) {
      for (int level : new int[] {2, 1}) {
        try {
          String text = render(doc, level, true, setext);
          Parsed back = new DocumentReader(settings, new Report()).read(text);
          if (back.document().equals(doc)) {
            return text;
          }
          if (problem == null || !setext) {
            problem = difference(doc, back.document());
          }
        } catch (IllegalArgumentException e) {
          if (problem == null || !setext) {
            problem = e.getMessage();
          }
        }
      }
    }
    throw new IllegalArgumentException("the document cannot be written as Markdown that reads back equal: " + problem);
  }

  /**
   * The plain form (sections as H2s, no markers) when it is proven to read back equal without parsing it
   * as a whole, else empty. It is the text {@link #write} would check as a whole, and reads back equal
   * because the parts do and cannot run into each other:
   *
   * <ul>
   *   <li>the header is parsed alone and must give the document's title, metadata and preamble and no
   *       section; it has no front matter, no line break in a title or metadata value and an {@link
   *       Inert#body inert} preamble (no heading, fence, HTML block or deep nesting), so every block it opens
   *       is closed by the first section's heading and nothing after it changes how it reads;
   *   <li>each section's heading is plain and read back from its line alone ({@link
   *       SectionWriter#plainHeading}); its body either is inert (every block closes before the next
   *       heading and the reader takes the values back as they are) or is parsed alone between two
   *       headings, which also proves that it stays between them.
   * </ul>
   *
   * The round-trip properties compare this with the whole read at every size they generate.
   */
  Optional<String> provenPlain(DesignDoc doc) {
    if (doc.frontMatter().isPresent() || doc.preamble().isPresent() && !Inert.body(doc.preamble().get(), true)
        || !oneLine(doc.title()) || !doc.version().map(DocumentWriter::oneLine).orElse(true)
        || !doc.date().map(d -> oneLine(d.text())).orElse(true) || !doc.status().map(s -> oneLine(s.text())).orElse(true)
        || !doc.authors().stream().allMatch(DocumentWriter::oneLine)
        || !doc.otherMetadata().stream().allMatch(e -> oneLine(e.key()) && oneLine(e.value()))) {
      return Optional.empty();
    }
    String header;
    try {
      header = header(doc);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int count = doc.sections().size();
    String[] headings = new String[count];
    String[] bodies = new String[count];
    int length = header.length();
    for (int i = 0; i < count; i++) {
      Section section = doc.sections().get(i);
      if (!sections.plainHeading(section)) {
        return Optional.empty();
      }
      String body = sections.plainBody(section, 3);
      if (!sections.plainReadsBack(section, body, 3)) {
        return Optional.empty();
      }
      headings[i] = sections.heading(section, 2);
      bodies[i] = body;
      length += headings[i].length() + body.length() + 9;
    }
    StringBuilder out = new StringBuilder(length).append(header); // sized once: growing it copied it again and again
    for (int i = 0; i < count; i++) {
      if (doc.sections().get(i) instanceof RevisionHistory) {
        out.append("---\n\n");
      }
      out.append(headings[i]).append("\n\n");
      if (!bodies[i].isEmpty()) {
        out.append(bodies[i]).append("\n\n");
      }
    }
    DesignDoc head = new DocumentReader(settings, new Report()).read(header).document();
    if (!head.sections().isEmpty() || !sameHeader(doc, head)) {
      return Optional.empty();
    }
    out.setLength(out.length() - 1);
    return Optional.of(out.toString());
  }

  private static boolean oneLine(String text) {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
  }

  private static boolean sameHeader(DesignDoc doc, DesignDoc head) {
    return doc.title().equals(head.title()) && doc.version().equals(head.version())
        && doc.authors().equals(head.authors()) && doc.date().equals(head.date()) && doc.status().equals(head.status())
        && doc.otherMetadata().equals(head.otherMetadata()) && doc.frontMatter().equals(head.frontMatter())
        && doc.preamble().equals(head.preamble());
  }

  private static String difference(DesignDoc doc, DesignDoc back) {
    if (!doc.title().equals(back.title())) {
      return "the title \"" + doc.title() + "\"";
    }
    if (!(doc.version().equals(back.version()) && doc.authors().equals(back.authors())
        && doc.date().equals(back.date()) && doc.status().equals(back.status())
        && doc.otherMetadata().equals(back.otherMetadata()))) {
      return "the metadata (a further entry named like Version, Author, Date or Status, an author name holding"
          + " \"and\" or \";\", or front matter that sets a field the document leaves empty?)";
    }
    if (!doc.frontMatter().equals(back.frontMatter())) {
      return "the front matter";
    }
    if (!doc.preamble().equals(back.preamble())) {
      return "the preamble (a heading, or an unclosed code fence or HTML block?)";
    }
    for (int i = 0; i < Math.min(doc.sections().size(), back.sections().size()); i++) {
      if (!doc.sections().get(i).equals(back.sections().get(i))) {
        return "section " + i + " \"" + doc.sections().get(i).title() + "\"";
      }
    }
    return "the number of sections (" + doc.sections().size() + " written, " + back.sections().size() + " read)";
  }

  /** The plain form: sections as H2s, bodies without markers, unchecked. */
  String plain(DesignDoc doc) {
    return render(doc, 2, false, false);
  }

  /** The document with its sections at {@code level}. */
  public String render(DesignDoc doc, int level) {
    return render(doc, level, true, false);
  }

  private String render(DesignDoc doc, int level, boolean checked, boolean setext) {
    StringBuilder out = new StringBuilder(header(doc));
    for (Section section : doc.sections()) {
      out.append(section(section, level, checked, setext));
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** A section's Markdown at this level, followed by a blank line; the revision history after a rule. */
  public String section(Section section, int level) {
    return section(section, level, true, false);
  }

  private String section(Section section, int level, boolean checked, boolean setext) {
    StringBuilder out = new StringBuilder();
    if (section instanceof RevisionHistory) {
      out.append("---\n\n");
    }
    out.append(setext ? sections.setextHeading(section, level) : sections.heading(section, level)).append("\n\n");
    String body = checked ? sections.bestBody(section, level + 1) : sections.plainBody(section, level + 1);
    if (!body.isEmpty()) {
      out.append(body).append("\n\n");
    }
    return out.toString();
  }

  /** Front matter, title, metadata, rule and preamble, followed by a blank line. */
  public String header(DesignDoc doc) {
    StringBuilder out = new StringBuilder();
    FrontValues front = doc.frontMatter().map(FrontValues::of)
        .orElse(new FrontValues(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    doc.frontMatter().ifPresent(f -> out.append(frontMatter(f)));
    out.append("# Design Document\n\n## For ").append(Escapes.headingText(doc.title())).append("\n\n");
    String metadata = metadata(doc, front);
    if (!metadata.isEmpty()) {
      out.append(metadata).append("\n\n");
    }
    out.append("---\n\n");
    doc.preamble().ifPresent(p -> out.append(p).append("\n\n"));
    return out.toString();
  }

  private static String frontMatter(String yaml) {
    for (String line : yaml.split("\n", -1)) {
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        throw new IllegalArgumentException("front matter must not hold a line \"" + line.strip()
            + "\": it would end the block");
      }
    }
    return yaml.isEmpty() ? "---\n---\n\n" : "---\n" + yaml + "\n---\n\n";
  }

  /** The metadata bullets, leaving out the values the front matter gives. */
  static String metadata(DesignDoc doc, FrontValues front) {
    List<String> lines = new ArrayList<>();
    doc.version().filter(v -> !front.version().equals(Optional.of(v)))
        .ifPresent(v -> lines.add(line("Version", MetadataReader.protect(v))));
    if (!doc.authors().isEmpty() && !doc.authors().equals(front.authors())) {
      lines.add(authorsLine(doc.authors().size() == 1 ? "Author" : "Authors", doc.authors()));
    }
    doc.date().filter(d -> !front.date().equals(Optional.of(d.text())))
        .ifPresent(d -> lines.add(line("Date", MetadataReader.protect(d.text()))));
    doc.status().filter(s -> !front.status().equals(Optional.of(s.text())))
        .ifPresent(s -> lines.add(line("Status", MetadataReader.protect(s.text()))));
    for (MetadataEntry e : doc.otherMetadata()) {
      lines.add(line(e.key(), e.value()));
    }
    return String.join("\n", lines);
  }

  /** A metadata bullet {@code - **Key:** value}. */
  public static String line(String key, String value) {
    return "- **" + Escapes.escape(key, ShapeReader.KEY) + ":**" + (value.isEmpty() ? "" : " " + value);
  }

  /** Authors as a metadata value: names apart by commas, a comma in a name escaped. */
  public static String authors(List<String> authors) {
    List<String> names = new ArrayList<>();
    authors.forEach(a -> names.add(MetadataReader.escapeName(MetadataReader.protect(a))));
    return String.join(", ", names);
  }

  private static String authorsLine(String key, List<String> authors) {
    return line(key, authors(authors));
  }
}
