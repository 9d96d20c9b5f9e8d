package io.github.designdoc.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reversible escapes for single-line text placed where its raw form would change meaning: bold labels,
 * comma-separated author lists, table cells and ATX headings. Each {@code escape} has an {@code unescape}
 * that gives the text back exactly; the round-trip properties in the tests prove it.
 */
public final class Escapes {
  private Escapes() {}

  /**
   * Backslash-escapes every character of {@code specials} (but an underscore inside a word) and every
   * backslash that precedes a special character or a backslash, or ends the text (the text is always followed by a special character in
   * its context, such as the {@code *} closing a bold label).
   */
  public static String escape(String text, String specials) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        out.append(c); // inside a word an underscore neither opens nor closes emphasis
      } else if (specials.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\\') {
        boolean last = i + 1 == text.length();
        char next = last ? 0 : text.charAt(i + 1);
        out.append(last || next == '\\' || specials.indexOf(next) >= 0 ? "\\\\" : "\\");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Undoes {@link #escape}: a backslash before a special character or a backslash is dropped. */
  public static String unescape(String text, String specials) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()
          && (text.charAt(i + 1) == '\\' || specials.indexOf(text.charAt(i + 1)) >= 0)) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The index of the first occurrence of {@code delimiter} in {@code text} from {@code from} that is not
   * inside an escape pair (a backslash before a special character or a backslash), or -1.
   */
  public static int findUnescaped(String text, int from, String delimiter, String specials) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()
          && (text.charAt(i + 1) == '\\' || specials.indexOf(text.charAt(i + 1)) >= 0)) {
        i++;
      } else if (text.startsWith(delimiter, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Splits at each unescaped {@code separator} character, unescaping the parts. */
  public static List<String> split(String text, char separator) {
    String specials = String.valueOf(separator);
    List<String> parts = new ArrayList<>();
    int start = 0;
    int at;
    while ((at = findUnescaped(text, start, specials, specials)) >= 0) {
      parts.add(unescape(text.substring(start, at), specials));
      start = at + 1;
    }
    parts.add(unescape(text.substring(start), specials));
    return parts;
  }

  /** A table cell: every pipe gets a backslash, the only escape GFM tables know. */
  public static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /**
   * The cells of a table row as written, unescaped; GFM splits at pipes without a backslash before them.
   */
  public static List<String> cells(String row) {
    String line = row.strip();
    int start = line.startsWith("|") ? 1 : 0;
    int end = line.length();
    if (end > start && line.charAt(end - 1) == '|' && (end < 2 || line.charAt(end - 2) != '\\')) {
      end--;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < end && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /** The text of an ATX heading line: a trailing {@code #} gets a closing sequence so it is kept. */
  public static String headingText(String text) {
    return text.endsWith("#") ? text + " #" : text;
  }

  /**
   * The content of an ATX heading line, as CommonMark reads it: without the opening and closing
   * sequences and surrounding blanks.
   */
  public static String atxContent(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    String content = strip(line.substring(i));
    int end = content.length();
    int run = end;
    while (run > 0 && content.charAt(run - 1) == '#') {
      run--;
    }
    if (run < end) {
      if (run == 0) {
        return "";
      }
      char before = content.charAt(run - 1);
      if (before == ' ' || before == '\t') {
        content = strip(content.substring(0, run));
      }
    }
    return content;
  }

  /** Removes surrounding spaces and tabs. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** A code fence for this content: backticks longer than any run inside, or tildes if the info needs it. */
  public static String fence(String content, String info) {
    char c = info.indexOf('`') >= 0 ? '~' : '`';
    int longest = 0;
    int run = 0;
    for (int i = 0; i < content.length(); i++) {
      run = content.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return String.valueOf(c).repeat(Math.max(3, longest + 1));
  }
}
