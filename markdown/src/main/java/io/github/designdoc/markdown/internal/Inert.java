package io.github.designdoc.markdown.internal;

import io.github.designdoc.ApiContract;
import io.github.designdoc.ApiContracts;
import io.github.designdoc.CodeBlock;
import io.github.designdoc.CodeContract;
import io.github.designdoc.Component;
import io.github.designdoc.Components;
import io.github.designdoc.CustomSection;
import io.github.designdoc.DataField;
import io.github.designdoc.DataModel;
import io.github.designdoc.DataModels;
import io.github.designdoc.HttpContract;
import io.github.designdoc.ItemSection;
import io.github.designdoc.OpenIssue;
import io.github.designdoc.OpenIssues;
import io.github.designdoc.Overview;
import io.github.designdoc.PerformanceConsiderations;
import io.github.designdoc.RequestFlow;
import io.github.designdoc.RequestFlows;
import io.github.designdoc.Revision;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.RolloutPlan;
import io.github.designdoc.Section;
import io.github.designdoc.SecurityConsiderations;
import io.github.designdoc.TestingEntry;
import io.github.designdoc.TestingStrategy;
import io.github.designdoc.internal.SchemaFields;
import java.util.List;
import java.util.Optional;

/**
 * Decides from its characters and line starts whether a value written by {@link SectionWriter} in its plain
 * form can change the block structure around it or be read as something else; a section whose every value
 * is inert reads back equal by construction and needs no parse to prove it.
 *
 * <p>The test is conservative: a line that starts (after its indentation) with anything that opens or
 * continues a block other than a paragraph, a list item or (in verbatim Markdown) a heading of level 3 to
 * 6 ({@code #} or {@code ##}, a fence, {@code <}, {@code >}, {@code |},
 * {@code [}, {@code \}, a setext underline or thematic break), a tab, a control character, a blank line
 * that is not empty, trailing blanks, nesting deep enough to near the reader's limit: any of these sends the
 * section to the parse that proves it. The round-trip properties check that every section this class calls
 * inert reads back equal.
 */
final class Inert {
  /** What a bold label's text must not hold: what the writer escapes in it, and the backslash. */
  private static final String LABEL_MARKUP = ShapeReader.LABEL + "\\";

  /** Nesting, in columns of indentation plus two per container marker on a line, far below the limit. */
  private static final int MAX_DEPTH = 40;

  private Inert() {}

  /**
   * Whether the section's plain body, under its plain heading, reads back to the same section without a
   * parse: the kinds whose reading is a pure function of list items (bold labels included), table cells
   * and verbatim Markdown.
   */
  static boolean section(Section section) {
    if (section instanceof Overview) {
      return body(((Overview) section).text(), true);
    }
    if (section instanceof CustomSection) {
      return body(((CustomSection) section).body(), true);
    }
    List<String> texts;
    if (section instanceof SecurityConsiderations) {
      texts = ((SecurityConsiderations) section).items();
    } else if (section instanceof PerformanceConsiderations) {
      texts = ((PerformanceConsiderations) section).items();
    } else if (section instanceof RolloutPlan) {
      texts = ((RolloutPlan) section).items();
    } else if (section instanceof Components) {
      for (Component c : ((Components) section).items()) {
        if (!label(c.name()) || !c.owner().map(Inert::label).orElse(true) || !c.summary().map(Inert::words).orElse(true)
            || !c.details().stream().allMatch(Inert::detail)) {
          return false;
        }
      }
      return !((Components) section).items().isEmpty() && introAndNotes((Components) section);
    } else if (section instanceof RequestFlows) {
      // each flow its own H3 heading, intro, numbered steps and notes; notes of the section would need a marker
      RequestFlows flows = (RequestFlows) section;
      for (RequestFlow f : flows.items()) {
        if (!heading(f.name()) || !optionalBody(f.intro()) || !optionalBody(f.notes()) || f.steps().isEmpty()
            || !f.steps().stream().allMatch(Inert::detail)) {
          return false;
        }
      }
      return !flows.items().isEmpty() && optionalBody(flows.intro()) && flows.notes().isEmpty();
    } else if (section instanceof ApiContracts) {
      // each contract under its own H3 heading, a description, and its fence (closed by construction)
      ApiContracts contracts = (ApiContracts) section;
      for (ApiContract c : contracts.items()) {
        if (!contract(c)) {
          return false;
        }
      }
      return !contracts.items().isEmpty() && optionalBody(contracts.intro()) && contracts.notes().isEmpty();
    } else if (section instanceof DataModels) {
      // each model under its own H3 heading: description, a Field/Type/Description table, schema blocks the
      // reader takes for the model's (by their language), notes
      DataModels models = (DataModels) section;
      for (DataModel m : models.items()) {
        if (!m.name().map(Inert::heading).orElse(false) || !optionalBody(m.description()) || !optionalBody(m.notes())
            || m.fields().isEmpty() || !m.schemas().stream().allMatch(Inert::schema)) {
          return false;
        }
        for (DataField f : m.fields()) {
          if (!cell(f.name()) || !(f.type().isEmpty() || cell(f.type()))
              || !(f.description().isEmpty() || cell(f.description()))) {
            return false;
          }
        }
      }
      return !models.items().isEmpty() && optionalBody(models.intro()) && models.notes().isEmpty();
    } else if (section instanceof TestingStrategy) {
      for (TestingEntry e : ((TestingStrategy) section).items()) {
        if (!label(e.label()) || !(e.description().isEmpty() || line(e.description()))) {
          return false;
        }
      }
      return !((TestingStrategy) section).items().isEmpty() && introAndNotes((TestingStrategy) section);
    } else if (section instanceof RevisionHistory) {
      for (Revision r : ((RevisionHistory) section).items()) {
        if (!r.date().map(d -> cell(d.text())).orElse(true) || !r.author().map(Inert::cell).orElse(true)
            || !(r.changes().isEmpty() || cell(r.changes()))) {
          return false;
        }
      }
      return !((RevisionHistory) section).items().isEmpty() && introAndNotes((RevisionHistory) section);
    } else if (section instanceof OpenIssues) {
      for (OpenIssue issue : ((OpenIssues) section).items()) {
        if (issue.text().isEmpty() || !line(issue.text()) || ShapeReader.saysNone(issue.text())) {
          return false;
        }
      }
      return !((OpenIssues) section).items().isEmpty() && introAndNotes((OpenIssues) section);
    } else {
      return false;
    }
    for (String text : texts) {
      if (!line(text)) {
        return false;
      }
    }
    return !texts.isEmpty() && introAndNotes((ItemSection<?>) section);
  }

  /**
   * A component's detail or a flow's step as its list item gives it back: a {@link #line}, then maybe
   * bullets one level further in ({@code "\n- "} or {@code "\n  - "} and a line each).
   */
  static boolean detail(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return itemLine(text);
    }
    if (!itemLine(text.substring(0, nl))) {
      return false;
    }
    for (String sub : text.substring(nl + 1).split("\n", -1)) {
      int marker = sub.startsWith("- ") ? 2 : sub.startsWith("  - ") ? 4 : -1;
      if (marker < 0 || !itemLine(sub.substring(marker))) {
        return false;
      }
    }
    return true;
  }

  /** A {@link #line}, or one after a bold opening ({@code **version**: ...}), which starts no block either. */
  private static boolean itemLine(String text) {
    return line(text) || text.startsWith("**") && text.length() > 2 && line(text.substring(2));
  }

  /** Intro and notes around a typed list: verbatim Markdown with no list of their own to merge with it. */
  private static boolean introAndNotes(ItemSection<?> section) {
    return optionalBody(section.intro()) && optionalBody(section.notes());
  }

  private static boolean optionalBody(Optional<String> text) {
    return text.isEmpty() || (!text.get().isEmpty() && body(text.get(), false));
  }

  /**
   * A bold label's text ({@code - **Name (Owner)**}, {@code - **Label**:}) that the reader gives back as it
   * is: a {@link #line} with nothing the writer escapes or the reader takes for the label's end or an
   * owner ({@code * _ ` [ ] < ( ) \}), not ending in {@code :}.
   */
  static boolean label(String text) {
    if (!line(text) || text.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (LABEL_MARKUP.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");

  /**
   * A contract the reader gives back from its heading, description and fence: an HTTP contract whose
   * block parses back to it, or code in a language of one word, or without one when the code is no HTTP
   * block (which the reader would type).
   */
  private static boolean contract(ApiContract c) {
    if (!c.title().map(Inert::heading).orElse(false) || !optionalBody(c.description())) {
      return false;
    }
    if (c instanceof HttpContract http) {
      HttpContract bare = http.toBuilder().title(Optional.empty()).description(Optional.empty()).build();
      String block = HttpBlock.render(http);
      return block.indexOf('\u0000') < 0 && HttpBlock.parse(block).equals(Optional.of(bare));
    }
    CodeContract code = (CodeContract) c;
    // Markdown reads U+0000 in a code block as U+FFFD
    return code.code().content().indexOf('\u0000') < 0 && code.code().language().map(l -> LANGUAGE.matcher(l).matches())
        .orElseGet(() -> HttpBlock.parse(code.code().content()).isEmpty());
  }

  /**
   * A schema block that the reader takes back as one of the model's schemas when it follows the model's
   * field table: a fence (closed by construction) in a schema language of one word, holding no instance
   * of the schema (an example payload).
   */
  private static boolean schema(CodeBlock code) {
    String language = code.language().orElse("");
    return code.content().indexOf('\u0000') < 0 && LANGUAGE.matcher(language).matches()
        && SchemaFields.LANGUAGES.contains(language.toLowerCase(java.util.Locale.ROOT)) && !SchemaFields.isInstance(code);
  }

  /** A table cell's text that its row gives back as it is: a {@link #line} with no {@code |} or {@code \\}. */
  static boolean cell(String text) {
    return line(text) && text.indexOf('|') < 0 && text.indexOf('\\') < 0;
  }

  /**
   * A heading's text that an ATX heading line gives back as it is: one line of words and common
   * punctuation, not ending in {@code #}.
   */
  static boolean heading(String text) {
    return line(text) && !text.endsWith("#");
  }

  /**
   * One line of text that, placed after a list marker (or in a heading), stays that item's whole text: it
   * starts with an ASCII letter or digit that is no list marker, or with a character outside ASCII that
   * is no blank (so no task box, quote, fence or nested list),
   * has no blank at either end, no two blanks in a row, and no control, format or Unicode blank character.
   * Inline markup further on (code spans, emphasis, links, inline HTML) cannot start a block: the reader
   * keeps an item's text as written.
   */
  static boolean line(String text) {
    int n = text.length();
    if (n == 0 || n > 1000) {
      return false;
    }
    char first = text.charAt(0);
    // no block starts with a character outside ASCII, but a blank one is stripped
    if (first > 0x7f ? !plainNonAscii(text, 0) : !Character.isLetterOrDigit(first)) {
      return false;
    }
    if (Character.isDigit(first)) {
      int i = 0;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
        return false;
      }
    }
    return words(text);
  }

  /**
   * One line of text that stays as it is after other text on its line (a component's summary after its
   * bold label): no blank at either end, no two blanks in a row, no control, format or Unicode blank
   * character; it may start with any other character.
   */
  static boolean words(String text) {
    int n = text.length();
    if (n == 0 || n > 1000 || text.charAt(0) == ' ') {
      return false;
    }
    if (text.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c > 0x7f && !plainNonAscii(text, i)) {
        return false;
      }
      if (c == ' ' && text.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /** A character the reader keeps as it is where it strips blanks: no Unicode blank, format character or lone surrogate. */
  private static boolean plainNonAscii(String text, int i) {
    char c = text.charAt(i);
    int type = Character.getType(c);
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
        && type != Character.CONTROL && c != '\uFFFD' && (!Character.isSurrogate(c) || validSurrogate(text, i));
  }

  /**
   * Verbatim Markdown that, written between a heading and the next one, is read back as itself: it closes
   * every block it opens before its end, holds no heading and nothing the reader takes for a marker, a
   * table or a rule, and does not start or end with a blank. With {@code lists} false it also holds no
   * list item (it sits beside a typed list it would merge with).
   */
  static boolean body(String text, boolean lists) {
    int n = text.length();
    if (n == 0) {
      return lists;
    }
    if (text.charAt(0) == ' ' || text.charAt(0) == '\n' || text.charAt(n - 1) == '\n') {
      return false;
    }
    int start = 0;
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (!bodyLine(text, start, end, lists)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  private static boolean bodyLine(String text, int start, int end, boolean lists) {
    if (start == end) {
      return true;
    }
    if (text.charAt(end - 1) == ' ') {
      return false;
    }
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    if (i == end) {
      return false;
    }
    int depth = i - start;
    // container markers: list items, possibly several on one line
    while (i < end) {
      int after = listMarker(text, i, end);
      if (after < 0) {
        break;
      }
      if (!lists) {
        return false;
      }
      depth += 2;
      i = after;
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
    }
    if (depth > MAX_DEPTH || i == end) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '#' && lists && subheading(text, i, end)) {
      // an H3 to H6 in verbatim Markdown: below any section heading, and no record of an Overview or custom section
    } else if ("#`~<>|[\\=-*_+".indexOf(c) >= 0 || Character.isDigit(c) && listMarker(text, i, end) >= 0) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      if (ch < 0x20 || ch == 0x7f || ch == '\uFEFF' || Character.isSurrogate(ch) && !validSurrogate(text, k)) {
        return false;
      }
    }
    return true;
  }

  /** {@code ###} to {@code ######} and a blank, then text: a heading of a level no section has. */
  private static boolean subheading(String text, int i, int end) {
    int j = i;
    while (j < end && text.charAt(j) == '#') {
      j++;
    }
    return j - i >= 3 && j - i <= 6 && j + 1 < end && text.charAt(j) == ' ' && text.charAt(j + 1) != ' ';
  }

  private static boolean validSurrogate(String text, int k) {
    char c = text.charAt(k);
    return Character.isHighSurrogate(c) ? k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))
        : k > 0 && Character.isHighSurrogate(text.charAt(k - 1));
  }

  /** The index after a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) and its blank at i, or -1. */
  private static int listMarker(String text, int i, int end) {
    char c = text.charAt(i);
    int after;
    if (c == '-' || c == '*' || c == '+') {
      after = i + 1;
    } else if (c >= '0' && c <= '9') {
      int j = i;
      while (j < end && j - i < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
        j++;
      }
      if (j == end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
        return -1;
      }
      after = j + 1;
    } else {
      return -1;
    }
    if (after == end) {
      return after; // a marker alone on its line: an empty item, which the caller refuses
    }
    return text.charAt(after) == ' ' ? after + 1 : -1;
  }
}
