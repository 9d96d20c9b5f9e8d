package io.github.designdoc.json.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutation operators over JSON documents: on lines (the writer's pretty output has one property or element a
 * line, so duplicating a line duplicates a key), on string and number values, on characters, and on bytes.
 * The same document and edits always give the same mutant; smaller numbers give simpler mutants.
 */
final class JsonMutator {
  enum Op {
    DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_CHAR, INSERT_TOKEN, REPLACE_STRING, REPLACE_KEY, REPLACE_VALUE,
    REPLACE_NUMBER, DEEP_NESTING, LONG_STRING, CRLF,
    // byte level
    TRUNCATE, INVALID_UTF8, BOM, UTF16;

    boolean isByteLevel() {
      return ordinal() >= TRUNCATE.ordinal();
    }
  }

  record Edit(Op op, int at, int arg) {
    Edit {
      if (at < 0 || arg < 0) {
        throw new IllegalArgumentException("at and arg must not be negative: " + at + ", " + arg);
      }
    }

    @Override
    public String toString() {
      return op + "@" + at + "/" + arg;
    }
  }

  /** Tokens that break or bend the JSON. */
  static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "0", "-1",
      "1e999", "\"x\":", "\"\\u0000\"", "/*c*/", "\u0000", " ", "\n", "\u00A0", "\uFEFF", "'", "NaN");

  /**
   * String values that the Markdown side gives meaning to, or that are blank or control characters in other
   * ways than the ASCII ones.
   */
  static final List<String> STRINGS = List.of("", " ", "\\u3000", "\\u2028", "\\u2029", "\\u000b", "\\u000c",
      "\\u0085", "\\u00a0", "\\t", "\\n", "\\r", "a\\nb", "\\u0000", "\\ud800", "\\udc00x", "\\ufeff", "\\u200b",
      "#", "# Heading", "## Overview", "Heading #", "- item", "- [ ] task", "[x] done", "1. one", "3) three", "* star",
      "```", "~~~", "<!-- designdoc:end -->", "<!-- designdoc:begin -->", "<!-- designdoc:next -->",
      "<!-- designdoc:part -->", "a\\n<!-- designdoc:end -->\\nb", "a\\n---\\nb", "...", "status: Draft",
      "version: 2\\nauthors:\\n  - Ada", "date: 2024-01-01", "<!--", "<div>", "a | b", "a\\\\|b", "**bold**", "**Version:** 2",
      "---", "===", "Overview", "Open Issues", "Request Flows", "Flow 2: x", "None.", "N/A", "No open issues",
      "Draft", " Draft ", "draft", "Approved", "In Review", "Deprecated", "2024-02-30", "2024-01-01", "01/02/2024",
      "1.0", "2.0", "99.0", "GET /x", "200", "\\\\", "\\\"", "a\\tb", "  leading", "trailing  ", "&amp;", "*",
      "_", "`", "[link](", "> quote", "    indented code", "|", "Version", "Authors", "Status", "Date",
      "\\ud83d\\ude00", "e\\u0301");

  static final List<String> VALUES = List.of("null", "[]", "{}", "0", "-0", "1.5", "true", "\"\"", "[null]",
      "[{}]", "{\"\":0}", "[\"\"]", "9223372036854775808", "\"x\"", "[[]]");

  static final List<String> NUMBERS = List.of("0", "-1", "1.0", "1e3", "2147483648", "-9223372036854775809",
      "1e999", "0.0000001", "01", "3");

  private JsonMutator() {}

  /** The mutant of {@code json} under {@code edits}: text edits first, then byte edits. */
  static JsonMutant apply(String json, List<Edit> edits) {
    String text = json;
    List<Edit> byteEdits = new ArrayList<>();
    for (Edit e : edits) {
      if (e.op().isByteLevel()) {
        byteEdits.add(e);
      } else {
        text = applyText(text, e);
      }
    }
    if (byteEdits.isEmpty()) {
      return JsonMutant.ofText(text);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (Edit e : byteEdits) {
      bytes = applyBytes(bytes, e);
    }
    return JsonMutant.ofBytes(bytes);
  }

  private static String applyText(String text, Edit e) {
    int at = e.at();
    int arg = e.arg();
    switch (e.op()) {
      case DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, CRLF -> {
        List<String> lines = lines(text);
        int n = lines.size();
        if (n == 0) {
          return text;
        }
        int i = at % n;
        switch (e.op()) {
          case DELETE_LINE -> lines.remove(i);
          case DUPLICATE_LINE -> lines.add(i, ended(lines.get(i)));
          case SWAP_LINES -> {
            if (n > 1) {
              int j = (i + 1 + arg % (n - 1)) % n;
              String a = ended(lines.get(i));
              lines.set(i, ended(lines.get(j)));
              lines.set(j, a);
            }
          }
          default -> {
            for (int k = 0; k < lines.size(); k++) {
              String l = lines.get(k);
              if (l.endsWith("\n") && !l.endsWith("\r\n")) {
                lines.set(k, l.substring(0, l.length() - 1) + "\r\n");
              }
            }
          }
        }
        return String.join("", lines);
      }
      case DELETE_CHAR -> {
        if (text.isEmpty()) {
          return text;
        }
        int i = at % text.length();
        int count = 1 + arg % 4;
        return text.substring(0, i) + text.substring(Math.min(text.length(), i + count));
      }
      case INSERT_TOKEN -> {
        int i = at % (text.length() + 1);
        return text.substring(0, i) + TOKENS.get(arg % TOKENS.size()) + text.substring(i);
      }
      case REPLACE_STRING, REPLACE_KEY -> {
        List<int[]> strings = strings(text, e.op() == Op.REPLACE_KEY);
        if (strings.isEmpty()) {
          return text;
        }
        int[] s = strings.get(at % strings.size());
        String replacement = STRINGS.get(arg % STRINGS.size());
        if (e.op() == Op.REPLACE_STRING && (arg / STRINGS.size()) % 3 == 1) {
          // keep the value, add the odd string around it
          String old = text.substring(s[0] + 1, Math.max(s[0] + 1, s[1] - 1)); // a quote left open at the end: none
          replacement = (arg / STRINGS.size()) % 2 == 0 ? replacement + old : old + replacement;
        }
        return text.substring(0, s[0]) + "\"" + replacement + "\"" + text.substring(s[1]);
      }
      case REPLACE_VALUE -> {
        List<int[]> strings = strings(text, false);
        if (strings.isEmpty()) {
          return text;
        }
        int[] s = strings.get(at % strings.size());
        return text.substring(0, s[0]) + VALUES.get(arg % VALUES.size()) + text.substring(s[1]);
      }
      case REPLACE_NUMBER -> {
        List<int[]> numbers = numbers(text);
        if (numbers.isEmpty()) {
          return text;
        }
        int[] s = numbers.get(at % numbers.size());
        return text.substring(0, s[0]) + NUMBERS.get(arg % NUMBERS.size()) + text.substring(s[1]);
      }
      case DEEP_NESTING -> {
        List<int[]> strings = strings(text, false);
        int depth = 2 + arg % 3000;
        String open = arg % 2 == 0 ? "[" : "{\"a\":";
        String close = arg % 2 == 0 ? "]" : "}";
        if (strings.isEmpty()) {
          return open.repeat(depth) + close.repeat(depth);
        }
        int[] s = strings.get(at % strings.size());
        return text.substring(0, s[0]) + open.repeat(depth) + text.substring(s[0], s[1]) + close.repeat(depth)
            + text.substring(s[1]);
      }
      case LONG_STRING -> {
        List<int[]> strings = strings(text, false);
        if (strings.isEmpty()) {
          return text;
        }
        int[] s = strings.get(at % strings.size());
        int length = 1_000 + (arg % 50) * 2_000;
        String filler = arg % 2 == 0 ? "word " : "x";
        return text.substring(0, s[0]) + "\"" + filler.repeat(length / filler.length()) + "\"" + text.substring(s[1]);
      }
      default -> throw new AssertionError("not a text operator: " + e.op());
    }
  }

  private static byte[] applyBytes(byte[] bytes, Edit e) {
    int at = e.at() % (bytes.length + 1);
    return switch (e.op()) {
      case TRUNCATE -> Arrays.copyOf(bytes, at);
      case INVALID_UTF8 -> {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        yield splice(bytes, at, bad[e.arg() % bad.length]);
      }
      case BOM -> splice(bytes, e.arg() % 2 == 0 ? 0 : at, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case UTF16 -> new String(bytes, StandardCharsets.UTF_8).getBytes(
          e.arg() % 3 == 0 ? StandardCharsets.UTF_16 : e.arg() % 3 == 1 ? StandardCharsets.UTF_16LE
              : StandardCharsets.UTF_16BE);
      default -> throw new AssertionError("not a byte operator: " + e.op());
    };
  }

  private static byte[] splice(byte[] bytes, int at, byte[] insert) {
    byte[] out = new byte[bytes.length + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
    return out;
  }

  /** The spans (from the opening quote to after the closing one) of string literals: keys or values. */
  static List<int[]> strings(String json, boolean keys) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        int start = i++;
        while (i < json.length() && json.charAt(i) != '"') {
          i += json.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(json.length(), i + 1);
        int j = i;
        while (j < json.length() && Character.isWhitespace(json.charAt(j))) {
          j++;
        }
        boolean isKey = j < json.length() && json.charAt(j) == ':';
        if (isKey == keys) {
          spans.add(new int[] {start, i});
        }
      } else {
        i++;
      }
    }
    return spans;
  }

  /** The spans of numbers outside strings. */
  static List<int[]> numbers(String json) {
    List<int[]> spans = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '-' || Character.isDigit(c)) {
        int start = i;
        while (i + 1 < json.length() && "+-.eE0123456789".indexOf(json.charAt(i + 1)) >= 0) {
          i++;
        }
        spans.add(new int[] {start, i + 1});
      }
    }
    return spans;
  }

  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static String ended(String line) {
    return line.endsWith("\n") ? line : line + "\n";
  }
}
