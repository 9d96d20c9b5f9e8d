package io.github.designdoc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Normalization of the model's text fields. Internal: not part of the API.
 */
public final class Text {
  private Text() {}

  /**
   * A single line with its surrounding blanks removed; may be empty. A value made only of whitespace
   * and control characters, Unicode's included ({@code U+3000}, {@code U+000B}, {@code U+0085}), is
   * blank and becomes empty.
   *
   * @throws IllegalArgumentException if the value holds a line break: {@code \n}, {@code \r},
   *     {@code U+2028} or {@code U+2029}
   */
  public static String line(String field, String value) {
    return line(field, null, -1, value);
  }

  /** {@link #line(String, String)} of the field named {@code field + " " + subject}, a name built only for an error. */
  public static String line(String field, String subject, String value) {
    return line(field, subject, -1, value);
  }

  private static String line(String field, String subject, int index, String value) {
    if (value == null) {
      throw new NullPointerException(label(field, subject, index) + " must not be null");
    }
    String stripped = stripBlanks(value);
    if (isBlank(stripped)) {
      return "";
    }
    int at = lineBreak(stripped);
    if (at >= 0) {
      throw new IllegalArgumentException(label(field, subject, index)
          + " must be a single line, but has a line break at index " + at + ": " + preview(stripped));
    }
    return stripped;
  }

  /** Where the first line break ({@code \n}, {@code \r}, {@code U+2028}, {@code U+2029}) is, or -1. */
  private static int lineBreak(String text) {
    // one search per character is faster than a loop that compares each with all four
    int at = -1;
    for (char c : LINE_BREAKS) {
      int i = text.indexOf(c);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    return at;
  }

  private static final char[] LINE_BREAKS = {'\n', '\r', '\u2028', '\u2029'};

  /** A field's name for a message: {@code field}, then {@code subject} after a blank, then {@code [index]}. */
  private static String label(String field, String subject, int index) {
    String name = subject == null ? field : field + " " + subject;
    return index < 0 ? name : name + "[" + index + "]";
  }

  /**
   * A single line that must not be blank.
   *
   * @throws IllegalArgumentException if the value is blank (see {@link #line}) or holds a line break
   */
  public static String requiredLine(String field, String value) {
    return requiredLine(field, null, -1, value);
  }

  /** {@link #requiredLine(String, String)} of the field named {@code field + " " + subject}. */
  public static String requiredLine(String field, String subject, String value) {
    return requiredLine(field, subject, -1, value);
  }

  private static String requiredLine(String field, String subject, int index, String value) {
    String line = line(field, subject, index, value);
    if (line.isEmpty()) {
      throw new IllegalArgumentException(label(field, subject, index) + " must not be blank");
    }
    return line;
  }

  /** An optional single line; blank becomes empty. */
  public static Optional<String> optionalLine(String field, Optional<String> value) {
    return optionalLine(field, null, value);
  }

  /** {@link #optionalLine(String, Optional)} of the field named {@code field + " " + subject}. */
  public static Optional<String> optionalLine(String field, String subject, Optional<String> value) {
    if (value == null) {
      throw new NullPointerException(label(field, subject, -1) + " must not be null");
    }
    if (value.isEmpty()) {
      return value;
    }
    String line = line(field, subject, -1, value.get());
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }

  /** An optional section heading: a single line; blank, or equal to the template's title, becomes empty. */
  public static Optional<String> heading(String templateTitle, Optional<String> heading) {
    Optional<String> line = optionalLine("section heading", heading);
    return line.filter(h -> !h.equals(templateTitle));
  }

  /** Markdown text: line endings to {@code \n}, leading blank lines and trailing blanks removed. */
  public static String markdown(String field, String value) {
    return markdown(field, null, -1, value);
  }

  /** {@link #markdown(String, String)} of the field named {@code field + " " + subject}. */
  public static String markdown(String field, String subject, String value) {
    return markdown(field, subject, -1, value);
  }

  private static String markdown(String field, String subject, int index, String value) {
    if (value == null) {
      throw new NullPointerException(label(field, subject, index) + " must not be null");
    }
    String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    // Drop leading blank lines, but keep the indentation of the first line with text.
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        start = i + 1;
      } else if (c != ' ' && c != '\t') {
        break;
      }
    }
    int end = text.length();
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Optional Markdown; blank becomes empty. */
  public static Optional<String> optionalMarkdown(String field, Optional<String> value) {
    return optionalMarkdown(field, null, value);
  }

  /** {@link #optionalMarkdown(String, Optional)} of the field named {@code field + " " + subject}. */
  public static Optional<String> optionalMarkdown(String field, String subject, Optional<String> value) {
    if (value == null) {
      throw new NullPointerException(label(field, subject, -1) + " must not be null");
    }
    if (value.isEmpty()) {
      return value;
    }
    String md = markdown(field, subject, -1, value.get());
    return md.isEmpty() ? Optional.empty() : Optional.of(md);
  }

  /** Each element normalized as a single line; {@code required} rejects blank elements. */
  public static List<String> lines(String field, Collection<String> values, boolean required) {
    List<String> out = new ArrayList<>(values.size());
    int i = 0;
    for (String v : values) {
      out.add(required ? requiredLine(field, null, i, v) : line(field, null, i, v));
      i++;
    }
    return out;
  }

  /** Each element normalized as Markdown. */
  public static List<String> markdowns(String field, Collection<String> values) {
    return markdowns(field, null, values);
  }

  /** {@link #markdowns(String, Collection)} of the field named {@code field + " " + subject}. */
  public static List<String> markdowns(String field, String subject, Collection<String> values) {
    List<String> out = new ArrayList<>(values.size());
    int i = 0;
    for (String v : values) {
      out.add(markdown(field, subject, i++, v));
    }
    return out;
  }

  /** Whether the text is empty or holds only whitespace and control characters, Unicode's included. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static String stripBlanks(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isBlank(value.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static String preview(String value) {
    String p = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return '"' + p.replace("\n", "\\n").replace("\r", "\\r").replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029") + '"';
  }
}
