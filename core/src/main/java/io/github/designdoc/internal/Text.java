package io.github.designdoc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalization of the model's text fields. Internal: not part of the API.
 */
public final class Text {
  private Text() {}

  /**
   * A single line with its surrounding blanks removed; may be empty.
   *
   * @throws IllegalArgumentException if the value holds a line break
   */
  public static String line(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    String stripped = stripBlanks(value);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            field + " must be a single line, but has a line break at index " + i + ": " + preview(stripped));
      }
    }
    return stripped;
  }

  /** A single line that must not be blank. */
  public static String requiredLine(String field, String value) {
    String line = line(field, value);
    if (line.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return line;
  }

  /** An optional single line; blank becomes empty. */
  public static Optional<String> optionalLine(String field, Optional<String> value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isEmpty()) {
      return value;
    }
    String line = line(field, value.get());
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }

  /** Markdown text: line endings to {@code \n}, leading blank lines and trailing blanks removed. */
  public static String markdown(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
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
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isEmpty()) {
      return value;
    }
    String md = markdown(field, value.get());
    return md.isEmpty() ? Optional.empty() : Optional.of(md);
  }

  /** Each element normalized as a single line; {@code required} rejects blank elements. */
  public static List<String> lines(String field, Collection<String> values, boolean required) {
    List<String> out = new ArrayList<>(values.size());
    int i = 0;
    for (String v : values) {
      String name = field + "[" + i++ + "]";
      out.add(required ? requiredLine(name, v) : line(name, v));
    }
    return out;
  }

  /** Each element normalized as Markdown. */
  public static List<String> markdowns(String field, Collection<String> values) {
    List<String> out = new ArrayList<>(values.size());
    int i = 0;
    for (String v : values) {
      out.add(markdown(field + "[" + i++ + "]", v));
    }
    return out;
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
    return '"' + p.replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
