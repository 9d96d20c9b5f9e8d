package io.github.designdoc.markdown.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What a reader of the rendered document sees, independent of the code under test: the words of the HTML
 * that commonmark-java renders (GFM tables on and task items' boxes left out, as on GitHub), and the headings.
 */
final class Rendered {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
  /** HTML comments, which render as nothing; one left open runs to the end, as in a browser. */
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--(?:-?>|.*?-->|.*\\z)");
  /** A tag of raw HTML (text's own {@code <} is rendered {@code &lt;}); one left open at the end is dropped, as browsers do. */
  private static final Pattern TAG = Pattern.compile("<[^>]*(?:>|\\z)");
  /** A task item's box ({@code - [x] done}), which GitHub renders as a checkbox, not as text. */
  private static final Pattern TASK_BOX = Pattern.compile("(<li>\\s*(?:<p>)?)\\[[ xX]\\](?=[ \\t\\n<]|$)");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|nbsp);");

  private Rendered() {}

  /** The document rendered as HTML, without a leading byte-order mark. */
  static String html(String markdown) {
    // A byte-order mark is no text: GitHub and the reader drop it before the Markdown.
    return HTML.render(PARSER.parse(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown));
  }

  /**
   * The text of the rendered HTML: comments and tags removed, character references decoded. Front matter
   * at the start ({@code ---} to {@code ---} or {@code ...}) is shown as its text, as GitHub shows it in a
   * table of its own, and the Markdown after it is rendered on its own.
   */
  static String text(String markdown) {
    String md = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    int end = frontMatterEnd(md);
    if (end < 0) {
      return renderedText(md);
    }
    return md.substring(0, end) + " " + renderedText(md.substring(end));
  }

  /**
   * The index after the closing line of the front matter at the start, or -1 if there is none. Lines end
   * as in Markdown (and as the reader reads them): at LF, CR LF or a lone CR.
   */
  static int frontMatterEnd(String md) {
    if (!md.startsWith("---\n") && !md.startsWith("---\r")) {
      return -1;
    }
    int lineStart = md.startsWith("---\r\n") ? 5 : 4;
    while (lineStart < md.length()) {
      int next = lineStart;
      while (next < md.length() && md.charAt(next) != '\n' && md.charAt(next) != '\r') {
        next++;
      }
      String line = md.substring(lineStart, next);
      int after = next < md.length() && md.charAt(next) == '\r' && next + 1 < md.length()
          && md.charAt(next + 1) == '\n' ? next + 2 : Math.min(next + 1, md.length());
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        return after;
      }
      if (next >= md.length()) {
        break;
      }
      lineStart = after;
    }
    return -1;
  }


  private static String renderedText(String markdown) {
    String html = COMMENT.matcher(HTML.render(PARSER.parse(markdown))).replaceAll(" ");
    html = TASK_BOX.matcher(html).replaceAll("$1 ");
    html = TAG.matcher(html).replaceAll(" ");
    Matcher m = ENTITY.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      String name = m.group(1);
      String decoded = switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "nbsp" -> " ";
        default -> {
          int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
              ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
          yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
        }
      };
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The words of the rendered text, as a multiset: runs of letters and digits, case kept. */
  static Map<String, Integer> words(String markdown) {
    Map<String, Integer> words = new TreeMap<>();
    String text = text(markdown);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        words.merge(text.substring(start, i), 1, Integer::sum);
      } else {
        i += Character.charCount(cp);
      }
    }
    return words;
  }

  /** The words rendered from {@code source} that {@code output} renders fewer times, with how many fewer. */
  static Map<String, Integer> lost(String source, String output) {
    Map<String, Integer> out = words(output);
    Map<String, Integer> lost = new TreeMap<>();
    words(source).forEach((word, n) -> {
      int missing = n - out.getOrDefault(word, 0);
      if (missing > 0) {
        lost.put(word, missing);
      }
    });
    return lost;
  }

  /** The headings as rendered, in order: {@code "## text"} with the level as hashes, blanks collapsed. */
  static List<String> headings(String markdown) {
    List<String> headings = new ArrayList<>();
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        StringBuilder text = new StringBuilder();
        collect(heading, text);
        headings.add("#".repeat(heading.getLevel()) + " " + text.toString().strip().replaceAll("\\s+", " "));
      }
    });
    return headings;
  }

  private static void collect(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text.append(t.getLiteral());
      } else if (child instanceof Code c) {
        text.append(c.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        text.append(' ');
      } else {
        collect(child, text);
      }
    }
  }
}
