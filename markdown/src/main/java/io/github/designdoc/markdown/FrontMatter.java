package io.github.designdoc.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML front matter block at the very start of a document: its raw text, kept verbatim, and the few
 * top-level keys the reader uses (scalars and block lists of scalars; anything else is only kept).
 */
final class FrontMatter {
  private final String raw;
  private final int lineCount;
  private final int end;
  private final Map<String, List<String>> values;

  private FrontMatter(String raw, int lineCount, int end, Map<String, List<String>> values) {
    this.raw = raw;
    this.lineCount = lineCount;
    this.end = end;
    this.values = values;
  }

  /** The front matter at the start of the text ({@code ---} to {@code ---} or {@code ...}), if any. */
  static Optional<FrontMatter> find(String text) {
    if (!(text.startsWith("---\n") || text.equals("---"))) {
      return Optional.empty();
    }
    int start = 4;
    int lineStart = start;
    int lines = 1;
    while (lineStart <= text.length()) {
      int end = text.indexOf('\n', lineStart);
      String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
      lines++;
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        String raw = lineStart == start ? "" : text.substring(start, lineStart - 1);
        return Optional.of(new FrontMatter(raw, lines, end < 0 ? text.length() : end, parse(raw)));
      }
      if (end < 0) {
        break;
      }
      lineStart = end + 1;
    }
    return Optional.empty();
  }

  /** The YAML text between the fences, verbatim. */
  String raw() {
    return raw;
  }

  /** The index of the line break ending the closing fence, or the text's length. */
  int end() {
    return end;
  }

  /** How many lines the block takes, fences included. */
  int lineCount() {
    return lineCount;
  }

  /** The scalar value of a top-level key, or the first item of its list. */
  Optional<String> value(String key) {
    return values(key).stream().findFirst();
  }

  /** The values of a top-level key: its list items, or its scalar alone. */
  List<String> values(String key) {
    return values.getOrDefault(key, List.of());
  }

  private static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    String key = null;
    for (String line : raw.split("\n", -1)) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
        int colon = line.indexOf(':');
        key = null;
        if (colon > 0) {
          key = line.substring(0, colon).strip();
          String value = scalar(line.substring(colon + 1));
          List<String> list = new ArrayList<>();
          if (!value.isEmpty()) {
            list.add(value);
          }
          map.put(key, list);
        }
      } else if (key != null && line.strip().startsWith("- ")) {
        String value = scalar(line.strip().substring(2));
        if (!value.isEmpty()) {
          map.get(key).add(value);
        }
      }
    }
    return map;
  }

  private static String scalar(String text) {
    String s = text.strip();
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      s = s.substring(1, s.length() - 1);
    }
    return s.contains("\n") ? "" : s.strip();
  }
}
