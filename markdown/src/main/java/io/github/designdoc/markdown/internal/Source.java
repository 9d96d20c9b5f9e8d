package io.github.designdoc.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The text being read, as lines, and the source lines of commonmark's blocks: untyped content is taken
 * from here byte for byte rather than rendered again.
 */
public final class Source {
  private final String text;
  private final int[] starts;

  public Source(String text) {
    this.text = text;
    int[] found = new int[Math.max(16, text.length() / 32)];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == found.length) {
        found = java.util.Arrays.copyOf(found, count * 2);
      }
      found[count++] = i + 1;
    }
    starts = count == found.length ? found : java.util.Arrays.copyOf(found, count);
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The offset of line {@code i}'s first character. */
  public int lineStart(int i) {
    return starts[i];
  }

  /** The offset of line {@code i}'s line break, or the text's length. */
  public int lineEnd(int i) {
    return i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
  }

  /** The 0-based line holding this offset. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The offset where the node's first line starts (its indentation included). */
  public int start(Node node) {
    return starts[firstLine(node)];
  }

  /** The offset where the node's own text starts, from its source span. */
  public static int spanStart(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
  }

  /** The offset of the line break ending the node's last line (or the text's length). */
  public int end(Node node) {
    return lineEnd(lastLine(node));
  }

  public int lineCount() {
    return starts.length;
  }

  /** Line {@code i} (0-based) without its line break. */
  public String line(int i) {
    int end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
    return text.substring(starts[i], Math.max(starts[i], end));
  }

  /** Lines {@code from} to {@code to}, both included, joined with line breaks. */
  public String lines(int from, int to) {
    if (from > to) {
      return "";
    }
    int end = to + 1 < starts.length ? starts[to + 1] - 1 : text.length();
    return text.substring(starts[from], Math.max(starts[from], end));
  }

  /**
   * The source text of these sibling blocks: all lines from the first's first to the last's last. The
   * writer's {@link Markers} are its decoration, not content: they are left out, and where blocks do not
   * follow each other in the source the runs are joined by a blank line.
   */
  public String text(List<Node> blocks) {
    StringBuilder out = new StringBuilder();
    Node runStart = null;
    Node previous = null;
    Node appended = null; // the last block of the text so far
    for (Node block : blocks) {
      boolean marker = isMarker(block);
      if (runStart != null && (marker || previous.getNext() != block)) {
        append(out, appended, runStart, previous);
        appended = previous;
        runStart = null;
      }
      if (!marker) {
        runStart = runStart == null ? block : runStart;
        previous = block;
      }
    }
    if (runStart != null) {
      append(out, appended, runStart, previous);
    }
    return out.toString();
  }

  private void append(StringBuilder out, Node appended, Node from, Node to) {
    String part = lines(firstLine(from), lastLine(to));
    out.append(out.length() == 0 ? "" : separator(appended, part)).append(part);
  }

  /**
   * What joins two parts of a text that something the text does not keep (a marker, the title heading)
   * kept apart: a blank line; and when the first part ends in a list and the second starts indented
   * (which would make it part of the list's last item), an empty HTML comment between blank lines, which
   * renders as nothing and ends the list.
   */
  static String separator(Node firstLast, String second) {
    boolean indented = second.startsWith(" ") || second.startsWith("\t");
    return indented && firstLast instanceof org.commonmark.node.ListBlock ? "\n\n<!-- -->\n\n" : "\n\n";
  }

  /** Whether the block is one of the writer's marker comments. */
  public boolean isMarker(Node node) {
    return isMarker(node, Markers.BEGIN) || isMarker(node, Markers.NEXT) || isMarker(node, Markers.END)
        || isMarker(node, Markers.PART);
  }

  public static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
  }

  public static int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }

  /** The 1-based column where the block starts. */
  public static int column(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
  }

  /** The text of a heading as written (ATX or setext; the lines of a setext heading joined by a space). */
  public String headingText(Heading heading) {
    int first = firstLine(heading);
    int last = lastLine(heading);
    String line = line(first);
    if (first == last && isAtx(line)) {
      return Escapes.atxContent(line);
    }
    StringBuilder out = new StringBuilder();
    int end = isSetextUnderline(line(last)) ? last - 1 : last;
    for (int i = first; i <= end; i++) {
      String part = line(i).strip();
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(part);
      }
    }
    return out.toString();
  }

  private static boolean isAtx(String line) {
    String s = line.stripLeading();
    return s.startsWith("#") && line.length() - s.length() <= 3;
  }

  private static boolean isSetextUnderline(String line) {
    String s = line.strip();
    return !s.isEmpty() && (s.chars().allMatch(c -> c == '=') || s.chars().allMatch(c -> c == '-'));
  }

  /** Whether the block is an HTML block that is exactly this marker comment. */
  public boolean isMarker(Node node, String marker) {
    return node instanceof HtmlBlock && firstLine(node) == lastLine(node)
        && line(firstLine(node)).strip().equals(marker);
  }

  /**
   * The Markdown of a list item: its first line after the marker, then its further lines with the
   * item's content indentation removed.
   */
  public String itemText(ListItem item) {
    // Works on offsets into the text, not on a substring per line: items are most of what a read reads.
    int first = firstLine(item);
    int last = lastLine(item);
    int from = starts[first];
    int to = Math.max(from, lineEnd(first));
    int i = from + (item.getSourceSpans().isEmpty() ? 0 : item.getSourceSpans().get(0).getColumnIndex());
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    while (i < to && Character.isDigit(text.charAt(i))) {
      i++;
    }
    int markerEnd = Math.min(i + 1, to); // after the bullet, or the '.' or ')' of a number
    int markerColumn = columnOf(text, from, markerEnd);
    int j = Math.max(markerEnd, from);
    while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    StringBuilder out;
    int contentColumn;
    if (j >= to) {
      contentColumn = markerColumn + 1;
      if (first == last) {
        return "";
      }
      out = new StringBuilder(end(item) - from);
    } else if (columnOf(text, from, j) - markerColumn >= 5) {
      // content indented five or more: one blank belongs to the marker, the rest to an indented code block
      contentColumn = markerColumn + 1;
      out = new StringBuilder(end(item) - from);
      appendDeindented(out, Math.max(markerEnd, from), to, 1, markerColumn);
    } else {
      contentColumn = columnOf(text, from, j);
      if (first == last) {
        return text.substring(j, to);
      }
      out = new StringBuilder(end(item) - from);
      out.append(text, j, to);
    }
    for (int k = first + 1; k <= last; k++) {
      out.append('\n');
      int lineFrom = starts[k];
      int lineTo = Math.max(lineFrom, lineEnd(k));
      int at = out.length();
      appendDeindented(out, lineFrom, lineTo, contentColumn, 0);
      if (isRiskyLazyLine(lineFrom, lineTo, contentColumn)) {
        out.insert(at, '\\');
      }
    }
    return out.toString();
  }

  /**
   * Whether line {@code text[from, to)} is a lazy continuation line (indented less than the item's content,
   * so part of a paragraph the item holds) that would change the structure once indented under the item
   * in the item's text: a setext underline ({@code ===}, {@code --}) or a table delimiter row ({@code
   * |-}) after the paragraph's first line. Lazy, it is paragraph text; so the item's text escapes its first
   * character ({@code \|-}), which renders the same and stays paragraph text wherever it is written.
   */
  private boolean isRiskyLazyLine(int from, int to, int contentColumn) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i >= to || columnOf(text, from, i) >= contentColumn) {
      return false;
    }
    char c = text.charAt(i);
    boolean equals = c == '=';
    boolean dash = false;
    for (int k = i; k < to; k++) {
      char d = text.charAt(k);
      if (equals ? d != '=' && d != ' ' && d != '\t' : "|:- \t".indexOf(d) < 0) {
        return false;
      }
      dash |= d == '-';
    }
    return equals || dash;
  }

  /** {@link #columnOf(String, int)} of the line part {@code text[from, end)}. */
  private static int columnOf(String text, int from, int end) {
    int col = 0;
    for (int i = from; i < end; i++) {
      col = text.charAt(i) == '\t' ? (col / 4 + 1) * 4 : col + 1;
    }
    return col;
  }

  /** Appends {@link #deindent(String, int, int)} of the line part {@code text[from, to)}. */
  private void appendDeindented(StringBuilder out, int from, int to, int columns, int start) {
    int col = start;
    int end = start + columns;
    int i = from;
    while (i < to && col < end) {
      char c = text.charAt(i);
      if (c == ' ') {
        col++;
      } else if (c == '\t') {
        int next = (col / 4 + 1) * 4;
        if (next > end) {
          for (int n = next - end; n > 0; n--) {
            out.append(' ');
          }
          out.append(text, i + 1, to);
          return;
        }
        col = next;
      } else {
        break;
      }
      i++;
    }
    out.append(text, i, to);
  }

  /** The visual column (tabs to multiples of 4) at char index {@code end} of the line. */
  public static int columnOf(String line, int end) {
    int col = 0;
    for (int i = 0; i < end && i < line.length(); i++) {
      col = line.charAt(i) == '\t' ? (col / 4 + 1) * 4 : col + 1;
    }
    return col;
  }

  /** Removes up to {@code columns} columns of leading blanks; a tab that goes past them leaves spaces. */
  public static String deindent(String line, int columns) {
    return deindent(line, columns, 0);
  }

  /** As {@link #deindent(String, int)}, for a line part that starts at column {@code start}. */
  public static String deindent(String line, int columns, int start) {
    int col = start;
    int end = start + columns;
    int i = 0;
    while (i < line.length() && col < end) {
      char c = line.charAt(i);
      if (c == ' ') {
        col++;
      } else if (c == '\t') {
        int next = (col / 4 + 1) * 4;
        if (next > end) {
          return " ".repeat(next - end) + line.substring(i + 1);
        }
        col = next;
      } else {
        break;
      }
      i++;
    }
    return line.substring(i);
  }
}
