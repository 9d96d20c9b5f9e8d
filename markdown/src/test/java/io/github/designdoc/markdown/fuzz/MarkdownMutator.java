package io.github.designdoc.markdown.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutation operators over Markdown design documents. A mutant is a seed document with a list of {@link Edit}s
 * applied in order: the text edits on the lines first, then the byte edits on the UTF-8 bytes. The same seed
 * and edits always give the same mutant; the numbers in an edit choose the place and the variant, so that
 * smaller numbers give simpler mutants (jqwik shrinks them towards zero).
 */
final class MarkdownMutator {
  /** What an edit does. Byte operators come last. */
  enum Op {
    DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_LINES, MOVE_LINES,
    ATX_HEADING, SETEXT_HEADING, TASK_ITEM, BULLET, NUMBERED_ITEM, METADATA_LINE,
    TABLE, TABLE_HEADER_ONLY, TABLE_RAGGED, UNCLOSED_FENCE, MARKER_COMMENT, HTML_BLOCK,
    FRONT_MATTER, BROKEN_FRONT_MATTER, TAB, CR, CRLF, NUL, LONG_LINE, DEEP_LIST, DEEP_QUOTE, INDENT,
    // byte level
    INVALID_UTF8, TRUNCATE, BOM;

    boolean isByteLevel() {
      return ordinal() >= INVALID_UTF8.ordinal();
    }
  }

  /**
   * One edit: {@code at} picks the line (or byte) modulo the size, {@code arg} the variant (level, text,
   * depth, length, ...).
   */
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

  /** Heading texts: template titles and aliases (which the reader gives meaning to), flows, odd ones. */
  static final List<String> HEADINGS = List.of(
      "Overview", "Components", "Request Flows", "API Contracts", "Data Models", "Security Considerations",
      "Performance Considerations", "Testing Strategy", "Rollout Plan", "Open Issues", "Revision History",
      "Design Document", "For Fuzzed Feature", "Flow 2: Retry path", "Flow 7: Odd", "Flow: Unnumbered",
      "Summary", "Open Questions", "Test Plan", "Changelog", "Implementation History", "Metadata",
      "Motivation", "Goals", "API", "Security", "Rollout", "Alternatives Considered", "Notes #", "`code` heading",
      "Overview:", "COMPONENTS", "Data Model", "Schemas", "Flows", "Appendix A", "Request Flow", "Testing", "");

  static final List<String> MARKERS = List.of(
      "<!-- designdoc:end -->", "<!-- designdoc:intro -->", "<!-- designdoc:notes -->",
      "<!-- designdoc:overview -->", "<!-- designdoc:request-flows -->", "<!-- designdoc:open-issues -->",
      "<!-- designdoc:custom -->", "<!-- designdoc:unknown-marker -->", "  <!-- designdoc:end -->",
      "<!-- designdoc:end --> trailing text");

  static final List<String> METADATA = List.of(
      "- **Version:** 9.9", "- **Author:** Fuzz Author", "- **Authors:** Only One", "- **Authors:** Ann, Bob",
      "- **Date:** 2024-02-30", "- **Date:** yesterday", "- **Status:** Draft", "- **Status:** Weird status",
      "- **Reviewers:** Carol", "Version: 3", "Authors: Solo", "Status: In Review", "**Date:** 2020-01-01",
      "- **Owner:**", "- **Status:** Draft | In Review | Approved", "- **Version**: 1.0");

  static final List<String> FRONT_MATTERS = List.of(
      "---\ntitle: Fuzzed Title\n---\n",
      "---\ntitle: Fuzzed\nversion: 2.0\nauthors: [Ann, Bob]\nstatus: Approved\ndate: 2024-01-02\n---\n",
      "---\nauthor: Solo\nextra:\n  nested: true\n---\n",
      "---\n---\n",
      "---\ntags: [a, b]\ndate: not a date\n---\n");

  static final List<String> BROKEN_FRONT_MATTERS = List.of(
      "---\ntitle: [unclosed\n---\n",
      "---\ntitle: no end\n",
      "---\n: : :\n\t- bad indent\n---\n",
      "---\ntitle: a\ntitle: b\n---\n",
      "---\n*alias\n---\n",
      "---\n{\n---\n");

  private MarkdownMutator() {}

  /** The mutant of {@code seed} under {@code edits}. */
  static Mutant apply(String seed, List<Edit> edits) {
    List<String> lines = lines(seed);
    List<Edit> byteEdits = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit.op().isByteLevel()) {
        byteEdits.add(edit);
      } else {
        applyText(lines, edit);
      }
    }
    String text = String.join("", lines);
    if (byteEdits.isEmpty()) {
      return Mutant.ofText(text, edits);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (Edit edit : byteEdits) {
      bytes = applyBytes(bytes, edit);
    }
    return Mutant.ofBytes(bytes, edits);
  }

  /** The lines of a text, each with its line end (the last one may have none). */
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

  private static void applyText(List<String> lines, Edit e) {
    int n = lines.size();
    int at = e.at();
    int arg = e.arg();
    switch (e.op()) {
      case DELETE_LINE -> {
        if (n > 0) {
          lines.remove(at % n);
        }
      }
      case DUPLICATE_LINE -> {
        if (n > 0) {
          int i = at % n;
          lines.add(i, ended(lines.get(i)));
        }
      }
      case SWAP_LINES -> {
        if (n > 1) {
          int i = at % n;
          int j = (i + 1 + arg % (n - 1)) % n;
          String a = ended(lines.get(i));
          String b = ended(lines.get(j));
          lines.set(i, b);
          lines.set(j, a);
        }
      }
      case DELETE_LINES -> {
        if (n > 0) {
          int i = at % n;
          int count = 1 + arg % 12;
          for (int k = 0; k < count && i < lines.size(); k++) {
            lines.remove(i);
          }
        }
      }
      case MOVE_LINES -> {
        if (n > 1) {
          int i = at % n;
          int count = Math.min(1 + arg % 8, n - i);
          List<String> block = new ArrayList<>();
          for (int k = 0; k < count; k++) {
            block.add(ended(lines.remove(i)));
          }
          int to = (arg / 8) % (lines.size() + 1);
          lines.addAll(to, block);
        }
      }
      case ATX_HEADING -> {
        int level = 1 + arg % 6;
        String text = pick(HEADINGS, arg / 6);
        String closing = (arg / 6 / HEADINGS.size()) % 3 == 1 ? " " + "#".repeat(level) : "";
        insert(lines, at, blankAround("#".repeat(level) + (text.isEmpty() ? "" : " " + text) + closing, arg));
      }
      case SETEXT_HEADING -> {
        String underline = arg % 2 == 0 ? "===" : "---";
        String text = pick(HEADINGS, arg / 2);
        insert(lines, at, blankAround((text.isEmpty() ? "Setext" : text) + "\n" + underline, arg / 3));
      }
      case TASK_ITEM -> {
        String[] boxes = {"[ ]", "[x]", "[X]", "[]", "[ x ]"};
        String item = (arg % 2 == 0 ? "- " : "* ") + boxes[(arg / 2) % boxes.length] + " Fuzzed task item "
            + arg;
        insert(lines, at, item + "\n");
      }
      case BULLET -> {
        String[] marks = {"- ", "* ", "+ ", "-   ", "- **Bold label:** "};
        String[] texts = {"fuzzed bullet", "None.", "N/A", "No open issues", "**Component Z (Rust)**",
            "Responsibility of z", "", "`code` span"};
        insert(lines, at, marks[arg % marks.length] + texts[(arg / marks.length) % texts.length] + "\n");
      }
      case NUMBERED_ITEM -> {
        int start = 2 * (arg % 50) + 1; // odd start numbers: 1, 3, 5, ...
        String delimiter = (arg / 50) % 2 == 0 ? ". " : ") ";
        int count = 1 + (arg / 100) % 3;
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < count; k++) {
          list.append(start + k).append(delimiter).append("numbered step ").append(start + k).append('\n');
        }
        insert(lines, at, list.toString());
      }
      case METADATA_LINE -> insert(lines, at, pick(METADATA, arg) + "\n");
      case TABLE -> {
        int columns = 1 + arg % 4;
        int rows = 1 + (arg / 4) % 3;
        insert(lines, at, blankAround(table(columns, rows, false), arg / 12));
      }
      case TABLE_HEADER_ONLY -> {
        String[] headers = {"| Field | Type | Description |\n|-------|------|-------------|",
            "| Date | Author | Changes |\n|---|---|---|", "| A |\n|:-:|", "| Name | Value |\n| --- | ---: |"};
        insert(lines, at, blankAround(headers[arg % headers.length], arg / headers.length));
      }
      case TABLE_RAGGED -> insert(lines, at, blankAround(table(2 + arg % 3, 1 + (arg / 3) % 3, true), arg / 9));
      case UNCLOSED_FENCE -> {
        String[] fences = {"```", "~~~", "```json", "````", "    ```"};
        insert(lines, at, fences[arg % fences.length] + "\nfenced code " + arg + "\n");
      }
      case MARKER_COMMENT -> insert(lines, at, blankAround(pick(MARKERS, arg), arg / MARKERS.size()));
      case HTML_BLOCK -> {
        String[] html = {"<div>\nhtml block words\n</div>", "<!-- a comment with words", "<details>\n\nSummary text",
            "<!-- closed comment -->", "<pre>\nunclosed pre"};
        insert(lines, at, blankAround(html[arg % html.length], arg / html.length));
      }
      case FRONT_MATTER -> lines.add(0, pick(FRONT_MATTERS, arg));
      case BROKEN_FRONT_MATTER -> lines.add(0, pick(BROKEN_FRONT_MATTERS, arg));
      case TAB -> {
        if (n > 0) {
          int i = at % n;
          String line = lines.get(i);
          int pos = arg % (body(line).length() + 1);
          lines.set(i, line.substring(0, pos) + "\t" + line.substring(pos));
        }
      }
      case CR, CRLF -> {
        String end = e.op() == Op.CR ? "\r" : "\r\n";
        if (arg % 4 == 0) { // every line
          for (int i = 0; i < lines.size(); i++) {
            lines.set(i, reEnd(lines.get(i), end));
          }
        } else if (n > 0) {
          int i = at % n;
          lines.set(i, reEnd(lines.get(i), end));
        }
      }
      case NUL -> {
        if (n > 0) {
          int i = at % n;
          String line = lines.get(i);
          int pos = arg % (body(line).length() + 1);
          lines.set(i, line.substring(0, pos) + "\0" + line.substring(pos));
        } else {
          lines.add("\0");
        }
      }
      case LONG_LINE -> {
        int length = 1_000 + (arg % 40) * 1_000; // up to 40,000 characters
        StringBuilder line = new StringBuilder(length + 1);
        boolean words = arg % 2 == 0;
        int k = 0;
        while (line.length() < length) {
          line.append(words ? "word" + (k++ % 100) + " " : "x");
        }
        String prefix = switch ((arg / 40) % 4) {
          case 0 -> "";
          case 1 -> "- ";
          case 2 -> "## ";
          default -> "| ";
        };
        insert(lines, at, prefix + line + "\n");
      }
      case DEEP_LIST -> {
        int depth = 2 + arg % 130;
        StringBuilder list = new StringBuilder();
        boolean ordered = (arg / 130) % 2 == 1;
        for (int d = 0; d < depth; d++) {
          list.append("  ".repeat(ordered ? 0 : d)).append(ordered ? "   ".repeat(d) + "1. " : "- ")
              .append("level ").append(d + 1).append('\n');
        }
        insert(lines, at, "\n" + list + "\n");
      }
      case DEEP_QUOTE -> {
        int depth = 2 + arg % 130;
        String prefix = (arg / 130) % 2 == 0 ? "> " : ">";
        insert(lines, at, "\n" + prefix.repeat(depth) + "quoted deeply " + depth + "\n\n");
      }
      case INDENT -> {
        if (n > 0) {
          int i = at % n;
          lines.set(i, " ".repeat(1 + arg % 8) + lines.get(i));
        }
      }
      default -> throw new AssertionError("not a text operator: " + e.op());
    }
  }

  private static byte[] applyBytes(byte[] bytes, Edit e) {
    int at = e.at() % (bytes.length + 1);
    switch (e.op()) {
      case INVALID_UTF8 -> {
        byte[][] bad = {
            {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFF}};
        return splice(bytes, at, 0, bad[e.arg() % bad.length]);
      }
      case TRUNCATE -> {
        return java.util.Arrays.copyOf(bytes, at);
      }
      case BOM -> {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return splice(bytes, e.arg() % 3 == 0 ? 0 : at, 0, e.arg() % 3 == 2 ? doubled(bom) : bom);
      }
      default -> throw new AssertionError("not a byte operator: " + e.op());
    }
  }

  private static byte[] doubled(byte[] b) {
    byte[] d = new byte[b.length * 2];
    System.arraycopy(b, 0, d, 0, b.length);
    System.arraycopy(b, 0, d, b.length, b.length);
    return d;
  }

  static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
    out.write(bytes, 0, at);
    out.write(insert, 0, insert.length);
    out.write(bytes, at + remove, bytes.length - at - remove);
    return out.toByteArray();
  }

  private static String table(int columns, int rows, boolean ragged) {
    StringBuilder t = new StringBuilder("|");
    for (int c = 0; c < columns; c++) {
      t.append(" Head").append(c + 1).append(" |");
    }
    t.append("\n|");
    t.append("---|".repeat(columns));
    for (int r = 0; r < rows; r++) {
      int cells = ragged ? (r % 2 == 0 ? columns + 1 : Math.max(1, columns - 1)) : columns;
      t.append("\n|");
      for (int c = 0; c < cells; c++) {
        t.append(" cell").append(r + 1).append('x').append(c + 1).append(" |");
      }
    }
    return t.toString();
  }

  /** A block with a blank line before and after (or not, by {@code variant}), ending with a line end. */
  private static String blankAround(String block, int variant) {
    return switch (variant % 3) {
      case 0 -> "\n" + block + "\n\n";
      case 1 -> block + "\n";
      default -> "\n" + block + "\n";
    };
  }

  private static void insert(List<String> lines, int at, String text) {
    int i = at % (lines.size() + 1);
    if (i > 0) {
      lines.set(i - 1, ended(lines.get(i - 1)));
    }
    lines.add(i, text);
  }

  private static String pick(List<String> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }

  /** The line with a line end. */
  private static String ended(String line) {
    return line.endsWith("\n") || line.endsWith("\r") ? line : line + "\n";
  }

  /** The line without its line end. */
  private static String body(String line) {
    if (line.endsWith("\r\n")) {
      return line.substring(0, line.length() - 2);
    }
    if (line.endsWith("\n") || line.endsWith("\r")) {
      return line.substring(0, line.length() - 1);
    }
    return line;
  }

  private static String reEnd(String line, String end) {
    return body(line) + end;
  }
}
