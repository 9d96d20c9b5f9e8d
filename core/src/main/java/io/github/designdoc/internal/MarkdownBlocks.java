package io.github.designdoc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line scanner of the Markdown blocks the typed views read in kept text: ATX headings, fenced code
 * (at any indentation, so code inside a list item is code), pipe tables, list items (with their
 * indentation and whether numbered) and paragraphs. It is no full CommonMark parser: a line inside a
 * fence is never a heading or an item, and a line indented under a list item continues the item.
 */
public final class MarkdownBlocks {
  private MarkdownBlocks() {}

  /** The kinds of block. */
  public enum Kind {
    /** An ATX heading: {@link Block#level()} and {@link Block#text()}. */
    HEADING,
    /** A fenced code block: its info string in {@link Block#text()}, its lines in {@link Block#content()}. */
    CODE,
    /** A pipe table: {@link Block#rows()}, the header row first, without the delimiter row. */
    TABLE,
    /** A list item: {@link Block#indent()}, {@link Block#ordered()} and its first line in {@link Block#text()}. */
    ITEM,
    /** A paragraph: its lines, stripped and joined with {@code \n}, in {@link Block#text()}. */
    PARAGRAPH
  }

  /**
   * A block: its kind, its heading level (0 for other blocks), the columns before its list marker or
   * fence, whether it is a numbered item, its text, a code block's content, a table's rows, and the
   * index of its first line.
   */
  public record Block(Kind kind, int level, int indent, boolean ordered, String text, String content,
      List<List<String>> rows, int line) {
    /** Whether this is a heading. */
    public boolean isHeading() {
      return kind == Kind.HEADING;
    }
  }

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(.*)$");
  private static final Pattern ITEM = Pattern.compile("^([ \\t]*)([-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*))?$");
  private static final Pattern DELIMITER = Pattern.compile("^\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?$");

  /** The blocks of {@code markdown}, in order. */
  public static List<Block> scan(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    int listIndent = -1; // the indent of the last item while a list goes on, else -1
    List<String> paragraph = new ArrayList<>();
    int paragraphLine = 0;
    int i = 0;
    while (i < lines.length) {
      String raw = lines[i];
      String line = raw.strip();
      Matcher fence = FENCE.matcher(raw);
      if (fence.matches() && !(fence.group(2).charAt(0) == '`' && fence.group(3).contains("`"))) {
        flush(blocks, paragraph, paragraphLine);
        String marker = fence.group(2);
        int end = i + 1;
        while (end < lines.length && !closes(lines[end], marker)) {
          end++;
        }
        List<String> content = new ArrayList<>();
        int indent = indent(fence.group(1));
        for (int k = i + 1; k < Math.min(end, lines.length); k++) {
          content.add(dedent(lines[k], indent));
        }
        blocks.add(new Block(Kind.CODE, 0, indent, false, fence.group(3).strip(), String.join("\n", content),
            List.of(), i));
        if (listIndent >= 0 && indent <= listIndent) {
          listIndent = -1;
        }
        i = end + 1;
        continue;
      }
      if (line.isEmpty()) {
        flush(blocks, paragraph, paragraphLine);
        i++;
        continue;
      }
      Matcher atx = ATX.matcher(raw);
      if (atx.matches()) {
        flush(blocks, paragraph, paragraphLine);
        blocks.add(new Block(Kind.HEADING, atx.group(1).length(), 0, false,
            atx.group(2) == null ? "" : atx.group(2).strip(), "", List.of(), i));
        listIndent = -1;
        i++;
        continue;
      }
      if (line.startsWith("|") && i + 1 < lines.length && DELIMITER.matcher(lines[i + 1].strip()).matches()) {
        flush(blocks, paragraph, paragraphLine);
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(line));
        int end = i + 2;
        while (end < lines.length && lines[end].strip().startsWith("|")) {
          rows.add(cells(lines[end]));
          end++;
        }
        blocks.add(new Block(Kind.TABLE, 0, indent(raw), false, "", "", List.copyOf(rows), i));
        listIndent = -1;
        i = end;
        continue;
      }
      Matcher item = ITEM.matcher(raw);
      if (item.matches() && (paragraph.isEmpty() || listIndent >= 0)) {
        flush(blocks, paragraph, paragraphLine);
        int indent = indent(item.group(1));
        blocks.add(new Block(Kind.ITEM, 0, indent, Character.isDigit(item.group(2).charAt(0)),
            item.group(3) == null ? "" : item.group(3).strip(), "", List.of(), i));
        listIndent = indent;
        i++;
        continue;
      }
      boolean continues = listIndent >= 0 && (indent(raw) > listIndent || !blankBefore(lines, i));
      if (!continues) {
        listIndent = -1;
        if (paragraph.isEmpty()) {
          paragraphLine = i;
        }
        paragraph.add(line);
      }
      i++;
    }
    flush(blocks, paragraph, paragraphLine);
    return blocks;
  }

  private static boolean blankBefore(String[] lines, int i) {
    return i > 0 && lines[i - 1].isBlank();
  }

  private static void flush(List<Block> blocks, List<String> paragraph, int line) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Block(Kind.PARAGRAPH, 0, 0, false, String.join("\n", paragraph), "", List.of(), line));
      paragraph.clear();
    }
  }

  private static int indent(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
      n += text.charAt(i) == '\t' ? 4 - n % 4 : 1;
    }
    return n;
  }

  private static String dedent(String line, int indent) {
    int k = 0;
    while (k < indent && k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    return line.substring(k);
  }

  /** Whether {@code line} closes a fence opened with {@code marker}. */
  public static boolean closes(String line, String marker) {
    String t = line.strip();
    if (t.isEmpty() || t.charAt(0) != marker.charAt(0)) {
      return false;
    }
    int n = 0;
    while (n < t.length() && t.charAt(n) == marker.charAt(0)) {
      n++;
    }
    return n >= marker.length() && t.substring(n).isBlank();
  }

  /** A table line's cells as written, each stripped of surrounding blanks; escaped pipes stay in a cell. */
  public static List<String> cells(String line) {
    String t = line.strip();
    if (t.startsWith("|")) {
      t = t.substring(1);
    }
    if (t.endsWith("|") && !t.endsWith("\\|")) {
      t = t.substring(0, t.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : t.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
