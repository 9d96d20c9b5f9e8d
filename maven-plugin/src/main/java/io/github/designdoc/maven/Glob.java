package io.github.designdoc.maven;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Ant-style glob over {@code /}-separated paths relative to the project folder: {@code *} matches within one
 * path segment, {@code ?} one character of a segment, {@code **} any number of segments (none included, so
 * {@code docs/**}{@code /*.md} matches {@code docs/a.md}), and {@code {a,b}} either alternative.
 */
final class Glob {
  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /**
   * Compiles a glob.
   *
   * @throws IllegalArgumentException if the glob is blank or its braces do not balance
   */
  static Glob of(String glob) {
    Objects.requireNonNull(glob, "glob must not be null");
    String text = glob.strip().replace('\\', '/');
    while (text.startsWith("./")) {
      text = text.substring(2);
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a glob must not be blank");
    }
    return new Glob(text, Pattern.compile(regex(text)));
  }

  /** Whether the {@code /}-separated relative path matches. */
  boolean matches(String relativePath) {
    return pattern.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return text;
  }

  private static String regex(String glob) {
    StringBuilder out = new StringBuilder();
    int braces = 0;
    int i = 0;
    int n = glob.length();
    while (i < n) {
      char c = glob.charAt(i);
      if (c == '/' && i > 0 && i + 3 == n && glob.endsWith("**")) {
        // "dir/**": the folder itself and everything below it.
        out.append("(?:/.*)?");
        break;
      }
      if (c == '*' && i + 1 < n && glob.charAt(i + 1) == '*') {
        boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
        if (segmentStart && i + 2 < n && glob.charAt(i + 2) == '/') {
          out.append("(?:.*/)?");
          i += 3;
        } else {
          out.append(".*");
          i += 2;
        }
        continue;
      }
      switch (c) {
        case '*' -> out.append("[^/]*");
        case '?' -> out.append("[^/]");
        case '{' -> {
          braces++;
          out.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("unbalanced '}' in glob \"" + glob + "\"");
          }
          braces--;
          out.append(')');
        }
        case ',' -> out.append(braces > 0 ? "|" : ",");
        default -> {
          if (!Character.isLetterOrDigit(c)) {
            out.append('\\');
          }
          out.append(c);
        }
      }
      i++;
    }
    if (braces != 0) {
      throw new IllegalArgumentException("unbalanced '{' in glob \"" + glob + "\"");
    }
    return out.toString();
  }
}
