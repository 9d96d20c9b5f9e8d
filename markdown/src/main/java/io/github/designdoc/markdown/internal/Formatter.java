package io.github.designdoc.markdown.internal;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.ItemSection;
import io.github.designdoc.RevisionHistory;
import io.github.designdoc.Section;
import io.github.designdoc.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * {@code format} and {@code rewrite}: Markdown written from a document read from an original text,
 * keeping the original's bytes wherever they still say the same.
 */
public final class Formatter {
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser WORD_PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  private final Settings settings;
  private final DocumentWriter writer;

  public Formatter(Settings settings) {
    this.settings = settings;
    this.writer = new DocumentWriter(settings);
  }

  private Parsed read(String text) {
    return new DocumentReader(settings, new Report()).read(text);
  }

  /**
   * The original with each typed section's body in the template's shape, where that shape reads back to
   * the same section and keeps every word and number; all else byte for byte.
   */
  public String format(String original) {
    Parsed parsed = read(original);
    DesignDoc doc = parsed.document();
    List<Parsed.Place> places = parsed.places();
    if (places.size() != doc.sections().size()) {
      return original;
    }
    String nl = lineBreak(original);
    StringBuilder out = new StringBuilder(original.length() + 64);
    int pos = 0;
    for (int i = 0; i < places.size(); i++) {
      Section section = doc.sections().get(i);
      Parsed.Place place = places.get(i);
      if (!(section instanceof ItemSection) || place.bodyStart() < 0 || place.bodyStart() < pos) {
        continue;
      }
      Optional<String> body = writer.sections().body(section, parsed.level() + 1);
      String source = original.substring(place.bodyStart(), place.end());
      if (body.isPresent() && !body.get().isEmpty()) {
        String rendered = body.get().replace("\n", nl);
        if (!rendered.equals(source) && words(rendered).equals(words(source)) && boxes(rendered) == boxes(source)
            && headings(body.get()).equals(headings(source.replace("\r\n", "\n")))) {
          out.append(original, pos, place.bodyStart()).append(rendered);
          pos = place.end();
        }
      }
    }
    if (pos == 0) {
      return original;
    }
    out.append(original, pos, original.length());
    String result = out.toString();
    // Normalizing can lengthen a text (table spacing); past the reader's limit it would not read back at all.
    return result.length() <= settings.maxInputLength() && read(result).document().equals(doc) ? result : original;
  }

  /**
   * The original with only what differs from {@code edited} written anew: unchanged sections (matched in
   * order) and an unchanged header are copied byte for byte. Falls back to writing the whole document
   * when a splice would not read back equal.
   */
  public String rewrite(String original, DesignDoc edited) {
    return rewrite(original, Optional.empty(), edited);
  }

  /**
   * {@link #rewrite(String, DesignDoc)} from a read of the original already made ({@link Parsed#of}),
   * which spares reading it again; empty to read it.
   */
  public String rewrite(String original, Optional<Parsed> given, DesignDoc edited) {
    Objects.requireNonNull(edited, "edited must not be null");
    Parsed parsed = given.isPresent() ? given.get() : read(original);
    DesignDoc doc = parsed.document();
    if (doc.equals(edited)) {
      return original;
    }
    // metadata read from past the header (a "## Meta" section) is edited in place there first
    int headerEnd = parsed.places().isEmpty() ? original.length() : parsed.places().get(0).start();
    Optional<String> metadata = sameHeader(doc, edited) ? Optional.empty()
        : MetadataEdit.pastHeader(original, parsed, edited, headerEnd);
    if (metadata.isPresent()) {
      Parsed again = read(metadata.get());
      if (sameHeader(again.document(), edited)) {
        original = metadata.get();
        parsed = again;
        if (again.document().equals(edited)) {
          return original;
        }
      }
    }
    // item-level splices first; where the result would not read back equal, whole sections; then the document
    for (boolean items : new boolean[] {true, false}) {
      try {
        Optional<Splice> spliced = splice(original, parsed, edited, items);
        if (spliced.isPresent() && (provenLocally(spliced.get(), original, parsed, edited)
            || read(spliced.get().text()).document().equals(edited))) {
          return spliced.get().text();
        }
      } catch (IllegalArgumentException e) {
        // falls back to a larger part
      }
    }
    String nl = lineBreak(original);
    String written = writer.write(edited).replace("\n", nl);
    String bom = original.startsWith("\uFEFF") ? "\uFEFF" : "";
    return bom + written;
  }

  /**
   * A spliced text and the line break it is written with: where its header ends, whether the header is the
   * original's, whether it is an edit that reads back without being read ({@link MetadataEdit#readsBack}), the one section written
   * anew ({@code section}: its index; -1 when none was, -2 when more than one was or sections were added,
   * removed or moved), and where each section's text starts.
   */
  record Splice(String text, LineBreak nl, int headerEnd, boolean headerCopied, boolean headerReadsBack, int section,
      int[] starts) {}

  /** How many rewrites {@link #provenLocally} proved without reading the whole result, for the tests. */
  static final java.util.concurrent.atomic.AtomicLong LOCAL_PROOFS = new java.util.concurrent.atomic.AtomicLong();

  /**
   * Whether the text may define a link reference: every definition, in any container and with a label
   * over several lines, has {@code ]} right before its {@code :}.
   */
  static boolean mayDefineLinks(String text) {
    int n = text.length();
    for (int i = text.indexOf(']'); i >= 0 && i + 1 < n; i = text.indexOf(']', i + 1)) {
      if (text.charAt(i + 1) == ':') {
        return true;
      }
    }
    return false;
  }

  /** The line break of a text, searched for when first asked for: the search reads the whole text. */
  static final class LineBreak implements Supplier<String> {
    private final String text;
    private String value;

    LineBreak(String text) {
      this.text = text;
    }

    @Override
    public String get() {
      if (value == null) {
        value = lineBreak(text);
      }
      return value;
    }
  }

  /**
   * The line break a text uses: {@code \r\n} when it has one, else {@code \n}. Searched by character, which
   * is fast also in text that is not all Latin-1.
   */
  static String lineBreak(String text) {
    int n = text.length();
    for (int i = text.indexOf('\r'); i >= 0 && i + 1 < n; i = text.indexOf('\r', i + 1)) {
      if (text.charAt(i + 1) == '\n') {
        return "\r\n";
      }
    }
    return "\n";
  }

  /**
   * Whether the spliced text reads back to {@code edited}, shown by reading only the part that changed:
   * the header with the one section written anew and the section before it (or, when only the header
   * changed, the header alone), then the heading of the section after them. Every other section is
   * the original's text, read before in the same place: a section's reading depends on its own blocks and
   * on the headings of the document, and the proof holds only when those are the same (the written section keeps its kind and
   * heading; its text does not swallow the next heading, which must start where it was put; the section
   * level does not change), when no section states metadata for the header ({@code ## Meta}), and when
   * the document defines no link references, which reach across sections. A header whose metadata
   * values were edited in place so that they read back without a read ({@link MetadataEdit#readsBack}),
   * before every section copied as it was, is read not at all. False when it cannot tell: then the whole
   * text is read.
   */
  boolean provenLocally(Splice splice, String original, Parsed parsed, DesignDoc edited) {
    DesignDoc doc = parsed.document();
    String text = splice.text();
    List<Section> before = doc.sections();
    List<Section> after = edited.sections();
    if (splice.section() == -2 || before.size() != after.size() || before.isEmpty()) {
      return false;
    }
    for (Section section : before) {
      if (section instanceof io.github.designdoc.CustomSection custom && DocumentReader.metadataSection(custom.title())) {
        return false;
      }
    }
    if (splice.section() == -1 && splice.headerReadsBack() && copiedAsWas(splice, original, parsed)) {
      // metadata values edited in place, proven without a read, and every section as it was
      LOCAL_PROOFS.incrementAndGet();
      return true;
    }
    if (mayDefineLinks(text)) {
      return false;
    }
    int j = splice.section();
    int[] starts = splice.starts();
    String nl = splice.nl().get();
    Pieces mini = new Pieces(text);
    // the sections read whole, [first, last]: none when only the header changed, whose proof is the
    // header as written and the first section's heading after it
    int first;
    int last;
    if (j == -1) {
      if (splice.headerCopied()) {
        return false;
      }
      first = 0;
      last = -1;
    } else if (!splice.headerCopied() && j != 0 || before.get(j).kind() != after.get(j).kind()
        || !before.get(j).heading().equals(after.get(j).heading())) {
      return false;
    } else {
      // the section before it too: what is written between two sections (a rule before the revision
      // history) is read as the end of the first
      first = Math.max(j - 1, 0);
      last = j;
    }
    if (first > 0) {
      mini.copy(0, splice.headerEnd());
      mini.separate(() -> nl);
    }
    int from = first == 0 ? 0 : starts[first];
    int next = last + 1;
    int sentinel = -1;
    if (next < before.size()) {
      // the sections as written up to the next one, and that one's heading as copied
      Optional<TextRange> heading = range(parsed, "/sections/" + next + "/heading");
      if (heading.isEmpty() || heading.get().offset() != parsed.places().get(next).start()) {
        return false;
      }
      mini.copy(from, starts[next]);
      sentinel = mini.length();
      mini.copy(starts[next], starts[next] + heading.get().length()).append(nl);
    } else {
      mini.copy(from, text.length());
    }
    Parsed m = read(mini.toString());
    List<Section> read = m.document().sections();
    int whole = last - first + 1;
    int expected = whole + (sentinel < 0 ? 0 : 1);
    boolean proven = m.level() == parsed.level() && read.size() == expected && m.places().size() == expected
        && sameHeader(m.document(), edited) && read.subList(0, whole).equals(after.subList(first, last + 1))
        && (sentinel < 0 || m.places().get(expected - 1).start() == sentinel
            && read.get(expected - 1).kind() == before.get(next).kind()
            && read.get(expected - 1).heading().equals(before.get(next).heading()));
    if (proven) {
      LOCAL_PROOFS.incrementAndGet();
    }
    return proven;
  }

  /**
   * Whether the spliced text after its header is the original's after its header: every section, each
   * copied from its place, starts where it did, counted from the first, and the text ends as long.
   */
  private static boolean copiedAsWas(Splice splice, String original, Parsed parsed) {
    int[] starts = splice.starts();
    List<Parsed.Place> places = parsed.places();
    if (starts.length != places.size() || starts[0] != splice.headerEnd()
        || splice.text().length() - starts[0] != original.length() - places.get(0).start()) {
      return false;
    }
    for (int k = 1; k < starts.length; k++) {
      if (starts[k] - starts[0] != places.get(k).start() - places.get(0).start()) {
        return false;
      }
    }
    return true;
  }

  private Optional<Splice> splice(String original, Parsed parsed, DesignDoc edited, boolean items) {
    DesignDoc doc = parsed.document();
    List<Parsed.Place> places = parsed.places();
    if (places.size() != doc.sections().size()) {
      return Optional.empty();
    }
    LineBreak nl = new LineBreak(original); // searched for only if something new is written
    int level = parsed.level();
    int headerEnd = places.isEmpty() ? original.length() : places.get(0).start();
    Pieces out = new Pieces(original);
    // the header: the original's, or edited in place, or written anew
    String originalHeader = original.substring(0, headerEnd);
    boolean headerCopied = sameHeader(doc, edited);
    Optional<String> header = headerCopied ? Optional.of(originalHeader)
        : MetadataEdit.apply(originalHeader, parsed, edited);
    out.append(header.isPresent() ? header.get()
        : (original.startsWith("\uFEFF") ? "\uFEFF" : "") + writer.header(edited).replace("\n", nl.get()));
    int outHeaderEnd = out.length();
    int written = sameCount(doc, edited) ? -1 : -2; // the one section written anew, see Splice
    List<Section> before = doc.sections();
    List<Section> after = edited.sections();
    int[] starts = new int[after.size()];
    int[] match = lcs(before, after);
    int[] source = match.clone(); // the original section each edited one is copied or edited from
    // The rule an author's document has before its revision history is decoration the reader drops: it
    // stays before that section wherever the sections before it change.
    int[] ruleAt = new int[before.size()];
    for (int k = 0; k < before.size(); k++) {
      ruleAt[k] = k + 1 < before.size() && before.get(k + 1) instanceof RevisionHistory
          ? trailingRule(original, places.get(k).start(), chunkEnd(original, places, k)) : -1;
    }
    int lastK = -1;
    // where in the original the text written so far ends, or -1 after rendered text
    int copiedTo = header.isPresent() ? headerEnd : -1;
    boolean headerReadsBack = !headerCopied && header.isPresent()
        && MetadataEdit.readsBack(originalHeader, header.get(), parsed, edited);
    for (int j = 0; j < after.size(); j++) {
      int k = match[j];
      if (k >= 0) {
        lastK = k;
        if (places.get(k).start() != copiedTo) {
          out.separate(nl);
        }
        ruleBefore(original, places, ruleAt, k, out, nl);
        int end = ruleAt[k] >= 0 ? ruleAt[k] : chunkEnd(original, places, k);
        starts[j] = out.length();
        out.copy(places.get(k).start(), end);
        copiedTo = end;
        if (k != j) {
          written = -2;
        }
        continue;
      }
      copiedTo = -1;
      out.separate(nl);
      Section section = after.get(j);
      int next = before.size();
      for (int jj = j + 1; jj < after.size(); jj++) {
        if (match[jj] >= 0) {
          next = match[jj];
          break;
        }
      }
      Optional<String> edited2 = Optional.empty();
      for (int c = lastK + 1; items && c < next && edited2.isEmpty(); c++) {
        if (before.get(c).getClass() == section.getClass()) {
          edited2 = ItemEdit.apply(original, parsed, c, before.get(c), section, nl.get());
          if (edited2.isPresent()) {
            lastK = c;
            source[j] = c;
            if (ruleAt[c] >= 0) {
              // the rule before the revision history is written before that section, not here
              int rule = trailingRule(edited2.get(), 0, edited2.get().length());
              edited2 = rule >= 0 ? Optional.of(edited2.get().substring(0, rule)) : Optional.empty();
            }
          }
        }
      }
      if (edited2.isPresent()) {
        ruleBefore(original, places, ruleAt, source[j], out, nl);
        written = written == -1 && source[j] == j ? j : -2;
        starts[j] = out.length();
        out.append(edited2.get());
        continue;
      }
      for (int c = lastK + 1; c < next; c++) {
        if (before.get(c).getClass() == section.getClass()) {
          ruleBefore(original, places, ruleAt, c, out, nl); // a section rendered in place of its original
          break;
        }
      }
      // A new section is its heading and body: no template decoration (such as the rule before a revision
      // history), which the reader of an author's document would take as part of the section before.
      String text = writer.section(section, level);
      written = written == -1 ? j : -2;
      starts[j] = out.length();
      out.append(text.replace("\n", nl.get()));
    }
    match = source;
    // the end: as the original ends, with or without a final line break
    boolean finalBreak = original.endsWith("\n") || original.isEmpty();
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r')) {
      end--;
    }
    if (!(matchedLast(match, before.size()) && !after.isEmpty())) {
      out.setLength(end);
      if (finalBreak) {
        out.append(nl.get());
      }
    }
    return Optional.of(new Splice(out.toString(), nl, outHeaderEnd, headerCopied, headerReadsBack, written, starts));
  }

  /** Whether the documents have as many sections. */
  private static boolean sameCount(DesignDoc doc, DesignDoc edited) {
    return doc.sections().size() == edited.sections().size();
  }

  /** Writes the rule that stood before original section {@code k}, if one did and it was taken off. */
  private static void ruleBefore(String original, List<Parsed.Place> places, int[] ruleAt, int k, Pieces out,
      LineBreak nl) {
    if (k > 0 && ruleAt[k - 1] >= 0) {
      out.separate(nl);
      out.copy(ruleAt[k - 1], chunkEnd(original, places, k - 1));
    }
  }

  /**
   * Where the thematic break that ends a section's text (before its trailing blank lines) starts, or -1
   * when it ends otherwise.
   */
  private static int trailingRule(String original, int start, int end) {
    int e = end;
    while (e > start && (original.charAt(e - 1) == '\n' || original.charAt(e - 1) == '\r'
        || original.charAt(e - 1) == ' ' || original.charAt(e - 1) == '\t')) {
      e--;
    }
    int lineStart = original.lastIndexOf('\n', e - 1) + 1;
    if (lineStart <= start || e <= lineStart) {
      return -1;
    }
    String line = original.substring(lineStart, e).strip();
    char c = line.isEmpty() ? 0 : line.charAt(0);
    if (c != '-' && c != '*' && c != '_') {
      return -1;
    }
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == c) {
        marks++;
      } else if (x != ' ' && x != '\t') {
        return -1;
      }
    }
    // the line before must be blank, or the rule would be a setext underline of the paragraph above it
    int prevEnd = lineStart - 1;
    int prevStart = original.lastIndexOf('\n', Math.max(prevEnd - 1, 0)) + 1;
    boolean blankBefore = prevEnd <= start || original.substring(prevStart, prevEnd).isBlank();
    return marks >= 3 && blankBefore ? lineStart : -1;
  }

  private static int chunkEnd(String original, List<Parsed.Place> places, int k) {
    return k + 1 < places.size() ? places.get(k + 1).start() : original.length();
  }

  private static boolean matchedLast(int[] match, int size) {
    return match.length > 0 && match[match.length - 1] == size - 1;
  }



  static boolean sameHeader(DesignDoc a, DesignDoc b) {
    return a.title().equals(b.title()) && a.version().equals(b.version()) && a.authors().equals(b.authors())
        && a.date().equals(b.date()) && a.status().equals(b.status()) && a.otherMetadata().equals(b.otherMetadata())
        && a.frontMatter().equals(b.frontMatter()) && a.preamble().equals(b.preamble());
  }

  /** For each element of {@code after}, the index of the equal element of {@code before} it is matched to, or -1. */
  static int[] lcs(List<Section> before, List<Section> after) {
    int n = before.size();
    int m = after.size();
    int[] match = new int[m];
    java.util.Arrays.fill(match, -1);
    // the equal sections at both ends are matched in order (an edit changes few sections; a longest
    // common subsequence keeps them matched too), then the middle by the table
    int head = 0;
    while (head < n && head < m && before.get(head).equals(after.get(head))) {
      match[head] = head;
      head++;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head && before.get(n - 1 - tail).equals(after.get(m - 1 - tail))) {
      match[m - 1 - tail] = n - 1 - tail;
      tail++;
    }
    int[] middle = lcsTable(before.subList(head, n - tail), after.subList(head, m - tail));
    for (int j = 0; j < middle.length; j++) {
      match[head + j] = middle[j] < 0 ? -1 : head + middle[j];
    }
    return match;
  }

  private static int[] lcsTable(List<Section> before, List<Section> after) {
    int n = before.size();
    int m = after.size();
    int[] match = new int[m];
    java.util.Arrays.fill(match, -1);
    if ((long) n * m > 4_000_000L) {
      for (int j = 0; j < Math.min(n, m); j++) {
        match[j] = before.get(j).equals(after.get(j)) ? j : -1;
      }
      return match;
    }
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] = before.get(i).equals(after.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (before.get(i).equals(after.get(j))) {
        match[j] = i;
        i++;
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return match;
  }

  /** Every heading of the Markdown, nested ones included, as its lines are written. */
  private List<String> headings(String markdown) {
    List<String> out = new ArrayList<>();
    org.commonmark.node.Node root;
    try {
      root = settings.parser().parse(markdown);
    } catch (RuntimeException | StackOverflowError e) {
      out.add(markdown);
      return out;
    }
    root.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Heading heading) {
        StringBuilder text = new StringBuilder().append(heading.getLevel()).append(':');
        for (org.commonmark.node.SourceSpan span : heading.getSourceSpans()) {
          int from = Math.min(markdown.length(), span.getInputIndex());
          text.append(markdown, from, Math.min(markdown.length(), from + span.getLength())).append('\n');
        }
        out.add(text.toString());
      }
    });
    return out;
  }

  /** How many task boxes a text has: plain items are not made tasks by formatting. */
  private static int boxes(String text) {
    int n = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t]+\\[[ xX]\\]")
        .matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The words and numbers of Markdown's rendered text, as a multiset. */
  static Map<String, Integer> words(String markdown) {
    Map<String, Integer> words = new HashMap<>();
    String text;
    try {
      text = TEXT.render(WORD_PARSER.parse(markdown));
    } catch (RuntimeException | StackOverflowError e) {
      text = markdown;
    }
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

  static Optional<TextRange> range(Parsed parsed, String pointer) {
    return parsed.sourceMap().range(pointer);
  }

  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }
}
