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

  /** Scans the lines for blocks left open and headings of {@code maxLevel} or less. */
  private static String scan(String text, int maxLevel) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    char fence = 0;
    int fenceLength = 0;
    Pattern htmlEnd = null;
    int openedAt = 0;
    boolean paragraph = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (fence != 0) {
        Matcher m = FENCE.matcher(line);
        if (m.matches() && m.group(1).charAt(0) == fence && m.group(1).length() >= fenceLength
            && m.group(2).isBlank()) {
          fence = 0;
        }
        continue;
      }
      if (htmlEnd != null) {
        if (htmlEnd.matcher(line).find()) {
          htmlEnd = null;
        }
        continue;
      }
      Matcher m = FENCE.matcher(line);
      if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0)) {
        fence = m.group(1).charAt(0);
        fenceLength = m.group(1).length();
        openedAt = i + 1;
        paragraph = false;
        continue;
      }
      Pattern end = htmlEnd(line);
      if (end != null) {
        if (!end.matcher(line.substring(line.indexOf('<') + 1)).find()) {
          htmlEnd = end;
          openedAt = i + 1;
        }
        paragraph = false;
        continue;
      }
      int level = 0;
      Matcher atx = ATX_HEADING.matcher(line);
      if (atx.matches()) {
        level = atx.group(1).length();
      } else if (paragraph && SETEXT_UNDERLINE.matcher(line).matches()) {
        level = line.strip().charAt(0) == '=' ? 1 : 2;
      }
      if (level > 0 && level <= maxLevel) {
        return "must not hold a heading of level " + level + " (line " + (i + 1) + "): it would start a new part";
      }
      paragraph = !line.isBlank() && !line.startsWith("    ") && !line.startsWith("\t");
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

  private static Pattern htmlEnd(String line) {
    for (Pattern[] block : HTML_BLOCKS) {
      if (block[0].matcher(line).matches()) {
        return block[1];
      }
    }
    return null;
  }
}
