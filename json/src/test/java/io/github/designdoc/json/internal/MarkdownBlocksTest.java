package io.github.designdoc.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownBlocks} gives the same answer as the plain scan that matches every line against every
 * pattern ({@link Reference}), on texts built from the characters and line starts the patterns look at.
 */
class MarkdownBlocksTest {
  private static final String[] PIECES = {"", " ", "  ", "   ", "    ", "\t", "x", "text", "a`b", " info ", "`", "~",
      "```", "~~~", "````", "~~~~~", "#", "##", "###", "####", "=", "==", "-", "---", " - ", "<pre>", "</pre>",
      "<PRE", "<script", "</script>", "<style ", "</STYLE>", "<textarea>", "</textarea>", "<!--", "-->", "<?", "?>",
      "<!D", "<!x", ">", "<![CDATA[", "]]>", "<div>", "<", "\n", "\n", "\n", "\r", "\r\n", "\u2028", "\u0085",
      "\u3000", "\u000B", "\uD83D\uDE00", "\uD83D"};

  @Test
  void givesTheReferenceAnswerOnManyTexts() {
    Random random = new Random(13);
    int problems = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(16); n > 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      String expected = Reference.scan(t, 1);
      assertEquals(expected, MarkdownBlocks.sectionTextProblem(t), () -> "section text " + escape(t));
      assertEquals(Reference.scan(t, 2), MarkdownBlocks.flowTextProblem(t), () -> "flow text " + escape(t));
      assertEquals(Reference.scan(t, 2), MarkdownBlocks.preambleProblem(t), () -> "preamble " + escape(t));
      if (expected != null) {
        problems++;
      }
    }
    assertTrue(problems > 20_000 && problems < 180_000, "texts with a problem: " + problems);
  }

  @Test
  void findsEachKindOfProblem() {
    assertNull(MarkdownBlocks.sectionTextProblem("Prose.\n\n## Sub\n\n```java\ncode\n```\n<!-- a -->"));
    assertNotNull(MarkdownBlocks.sectionTextProblem("Prose\n===")); // a level-1 setext heading
    assertNull(MarkdownBlocks.sectionTextProblem("Prose\n---"));
    assertNotNull(MarkdownBlocks.flowTextProblem("Prose\n---"));
    assertNotNull(MarkdownBlocks.sectionTextProblem("   # Title"));
    assertNull(MarkdownBlocks.sectionTextProblem("    # code"));
    assertEquals("must not leave a code fence open (line 2): close it with ~~~~",
        MarkdownBlocks.sectionTextProblem("a\r\n~~~~\r\n~~~\r\n"));
    assertEquals("must not leave an HTML block open (line 4): it would take in what follows it",
        MarkdownBlocks.sectionTextProblem("a\r\rx\n<pre>\n</p>"));
    assertNull(MarkdownBlocks.sectionTextProblem("<pre>\n\n</PRE>\n# \u2028"));
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars().forEach(c -> out.append(c >= ' ' && c < 127 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }

  /** The scan as first written: every line split off with a pattern and matched against every pattern. */
  private static final class Reference {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t].*)?$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern[][] HTML_BLOCKS = {
        {Pattern.compile("^ {0,3}<(?:pre|script|style|textarea)(?:[ \\t>].*)?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("</(?:pre|script|style|textarea)>", Pattern.CASE_INSENSITIVE)},
        {Pattern.compile("^ {0,3}<!--.*$"), Pattern.compile("-->")},
        {Pattern.compile("^ {0,3}<\\?.*$"), Pattern.compile("\\?>")},
        {Pattern.compile("^ {0,3}<![A-Za-z].*$"), Pattern.compile(">")},
        {Pattern.compile("^ {0,3}<!\\[CDATA\\[.*$"), Pattern.compile("]]>")}};

    static String scan(String text, int maxLevel) {
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
        Pattern end = null;
        for (Pattern[] block : HTML_BLOCKS) {
          if (block[0].matcher(line).matches()) {
            end = block[1];
            break;
          }
        }
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
        return "must not leave a code fence open (line " + openedAt + "): close it with "
            + String.valueOf(fence).repeat(fenceLength);
      }
      if (htmlEnd != null) {
        return "must not leave an HTML block open (line " + openedAt + "): it would take in what follows it";
      }
      return null;
    }
  }
}
