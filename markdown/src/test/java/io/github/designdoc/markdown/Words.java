package io.github.designdoc.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** The words of Markdown's rendered text, as a multiset: runs of letters and digits, case kept. */
final class Words {
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  private Words() {}

  static String renderedText(String markdown) {
    return TEXT.render(PARSER.parse(markdown));
  }

  static Map<String, Integer> of(String markdown) {
    Map<String, Integer> words = new HashMap<>();
    String text = renderedText(markdown);
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

  /** The words of {@code source} missing from {@code output}, with how many of each are missing. */
  static Map<String, Integer> lost(String source, String output) {
    Map<String, Integer> out = of(output);
    Map<String, Integer> lost = new HashMap<>();
    of(source).forEach((word, n) -> {
      int missing = n - out.getOrDefault(word, 0);
      if (missing > 0) {
        lost.put(word, missing);
      }
    });
    return lost;
  }
}
