package io.github.designdoc.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-based checks of Markdown text that the Markdown writer cannot place inside a document so that it
 * reads back equal: a code fence or HTML block left open (it would swallow what follows it), a heading
 * that would start a new part (a section, or a request flow). The checks look at top-level lines only, as CommonMark opens and closes these blocks; they may
 * refuse a value that holds such a line inside a container (a quote or a list item).
 */
final class MarkdownBlocks {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
  private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t].*)?$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
  /** HTML blocks of CommonMark kinds 1 to 5, which end only at their own end marker, and that marker. */
  private static final Pattern[][] HTML_BLOCKS = {
      {Pattern.compile("^ {0,3}<(?:pre|script|style|textarea)(?:[ \\t>].*)?$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("</(?:pre|script|style|textarea)>", Pattern.CASE_INSENSITIVE)},
      {Pattern.compile("^ {0,3}<!--.*$"), Pattern.compile("-->")},
      {Pattern.compile("^ {0,3}<\\?.*$"), Pattern.compile("\\?>")},
      {Pattern.compile("^ {0,3}<![A-Za-z].*$"), Pattern.compile(">")},
      {Pattern.compile("^ {0,3}<!\\[CDATA\\[.*$"), Pattern.compile("]]>")}};

  private MarkdownBlocks() {}

  /**
   * What is wrong with Markdown text that stands as blocks of a section of its own (a section's text,
   * body, intro or notes, a data model's description), or {@code null}: an unclosed block, or a level-1
   * heading, which would start a section even where the sections are level-1 headings.
   */
  static String sectionTextProblem(String text) {
    return scan(text, 1);
  }

  /** As {@link #sectionTextProblem}, for a request flow's intro or notes: a heading of level 1 or 2 would end the flow. */
  static String flowTextProblem(String text) {
    return scan(text, 2);
  }

  /**
   * What is wrong with a preamble, or {@code null}: an unclosed block, or a heading of level 1 or 2, which
   * would start a section.
   */
  static String preambleProblem(String text) {
    return scan(text, 2);
  }

  /**
   * Scans the lines for blocks left open and headings of {@code maxLevel} or less. A line is matched
   * against the patterns only when its first character after up to three spaces can start one of them
   * (a fence, a heading, an underline or HTML), so plain prose costs one look at a few characters.
   */
  private static String scan(String text, int maxLevel) {
    char fence = 0;
    int fenceLength = 0;
    Pattern htmlEnd = null;
    int openedAt = 0;
    boolean paragraph = false;
    int length = text.length();
    int lineNumber = 0;
    boolean newlinesOnly = text.indexOf('\r') < 0;
    for (int start = 0; start <= length; ) {
      int end = newlinesOnly ? text.indexOf('\n', start) : start;
      if (end < 0) {
        end = length;
      }
      while (!newlinesOnly && end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end == length ? length + 1
          : text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
      lineNumber++;
      int indent = start;
      while (indent < end && indent - start < 3 && text.charAt(indent) == ' ') {
        indent++;
      }
      char first = indent < end ? text.charAt(indent) : 0;
      if (fence != 0) {
        if (first == fence) {
          Matcher m = FENCE.matcher(text.subSequence(start, end));
          if (m.matches() && m.group(1).length() >= fenceLength && m.group(2).isBlank()) {
            fence = 0;
          }
        }
        start = next;
        continue;
      }
      if (htmlEnd != null) {
        if (htmlEnd.matcher(text.subSequence(start, end)).find()) {
          htmlEnd = null;
        }
        start = next;
        continue;
      }
      if (first == '`' || first == '~') {
        Matcher m = FENCE.matcher(text.subSequence(start, end));
        if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0)) {
          fence = m.group(1).charAt(0);
          fenceLength = m.group(1).length();
          openedAt = lineNumber;
          paragraph = false;
          start = next;
          continue;
        }
      } else if (first == '<') {
        String line = text.substring(start, end);
        Pattern close = htmlEnd(line);
        if (close != null) {
          if (!close.matcher(line.substring(line.indexOf('<') + 1)).find()) {
            htmlEnd = close;
            openedAt = lineNumber;
          }
          paragraph = false;
          start = next;
          continue;
        }
      }
      int level = 0;
      if (first == '#') {
        Matcher atx = ATX_HEADING.matcher(text.subSequence(start, end));
        if (atx.matches()) {
          level = atx.group(1).length();
        }
      } else if (paragraph && (first == '=' || first == '-')
          && SETEXT_UNDERLINE.matcher(text.subSequence(start, end)).matches()) {
        level = first == '=' ? 1 : 2;
      }
      if (level > 0 && level <= maxLevel) {
        return "must not hold a heading of level " + level + " (line " + lineNumber + "): it would start a new part";
      }
      paragraph = !isBlank(text, start, end) && !text.startsWith("    ", start) && !text.startsWith("\t", start);
      start = next;
    }
    if (fence != 0) {
      return "must not leave a code fence open (line " + openedAt + "): close it with " + String.valueOf(fence)
          .repeat(fenceLength);
    }
    if (htmlEnd != null) {
      return "must not leave an HTML block open (line " + openedAt + "): it would take in what follows it";
    }
    return null;
  }

  /** Whether {@code text} from {@code start} to {@code end} is blank, as {@link String#isBlank()} says. */
  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static Pattern htmlEnd(String line) {
    for (Pattern[] block : HTML_BLOCKS) {
      if (block[0].matcher(line).matches()) {
        return block[1];
      }
    }
    return null;
  }
}
