package io.github.designdoc.json.internal;

import io.github.designdoc.DesignDoc;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values the Markdown writer cannot write so that they read back equal, beyond the blocks of {@link
 * MarkdownBlocks}: a line that is one of the writer's own marker comments ({@code <!-- designdoc:end -->}
 * and the others), which the Markdown reader takes as the writer's and drops; a front matter line
 * {@code ---} or {@code ...}, which would end the block; front matter setting a field the document
 * leaves empty, which the Markdown reader would take as that field; and an author the Markdown reader
 * would read as another name.
 */
final class MarkdownHolds {
  /**
   * A line that the Markdown reader takes for a marker: up to any spaces and tabs, the marker, then
   * whitespace as {@link String#strip} removes it. The schema's {@code markdown} pattern says the same.
   */
  private static final Pattern MARKER = Pattern.compile("[ \\t]*<!-- designdoc:(?:begin|next|end|part) -->"
      + "[\\t\\u000B\\f\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]*");
  /** A line that ends front matter, as the Markdown reader finds its end. */
  private static final Pattern FENCE = Pattern.compile("(?:---|\\.\\.\\.)"
      + "[\\t\\u000B\\f\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]*");
  /** A top-level key of a YAML block mapping, plain or quoted, and what follows its colon. */
  private static final Pattern KEY = Pattern.compile(
      "(?:\"([^\"\\\\]*)\"|'([^']*)'|([^\\s#\"'?:\\-{\\[][^:#]*?|-[^\\s:#][^:#]*?))[ \\t]*:(?:[ \\t]+(.*))?");

  /** An author entry the Markdown reader takes as the link's text. */
  private static final Pattern AUTHOR_LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\([^()\\s]*\\)");
  /** A contact after a name, which the Markdown reader drops with all after it. */
  private static final Pattern AUTHOR_CONTACT = Pattern.compile(
      "[ \\t]+(?:<[^<>\\s]+@[^<>\\s]+>|\\((?:<[^<>\\s]+@[^<>\\s]+>|[^()\\s]+@[^()\\s]+|@[A-Za-z0-9][A-Za-z0-9_.-]*)\\))");
  /** A handle, which the Markdown reader takes without its {@code @}. */
  private static final Pattern AUTHOR_HANDLE = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_.-]*");
  /** What splits a lone author's entry in two for the Markdown reader. */
  private static final Pattern AUTHOR_AND = Pattern.compile("(?i)[ \\t]+and[ \\t]+");

  private MarkdownHolds() {}

  /**
   * What is wrong with an author the Markdown reader would read back as another name or as two, or
   * {@code null}: a Markdown link ({@code [Ada](https://...)}, read as its text), a name followed by a
   * contact ({@code Ada <ada@example.com>}, {@code Ada (@ada)}: read as the name), a handle ({@code @ada},
   * read as {@code ada}), or, for the only author, a name holding {@code and} (read as two authors).
   */
  static String authorProblem(String name, int authors) {
    if (AUTHOR_LINK.matcher(name).matches()) {
      return "is a Markdown link, which Markdown reads as the author's name alone";
    }
    Matcher contact = AUTHOR_CONTACT.matcher(name);
    if (contact.find() && !name.substring(0, contact.start()).isBlank()) {
      return "holds a contact (" + JsonInput.quote(contact.group().strip()) + "), which Markdown reads as the"
          + " author's name alone; give the name only";
    }
    if (AUTHOR_HANDLE.matcher(name).matches()) {
      return "is a handle, which Markdown reads as the author's name alone (without the @)";
    }
    if (authors == 1 && AUTHOR_AND.matcher(name).find()) {
      return "holds \" and \", which Markdown reads as two authors when it is the only one; give them apart";
    }
    return null;
  }

  /** What is wrong with Markdown text holding a line that is a writer's marker, or {@code null}. */
  static String markerProblem(String text) {
    if (text.indexOf("<!-- designdoc:") < 0) {
      return null;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (MARKER.matcher(lines[i]).matches()) {
        return "must not hold the line " + JsonInput.quote(lines[i].strip()) + " (line " + (i + 1)
            + "): the Markdown writer marks the parts of a section with it, and its reader drops it";
      }
    }
    return null;
  }

  /** What is wrong with front matter holding a line that would end it, or {@code null}. */
  static String frontMatterProblem(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (FENCE.matcher(lines[i]).matches()) {
        return "must not hold the line " + JsonInput.quote(lines[i].strip()) + " (line " + (i + 1)
            + "): in Markdown it would end the front matter";
      }
    }
    return null;
  }

  /**
   * The field of the document that the front matter sets and the document leaves empty, or {@code null}.
   * The Markdown reader takes {@code version}, {@code authors} or {@code author}, {@code date}, {@code
   * creation-date} or {@code created}, and {@code status} from the front matter where the body states none;
   * this looks for them as top-level keys of a block mapping with a value (on their line, or on the lines
   * below, such as a list), so it may also refuse a key whose value the reader would not take (a nested
   * mapping, a multi-line text).
   */
  static String emptyFieldSet(String frontMatter, DesignDoc doc) {
    String[] lines = frontMatter.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = KEY.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String key = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
          .strip().toLowerCase(Locale.ROOT);
      String field = switch (key) {
        case "version" -> doc.version().isEmpty() ? "version" : null;
        case "authors", "author" -> doc.authors().isEmpty() ? "authors" : null;
        case "date", "creation-date", "created" -> doc.date().isEmpty() ? "date" : null;
        case "status" -> doc.status().isEmpty() ? "status" : null;
        default -> null;
      };
      if (field != null && hasValue(m.group(4), lines, i)) {
        return "sets " + key + " (line " + (i + 1) + "), which Markdown reads as the document's " + field
            + "; give the document's " + field + " as well, or leave the key out of the front matter";
      }
    }
    return null;
  }

  /** Whether a key has a value: text after its colon but a comment or empty quotes, or indented lines or a list below. */
  private static boolean hasValue(String inline, String[] lines, int keyLine) {
    if (inline != null) {
      String value = inline.replaceFirst("(?:^|[ \\t])#.*$", "").strip();
      return !value.isEmpty() && !value.equals("\"\"") && !value.equals("''");
    }
    for (int j = keyLine + 1; j < lines.length; j++) {
      String line = lines[j];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      return line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.startsWith("- ") || line.equals("-");
    }
    return false;
  }
}
